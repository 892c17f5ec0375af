/** Small components shared by the views. */
import type { DiffPart } from "./api";

/** A word diff: insertions as <ins>, deletions as <del>. */
export function Diff({ parts }: { parts: DiffPart[] }) {
  return <p class="diff">{parts.map((p, i) => p.kind === "added" ? <ins key={i}>{p.text}</ins> : p.kind === "removed" ? <del key={i}>{p.text}</del> : <span key={i}>{p.text}</span>)}</p>;
}

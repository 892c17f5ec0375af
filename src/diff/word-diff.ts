/**
 * Word-level differences (npm `diff`, diffWords) as plain data, plus a plain-text rendering that
 * marks deletions `[-like this-]` and insertions `{+like this+}` (the notation of `git diff
 * --word-diff`). Colouring is the CLI's job (src/cli/output/diff.ts). Pure: no I/O.
 */
import { diffWords } from "diff";
import type { DiffPart } from "../model";

export type { DiffPart } from "../model";

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after).map((p) => ({ text: p.value, kind: p.added ? "added" : p.removed ? "removed" : "same" }));
}

/** Plain rendering: `[-removed-]{+added+}`. Equal texts give the text unchanged. */
export function plainWordDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === "same" ? p.text : p.kind === "removed" ? `[-${p.text}-]` : `{+${p.text}+}`)).join("");
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

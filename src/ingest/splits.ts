/**
 * applySplits — re-applies the translator's recorded splits (`selaras segments split`) to the
 * segmenter's output, so a split survives re-ingest: every span whose normalised text equals a
 * recorded sentence is cut at the recorded offset (repeatedly, so a part can be split again).
 * Pure: no I/O.
 */
import type { SegmentSpan } from "../segment/types";
import { normHash } from "../text/normalize";

export interface RecordedSplit {
  readonly normHash: string;
  readonly splitAt: number;
}

export function applySplits(spans: readonly SegmentSpan[], splits: readonly RecordedSplit[]): SegmentSpan[] {
  if (splits.length === 0) return [...spans];
  const byHash = new Map<string, number[]>();
  for (const s of splits) (byHash.get(s.normHash) ?? byHash.set(s.normHash, []).get(s.normHash)!).push(s.splitAt);
  const out: SegmentSpan[] = [];
  const work = [...spans].reverse();
  let guard = spans.length + splits.length * 4 + 16;
  while (work.length > 0) {
    const span = work.pop()!;
    const offsets = byHash.get(normHash(span.text));
    const at = offsets?.find((o) => o > 0 && o < span.text.length && span.text.slice(0, o).trim() !== "" && span.text.slice(o).trim() !== "");
    if (at === undefined || guard-- <= 0) { out.push(span); continue; }
    const first = span.text.slice(0, at).trimEnd();
    const rest = span.text.slice(at);
    const second = rest.trimStart();
    const secondStart = span.start + at + (rest.length - second.length);
    // Second part first onto the stack: the first part is processed (and maybe split again) first.
    work.push({ ...span, text: second, start: secondStart, end: span.end, suspect: null });
    work.push({ ...span, text: first, end: span.start + first.length, suspect: null });
  }
  return out;
}

/**
 * Word-level differences (npm `diff`, diffWords) as plain data, plus a plain-text rendering that
 * marks deletions `[-like this-]` and insertions `{+like this+}` (the notation of `git diff
 * --word-diff`). Colouring is the CLI's job (src/cli/output/diff.ts). Pure: no I/O.
 */
import { diffWords } from "diff";
import type { DiffPart } from "../model";

export type { DiffPart } from "../model";

/**
 * The words diffWords compares: a number with its separators is one word (`1.200`, `5,6`,
 * `16.00`, `3/11/2026`), so a changed number shows whole (`[-1.200-]{+1.350+}`, not
 * `1.[-200-]{+350+}`, and not `16` kept apart from `.00`); a run of letters is a word; each other
 * mark is one; spaces are runs. Passed to diffWords as its word segmenter.
 */
const DIFF_TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*|[\p{L}\p{M}_\u00AD]+|\s+|[^\p{L}\p{M}\p{N}_\u00AD\s]/gu;
const numberAwareWords = {
  resolvedOptions: () => ({ granularity: "word" }),
  segment: (text: string) => Array.from(text.matchAll(DIFF_TOKEN), (m) => ({ segment: m[0], index: m.index })),
} as unknown as Intl.Segmenter;

export function wordDiff(before: string, after: string): DiffPart[] {
  return diffWords(before, after, { intlSegmenter: numberAwareWords }).map((p) => ({ text: p.value, kind: p.added ? "added" : p.removed ? "removed" : "same" }));
}

/** Plain rendering: `[-removed-]{+added+}`. Equal texts give the text unchanged. */
export function plainWordDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === "same" ? p.text : p.kind === "removed" ? `[-${p.text}-]` : `{+${p.text}+}`)).join("");
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

/**
 * Word-level differences (npm `diff`, diffWords) as plain data, plus a plain-text rendering that
 * marks deletions `[-like this-]` and insertions `{+like this+}` (the notation of `git diff
 * --word-diff`). Colouring is the CLI's job (src/cli/output/diff.ts). Pure: no I/O.
 */
import { diffArrays, diffWords } from "diff";
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

/**
 * diffWords places the spaces around a change as a reader expects (`rusak {+berat+}.`), but to do so
 * it moves and merges spaces, and beside a mark it sometimes drops one: `He said "no"` against
 * `He said, "Yes"` read back as `He said"no"`. A diff that loses a space of either text is made again over the same tokens with spaces kept as tokens (diffArrays), a space
 * between two changes going into both, so that a change of several words shows as one.
 */
export function wordDiff(before: string, after: string): DiffPart[] {
  const parts: DiffPart[] = diffWords(before, after, { intlSegmenter: numberAwareWords }).map((p) => ({ text: p.value, kind: p.added ? "added" : p.removed ? "removed" : "same" }));
  return keeps(side(parts, "added"), before) && keeps(side(parts, "removed"), after) ? parts : exactDiff(before, after);
}

/** The text a diff reads back as: without its `drop` parts. */
const side = (parts: readonly DiffPart[], drop: DiffPart["kind"]) => parts.filter((p) => p.kind !== drop).map((p) => p.text).join("");

/**
 * Whether `read` is `text` with at most some spaces added (diffWords' `rusak {+berat+}.` reads
 * back as `rusak .`: the space shown belongs to the added word), never one taken away.
 */
function keeps(read: string, text: string): boolean {
  let i = 0;
  for (const ch of read) {
    if (i < text.length && text.startsWith(ch, i)) i += ch.length;
    else if (!/\s/u.test(ch)) return false;
  }
  return i === text.length;
}

function exactDiff(before: string, after: string): DiffPart[] {
  const tokens = (text: string) => Array.from(text.matchAll(DIFF_TOKEN), (m) => m[0]);
  const runs: DiffPart[] = diffArrays(tokens(before), tokens(after)).map((c) => ({ text: c.value.join(""), kind: c.added ? "added" : c.removed ? "removed" : "same" }));
  const out: DiffPart[] = [];
  let removed = "", added = "";
  const flush = () => {
    if (removed) out.push({ text: removed, kind: "removed" });
    if (added) out.push({ text: added, kind: "added" });
    removed = added = "";
  };
  runs.forEach((r, i) => {
    const between = r.kind === "same" && /^\s+$/u.test(r.text) && (removed || added) && runs[i + 1] !== undefined;
    if (r.kind === "removed" || between) removed += r.text;
    if (r.kind === "added" || between) added += r.text;
    if (r.kind === "same" && !between) { flush(); out.push(r); }
  });
  flush();
  return out;
}

/** Plain rendering: `[-removed-]{+added+}`. Equal texts give the text unchanged. */
export function plainWordDiff(parts: readonly DiffPart[]): string {
  return parts.map((p) => (p.kind === "same" ? p.text : p.kind === "removed" ? `[-${p.text}-]` : `{+${p.text}+}`)).join("");
}

export function hasChanges(parts: readonly DiffPart[]): boolean {
  return parts.some((p) => p.kind !== "same");
}

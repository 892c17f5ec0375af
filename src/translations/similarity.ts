/**
 * Translation-memory similarity: a word-level measure.
 *
 *   tokens(text)   = runs of letters and digits, lower-cased (punctuation and spacing ignored)
 *   similarity(a,b) = 1 − wordEditDistance(tokens(a), tokens(b)) / max(|tokens(a)|, |tokens(b)|)
 *
 * where wordEditDistance is the Levenshtein distance over whole words (insert, delete, substitute
 * one word = 1). Identical token sequences score 1; no shared word in place scores 0.
 * A consequence used by the index: if similarity(a, b) ≥ t with n = |tokens(a)| ≥ m = |tokens(b)|,
 * the distance is at most (1 − t)·n, so at least ⌈t·n⌉ words of `a` are kept in place and every such
 * match contains one of the `n − ⌈t·n⌉ + 1` rarest distinct words of `a`: asking the index for those
 * words alone finds every match that is not longer than the query. A longer match (n < m ≤ n/t) can
 * only be missed if it lacks every one of those words while still keeping n − (1 − t)·m words, a
 * narrow band (for n = 10: only m = 14 with exactly 10 − 4.2 → 6 words kept).
 * Pure: no I/O.
 */
import { distance } from "fastest-levenshtein";

export function tmTokens(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(/[\p{L}\p{N}\p{M}]+/gu) ?? [];
}

/** Word edit distance via a per-call word→code-unit map and fastest-levenshtein. */
export function wordEditDistance(a: readonly string[], b: readonly string[]): number {
  const codes = new Map<string, string>();
  const enc = (ws: readonly string[]) => ws.map((w) => {
    let c = codes.get(w);
    if (c === undefined) { c = String.fromCharCode(0x4e00 + codes.size); codes.set(w, c); }
    return c;
  }).join("");
  return distance(enc(a), enc(b));
}

export function tokenSimilarity(a: readonly string[], b: readonly string[]): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  return 1 - wordEditDistance(a, b) / n;
}

export function similarity(a: string, b: string): number {
  return tokenSimilarity(tmTokens(a), tmTokens(b));
}

/** How many of the rarest words of an `n`-word query any match (not longer than it) at `threshold` contains one of. */
export function requiredRareWords(n: number, threshold: number): number {
  return Math.max(1, n - Math.ceil(threshold * n - 1e-9) + 1);
}

const CLAUSE_MARK = /[,;:\u2013\u2014]/;
/** Has the text a comma, semicolon, colon or dash (a cheap test before clauseCuts)? */
export const hasClauseMark = (text: string): boolean => CLAUSE_MARK.test(text);

/**
 * Where the clauses of a text start, as indexes into its tmTokens: the words after a comma,
 * semicolon, colon or dash that is followed by a space ("5,6" is a number, not two clauses).
 */
export function clauseCuts(text: string): number[] {
  if (!hasClauseMark(text)) return [];
  const norm = text.normalize("NFC");
  const cuts: number[] = [];
  let k = 0, prevEnd = -1;
  for (const m of norm.matchAll(/[\p{L}\p{N}\p{M}]+/gu)) {
    if (prevEnd >= 0) {
      const gap = norm.slice(prevEnd, m.index);
      if (CLAUSE_MARK.test(gap) && /\s/.test(gap)) cuts.push(k);
    }
    prevEnd = m.index + m[0].length;
    k++;
  }
  return cuts;
}

/**
 * The similarity of two token sequences when the clauses of one of them are taken in the other
 * order (`Hingga pukul 08.00 WIB, BMKG mencatat …` against `BMKG mencatat … hingga pukul 16.00
 * WIB.`): the best, over every cut of `a` at `aCuts` and of `b` at `bCuts`, of the similarity of
 * the rotated sequence to the other one, the move counted as one more edit. 0 when neither has a cut,
 * or when no order could reach `atLeast`.
 */
export function reorderedSimilarity(a: readonly string[], aCuts: readonly number[], b: readonly string[], bCuts: readonly number[], atLeast = 0): number {
  const n = Math.max(a.length, b.length);
  let best = 0;
  if (aCuts.length + bCuts.length === 0 || !couldReorderBetter(a, b, atLeast)) return 0;
  const rotated = (x: readonly string[], k: number) => [...x.slice(k), ...x.slice(0, k)];
  for (const k of aCuts) best = Math.max(best, 1 - (wordEditDistance(rotated(a, k), b) + 1) / n);
  for (const k of bCuts) best = Math.max(best, 1 - (wordEditDistance(a, rotated(b, k)) + 1) / n);
  return best;
}

/**
 * Could some order of `a`'s words, the move counted as one edit, reach `atLeast` against `b`? No
 * order keeps more words in place than the two share (each word as often as it is in both).
 */
export function couldReorderBetter(a: readonly string[], b: readonly string[], atLeast: number): boolean {
  return (commonWords(a, b) - 1) / Math.max(a.length, b.length) >= atLeast;
}

/** How many words two sequences share, each word counted as often as it is in both. */
function commonWords(a: readonly string[], b: readonly string[]): number {
  const counts = new Map<string, number>();
  for (const w of a) counts.set(w, (counts.get(w) ?? 0) + 1);
  let n = 0;
  for (const w of b) {
    const c = counts.get(w);
    if (c) { n++; counts.set(w, c - 1); }
  }
  return n;
}

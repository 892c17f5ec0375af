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
 *
 * What a translator is offered is scored on placeable-aware tokens (tmScoreTokens, tmSimilarity): a
 * number with its separators is one word (`1.500`, `16.00`, `3/11/2026`), and a number replaced by
 * another number, or a weekday by another weekday, costs PLACEABLE_COST instead of 1 — the session
 * and the workbench put the new numbers and days into the English (text/substitute-numbers.ts), so
 * `Sebanyak 2.750 orang hadir.` against `Sebanyak 1.500 orang hadir.` is 95 %, not 60 %. The index
 * keeps tmTokens; tmCandidateWords says which of a query's words to read so that every match at the
 * threshold on the scored tokens contains one (placeables left out: a changed one costs less than 1).
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

/** The translation memory's similarity of two texts (tmSimilarity on tmScoreTokens). */
export function similarity(a: string, b: string): number {
  return tmSimilarity(tmScoreTokens(a), tmScoreTokens(b));
}

/** How many of the rarest words of an `n`-word query any match (not longer than it) at `threshold` contains one of. */
export function requiredRareWords(n: number, threshold: number): number {
  return Math.max(1, n - Math.ceil(threshold * n - 1e-9) + 1);
}

const CLAUSE_MARK = /[,;:\u2013\u2014]/;
/** Has the text a comma, semicolon, colon or dash (a cheap test before clauseCuts)? */
export const hasClauseMark = (text: string): boolean => CLAUSE_MARK.test(text);

/**
 * Where the clauses of a text start, as indexes into its tmScoreTokens: the words after a comma,
 * semicolon, colon or dash that is followed by a space ("5,6" is a number, not two clauses).
 */
export function clauseCuts(text: string): number[] {
  if (!hasClauseMark(text)) return [];
  const norm = text.normalize("NFC");
  const cuts: number[] = [];
  let k = 0, prevEnd = -1;
  for (const m of norm.matchAll(SCORE_TOKEN)) {
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
 * The similarity (tmSimilarity) of two tmScoreTokens sequences when the clauses of one of them are taken in the other
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
  for (const k of aCuts) best = Math.max(best, 1 - (tmDistance(rotated(a, k), b) + 1) / n);
  for (const k of bCuts) best = Math.max(best, 1 - (tmDistance(a, rotated(b, k)) + 1) / n);
  return best;
}

/**
 * Could some order of `a`'s words, the move counted as one edit, reach `atLeast` against `b`? No
 * order keeps more words in place than the two share (each word as often as it is in both).
 */
export function couldReorderBetter(a: readonly string[], b: readonly string[], atLeast: number): boolean {
  return (commonWords(a, b) - 1) / Math.max(a.length, b.length) >= atLeast;
}

/**
 * How many of `words` (repeats counted) are in `set`, a number or weekday counting as in it (it
 * may replace another). Two sequences keep at most inSet(a, set of b) words in place in any
 * alignment (tmDistance, tmInfixDistance), so `min(|a|, |b|) − inSet(a, set of b)` bounds their
 * edits from below.
 */
export function inSet(words: readonly string[], set: ReadonlySet<string>): number {
  let n = 0;
  for (const w of words) if (set.has(w) || placeable(w) !== 0) n++;
  return n;
}

/** How many words two sequences share, each word counted as often as it is in both (a number or weekday matching any other). */
function commonWords(a: readonly string[], b: readonly string[]): number {
  // (a number or weekday stands for any other: replacing one costs less than 1)
  const key = placeableClass;
  const counts = new Map<string, number>();
  for (const w of a) counts.set(key(w), (counts.get(key(w)) ?? 0) + 1);
  let n = 0;
  for (const k of b) {
    const w = key(k);
    const c = counts.get(w);
    if (c) { n++; counts.set(w, c - 1); }
  }
  return n;
}

/** What replacing a number by another number, or a weekday by another weekday, costs (a word costs 1). */
export const PLACEABLE_COST = 0.2;

const SCORE_TOKEN = /\p{N}+(?:[.,:/]\p{N}+)*(?![\p{L}\p{M}\p{N}])|[\p{L}\p{N}\p{M}]+/gu;
const NUMBER_TOKEN = /^\p{N}+(?:[.,:/]\p{N}+)*$/u;
const WEEKDAY_WORDS = new Set(["senin", "selasa", "rabu", "kamis", "jumat", "sabtu", "minggu"]);

/** The words a TM match is scored on: tmTokens, but a number with its separators is one word (`1.500`, `5,6`, `3/11/2026`). */
export function tmScoreTokens(text: string): string[] {
  return text.normalize("NFC").toLowerCase().match(SCORE_TOKEN) ?? [];
}

/** 1 for a number, 2 for a weekday, 0 for any other word. */
function placeable(w: string): number {
  const c = w.charCodeAt(0);
  if (c >= 48 && c <= 57) return NUMBER_TOKEN.test(w) ? 1 : 0;
  if (c > 127 && /^\p{N}/u.test(w)) return NUMBER_TOKEN.test(w) ? 1 : 0;
  return c >= 106 && c <= 115 && WEEKDAY_WORDS.has(w) ? 2 : 0; // (j, k, m, r, s: the weekdays' first letters)
}

/** The kinds of placeable in a sequence, as bits (1 numbers, 2 weekdays). */
function placeableKinds(ws: readonly string[]): number {
  let k = 0;
  for (const w of ws) k |= placeable(w);
  return k;
}

/** Edit distance over words: insert, delete or replace a word 1; a number by a number or a weekday by a weekday PLACEABLE_COST. */
export function tmDistance(a: readonly string[], b: readonly string[]): number {
  const n = a.length, m = b.length;
  if (n === 0 || m === 0) return n + m;
  // no kind of placeable in both: every replacement costs 1, the plain (fast) word edit distance
  if ((placeableKinds(a) & placeableKinds(b)) === 0) return wordEditDistance(a, b);
  return lastRow(a, b, false)[m]!;
}

/**
 * The last row of the word edit distance table of `a` against `b` (tmDistance's costs): entry j is
 * the cost of turning `a` into `b`'s first j words; with `freeStart`, into any run of `b` ending there.
 */
function lastRow(a: readonly string[], b: readonly string[], freeStart: boolean): Float64Array {
  const n = a.length, m = b.length;
  const pa = a.map(placeable), pb = b.map(placeable);
  let prev = new Float64Array(m + 1), cur = new Float64Array(m + 1);
  if (!freeStart) for (let j = 0; j <= m; j++) prev[j] = j;
  for (let i = 1; i <= n; i++) {
    cur[0] = i;
    const ai = a[i - 1]!, ci = pa[i - 1]!;
    for (let j = 1; j <= m; j++) {
      const sub = ai === b[j - 1] ? 0 : ci !== 0 && ci === pb[j - 1] ? PLACEABLE_COST : 1;
      cur[j] = Math.min(prev[j - 1]! + sub, prev[j]! + 1, cur[j - 1]! + 1);
    }
    [prev, cur] = [cur, prev];
  }
  return prev;
}

/**
 * The fewest edits (tmDistance's costs) that turn `pattern` into some run of consecutive words of
 * `text`: where in `text` the run starts and ends is free (an approximate match of a sentence inside
 * a longer one: the half of a sentence a follow-up story split in two).
 */
export function tmInfixDistance(pattern: readonly string[], text: readonly string[]): number {
  const n = pattern.length;
  if (n === 0) return 0;
  if (text.length === 0) return n;
  // (the run may start anywhere, and end anywhere: the least of the last row)
  let best = n;
  for (const d of lastRow(pattern, text, true)) if (d < best) best = d;
  return best;
}

/**
 * Where `pattern` is found in `text` at the fewest edits (tmInfixDistance): the distance and the
 * end of the run in `text` (exclusive; the first such end). Its start is about end − pattern length
 * (exactly so when the run has no word inserted or dropped).
 */
export function tmInfixMatch(pattern: readonly string[], text: readonly string[]): { distance: number; end: number } {
  const n = pattern.length;
  if (n === 0 || text.length === 0) return { distance: n, end: 0 };
  const row = lastRow(pattern, text, true);
  let best = n, end = 0;
  for (let j = 1; j < row.length; j++) if (row[j]! < best) { best = row[j]!; end = j; }
  return { distance: best, end };
}

/**
 * 1 − tmDistance / the longer length, on tmScoreTokens. With `floor`: exact when it is at least
 * `floor`, else some value below it (a cheap bound first: the distance with every number alike and
 * every weekday alike is at most tmDistance, and is what fastest-levenshtein computes quickly).
 */
export function tmSimilarity(a: readonly string[], b: readonly string[], floor = 0): number {
  const n = Math.max(a.length, b.length);
  if (n === 0) return 1;
  if (floor > 0 && (placeableKinds(a) & placeableKinds(b)) !== 0) {
    const bound = 1 - wordEditDistance(a.map(placeableClass), b.map(placeableClass)) / n;
    if (bound < floor) return bound;
  }
  return 1 - tmDistance(a, b) / n;
}

/** A word, or its kind for a number or weekday. */
function placeableClass(w: string): string {
  const p = placeable(w);
  return p === 0 ? w : `\u0001${p}`;
}

/**
 * Which of a query's index words (tmTokens) to read from the index so that every match at
 * `threshold` (tmSimilarity on its `scored` tokens, a match not longer than the query) contains one:
 * such a match costs at most (1 − t)·n, and each of the query's words other than numbers and
 * weekdays it lacks costs 1, so it lacks at most ⌊(1 − t)·n⌋ of them — the rarest
 * requiredRareWords(n, t) of those words are enough. When the query has fewer such words, all its
 * words (null: the caller's plain rule on tmTokens).
 */
export function tmCandidateWords(words: readonly string[], scored: number, threshold: number): { words: string[]; need: number } | null {
  const plain = [...new Set(words)].filter((w) => placeable(w) === 0);
  const need = requiredRareWords(scored, threshold);
  return plain.length >= need ? { words: plain, need } : null;
}

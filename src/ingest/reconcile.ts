/**
 * reconcileSegments — decides, for a re-ingested article, which stored segment each new segment
 * continues, so that segment identity (and with it every rendering) survives edits.
 *
 *  1. Unchanged sentences in the same order are matched by a longest common subsequence of their
 *     normalised-text hashes.
 *  2. Unchanged sentences that moved (a paragraph moved elsewhere) are matched by hash.
 *  3. In each gap between matched anchors, an old and a new segment that are similar enough
 *     (word-bigram Dice ≥ 0.5) are taken as the same sentence edited: the segment keeps its id and
 *     its rendering becomes stale (its saved source differs from the new text).
 *  4. A sentence replaced in place — one old and one new left between the same two matched
 *     neighbours — is the same sentence edited when they share some words (Dice ≥ 0.2): a short
 *     sentence whose number changed (`Dua tewas.` → `Tiga tewas.`: 0.33) falls below 0.5.
 *  5. Old segments left over are removed; new ones left over are inserted.
 * Where a sentence occurs more than once, the old segments that hold English (`held`) are the
 * ones kept: when one copy of a repeated sentence is deleted, the English stays on the copy that
 * is left, instead of being orphaned while an untranslated twin is kept.
 * Pure: no I/O.
 */
export interface Keyed {
  readonly hash: string;
  readonly text: string;
  /** The old segment holds English (a rendering): kept in preference to an identical one without. */
  readonly held?: boolean;
}

export type ReconcileOp =
  | { readonly op: "keep"; readonly oldIndex: number; readonly newIndex: number }
  | { readonly op: "change"; readonly oldIndex: number; readonly newIndex: number; readonly similarity: number }
  | { readonly op: "insert"; readonly newIndex: number }
  | { readonly op: "remove"; readonly oldIndex: number };

function lcsPairs(a: readonly string[], b: readonly string[]): Array<[number, number]> {
  // Trim common prefix/suffix first: typical edits touch a few sentences.
  let pre = 0;
  while (pre < a.length && pre < b.length && a[pre] === b[pre]) pre++;
  let suf = 0;
  while (suf < a.length - pre && suf < b.length - pre && a[a.length - 1 - suf] === b[b.length - 1 - suf]) suf++;
  const A = a.slice(pre, a.length - suf);
  const B = b.slice(pre, b.length - suf);
  const pairs: Array<[number, number]> = [];
  for (let i = 0; i < pre; i++) pairs.push([i, i]);
  const n = A.length;
  const m = B.length;
  if (n > 0 && m > 0) {
    const dp = new Uint32Array((n + 1) * (m + 1));
    for (let i = n - 1; i >= 0; i--) {
      for (let j = m - 1; j >= 0; j--) {
        dp[i * (m + 1) + j] = A[i] === B[j] ? dp[(i + 1) * (m + 1) + j + 1]! + 1 : Math.max(dp[(i + 1) * (m + 1) + j]!, dp[i * (m + 1) + j + 1]!);
      }
    }
    let i = 0;
    let j = 0;
    while (i < n && j < m) {
      if (A[i] === B[j]) { pairs.push([pre + i, pre + j]); i++; j++; }
      else if (dp[(i + 1) * (m + 1) + j]! >= dp[i * (m + 1) + j + 1]!) i++;
      else j++;
    }
  }
  for (let k = 0; k < suf; k++) pairs.push([a.length - suf + k, b.length - suf + k]);
  return pairs;
}

function bigrams(text: string): Map<string, number> {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  const grams = new Map<string, number>();
  const add = (g: string) => grams.set(g, (grams.get(g) ?? 0) + 1);
  words.forEach((w) => add(w));
  for (let i = 0; i + 1 < words.length; i++) add(words[i] + " " + words[i + 1]);
  return grams;
}

/** Dice coefficient over words and word bigrams (0..1). */
export function textSimilarity(a: string, b: string): number {
  const A = bigrams(a);
  const B = bigrams(b);
  let inter = 0;
  let total = 0;
  for (const [g, c] of A) { total += c; inter += Math.min(c, B.get(g) ?? 0); }
  for (const c of B.values()) total += c;
  return total === 0 ? 0 : (2 * inter) / total;
}

export const CHANGE_THRESHOLD = 0.5;
/** A sentence replaced in place (one old, one new between the same neighbours) needs less in common. */
export const IN_PLACE_THRESHOLD = 0.2;

export function reconcileSegments(oldSegs: readonly Keyed[], newSegs: readonly Keyed[]): ReconcileOp[] {
  const oldMatch = new Array<number>(oldSegs.length).fill(-1);
  const newMatch = new Array<number>(newSegs.length).fill(-1);
  const ops: ReconcileOp[] = [];
  for (const [i, j] of lcsPairs(oldSegs.map((s) => s.hash), newSegs.map((s) => s.hash))) {
    oldMatch[i] = j; newMatch[j] = i;
  }
  // Moved sentences: same text elsewhere (an old one holding English first).
  const freeOldByHash = new Map<string, number[]>();
  oldSegs.forEach((s, i) => { if (oldMatch[i] === -1) (freeOldByHash.get(s.hash) ?? freeOldByHash.set(s.hash, []).get(s.hash)!).push(i); });
  for (const list of freeOldByHash.values()) if (list.length > 1) list.sort((a, b) => Number(!!oldSegs[b]!.held) - Number(!!oldSegs[a]!.held) || a - b);
  newSegs.forEach((s, j) => {
    if (newMatch[j] !== -1) return;
    const list = freeOldByHash.get(s.hash);
    const i = list?.shift();
    if (i !== undefined) { oldMatch[i] = j; newMatch[j] = i; }
  });
  // A repeated sentence: an old copy holding English that is left over takes the place of a kept
  // identical copy without English (the sentence is still in the article, so is its English).
  const bareByHash = new Map<string, number[]>();
  oldSegs.forEach((s, i) => { if (oldMatch[i] !== -1 && !s.held) (bareByHash.get(s.hash) ?? bareByHash.set(s.hash, []).get(s.hash)!).push(i); });
  if (bareByHash.size > 0) {
    oldSegs.forEach((s, i) => {
      if (oldMatch[i] !== -1 || !s.held) return;
      const bare = bareByHash.get(s.hash);
      if (!bare?.length) return;
      // the bare copy nearest to this one gives up its place
      let best = 0;
      for (let k = 1; k < bare.length; k++) if (Math.abs(bare[k]! - i) < Math.abs(bare[best]! - i)) best = k;
      const k = bare.splice(best, 1)[0]!;
      const j = oldMatch[k]!;
      oldMatch[k] = -1; oldMatch[i] = j; newMatch[j] = i;
    });
  }
  oldMatch.forEach((j, i) => { if (j !== -1) ops.push({ op: "keep", oldIndex: i, newIndex: j }); });
  // Edited sentences: similar pairs among the unmatched, preferring the closest position.
  const candidates: Array<{ i: number; j: number; sim: number; dist: number }> = [];
  const freeOld = oldSegs.map((_, i) => i).filter((i) => oldMatch[i] === -1);
  const freeNew = newSegs.map((_, j) => j).filter((j) => newMatch[j] === -1);
  if (freeOld.length * freeNew.length <= 250_000) {
    for (const i of freeOld) {
      for (const j of freeNew) {
        const sim = textSimilarity(oldSegs[i]!.text, newSegs[j]!.text);
        if (sim >= CHANGE_THRESHOLD) candidates.push({ i, j, sim, dist: Math.abs(i / Math.max(1, oldSegs.length) - j / Math.max(1, newSegs.length)) });
      }
    }
  }
  candidates.sort((x, y) => y.sim - x.sim || x.dist - y.dist || Number(!!oldSegs[y.i]!.held) - Number(!!oldSegs[x.i]!.held));
  for (const c of candidates) {
    if (oldMatch[c.i] !== -1 || newMatch[c.j] !== -1) continue;
    oldMatch[c.i] = c.j; newMatch[c.j] = c.i;
    ops.push({ op: "change", oldIndex: c.i, newIndex: c.j, similarity: c.sim });
  }
  // A sentence replaced in place: between the same two matched neighbours, exactly one old and one
  // new sentence are left, sharing words (`Dua tewas.` → `Tiga tewas.`, a short sentence
  // whose number changed, is below the threshold): the same sentence edited, its English kept stale.
  const last = oldSegs.length - 1;
  for (let i = 0; i <= last; i++) {
    if (oldMatch[i] !== -1) continue;
    if ((i > 0 && oldMatch[i - 1] === -1) || (i < last && oldMatch[i + 1] === -1)) continue; // more than one old left in the gap
    const from = i > 0 ? oldMatch[i - 1]! : -1;
    const to = i < last ? oldMatch[i + 1]! : newSegs.length;
    if (to - from !== 2 || newMatch[from + 1] !== -1) continue; // not exactly one new sentence left between the same neighbours
    const j = from + 1;
    const sim = textSimilarity(oldSegs[i]!.text, newSegs[j]!.text);
    if (sim < IN_PLACE_THRESHOLD) continue;
    oldMatch[i] = j; newMatch[j] = i;
    ops.push({ op: "change", oldIndex: i, newIndex: j, similarity: sim });
  }
  newMatch.forEach((m, j) => { if (m === -1) ops.push({ op: "insert", newIndex: j }); });
  oldMatch.forEach((m, i) => { if (m === -1) ops.push({ op: "remove", oldIndex: i }); });
  return ops;
}

/**
 * How many of the sentences kept (or edited in place) moved in the article: the fewest that must be
 * taken out and put back elsewhere to turn the old order into the new one (those off a longest
 * increasing run of their old places, read in the new order). A paragraph moved down past two
 * others counts its own sentences, not the others'.
 */
export function movedSentences(ops: readonly ReconcileOp[]): number {
  const pairs = ops.filter((o): o is Extract<ReconcileOp, { oldIndex: number; newIndex: number }> => o.op === "keep" || o.op === "change")
    .sort((a, b) => a.newIndex - b.newIndex);
  // patience sorting: tails[k] = the smallest old index ending an increasing run of k + 1
  const tails: number[] = [];
  for (const { oldIndex } of pairs) {
    let lo = 0, hi = tails.length;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (tails[mid]! < oldIndex) lo = mid + 1; else hi = mid; }
    tails[lo] = oldIndex;
  }
  return pairs.length - tails.length;
}

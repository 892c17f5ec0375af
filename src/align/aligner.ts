/**
 * alignSentences — sentence alignment of an Indonesian and an English text (hunalign / vecalign
 * style): every candidate bead is scored by
 *   (a+b)/2 · ( lexWeight · (1 − Dice of matched anchors) + lenWeight · Gale–Church length cost )
 *   + a penalty per bead type,
 * a sentence left without counterpart costs `skip`, and a dynamic program finds the cheapest chain of
 * beads covering every sentence once, in order. Anchors (features.ts) are identical tokens, cognates,
 * numbers read per language, bilingual word-list translations and glossary concepts.
 * Up to 100,000 cells the program is exact. Above that a coarse pass (the longest chain of sentence
 * pairs sharing an anchor found once on each side) gives the skeleton of the path, the program runs in
 * a band of ±40 sentences around it, and the band is doubled while the best path touches its edge, so
 * time and memory grow linearly with document length. Pure: no I/O.
 * Weights were tuned on the panl-bppt cases of shared/data/align (dev); guntara-news is held out.
 */
import { lengthCost } from "./gale-church";
import { sentenceFeatures, Vocab, type SentenceFeatures } from "./features";
import { freedictLexicon } from "./lexicon";
import { isEnglishCredit } from "./credits";
import type { AlignOptions, AlignParams, Bead } from "./types";

export const DEFAULT_PARAMS: AlignParams = {
  lexWeight: 6,
  lenWeight: 0.21,
  s2: 6.8,
  skip: 3.5,
  merge: 1.3,
  merge22: 5,
  merge3: 3,
  smooth: 2.8,
  prior: 0.2,
  fragment: 0.3,
  evenMargin: 1.5,
  moved: 4.4,
};

/** Bead shapes: [source count, target count]. */
const SHAPES: ReadonlyArray<readonly [number, number]> = [
  [1, 1], [1, 0], [0, 1], [2, 1], [1, 2], [2, 2], [3, 1], [1, 3],
];

const FULL_DP_CELLS = 100_000;
/**
 * Cost per sentence at which a bead's score reaches 0. Fixed (it was 2 × skip when skip was 4), so
 * retuning `skip` does not move the scores the review flag and the not-a-translation check read.
 */
const SCORE_SCALE = 8;
const PRIOR_RATIO = 0.92;
/**
 * The highest score of a bead of several sentences one of which shares no anchor (word, name, number,
 * cognate) with the other side: its place there rests on length alone (`ANTARA interviewed … last week.
 * Berikut petikannya.` / `ANTARA interviewed … last week.`, the English `Following are excerpts …`
 * left over), so a reviewer should see it. Below the review threshold (0.3).
 */
const UNANCHORED_SCORE = 0.25;
/** A bead of the second pass must cost this much less per sentence than a weak bead it breaks up. */
const WEAK_MARGIN = 0.5;
/**
 * The same for a swap, a bead of weak beads' sentences only (no sentence left unpaired says a
 * paragraph was moved): weak beads are common in free translation (on panl-bppt's clean cases 2.0
 * already re-paired a few of them; 2.5 changes none), while a swapped paragraph's beads cost about 3 less.
 */
const SWAP_MARGIN = 2.5;
/**
 * A swap costing at most this per sentence (score ≥ 0.625: a clear translation, not a weak pair) stands
 * even when a weak bead it breaks up leaves a sentence without counterpart: the English moved a paragraph
 * and added or dropped one beside it (a ferry sinking: `BMKG … peringatan gelombang tinggi …` / `The …
 * Agency had issued a high-wave warning …` moved up, a weak pair with a dropped Indonesian sentence and
 * one with an English-only background line where it was). Dearer swaps must re-pair every such sentence
 * (free translation makes weak beads common).
 */
const CLEAR_SWAP = 3;
/** Consecutive 1-1 beads sharing no anchor that are two unrelated texts, and the cost per sentence of a weak bead beside them (unpairUnrelated). */
const UNRELATED_RUN = 3;
const UNRELATED_COST = 5;
/**
 * The cost per sentence up to which the second pass pairs sentences sharing a number no other sentence
 * of either side has (`Sekitar 62.000 penonton memadati stadion. Mereka menyalakan lampu ponsel …` / `A
 * crowd of about 62,000 filled the stadium, switching on …`): the figure says they belong together where
 * words alone (params.moved) would not (score ≥ 0.25, below the review threshold: a reviewer sees them).
 */
const NUMBER_MOVED = 6;
/** How far (in beads) from a 2-1 or 1-2 merge a sentence left alone may be to be one the merge's sentences crossed (splitCrossed). */
const CROSS_REACH = 2;
/** How much less (in cost) the two 1-1 beads of crossed sentences must cost than the merge and the sentence left alone. */
const CROSS_MARGIN = 1;
/** How far (in source sentences) a sentence left alone may be from the bead whose English it was folded into (markFolded). */
const FOLD_REACH = 3;
/** The weight of English tokens only a sentence left alone explains for it to be folded into that English (markFolded). */
const FOLD_HITS = 1.5;
/**
 * markFolded: how much dearer per sentence the pair may be with the folded sentence (a third sentence in
 * a 2-1 adds its share of the merge penalty: a lead folded from sentences one and three cost 0.07 more).
 */
const FOLD_SLACK = 0.25;
/** A side with more than this many times the other's sentences: its sentences left alone cost less (run). */
/** unglueFolded: a sentence explains that many times more of a nearby pair's English than of its own bead's. */
const UNGLUE_RATIO = 2;
const UNBALANCED_SKIP = 2;
const UNBALANCED_SLACK = 10;
/**
 * unglueEdges: the most an edge sentence may explain of its bead's other side, as a share of what the rest of the bead
 * explains (a long document's `Iran captured US drone` beside `Can sunshades protect the Barrier Reef?`, both in one
 * Indonesian line, explains 0.19 of it; a moved paragraph's last English sentence glued to the lead 0.04, a background
 * sentence 0).
 */
const EDGE_SHARE = 0.1;
/** A moved bead's English is at most this many sentences from where it would be in order (a paragraph moves within its article). */
const MOVE_WINDOW = 25;

interface Prepared {
  readonly src: SentenceFeatures[];
  readonly tgt: SentenceFeatures[];
  readonly vocabSize: number;
  /** Expected target/source length ratio of this document. */
  readonly ratio: number;
  /** 1 for a source headline (AlignOptions.headlines), else 0; null when none is. */
  readonly headline: Uint8Array | null;
  /** 1 for a source photo caption (AlignOptions.captions), else 0; null when none is. */
  readonly caption: Uint8Array | null;
  /**
   * `i:j` for a source sentence i and a target sentence j that share a number found in no other
   * sentence of either side (a figure, a count, a date): the two say the same thing (relink).
   */
  readonly numberPairs: ReadonlySet<string>;
  /** 1 for a source sentence with no figure and no name (isPlain): joinNeighbour may join it by length alone. */
  readonly plain: Uint8Array;
}

const endsInColon = (x: string): boolean => /:\s*$/.test(x);

function prepare(src: readonly string[], tgt: readonly string[], options: AlignOptions): Prepared {
  const vocab = new Vocab();
  const lexicon = options.lexicon === undefined ? freedictLexicon() : options.lexicon;
  const ctx = { vocab, lexicon, glossary: options.glossary };
  const s = src.map((x) => sentenceFeatures(x, "id", ctx));
  const t = tgt.map((x) => sentenceFeatures(x, "en", ctx));
  weigh(s);
  weigh(t);
  for (const side of [[s, src], [t, tgt]] as const) {
    for (let k = 0; k + 1 < side[0].length; k++) if (/^\s*\p{Ll}/u.test(side[1][k + 1]!)) side[0][k]!.fragment = true;
  }
  if (src.some(endsInColon) && tgt.some(endsInColon)) {
    for (const side of [[s, src], [t, tgt]] as const) for (let k = 0; k < side[0].length; k++) if (endsInColon(side[1][k]!)) side[0][k]!.fragment = false;
  }
  const ls = s.reduce((a, x) => a + x.chars, 0);
  const lt = t.reduce((a, x) => a + x.chars, 0);
  // English news runs about 0.9× the length of its Indonesian source (0.90 panl-bppt, 0.94
  // guntara-news); a document's own ratio is used when both sides have comparable sentence counts.
  let ratio = PRIOR_RATIO;
  const n = src.length;
  const m = tgt.length;
  if (ls > 0 && lt > 0 && Math.min(n, m) >= 0.5 * Math.max(n, m)) ratio = Math.min(1.4, Math.max(0.7, lt / ls));
  const flags = (given: readonly boolean[] | undefined): Uint8Array | null => (given?.some((h, k) => h && k < n) ? Uint8Array.from({ length: n }, (_, k) => (given[k] ? 1 : 0)) : null);
  return { src: s, tgt: t, vocabSize: vocab.size, ratio, headline: flags(options.headlines), caption: flags(options.captions), numberPairs: numberPairs(s, t, vocab.idsStartingWith("#")), plain: Uint8Array.from(src, (x) => (isPlain(x) ? 1 : 0)) };
}

/** A sentence with no figure and no name: no digit, no capitalised word after its first, no acronym (two capitals). */
function isPlain(x: string): boolean {
  if (/\d/.test(x)) return false;
  const words = x.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
  return words.every((w, k) => !/^\p{Lu}/u.test(w) || (k === 0 && !/^\p{Lu}\p{Lu}/u.test(w)));
}

/** The pairs of sentences sharing a number that no other sentence of either side has (Prepared.numberPairs). */
function numberPairs(src: readonly SentenceFeatures[], tgt: readonly SentenceFeatures[], numbers: readonly number[]): Set<string> {
  const out = new Set<string>();
  if (numbers.length === 0) return out;
  const isNumber = new Set(numbers);
  const once = (sents: readonly SentenceFeatures[]): Map<number, number> => {
    const where = new Map<number, number>();
    sents.forEach((f, k) => {
      for (const x of f.idSet) if (isNumber.has(x)) where.set(x, where.has(x) && where.get(x) !== k ? -1 : k);
    });
    return where;
  };
  const s1 = once(src);
  const t1 = once(tgt);
  for (const [x, i] of s1) {
    const j = t1.get(x);
    if (i >= 0 && j !== undefined && j >= 0) out.add(`${i}:${j}`);
  }
  return out;
}

/**
 * Inverse document frequency of each token within its side of this document (by its first anchor,
 * the word form): a word found in every sentence (`said`, `katanya`) says little about which sentence
 * translates which; a name or number found once says a lot. Weights are in [0.1, 1].
 */
function weigh(sents: SentenceFeatures[]): void {
  const n = sents.length;
  const df = new Map<number, number>();
  for (const f of sents) {
    const seen = new Set<number>();
    for (let k = 0; k + 1 < f.tokStart.length; k++) seen.add(f.ids[f.tokStart[k]!]!);
    for (const x of seen) df.set(x, (df.get(x) ?? 0) + 1);
  }
  const norm = Math.log(n + 1);
  for (const f of sents) {
    let total = 0;
    for (let k = 0; k + 1 < f.tokStart.length; k++) {
      const d = df.get(f.ids[f.tokStart[k]!]!)!;
      const w = n <= 1 ? 1 : Math.min(1, Math.max(0.1, Math.log((n + 1) / d) / norm));
      f.weights[k] = w;
      total += w;
    }
    f.total = total;
  }
}

/** Row ranges of the dynamic program: for row i (source sentences consumed), columns lo[i]..hi[i]. */
interface Band {
  readonly lo: Int32Array;
  readonly hi: Int32Array;
}

/**
 * The coarse pass: anchors found in exactly one sentence on each side (a name, a number, a rare word)
 * pair those two sentences; the longest chain of such pairs increasing on both sides is the skeleton of
 * the path. Returns the expected target position for every row, interpolated between chain points
 * (the plain diagonal when there are no anchors).
 */
function skeleton(p: Prepared): Float64Array {
  const n = p.src.length;
  const m = p.tgt.length;
  const once = (sents: SentenceFeatures[]): Map<number, number> => {
    const where = new Map<number, number>();
    sents.forEach((f, k) => {
      for (const x of f.idSet) where.set(x, where.has(x) && where.get(x) !== k ? -1 : k);
    });
    return where;
  };
  const s1 = once(p.src);
  const t1 = once(p.tgt);
  const pairs: Array<[number, number]> = [];
  for (const [x, i] of s1) {
    if (i < 0) continue;
    const j = t1.get(x);
    if (j !== undefined && j >= 0) pairs.push([i, j]);
  }
  // longest chain strictly increasing in both i and j (patience sorting, O(k log k))
  pairs.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const tails: number[] = [];
  const tailIdx: number[] = [];
  const prev = new Int32Array(pairs.length).fill(-1);
  pairs.forEach(([, j], k) => {
    let lo = 0;
    let hi = tails.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (tails[mid]! < j) lo = mid + 1;
      else hi = mid;
    }
    if (lo > 0) prev[k] = tailIdx[lo - 1]!;
    tails[lo] = j;
    tailIdx[lo] = k;
  });
  const chain: Array<[number, number]> = [];
  for (let k = tails.length ? tailIdx[tails.length - 1]! : -1; k >= 0; k = prev[k]!) chain.push(pairs[k]!);
  chain.reverse();
  const points: Array<[number, number]> = [[0, 0]];
  for (const [i, j] of chain) {
    const last = points[points.length - 1]!;
    if (i > last[0] && j >= last[1]) points.push([i + 0.5, j + 0.5]);
  }
  points.push([n, m]);
  const center = new Float64Array(n + 1);
  let seg = 0;
  for (let i = 0; i <= n; i++) {
    while (seg < points.length - 2 && i > points[seg + 1]![0]) seg++;
    const [x0, y0] = points[seg]!;
    const [x1, y1] = points[seg + 1]!;
    center[i] = x1 === x0 ? y1 : y0 + ((i - x0) * (y1 - y0)) / (x1 - x0);
  }
  return center;
}

/** Rows of ±half columns around `center`, each row reaching the next one's first column. */
function bandAround(center: Float64Array, m: number, half: number): Band {
  const n = center.length - 1;
  const lo = new Int32Array(n + 1);
  const hi = new Int32Array(n + 1);
  for (let i = 0; i <= n; i++) {
    lo[i] = Math.max(0, Math.floor(center[i]! - half));
    hi[i] = Math.min(m, Math.ceil(center[i]! + half));
  }
  lo[0] = 0;
  hi[n] = m;
  for (let i = 1; i <= n; i++) if (lo[i]! < lo[i - 1]!) lo[i] = lo[i - 1]!;
  for (let i = n - 1; i >= 0; i--) {
    if (hi[i]! > hi[i + 1]!) hi[i] = hi[i + 1]!;
    if (hi[i]! < lo[i + 1]!) hi[i] = lo[i + 1]!;
  }
  return { lo, hi };
}

/**
 * Matched anchor weight of every (source i, target j) pair the band can use: the number of source
 * tokens of i with an anchor in j plus the number of target tokens of j with an anchor in i.
 */
function pairMatches(p: Prepared, band: Band): { off: Int32Array; first: Int32Array; last: Int32Array; val: Float32Array } {
  const n = p.src.length;
  const m = p.tgt.length;
  const first = new Int32Array(n);
  const last = new Int32Array(n);
  const off = new Int32Array(n + 1);
  for (let i = 0; i < n; i++) {
    first[i] = Math.max(0, band.lo[i]! - 3);
    last[i] = Math.min(m - 1, band.hi[Math.min(n, i + 3)]!);
    off[i + 1] = off[i]! + Math.max(0, last[i]! - first[i]! + 1);
  }
  const val = new Float32Array(off[n]!);
  const markS = new Int32Array(p.vocabSize).fill(-1);
  const markT = new Int32Array(p.vocabSize).fill(-1);
  let stamp = 0;
  for (let i = 0; i < n; i++) {
    const s = p.src[i]!;
    for (const x of s.idSet) markS[x] = i;
    for (let j = first[i]!; j <= last[i]!; j++) {
      const t = p.tgt[j]!;
      stamp++;
      for (const x of t.idSet) markT[x] = stamp;
      let hits = 0;
      for (let k = 0; k + 1 < s.tokStart.length; k++) {
        for (let q = s.tokStart[k]!; q < s.tokStart[k + 1]!; q++) {
          if (markT[s.ids[q]!] === stamp) {
            hits += s.weights[k]!;
            break;
          }
        }
      }
      for (let k = 0; k + 1 < t.tokStart.length; k++) {
        for (let q = t.tokStart[k]!; q < t.tokStart[k + 1]!; q++) {
          if (markS[t.ids[q]!] === i) {
            hits += t.weights[k]!;
            break;
          }
        }
      }
      val[off[i]! + j - first[i]!] = hits;
    }
  }
  return { off, first, last, val };
}

/** Weight of the tokens of `f` with an anchor marked `stamp` in `mark`. */
function tokenHits(f: SentenceFeatures, mark: Int32Array, stamp: number): number {
  let hits = 0;
  const ts = f.tokStart;
  for (let k = 0; k + 1 < ts.length; k++) {
    for (let q = ts[k]!; q < ts[k + 1]!; q++) {
      if (mark[f.ids[q]!] === stamp) {
        hits += f.weights[k]!;
        break;
      }
    }
  }
  return hits;
}

interface RunResult {
  readonly beads: Bead[];
  readonly touchesEdge: boolean;
  readonly cells: number;
}

/**
 * The cost of leaving a sentence of a side of `count` sentences without counterpart, the other side
 * having `other`: `skip`, less on a side longer than UNBALANCED_SKIP × other + UNBALANCED_SLACK
 * (skip × √(that length / count)).
 */
function longerSkip(count: number, other: number, skip: number): number {
  const room = UNBALANCED_SKIP * other + UNBALANCED_SLACK;
  return count > room ? skip * Math.sqrt(room / count) : skip;
}

function run(p: Prepared, band: Band, params: AlignParams): RunResult {
  const n = p.src.length;
  const m = p.tgt.length;
  const { lo, hi } = band;
  const rowOff = new Int32Array(n + 2);
  for (let i = 0; i <= n; i++) rowOff[i + 1] = rowOff[i]! + (hi[i]! - lo[i]! + 1);
  const cells = rowOff[n + 1]!;
  const cost = new Float64Array(cells).fill(Infinity);
  const back = new Int8Array(cells).fill(-1);
  const pm = pairMatches(p, band);
  const pair = (i: number, j: number): number =>
    j < pm.first[i]! || j > pm.last[i]! ? 0 : pm.val[pm.off[i]! + j - pm.first[i]!]!;
  const srcTok = p.src.map((x) => x.total);
  const tgtTok = p.tgt.map((x) => x.total);
  // A sentence that ends with a comma, semicolon or colon, or is followed by one starting in lower
  // case, is a fragment: joining it with the next one is cheap (bad segmentation, re-cut sentences).
  const fragS = p.src.map((x) => x.fragment);
  const fragT = p.tgt.map((x) => x.fragment);
  const joined = (frag: boolean[], from: number, count: number): boolean => {
    if (count < 2) return false;
    for (let q = from; q < from + count - 1; q++) if (!frag[q]) return false;
    return true;
  };
  // A bead of several source sentences may not join a headline with a sentence that is not one, nor a caption with any.
  const hl = p.headline;
  const mixed = (i0: number, a: number): boolean => {
    if (a < 2) return false;
    if (p.caption) for (let q = i0; q < i0 + a; q++) if (p.caption[q]) return true;
    if (hl === null) return false;
    for (let q = i0 + 1; q < i0 + a; q++) if (hl[q] !== hl[i0]) return true;
    return false;
  };
  const penalty = (i0: number, a: number, j0: number, b: number): number => {
    if (a === 1 && b === 1) return 0;
    const base = a === 2 && b === 2 ? params.merge22 : a === 3 || b === 3 ? params.merge3 : params.merge;
    return joined(fragS, i0, a) || joined(fragT, j0, b) ? base * params.fragment : base;
  };

  // Matched weight of a multi-sentence bead, each token counted once (a token found in both target
  // sentences of a 1-2 bead is one match, not two).
  const markS = new Int32Array(p.vocabSize);
  const markT = new Int32Array(p.vocabSize);
  let stamp = 0;
  const spanHits = (i0: number, a: number, j0: number, b: number): number => {
    stamp++;
    for (let q = i0; q < i0 + a; q++) for (const x of p.src[q]!.idSet) markS[x] = stamp;
    for (let r = j0; r < j0 + b; r++) for (const x of p.tgt[r]!.idSet) markT[x] = stamp;
    let hits = 0;
    for (let q = i0; q < i0 + a; q++) hits += tokenHits(p.src[q]!, markT, stamp);
    for (let r = j0; r < j0 + b; r++) hits += tokenHits(p.tgt[r]!, markS, stamp);
    return hits;
  };

  /** A sentence of a multi-sentence bead that shares no anchor with the bead's other side (only its length put it there). */
  const hasUnanchored = (i0: number, a: number, j0: number, b: number): boolean => {
    if (a > 1) for (let q = i0; q < i0 + a; q++) if (spanHits(q, 1, j0, b) === 0) return true;
    if (b > 1) for (let r = j0; r < j0 + b; r++) if (spanHits(i0, a, r, 1) === 0) return true;
    return false;
  };

  /** Characters and tokens of a source span and a target span (written to the span* variables: no allocation in the DP). */
  let spanLs = 0, spanNs = 0, spanLt = 0, spanNt = 0;
  const sumSpans = (i0: number, a: number, j0: number, b: number): void => {
    spanLs = 0; spanNs = 0; spanLt = 0; spanNt = 0;
    for (let q = i0; q < i0 + a; q++) { spanLs += p.src[q]!.chars; spanNs += srcTok[q]!; }
    for (let q = j0; q < j0 + b; q++) { spanLt += p.tgt[q]!.chars; spanNt += tgtTok[q]!; }
  };

  /** A lower bound of beadCost: the Dice computed from pairwise matches (which over-count). */
  const lowerBound = (i0: number, a: number, j0: number, b: number, budget: number): number => {
    sumSpans(i0, a, j0, b);
    const ls = spanLs, ns = spanNs, lt = spanLt, nt = spanNt;
    let hits = 0;
    for (let q = i0; q < i0 + a; q++) for (let r = j0; r < j0 + b; r++) hits += pair(q, r);
    const dice = Math.min(1, (hits + params.smooth * params.prior) / (ns + nt + params.smooth));
    const lex = ((a + b) / 2) * params.lexWeight * (1 - dice);
    if (lex >= budget) return lex; // already too dear: skip the length model
    return lex + ((a + b) / 2) * params.lenWeight * lengthCost(ls, lt, p.ratio, params.s2);
  };

  /** Cost of a bead with source i0..i0+a-1 and target j0..j0+b-1 (both non-empty), without the penalty. */
  const beadCost = (i0: number, a: number, j0: number, b: number): number => {
    sumSpans(i0, a, j0, b);
    const ls = spanLs, ns = spanNs, lt = spanLt, nt = spanNt;
    const hits = a === 1 && b === 1 ? pair(i0, j0) : spanHits(i0, a, j0, b);
    const dice = Math.min(1, (hits + params.smooth * params.prior) / (ns + nt + params.smooth));
    const len = lengthCost(ls, lt, p.ratio, params.s2);
    return ((a + b) / 2) * (params.lexWeight * (1 - dice) + params.lenWeight * len);
  };

  // A sentence of the longer side left without counterpart costs less when that side has more than
  // UNBALANCED_SKIP times the other's sentences: most of its sentences have none (an article inside a
  // longer page, an English edition with added background), so a 1-1 bead must be a better pair than
  // length and a common word make (else the sentences of the shorter side were paired with whatever
  // lay before their translation).
  const skipS = longerSkip(n, m, params.skip);
  const skipT = longerSkip(m, n, params.skip);
  // (capped at leaving both unpaired at the usual cost: on an unbalanced text a 1-1 bead dearer than leaving
  // its two sentences alone there is not made, as a capped one of score 0 beside the real pairs would be)
  const cap11 = 2 * params.skip - 0.01;
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = lo[i]!; j <= hi[i]!; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      for (let k = 0; k < SHAPES.length; k++) {
        const [a, b] = SHAPES[k]!;
        const pi = i - a;
        const pj = j - b;
        if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]! || mixed(pi, a)) continue;
        const prev = cost[rowOff[pi]! + pj - lo[pi]!]!;
        if (prev === Infinity) continue;
        let c: number;
        if (a === 0) c = skipT;
        else if (b === 0) c = skipS;
        else if (a === 1 && b === 1) c = beadCost(pi, 1, pj, 1);
        else {
          // cheap lower bound first (pairwise matches over-count, so they bound the Dice from above)
          const pen = penalty(pi, a, pj, b);
          if (prev + pen + lowerBound(pi, a, pj, b, best - prev - pen) >= best) continue;
          c = beadCost(pi, a, pj, b) + pen;
        }
        // a 1-1 bead never costs more than leaving both sentences unpaired (1-0 next to 0-1)
        if (a === 1 && b === 1 && c > cap11) c = cap11;
        const v = prev + c;
        if (v < best) {
          best = v;
          arg = k;
        }
      }
      cost[rowOff[i]! + j - lo[i]!] = best;
      back[rowOff[i]! + j - lo[i]!] = arg;
    }
  }

  /**
   * Score: the lower of how well the sentences match (1 − cost per sentence / SCORE_SCALE) and how
   * clear the decision was (1 − e^−margin, margin = how much dearer the best other way into the
   * bead's end cell is). 0 for a sentence without counterpart.
   */
  const makeBead = (i0: number, a: number, j0: number, b: number, margin = Infinity): Bead => {
    const s: number[] = [];
    const t: number[] = [];
    for (let q = i0; q < i0 + a; q++) s.push(q);
    for (let q = j0; q < j0 + b; q++) t.push(q);
    let score = 0;
    if (a > 0 && b > 0) {
      const perSentence = beadCost(i0, a, j0, b) / ((a + b) / 2);
      score = Math.max(0, Math.min(1, 1 - perSentence / SCORE_SCALE, 1 - Math.exp(-margin)));
      if ((a > 1 || b > 1) && score > UNANCHORED_SCORE && hasUnanchored(i0, a, j0, b)) score = UNANCHORED_SCORE;
    }
    return { src: s, tgt: t, score: Math.round(score * 1000) / 1000 };
  };

  let beads: Bead[] = [];
  let touchesEdge = false;
  let irregular = 0;
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    if ((j === lo[i]! && lo[i]! > 0) || (j === hi[i]! && hi[i]! < m)) touchesEdge = true;
    const k = back[rowOff[i]! + j - lo[i]!]!;
    const [a, b] = SHAPES[k]!;
    // (a sentence without counterpart counts half: an equal-length text that drops one sentence and adds
    // another has two of them for one departure, as a 2-1 with its 1-2 is two)
    if (k !== 0) irregular += a === 0 || b === 0 ? 0.5 : 1;
    // decision margin at this cell: how much dearer the best other way into it is
    let second = Infinity;
    for (let k2 = 0; k2 < SHAPES.length; k2++) {
      if (k2 === k) continue;
      const [a2, b2] = SHAPES[k2]!;
      const pi = i - a2;
      const pj = j - b2;
      if (pi < 0 || pj < 0 || pj < lo[pi]! || pj > hi[pi]! || mixed(pi, a2)) continue;
      const prev = cost[rowOff[pi]! + pj - lo[pi]!]!;
      if (prev === Infinity) continue;
      let c = a2 === 0 ? skipT : b2 === 0 ? skipS : beadCost(pi, a2, pj, b2) + penalty(pi, a2, pj, b2);
      if (a2 === 1 && b2 === 1 && c > cap11) c = cap11;
      second = Math.min(second, prev + c);
    }
    const bead = makeBead(i - a, a, j - b, b, second - cost[rowOff[i]! + j - lo[i]!]!);
    beads.push(bead);
    i -= a;
    j -= b;
  }
  beads.reverse();
  // Equal sentence counts: most such texts pair one to one. Prefer the all 1-1 alignment unless the
  // best path is better by a margin per bead that departs from it (merges that cancel out on an
  // equal-length text are usually free translation inside 1-1 pairs, not real merges). A dropped
  // sentence and an added one count as one departure: counted as two, the diagonal paired each
  // with the other's neighbour (a live blog's `18.05 WIB - Matahari terbenam …` with `6:15 p.m. - The
  // closed-door session begins …`, that session's entry with the English's added entry after it).
  if (n === m && irregular > 0 && params.evenMargin > 0) {
    let diag = 0;
    for (let q = 0; q < n; q++) diag += Math.min(cap11, beadCost(q, 1, q, 1));
    const best = cost[rowOff[n]! + m - lo[n]!]!;
    if (best + params.evenMargin * irregular >= diag) {
      beads = [];
      for (let q = 0; q < n; q++) beads.push(makeBead(q, 1, q, 1));
    }
  }
  return { beads, touchesEdge, cells };
}

/**
 * The second pass. The monotone program leaves a paragraph the other edition moved (the background
 * put earlier or later, quotes reordered) without counterpart, or pairs it with whatever sentence lies
 * on the diagonal when nothing better does. Sentences without counterpart and sentences of weak 1-1
 * beads (costing more than `params.moved` per sentence: nothing but length and a common word say they
 * belong together) are paired again, out of order — 1-1, or 2-1 / 1-2 with consecutive such sentences
 * — when the new bead costs at most `params.moved` per sentence, every sentence of it shares an anchor
 * with the other side, its English is within MOVE_WINDOW of where it would be in order, and it is
 * cheaper by WEAK_MARGIN per sentence than each weak bead it breaks up (SWAP_MARGIN for a bead of
 * weak beads' sentences only, which must also re-pair all of them); the cheapest first (gain over leaving the sentences unpaired), each sentence used once. A weak
 * bead neither of whose sentences found a better partner stays; one that lost a sentence leaves the
 * other without counterpart. A new bead takes the place of its first source sentence, so beads stay in
 * source order; it is marked `moved` when its English is out of order with the other beads. Only
 * pairs sharing an anchor are scored, so the pass costs little on long documents.
 */
interface BeadCoster {
  /** Matched anchor weight of a bead (each token counted once). */
  readonly hitsOf: (src: readonly number[], tgt: readonly number[]) => number;
  /** Cost per sentence of a bead (as the program scores it, merge penalty included). */
  readonly cost: (src: readonly number[], tgt: readonly number[]) => number;
}

/** Cost of any bead, for the passes after the program (relink, unpairUnrelated). */
function beadCoster(p: Prepared, params: AlignParams): BeadCoster {
  const markS = new Int32Array(p.vocabSize);
  const markT = new Int32Array(p.vocabSize);
  let stamp = 0;
  const hitsOf = (src: readonly number[], tgt: readonly number[]): number => {
    stamp++;
    for (const q of src) for (const x of p.src[q]!.idSet) markS[x] = stamp;
    for (const r of tgt) for (const x of p.tgt[r]!.idSet) markT[x] = stamp;
    let hits = 0;
    for (const q of src) hits += tokenHits(p.src[q]!, markT, stamp);
    for (const r of tgt) hits += tokenHits(p.tgt[r]!, markS, stamp);
    return hits;
  };
  const cost = (src: readonly number[], tgt: readonly number[]): number => {
    let ls = 0, ns = 0, lt = 0, nt = 0;
    for (const q of src) { ls += p.src[q]!.chars; ns += p.src[q]!.total; }
    for (const r of tgt) { lt += p.tgt[r]!.chars; nt += p.tgt[r]!.total; }
    const dice = Math.min(1, (hitsOf(src, tgt) + params.smooth * params.prior) / (ns + nt + params.smooth));
    const shape = (src.length + tgt.length) / 2;
    const merge = src.length === 1 && tgt.length === 1 ? 0 : params.merge;
    return (shape * (params.lexWeight * (1 - dice) + params.lenWeight * lengthCost(ls, lt, p.ratio, params.s2)) + merge) / shape;
  };
  return { hitsOf, cost };
}

function relink(p: Prepared, beads: Bead[], params: AlignParams, unpairedOnly = false): Bead[] {
  const { hitsOf, cost } = beadCoster(p, params);
  // the pool: unpaired sentences, and those of weak beads (with that bead's cost per sentence): a 1-1, or a
  // merge the program made of two sentences the English crossed (`Wali Kota … meminta warga tetap waspada.
  // Ia juga menyatakan pembangunan tanggul …` / `Mayor … said construction of a permanent sea wall …`, the
  // English's next sentence `He urged residents to remain alert.` left alone)
  const poolS = new Map<number, number>();
  const poolT = new Map<number, number>();
  const weak = new Set<Bead>();
  const weakS = new Map<number, Bead>();
  const weakT = new Map<number, Bead>();
  for (const b of beads) {
    if (b.src.length === 0 || b.tgt.length === 0) {
      for (const i of b.src) poolS.set(i, Infinity);
      for (const j of b.tgt) poolT.set(j, Infinity);
      continue;
    }
    if (unpairedOnly) continue;
    const c = cost(b.src, b.tgt);
    if (c > params.moved) {
      for (const i of b.src) { poolS.set(i, c); weakS.set(i, b); }
      for (const j of b.tgt) { poolT.set(j, c); weakT.set(j, b); }
      weak.add(b);
    }
  }
  if (poolS.size === 0 || poolT.size === 0) return beads;
  // where each source sentence's English would be in order: English sentences before its bead
  const at = new Int32Array(p.src.length);
  let consumed = 0;
  for (const b of beads) {
    for (const i of b.src) at[i] = consumed;
    consumed += b.tgt.length;
  }
  const byAnchor = new Map<number, number[]>();
  for (const j of poolT.keys()) {
    for (const x of p.tgt[j]!.idSet) {
      let list = byAnchor.get(x);
      if (!list) byAnchor.set(x, (list = []));
      list.push(j);
    }
  }
  /** A number the two sides' sentences share and no other sentence has (Prepared.numberPairs). */
  const shareNumber = (src: readonly number[], tgt: readonly number[]): boolean => src.some((q) => tgt.some((r) => p.numberPairs.has(`${q}:${r}`)));
  interface Candidate { readonly src: number[]; readonly tgt: number[]; readonly cost: number; readonly gain: number; readonly swap: boolean; readonly number: boolean }
  const found: Candidate[] = [];
  const consider = (src: number[], tgt: number[]): void => {
    if (src.length > 1 || tgt.length > 1) {
      // every sentence of a merge shares an anchor with the other side
      for (const q of src) if (src.length > 1 && hitsOf([q], tgt) === 0) return;
      for (const r of tgt) if (tgt.length > 1 && hitsOf(src, [r]) === 0) return;
    }
    const c = cost(src, tgt);
    const number = shareNumber(src, tgt);
    if (c > (number ? NUMBER_MOVED : params.moved)) return;
    // better by a margin than every weak bead it breaks up
    // a bead of weak beads' sentences only (no sentence the program left unpaired) is a swap
    const swap = !src.some((q) => poolS.get(q) === Infinity) && !tgt.some((r) => poolT.get(r) === Infinity);
    // (merely cheaper, when the new bead shares a number of its own and the weak bead none: `… tanggul laut
    // sepanjang 300 meter …` / `… a 300-meter stretch of sea wall …` over the agency head's attribution that
    // only its words put beside it)
    const margin = (w: Bead | undefined): number => (number && w && !shareNumber(w.src, w.tgt) ? 0 : swap ? SWAP_MARGIN : WEAK_MARGIN);
    for (const q of src) if (c > poolS.get(q)! - margin(weakS.get(q))) return;
    for (const r of tgt) if (c > poolT.get(r)! - margin(weakT.get(r))) return;
    const n = src.length + tgt.length;
    found.push({ src, tgt, cost: c, gain: n * (params.skip - c / 2), swap, number });
  };
  for (const i of poolS.keys()) {
    const near = new Set<number>();
    const gather = (q: number): void => {
      for (const x of p.src[q]!.idSet) for (const j of byAnchor.get(x) ?? []) near.add(j);
    };
    gather(i);
    for (const j of near) {
      if (Math.abs(j - at[i]!) > MOVE_WINDOW) continue;
      consider([i], [j]);
      if (poolT.has(j + 1)) consider([i], [j, j + 1]);
    }
    if (poolS.has(i + 1) && !p.caption?.[i] && !p.caption?.[i + 1]) {
      gather(i + 1);
      for (const j of near) if (Math.abs(j - at[i]!) <= MOVE_WINDOW) consider([i, i + 1], [j]);
    }
  }
  if (found.length === 0) return beads;
  dropBeatenMerges(found);
  found.sort((a, b) => b.gain - a.gain);
  const usedS = new Set<number>();
  const usedT = new Set<number>();
  const chosen = new Map<number, Candidate>();
  for (const c of found) {
    if (c.src.some((q) => usedS.has(q)) || c.tgt.some((r) => usedT.has(r))) continue;
    for (const q of c.src) usedS.add(q);
    for (const r of c.tgt) usedT.add(r);
    chosen.set(c.src[0]!, c);
  }
  // A swap must re-pair every sentence of the weak beads it breaks up (two paragraphs trading
  // places), not leave some without counterpart: else it is undone (and so on, while one is) —
  // unless it is a clear translation (CLEAR_SWAP) or shares a number no other sentence has.
  const complete = (b: Bead | undefined): boolean => b === undefined || (b.src.every((q) => usedS.has(q)) && b.tgt.every((r) => usedT.has(r)));
  for (let changed = true; changed; ) {
    changed = false;
    for (const [k, c] of chosen) {
      if (!c.swap || c.cost <= CLEAR_SWAP || c.number || (c.src.every((q) => complete(weakS.get(q))) && c.tgt.every((r) => complete(weakT.get(r))))) continue;
      chosen.delete(k);
      for (const q of c.src) usedS.delete(q);
      for (const r of c.tgt) usedT.delete(r);
      changed = true;
    }
  }
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const consecutive = (xs: readonly number[]): boolean => xs.every((x, k) => k === 0 || x === xs[k - 1]! + 1);
  type Out = { bead: Bead; fresh?: boolean };
  const out: Out[] = [];
  const pending: Out[] = []; // English-only beads, placed after the source-side beads they followed
  for (const b of beads) {
    if (!b.src.some((q) => usedS.has(q)) && !b.tgt.some((r) => usedT.has(r))) {
      out.push(...pending.splice(0), { bead: b });
      continue;
    }
    // (an English-only bead whose sentence went into a new bead is gone)
    if (b.src.length === 0) continue;
    // what a weak bead keeps: the rest of a merge stays a bead when it still pairs as well (`… 4.200 rumah …
    // Ketinggian air …` / `… 4,200 homes …` losing its second sentence elsewhere), else its sentences are alone
    const leftS = b.src.filter((q) => !usedS.has(q));
    const leftT = b.tgt.filter((r) => !usedT.has(r));
    const keep = leftS.length > 0 && leftT.length > 0 && consecutive(leftS) && consecutive(leftT) && hitsOf(leftS, leftT) > 0 && cost(leftS, leftT) <= cost(b.src, b.tgt);
    let fresh = false;
    for (const q of b.src) {
      const c = chosen.get(q);
      if (c) {
        out.push({ bead: { src: c.src, tgt: c.tgt, score: scoreOf(c.cost) }, fresh: true });
        fresh = true;
      } else if (keep && q === leftS[0]) out.push({ bead: { src: leftS, tgt: leftT, score: scoreOf(cost(leftS, leftT)) } });
      else if (!keep && !usedS.has(q)) out.push({ bead: { src: [q], tgt: [], score: 0 } });
    }
    // a weak bead's English that went nowhere: after the new bead that took its place, else where it was
    if (!keep) for (const r of leftT) (fresh ? pending : out).push({ bead: { src: [], tgt: [r], score: 0 } });
  }
  out.push(...pending);
  // moved: a paired bead before it (in source order) has English after it, or one after it English before it
  const outOfOrder = englishOutOfOrder(out.map((o) => o.bead));
  return out.map((o, k) => (o.fresh && outOfOrder[k] ? { ...o.bead, moved: true } : o.bead));
}

/**
 * A 1-2 or 2-1 bead whose first (last) sentence of its two-sentence side follows (precedes) a sentence of that
 * side left without counterpart, explains little of the bead's other side (hits of weight under FOLD_HITS and
 * under EDGE_SHARE of what the rest of the bead explains) and
 * leaves a pair that costs less per sentence without it: the program glued the edge of a run the other text
 * lacks to the next pair by length (an English background paragraph's last sentence `Only about a fifth of the
 * funds was to come from the state budget.` beside `Pemindahan tahap kedua …` / `A second phase is planned …`;
 * the English's moved paragraph's last sentence `But he warned farmers …` glued to the lead it moved above).
 * The sentence is left alone, where the second pass (relink) may pair it.
 */
function unglueEdges(p: Prepared, beads: Bead[], params: AlignParams): Bead[] {
  const { hitsOf, cost } = beadCoster(p, params);
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const aloneS = new Set<number>(), aloneT = new Set<number>();
  for (const b of beads) if (b.src.length === 0 || b.tgt.length === 0) { for (const i of b.src) aloneS.add(i); for (const j of b.tgt) aloneT.add(j); }
  const out: Bead[] = [];
  for (const b of beads) {
    const oneTwo = b.src.length === 1 && b.tgt.length === 2, twoOne = b.src.length === 2 && b.tgt.length === 1;
    if ((!oneTwo && !twoOne) || b.moved || p.headline?.[b.src[0]!] || p.caption?.[b.src[0]!]) {
      out.push(b);
      continue;
    }
    const two = oneTwo ? b.tgt : b.src, alone = oneTwo ? aloneT : aloneS;
    const whole = cost(b.src, b.tgt);
    let done = false;
    for (const [edge, rest, beside] of [[two[0]!, two[1]!, two[0]! - 1], [two[1]!, two[0]!, two[1]! + 1]] as const) {
      if (!alone.has(beside)) continue;
      const weak = oneTwo ? hitsOf(b.src, [edge]) : hitsOf([edge], b.tgt);
      const pair: Bead = oneTwo ? { src: b.src, tgt: [rest], score: 0 } : { src: [rest], tgt: b.tgt, score: 0 };
      const c = cost(pair.src, pair.tgt);
      if (weak >= FOLD_HITS || weak > EDGE_SHARE * (oneTwo ? hitsOf(b.src, [rest]) : hitsOf([rest], b.tgt)) || c >= whole) continue;
      const left: Bead = oneTwo ? { src: [], tgt: [edge], score: 0 } : { src: [edge], tgt: [], score: 0 };
      const made = { ...pair, score: scoreOf(c) };
      out.push(...(edge === two[0] ? [left, made] : [made, left]));
      done = true;
      break;
    }
    if (!done) out.push(b);
  }
  return out;
}

/**
 * relink's candidates less the merges (a 2-1 or 1-2) whose sentences pair one to one better: the merge's
 * sentence on its one-sentence side with one of the other two, and the other with a sentence of its own
 * (another candidate), together gaining more. The greedy choice ranks candidates by gain, which grows with
 * a bead's sentences, so a merge came before its sentences' own pairs (a paragraph the English moved to the
 * top, `AEKI memperkirakan harga kopi robusta … Ketua AEKI Moelyono Soesilo mengatakan …` / `Robusta coffee
 * prices are expected …` taken as a 2-1, the chairman's English `Its chairman, Moelyono Soesilo, said …` left alone).
 */
function dropBeatenMerges<C extends { readonly src: number[]; readonly tgt: number[]; readonly gain: number }>(found: C[]): void {
  const bestBySrc = new Map<number, C[]>(), bestByTgt = new Map<number, C[]>();
  for (const c of found) {
    if (c.src.length !== 1 || c.tgt.length !== 1) continue;
    for (const [map, k] of [[bestBySrc, c.src[0]!], [bestByTgt, c.tgt[0]!]] as const) {
      const list = map.get(k);
      if (list) list.push(c);
      else map.set(k, [c]);
    }
  }
  /** The best gain of a 1-1 candidate of `k` (a source sentence, or a target one) whose other sentence is not `not`. */
  const bestOf = (map: Map<number, C[]>, k: number, other: (c: C) => number, not: number): number => {
    let best = -Infinity;
    for (const c of map.get(k) ?? []) if (other(c) !== not && c.gain > best) best = c.gain;
    return best;
  };
  const oneOne = (i: number, j: number): number => bestBySrc.get(i)?.find((c) => c.tgt[0] === j)?.gain ?? -Infinity;
  const beaten = (c: C): boolean => {
    if (c.src.length === 2 && c.tgt.length === 1) {
      const [a, b] = c.src as [number, number], j = c.tgt[0]!;
      return oneOne(a, j) + bestOf(bestBySrc, b, (x) => x.tgt[0]!, j) > c.gain || oneOne(b, j) + bestOf(bestBySrc, a, (x) => x.tgt[0]!, j) > c.gain;
    }
    if (c.src.length === 1 && c.tgt.length === 2) {
      const i = c.src[0]!, [a, b] = c.tgt as [number, number];
      return oneOne(i, a) + bestOf(bestByTgt, b, (x) => x.src[0]!, i) > c.gain || oneOne(i, b) + bestOf(bestByTgt, a, (x) => x.src[0]!, i) > c.gain;
    }
    return false;
  };
  const keep = found.filter((c) => !beaten(c));
  found.splice(0, found.length, ...keep);
}

/**
 * Two sentences the English crossed (`Wali Kota … meminta warga tetap waspada … Ia juga menyatakan
 * pembangunan tanggul permanen …` / `Mayor … said construction of a permanent sea wall would begin …
 * He urged residents to remain alert.`): the monotone program cannot pair them crosswise, so it merges
 * the two sentences of one side into one bead with the sentence they both touch and leaves the other
 * alone beside it. A 2-1 or 1-2 bead with a sentence left without counterpart within CROSS_REACH beads of
 * it, on the side the bead has one sentence, is split into two 1-1 beads (crosswise or in order) when
 * each shares an anchor with its partner, costs at most NUMBER_MOVED per sentence and together they
 * cost CROSS_MARGIN less than the merge and the sentence left alone.
 */
function splitCrossed(p: Prepared, beads: Bead[], params: AlignParams): Bead[] {
  const { hitsOf, cost } = beadCoster(p, params);
  const out = beads.slice();
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const fresh = new Set<Bead>();
  for (let k = 0; k < out.length; k++) {
    const b = out[k]!;
    const twoOne = b.src.length === 2 && b.tgt.length === 1;
    if (!twoOne && !(b.src.length === 1 && b.tgt.length === 2)) continue;
    const before = cost(b.src, b.tgt) * 1.5 + params.skip;
    let best: { at: number; pairs: Array<[number, number]>; total: number } | null = null;
    for (let q = Math.max(0, k - CROSS_REACH); q <= Math.min(out.length - 1, k + CROSS_REACH); q++) {
      const o = out[q]!;
      // the sentence left alone: English for a 2-1, Indonesian for a 1-2
      const alone = twoOne ? (o.src.length === 0 && o.tgt.length === 1 ? o.tgt[0]! : -1) : o.tgt.length === 0 && o.src.length === 1 ? o.src[0]! : -1;
      if (alone < 0) continue;
      const options: Array<Array<[number, number]>> = twoOne
        ? [[[b.src[0]!, b.tgt[0]!], [b.src[1]!, alone]], [[b.src[0]!, alone], [b.src[1]!, b.tgt[0]!]]]
        : [[[b.src[0]!, b.tgt[0]!], [alone, b.tgt[1]!]], [[b.src[0]!, b.tgt[1]!], [alone, b.tgt[0]!]]];
      for (const pairs of options) {
        let total = 0;
        let ok = true;
        for (const [i, j] of pairs) {
          const c = cost([i], [j]);
          if (c > NUMBER_MOVED || hitsOf([i], [j]) === 0) ok = false;
          total += c;
        }
        if (ok && total + CROSS_MARGIN <= before && (!best || total < best.total)) best = { at: q, pairs, total };
      }
    }
    if (!best) continue;
    const made = best.pairs.map(([i, j]): Bead => ({ src: [i], tgt: [j], score: scoreOf(cost([i], [j])) })).sort((x, y) => x.src[0]! - y.src[0]!);
    for (const m of made) fresh.add(m);
    // the two beads where the merge was (the sentence left alone's bead is gone)
    if (best.at < k) {
      out.splice(k, 1, ...made);
      out.splice(best.at, 1);
    } else {
      out.splice(best.at, 1);
      out.splice(k, 1, ...made);
    }
    k = Math.max(-1, Math.min(k, best.at) - 1);
  }
  if (fresh.size === 0) return beads;
  const outOfOrder = englishOutOfOrder(out);
  return out.map((b, k) => (fresh.has(b) && outOfOrder[k] ? { ...b, moved: true } : b));
}

/**
 * A run of at least UNRELATED_RUN consecutive 1-1 beads whose sentences share no anchor at all (only
 * their lengths pair them) is two texts that do not translate each other — the Indonesian page's
 * second story after `Baca juga` beside the English page's related story, a digest's item the English
 * dropped where it added another — and its sentences are left without counterpart, with the weak 1-1
 * beads (costing more than UNRELATED_COST per sentence) on either side of it: the program pairs such
 * neighbours one to one, since a 1-1 bead never costs more than leaving both sentences unpaired.
 * Shorter runs stay (free translation moves content between sentences; their scores flag them).
 */
function unpairUnrelated(p: Prepared, beads: Bead[], params: AlignParams): Bead[] {
  const { cost, hitsOf } = beadCoster(p, params);
  const oneToOne = (b: Bead): boolean => b.src.length === 1 && b.tgt.length === 1 && !b.moved;
  const unrelated = beads.map((b) => oneToOne(b) && hitsOf(b.src, b.tgt) === 0);
  const weak = beads.map((b, k) => unrelated[k]! || (oneToOne(b) && cost(b.src, b.tgt) > UNRELATED_COST));
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; ) {
    let e = k;
    while (e < beads.length && unrelated[e]) e++;
    if (e - k < UNRELATED_RUN) {
      const stop = Math.max(e, k + 1);
      for (let q = k; q < stop; q++) out.push(beads[q]!);
      k = stop;
      continue;
    }
    // the run, and the weak 1-1 beads on either side of it
    let s0 = k;
    while (s0 > 0 && weak[s0 - 1] && out.length > 0 && out[out.length - 1] === beads[s0 - 1]) {
      out.pop();
      s0--;
    }
    while (e < beads.length && weak[e]) e++;
    for (let q = s0; q < e; q++) out.push({ src: beads[q]!.src, tgt: [], score: 0 });
    for (let q = s0; q < e; q++) out.push({ src: [], tgt: beads[q]!.tgt, score: 0 });
    k = e;
  }
  return out;
}

/**
 * A source sentence left without counterpart whose content the English folded into the sentence of a
 * nearby bead (its source within FOLD_REACH sentences, not a neighbour the program could have joined):
 * the bead's English has anchors only this sentence explains (of weight at least FOLD_HITS: a name, a
 * number, a rare word, not `said`), and adding it to the bead's source would cost at most FOLD_SLACK more per sentence.
 * The sentence stays alone (a bead is a run) and is marked `foldedInto` that bead's English, for review.
 */
function markFolded(p: Prepared, beads0: Bead[], params: AlignParams): Bead[] {
  const { cost } = beadCoster(p, params);
  const beads = joinNeighbour(p, unglueFolded(p, beads0, cost), cost, params);
  // the paired bead of each source sentence
  const pairedOf = new Array<Bead | undefined>(p.src.length);
  for (const b of beads) if (b.src.length > 0 && b.tgt.length > 0) for (const q of b.src) pairedOf[q] = b;
  // the lead: the first pair after the headline (when it is flagged), in source order
  const lead = beads.find((b) => b.src.length > 0 && b.tgt.length > 0 && !b.moved && !p.headline?.[b.src[0]!]);
  // the pair of each English sentence (not moved), and the English sentences sharing a figure with each source sentence (numberPairs)
  const pairedOfT = new Array<Bead | undefined>(p.tgt.length);
  for (const b of beads) if (b.src.length > 0 && b.tgt.length > 0 && !b.moved) for (const r of b.tgt) pairedOfT[r] = b;
  const figureTargets = new Map<number, number[]>();
  for (const key of p.numberPairs) {
    const [i, j] = key.split(":").map(Number) as [number, number];
    const list = figureTargets.get(i);
    if (list) list.push(j);
    else figureTargets.set(i, [j]);
  }
  const mark = new Int32Array(p.vocabSize);
  let stamp = 0;
  return beads.map((b) => {
    // (a headline the English left out repeats its lead: not folded)
    if (b.src.length !== 1 || b.tgt.length !== 0 || p.headline?.[b.src[0]!]) return b;
    const i = b.src[0]!;
    let best: { tgt: number[]; gain: number } | null = null;
    const near = new Set<Bead>();
    for (let q = Math.max(0, i - FOLD_REACH); q <= Math.min(p.src.length - 1, i + FOLD_REACH); q++) if (pairedOf[q]) near.add(pairedOf[q]!);
    // (farther: the lead, which news English writes as a summary of the whole article, and a pair whose English has a figure only this sentence has)
    if (lead) near.add(lead);
    for (const j of figureTargets.get(i) ?? []) if (pairedOfT[j]) near.add(pairedOfT[j]!);
    for (const o of near) {
      // the English tokens matched by this sentence and by none of the bead's own
      stamp++;
      for (const x of p.src[i]!.idSet) mark[x] = stamp;
      for (const q of o.src) for (const x of p.src[q]!.idSet) if (mark[x] === stamp) mark[x] = 0;
      let own = 0;
      for (const r of o.tgt) own += tokenHits(p.tgt[r]!, mark, stamp);
      const before = cost(o.src, o.tgt);
      const after = cost([...o.src, i].sort((x, y) => x - y), o.tgt);
      if (own < FOLD_HITS) continue;
      if (after > before + FOLD_SLACK) continue;
      if (!best || before - after > best.gain) best = { tgt: o.tgt, gain: before - after };
    }
    return best ? { ...b, foldedInto: best.tgt.slice() } : b;
  });
}

/**
 * English tokens of `tgt` that source sentence `i` matches and none of the sentences `others` does:
 * the weight of what `i` alone explains there.
 */
function ownHits(p: Prepared, i: number, others: readonly number[], tgt: readonly number[], mark: Int32Array, stamp: number): number {
  for (const x of p.src[i]!.idSet) mark[x] = stamp;
  for (const q of others) for (const x of p.src[q]!.idSet) if (mark[x] === stamp) mark[x] = 0;
  let own = 0;
  for (const r of tgt) own += tokenHits(p.tgt[r]!, mark, stamp);
  return own;
}

/**
 * A sentence left alone beside a 1-1 bead of its neighbour joins it (a 2-1) when it explains at least
 * FOLD_HITS of that bead's English the neighbour does not, and the 2-1 costs less than the pair and the
 * sentence alone: what the program would have made, had the second pass (relink) not taken the sentence's
 * first partner away (`Terdakwa juga diwajibkan membayar uang pengganti Rp48 miliar.` beside `Jika tidak
 * dibayar …` / `He must also repay 48 billion rupiah within a month …`, its weak pair broken up by the quote
 * the English moved up). Beside a 2-1 at its run's edge it joins it the same way, a 3-1 (`… 14,8 juta orang. Angka itu naik
 * 9 persen … Tingkat keterisian pesawat rata-rata mencapai 78 persen.` / `… 14.8 million passengers …, up 9% …, with an
 * average load factor of 78%.`: the program's 3-1 penalty left the third alone).
 * Without such evidence a sentence joins only on length, and only when all of these hold: it is plain (isPlain: no figure,
 * no name, so nothing of its own is missing from that English), it shares at least one word with that English (one its
 * neighbour shares too) and twice what it shares with the English of the pair on its other side, the sentences left alone
 * around it lie between two pairs whose English follow each other (the English has no place of its own for it), the
 * pair's English has FOLD_HITS its own sentences do not explain, and the join
 * costs less (`Hakim juga mewajibkan Hendra membayar denda Rp500 juta. Jika tidak dibayar … Ia pun harus membayar uang
 * pengganti.` / `The judges also fined him …, and ordered him to pay restitution.`). Such a bead scores at most
 * UNANCHORED_SCORE, for review, and so does any bead it later joins.
 */
/** Whether source sentence `i` shares with one of the English sentences `tgt` a number no other sentence of either side has (Prepared.numberPairs). */
function sharesFigure(p: Prepared, i: number, tgt: readonly number[]): boolean {
  return tgt.some((j) => p.numberPairs.has(`${i}:${j}`));
}

function joinNeighbour(p: Prepared, beads: Bead[], cost: BeadCoster["cost"], params: AlignParams): Bead[] {
  const mark = new Int32Array(p.vocabSize);
  let stamp = 0;
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const out = beads.slice();
  const paired = (x: Bead | undefined): x is Bead => x !== undefined && x.src.length > 0 && x.tgt.length > 0;
  // the two pairs (not moved) around the sentences left alone around out[k], when their English follow each other
  const around = (k: number): [Bead, Bead] | null => {
    let a = k - 1, z = k + 1;
    while (out[a] && out[a]!.tgt.length === 0) a--;
    while (out[z] && out[z]!.tgt.length === 0) z++;
    const before = out[a], after = out[z];
    return paired(before) && paired(after) && !before.moved && !after.moved && Math.max(...before.tgt) + 1 === Math.min(...after.tgt) ? [before, after] : null;
  };
  // beads made by a join on length alone (their score stays at most UNANCHORED_SCORE when they join again)
  const byLength = new WeakSet<Bead>();
  // the weight of a pair's English its own sentences do not explain
  const unexplained = (o: Bead): number => {
    stamp++;
    for (const q of o.src) for (const x of p.src[q]!.idSet) mark[x] = stamp;
    let left = 0;
    for (const r of o.tgt) left += p.tgt[r]!.total - tokenHits(p.tgt[r]!, mark, stamp);
    return left;
  };
  for (let k = 0; k < out.length; k++) {
    const b = out[k]!;
    if (b.src.length !== 1 || b.tgt.length !== 0 || p.headline?.[b.src[0]!] || p.caption?.[b.src[0]!]) continue;
    const i = b.src[0]!;
    let best: { at: number; bead: Bead; gain: number; weak: boolean } | null = null;
    for (const at of [k - 1, k + 1]) {
      const o = out[at];
      // (beside a 1-1 or, into a 3-1, a 2-1: the English merged three short sentences)
      if (!o || o.src.length > 2 || o.src.length === 0 || o.tgt.length !== 1 || o.moved || (i !== o.src[0]! - 1 && i !== o.src[o.src.length - 1]! + 1)) continue;
      if (o.src.some((q) => p.headline?.[q] || p.caption?.[q])) continue;
      const figure = sharesFigure(p, i, o.tgt);
      const src = [...o.src, i].sort((x, y) => x - y);
      const joined = cost(src, o.tgt);
      const gain = ((o.src.length + 1) / 2) * cost(o.src, o.tgt) + params.skip - ((src.length + 1) / 2) * joined;
      // (no evidence of its own: only a plain sentence sharing a word with that English (one its neighbour shares too) and
      // twice what it shares with the other pair's, where the English has no place for it, the pair's English leaving
      // FOLD_HITS unexplained and length favouring the join; its score says it rests on length)
      const lengthOnly = !figure && ownHits(p, i, o.src, o.tgt, mark, ++stamp) < FOLD_HITS;
      if (lengthOnly) {
        const pairs = gain > 0 && p.plain[i] ? around(k) : null;
        const other = pairs?.[0] === o ? pairs[1] : pairs?.[0];
        const here = other ? ownHits(p, i, [], o.tgt, mark, ++stamp) : 0;
        if (!other || here < 1 || here < UNGLUE_RATIO * ownHits(p, i, [], other.tgt, mark, ++stamp) || unexplained(o) < FOLD_HITS) continue;
      }
      // (a figure only the two of them have joins up to NUMBER_MOVED per sentence, as the second pass pairs such sentences)
      const weak = lengthOnly || byLength.has(o);
      const score = weak ? Math.min(UNANCHORED_SCORE, scoreOf(joined)) : scoreOf(joined);
      if ((gain > 0 || (figure && joined <= NUMBER_MOVED)) && (!best || gain > best.gain)) best = { at, bead: { src, tgt: o.tgt.slice(), score }, gain, weak };
    }
    if (!best) continue;
    if (best.weak) byLength.add(best.bead);
    out.splice(Math.min(k, best.at), 2, best.bead);
    k = Math.min(k, best.at);
  }
  return out;
}

/**
 * A 2-1 (3-1) bead whose first or last sentence explains nothing of its English its partner does not (anchors of weight
 * under FOLD_HITS) while it explains the English of a nearby pair (FOLD_HITS or more, that pair no dearer
 * per sentence with it): the program glued it to its neighbour by length, where the English folded it into
 * another sentence (a lead made of the first and third sentences: `[a,b]-[1]` with b said in the English's
 * third sentence). The bead loses that sentence (no dearer per sentence without it) and the sentence is left
 * alone, to be marked foldedInto that English.
 */
function unglueFolded(p: Prepared, beads: Bead[], cost: BeadCoster["cost"]): Bead[] {
  const pairedOf = new Array<Bead | undefined>(p.src.length);
  for (const b of beads) if (b.src.length > 0 && b.tgt.length > 0) for (const q of b.src) pairedOf[q] = b;
  const mark = new Int32Array(p.vocabSize);
  let stamp = 0;
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const out: Bead[] = [];
  for (const b of beads) {
    let done = false;
    if (b.src.length >= 2 && b.tgt.length === 1 && !b.moved && !p.headline?.[b.src[0]!]) {
      const whole = cost(b.src, b.tgt);
      // (the last sentence, then the first: what is left stays a run)
      for (const k of [b.src.length - 1, 0]) {
        const i = b.src[k]!, rest = b.src.filter((q) => q !== i);
        const here = ownHits(p, i, rest, b.tgt, mark, ++stamp);
        const alone = cost(rest, b.tgt);
        if (alone > whole) continue;
        let found = false;
        for (let q = Math.max(0, i - FOLD_REACH); q <= Math.min(p.src.length - 1, i + FOLD_REACH) && !found; q++) {
          const o = pairedOf[q];
          if (!o || o === b) continue;
          const there = ownHits(p, i, o.src, o.tgt, mark, ++stamp);
          if (there < FOLD_HITS || there < UNGLUE_RATIO * here) continue;
          if (cost([...o.src, i].sort((x, y) => x - y), o.tgt) <= cost(o.src, o.tgt)) found = true;
        }
        if (!found) continue;
        const pair: Bead = { src: rest, tgt: b.tgt.slice(), score: scoreOf(alone) };
        const left: Bead = { src: [i], tgt: [], score: 0 };
        out.push(...(k > 0 ? [pair, left] : [left, pair]));
        done = true;
        break;
      }
    }
    if (!done) out.push(b);
  }
  return out;
}

/**
 * On an unbalanced text (one side longer than UNBALANCED_SKIP × the other + UNBALANCED_SLACK, whose sentences
 * left alone cost less: run), one sentence of each side left alone between two pairs that are neighbours on both
 * sides (`[a]-[x]`, `[i]-[]`, `[]-[j]`, `[b]-[y]` with a, i, b and x, j, y consecutive, neither pair moved) are
 * paired when the 1-1 bead costs at most leaving both alone at the usual cost: what the program does on texts of
 * comparable length (where a 1-1 bead is capped at that cost). At the lower cost of the longer side, a true pair
 * sharing no anchor (`Tidak ada korban jiwa dalam bencana ini.` / `No one was killed.`) stayed apart inside the
 * article's stretch of a longer page. Measured (6 Dec 2026, the 50 articles of the probes with 300 lines of
 * other news before and after one side): with the English padded, 21 such gaps paired in three settings, all
 * right; with the Indonesian padded, 16 in two, 12 right by the keys and all 16 as the article aligns alone
 * (the 4 others are pairs the article alone gets wrong too: an interview's `Berikut petikan wawancaranya.` with the
 * English's editing note, a background line beside a merge).
 */
function pairGaps(p: Prepared, beads: Bead[], params: AlignParams): Bead[] {
  const n = p.src.length, m = p.tgt.length;
  if (longerSkip(n, m, params.skip) === params.skip && longerSkip(m, n, params.skip) === params.skip) return beads;
  const { cost } = beadCoster(p, params);
  const scoreOf = (c: number): number => Math.round(Math.max(0, Math.min(1, 1 - c / SCORE_SCALE)) * 1000) / 1000;
  const paired = (b: Bead | undefined): b is Bead => b !== undefined && b.src.length > 0 && b.tgt.length > 0 && !b.moved;
  const alone = (b: Bead | undefined): b is Bead => b !== undefined && b.src.length + b.tgt.length === 1;
  const out: Bead[] = [];
  for (let k = 0; k < beads.length; k++) {
    const before = beads[k - 1], x = beads[k]!, y = beads[k + 1], after = beads[k + 2];
    if (paired(before) && alone(x) && alone(y) && paired(after) && x.src.length !== y.src.length) {
      const i = x.src[0] ?? y.src[0]!;
      const j = x.tgt[0] ?? y.tgt[0]!;
      const between = i === Math.max(...before.src) + 1 && i === Math.min(...after.src) - 1 && j === Math.max(...before.tgt) + 1 && j === Math.min(...after.tgt) - 1;
      const c = between ? cost([i], [j]) : Infinity;
      if (c <= 2 * params.skip) {
        out.push({ src: [i], tgt: [j], score: scoreOf(c) });
        k++;
        continue;
      }
    }
    out.push(x);
  }
  return out;
}

/**
 * For each bead (in source order), whether its English is out of order with the other paired beads':
 * a paired bead before it has English after its first sentence, or one after it English before its
 * last. Beads without English or without Indonesian are never out of order.
 */
export function englishOutOfOrder(beads: ReadonlyArray<{ readonly src: readonly number[]; readonly tgt: readonly number[] }>): boolean[] {
  const n = beads.length;
  const maxBefore = new Array<number>(n), minAfter = new Array<number>(n);
  let hi = -1;
  for (let k = 0; k < n; k++) {
    const b = beads[k]!;
    maxBefore[k] = hi;
    if (b.src.length > 0 && b.tgt.length > 0) hi = Math.max(hi, ...b.tgt);
  }
  let lo = Infinity;
  for (let k = n - 1; k >= 0; k--) {
    const b = beads[k]!;
    minAfter[k] = lo;
    if (b.src.length > 0 && b.tgt.length > 0) lo = Math.min(lo, ...b.tgt);
  }
  return beads.map((b, k) => b.src.length > 0 && b.tgt.length > 0 && (maxBefore[k]! > Math.min(...b.tgt) || minAfter[k]! < Math.max(...b.tgt)));
}

/**
 * Aligns Indonesian source sentences with English target sentences. Returns beads covering every
 * sentence of both sides exactly once, in source order; the English is in order too except in beads
 * marked `moved` (the second pass, relink).
 */
export function alignSentences(src: readonly string[], tgt: readonly string[], options: AlignOptions = {}): Bead[] {
  // English credit lines and web labels pair with nothing: aligned without them, then put back in order
  const credit = tgt.map(isEnglishCredit);
  if (!credit.includes(true)) return alignAll(src, tgt, options);
  const kept: number[] = [];
  credit.forEach((c, j) => { if (!c) kept.push(j); });
  const beads = alignAll(src, kept.map((j) => tgt[j]!), options).map((b) => ({
    ...b, tgt: b.tgt.map((r) => kept[r]!), ...(b.foldedInto ? { foldedInto: b.foldedInto.map((r) => kept[r]!) } : {}),
  }));
  const out: Bead[] = [];
  let k = 0;
  for (let j = 0; j < tgt.length; j++) {
    if (!credit[j]) continue;
    // before the first bead in English order (not moved) whose English comes after it
    while (k < beads.length && (beads[k]!.moved || beads[k]!.tgt.length === 0 || beads[k]!.tgt[0]! < j)) out.push(beads[k++]!);
    out.push({ src: [], tgt: [j], score: 0 });
  }
  out.push(...beads.slice(k));
  return out;
}

function alignAll(src: readonly string[], tgt: readonly string[], options: AlignOptions): Bead[] {
  const n = src.length;
  const m = tgt.length;
  if (n === 0) return tgt.map((_, j) => ({ src: [], tgt: [j], score: 0 }));
  if (m === 0) return src.map((_, i) => ({ src: [i], tgt: [], score: 0 }));
  const params = { ...DEFAULT_PARAMS, ...options.params };
  const p = prepare(src, tgt, options);
  const full = Math.max(n, m) + 1;
  const small = (n + 1) * (m + 1) <= FULL_DP_CELLS && options.band === undefined;
  let half = small ? full : Math.max(1, options.band ?? 40);
  const center = small ? null : skeleton(p);
  for (let passes = 1; ; passes++) {
    const res = run(p, center ? bandAround(center, m, half) : bandAround(new Float64Array(n + 1), m, full), params);
    if (!res.touchesEdge || half >= full) {
      options.onStats?.({ cells: res.cells, passes, band: half });
      // (twice: a sentence the first pass took from a weak bead may find its partner among those left unpaired)
      return markFolded(p, pairGaps(p, unpairUnrelated(p, params.moved > 0 ? relink(p, relink(p, unglueEdges(p, splitCrossed(p, res.beads, params), params), params), params, true) : res.beads, params), params), params);
    }
    half = Math.min(full, half * 2);
  }
}

/**
 * Gale & Church (1993) length model: the cost (−log probability) that a source span of `ls`
 * characters and a target span of `lt` characters translate each other, given the expected ratio
 * `c` (target chars per source char) and variance `s2`. Also a plain Gale–Church aligner, the
 * baseline the bench measures Selaras's aligner against. Pure.
 */
import type { Bead } from "./types";

/** Standard normal cumulative distribution (Abramowitz & Stegun 26.2.17, |error| < 7.5e-8). */
export function normalCdf(z: number): number {
  const t = 1 / (1 + 0.2316419 * Math.abs(z));
  const d = 0.3989422804014327 * Math.exp((-z * z) / 2);
  const p = d * t * (0.31938153 + t * (-0.356563782 + t * (1.781477937 + t * (-1.821255978 + t * 1.330274429))));
  return z > 0 ? 1 - p : p;
}

/** −log P(match | lengths): two-sided tail of the normalised length difference. */
export function lengthCost(ls: number, lt: number, c: number, s2: number): number {
  const mean = (ls + lt / c) / 2;
  const delta = (lt - ls * c) / Math.sqrt(Math.max(1, mean) * s2);
  const p = 2 * (1 - normalCdf(Math.abs(delta)));
  return -Math.log(Math.max(p, 1e-12));
}

/** Bead priors from Gale & Church (1993), as −log P. */
const GC_TYPES: ReadonlyArray<readonly [number, number, number]> = [
  [1, 1, -Math.log(0.89)],
  [1, 0, -Math.log(0.0099)],
  [0, 1, -Math.log(0.0099)],
  [2, 1, -Math.log(0.089 / 2)],
  [1, 2, -Math.log(0.089 / 2)],
  [2, 2, -Math.log(0.011)],
];

/**
 * Plain Gale–Church alignment by sentence lengths only (full dynamic program, c = 1, s² = 6.8 as in
 * the paper): the baseline. Quadratic in time and memory; use for documents of ordinary size.
 */
export function galeChurchAlign(src: readonly string[], tgt: readonly string[], c = 1, s2 = 6.8): Bead[] {
  const n = src.length;
  const m = tgt.length;
  const ls = src.map((s) => s.length);
  const lt = tgt.map((s) => s.length);
  const W = m + 1;
  const cost = new Float64Array((n + 1) * W).fill(Infinity);
  const back = new Int8Array((n + 1) * W).fill(-1);
  cost[0] = 0;
  for (let i = 0; i <= n; i++) {
    for (let j = 0; j <= m; j++) {
      if (i === 0 && j === 0) continue;
      let best = Infinity;
      let arg = -1;
      for (let k = 0; k < GC_TYPES.length; k++) {
        const [a, b, prior] = GC_TYPES[k]!;
        if (a > i || b > j) continue;
        const prev = cost[(i - a) * W + (j - b)]!;
        if (prev === Infinity) continue;
        let x = 0;
        for (let q = i - a; q < i; q++) x += ls[q]!;
        let y = 0;
        for (let q = j - b; q < j; q++) y += lt[q]!;
        const len = a === 0 || b === 0 ? 0 : lengthCost(x, y, c, s2);
        const v = prev + prior + len;
        if (v < best) {
          best = v;
          arg = k;
        }
      }
      cost[i * W + j] = best;
      back[i * W + j] = arg;
    }
  }
  const beads: Bead[] = [];
  let i = n;
  let j = m;
  while (i > 0 || j > 0) {
    const [a, b] = GC_TYPES[back[i * W + j]!]!;
    const s: number[] = [];
    const t: number[] = [];
    for (let q = i - a; q < i; q++) s.push(q);
    for (let q = j - b; q < j; q++) t.push(q);
    const here = cost[i * W + j]!;
    i -= a;
    j -= b;
    beads.push({ src: s, tgt: t, score: Math.exp(-(here - cost[i * W + j]!)) });
  }
  return beads.reverse();
}

/**
 * Alignment scoring: a faithful port of `shared/data/align/score.py` (strict and lax precision,
 * recall and F1 as in Sennrich & Volk 2011 / vecalign: 1-0 and 0-1 beads count in precision, not in
 * recall), plus exact-bead F1 and per-type recall. Pure.
 */
type B = { readonly src: readonly number[]; readonly tgt: readonly number[] };

const key = (b: B): string => `${b.src.join(",")}|${b.tgt.join(",")}`;

function precisionCounts(gold: readonly B[], test: readonly B[]): [number, number, number, number] {
  const g = new Map<string, B>();
  for (const b of gold) if (b.src.length || b.tgt.length) g.set(key(b), b);
  const t = new Map<string, B>();
  for (const b of test) if (b.src.length || b.tgt.length) t.set(key(b), b);
  const src2tgt = new Map<number, Set<number>>();
  for (const b of g.values()) {
    for (const s of b.src) {
      let set = src2tgt.get(s);
      if (!set) src2tgt.set(s, (set = new Set()));
      for (const x of b.tgt) set.add(x);
    }
  }
  let tps = 0, fps = 0, tpl = 0, fpl = 0;
  for (const [k, b] of t) {
    if (g.has(k)) {
      tps++;
      tpl++;
    } else {
      fps++;
      const linked = new Set<number>();
      for (const s of b.src) for (const x of src2tgt.get(s) ?? []) linked.add(x);
      if (b.tgt.some((x) => linked.has(x))) tpl++;
      else fpl++;
    }
  }
  return [tps, fps, tpl, fpl];
}

export interface Prf { readonly p: number; readonly r: number; readonly f1: number }
export interface AlignmentScore {
  readonly strict: Prf;
  readonly lax: Prf;
  readonly exact: Prf;
  readonly perTypeRecall: Record<string, { gold: number; hit: number; recall: number }>;
  readonly cases: number;
}

const ratio = (a: number, b: number): number => (b ? a / b : 0);
const f1 = (p: number, r: number): number => (p + r ? (2 * p * r) / (p + r) : 0);

/** Micro-averaged scores over every (gold, test) pair of bead lists. */
export function scoreAlignments(pairs: ReadonlyArray<readonly [readonly B[], readonly B[]]>): AlignmentScore {
  const pc = [0, 0, 0, 0];
  const rc = [0, 0, 0, 0];
  let exTp = 0, exPred = 0, exGold = 0;
  const tot: Record<string, number> = {};
  const hit: Record<string, number> = {};
  for (const [gold, test] of pairs) {
    precisionCounts(gold, test).forEach((v, k) => (pc[k]! += v));
    const gnn = gold.filter((b) => b.src.length && b.tgt.length);
    const tnn = test.filter((b) => b.src.length && b.tgt.length);
    precisionCounts(tnn, gnn).forEach((v, k) => (rc[k]! += v));
    const gset = new Set(gold.filter((b) => b.src.length || b.tgt.length).map(key));
    const tset = new Set(test.filter((b) => b.src.length || b.tgt.length).map(key));
    for (const k of gset) if (tset.has(k)) exTp++;
    exPred += tset.size;
    exGold += gset.size;
    for (const b of gold) {
      if (!b.src.length && !b.tgt.length) continue;
      const ty = `${b.src.length}-${b.tgt.length}`;
      tot[ty] = (tot[ty] ?? 0) + 1;
      if (tset.has(key(b))) hit[ty] = (hit[ty] ?? 0) + 1;
    }
  }
  const ps = ratio(pc[0]!, pc[0]! + pc[1]!), pl = ratio(pc[2]!, pc[2]! + pc[3]!);
  const rs = ratio(rc[0]!, rc[0]! + rc[1]!), rl = ratio(rc[2]!, rc[2]! + rc[3]!);
  const ep = ratio(exTp, exPred), er = ratio(exTp, exGold);
  const perTypeRecall: AlignmentScore["perTypeRecall"] = {};
  for (const ty of Object.keys(tot).sort((a, b) => tot[b]! - tot[a]!)) {
    perTypeRecall[ty] = { gold: tot[ty]!, hit: hit[ty] ?? 0, recall: ratio(hit[ty] ?? 0, tot[ty]!) };
  }
  return {
    strict: { p: ps, r: rs, f1: f1(ps, rs) },
    lax: { p: pl, r: rl, f1: f1(pl, rl) },
    exact: { p: ep, r: er, f1: f1(ep, er) },
    perTypeRecall,
    cases: pairs.length,
  };
}

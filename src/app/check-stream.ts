/**
 * `selaras check` over a stream of pairs, in bounded memory: the pairs are read twice from where
 * they are (the database, a pairs file), never held all at once.
 *
 * 1. The run: the pairs are read a chunk at a time and the pair checks run on each chunk (runChecks,
 *    as always); each finding is kept packed in columns of integers (its pair, check, severity,
 *    message, spans, fix, suppression) plus its data values — no object, no text per finding. For the
 *    corpus checks each pair leaves a few numbers: a hash of each text the consistency checks compare
 *    and each measure. At the end the corpus checks run on what they need: the measures, and the few
 *    pairs whose hashed text is shared with another pair (read again by index: a group of equal texts
 *    is always among them, whole, so the checks report exactly what they report on every pair). The
 *    counts, the suppressions used, lapsed and unused are then known.
 * 2. The report: `findings` reads the pairs again, in order, and gives each finding as the object
 *    runChecks made (ref, spans with their text, fix, related refs), one at a time, in runChecks'
 *    order (by pair, then check id).
 *
 * Memory: the columns (about 30 bytes a finding), a few bytes a pair, one chunk of pairs, and the
 * pairs the consistency checks compare. The output is the same as from runChecks on every pair at once.
 */
import { checks, runChecks, type CheckConfig, type CheckId, type Finding, type PairToCheck } from "../check";
import { auditPlan } from "../check/audit-stream";
import { enabledChecks, findingFromProblem } from "../check/run";
import type { CheckInput, CorpusProblem, Problem } from "../check/types";
import { capSeverity } from "../check/types";
import { normalizeFast } from "../check/util";
import { SelarasError } from "../errors";
import type { GlossaryMatcher } from "../glossary";
import type { SuppressionRow } from "../store/findings";
import type { SuppressionKeys } from "../model";
import { SuppressionIndex, suppressionKeysOf } from "./suppression-index";

/** A pair as a stream gives it: a database pair knows its document. */
export type StreamPair = PairToCheck & { readonly document?: string };

/** Where a streamed check reads its pairs. */
export interface CheckPairSource {
  /** How many pairs, when known before reading them (for progress). */
  readonly total?: number;
  /** Every pair, in order: a new pass each call. */
  pairs(): Iterable<StreamPair>;
  /** The pairs at these indexes of a pass (ascending), in that order. */
  fetch(indexes: readonly number[]): StreamPair[];
}

/** A finding as the report gives it. */
export interface ReportedFinding extends Finding {
  /** Present when a suppression silences this finding. */
  readonly suppressed?: { readonly reason: string; readonly author: string; readonly createdAt: string };
}

/** The findings of a streamed report: read one at a time (each pass reads the pairs again). */
export interface FindingStream extends Iterable<ReportedFinding> {
  readonly length: number;
}

export interface CheckCounts { readonly error: number; readonly warning: number; readonly info: number; readonly suppressed: number }

export interface StreamedCheck {
  /** Pairs in scope. */
  readonly pairs: number;
  readonly findings: FindingStream;
  readonly counts: CheckCounts;
  readonly lapsed: SuppressionList;
  readonly unused: SuppressionList;
}

/** Suppressions read from where they are kept as they are iterated, a thousand at a time (a million rows with both texts are ~1 GB). */
export interface SuppressionList extends Iterable<SuppressionRow> {
  readonly length: number;
}

/** The suppressions of these ids, read in batches as they are iterated. */
function suppressionList(ids: readonly number[], rows: (ids: readonly number[]) => SuppressionRow[]): SuppressionList {
  return {
    length: ids.length,
    *[Symbol.iterator]() {
      for (let at = 0; at < ids.length; at += 1000) yield* rows(ids.slice(at, at + 1000));
    },
  };
}

export interface StreamCheckOptions {
  readonly matcher?: GlossaryMatcher;
  readonly config?: CheckConfig;
  /** Documents whose findings are reported (all when absent); the corpus checks still see every pair. */
  readonly scope?: ReadonlySet<string> | null;
  /** The suppressions: rows, or their keys and a way to read the rows of some (by the keys' ids: a database's). */
  readonly suppressions?: readonly SuppressionRow[] | StoredSuppressions;
  /** Pairs per chunk of the run (default 250). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export { pairHash } from "./suppression-index";

/** Suppressions as the store keeps them: their keys, and their rows read by id when they are reported. */
export interface StoredSuppressions {
  readonly keys: SuppressionKeys;
  rows(ids: readonly number[]): SuppressionRow[];
}

const BLOCK = 1 << 16;

/** A column of numbers that grows a block at a time (no copy, no spare capacity beyond one block). */
class Column<A extends Int32Array | Float64Array> {
  private readonly blocks: A[] = [];
  length = 0;
  constructor(private readonly make: (n: number) => A) {}
  push(x: number): void {
    const b = this.length >>> 16;
    if (b === this.blocks.length) this.blocks.push(this.make(BLOCK));
    this.blocks[b]![this.length++ & (BLOCK - 1)] = x;
  }
  get(i: number): number {
    return this.blocks[i >>> 16]![i & (BLOCK - 1)]!;
  }
  /** The values as one array (for a check that reads them all). */
  toArray(): A {
    const out = this.make(this.length);
    this.blocks.forEach((b, k) => out.set(b.subarray(0, Math.min(BLOCK, this.length - k * BLOCK)) as never, k * BLOCK));
    return out;
  }
}
const ints = () => new Column((n) => new Int32Array(n));
const floats = () => new Column((n) => new Float64Array(n));

const TEXT_BLOCK = 1 << 20;

/**
 * The findings' data values (and fix texts), in the order they were added, read back in that order:
 * numbers in a column, strings as UTF-8 one after the other in 1 MiB blocks with only their length
 * noted (the reader finds them where the writer put them: it moves to the next block when the writer
 * did, by the same rule), anything else kept as it is. No string object per value.
 */
class Values {
  private readonly codes = ints();
  private readonly numbers = floats();
  private readonly blocks: Buffer[] = [];
  private used = 0;
  private readonly others: unknown[] = [];
  push(x: unknown): void {
    if (typeof x === "number") { this.codes.push(-1); this.numbers.push(x); return; }
    if (typeof x !== "string") { this.codes.push(-2); this.others.push(x); return; }
    const bytes = Buffer.byteLength(x);
    if (this.blocks.length === 0 || this.used + bytes > this.blocks[this.blocks.length - 1]!.length) {
      this.blocks.push(Buffer.allocUnsafe(Math.max(TEXT_BLOCK, bytes)));
      this.used = 0;
    }
    this.blocks[this.blocks.length - 1]!.write(x, this.used, "utf8");
    this.codes.push(bytes);
    this.used += bytes;
  }
  /** A reader from the first value. */
  reader(): () => unknown {
    let c = 0, n = 0, o = 0, block = -1, at = 0;
    return () => {
      const code = this.codes.get(c++);
      if (code === -1) return this.numbers.get(n++);
      if (code === -2) return this.others[o++];
      if (block < 0 || at + code > this.blocks[block]!.length) { block++; at = 0; }
      at += code;
      return this.blocks[block]!.toString("utf8", at - code, at);
    };
  }
}

/** 32-bit FNV-1a of a string (equal texts, equal hashes; a collision only costs a pair read again). */
function hash32(s: string): number {
  let h = 0x811c9dc5 | 0;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h;
}

/**
 * A packed finding: integers in one column — its pair, its shape (check, severity, message and data
 * names, by number) times 32 plus flags saying which of the rest follow: source span (2), target span (2), fix
 * span (2), suppression (1) — and its data values (then its fix's text) in a list.
 */
const HAS_SOURCE = 1, HAS_TARGET = 2, HAS_FIX = 4, OTHER_FIX = 8, SUPPRESSED = 16;
interface Shape { readonly checkId: CheckId; readonly severity: string; readonly messageId: string; readonly keys: readonly string[] }

/** Runs the checks over a stream of pairs (see the module comment). */
export function streamCheck(source: CheckPairSource, o: StreamCheckOptions = {}): StreamedCheck {
  const config = o.config ?? {};
  const scope = o.scope ?? null;
  // (small chunks: what a chunk's checks make dies young, in the cheapest collections)
  const chunkSize = Math.max(1, o.chunkSize ?? 250);
  const pairIds = enabledChecks(config).filter(([, c]) => "check" in c).map(([id]) => id);
  const pairConfig: CheckConfig = { ...config, only: pairIds, disable: undefined };
  const plan = auditPlan(config);
  // suppressions: by document, check and pair hash; the pairs' hashes are made only in documents that have any
  const given = o.suppressions ?? [];
  const stored: StoredSuppressions = Array.isArray(given)
    ? { keys: suppressionKeysOf(given as readonly SuppressionRow[]), rows: (ids) => ids.map((i) => (given as readonly SuppressionRow[])[i]!) }
    : given as StoredSuppressions;
  const sup = new SuppressionIndex(stored.keys);
  const used = new Uint8Array(sup.size);
  const hashOf = (p: StreamPair): string | undefined => sup.hashOf(p);
  const suppressionOf = (p: StreamPair, hash: string | undefined, checkId: string): number => sup.find(p.document, hash, checkId);
  // the reason, author and time of a suppression that silences a finding, read when the finding is (the last one kept)
  let shownAt = -1;
  let shown: SuppressionRow | undefined;
  const suppression = (k: number): SuppressionRow | undefined => {
    if (k !== shownAt) { shownAt = k; shown = stored.rows([stored.keys.ids[k]!])[0]; }
    return shown;
  };

  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  const shapes: Shape[] = [];
  const shapeOf = new Map<string, number>();
  const cols = ints();
  const values = new Values();
  let packed = 0;
  // per consistency check: each pair's hash of the text it groups by, never 0; 0: the pair lacks a text (no check groups it)
  const groupKeys = plan.groups.map(ints);
  const measures = plan.measures.map(floats);

  const tally = (severity: string, suppressed: boolean) => {
    if (suppressed) counts.suppressed++;
    else counts[severity as "error"]++;
  };
  const pack = (index: number, f: Finding, suppression: number) => {
    const keys = Object.keys(f.data);
    const key = `${f.checkId}\u0000${f.severity}\u0000${f.messageId}\u0000${keys.join("\u0000")}`;
    let shape = shapeOf.get(key);
    if (shape === undefined) {
      shapeOf.set(key, (shape = shapes.length));
      shapes.push({ checkId: f.checkId, severity: f.severity, messageId: f.messageId, keys });
    }
    const fix = f.fix;
    const plainFix = fix !== undefined && Object.keys(fix).join() === "start,end,text";
    const flags = (f.source ? HAS_SOURCE : 0) | (f.target ? HAS_TARGET : 0) | (fix === undefined ? 0 : plainFix ? HAS_FIX : OTHER_FIX) | (suppression >= 0 ? SUPPRESSED : 0);
    cols.push(index); cols.push(shape * 32 + flags);
    if (f.source) { cols.push(f.source.start); cols.push(f.source.end); }
    if (f.target) { cols.push(f.target.start); cols.push(f.target.end); }
    if (plainFix) { cols.push(fix.start); cols.push(fix.end); }
    if (suppression >= 0) cols.push(suppression);
    for (const k of keys) values.push(f.data[k]);
    // (a fix of another shape is kept whole, so that its fields keep their order)
    if (fix !== undefined) values.push(plainFix ? fix.text : fix);
    packed++;
  };

  // 1. the run
  let n = 0;
  let inScope = 0;
  let chunk: StreamPair[] = [];
  const flush = () => {
    if (chunk.length === 0) return;
    const start = n - chunk.length;
    const run = pairIds.length ? runChecks(chunk, { matcher: o.matcher, config: pairConfig }).findings : [];
    let k = 0;
    for (let i = 0; i < chunk.length; i++) {
      const p = chunk[i]!;
      const index = start + i;
      const hash = hashOf(p);
      const inside = !scope || (p.document !== undefined && scope.has(p.document));
      if (inside) inScope++;
      for (; k < run.length && run[k]!.index === i; k++) {
        if (!inside) continue;
        const f = run[k]!;
        const s = suppressionOf(p, hash, f.checkId);
        if (s >= 0) used[s] = 1;
        tally(f.severity, s >= 0);
        pack(index, f, s);
      }
    }
    o.onProgress?.(n, Math.max(n, source.total ?? 0));
    chunk = [];
  };
  for (const p of source.pairs()) {
    n++;
    const both = p.source.trim() !== "" && p.target.trim() !== "";
    plan.groups.forEach((g, m) => groupKeys[m]!.push(both ? hash32(normalizeFast(g.side === 0 ? p.source : p.target)) || 1 : 0));
    plan.measures.forEach((mc, m) => {
      let x: number | undefined;
      try {
        x = mc.check.measure!(p as unknown as CheckInput, mc.options);
      } catch (cause) {
        throw new SelarasError("check-crashed", { checkId: mc.id, ref: p.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
      }
      measures[m]!.push(x ?? NaN);
    });
    chunk.push(p);
    if (chunk.length >= chunkSize) flush();
  }
  flush();
  o.onProgress?.(n, n);

  // the corpus checks: the measures judged; the pairs whose grouped text is shared read again
  const crash = (id: string, cause: unknown) =>
    new SelarasError("check-crashed", { checkId: id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
  interface Raw { index: number; id: CheckId; severity: string; problem: Problem; related: number[] }
  const raw: Raw[] = [];
  const wanted = new Set<number>();
  plan.measures.forEach((mc, m) => {
    let problems: CorpusProblem[];
    try {
      problems = mc.check.judge!(measures[m]!.toArray(), mc.options);
    } catch (cause) { throw crash(mc.id, cause); }
    for (const q of problems) {
      raw.push({ index: q.index, id: mc.id, severity: capSeverity(mc.severity, q.severity), problem: q, related: q.related ? [...q.related] : [] });
      wanted.add(q.index);
      for (const r of q.related ?? []) wanted.add(r);
    }
  });
  const members = plan.groups.map((_, m) => sharedKeys(groupKeys[m]!, n));
  for (const list of members) for (const i of list) wanted.add(i);
  const fetched = new Map<number, StreamPair>();
  if (wanted.size) {
    const ask = [...wanted].sort((a, b) => a - b);
    source.fetch(ask).forEach((p, k) => fetched.set(ask[k]!, p));
  }
  plan.groups.forEach((g, m) => {
    const list = members[m]!;
    if (!list.length) return;
    const subset = list.map((i) => fetched.get(i)!);
    let problems: CorpusProblem[];
    // the consistency checks read only source and target: the pairs serve as their inputs
    try {
      problems = g.check.checkCorpus(subset as unknown as readonly CheckInput[], g.options);
    } catch (cause) { throw crash(g.id, cause); }
    for (const q of problems) raw.push({ index: list[q.index]!, id: g.id, severity: capSeverity(g.severity, q.severity), problem: q, related: (q.related ?? []).map((r) => list[r]!) });
  });
  // as runChecks orders them: by pair, then check id (stable: a check's own order kept)
  raw.sort((a, b) => a.index - b.index || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const corpus: ReportedFinding[] = [];
  for (const r of raw) {
    const p = fetched.get(r.index)!;
    if (scope && !(p.document !== undefined && scope.has(p.document))) continue;
    const check = checks[r.id];
    if (!(r.problem.messageId in check.meta.messages)) throw new Error(`Invariant failed: ${r.id} reported unknown messageId "${r.problem.messageId}"`);
    const s = suppressionOf(p, hashOf(p), r.id);
    if (s >= 0) used[s] = 1;
    tally(r.severity, s >= 0);
    corpus.push(reported(findingOf(p, r.index, r.id, r.severity, r.problem, r.related.map((i) => fetched.get(i)!.ref)), s, suppression));
  }

  const outcome = sup.outcome((k) => used[k] === 1, scope ? (d) => scope.has(d) : undefined);
  const listOf = (ks: readonly number[]) => suppressionList(ks.map((k) => stored.keys.ids[k]!), (ids) => stored.rows(ids));
  const lapsed = listOf(outcome.lapsed);
  const unused = listOf(outcome.unused);
  const findings: FindingStream = {
    length: packed + corpus.length,
    [Symbol.iterator]: () => readFindings(source, cols, packed, values, shapes, corpus, suppression),
  };
  return { pairs: inScope, findings, counts, lapsed, unused };
}

/** The indexes (ascending) whose key (not 0: the pair has both texts) is shared with another pair. */
function sharedKeys(keys: Column<Int32Array>, n: number): number[] {
  let m = 0;
  for (let i = 0; i < n; i++) if (keys.get(i) !== 0) m++;
  const s = new Int32Array(m);
  for (let i = 0, k = 0; i < n; i++) if (keys.get(i) !== 0) s[k++] = keys.get(i);
  s.sort();
  const shared = new Set<number>();
  for (let k = 1; k < s.length; k++) if (s[k] === s[k - 1]) shared.add(s[k]!);
  const out: number[] = [];
  if (shared.size) for (let i = 0; i < n; i++) if (shared.has(keys.get(i))) out.push(i);
  return out;
}

/** A check's problem as runChecks reports it (identity, severity, category, the text of the spans). */
function findingOf(pair: StreamPair, index: number, id: CheckId, severity: string, p: Problem, related?: readonly string[]): Finding {
  return findingFromProblem(pair, index, id, severity as Finding["severity"], checks[id].meta.category, p, related);
}

function reported(f: Finding, suppression: number, rowOf: (k: number) => SuppressionRow | undefined): ReportedFinding {
  if (suppression < 0) return f;
  const s = rowOf(suppression);
  // (a suppression removed while the report was read: its finding says suppressed, its reason no longer stored)
  if (s === undefined) return { ...f, suppressed: { reason: "", author: "", createdAt: "" } };
  return { ...f, suppressed: { reason: s.reason, author: s.author, createdAt: s.createdAt } };
}

/** The findings in order: the packed ones rebuilt with their pair's texts, the corpus ones merged in. */
function* readFindings(source: CheckPairSource, cols: Column<Int32Array>, packed: number, values: Values, shapes: readonly Shape[],
  corpus: readonly ReportedFinding[], suppression: (k: number) => SuppressionRow | undefined): Generator<ReportedFinding> {
  if (packed === 0 && corpus.length === 0) return;
  let k = 0; // packed findings read
  let at = 0; // the next one's first integer
  const value = values.reader();
  let c = 0; // next corpus finding
  let index = -1;
  const nextPair = () => (k < packed ? cols.get(at) : Infinity);
  for (const pair of source.pairs()) {
    index++;
    if (nextPair() > index && (c < corpus.length ? corpus[c]!.index : Infinity) > index) {
      if (k === packed && c === corpus.length) return;
      continue;
    }
    for (;;) {
      const packedHere = nextPair() === index;
      const corpusHere = c < corpus.length && corpus[c]!.index === index;
      if (!packedHere && !corpusHere) break;
      const shape = packedHere ? shapes[cols.get(at + 1) >>> 5]! : undefined;
      if (corpusHere && (!shape || corpus[c]!.checkId < shape.checkId)) {
        yield corpus[c++]!;
        continue;
      }
      const flags = cols.get(at + 1) & 31;
      let o = at + 2;
      const span = (bit: number) => {
        if (!(flags & bit)) return undefined;
        const s = { start: cols.get(o), end: cols.get(o + 1) };
        o += 2;
        return s;
      };
      const sourceSpan = span(HAS_SOURCE), targetSpan = span(HAS_TARGET), fixSpan = span(HAS_FIX);
      const suppressionAt = flags & SUPPRESSED ? cols.get(o++) : -1;
      const data: Record<string, string | number> = {};
      for (const key of shape!.keys) data[key] = value() as string | number;
      const fix = fixSpan ? { ...fixSpan, text: value() as string } : flags & OTHER_FIX ? (value() as Finding["fix"]) : undefined;
      const problem: Problem = { messageId: shape!.messageId, data, source: sourceSpan, target: targetSpan, fix };
      yield reported(findingOf(pair, index, shape!.checkId, shape!.severity, problem), suppressionAt, suppression);
      at = o;
      k++;
    }
  }
  if (k < packed || c < corpus.length) throw new Error("Invariant failed: the pairs changed between the check and its report");
}

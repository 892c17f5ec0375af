/**
 * The audit engine's run (src/check/audit-stream.ts) over a source of pairs, in parallel. Pairs are
 * read from the source (a database stream or an array) in chunks of consecutive pairs. Each chunk
 * goes, with the suppressions that apply to its pairs, either to a worker thread (./audit-worker.ts,
 * one compiled glossary each; sent as one array of strings, no object per pair) or to this thread.
 * This thread audits chunks too, between the workers' messages, and merges the aggregates in pair
 * order as they arrive. At the end it runs the corpus checks on the few pairs they compare, read
 * again from the source. The report is the same as `auditPairs` in one thread.
 * Memory holds one ref per pair, the chunks in flight and the aggregates.
 */
import * as os from "node:os";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { AuditOptions, AuditReport } from "../check/audit";
import { AuditMerger, auditChunk, knownSources, type ChunkAggregate, type ChunkSuppressions, type ConceptLists, type PairAccess } from "../check/audit-stream";
import type { AuditViolation } from "../check/audit";
import type { Severity } from "../model";
import type { PairToCheck } from "../check/run";
import type { Concept } from "../model";
import { compileGlossary } from "../glossary";
import { SelarasError } from "../errors";
import { pairHash } from "./check";

export interface PackedChunk {
  readonly start: number;
  /** ref, source and target of every pair, in a row (an array of strings is cheap to send: no object per pair). */
  readonly texts: string[];
  /** The suppressions of the chunk's pairs. */
  readonly suppress?: ChunkSuppressions;
}

/** Pairs [start, end) for a worker: their texts in one array (the worker receives them as flat strings of its own). */
export function packPairs(pairs: readonly PairToCheck[], start: number, end: number, suppress?: ChunkSuppressions, runStart = start): PackedChunk {
  const texts: string[] = new Array((end - start) * 3);
  let k = 0;
  for (let i = start; i < end; i++) {
    const p = pairs[i]!;
    texts[k++] = p.ref; texts[k++] = p.source; texts[k++] = p.target;
  }
  return suppress ? { start: runStart, texts, suppress } : { start: runStart, texts };
}

export function unpackPairs(chunk: PackedChunk): PairToCheck[] {
  const { texts } = chunk;
  const out: PairToCheck[] = new Array(texts.length / 3);
  for (let k = 0, i = 0; k < texts.length; k += 3, i++) out[i] = { ref: texts[k]!, source: texts[k + 1]!, target: texts[k + 2]! };
  return out;
}

/**
 * A chunk aggregate as a worker sends it: the concept ids only in its first message (null after),
 * the text of each rendering use only the first time the worker sends that entry key ("" after),
 * and the violations in columns (see packViolations).
 */
export type WireChunk = Omit<ChunkAggregate, "ids" | "lists"> & {
  readonly ids: readonly string[] | null;
  readonly lists: [number, Omit<ConceptLists, "violations" | "violationPairs">][];
  readonly violations: PackedViolations;
};

/**
 * The violations of a chunk's lists in columns, in list order: per list its number of violations;
 * per violation its pair (its ref and texts are the main thread's), check, severity and message (by
 * number in small tables), the names (by number) and values of its data, and its offending text.
 * A violation object costs a score of strings to send; in columns it costs about four.
 */
export interface PackedViolations {
  readonly perList: Int32Array;
  readonly pair: Int32Array;
  /** Per violation: check, severity, message id and data names, by number in `names`; suppressed (0/1). */
  readonly codes: Int32Array;
  readonly names: string[];
  readonly values: (string | number)[];
  readonly offending: string[];
}

const VCODES = 5;

export function packViolations(lists: ChunkAggregate["lists"]): { lists: WireChunk["lists"]; violations: PackedViolations } {
  let total = 0;
  for (const [, l] of lists) total += l.violations.length;
  const perList = new Int32Array(lists.length), pair = new Int32Array(total), codes = new Int32Array(total * VCODES);
  const names: string[] = [], values: (string | number)[] = [], offending: string[] = new Array(total);
  const nameOf = new Map<string, number>();
  const name = (s: string): number => {
    let k = nameOf.get(s);
    if (k === undefined) { nameOf.set(s, (k = names.length)); names.push(s); }
    return k;
  };
  const out: WireChunk["lists"] = [];
  let v = 0;
  lists.forEach(([c, l], i) => {
    perList[i] = l.violations.length;
    l.violations.forEach((x, k) => {
      pair[v] = l.violationPairs[k]!;
      const keys = Object.keys(x.data);
      const o = v * VCODES;
      codes[o] = name(x.checkId); codes[o + 1] = name(x.severity); codes[o + 2] = name(x.messageId); codes[o + 3] = name(keys.join("\u0000")); codes[o + 4] = x.suppressed ? 1 : 0;
      for (const key of keys) values.push(x.data[key]!);
      offending[v] = x.offending;
      v++;
    });
    out.push([c, { forbidden: l.forbidden, untranslated: l.untranslated }]);
  });
  return { lists: out, violations: { perList, pair, codes, names, values, offending } };
}

/** The lists of a packed chunk, each violation with its pair's ref, source and target. */
export function unpackViolations(lists: WireChunk["lists"], packed: PackedViolations, pairAt: (index: number) => PairToCheck): ChunkAggregate["lists"] {
  const { perList, pair, codes, names, values, offending } = packed;
  const keysOf = names.map((n) => n.split("\u0000"));
  let v = 0, at = 0;
  return lists.map(([c, l], i) => {
    const violations: AuditViolation[] = new Array(perList[i]!);
    const violationPairs: number[] = new Array(perList[i]!);
    for (let k = 0; k < perList[i]!; k++, v++) {
      const o = v * VCODES;
      const data: Record<string, string | number> = {};
      for (const key of keysOf[codes[o + 3]!]!) if (key !== "") data[key] = values[at++]!;
      violationPairs[k] = pair[v]!;
      const p = pairAt(pair[v]!);
      violations[k] = {
        ref: p.ref, checkId: names[codes[o]!]!, severity: names[codes[o + 1]!]! as Severity, messageId: names[codes[o + 2]!]!, data,
        source: p.source, target: p.target, offending: offending[v]!, suppressed: codes[o + 4] === 1,
      };
    }
    return [c, { violations, violationPairs, forbidden: l.forbidden, untranslated: l.untranslated }];
  });
}

/** Restores a worker's chunk (its ids and rendering texts, as it sent them before; its violations). */
function unwire(m: WireChunk, seen: { ids: readonly string[] | null; texts: string[] }, pairs: readonly PairToCheck[]): ChunkAggregate {
  const start = m.start;
  const ids = m.ids ?? seen.ids;
  if (ids === null) throw new Error("Invariant failed: a worker's chunk without concept ids");
  seen.ids = ids;
  const texts = m.useTexts;
  for (let u = 0; u < texts.length; u++) {
    const key = m.useKeys[u]!;
    if (texts[u] === "") texts[u] = seen.texts[key]!;
    else seen.texts[key] = texts[u]!;
  }
  const { violations, ...rest } = m;
  return { ...rest, ids, lists: unpackViolations(m.lists, violations, (i) => pairs[i - start]!) };
}

export interface ParallelAuditOptions extends AuditOptions {
  /**
   * Threads auditing, this one included (default: one per idle core, at most 8; 0 or 1 = this thread
   * only): `workers - 1` worker threads, and this thread audits chunks too between their messages.
   */
  readonly workers?: number;
  /** Pairs per chunk (default 5,000: smaller chunks cost more merging, larger ones keep this thread from the workers' messages longer). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Fewer pairs than this per thread stay in this thread (default 20,000: starting a worker costs more). */
  readonly minPairsPerWorker?: number;
  /** Suppressions of the pairs' findings (pairs need their `document`). */
  readonly suppressions?: readonly AuditSuppression[];
}

/** A suppression: the findings of `checkId` on a pair of `document` whose texts hash to `pairHash` (src/app/check.ts pairHash). */
export interface AuditSuppression {
  readonly document: string;
  readonly checkId: string;
  readonly pairHash: string;
}

/** A pair of the audit: a database pair knows its document (what suppressions are matched by). */
export type AuditPair = PairToCheck & { readonly document?: string };

/**
 * Where the audit reads its pairs: in order, a chunk at a time (a database is read as a stream), and
 * again by index at the end, for the few pairs the corpus checks compare.
 */
export interface PairSource {
  readonly length: number;
  /** The next `n` pairs (fewer at the end). */
  read(n: number): AuditPair[];
  /** The pairs at these run indexes (ascending), in that order. */
  fetch(indexes: readonly number[]): AuditPair[];
  /** Ends the reading early (after a failure). */
  close?(): void;
  /** `fetch` works for as long as the report is read (see PairAccess.lasting: the report is then smaller). */
  readonly lasting?: boolean;
}

/**
 * The refs of a run, compactly: a ref `<prefix>:<n>` (a database ref `<slug>:<ordinal>`, a pairs
 * file's `line:<n>`) as the number of its prefix and n (8 bytes a pair instead of a string object
 * or three); any other ref as it is.
 */
class RefTable {
  private readonly prefixes: string[] = [];
  private readonly prefixOf = new Map<string, number>();
  private readonly prefix: Int32Array;
  private readonly n: Int32Array;
  private readonly other = new Map<number, string>();
  constructor(size: number) {
    this.prefix = new Int32Array(size);
    this.n = new Int32Array(size);
  }
  set(i: number, ref: string): void {
    const k = ref.lastIndexOf(":");
    const tail = ref.slice(k + 1);
    const n = k > 0 && /^[1-9]\d{0,8}$/.test(tail) ? Number(tail) : -1;
    if (n < 0) { this.prefix[i] = -1; this.other.set(i, ref); return; }
    const head = ref.slice(0, k);
    let p = this.prefixOf.get(head);
    if (p === undefined) { this.prefixOf.set(head, (p = this.prefixes.length)); this.prefixes.push(head); }
    this.prefix[i] = p;
    this.n[i] = n;
  }
  get(i: number): string {
    const p = this.prefix[i]!;
    return p < 0 ? this.other.get(i)! : `${this.prefixes[p]!}:${this.n[i]!}`;
  }
}

/** The pairs of an array as a PairSource. */
export function arraySource(pairs: readonly AuditPair[]): PairSource {
  let at = 0;
  return {
    length: pairs.length,
    read(n) { const out = pairs.slice(at, at + n); at += out.length; return out; },
    fetch: (indexes) => indexes.map((i) => pairs[i]!),
    lasting: true,
  };
}

/**
 * The suppressions of a run matched to its pairs: only the pairs of a document with suppressions
 * are hashed (chunk by chunk, as they are audited), which also tells which suppressions lapsed (no
 * pair of theirs any more) and, with the ones used, which are unused.
 */
class SuppressionIndex {
  private readonly byDocument = new Map<string, number[]>();
  private readonly live = new Set<string>();
  private readonly hashes = new Map<AuditPair, string>();
  constructor(private readonly rows: readonly AuditSuppression[]) {
    rows.forEach((r, k) => {
      const list = this.byDocument.get(r.document);
      if (list) list.push(k);
      else this.byDocument.set(r.document, [k]);
    });
  }
  /** The suppressions of a chunk of pairs, and notes their hashes as live. */
  forChunk(pairs: readonly AuditPair[]): ChunkSuppressions | undefined {
    if (this.byDocument.size === 0) return undefined;
    const pair: number[] = [], checkIds: string[] = [], ids: number[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i]!;
      const rows = p.document === undefined ? undefined : this.byDocument.get(p.document);
      if (rows === undefined) continue;
      const h = pairHash(p.source, p.target);
      this.live.add(`${p.document}\u0000${h}`);
      for (const k of rows) if (this.rows[k]!.pairHash === h) { pair.push(i); checkIds.push(this.rows[k]!.checkId); ids.push(k); }
    }
    return pair.length ? { pair: Int32Array.from(pair), checkIds, ids: Int32Array.from(ids) } : undefined;
  }
  /** The suppression of a check's findings on a pair (-1: none). */
  of(p: AuditPair, checkId: string): number {
    const rows = p.document === undefined ? undefined : this.byDocument.get(p.document);
    if (rows === undefined) return -1;
    let h = this.hashes.get(p);
    if (h === undefined) this.hashes.set(p, (h = pairHash(p.source, p.target)));
    for (const k of rows) if (this.rows[k]!.pairHash === h && this.rows[k]!.checkId === checkId) return k;
    return -1;
  }
  /** Lapsed: no pair of its document has its hash any more; unused: live but silencing nothing. */
  outcome(used: ReadonlySet<number>): { lapsed: number[]; unused: number[] } {
    const lapsed: number[] = [], unused: number[] = [];
    this.rows.forEach((r, k) => {
      if (!this.live.has(`${r.document}\u0000${r.pairHash}`)) lapsed.push(k);
      else if (!used.has(k)) unused.push(k);
    });
    return { lapsed, unused };
  }
}

export interface ParallelAuditResult {
  readonly report: AuditReport;
  /** Indexes into `suppressions`: those whose pair changed since, and those that silence nothing. */
  readonly lapsed: number[];
  readonly unused: number[];
}

const WORKER_YOUNG_GENERATION_MB = 16;

function workerScript(): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(__dirname, ts ? "audit-worker.ts" : "audit-worker.js");
  // from source (tsx, ts-jest) the worker needs a TypeScript loader too
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs")] } : { file };
}

/**
 * Workers by default: one per idle core (cores minus the 1-minute load average), at most 8. On a busy
 * machine two threads on two loaded cores ran slower than one (see the audit benchmark in docs/benchmarks.md).
 */
function defaultWorkers(): number {
  const cores = os.availableParallelism();
  return Math.max(1, Math.min(8, cores - Math.round(os.loadavg()[0] ?? 0)));
}

/**
 * THE audit engine's run (`selaras audit`, the pipeline, the library and the bench all come here
 * through src/app/audit.ts): `pairs` audited against `concepts` with every check the configuration
 * enables, suppressions applied, in worker threads when that pays.
 */
export async function auditPairsParallel(input: PairSource | readonly AuditPair[], concepts: readonly Concept[], options: ParallelAuditOptions = {}): Promise<ParallelAuditResult> {
  const source = "read" in input ? input : arraySource(input);
  const total = source.length;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), Math.floor(total / Math.max(1, options.minPairsPerWorker ?? 20_000))));
  const chunkSize = Math.max(1, options.chunkSize ?? 5_000);
  const auditOptions: AuditOptions = { minCandidateCount: options.minCandidateCount, maxCandidates: options.maxCandidates, maxExamples: options.maxExamples, config: options.config };
  const sup = new SuppressionIndex(options.suppressions ?? []);
  // the run keeps every pair's ref (findings name them), the texts only of the chunks in flight
  const refs = new RefTable(total);
  const inFlight = new Map<number, AuditPair[]>();
  const access: PairAccess = { ref: (i) => refs.get(i), fetch: (indexes) => source.fetch(indexes), lasting: source.lasting };
  const { file, execArgv } = workerScript();
  // a worker holds the texts of the chunk it audits (a few MB) alive: a young generation larger than
  // the default one copies them less often (~4% faster at 64 MB), but every MB of it is resident in
  // each worker: 16 MB kept a million pairs with a finding each under 500 MB (64: ~50 MB more a
  // worker, no CPU difference measurable on the shared machine)
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const pool = Array.from({ length: workers - 1 }, () => new Worker(file, { workerData: { concepts, options: auditOptions }, resourceLimits, ...(execArgv ? { execArgv } : {}) }));
  const merger = new AuditMerger(total, access, concepts, auditOptions, (_i, p, checkId) => sup.of(p, checkId));
  let next = 0;
  let done = 0;
  let pending = 0;
  let failed: unknown;
  let wake: (() => void) | undefined;
  const progress = (n: number) => { done += n; options.onProgress?.(done, total); };
  // the next chunk's size: smaller towards the end, so that the threads finish close together
  const size = () => Math.min(chunkSize, Math.max(Math.ceil(chunkSize / 8), Math.ceil((total - next) / (2 * workers))));
  /** The next chunk of pairs from the source (its refs kept), or null at the end. */
  const take = (n: number): { start: number; pairs: AuditPair[] } | null => {
    if (next >= total) return null;
    const start = next;
    const pairs = source.read(Math.min(n, total - start));
    if (pairs.length === 0) throw new Error(`Invariant failed: the pair source ended at ${start} of ${total}`);
    for (let i = 0; i < pairs.length; i++) refs.set(start + i, pairs[i]!.ref);
    next = start + pairs.length;
    return { start, pairs };
  };
  try {
    const feed = (w: Worker) => {
      const c = take(size());
      if (c === null) return;
      inFlight.set(c.start, c.pairs);
      pending++;
      w.postMessage(packPairs(c.pairs, 0, c.pairs.length, sup.forChunk(c.pairs), c.start));
    };
    for (const w of pool) {
      const seen = { ids: null as readonly string[] | null, texts: [] as string[] };
      w.on("message", (m: { ok?: WireChunk; error?: { code?: string; data?: Record<string, unknown>; message: string } }) => {
        pending--;
        if (m.error) failed ??= m.error.code ? new SelarasError(m.error.code, m.error.data as never) : new Error(m.error.message);
        else {
          // merged as it comes (in pair order)
          const pairs = inFlight.get(m.ok!.start)!;
          inFlight.delete(m.ok!.start);
          merger.add(unwire(m.ok!, seen, pairs));
          progress(m.ok!.size);
          if (failed === undefined) feed(w);
        }
        wake?.();
      });
      w.on("error", (e) => { failed ??= e; wake?.(); });
      // two chunks in flight per worker: one being audited, one waiting
      feed(w);
      feed(w);
    }
    // this thread audits chunks too (the workers compile their glossary meanwhile), and between two
    // chunks lets the workers' messages in
    const matcher = concepts.length ? compileGlossary(concepts) : undefined;
    const known = knownSources(concepts);
    const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));
    while (next < total && failed === undefined) {
      const c = take(pool.length ? size() : chunkSize)!;
      merger.add(auditChunk(c.pairs, c.start, matcher, known, auditOptions, sup.forChunk(c.pairs)));
      progress(c.pairs.length);
      if (pool.length) await yieldToMessages();
    }
    while (pending > 0 && failed === undefined) await new Promise<void>((resolve) => (wake = resolve));
    if (failed !== undefined) throw failed;
    if (total === 0) options.onProgress?.(0, 0);
    // every chunk is in: the workers' heaps let go before the corpus checks and the report, not
    // after (else they are part of the run's peak: ~50 MiB for a finding on each of 1M pairs)
    await Promise.all(pool.map((w) => w.terminate()));
    // the corpus checks: the chunks' hashes of the texts pick the pairs that can conflict
    const report = merger.finish();
    return { report, ...sup.outcome(merger.usedSuppressions) };
  } finally {
    source.close?.();
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The audit engine's run (src/check/audit-stream.ts) in parallel, over a database whose pairs the
 * threads read themselves (DatabaseParts: chunks are runs of documents; every thread's connection
 * on one snapshot, see src/store/snapshot.ts) or over a source of pairs this thread reads (a pairs
 * file, or a database the threads cannot share: PairSource; its chunks' texts are sent to the
 * workers as one array of strings, no object per pair). Each chunk, with the suppressions that
 * apply to its pairs, goes to a worker thread (./audit-worker.ts, one compiled glossary each) or
 * to this thread, which audits chunks too between the workers' messages and merges the aggregates
 * in pair order. At the end it runs the corpus checks on the few pairs they compare, read again.
 * The report is the same as `auditPairs` in one thread.
 * Memory holds one ref (and rendering id) per pair, the chunks in flight, the aggregates and some
 * violated pairs' texts (PairTextCache). */
import * as os from "node:os";
import { Worker, type MessagePort } from "node:worker_threads";
import type { AuditOptions, AuditReport } from "../check/audit";
import { AuditMerger, auditChunk, knownSources, VCODES, type ChunkAggregate, type ChunkSuppressions, type ConceptLists, type PackedChunkAggregate, type PackedViolations, type PairAccess, type PairTextBytes, type RefParts, utf8Safe, type Utf8Writer } from "../check/audit-stream";
import type { AuditViolation } from "../check/audit";
import type { PairToCheck } from "../check/run";
import type { Concept, SuppressionKeys } from "../model";
import type { PairTuple } from "../store/findings";
import { compileGlossary } from "../glossary";
import { SelarasError } from "../errors";
import { SuppressionIndex, suppressionKeysOf } from "./suppression-index";
import { pairOfRow, readRun, tagsLookup, type PairRow, type RunRead, type TagsOf } from "./pair-read";
import type { CodesReader } from "../store/exchange";
import { PairTextCache } from "./audit-texts";
import { workerScript } from "./worker-script";
import { pairCacheKey, type CacheFill } from "./audit-cache";

export type { PackedViolations };

interface PackedChunk {
  readonly start: number;
  /** ref, source and target of every pair, in a row (an array of strings is cheap to send: no object per pair). */
  readonly texts: string[];
  /** The suppressions of the chunk's pairs. */
  readonly suppress?: ChunkSuppressions;
  /** The inline codes' tags of the chunk's pairs that have them (index in the chunk, tags); absent when none has (nearly always). */
  readonly tags?: [number, NonNullable<PairToCheck["tags"]>][];
}

/** Pairs [start, end) for a worker: their texts in one array (the worker receives them as flat strings of its own). */
function packPairs(pairs: readonly PairToCheck[], start: number, end: number, suppress?: ChunkSuppressions, runStart = start): PackedChunk {
  const texts: string[] = new Array((end - start) * 3);
  let tags: PackedChunk["tags"];
  let k = 0;
  for (let i = start; i < end; i++) {
    const p = pairs[i]!;
    texts[k++] = p.ref; texts[k++] = p.source; texts[k++] = p.target;
    if (p.tags !== undefined) (tags ??= []).push([i - start, p.tags]);
  }
  return { start: runStart, texts, ...(suppress ? { suppress } : {}), ...(tags ? { tags } : {}) };
}

function unpackPairs(chunk: PackedChunk): PairToCheck[] {
  const { texts } = chunk;
  const out: PairToCheck[] = new Array(texts.length / 3);
  for (let k = 0, i = 0; k < texts.length; k += 3, i++) out[i] = { ref: texts[k]!, source: texts[k + 1]!, target: texts[k + 2]! };
  if (chunk.tags) for (const [i, tags] of chunk.tags) out[i] = { ...out[i]!, tags };
  return out;
}

/**
 * A chunk aggregate as a worker sends it: the concept ids only in its first message (null after),
 * the text of each rendering use only the first time the worker sends that entry key ("" after),
 * and the violations in columns (see packViolations).
 */
type WireChunk = Omit<ChunkAggregate, "ids" | "lists"> & {
  readonly ids: readonly string[] | null;
  readonly lists: [number, Omit<ConceptLists, "violations" | "violationPairs">][];
  readonly violations: PackedViolations;
};

/** A chunk's violations in columns (see PackedViolations: a violation object costs a score of strings to send, in columns about four). */
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

const NO_VIOLATIONS: AuditViolation[] = [], NO_PAIRS: number[] = [];

/**
 * Restores a worker's chunk (its ids and rendering texts, as it sent them before); its violations
 * stay in columns (merged as they are), `pairAt` their pairs by index as the chunk numbers them.
 */
function unwire(m: WireChunk, seen: { ids: readonly string[] | null; texts: string[] }, pairAt: (index: number) => PairToCheck): PackedChunkAggregate {
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
  const lists: ChunkAggregate["lists"] = m.lists.map(([c, l]) => [c, { violations: NO_VIOLATIONS, violationPairs: NO_PAIRS, forbidden: l.forbidden, untranslated: l.untranslated }]);
  return { ...rest, ids, lists, packed: { ...violations, pairOf: pairAt } };
}

export interface ParallelAuditOptions extends AuditOptions {
  /**
   * Threads auditing, this one included (default: one per core, at most 8; 0 or 1 = this thread
   * only): `workers - 1` worker threads, and this thread audits chunks too between their messages.
   */
  readonly workers?: number;
  /** Pairs per chunk (default 5,000: smaller chunks cost more merging, larger ones keep this thread from the workers' messages longer). */
  readonly chunkSize?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /** Fewer pairs than this per thread stay in this thread (default 20,000: starting a worker costs more). */
  readonly minPairsPerWorker?: number;
  /** Suppressions of the pairs' findings (pairs need their `document`), numbered by their place. */
  readonly suppressions?: readonly AuditSuppression[] | SuppressionKeys;
  /** Bytes of violated pairs' texts kept in memory for the report when the source reads them again slowly (PairSource.readsAgain; a database). */
  readonly textCacheBytes?: number;
  /**
   * Bytes of them kept past that in a temporary file (default 0: none), until the result's
   * `release` (the caller calls it once the report is read).
   */
  readonly textSpillBytes?: number;
  /**
   * This thread audits chunks too (default), or only hands them out and merges (`workers` worker
   * threads); "beyond-one-chunk": it only hands out when the run has more than one chunk. (A worker's
   * start, its modules loaded and patterns compiled, takes ~1.2 s: a corpus of one chunk, ≤ 0.2 s of
   * this thread's time, was answered in 1.4 s instead of 0.25 s.)
   */
  readonly mainThreadAudits?: boolean | "beyond-one-chunk";
  /**
   * A worker thread that has chunks to audit and says nothing for this long has hung: the run fails
   * with audit-worker-stalled (default 60,000 ms; a chunk takes well under a second).
   */
  readonly workerStallMs?: number;
  /**
   * --cache (src/app/audit-cache.ts): the cache's generation, the stored effects of keys (read in
   * this thread, on the run's snapshot), and where the effects of the pairs audited go. Used where
   * the pairs are read from a database (by the workers or this thread); pairs handed to a worker
   * packed are audited without it.
   */
  readonly cache?: { readonly generation: string; readonly effects: (keys: readonly Buffer[]) => (string | undefined)[]; readonly fill: CacheFill };
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
  /** `fetch` reads the pairs again from where they came from, one by one (a database): the run keeps some of their texts instead. */
  readonly readsAgain?: boolean;
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
  /** The number of a prefix. */
  prefixNumber(head: string): number {
    let p = this.prefixOf.get(head);
    if (p === undefined) { this.prefixOf.set(head, (p = this.prefixes.length)); this.prefixes.push(head); }
    return p;
  }
  set(i: number, ref: string): void {
    const k = ref.lastIndexOf(":");
    const tail = ref.slice(k + 1);
    const n = k > 0 && /^[1-9]\d{0,8}$/.test(tail) ? Number(tail) : -1;
    if (n < 0) { this.prefix[i] = -1; this.other.set(i, ref); return; }
    this.prefix[i] = this.prefixNumber(ref.slice(0, k));
    this.n[i] = n;
  }
  /** The ref `<prefix>:<n>` (prefix `p`, by number) of pair i, n a number set() keeps as one (1 … 999,999,999). */
  setNumbered(i: number, p: number, n: number): void {
    this.prefix[i] = p;
    this.n[i] = n;
  }
  get(i: number): string {
    const p = this.prefix[i]!;
    return p < 0 ? this.other.get(i)! : `${this.prefixes[p]!}:${this.n[i]!}`;
  }
  /** The table as plain data (the same refs, see refOfParts), for another thread. */
  parts(): RefParts {
    return { prefixes: this.prefixes, prefix: this.prefix, n: this.n, other: this.other };
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

/** Documents [id, slug], in the order their pairs are read. */
export type DocumentRun = readonly (readonly [number, string])[];

/**
 * A database the threads read themselves: each worker opens `file` on its own connection and begins
 * its read transaction while `release` has not been called (writers are held off meanwhile, see
 * src/store/snapshot.ts), so every thread reads the same snapshot as this thread's `read` and `byIds`.
 * Chunks are runs of documents.
 */
export interface DatabaseParts {
  readonly file: string;
  /** Every document, in the order of the run. */
  readonly documents: DocumentRun;
  /** At least as many as the pairs (the run's tables are sized by it). */
  readonly capacity: number;
  /** The pairs of these documents, per document, in order (this thread's connection; see readRun). */
  read(documents: DocumentRun): PairTuple[][];
  /**
   * The renderings that keep inline codes (ascending; read once: none in a plain corpus), and their
   * pairs' tags as this thread reads them (see tagsLookup); the workers read the codes of those on
   * their own connection.
   */
  readonly coded?: { readonly ids: Int32Array; readonly tagsOf: TagsOf | undefined };
  /** The pairs of these renderings (in rendering id order). */
  byIds(ids: readonly number[]): PairRow[];
  /** Lets writers commit again: every worker has begun reading (or cannot). */
  release(): void;
  /** `fetch` works for as long as the report is read (see PairSource.lasting). */
  readonly lasting?: boolean;
}

/** What a worker thread is started with. */
export interface WorkerSetup {
  readonly concepts: Concept[];
  readonly options: AuditOptions;
  /** A database to read chunks of documents from: the worker sets flags[slot] to 1 once its read transaction has begun, 2 if it cannot. */
  readonly db?: { readonly file: string; readonly flags: SharedArrayBuffer; readonly slot: number; readonly coded?: Int32Array };
  readonly suppressions?: SuppressionKeys;
  /** --cache: the cache's generation (src/app/audit-cache.ts); the worker reads the stored effects on its connection. */
  readonly cache?: string;
}

/** A run of documents for a worker to read and audit (its pairs numbered from 0). */
interface DocumentChunk {
  readonly seq: number;
  readonly documents: DocumentRun;
}

/**
 * The refs, rendering ids and violated pairs' texts of a chunk a worker read (the main thread knows
 * the chunk's documents): per pair its rendering id and its document's number in the chunk, the
 * ordinal of a one-segment ref (-1: another ref, in `refs` in order); per violated pair (in
 * `violated`, ascending) its source and target, in a row.
 */
export interface ReadParts {
  readonly ids: Int32Array;
  readonly doc: Int32Array;
  readonly ordinal: Int32Array;
  readonly refs: string[];
  readonly violated: Int32Array;
  readonly texts: string[];
  /** Suppressions live in the chunk (numbers). */
  readonly live: number[];
}

/** A worker's answer to a chunk. */
interface WorkerReply {
  readonly seq: number;
  readonly ok?: WireChunk;
  readonly parts?: ReadParts;
  /** --cache: the keys (20 bytes each, in a row) and the effects made of the chunk's pairs (undefined: stored already, or not storable). */
  readonly made?: { readonly keys: Uint8Array; readonly effects: (string | undefined)[] };
  readonly error?: { code?: string; data?: Record<string, unknown>; message: string };
}

/** The pairs of a chunk with a violation (indexes in the chunk, ascending). */
function violatedPairs(agg: PackedChunkAggregate, start: number, size: number): Int32Array {
  // (marked per pair, then collected in order: no set, no sort)
  const marked = new Uint8Array(size);
  let n = 0;
  const mark = (i: number) => { if (marked[i - start] === 0) { marked[i - start] = 1; n++; } };
  for (const [, l] of agg.lists) for (const i of l.violationPairs) mark(i);
  // (a worker's chunk: its violations in columns)
  if (agg.packed) for (const i of agg.packed.pair) mark(i);
  const out = new Int32Array(n);
  for (let i = 0, k = 0; k < n; i++) if (marked[i] === 1) out[k++] = i;
  return out;
}

/** The parts of a chunk of database pairs (see ReadParts). */
function readParts(read: RunRead, violated: Int32Array, live: number[]): ReadParts {
  const texts: string[] = new Array(violated.length * 2);
  for (let k = 0; k < violated.length; k++) { const p = read.pairs[violated[k]!]!; texts[2 * k] = p.source; texts[2 * k + 1] = p.target; }
  return { ids: read.ids, doc: read.doc, ordinal: read.ordinal, refs: read.refs, violated, texts, live };
}

/**
 * A worker thread's work (./audit-worker.ts): compiles the glossary once, then turns each chunk it
 * is sent (packed pairs, or a run of documents it reads on `reader`) into a ChunkAggregate
 * (src/check/audit-stream.ts) and sends it back compactly.
 */
export function serveWorker(port: MessagePort, setup: WorkerSetup, reader?: { readonly findings: { pairTuplesOf(documents: DocumentRun): PairTuple[][] }; readonly codes?: CodesReader; readonly auditCache?: { effects(keys: readonly Buffer[]): (string | undefined)[] } }): void {
  const { concepts, options } = setup;
  // (a glossary that cannot be compiled fails every chunk, with its code)
  let setupError: unknown;
  let matcher: ReturnType<typeof compileGlossary> | undefined;
  try {
    matcher = concepts.length ? compileGlossary(concepts) : undefined;
  } catch (e) {
    setupError = e;
  }
  const known = knownSources(concepts);
  const sup = new SuppressionIndex(setup.suppressions ?? suppressionKeysOf([]));
  // the pairs with inline codes: their tags, their codes read on this worker's connection
  const codes = reader?.codes;
  const tagsOf = codes && setup.db?.coded ? tagsLookup(setup.db.coded, (id) => codes.codesOf(id)) : undefined;
  // what this worker has sent already: the concept ids (once), the text of each entry key (once)
  let idsSent = false;
  const textSent = new Uint8Array(matcher ? matcher.flat.keys : 0);
  const wire = (agg: ChunkAggregate): { wire: WireChunk; transfer: ArrayBuffer[] } => {
    // the concept ids and the renderings' texts travel once, the violations in columns without their
    // pair's ref and texts, which the main thread has (see WireChunk)
    const useTexts = agg.useTexts.map((text, u) => {
      const key = agg.useKeys[u]!;
      if (textSent[key] === 1) return "";
      textSent[key] = 1;
      return text;
    });
    const w: WireChunk = { ...agg, ids: idsSent ? null : agg.ids, useTexts, ...packViolations(agg.lists) };
    idsSent = true;
    const v = w.violations;
    return { wire: w, transfer: [agg.keys.buffer, agg.tally.buffer, agg.uses.buffer, agg.useKeys.buffer, v.perList.buffer, v.pair.buffer, v.codes.buffer, agg.found.pair.buffer, agg.found.codes.buffer, ...agg.measures.map((m) => m.buffer)] as ArrayBuffer[] };
  };
  port.on("message", (m: PackedChunk & { seq: number } | DocumentChunk) => {
    try {
      if (setupError !== undefined) throw setupError;
      if ("documents" in m) {
        if (!reader) throw new Error("Invariant failed: a chunk of documents for a worker without a database");
        const read = readRun(m.documents, reader.findings.pairTuplesOf(m.documents), tagsOf);
        const { suppress, live } = sup.forChunk(read.pairs);
        // (--cache: the pairs' stored effects read on this worker's connection, the new ones sent back to be stored)
        const keys = setup.cache !== undefined && reader.auditCache ? read.pairs.map((p) => pairCacheKey(setup.cache!, p)) : undefined;
        const cache = keys ? { stored: reader.auditCache!.effects(keys), made: new Array<string | undefined>(keys.length) } : undefined;
        const agg = auditChunk(read.pairs, 0, matcher, known, options, suppress, cache);
        const parts = readParts(read, violatedPairs(agg, 0, read.pairs.length), live);
        const { wire: w, transfer } = wire(agg);
        const reply: WorkerReply = { seq: m.seq, ok: w, parts, ...(keys && cache ? { made: { keys: Buffer.concat(keys), effects: cache.made } } : {}) };
        port.postMessage(reply, [...transfer, parts.ids.buffer, parts.doc.buffer, parts.ordinal.buffer, parts.violated.buffer] as ArrayBuffer[]);
      } else {
        const agg = auditChunk(unpackPairs(m), m.start, matcher, known, options, m.suppress);
        const { wire: w, transfer } = wire(agg);
        const reply: WorkerReply = { seq: m.seq, ok: w };
        port.postMessage(reply, transfer);
      }
    } catch (e) {
      const err = e as Error;
      const reply: WorkerReply = {
        seq: m.seq,
        error: e instanceof SelarasError ? { code: e.code, data: e.data, message: err.message } : { message: String(err?.stack ?? err?.message ?? e) },
      };
      port.postMessage(reply);
    }
  });
}

/** The chunk's pair indexes moved by its start (a chunk audited from 0 where its start was not known yet). */
function rebase(a: PackedChunkAggregate, start: number): PackedChunkAggregate {
  const d = start - a.start;
  if (d === 0) return a;
  const pair = a.found.pair;
  for (let i = 0; i < pair.length; i++) pair[i]! += d;
  const byCheck: Record<string, [number, number]> = {};
  for (const [id, [n, at]] of Object.entries(a.byCheck)) byCheck[id] = [n, at + d];
  for (const [, l] of a.lists) for (let k = 0; k < l.violationPairs.length; k++) l.violationPairs[k]! += d;
  const p = a.packed;
  if (p === undefined) return { ...a, start, byCheck };
  for (let k = 0; k < p.pair.length; k++) p.pair[k]! += d;
  const pairOf = p.pairOf;
  return { ...a, start, byCheck, packed: { ...p, pairOf: (i) => pairOf(i - d) } };
}

export interface ParallelAuditResult {
  readonly report: AuditReport;
  /** Indexes into `suppressions`: those whose pair changed since, and those that silence nothing. */
  readonly lapsed: number[];
  readonly unused: number[];
  /** Lets go of what the report reads its pairs' texts from besides the source (a temporary file): the report is not read after. */
  release(): void;
}

const WORKER_YOUNG_GENERATION_MB = 16;
/** How long writers may be held off while the workers begin reading (then the run reads in this thread). */
const PIN_TIMEOUT_MS = 20_000;
/** How long a worker thread with chunks to audit may say nothing before the run fails (ParallelAuditOptions.workerStallMs). */
const STALL_MS = 60_000;
/** Bytes of violated pairs' texts kept for the report (see PairTextCache). */
const TEXT_CACHE_BYTES = 32 << 20;

/** Threads by default: one per core, at most 8 (a batch command uses the machine, as linters and search tools do). */
function defaultWorkers(): number {
  return Math.max(1, Math.min(8, os.availableParallelism()));
}

/** Waits (blocking this thread: nothing else may run while writers are held off) until every flag is set; true when all are 1. */
function waitForFlags(flags: Int32Array, timeoutMs: number): boolean {
  const deadline = Date.now() + timeoutMs;
  for (let k = 0; k < flags.length; k++) {
    while (Atomics.load(flags, k) === 0) {
      const left = deadline - Date.now();
      if (left <= 0) return false;
      Atomics.wait(flags, k, 0, left);
    }
  }
  return flags.every((f) => f === 1);
}

/** A chunk handed out: its documents (read by whoever audits it) or its pairs (read here). */
interface Handed {
  readonly seq: number;
  readonly documents?: DocumentRun;
  /** The run index of its first pair (known when it was read here). */
  readonly start?: number;
  readonly pairs?: AuditPair[];
  /** Its pairs' parts (read here from the database). */
  readonly read?: RunRead;
}

/**
 * THE audit engine's run (`selaras audit`, the pipeline, the library and the bench all come here
 * through src/app/audit.ts): `pairs` audited against `concepts` with every check the configuration
 * enables, suppressions applied, in worker threads when that pays. A database (DatabaseParts) is
 * read by the workers themselves, a chunk of documents at a time, on one snapshot.
 */
export async function auditPairsParallel(input: PairSource | readonly AuditPair[] | DatabaseParts, concepts: readonly Concept[], options: ParallelAuditOptions = {}): Promise<ParallelAuditResult> {
  const db = "documents" in input ? input : undefined;
  const source: PairSource | undefined = db ? undefined : "read" in input ? (input as PairSource) : arraySource(input as readonly AuditPair[]);
  // a database: its pairs are counted as they are read (capacity: at least as many)
  const capacity = db ? db.capacity : source!.length;
  const workers = Math.max(1, Math.min(options.workers ?? defaultWorkers(), Math.floor(capacity / Math.max(1, options.minPairsPerWorker ?? 20_000))));
  const chunkSize = Math.max(1, options.chunkSize ?? 5_000);
  const auditOptions: AuditOptions = { minCandidateCount: options.minCandidateCount, maxCandidates: options.maxCandidates, maxExamples: options.maxExamples, config: options.config };
  const given = options.suppressions ?? [];
  const rows = Array.isArray(given) ? suppressionKeysOf(given as readonly AuditSuppression[]) : given as SuppressionKeys;
  const sup = new SuppressionIndex(rows);
  // the run keeps every pair's ref (findings name them) and, for a database, its rendering id; the
  // texts only of the chunks in flight (and of violated pairs, see PairTextCache)
  const refs = new RefTable(capacity);
  const renderingIds = db ? new Int32Array(capacity) : undefined;
  const lasting = db ? db.lasting === true : source!.lasting === true;
  const cache = new PairTextCache(capacity, lasting && (db !== undefined || source!.readsAgain === true) ? options.textCacheBytes ?? TEXT_CACHE_BYTES : 0, options.textSpillBytes ?? 0);
  const readAgain = (indexes: readonly number[]): AuditPair[] => {
    if (!db) return source!.fetch(indexes);
    const byId = new Map<number, PairRow>();
    for (let k = 0; k < indexes.length; k += 10_000) for (const r of db.byIds(indexes.slice(k, k + 10_000).map((i) => renderingIds![i]!))) byId.set(r.renderingId, r);
    return indexes.map((i) => { const p = pairOfRow(byId.get(renderingIds![i]!)!); return { ...p, ref: refs.get(i) }; });
  };
  const fetch = (indexes: readonly number[]): AuditPair[] => {
    const out: AuditPair[] = new Array(indexes.length);
    const missing: number[] = [], at: number[] = [];
    indexes.forEach((i, k) => {
      const p = cache.get(i);
      if (p) out[k] = { ref: refs.get(i), source: p.source, target: p.target, document: p.document };
      else { missing.push(i); at.push(k); }
    });
    if (missing.length) readAgain(missing).forEach((p, j) => (out[at[j]!] = p));
    return out;
  };
  /** The texts of pairs as UTF-8 (see PairAccess.textBytes): those kept copied as they are, the others read again and encoded. */
  const textBytes = (indexes: readonly number[]): PairTextBytes | undefined => {
    if (!cache.keeps) return undefined;
    let size = 0;
    const missing: number[] = [];
    for (const i of indexes) {
      const n = cache.textsSize(i);
      if (n >= 0) size += n;
      else missing.push(i);
    }
    const again = missing.length ? readAgain(missing) : [];
    for (const p of again) {
      // (UTF-8 cannot carry a lone surrogate: such texts go as strings)
      if (!utf8Safe(p.source) || !utf8Safe(p.target)) return undefined;
      size += 3 * (p.source.length + p.target.length);
    }
    const bytes = Buffer.allocUnsafe(size), at = new Int32Array(2 * indexes.length + 1);
    let pos = 0, m = 0;
    for (let j = 0; j < indexes.length; j++) {
      at[2 * j] = pos;
      const a = m < missing.length && missing[m] === indexes[j] ? -1 : cache.copyTexts(indexes[j]!, bytes, pos);
      if (a >= 0) {
        at[2 * j + 1] = pos + a;
        pos += cache.textsSize(indexes[j]!);
      } else {
        if (m >= missing.length || missing[m] !== indexes[j]) return undefined;
        const p = again[m++]!;
        pos += (bytes as unknown as Utf8Writer).utf8Write(p.source, pos);
        at[2 * j + 1] = pos;
        pos += (bytes as unknown as Utf8Writer).utf8Write(p.target, pos);
      }
    }
    at[2 * indexes.length] = pos;
    return { bytes, at };
  };
  const access: PairAccess = { ref: (i) => refs.get(i), fetch, lasting, refParts: () => refs.parts(), textBytes };
  const { file, execArgv } = workerScript(__dirname, "audit-worker");
  // a worker holds the texts of the chunk it audits (a few MB) alive: a young generation larger than
  // the default one copies them less often (~4% faster at 64 MB), but every MB of it is resident in
  // each worker: 16 MB kept a million pairs with a finding each under 500 MB (64: ~50 MB more a
  // worker, no CPU difference measurable on the shared machine)
  const resourceLimits = { maxYoungGenerationSizeMb: WORKER_YOUNG_GENERATION_MB };
  const alone = options.mainThreadAudits === "beyond-one-chunk" && capacity <= chunkSize;
  const mainAudits = options.mainThreadAudits === "beyond-one-chunk" ? alone : options.mainThreadAudits ?? true;
  const poolSize = alone ? 0 : mainAudits ? workers - 1 : workers;
  // a database: the workers begin their read transactions now, while writers are held off
  const flags = db && poolSize > 0 ? new Int32Array(new SharedArrayBuffer(4 * poolSize)) : undefined;
  const pool = Array.from({ length: poolSize }, (_x, slot) => {
    const setup: WorkerSetup = { concepts: concepts as Concept[], options: auditOptions, ...(db && flags ? { db: { file: db.file, flags: flags.buffer as SharedArrayBuffer, slot, ...(db.coded && db.coded.ids.length > 0 ? { coded: db.coded.ids } : {}) }, suppressions: rows, ...(options.cache ? { cache: options.cache.generation } : {}) } : {}) };
    return new Worker(file, { workerData: setup, resourceLimits, ...(execArgv ? { execArgv } : {}) });
  });
  let ended = false;
  // (set once the run ends the workers itself: their exits are then expected)
  let stopping = false;
  let watch: NodeJS.Timeout | undefined;
  try {
    // every worker reads the database itself, or (one could not begin) this thread reads for all
    let workersRead = false;
    try {
      if (db) workersRead = flags !== undefined && waitForFlags(flags, PIN_TIMEOUT_MS);
    } finally {
      db?.release();
    }
    const merger = new AuditMerger(capacity, access, concepts, auditOptions, (_i, p, checkId) => sup.of(p, checkId));
    let failed: unknown;
    let wake: (() => void) | undefined;
    // handing out: chunks numbered in pair order; read here (start known) or by a worker (documents)
    let seq = 0;
    let nextPair = 0; // pairs read here so far (a source), or the estimate of pairs handed out (a database)
    let nextDoc = 0;
    const docs = db?.documents ?? [];
    const perDocument = db ? Math.max(1, capacity / Math.max(1, docs.length)) : 1;
    const left = () => (db ? Math.max(0, (docs.length - nextDoc) * perDocument) : capacity - nextPair);
    // the next chunk's size: smaller towards the end, so that the threads finish close together
    const size = () => Math.min(chunkSize, Math.max(Math.ceil(chunkSize / 8), Math.ceil(left() / (2 * workers))));
    const more = () => (db ? nextDoc < docs.length : nextPair < capacity);
    /** The next chunk: documents (a database), read here when `here` or when the workers cannot read. */
    const take = (n: number, here: boolean): Handed | null => {
      if (!more()) return null;
      if (db) {
        const k = Math.max(1, Math.round(n / perDocument));
        const documents = docs.slice(nextDoc, nextDoc + k);
        nextDoc += documents.length;
        if (!here && workersRead) return { seq: seq++, documents };
        const read = readRun(documents, db.read(documents), db.coded?.tagsOf);
        return { seq: seq++, documents, read, pairs: read.pairs };
      }
      const start = nextPair;
      const pairs = source!.read(Math.min(n, capacity - start));
      if (pairs.length === 0) throw new Error(`Invariant failed: the pair source ended at ${start} of ${capacity}`);
      nextPair = start + pairs.length;
      return { seq: seq++, start, pairs };
    };
    // merging: in chunk order, each chunk's start the sum of the sizes before it
    const ready = new Map<number, (start: number) => ChunkAggregate>();
    let mergeSeq = 0;
    let total = 0;
    let done = 0;
    const flush = () => {
      for (let f = ready.get(mergeSeq); f !== undefined; f = ready.get(mergeSeq)) {
        ready.delete(mergeSeq++);
        const agg = f(total);
        if (total + agg.size > capacity) throw new Error(`Invariant failed: more pairs than the ${capacity} counted`);
        if (agg.size > 0) merger.add(agg);
        total += agg.size;
        done += agg.size;
        // (a database's pairs are counted as they are read: until the end, out of at most `capacity`)
        options.onProgress?.(done, capacity);
      }
    };
    /** The refs and rendering ids of a chunk of database pairs (its documents' parts, read here or by a worker). */
    const keepParts = (start: number, documents: DocumentRun, parts: Pick<ReadParts, "ids" | "doc" | "ordinal" | "refs">) => {
      const prefixes = documents.map(([, slug]) => refs.prefixNumber(slug));
      let r = 0;
      const n = parts.ids.length;
      for (let i = 0; i < n; i++) {
        const o = parts.ordinal[i]!;
        if (o > 0) refs.setNumbered(start + i, prefixes[parts.doc[i]!]!, o);
        else refs.set(start + i, parts.refs[r++]!);
      }
      renderingIds!.set(parts.ids, start);
    };
    /** The pairs of a chunk read here: refs, rendering ids, violated pairs' texts kept. */
    const keep = (start: number, c: Handed, agg: ChunkAggregate) => {
      const pairs = c.pairs!;
      if (c.read) keepParts(start, c.documents!, c.read);
      else for (let i = 0; i < pairs.length; i++) refs.set(start + i, pairs[i]!.ref);
      if (cache.keeps) for (const i of violatedPairs(agg, agg.start, pairs.length)) { const p = pairs[i]!; cache.add(start + i, p.source, p.target, p.document); }
    };
    /** A chunk read here, audited in this thread. */
    const auditHere = (c: Handed) => {
      const pairs = c.pairs!;
      const { suppress, live } = sup.forChunk(pairs);
      sup.markLive(live);
      // (--cache: a chunk of database pairs, its stored effects read on this thread's snapshot)
      const cached = options.cache && c.documents ? options.cache : undefined;
      const keys = cached ? pairs.map((p) => pairCacheKey(cached.generation, p)) : undefined;
      const cache = keys ? { stored: cached!.effects(keys), made: new Array<string | undefined>(keys.length) } : undefined;
      const agg = auditChunk(pairs, c.start ?? 0, matcher, known, auditOptions, suppress, cache);
      if (keys && cache) cached!.fill.add(keys, cache.made);
      ready.set(c.seq, (start) => { keep(start, c, agg); return rebase(agg, start); });
    };
    const matcher = concepts.length && (mainAudits || pool.length === 0 || !workersRead) ? compileGlossary(concepts) : undefined;
    const known = knownSources(concepts);
    let pending = 0;
    // each worker's chunks in flight and when it last answered (or was given work while idle): a
    // worker that ends, or has work and stays silent, fails the run instead of leaving it waiting
    const busy = new Map<Worker, number>(), heard = new Map<Worker, number>();
    const feed = (w: Worker, seen: { ids: readonly string[] | null; texts: string[] }) => {
      if (failed !== undefined) return;
      const c = take(size(), false);
      if (c === null) return;
      pending++;
      if ((busy.get(w) ?? 0) === 0) heard.set(w, Date.now());
      busy.set(w, (busy.get(w) ?? 0) + 1);
      if (c.documents && !c.pairs) {
        const documents = c.documents;
        inFlight.set(c.seq, (m: WorkerReply) => (start: number) => {
          const parts = m.parts!;
          if (m.made && options.cache) {
            const k = Buffer.from(m.made.keys.buffer, m.made.keys.byteOffset, m.made.keys.byteLength);
            options.cache.fill.add(m.made.effects.map((_e, i) => k.subarray(20 * i, 20 * i + 20)), m.made.effects);
          }
          keepParts(start, documents, parts);
          sup.markLive(parts.live);
          const texts = new Map<number, number>();
          parts.violated.forEach((i, k) => { texts.set(i, k); cache.add(start + i, parts.texts[2 * k]!, parts.texts[2 * k + 1]!, documents[parts.doc[i]!]![1]); });
          const agg = unwire(m.ok!, seen, (i) => {
            const k = texts.get(i)!;
            return { ref: refs.get(start + i), source: parts.texts[2 * k]!, target: parts.texts[2 * k + 1]! };
          });
          return rebase(agg, start);
        });
        const msg: DocumentChunk = { seq: c.seq, documents };
        w.postMessage(msg);
      } else {
        const pairs = c.pairs!;
        const { suppress, live } = sup.forChunk(pairs);
        sup.markLive(live);
        const first = c.start ?? 0;
        inFlight.set(c.seq, (m: WorkerReply) => (start: number) => {
          const agg = unwire(m.ok!, seen, (i) => pairs[i - first]!);
          keep(start, c, agg);
          return rebase(agg, start);
        });
        w.postMessage({ ...packPairs(pairs, 0, pairs.length, suppress, first), seq: c.seq });
      }
    };
    const inFlight = new Map<number, (m: WorkerReply) => (start: number) => ChunkAggregate>();
    for (const w of pool) {
      const seen = { ids: null as readonly string[] | null, texts: [] as string[] };
      w.on("message", (m: WorkerReply) => {
        pending--;
        busy.set(w, busy.get(w)! - 1);
        heard.set(w, Date.now());
        try {
          if (m.error) failed ??= m.error.code ? new SelarasError(m.error.code, m.error.data as never) : new Error(m.error.message);
          else {
            // merged as it comes (in pair order)
            const f = inFlight.get(m.seq)!;
            inFlight.delete(m.seq);
            ready.set(m.seq, f(m));
            flush();
            feed(w, seen);
          }
        } catch (e) {
          failed ??= e;
        }
        wake?.();
      });
      w.on("error", (e) => { failed ??= e; wake?.(); });
      // (a worker that ends on its own, without an error: its chunks would never come back)
      w.on("exit", (code) => {
        if (stopping) return;
        failed ??= new SelarasError("audit-worker-stopped", { code });
        wake?.();
      });
      // chunks in flight per worker: one being audited, one waiting (packed pairs: their texts are
      // held meanwhile), or two waiting (runs of documents, read when their turn comes: a worker
      // has work for as long as this thread audits a chunk of its own and cannot hand out more)
      for (let k = workersRead ? 3 : 2; k > 0; k--) feed(w, seen);
    }
    // this thread audits chunks too (the workers compile their glossary meanwhile), and between two
    // chunks lets the workers' messages in
    const yieldToMessages = () => new Promise<void>((resolve) => setImmediate(resolve));
    const stallMs = Math.max(1, options.workerStallMs ?? STALL_MS);
    watch = pool.length === 0 ? undefined : setInterval(() => {
      const now = Date.now();
      for (const w of pool) {
        if ((busy.get(w) ?? 0) > 0 && now - heard.get(w)! > stallMs) {
          failed ??= new SelarasError("audit-worker-stalled", { seconds: Math.round(stallMs / 1000) });
          wake?.();
        }
      }
    }, Math.min(1000, Math.max(10, stallMs / 4)));
    watch?.unref();
    if (mainAudits || pool.length === 0) {
      while (more() && failed === undefined) {
        auditHere(take(pool.length ? size() : chunkSize, true)!);
        flush();
        if (pool.length) await yieldToMessages();
      }
    }
    while ((pending > 0 || (more() && pool.length > 0)) && failed === undefined) await new Promise<void>((resolve) => (wake = resolve));
    clearInterval(watch);
    if (failed !== undefined) throw failed;
    flush();
    if (ready.size > 0 || mergeSeq !== seq) throw new Error(`Invariant failed: ${seq - mergeSeq} chunks not merged`);
    if (total === 0) options.onProgress?.(0, 0);
    else if (total !== capacity) options.onProgress?.(total, total);
    // every chunk is in: the workers' heaps let go before the corpus checks and the report, not
    // after (else they are part of the run's peak: ~50 MiB for a finding on each of 1M pairs)
    stopping = true;
    await Promise.all(pool.map((w) => w.terminate()));
    // the corpus checks: the chunks' hashes of the texts pick the pairs that can conflict
    const report = merger.finish(total);
    const result = { report, ...sup.outcome((k) => merger.usedSuppressions.has(k)), release: () => cache.close() };
    ended = true;
    return result;
  } finally {
    clearInterval(watch);
    stopping = true;
    if (!ended) cache.close();
    source?.close?.();
    await Promise.all(pool.map((w) => w.terminate()));
  }
}

/**
 * The corpus-wide audit (`selaras audit`, the pipeline's check and audit steps, the library, the
 * bench): ONE entry point per input — every rendering in the database (`auditDatabase`) or a pairs
 * file (`auditPairsFile`) — both running the audit engine (src/check/audit-stream.ts, in worker
 * threads when that pays: ./audit-workers.ts) with every check enabled, suppressions applied. The
 * report counts and lists every finding (the counts `selaras check` gives for the same data) and
 * summarises the glossary per concept.
 */
import type { AuditOptions, AuditReport } from "../check/audit";
import { openReadSnapshot, type Store } from "../store";
import type { CheckPairRow, PairTuple } from "../store/findings";
import { holdWriters } from "../store/snapshot";
import { readTextInput, writeChunksAtomic, type HeldBytes, type TextInput } from "../io/files";
import { auditPairsParallel, type AuditPair, type DatabaseParts, type PairSource } from "./audit-workers";
import { pairOfRow, readRun, tagsLookup } from "./pair-read";
import { chooseCheckGlossary, parsePairsFile } from "./check";
import { cacheGeneration, CacheFill } from "./audit-cache";

export type { AuditReport, AuditViolation, ConceptAudit, ListedFinding } from "../check/audit";
export type { HeldBytes } from "../io/files";
/** An audit report's findings from their plain data in another thread (a report writer's, see ListedFindings.parts). */
export { findingsOfParts } from "../check/audit-stream";

/**
 * Writes a rendered report to `file` piece by piece, atomically (a reader never sees half of it),
 * a piece another file holds moved in from it (see writeChunksAtomic).
 */
export function writeReport(file: string, chunks: Iterable<string | Uint8Array | HeldBytes> | AsyncIterable<string | Uint8Array | HeldBytes>): Promise<void> {
  return writeChunksAtomic(file, chunks);
}

export interface AuditResult {
  readonly audit: AuditReport;
  /** The glossary the audit used (concepts, and where it came from: a path, `database`, or null). */
  readonly glossary: { readonly concepts: number; readonly from: string | null; readonly outdated?: true };
  /**
   * Suppressions whose pair changed since (they no longer apply), and those that silence nothing:
   * their numbers, and their ids (store.findings.suppressionsByIds reads their rows; the audit does
   * not hold them: a million rows with both texts took ~1 GB).
   */
  readonly suppressions: { readonly lapsed: number; readonly unused: number; readonly lapsedIds: readonly number[]; readonly unusedIds: readonly number[] };
}

const NO_SUPPRESSIONS: AuditResult["suppressions"] = { lapsed: 0, unused: 0, lapsedIds: [], unusedIds: [] };

export interface AuditRunOptions extends AuditOptions {
  /** A glossary file or folder (default: the database's glossary, else `<root>/glossary/`). */
  readonly glossary?: string;
  /** Project root (for `glossary/`); default "." (the caller's folder, as a relative path). */
  readonly root?: string;
  /** Report whether the database's glossary is behind the project's glossary/ (`glossary.outdated`; `selaras audit` asks). */
  readonly compareGlossaryFolder?: boolean;
  /** Threads auditing (this one included; default: one per core, at most 8). */
  readonly workers?: number;
  /** Pairs per chunk (see ParallelAuditOptions; for tests). */
  readonly chunkSize?: number;
  /** Fewer pairs than this per thread stay in one thread (see ParallelAuditOptions; for tests). */
  readonly minPairsPerWorker?: number;
  /** This thread audits chunks too (default), or only hands them out and merges, or only beyond one chunk (see ParallelAuditOptions; the workbench's server, which must keep answering, tests and the bench). */
  readonly mainThreadAudits?: boolean | "beyond-one-chunk";
  /** How long a worker thread with chunks may stay silent before the run fails (see ParallelAuditOptions; for tests). */
  readonly workerStallMs?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The report is read (its violations rendered) before the store is closed: it then reads the
   * texts of its violations' pairs again from the database instead of keeping a copy of each
   * (`selaras audit`: ~65 MB less for a million pairs with a violation on every fifth). Where the
   * threads read the database themselves, only `auditDatabaseReport` (which keeps its snapshot
   * until the report is written) reads them again; `auditDatabase` then keeps the copies.
   */
  readonly readWhileOpen?: boolean;
  /** Bytes of violated pairs' texts kept in memory for the report, then in a temporary file (`auditDatabaseReport` only); see ParallelAuditOptions (for tests). */
  readonly textCacheBytes?: number;
  readonly textSpillBytes?: number;
  /**
   * `selaras audit --cache` (a database only; src/app/audit-cache.ts): each pair's effect on the
   * report is replayed from the database's cache where its key (texts, tags, glossary, check
   * configuration, program) is stored, the others audited and stored once the run ends (in a write
   * transaction of its own). The report is the same as without.
   */
  readonly cache?: boolean;
  /** --cache: new effects stored every this many while the run goes on, where it can write meanwhile (default 50,000; for tests). */
  readonly cacheBatch?: number;
}

/** Bytes of violated pairs' texts `auditDatabaseReport` keeps in a temporary file past those in memory (then they are read again from the database). */
const TEXT_SPILL_BYTES = 1 << 30;

/**
 * The database's pairs (those `selaras check` reads, in its order) as a stream read in this thread
 * (when the threads cannot read it themselves, see sharedDatabase): read a chunk at a time, the texts
 * of a few read again by rendering id at the end; only the rendering ids are kept.
 */
function databaseSource(store: Store, lasting: boolean): PairSource {
  const total = store.findings.countCheckPairs();
  const ids = new Int32Array(total);
  let at = 0;
  let documents: Generator<[string, PairTuple[]]> | undefined;
  // the pairs of the document being read, from `next`
  let pending: AuditPair[] = [];
  let next = 0;
  // (the pairs with inline codes: their tags; none in a plain corpus)
  const tagsOf = tagsLookup(store.exchange.codedRenderingIds(), (id) => store.exchange.codesOf(id));
  const end = () => { documents?.return(undefined); }; // the connection is free again
  return {
    length: total,
    lasting,
    readsAgain: true,
    read(n) {
      documents ??= store.findings.iteratePairTuples();
      const out: AuditPair[] = [];
      while (out.length < n && at < total) {
        if (next === pending.length) {
          const d = documents.next();
          if (d.done) break;
          const [slug, tuples] = d.value;
          const read = readRun([[0, slug]], [tuples], tagsOf);
          pending = read.pairs;
          next = 0;
          // (a pair more than counted is not read: the run stops at `total`, as it counts)
          ids.set(read.ids.subarray(0, Math.min(read.ids.length, total - at)), at);
        }
        out.push(pending[next++]!);
        at++;
      }
      if (at === total) end();
      return out;
    },
    fetch(indexes) {
      const byId = new Map<number, CheckPairRow>();
      for (let k = 0; k < indexes.length; k += 10_000) {
        for (const r of store.findings.checkPairsById(indexes.slice(k, k + 10_000).map((i) => ids[i]!))) byId.set(r.renderingId, r);
      }
      return indexes.map((i) => pairOfRow(byId.get(ids[i]!)!));
    },
    close: end,
  };
}

/**
 * The database read by the audit's threads themselves, each on a connection of its own, all on one
 * snapshot (src/store/snapshot.ts): writers are held off from now until every worker has begun
 * reading. Null when that cannot be (an in-memory database, a file this process may not write,
 * another writer at work, or `store` in a transaction of its own, whose snapshot or uncommitted
 * writes no other connection can share): the audit then reads in this thread, on `store`.
 */
function sharedDatabase(store: Store, lasting: boolean): { reader: Store; parts: DatabaseParts } | null {
  if (store.db.inTransaction) return null;
  const hold = holdWriters(store.file);
  if (hold === null) return null;
  let reader: Store;
  try {
    reader = openReadSnapshot(store.file);
  } catch {
    hold.release();
    return null;
  }
  try {
    const coded = reader.exchange.codedRenderingIds();
    const parts: DatabaseParts = {
      file: store.file,
      coded: { ids: coded, tagsOf: tagsLookup(coded, (id) => reader.exchange.codesOf(id)) },
      documents: reader.findings.documentsInOrder(),
      capacity: reader.findings.countCheckPairsAtMost(),
      read: (documents) => reader.findings.pairTuplesOf(documents),
      byIds: (ids) => reader.findings.checkPairsById(ids),
      release: () => hold.release(),
      lasting,
    };
    return { reader, parts };
  } catch (e) {
    hold.release();
    reader.close();
    throw e;
  }
}


/**
 * The audit of a database: read by its threads on `shared`, or in this thread on `store` (the report
 * then reads it again while `lasting`); `spill`: violated pairs' texts past the memory budget are
 * kept in a temporary file until `release` (called once the report is read).
 */
async function auditWith(store: Store, shared: { reader: Store; parts: DatabaseParts } | null, o: AuditRunOptions, lasting: boolean, spill = false): Promise<AuditResult & { release(): void; fill?: Fill }> {
  try {
    const from = shared ? shared.reader : store;
    const g = chooseCheckGlossary(from, o.glossary, o.root ?? ".", o.compareGlossaryFolder);
    // the keys only: the rows (with both texts) of the few the report names are read after the run
    const keys = from.findings.suppressionKeys();
    // (--cache: where this thread's connection can write meanwhile — the threads read on a snapshot
    // of their own — the new effects are stored as they come, in batches, after the cache is made
    // ready for this generation; else all of them once the run and its report are done)
    let fill: Fill | undefined;
    if (o.cache) {
      const generation = cacheGeneration(g.concepts, o.config);
      const limit = 2 * (shared ? shared.parts.capacity : store.findings.countCheckPairs()) + 10_000;
      let ready = false;
      // (the cache made ready for this generation once, before the run's first rows)
      const write = (ks: readonly Buffer[], es: readonly string[]) => store.transaction(() => {
        if (!ready) store.auditCache.prepare(generation, limit);
        ready = true;
        store.auditCache.insert(ks, es);
      });
      fill = { generation, fill: new CacheFill(shared && !store.db.inTransaction ? write : undefined, o.cacheBatch), write };
    }
    const cache = fill ? { ...fill, effects: (ks: readonly Buffer[]) => from.auditCache.effects(ks) } : undefined;
    const run = await auditPairsParallel(shared ? shared.parts : databaseSource(store, lasting), g.concepts, { ...o, cache, suppressions: keys, ...(spill ? { textSpillBytes: o.textSpillBytes ?? TEXT_SPILL_BYTES } : {}) });
    const idsOf = (ks: readonly number[]) => ks.map((k) => keys.ids[k]!);
    return {
      audit: run.report,
      glossary: { concepts: g.concepts.length, from: g.from, ...(g.outdated ? { outdated: g.outdated } : {}) },
      suppressions: { lapsed: run.lapsed.length, unused: run.unused.length, lapsedIds: idsOf(run.lapsed), unusedIds: idsOf(run.unused) },
      release: run.release,
      ...(fill ? { fill } : {}),
    };
  } finally {
    shared?.parts.release(); // (released as soon as the workers began reading; here after a failure before)
  }
}

/** The effects a --cache run made, those not stored yet stored once it ends by `write` (see storeFill). */
interface Fill { readonly generation: string; readonly fill: CacheFill; readonly write: (keys: readonly Buffer[], effects: readonly string[]) => void }

/**
 * A --cache run's new effects into the database's cache, in a write transaction of their own (after
 * the run's read snapshot): derived data, kept to at most twice the corpus (rows of edited or
 * deleted units beyond that drop the cache, which the next run fills again).
 */
function storeFill(store: Store, f: Fill | undefined): void {
  if (f === undefined || (f.fill.keys.length === 0 && store.auditCache.generation() === f.generation)) return;
  f.fill.flush(f.write);
}

/** The audit's result without its release (see auditWith). */
function resultOf(r: AuditResult & { release(): void }): AuditResult {
  return { audit: r.audit, glossary: r.glossary, suppressions: r.suppressions };
}

/**
 * `selaras audit`: every rendering in the database, its stored suppressions applied, on one read
 * snapshot read by the worker threads themselves (see sharedDatabase; else in this thread, on
 * `store`, where `readWhileOpen` applies).
 */
export async function auditDatabase(store: Store, o: AuditRunOptions = {}): Promise<AuditResult> {
  const shared = sharedDatabase(store, false);
  let r: AuditResult & { release(): void; fill?: Fill };
  try {
    r = await auditWith(store, shared, o, o.readWhileOpen === true);
  } finally {
    shared?.reader.close();
  }
  storeFill(store, r.fill);
  return resultOf(r);
}

/**
 * `selaras audit` on the database with its report made by `use` (rendered and written) before the
 * reading ends, the run and the report on one read snapshot: the report reads its violations'
 * texts again (see `readWhileOpen`), and what another command writes meanwhile is in neither.
 */
export async function auditDatabaseReport<T>(store: Store, o: AuditRunOptions, use: (result: AuditResult) => T | Promise<T>): Promise<T> {
  const shared = sharedDatabase(store, true);
  let fill: Fill | undefined;
  const useThen = async (r: AuditResult & { release(): void; fill?: Fill }): Promise<T> => {
    fill = r.fill;
    try {
      return await use(resultOf(r));
    } finally {
      r.release();
    }
  };
  let out: T;
  if (shared === null) out = await store.snapshotAsync(async () => useThen(await auditWith(store, null, o, true, true)));
  else {
    try {
      out = await useThen(await auditWith(store, shared, o, true, true));
    } finally {
      shared.reader.close();
    }
  }
  // (--cache: the new effects stored once the report is written and the snapshot ended)
  storeFill(store, fill);
  return out;
}

/** `selaras audit --pairs <file.tsv>`: a pairs file (or standard input's bytes, as the CLI read them), no database. */
export async function auditPairsFile(file: TextInput, o: AuditRunOptions = {}): Promise<AuditResult> {
  const pairs = parsePairsFile(readTextInput(file), typeof file === "string" ? file : file.name);
  const g = chooseCheckGlossary(null, o.glossary, o.root ?? ".");
  const run = await auditPairsParallel(pairs, g.concepts, { ...o, cache: undefined });
  return { audit: run.report, glossary: { concepts: g.concepts.length, from: g.from }, suppressions: NO_SUPPRESSIONS };
}

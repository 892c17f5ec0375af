/**
 * The corpus-wide audit (`selaras audit`, the pipeline's check and audit steps, the library, the
 * bench): ONE entry point per input — every rendering in the database (`auditDatabase`) or a pairs
 * file (`auditPairsFile`) — both running the audit engine (src/check/audit-stream.ts, in worker
 * threads when that pays: ./audit-workers.ts) with every check enabled, suppressions applied. The
 * report counts and lists every finding (the counts `selaras check` gives for the same data) and
 * summarises the glossary per concept.
 */
import type { AuditOptions, AuditReport } from "../check/audit";
import type { Store } from "../store";
import type { CheckPairRow, SuppressionRow } from "../store/findings";
import { readTextInput, writeChunksAtomic, type TextInput } from "../io/files";
import { auditPairsParallel, type AuditPair, type PairSource } from "./audit-workers";
import { checkGlossary, pairRef, parsePairsFile } from "./check";
import { joinSource } from "./status";

export type { AuditReport, AuditViolation, ConceptAudit, ListedFinding } from "../check/audit";

/** Writes a rendered report to `file` piece by piece, atomically (a reader never sees half of it). */
export function writeReport(file: string, chunks: Iterable<string | Uint8Array>): void {
  writeChunksAtomic(file, chunks);
}

export interface AuditResult {
  readonly audit: AuditReport;
  /** The glossary the audit used (concepts, and where it came from: a path, `database`, or null). */
  readonly glossary: { readonly concepts: number; readonly from: string | null };
  /** Suppressions whose pair changed since (they no longer apply), and those that silence nothing. */
  readonly suppressions: { readonly lapsed: readonly SuppressionRow[]; readonly unused: readonly SuppressionRow[] };
}

export interface AuditRunOptions extends AuditOptions {
  /** A glossary file or folder (default: the database's glossary, else `<root>/glossary/`). */
  readonly glossary?: string;
  /** Project root (for `glossary/`); default "." (the caller's folder, as a relative path). */
  readonly root?: string;
  /** Threads (this one included; default: one per idle core, at most 8). */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
  /**
   * The report is read (its violations rendered) before the store is closed: it then reads the
   * texts of its violations' pairs again from the database instead of keeping a copy of each
   * (`selaras audit`: ~65 MB less for a million pairs with a violation on every fifth).
   */
  readonly readWhileOpen?: boolean;
}

/**
 * The database's pairs (those `selaras check` reads, in its order) as a stream: read a chunk at a
 * time, the texts of a few read again by rendering id at the end; only the rendering ids are kept.
 */
function databaseSource(store: Store, lasting: boolean): PairSource {
  const total = store.findings.countCheckPairs();
  const ids = new Int32Array(total);
  let at = 0;
  let rows: Generator<CheckPairRow> | undefined;
  const toPair = (p: CheckPairRow): AuditPair => ({ ref: pairRef(p.document, p.ordinals), source: joinSource(p.segmentTexts), target: p.target, document: p.document });
  return {
    length: total,
    lasting,
    read(n) {
      rows ??= store.findings.iterateCheckPairs();
      const out: AuditPair[] = [];
      while (out.length < n && at < total) {
        const r = rows.next();
        if (r.done) break;
        ids[at++] = r.value.renderingId;
        out.push(toPair(r.value));
      }
      if (at === total) rows.return(undefined); // the connection is free again
      return out;
    },
    fetch(indexes) {
      const byId = new Map<number, CheckPairRow>();
      for (let k = 0; k < indexes.length; k += 10_000) {
        for (const r of store.findings.checkPairsById(indexes.slice(k, k + 10_000).map((i) => ids[i]!))) byId.set(r.renderingId, r);
      }
      return indexes.map((i) => toPair(byId.get(ids[i]!)!));
    },
    close() {
      rows?.return(undefined);
    },
  };
}

/** `selaras audit`: every rendering in the database, its stored suppressions applied. */
export async function auditDatabase(store: Store, o: AuditRunOptions = {}): Promise<AuditResult> {
  const g = checkGlossary(store, o.glossary, o.root ?? ".");
  const rows = store.findings.suppressions();
  const run = await auditPairsParallel(databaseSource(store, o.readWhileOpen === true), g.concepts, { ...o, suppressions: rows });
  return {
    audit: run.report,
    glossary: { concepts: g.concepts.length, from: g.from },
    suppressions: { lapsed: run.lapsed.map((k) => rows[k]!), unused: run.unused.map((k) => rows[k]!) },
  };
}

/**
 * `selaras audit` on the database with its report made by `use` (rendered and written) before the
 * store is closed, the run and the report on one read snapshot: the report reads its violations'
 * texts again (see `readWhileOpen`), and what another command writes meanwhile is in neither.
 */
export function auditDatabaseReport<T>(store: Store, o: AuditRunOptions, use: (result: AuditResult) => T | Promise<T>): Promise<T> {
  return store.snapshotAsync(async () => use(await auditDatabase(store, { ...o, readWhileOpen: true })));
}

/** `selaras audit --pairs <file.tsv>`: a pairs file (or standard input's bytes, as the CLI read them), no database. */
export async function auditPairsFile(file: TextInput, o: AuditRunOptions = {}): Promise<AuditResult> {
  const pairs = parsePairsFile(readTextInput(file), typeof file === "string" ? file : file.name);
  const g = checkGlossary(null, o.glossary, o.root ?? ".");
  const run = await auditPairsParallel(pairs, g.concepts, o);
  return { audit: run.report, glossary: { concepts: g.concepts.length, from: g.from }, suppressions: { lapsed: [], unused: [] } };
}

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
import type { SuppressionRow } from "../store/findings";
import { readTextFile } from "../io/files";
import { auditPairsParallel } from "./audit-workers";
import { checkGlossary, databasePairs, parsePairsFile } from "./check";

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
  /** Project root (for `glossary/`). */
  readonly root?: string;
  /** Threads (this one included; default: one per idle core, at most 8). */
  readonly workers?: number;
  readonly onProgress?: (done: number, total: number) => void;
}

/** `selaras audit`: every rendering in the database, its stored suppressions applied. */
export async function auditDatabase(store: Store, o: AuditRunOptions = {}): Promise<AuditResult> {
  const g = checkGlossary(store, o.glossary, o.root ?? process.cwd());
  const pairs = databasePairs(store);
  const rows = store.findings.suppressions();
  const run = await auditPairsParallel(pairs, g.concepts, { ...o, suppressions: rows });
  return {
    audit: run.report,
    glossary: { concepts: g.concepts.length, from: g.from },
    suppressions: { lapsed: run.lapsed.map((k) => rows[k]!), unused: run.unused.map((k) => rows[k]!) },
  };
}

/** `selaras audit --pairs <file.tsv>`: a pairs file, no database. */
export async function auditPairsFile(file: string, o: AuditRunOptions = {}): Promise<AuditResult> {
  const pairs = parsePairsFile(readTextFile(file), file);
  const g = checkGlossary(null, o.glossary, o.root ?? process.cwd());
  const run = await auditPairsParallel(pairs, g.concepts, o);
  return { audit: run.report, glossary: { concepts: g.concepts.length, from: g.from }, suppressions: { lapsed: [], unused: [] } };
}

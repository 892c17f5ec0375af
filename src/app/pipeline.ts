/**
 * runPipeline — the main job (`npm start`): the whole shipped repository into the database.
 * Steps run in order; each is idempotent, so running twice gives the same database.
 * Later capabilities add their steps here (glossary sync, translations import, check, audit, export).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { Store } from "../store";
import { auditDatabase } from "./audit";
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressionsFile, syncSuppressions } from "./check";
import { EXPORTS_DIR, exportCorpus, type ExportResult } from "./export";
import { syncGlossary, type SyncResult } from "./glossary";
import { ingestFiles, type IngestFileResult } from "./ingest";
import { documentStatus, type DocumentStatus } from "./status";
import { importTranslations, TRANSLATIONS_DIR, type ImportResult } from "./translations";
import { createGate } from "./lifecycle";
import { readTextFile, slugFromPath } from "../io/files";
import { readTranslationsHeader, TRANSLATIONS_EXTENSION } from "../translations/format";

export interface PipelineOptions {
  /** Repository root holding corpus/, glossary/, translations/. */
  readonly root: string;
  /** The time of the run (ISO 8601): what it stores is dated with it. */
  readonly now: string;
  readonly onStep?: (step: string) => void;
  readonly onProgress?: (done: number, total: number, label: string) => void;
}

export interface PipelineResult {
  /** The glossary/ folder synced into the database (null when there is no glossary/ folder). */
  readonly glossary: SyncResult | null;
  readonly ingest: IngestFileResult[];
  /** The translations/ files loaded into the database (null when there is no translations/ folder). */
  readonly translations: ImportResult | null;
  readonly status: DocumentStatus[];
  /** What the export step wrote to exports/ (one entry per format). */
  readonly exports: ExportResult[];
  /** The check step: finding counts over every rendering (warnings never fail the main job). */
  readonly check: { readonly pairs: number; readonly error: number; readonly warning: number; readonly info: number; readonly suppressed: number; readonly lapsed: number; readonly unused: number; readonly suppressions: number };
  /** The audit step: a summary of the glossary audit (`selaras audit` prints it in full). */
  readonly audit: { readonly conceptsSeen: number; readonly conceptsNeverSeen: number; readonly conflicts: number; readonly candidates: number };
}

/**
 * The articles named by `# source:` in translations/ files whose document is not in the database
 * (after corpus/ was ingested) and that exist (relative paths are read from the project folder).
 * A missing one is left to the translations step, which warns and skips its file.
 */
function articlesOutsideCorpus(store: Store, root: string, dir: string): string[] {
  const out: string[] = [];
  for (const f of fs.readdirSync(dir).filter((f) => f.endsWith(TRANSLATIONS_EXTENSION)).sort()) {
    const header = readTranslationsHeader(readTextFile(path.join(dir, f), { allowEmpty: true }));
    if (!header.document || !header.source || store.documents.bySlug(header.document)) continue;
    const file = path.resolve(root, header.source);
    if (fs.existsSync(file) && fs.statSync(file).isFile() && slugFromPath(file) === header.document) out.push(file);
  }
  return out;
}

export async function runPipeline(store: Store, options: PipelineOptions): Promise<PipelineResult> {
  // read (and validate) the suppressions file before any step writes: a bad file changes nothing
  const suppressionRows = readSuppressionsFile(path.join(options.root, DEFAULT_SUPPRESSIONS_FILE), { missingOk: true });
  const glossaryDir = path.join(options.root, "glossary");
  options.onStep?.("glossary");
  const glossary = fs.existsSync(glossaryDir) ? syncGlossary(store, glossaryDir, options.now) : null;
  const corpus = path.join(options.root, "corpus");
  options.onStep?.("ingest");
  const ingest: IngestFileResult[] = fs.existsSync(corpus) ? ingestFiles(store, [corpus], { now: options.now, onProgress: (d, n, f) => options.onProgress?.(d, n, path.basename(f)) }) : [];
  const translationsDir = path.join(options.root, TRANSLATIONS_DIR);
  // Articles translated from outside corpus/: their translations file names the article (`# source:`).
  const outside = fs.existsSync(translationsDir) ? articlesOutsideCorpus(store, options.root, translationsDir) : [];
  if (outside.length) ingest.push(...ingestFiles(store, outside, { now: options.now }));
  // Suppressions first: loading a confirmed rendering checks it (lifecycle), suppressions applying.
  options.onStep?.("suppressions");
  const { suppressions } = syncSuppressions(store, suppressionRows);
  options.onStep?.("translations");
  const translations = fs.existsSync(translationsDir)
    ? importTranslations(store, [translationsDir], { author: "selaras", gate: createGate(store, undefined, options.root), missingDocuments: "warn", root: options.root, now: options.now })
    : null;
  // the check and audit steps: one run of the audit engine (its counts are `selaras check`'s)
  options.onStep?.("check");
  const { audit: audited, suppressions: s } = await auditDatabase(store, { root: options.root });
  const check = { pairs: audited.pairs, ...audited.counts, lapsed: s.lapsed.length, unused: s.unused.length, suppressions };
  options.onStep?.("audit");
  const audit = { conceptsSeen: audited.conceptAudits.length, conceptsNeverSeen: audited.neverSeen.length, conflicts: audited.conflicts.length, candidates: audited.candidates.length };
  options.onStep?.("export");
  const exports = exportCorpus(store, path.join(options.root, EXPORTS_DIR));
  return { glossary, ingest, translations, status: documentStatus(store), exports, check, audit };
}

/**
 * runPipeline — the main job (`npm start`): the whole shipped repository into the database.
 * Steps run in order; each is idempotent, so running twice gives the same database.
 * Later capabilities add their steps here (glossary sync, translations import, check, audit, export).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import type { Store } from "../store";
import { UsageError } from "../errors";
import { auditDatabase } from "./audit";
import { DEFAULT_SUPPRESSIONS_FILE, readSuppressionsFile, syncSuppressions } from "./check";
import { EXPORTS_DIR, exportCorpus, type ExportResult } from "./export";
import { syncGlossary, type SyncResult } from "./glossary";
import { glossaryFiles } from "./glossary-source";
import { ARTICLE_EXTENSIONS, ingestFiles, type IngestFileResult } from "./ingest";
import { documentStatus, type DocumentStatus } from "./status";
import { documentFileText, importTranslations, TRANSLATIONS_DIR, type ImportResult } from "./translations";
import { createGate, keepKnownFilesInStep } from "./lifecycle";
import { collectFiles, readTextFile, slugFromPath, sweepStaleTemporaries } from "../io/files";
import { parseTranslations, readTranslationsHeader, TRANSLATIONS_EXTENSION } from "../translations/format";
import { findRenamedArticles, type RenameMatch } from "../translations/renames";
import { projectFileText } from "../text/normalize";

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
  /**
   * Articles of corpus/ renamed (or moved) without `ingest --as`, recognised by their content: each
   * was read as the `document` whose translations file has `found` of its `records` in it (`file`,
   * relative to the project folder).
   */
  readonly renamed: ReadonlyArray<{ readonly document: string; readonly file: string; readonly found: number; readonly records: number }>;
  /**
   * Documents whose article is gone (its file was deleted, or renamed without `ingest --as`): each
   * left the database (`removed`), as a rebuild from the folder would not have it, when its
   * translations file (`file`) holds all of its English; else it is kept, and said so.
   */
  readonly retired: Array<{ readonly document: string; readonly article: string; readonly file: string; readonly removed: boolean }>;
  /** The translations/ files loaded into the database (null when there is no translations/ folder). */
  readonly translations: ImportResult | null;
  /**
   * Records the database holds for a document and its translations file does not, after the file
   * was loaded (`refs`: where each is now, `orphan` for one whose sentence left the article): the
   * file lost them (a `git checkout`, `reset` or `stash`, a merge that took the other side's file)
   * or they were never written to it. They stay in the database, and the next save in the
   * document writes them back to the file; a rebuild from the folder would not have them.
   */
  readonly notInFiles: ReadonlyArray<{ readonly document: string; readonly file: string; readonly refs: readonly string[] }>;
  readonly status: DocumentStatus[];
  /** What the export step wrote to exports/ (one entry per format). */
  readonly exports: ExportResult[];
  /** The check step: finding counts over every rendering (warnings never fail the main job). */
  readonly check: { readonly pairs: number; readonly error: number; readonly warning: number; readonly info: number; readonly suppressed: number; readonly lapsed: number; readonly unused: number; readonly suppressions: number };
  /** The audit step: a summary of the glossary audit (`selaras audit` prints it in full). */
  readonly audit: { readonly conceptsSeen: number; readonly conceptsNeverSeen: number; readonly conflicts: number; readonly candidates: number };
}

interface TranslationsFile { readonly file: string; readonly text: string; readonly document?: string; readonly source?: string }

/** Each translations/ file with its `# document:` and `# source:` (an absolute article path). */
function translationsFiles(root: string, dir: string): TranslationsFile[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(TRANSLATIONS_EXTENSION)).sort().map((f) => {
    const file = path.join(dir, f), text = readTextFile(file, { allowEmpty: true });
    const header = readTranslationsHeader(text);
    return { file, text, ...(header.document ? { document: header.document } : {}), ...(header.source ? { source: path.resolve(root, header.source) } : {}) };
  });
}

/**
 * Articles of corpus/ renamed (or moved into it) without `ingest --as`, found by their content: a
 * translations file whose document's article is nowhere (no article of corpus/ by its name, its
 * `# source:` names nothing, the database's document, if any, has lost its file) is paired with an
 * article that no translations file claims and that holds at least half of its records' Indonesian
 * (translations/renames.ts). A database document by the article's own name is taken over only when
 * it has nothing to record (no English, no joins): it is removed first. Returns article → document.
 */
function renamedArticles(store: Store, root: string, files: readonly TranslationsFile[], corpusFiles: readonly string[], claimed: ReadonlyMap<string, string>): RenameMatch[] {
  const slugs = new Set(corpusFiles.map(slugFromPath));
  const articleGone = (slug: string) => {
    const doc = store.documents.bySlug(slug);
    return !doc || doc.sourcePath === null || (!fs.existsSync(path.resolve(root, doc.sourcePath)) && !fs.existsSync(path.resolve(doc.sourcePath)));
  };
  const orphans = files.filter((f) => f.document && !slugs.has(f.document) && !(f.source && fs.existsSync(f.source)) && articleGone(f.document));
  if (orphans.length === 0) return [];
  const named = new Set(files.map((f) => f.document));
  const candidates = corpusFiles.filter((file) => {
    const slug = slugFromPath(file);
    if (named.has(slug) || claimed.has(path.resolve(file))) return false;
    const doc = store.documents.bySlug(slug);
    return !doc || documentFileText(store, doc, root) === null;
  });
  if (candidates.length === 0) return [];
  const sourcesOf = (f: TranslationsFile) => parseTranslations(f.text, path.relative(root, f.file) || f.file).map((r) => r.source);
  return findRenamedArticles(
    orphans.map((f) => ({ document: f.document!, sources: sourcesOf(f) })),
    candidates.map((file) => ({ file: path.resolve(file), text: readTextFile(file) })),
  );
}

/**
 * The articles named by `# source:` in translations/ files whose document is not in the database
 * (after corpus/ was ingested) and that exist (relative paths are read from the project folder),
 * with the document each is read as (a renamed article keeps its document's name).
 * A missing one is left to the translations step, which warns and skips its file.
 */
function articlesOutsideCorpus(store: Store, sources: ReadonlyArray<[string, string]>): Array<[string, string]> {
  return sources.filter(([slug, file]) => !store.documents.bySlug(slug) && fs.existsSync(file) && fs.statSync(file).isFile());
}

/**
 * The documents of the database that no step of this run read (`read`) and whose article file is
 * gone (its stored path names nothing, from the project folder or the working folder): each is
 * removed, in one transaction, when its translations/ file holds exactly what the database would
 * write for it (or it has nothing to record), so that nothing is lost; else kept and reported.
 */
function retireGoneDocuments(store: Store, root: string, translationsDir: string, read: ReadonlySet<string>): PipelineResult["retired"] {
  const out: Array<PipelineResult["retired"][number]> = [];
  const gone = store.documents.all().filter((d) => !read.has(d.slug) && d.sourcePath !== null
    && !fs.existsSync(path.resolve(root, d.sourcePath)) && !fs.existsSync(path.resolve(d.sourcePath)));
  if (gone.length === 0) return out;
  store.transaction(() => {
    for (const doc of gone) {
      const file = path.join(translationsDir, `${doc.slug}${TRANSLATIONS_EXTENSION}`);
      const want = documentFileText(store, doc, root);
      const removed = want === null || (fs.existsSync(file) && projectFileText(fs.readFileSync(file, "utf8")) === want);
      if (removed) {
        store.documents.remove(doc.id);
        // (the file is the English's only home now: no later command writes over it before it is read again)
        store.projectFiles.forget(doc.slug);
      }
      out.push({ document: doc.slug, article: doc.sourcePath!, file, removed });
    }
  });
  return out;
}

/**
 * The records the database would write for each document whose translations file was read and that
 * the file (as it is now on disk) does not hold, by Indonesian and English: a record renumbered, or
 * stored as a draft because the checks refused its confirmation, is held. Only documents whose file
 * differs from what the database would write are parsed again.
 */
function recordsNotInFiles(store: Store, root: string, files: readonly TranslationsFile[]): PipelineResult["notInFiles"] {
  const out: Array<PipelineResult["notInFiles"][number]> = [];
  for (const f of files) {
    const doc = f.document ? store.documents.bySlug(f.document) : undefined;
    if (!doc) continue;
    const want = documentFileText(store, doc, root);
    if (want === null || !fs.existsSync(f.file)) continue;
    const text = projectFileText(fs.readFileSync(f.file, "utf8"));
    if (want === text) continue;
    const key = (r: ReturnType<typeof parseTranslations>[number]) => (r.kind === "split" ? `split\u0000${r.source}\u0000${r.at}` : `${r.source}\u0000${r.text ?? ""}`);
    const held = new Set(parseTranslations(text, f.file).map(key));
    const refs = parseTranslations(want, f.file).filter((r) => !held.has(key(r)))
      .map((r) => (r.kind === "split" ? `${r.document}:${r.ordinal}` : r.ordinals.length ? `${r.document}:${r.ordinals.join("+")}` : "orphan"));
    if (refs.length) out.push({ document: doc.slug, file: f.file, refs });
  }
  return out;
}

/** Writes a document's translations file with its `# source:` line when nothing else in it would change. */
function nameArticleInFile(store: Store, root: string, dir: string, slug: string): void {
  const doc = store.documents.bySlug(slug);
  const file = path.join(dir, `${slug}${TRANSLATIONS_EXTENSION}`);
  if (!doc || !fs.existsSync(file)) return;
  const want = documentFileText(store, doc, root);
  const onDisk = projectFileText(fs.readFileSync(file, "utf8"));
  const records = (text: string) => text.split("\n").filter((l) => !l.startsWith("# source: ")).join("\n");
  if (want !== null && want !== onDisk && records(want) === records(onDisk)) keepKnownFilesInStep(store, root, [slug]);
}

/**
 * Refuses (exit 2, file and line, before any step writes) a project file that git left half merged:
 * an article, a glossary file, a translations file or the suppressions file holding conflict markers
 * (`<<<<<<<`, `=======`, `>>>>>>>`). Each step reads its files through decodeText, which refuses them
 * too, but a later step's refusal would come after an earlier step had written. Only a file whose
 * bytes hold a marker (or that is UTF-16) is decoded here; the others cost one read.
 */
function refuseUnmergedFiles(root: string): void {
  const dir = (d: string) => path.join(root, d);
  const files = [
    ...(fs.existsSync(dir("glossary")) ? glossaryFiles(dir("glossary")) : []),
    ...(fs.existsSync(dir("corpus")) ? collectFiles([dir("corpus")], ARTICLE_EXTENSIONS) : []),
    ...(fs.existsSync(dir(TRANSLATIONS_DIR)) ? fs.readdirSync(dir(TRANSLATIONS_DIR)).filter((f) => f.endsWith(TRANSLATIONS_EXTENSION)).sort().map((f) => path.join(dir(TRANSLATIONS_DIR), f)) : []),
    path.join(root, DEFAULT_SUPPRESSIONS_FILE),
  ];
  for (const file of files) {
    let buf: Buffer;
    try {
      buf = fs.readFileSync(file);
    } catch {
      continue; // (missing or unreadable: the step that reads it says so)
    }
    const utf16 = buf.length >= 2 && ((buf[0] === 0xff && buf[1] === 0xfe) || (buf[0] === 0xfe && buf[1] === 0xff));
    if (utf16 || buf.includes("<<<<<<<") || buf.includes(">>>>>>>")) readTextFile(file, { allowEmpty: true });
  }
}

/**
 * A project folder inside a git work tree in the middle of a merge: a file of corpus/, glossary/ or
 * translations/ deleted on one side and changed on the other (or added on one side only while
 * renamed on the other) is left by git as one side's file, without markers, marked unmerged in the
 * index. Read as it is, it would be taken as resolved. Refused (exit 2) until `git add` or `git rm`
 * says which side is right. Nothing is checked when git or a work tree is not there.
 */
function refuseHalfDeletedFiles(root: string): void {
  const r = spawnSync("git", ["ls-files", "-u", "-z", "--", "corpus", "glossary", "translations"], { cwd: root, encoding: "utf8", timeout: 10_000 });
  if (r.status !== 0 || !r.stdout) return;
  const stages = new Map<string, Set<string>>();
  for (const entry of r.stdout.split("\0")) {
    const m = /^\d+ [0-9a-f]+ ([123])\t(.+)$/s.exec(entry);
    if (!m) continue;
    let set = stages.get(m[2]!);
    if (!set) stages.set(m[2]!, (set = new Set()));
    set.add(m[1]!);
  }
  for (const [file, set] of [...stages].sort(([a], [b]) => a.localeCompare(b))) {
    if (set.has("2") !== set.has("3")) throw new UsageError("file-merge-deleted", { file, side: set.has("2") ? "theirs" : "ours" });
  }
}

export async function runPipeline(store: Store, options: PipelineOptions): Promise<PipelineResult> {
  // a file git left half merged is refused before any step writes
  refuseUnmergedFiles(options.root);
  refuseHalfDeletedFiles(options.root);
  // temporary files a killed command left beside the files this one keeps (a writer sweeps a folder
  // the first time it writes there; translations/ may not be written this time)
  for (const d of [TRANSLATIONS_DIR, EXPORTS_DIR]) sweepStaleTemporaries(path.join(options.root, d));
  // read (and validate) the suppressions file before any step writes: a bad file changes nothing
  const suppressionRows = readSuppressionsFile(path.join(options.root, DEFAULT_SUPPRESSIONS_FILE), { missingOk: true });
  const glossaryDir = path.join(options.root, "glossary");
  options.onStep?.("glossary");
  const glossary = fs.existsSync(glossaryDir) ? syncGlossary(store, glossaryDir, options.now) : null;
  const corpus = path.join(options.root, "corpus");
  const translationsDir = path.join(options.root, TRANSLATIONS_DIR);
  const files = fs.existsSync(translationsDir) ? translationsFiles(options.root, translationsDir) : [];
  const sources = files.filter((f) => f.document && f.source).map((f): [string, string] => [f.document!, f.source!]);
  // An article of corpus/ that a translations file names as its document's under another name (a
  // renamed article, `ingest corpus/new.txt --as old`) is read as that document, not as a new one.
  const claimed = new Map<string, string>();
  for (const [slug, file] of sources) if (!claimed.has(file) && slugFromPath(file) !== slug && path.dirname(file) === path.resolve(corpus)) claimed.set(file, slug);
  const articles = fs.existsSync(corpus) ? collectFiles([corpus], ARTICLE_EXTENSIONS) : [];
  // (and one the database already reads as another document, its file renamed before)
  const inCorpus = new Set(articles.map((f) => path.resolve(f)));
  for (const doc of store.documents.all()) {
    if (doc.sourcePath === null) continue;
    const file = [path.resolve(options.root, doc.sourcePath), path.resolve(doc.sourcePath)].find((f) => inCorpus.has(f));
    if (file && !claimed.has(file) && slugFromPath(file) !== doc.slug) claimed.set(file, doc.slug);
  }
  // An article renamed without --as: found by its content (its old document's translations file).
  const renamed = renamedArticles(store, options.root, files, articles, claimed);
  for (const r of renamed) {
    const taken = store.documents.bySlug(slugFromPath(r.file));
    if (taken) store.documents.remove(taken.id);
    claimed.set(r.file, r.document);
  }
  options.onStep?.("ingest");
  const corpusFiles = fs.existsSync(corpus) ? (claimed.size ? articles.filter((f) => !claimed.has(path.resolve(f))) : [corpus]) : [];
  // (as `selaras ingest`: the translations files the database last read or wrote follow an updated
  // document — new sentence numbers, stale sources, orphans — in the same transaction; read again
  // below, they are what the database holds. A file changed on disk since is left to that step.)
  const inStep = (results: readonly IngestFileResult[]) => {
    const updated = results.filter((r) => r.status === "updated" || r.moved).map((r) => r.document);
    if (updated.length) keepKnownFilesInStep(store, options.root, updated);
  };
  const ingest: IngestFileResult[] = corpusFiles.length ? ingestFiles(store, corpusFiles, { now: options.now, inTransaction: inStep, onProgress: (d, n, f) => options.onProgress?.(d, n, path.basename(f)) }) : [];
  for (const [file, slug] of claimed) if (fs.existsSync(file)) ingest.push(...ingestFiles(store, [path.join(corpus, path.relative(path.resolve(corpus), file))], { now: options.now, as: slug, inTransaction: inStep }));
  // Articles translated from outside corpus/: their translations file names the article (`# source:`).
  for (const [slug, file] of articlesOutsideCorpus(store, sources.filter(([, f]) => !claimed.has(f)))) {
    ingest.push(...ingestFiles(store, [file], { now: options.now, inTransaction: inStep, ...(slugFromPath(file) !== slug ? { as: slug } : {}) }));
  }
  // Documents whose article left the project (deleted from corpus/, or renamed without --as): the
  // database follows the folder, as a rebuild would, once the translations file holds their English.
  const retired = retireGoneDocuments(store, options.root, translationsDir, new Set(ingest.map((r) => r.document)));
  // Suppressions first: loading a confirmed rendering checks it (lifecycle), suppressions applying.
  options.onStep?.("suppressions");
  const { suppressions } = syncSuppressions(store, suppressionRows);
  options.onStep?.("translations");
  const translations = fs.existsSync(translationsDir)
    ? importTranslations(store, [translationsDir], { author: "selaras", gate: createGate(store, undefined, options.root), missingDocuments: "warn", root: options.root, now: options.now })
    : null;
  const notInFiles = recordsNotInFiles(store, options.root, files);
  // A renamed article's translations file names it where it is now (`# source:`, as `ingest --as`
  // writes it), when the file holds what the database holds: the header is all that changes.
  for (const r of renamed) nameArticleInFile(store, options.root, translationsDir, r.document);
  // the check and audit steps: one run of the audit engine (its counts are `selaras check`'s)
  options.onStep?.("check");
  const { audit: audited, suppressions: s } = await auditDatabase(store, { root: options.root });
  const check = { pairs: audited.pairs, ...audited.counts, lapsed: s.lapsed, unused: s.unused, suppressions };
  options.onStep?.("audit");
  const audit = { conceptsSeen: audited.conceptAudits.length, conceptsNeverSeen: audited.neverSeen.length, conflicts: audited.conflicts.length, candidates: audited.candidates.length };
  options.onStep?.("export");
  const exports = exportCorpus(store, path.join(options.root, EXPORTS_DIR));
  return { glossary, ingest, renamed: renamed.map((r) => ({ ...r, file: path.relative(options.root, r.file) })), retired, translations, notInFiles, status: documentStatus(store), exports, check, audit };
}

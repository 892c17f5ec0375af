/**
 * Check use cases: run every check over the renderings in the database (`selaras check`), over a
 * pairs file without a database (`selaras check --pairs`), suppress / unsuppress a finding
 * (`selaras check ignore|unignore`), keep translations/suppressions.tsv in step with the database
 * (a pipeline step), and check one pair the moment it is saved (`checkPair`, for the translation
 * workflow). The checks themselves are pure (src/check); this module reads files and the store.
 */
import { unescapeCell } from "../formats/text";
import * as fs from "node:fs";
import * as path from "node:path";
import { NotFoundError, ParseError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import { checks, isCheckId, runChecks, unknownCheck, type CheckConfig, type CheckId, type Finding, type PairToCheck } from "../check";
import { pairHash, streamCheck, type CheckCounts, type CheckPairSource, type FindingStream, type ReportedFinding, type SuppressionList } from "./check-stream";
import type { Concept } from "../model";
import { compileGlossary, type GlossaryMatcher } from "../glossary";
import { readLines, readTextFile, readTextInput, writeFileAtomic, type TextInput } from "../io/files";
import type { Store } from "../store";
import type { CheckPairRow, NewSuppression, SuppressionRow } from "../store/findings";
import { splitLines } from "../text/decode";
import { chooseGlossary, DEFAULT_GLOSSARY_DIR } from "./glossary-source";
import { pairOfRow, readRun, tagsLookup } from "./pair-read";
import { parseSuppressions as parseSuppressionsFile, serializeSuppressions } from "../translations/suppressions";

export { CHECK_IDS, checkMessageTree, unknownCheck, type CheckConfig, type CheckId } from "../check";

export const DEFAULT_SUPPRESSIONS_FILE = path.join("translations", "suppressions.tsv");
export { SUPPRESSIONS_HEADER, serializeSuppressions } from "../translations/suppressions";

export { pairHash, type FindingStream, type ReportedFinding, type SuppressionList };

/** A check's report with its findings read one at a time (the pairs are read again as they are). */
export interface StreamedCheckReport {
  readonly pairs: number;
  readonly findings: FindingStream;
  readonly counts: CheckCounts;
  /** Suppressions whose pair changed since (they no longer apply): read as they are iterated. */
  readonly lapsed: SuppressionList;
  /** Suppressions whose pair is unchanged but whose check no longer reports anything there: read as they are iterated. */
  readonly unused: SuppressionList;
  /** `outdated`: the database's glossary was used and the project's glossary/ changed since it was synced. */
  readonly glossary: { readonly concepts: number; readonly from: string | null; readonly outdated?: true };
}

/** A check's report with every finding in an array. */
export interface CheckReport extends Omit<StreamedCheckReport, "findings" | "lapsed" | "unused"> {
  readonly findings: ReportedFinding[];
  readonly lapsed: SuppressionRow[];
  readonly unused: SuppressionRow[];
}

const materialize = (r: StreamedCheckReport): CheckReport => ({ ...r, findings: [...r.findings], lapsed: [...r.lapsed], unused: [...r.unused] });

/** The glossary of a check run (chooseGlossary): --glossary file/dir; else the database's glossary when it has one; else `<root>/glossary/` if present. */
export function checkGlossary(store: Store | null, glossary: string | undefined, root: string, given?: { concepts: Concept[]; from: string }, compareFolder = false): { matcher?: GlossaryMatcher; concepts: Concept[]; from: string | null; outdated?: true } {
  const g: CheckGlossaryChoice = given ?? chooseCheckGlossary(store, glossary, root, compareFolder);
  return g.from === null ? g : { matcher: compileGlossary(g.concepts), concepts: g.concepts, from: g.from, ...(g.outdated ? { outdated: g.outdated } : {}) };
}

/** What chooseCheckGlossary chose. */
export interface CheckGlossaryChoice { readonly concepts: Concept[]; readonly from: string | null; readonly outdated?: true }

/**
 * checkGlossary's choice, not compiled (the audit compiles it in each of its threads): its concepts and where they came from ("database", a path, or null: none);
 * `compareFolder`: also whether the database's glossary is behind `<root>/glossary/` (`outdated`; the folder is parsed for it).
 */
export function chooseCheckGlossary(store: Store | null, glossary: string | undefined, root: string, compareFolder = false): CheckGlossaryChoice {
  const g = chooseGlossary({ glossary, database: store ? { store, file: store.file } : null, dir: path.join(root, DEFAULT_GLOSSARY_DIR), compareFolder });
  return g ? { concepts: g.concepts, from: g.source.kind === "database" ? "database" : g.source.path, ...(g.outdated ? { outdated: g.outdated } : {}) } : { concepts: [], from: null };
}

export interface DatabasePair extends PairToCheck {
  readonly document: string;
  readonly renderingId: number;
  readonly ordinals: readonly number[];
}

export function databasePairs(store: Store, document?: string): DatabasePair[] {
  if (document && !store.documents.bySlug(document)) throw documentNotFound(store, document!);
  return store.findings.checkPairs(document).map((p) => ({
    ...pairOfRow(p), renderingId: p.renderingId, ordinals: p.ordinals,
  }));
}

export interface CheckDatabaseOptions {
  readonly document?: string;
  /** Several documents (`check a b c`); with `document`, the union. Empty or absent: every document. */
  readonly documents?: readonly string[];
  readonly glossary?: string;
  /** These concepts instead of a glossary file or the database's (a glossary edit's preview). */
  readonly concepts?: { readonly concepts: Concept[]; readonly from: string };
  /** Project root (for `glossary/`); default "." (the caller's folder, as a relative path). */
  readonly root?: string;
  readonly config?: CheckConfig;
  readonly onProgress?: (done: number, total: number) => void;
  /** Report whether the database's glossary is behind the project's glossary/ (`glossary.outdated`; `selaras check` asks). */
  readonly compareGlossaryFolder?: boolean;
}

/** `selaras check [<document>...]`: every rendering in the database, suppressions applied. */
export function checkDatabase(store: Store, options: CheckDatabaseOptions = {}): CheckReport {
  return checkDatabaseStreamed(store, options, materialize);
}

/**
 * `selaras check [<document>...]` in bounded memory (./check-stream.ts): `use` gets the report and
 * reads its findings while the database is read in one snapshot (what another command writes
 * meanwhile is not seen, neither by the check nor by its report).
 */
export function checkDatabaseStreamed<T>(store: Store, options: CheckDatabaseOptions, use: (report: StreamedCheckReport) => T): T {
  const asked = [...(options.document ? [options.document] : []), ...(options.documents ?? [])];
  return store.snapshot(() => {
    for (const d of asked) if (!store.documents.bySlug(d)) throw documentNotFound(store, d);
    const g = checkGlossary(store, options.glossary, options.root ?? ".", options.concepts, options.compareGlossaryFolder);
    // corpus-level checks see every pair even when some documents are asked for; findings are then filtered
    const run = streamCheck(databaseSource(store), {
      matcher: g.matcher, config: options.config, scope: asked.length ? new Set(asked) : null,
      suppressions: { keys: store.findings.suppressionKeys(), rows: (ids) => store.findings.suppressionsByIds(ids) }, onProgress: options.onProgress,
    });
    return use({ ...run, glossary: { concepts: g.concepts.length, from: g.from, ...(g.outdated ? { outdated: g.outdated } : {}) } });
  });
}

/** The database's pairs in check order, read as a stream; a few read again by rendering id. */
function databaseSource(store: Store): CheckPairSource {
  const total = store.findings.countCheckPairs();
  const ids = new Int32Array(total);
  let recorded = false;
  // (the pairs with inline codes: their tags, for inline-code-mismatch; none in a plain corpus)
  const tagsOf = tagsLookup(store.exchange.codedRenderingIds(), (id) => store.exchange.codesOf(id));
  return {
    total,
    *pairs() {
      const record = !recorded;
      recorded = true;
      let i = 0;
      // (a document at a time, as the audit reads it: src/app/pair-read.ts)
      for (const [slug, tuples] of store.findings.iteratePairTuples()) {
        const read = readRun([[0, slug]], [tuples], tagsOf);
        for (let k = 0; k < read.pairs.length; k++) {
          if (record && i < total) ids[i] = read.ids[k]!;
          i++;
          yield read.pairs[k]!;
        }
      }
    },
    fetch(indexes) {
      const byId = new Map<number, CheckPairRow>();
      for (let k = 0; k < indexes.length; k += 10_000) {
        for (const r of store.findings.checkPairsById(indexes.slice(k, k + 10_000).map((i) => ids[i]!))) byId.set(r.renderingId, r);
      }
      return indexes.map((i) => pairOfRow(byId.get(ids[i]!)!));
    },
  };
}

/**
 * Parses a pairs file: one `source<TAB>target` pair per non-blank line. A first line naming the
 * columns `source` and `target` (as `selaras export --format tsv` writes) is a header: columns are
 * then found by name, extra ones are ignored, and cells use the Selaras TSV escaping (\\t, \\n, …).
 */
export function parsePairsFile(text: string, file: string): PairToCheck[] {
  const parse = pairsLineParser(file);
  const out: PairToCheck[] = [];
  splitLines(text).forEach((line, i) => {
    const p = parse(line, i + 1);
    if (p) out.push(p);
  });
  return out;
}

/** parsePairsFile a line at a time (lines in order): the line's pair, or undefined (blank, header). */
export function pairsLineParser(file: string): (line: string, number: number) => PairToCheck | undefined {
  let header: { source: number; target: number } | undefined;
  let first = true;
  return (line, number) => {
    if (line.trim() === "") return undefined;
    const cells = line.split("\t");
    const where = { file, line: number };
    if (first) {
      first = false;
      const names = cells.map((c) => c.trim().toLowerCase());
      const source = names.indexOf("source");
      const target = names.indexOf("target");
      if (source !== -1 && target !== -1) { header = { source, target }; return undefined; }
    }
    if (header) {
      if (cells.length <= Math.max(header.source, header.target)) throw new ParseError("pairs-bad-line", { ...where, columns: cells.length });
      return { ref: `line:${number}`, line: number, source: unescapeCell(cells[header.source]!, where), target: unescapeCell(cells[header.target]!, where) };
    }
    if (cells.length !== 2) throw new ParseError("pairs-bad-line", { ...where, columns: cells.length });
    return { ref: `line:${number}`, line: number, source: cells[0]!, target: cells[1]! };
  };
}

/** `selaras check --pairs <file.tsv>`: stateless, no database. */
export function checkPairsFile(file: TextInput, options: CheckPairsFileOptions = {}): CheckReport {
  return checkPairsFileStreamed(file, options, materialize);
}

export interface CheckPairsFileOptions { glossary?: string; root?: string; config?: CheckConfig; onProgress?: (done: number, total: number) => void }

/**
 * `selaras check --pairs <file.tsv>` in bounded memory: the file is read as a stream, twice (the
 * check, then its report); a fault anywhere in it is reported before `use` is called. Standard
 * input (`-`, or its bytes as the CLI read them) is read once, whole.
 */
export function checkPairsFileStreamed<T>(file: TextInput, options: CheckPairsFileOptions, use: (report: StreamedCheckReport) => T): T {
  // An empty pairs file is a mistake (a failed redirect, a wrong path), not "no problems".
  const source = typeof file !== "string" || file === "-" ? arraySource(parsePairsFile(readTextInput(file), typeof file === "string" ? file : file.name)) : fileSource(file);
  const g = checkGlossary(null, options.glossary, options.root ?? ".");
  const run = streamCheck(source, { matcher: g.matcher, config: options.config, onProgress: options.onProgress });
  return use({ ...run, glossary: { concepts: g.concepts.length, from: g.from } });
}

function arraySource(pairs: readonly PairToCheck[]): CheckPairSource {
  return { total: pairs.length, pairs: () => pairs, fetch: (indexes) => indexes.map((i) => pairs[i]!) };
}

/** A pairs file read as a stream of lines (io/files readLines: the checks of readTextFile, a line at a time). */
function fileSource(file: string): CheckPairSource {
  function* pairs(): Generator<PairToCheck> {
    const parse = pairsLineParser(file);
    for (const { line, text } of readLines(file)) {
      const p = parse(text, line);
      if (p) yield p;
    }
  }
  return {
    pairs,
    fetch(indexes) {
      const out: PairToCheck[] = [];
      let i = 0, k = 0;
      for (const p of pairs()) {
        if (k === indexes.length) break;
        if (indexes[k] === i++) { out.push(p); k++; }
      }
      return out;
    },
  };
}

/** Checks one pair on its own (pair-level checks only): for the moment a rendering is saved. */
export function checkPair(source: string, target: string, matcher?: GlossaryMatcher, ref = "pair"): Finding[] {
  const only = (Object.keys(checks) as CheckId[]).filter((id) => checks[id].meta.scope === "pair" && checks[id].meta.enabledByDefault);
  return runChecks([{ ref, source, target }], { matcher, config: { only } }).findings;
}

// ---------------------------------------------------------------------------------------------
// Suppressions

/** Resolves `<slug>:<ordinal>` (any ordinal of a joined rendering) to its pair. */
export function resolveRef(store: Store, ref: string): DatabasePair {
  const m = /^(.+):(\d+)(?:\+\d+)*$/.exec(ref.trim());
  if (!m) throw new UsageError("check-bad-ref", { ref });
  const [, document, ord] = m;
  if (!store.documents.bySlug(document!)) throw documentNotFound(store, document!);
  const pair = databasePairs(store, document).find((p) => p.ordinals.includes(Number(ord)));
  if (!pair) throw new NotFoundError("check-no-rendering", { ref });
  return pair;
}

export interface IgnoreOptions {
  readonly ref: string;
  readonly checkId: string;
  readonly reason: string;
  readonly author: string;
  readonly now: string;
  /** Also record it in this suppressions file (reviewable, in the repository). */
  readonly saveTo?: string;
  /** Store it even when the check reports nothing on the pair now (`--force`). */
  readonly force?: boolean;
  /** The glossary the check reads (file or folder), as `check --glossary`; else the database's, else `<root>/glossary/`. */
  readonly glossary?: string;
  /** Project root (for `glossary/` when the database holds no glossary), as `check --root`. */
  readonly root?: string;
}

/** What ignoreFinding stored, and whether the check reports anything on the pair now (false only with `force`). */
export type IgnoredSuppression = SuppressionRow & { readonly reported: boolean };

/**
 * Whether `checkId` reports anything (suppressed or not) on the pair, as `selaras check <document>
 * --only <checkId>` would: the same glossary (--glossary, else the database's, else <root>/glossary/);
 * a pair check reads the pair's document only, a corpus check every pair, as it does in `check`.
 */
function reportsOn(store: Store, pair: DatabasePair, checkId: CheckId, o: { glossary?: string; root?: string }): boolean {
  return checkDatabaseStreamed(store, { documents: [pair.document], glossary: o.glossary, root: o.root, config: { only: [checkId] } }, (report) => {
    for (const f of report.findings) if (f.ref === pair.ref && f.checkId === checkId) return true;
    return false;
  });
}

/**
 * `selaras check ignore`: suppresses a check's findings on one pair. Refused (check-ignore-nothing,
 * nothing stored) when the check reports nothing there, unless `force`: such a suppression silences
 * nothing (a wrong reference, or the finding already gone) and `check` would list it as no longer needed.
 */
export function ignoreFinding(store: Store, o: IgnoreOptions): IgnoredSuppression {
  if (!isCheckId(o.checkId)) throw new UsageError("check-unknown", unknownCheck(o.checkId));
  if (!o.reason.trim()) throw new UsageError("check-reason-required", {});
  const checkId = o.checkId;
  const asked = resolveRef(store, o.ref);
  const reported = reportsOn(store, asked, checkId, o);
  if (!reported && !o.force) throw new UsageError("check-ignore-nothing", { ref: asked.ref, checkId, document: asked.document, ...(o.glossary !== undefined ? { glossary: o.glossary } : {}) });
  const row = store.transaction(() => {
    const pair = resolveRef(store, o.ref);
    const s: NewSuppression = {
      document: pair.document, checkId: o.checkId, pairHash: pairHash(pair.source, pair.target), ref: pair.ref,
      reason: o.reason.trim(), author: o.author, origin: o.saveTo ? "file" : "cli", source: pair.source, target: pair.target,
      createdAt: o.now,
    };
    if (o.saveTo) {
      const rows = readSuppressionsFile(o.saveTo, { missingOk: true }).filter((r) => !(r.document === s.document && r.checkId === s.checkId && r.pairHash === s.pairHash));
      writeSuppressionsFile(o.saveTo, [...rows, s]);
    }
    store.findings.suppress(s);
    return store.findings.suppressionByKey(s.document, s.checkId, s.pairHash)!;
  });
  return { ...row, reported };
}

export function unignoreFinding(store: Store, o: { ref: string; checkId: string; saveTo?: string }): boolean {
  if (!isCheckId(o.checkId)) throw new UsageError("check-unknown", unknownCheck(o.checkId));
  return store.transaction(() => {
    const pair = resolveRef(store, o.ref);
    const hash = pairHash(pair.source, pair.target);
    if (o.saveTo && fs.existsSync(o.saveTo)) {
      const rows = readSuppressionsFile(o.saveTo);
      const kept = rows.filter((r) => !(r.document === pair.document && r.checkId === o.checkId && r.pairHash === hash));
      if (kept.length !== rows.length) writeSuppressionsFile(o.saveTo, kept);
    }
    return store.findings.unsuppress(pair.document, o.checkId, hash);
  });
}

/** The suppressions file's rows, the registered checks being the known ones. */
export function parseSuppressions(text: string, file: string): NewSuppression[] {
  return parseSuppressionsFile(text, file, isCheckId);
}

export function readSuppressionsFile(file: string, o: { missingOk?: boolean } = {}): NewSuppression[] {
  if (o.missingOk && !fs.existsSync(file)) return [];
  return parseSuppressions(readTextFile(file, { allowEmpty: true }), file);
}

export function writeSuppressionsFile(file: string, rows: readonly NewSuppression[]): void {
  fs.mkdirSync(path.dirname(file), { recursive: true });
  writeFileAtomic(file, serializeSuppressions(rows));
}

/** Pipeline step: the file's suppressions (a file name, or rows already read) replace the database's file-origin ones. */
export function syncSuppressions(store: Store, file: string | readonly NewSuppression[]): { readonly suppressions: number } {
  const read = typeof file === "string" ? readSuppressionsFile(file, { missingOk: true }) : file;
  const rows = read.map((r, i) => ({ ...r, ref: r.ref || `${r.document}:?${i}`, createdAt: r.createdAt || "file" }));
  store.transaction(() => store.findings.replaceOrigin("file", rows));
  return { suppressions: rows.length };
}

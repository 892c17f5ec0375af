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
import { checks, isCheckId, runChecks, type CheckConfig, type CheckId, type Finding, type PairToCheck } from "../check";
import type { Concept } from "../model";
import { compileGlossary, type GlossaryMatcher } from "../glossary";
import { readTextFile, writeFileAtomic } from "../io/files";
import type { Store } from "../store";
import type { NewSuppression, SuppressionRow } from "../store/findings";
import { splitLines } from "../text/decode";
import { normalizeText, sha256 } from "../text/normalize";
import { chooseGlossary, DEFAULT_GLOSSARY_DIR } from "./glossary-source";
import { joinSource } from "./status";
import { parseSuppressions as parseSuppressionsFile, serializeSuppressions } from "../translations/suppressions";
import type { CheckInput } from "../check/types";

export { CHECK_IDS, checkMessageTree, type CheckConfig, type CheckId } from "../check";

export const DEFAULT_SUPPRESSIONS_FILE = path.join("translations", "suppressions.tsv");
export { SUPPRESSIONS_HEADER, serializeSuppressions } from "../translations/suppressions";

/** The identity of a pair's texts: a suppression applies while it is unchanged. */
export function pairHash(source: string, target: string): string {
  return sha256(`${normalizeText(source)}\u241f${normalizeText(target)}`).slice(0, 16);
}

export interface ReportedFinding extends Finding {
  /** Present when a suppression silences this finding. */
  readonly suppressed?: { readonly reason: string; readonly author: string; readonly createdAt: string };
}

export interface CheckReport {
  readonly pairs: number;
  readonly findings: ReportedFinding[];
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number; readonly suppressed: number };
  /** Suppressions whose pair changed since (they no longer apply). */
  readonly lapsed: SuppressionRow[];
  /** Suppressions whose pair is unchanged but whose check no longer reports anything there. */
  readonly unused: SuppressionRow[];
  readonly glossary: { readonly concepts: number; readonly from: string | null };
  /** Internal: the check inputs, the pairs and the glossary, for the audit. */
  readonly inputs: CheckInput[];
  readonly refs: PairToCheck[];
  readonly concepts: Concept[];
}

/** The glossary of a check run (chooseGlossary): --glossary file/dir; else the database's glossary when it has one; else `<root>/glossary/` if present. */
export function checkGlossary(store: Store | null, glossary: string | undefined, root: string, given?: { concepts: Concept[]; from: string }): { matcher?: GlossaryMatcher; concepts: Concept[]; from: string | null } {
  if (given) return { matcher: compileGlossary(given.concepts), concepts: given.concepts, from: given.from };
  const g = chooseGlossary({ glossary, database: store ? { store, file: store.file } : null, dir: path.join(root, DEFAULT_GLOSSARY_DIR) });
  if (!g) return { concepts: [], from: null };
  return { matcher: compileGlossary(g.concepts), concepts: g.concepts, from: g.source.kind === "database" ? "database" : g.source.path };
}

function count(findings: readonly ReportedFinding[]) {
  const c = { error: 0, warning: 0, info: 0, suppressed: 0 };
  for (const f of findings) {
    if (f.suppressed) c.suppressed++;
    else c[f.severity]++;
  }
  return c;
}

/** `ref` of a database pair: `<slug>:<ordinal>`, or `<slug>:<n>+<m>` for a joined rendering. */
export function pairRef(document: string, ordinals: readonly number[]): string {
  return `${document}:${ordinals.join("+")}`;
}

export interface DatabasePair extends PairToCheck {
  readonly document: string;
  readonly renderingId: number;
  readonly ordinals: readonly number[];
}

export function databasePairs(store: Store, document?: string): DatabasePair[] {
  if (document && !store.documents.bySlug(document)) throw new NotFoundError("not-found-document", { document });
  return store.findings.checkPairs(document).map((p) => ({
    ref: pairRef(p.document, p.ordinals), source: joinSource(p.segmentTexts), target: p.target,
    document: p.document, renderingId: p.renderingId, ordinals: p.ordinals,
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
}

/** `selaras check [<document>...]`: every rendering in the database, suppressions applied. */
export function checkDatabase(store: Store, options: CheckDatabaseOptions = {}): CheckReport {
  const asked = [...(options.document ? [options.document] : []), ...(options.documents ?? [])];
  for (const d of asked) if (!store.documents.bySlug(d)) throw new NotFoundError("not-found-document", { document: d });
  const scope = asked.length ? new Set(asked) : null;
  const g = checkGlossary(store, options.glossary, options.root ?? ".", options.concepts);
  // corpus-level checks see every pair even when some documents are asked for; findings are then filtered
  const all = databasePairs(store);
  const run = runChecks(all, { matcher: g.matcher, config: options.config, onProgress: options.onProgress });
  const suppressions = store.findings.suppressions();
  const active = new Map<string, SuppressionRow>();
  for (const s of suppressions) active.set(`${s.document}\u0000${s.checkId}\u0000${s.pairHash}`, s);
  const used = new Set<SuppressionRow>();
  const hashes = all.map((p) => pairHash(p.source, p.target));
  const findings: ReportedFinding[] = [];
  for (const f of run.findings) {
    const pair = all[f.index]!;
    if (scope && !scope.has(pair.document)) continue;
    const s = active.get(`${pair.document}\u0000${f.checkId}\u0000${hashes[f.index]}`);
    if (s) used.add(s);
    findings.push(s ? { ...f, suppressed: { reason: s.reason, author: s.author, createdAt: s.createdAt } } : f);
  }
  // a suppression lapses when no current pair of its document has its hash any more
  const live = new Set(all.map((p, i) => `${p.document}\u0000${hashes[i]}`));
  const lapsed = suppressions.filter((s) => !live.has(`${s.document}\u0000${s.pairHash}`) && (!scope || scope.has(s.document)));
  const unused = suppressions.filter((s) => live.has(`${s.document}\u0000${s.pairHash}`) && !used.has(s) && (!scope || scope.has(s.document)));
  const inScope = all.map((p, i) => i).filter((i) => !scope || scope.has(all[i]!.document));
  return {
    pairs: inScope.length, findings, counts: count(findings), lapsed, unused,
    glossary: { concepts: g.concepts.length, from: g.from },
    inputs: run.inputs, refs: all, concepts: g.concepts,
  };
}

/**
 * Parses a pairs file: one `source<TAB>target` pair per non-blank line. A first line naming the
 * columns `source` and `target` (as `selaras export --format tsv` writes) is a header: columns are
 * then found by name, extra ones are ignored, and cells use the Selaras TSV escaping (\\t, \\n, …).
 */
export function parsePairsFile(text: string, file: string): PairToCheck[] {
  const out: PairToCheck[] = [];
  let header: { source: number; target: number } | undefined;
  let first = true;
  splitLines(text).forEach((line, i) => {
    if (line.trim() === "") return;
    const cells = line.split("\t");
    const where = { file, line: i + 1 };
    if (first) {
      first = false;
      const names = cells.map((c) => c.trim().toLowerCase());
      const source = names.indexOf("source");
      const target = names.indexOf("target");
      if (source !== -1 && target !== -1) { header = { source, target }; return; }
    }
    if (header) {
      if (cells.length <= Math.max(header.source, header.target)) throw new ParseError("pairs-bad-line", { ...where, columns: cells.length });
      out.push({ ref: `line:${i + 1}`, line: i + 1, source: unescapeCell(cells[header.source]!, where), target: unescapeCell(cells[header.target]!, where) });
      return;
    }
    if (cells.length !== 2) throw new ParseError("pairs-bad-line", { ...where, columns: cells.length });
    out.push({ ref: `line:${i + 1}`, line: i + 1, source: cells[0]!, target: cells[1]! });
  });
  return out;
}

/** `selaras check --pairs <file.tsv>`: stateless, no database. */
export function checkPairsFile(file: string, options: { glossary?: string; root?: string; config?: CheckConfig; onProgress?: (done: number, total: number) => void } = {}): CheckReport {
  // An empty pairs file is a mistake (a failed redirect, a wrong path), not "no problems".
  const pairs = parsePairsFile(readTextFile(file), file);
  const g = checkGlossary(null, options.glossary, options.root ?? ".");
  const run = runChecks(pairs, { matcher: g.matcher, config: options.config, onProgress: options.onProgress });
  return {
    pairs: pairs.length, findings: run.findings, counts: count(run.findings), lapsed: [], unused: [],
    glossary: { concepts: g.concepts.length, from: g.from }, inputs: run.inputs, refs: pairs, concepts: g.concepts,
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
  if (!store.documents.bySlug(document!)) throw new NotFoundError("not-found-document", { document });
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
}

export function ignoreFinding(store: Store, o: IgnoreOptions): SuppressionRow {
  if (!isCheckId(o.checkId)) throw new UsageError("check-unknown", { checkId: o.checkId });
  if (!o.reason.trim()) throw new UsageError("check-reason-required", {});
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
    return store.findings.suppressions().find((r) => r.document === s.document && r.checkId === s.checkId && r.pairHash === s.pairHash)!;
  });
  return row;
}

export function unignoreFinding(store: Store, o: { ref: string; checkId: string; saveTo?: string }): boolean {
  if (!isCheckId(o.checkId)) throw new UsageError("check-unknown", { checkId: o.checkId });
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

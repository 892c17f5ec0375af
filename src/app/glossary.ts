/**
 * Glossary use cases: load `glossary/` (or any glossary file), keep the database in step with it
 * (`glossary sync`, a pipeline step), import / add / remove (the FILES are the source of truth:
 * editing commands write the files, then sync the database), export, list, and find terms.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { distance } from "fastest-levenshtein";
import { NotFoundError, ParseError, UsageError } from "../errors";
import { readTextFile, removeFileJournaled, withFileJournal, writeFileAtomic } from "../io/files";
import { utf16Bom } from "../text/decode";
import {
  compileGlossary, ENFORCE_LEVELS, parseGlossaryText, parseGlossaryTsv, serializeGlossaryTsv, serializeTbx, validateConcepts,
  type Concept, type SourceMatch, type TargetMatch, type SkippedEntries,
} from "../glossary";
import { TSV_COLUMNS, TSV_HEADER, isSelarasTsv } from "../glossary/tsv";
import type { Store } from "../store";
import { enabledChecks } from "../check/run";
import { acronymInName } from "../check/util";
import { checkDatabase } from "./check";
import { DEFAULT_GLOSSARY_DIR, DEFAULT_GLOSSARY_FILE, glossaryFiles, loadGlossary, readGlossaryFile } from "./glossary-source";
/** The text `selaras terms` looks in: a file or standard input, decoded as every file is. */
export { readTextInput } from "../io/files";

export {
  chooseGlossary, DEFAULT_GLOSSARY_DIR, DEFAULT_GLOSSARY_FILE, GLOSSARY_EXTENSIONS, glossaryFiles, loadGlossary, loadGlossaryMatcher,
  readGlossaryFile, resolveGlossary, type GlossaryChoice, type GlossarySource, type ResolvedGlossary,
} from "./glossary-source";

export interface SyncResult {
  readonly files: string[];
  readonly concepts: number;
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
}

/** Replaces the database glossary with these concepts, in one transaction, and reports the difference. */
export function storeGlossary(store: Store, concepts: readonly Concept[], files: string[], now: string): SyncResult {
  return store.transaction(() => {
    const diff = store.glossary.replaceAll(concepts, now);
    return { files, concepts: concepts.length, ...diff };
  });
}

/** `glossary sync`: the database in step with the glossary folder (or file). */
export function syncGlossary(store: Store, dir: string, now: string): SyncResult {
  const files = glossaryFiles(dir);
  const concepts = loadGlossary(dir);
  return storeGlossary(store, concepts, files, now);
}

/**
 * The database in step with the glossary folder only when they differ (a folder pulled or edited by
 * hand under the workbench): undefined, and nothing written, when the database already holds what
 * the folder does. A folder that does not load throws, as `glossary sync` does (nothing written).
 */
export function syncGlossaryIfChanged(store: Store, dir: string, now: string): SyncResult | undefined {
  const files = glossaryFiles(dir);
  const concepts = loadGlossary(dir);
  return store.glossary.holds(concepts) ? undefined : storeGlossary(store, concepts, files, now);
}

/**
 * Terms found in an Indonesian text, as the checks read it: an acronym inside a name or a person's
 * initials (`PT AS Teknologi`, `tersangka berinisial AS (34)`) is no term.
 */
export function findTerms(concepts: readonly Concept[], text: string): SourceMatch[] {
  return compileGlossary(concepts).matchSource(text).filter((m) => !acronymInName(text, m.start, m.end));
}

/** Glossary renderings (and do-not-translate source forms) found in an English text (names and initials aside, as above). */
export function findTargetTerms(concepts: readonly Concept[], text: string): TargetMatch[] {
  return compileGlossary(concepts).matchTarget(text).filter((m) => !acronymInName(text, m.start, m.end));
}

export type ExportFormat = "tsv" | "tbx";

export function exportGlossary(concepts: readonly Concept[], format: ExportFormat): string {
  return format === "tbx" ? serializeTbx(concepts) : serializeGlossaryTsv(concepts);
}

/** Writes the glossary export to `file` (atomically: a reader never sees half of it). */
export function writeGlossaryExport(file: string, concepts: readonly Concept[], format: ExportFormat): void {
  writeFileAtomic(file, exportGlossary(concepts, format));
}

/* ------------------------------------------------------------- searching */

/** Case- and accent-insensitive form of a text for searching (`Pyongyang` ~ `pyóngyang`). */
export function searchKey(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/\s+/g, " ").trim();
}

/** What `glossary list <text>` searches in a concept: its id, source forms, renderings (any status, forbidden replacements included) and note. */
const searchFields = (c: Concept): string[] =>
  [c.id, ...c.sources.map((s) => s.text), ...c.renderings.flatMap((r) => (r.replacement ? [r.text, r.replacement] : [r.text])), c.note ?? ""];

/**
 * A glossary made searchable: each concept's fields normalised once (searchKey), then a search is a
 * substring test per concept. The workbench keeps one while the database is unchanged: normalising
 * every form of 50,000 concepts again for each keystroke took ~0.7 s.
 */
export function conceptSearch(concepts: readonly Concept[]): (text: string) => Concept[] {
  // (searchKey folds whitespace into one space, so a query never spans two fields joined by "\n")
  const keys = concepts.map((c) => searchFields(c).map(searchKey).join("\n"));
  return (text) => {
    const q = searchKey(text);
    return q === "" ? [...concepts] : concepts.filter((_, k) => keys[k]!.includes(q));
  };
}

/**
 * `glossary list <text>`: the concepts whose id, source forms, renderings (any status, forbidden
 * replacements included) or note contain the text, ignoring case and accents; every concept for "".
 */
export function searchConcepts(concepts: readonly Concept[], text: string): Concept[] {
  return conceptSearch(concepts)(text);
}

/* ------------------------------------------------------------- editing the files */

/** One finding a glossary edit would add or remove (`--dry-run`). */
export interface PreviewFinding {
  readonly ref: string;
  readonly checkId: string;
  readonly severity: string;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly suppressed: boolean;
}

export interface EditPreview {
  /** Renderings checked (0 when there is no database). */
  readonly pairs: number;
  readonly added: PreviewFinding[];
  readonly removed: PreviewFinding[];
}

export interface EditResult {
  readonly file: string;
  readonly entries: string[];
  readonly sync: SyncResult | null;
  /** `glossary import` of a TBX: the entries left out because they have no Indonesian term (their lines). */
  readonly skipped?: { readonly count: number; readonly lines: number[] };
  /** Import: entries left out for having no English (and not do-not-translate), by line (at most MAX_LINES_LISTED). */
  readonly noEnglish?: { readonly count: number; readonly lines: number[] };
  /** `glossary import --replace`: the concepts of the replaced file that the import dropped. */
  readonly replaced?: { readonly removed: string[] };
  /** `glossary remove` of a file's last concept: the file was deleted. */
  readonly deleted?: boolean;
  /** `glossary set`: nothing to change (the concept already reads so). */
  readonly unchanged?: boolean;
  /** `--dry-run`: nothing was written; the findings the change would add and remove. */
  readonly dryRun?: EditPreview;
}

export interface EditOptions {
  /** The time of the change (the database's glossary records it). */
  readonly now: string;
  readonly dir?: string;
  /** Preview only: write nothing, report the findings the change would add or remove. */
  readonly dryRun?: boolean;
}

/** A planned change of one glossary file: its new text, or null to delete it. */
interface Plan {
  readonly file: string;
  readonly text: string | null;
  readonly entries: string[];
  /** The line of `text` that holds the concept the command adds or changes (add, set): not yet written. */
  readonly edited?: number;
}

/**
 * The glossary folder's concepts as they would be with the plan applied; validated (throws with
 * file:line). In the order loading the folder gives them afterwards (the files sorted by name, the
 * planned file in its place): a preview compares them with the folder as it is, and a concept's
 * place decides which of two concepts sharing an English form a finding names — moved to the end,
 * an edit's preview listed findings of other concepts as removed and added.
 */
function conceptsWith(dir: string, plan: Plan): Concept[] {
  const target = path.resolve(plan.file);
  const others = fs.existsSync(dir) ? glossaryFiles(dir).filter((f) => path.resolve(f) !== target) : [];
  const read = new Map(others.map((f) => [f, readGlossaryFile(f)]));
  // (the concept added or changed is validated last: a duplicate is reported on it, the other named by
  // the file and line that hold it; an error on its line, never written, names the command's flag instead)
  const onEdited = <T>(fn: () => T): T => {
    try {
      return fn();
    } catch (e) {
      throw plan.edited !== undefined ? editedError(e, plan.file, plan.edited) : e;
    }
  };
  const planned = plan.text === null ? [] : onEdited(() => parseGlossaryText(plan.text!, plan.file));
  const edited = planned.filter((c) => c.line === plan.edited);
  onEdited(() => validateConcepts([...others.flatMap((f) => read.get(f)!), ...planned.filter((c) => c.line !== plan.edited), ...edited]));
  const files = plan.text === null ? others : [...others, plan.file];
  return files.sort().flatMap((f) => (path.resolve(f) === target ? planned : read.get(f)!));
}

/**
 * A parse or validation error on the planned line `line` of `file` (the concept `glossary add` or
 * `set` would write): a UsageError with the same code and data but no file and line (that line was
 * never written), naming the field instead (`field`: id, source, preferred, …); another error as it is.
 */
function editedError(e: unknown, file: string, line: number): unknown {
  if (!(e instanceof ParseError) || e.data.file !== file || e.data.line !== line) return e;
  const field = fieldOf(e);
  return field ? fieldError(e, field) : e;
}

/** A concept's error as a UsageError naming `field`, without the file and line; a source form given twice says so. */
function fieldError(e: ParseError, field: string): UsageError {
  const { file: _file, line: _line, ...data } = e.data;
  if (e.code === "glossary-duplicate-source" && data.other === data.entry) {
    return new UsageError("glossary-source-twice", { entry: data.entry, source: data.source, otherSource: data.otherSource, field });
  }
  return new UsageError(e.code, { ...data, field });
}

/** A finding's identity for the preview: a change of severity (an enforcement level) counts as removed + added. */
const findingKey = (f: PreviewFinding & { target?: { start: number } }) =>
  `${f.ref}\u0000${f.checkId}\u0000${f.severity}\u0000${f.messageId}\u0000${JSON.stringify(f.data)}\u0000${f.target?.start ?? ""}`;

/**
 * The findings of every rendering in the database under the glossary `before` and under `after`
 * (the same run `selaras check` makes, suppressions applied), and their difference by ref and check.
 */
export function previewFindings(store: Store | null, before: Concept[], after: Concept[]): EditPreview {
  if (!store) return { pairs: 0, added: [], removed: [] };
  // Only the checks that read the glossary's matches (CheckMeta.needs.reads): the others find the
  // same with either glossary, and what both runs find is neither added nor removed.
  const only = enabledChecks().filter(([, c]) => c.meta.needs.reads !== "text").map(([id]) => id);
  const run = (concepts: Concept[]) => {
    const r = checkDatabase(store, { concepts: { concepts, from: "preview" }, config: { only } });
    const m = new Map<string, PreviewFinding>();
    for (const f of r.findings) {
      const p: PreviewFinding = { ref: f.ref, checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data, suppressed: Boolean(f.suppressed) };
      m.set(findingKey({ ...p, target: f.target }), p);
    }
    return { pairs: r.pairs, findings: m };
  };
  const a = run(before);
  const b = run(after);
  return {
    pairs: b.pairs,
    added: [...b.findings].filter(([k]) => !a.findings.has(k)).map(([, f]) => f),
    removed: [...a.findings].filter(([k]) => !b.findings.has(k)).map(([, f]) => f),
  };
}

/**
 * The database an edit syncs (or a preview reads): a store, none, or a function that opens it — called
 * only once the edit is known to be valid, so a refused edit never creates a database.
 */
export type StoreArg = Store | null | (() => Store | null);
const storeOf = (s: StoreArg): Store | null => (typeof s === "function" ? s() : s);

/** Applies a plan (or, with dryRun, previews it), then syncs the database when a store is given. */
function applyPlan(store: StoreArg, dir: string, plan: Plan, options: EditOptions, extra: Partial<EditResult> = {}): EditResult {
  const after = conceptsWith(dir, plan);
  if (options.dryRun) {
    const before = fs.existsSync(dir) ? loadGlossary(dir) : [];
    return { file: plan.file, entries: plan.entries, sync: null, ...extra, dryRun: previewFindings(storeOf(store), before, after) };
  }
  // The file and the database together or not at all: a sync that fails (a full disk, a locked or
  // read-only database, another glossary file that does not parse) puts the file back as it was.
  return withFileJournal(() => {
    if (plan.text === null) removeFileJournaled(plan.file);
    else writeFileAtomic(plan.file, inEncodingOf(plan.file, plan.text));
    const db = storeOf(store);
    return { file: plan.file, entries: plan.entries, sync: db ? syncGlossary(db, dir, options.now) : null, ...extra };
  });
}

/**
 * The bytes to write over `file` in the encoding it is in: the UTF-8 byte order mark the file starts
 * with (a file saved by a Windows editor) is kept, and a file in UTF-16 with a byte order mark
 * (Notepad's "Unicode", Excel's "Unicode text") stays UTF-16 of the same byte order: the reader
 * takes both, an edit changes neither.
 */
function inEncodingOf(file: string, text: string): string | Uint8Array {
  if (text.startsWith("\uFEFF") || !fs.existsSync(file)) return text;
  const fd = fs.openSync(file, "r");
  let head: Buffer, n: number;
  try {
    head = Buffer.alloc(3);
    n = fs.readSync(fd, head, 0, 3, 0);
  } finally {
    fs.closeSync(fd);
  }
  if (n === 3 && head[0] === 0xef && head[1] === 0xbb && head[2] === 0xbf) return "\uFEFF" + text;
  const utf16 = n >= 2 ? utf16Bom(head.subarray(0, n)) : undefined;
  if (utf16 === undefined) return text;
  const le = Buffer.from("\uFEFF" + text, "utf16le");
  return utf16 === "UTF-16LE" ? le : le.swap16();
}

/** Lines of the entries `glossary import` left out for having no English that the result lists (the count is exact). */
export const MAX_LINES_LISTED = 20;

/** The file `glossary import` writes: a plain file name inside the glossary folder, whatever --name or the input's name say. */
export function importTarget(input: string, options: { dir?: string; name?: string } = {}): string {
  const base = (options.name ?? path.basename(input).replace(/\.[^.]+$/, "")).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  return path.join(options.dir ?? DEFAULT_GLOSSARY_DIR, `${base || "imported"}.tsv`);
}

/**
 * `glossary import <file>`: converts a TBX / OmegaT / Selaras TSV file into `glossary/<name>.tsv`,
 * after checking the whole folder would still be valid; then syncs the database when a store is given.
 * An existing file of that name is never overwritten without `replace`: without it the import is
 * refused (UsageError naming the concepts the replacement would remove).
 */
export function importGlossary(store: StoreArg, input: string, options: EditOptions & { name?: string; replace?: boolean }): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const left: SkippedEntries = { noIndonesian: [], noEnglish: [] };
  const concepts = readGlossaryFile(input, left);
  const target = importTarget(input, { dir, name: options.name });
  const skipped = {
    ...(left.noIndonesian.length ? { skipped: { count: left.noIndonesian.length, lines: left.noIndonesian.slice(0, 5) } } : {}),
    ...(left.noEnglish.length ? { noEnglish: { count: left.noEnglish.length, lines: left.noEnglish.slice(0, MAX_LINES_LISTED) } } : {}),
  };
  const text = serializeGlossaryTsv(concepts, `Imported from ${path.basename(input)} by 'selaras glossary import'.`);
  let replaced: { removed: string[] } | undefined;
  if (fs.existsSync(target)) {
    const incoming = new Set(concepts.map((c) => c.id));
    const old = readGlossaryFile(target);
    const removed = old.map((c) => c.id).filter((id) => !incoming.has(id));
    if (!options.replace) {
      throw new UsageError(removed.length ? "glossary-import-exists" : "glossary-import-exists-none", {
        file: target, count: old.length, removed: removed.join(", "), removedCount: removed.length,
      });
    }
    replaced = { removed };
  }
  try {
    return applyPlan(store, dir, { file: target, text, entries: concepts.map((c) => c.id) }, options, { ...skipped, ...(replaced ? { replaced } : {}) });
  } catch (e) {
    // A broken entry is named by the imported file's line (the file the person has), not by a line of
    // the glossary file not yet written: the concepts as read are validated again for the message.
    if (e instanceof ParseError) {
      validateConcepts([...(fs.existsSync(dir) ? glossaryFiles(dir).filter((f) => path.resolve(f) !== path.resolve(target)).flatMap((f) => readGlossaryFile(f)) : []), ...concepts]);
    }
    throw e;
  }
}

/** The fields of a new concept (`glossary add` flags, the workbench's form); forms written as in the files (`=AS`, `wrong > right`). */
export interface ConceptFields {
  readonly id: string;
  readonly sources: readonly string[];
  readonly preferred?: readonly string[];
  readonly admitted?: readonly string[];
  readonly forbidden?: readonly string[];
  readonly dnt?: boolean;
  readonly enforce?: string;
  readonly unverified?: boolean;
  readonly pos?: string;
  readonly domain?: string;
  readonly note?: string;
  readonly example?: string;
}

/** Where a concept built from fields is "read" from: never shown (errors name the field instead). */
const FIELDS_FILE = "<fields>";

/** The field a glossary parse or validation error of a concept built from fields is about. */
function fieldOf(e: ParseError): "id" | "source" | "preferred" | "admitted" | "forbidden" | "enforce" | undefined {
  switch (e.code) {
    case "glossary-bad-id": return "id";
    case "glossary-bad-kind": case "glossary-no-source": return "source";
    case "glossary-empty-form": return e.data.column === "preferred" || e.data.column === "admitted" || e.data.column === "forbidden" ? e.data.column : "source";
    case "glossary-bad-flag": case "glossary-two-levels": return "enforce";
    case "glossary-no-rendering": return "preferred";
    case "glossary-forbidden-allowed": return "forbidden";
    case "glossary-duplicate-id": return "id";
    case "glossary-duplicate-source": return "source";
    default: return undefined;
  }
}

/**
 * A concept from its fields, through the TSV parser and the single-concept rules (the same syntax
 * and rules as the files). A bad field is refused with a UsageError of the file's error code whose
 * data names the field (`field`: id, source, preferred, admitted, forbidden, enforce) instead of a
 * file and line: there is no file yet. Tabs and line breaks inside a field become spaces.
 */
export function conceptFromFields(f: ConceptFields): Concept {
  try {
    const concept = conceptFromRow(f);
    validateConcepts([concept]);
    return { ...concept, file: undefined, line: undefined } as Concept;
  } catch (e) {
    const field = e instanceof ParseError && e.data.file === FIELDS_FILE ? fieldOf(e) : undefined;
    if (!field || !(e instanceof ParseError)) throw e;
    throw fieldError(e, field);
  }
}

function conceptFromRow(f: ConceptFields): Concept {
  const list = (v: readonly string[] | undefined) => (v ?? []).map((s) => s.replace(/[\t\r\n]+/g, " ").trim()).filter(Boolean);
  const row = [
    f.id, list(f.sources).join(" | "), list(f.preferred).join(" | "), list(f.admitted).join(" | "), list(f.forbidden).join(" | "),
    [f.dnt ? "dnt" : "", f.enforce ?? "", f.unverified ? "unverified" : ""].filter(Boolean).join(","), f.pos ?? "", f.domain ?? "", f.note ?? "", f.example ?? "",
  ].map((c) => c.replace(/[\t\r\n]+/g, " "));
  return parseGlossaryTsv(`${TSV_HEADER}\n${row.join("\t")}\n`, FIELDS_FILE)[0]!;
}

/** `glossary add`: appends one concept line to a glossary TSV file (created with a header if missing), then syncs. */
export function addConcept(store: StoreArg, concept: Concept, options: EditOptions & { file?: string }): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const name = options.file ?? DEFAULT_GLOSSARY_FILE;
  // (a file without `.tsv` is none the glossary reads: the concept would be written and never synced)
  if (!name.toLowerCase().endsWith(".tsv")) throw new UsageError("glossary-into-not-tsv", { file: name, suggestion: `${name.replace(/\.[^.]*$/, "")}.tsv` });
  const target = path.join(dir, name);
  let existing = fs.existsSync(target) ? readTextFile(target, { allowEmpty: true }) : "";
  // (a file edited on Windows keeps its CRLF line ends: the new line gets the header's)
  const eol = /^[^\n]*\r\n/.test(existing.replace(/^(?:#[^\n]*\n|\s*\n)*/, "")) ? "\r\n" : "\n";
  if (existing.trim() === "") existing = TSV_HEADER + "\n";
  else if (!existing.endsWith("\n")) existing += eol;
  if (!isSelarasTsv(existing)) {
    throw new UsageError("glossary-not-selaras-tsv", { file: target });
  }
  const row = serializeGlossaryTsv([concept]).split("\n")[1]!;
  const text = existing + row + eol;
  return applyPlan(store, dir, { file: target, text, entries: [concept.id], edited: existing.split("\n").length }, options);
}

/** The Selaras TSV file of the folder that holds concept `id`, its text and the concept. */
function locate(dir: string, id: string): { file: string; text: string; concept: Concept } {
  const ids: string[] = [];
  for (const file of fs.existsSync(dir) ? glossaryFiles(dir) : []) {
    const concepts = readGlossaryFile(file);
    const hit = concepts.find((c) => c.id === id);
    if (!hit) { for (const c of concepts) ids.push(c.id); continue; }
    const text = readTextFile(file, { allowEmpty: true });
    if (!file.toLowerCase().endsWith(".tsv") || !isSelarasTsv(text) || hit.line === undefined) throw new UsageError("glossary-not-selaras-tsv", { file });
    return { file, text, concept: hit };
  }
  // (a typo: the nearest id, one or two letters away, is named)
  const near = nearestId(id, ids);
  // (the folder without a separator at its end: the message writes it as `glossary/`)
  throw new NotFoundError("glossary-entry-not-found", { entry: id, dir: dir.replace(/(?<=.)[\\/]+$/, ""), ...(near === undefined ? {} : { suggestion: near }) });
}

/** The id at the smallest edit distance from `id`, when at most 2 (1 for ids of 4 letters or fewer); the first on a tie. */
function nearestId(id: string, ids: readonly string[]): string | undefined {
  const max = id.length <= 4 ? 1 : 2;
  let best: string | undefined, bestDistance = max + 1;
  for (const other of ids) {
    if (Math.abs(other.length - id.length) > max) continue;
    const d = distance(id, other);
    if (d < bestDistance) { best = other; bestDistance = d; }
  }
  return best;
}

/**
 * `glossary remove <id>`: deletes the concept's line from the file that holds it, then syncs. A file
 * left with no concept is deleted when it holds nothing else (a header and blank lines); one with
 * comments is left to the person (an error: a glossary file without concepts is invalid).
 */
export function removeConcept(store: StoreArg, id: string, options: EditOptions): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const { file, text, concept } = locate(dir, id);
  const lines = text.split(/(?<=\n)/);
  lines.splice(concept.line! - 1, 1);
  const next = lines.join("");
  const others = readGlossaryFile(file).length - 1;
  if (others === 0) {
    if (lines.some((l) => l.startsWith("#"))) throw new UsageError("glossary-remove-last", { file, entry: id });
    return applyPlan(store, dir, { file, text: null, entries: [id] }, options, { deleted: true });
  }
  return applyPlan(store, dir, { file, text: next, entries: [id] }, options);
}

/**
 * What `glossary set` changes: TSV cells by column name (lists written `a | =B`), and flags of the
 * `flags` cell to set or clear (`dnt`, …); the other flags of the cell stay as written.
 */
export interface ConceptChanges {
  readonly cells?: Readonly<Record<string, string>>;
  readonly setFlags?: readonly string[];
  readonly clearFlags?: readonly string[];
}

/** The editable cells of a concept's line (`id` and `flags` are not among them: flags change by name). */
export const EDITABLE_CELLS = ["source", "preferred", "admitted", "forbidden", "pos", "domain", "note", "example"] as const;
export type EditableCell = (typeof EDITABLE_CELLS)[number];

/**
 * A concept's cells as a glossary file writes them (`Korea Utara | =Korut {informal}`, `Northern Korea >
 * North Korea`): what the workbench's edit form starts from, in the syntax `glossary set` takes.
 */
export function conceptCells(c: Concept): Record<(typeof TSV_COLUMNS)[number], string> {
  const row = serializeGlossaryTsv([{ ...c, file: undefined, line: undefined } as Concept]).split("\n")[1]!.split("\t");
  return Object.fromEntries(TSV_COLUMNS.map((k, i) => [k, row[i] ?? ""])) as Record<(typeof TSV_COLUMNS)[number], string>;
}

/** An edit of a concept as the workbench sends it: cells by name (lists as in the files), and flags to set or clear. */
export interface ConceptEdit {
  readonly cells?: Readonly<Partial<Record<EditableCell, string>>>;
  readonly dnt?: boolean;
  readonly enforce?: string;
  readonly unverified?: boolean;
}

/** The changes `setConcept` makes for an edit (the same as `glossary set`'s flags: `--enforce` replaces the level). */
export function changesFromEdit(e: ConceptEdit): ConceptChanges {
  const setFlags: string[] = [];
  const clearFlags: string[] = [];
  if (e.dnt !== undefined) (e.dnt ? setFlags : clearFlags).push("dnt");
  if (e.enforce !== undefined) { clearFlags.push(...ENFORCE_LEVELS); setFlags.push(e.enforce); }
  if (e.unverified !== undefined) (e.unverified ? setFlags : clearFlags).push("unverified");
  return { cells: { ...(e.cells ?? {}) } as Record<string, string>, setFlags, clearFlags };
}

/**
 * `glossary set <id>`: edits the concept's line in place, in the file that holds it. Only the cells
 * named change; every other cell, line, comment and the file's order stay byte-identical (a column the
 * file's header lacks is added to the header). The result is validated with the whole folder.
 */
export function setConcept(store: StoreArg, id: string, changes: ConceptChanges, options: EditOptions): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const cellChanges = Object.entries(changes.cells ?? {});
  const setFlags = changes.setFlags ?? [];
  const clearFlags = changes.clearFlags ?? [];
  if (cellChanges.length === 0 && setFlags.length === 0 && clearFlags.length === 0) throw new UsageError("glossary-set-nothing", { entry: id });
  for (const [column] of cellChanges) {
    if (column === "id" || !(TSV_COLUMNS as readonly string[]).includes(column)) throw new UsageError("glossary-set-bad-column", { column });
  }
  const { file, text, concept } = locate(dir, id);
  const lines = text.split(/(?<=\n)/);
  const eolOf = (l: string) => /\r?\n$/.exec(l)?.[0] ?? "";
  const headerIndex = lines.findIndex((l) => l.trim() !== "" && !l.startsWith("#"));
  const headerLine = lines[headerIndex]!;
  const header = headerLine.slice(0, headerLine.length - eolOf(headerLine).length).split("\t");
  const names = header.map((h) => h.trim().toLowerCase().replace(/^\uFEFF/, ""));
  const rowIndex = concept.line! - 1;
  const row = lines[rowIndex]!;
  const eol = eolOf(row);
  const cells = row.slice(0, row.length - eol.length).split("\t");
  const original = cells.length;
  const columnIndex = (name: string): number => {
    let k = names.indexOf(name);
    if (k >= 0) return k;
    // a column the header lacks: the header grows in the canonical order up to it
    const canonical = TSV_COLUMNS.indexOf(name as (typeof TSV_COLUMNS)[number]);
    while (names.length <= canonical) { header.push(TSV_COLUMNS[names.length]!); names.push(TSV_COLUMNS[names.length]!); }
    k = names.indexOf(name);
    if (k < 0) { header.push(name); names.push(name); k = names.length - 1; }
    return k;
  };
  const changed = new Set<number>();
  const put = (name: string, value: string) => {
    const k = columnIndex(name);
    while (cells.length <= k) cells.push("");
    cells[k] = value.replace(/[\t\r\n]+/g, " ").trim();
    changed.add(k);
  };
  for (const [column, value] of cellChanges) put(column, value);
  if (setFlags.length || clearFlags.length) {
    const k = names.indexOf("flags");
    const drop = new Set([...setFlags, ...clearFlags].map((f) => f.toLowerCase()));
    const flags = (k >= 0 ? cells[k] ?? "" : "").split(",").map((f) => f.trim()).filter((f) => f !== "" && !drop.has(f.toLowerCase()));
    flags.push(...setFlags);
    if (k >= 0 || setFlags.length) put("flags", flags.join(","));
  }
  // (empty cells at the end that this edit made go; when it empties the last cell, the empty cells
  // before it go too: `--note x` then `--note ""` gives the row back, no trailing tabs)
  const emptiedLast = cells.length <= original && changed.has(cells.length - 1) && cells[cells.length - 1] === "";
  while (cells.length > 1 && cells[cells.length - 1] === "" && (emptiedLast || cells.length > original)) cells.pop();
  const newRow = cells.join("\t") + eol;
  const headerEol = eolOf(headerLine);
  const newHeader = header.join("\t") + headerEol;
  if (newRow === row && newHeader === headerLine) return { file, entries: [id], sync: null, unchanged: true };
  lines[rowIndex] = newRow;
  lines[headerIndex] = newHeader;
  return applyPlan(store, dir, { file, text: lines.join(""), entries: [id], edited: concept.line }, options);
}

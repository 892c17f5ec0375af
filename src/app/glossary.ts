/**
 * Glossary use cases: load `glossary/` (or any glossary file), keep the database in step with it
 * (`glossary sync`, a pipeline step), import / add / remove (the FILES are the source of truth:
 * editing commands write the files, then sync the database), export, list, and find terms.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NotFoundError, UsageError } from "../errors";
import { readTextFile, writeFileAtomic } from "../io/files";
import {
  compileGlossary, parseGlossaryText, serializeGlossaryTsv, serializeTbx, validateConcepts,
  type CompiledGlossary, type Concept, type SourceMatch,
} from "../glossary";
import { TSV_HEADER, isSelarasTsv } from "../glossary/tsv";
import type { Store } from "../store";

/** File extensions read from a glossary folder. */
export const GLOSSARY_EXTENSIONS = [".tsv", ".tbx"] as const;
/** Extensions accepted for a single glossary file (OmegaT uses .txt, .tab, .utf8). */
const FILE_EXTENSIONS = [".tsv", ".tbx", ".txt", ".tab", ".utf8", ".csv", ".xml"];
export const DEFAULT_GLOSSARY_DIR = "glossary";
/** Where `glossary add` writes new concepts unless told otherwise. */
export const DEFAULT_GLOSSARY_FILE = "terms.tsv";

/** Glossary files of a folder, sorted; a single file is returned as is. */
export function glossaryFiles(pathOrDir: string): string[] {
  let st: fs.Stats;
  try {
    st = fs.statSync(pathOrDir);
  } catch {
    throw new UsageError("path-not-found", { file: pathOrDir });
  }
  if (!st.isDirectory()) return [pathOrDir];
  return fs.readdirSync(pathOrDir, { withFileTypes: true })
    .filter((d) => d.isFile() && GLOSSARY_EXTENSIONS.some((x) => d.name.toLowerCase().endsWith(x)))
    .map((d) => path.join(pathOrDir, d.name))
    .sort();
}

/** Reads one glossary file (Selaras TSV, OmegaT TSV, TBX v2/v3). Not validated. */
export function readGlossaryFile(file: string): Concept[] {
  const lower = file.toLowerCase();
  if (file !== "-" && !FILE_EXTENSIONS.some((x) => lower.endsWith(x))) throw new UsageError("glossary-bad-extension", { file });
  return parseGlossaryText(readTextFile(file, { allowEmpty: true }), file);
}

/**
 * Loads and validates a glossary file or folder (every .tsv and .tbx in it; an empty folder is an empty
 * glossary — except with `explicit`, for a path a person gave to a reading command (`--glossary`),
 * where a folder without a single glossary file is almost surely the wrong folder and is refused).
 * Throws ParseError with file and line on any problem.
 */
export function loadGlossary(pathOrDir: string, options: { explicit?: boolean } = {}): Concept[] {
  const files = glossaryFiles(pathOrDir);
  if (options.explicit && files.length === 0) throw new UsageError("glossary-no-files", { dir: pathOrDir });
  const concepts = files.flatMap(readGlossaryFile);
  validateConcepts(concepts);
  return concepts;
}

/** Loads a glossary and compiles it into a matcher. */
export function loadGlossaryMatcher(pathOrDir: string, options: { explicit?: boolean } = {}): CompiledGlossary {
  return compileGlossary(loadGlossary(pathOrDir, options));
}

export interface SyncResult {
  readonly files: string[];
  readonly concepts: number;
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
}

/** Replaces the database glossary with these concepts, in one transaction, and reports the difference. */
export function storeGlossary(store: Store, concepts: readonly Concept[], files: string[], now = new Date().toISOString()): SyncResult {
  return store.transaction(() => {
    const diff = store.glossary.replaceAll(concepts, now);
    return { files, concepts: concepts.length, ...diff };
  });
}

/** `glossary sync`: the database in step with the glossary folder (or file). */
export function syncGlossary(store: Store, dir: string = DEFAULT_GLOSSARY_DIR): SyncResult {
  const files = glossaryFiles(dir);
  const concepts = loadGlossary(dir);
  return storeGlossary(store, concepts, files);
}

/** Where a glossary comes from for reading commands: an explicit file/folder, else the database if it holds one, else `glossary/`. */
export type GlossarySource = { kind: "file"; path: string } | { kind: "database"; file: string };

export interface ResolvedGlossary {
  readonly source: GlossarySource;
  readonly concepts: Concept[];
}

/**
 * The glossary for `terms`, `glossary list` and `glossary export`: `--glossary <file|dir>` if given;
 * else the database's glossary if the database file exists and holds one; else the `glossary/` folder.
 */
export function resolveGlossary(options: { glossary?: string; dbFile: string; openStore: () => Store; dir?: string }): ResolvedGlossary {
  if (options.glossary) return { source: { kind: "file", path: options.glossary }, concepts: loadGlossary(options.glossary, { explicit: true }) };
  if (options.dbFile !== ":memory:" && fs.existsSync(options.dbFile)) {
    const store = options.openStore();
    try {
      if (store.glossary.count() > 0) return { source: { kind: "database", file: options.dbFile }, concepts: store.glossary.all() };
    } finally {
      store.close();
    }
  }
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  if (!fs.existsSync(dir)) throw new NotFoundError("glossary-none", { dir });
  return { source: { kind: "file", path: dir }, concepts: loadGlossary(dir) };
}

/** Terms found in an Indonesian text. */
export function findTerms(concepts: readonly Concept[], text: string): SourceMatch[] {
  return compileGlossary(concepts).matchSource(text);
}

export type ExportFormat = "tsv" | "tbx";

export function exportGlossary(concepts: readonly Concept[], format: ExportFormat): string {
  return format === "tbx" ? serializeTbx(concepts) : serializeGlossaryTsv(concepts);
}

/* ------------------------------------------------------------- editing the files */

export interface EditResult {
  readonly file: string;
  readonly entries: string[];
  readonly sync: SyncResult | null;
}

/** Validates the glossary folder as it would be with `file` holding `text`, without writing anything. */
function checkFolderWith(dir: string, file: string, text: string): void {
  const others = fs.existsSync(dir) ? glossaryFiles(dir).filter((f) => path.resolve(f) !== path.resolve(file)) : [];
  const concepts = [...others.flatMap(readGlossaryFile), ...parseGlossaryText(text, file)];
  validateConcepts(concepts);
}

/**
 * `glossary import <file>`: converts a TBX / OmegaT / Selaras TSV file into `glossary/<name>.tsv`
 * (replacing that file if it exists: re-importing an updated file is the normal case), after checking
 * the whole folder would still be valid; then syncs the database when a store is given.
 */
export function importGlossary(store: Store | null, input: string, options: { dir?: string; name?: string } = {}): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const concepts = readGlossaryFile(input);
  // a plain file name inside the glossary folder, whatever --name or the input's name say
  const base = (options.name ?? path.basename(input).replace(/\.[^.]+$/, "")).toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  const target = path.join(dir, `${base || "imported"}.tsv`);
  const text = serializeGlossaryTsv(concepts, `Imported from ${path.basename(input)} by 'selaras glossary import'.`);
  checkFolderWith(dir, target, text);
  writeFileAtomic(target, text);
  return { file: target, entries: concepts.map((c) => c.id), sync: store ? syncGlossary(store, dir) : null };
}

/** `glossary add`: appends one concept line to a glossary TSV file (created with a header if missing), then syncs. */
export function addConcept(store: Store | null, concept: Concept, options: { dir?: string; file?: string } = {}): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  const target = path.join(dir, options.file ?? DEFAULT_GLOSSARY_FILE);
  let existing = fs.existsSync(target) ? readTextFile(target, { allowEmpty: true }) : "";
  if (existing.trim() === "") existing = TSV_HEADER + "\n";
  else if (!existing.endsWith("\n")) existing += "\n";
  if (!isSelarasTsv(existing)) {
    throw new UsageError("glossary-not-selaras-tsv", { file: target });
  }
  const row = serializeGlossaryTsv([concept]).split("\n")[1]!;
  const text = existing + row + "\n";
  checkFolderWith(dir, target, text);
  writeFileAtomic(target, text);
  return { file: target, entries: [concept.id], sync: store ? syncGlossary(store, dir) : null };
}

/** `glossary remove <id>`: deletes the concept's line from the file that holds it, then syncs. */
export function removeConcept(store: Store | null, id: string, options: { dir?: string } = {}): EditResult {
  const dir = options.dir ?? DEFAULT_GLOSSARY_DIR;
  for (const file of fs.existsSync(dir) ? glossaryFiles(dir) : []) {
    const concepts = readGlossaryFile(file);
    const hit = concepts.find((c) => c.id === id);
    if (!hit) continue;
    if (!file.toLowerCase().endsWith(".tsv") || hit.line === undefined) throw new UsageError("glossary-not-selaras-tsv", { file });
    const text = readTextFile(file, { allowEmpty: true });
    const lines = text.split(/(?<=\n)/);
    lines.splice(hit.line - 1, 1);
    const next = lines.join("");
    checkFolderWith(dir, file, next);
    writeFileAtomic(file, next);
    return { file, entries: [id], sync: store ? syncGlossary(store, dir) : null };
  }
  throw new NotFoundError("glossary-entry-not-found", { entry: id, dir });
}


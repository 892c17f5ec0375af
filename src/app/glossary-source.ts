/**
 * Where the glossary comes from: loading glossary files and folders, and THE resolver every reading
 * command uses (chooseGlossary). Its own module so that src/app/check.ts and src/app/glossary.ts
 * (whose edit previews run the checks) do not import each other.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NotFoundError, UsageError } from "../errors";
import { readTextFile } from "../io/files";
import { compileGlossary, parseGlossaryText, validateConcepts, type CompiledGlossary, type SkippedEntries } from "../glossary";
import type { Concept } from "../model";
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

/** Reads one glossary file (Selaras TSV, OmegaT TSV, CSV, TBX v2/v3, MultiTerm XML). Not validated. `skipped`: an import's entries left out. */
export function readGlossaryFile(file: string, skipped?: SkippedEntries): Concept[] {
  const lower = file.toLowerCase();
  if (file !== "-" && !FILE_EXTENSIONS.some((x) => lower.endsWith(x))) throw new UsageError("glossary-bad-extension", { file });
  return parseGlossaryText(readTextFile(file, { allowEmpty: true }), file, skipped);
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
  const concepts = files.flatMap((f) => readGlossaryFile(f));
  validateConcepts(concepts);
  return concepts;
}

/** Loads a glossary and compiles it into a matcher. */
export function loadGlossaryMatcher(pathOrDir: string, options: { explicit?: boolean } = {}): CompiledGlossary {
  return compileGlossary(loadGlossary(pathOrDir, options));
}

/**
 * The glossary folder's files as a key (their names, sizes and modification times; "-": no folder)
 * and the newest time among them: what a long-running reader (the workbench) compares to notice a
 * folder changed under it, by hand or by `git pull`, without reading it.
 */
export function glossaryFolderState(dir: string): { readonly key: string; readonly newest: number } {
  try {
    let newest = 0;
    const key = glossaryFiles(dir).map((f) => {
      const st = fs.statSync(f);
      newest = Math.max(newest, st.mtimeMs);
      return `${path.basename(f)}:${st.size}:${st.mtimeMs}`;
    }).join("/");
    return { key, newest };
  } catch {
    return { key: "-", newest: 0 };
  }
}

/** Where a glossary comes from for reading commands: an explicit file/folder, else the database if it holds one, else `glossary/`. */
export type GlossarySource = { kind: "file"; path: string } | { kind: "database"; file: string };

export interface ResolvedGlossary {
  readonly source: GlossarySource;
  readonly concepts: Concept[];
  /** The database's glossary was chosen, and the project's folder has changed since it was synced (glossaryOutdated). */
  readonly outdated?: true;
}

export interface GlossaryChoice {
  /** `--glossary <file|dir>`: a path a person named (a folder must hold at least one glossary file). */
  readonly glossary?: string;
  /**
   * The database, or a function that opens it (called only when no path was named) and, when it
   * returns a store, the file to name as the source. `null`: there is no database.
   */
  readonly database?: { readonly store: Store | null | (() => Store | null); readonly file: string } | null;
  /** The project's glossary folder (the fallback). */
  readonly dir: string;
  /** A missing folder is an error (`glossary-none`) instead of no glossary at all. */
  readonly required?: boolean;
  /**
   * When the database's glossary is chosen, compare it with the folder (glossaryOutdated: the folder is
   * read and parsed) and say `outdated`. Only the commands that tell a person ask it.
   */
  readonly compareFolder?: boolean;
}

/**
 * THE glossary resolver, used by every command that reads a glossary (check, audit, align,
 * candidates, terms, glossary list/export): `--glossary <file|dir>` if given; else the database's
 * glossary if the database holds one; else the project's glossary folder. A missing folder gives
 * no glossary (null) — the checks then run without one — or, with `required`, `glossary-none`.
 */
export function chooseGlossary(choice: GlossaryChoice): ResolvedGlossary | null {
  if (choice.glossary) return { source: { kind: "file", path: choice.glossary }, concepts: loadGlossary(choice.glossary, { explicit: true }) };
  const store = choice.database ? (typeof choice.database.store === "function" ? choice.database.store() : choice.database.store) : null;
  if (store && store.glossary.count() > 0) {
    return { source: { kind: "database", file: choice.database!.file }, concepts: store.glossary.all(), ...(choice.compareFolder && glossaryOutdated(store, choice.dir) ? { outdated: true as const } : {}) };
  }
  if (!fs.existsSync(choice.dir)) {
    if (choice.required) throw new NotFoundError("glossary-none", { dir: choice.dir });
    return null;
  }
  return { source: { kind: "file", path: choice.dir }, concepts: loadGlossary(choice.dir) };
}

/**
 * The glossary of the lifecycle's checks (the confirmation gate) and of the session's and workbench's
 * hints: the database's, as `glossary sync` stored it — or, in a project whose database holds none (never
 * synced), the project's `glossary/` folder under `root`, as chooseGlossary falls back for `check`. So a
 * confirmation never passes what `selaras check` reports.
 */
export function workingGlossary(store: Store, root?: string): Concept[] {
  let concepts: Concept[] = [];
  try {
    concepts = store.glossary.all();
  } catch {
    concepts = []; // a database without a glossary table: no glossary
  }
  if (concepts.length > 0 || root === undefined) return concepts;
  const dir = path.join(root, DEFAULT_GLOSSARY_DIR);
  return fs.existsSync(dir) ? loadGlossary(dir) : [];
}

/** The database's glossary compiled, per store, while its tables are unchanged (glossary.changeKey). */
const compiled = new WeakMap<Store, { readonly key: string; readonly concepts: Concept[]; readonly matcher: CompiledGlossary | undefined }>();

/**
 * workingGlossary and its matcher (undefined: no concepts). The database's is compiled once while its
 * glossary tables are unchanged, for everyone who asks of this store: a server's hints (createAssist)
 * and its saves' checks (createGate) share one compilation (5,000 concepts: ~0.8 s, which the
 * first save or unit help after a restart paid a second time). A folder's is read every time.
 */
export function workingMatcher(store: Store, root?: string): { concepts: Concept[]; matcher: CompiledGlossary | undefined } {
  let key: string | undefined;
  try {
    key = store.glossary.count() > 0 ? store.glossary.changeKey() : undefined;
  } catch {
    key = undefined; // (a database without a glossary table)
  }
  const kept = compiled.get(store);
  if (key !== undefined && kept?.key === key) return kept;
  const concepts = workingGlossary(store, root);
  const made = { key: key ?? "", concepts, matcher: concepts.length > 0 ? compileGlossary(concepts) : undefined };
  if (key !== undefined) compiled.set(store, made);
  return made;
}

/**
 * Has the project's glossary folder changed since it was last synced into the database (a hand edit, a
 * `git pull`)? Only asked when a command reads the database's glossary: then it is not the folder's,
 * and the CLI says so. False when the database holds no glossary or there is no folder; true when
 * the folder no longer loads.
 */
export function glossaryOutdated(store: Store, dir: string): boolean {
  if (!fs.existsSync(dir) || store.glossary.count() === 0) return false;
  let concepts: Concept[];
  try {
    concepts = loadGlossary(dir);
  } catch {
    return true;
  }
  return !store.glossary.holds(concepts);
}

/**
 * The glossary for `terms`, `glossary list` and `glossary export` (chooseGlossary, required): the
 * database is opened (and closed again) only if its file exists; `dir` defaults to `glossary/`.
 */
export function resolveGlossary(options: { glossary?: string; dbFile: string; openStore: () => Store; dir?: string }): ResolvedGlossary {
  let opened: Store | undefined;
  const exists = options.dbFile !== ":memory:" && fs.existsSync(options.dbFile);
  try {
    return chooseGlossary({
      glossary: options.glossary,
      database: exists ? { store: () => (opened = options.openStore()), file: options.dbFile } : null,
      dir: options.dir ?? DEFAULT_GLOSSARY_DIR,
      required: true,
      compareFolder: true,
    })!;
  } finally {
    opened?.close();
  }
}

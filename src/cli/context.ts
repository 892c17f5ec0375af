/** What every command gets: i18n, I/O streams, store opener, exit-code setter. */
import type { TFunction, Lang } from "../i18n";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { pipeline } from "node:stream/promises";
import type { Store, TextInput } from "../app/project";
import { StoreError, UsageError } from "../errors";
import { escapeJsonControls, sanitizeTerminal } from "../text/control";

// The store (and SQLite) are loaded by the first command that opens the database, not by `--help`.
const projectApp = (): typeof import("../app/project") => require("../app/project");

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdin: NodeJS.ReadableStream;
  /** Is standard output a terminal (colours, progress bars)? */
  readonly isTTY: boolean;
  /** Is standard error a terminal (progress bars are drawn there)? */
  readonly isErrTTY: boolean;
  readonly stdinIsTTY: boolean;
  /** The terminal's width in columns, read when asked (it changes when the window is resized); undefined when not a terminal. */
  readonly columns?: () => number | undefined;
  /** Where a line editor draws on a terminal (default: process.stdout); tests give a stream of their own. */
  readonly terminal?: NodeJS.WritableStream;
  readonly env: NodeJS.ProcessEnv;
  /** The working folder: relative paths in arguments are resolved against it. */
  readonly cwd: string;
  /** The clock (default: the system's). The app layer never reads it itself: the CLI passes `now`. */
  readonly clock?: () => Date;
}

export interface GlobalArgs {
  db?: string;
  lang?: string;
  json?: boolean;
}

export interface CommandContext {
  readonly t: TFunction;
  readonly lang: Lang;
  readonly io: CliIO;
  /**
   * Colour the output: standard output is a terminal and NO_COLOR (https://no-color.org) is not set
   * to a non-empty value. Without colour a word difference is written with `[-…-]{+…+}` marks.
   */
  readonly color: boolean;
  /** The current time as ISO 8601 (from io.clock): the `now` every app call that stores something gets. */
  now(): string;
  /** Path of the database as given: --db, else SELARAS_DB, else selaras.db (relative to io.cwd). */
  dbPath(args: GlobalArgs): string;
  /**
   * A path a person gave (or a default such as `glossary`) as the app reads it: resolved against
   * io.cwd, never against the process's working folder. Remembered, so that `shown` names it, and
   * files inside it, as it was given.
   */
  path(given: string): string;
  /**
   * A path as the person gave it: the inverse of `path` (also for files inside a given folder); a
   * file no one gave that lies in the working folder (a translations/ file a save rewrites) from
   * there (`translations/a.translations.txt`); other text as it is.
   */
  shown(text: string): string;
  /** Names a file the CLI made in place of one the person gave (a temporary file standing for `--out -`) as they gave it. */
  name(file: string, as: string): void;
  /**
   * Opens the database. `existing: true` (commands that only read it) refuses a database file
   * that does not exist instead of creating an empty one.
   */
  openStore(args: GlobalArgs, options?: { existing?: boolean }): Store;
  /** Path of the last database opened (names it in disk-full / read-only messages). */
  readonly lastDb: () => string | undefined;
  /** Writes text as it is, but with control characters made visible (see sanitizeTerminal). */
  write(text: string): void;
  setExitCode(code: number): void;
  /** A line to print on standard error after the error message if the command fails (what to do next). */
  afterError(line: string): void;
  /** The lines afterError gave, in order (the CLI prints them after the error). */
  readonly errorHints: () => readonly string[];
  /** Prints a line (adds the newline). */
  out(line?: string): void;
  /** Prints a line on standard error. */
  err(line?: string): void;
  json(value: unknown): void;
  /**
   * A file argument as the app reads it: `-` becomes the bytes of standard input (io.stdin, read
   * whole, named `<stdin>` in errors), any other path stays as it is. Standard input can be read
   * once: a second `-` in one command is a usage error.
   */
  input(file: string): Promise<TextInput>;
  /**
   * A file argument as a path to read: `-` becomes a temporary file holding standard input (copied
   * as a stream, not held in memory), named `<stdin>` in every message; `remove` deletes it.
   */
  inputFile(file: string): Promise<{ file: string; remove(): void }>;
  /**
   * The text typed for `--name` on the command line (`--name v` or `--name=v`, the last one given),
   * undefined when it was not given: a message names a value as the person wrote it (`0x10000`,
   * not the 65536 yargs made of it).
   */
  given(name: string): string | undefined;
}

/** SELARAS_LOCK_TIMEOUT (seconds): how long a write waits for another writer; default in store/open.ts. */
function lockTimeoutMs(env: NodeJS.ProcessEnv): number | undefined {
  const s = Number(env.SELARAS_LOCK_TIMEOUT);
  return env.SELARAS_LOCK_TIMEOUT && Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The value given to `--name` on the command line (`--name v` or `--name=v`), the last one given. */
export function givenValue(words: readonly string[], name: string): string | undefined {
  let v: string | undefined;
  for (let i = 0; i < words.length && words[i] !== "--"; i++) {
    if (words[i] === `--${name}`) v = words[i + 1];
    else if (words[i]!.startsWith(`--${name}=`)) v = words[i]!.slice(name.length + 3);
  }
  return v;
}

/** All of a stream, as bytes. */
async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of stream) chunks.push(typeof c === "string" ? Buffer.from(c) : (c as Buffer));
  return Buffer.concat(chunks);
}

export function createContext(t: TFunction, lang: Lang, io: CliIO, setExitCode: (n: number) => void, argv: readonly string[] = []): CommandContext {
  const cwd = path.resolve(io.cwd);
  let lastDb: string | undefined;
  let stdinRead = false;
  /** Resolved path → the path as given (the longest that holds a path names it when shown). */
  const given = new Map<string, string>();
  // What `shown` looks for, made again when a path is added: every output line passes through it,
  // so a line without the paths' common beginning costs one `includes`.
  let common = "";
  let finder: RegExp | undefined;
  // (folders no one gave that name the files inside them in text only: the working folder, named "."
  // until a person gives it, and the project folder of a database outside it; see `replace`)
  const implicit = new Set<string>();
  const remember = (abs: string, p: string, implied = false) => {
    if (given.has(abs) && (implied || !implicit.has(abs))) return;
    if (!implied) implicit.delete(abs);
    else implicit.add(abs);
    given.set(abs, p);
    const keys = [...given.keys()].sort((a, b) => b.length - a.length);
    common = keys.reduce((c, k) => { let i = 0; while (i < c.length && c[i] === k[i]) i++; return c.slice(0, i); });
    // (a path is followed by a separator, or by no more of a name: a period that ends the sentence,
    // "written to out.tbx.", is not part of one)
    // (nor is a path that is the end of a longer one: a message naming `../../tmp/a.db` as given is
    // not to have its `/tmp/a.db` replaced again)
    finder = new RegExp(`(?<![\\w.-])(${keys.map(escapeRe).join("|")})(?:(${escapeRe(path.sep)})|(?!\\.?[\\w-]))`, "g");
  };
  // (the working folder names the files inside it that no one gave, `translations/a.translations.txt`
  // for the absolute path a save wrote, in text: JSON keeps them as the app gives them, `files`
  // of translate set absolute; the folder itself, with nothing after it, stays as it is)
  if (path.dirname(cwd) !== cwd) remember(cwd, ".", true);
  const replace = (text: string, inText: boolean): string => {
    if (!finder || !text.includes(common)) return text;
    // the longest path first: the path itself, or a file inside it (named as path.join would: "./glossary" → "glossary/…", "." → "…")
    return text.replace(finder, (m: string, abs: string, sep?: string) => {
      if (implicit.has(abs) && (!sep || !inText)) return m;
      return sep ? path.join(given.get(abs)!, "x").slice(0, -1) : given.get(abs)!;
    });
  };
  const hints: string[] = [];
  const ctx: CommandContext = {
    t, lang, io, setExitCode,
    afterError: (line) => { hints.push(line); },
    errorHints: () => hints,
    color: io.isTTY && !io.env.NO_COLOR,
    now: () => (io.clock ? io.clock() : new Date()).toISOString(),
    dbPath: (args) => args.db ?? io.env.SELARAS_DB ?? projectApp().DEFAULT_DB_FILE,
    path: (p) => {
      if (p === ":memory:" || p === "-") return p;
      // (an absolute path is remembered too: a file inside it is then named from it, not from a folder given relative that holds it)
      // (a trailing separator is kept: `--out some/dir/` says "a folder", and is refused as such)
      let abs = path.resolve(io.cwd, p);
      if (/[\\/]$/.test(p) && !abs.endsWith(path.sep)) abs += path.sep;
      remember(abs, p);
      // (the folders a relative path names on its way are named as given too: "the folder exprots does
      // not exist" for `--out exprots/corpus.tmx`, not its absolute path)
      for (let d = path.dirname(p), a = path.dirname(abs); !path.isAbsolute(p) && d !== "." && d !== p && path.basename(d) !== ".."; d = path.dirname(d), a = path.dirname(a)) remember(a, d);
      // (a folder given with its separator, `corpus/`: a file inside it is named from it too, `corpus/a.txt`)
      if (abs.endsWith(path.sep) && abs.length > 1) remember(abs.slice(0, -1), p.replace(/[\\/]+$/, "") || p);
      return abs;
    },
    name: (file, as) => remember(file, as),
    shown: (text) => replace(text, true),
    openStore: (args, options = {}) => {
      lastDb = ctx.dbPath(args);
      const file = ctx.path(lastDb);
      // (a database outside the working folder keeps its project's translations/ beside it
      // (lifecycle.ts projectRoot): files there that no one gave are named, in text, from the folder
      // the database was given in, `../translations/a.translations.txt` for --db ../selaras.db)
      const dir = path.dirname(file), rel = path.relative(cwd, dir);
      if (file !== ":memory:" && (rel === ".." || rel.startsWith(`..${path.sep}`) || path.isAbsolute(rel))) remember(dir, path.dirname(lastDb), true);
      if (options.existing) refuseMissingDb(file);
      return projectApp().openProject(file, {
        lockTimeoutMs: lockTimeoutMs(io.env),
        onLockWait: (f) => io.stderr(sanitizeTerminal(ctx.shown(t("cli.db-waiting", { file: f })), true) + "\n"),
      });
    },
    lastDb: () => lastDb,
    // Colours are Selaras's own (picocolors); every other control character is made visible.
    write: (text) => io.stdout(sanitizeTerminal(ctx.shown(text), true)),
    out: (line = "") => io.stdout(sanitizeTerminal(ctx.shown(line), true) + "\n"),
    err: (line = "") => io.stderr(sanitizeTerminal(ctx.shown(line), true) + "\n"),
    // (paths the CLI resolved are shown as given, as in every other message)
    json: (value) => io.stdout(escapeJsonControls(JSON.stringify(value, given.size ? (_k, v: unknown) => (typeof v === "string" ? replace(v, false) : v) : undefined, 2)) + "\n"),
    inputFile: async (file) => {
      if (file !== "-") return { file: ctx.path(file), remove: () => undefined };
      if (stdinRead) throw new UsageError("stdin-twice", {});
      stdinRead = true;
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-stdin-"));
      const copy = path.join(dir, "stdin");
      remember(copy, "<stdin>");
      const remove = () => fs.rmSync(dir, { recursive: true, force: true });
      try {
        await pipeline(io.stdin, fs.createWriteStream(copy));
      } catch (e) {
        remove();
        throw e;
      }
      return { file: copy, remove };
    },
    input: async (file) => {
      if (file !== "-") return ctx.path(file);
      if (stdinRead) throw new UsageError("stdin-twice", {});
      stdinRead = true;
      return { name: "<stdin>", bytes: await readAll(io.stdin) };
    },
    given: (name) => givenValue(argv, name),
  };
  return ctx;
}

/**
 * A command that only reads the database must not create one: a mistyped --db would otherwise
 * give an empty database (and `export` an empty file written over a good one).
 * @throws StoreError `db-missing` {file}
 */
export function refuseMissingDb(file: string): void {
  if (file === ":memory:") return;
  let st: fs.Stats | undefined;
  try {
    st = fs.statSync(file);
  } catch {
    st = undefined;
  }
  if (!st) throw new StoreError("db-missing", { file });
  if (st.isDirectory()) throw new StoreError("db-is-directory", { file });
  // An empty file (`touch selaras.db`, a copy or download that failed, `> selaras.db`) is no database:
  // SQLite would take it for a new one and write the schema into it. A command that writes (ingest,
  // pipeline) still makes a new database there; one that only reads names it and leaves it empty.
  // (unless a log beside it says otherwise: a write-ahead log that holds pages, a database cut short
  // under it, which opening refuses naming both; a rollback journal, a database another process is
  // creating at this moment, store/open.ts)
  if (st.isFile() && st.size === 0 && !(fileSize(`${file}-wal`) > 0) && !fs.existsSync(`${file}-journal`)) throw new StoreError("db-empty-file", { file });
}

function fileSize(file: string): number {
  try {
    return fs.statSync(file).size;
  } catch {
    return 0;
  }
}

/** withStore for work that ends later (the store is closed when it has). */
export async function withStoreAsync<T>(ctx: CommandContext, args: GlobalArgs, fn: (store: Store) => Promise<T>, options: { existing?: boolean } = {}): Promise<T> {
  const created = createdByThisCommand(ctx, args);
  const store = ctx.openStore(args, options);
  let failed = true;
  try {
    const r = await fn(store);
    failed = false;
    return r;
  } finally {
    store.close();
    if (failed) created?.();
  }
}

/**
 * When the database file does not exist yet, the way to take it away again: a command that fails
 * (exit 2) leaves things exactly as they were, and that was no database file at all (it used to leave
 * an empty database behind, its schema only). Undefined when the file exists (or is not a file path).
 */
function createdByThisCommand(ctx: CommandContext, args: GlobalArgs): (() => void) | undefined {
  const file = ctx.path(ctx.dbPath(args));
  if (file === ":memory:" || fs.existsSync(file)) return undefined;
  return () => { for (const f of [file, `${file}-wal`, `${file}-shm`, `${file}-journal`]) fs.rmSync(f, { force: true }); };
}

/** Runs `fn` with an open store and always closes it. `existing`: see CommandContext.openStore. */
export function withStore<T>(ctx: CommandContext, args: GlobalArgs, fn: (store: Store) => T, options: { existing?: boolean } = {}): T {
  const created = createdByThisCommand(ctx, args);
  const store = ctx.openStore(args, options);
  let failed = true;
  try {
    const r = fn(store);
    failed = false;
    return r;
  } catch (e) {
    // A write outside store.transaction that waited the whole lock timeout: one line, not a trace.
    if (projectApp().isBusyError(e)) throw new StoreError("db-locked", { file: store.file, seconds: Math.round((lockTimeoutMs(ctx.io.env) ?? projectApp().DEFAULT_LOCK_TIMEOUT_MS) / 1000) }, { cause: e });
    throw e;
  } finally {
    store.close();
    if (failed) created?.();
  }
}

/**
 * Is `word` a document of the database the command line names (`--db`, `$SELARAS_DB`, `selaras.db`)?
 * Read-only, and false whenever that cannot be told (no database, an older schema, a lock).
 */
export function isStoredDocument(word: string, argv: readonly string[], io: CliIO): boolean {
  const file = path.resolve(io.cwd, givenValue(argv, "db") ?? io.env.SELARAS_DB ?? "selaras.db");
  try {
    if (!fs.statSync(file).isFile()) return false;
    const store = projectApp().openProject(file, { readonly: true, lockTimeoutMs: 0 });
    try { return store.documents.bySlug(word) !== undefined; } finally { store.close(); }
  } catch {
    return false;
  }
}

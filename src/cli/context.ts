/** What every command gets: i18n, I/O streams, store opener, exit-code setter. */
import type { TFunction, Lang } from "../i18n";
import { openStore, DEFAULT_DB_FILE, type Store } from "../store";

export interface CliIO {
  stdout(text: string): void;
  stderr(text: string): void;
  readonly stdin: NodeJS.ReadableStream;
  /** Is standard output a terminal (colours, progress bars)? */
  readonly isTTY: boolean;
  /** Is standard error a terminal (progress bars are drawn there)? */
  readonly isErrTTY: boolean;
  readonly stdinIsTTY: boolean;
  readonly env: NodeJS.ProcessEnv;
  readonly cwd: string;
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
  /** Path of the database: --db, else SELARAS_DB, else selaras.db in the current directory. */
  dbPath(args: GlobalArgs): string;
  openStore(args: GlobalArgs): Store;
  setExitCode(code: number): void;
  /** Prints a line (adds the newline). */
  out(line?: string): void;
  /** Prints a line on standard error. */
  err(line?: string): void;
  json(value: unknown): void;
}

export function createContext(t: TFunction, lang: Lang, io: CliIO, setExitCode: (n: number) => void): CommandContext {
  const ctx: CommandContext = {
    t, lang, io, setExitCode,
    dbPath: (args) => args.db ?? io.env.SELARAS_DB ?? DEFAULT_DB_FILE,
    openStore: (args) => openStore(ctx.dbPath(args)),
    out: (line = "") => io.stdout(line + "\n"),
    err: (line = "") => io.stderr(line + "\n"),
    json: (value) => io.stdout(JSON.stringify(value, null, 2) + "\n"),
  };
  return ctx;
}

/** Runs `fn` with an open store and always closes it. */
/** withStore for work that ends later (the store is closed when it has). */
export async function withStoreAsync<T>(ctx: CommandContext, args: GlobalArgs, fn: (store: Store) => Promise<T>): Promise<T> {
  const store = ctx.openStore(args);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

export function withStore<T>(ctx: CommandContext, args: GlobalArgs, fn: (store: Store) => T): T {
  const store = ctx.openStore(args);
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

/** What every command gets: i18n, I/O streams, store opener, exit-code setter. */
import type { TFunction, Lang } from "../i18n";
import { StoreError } from "../errors";
import { openStore, DEFAULT_DB_FILE, type Store } from "../store";
import { DEFAULT_LOCK_TIMEOUT_MS, isBusyError, isWriteFailure } from "../store/open";

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

/** SELARAS_LOCK_TIMEOUT (seconds): how long a write waits for another writer; default in store/open.ts. */
function lockTimeoutMs(env: NodeJS.ProcessEnv): number | undefined {
  const s = Number(env.SELARAS_LOCK_TIMEOUT);
  return env.SELARAS_LOCK_TIMEOUT && Number.isFinite(s) && s >= 0 ? s * 1000 : undefined;
}

export function createContext(t: TFunction, lang: Lang, io: CliIO, setExitCode: (n: number) => void): CommandContext {
  const ctx: CommandContext = {
    t, lang, io, setExitCode,
    dbPath: (args) => args.db ?? io.env.SELARAS_DB ?? DEFAULT_DB_FILE,
    openStore: (args) => openStore(ctx.dbPath(args), {
      lockTimeoutMs: lockTimeoutMs(io.env),
      onLockWait: (file) => io.stderr(t("cli.db-waiting", { file }) + "\n"),
    }),
    out: (line = "") => io.stdout(line + "\n"),
    err: (line = "") => io.stderr(line + "\n"),
    json: (value) => io.stdout(JSON.stringify(value, null, 2) + "\n"),
  };
  return ctx;
}

/** Runs `fn` with an open store and always closes it. */
export function withStore<T>(ctx: CommandContext, args: GlobalArgs, fn: (store: Store) => T): T {
  const store = ctx.openStore(args);
  try {
    return fn(store);
  } catch (e) {
    // A write outside store.transaction that waited the whole lock timeout: one line, not a trace.
    if (isBusyError(e)) throw new StoreError("db-locked", { file: store.file, seconds: Math.round((lockTimeoutMs(ctx.io.env) ?? DEFAULT_LOCK_TIMEOUT_MS) / 1000) }, { cause: e });
    // The disk is full or the file may not grow (ulimit -f, quota): the transaction was rolled back.
    if (isWriteFailure(e)) throw new StoreError("db-write-failed", { file: store.file, reason: (e as Error).message }, { cause: e });
    throw e;
  } finally {
    store.close();
  }
}

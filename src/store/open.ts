/**
 * openStore — opens (or creates) a Selaras SQLite database, applies pragmas and migrations.
 * The store is the only place that imports better-sqlite3 and the only place with SQL.
 *
 * Writers wait their turn (docs/guarantees.md): the database is in WAL mode (readers never block
 * the writer, nor the writer the readers), and a writer that finds another one at work waits for
 * it — up to `lockTimeoutMs` (10 minutes by default), telling the person once after a second
 * (`onLockWait`) — instead of failing. A lock that cannot be had in that time is a StoreError
 * `db-locked` (one line, exit 2), never a stack trace.
 */
import * as fs from "node:fs";
import Database from "better-sqlite3";
import { StoreError } from "../errors";
import { migrations } from "./migrations";

export type Db = Database.Database;

export const DEFAULT_DB_FILE = "selaras.db";
/** How long a writer waits for another one by default (ms): as long as any batch job should take. */
export const DEFAULT_LOCK_TIMEOUT_MS = 10 * 60 * 1000;
/** A writer still waiting after this long is told why (onLockWait). */
const LOCK_NOTICE_MS = 1000;

export interface OpenOptions {
  readonly readonly?: boolean;
  /** Longest wait for another writer, in ms (default DEFAULT_LOCK_TIMEOUT_MS). */
  readonly lockTimeoutMs?: number;
  /** Called once when a write has waited LOCK_NOTICE_MS for another writer (and goes on waiting). */
  readonly onLockWait?: (file: string) => void;
  /**
   * Called in every outermost transaction of the store once its work is done, just before its
   * COMMIT: a throw there fails the transaction as a failing COMMIT (a full disk) would. Only for
   * tests (the seam of test/store/commit-failure.test.ts); nothing in src or the CLI sets it.
   */
  readonly beforeCommit?: () => void;
}

/** Whether an error is SQLite's "another connection holds the lock". */
export function isBusyError(e: unknown): boolean {
  const code = (e as { code?: unknown })?.code;
  return code === "SQLITE_BUSY" || code === "SQLITE_BUSY_SNAPSHOT" || code === "SQLITE_BUSY_RECOVERY" || code === "SQLITE_LOCKED";
}

/**
 * Runs `run` (which first takes the write lock, then works), waiting for the lock as described in
 * the module comment. `run` calls `onLocked` once it holds the lock: a busy error after that is
 * not a wait for the lock and is rethrown as it is.
 */
export function withWriteLock<T>(db: Db, file: string, options: OpenOptions, run: (onLocked: () => void) => T): T {
  const timeout = options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS;
  let started = false;
  const onLocked = () => { started = true; };
  db.pragma(`busy_timeout = ${Math.min(LOCK_NOTICE_MS, timeout)}`);
  try {
    return run(onLocked);
  } catch (e) {
    if (started || !isBusyError(e)) throw e;
    if (timeout <= LOCK_NOTICE_MS) throw new StoreError("db-locked", { file, seconds: Math.round(timeout / 1000) }, { cause: e });
  } finally {
    db.pragma(`busy_timeout = ${timeout}`);
  }
  options.onLockWait?.(file);
  try {
    return run(onLocked);
  } catch (e) {
    if (started || !isBusyError(e)) throw e;
    throw new StoreError("db-locked", { file, seconds: Math.round(timeout / 1000) }, { cause: e });
  }
}

interface Recorded { readonly id: number; readonly name: string }

/**
 * What the database records as applied, against the program's list. A migration is known by its
 * name as well as its number: a branch's migration merged under another number (`workbench-users`
 * was 52 on its branch, 53 once merged) is the same migration, and is `moved` to the program's
 * number before anything runs. A recorded name the program does not have is a newer program's
 * migration: the database is refused (db-too-new), naming them.
 */
function appliedMigrations(db: Db, file: string): { pending: boolean; moved: Recorded[] } {
  const exists = db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'schema_migration'").get();
  if (!exists) return { pending: true, moved: [] };
  const recorded = db.prepare("SELECT id, name FROM schema_migration ORDER BY id").all() as Recorded[];
  const idOf = new Map(migrations.map((m) => [m.name, m.id]));
  const unknown = recorded.filter((r) => !idOf.has(r.name));
  if (unknown.length > 0) {
    const newest = migrations.length ? migrations[migrations.length - 1]!.id : 0;
    throw new StoreError("db-too-new", { file, version: Math.max(...unknown.map((r) => r.id)), supported: newest, unknown: unknown.map((r) => `${r.id} ${r.name}`).join(", ") });
  }
  const names = new Set(recorded.map((r) => r.name));
  return { pending: migrations.some((m) => !names.has(m.name)), moved: recorded.filter((r) => idOf.get(r.name) !== r.id) };
}

/**
 * Brings the schema up to date. Many processes may open a new database at once: the migrations
 * run in ONE exclusive (BEGIN IMMEDIATE) transaction, and which ones are missing is decided again
 * inside it, so a migration runs exactly once and a process that waited finds the work done.
 */
function migrate(db: Db, file: string, options: OpenOptions): void {
  const first = appliedMigrations(db, file);
  if (!first.pending && first.moved.length === 0) return; // the usual case: a read, no lock
  withWriteLock(db, file, options, (onLocked) => db.transaction(() => {
    onLocked();
    db.exec("CREATE TABLE IF NOT EXISTS schema_migration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
    const { pending, moved } = appliedMigrations(db, file);
    if (!pending && moved.length === 0) return;
    // (renumbered in two steps, through negative numbers: one's new number may be another's old one)
    const renumber = db.prepare("UPDATE schema_migration SET id = ? WHERE id = ?");
    for (const r of moved) renumber.run(-r.id, r.id);
    for (const r of moved) renumber.run(migrations.find((m) => m.name === r.name)!.id, -r.id);
    const applied = new Set(db.prepare("SELECT id FROM schema_migration").pluck().all() as number[]);
    const record = db.prepare("INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)");
    for (const m of migrations) {
      if (applied.has(m.id)) continue;
      if (m.unless === undefined || db.prepare(m.unless).get() === undefined) db.exec(m.sql);
      record.run(m.id, m.name, new Date().toISOString());
    }
  }).immediate());
}

/** The size of a regular file, undefined when there is none (or it is something else). */
function fileSize(file: string): number | undefined {
  try {
    const st = fs.statSync(file);
    return st.isFile() ? st.size : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A database file of 0 bytes (a `touch`, a disk that was full at its first write) is a new, empty
 * database, as SQLite reads it — unless a write-ahead log beside it holds bytes: the database was
 * then cut short under it (a full disk, a copy that stopped) and its content may live on in the log,
 * which opening would let SQLite start over. Refused, nothing touched. (A rollback journal beside an
 * empty file is the state of a database another process is creating at this moment — its first
 * transaction, before the switch to WAL — or of a creation killed with nothing in it: SQLite reads it
 * as it should. Refused, 30 processes creating one database at once failed.)
 * @throws StoreError `db-empty-with-journal` {file, suffix (`-wal`), bytes}
 */
function refuseEmptyWithJournal(file: string): void {
  if (file === ":memory:" || file === "" || fileSize(file) !== 0) return;
  const bytes = fileSize(file + "-wal");
  if (bytes !== undefined && bytes > 0) throw new StoreError("db-empty-with-journal", { file, suffix: "-wal", bytes });
}

/** Opens a database file (":memory:" for tests); creates and upgrades the schema. */
export function openDatabase(file: string, options: OpenOptions = {}): Db {
  refuseEmptyWithJournal(file);
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false });
  } catch (e) {
    throw new StoreError("db-open-failed", { file, reason: (e as Error).message }, { cause: e });
  }
  try {
    db.pragma("foreign_keys = ON");
    db.pragma(`busy_timeout = ${options.lockTimeoutMs ?? DEFAULT_LOCK_TIMEOUT_MS}`);
    if (file !== ":memory:" && !options.readonly) {
      // Switching a new file to WAL takes the write lock; an existing WAL database stays WAL.
      if (db.pragma("journal_mode", { simple: true }) !== "wal") {
        withWriteLock(db, file, options, () => db.pragma("journal_mode = WAL"));
      }
      db.pragma("synchronous = NORMAL");
    }
    migrate(db, file, options);
  } catch (e) {
    db.close();
    if (e instanceof StoreError) throw e;
    throw new StoreError("db-open-failed", { file, reason: (e as Error).message }, { cause: e });
  }
  return db;
}

/** Schema version (highest applied migration) of an open database. */
export function schemaVersion(db: Db): number {
  return (db.prepare("SELECT COALESCE(MAX(id), 0) FROM schema_migration").pluck().get() as number) ?? 0;
}

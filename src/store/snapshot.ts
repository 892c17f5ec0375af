/**
 * One read snapshot shared by several connections (`selaras audit` reads its pairs in worker
 * threads, each on a connection of its own, and the report must be one state of the database).
 *
 * A connection sees one snapshot from its first read in a transaction until the transaction ends.
 * Connections that begin their read transactions while no writer can commit see the same one:
 * `holdWriters` takes the write lock (BEGIN IMMEDIATE, on a connection of its own, nothing written),
 * every reader begins (`beginRead`), then the lock is released. Writers meanwhile wait (busy
 * timeout), they do not fail; the lock is held for as long as the readers take to begin.
 */
import Database from "better-sqlite3";
import { StoreError } from "../errors";
import { createFindingsRepo, type FindingsRepo } from "./findings";
import { createAuditCacheRepo, type AuditCacheRepo } from "./audit-cache";
import { createCodesReader, type CodesReader } from "./exchange";
import { DEFAULT_LOCK_TIMEOUT_MS, type Db } from "./open";

/** Begins a read transaction on `db` and reads once: its snapshot is the database as it is now. */
export function beginRead(db: Db): void {
  db.exec("BEGIN DEFERRED");
  db.prepare("SELECT COUNT(*) FROM sqlite_schema").get();
}

export interface WriterHold {
  /** Lets writers commit again (nothing was written). */
  release(): void;
}

/**
 * Keeps every other connection from committing until `release` (a file database only). Null when
 * that cannot be had: an in-memory database, a file this process may not write, or another writer
 * still at work after `waitMs`. The database is never changed.
 */
export function holdWriters(file: string, waitMs = 1000): WriterHold | null {
  if (file === ":memory:" || file === "") return null;
  let db: Db;
  try {
    db = new Database(file, { fileMustExist: true });
  } catch {
    return null;
  }
  try {
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(waitMs))}`);
    db.exec("BEGIN IMMEDIATE");
  } catch (e) {
    db.close();
    if ((e as { code?: string }).code?.startsWith("SQLITE_")) return null; // (busy, read-only, …)
    throw e;
  }
  let held = true;
  return {
    release() {
      if (!held) return;
      held = false;
      try {
        if (db.inTransaction) db.exec("ROLLBACK");
      } finally {
        db.close();
      }
    },
  };
}

/** A read-only connection for one thread, its read transaction begun (see holdWriters). */
export interface SnapshotReader {
  readonly findings: FindingsRepo;
  /** The inline codes of the renderings that have them (which pairs the checks give tags). */
  readonly codes: CodesReader;
  /** The audit's cache (selaras audit --cache). */
  readonly auditCache: AuditCacheRepo;
  close(): void;
}

/**
 * Opens `file` read-only (another connection's file, its schema current) and begins its read
 * transaction (a StoreError `db-open-failed` if it cannot): the database as it is now, until closed.
 */
export function openSnapshotDb(file: string, busyMs = DEFAULT_LOCK_TIMEOUT_MS): Db {
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma(`busy_timeout = ${Math.max(0, Math.round(busyMs))}`);
    beginRead(db);
    return db;
  } catch (e) {
    throw new StoreError("db-open-failed", { file, reason: (e as Error).message }, { cause: e });
  }
}

/** How long a worker's reader waits for a lock: a thread blocked in SQLite cannot be terminated, and the audit reads in its own thread after 20 s anyway. */
const WORKER_BUSY_MS = 10_000;

/** A worker thread's read snapshot of `file` (see openSnapshotDb): only the findings' reads, the rest of the store not loaded. */
export function openSnapshotReader(file: string): SnapshotReader {
  const db = openSnapshotDb(file, WORKER_BUSY_MS);
  return { findings: createFindingsRepo(db), codes: createCodesReader(db), auditCache: createAuditCacheRepo(db), close: () => db.close() };
}

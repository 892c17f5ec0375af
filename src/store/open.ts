/**
 * openStore — opens (or creates) a Selaras SQLite database, applies pragmas and migrations.
 * The store is the only place that imports better-sqlite3 and the only place with SQL.
 */
import Database from "better-sqlite3";
import { StoreError } from "../errors";
import { migrations } from "./migrations";

export type Db = Database.Database;

export const DEFAULT_DB_FILE = "selaras.db";

function migrate(db: Db, file: string): void {
  db.exec("CREATE TABLE IF NOT EXISTS schema_migration (id INTEGER PRIMARY KEY, name TEXT NOT NULL, applied_at TEXT NOT NULL)");
  const applied = new Set(db.prepare("SELECT id FROM schema_migration").pluck().all() as number[]);
  const newest = migrations.length ? migrations[migrations.length - 1]!.id : 0;
  const unknown = [...applied].filter((id) => !migrations.some((m) => m.id === id));
  if (unknown.length > 0) {
    throw new StoreError("db-too-new", { file, version: Math.max(...unknown), supported: newest });
  }
  const record = db.prepare("INSERT INTO schema_migration (id, name, applied_at) VALUES (?, ?, ?)");
  for (const m of migrations) {
    if (applied.has(m.id)) continue;
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.id, m.name, new Date().toISOString());
    })();
  }
}

/** Opens a database file (":memory:" for tests); creates and upgrades the schema. */
export function openDatabase(file: string, options: { readonly?: boolean } = {}): Db {
  let db: Db;
  try {
    db = new Database(file, { readonly: options.readonly ?? false });
  } catch (e) {
    throw new StoreError("db-open-failed", { file, reason: (e as Error).message }, { cause: e });
  }
  try {
    db.pragma("foreign_keys = ON");
    db.pragma("busy_timeout = 5000");
    if (file !== ":memory:" && !options.readonly) {
      db.pragma("journal_mode = WAL");
      db.pragma("synchronous = NORMAL");
    }
    migrate(db, file);
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

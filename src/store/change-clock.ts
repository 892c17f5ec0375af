/** The keys of store.changeKey and glossary.changeKey: migration 63's change_clock (see migrations.ts, changeClockSql). */
import type { Db } from "./open";

/**
 * change_clock's counts as keys (see migrations.ts, changeClockSql). A database without the table (a
 * read-only one of an older version, never upgraded): any write by this connection (SQLite's
 * total_changes()) or by another one (data_version) changes the keys.
 */
export function changeClock(db: Db): { content(): string; glossary(): string } {
  let read: (() => [number, number]) | undefined;
  try {
    const stmt = db.prepare("SELECT content, glossary FROM change_clock WHERE id = 1").raw();
    read = () => stmt.get() as [number, number];
  } catch {
    read = undefined;
  }
  if (read) return { content: () => `c${read()[0]}`, glossary: () => `g${read()[1]}` };
  const changes = db.prepare("SELECT total_changes()").pluck();
  const any = () => `${db.pragma("data_version", { simple: true }) as number}:${changes.get() as number}`;
  return { content: any, glossary: any };
}

/**
 * For a bulk insert of many rows inside the caller's transaction (an import): stops change_clock's
 * per-row insert triggers of the corpus's tables (a trigger per row cost an import of 100,000 pairs
 * about a third more CPU) and returns a function that counts one change (when any row was written meanwhile) and restores them. The
 * clock then says what it would have said had they fired (a changed count); a rollback undoes the
 * DDL with the rest. The glossary's triggers are left as they are.
 */
export function pauseChangeClock(db: Db): () => void {
  if (!db.inTransaction) throw new Error("pauseChangeClock needs a transaction");
  const triggers = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_clock_%_insert'").all() as Array<{ name: string; sql: string }>)
    .filter((t) => !t.sql.includes("glossary = glossary"));
  const changes = db.prepare("SELECT total_changes()").pluck();
  const before = changes.get() as number;
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return () => {
    if (triggers.length === 0) return;
    if ((changes.get() as number) > before) db.prepare("UPDATE change_clock SET content = content + 1").run();
    for (const t of triggers) db.exec(t.sql);
  };
}

/** The keys of store.changeKey and glossary.changeKey: migration 63's change_clock (see migrations.ts, changeClockSql). */
import type { Db } from "./open";

/**
 * change_clock's counts as keys (see migrations.ts, changeClockSql). A database without the table (a
 * read-only one of an older version, never upgraded): any write by this connection (SQLite's
 * total_changes()) or by another one (data_version) changes the keys.
 */
export function changeClock(db: Db): { content(): string; glossary(): string; others(): string } {
  let read: (() => [number, number]) | undefined;
  try {
    const stmt = db.prepare("SELECT content, glossary FROM change_clock WHERE id = 1").raw();
    read = () => stmt.get() as [number, number];
  } catch {
    read = undefined;
  }
  const version = () => db.pragma("data_version", { simple: true }) as number;
  if (read) {
    // (made at the first question, outside a transaction — whose rollback would take it away: a
    // CLI command, which never asks, pays nothing for it; its trigger costs a bulk write about a third more: 100,000 rows 0.92 → 1.29 s)
    let own: (() => number) | undefined;
    let tried = false;
    return {
      content: () => `c${read()[0]}`,
      glossary: () => `g${read()[1]}`,
      others: () => {
        if (!tried && !db.inTransaction) { tried = true; own = ownCount(db); }
        return own ? `o${read()[0] - own()}` : `v${version()}`;
      },
    };
  }
  const changes = db.prepare("SELECT total_changes()").pluck();
  const any = () => `${version()}:${changes.get() as number}`;
  return { content: any, glossary: any, others: () => `v${version()}` };
}

/**
 * How many of change_clock's content counts this connection made since this was first called: a
 * TEMP trigger (it fires for this connection's writes only, and a rollback undoes its count with
 * them) counts each. Undefined when the connection cannot make one (a read-only database): then any
 * other connection's commit counts.
 */
function ownCount(db: Db): (() => number) | undefined {
  try {
    db.exec(`CREATE TEMP TABLE IF NOT EXISTS own_change_clock (id INTEGER PRIMARY KEY CHECK (id = 1), content INTEGER NOT NULL);
INSERT OR IGNORE INTO temp.own_change_clock (id, content) VALUES (1, 0);
CREATE TEMP TRIGGER IF NOT EXISTS own_change_clock_count AFTER UPDATE OF content ON main.change_clock
BEGIN UPDATE temp.own_change_clock SET content = content + NEW.content - OLD.content WHERE id = 1; END;`);
    const stmt = db.prepare("SELECT content FROM temp.own_change_clock WHERE id = 1").pluck();
    return () => stmt.get() as number;
  } catch {
    return undefined;
  }
}

/**
 * For a bulk insert of many rows inside the caller's transaction (an import): stops change_clock's
 * per-row insert triggers of the corpus's tables (a trigger per row cost an import of 100,000 pairs
 * about a third more CPU) and returns a function that counts one change (when any row was written meanwhile) and restores them. The
 * clock then says what it would have said had they fired (a changed count); a rollback undoes the
 * DDL with the rest. The glossary's triggers are left as they are — unless `glossary`: then only the
 * glossary's tables' insert and delete triggers are stopped (the whole glossary replaced: `glossary
 * sync`, every glossary edit from the workbench), and the one change counts in both counts.
 */
export function pauseChangeClock(db: Db, o: { glossary?: boolean } = {}): () => void {
  if (!db.inTransaction) throw new Error("pauseChangeClock needs a transaction");
  const glossary = o.glossary === true;
  const triggers = (db.prepare("SELECT name, sql FROM sqlite_master WHERE type = 'trigger' AND name LIKE 'change_clock_%'").all() as Array<{ name: string; sql: string }>)
    .filter((t) => glossary
      ? t.sql.includes("glossary = glossary") && (t.name.endsWith("_insert") || t.name.endsWith("_delete"))
      : !t.sql.includes("glossary = glossary") && t.name.endsWith("_insert"));
  const changes = db.prepare("SELECT total_changes()").pluck();
  const before = changes.get() as number;
  for (const t of triggers) db.exec(`DROP TRIGGER ${t.name}`);
  return () => {
    if (triggers.length === 0) return;
    if ((changes.get() as number) > before) db.prepare(`UPDATE change_clock SET content = content + 1${glossary ? ", glossary = glossary + 1" : ""}`).run();
    for (const t of triggers) db.exec(t.sql);
  };
}

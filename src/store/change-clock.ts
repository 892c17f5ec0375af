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

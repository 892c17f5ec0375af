/**
 * `selaras audit --cache` (src/app/audit-cache.ts): each pair's audit effect by a key that digests
 * everything it depends on. Derived data: one generation of rows at a time (the digest of the
 * glossary, the check configuration and the code, audit_cache_state), dropped whole when the
 * generation changes or the rows outgrow the corpus, and rebuilt by the next run.
 */
import type { Db } from "./open";

/** Rows read per statement (SQLite's default limit of bound values is 32,766). */
const BATCH = 500;

export function createAuditCacheRepo(db: Db) {
  const s = {
    one: db.prepare("SELECT effect FROM audit_cache WHERE key = ?").pluck(),
    state: db.prepare("SELECT generation FROM audit_cache_state WHERE id = 1").pluck(),
  };
  const many = new Map<number, ReturnType<Db["prepare"]>>();
  const manyOf = (n: number) => {
    let st = many.get(n);
    if (!st) many.set(n, (st = db.prepare(`SELECT key, effect FROM audit_cache WHERE key IN (${new Array(n).fill("?").join(",")})`).raw()));
    return st;
  };
  return {
    /** The stored generation (null: none yet). */
    generation(): string | null {
      return (s.state.get() as string | undefined) ?? null;
    },
    /** The stored effect of each key (undefined: none). Keys are the cache's own (20 bytes, see src/app/audit-cache.ts). */
    effects(keys: readonly Buffer[]): (string | undefined)[] {
      const out: (string | undefined)[] = new Array(keys.length);
      if (keys.length < 8) {
        for (let i = 0; i < keys.length; i++) out[i] = s.one.get(keys[i]) as string | undefined;
        return out;
      }
      const at = new Map<string, number[]>();
      keys.forEach((k, i) => { const h = k.toString("latin1"); const l = at.get(h); if (l) l.push(i); else at.set(h, [i]); });
      const distinct = [...at.keys()];
      for (let k = 0; k < distinct.length; k += BATCH) {
        const part = distinct.slice(k, k + BATCH);
        for (const [key, effect] of manyOf(part.length).all(...(part.map((h) => Buffer.from(h, "latin1")) as unknown[] as [Buffer])) as [Buffer, string][]) {
          for (const i of at.get(key.toString("latin1")) ?? []) out[i] = effect;
        }
      }
      return out;
    },
    /**
     * Stores effects of `generation` (the rows of another generation dropped first; all of them too
     * when more than `limit` rows would stay: those of units since edited or deleted). In the
     * caller's transaction.
     */
    store(generation: string, keys: readonly Buffer[], effects: readonly string[], limit: number): void {
      const rows = db.prepare("SELECT COUNT(*) FROM audit_cache").pluck().get() as number;
      if (s.state.get() !== generation || rows + keys.length > limit) {
        db.prepare("DELETE FROM audit_cache").run();
        db.prepare("INSERT OR REPLACE INTO audit_cache_state (id, generation) VALUES (1, ?)").run(generation);
      }
      const insert = db.prepare("INSERT OR REPLACE INTO audit_cache (key, effect) VALUES (?, ?)");
      for (let i = 0; i < keys.length; i++) insert.run(keys[i], effects[i]);
    },
    /** Drops every stored effect (in the caller's transaction). */
    clear(): void {
      db.prepare("DELETE FROM audit_cache").run();
      db.prepare("DELETE FROM audit_cache_state").run();
    },
  };
}

export type AuditCacheRepo = ReturnType<typeof createAuditCacheRepo>;

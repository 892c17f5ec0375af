/**
 * `selaras audit --cache` (src/app/audit-cache.ts): each pair's audit effect by a key that digests
 * everything it depends on. Derived data: one generation of rows at a time (the digest of the
 * glossary, the check configuration and the code, audit_cache_state), dropped whole when the
 * generation changes or the rows outgrow the corpus, and rebuilt by the next run.
 */
import type { Db } from "./open";

export function createAuditCacheRepo(db: Db) {
  // (prepared when first used: a store opened on a database whose schema is older, read-only, works without them)
  const make = () => ({
    one: db.prepare("SELECT effect FROM audit_cache WHERE key = ?").pluck(),
    state: db.prepare("SELECT generation FROM audit_cache_state WHERE id = 1").pluck(),
  });
  let prepared: ReturnType<typeof make> | undefined;
  const st = () => (prepared ??= make());
  return {
    /** The stored generation (null: none yet). */
    generation(): string | null {
      return (st().state.get() as string | undefined) ?? null;
    },
    /** The stored effect of each key (undefined: none). Keys are the cache's own (20 bytes, see src/app/audit-cache.ts). */
    effects(keys: readonly Buffer[]): (string | undefined)[] {
      // (one statement per key: cheaper than an IN list of them. A memory-mapped connection read them ~30%
      // faster, but every page it reads, the pairs' too, then counts in the process's resident memory: 1.5 GB)
      const out: (string | undefined)[] = new Array(keys.length);
      const one = st().one;
      for (let i = 0; i < keys.length; i++) out[i] = one.get(keys[i]) as string | undefined;
      return out;
    },
    /**
     * Makes the cache ready for rows of `generation`: every row dropped when it holds another
     * generation's, or more than `limit` rows (those of units since edited or deleted). In the
     * caller's transaction.
     */
    prepare(generation: string, limit: number): void {
      const rows = db.prepare("SELECT COUNT(*) FROM audit_cache").pluck().get() as number;
      if (st().state.get() !== generation || rows > limit) {
        db.prepare("DELETE FROM audit_cache").run();
        db.prepare("INSERT OR REPLACE INTO audit_cache_state (id, generation) VALUES (1, ?)").run(generation);
      }
    },
    /** Stores effects of the generation `prepare` was given (in the caller's transaction). */
    insert(keys: readonly Buffer[], effects: readonly string[]): void {
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

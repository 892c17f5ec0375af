/**
 * Translation-memory index (SQL side). `tm_index` is an FTS5 index over rendering.source_text kept
 * in step by triggers (migration 30); `tm_vocab` gives each word's document frequency so a lookup
 * can ask only for the rarest words of the query (see app/translate.ts for why that is complete).
 */
import type { Db } from "./open";

export interface TmUnit {
  readonly renderingId: number;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly origin: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createTmRepo(db: Db) {
  const s = {
    df: db.prepare("SELECT doc FROM tm_vocab WHERE term = ?").pluck(),
    match: db.prepare<[string, number]>("SELECT rowid FROM tm_index WHERE tm_index MATCH ? LIMIT ?").pluck(),
    unit: db.prepare("SELECT id, source_text, text, status, origin FROM rendering WHERE id = ?"),
  };
    const toUnit = (r: any): TmUnit => ({ renderingId: r.id, sourceText: r.source_text, text: r.text, status: r.status, origin: r.origin });
  return {
    /** Number of renderings whose source contains `word` (a lower-case index token). */
    documentFrequency: (word: string): number => (s.df.get(word) as number | undefined) ?? 0,
    /** Ids of renderings whose source contains any of `words` (at most `limit`). */
    candidates(words: readonly string[], limit: number): number[] {
      if (words.length === 0) return [];
      const query = words.map((w) => `"${w.replace(/"/g, '""')}"`).join(" OR ");
      return s.match.all(query, limit) as number[];
    },
    unit(renderingId: number): TmUnit | undefined { const r = s.unit.get(renderingId); return r ? toUnit(r) : undefined; },
  };
}
export type TmRepo = ReturnType<typeof createTmRepo>;

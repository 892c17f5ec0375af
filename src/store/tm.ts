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
    size: db.prepare("SELECT COALESCE(MAX(id), 0) FROM rendering").pluck(),
    postings: db.prepare("SELECT rowid FROM tm_index WHERE tm_index MATCH ?").pluck(),
    units: db.prepare("SELECT id, source_text, text, status, origin FROM rendering WHERE id IN (SELECT value FROM json_each(?))"),
    unit: db.prepare("SELECT id, source_text, text, status, origin FROM rendering WHERE id = ?"),
  };
  const dfCache = new Map<string, number>();
  function toUnit(r: any): TmUnit { return { renderingId: r.id, sourceText: r.source_text, text: r.text, status: r.status, origin: r.origin }; }
  return {
    /**
     * Number of renderings whose source contains `word` (a lower-case index token). Cached per
     * store: lookups only use it to pick the rarest words, so a slightly old figure is harmless.
     */
    documentFrequency(word: string): number {
      let n = dfCache.get(word);
      if (n === undefined) {
        n = (s.df.get(word) as number | undefined) ?? 0;
        if (dfCache.size > 200_000) dfCache.clear();
        if (n > 0) dfCache.set(word, n); // a word not yet indexed is asked again next time
      }
      return n;
    },
    /** Merges the index's segments into one (after a bulk load; lookups read fewer b-trees). */
    optimize(): void { db.prepare("INSERT INTO tm_index(tm_index) VALUES ('optimize')").run(); },
    /** About how many renderings there are (the highest id: cheap; for idf weights only). */
    approximateSize: (): number => s.size.get() as number,
    /** Ids of the renderings whose source contains `word` (one FTS5 posting list, no ranking). */
    postings: (word: string): number[] => s.postings.all(`"${word.replace(/"/g, '""')}"`) as number[],
    /** The renderings with these ids (any order). */
    units: (ids: readonly number[]): TmUnit[] => (ids.length ? s.units.all(JSON.stringify(ids)).map(toUnit) : []),
    unit(renderingId: number): TmUnit | undefined { const r = s.unit.get(renderingId); return r ? toUnit(r) : undefined; },
  };
}
export type TmRepo = ReturnType<typeof createTmRepo>;

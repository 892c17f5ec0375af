/**
 * Translation-memory word index (migration 31). For every word of every rendering's saved source
 * text, `tm_word` holds the ids of the renderings that contain it as packed 32-bit integers in
 * chunks of CHUNK ids, and `tm_df` the number of renderings per word. Reading a posting list is one
 * indexed range read of a few blobs, not one row per rendering — that is what keeps lookups fast
 * over a million renderings.
 *
 * Every writer is covered: triggers on `rendering` append each insert / source change / delete to
 * `tm_log`, and `sync(tokens)` folds the log into the index (lookups call it first). The words
 * are computed by the caller's `tokens` (the app passes the similarity measure's tokens,
 * translations/similarity.ts): the store keeps them, it does not decide what a word is.
 *
 * Units kept from imports (`tm_unit`, import --keep-tm) have an index of their own in the same
 * tables (migration 51): logged with their id negated, indexed under the word prefixed with KEPT.
 */
import type { Db } from "./open";

/** Prefix of the words of the kept-units index. */
export const KEPT = "\u0001";

/** The words of a source text, as the index keeps them (the app's tmTokens). */
export type TmTokenizer = (text: string) => Iterable<string>;

export interface TmUnit {
  /** The rendering, or 0 for a unit kept from an import (then `keptId` is set). */
  readonly renderingId: number;
  readonly keptId?: number;
  /** For a kept unit: the file it was imported from. */
  readonly originFile?: string;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly origin: string;
}

/** Ids per stored chunk. */
export const CHUNK = 4096;

function pack(ids: ArrayLike<number>): Buffer {
  const a = Int32Array.from(ids as ArrayLike<number>);
  return Buffer.from(a.buffer, a.byteOffset, a.byteLength);
}

function unpack(buf: Buffer): Int32Array {
  const copy = new ArrayBuffer(buf.length);
  new Uint8Array(copy).set(buf);
  return new Int32Array(copy);
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createTmRepo(db: Db) {
  const s = {
    df: db.prepare("SELECT df FROM tm_df WHERE word = ?").pluck(),
    dfRow: db.prepare("SELECT df, chunks FROM tm_df WHERE word = ?"),
    setDf: db.prepare("INSERT OR REPLACE INTO tm_df (word, df, chunks) VALUES (?, ?, ?)"),
    delDf: db.prepare("DELETE FROM tm_df WHERE word = ?"),
    chunks: db.prepare("SELECT ids FROM tm_word WHERE word = ? ORDER BY chunk").pluck(),
    chunk: db.prepare("SELECT ids FROM tm_word WHERE word = ? AND chunk = ?").pluck(),
    putChunk: db.prepare("INSERT OR REPLACE INTO tm_word (word, chunk, ids) VALUES (?, ?, ?)"),
    delChunks: db.prepare("DELETE FROM tm_word WHERE word = ?"),
    pending: db.prepare("SELECT EXISTS (SELECT 1 FROM tm_log)").pluck(),
    log: db.prepare("SELECT seq, rendering_id, old_source, new_source FROM tm_log ORDER BY seq LIMIT ?").raw(),
    clearLog: db.prepare("DELETE FROM tm_log WHERE seq <= ?"),
    size: db.prepare("SELECT COALESCE(MAX(id), 0) FROM rendering").pluck(),
    keptSize: db.prepare("SELECT COALESCE(MAX(id), 0) FROM tm_unit").pluck(),
    kept: db.prepare("SELECT id, source, target, status, origin_file FROM tm_unit WHERE id IN (SELECT value FROM json_each(?))"),
    units: db.prepare("SELECT id, source_text, text, status, origin FROM rendering WHERE id IN (SELECT value FROM json_each(?))"),
  };
  const dfCache = new Map<string, number>();
  function toUnit(r: any): TmUnit {
    return { renderingId: r.id, sourceText: r.source_text, text: r.text, status: r.status, origin: r.origin };
  }

  function appendIds(word: string, add: number[]): void {
    const row = s.dfRow.get(word) as { df: number; chunks: number } | undefined;
    let chunkNo = row ? row.chunks - 1 : 0;
    let current: number[] = row ? Array.from(unpack(s.chunk.get(word, chunkNo) as Buffer)) : [];
    let df = row?.df ?? 0;
    for (const id of add) {
      if (current.length >= CHUNK) { s.putChunk.run(word, chunkNo, pack(current)); chunkNo++; current = []; }
      current.push(id);
      df++;
    }
    s.putChunk.run(word, chunkNo, pack(current));
    s.setDf.run(word, df, chunkNo + 1);
  }

  function rewrite(word: string, remove: Set<number>, add: number[]): void {
    const ids: number[] = [];
    for (const b of s.chunks.all(word) as Buffer[]) for (const id of unpack(b)) if (!remove.has(id)) ids.push(id);
    ids.push(...add);
    s.delChunks.run(word);
    if (ids.length === 0) { s.delDf.run(word); return; }
    let n = 0;
    for (let i = 0; i < ids.length; i += CHUNK) s.putChunk.run(word, n++, pack(ids.slice(i, i + CHUNK)));
    s.setDf.run(word, ids.length, n);
  }

  /** Folds up to `batch` logged rendering changes into the word index. Returns how many were folded. */
  function syncBatch(batch: number, tmTokens: TmTokenizer): number {
    const rows = s.log.all(batch) as Array<[number, number, string | null, string | null]>;
    if (rows.length === 0) return 0;
    const changes = new Map<string, { add: number[]; remove: Set<number> }>();
    const entry = (w: string) => { let e = changes.get(w); if (!e) changes.set(w, (e = { add: [], remove: new Set() })); return e; };
    for (const [, logged, oldSource, newSource] of rows) {
      // a negative id is a kept unit (migration 51): its own namespace of words
      const ns = logged < 0 ? KEPT : "";
      const id = logged < 0 ? -logged : logged;
      // (a word in both the old and the new source keeps its posting: only the words that come or
      // go are written; a posting list of a common word holds most renderings, and rewriting it for
      // every edited source made a slice of 20,000 edits take seconds)
      const before = oldSource !== null ? new Set(tmTokens(oldSource)) : null;
      const after = newSource !== null ? new Set(tmTokens(newSource)) : null;
      if (before !== null) {
        for (const w of before) {
          if (after?.has(w)) continue;
          const e = entry(ns + w);
          const k = e.add.lastIndexOf(id);
          if (k >= 0) e.add.splice(k, 1); else e.remove.add(id);
        }
      }
      if (after !== null) for (const w of after) if (!before?.has(w)) entry(ns + w).add.push(id);
    }
    for (const [w, e] of changes) {
      if (e.remove.size > 0) rewrite(w, e.remove, e.add);
      else if (e.add.length > 0) appendIds(w, e.add);
      dfCache.delete(w);
    }
    s.clearLog.run(rows[rows.length - 1]![0]);
    return rows.length;
  }

  return {
    /**
     * For a bulk insert of many renderings inside the caller's transaction: stops the per-row
     * insert trigger (tm_log_ai) and returns a function that logs every rendering inserted since
     * in one INSERT … SELECT and restores the trigger. The index ends up exactly as if the trigger
     * had fired (sync() folds the log as usual); a rollback undoes the DDL with the rest.
     */
    beginBulkInsert(): () => void {
      if (!db.inTransaction) throw new Error("beginBulkInsert needs a transaction");
      const trigger = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = 'tm_log_ai'").pluck().get() as string | undefined;
      if (!trigger) return () => {};
      const maxId = db.prepare("SELECT COALESCE(MAX(id), 0) FROM rendering").pluck().get() as number;
      const maxSeq = db.prepare("SELECT COALESCE(MAX(seq), 0) FROM tm_log").pluck().get() as number;
      db.exec("DROP TRIGGER tm_log_ai");
      return () => {
        // Changes the other triggers logged for the new renderings are superseded by their insert.
        db.prepare("DELETE FROM tm_log WHERE seq > ? AND rendering_id > ?").run(maxSeq, maxId);
        db.prepare("INSERT INTO tm_log (rendering_id, old_source, new_source) SELECT id, NULL, source_text FROM rendering WHERE id > ? ORDER BY id").run(maxId);
        db.exec(trigger);
      };
    },
    /**
     * Brings the word index up to date with every rendering change (its own transaction unless
     * inside one), indexing each source text under the words `tokens` gives for it; with `limit`,
     * with the oldest `limit` changes only (the index is then behind by the rest, in log order).
     * Returns how many changes were folded.
     */
    sync(tokens: TmTokenizer, limit = Infinity): number {
      if (!s.pending.get()) return 0;
      let total = 0;
      for (;;) {
        const batch = Math.min(200_000, limit - total);
        if (batch <= 0) return total;
        const n = db.inTransaction ? syncBatch(batch, tokens) : db.transaction(() => syncBatch(batch, tokens)).immediate();
        total += n;
        if (n === 0) return total;
      }
    },
    /** Number of renderings whose source contains `word` (one of the tokens sync was given). */
    documentFrequency(word: string): number {
      let n = dfCache.get(word);
      if (n === undefined) {
        n = (s.df.get(word) as number | undefined) ?? 0;
        if (dfCache.size > 200_000) dfCache.clear();
        dfCache.set(word, n);
      }
      return n;
    },
    /** Ids of the renderings whose source contains `word`. */
    postings(word: string): Int32Array {
      const bufs = s.chunks.all(word) as Buffer[];
      if (bufs.length === 1) return unpack(bufs[0]!);
      const parts = bufs.map(unpack);
      const out = new Int32Array(parts.reduce((n, p) => n + p.length, 0));
      let k = 0;
      for (const p of parts) { out.set(p, k); k += p.length; }
      return out;
    },
    /** About how many renderings (or, with KEPT, kept units) there are (the highest id: cheap; for idf weights only). */
    approximateSize: (ns = ""): number => (ns === KEPT ? s.keptSize.get() : s.size.get()) as number,
    /** The renderings with these ids (any order). */
    units: (ids: readonly number[]): TmUnit[] => (ids.length ? s.units.all(JSON.stringify(ids)).map(toUnit) : []),
    /** The kept units with these tm_unit ids (any order). */
    keptUnits: (ids: readonly number[]): TmUnit[] => (ids.length ? s.kept.all(JSON.stringify(ids)).map((r: any) => ({
      renderingId: 0, keptId: r.id, originFile: r.origin_file, sourceText: r.source, text: r.target, status: r.status || "kept", origin: "kept",
    })) : []),
  };
}
export type TmRepo = ReturnType<typeof createTmRepo>;

/**
 * The SQL behind export and import of parallel text: a streamed walk over the current segments
 * in article order with their renderings, segment lookups for matching imported
 * units, and the `tm_unit` table of imported units that matched no segment (migration 50).
 */
import type { Db } from "./open";

/**
 * One current segment in article order, with the rendering it belongs to (if any). A rendering
 * over several segments appears once per segment (`position` 0…`span`-1).
 */
export interface ExchangeRow {
  readonly document: string;
  readonly ordinal: number;
  readonly text: string;
  readonly kind: string;
  readonly renderingId: number | null;
  readonly position: number | null;
  /** Number of segments of the rendering (removed ones included). */
  readonly span: number | null;
  readonly target: string | null;
  /** Source text the rendering was written for (rendering.source_text). */
  readonly savedSource: string | null;
  readonly status: string | null;
  readonly origin: string | null;
  readonly author: string | null;
  readonly updatedAt: string | null;
  /** The rendering's note (null: none). */
  readonly note: string | null;
}

export interface ExchangeFilter {
  /** Document slugs; empty = all. */
  readonly documents: readonly string[];
}

/** A current segment found for an imported unit, with the rendering it belongs to (if any). */
export interface SegmentMatch {
  readonly segmentId: number;
  readonly documentId: number;
  readonly document: string;
  readonly ordinal: number;
  readonly text: string;
  readonly renderingId: number | null;
  /** A boilerplate line (segmentsFrom tells; the other look-ups leave it out). */
  readonly boilerplate?: boolean;
}

export interface NewTmUnit {
  readonly source: string;
  readonly target: string;
  readonly normHash: string;
  readonly status: string;
  readonly author: string;
  readonly document: string;
  readonly originFile: string;
  readonly changed: string | null;
  readonly importedAt: string;
}

export interface TmUnitRow extends NewTmUnit { readonly id: number }

/**
 * A rendering's inline codes (migration 61): its unit's source and target as written in a dialect
 * (`tmx`, `xliff12`, `xliff20`: src/formats/markup.ts), and the plain texts they were read as.
 */
export interface RenderingCodes {
  readonly dialect: string;
  readonly source: string;
  readonly target: string;
  /** XLIFF 2.0: the unit's `<originalData>`. */
  readonly data?: string;
  readonly plainSource: string;
  readonly plainTarget: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
function codesOfRow(r: any): RenderingCodes | undefined {
  if (!r) return undefined;
  return { dialect: r.dialect, source: r.source, target: r.target, ...(r.data !== null ? { data: r.data } : {}), plainSource: r.plain_source, plainTarget: r.plain_target };
}

/** The inline codes alone, on any connection (a snapshot reader's, in an audit's worker thread): see createExchangeRepo. */
export function createCodesReader(db: Db) {
  // (the table's own key, in order: a read of that table alone, usually empty)
  const ids = db.prepare("SELECT rendering_id FROM rendering_code ORDER BY rendering_id").pluck();
  const one = db.prepare("SELECT * FROM rendering_code WHERE rendering_id = ?");
  return {
    codedRenderingIds: (): Int32Array => Int32Array.from(ids.all() as number[]),
    codesOf: (renderingId: number): RenderingCodes | undefined => codesOfRow(one.get(renderingId)),
  };
}
export type CodesReader = ReturnType<typeof createCodesReader>;

export function createExchangeRepo(db: Db) {
  const docFilter = "(? = 0 OR d.slug IN (SELECT value FROM json_each(?)))";
  const s = {
    rows: db.prepare(`
      SELECT d.slug AS document, s.ordinal AS ordinal, s.text AS text, s.kind AS kind,
        r.id AS renderingId, rs.position AS position,
        (SELECT COUNT(*) FROM rendering_segment x WHERE x.rendering_id = r.id) AS span,
        r.text AS target, r.source_text AS savedSource, r.status AS status, r.origin AS origin,
        r.author AS author, r.updated_at AS updatedAt, r.note AS note
      FROM document d
      CROSS JOIN segment s ON s.document_id = d.id AND s.ordinal IS NOT NULL
      LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      LEFT JOIN rendering r ON r.id = rs.rendering_id
      WHERE ${docFilter}
      ORDER BY d.slug, s.ordinal`).raw(),
    order: db.prepare(`
      SELECT rs.rendering_id FROM document d
      CROSS JOIN segment s ON s.document_id = d.id AND s.ordinal IS NOT NULL
      JOIN rendering_segment rs ON rs.segment_id = s.id AND rs.position = 0
      ORDER BY d.slug, s.ordinal`).pluck(),
    maxRendering: db.prepare("SELECT COALESCE(MAX(id), 0) FROM rendering").pluck(),
    byHash: db.prepare(`
      SELECT s.id AS segmentId, s.document_id AS documentId, d.slug AS document, s.ordinal AS ordinal, s.text AS text,
        rs.rendering_id AS renderingId
      FROM segment s JOIN document d ON d.id = s.document_id LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.norm_hash = ? AND s.ordinal IS NOT NULL ORDER BY d.slug, s.ordinal`),
    // (the domain of byHash: every current segment)
    currentTexts: db.prepare("SELECT text FROM segment WHERE ordinal IS NOT NULL").pluck(),
    currentCount: db.prepare("SELECT COUNT(*) FROM segment WHERE ordinal IS NOT NULL").pluck(),
    at: db.prepare(`
      SELECT s.id, s.text, rs.rendering_id FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.document_id = ? AND s.ordinal = ?`).raw(),
    from: db.prepare(`
      SELECT s.id, s.ordinal, s.text, rs.rendering_id, s.kind = 'boilerplate' FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.document_id = ? AND s.ordinal >= ? ORDER BY s.ordinal LIMIT ?`).raw(),
    dangling: db.prepare(`
      SELECT EXISTS (SELECT 1 FROM rendering_segment rs LEFT JOIN segment s ON s.id = rs.segment_id
        LEFT JOIN rendering r ON r.id = rs.rendering_id WHERE rs.rendering_id >= ? AND (s.id IS NULL OR r.id IS NULL))`).pluck(),
    insertTm: db.prepare(`
      INSERT OR IGNORE INTO tm_unit (source, target, norm_hash, status, author, document, origin_file, changed, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    tmAll: db.prepare("SELECT * FROM tm_unit ORDER BY id"),
    tmByHash: db.prepare("SELECT * FROM tm_unit WHERE norm_hash = ? ORDER BY id"),
    tmCount: db.prepare("SELECT COUNT(*) FROM tm_unit").pluck(),
    putCodes: db.prepare(`
      INSERT INTO rendering_code (rendering_id, dialect, source, target, data, plain_source, plain_target) VALUES (?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (rendering_id) DO UPDATE SET dialect = excluded.dialect, source = excluded.source, target = excluded.target,
        data = excluded.data, plain_source = excluded.plain_source, plain_target = excluded.plain_target`),
    dropCodes: db.prepare("DELETE FROM rendering_code WHERE rendering_id = ?"),
    // (through the key, not a scan: asked per document and per save)
    anyCodes: db.prepare("SELECT rendering_id FROM rendering_code WHERE rendering_id > 0 LIMIT 1").pluck(),
    anyNote: db.prepare(`
      SELECT 1 FROM document d JOIN segment s ON s.document_id = d.id AND s.ordinal IS NOT NULL
        JOIN rendering_segment rs ON rs.segment_id = s.id JOIN rendering r ON r.id = rs.rendering_id
      WHERE r.note IS NOT NULL AND r.note <> '' AND ${docFilter} LIMIT 1`).pluck(),
    renderedDocs: db.prepare(`
      SELECT d.slug FROM document d WHERE EXISTS (SELECT 1 FROM segment s JOIN rendering_segment rs ON rs.segment_id = s.id
        JOIN rendering r ON r.id = rs.rendering_id
        WHERE s.document_id = d.id AND s.ordinal IS NOT NULL AND r.status IN (SELECT value FROM json_each(?)))
      ORDER BY d.slug`).pluck(),
  };
  const codes = createCodesReader(db);
  const toTm = (r: any): TmUnitRow => ({
    id: r.id, source: r.source, target: r.target, normHash: r.norm_hash, status: r.status, author: r.author,
    document: r.document, originFile: r.origin_file, changed: r.changed, importedAt: r.imported_at,
  });
  return {
    /**
     * Streams every current segment with its rendering, ordered by document slug, then ordinal.
     * CROSS JOIN keeps documents (slug index) outside segments (document_id, ordinal index), so
     * SQLite walks both indexes in order instead of sorting the whole table: memory stays flat.
     */
    *iterate(filter: ExchangeFilter): IterableIterator<ExchangeRow> {
      // Rows as arrays, made into objects here: about a third faster than named rows.
      for (const r of s.rows.iterate(filter.documents.length, JSON.stringify(filter.documents)) as IterableIterator<any[]>) {
        yield {
          document: r[0], ordinal: r[1], text: r[2], kind: r[3], renderingId: r[4], position: r[5], span: r[6],
          target: r[7], savedSource: r[8], status: r[9], origin: r[10], author: r[11], updatedAt: r[12], note: r[13],
        };
      }
    },
    /**
     * The unit number of every rendering whose first segment is current: its position (1-based) in
     * article order over every document (slug, then ordinal). It depends only on the project's
     * files, so a rebuilt database numbers the units exactly alike (exports stay byte-identical).
     * Indexed by rendering id; 0 = no number (orphaned).
     */
    unitNumbers(): Int32Array {
      const out = new Int32Array((s.maxRendering.get() as number) + 1);
      let n = 0;
      for (const id of s.order.iterate() as IterableIterator<number>) out[id] = ++n;
      return out;
    },
    /** Current segments whose normalised text has this hash. */
    segmentsWithHash: (hash: string): SegmentMatch[] => s.byHash.all(hash) as SegmentMatch[],
    /** How many segments segmentsWithHash may find: the current ones. */
    currentSegmentCount: (): number => s.currentCount.get() as number,
    /** The texts of the current segments (those segmentsWithHash finds), streamed in no set order. */
    currentSegmentTexts: (): IterableIterator<string> => s.currentTexts.iterate() as IterableIterator<string>,
    /** The current segment at an ordinal of a document. */
    segmentAt(documentId: number, document: string, ordinal: number): SegmentMatch | undefined {
      // Lean on purpose (no join with document, raw row): import calls it once per unit.
      const r = s.at.get(documentId, ordinal) as [number, string, number | null] | undefined;
      return r ? { segmentId: r[0], documentId, document, ordinal, text: r[1], renderingId: r[2] } : undefined;
    },
    /** Up to `limit` current segments of a document from an ordinal on, in order (one range read). */
    segmentsFrom(documentId: number, document: string, ordinal: number, limit: number): SegmentMatch[] {
      return (s.from.all(documentId, ordinal, limit) as Array<[number, number, string, number | null, number]>).map(
        (r) => ({ segmentId: r[0], documentId, document, ordinal: r[1], text: r[2], renderingId: r[3], ...(r[4] === 1 ? { boilerplate: true } : {}) }));
    },
    /**
     * Runs `fn` — which opens its own transaction — with SQLite's per-row foreign-key checks off,
     * then turns them back on (the pragma cannot change inside a transaction; inside one, `fn`
     * just runs). For bulk writes whose references were all read in that same transaction (import:
     * segment ids it just looked up, rendering ids it just inserted), where the checks cannot fail
     * but cost about a third of the write time; `danglingLinks` checks the new rows in one pass.
     */
    withTrustedReferences<T>(fn: () => T): T {
      if (db.inTransaction || !db.pragma("foreign_keys", { simple: true })) return fn();
      db.pragma("foreign_keys = OFF");
      try {
        return fn();
      } finally {
        db.pragma("foreign_keys = ON");
      }
    },
    /** Whether a segment link of a rendering with id ≥ `fromRenderingId` points at a missing segment or rendering. */
    danglingLinks: (fromRenderingId: number): boolean => s.dangling.get(fromRenderingId) === 1,
    /** Keeps an unmatched unit as translation memory; false when the same pair is already kept. */
    keepTmUnit(u: NewTmUnit): boolean {
      return s.insertTm.run(u.source, u.target, u.normHash, u.status, u.author, u.document, u.originFile, u.changed, u.importedAt).changes > 0;
    },
    tmUnits: (): TmUnitRow[] => s.tmAll.all().map(toTm),
    tmUnitsWithHash: (hash: string): TmUnitRow[] => s.tmByHash.all(hash).map(toTm),
    tmCount: (): number => s.tmCount.get() as number,
    /** Keeps (or replaces) a rendering's inline codes; `null` forgets them. */
    setCodes(renderingId: number, codes: RenderingCodes | null): void {
      if (!codes) { s.dropCodes.run(renderingId); return; }
      s.putCodes.run(renderingId, codes.dialect, codes.source, codes.target, codes.data ?? null, codes.plainSource, codes.plainTarget);
    },
    codesOf: codes.codesOf,
    /**
     * The ids of the renderings that keep inline codes, ascending (none in a plain corpus): what the
     * checks read once to know which pairs have tags, without a join on every pair.
     */
    codedRenderingIds: codes.codedRenderingIds,
    /** Does any rendering keep inline codes (an export without any skips the look-ups)? */
    hasCodes: (): boolean => s.anyCodes.get() !== undefined,
    /**
     * Does a current segment of these documents (all when none) have a rendering with a translator's
     * note? (A writer with fixed columns, TSV, adds its note column only then.)
     */
    hasNotes: (filter: ExchangeFilter): boolean => s.anyNote.get(filter.documents.length, JSON.stringify(filter.documents)) !== undefined,
    /** Slugs of the documents with a current segment rendered in one of these statuses (what an export can hold). */
    renderedDocuments: (statuses: readonly string[]): string[] => s.renderedDocs.all(JSON.stringify(statuses)) as string[],
  };
}
export type ExchangeRepo = ReturnType<typeof createExchangeRepo>;

/**
 * The SQL behind export and import of parallel text: a streamed walk over renderings (and,
 * optionally, untranslated segments) in document order, segment lookups for matching imported
 * units, and the `tm_unit` table of imported units that matched no segment (migration 50).
 */
import type { Db } from "./open";

/** One exportable row: a rendering with its segments aggregated, or an untranslated segment. */
export interface ExchangeRow {
  /** Rendering id; null for an untranslated segment. */
  readonly renderingId: number | null;
  readonly document: string;
  /** Ordinals of its current segments, in rendering order (space-separated). */
  readonly ordinals: string;
  /** Current texts of its segments joined with one space. */
  readonly currentSource: string;
  /** Source text the rendering was written for (rendering.source_text); "" when untranslated. */
  readonly savedSource: string;
  readonly target: string;
  readonly status: string;
  readonly origin: string;
  readonly author: string;
  readonly updatedAt: string;
  readonly boilerplate: number;
  /** Segments of the rendering that were removed from their article (orphaned rendering). */
  readonly removed: number;
}

export interface ExchangeFilter {
  /** Document slugs; empty = all. */
  readonly documents: readonly string[];
  readonly statuses: readonly string[];
  readonly includeUntranslated: boolean;
}

/** A current segment found for an imported unit, with the rendering it belongs to (if any). */
export interface SegmentMatch {
  readonly segmentId: number;
  readonly documentId: number;
  readonly document: string;
  readonly ordinal: number;
  readonly text: string;
  readonly renderingId: number | null;
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

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createExchangeRepo(db: Db) {
  const docFilter = "(? = 0 OR d.slug IN (SELECT value FROM json_each(?)))";
  const s = {
    rows: db.prepare(`
      SELECT * FROM (
        SELECT r.id AS renderingId, MIN(d.slug) AS document, MIN(s.ordinal) AS first,
          group_concat(s.ordinal, ' ' ORDER BY rs.position) AS ordinals,
          group_concat(s.text, ' ' ORDER BY rs.position) AS currentSource,
          r.source_text AS savedSource, r.text AS target, r.status AS status, r.origin AS origin,
          r.author AS author, r.updated_at AS updatedAt,
          MAX(s.kind = 'boilerplate') AS boilerplate, MAX(s.ordinal IS NULL) AS removed
        FROM rendering r
        JOIN rendering_segment rs ON rs.rendering_id = r.id
        JOIN segment s ON s.id = rs.segment_id
        JOIN document d ON d.id = s.document_id
        WHERE r.status IN (SELECT value FROM json_each(?)) AND ${docFilter}
        GROUP BY r.id
        UNION ALL
        SELECT NULL, d.slug, s.ordinal, CAST(s.ordinal AS TEXT), s.text, '', '', '', '', '', '',
          s.kind = 'boilerplate', 0
        FROM segment s JOIN document d ON d.id = s.document_id
        WHERE ? AND s.ordinal IS NOT NULL AND ${docFilter}
          AND NOT EXISTS (SELECT 1 FROM rendering_segment rs WHERE rs.segment_id = s.id)
      ) ORDER BY document, removed, first, renderingId`),
    lastChange: db.prepare(`
      SELECT MAX(r.updated_at) FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id JOIN document d ON d.id = s.document_id
      WHERE r.status IN (SELECT value FROM json_each(?)) AND ${docFilter}`).pluck(),
    byHash: db.prepare(`
      SELECT s.id AS segmentId, s.document_id AS documentId, d.slug AS document, s.ordinal AS ordinal, s.text AS text,
        rs.rendering_id AS renderingId
      FROM segment s JOIN document d ON d.id = s.document_id LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.norm_hash = ? AND s.ordinal IS NOT NULL ORDER BY d.slug, s.ordinal`),
    at: db.prepare(`
      SELECT s.id AS segmentId, s.document_id AS documentId, d.slug AS document, s.ordinal AS ordinal, s.text AS text,
        rs.rendering_id AS renderingId
      FROM segment s JOIN document d ON d.id = s.document_id LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.document_id = ? AND s.ordinal = ?`),
    bySlugOrdinal: db.prepare(`
      SELECT s.id AS segmentId, s.document_id AS documentId, d.slug AS document, s.ordinal AS ordinal, s.text AS text,
        rs.rendering_id AS renderingId
      FROM segment s JOIN document d ON d.id = s.document_id LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE d.slug = ? AND s.ordinal = ?`),
    renderingSpan: db.prepare("SELECT segment_id FROM rendering_segment WHERE rendering_id = ? ORDER BY position").pluck(),
    insertTm: db.prepare(`
      INSERT OR IGNORE INTO tm_unit (source, target, norm_hash, status, author, document, origin_file, changed, imported_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)`),
    tmAll: db.prepare("SELECT * FROM tm_unit ORDER BY id"),
    tmByHash: db.prepare("SELECT * FROM tm_unit WHERE norm_hash = ? ORDER BY id"),
    tmCount: db.prepare("SELECT COUNT(*) FROM tm_unit").pluck(),
  };
  const toTm = (r: any): TmUnitRow => ({
    id: r.id, source: r.source, target: r.target, normHash: r.norm_hash, status: r.status, author: r.author,
    document: r.document, originFile: r.origin_file, changed: r.changed, importedAt: r.imported_at,
  });
  return {
    /** Streams exportable rows ordered by document, then position in the article. */
    *iterate(filter: ExchangeFilter): IterableIterator<ExchangeRow> {
      const docs = JSON.stringify(filter.documents);
      const n = filter.documents.length;
      yield* s.rows.iterate(JSON.stringify(filter.statuses), n, docs, filter.includeUntranslated ? 1 : 0, n, docs) as IterableIterator<ExchangeRow>;
    },
    /** Latest change among the renderings a filter selects (a fixed date for export headers). */
    lastChange(filter: ExchangeFilter): string | null {
      return (s.lastChange.get(JSON.stringify(filter.statuses), filter.documents.length, JSON.stringify(filter.documents)) as string | null) ?? null;
    },
    /** Current segments whose normalised text has this hash. */
    segmentsWithHash: (hash: string): SegmentMatch[] => s.byHash.all(hash) as SegmentMatch[],
    /** The current segment at an ordinal of a document. */
    segmentAt: (documentId: number, ordinal: number): SegmentMatch | undefined => s.at.get(documentId, ordinal) as SegmentMatch | undefined,
    /** The current segment a `<slug>:<ordinal>` reference names. */
    segmentByRef: (slug: string, ordinal: number): SegmentMatch | undefined => s.bySlugOrdinal.get(slug, ordinal) as SegmentMatch | undefined,
    /** Segment ids of a rendering, in order. */
    renderingSpan: (renderingId: number): number[] => s.renderingSpan.all(renderingId) as number[],
    /** Keeps an unmatched unit as translation memory; false when the same pair is already kept. */
    keepTmUnit(u: NewTmUnit): boolean {
      return s.insertTm.run(u.source, u.target, u.normHash, u.status, u.author, u.document, u.originFile, u.changed, u.importedAt).changes > 0;
    },
    tmUnits: (): TmUnitRow[] => s.tmAll.all().map(toTm),
    tmUnitsWithHash: (hash: string): TmUnitRow[] => s.tmByHash.all(hash).map(toTm),
    tmCount: (): number => s.tmCount.get() as number,
  };
}
export type ExchangeRepo = ReturnType<typeof createExchangeRepo>;

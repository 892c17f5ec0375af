/** Per-document progress figures (the SQL behind `selaras status`). */
import type { Db } from "./open";

export interface OrphanRow {
  readonly renderingId: number;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly author: string;
}

/** One current segment, as the status pass reads it (document order, then ordinal). */
export interface StatusSegmentRow {
  readonly documentId: number;
  readonly boilerplate: boolean;
  /** Flagged as a possible fragment and not joined. */
  readonly suspect: boolean;
  readonly text: string;
  readonly renderingId: number | null;
  /** Position of this segment in its rendering, and how many segments the rendering has. */
  readonly position: number | null;
  readonly span: number | null;
  /** The rendering's saved source text; null when it is exactly this segment's text (or no rendering). */
  readonly sourceText: string | null;
}

export interface StatusDocument {
  readonly id: number;
  readonly document: string;
  readonly title: string;
}

export function createStatusRepo(db: Db) {
  const docFilter = (col: string) => `(? = 0 OR ${col} IN (SELECT value FROM json_each(?)))`;
  const orphans = db.prepare(`
    SELECT DISTINCT r.id AS renderingId, r.source_text AS sourceText, r.text AS text, r.status AS status, r.author AS author
    FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
    JOIN document d ON d.id = s.document_id WHERE d.slug = ? AND s.removed_at IS NOT NULL ORDER BY r.id`);
  const documents = db.prepare(`SELECT d.id AS id, d.slug AS document, d.title AS title FROM document d WHERE ${docFilter("d.slug")} ORDER BY d.slug`);
  // ONE pass over the current segments of every document, in (document_id, ordinal) index order.
  const segmentRows = db.prepare(`
    SELECT s.document_id, s.kind = 'boilerplate',
      CASE WHEN s.suspect IS NOT NULL AND s.kind <> 'boilerplate' THEN
        NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.segment_id = s.id) AND NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.next_id = s.id)
      ELSE 0 END,
      s.text, rs.rendering_id, rs.position,
      CASE WHEN rs.rendering_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM rendering_segment x WHERE x.rendering_id = rs.rendering_id) END,
      CASE WHEN r.source_text = s.text THEN NULL ELSE r.source_text END
    FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id LEFT JOIN rendering r ON r.id = rs.rendering_id
    WHERE s.ordinal IS NOT NULL AND ${docFilter("s.document_id")}
    ORDER BY s.document_id, s.ordinal`).raw();
  // Renderings kept for removed sentences, per document (partial index segment_removed_document).
  const orphanCounts = db.prepare(`
    SELECT s.document_id, COUNT(DISTINCT rs.rendering_id) FROM segment s JOIN rendering_segment rs ON rs.segment_id = s.id
    WHERE s.removed_at IS NOT NULL GROUP BY s.document_id`).raw();
  return {
    /** The documents (all, or those named), by slug. */
    documents(slugs: readonly string[] = []): StatusDocument[] {
      return documents.all(slugs.length, JSON.stringify(slugs)) as StatusDocument[];
    },
    /** Every current segment of the given documents (ids; all when empty), by document id then ordinal. */
    *segmentRows(documentIds: readonly number[] = []): IterableIterator<StatusSegmentRow> {
      for (const r of segmentRows.iterate(documentIds.length, JSON.stringify(documentIds)) as IterableIterator<unknown[]>) {
        yield {
          documentId: r[0] as number, boilerplate: r[1] === 1, suspect: r[2] === 1, text: r[3] as string,
          renderingId: r[4] as number | null, position: r[5] as number | null, span: r[6] as number | null, sourceText: r[7] as string | null,
        };
      }
    },
    /** Orphaned renderings per document id (documents without any are absent). */
    orphanCounts: (): Map<number, number> => new Map(orphanCounts.all() as Array<[number, number]>),
    /** Renderings of a document whose sentence was removed from the article (kept, never lost). */
    orphans: (slug: string): OrphanRow[] => orphans.all(slug) as OrphanRow[],
  };
}

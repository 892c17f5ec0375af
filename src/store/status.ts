/** Per-document progress figures (the SQL behind `selaras status`). */
import type { Db } from "./open";

export interface OrphanRow {
  readonly renderingId: number;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly author: string;
}

/** Per-document figures summed in SQL over the current segments. */
export interface StatusTally {
  readonly documentId: number;
  readonly segments: number;
  readonly boilerplate: number;
  /** Non-boilerplate segments flagged as possible fragments and not joined. */
  readonly suspect: number;
  /** Non-boilerplate segments with a rendering. */
  readonly translated: number;
  /** Words of the non-boilerplate segments whose count is stored (see uncountedWords in the rows). */
  readonly words: number;
}

/**
 * A current segment status must look at in JS: its words are not counted yet, or its rendering's
 * saved source is not simply its own text (a rendering over several segments, or a changed text).
 */
export interface StatusSegmentRow {
  readonly documentId: number;
  readonly text: string;
  /** Non-boilerplate and its words not stored: count them. */
  readonly countWords: boolean;
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
  // The counts, in SQL: one pass over the current segments, nothing sent per segment.
  const tallies = db.prepare(`
    SELECT s.document_id, COUNT(*), TOTAL(s.kind = 'boilerplate'),
      TOTAL(CASE WHEN s.suspect IS NOT NULL AND s.kind <> 'boilerplate' THEN
        NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.segment_id = s.id) AND NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.next_id = s.id)
      ELSE 0 END),
      TOTAL(s.kind <> 'boilerplate' AND rs.rendering_id IS NOT NULL),
      TOTAL(CASE WHEN s.kind <> 'boilerplate' THEN s.words END)
    FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id
    WHERE s.ordinal IS NOT NULL AND ${docFilter("s.document_id")}
    GROUP BY s.document_id`).raw();
  // The segments JS must see (StatusSegmentRow), in (document_id, ordinal) order.
  const segmentRows = db.prepare(`
    SELECT document_id, text, needs_words, rendering_id, position, span, source_text FROM (
      SELECT s.document_id, s.ordinal, s.text, s.kind <> 'boilerplate' AND s.words IS NULL AS needs_words, rs.rendering_id, rs.position,
        CASE WHEN rs.rendering_id IS NULL THEN NULL ELSE (SELECT COUNT(*) FROM rendering_segment x WHERE x.rendering_id = rs.rendering_id) END AS span,
        CASE WHEN r.source_text = s.text THEN NULL ELSE r.source_text END AS source_text
      FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id LEFT JOIN rendering r ON r.id = rs.rendering_id
      WHERE s.ordinal IS NOT NULL AND ${docFilter("s.document_id")})
    WHERE needs_words OR (rendering_id IS NOT NULL AND (source_text IS NOT NULL OR span > 1))
    ORDER BY document_id, ordinal`).raw();
  // Renderings kept for removed sentences, per document (partial index segment_removed_document).
  const orphanCounts = db.prepare(`
    SELECT s.document_id, COUNT(DISTINCT rs.rendering_id) FROM segment s JOIN rendering_segment rs ON rs.segment_id = s.id
    WHERE s.removed_at IS NOT NULL GROUP BY s.document_id`).raw();
  return {
    /** The documents (all, or those named), by slug. */
    documents(slugs: readonly string[] = []): StatusDocument[] {
      return documents.all(slugs.length, JSON.stringify(slugs)) as StatusDocument[];
    },
    /** Counts per document (ids; all when empty), summed in SQL. */
    tallies(documentIds: readonly number[] = []): StatusTally[] {
      return (tallies.all(documentIds.length, JSON.stringify(documentIds)) as number[][]).map((r) => ({
        documentId: r[0]!, segments: r[1]!, boilerplate: r[2]!, suspect: r[3]!, translated: r[4]!, words: r[5]!,
      }));
    },
    /** The current segments JS must look at (see StatusSegmentRow), by document id then ordinal. */
    *segmentRows(documentIds: readonly number[] = []): IterableIterator<StatusSegmentRow> {
      for (const r of segmentRows.iterate(documentIds.length, JSON.stringify(documentIds)) as IterableIterator<unknown[]>) {
        yield {
          documentId: r[0] as number, text: r[1] as string, countWords: r[2] === 1,
          renderingId: r[3] as number | null, position: r[4] as number | null, span: r[5] as number | null, sourceText: r[6] as string | null,
        };
      }
    },
    /** Orphaned renderings per document id (documents without any are absent). */
    orphanCounts: (): Map<number, number> => new Map(orphanCounts.all() as Array<[number, number]>),
    /** Renderings of a document whose sentence was removed from the article (kept, never lost). */
    orphans: (slug: string): OrphanRow[] => orphans.all(slug) as OrphanRow[],
  };
}

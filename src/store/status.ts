/** Per-document progress figures (the SQL behind `selaras status`). */
import type { Db } from "./open";

export interface DocumentCounts {
  readonly document: string;
  readonly title: string;
  readonly segments: number;
  readonly boilerplate: number;
  readonly suspect: number;
  readonly translated: number;
  readonly orphaned: number;
}

export interface RenderingSource {
  readonly renderingId: number;
  readonly status: string;
  /** Its current (not removed) non-boilerplate segments. */
  readonly translatable: number;
  readonly sourceText: string;
  /** Current texts of its segments, in rendering order; removed segments included. */
  readonly segmentTexts: string[];
  readonly removed: boolean;
}

export interface OrphanRow {
  readonly renderingId: number;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly author: string;
}

export function createStatusRepo(db: Db) {
  const orphans = db.prepare(`
    SELECT DISTINCT r.id AS renderingId, r.source_text AS sourceText, r.text AS text, r.status AS status, r.author AS author
    FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
    JOIN document d ON d.id = s.document_id WHERE d.slug = ? AND s.removed_at IS NOT NULL ORDER BY r.id`);
  const perDoc = db.prepare(`
    SELECT d.slug AS document, d.title AS title,
      (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id AND s.ordinal IS NOT NULL) AS segments,
      (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id AND s.ordinal IS NOT NULL AND s.kind = 'boilerplate') AS boilerplate,
      (SELECT COUNT(*) FROM segment s WHERE s.document_id = d.id AND s.ordinal IS NOT NULL AND s.suspect IS NOT NULL AND s.kind <> 'boilerplate'
         AND NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.segment_id = s.id OR j.next_id = s.id)
         -- a segment rendered together with others (the aligner's 2-1 pair) is joined too
         AND NOT EXISTS (SELECT 1 FROM rendering_segment rs WHERE rs.segment_id = s.id
           AND EXISTS (SELECT 1 FROM rendering_segment x WHERE x.rendering_id = rs.rendering_id AND x.segment_id <> s.id))) AS suspect,
      (SELECT COUNT(*) FROM segment s JOIN rendering_segment rs ON rs.segment_id = s.id
         WHERE s.document_id = d.id AND s.ordinal IS NOT NULL AND s.kind <> 'boilerplate') AS translated,
      (SELECT COUNT(DISTINCT rs.rendering_id) FROM rendering_segment rs JOIN segment s ON s.id = rs.segment_id
         WHERE s.document_id = d.id AND s.removed_at IS NOT NULL) AS orphaned
    FROM document d ORDER BY d.slug`);
  const texts = db.prepare(
    "SELECT s.text FROM segment s JOIN document d ON d.id = s.document_id WHERE d.slug = ? AND s.ordinal IS NOT NULL AND s.kind <> 'boilerplate' ORDER BY s.ordinal",
  ).pluck();
  const renderingSegments = db.prepare(`
    SELECT r.id AS rid, r.status AS status, r.source_text AS source_text, s.text AS text, s.removed_at AS removed_at, s.kind AS kind, s.ordinal AS ordinal
    FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
    WHERE r.id IN (SELECT rs2.rendering_id FROM rendering_segment rs2 JOIN segment s2 ON s2.id = rs2.segment_id
                   JOIN document d ON d.id = s2.document_id WHERE d.slug = ?)
    ORDER BY r.id, rs.position`);
  return {
    counts: (): DocumentCounts[] => perDoc.all() as DocumentCounts[],
    /** Renderings of a document whose sentence was removed from the article (kept, never lost). */
    orphans: (slug: string): OrphanRow[] => orphans.all(slug) as OrphanRow[],
    /** Texts of the translatable (non-boilerplate, current) segments of a document. */
    translatableTexts: (slug: string): string[] => texts.all(slug) as string[],
    renderingSources(slug: string): RenderingSource[] {
      const out: RenderingSource[] = [];
      for (const row of renderingSegments.all(slug) as Array<{ rid: number; status: string; source_text: string; text: string; removed_at: string | null; kind: string; ordinal: number | null }>) {
        let last = out[out.length - 1];
        if (!last || last.renderingId !== row.rid) {
          last = { renderingId: row.rid, status: row.status, translatable: 0, sourceText: row.source_text, segmentTexts: [], removed: false };
          out.push(last);
        }
        if (row.ordinal !== null && row.kind !== "boilerplate") (last as { translatable: number }).translatable++;
        last.segmentTexts.push(row.text);
        if (row.removed_at) (last as { removed: boolean }).removed = true;
      }
      return out;
    },
  };
}

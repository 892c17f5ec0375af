/** Document and segment repository: the SQL behind ingest and status. */
import type { Db } from "./open";
import type { Document, Segment, SegmentKind } from "../model";

export type { Document, Segment };
/** The names these had before src/model.ts. */
export type { Document as DocumentRow, Segment as SegmentRow };

/** [segment id, ordinal, text, kind, rendering id, rendering text, status, source text, note] */
export type UnitRow = [number, number, string, SegmentKind, number | null, string | null, string | null, string | null, string | null];

export interface NewSegment {
  readonly ordinal: number;
  readonly paragraph: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly suspect: string | null;
  readonly normHash: string;
  /** Words in `text` (countWords), kept for `status`; absent = not counted (status counts it then). */
  readonly words?: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toDoc = (r: any): Document => ({
  id: r.id, slug: r.slug, title: r.title, sourcePath: r.source_path, contentHash: r.content_hash,
  meta: JSON.parse(r.meta_json), ingestedAt: r.ingested_at, updatedAt: r.updated_at,
});
export const toSegment = (r: any): Segment => ({
  id: r.id, documentId: r.document_id, ordinal: r.ordinal, paragraph: r.paragraph, text: r.text,
  start: r.start_offset, end: r.end_offset, kind: r.kind, suspect: r.suspect, normHash: r.norm_hash,
  removedAt: r.removed_at,
});

const SEGMENT_COLUMNS = "id, document_id, ordinal, paragraph, text, start_offset, end_offset, kind, suspect, norm_hash, removed_at";

export function createDocumentRepo(db: Db) {
  const s = {
    bySlug: db.prepare("SELECT * FROM document WHERE slug = ?"),
    byId: db.prepare("SELECT * FROM document WHERE id = ?"),
    all: db.prepare("SELECT * FROM document ORDER BY slug"),
    insert: db.prepare(
      "INSERT INTO document (slug, title, source_path, content_hash, meta_json, ingested_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
    ),
    update: db.prepare("UPDATE document SET title = ?, source_path = ?, content_hash = ?, meta_json = ?, updated_at = ? WHERE id = ?"),
    // The columns a Segment holds (not the timestamps): a 2,000-segment document reads in half the time.
    segments: db.prepare(`SELECT ${SEGMENT_COLUMNS} FROM segment WHERE document_id = ? AND ordinal IS NOT NULL ORDER BY ordinal`),
    allSegments: db.prepare("SELECT * FROM segment WHERE document_id = ? ORDER BY ordinal IS NULL, ordinal, id"),
    segmentById: db.prepare("SELECT * FROM segment WHERE id = ?"),
    deleteRenderingsOf: db.prepare(`DELETE FROM rendering WHERE id IN (SELECT rs.rendering_id FROM rendering_segment rs
      JOIN segment s ON s.id = rs.segment_id WHERE s.document_id = ?)`),
    deleteSegmentsOf: db.prepare("DELETE FROM segment WHERE document_id = ?"),
    deleteDocument: db.prepare("DELETE FROM document WHERE id = ?"),
    unitRows: db.prepare(`SELECT s.id, s.ordinal, s.text, s.kind, r.id, r.text, r.status, r.source_text, r.note
      FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id LEFT JOIN rendering r ON r.id = rs.rendering_id
      WHERE s.document_id = ? AND s.ordinal IS NOT NULL ORDER BY s.ordinal`).raw(),
    segmentByOrdinal: db.prepare("SELECT * FROM segment WHERE document_id = ? AND ordinal = ?"),
    clearOrdinals: db.prepare("UPDATE segment SET ordinal = NULL WHERE document_id = ?"),
    insertSegment: db.prepare(
      `INSERT INTO segment (document_id, ordinal, paragraph, text, start_offset, end_offset, kind, suspect, norm_hash, created_at, updated_at, words)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    updateSegment: db.prepare(
      `UPDATE segment SET ordinal = ?, paragraph = ?, text = ?, start_offset = ?, end_offset = ?, kind = ?, suspect = ?,
       norm_hash = ?, removed_at = NULL, updated_at = ?, words = ? WHERE id = ?`,
    ),
    markRemoved: db.prepare("UPDATE segment SET ordinal = NULL, removed_at = ?, updated_at = ? WHERE id = ?"),
    setRemovedText: db.prepare("UPDATE segment SET text = ?, norm_hash = ?, updated_at = ? WHERE id = ? AND ordinal IS NULL"),
    deleteSegment: db.prepare("DELETE FROM segment WHERE id = ?"),
    hasRendering: db.prepare("SELECT 1 FROM rendering_segment WHERE segment_id = ? LIMIT 1").pluck(),
    // a removed segment of the document with this text, holding a rendering of its own (not a member of a join)
    orphanByHash: db.prepare(`SELECT ${SEGMENT_COLUMNS}, rs.rendering_id AS rendering_id FROM segment s
      JOIN rendering_segment rs ON rs.segment_id = s.id
      WHERE s.document_id = ? AND s.removed_at IS NOT NULL AND s.norm_hash = ? AND s.text = ?
        AND NOT EXISTS (SELECT 1 FROM rendering_segment o WHERE o.rendering_id = rs.rendering_id AND o.segment_id != s.id)
      ORDER BY s.id LIMIT 1`),
  };
  return {
    bySlug: (slug: string): Document | undefined => { const r = s.bySlug.get(slug); return r ? toDoc(r) : undefined; },
    byId: (id: number): Document | undefined => { const r = s.byId.get(id); return r ? toDoc(r) : undefined; },
    all: (): Document[] => s.all.all().map(toDoc),
    insert(d: { slug: string; title: string; sourcePath: string | null; contentHash: string; meta: Record<string, string> }, now: string): number {
      return Number(s.insert.run(d.slug, d.title, d.sourcePath, d.contentHash, JSON.stringify(d.meta), now, now).lastInsertRowid);
    },
    update(id: number, d: { title: string; sourcePath: string | null; contentHash: string; meta: Record<string, string> }, now: string): void {
      s.update.run(d.title, d.sourcePath, d.contentHash, JSON.stringify(d.meta), now, id);
    },
    /** Current (not removed) segments of a document, in order. */
    segments: (documentId: number): Segment[] => s.segments.all(documentId).map(toSegment),
    /** Current segments, then removed ones. */
    allSegments: (documentId: number): Segment[] => s.allSegments.all(documentId).map(toSegment),
    /**
     * What a document's unit list needs, in one query: each current segment in order (id, ordinal,
     * text, kind) with its rendering's id, text, status, source text and note (nulls without one).
     */
    unitRows: (documentId: number): UnitRow[] => s.unitRows.all(documentId) as UnitRow[],
    segmentById: (id: number): Segment | undefined => { const r = s.segmentById.get(id); return r ? toSegment(r) : undefined; },
    segmentByOrdinal: (documentId: number, ordinal: number): Segment | undefined => {
      const r = s.segmentByOrdinal.get(documentId, ordinal); return r ? toSegment(r) : undefined;
    },
    clearOrdinals: (documentId: number): void => { s.clearOrdinals.run(documentId); },
    insertSegment(documentId: number, seg: NewSegment, now: string): number {
      return Number(s.insertSegment.run(documentId, seg.ordinal, seg.paragraph, seg.text, seg.start, seg.end, seg.kind, seg.suspect, seg.normHash, now, now, seg.words ?? null).lastInsertRowid);
    },
    updateSegment(id: number, seg: NewSegment, now: string): void {
      s.updateSegment.run(seg.ordinal, seg.paragraph, seg.text, seg.start, seg.end, seg.kind, seg.suspect, seg.normHash, now, seg.words ?? null, id);
    },
    /**
     * A removed segment of the document whose text is exactly `text` and that holds a rendering of its
     * own (an orphan whose sentence is back in the article), with that rendering's id; the oldest first.
     */
    orphanByText(documentId: number, normHash: string, text: string): { segment: Segment; renderingId: number } | undefined {
      const r = s.orphanByHash.get(documentId, normHash, text) as (Record<string, unknown> & { rendering_id: number }) | undefined;
      return r ? { segment: toSegment(r), renderingId: r.rendering_id } : undefined;
    },
    /**
     * Deletes a document with its segments, renderings (their revisions) and joins and splits: for a
     * document whose article left the project, once its translations/ file holds all of its English.
     */
    remove(id: number): void {
      s.deleteRenderingsOf.run(id);
      s.deleteSegmentsOf.run(id);
      s.deleteDocument.run(id);
    },
    /**
     * The text of a removed segment kept for its orphaned rendering: the text that rendering was
     * written for, when the sentence had changed before it left (as a rebuild from the file has it).
     */
    setRemovedText(id: number, text: string, normHash: string, now: string): void { s.setRemovedText.run(text, normHash, now, id); },
    /** Removes a segment; keeps its row (ordinal NULL) when a rendering still points at it. Returns true if kept. */
    removeSegment(id: number, now: string): boolean {
      if (s.hasRendering.get(id)) { s.markRemoved.run(now, now, id); return true; }
      s.deleteSegment.run(id);
      return false;
    },
  };
}
export type DocumentRepo = ReturnType<typeof createDocumentRepo>;

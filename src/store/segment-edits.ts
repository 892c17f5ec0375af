/**
 * Segment edits made by translators: joins (segments rendered together) and splits (one stored
 * sentence cut in two). Joins are rows keyed by segment id, so they follow segment identity across
 * re-ingest; splits are keyed by the normalised text of the sentence that was cut, and ingest
 * re-applies them to the segmenter's output (src/ingest/splits.ts).
 */
import type { Db } from "./open";
import { toSegment, type Segment } from "./documents";

/** What a unit_event row records (migration 38 added 'split'). */
export type UnitEventKind = "join" | "unjoin" | "split";

export interface SplitRow {
  readonly id: number;
  readonly documentId: number;
  readonly normHash: string;
  readonly text: string;
  readonly splitAt: number;
}

/** The newest join/unjoin event id, split id and document change time. */
export interface StructureMark {
  readonly event: number;
  readonly split: number;
  readonly updated: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createSegmentEditRepo(db: Db) {
  const s = {
    join: db.prepare("INSERT OR REPLACE INTO segment_join (segment_id, next_id, author, created_at) VALUES (?, ?, ?, ?)"),
    unjoin: db.prepare("DELETE FROM segment_join WHERE segment_id = ?"),
    nextOf: db.prepare("SELECT next_id FROM segment_join WHERE segment_id = ?").pluck(),
    joinAuthor: db.prepare("SELECT author FROM segment_join WHERE segment_id = ?").pluck(),
    prevOf: db.prepare("SELECT segment_id FROM segment_join WHERE next_id = ?").pluck(),
    joinsOfDoc: db.prepare(
      "SELECT j.segment_id, j.next_id FROM segment_join j JOIN segment s ON s.id = j.segment_id WHERE s.document_id = ?",
    ),
    addSplit: db.prepare(
      "INSERT OR IGNORE INTO segment_split (document_id, norm_hash, text, split_at, author, created_at) VALUES (?, ?, ?, ?, ?, ?)",
    ),
    splitsOfDoc: db.prepare("SELECT * FROM segment_split WHERE document_id = ? ORDER BY id"),
    deleteSplit: db.prepare("DELETE FROM segment_split WHERE id = ?"),
    shiftUp1: db.prepare("UPDATE segment SET ordinal = -ordinal - 1 WHERE document_id = ? AND ordinal > ?"),
    shiftDown1: db.prepare("UPDATE segment SET ordinal = -(ordinal - 1) WHERE document_id = ? AND ordinal > ?"),
    unflip: db.prepare("UPDATE segment SET ordinal = -ordinal WHERE document_id = ? AND ordinal < 0"),
    setText: db.prepare("UPDATE segment SET text = ?, end_offset = ?, norm_hash = ?, suspect = NULL, updated_at = ? WHERE id = ?"),
    insertRemoved: db.prepare(
      `INSERT INTO segment (document_id, ordinal, paragraph, text, start_offset, end_offset, kind, suspect, norm_hash, removed_at, created_at, updated_at)
       VALUES (?, NULL, -1, ?, 0, 0, 'body', NULL, ?, ?, ?, ?)`,
    ),
    removedOfDoc: db.prepare("SELECT * FROM segment WHERE document_id = ? AND ordinal IS NULL ORDER BY id"),
    addEvent: db.prepare("INSERT INTO unit_event (segment_id, kind, ref, author, created_at) VALUES (?, ?, ?, ?, ?)"),
    eventsOf: db.prepare(`SELECT MIN(id) AS id, kind, ref, author, created_at FROM unit_event WHERE segment_id IN (SELECT value FROM json_each(?))
      GROUP BY kind, ref, author, created_at ORDER BY MIN(id)`),
    suspects: db.prepare(
      "SELECT * FROM segment WHERE document_id = ? AND ordinal IS NOT NULL AND suspect IS NOT NULL AND kind <> 'boilerplate' ORDER BY ordinal",
    ),
    structureMark: db.prepare(`SELECT (SELECT COALESCE(MAX(id), 0) FROM unit_event) AS event,
      (SELECT COALESCE(MAX(id), 0) FROM segment_split) AS split, (SELECT COALESCE(MAX(updated_at), '') FROM document) AS updated`),
    structureChanged: db.prepare(`SELECT d.slug FROM document d WHERE d.updated_at > ?
      OR d.id IN (SELECT s.document_id FROM unit_event e JOIN segment s ON s.id = e.segment_id WHERE e.id > ?)
      OR d.id IN (SELECT document_id FROM segment_split WHERE id > ?) ORDER BY d.slug`).pluck(),
  };
  return {
    /** Joins `segmentId` with its successor `nextId`. */
    join(segmentId: number, nextId: number, author: string, now: string): void { s.join.run(segmentId, nextId, author, now); },
    unjoin(segmentId: number): void { s.unjoin.run(segmentId); },
    nextJoined: (segmentId: number): number | undefined => s.nextOf.get(segmentId) as number | undefined,
    /** Who joined a segment with its successor (undefined when it is not joined). */
    joinAuthor: (segmentId: number): string | undefined => s.joinAuthor.get(segmentId) as string | undefined,
    prevJoined: (segmentId: number): number | undefined => s.prevOf.get(segmentId) as number | undefined,
    /** Join pairs of a document: segment id → joined successor id. */
    joinsOf(documentId: number): Map<number, number> {
      return new Map((s.joinsOfDoc.all(documentId) as any[]).map((r) => [r.segment_id as number, r.next_id as number]));
    },
    addSplit(documentId: number, normHash: string, text: string, splitAt: number, author: string, now: string): void {
      s.addSplit.run(documentId, normHash, text, splitAt, author, now);
    },
    splitsOf(documentId: number): SplitRow[] {
      return (s.splitsOfDoc.all(documentId) as any[]).map((r) => ({ id: r.id, documentId: r.document_id, normHash: r.norm_hash, text: r.text, splitAt: r.split_at }));
    },
    /** Forgets a recorded split (a person joined its two parts again: ingest no longer cuts there). */
    deleteSplit(id: number): void { s.deleteSplit.run(id); },
    /** Closes the place `ordinal` a deleted segment left empty (every later ordinal - 1). */
    closeGapAfter(documentId: number, ordinal: number): void { s.shiftDown1.run(documentId, ordinal); s.unflip.run(documentId); },
    /** Makes room for a segment after `ordinal` (every later ordinal + 1). */
    openGapAfter(documentId: number, ordinal: number): void { s.shiftUp1.run(documentId, ordinal); s.unflip.run(documentId); },
    /** Cuts a segment's text down (the first part of a split). */
    setText(segmentId: number, text: string, end: number, normHash: string, now: string): void { s.setText.run(text, end, normHash, now, segmentId); },
    /** A removed segment row holding an orphaned rendering read from a file (its sentence is no longer in the article). */
    insertRemoved(documentId: number, text: string, normHash: string, now: string): number {
      return Number(s.insertRemoved.run(documentId, text, normHash, now, now, now).lastInsertRowid);
    },
    /** Removed segments of a document (kept because renderings point at them). */
    removedOf: (documentId: number): Segment[] => s.removedOfDoc.all(documentId).map(toSegment),
    /** Records a join, an unjoin or a split of a unit (one row per member segment). */
    addEvent(segmentIds: readonly number[], kind: UnitEventKind, ref: string, author: string, now: string): void {
      for (const id of segmentIds) s.addEvent.run(id, kind, ref, author, now);
    },
    /** Joins, unjoins and splits that touched any of these segments, oldest first. */
    eventsOf(segmentIds: readonly number[]): Array<{ kind: UnitEventKind; ref: string; author: string; time: string }> {
      return (s.eventsOf.all(JSON.stringify(segmentIds)) as any[]).map((r) => ({ kind: r.kind, ref: r.ref, author: r.author, time: r.created_at }));
    },
    /** Current non-boilerplate segments flagged as suspect fragments, in order. */
    suspects: (documentId: number): Segment[] => s.suspects.all(documentId).map(toSegment),
    /** Where the last join/unjoin, split and document (re-)ingest stand: compare with `structureChangedSince`. */
    structureMark: (): StructureMark => s.structureMark.get() as StructureMark,
    /** Documents joined, unjoined, split or re-ingested after `mark` (by any process), by slug. */
    structureChangedSince: (mark: StructureMark): string[] => s.structureChanged.all(mark.updated, mark.event, mark.split) as string[],
  };
}
export type SegmentEditRepo = ReturnType<typeof createSegmentEditRepo>;

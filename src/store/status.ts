/** Per-document progress figures (the SQL behind `selaras status`). */
import type { Db } from "./open";

export interface OrphanRow {
  readonly renderingId: number;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  readonly author: string;
}

/**
 * Per-document figures summed in SQL: the current segments, and the renderings that cannot be stale
 * (one segment, whose text is exactly the saved source: the usual case), by status.
 */
export interface StatusTally {
  readonly documentId: number;
  readonly segments: number;
  readonly boilerplate: number;
  /** Non-boilerplate segments flagged as possible fragments and not joined (nor rendered with others). */
  readonly suspect: number;
  /** Words of the non-boilerplate segments whose count is stored (the others: uncountedTexts). */
  readonly words: number;
  /** Non-boilerplate current segments whose word count is not stored (their texts: uncountedTexts). */
  readonly uncounted: number;
  /** Of the plain renderings (one segment, text unchanged): their current non-boilerplate segments, all, and by status. */
  readonly plain: { readonly rendered: number; readonly draft: number; readonly aligned: number; readonly translated: number; readonly reviewed: number };
  /** Segments of the document rendered otherwise (with others, or since changed): see StatusRepo.renderings. */
  readonly others: number;
}

/**
 * Renderings of a document as status sums them: either ONE rendering that may be stale (its saved
 * source and its segments' joined texts given), or a group of renderings that cannot be (one
 * segment each, whose text is exactly the saved source) with the same status and orphaned-ness.
 */
export interface StatusRendering {
  readonly documentId: number;
  readonly status: string;
  /** A segment of theirs was removed from the article: orphaned. */
  readonly removed: boolean;
  /** Their current (not removed) non-boilerplate segments, all together. */
  readonly translatable: number;
  /** How many renderings the row stands for (1 when sourceText is given). */
  readonly renderings: number;
  /** The saved source text and the current texts of the segments joined (joinSource); null for a group. */
  readonly sourceText: string | null;
  readonly joinedText: string | null;
}

export interface StatusDocument {
  readonly id: number;
  readonly document: string;
  readonly title: string;
}

/**
 * Memory-mapped reads for the one pass over every segment and rendering (about the whole database):
 * SQLite then reads the pages where the operating system keeps them instead of copying each one
 * with a system call (a quarter of that pass's time at 1,000,000 segments). Only for that pass and
 * only on this connection; the database file never shrinks (no VACUUM, no auto-vacuum), and SQLite
 * maps no more than the file holds. (SQLite caps the size at its compile-time maximum.)
 */
function withMmap<T>(db: Db, fn: () => T): T {
  const before = db.pragma("mmap_size", { simple: true }) as number;
  db.pragma("mmap_size = 2147418112");
  try {
    return fn();
  } finally {
    db.pragma(`mmap_size = ${Number(before)}`);
  }
}

export function createStatusRepo(db: Db) {
  const docFilter = (col: string) => `(? = 0 OR ${col} IN (SELECT value FROM json_each(?)))`;
  const orphans = db.prepare(`
    SELECT DISTINCT r.id AS renderingId, r.source_text AS sourceText, r.text AS text, r.status AS status, r.author AS author
    FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
    JOIN document d ON d.id = s.document_id WHERE d.slug = ? AND s.removed_at IS NOT NULL ORDER BY r.id`);
  const documents = db.prepare(`SELECT d.id AS id, d.slug AS document, d.title AS title FROM document d WHERE ${docFilter("d.slug")} ORDER BY d.slug`);
  // The counts, in SQL: one pass over the segments of each document in index order (no sort, no
  // temporary table), each with its rendering, nothing sent per segment. A rendering of one segment
  // whose text is exactly its saved source ("plain": cannot be stale) is summed here by status; the
  // others (several segments, or a source that changed) are counted as `others` and read one by one
  // by \`renderings\`, for the documents that have any. (The inner query is kept apart, LIMIT -1, so
  // that its expressions are computed once per row.)
  const tallies = db.prepare(`
    SELECT document_id, COUNT(*) FILTER (WHERE cur), COUNT(*) FILTER (WHERE cur AND boilerplate),
      COUNT(*) FILTER (WHERE suspect IS NOT NULL AND tr
        AND NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.segment_id = sid) AND NOT EXISTS (SELECT 1 FROM segment_join j WHERE j.next_id = sid)
        -- a segment rendered together with others (the aligner's 2-1 pair) is joined too
        AND NOT (rid IS NOT NULL AND EXISTS (SELECT 1 FROM rendering_segment x WHERE x.rendering_id = rid AND x.position <> pos))),
      TOTAL(words) FILTER (WHERE tr), COUNT(*) FILTER (WHERE tr AND words IS NULL),
      COUNT(*) FILTER (WHERE plain AND tr), COUNT(*) FILTER (WHERE plain AND tr AND status = 'draft'), COUNT(*) FILTER (WHERE plain AND tr AND status = 'aligned'),
      COUNT(*) FILTER (WHERE plain AND tr AND status = 'translated'), COUNT(*) FILTER (WHERE plain AND tr AND status = 'reviewed'),
      COUNT(*) FILTER (WHERE rid IS NOT NULL AND NOT plain)
    FROM (
      SELECT s.document_id AS document_id, s.id AS sid, s.ordinal IS NOT NULL AS cur, s.kind = 'boilerplate' AS boilerplate,
        s.suspect AS suspect, s.words AS words, s.ordinal IS NOT NULL AND s.kind <> 'boilerplate' AS tr,
        rs.rendering_id AS rid, rs.position AS pos, r.status AS status,
        -- (a rendering of several segments has one at a position other than 0)
        rs.position = 0 AND s.text = r.source_text AND rs.rendering_id NOT IN (SELECT rendering_id FROM rendering_segment WHERE position > 0) AS plain
      FROM segment s LEFT JOIN rendering_segment rs ON rs.segment_id = s.id LEFT JOIN rendering r ON r.id = rs.rendering_id
      WHERE ${docFilter("s.document_id")}
      ORDER BY s.document_id LIMIT -1)
    GROUP BY document_id`).raw();
  // Non-boilerplate current segments whose words are not stored (databases from before, splits).
  const uncounted = db.prepare(`
    SELECT s.document_id, s.text FROM segment s
    WHERE s.ordinal IS NOT NULL AND s.kind <> 'boilerplate' AND s.words IS NULL AND ${docFilter("s.document_id")}`).raw();
  // The renderings that are not plain (see tallies), their segments folded, one row each (with the
  // saved source and the segments' texts joined) or, when there are many of one kind, grouped.
  const renderings = db.prepare(`
    SELECT document_id, status, removed, TOTAL(translatable), COUNT(*), MAX(source_text), MAX(joined_text) FROM (
      SELECT MIN(s.document_id) AS document_id, r.id AS id, r.status AS status,
        TOTAL(s.ordinal IS NOT NULL AND s.kind <> 'boilerplate') AS translatable, MAX(s.removed_at IS NOT NULL) AS removed,
        CASE WHEN COUNT(*) = 1 AND MAX(s.text = r.source_text) THEN NULL ELSE r.source_text END AS source_text,
        CASE WHEN COUNT(*) = 1 AND MAX(s.text = r.source_text) THEN NULL ELSE group_concat(s.text, ' ' ORDER BY rs.position) END AS joined_text
      FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
      WHERE ${docFilter("s.document_id")}
      GROUP BY r.id
      HAVING NOT (COUNT(*) = 1 AND MAX(rs.position) = 0 AND MAX(s.text = r.source_text)))
    GROUP BY document_id, status, removed, CASE WHEN source_text IS NULL THEN 0 ELSE id END`).raw();
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
      return (withMmap(db, () => tallies.all(documentIds.length, JSON.stringify(documentIds))) as number[][]).map((r) => ({
        documentId: r[0]!, segments: r[1]!, boilerplate: r[2]!, suspect: r[3]!, words: r[4]!, uncounted: r[5]!,
        plain: { rendered: r[6]!, draft: r[7]!, aligned: r[8]!, translated: r[9]!, reviewed: r[10]! }, others: r[11]!,
      }));
    },
    /** Texts of non-boilerplate current segments whose words are not stored, with their document id. */
    *uncountedTexts(documentIds: readonly number[] = []): IterableIterator<[number, string]> {
      yield* uncounted.iterate(documentIds.length, JSON.stringify(documentIds)) as IterableIterator<[number, string]>;
    },
    /** The renderings of the given documents (ids; all when empty) that are not plain (see tallies), grouped as StatusRendering says. */
    *renderings(documentIds: readonly number[] = []): IterableIterator<StatusRendering> {
      for (const r of renderings.iterate(documentIds.length, JSON.stringify(documentIds)) as IterableIterator<unknown[]>) {
        yield {
          documentId: r[0] as number, status: r[1] as string, removed: r[2] === 1, translatable: r[3] as number, renderings: r[4] as number,
          sourceText: r[5] as string | null, joinedText: r[6] as string | null,
        };
      }
    },
    /** Orphaned renderings per document id (documents without any are absent). */
    orphanCounts: (): Map<number, number> => new Map(orphanCounts.all() as Array<[number, number]>),
    /** Renderings of a document whose sentence was removed from the article (kept, never lost). */
    orphans: (slug: string): OrphanRow[] => orphans.all(slug) as OrphanRow[],
  };
}

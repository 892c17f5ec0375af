/**
 * Check suppressions and the pairs the checks read. A suppression silences one check on one pair:
 * keyed by document + check id + a hash of the pair's normalised source and target text, so it
 * survives re-runs, re-ingests and re-imports while the texts stay the same, and lapses (stays
 * stored, no longer applies) as soon as either text changes. `origin` is `cli` (`check ignore`)
 * or `file` (translations/suppressions.tsv, kept in step by the pipeline).
 */
import type { Db } from "./open";
import type { NewSuppression, Suppression as SuppressionRow } from "../model";

export type { NewSuppression, Suppression } from "../model";
/** The name Suppression (src/model.ts) had here. */
export type { Suppression as SuppressionRow } from "../model";

/** One rendering with the current text of its segments, for checking. */
export interface CheckPairRow {
  readonly renderingId: number;
  readonly document: string;
  readonly ordinals: number[];
  readonly segmentTexts: string[];
  readonly target: string;
  readonly status: string;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
const toRow = (r: any): SuppressionRow => ({
  id: r.id, document: r.document_slug, checkId: r.check_id, pairHash: r.pair_hash, ref: r.ref, reason: r.reason,
  author: r.author, origin: r.origin, source: r.source_text, target: r.target_text, createdAt: r.created_at,
});

export function createFindingsRepo(db: Db) {
  const s = {
    all: db.prepare("SELECT * FROM check_suppression ORDER BY document_slug, check_id, id"),
    upsert: db.prepare(`
      INSERT INTO check_suppression (document_slug, check_id, pair_hash, ref, reason, author, origin, source_text, target_text, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (document_slug, check_id, pair_hash) DO UPDATE SET
        ref = excluded.ref, reason = excluded.reason, author = excluded.author, origin = excluded.origin,
        source_text = excluded.source_text, target_text = excluded.target_text`),
    remove: db.prepare("DELETE FROM check_suppression WHERE document_slug = ? AND check_id = ? AND pair_hash = ?"),
    removeByOrigin: db.prepare("DELETE FROM check_suppression WHERE origin = ?"),
    pairs: db.prepare(`
      SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext
      FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      JOIN document d ON d.id = s.document_id
      WHERE s.ordinal IS NOT NULL AND (? IS NULL OR d.slug = ?)
      ORDER BY d.slug, r.id, rs.position`).raw(true),
    // the rows of checkPairs in its order (document, the first segment's ordinal, rendering), for streaming
    pairsInOrder: db.prepare(`
      SELECT rid, target, status, slug, ordinal, stext FROM (
        SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext, rs.position AS position,
          FIRST_VALUE(s.ordinal) OVER (PARTITION BY r.id ORDER BY rs.position) AS first
        FROM rendering r
        JOIN rendering_segment rs ON rs.rendering_id = r.id
        JOIN segment s ON s.id = rs.segment_id
        JOIN document d ON d.id = s.document_id
        WHERE s.ordinal IS NOT NULL)
      ORDER BY slug, first, rid, position`).raw(true),
    countPairs: db.prepare(`
      SELECT COUNT(DISTINCT r.id) FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      WHERE s.ordinal IS NOT NULL`).pluck(),
    pairsById: db.prepare(`
      SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext
      FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      JOIN document d ON d.id = s.document_id
      WHERE s.ordinal IS NOT NULL AND r.id IN (SELECT value FROM json_each(?))
      ORDER BY r.id, rs.position`).raw(true),
  };
  /**
   * Raw rows [rid, target, status, slug, ordinal, stext] (one per segment, in position order, a
   * rendering's rows together: every pairs query selects these columns in this order) as CheckPairRows.
   */
  function* group(rows: Iterable<unknown[]>): Generator<CheckPairRow> {
    let p: CheckPairRow | undefined;
    for (const r of rows) {
      if (p === undefined || p.renderingId !== r[0]) {
        if (p !== undefined) yield p;
        p = { renderingId: r[0] as number, document: r[3] as string, ordinals: [], segmentTexts: [], target: r[1] as string, status: r[2] as string };
      }
      p.ordinals.push(r[4] as number);
      p.segmentTexts.push(r[5] as string);
    }
    if (p !== undefined) yield p;
  }
  return {
    suppressions: (): SuppressionRow[] => s.all.all().map(toRow),
    suppress(row: NewSuppression): void {
      s.upsert.run(row.document, row.checkId, row.pairHash, row.ref, row.reason, row.author, row.origin, row.source, row.target, row.createdAt);
    },
    unsuppress: (document: string, checkId: string, pairHash: string): boolean => s.remove.run(document, checkId, pairHash).changes > 0,
    /** Replaces every suppression of one origin (the pipeline's file sync). */
    replaceOrigin(origin: "cli" | "file", rows: readonly NewSuppression[]): void {
      s.removeByOrigin.run(origin);
      for (const r of rows) this.suppress({ ...r, origin });
    },
    /** How many pairs checkPairs() gives. */
    countCheckPairs: (): number => s.countPairs.get() as number,
    /**
     * The pairs of checkPairs() (every document), in the same order, one at a time: nothing is held
     * but the row being read. The connection is busy until the iteration ends (or is returned).
     */
    iterateCheckPairs: (): Generator<CheckPairRow> => group(s.pairsInOrder.iterate() as Iterable<unknown[]>),
    /** The pairs of these renderings (in rendering id order). */
    checkPairsById: (ids: readonly number[]): CheckPairRow[] => [...group(s.pairsById.all(JSON.stringify(ids)) as unknown[][])],
    /** Every rendering whose segments are current, in document then rendering order. */
    checkPairs(document?: string): CheckPairRow[] {
      const out = [...group(s.pairs.all(document ?? null, document ?? null) as unknown[][])];
      return out.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.ordinals[0]! - b.ordinals[0]!));
    },
  };
}
export type FindingsRepo = ReturnType<typeof createFindingsRepo>;


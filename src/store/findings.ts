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
    // for streaming in checkPairs' order: the documents by slug, then each one's rows by ordinal (an
    // index scan, no sort of the whole table), grouped by rendering in JS (see pairsOfDocument)
    documentsBySlug: db.prepare("SELECT id, slug FROM document ORDER BY slug").raw(true),
    pairsOfDocument: db.prepare(`
      SELECT r.id AS rid, r.text AS target, r.status AS status, s.ordinal AS ordinal, s.text AS stext, rs.position AS position
      FROM segment s
      JOIN rendering_segment rs ON rs.segment_id = s.id
      JOIN rendering r ON r.id = rs.rendering_id
      WHERE s.document_id = ? AND s.ordinal IS NOT NULL
      ORDER BY s.ordinal`).raw(true),
    // (the links in rendering order: distinct without a temporary table)
    countPairs: db.prepare(`
      SELECT COUNT(*) FROM (
        SELECT DISTINCT rs.rendering_id FROM rendering_segment rs
        JOIN segment s ON s.id = rs.segment_id
        JOIN rendering r ON r.id = rs.rendering_id
        WHERE s.ordinal IS NOT NULL)`).pluck(),
    pairsById: db.prepare(`
      SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext
      FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      JOIN document d ON d.id = s.document_id
      WHERE s.ordinal IS NOT NULL AND r.id IN (SELECT value FROM json_each(?))
      ORDER BY r.id, rs.position`).raw(true),
    // at least as many as the pairs (every pair has a link): sizes a run's tables before it is read
    countLinks: db.prepare("SELECT COUNT(*) FROM rendering_segment").pluck(),
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
  /**
   * The pairs of one document in checkPairs' order (the first segment's ordinal, then rendering id;
   * segments in position order) from its rows [rid, target, status, ordinal, stext, position] in
   * ordinal order. Most renderings have one segment: their rows are already in that order.
   */
  function pairsOfDocument(slug: string, rows: unknown[][]): CheckPairRow[] {
    const out: CheckPairRow[] = [];
    const at = new Map<number, number>();
    let joined = false;
    for (const r of rows) {
      const rid = r[0] as number;
      const k = at.get(rid);
      if (k === undefined) {
        at.set(rid, out.length);
        out.push({ renderingId: rid, document: slug, ordinals: [r[3] as number], segmentTexts: [r[4] as string], target: r[1] as string, status: r[2] as string });
      } else {
        joined = true;
        out[k]!.ordinals.push(r[3] as number);
        out[k]!.segmentTexts.push(r[4] as string);
      }
    }
    if (!joined) return out;
    // a rendering of several segments: its segments in position order, the renderings by their first
    const positions = new Map<number, number[]>();
    for (const r of rows) {
      const list = positions.get(r[0] as number);
      if (list) list.push(r[5] as number);
      else positions.set(r[0] as number, [r[5] as number]);
    }
    const sorted = out.map((p) => {
      const pos = positions.get(p.renderingId)!;
      if (pos.length === 1) return p;
      const order = pos.map((_x, k) => k).sort((a, b) => pos[a]! - pos[b]!);
      return { ...p, ordinals: order.map((k) => p.ordinals[k]!), segmentTexts: order.map((k) => p.segmentTexts[k]!) };
    });
    return sorted.sort((a, b) => a.ordinals[0]! - b.ordinals[0]! || a.renderingId - b.renderingId);
  }
  /** checkPairs() in its order, one document at a time (the documents' statement open throughout: one snapshot). */
  function* inOrder(): Generator<CheckPairRow> {
    for (const [id, slug] of s.documentsBySlug.iterate() as Iterable<[number, string]>) {
      const rows = s.pairsOfDocument.all(id) as unknown[][];
      if (rows.length > 0) yield* pairsOfDocument(slug, rows);
    }
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
    iterateCheckPairs: (): Generator<CheckPairRow> => inOrder(),
    /** The pairs of these renderings (in rendering id order). */
    checkPairsById: (ids: readonly number[]): CheckPairRow[] => [...group(s.pairsById.all(JSON.stringify(ids)) as unknown[][])],
    /** Every document (id, slug) in checkPairs' order: what runs of documents are read by (checkPairsOf). */
    documentsInOrder: (): [number, string][] => s.documentsBySlug.all() as [number, string][],
    /** The pairs of these documents (in the order given: checkPairs' order when they come in documentsInOrder's). */
    checkPairsOf(documents: readonly (readonly [number, string])[]): CheckPairRow[] {
      const out: CheckPairRow[] = [];
      for (const [id, slug] of documents) {
        const rows = s.pairsOfDocument.all(id) as unknown[][];
        if (rows.length > 0) for (const p of pairsOfDocument(slug, rows)) out.push(p);
      }
      return out;
    },
    /** At least as many as checkPairs() gives, at once (the rendering–segment links). */
    countCheckPairsAtMost: (): number => s.countLinks.get() as number,
    /** Every rendering whose segments are current, in document then rendering order. */
    checkPairs(document?: string): CheckPairRow[] {
      const out = [...group(s.pairs.all(document ?? null, document ?? null) as unknown[][])];
      return out.sort((a, b) => (a.document < b.document ? -1 : a.document > b.document ? 1 : a.ordinals[0]! - b.ordinals[0]!));
    },
  };
}
export type FindingsRepo = ReturnType<typeof createFindingsRepo>;


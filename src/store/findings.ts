/**
 * Check suppressions and the pairs the checks read. A suppression silences one check on one pair:
 * keyed by document + check id + a hash of the pair's normalised source and target text, so it
 * survives re-runs, re-ingests and re-imports while the texts stay the same, and lapses (stays
 * stored, no longer applies) as soon as either text changes. `origin` is `cli` (`check ignore`)
 * or `file` (translations/suppressions.tsv, kept in step by the pipeline).
 */
import type { Db } from "./open";
import type { NewSuppression, Suppression as SuppressionRow, SuppressionKeys } from "../model";

export type { NewSuppression, Suppression, SuppressionKeys } from "../model";
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

/**
 * A pair as the audit reads it (checkPairs()' pair, without objects per pair): the row the database
 * gives for a rendering of one segment, [rendering id, target, ordinal, segment text, position];
 * for a rendering of several segments (still current), their ordinals and texts in position order.
 */
export type PairTuple = readonly [renderingId: number, target: string, ordinal: number | readonly number[], source: string | readonly string[], ...rest: unknown[]];

/* eslint-disable @typescript-eslint/no-explicit-any */
const toRow = (r: any): SuppressionRow => ({
  id: r.id, document: r.document_slug, checkId: r.check_id, pairHash: r.pair_hash, ref: r.ref, reason: r.reason,
  author: r.author, origin: r.origin, source: r.source_text, target: r.target_text, createdAt: r.created_at,
});

export function createFindingsRepo(db: Db) {
  const s = {
    all: db.prepare("SELECT * FROM check_suppression ORDER BY document_slug, check_id, id"),
    // (the same order as all: a suppression's number is its place in both)
    keys: db.prepare("SELECT id, document_slug, check_id, pair_hash FROM check_suppression ORDER BY document_slug, check_id, id").raw(true),
    count: db.prepare("SELECT COUNT(*) FROM check_suppression").pluck(),
    byIds: db.prepare("SELECT cs.* FROM json_each(?) j JOIN check_suppression cs ON cs.id = j.value ORDER BY j.key"),
    upsert: db.prepare(`
      INSERT INTO check_suppression (document_slug, check_id, pair_hash, ref, reason, author, origin, source_text, target_text, created_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (document_slug, check_id, pair_hash) DO UPDATE SET
        ref = excluded.ref, reason = excluded.reason, author = excluded.author, origin = excluded.origin,
        source_text = excluded.source_text, target_text = excluded.target_text`),
    remove: db.prepare("DELETE FROM check_suppression WHERE document_slug = ? AND check_id = ? AND pair_hash = ?"),
    byOrigin: db.prepare("SELECT id, document_slug, check_id, pair_hash, ref, reason, author, source_text, target_text, created_at FROM check_suppression WHERE origin = ?").raw(true),
    removeId: db.prepare("DELETE FROM check_suppression WHERE id = ?"),
    byKey: db.prepare("SELECT * FROM check_suppression WHERE document_slug = ? AND check_id = ? AND pair_hash = ?"),
    one: db.prepare("SELECT 1 FROM check_suppression WHERE document_slug = ? AND check_id = ? AND pair_hash = ?").pluck(),
    silenced: db.prepare("SELECT check_id FROM check_suppression WHERE document_slug = ? AND pair_hash = ?").pluck(),
    pairs: db.prepare(`
      SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext
      FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      JOIN document d ON d.id = s.document_id
      WHERE s.ordinal IS NOT NULL AND (? IS NULL OR d.slug = ?)
      ORDER BY d.slug, r.id, rs.position`).raw(true),
    // for streaming in checkPairs' order: the documents by slug, then each one's rows by ordinal (an
    // index scan, no sort of the whole table), grouped by rendering in JS (see tuplesOfDocument)
    documentsBySlug: db.prepare("SELECT id, slug FROM document ORDER BY slug").raw(true),
    // a document's pairs (the audit's and check's reading; no status: a string less per pair). Plan:
    // the document's segments by the (document_id, ordinal) index, each one's link by segment, its
    // rendering by id
    pairTuplesOfDocument: db.prepare(`
      SELECT r.id AS rid, r.text AS target, s.ordinal AS ordinal, s.text AS stext, rs.position AS position
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
   * segments in position order) from its rows [rid, target, ordinal, stext, position, …] in ordinal
   * order, as PairTuples (the rows themselves for renderings of one segment). Where every position
   * is 0 no rendering has two rows (a rendering's positions are distinct): the rows are the pairs,
   * in order, as they are.
   */
  function tuplesOfDocument(rows: unknown[][]): PairTuple[] {
    let k = 0;
    while (k < rows.length && rows[k]![4] === 0) k++;
    if (k === rows.length) return rows as unknown as PairTuple[];
    // a rendering of several segments (or of one not at position 0): grouped by rendering, in
    // the order of their first rows, each one's segments in position order, then sorted by first ordinal
    const byId = new Map<number, unknown[][]>();
    for (const r of rows) {
      const list = byId.get(r[0] as number);
      if (list) list.push(r);
      else byId.set(r[0] as number, [r]);
    }
    const out: PairTuple[] = [];
    for (const list of byId.values()) {
      if (list.length === 1) { out.push(list[0] as unknown as PairTuple); continue; }
      list.sort((a, b) => (a[4] as number) - (b[4] as number));
      const [first] = list;
      out.push([first![0] as number, first![1] as string, list.map((r) => r[2] as number), list.map((r) => r[3] as string), ...first!.slice(4)]);
    }
    const firstOrdinal = (t: PairTuple): number => (typeof t[2] === "number" ? t[2] : t[2][0]!);
    return out.sort((a, b) => firstOrdinal(a) - firstOrdinal(b) || a[0] - b[0]);
  }
  return {
    suppressions: (): SuppressionRow[] => s.all.all().map(toRow),
    /** The suppressions' keys only, in the order of suppressions() (see SuppressionKeys). */
    suppressionKeys(): SuppressionKeys {
      const n = s.count.get() as number;
      const ids = new Int32Array(n), document = new Int32Array(n), checkId = new Int32Array(n);
      const documents: string[] = [], checkIds: string[] = [], hashes: string[] = [];
      const docOf = new Map<string, number>(), checkOf = new Map<string, number>();
      let k = 0;
      for (const r of s.keys.iterate() as Iterable<[number, string, string, string]>) {
        if (k === n) break; // (one read: a row written meanwhile is not seen; count and rows agree in a transaction)
        let d = docOf.get(r[1]);
        if (d === undefined) { docOf.set(r[1], (d = documents.length)); documents.push(r[1]); }
        let c = checkOf.get(r[2]);
        if (c === undefined) { checkOf.set(r[2], (c = checkIds.length)); checkIds.push(r[2]); }
        ids[k] = r[0]; document[k] = d; checkId[k] = c; hashes.push(r[3]);
        k++;
      }
      return k === n ? { ids, documents, document, checkIds, checkId, hashes } : { ids: ids.subarray(0, k), documents, document: document.subarray(0, k), checkIds, checkId: checkId.subarray(0, k), hashes };
    },
    /** The suppression of a check on a pair of a document (by its hash), if stored. */
    suppressionByKey(document: string, checkId: string, pairHash: string): SuppressionRow | undefined {
      const r = s.byKey.get(document, checkId, pairHash);
      return r === undefined ? undefined : toRow(r);
    },
    /** The suppressions of these ids, in that order (ids no longer stored are left out). */
    suppressionsByIds: (ids: readonly number[]): SuppressionRow[] => (ids.length ? s.byIds.all(JSON.stringify(ids)).map(toRow) : []),
    suppress(row: NewSuppression): void {
      s.upsert.run(row.document, row.checkId, row.pairHash, row.ref, row.reason, row.author, row.origin, row.source, row.target, row.createdAt);
    },
    unsuppress: (document: string, checkId: string, pairHash: string): boolean => s.remove.run(document, checkId, pairHash).changes > 0,
    /** Whether this check is silenced on this pair (the unique index: no scan). */
    isSuppressed: (document: string, checkId: string, pairHash: string): boolean => s.one.get(document, checkId, pairHash) !== undefined,
    /** The checks silenced on one pair of a document. */
    silencedChecks: (document: string, pairHash: string): string[] => s.silenced.all(document, pairHash) as string[],
    /**
     * Replaces every suppression of one origin (the pipeline's file sync): the result is the same
     * rows as deleting them all and upserting `rows` in order, but a row whose every field is
     * already so is left as it is (a file of a million lines read again unchanged writes nothing).
     */
    replaceOrigin(origin: "cli" | "file", rows: readonly NewSuppression[]): void {
      const key = (document: string, checkId: string, hash: string) => `${document}\u0000${checkId}\u0000${hash}`;
      const stored = new Map<string, { id: number; content: string }>();
      for (const r of s.byOrigin.iterate(origin) as Iterable<[number, string, string, string, ...string[]]>) {
        stored.set(key(r[1], r[2], r[3]), { id: r[0], content: r.slice(4).join("\u0000") });
      }
      const seen = new Set<string>();
      for (const r of rows) {
        const k = key(r.document, r.checkId, r.pairHash);
        // (a key again in `rows`: upserted over the first, which keeps its creation time, as before)
        if (seen.has(k)) { this.suppress({ ...r, origin }); continue; }
        seen.add(k);
        const had = stored.get(k);
        if (had?.content === [r.ref, r.reason, r.author, r.source, r.target, r.createdAt].join("\u0000")) continue;
        if (had) s.removeId.run(had.id);
        this.suppress({ ...r, origin });
      }
      for (const [k, row] of stored) if (!seen.has(k)) s.removeId.run(row.id);
    },
    /** How many pairs checkPairs() gives. */
    countCheckPairs: (): number => s.countPairs.get() as number,
    /**
     * The pairs of checkPairs() (every document), in the same order, a document at a time (its slug
     * and its pairs as pairTuplesOf gives them; documents with pairs only): nothing is held but the
     * document being read. The connection is busy until the iteration ends (or is returned); the
     * documents' statement is open throughout: one snapshot.
     */
    *iteratePairTuples(): Generator<[string, PairTuple[]]> {
      for (const [id, slug] of s.documentsBySlug.iterate() as Iterable<[number, string]>) {
        const rows = s.pairTuplesOfDocument.all(id) as unknown[][];
        if (rows.length > 0) yield [slug, tuplesOfDocument(rows)];
      }
    },
    /** The pairs of these renderings (in rendering id order). */
    checkPairsById: (ids: readonly number[]): CheckPairRow[] => [...group(s.pairsById.all(JSON.stringify(ids)) as unknown[][])],
    /** Every document (id, slug) in checkPairs' order: what runs of documents are read by (pairTuplesOf). */
    documentsInOrder: (): [number, string][] => s.documentsBySlug.all() as [number, string][],
    /**
     * The pairs of these documents, per document (in the order given: checkPairs' order when they
     * come in documentsInOrder's), as PairTuples: checkPairs()' pairs without an object each.
     */
    pairTuplesOf(documents: readonly (readonly [number, string])[]): PairTuple[][] {
      const out: PairTuple[][] = new Array(documents.length);
      for (let d = 0; d < documents.length; d++) out[d] = tuplesOfDocument(s.pairTuplesOfDocument.all(documents[d]![0]) as unknown[][]);
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


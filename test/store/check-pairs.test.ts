/**
 * The pairs `selaras audit` and `selaras check` stream (store.findings.iteratePairTuples and
 * pairTuplesOf: documents by slug, each document's rows by ordinal, grouped by rendering in JS only
 * where a rendering spans several segments) come in exactly the order and shape of checkPairs() and
 * of the window query they replace (kept here as the oracle): joined renderings
 * whose segments' positions run against their ordinals, removed segments (ordinal NULL), renderings
 * created out of order, documents created out of slug order, a document with no renderings.
 */
import { openStore, type Store } from "../../src/store";
import type { CheckPairRow, PairTuple } from "../../src/store/findings";
import { buildPairsStore as build } from "../helpers/pairs-store";

/** The query the streamed pairs were read with before: one window function and a sort of every row. */
function oracle(store: Store): CheckPairRow[] {
  const rows = store.db.prepare(`
    SELECT rid, target, status, slug, ordinal, stext FROM (
      SELECT r.id AS rid, r.text AS target, r.status AS status, d.slug AS slug, s.ordinal AS ordinal, s.text AS stext, rs.position AS position,
        FIRST_VALUE(s.ordinal) OVER (PARTITION BY r.id ORDER BY rs.position) AS first
      FROM rendering r
      JOIN rendering_segment rs ON rs.rendering_id = r.id
      JOIN segment s ON s.id = rs.segment_id
      JOIN document d ON d.id = s.document_id
      WHERE s.ordinal IS NOT NULL)
    ORDER BY slug, first, rid, position`).raw(true).all() as unknown[][];
  const out: CheckPairRow[] = [];
  for (const r of rows) {
    const last = out[out.length - 1];
    if (last && last.renderingId === r[0]) { last.ordinals.push(r[4] as number); last.segmentTexts.push(r[5] as string); }
    else out.push({ renderingId: r[0] as number, document: r[3] as string, ordinals: [r[4] as number], segmentTexts: [r[5] as string], target: r[1] as string, status: r[2] as string });
  }
  return out;
}

/** A tuple of pairTuplesOf as the CheckPairRow it stands for (without the status, which it does not read). */
const rowOf = (slug: string, t: PairTuple) => ({
  renderingId: t[0], document: slug, target: t[1],
  ordinals: typeof t[2] === "number" ? [t[2]] : [...t[2]], segmentTexts: typeof t[3] === "string" ? [t[3]] : [...t[3]],
});

describe("store.findings.iteratePairTuples", () => {
  it.each([1, 2, 3, 4, 5])("gives the window query's pairs in its order, and checkPairs' (seed %i)", (seed) => {
    const store = openStore(":memory:");
    try {
      expect(build(store, seed)).toBeGreaterThan(0);
      const expected = oracle(store);
      const got = [...store.findings.iteratePairTuples()].flatMap(([slug, list]) => list.map((t) => rowOf(slug, t)));
      expect(expected.some((p) => p.ordinals.length > 1 && p.ordinals[0]! > p.ordinals[1]!)).toBe(true);
      expect(got).toEqual(expected.map(({ status: _status, ...p }) => p));
      expect(got).toEqual(store.findings.checkPairs().map(({ status: _status, ...p }) => p));
      expect(got.length).toBe(store.findings.countCheckPairs());
    } finally {
      store.close();
    }
  });
});

describe("store.findings.pairTuplesOf and iteratePairTuples (the audit's reading)", () => {
  it.each([1, 2, 3, 4, 5])("give checkPairs()' pairs in its order, in runs of documents of any length (seed %i)", (seed) => {
    const store = openStore(":memory:");
    try {
      build(store, seed);
      const expected = store.findings.checkPairs().map(({ status: _status, ...p }) => p);
      // (the fixture has every shape: joined in and against position order, one left of a joined one)
      expect(expected.some((p) => p.ordinals.length === 3 && p.ordinals[0]! > p.ordinals[1]!)).toBe(true);
      expect(expected.some((p) => p.document === "shapes" && p.ordinals.length === 1 && p.ordinals[0] === 4)).toBe(true);
      const docs = store.findings.documentsInOrder();
      expect(docs.map((d) => d[1])).toContain("empty");
      for (const size of [1, 2, 3, docs.length]) {
        const got: ReturnType<typeof rowOf>[] = [];
        for (let k = 0; k < docs.length; k += size) {
          const run = docs.slice(k, k + size);
          const tuples = store.findings.pairTuplesOf(run);
          expect(tuples.length).toBe(run.length);
          tuples.forEach((list, d) => { for (const t of list) got.push(rowOf(run[d]![1], t)); });
        }
        expect(got).toEqual(expected);
      }
      const streamed = [...store.findings.iteratePairTuples()].flatMap(([slug, list]) => list.map((t) => rowOf(slug, t)));
      expect(streamed).toEqual(expected);
    } finally {
      store.close();
    }
  });
});


/**
 * The pairs `selaras audit` streams (store.findings.iterateCheckPairs: documents by slug, each
 * document's rows by ordinal, grouped by rendering in JS) come in exactly the order and shape of
 * checkPairs() and of the window query they replace (kept here as the oracle): joined renderings
 * whose segments' positions run against their ordinals, removed segments (ordinal NULL), renderings
 * created out of order, documents created out of slug order, a document with no renderings.
 */
import { openStore, type Store } from "../../src/store";
import type { CheckPairRow } from "../../src/store/findings";

const NOW = "2026-01-01T00:00:00Z";

/** The query iterateCheckPairs used before: one window function and a sort of every row. */
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

/** Fills the store; returns how many removed segments were kept (a rendering points at them). */
function build(store: Store, seed: number): number {
  let x = seed;
  const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
  const slugs = ["zeta", "alpha", "Mid", "beta-2", "beta", "empty", "omega"];
  // renderings get ids in a shuffled order (not their document's order)
  const ids = Array.from({ length: 200 }, (_v, i) => i + 1);
  for (let i = ids.length - 1; i > 0; i--) { const j = rand(i + 1); [ids[i], ids[j]] = [ids[j]!, ids[i]!]; }
  let next = 0;
  let kept = 0;
  store.transaction(() => {
    const bulk = store.renderings.bulkCreate();
    const removed: number[] = [];
    for (const slug of slugs) {
      const doc = store.documents.insert({ slug, title: slug, sourcePath: null, contentHash: slug, meta: {} }, NOW);
      if (slug === "empty") continue;
      const n = 3 + rand(12);
      const segs: number[] = [];
      for (let o = 1; o <= n; o++) {
        segs.push(store.documents.insertSegment(doc, { ordinal: o, paragraph: o, text: `${slug} source ${o}`, start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW));
        // a few removed segments (ordinal NULL), kept because a rendering points at them
        if (rand(7) === 0) removed.push(segs.at(-1)!);
      }
      // cover the segments with renderings of 1–3 segments, some listed against their order
      for (let k = 0; k < segs.length;) {
        const len = Math.min(segs.length - k, 1 + rand(3));
        const group = segs.slice(k, k + len);
        if (len > 1 && rand(2) === 0) group.reverse();
        k += len;
        if (rand(9) === 0) continue; // an untranslated stretch
        bulk.add(ids[next++]!, { segmentIds: group, text: `${slug} target ${k}`, sourceText: "", status: rand(2) ? "translated" : "draft", origin: "manual", author: "t", now: NOW });
      }
    }
    bulk.flush();
    for (const id of removed) if (store.documents.removeSegment(id, NOW)) kept++;
  });
  return kept;
}

describe("store.findings.iterateCheckPairs", () => {
  it.each([1, 2, 3, 4, 5])("gives the window query's pairs in its order, and checkPairs' (seed %i)", (seed) => {
    const store = openStore(":memory:");
    try {
      expect(build(store, seed)).toBeGreaterThan(0);
      const expected = oracle(store);
      const got = [...store.findings.iterateCheckPairs()];
      expect(expected.some((p) => p.ordinals.length > 1 && p.ordinals[0]! > p.ordinals[1]!)).toBe(true);
      expect(got).toEqual(expected);
      expect(got).toEqual(store.findings.checkPairs());
      expect(got.length).toBe(store.findings.countCheckPairs());
    } finally {
      store.close();
    }
  });
});

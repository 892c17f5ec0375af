/**
 * A store whose pairs have every shape checkPairs() groups: renderings of several segments whose
 * positions run against their ordinals, removed segments (ordinal NULL) kept because a rendering
 * points at them (also the first of a joined rendering's), renderings created out of order,
 * documents created out of slug order, a document without renderings, an untranslated stretch.
 */
import type { Store } from "../../src/store";

export const NOW = "2026-01-01T00:00:00Z";

/** Fills the store; returns how many removed segments were kept (a rendering points at them). */
export function buildPairsStore(store: Store, seed: number): number {
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
    // one of each shape for sure: a rendering of three segments listed against their ordinals, one
    // of two whose first segment is removed (its other one, at position 1, is its only pair
    // segment), ordinals a ref does not keep as a number (0, past 999,999,999)
    const doc = store.documents.insert({ slug: "shapes", title: "shapes", sourcePath: null, contentHash: "shapes", meta: {} }, NOW);
    const seg = new Map<number, number>();
    for (const o of [0, 1, 2, 3, 4, 5, 6, 1_000_000_007]) seg.set(o, store.documents.insertSegment(doc, { ordinal: o, paragraph: 1, text: `shapes source ${o}`, start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW));
    const make = (ordinals: number[], text: string) => store.renderings.create({ segmentIds: ordinals.map((o) => seg.get(o)!), text, sourceText: "", status: "translated", origin: "manual", author: "t", now: NOW });
    make([6], "shapes target 6");
    make([3, 1, 2], "shapes target 3+1+2");
    make([5, 4], "shapes target 5+4");
    make([0], "shapes target 0");
    make([1_000_000_007], "shapes target big");
    removed.push(seg.get(5)!);
    for (const id of removed) if (store.documents.removeSegment(id, NOW)) kept++;
  });
  return kept;
}

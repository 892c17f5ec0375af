/**
 * A worker thread's violations reach the main thread in columns (src/app/audit-workers.ts
 * packViolations) and are merged as they are (AuditMerger, ViolationStore.addColumns: no object per
 * violation). The oracle: the same chunks merged with their violations as objects.
 */
import { AuditMerger, auditChunk, knownSources, type ChunkAggregate, type PackedChunkAggregate, type PairAccess } from "../../src/check/audit-stream";
import type { PairToCheck } from "../../src/check/run";
import { compileGlossary, type Concept } from "../../src/glossary";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";
import { packViolations } from "../../src/app/audit-workers";

/** The chunk as a worker sends it: its violations in columns, their pairs from `pairs`. */
function packed(chunk: ChunkAggregate, pairs: readonly PairToCheck[]): PackedChunkAggregate {
  const { violations } = packViolations(chunk.lists);
  const lists: ChunkAggregate["lists"] = chunk.lists.map(([c, l]) => [c, { violations: [], violationPairs: [], forbidden: l.forbidden, untranslated: l.untranslated }]);
  return { ...chunk, lists, packed: { ...violations, pairOf: (i) => pairs[i]! } };
}

function access(pairs: readonly PairToCheck[], lasting: boolean): PairAccess {
  return { ref: (i) => pairs[i]!.ref, fetch: (indexes) => indexes.map((i) => pairs[i]!), lasting };
}

/** The report of the chunks merged in order, every `packEvery`-th chunk (from `first`) in columns. */
function merged(pairs: readonly PairToCheck[], concepts: Concept[], chunks: readonly ChunkAggregate[], lasting: boolean, pack: (k: number) => boolean): string {
  const m = new AuditMerger(pairs.length, access(pairs, lasting), concepts);
  chunks.forEach((ch, k) => m.add(pack(k) ? packed(ch, pairs) : ch));
  return JSON.stringify(m.finish());
}

function chunksOf(pairs: readonly PairToCheck[], concepts: Concept[], size: number): ChunkAggregate[] {
  const matcher = compileGlossary(concepts), known = knownSources(concepts);
  const out: ChunkAggregate[] = [];
  for (let s = 0; s < pairs.length; s += size) out.push(auditChunk(pairs.slice(s, s + size), s, matcher, known));
  return out;
}

describe("violations merged in columns (a worker's chunks) = the same violations merged as objects", () => {
  it("on generated pairs with many violations, texts kept or read again, chunks in columns or not", () => {
    const concepts = generateConcepts(300, 11);
    const pairs = generatePairs(4000, concepts, 5);
    for (const lasting of [true, false]) {
      const expected = merged(pairs, concepts, chunksOf(pairs, concepts, 350), lasting, () => false);
      expect(expected.match(/"offending"/g)!.length).toBeGreaterThan(200);
      expect(merged(pairs, concepts, chunksOf(pairs, concepts, 350), lasting, () => true)).toBe(expected);
      expect(merged(pairs, concepts, chunksOf(pairs, concepts, 350), lasting, (k) => k % 2 === 1)).toBe(expected);
    }
  });

  it("keeps whole what the columns cannot carry: values JSON would change (NaN, -0, Infinity), texts UTF-8 cannot carry, data names out of place", () => {
    const concepts = generateConcepts(80, 4);
    // (a lone surrogate in some targets: kept texts go whole)
    const pairs = generatePairs(900, concepts, 9).map((p, i) => (i % 7 === 0 ? { ...p, target: p.target + " \ud800" } : p));
    const odd: (string | number)[] = [NaN, -0, Infinity];
    let n = 0;
    const chunks = () => chunksOf(pairs, concepts, 200).map((ch) => {
      if (ch.start === 0) n = 0;
      for (const [, l] of ch.lists) {
        l.violations = l.violations.map((v, k) => {
          if (k % 3 === 0) return { ...v, data: { ...v.data, count: odd[n++ % 3]! } };
          if (k % 5 === 1) return { ...v, data: { "2": "two", ...v.data, "1": 1 } };
          return v;
        });
      }
      return ch;
    });
    for (const lasting of [true, false]) {
      const expected = merged(pairs, concepts, chunks(), lasting, () => false);
      expect(n).toBeGreaterThan(10);
      expect(expected).toContain('"1":1,"2":"two"');
      expect(merged(pairs, concepts, chunks(), lasting, () => true)).toBe(expected);
    }
    // -0 comes back as -0 (JSON would write 0): the violation was kept whole
    const m = new AuditMerger(pairs.length, access(pairs, false), concepts);
    for (const ch of chunks()) m.add(packed(ch, pairs));
    const all = m.finish().conceptAudits.flatMap((c) => [...c.violations]);
    expect(all.some((v) => Object.is(v.data.count, -0))).toBe(true);
    expect(all.some((v) => Number.isNaN(v.data.count))).toBe(true);
  });
});

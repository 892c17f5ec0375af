/**
 * How the audit reads a database's pairs (src/app/audit-workers.ts readRun over the store's
 * pairTuplesOf, in the worker threads and in this thread; src/app/audit.ts databaseSource in this
 * thread where the threads cannot read): exactly the pairs of checkPairs() (the oracle: its own
 * query, one object per pair), in its order, with every shape — renderings of several segments
 * listed against their ordinals, one whose first segment was removed, ordinals a ref does not keep
 * as a number, documents without pairs — and the audit of them is the oracle audit's, with the
 * violated pairs' texts kept in memory, in a file or read again.
 */
import * as fs from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require("node:fs") as typeof fs;
import * as path from "node:path";
import { auditDatabaseReport, type AuditResult } from "../../src/app/audit";
import { pairOfRow } from "../../src/app/pair-read";
import { readRun } from "../../src/app/pair-read";
import type { Concept } from "../../src/model";
import { openStore, type Store } from "../../src/store";
import { oracleAudit } from "../helpers/audit-oracle";
import { tempDir } from "../helpers/cli";
import { buildPairsStore, NOW } from "../helpers/pairs-store";
import { auditJson, renderAuditBytes } from "../../src/cli/output/audit";
import { createT } from "../../src/i18n";

/** A term in every source, rendered in no target: a violation on every pair (its texts in the report). */
const concepts: Concept[] = [
  { id: "source", sources: [{ text: "source", caseSensitive: false }], renderings: [{ text: "origin", status: "preferred", caseSensitive: false }], dnt: false },
];

/** checkPairs()' pairs as the audit reads them (the oracle). */
const expectedPairs = (store: Store) => store.findings.checkPairs().map(pairOfRow);

describe("readRun", () => {
  it.each([1, 2, 3])("gives checkPairs()' pairs, rendering ids and refs from runs of documents of any length (seed %i)", (seed) => {
    const store = openStore(":memory:");
    try {
      buildPairsStore(store, seed);
      const rows = store.findings.checkPairs();
      const expected = expectedPairs(store);
      expect(expected.map((p) => p.ref)).toEqual(expect.arrayContaining(["shapes:0", "shapes:1000000007", "shapes:3+1+2", "shapes:4"]));
      const docs = store.findings.documentsInOrder();
      for (const size of [1, 4, docs.length]) {
        const pairs: unknown[] = [];
        const ids: number[] = [];
        const refs: string[] = [];
        for (let k = 0; k < docs.length; k += size) {
          const run = docs.slice(k, k + size);
          const read = readRun(run, store.findings.pairTuplesOf(run));
          pairs.push(...read.pairs);
          ids.push(...read.ids);
          // the refs as the main thread makes them from the parts: document and ordinal, or the ref as it is
          let r = 0;
          read.pairs.forEach((_p, i) => refs.push(read.ordinal[i]! > 0 ? `${run[read.doc[i]!]![1]}:${read.ordinal[i]}` : read.refs[r++]!));
          expect(r).toBe(read.refs.length);
        }
        expect(pairs).toEqual(expected);
        expect(ids).toEqual(rows.map((p) => p.renderingId));
        expect(refs).toEqual(expected.map((p) => p.ref));
      }
    } finally {
      store.close();
    }
  });
});

describe("the audit of a database's pairs", () => {
  let dir: string;
  beforeAll(() => { dir = tempDir(); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("is the oracle's, read by the threads, in this thread, with the violated pairs' texts in memory, in a file or read again", async () => {
    const file = path.join(dir, "shapes.db");
    const store = openStore(file);
    const memory = openStore(":memory:");
    try {
      for (const s of [store, memory]) {
        buildPairsStore(s, 7);
        s.transaction(() => s.glossary.replaceAll(concepts, NOW));
      }
      const pairs = expectedPairs(store);
      const expected = JSON.stringify(oracleAudit(pairs, concepts, { suppressions: [] }));
      expect(expected).toContain("shapes:3+1+2");
      expect(expected).toContain('"source":"shapes source 3 shapes source 1 shapes source 2"');
      const shown = (r: AuditResult) => JSON.stringify({ ...r.audit, lapsed: r.suppressions.lapsedIds, unused: r.suppressions.unusedIds });
      // (texts of a few pairs in memory, then in a file; one block's worth in memory, the rest read again; none kept)
      for (const budget of [{}, { textCacheBytes: 256 }, { textCacheBytes: 256, textSpillBytes: 1 }, { textCacheBytes: 0 }]) {
        for (const [db, workers] of [[store, 1], [store, 2], [store, 3], [memory, 2]] as const) {
          const o = { root: "/nonexistent", workers, chunkSize: 7, minPairsPerWorker: 1, ...budget };
          const written = jest.spyOn(nodeFs, "writeSync");
          expect(await auditDatabaseReport(db, o, shown)).toBe(expected);
          const spilled = written.mock.calls.length > 0;
          written.mockRestore();
          expect(spilled).toBe(budget.textCacheBytes === 256 && budget.textSpillBytes === undefined);
        }
      }
    } finally {
      memory.close();
      store.close();
    }
  }, 120_000);

  it("writes the violated pairs' texts of its JSON report as JSON.stringify does, copied as UTF-8 or escaped, kept in memory, in a file or read again", async () => {
    const file = path.join(dir, "tricky.db");
    const store = openStore(file);
    // texts JSON writes as they are (accents, emoji, U+2028, DEL) and texts it escapes (quotes, backslashes, controls)
    const odd = ["plain", "café “é”", "🙂 emoji", "line\u2028sep", "del\u007f", 'a "quote"', "back\\slash", "tab\tand\nnewline", "bell\u0001"];
    try {
      store.transaction(() => {
        store.glossary.replaceAll(concepts, NOW);
        const doc = store.documents.insert({ slug: "tricky", title: "tricky", sourcePath: null, contentHash: "tricky", meta: {} }, NOW);
        for (let o = 1; o <= 120; o++) {
          const seg = store.documents.insertSegment(doc, { ordinal: o, paragraph: o, text: `source ${odd[o % odd.length]} ${o}`, start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW);
          store.renderings.create({ segmentIds: [seg], text: `target ${odd[(o * 5) % odd.length]} ${"x".repeat(o % 40)}`, sourceText: "", status: "translated", origin: "manual", author: "t", now: NOW });
        }
      });
      const t = createT("en");
      // (the oracle's report, without the suppressions' outcome the result gives beside it)
      const { lapsed: _l, unused: _u, ...report } = oracleAudit(expectedPairs(store), concepts, { suppressions: [] });
      const expected = JSON.stringify(auditJson(t, report), null, 2) + "\n";
      expect(expected).toContain('\\"quote\\"');
      expect(expected).toContain("🙂 emoji");
      const json = (r: AuditResult) => Buffer.concat([...renderAuditBytes("json", t, r.audit, "en")].map((b) => Buffer.from(b))).toString("utf8");
      for (const budget of [{}, { textCacheBytes: 256 }, { textCacheBytes: 256, textSpillBytes: 1 }, { textCacheBytes: 0 }]) {
        for (const workers of [1, 2]) {
          expect(await auditDatabaseReport(store, { root: "/nonexistent", workers, chunkSize: 7, minPairsPerWorker: 1, textSpillBytes: budget.textSpillBytes, textCacheBytes: budget.textCacheBytes }, json)).toBe(expected);
        }
      }
    } finally {
      store.close();
    }
  }, 120_000);
});

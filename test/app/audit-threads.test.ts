/**
 * `selaras audit` on a database file: the worker threads read their own pairs (runs of documents,
 * each thread on a connection of its own) on the one snapshot this thread reads too
 * (src/store/snapshot.ts, src/app/audit.ts sharedDatabase). The report is the oracle's
 * (test/helpers/audit-oracle.ts) in one, two and three threads; where the threads cannot read the
 * database (in memory, a store in a transaction) this thread reads it and the report is the same;
 * a writer committing during the run is in none or all of what the audit reads; an error in a
 * worker keeps its code and leaves the database as it was.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require("node:fs") as typeof fs;
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeOs = require("node:os") as typeof import("node:os");
import * as path from "node:path";
import { auditDatabase, auditDatabaseReport, type AuditResult } from "../../src/app/audit";
import { pairHash } from "../../src/app/check";
import { SelarasError } from "../../src/errors";
import { openStore, type Store } from "../../src/store";
import { fillAuditStore, generateConcepts, generatePairs } from "../../bench/lib/generate";
import { oracleAudit } from "../helpers/audit-oracle";
import { tempDir } from "../helpers/cli";

const NOW = "2026-01-01T00:00:00Z";
const SOURCE = "Menteri itu berkata rencana tersebut sudah disetujui.";
/** The target of the first and the last pair: without a number, or with one the source does not have. */
const TARGETS = ["The minister said the plan had been approved.", "The minister said the plan had been approved 4321 times."];
const concepts = generateConcepts(150, 5);
const opts = (workers: number) => ({ root: "/nonexistent", workers, chunkSize: 60, minPairsPerWorker: 1 });

let dir: string;
let file: string;
/** The rendering ids and refs of the first and the last pair (documents `aaa-first`, `zzz-last`). */
let ends: { id: number; ref: string }[];

/** The generated pairs, a joined rendering (a ref of two ordinals), an empty document, suppressions used and lapsed. */
function fill(store: Store): void {
  const pairs = generatePairs(2400, concepts, 9).map((p, i) => (i % 7 === 3 ? { ...p, target: p.target.replace(/\.$/, ", 12 of them.") } : p));
  const suppressions = pairs.filter((_p, i) => i % 97 === 5).map((p) => ({ ref: p.ref, checkId: "glossary-term-missing", reason: "t" }));
  fillAuditStore(store, pairs, concepts, suppressions);
  store.transaction(() => {
    ends = [];
    for (const slug of ["aaa-first", "mmm-joined", "nnn-empty", "zzz-last"]) {
      const doc = store.documents.insert({ slug, title: slug, sourcePath: null, contentHash: slug, meta: {} }, NOW);
      if (slug === "nnn-empty") continue;
      const segs = [1, 2].map((o) => store.documents.insertSegment(doc, { ordinal: o, paragraph: 1, text: o === 1 ? SOURCE : "Ia pergi.", start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW));
      const joined = slug === "mmm-joined";
      const id = store.renderings.create({ segmentIds: joined ? segs : [segs[0]!], text: joined ? "He went, 3 days later." : TARGETS[0]!, sourceText: SOURCE, status: "translated", origin: "manual", author: "t", now: NOW });
      if (!joined) ends.push({ id, ref: `${slug}:1` });
    }
    // a suppression whose pair changed since (lapsed)
    store.findings.suppress({ document: "aaa-first", checkId: "number-mismatch", pairHash: pairHash(SOURCE, "an older target"), ref: "aaa-first:1", reason: "t", author: "t", origin: "cli", source: SOURCE, target: "an older target", createdAt: NOW });
  });
}

/**
 * The oracle's report of the store's pairs, as auditDatabase's result is compared with it. The
 * oracle is slow (every check over every pair) and a pure function of the pairs, concepts and
 * suppressions read here: its report is kept by those inputs, so a store read again with the same
 * rows is not audited by it again (the tests read the same file three times).
 */
const oracleReports = new Map<string, string>();
function oracle(store: Store): string {
  const rows = store.findings.suppressions();
  const pairs = store.findings.checkPairs().map((p) => ({ ref: `${p.document}:${p.ordinals.join("+")}`, document: p.document, source: p.segmentTexts.join(" "), target: p.target }));
  const key = JSON.stringify([pairs, rows]);
  let report = oracleReports.get(key);
  if (report === undefined) oracleReports.set(key, report = JSON.stringify(oracleAudit(pairs, concepts, { suppressions: rows })));
  return report;
}

function shown(result: AuditResult, store: Store): string {
  const rows = store.findings.suppressions();
  const index = (id: number) => rows.findIndex((x) => x.id === id);
  const { lapsed, unused, lapsedIds, unusedIds } = result.suppressions;
  expect([lapsed, unused]).toEqual([lapsedIds.length, unusedIds.length]);
  return JSON.stringify({ ...result.audit, lapsed: lapsedIds.map(index), unused: unusedIds.map(index) });
}

/** Has the report a number-mismatch finding on this ref (the pair's second target)? */
const variant = (result: AuditResult, ref: string): boolean => [...result.audit.findings].some((f) => f.ref === ref && f.checkId === "number-mismatch");

/** The database's rows, to compare before and after. */
function dump(db: string): string {
  const store = openStore(db);
  try {
    return JSON.stringify([store.findings.checkPairs(), store.findings.suppressions(), store.glossary.all()]);
  } finally {
    store.close();
  }
}

beforeAll(() => {
  dir = tempDir();
  file = path.join(dir, "audit.db");
  const store = openStore(file);
  try {
    fill(store);
  } finally {
    store.close();
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("the audit's threads read the database themselves", () => {
  it("gives the oracle's report in one, two and three threads, and the same report when it is read again for writing", async () => {
    const store = openStore(file);
    try {
      const expected = oracle(store);
      expect(expected).toContain("mmm-joined:1+2");
      expect(expected).toContain('"lapsed":[0]');
      for (const workers of [1, 2, 3]) {
        expect(shown(await auditDatabase(store, opts(workers)), store)).toBe(expected);
        expect(await auditDatabaseReport(store, opts(workers), (r) => shown(r, store))).toBe(expected);
      }
      // this thread only hands out and merges
      expect(shown(await auditDatabase(store, { ...opts(2), mainThreadAudits: false }), store)).toBe(expected);
    } finally {
      store.close();
    }
  }, 120_000);

  it("gives the same report whether the violated pairs' texts are kept in memory, in a temporary file or read again, in threads and in this thread", async () => {
    const store = openStore(file);
    const memory = openStore(":memory:");
    const spillDir = path.join(dir, "spill");
    fs.mkdirSync(spillDir);
    try {
      const expected = oracle(store);
      fill(memory);
      // (texts of a few pairs in memory, then in the file: all of it, a part, none (a folder that does not exist))
      const budgets = [
        { textCacheBytes: 4096, tmp: spillDir },
        { textCacheBytes: 4096, textSpillBytes: 20_000, tmp: spillDir },
        { textCacheBytes: 4096, tmp: path.join(dir, "missing") },
        { textCacheBytes: 0, tmp: spillDir },
      ];
      for (const { tmp: where, ...budget } of budgets) {
        // (the system's temporary folder, as the audit asks for it)
        const tmpdir = jest.spyOn(nodeOs, "tmpdir").mockReturnValue(where);
        for (const [db, workers] of [[store, 1], [store, 3], [memory, 3]] as const) {
          let during: string[] = [];
          // (on the module itself: `import * as fs` gives read-only bindings to it)
          const opened = jest.spyOn(nodeFs, "openSync");
          const written = jest.spyOn(nodeFs, "writeSync");
          const got = await auditDatabaseReport(db, { ...opts(workers), ...budget }, (r) => { during = fs.readdirSync(spillDir); return shown(r, db); });
          const fds = opened.mock.calls.flatMap(([f], k) => (String(f).includes("selaras-audit-") ? [opened.mock.results[k]!.value as unknown] : []));
          const files = opened.mock.calls.filter(([f]) => String(f).includes("selaras-audit-")).length;
          const writes = written.mock.calls.filter(([fd]) => fds.includes(fd)).length;
          opened.mockRestore();
          written.mockRestore();
          expect(got).toBe(expected);
          // (the texts went to a file where there was one to write)
          expect([files, writes > 0]).toEqual(budget.textCacheBytes === 0 ? [0, false] : [1, where === spillDir]);
          // the file was gone from the folder while it was used, and is closed after
          expect(during).toEqual([]);
          expect(fs.readdirSync(spillDir)).toEqual([]);
        }
        tmpdir.mockRestore();
      }
    } finally {
      memory.close();
      store.close();
    }
  }, 120_000);

  it("reads in this thread where the threads cannot: a database in memory, a store in a transaction of its own", async () => {
    const store = openStore(file);
    const memory = openStore(":memory:");
    try {
      const expected = oracle(store);
      fill(memory);
      expect(shown(await auditDatabase(memory, opts(3)), memory)).toBe(expected);
      expect(await auditDatabaseReport(memory, opts(3), (r) => shown(r, memory))).toBe(expected);
      expect(shown(await store.snapshotAsync(() => auditDatabase(store, opts(3))), store)).toBe(expected);
    } finally {
      memory.close();
      store.close();
    }
  }, 120_000);
});

describe("one snapshot for every thread", () => {
  let writer: ChildProcess | undefined;
  afterEach(() => writer?.kill());

  it("a writer committing all the while is in none or all of what the audit reads, and is not held up after it", async () => {
    const store = openStore(file);
    try {
      // the two ends' targets change together, in one transaction, over and over
      const script = `
        const Database = require(${JSON.stringify(require.resolve("better-sqlite3"))});
        const db = new Database(${JSON.stringify(file)});
        db.pragma("busy_timeout = 60000");
        const update = db.prepare("UPDATE rendering SET text = ? WHERE id = ?");
        const pause = new Int32Array(new SharedArrayBuffer(4));
        const targets = ${JSON.stringify(TARGETS)};
        let k = 0;
        for (;;) {
          db.transaction(() => { for (const id of ${JSON.stringify(ends.map((e) => e.id))}) update.run(targets[k % 2], id); }).immediate();
          if (++k === 1) process.stdout.write("started\\n");
          Atomics.wait(pause, 0, 0, 2);
        }`;
      writer = spawn(process.execPath, ["-e", script], { stdio: ["ignore", "pipe", "inherit"] });
      await new Promise<void>((resolve) => writer!.stdout!.once("data", () => resolve()));
      const seen = new Set<string>();
      for (const workers of [3, 2, 3, 2]) {
        const states = await auditDatabaseReport(store, opts(workers), (r) => ends.map((e) => variant(r, e.ref)));
        expect(states[1]).toBe(states[0]);
        seen.add(String(states[0]));
      }
      expect(writer.exitCode).toBeNull();
      writer.kill();
      // both targets give different findings (the test can tell the states apart)
      for (const k of [0, 1]) {
        store.transaction(() => { for (const e of ends) store.renderings.update(e.id, { text: TARGETS[k]!, sourceText: SOURCE, status: "translated", origin: "manual", author: "t", now: NOW }); });
        const r = await auditDatabase(store, opts(2));
        expect(ends.map((e) => variant(r, e.ref))).toEqual([k === 1, k === 1]);
      }
      // after the audit, a writer commits at once (the lock was let go)
      await auditDatabase(store, opts(3));
      const other = openStore(file, { lockTimeoutMs: 1 });
      try {
        other.transaction(() => other.renderings.update(ends[0]!.id, { text: TARGETS[0]!, sourceText: SOURCE, status: "translated", origin: "manual", author: "t", now: NOW }));
        other.transaction(() => other.renderings.update(ends[1]!.id, { text: TARGETS[0]!, sourceText: SOURCE, status: "translated", origin: "manual", author: "t", now: NOW }));
      } finally {
        other.close();
      }
    } finally {
      store.close();
    }
  }, 180_000);
});

describe("errors", () => {
  const argv = process.execArgv.slice();
  afterEach(() => { process.execArgv.length = 0; process.execArgv.push(...argv); });

  it("an error in a worker thread keeps its code and data, and the database is left as it was", async () => {
    const store = openStore(file);
    try {
      const slug = store.findings.documentsInOrder()[7]![1];
      const pair = store.findings.checkPairs().find((p) => p.document === slug)!;
      store.transaction(() => store.documents.insertSegment(store.documents.bySlug(slug)!.id, { ordinal: 999, paragraph: 9, text: "CRASH di sini", start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW));
      const seg = store.documents.segments(store.documents.bySlug(slug)!.id).find((s) => s.ordinal === 999)!;
      store.transaction(() => store.renderings.create({ segmentIds: [seg.id], text: "CRASH here", sourceText: seg.text, status: "translated", origin: "manual", author: "t", now: NOW }));
      expect(pair).toBeDefined();
      const before = dump(file);
      process.execArgv.push("--require", path.resolve(__dirname, "../helpers/crash-check.js"));
      for (const report of [false, true]) {
        const run = report ? auditDatabaseReport(store, { ...opts(2), mainThreadAudits: false }, () => "written") : auditDatabase(store, { ...opts(2), mainThreadAudits: false });
        const e = await run.then(() => null, (x: unknown) => x);
        expect(e).toBeInstanceOf(SelarasError);
        expect((e as SelarasError).code).toBe("check-crashed");
        expect((e as SelarasError).data).toEqual({ checkId: "end-punctuation", ref: `${slug}:999`, message: "boom" });
      }
      expect(dump(file)).toBe(before);
      // nothing holds the database: a writer commits at once
      const other = openStore(file, { lockTimeoutMs: 1 });
      try {
        other.transaction(() => other.findings.unsuppress("aaa-first", "number-mismatch", "none"));
      } finally {
        other.close();
      }
    } finally {
      store.close();
    }
  }, 120_000);
});

/**
 * An audit whose worker thread fails without an error: it ends on its own (exit code 0, as a
 * `process.exit` in a dependency would) or hangs with chunks to audit. The run fails with
 * audit-worker-stopped or audit-worker-stalled instead of waiting forever (before: the CLI never
 * ended, and the workbench's /api/audit, one run at a time, never answered again); the database is
 * as it was. The worker's script is replaced (jest.mock of workerScript: nothing in src knows of it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditDatabase } from "../../src/app/audit";
import { auditPairsParallel } from "../../src/app/audit-workers";
import { openStore } from "../../src/store";
import { fillAuditStore, generateConcepts, generatePairs } from "../../bench/lib/generate";
import { tempDir } from "../helpers/cli";

const dir = tempDir("selaras-worker-failure-");
const scripts = {
  /** ends at once, without a word */
  exits: "process.exit(0);\n",
  /** begins its read transaction as a database's worker does (says it did), then never answers */
  hangs: [
    "const { workerData } = require('node:worker_threads');",
    "if (workerData.db) { const f = new Int32Array(workerData.db.flags); Atomics.store(f, workerData.db.slot, 1); Atomics.notify(f, workerData.db.slot); }",
    "setInterval(() => {}, 1000);",
  ].join("\n"),
};
for (const [name, text] of Object.entries(scripts)) fs.writeFileSync(path.join(dir, `${name}.js`), text);
let mockScript = "";

jest.mock("../../src/app/worker-script", () => ({
  workerScript: () => ({ file: mockScript }),
}));

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const concepts = generateConcepts(60, 5);
const pairs = generatePairs(800, concepts, 3).map((p) => ({ ...p, document: p.ref.split(":")[0]! }));

describe("a worker thread that ends without finishing", () => {
  beforeEach(() => { mockScript = path.join(dir, "exits.js"); });

  it.each([
    ["in worker threads only (the workbench)", false],
    ["with this thread auditing too (the CLI)", true],
  ])("fails the run with audit-worker-stopped: %s", async (_name, mainThreadAudits) => {
    const started = Date.now();
    await expect(auditPairsParallel(pairs, concepts, { workers: 2, chunkSize: 50, minPairsPerWorker: 1, mainThreadAudits }))
      .rejects.toEqual(expect.objectContaining({ code: "audit-worker-stopped", data: { code: 0 } }));
    // (at once: not after the stall time-out of 60 s)
    expect(Date.now() - started).toBeLessThan(30_000);
  }, 40_000);
});

describe("the workbench's audit (\"beyond-one-chunk\"): a run of one chunk starts no worker thread", () => {
  beforeEach(() => { mockScript = path.join(dir, "exits.js"); });

  it("one chunk: audited in this thread, the report that of a run without workers (the broken worker never started)", async () => {
    const here = await auditPairsParallel(pairs, concepts, { workers: 2, chunkSize: 1000, minPairsPerWorker: 1, mainThreadAudits: "beyond-one-chunk" });
    const alone = await auditPairsParallel(pairs, concepts, { workers: 1, chunkSize: 1000 });
    expect(here.report.pairs).toBe(800);
    expect(JSON.stringify(here.report)).toBe(JSON.stringify(alone.report));
  });

  it("more than one chunk: handed to worker threads (which fail here: audit-worker-stopped)", async () => {
    await expect(auditPairsParallel(pairs, concepts, { workers: 2, chunkSize: 799, minPairsPerWorker: 1, mainThreadAudits: "beyond-one-chunk" }))
      .rejects.toEqual(expect.objectContaining({ code: "audit-worker-stopped" }));
  }, 40_000);
});

describe("a worker thread that hangs with chunks to audit", () => {
  beforeEach(() => { mockScript = path.join(dir, "hangs.js"); });

  it("fails the run with audit-worker-stalled after workerStallMs", async () => {
    await expect(auditPairsParallel(pairs, concepts, { workers: 2, chunkSize: 50, minPairsPerWorker: 1, mainThreadAudits: false, workerStallMs: 500 }))
      .rejects.toEqual(expect.objectContaining({ code: "audit-worker-stalled", data: { seconds: 1 } }));
  }, 30_000);

  it("the workbench's audit of a database (its workers read it): fails, the database as it was", async () => {
    const file = path.join(dir, "hang.db");
    const store = openStore(file);
    try {
      fillAuditStore(store, generatePairs(300, concepts, 4), concepts);
      const before = store.db.prepare("SELECT COUNT(*) AS n, SUM(length(text)) AS chars FROM rendering").get();
      await expect(auditDatabase(store, { root: dir, mainThreadAudits: false, workerStallMs: 500 }))
        .rejects.toEqual(expect.objectContaining({ code: "audit-worker-stalled" }));
      expect(store.db.prepare("SELECT COUNT(*) AS n, SUM(length(text)) AS chars FROM rendering").get()).toEqual(before);
      // (the store is usable again: no read transaction left open)
      store.transaction(() => store.db.prepare("UPDATE rendering SET note = 'x' WHERE id = (SELECT MIN(id) FROM rendering)").run());
    } finally {
      store.close();
    }
  }, 30_000);
});

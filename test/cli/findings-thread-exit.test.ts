/**
 * The findings thread of a JSON audit report (src/cli/output/findings-thread.ts) when its worker
 * ends without a word (it could not load, ran out of memory, was stopped): the write fails at once
 * with io-report-thread-stopped naming the report (not after the 60 s the writer waits for a worker
 * that hangs), and the report and its folder are as they were. The worker's script is replaced by
 * one that exits at once (jest.mock of workerScript: nothing in src knows of it).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-exit-"));
const script = path.join(dir, "exits.js");
fs.writeFileSync(script, "process.exit(0);\n");

jest.mock("../../src/app/worker-script", () => ({
  workerScript: () => ({ file: script }),
}));

import { createT } from "../../src/i18n";
import { renderAuditBytes } from "../../src/cli/output/audit";
import { writeReport } from "../../src/app/audit";
import { auditPairsParallel } from "../../src/app/audit-workers";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("a findings thread that exits without finishing fails the write at once, the report as it was", async () => {
  const concepts = generateConcepts(60, 5);
  const pairs = generatePairs(800, concepts, 3).map((p) => ({ ...p, target: p.target.replace(/ people\.$/, " people, 7 of them hurt.") }));
  const { report } = await auditPairsParallel(pairs, concepts, { workers: 1, chunkSize: 400 });
  expect(report.findings.length).toBeGreaterThan(0);
  const out = fs.mkdtempSync(path.join(dir, "out-"));
  const file = path.join(out, "audit.json");
  fs.writeFileSync(file, "old");
  await expect(writeReport(file, renderAuditBytes("json", createT("en"), report, "en", { findingsThread: true, findingsThreadMin: 1, report: file })))
    .rejects.toEqual(expect.objectContaining({ code: "io-report-thread-stopped", data: { file } }));
  expect(fs.readdirSync(out)).toEqual(["audit.json"]);
  expect(fs.readFileSync(file, "utf8")).toBe("old");
  // (the test's time-out, 40 s, is below the 60 s the writer waits for a worker that hangs: a writer
  // that did not see the exit fails it)
}, 40_000);

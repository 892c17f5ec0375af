/**
 * A JSON audit report's findings written in another thread (src/cli/output/findings-thread.ts)
 * while the writer's thread writes the rest: the same bytes as the report written in one thread
 * (the oracle: renderAuditBytes without it, itself tested against JSON.stringify in
 * audit-writer.test.ts), whatever the refs and texts hold, moved into the report from its file,
 * which is gone after; a failure in that thread fails the write and leaves no file (the report as
 * it was).
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { AuditReport } from "../../src/check/audit";
import type { HeldBytes } from "../../src/app/audit";
import { createT } from "../../src/i18n";
import { findingsJsonChunks, renderAuditBytes } from "../../src/cli/output/audit";
import { findingsInThread } from "../../src/cli/output/findings-thread";
import { Gathered } from "../../src/cli/output/json-text";
import { writeReport } from "../../src/app/audit";
import { auditPairsParallel } from "../../src/app/audit-workers";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";

const TRICKY = ['say "hi"', "back\\slash", "tab\there", "lone \ud800 high", "pair 😀 emoji", "ls\u2028ps\u2029", "“quotes” — dash", "é à ü ß", "", "{{term}}"];

/** An engine report (refs in the run's table) over generated pairs, some refs and texts tricky, some texts repeated (corpus findings). */
async function engineReport(n: number): Promise<AuditReport> {
  const concepts = generateConcepts(120, 5);
  const pairs = generatePairs(n, concepts, 7).map((p, i) => ({
    ...p,
    ref: i % 9 === 0 ? `d${TRICKY[i % TRICKY.length]}:${i}` : i % 13 === 0 ? `odd-ref-${i}` : p.ref,
    target: `${p.target.replace(/ people\.$/, i % 3 ? " people, 7 of them hurt." : " people.")}${i % 4 ? "" : " " + TRICKY[i % TRICKY.length]}`,
  }));
  for (let i = 1; i < pairs.length; i += 10) pairs[i] = { ...pairs[i]!, source: pairs[i - 1]!.source };
  return (await auditPairsParallel(pairs, concepts, { workers: 1, chunkSize: 700 })).report;
}

/** The pieces' bytes (each copied as it comes: a piece is good until the next is made). */
function concat(pieces: Iterable<Uint8Array>): Buffer {
  const out: Buffer[] = [];
  for (const b of pieces) out.push(Buffer.from(b));
  return Buffer.concat(out);
}

/** The bytes the findings thread's pieces hold (its file's, once it has written them all). */
async function held(pieces: Iterable<HeldBytes>): Promise<Buffer> {
  const out: Buffer[] = [];
  for (const p of pieces) {
    const { fd, bytes } = await p.ready();
    const b = Buffer.alloc(bytes);
    expect(fs.readSync(fd, b, 0, bytes, 0)).toBe(bytes);
    out.push(b);
  }
  return Buffer.concat(out);
}

/** A report written with writeReport to a file of a folder of its own: its bytes, and what else is left in the folder. */
async function written(pieces: Iterable<Uint8Array | HeldBytes>, dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-thread-"))): Promise<{ bytes: Buffer; left: string[] }> {
  const file = path.join(dir, "audit.json");
  await writeReport(file, pieces);
  const bytes = fs.readFileSync(file);
  const left = fs.readdirSync(dir).filter((f) => f !== "audit.json");
  fs.rmSync(dir, { recursive: true, force: true });
  return { bytes, left };
}

describe("the findings of a JSON report written in another thread", () => {
  it.each(["en", "id"] as const)("are the bytes this thread writes (%s), the whole report too; their columns move there", async (lang) => {
    const t = createT(lang);
    const report = await engineReport(3000);
    expect(report.findings.length).toBeGreaterThan(2000);
    expect([...report.findings].some((f) => f.checkId === "inconsistent-rendering")).toBe(true);
    const here = concat(findingsJsonChunks(t, report.findings, new Gathered<Uint8Array>(true)));
    const oneThread = concat(renderAuditBytes("json", t, report, lang));
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-thread-"));
    const elsewhere = findingsInThread(report, lang, { minFindings: 1, dir })!;
    expect(elsewhere).toBeDefined();
    // (moved: this thread reads them no more)
    expect(() => [...report.findings]).toThrow(/moved to another thread/);
    expect((await held(elsewhere.pieces())).equals(here)).toBe(true);
    // (its file removed once read)
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
    // written in small pieces
    const small = await engineReport(3000);
    expect((await held(findingsInThread(small, lang, { minFindings: 1, pieceBytes: 2048 })!.pieces())).equals(here)).toBe(true);
    // the whole report written to its file (the findings moved in from the thread's file, which is gone)
    const again = await engineReport(3000);
    const dir2 = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-thread-"));
    const whole = await written(renderAuditBytes("json", t, again, lang, { findingsThread: true, findingsThreadMin: 1, report: path.join(dir2, "audit.json") }), dir2);
    expect(whole.bytes.equals(oneThread)).toBe(true);
    expect(whole.left).toEqual([]);
    // (and the oracle's text)
    expect(oneThread.toString("utf8")).toBe(JSON.stringify(JSON.parse(oneThread.toString("utf8")), null, 2) + "\n");
  }, 60_000);

  it("stay in this thread below the threshold, and where the list has no plain data", async () => {
    const report = await engineReport(600);
    expect(findingsInThread(report, "en")).toBeUndefined();
    const plainList = { ...report, findings: { length: report.findings.length, [Symbol.iterator]: () => report.findings[Symbol.iterator](), toJSON: () => [...report.findings] } };
    expect(findingsInThread(plainList, "en", { minFindings: 1 })).toBeUndefined();
    expect([...report.findings].length).toBe(report.findings.length);
  }, 60_000);

  it("fail the write when that thread fails, and the file is not written", async () => {
    const report = await engineReport(600);
    const parts = report.findings.parts!()!;
    // a pack whose codes name nothing: the worker cannot read it
    const broken: AuditReport = { ...report, findings: { ...report.findings, length: report.findings.length, [Symbol.iterator]: () => report.findings[Symbol.iterator](), toJSON: () => [], parts: () => ({ ...parts, packs: [{ pair: Int32Array.of(0), codes: Uint16Array.of(90, 91, 92, 93, 0), names: [], values: [] }], transfer: [] }) } };
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-thread-"));
    const file = path.join(dir, "audit.json");
    fs.writeFileSync(file, "old");
    await expect(writeReport(file, renderAuditBytes("json", createT("en"), broken, "en", { findingsThread: true, report: file, findingsThreadMin: 1 }))).rejects.toThrow();
    expect(fs.readdirSync(dir)).toEqual(["audit.json"]);
    expect(fs.readFileSync(file, "utf8")).toBe("old");
    fs.rmSync(file);
    expect(fs.readdirSync(dir)).toEqual([]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);

  it("fail with the report's I/O error when that thread cannot write its file", async () => {
    const report = await engineReport(600);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-findings-thread-"));
    // (the report's "folder" is a file: the thread cannot make its file there, ENOTDIR)
    const notDir = path.join(dir, "plain-file");
    fs.writeFileSync(notDir, "x");
    const out = path.join(notDir, "audit.json");
    const run = findingsInThread(report, "en", { minFindings: 1, report: out })!;
    await expect(held(run.pieces())).rejects.toEqual(expect.objectContaining({ code: "io-not-directory", data: expect.objectContaining({ file: out }) }));
    expect(fs.readdirSync(dir)).toEqual(["plain-file"]);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});

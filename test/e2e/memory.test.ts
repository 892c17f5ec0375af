/**
 * Memory that follows the work, not the input (issue #17): `check` streams its pairs and its report.
 * Proven with a bounded heap (`--max-old-space-size`) on generated inputs that used to exceed it —
 * the whole-run check held every pair, every check input and every finding object, and ran out of
 * heap on these; the streamed one keeps a few integers a finding. No timing is asserted.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { tempDir } from "../helpers/cli";
import { cliArgv } from "./children/cli";

let dir: string;
beforeAll(() => { dir = tempDir("selaras-memory-"); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ENV = { ...process.env, LANG: "en_US.UTF-8" };

/** Runs the CLI in a child process with at most `heapMiB` of V8 old space; stdout is written to a file. */
function runBounded(heapMiB: number, args: string[], out: string): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const fd = fs.openSync(out, "w");
    const cp = spawn(process.execPath, [`--max-old-space-size=${heapMiB}`, ...cliArgv(), ...args], { env: ENV, stdio: ["ignore", fd, "pipe"] });
    let stderr = "";
    // stdio[2] is "pipe", so stderr is a stream (node's types cannot tell, with an fd in stdio[1])
    cp.stderr!.on("data", (d: Buffer) => { stderr += d.toString(); });
    cp.on("error", reject);
    cp.on("close", (code) => { fs.closeSync(fd); resolve({ code, stderr }); });
  });
}

const N = 6000;
/** `n` long pairs (about 4 KB each, 24 MB in all), each with one number in the target that the source lacks: one finding each. */
function pairsFile(n: number): string {
  const file = path.join(dir, `pairs-${n}.tsv`);
  if (fs.existsSync(file)) return file;
  const source = "kata yang panjang sekali ".repeat(80), target = "a very long word here ".repeat(90);
  const fd = fs.openSync(file, "w");
  for (let i = 1; i <= n; i += 1000) {
    let s = "";
    for (let k = i; k < i + 1000 && k <= n; k++) s += `${source}nomor ${k} pada pagi hari ini.\t${target}number ${k} this morning, ${k + 7}.\n`;
    fs.writeSync(fd, s);
  }
  fs.closeSync(fd);
  return file;
}

describe("check in bounded memory", () => {
  it("checks 6,000 long pairs (24 MB) with a finding each, JSON report, within 40 MiB of heap (the whole-run check ran out of it)", async () => {
    const file = pairsFile(N);
    const out = path.join(dir, "report.json");
    const r = await runBounded(40, ["check", "--pairs", file, "--only", "number-mismatch", "--format", "json"], out);
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.code).toBe(1);
    const report = JSON.parse(fs.readFileSync(out, "utf8")) as { pairs: number; counts: { error: number }; findings: Array<{ ref: string; line: number; data: { number: string } }> };
    expect(report.pairs).toBe(N);
    expect(report.counts.error).toBe(N);
    expect(report.findings.length).toBe(N);
    expect(report.findings[N - 1]).toMatchObject({ ref: "line:6000", line: 6000, data: { number: "6007" } });
  }, 120_000);

  it("reports the same pairs as people read them (stylish), within the same heap", async () => {
    const file = pairsFile(N);
    const out = path.join(dir, "report.txt");
    const r = await runBounded(40, ["check", "--pairs", file, "--only", "number-mismatch"], out);
    expect(r.stderr).not.toMatch(/heap out of memory/);
    expect(r.code).toBe(1);
    const text = fs.readFileSync(out, "utf8");
    expect(text.split("\n").filter((l) => /^line:\d+$/.test(l)).length).toBe(N);
    expect(text).toContain("line:6000\n  error       “6007” in the target does not appear in the source.  number-mismatch\n");
    expect(text.trimEnd().split("\n").pop()).toBe("6,000 problems (pairs checked: 6,000; errors: 6,000, warnings: 0, infos: 0).");
  }, 120_000);

  it.each([
    ["check --pairs", (f: string) => ["check", "--pairs", f]],
    ["align --doc", (f: string) => ["align", "--doc", "rapat", f, "--db", path.join(dir, "align.db")]],
  ])("%s refuses a file with a 50 MB line at that line, read up to it only, with its exact length (exit 2)", async (_name, argv) => {
    const article = path.join(dir, "rapat.txt");
    fs.writeFileSync(article, "Rapat kabinet\n\nPresiden tiba di Jakarta.\n");
    await runBounded(64, ["ingest", article, "--db", path.join(dir, "align.db")], path.join(dir, "ingest.out"));
    const file = path.join(dir, "long.tsv");
    const fd = fs.openSync(file, "w");
    fs.writeSync(fd, "Ia tiba.\tHe arrived.\n");
    const chunk = "kata ".repeat(200_000);
    for (let i = 0; i < 50; i++) fs.writeSync(fd, chunk);
    fs.writeSync(fd, "\tword\n");
    fs.closeSync(fd);
    const r = await runBounded(40, argv(file), path.join(dir, "long.out"));
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${file}:2: a line of 50,000,005 bytes, longer than the limit of 1,000,000 bytes (see docs/guarantees.md, size limits)\n`);
  }, 60_000);
});

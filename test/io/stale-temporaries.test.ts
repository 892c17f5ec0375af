/**
 * Temporary files a killed command leaves behind (src/store/file-journal.ts sweepStaleTemporaries):
 * a report written by a process killed with SIGKILL mid-write leaves its hidden `.tmp` beside the
 * report; the next command that writes in that folder removes it. `npm start` removes those left in
 * translations/ and exports/, `translate set` those in translations/ — but never a translations
 * file's (a person's English: see docs/guarantees.md, "After a crash"). Only files named as Selaras
 * names its own temporary files and whose writer no longer runs are removed: a user's files that
 * merely end in `.tmp`, and a running process's, stay.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { REPO, run, tempDir } from "../helpers/cli";
import { KEPT_TEMPORARIES_OF } from "../../src/store/file-journal";
import { TRANSLATIONS_EXTENSION } from "../../src/translations/format";

let dir: string;
beforeEach(() => { dir = tempDir("selaras-stale-tmp-"); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** The CLI as a new command runs it: its modules loaded afresh (a folder is swept once per process). */
function command(): typeof run {
  jest.resetModules();
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  return (require("../helpers/cli") as typeof import("../helpers/cli")).run;
}

/** The pid of a process that has ended. */
function endedPid(): number {
  const r = spawnSync(process.execPath, ["-e", ""]);
  return r.pid!;
}

/** Files of `d`, sorted. */
const ls = (d: string) => fs.readdirSync(d).sort();

/** Files a user (or another program) keeps that only look like temporary files: never removed. */
function userFiles(d: string, base: string): string[] {
  const names = [`${base}.tmp`, `.${base}.tmp`, "notes.tmp", `.${base}.12.34.5.tmp`, `.${base}.${process.ppid}.${Date.now()}.0.tmp`];
  for (const n of names) fs.writeFileSync(path.join(d, n), "mine\n");
  return names;
}

it("a report whose writer was killed (SIGKILL) mid-write leaves its temporary file; the next command writing in that folder removes it, and nothing else", async () => {
  const reports = path.join(dir, "reports");
  fs.mkdirSync(reports);
  const report = path.join(reports, "audit.json");
  // a child writing the report with the real writer: one piece, then it waits for ever
  const script = `
    const { writeChunksAtomic } = require(${JSON.stringify(path.join(REPO, "src", "io", "files.ts"))});
    writeChunksAtomic(${JSON.stringify(report)}, (async function* () { yield "{\\"partial\\": "; await new Promise(() => {}); })());
    setInterval(() => {}, 1000);
  `;
  const child = spawn(process.execPath, ["--require", require.resolve("tsx/cjs"), "-e", script], { stdio: "ignore" });
  const ended = new Promise<void>((resolve) => child.on("exit", () => resolve()));
  let left: string | undefined;
  for (let k = 0; k < 300 && left === undefined; k++) {
    await new Promise((r) => setTimeout(r, 50));
    left = ls(reports).find((n) => n.startsWith(".audit.json.") && fs.statSync(path.join(reports, n)).size > 0);
  }
  expect(left).toBe(`.audit.json.${child.pid}.${left!.split(".")[4]}.0.tmp`);
  child.kill("SIGKILL");
  await ended;
  expect(fs.readFileSync(path.join(reports, left!), "utf8")).toBe('{"partial": ');
  const mine = userFiles(reports, "audit.json");
  fs.writeFileSync(path.join(dir, "pairs.tsv"), "Ia pergi.\tHe went.\n");
  const r = await run(["audit", "--pairs", "pairs.tsv", "--format", "json", "--out", "reports/audit.json"], { cwd: dir });
  expect(r.code).toBe(0);
  expect(ls(reports)).toEqual(["audit.json", ...mine].sort());
  expect(JSON.parse(fs.readFileSync(report, "utf8"))).toMatchObject({ pairs: 1 });
  for (const n of mine) expect(fs.readFileSync(path.join(reports, n), "utf8")).toBe("mine\n");
}, 60_000);

it("npm start removes the temporary files killed commands left in translations/ and exports/ (a file being written, a journal's old version, an audit's findings file) but a translations file's; translate set those in translations/", async () => {
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", "banjir.txt"), "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi.\n");
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  expect((await run(["translate", "set", "banjir:2", "Heavy rain has drenched Jakarta since Monday morning.", "--translator", "Ani"], { cwd: dir })).code).toBe(0);
  const translations = path.join(dir, "translations");
  const base = "banjir.translations.txt";
  const before = ls(translations);
  const dead = endedPid();
  const plant = (d: string, names: string[]) => { fs.mkdirSync(d, { recursive: true }); for (const n of names) fs.writeFileSync(path.join(d, n), "half"); };
  const stale = [`.suppressions.tsv.${dead}.${Date.now()}.0.tmp`, `.suppressions.tsv.${dead}.${Date.now()}.1.tmp`];
  // (a translations file's: a killed writer's unfinished English, or the journal's old version — kept)
  const kept = [`.${base}.${dead}.${Date.now()}.2.tmp`, `.${base}.${dead}.${Date.now()}.3.tmp`];
  plant(translations, stale);
  plant(translations, kept);
  const mine = userFiles(translations, base);
  // translate set writes the file: the folder is swept first
  expect((await command()(["translate", "set", "banjir:2", "Heavy rain has lashed Jakarta since Monday morning.", "--translator", "Ani"], { cwd: dir })).code).toBe(0);
  expect(ls(translations)).toEqual([...before, ...mine, ...kept].sort());
  for (const k of kept) expect(fs.readFileSync(path.join(translations, k), "utf8")).toBe("half");

  plant(translations, stale);
  const exports = path.join(dir, "exports");
  const staleExports = [`.corpus.tmx.${dead}.${Date.now()}.3.tmp`, `.selaras-findings-${dead}-${Date.now()}-0.tmp`];
  plant(exports, staleExports);
  const p = await command()(["pipeline"], { cwd: dir });
  expect(p.code).toBe(0);
  expect(ls(translations)).toEqual([...before, ...mine, ...kept].sort());
  expect(ls(exports).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  expect(ls(exports)).toContain("corpus.tmx");
}, 60_000);

it("the sweep keeps the temporaries of the translations files by their extension", () => {
  expect(KEPT_TEMPORARIES_OF).toBe(TRANSLATIONS_EXTENSION);
});

/**
 * inline-code-mismatch on the stored pairs: a unit imported with inline codes (an Okapi XLIFF 1.2
 * file's <g>/<x/>) whose English lost a code another way than by a confirmation — a draft saved
 * without its tags, a translations/ file's `en:` edited by hand — is reported by `selaras check`,
 * `selaras audit` and `npm start` (the pipeline's check step), exactly as a confirmation reports it;
 * the audit finds the same whether its threads read the database themselves, this thread reads it
 * and hands them the pairs, or it runs in this thread alone. Units whose codes are intact, and pairs
 * without codes, are reported as before.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditDatabase } from "../../src/app/audit";
import { openStore } from "../../src/store";
import { REPO, run, tempDir } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";
const DOC = "banjir-jakarta";
const clock = () => new Date("2024-07-01T00:00:00Z");
const FILE = () => path.join(dir, "translations", `${DOC}.translations.txt`);

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-code-stored-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  expect((await run(["import", path.join(FIXTURES, "c01-okapi-g-x.xlf")], { cwd: dir, clock })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => run(args, { cwd: dir, clock });
const LOST_PAIRED = { ref: `${DOC}:2`, checkId: "inline-code-mismatch", severity: "error", messageId: "missing-paired", data: { open: "{1}", close: "{/1}" } };
const LOST_ALONE = { ref: `${DOC}:4`, checkId: "inline-code-mismatch", severity: "warning", messageId: "missing-alone", data: { tag: "{1/}" } };
const pick = (f: { ref: string; checkId: string; severity: string; messageId: string; data: unknown }) => ({ ref: f.ref, checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data });

/** The draft of unit 2 saved without its paired code; unit 4's English edited by hand in its translations/ file (its lone code lost), loaded by the pipeline. */
async function loseCodes(): Promise<void> {
  expect((await cli(["translate", "set", `${DOC}:2`, "Torrential rain has lashed Jakarta since Monday morning.", "--translator", "Ani"])).code).toBe(1);
  const text = fs.readFileSync(FILE(), "utf8");
  expect(text).toContain("en: The governor asked residents to stay alert.\n");
  fs.writeFileSync(FILE(), text.replace("en: The governor asked residents to stay alert.\n", "en: The governor asked residents to remain alert.\n"));
}

it("units whose codes are intact: check, audit and the pipeline find nothing", async () => {
  const c = await cli(["check", "--format", "json"]);
  expect(c.code).toBe(0);
  expect(JSON.parse(c.stdout)).toMatchObject({ pairs: 2, counts: { error: 0, warning: 0, info: 0, suppressed: 0 }, findings: [] });
  const out = path.join(dir, "audit.json");
  expect((await cli(["audit", "--format", "json", "--out", out])).code).toBe(0);
  expect(JSON.parse(fs.readFileSync(out, "utf8"))).toMatchObject({ pairs: 2, counts: { error: 0, warning: 0, info: 0, suppressed: 0 }, findings: [] });
  const p = await cli(["pipeline"]);
  expect(p.code).toBe(0);
  expect(p.stdout).toContain("Checks (pairs: 2): errors: 0, warnings: 0, suppressed: 0.\n");
});

it("a code lost by a draft saved without its tags or by a translations/ file edited by hand: npm start, check and audit report it (error for a paired code, warning for a lone one)", async () => {
  await loseCodes();
  const p = await cli(["pipeline"]);
  expect(p.code).toBe(1);
  expect(p.stdout).toContain("Checks (pairs: 2): errors: 1, warnings: 1, suppressed: 0.\n");

  const text = await cli(["check"]);
  expect(text.code).toBe(1);
  expect(text.stdout).toContain([
    `${DOC}:2`,
    "  error       The tags {1}…{/1} of the source are missing from the target (the code they stand for would be lost).  inline-code-mismatch",
    "",
    `${DOC}:4`,
    "  warning     The tag {1/} of the source is missing from the target.  inline-code-mismatch",
    "",
    "2 problems (pairs checked: 2; errors: 1, warnings: 1, infos: 0).",
  ].join("\n"));
  const json = await cli(["check", "--format", "json"]);
  expect(json.code).toBe(1);
  const checked = JSON.parse(json.stdout);
  expect(checked.counts).toEqual({ error: 1, warning: 1, info: 0, suppressed: 0 });
  expect(checked.findings.map(pick)).toEqual([LOST_PAIRED, LOST_ALONE]);
  // one document asked for: the same
  expect(JSON.parse((await cli(["check", DOC, "--format", "json"])).stdout).findings.map(pick)).toEqual([LOST_PAIRED, LOST_ALONE]);

  const out = path.join(dir, "audit.json");
  expect((await cli(["audit", "--format", "json", "--out", out])).code).toBe(1);
  const audited = JSON.parse(fs.readFileSync(out, "utf8"));
  expect(audited.counts).toEqual({ error: 1, warning: 1, info: 0, suppressed: 0 });
  expect(audited.byCheck).toEqual({ "inline-code-mismatch": 2 });
  expect(audited.findings.map(pick)).toEqual([LOST_PAIRED, LOST_ALONE]);

  // suppressed as any finding is
  expect((await cli(["check", "ignore", `${DOC}:4`, "inline-code-mismatch", "--reason", "the line break is not wanted"])).code).toBe(0);
  const after = JSON.parse((await cli(["check", "--format", "json"])).stdout);
  expect(after.counts).toEqual({ error: 1, warning: 0, info: 0, suppressed: 1 });
});

it("the audit finds the same in threads reading the database themselves, in threads handed the pairs by this thread, and in this thread alone", async () => {
  await loseCodes();
  expect((await cli(["pipeline"])).code).toBe(1);
  const store = openStore(path.join(dir, "selaras.db"));
  try {
    const found = async (r: ReturnType<typeof auditDatabase>) => [...(await r).audit.findings].map(pick);
    const threads = { root: dir, workers: 2, chunkSize: 1, minPairsPerWorker: 1, mainThreadAudits: false } as const;
    expect(await found(auditDatabase(store, threads))).toEqual([LOST_PAIRED, LOST_ALONE]);
    expect(await found(auditDatabase(store, { root: dir, workers: 1 }))).toEqual([LOST_PAIRED, LOST_ALONE]);
    // (a store in a transaction of its own: this thread reads the pairs and sends them to the workers)
    expect(await store.snapshotAsync(() => found(auditDatabase(store, threads)))).toEqual([LOST_PAIRED, LOST_ALONE]);
  } finally {
    store.close();
  }
}, 60_000);

/**
 * `selaras check --format json --max-suppressions N`: a database may hold a million suppressions
 * that silence nothing, each listed in `unused`; N bounds the `lapsed` and `unused` lists (the first
 * N of each, in the order the full lists give them) and adds `lapsedTotal`, `unusedTotal`. Without
 * the flag the report is the same bytes as before; a bad N is a usage error (exit 2).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const DOC = "banjir";
let dir: string;
const cli = (args: string[]) => run(args, { cwd: dir, clock: () => new Date("2024-07-01T00:00:00Z") });

beforeAll(async () => {
  dir = tempDir("selaras-max-suppressions-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi. Gubernur meminta warga tetap waspada.\n");
  expect((await cli(["ingest", "corpus"])).code).toBe(0);
  const english = ["Floods Hit Jakarta", "Heavy rain has drenched Jakarta since Monday morning.", "As many as 1,200 residents were evacuated.", "The governor asked residents to stay alert."];
  for (let k = 0; k < 4; k++) expect((await cli(["translate", "set", `${DOC}:${k + 1}`, english[k]!, "--translator", "Ani"])).code).toBe(0);
  // six that silence nothing (stored with --force); the two pairs of four of them then change (lapsed)
  for (const [ref, check] of [["1", "double-space"], ["2", "repeated-words"], ["3", "quote-missing"], ["4", "untranslated"], ["2", "number-mismatch"], ["3", "end-punctuation"]] as const) {
    expect((await cli(["check", "ignore", `${DOC}:${ref}`, check, "--reason", `not ${check}`, "--force"])).code).toBe(0);
  }
  expect((await cli(["translate", "set", `${DOC}:2`, "Heavy rain has lashed Jakarta since Monday morning.", "--translator", "Ani"])).code).toBe(0);
  expect((await cli(["translate", "set", `${DOC}:3`, "Some 1,200 residents were evacuated.", "--translator", "Ani"])).code).toBe(0);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

it("bounds the lists to the first N of each and counts them all; without the flag, the same report as before", async () => {
  const full = await cli(["check", "--format", "json"]);
  expect(full.code).toBe(0);
  const all = JSON.parse(full.stdout);
  expect(Object.keys(all)).toEqual(["pairs", "glossary", "counts", "findings", "lapsed", "unused"]);
  expect(all.lapsed.map((s: { ref: string; checkId: string }) => `${s.ref} ${s.checkId}`)).toEqual([`${DOC}:3 end-punctuation`, `${DOC}:2 number-mismatch`, `${DOC}:3 quote-missing`, `${DOC}:2 repeated-words`]);
  expect(all.unused.map((s: { ref: string; checkId: string }) => `${s.ref} ${s.checkId}`)).toEqual([`${DOC}:1 double-space`, `${DOC}:4 untranslated`]);

  const one = await cli(["check", "--format", "json", "--max-suppressions", "1"]);
  expect(one.code).toBe(0);
  expect(JSON.parse(one.stdout)).toEqual({ ...all, lapsed: all.lapsed.slice(0, 1), unused: all.unused.slice(0, 1), lapsedTotal: 4, unusedTotal: 2 });
  const none = await cli(["check", "--json", "--max-suppressions", "0"]);
  expect(none.stdout).toBe(full.stdout.replace(/,\n {2}"lapsed": \[[^]*\n\}\n$/, ',\n  "lapsed": [],\n  "unused": [],\n  "lapsedTotal": 4,\n  "unusedTotal": 2\n}\n'));
  // more than there are: every one listed, the report's bytes plus the totals
  const many = await cli(["check", "--format", "json", "--max-suppressions", "1000000"]);
  expect(many.stdout).toBe(full.stdout.replace(/\n\}\n$/, ',\n  "lapsedTotal": 4,\n  "unusedTotal": 2\n}\n'));
  // the text report already gives counts: unchanged
  expect((await cli(["check", "--max-suppressions", "1"])).stdout).toBe((await cli(["check"])).stdout);
});

it.each([["-1"], ["1.5"]])("--max-suppressions %s: a usage error, exit 2", async (n) => {
  const r = await cli(["check", "--format", "json", "--max-suppressions", n]);
  expect(r.code).toBe(2);
  expect(JSON.parse(r.stdout)).toMatchObject({ error: { code: "check-bad-max-suppressions", message: `--max-suppressions must be a whole number, 0 or more, not '${n}'` } });
});

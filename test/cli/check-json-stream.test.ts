/**
 * `selaras check --format json` is written a finding at a time (memory: the report, not the report
 * plus one string of all of it) and gives exactly the bytes of JSON.stringify of the whole report.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { checkDatabase, type CheckReport } from "../../src/app/check";
import { findingsJson, writeFindingsJson } from "../../src/cli/output/stylish";
import { createT } from "../../src/i18n";
import { openStore } from "../../src/store";
import { REPO, run, tempDir } from "../helpers/cli";

let dir: string;
beforeAll(() => { dir = tempDir("selaras-check-json-"); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function written(report: CheckReport, lang: "en" | "id"): { text: string; writes: number } {
  let text = "";
  let writes = 0;
  writeFindingsJson((s) => { text += s; writes++; }, createT(lang), report);
  return { text, writes };
}

it("gives the bytes of the whole-report JSON, in pieces, for the shipped project with its suppressions", async () => {
  const root = path.join(dir, "root");
  for (const d of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
  const db = path.join(dir, "p.db");
  await run(["pipeline", "--db", db, "--root", root]);
  const store = openStore(db);
  const report = checkDatabase(store, { root });
  store.close();
  expect(report.findings.length).toBeGreaterThan(0);
  for (const lang of ["en", "id"] as const) {
    const { text } = written(report, lang);
    expect(text).toBe(JSON.stringify(findingsJson(createT(lang), report), null, 2) + "\n");
  }
  // Many findings: written in several pieces, same bytes.
  const many: CheckReport = { ...report, findings: Array.from({ length: 400 }, () => report.findings).flat() };
  const big = written(many, "en");
  expect(big.writes).toBeGreaterThan(1);
  expect(big.text).toBe(JSON.stringify(findingsJson(createT("en"), many), null, 2) + "\n");
});

it("gives the bytes of the whole-report JSON for a report without findings", () => {
  const report: CheckReport = {
    pairs: 1, findings: [], counts: { error: 0, warning: 0, info: 0, suppressed: 0 }, lapsed: [], unused: [],
    glossary: { concepts: 0, from: null },
  };
  expect(written(report, "en").text).toBe(JSON.stringify(findingsJson(createT("en"), report), null, 2) + "\n");
});

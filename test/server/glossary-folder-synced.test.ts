/**
 * A glossary synced into the database (npm start, `glossary sync`) whose glossary/ folder changes
 * under the workbench — a `git pull`, a hand edit: the server syncs the folder into the database, as
 * `glossary sync` would, so the hints, the saves' checks and every command beside it read the pulled
 * glossary; a folder left with a merge conflict keeps the database's glossary, unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { CSRF_HEADER, FOLDER_SETTLE_MS } from "../../src/server/app";
import { dumpDb, run } from "../helpers/cli";
import { closeInProcess, inProcessWorkbench, until, type InProcessWorkbench } from "../helpers/workbench";
import type { FastifyInstance } from "fastify";

const TOKEN = "e".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const REF = `${DOC}:1`;
const H = { [CSRF_HEADER]: TOKEN };
const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n";
let w: InProcessWorkbench;
let dir: string;
let app: FastifyInstance;

beforeAll(async () => {
  // (ingest corpus and glossary sync: the database holds the glossary)
  w = await inProcessWorkbench("selaras-gloss-synced-", TOKEN);
  ({ dir, app } = w);
  expect(w.store.glossary.count()).toBeGreaterThan(0);
}, 60_000);
afterAll(() => closeInProcess(w));

const termsOf = async (): Promise<string[]> => {
  const res = await app.inject({ url: `/api/units/${encodeURIComponent(REF)}/help` });
  expect(res.statusCode).toBe(200);
  return (res.json() as { terms: Array<{ entry: string }> }).terms.map((t) => t.entry).sort();
};
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));
const glossaryRows = () => dumpDb(path.join(dir, "selaras.db")).split("\n").filter((l) => l.startsWith("glossary")).join("\n");

it("asks nothing of the database while the folder holds what it does (no write, no change)", async () => {
  const before = glossaryRows();
  expect(await termsOf()).toEqual(["cooperation", "north-korea", "sanction", "the-west", "vladimir-putin"]);
  await wait(FOLDER_SETTLE_MS + 600);
  await termsOf();
  expect(glossaryRows()).toBe(before);
});

it("syncs a concept pulled into glossary/ into the database: the hints show it, a save with its forbidden rendering is refused, the CLI beside it reads it", async () => {
  fs.writeFileSync(path.join(dir, "glossary", "pulled.tsv"), HEADER + "meminta\tmeminta\tcalled for\t\tbegged\t\tverb\t\t\t\n");
  expect(await until(termsOf, (t) => t.includes("meminta"))).toEqual(["cooperation", "meminta", "north-korea", "sanction", "the-west", "vladimir-putin"]);
  const refused = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(REF)}`, payload: { target: "Vladimir Putin begged for cooperation with North Korea to reject Western sanctions.", baseRevision: 0, confirm: true }, headers: H });
  expect(refused.statusCode).toBe(422);
  expect((refused.json() as { findings: Array<{ checkId: string }> }).findings.map((f) => f.checkId)).toContain("glossary-forbidden-term");
  const listed = await run(["glossary", "list", "meminta", "--json"], { cwd: dir });
  expect(listed.code).toBe(0);
  expect(JSON.stringify(JSON.parse(listed.stdout))).toContain("\"begged\"");
});

it("keeps the database's glossary, unchanged, while a pulled file holds a merge conflict; syncs it once resolved", async () => {
  const before = glossaryRows();
  const file = path.join(dir, "glossary", "pulled.tsv");
  fs.writeFileSync(file, `${HEADER}<<<<<<< HEAD\nmeminta\tmeminta\tcalled for\t\tbegged\t\tverb\t\t\t\n=======\nmeminta\tmeminta\tasked for\t\t\t\tverb\t\t\t\n>>>>>>> origin/main\n`);
  await wait(FOLDER_SETTLE_MS + 600);
  expect(await termsOf()).toContain("meminta");
  await wait(600);
  await termsOf();
  expect(glossaryRows()).toBe(before);
  fs.writeFileSync(file, `${HEADER}meminta\tmeminta\tasked for\t\t\t\tverb\t\t\t\n`);
  const help = await until(async () => (await app.inject({ url: `/api/units/${encodeURIComponent(REF)}/help` })).json() as { terms: Array<{ entry: string; preferred: string[] }> },
    (h) => h.terms.find((t) => t.entry === "meminta")?.preferred[0] === "asked for");
  expect(help.terms.find((t) => t.entry === "meminta")?.preferred).toEqual(["asked for"]);
  expect(glossaryRows()).not.toBe(before);
});

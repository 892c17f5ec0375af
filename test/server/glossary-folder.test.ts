/**
 * A glossary kept only in the project's glossary/ folder (never synced into the database): the
 * workbench notices its files changed under it — a hand edit, a `git pull` — without POST
 * /api/reload, for the unit help's hints and the saves' checks alike; a file left half-way (an
 * unresolved merge) keeps the glossary before it, and nobody's save is refused for it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { buildServer, CSRF_HEADER, FOLDER_SETTLE_MS } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import { copyProject, until } from "../helpers/workbench";
import type { FastifyInstance } from "fastify";

const TOKEN = "f".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const REF = `${DOC}:1`;
const H = { [CSRF_HEADER]: TOKEN };
const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n";
const MEMINTA = "meminta\tmeminta\tcalled for\t\tbegged\t\tverb\t\t\t\n";
let dir: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  dir = tempDir("selaras-gloss-folder-");
  copyProject(dir);
  const r = await run(["ingest", "corpus"], { cwd: dir });
  expect(r.code).toBe(0);
  store = openStore(path.join(dir, "selaras.db"));
  expect(store.glossary.count()).toBe(0);
  app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
}, 60_000);
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const termsOf = async (): Promise<string[]> => {
  const res = await app.inject({ url: `/api/units/${encodeURIComponent(REF)}/help` });
  expect(res.statusCode).toBe(200);
  return (res.json() as { terms: Array<{ entry: string }> }).terms.map((t) => t.entry).sort();
};
const save = (target: string, baseRevision: number) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(REF)}`, payload: { target, baseRevision, confirm: true }, headers: H });
const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

it("sees a concept added to a glossary/ file (no reload): the unit's hints show it, and a confirmation with its forbidden rendering is refused", async () => {
  const before = await termsOf();
  expect(before).toEqual(["cooperation", "north-korea", "sanction", "the-west", "vladimir-putin"]);
  fs.writeFileSync(path.join(dir, "glossary", "extra.tsv"), HEADER + MEMINTA);
  expect(await until(termsOf, (t) => t.includes("meminta"))).toEqual(["cooperation", "meminta", "north-korea", "sanction", "the-west", "vladimir-putin"]);
  const refused = await save("Vladimir Putin begged for cooperation with North Korea to reject Western sanctions.", 0);
  expect(refused.statusCode).toBe(422);
  expect((refused.json() as { findings: Array<{ checkId: string }> }).findings.map((f) => f.checkId)).toContain("glossary-forbidden-term");
});

it("keeps the glossary before a file left with a merge conflict (hints and saves go on), and takes the file once it is resolved", async () => {
  const file = path.join(dir, "glossary", "extra.tsv");
  fs.writeFileSync(file, `${HEADER}<<<<<<< HEAD\n${MEMINTA}=======\nmeminta\tmeminta\tasked for\t\t\t\tverb\t\t\t\n>>>>>>> origin/main\n`);
  await wait(FOLDER_SETTLE_MS + 600);
  // (asked after the server looked at the conflict: the concept as it was, no error)
  expect(await termsOf()).toEqual(["cooperation", "meminta", "north-korea", "sanction", "the-west", "vladimir-putin"]);
  await wait(600);
  // (and a write by another process meanwhile, which makes the saves' checks again, does not refuse them for the folder)
  // (the CLI's own commands refuse to run on the broken folder: another process's commit is counted by the change clock as this one)
  const other = new Database(path.join(dir, "selaras.db"));
  try { other.prepare("UPDATE change_clock SET content = content + 1").run(); } finally { other.close(); }
  const draft = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(REF)}`, payload: { target: "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.", baseRevision: 1, confirm: false }, headers: H });
  expect([draft.statusCode, draft.json()]).toMatchObject([200, { state: "draft" }]);
  // resolved: the other side's rendering kept, and a concept of the text's only in the file
  fs.writeFileSync(file, `${HEADER}meminta\tmeminta\tasked for\t\t\t\tverb\t\t\t\nmenolak\tmenolak\treject\t\t\t\tverb\t\t\t\n`);
  const help = await until(async () => {
    const res = await app.inject({ url: `/api/units/${encodeURIComponent(REF)}/help` });
    return res.json() as { terms: Array<{ entry: string; preferred: string[] }> };
  }, (h) => h.terms.some((t) => t.entry === "menolak"));
  expect(help.terms.find((t) => t.entry === "meminta")?.preferred).toEqual(["asked for"]);
  expect(help.terms.map((t) => t.entry).sort()).toEqual(["cooperation", "meminta", "menolak", "north-korea", "sanction", "the-west", "vladimir-putin"]);
});

/**
 * What a newsroom meets through the workbench's save route (PUT /api/units/<ref>).
 *
 * A save from a page opened before the article was ingested again: a sentence inserted in the
 * article renumbers the units after it, so the ref the page holds names another sentence now. The
 * page sends the Indonesian its English was written for (`source`); a unit that reads another one is
 * 409 `unit-source-changed` and nothing is written (before, the English was stored on the wrong
 * sentence, or replaced another sentence's English when the two revisions happened to be equal).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import type { FastifyInstance } from "fastify";

const TOKEN = "s".repeat(48);
const DOC = "pemilu-daerah";
const LINES = [
  "KPU tetapkan jadwal pemilihan kepala daerah",
  "Komisi Pemilihan Umum (KPU) menetapkan pemungutan suara pada 27 November 2024.",
  "Sebanyak 545 daerah akan menggelar pemilihan gubernur, bupati, dan wali kota.",
  "Ketua KPU meminta seluruh peserta menjaga ketertiban selama masa kampanye.",
  "Pengamat menilai partisipasi pemilih diperkirakan mencapai 75 persen.",
];
const INSERTED = "Pemungutan suara akan dimulai pukul 07.00 waktu setempat.";
const VISIBLE_NONE = ["\u200B", "\u200B\u200E \uFEFF", "\u2060\u00AD", " \u200D\t"];
let dir: string;
let store: Store;
let app: FastifyInstance;

interface U { ref: string; source: string; target: string | null; state: string; revision: number }

beforeAll(async () => {
  dir = tempDir("selaras-source-changed-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), LINES.join("\n") + "\n");
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  store = openStore(path.join(dir, "selaras.db"));
  app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, allowedHosts: ["127.0.0.1:4173"] });
});
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (ref: string, body: unknown) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: body as object, headers: { [CSRF_HEADER]: TOKEN, host: "127.0.0.1:4173" } });
const units = async (): Promise<U[]> => (await app.inject({ url: `/api/documents/${DOC}/units`, headers: { host: "127.0.0.1:4173" } })).json() as U[];
const file = () => fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");

it("refuses a save whose Indonesian is no longer the unit's (a sentence inserted before it), writes nothing, and saves where the Indonesian still matches", async () => {
  const before = await units();
  // Units 3 and 4 translated once each: both at revision 1; unit 2 left untranslated (revision 0).
  expect((await put(`${DOC}:3`, { target: "As many as 545 regions will elect governors, regents and mayors.", baseRevision: 0, source: before[2]!.source })).statusCode).toBe(200);
  expect((await put(`${DOC}:4`, { target: "The KPU chairman asked all participants to keep order during the campaign.", baseRevision: 0, source: before[3]!.source })).statusCode).toBe(200);
  const read = await units(); // what a page open now holds
  const lines = [...LINES];
  lines.splice(2, 0, INSERTED);
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), lines.join("\n") + "\n");
  expect((await run(["ingest", `corpus/${DOC}.txt`], { cwd: dir })).code).toBe(0);
  const disk = file();

  // doc:3 is the inserted sentence now, untranslated (revision 0): a base of 1 is the plain conflict
  const u3 = read[2]!;
  const r1 = await put(`${DOC}:3`, { target: "The count goes on.", baseRevision: 1, source: u3.source });
  expect(r1.statusCode).toBe(409);
  expect(r1.json()).toMatchObject({ code: "unit-conflict" });
  // doc:4 (was the chairman's sentence, revision 1) is now the 545-regions sentence, also revision 1
  const u4 = read[3]!;
  const r2 = await put(`${DOC}:4`, { target: "The KPU chairman asked everyone to keep order.", baseRevision: u4.revision, source: u4.source, confirm: true });
  expect(r2.statusCode).toBe(409);
  expect(r2.json()).toMatchObject({
    code: "unit-source-changed",
    data: { ref: `${DOC}:4`, source: LINES[2], was: LINES[3], text: "As many as 545 regions will elect governors, regents and mayors.", yours: "The KPU chairman asked everyone to keep order." },
  });
  // an untranslated unit of the old numbering (revision 0) onto the inserted untranslated one
  const u2old = { ...read[1]!, ref: `${DOC}:3`, source: LINES[1] };
  const r3 = await put(u2old.ref, { target: "The General Elections Commission set the vote for 27 November 2024.", baseRevision: 0, source: u2old.source });
  expect(r3.statusCode).toBe(409);
  expect(r3.json()).toMatchObject({ code: "unit-source-changed", data: { ref: `${DOC}:3`, source: INSERTED, was: LINES[1] } });

  // nothing written: every unit as the ingest left it, the file as it was
  const after = await units();
  expect(after.map((u) => [u.source, u.target, u.state])).toEqual([
    [LINES[0], null, "untranslated"],
    [LINES[1], null, "untranslated"],
    [INSERTED, null, "untranslated"],
    [LINES[2], "As many as 545 regions will elect governors, regents and mayors.", "draft"],
    [LINES[3], "The KPU chairman asked all participants to keep order during the campaign.", "draft"],
    [LINES[4], null, "untranslated"],
  ]);
  expect(file()).toBe(disk);

  // the English sent to the unit that has its Indonesian now is saved there
  const moved = after.find((u) => u.source === LINES[3])!;
  expect(moved.ref).toBe(`${DOC}:5`);
  const ok = await put(moved.ref, { target: "The KPU chairman asked everyone to keep order.", baseRevision: moved.revision, source: LINES[3] });
  expect(ok.statusCode).toBe(200);
  expect(file()).toContain(`@ ${DOC}:5\nid: ${LINES[3]}\nen: The KPU chairman asked everyone to keep order.\nstatus: draft\n`);
  // without `source` (scripts, as before) the save is made as asked
  expect((await put(`${DOC}:1`, { target: "KPU sets the regional election schedule", baseRevision: 0 })).statusCode).toBe(200);
});

it("refuses an English of invisible characters only (zero-width spaces, direction marks, a BOM) as empty, like spaces only, and writes nothing", async () => {
  const u = (await units()).find((x) => x.source === LINES[4])!;
  expect(u.target).toBeNull();
  const disk = file();
  for (const target of [...VISIBLE_NONE, "   "]) {
    const r = await put(u.ref, { target, baseRevision: 0, source: u.source, confirm: true });
    expect([r.statusCode, r.json()]).toEqual([400, { code: "empty-rendering", data: { ref: u.ref } }]);
  }
  expect((await units()).find((x) => x.ref === u.ref)).toMatchObject({ target: null, state: "untranslated", revision: 0 });
  expect(file()).toBe(disk);
  // a visible word among them is English
  const ok = await put(u.ref, { target: "\u200BObservers expect a 75 percent turnout.", baseRevision: 0, source: u.source });
  expect(ok.statusCode).toBe(200);
});

it("refuses an English holding half of a character (a lone surrogate: an emoji cut in two) instead of storing U+FFFD in its place", async () => {
  const u = (await units()).find((x) => x.source === LINES[0])!;
  const before = u.target;
  const disk = file();
  const r = await put(u.ref, { target: "KPU sets the schedule \uD83D for regional elections", baseRevision: u.revision, source: u.source });
  expect([r.statusCode, r.json()]).toEqual([400, { code: "text-lone-surrogate", data: { what: u.ref, column: 23, char: "U+D83D" } }]);
  expect((await units()).find((x) => x.ref === u.ref)!.target).toBe(before);
  expect(file()).toBe(disk);
  // a whole emoji (both halves) is text
  const ok = await put(u.ref, { target: "KPU sets the schedule \uD83D\uDDF3 for regional elections", baseRevision: u.revision, source: u.source });
  expect(ok.statusCode).toBe(200);
  expect((await units()).find((x) => x.ref === u.ref)!.target).toBe("KPU sets the schedule 🗳 for regional elections");
});

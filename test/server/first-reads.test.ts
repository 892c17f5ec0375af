/**
 * The first reads after `selaras serve` starts: the dashboard's counts are made once listening,
 * before anyone asks; the unit help's glossary and the saves' checks share one compiled glossary
 * (the first save after a restart compiled it a second time); the dashboard's JSON is made once
 * while its counts are unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { openStore } from "../../src/store";
import { tempDir } from "../helpers/cli";
import { PATIENCE_MS, readyProject } from "../helpers/workbench";

const TOKEN = "f".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const EN = "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.";
let dir: string;
beforeAll(async () => {
  dir = tempDir("selaras-first-reads-");
  await readyProject(dir);
}, 60_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const until = async (cond: () => boolean) => {
  for (const end = Date.now() + PATIENCE_MS; !cond() && Date.now() < end;) await new Promise((r) => setTimeout(r, 10));
  expect(cond()).toBe(true);
};

it("a server that warms up counts the dashboard once listening, and answers its first visit without counting again", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const statusApp = require("../../src/app/status") as typeof import("../../src/app/status");
  const counted = jest.spyOn(statusApp, "documentStatus");
  const store = openStore(path.join(dir, "selaras.db"));
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, warmUp: true });
  try {
    counted.mockClear();
    await app.listen({ host: "127.0.0.1", port: 0 });
    await until(() => counted.mock.calls.length === 1);
    const first = await app.inject({ url: "/api/documents" });
    expect(first.statusCode).toBe(200);
    expect(first.headers["content-type"]).toBe("application/json; charset=utf-8");
    const docs = first.json() as Array<{ document: string }>;
    expect(docs.map((d) => d.document)).toContain(DOC);
    // the same bytes again, nothing counted
    expect((await app.inject({ url: "/api/documents" })).body).toBe(first.body);
    expect(counted).toHaveBeenCalledTimes(1);
  } finally {
    counted.mockRestore();
    await app.close();
    store.close();
  }
});

it("the unit help and the first save read the glossary once between them (one compiled glossary), again after it changes", async () => {
  const store = openStore(path.join(dir, "selaras.db"));
  const reads = jest.spyOn(store.glossary, "all");
  const app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
  try {
    expect(reads).toHaveBeenCalledTimes(1);
    expect((await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:2`)}/help` })).statusCode).toBe(200);
    const saved = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:1`)}`, payload: { target: EN, baseRevision: 0, confirm: true }, headers: { [CSRF_HEADER]: TOKEN } });
    expect(saved.statusCode).toBe(200);
    expect(reads).toHaveBeenCalledTimes(1);
    // the glossary changed (another process's sync): the next save's checks read it again
    const other = openStore(path.join(dir, "selaras.db"));
    try { other.transaction(() => { other.glossary.replaceAll(other.glossary.all().slice(1), "2026-12-06T00:00:00.000Z"); }); } finally { other.close(); }
    reads.mockClear();
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; revision: number }>;
    const again = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(units[0]!.ref)}`, payload: { target: `${EN} `, baseRevision: units[0]!.revision, confirm: true }, headers: { [CSRF_HEADER]: TOKEN } });
    expect(again.statusCode).toBe(200);
    expect(reads).toHaveBeenCalledTimes(1);
  } finally {
    reads.mockRestore();
    await app.close();
    store.close();
  }
});

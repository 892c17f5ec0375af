/**
 * Writes that change nothing the workbench's caches read — a user added or given a new token by the
 * CLI beside the server, a login, the translation memory's log folded by another process — keep
 * them: the shared audit run, the dashboard's counts, a document's unit list and the glossary. A
 * rendering saved by another process renews every one but the glossary; a glossary change renews it.
 */
import * as fs from "node:fs";
import type { ServerResponse } from "node:http";
import * as path from "node:path";
import { createLiveHub } from "../../src/server/live";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import * as translate from "../../src/app/translate";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import { PATIENCE_MS, readyProject } from "../helpers/workbench";
import type { FastifyInstance } from "fastify";

const TOKEN = "q".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
let dir: string;
let store: Store;
let app: FastifyInstance;
let cookie = "";

const cli = async (...args: string[]): Promise<string> => {
  const r = await run(args, { cwd: dir });
  expect(r.code).toBe(0);
  return r.stdout;
};
const tokenOf = (out: string) => /: (\S+)\s*$/.exec(out.trim())![1]!;
const get = async (url: string) => {
  const res = await app.inject({ url, headers: { cookie } });
  expect(res.statusCode).toBe(200);
  return res.json() as Record<string, unknown>;
};
async function login(token: string): Promise<void> {
  const res = await app.inject({ method: "POST", url: "/api/login", payload: { token }, headers: { [CSRF_HEADER]: TOKEN } });
  expect(res.statusCode).toBe(200);
  cookie = String(res.headers["set-cookie"]).split(";")[0]!;
}

beforeAll(async () => {
  dir = tempDir("selaras-quiet-writes-");
  await readyProject(dir);
  const ayu = tokenOf(await cli("users", "add", "ayu", "--role", "admin"));
  store = openStore(path.join(dir, "selaras.db"));
  app = buildServer({ store, root: dir, author: "local", csrfToken: TOKEN });
  await login(ayu);
}, 60_000);
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Users and logins beside the server, and a fold of the memory's log by another process: nothing the caches read. */
async function quietWrites(): Promise<void> {
  await cli("users", "add", "budi", "--role", "reviewer");
  const ayu = tokenOf(await cli("users", "token", "ayu"));
  await login(ayu);
  await cli("users", "remove", "budi");
  const other = openStore(path.join(dir, "selaras.db"));
  try { translate.syncTm(other); } finally { other.close(); }
}

it("the shared audit run: kept across users, logins and a memory fold beside the server; a save beside it makes a new one", async () => {
  // (a rendering saved beside the server first: its change logged for the memory, folded below)
  await cli("translate", "set", `${DOC}:2`, "He was met at the airport.", "--status", "draft");
  const runOf = async () => (await get("/api/audit?limit=1")).run as string;
  const first = await runOf();
  await quietWrites();
  expect(await runOf()).toBe(first);
  await cli("translate", "set", `${DOC}:3`, "The talks lasted two hours.", "--status", "draft");
  expect(await runOf()).not.toBe(first);
}, 120_000);

it("the dashboard's counts: not counted again after users and logins beside the server; counted after a save beside it", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const statusApp = require("../../src/app/status") as typeof import("../../src/app/status");
  const counted = jest.spyOn(statusApp, "documentStatus");
  try {
    const before = await get("/api/documents");
    counted.mockClear();
    await quietWrites();
    expect(await get("/api/documents")).toEqual(before);
    expect(counted).not.toHaveBeenCalled();
    await cli("translate", "set", `${DOC}:4`, "Moscow said it would answer.", "--status", "draft");
    const after = await get("/api/documents") as unknown as Array<{ document: string; draft: number }>;
    expect(counted).toHaveBeenCalled();
    expect(after).not.toEqual(before);
  } finally {
    counted.mockRestore();
  }
}, 120_000);

it("a document's unit list: not read again after users and logins beside the server; read again after a save beside it", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const lifecycle = require("../../src/app/lifecycle") as typeof import("../../src/app/lifecycle");
  const read = jest.spyOn(lifecycle, "documentUnits");
  try {
    const units = async () => (await get(`/api/documents/${DOC}/units`)) as unknown as Array<{ ref: string; target: string | null }>;
    await units();
    read.mockClear();
    await quietWrites();
    await units();
    expect(read).not.toHaveBeenCalled();
    await cli("translate", "set", `${DOC}:5`, "Western countries disagreed.", "--status", "draft");
    const after = await units();
    expect(read).toHaveBeenCalled();
    expect(after.find((u) => u.ref === `${DOC}:5`)?.target).toBe("Western countries disagreed.");
  } finally {
    read.mockRestore();
  }
}, 120_000);

it("the glossary: not read again after users, logins and a save beside the server; read again after a glossary change beside it", async () => {
  const reads = jest.spyOn(store.glossary, "all");
  try {
    await get("/api/glossary?q=korea&limit=5");
    reads.mockClear();
    await quietWrites();
    await cli("translate", "set", `${DOC}:6`, "The sanctions stay.", "--status", "draft");
    await get("/api/glossary?q=kor&limit=5");
    expect(reads).not.toHaveBeenCalled();
    await cli("glossary", "add", "quiet-writes-test", "--source", "sanksi ekonomi", "--preferred", "economic sanctions");
    const after = await get("/api/glossary?q=economic%20sanctions&limit=5") as { concepts: Array<{ id: string }> };
    expect(reads).toHaveBeenCalled();
    expect(after.concepts.map((c) => c.id)).toContain("quiet-writes-test");
  } finally {
    reads.mockRestore();
  }
}, 120_000);

const put = async (ref: string, target: string) => {
  const unit = await get(`/api/units/${encodeURIComponent(ref)}`) as { revision: number };
  const res = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: { target, baseRevision: unit.revision, confirm: false }, headers: { cookie, [CSRF_HEADER]: TOKEN } });
  expect(res.statusCode).toBe(200);
};

it("the dashboard's counts after users beside the server, then a save in the workbench: only the saved document is counted again", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const statusApp = require("../../src/app/status") as typeof import("../../src/app/status");
  const counted = jest.spyOn(statusApp, "documentStatus");
  try {
    const before = await get("/api/documents") as unknown as Array<{ document: string; draft: number }>;
    await quietWrites();
    await put(`${DOC}:7`, "The visit was his first in 24 years.");
    counted.mockClear();
    const after = await get("/api/documents") as unknown as Array<{ document: string; draft: number }>;
    // (one count, of the saved document only: not every document)
    expect(counted.mock.calls.map((c) => c[1])).toEqual([[DOC]]);
    expect(after.find((d) => d.document === DOC)!.draft).toBe(before.find((d) => d.document === DOC)!.draft + 1);
    expect(after.filter((d) => d.document !== DOC)).toEqual(before.filter((d) => d.document !== DOC));
    // a save beside the server: every document counted again
    await cli("translate", "set", `${DOC}:8`, "Kim met him at the airport.", "--status", "draft");
    await put(`${DOC}:9`, "The two leaders shook hands.");
    counted.mockClear();
    const third = await get("/api/documents") as unknown as Array<{ document: string; draft: number }>;
    expect(counted.mock.calls.map((c) => c[1])).toEqual([undefined]);
    expect(third.find((d) => d.document === DOC)!.draft).toBe(before.find((d) => d.document === DOC)!.draft + 3);
  } finally {
    counted.mockRestore();
  }
}, 120_000);

it("the live updates' poll: a quiet write beside the server is not looked into; a save beside it is announced", async () => {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const workbench = require("../../src/app/workbench") as typeof import("../../src/app/workbench");
  const looked = jest.spyOn(workbench, "unitsChangedSince");
  const written: string[] = [];
  const hub = createLiveHub(store);
  const res = { write: (s: string) => { written.push(s); return true; }, end: () => undefined } as unknown as ServerResponse;
  // (the poll runs once a second, later on a loaded machine: waited for, not slept for — a poll that
  // started after `since` has read the database's change key, and a poll is one synchronous pass)
  const keys = jest.spyOn(store, "othersChangeKey");
  const polled = async (since: number) => {
    for (const end = Date.now() + PATIENCE_MS; keys.mock.calls.length <= since && Date.now() < end;) await new Promise((r) => setTimeout(r, 20));
    expect(keys.mock.calls.length).toBeGreaterThan(since);
  };
  try {
    hub.attach("watcher", res);
    await quietWrites();
    await polled(keys.mock.calls.length);
    expect(looked).not.toHaveBeenCalled();
    await cli("translate", "set", `${DOC}:10`, "Putin thanked his host.", "--status", "draft");
    await polled(keys.mock.calls.length);
    expect(looked).toHaveBeenCalledTimes(1);
    const saved = written.filter((w) => w.startsWith("event: unit")).map((w) => JSON.parse(w.split("data: ")[1]!) as { ref: string; target: string });
    expect(saved.map((u) => [u.ref, u.target])).toEqual([[`${DOC}:10`, "Putin thanked his host."]]);
  } finally {
    hub.close();
    looked.mockRestore();
    keys.mockRestore();
  }
}, 120_000);

it("the unit help's glossary hints follow a glossary change beside the server (no /api/reload)", async () => {
  const help = async () => (await get(`/api/units/${encodeURIComponent(`${DOC}:1`)}/help`)) as { terms: Array<{ entry: string; preferred: string[] }> };
  expect((await help()).terms.map((t) => t.entry)).not.toContain("meminta-help-test");
  await cli("glossary", "add", "meminta-help-test", "--source", "meminta", "--preferred", "called for");
  const after = await help();
  expect(after.terms.map((t) => t.entry)).toContain("meminta-help-test");
  expect(after.terms.find((t) => t.entry === "meminta-help-test")!.preferred).toEqual(["called for"]);
  // the document's terms (the editor's side panel) too
  const terms = JSON.stringify(await get(`/api/documents/${DOC}/terms`));
  expect(terms).toContain("meminta-help-test");
}, 120_000);

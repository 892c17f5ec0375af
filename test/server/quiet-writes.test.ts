/**
 * Writes that change nothing the workbench's caches read — a user added or given a new token by the
 * CLI beside the server, a login, the translation memory's log folded by another process — keep
 * them: the shared audit run, the dashboard's counts, a document's unit list and the glossary. A
 * rendering saved by another process renews every one but the glossary; a glossary change renews it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import * as translate from "../../src/app/translate";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import { readyProject } from "../helpers/workbench";
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

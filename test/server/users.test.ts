/** Workbench users: tokens stored hashed, cookie login, roles enforced by the server. */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { assertServable } from "../../src/server/serve";
import { openStore, type Store } from "../../src/store";
import { run, tempDir, REPO } from "../helpers/cli";
import type { FastifyInstance } from "fastify";

const TOKEN = "c".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const REF = `${DOC}:1`;
const EN = "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.";
let dir: string;
let db: string;
let store: Store;
let app: FastifyInstance;
const tokens: Record<string, string> = {};

async function addUser(name: string, role: string): Promise<string> {
  const r = await run(["users", "add", name, "--role", role, "--db", db], { cwd: dir });
  expect(r.code).toBe(0);
  const m = /Login token \(shown only now, give it to them privately\): (\S+)/.exec(r.stdout);
  expect(m).not.toBeNull();
  return m![1]!;
}
async function login(name: string): Promise<string> {
  const res = await app.inject({ method: "POST", url: "/api/login", payload: { token: tokens[name]! }, headers: { [CSRF_HEADER]: TOKEN } });
  expect(res.statusCode).toBe(200);
  const cookie = String(res.headers["set-cookie"]);
  expect(cookie).toMatch(/^selaras_session=[\w-]+; HttpOnly; SameSite=Strict; Path=\/$/);
  return cookie.split(";")[0]!;
}
const put = (cookie: string, body: object) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(REF)}`, payload: body, headers: { [CSRF_HEADER]: TOKEN, cookie } });

beforeAll(async () => {
  dir = tempDir("selaras-users-");
  db = path.join(dir, "selaras.db");
  fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  tokens.ayu = await addUser("ayu", "translator");
  tokens.budi = await addUser("budi", "reviewer");
  store = openStore(db);
  app = buildServer({ store, root: dir, author: "local", csrfToken: TOKEN });
});
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("selaras users", () => {
  it("stores only the token's hash", () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3");
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare("SELECT name, role, token_hash FROM app_user ORDER BY name").all() as Array<{ name: string; role: string; token_hash: string }>;
    raw.close();
    expect(rows.map((r) => [r.name, r.role])).toEqual([["ayu", "translator"], ["budi", "reviewer"]]);
    expect(rows[0]!.token_hash).toMatch(/^[0-9a-f]{64}$/);
    expect(rows.some((r) => r.token_hash.includes(tokens.ayu!))).toBe(false);
  });
  it("refuses a second user of the same name (exit 2) and lists users", async () => {
    const r = await run(["users", "add", "ayu", "--role", "admin", "--db", db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("a user named ayu already exists (--reset gives them a new token)");
    const list = await run(["users", "list", "--json", "--db", db], { cwd: dir });
    expect((JSON.parse(list.stdout) as Array<{ name: string; role: string }>).map((u) => `${u.name}:${u.role}`)).toEqual(["ayu:translator", "budi:reviewer"]);
  });
  it("lets serve bind a non-loopback address once users exist", () => {
    expect(() => assertServable("0.0.0.0", 0)).toThrow("serve-needs-users");
    expect(() => assertServable("0.0.0.0", 2)).not.toThrow();
    expect(() => assertServable("::1", 0)).not.toThrow();
  });
});

describe("login", () => {
  it("requires a login for the API once users exist (401), not for the page's words", async () => {
    const res = await app.inject({ url: "/api/documents" });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: "login-required", data: {} });
    expect((await app.inject({ url: "/api/i18n/en" })).statusCode).toBe(200);
    expect((await app.inject({ url: "/api/session" })).json()).toEqual({ user: null, loginRequired: true, may: [] });
  });
  it("refuses a wrong token", async () => {
    const res = await app.inject({ method: "POST", url: "/api/login", payload: { token: "nope" }, headers: { [CSRF_HEADER]: TOKEN } });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: "login-failed", data: {} });
  });
  it("records the logged-in user as the author; a translator may not mark reviewed (403); a second person reviews", async () => {
    const ayu = await login("ayu");
    expect((await app.inject({ url: "/api/session", headers: { cookie: ayu } })).json()).toEqual({ user: { name: "ayu", role: "translator" }, loginRequired: true, may: ["read", "segments.edit", "align.store", "findings.accept", "unit.draft", "unit.translated"] });
    const saved = await put(ayu, { target: EN, baseRevision: 0, confirm: true });
    expect(saved.statusCode).toBe(200);
    const forbidden = await put(ayu, { target: EN, baseRevision: 1, confirm: true, review: true });
    expect(forbidden.statusCode).toBe(403);
    expect(forbidden.json()).toMatchObject({ code: "transition-refused", data: { ref: REF, actor: "translator", to: "reviewed" } });
    const budi = await login("budi");
    // (the page offers review mode to whoever's `may` holds unit.reviewed: a reviewer, not a translator)
    expect((await app.inject({ url: "/api/session", headers: { cookie: budi } })).json()).toMatchObject({ user: { name: "budi", role: "reviewer" }, may: ["read", "segments.edit", "align.store", "findings.accept", "unit.draft", "unit.translated", "unit.reviewed"] });
    const reviewed = await put(budi, { target: EN, baseRevision: 1, confirm: true, review: true });
    expect(reviewed.statusCode).toBe(200);
    expect((reviewed.json() as { state: string }).state).toBe("reviewed");
    const history = await run(["history", REF, "--json", "--db", db], { cwd: dir });
    expect((JSON.parse(history.stdout) as { revisions: Array<{ author: string; status: string }> }).revisions.map((r) => `${r.author}:${r.status}`))
      .toEqual(["ayu:translated", "budi:reviewed"]);
  });
  it("logs out", async () => {
    const ayu = await login("ayu");
    expect((await app.inject({ url: "/api/documents", headers: { cookie: ayu } })).statusCode).toBe(200);
    const out = await app.inject({ method: "POST", url: "/api/logout", headers: { [CSRF_HEADER]: TOKEN, cookie: ayu } });
    expect(out.statusCode).toBe(200);
    expect((await app.inject({ url: "/api/documents", headers: { cookie: ayu } })).statusCode).toBe(401);
  });
  it("keeps a session across a restart of the server, and ends it when the token is rotated", async () => {
    const ayu = await login("ayu");
    const again = buildServer({ store, root: dir, author: "local", csrfToken: TOKEN });
    expect((await again.inject({ url: "/api/documents", headers: { cookie: ayu } })).statusCode).toBe(200);
    const r = await run(["users", "token", "ayu", "--db", db], { cwd: dir });
    expect(r.code).toBe(0);
    expect((await again.inject({ url: "/api/documents", headers: { cookie: ayu } })).statusCode).toBe(401);
    expect((await app.inject({ url: "/api/documents", headers: { cookie: ayu } })).statusCode).toBe(401);
    await again.close();
    tokens.ayu = /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
    expect((await app.inject({ url: "/api/documents", headers: { cookie: await login("ayu") } })).statusCode).toBe(200);
  });
});

/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Roles per request: every route of the workbench, asked by nobody (401 where a login is needed),
 * and by a translator, a reviewer and an admin — the status each gets, by the app layer's
 * `access()` / `authorize()` (src/app/users.ts). A route missing from ROUTES fails the first test:
 * a new route needs its row here.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startServer, type Running } from "../../src/server/serve";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import { readyProject } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const ROLES = ["translator", "reviewer", "admin"] as const;
type Role = (typeof ROLES)[number];
const NAME: Record<Role, string> = { translator: "ayu", reviewer: "budi", admin: "cici" };
let dir: string;
let store: Store;
let server: Running;
let csrf: string;
const cookie: Partial<Record<Role, string>> = {};
const tokens: Partial<Record<Role, string>> = {};

const ALIGN_EN = "Putin thanked North Korea for its support.\n\nHe promised to stand with Pyongyang.\n";
const ALIGN_DOC: Record<Role, string> = { translator: "mengapa-kunjungan-putin-penting", reviewer: "putin-butuh-senjata-kim", admin: "kunjungan-kim-ke-rusia-senjata" };

/** Units each role works on (no two roles touch the same one, so no conflict hides a refusal). */
const unitFor = (role: Role, k: number) => `${DOC}:${2 + ROLES.indexOf(role) * 4 + k}`;

interface Route {
  /** needs a login (401 without) */
  readonly login: boolean;
  /** one request per role: [method, url, body] and the expected status */
  readonly ask: (role: Role) => Promise<{ status: number; body: any }>;
  readonly expect: Record<Role, number>;
  /** the code of a 403 (default transition-refused) */
  readonly forbidden?: string;
}

async function call(method: string, url: string, who: string | undefined, body?: unknown): Promise<{ status: number; body: any }> {
  const res = await fetch(`${server.url}${url.slice(1)}`, {
    method, redirect: "manual",
    headers: { ...(who ? { cookie: who } : {}), ...(method !== "GET" ? { "x-selaras-csrf": csrf } : {}), ...(body !== undefined ? { "content-type": "application/json" } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  if (String(res.headers.get("content-type")).startsWith("text/event-stream")) {
    const reader = res.body!.getReader();
    const first = new TextDecoder().decode((await reader.read()).value);
    await reader.cancel();
    return { status: res.status, body: first };
  }
  const text = await res.text();
  let parsed: unknown = text;
  try { parsed = JSON.parse(text); } catch { /* the page, a script */ }
  return { status: res.status, body: parsed };
}
const as = (role: Role, method: string, url: string, body?: unknown) => call(method, url, cookie[role], body);
const revisionOf = async (role: Role, ref: string) => (await as(role, "GET", `/api/units/${encodeURIComponent(ref)}`)).body.revision as number;
const all = (status: number): Record<Role, number> => ({ translator: status, reviewer: status, admin: status });

const ROUTES: Record<string, Route> = {
  "GET /": { login: false, ask: (r) => as(r, "GET", "/"), expect: all(200) },
  "GET /favicon.ico": { login: false, ask: (r) => as(r, "GET", "/favicon.ico"), expect: all(204) },
  "GET /documents/:slug": { login: false, ask: (r) => as(r, "GET", `/documents/${DOC}`), expect: all(200) },
  "GET /assets/app.js": { login: false, ask: (r) => as(r, "GET", "/assets/app.js"), expect: all(200) },
  "GET /assets/app.css": { login: false, ask: (r) => as(r, "GET", "/assets/app.css"), expect: all(200) },
  "GET /api/i18n/:lang": { login: false, ask: (r) => as(r, "GET", "/api/i18n/id"), expect: all(200) },
  "GET /api/session": { login: false, ask: (r) => as(r, "GET", "/api/session"), expect: all(200) },
  "POST /api/login": { login: false, ask: (r) => call("POST", "/api/login", undefined, { token: tokens[r] }), expect: all(200) },
  "GET /api/admins": { login: true, ask: (r) => as(r, "GET", "/api/admins"), expect: all(200) },
  "GET /api/documents": { login: true, ask: (r) => as(r, "GET", "/api/documents"), expect: all(200) },
  "GET /api/documents/:slug/units": { login: true, ask: (r) => as(r, "GET", `/api/documents/${DOC}/units`), expect: all(200) },
  "GET /api/units/:ref": { login: true, ask: (r) => as(r, "GET", `/api/units/${encodeURIComponent(unitFor(r, 0))}`), expect: all(200) },
  "GET /api/units/:ref/help": { login: true, ask: (r) => as(r, "GET", `/api/units/${encodeURIComponent(unitFor(r, 0))}/help`), expect: all(200) },
  "GET /api/units/:ref/history": { login: true, ask: (r) => as(r, "GET", `/api/units/${encodeURIComponent(unitFor(r, 0))}/history`), expect: all(200) },
  "PUT /api/units/:ref": {
    // save as draft, confirm, and (a second person) review: a translator may not review
    login: true,
    ask: async (r) => {
      const ref = unitFor(r, 0);
      const draft = await as(r, "PUT", `/api/units/${encodeURIComponent(ref)}`, { target: "A draft.", baseRevision: await revisionOf(r, ref), confirm: false });
      expect(draft.status).toBe(200);
      const other: Role = r === "admin" ? "translator" : "admin";
      const confirmed = await as(other, "PUT", `/api/units/${encodeURIComponent(ref)}`, { target: "Confirmed by someone else.", baseRevision: await revisionOf(r, ref), confirm: true, accept: "numbers checked by hand" });
      expect(confirmed.status).toBe(200);
      return as(r, "PUT", `/api/units/${encodeURIComponent(ref)}`, { target: "Confirmed by someone else.", baseRevision: await revisionOf(r, ref), confirm: true, review: true });
    },
    expect: { translator: 403, reviewer: 200, admin: 200 },
  },
  "POST /api/units/:ref/join": { login: true, ask: (r) => as(r, "POST", `/api/units/${encodeURIComponent(unitFor(r, 1))}/join`, { with: unitFor(r, 2) }), expect: all(200) },
  "POST /api/units/:ref/unjoin": { login: true, ask: (r) => as(r, "POST", `/api/units/${encodeURIComponent(`${unitFor(r, 1)}+${Number(unitFor(r, 2).split(":")[1])}`)}/unjoin`), expect: all(200) },
  "GET /api/events": { login: true, ask: (r) => as(r, "GET", "/api/events"), expect: all(200) },
  "POST /api/presence": { login: true, ask: (r) => as(r, "POST", "/api/presence", { document: DOC, ref: unitFor(r, 0) }), expect: all(200) },
  "POST /api/reload": { login: true, ask: (r) => as(r, "POST", "/api/reload"), expect: all(200) },
  "GET /api/documents/:slug/findings": { login: true, ask: (r) => as(r, "GET", `/api/documents/${DOC}/findings`), expect: all(200) },
  "GET /api/documents/:slug/suggestions": { login: true, ask: (r) => as(r, "GET", `/api/documents/${DOC}/suggestions`), expect: all(200) },
  "GET /api/documents/:slug/terms": { login: true, ask: (r) => as(r, "GET", `/api/documents/${DOC}/terms`), expect: all(200) },
  "POST /api/units/:ref/split": {
    login: true,
    ask: async (r) => {
      // near the end, each role before the previous one's (a split renumbers the units after it)
      const ref = `${DOC}:${26 - ROLES.indexOf(r) * 2}`;
      const source = (await as(r, "GET", `/api/units/${encodeURIComponent(ref)}`)).body.source as string;
      return as(r, "POST", `/api/units/${encodeURIComponent(ref)}/split`, { offset: source.indexOf(" ", 20) + 1 });
    },
    expect: all(200),
  },
  "PUT /api/units/:ref/note": { login: true, ask: async (r) => as(r, "PUT", `/api/units/${encodeURIComponent(unitFor(r, 0))}/note`, { note: `A note by ${NAME[r]}.`, baseRevision: await revisionOf(r, unitFor(r, 0)) }), expect: all(200) },
  "GET /documents/:slug/align": { login: false, ask: (r) => as(r, "GET", `/documents/${DOC}/align`), expect: all(200) },
  "GET /api/documents/:slug/align": { login: true, ask: (r) => as(r, "GET", `/api/documents/${DOC}/align`), expect: all(200) },
  "POST /api/documents/:slug/align/preview": { login: true, ask: (r) => as(r, "POST", `/api/documents/${DOC}/align/preview`, { english: ALIGN_EN }), expect: all(200) },
  // each role aligns a document of its own (an alignment stores English for its units)
  "POST /api/documents/:slug/align": { login: true, ask: (r) => as(r, "POST", `/api/documents/${ALIGN_DOC[r]}/align`, { english: ALIGN_EN }), expect: all(200) },
  "GET /glossary": { login: false, ask: (r) => as(r, "GET", "/glossary"), expect: all(200) },
  "GET /audit": { login: false, ask: (r) => as(r, "GET", "/audit"), expect: all(200) },
  "GET /api/glossary": { login: true, ask: (r) => as(r, "GET", "/api/glossary?q=putin"), expect: all(200) },
  "GET /api/glossary/:id": { login: true, ask: async (r) => as(r, "GET", `/api/glossary/${encodeURIComponent((await as(r, "GET", "/api/glossary")).body.concepts[0].id)}`), expect: all(200) },
  // only admins change the glossary (its preview included)
  "POST /api/glossary/preview": { login: true, ask: (r) => as(r, "POST", "/api/glossary/preview", { concept: { id: `preview-${r}`, sources: [`istana ${NAME[r]}`], preferred: [`${NAME[r]} palace`] } }), expect: { translator: 403, reviewer: 403, admin: 200 }, forbidden: "role-forbidden" },
  "POST /api/glossary": { login: true, ask: (r) => as(r, "POST", "/api/glossary", { concept: { id: `added-${r}`, sources: [`gedung ${NAME[r]}`], preferred: [`${NAME[r]} building`] } }), expect: { translator: 403, reviewer: 403, admin: 201 }, forbidden: "role-forbidden" },
  "PUT /api/glossary/:id": { login: true, ask: (r) => as(r, "PUT", "/api/glossary/north-korea", { cells: { note: `Checked by ${NAME[r]}.` } }), expect: { translator: 403, reviewer: 403, admin: 200 }, forbidden: "role-forbidden" },
  "DELETE /api/glossary/:id": { login: true, ask: (r) => as(r, "DELETE", "/api/glossary/xi-jinping"), expect: { translator: 403, reviewer: 403, admin: 200 }, forbidden: "role-forbidden" },
  "GET /api/audit": { login: true, ask: (r) => as(r, "GET", "/api/audit"), expect: all(200) },
  // (a page of the run the first page named: the server keeps the last run)
  "GET /api/audit/findings": { login: true, ask: async (r) => as(r, "GET", `/api/audit/findings?run=${(await as(r, "GET", "/api/audit?limit=1")).body.run}&limit=2`), expect: all(200) },
  "GET /api/audit/concepts/:id": {
    login: true,
    ask: async (r) => { const b = (await as(r, "GET", "/api/audit?limit=1")).body; return as(r, "GET", `/api/audit/concepts/${encodeURIComponent(b.conceptAudits?.[0]?.id ?? "x")}?run=${b.run}`); },
    expect: all(200),
  },
  "GET /api/export": { login: true, ask: (r) => as(r, "GET", `/api/export?format=tsv&document=${DOC}`), expect: all(200) },
  "POST /api/logout": { login: false, ask: async (r) => call("POST", "/api/logout", (await call("POST", "/api/login", undefined, { token: tokens[r] })).status === 200 ? cookie[r] : undefined), expect: all(200) },
};

/** Every route the server has ("GET /api/units/:ref"), read from Fastify's route tree. */
function routesOf(tree: string): string[] {
  const out: string[] = [];
  const stack: string[] = [];
  for (const line of tree.split("\n")) {
    const m = /^([│ ]*)(?:[├└]── )?(\S+) \(([^)]*)\)/.exec(line.replace(/[├└]──/, (x) => x));
    if (!m) continue;
    const depth = Math.floor(line.search(/[^│ ├└─]/) / 4);
    stack.length = depth;
    const parent = stack[depth - 1] ?? "";
    const full = depth === 0 ? m[2]! : `${parent}${parent.endsWith("/") || m[2]!.startsWith("/") ? "" : "/"}${m[2]}`;
    stack[depth] = full;
    for (const method of m[3]!.split(", ")) if (method !== "HEAD") out.push(`${method} ${full}`);
  }
  return out.sort();
}

beforeAll(async () => {
  dir = tempDir("selaras-roles-");
  await readyProject(dir);
  for (const role of ROLES) {
    const r = await run(["users", "add", NAME[role], "--role", role], { cwd: dir });
    expect(r.code).toBe(0);
    tokens[role] = /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
  }
  store = openStore(path.join(dir, "selaras.db"));
  server = await startServer({ store, root: dir, author: "local", host: "127.0.0.1", port: 0 });
  csrf = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(await (await fetch(server.url)).text())![1]!;
  for (const role of ROLES) {
    const res = await fetch(`${server.url}api/login`, { method: "POST", headers: { "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ token: tokens[role] }) });
    cookie[role] = String(res.headers.get("set-cookie")).split(";")[0]!;
  }
});
afterAll(async () => {
  await server.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("has a row in this table for every route of the server", () => {
  expect(routesOf(server.app.printRoutes({ commonPrefix: false }))).toEqual(Object.keys(ROUTES).sort());
});

describe.each(Object.entries(ROUTES))("%s", (_name, route) => {
  if (route.login) {
    it("answers 401 login-required without a login", async () => {
      const [method, url] = _name.split(" ") as [string, string];
      const concrete = url.replace(":slug", DOC).replace(":ref", encodeURIComponent(`${DOC}:1`)).replace(":lang", "en");
      const r = await call(method, concrete, undefined, method === "GET" ? undefined : {});
      expect(r.status).toBe(401);
      expect(r.body).toEqual({ code: "login-required", data: {} });
    });
  }
  it.each(ROLES)("as a %s", async (role) => {
    const r = await route.ask(role);
    expect(r.status).toBe(route.expect[role]);
    if (r.status === 403 && !route.forbidden) expect(r.body).toMatchObject({ code: "transition-refused", data: { actor: role, to: "reviewed", name: NAME[role] } });
    if (r.status === 403 && route.forbidden) expect(r.body).toMatchObject({ code: route.forbidden, data: { role, name: NAME[role] } });
  });
});

/** The workbench's JSON API, in process (Fastify inject), on a real project folder. */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSP, CSRF_HEADER } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { setUnit } from "../../src/app/lifecycle";
import { run, tempDir } from "../helpers/cli";
import type { FastifyInstance } from "fastify";
import { readyProject } from "../helpers/workbench";

const TOKEN = "t".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
let dir: string;
let store: Store;
let app: FastifyInstance;

beforeAll(async () => {
  dir = tempDir("selaras-api-");
  await readyProject(dir);
  store = openStore(path.join(dir, "selaras.db"));
  app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, allowedHosts: ["127.0.0.1:4173", "localhost:80"] });
});
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const put = (ref: string, body: unknown, headers: Record<string, string> = { [CSRF_HEADER]: TOKEN }) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: body as object, headers });

describe("GET", () => {
  it("lists documents with their status fields", async () => {
    const res = await app.inject({ url: "/api/documents" });
    expect(res.statusCode).toBe(200);
    const docs = res.json() as Array<Record<string, unknown>>;
    expect(docs.map((d) => d.document)).toContain(DOC);
    const d = docs.find((x) => x.document === DOC)!;
    expect(d).toMatchObject({ translated: 0, untranslated: 28, translatable: 28, percent: 0 });
  });

  it("the documents' counts follow every write: this server's saves and another process's (the counts are kept between visits while nothing changed)", async () => {
    const row = async () => ((await app.inject({ url: "/api/documents" })).json() as Array<Record<string, unknown>>).find((x) => x.document === "putin-butuh-senjata-kim")!;
    const before = await row();
    expect(before).toMatchObject({ document: "putin-butuh-senjata-kim", draft: 0 });
    expect(await row()).toEqual(before);
    const units = (await app.inject({ url: "/api/documents/putin-butuh-senjata-kim/units" })).json() as Array<{ ref: string }>;
    // a save through the server: one more draft
    expect((await put(units[0]!.ref, { target: "Kim arrived.", baseRevision: 0 })).statusCode).toBe(200);
    const saved = await row();
    expect(saved.draft).toBe((before.draft as number) + 1);
    // a save by the CLI beside it (another connection): one more draft again
    expect((await run(["translate", "set", units[1]!.ref, "He came by train.", "--status", "draft"], { cwd: dir })).code).toBe(0);
    expect((await row()).draft).toBe((saved.draft as number) + 1);
  });

  it("counts again only the documents this server changed, every document after another process's write", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const statusApp = require("../../src/app/status") as typeof import("../../src/app/status");
    const counted = jest.spyOn(statusApp, "documentStatus");
    try {
      const list = async () => (await app.inject({ url: "/api/documents" })).json() as Array<Record<string, unknown>>;
      const cli = async (ref: string, text: string) => expect((await run(["translate", "set", ref, text, "--status", "draft"], { cwd: dir })).code).toBe(0);
      const DOC2 = "china-kunci-kesepakatan-senjata";
      // (a command beside the server first: every document counted)
      await cli(`${DOC2}:6`, "China holds the key.");
      const before = await list();
      expect(counted.mock.calls.at(-1)![1]).toBeUndefined();
      // a save through this server: its document alone counted again, the others as they were
      counted.mockClear();
      const units = (await app.inject({ url: `/api/documents/${DOC2}/units` })).json() as Array<{ ref: string; revision: number }>;
      expect((await put(units[2]!.ref, { target: "The deal is near.", baseRevision: units[2]!.revision })).statusCode).toBe(200);
      const after = await list();
      expect(counted.mock.calls.map((c) => c[1])).toEqual([[DOC2]]);
      expect(after.find((d) => d.document === DOC2)!.draft).toBe((before.find((d) => d.document === DOC2)!.draft as number) + 1);
      expect(after.filter((d) => d.document !== DOC2)).toEqual(before.filter((d) => d.document !== DOC2));
      // and what every document counted again would say
      expect(after).toEqual(statusApp.documentStatus(store));
      // a join through this server: its document counted again, as every document would be
      counted.mockClear();
      const joined = await app.inject({ method: "POST", url: `/api/units/${encodeURIComponent(`${DOC2}:9`)}/join`, payload: { with: `${DOC2}:10` }, headers: { [CSRF_HEADER]: TOKEN } });
      expect(joined.statusCode).toBe(200);
      expect(await list()).toEqual(statusApp.documentStatus(store));
      expect(counted.mock.calls[0]![1]).toEqual([DOC2]);
      // a command beside the server again: every document
      counted.mockClear();
      await cli(`${DOC2}:8`, "Beijing said nothing.");
      expect((await list()).find((d) => d.document === DOC2)!.draft).toBe((after.find((d) => d.document === DOC2)!.draft as number) + 1);
      expect(counted.mock.calls.map((c) => c[1])).toEqual([undefined]);
    } finally {
      counted.mockRestore();
    }
  });

  it("lists a document's units with ref, source, target, state and revision", async () => {
    const res = await app.inject({ url: `/api/documents/${DOC}/units` });
    expect(res.statusCode).toBe(200);
    const units = res.json() as Array<Record<string, unknown>>;
    expect(units[0]).toEqual({
      ref: `${DOC}:1`, source: "Vladimir Putin meminta kerjasama dengan Korea Utara untuk menolak sanksi-sanksi barat.",
      target: null, state: "untranslated", stale: false, revision: 0, renderingId: null,
    });
  });

  it("answers an unknown document with 404 and the error code", async () => {
    const res = await app.inject({ url: "/api/documents/no-such-doc/units" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: "not-found-document", data: { document: "no-such-doc", documents: 5 } });
  });

  it("gives glossary terms for a unit", async () => {
    const res = await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:1`)}/help` });
    expect(res.statusCode).toBe(200);
    const help = res.json() as { terms: Array<{ entry: string; preferred: string[] }> };
    expect(help.terms.map((t) => t.entry)).toContain("north-korea");
    expect(help.terms.find((t) => t.entry === "north-korea")!.preferred).toContain("North Korea");
  });

  it("checks a text not yet saved as a confirmation would (findings as you type)", async () => {
    const ref = `${DOC}:2`;
    const url = `/api/units/${encodeURIComponent(ref)}/help?target=${encodeURIComponent("Putin arrived on his first visit in 25 years.")}`;
    const res = await app.inject({ url });
    expect(res.statusCode).toBe(200);
    const help = res.json() as { findings: Array<{ checkId: string; severity: string; data: Record<string, unknown>; suppressed: boolean }> };
    expect(help.findings).toContainEqual(expect.objectContaining({ checkId: "number-mismatch", severity: "error", suppressed: false }));
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string | null }>;
    expect(units.find((u) => u.ref === ref)!.target).toBeNull();
  });

  it("serves the page shell with a restrictive CSP and no corpus text", async () => {
    const res = await app.inject({ url: `/documents/${DOC}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-security-policy"]).toBe(CSP);
    expect(CSP).toContain("script-src 'self'");
    expect(CSP).not.toContain("unsafe-inline");
    expect(res.body).toContain(`<meta name="selaras-csrf" content="${TOKEN}">`);
    expect(res.body).not.toContain("Putin");
    expect((await app.inject({ url: "/favicon.ico" })).statusCode).toBe(204);
  });

  it("gives the page its words in both languages", async () => {
    const en = (await app.inject({ url: "/api/i18n/en" })).json() as { web: { title: string }; check: Record<string, unknown> };
    const id = (await app.inject({ url: "/api/i18n/id" })).json() as { web: { title: string }; check: Record<string, unknown> };
    expect(en.web.title).toBe("Selaras workbench");
    expect(id.web.title).toBe("Meja kerja Selaras");
    expect(Object.keys(en.check)).toContain("number-mismatch");
    expect((await app.inject({ url: "/api/i18n/fr" })).statusCode).toBe(400);
  });

  it("refuses a Host it does not serve (DNS rebinding)", async () => {
    const res = await app.inject({ url: "/api/documents", headers: { host: "evil.example:4173" } });
    expect(res.statusCode).toBe(421);
    expect(res.json()).toEqual({ code: "bad-host", data: { host: "evil.example:4173" } });
  });
});

describe("PUT /api/units/<ref>", () => {
  const ref = `${DOC}:1`;
  const english = "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.";

  it("confirms a unit (200 with the unit and findings) and keeps translations/ in step", async () => {
    const res = await put(ref, { target: english, baseRevision: 0, confirm: true });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { unit: Record<string, unknown>; findings: unknown[]; state: string; refused: boolean };
    expect(body.unit).toMatchObject({ ref, target: english, state: "translated", revision: 1, stale: false });
    expect(body.state).toBe("translated");
    expect(body.refused).toBe(false);
    expect(body.findings).toEqual([]);
    const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
    expect(file).toContain(english);
    const show = await run(["translate", "show", ref, "--json"], { cwd: dir });
    expect(JSON.parse(show.stdout)).toMatchObject({ state: "translated", revision: 1, rendering: { text: english, author: "ayu" } });
  });

  it("answers a save on an older revision with 409 and both texts, and writes nothing", async () => {
    const res = await put(ref, { target: "Putin asked for cooperation.", baseRevision: 0, confirm: false });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toEqual({
      code: "unit-conflict",
      data: {
        ref, baseRevision: 0, revision: 1, text: english, state: "translated", stale: false, yours: "Putin asked for cooperation.",
        diff: [
          { text: "Vladimir ", kind: "removed" }, { text: "Putin ", kind: "same" }, { text: "called", kind: "removed" }, { text: "asked", kind: "added" },
          { text: " for cooperation", kind: "same" }, { text: " with North Korea to reject Western sanctions", kind: "removed" }, { text: ".", kind: "same" },
        ],
      },
    });
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string; revision: number }>;
    expect(units[0]).toMatchObject({ target: english, revision: 1 });
  });

  it("answers a confirmation with an unaccepted error with 422, the English kept as a draft", async () => {
    const r2 = `${DOC}:2`;
    const text = "Putin, who arrived in Pyongyang early on Wednesday for his first visit in 25 years, is expected to sign agreements.";
    const res = await put(r2, { target: text, baseRevision: 0, confirm: true });
    expect(res.statusCode).toBe(422);
    const body = res.json() as { code: string; unit: Record<string, unknown>; findings: Array<{ checkId: string; severity: string }> };
    expect(body.code).toBe("confirmation-refused");
    expect(body.unit).toMatchObject({ ref: r2, target: text, state: "draft", revision: 1 });
    expect(body.findings).toContainEqual(expect.objectContaining({ checkId: "number-mismatch", severity: "error" }));
    // Accepting with a reason confirms it.
    const ok = await put(r2, { target: text, baseRevision: 1, confirm: true, accept: "the article's figure is wrong" });
    expect(ok.statusCode).toBe(200);
    expect((ok.json() as { state: string }).state).toBe("translated");
    expect(fs.readFileSync(path.join(dir, "translations", "suppressions.tsv"), "utf8")).toContain("the article's figure is wrong");
  });

  it("validates the body (400) and names the problem", async () => {
    const res = await put(ref, { target: 5, baseRevision: "x" });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { code: string }).code).toBe("invalid-request");
    const extra = await put(ref, { target: "x", baseRevision: 1, admin: true });
    expect(extra.statusCode).toBe(400);
  });

  it("says what is wrong with a refused request as codes the page words in its language (Fastify's English kept as `message`)", async () => {
    const long = await put(ref, { target: "a".repeat(100001), baseRevision: 0 });
    expect([long.statusCode, long.json()]).toEqual([400, { code: "invalid-request", data: { message: "body/target must NOT have more than 100000 characters", reason: "too-long", field: "target", limit: 100000 } }]);
    expect((await put(ref, { target: "x", baseRevision: 0, admin: true })).json()).toEqual({ code: "invalid-request", data: { message: "body must NOT have additional properties", reason: "unknown-field", field: "admin" } });
    expect((await put(ref, { baseRevision: 0 })).json()).toMatchObject({ data: { reason: "missing", field: "target" } });
    expect((await put(ref, { target: "x", baseRevision: -1 })).json()).toMatchObject({ data: { reason: "too-small", field: "baseRevision", limit: 0 } });
    expect((await put(ref, { target: 5, baseRevision: 0 })).json()).toMatchObject({ data: { reason: "wrong-type", field: "target" } });
    const presence = await app.inject({ method: "POST", url: "/api/presence", payload: { document: DOC, ref: 5 }, headers: { [CSRF_HEADER]: TOKEN } });
    expect(presence.json()).toMatchObject({ code: "invalid-request", data: { reason: "wrong-type", field: "ref" } });
    const bad = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: "{\"target\":", headers: { [CSRF_HEADER]: TOKEN, "content-type": "application/json" } });
    expect([bad.statusCode, bad.json()]).toMatchObject([400, { code: "invalid-request", data: { reason: "bad-json" } }]);
    const lang = await app.inject({ url: "/api/i18n/fr" });
    expect(lang.json()).toEqual({ code: "invalid-request", data: { message: "params/lang must be equal to one of the allowed values", reason: "not-allowed", field: "lang", allowed: "en, id" } });
  });

  it("refuses one member of a joined unit, naming the unit", async () => {
    const j = await app.inject({ method: "POST", url: `/api/units/${encodeURIComponent(`${DOC}:5`)}/join`, payload: { with: `${DOC}:6` }, headers: { [CSRF_HEADER]: TOKEN } });
    expect(j.statusCode).toBe(200);
    expect((j.json() as { ref: string }).ref).toBe(`${DOC}:5+6`);
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string }>;
    expect(units.map((u) => u.ref)).toContain(`${DOC}:5+6`);
    const res = await put(`${DOC}:6`, { target: "He thanked North Korea.", baseRevision: 0 });
    expect(res.statusCode).toBe(400);
    expect((res.json() as { code: string }).code).toBe("ref-in-joined-unit");
    const u = await app.inject({ method: "POST", url: `/api/units/${encodeURIComponent(`${DOC}:5+6`)}/unjoin`, headers: { [CSRF_HEADER]: TOKEN } });
    expect(u.statusCode).toBe(200);
    expect((u.json() as { refs: string[] }).refs).toEqual([`${DOC}:5`, `${DOC}:6`]);
  });

  it("lists the unit's history", async () => {
    const res = await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:2`)}/history` });
    expect(res.statusCode).toBe(200);
    const h = res.json() as { revisions: Array<{ revision: number; status: string; author: string }> };
    expect(h.revisions.map((r) => [r.revision, r.status, r.author])).toEqual([[1, "draft", "ayu"], [2, "translated", "ayu"]]);
  });
});

describe("CSRF", () => {
  const ref = `${DOC}:3`;
  it("refuses a state-changing request without the page's token, and changes nothing", async () => {
    const res = await put(ref, { target: "In an article…", baseRevision: 0 }, {});
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ code: "csrf-token", data: {} });
    const wrong = await put(ref, { target: "In an article…", baseRevision: 0 }, { [CSRF_HEADER]: "x".repeat(48) });
    expect(wrong.statusCode).toBe(403);
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string | null }>;
    expect(units.find((u) => u.ref === ref)!.target).toBeNull();
  });
  it("refuses a request from another origin even with the token", async () => {
    const res = await put(ref, { target: "x", baseRevision: 0 }, { [CSRF_HEADER]: TOKEN, origin: "https://evil.example" });
    expect(res.statusCode).toBe(403);
    expect((res.json() as { code: string }).code).toBe("csrf-origin");
    const site = await put(ref, { target: "x", baseRevision: 0 }, { [CSRF_HEADER]: TOKEN, "sec-fetch-site": "cross-site" });
    expect(site.statusCode).toBe(403);
  });
});

describe("the unit list", () => {
  it("shows a save by another process (a second connection) and by the server itself at the next read", async () => {
    const list = async () => (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string | null; revision: number }>;
    const ref = `${DOC}:18`;
    expect((await list()).find((u) => u.ref === ref)).toMatchObject({ target: null, revision: 0 });
    const other = openStore(path.join(dir, "selaras.db"));
    try {
      setUnit(other, ref, { text: "Saved by another process.", state: "draft", author: "cli", now: "2026-01-01T00:00:00.000Z" }, { root: dir });
    } finally {
      other.close();
    }
    expect((await list()).find((u) => u.ref === ref)).toMatchObject({ target: "Saved by another process.", revision: 1 });
    expect((await put(ref, { target: "Saved through the server.", baseRevision: 1 })).statusCode).toBe(200);
    expect((await list()).find((u) => u.ref === ref)).toMatchObject({ target: "Saved through the server.", revision: 2 });
  });
});

describe("stale units", () => {
  it("carry the word diff of their source after the article changed", async () => {
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; source: string; revision: number }>;
    const unit = units.find((u) => u.source === "Moskow dan Pyongyang telah membantah transfer senjata.")!;
    expect((await put(unit.ref, { target: "Moscow and Pyongyang have denied arms transfers.", baseRevision: 0, confirm: true })).statusCode).toBe(200);
    const file = path.join(dir, "corpus", `${DOC}.txt`);
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("telah membantah transfer senjata.", "kembali membantah transfer senjata."));
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
    const after = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; stale: boolean; sourceDiff?: unknown }>;
    const stale = after.find((u) => u.ref === unit.ref)!;
    expect(stale.stale).toBe(true);
    expect(stale.sourceDiff).toEqual([
      { text: "Moskow dan Pyongyang ", kind: "same" }, { text: "telah", kind: "removed" }, { text: "kembali", kind: "added" },
      { text: " membantah transfer senjata.", kind: "same" },
    ]);
    expect(after.filter((u) => u.stale).length).toBe(1);
    expect(after.find((u) => !u.stale)!.sourceDiff).toBeUndefined();
  });
});

describe("selaras serve", () => {
  it("refuses a non-loopback address without users (exit 2, clear message)", async () => {
    const r = await run(["serve", "--host", "0.0.0.0", "--db", path.join(dir, "selaras.db")], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("refusing to serve on 0.0.0.0: only a loopback address (127.0.0.1, ::1, localhost) may be served without users");
  });
});

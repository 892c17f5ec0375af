/**
 * The editor's routes in process (Fastify inject) on a real project folder: split, join
 * suggestions, document terms, findings per unit, notes, and the help reply's term spans and
 * number-substituted TM matches. Each answer is compared with what the CLI says about the same database.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import type { Store } from "../../src/store";
import { addUser } from "../../src/app/users";
import { run } from "../helpers/cli";
import type { FastifyInstance } from "fastify";
import { closeInProcess, inProcessWorkbench } from "../helpers/workbench";

const TOKEN = "e".repeat(48);
const DOC = "china-kunci-kesepakatan-senjata";
const PUTIN = "putin-tolak-sanksi-barat";
const MENGAPA = "mengapa-kunjungan-putin-penting";
let dir: string;
let store: Store;
let app: FastifyInstance;
const H = { [CSRF_HEADER]: TOKEN };
const u = (ref: string) => encodeURIComponent(ref);

interface Unit { ref: string; source: string; target: string | null; state: string; revision: number; note?: string }
const units = async (slug = DOC) => (await app.inject({ url: `/api/documents/${slug}/units` })).json() as Unit[];
const unit = async (ref: string) => (await app.inject({ url: `/api/units/${u(ref)}` })).json() as Unit;
async function cli(args: string[]): Promise<unknown> {
  const r = await run([...args, "--json"], { cwd: dir });
  expect(r.code).toBe(0);
  return JSON.parse(r.stdout);
}

// Two sentences that differ only in a number: the TM offers one for the other with the number put in.
beforeAll(async () => ({ dir, store, app } = await inProcessWorkbench("selaras-editor-api-", TOKEN, { "anggaran.txt": "Anggaran Negara\n\nAnggaran pertahanan naik menjadi Rp 750 miliar tahun ini.\n\nAnggaran pertahanan naik menjadi Rp 800 miliar tahun ini.\n" })));
afterAll(() => closeInProcess({ dir, store, app }));

describe("GET /api/documents/<slug>/suggestions", () => {
  it("lists the suspect fragments' joins exactly as `segments suggest` does", async () => {
    const res = await app.inject({ url: `/api/documents/${DOC}/suggestions` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as Array<{ refs: string[]; reason: string }>;
    expect(body).toEqual(await cli(["segments", "suggest", DOC]));
    expect(body).toContainEqual(expect.objectContaining({ refs: [`${DOC}:8`, `${DOC}:9`], reason: "starts-with-connector" }));
  });
  it("answers an unknown document with 404", async () => {
    const res = await app.inject({ url: "/api/documents/no-such-doc/suggestions" });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ code: "not-found-document", data: { document: "no-such-doc", documents: 6 } });
  });
});

describe("GET /api/documents/<slug>/terms and the help reply", () => {
  it("gives every unit's term spans, each span covering the term in the source", async () => {
    const res = await app.inject({ url: `/api/documents/${PUTIN}/terms` });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { concepts: Record<string, { source: string; preferred: string[] }>; units: Record<string, Array<{ start: number; end: number; entry: string }>> };
    const list = await units(PUTIN);
    const first = list[0]!;
    expect(first.source).toBe("Vladimir Putin meminta kerjasama dengan Korea Utara untuk menolak sanksi-sanksi barat.");
    const spans = body.units[first.ref]!;
    expect(spans.map((s) => first.source.slice(s.start, s.end))).toContain("Korea Utara");
    const nk = spans.find((s) => first.source.slice(s.start, s.end) === "Korea Utara")!;
    expect(body.concepts[nk.entry]!.preferred).toContain("North Korea");
    // The help reply of the unit carries the same spans.
    const help = (await app.inject({ url: `/api/units/${u(first.ref)}/help` })).json() as { spans: unknown[] };
    expect(help.spans).toEqual(spans);
  });

  it("offers a TM match differing only in numbers with this sentence's numbers put in", async () => {
    const list = await units("anggaran");
    const [a, b] = list.filter((x) => x.source.startsWith("Anggaran pertahanan"));
    expect(a!.source).toBe("Anggaran pertahanan naik menjadi Rp 750 miliar tahun ini.");
    const saved = await app.inject({ method: "PUT", url: `/api/units/${u(a!.ref)}`, headers: H, payload: { target: "The defence budget rose to Rp 750 billion this year.", baseRevision: 0, confirm: true } });
    expect(saved.statusCode).toBe(200);
    const help = (await app.inject({ url: `/api/units/${u(b!.ref)}/help` })).json() as { tm: Array<{ text: string; diff: Array<{ text: string; kind: string }>; adapted?: { text: string } }> };
    expect(help.tm[0]).toMatchObject({ text: "The defence budget rose to Rp 750 billion this year.", adapted: { text: "The defence budget rose to Rp 800 billion this year." } });
    // The word diff from the match's Indonesian to this unit's.
    expect(help.tm[0]!.diff.filter((p) => p.kind !== "same").map((p) => `${p.kind}:${p.text.trim()}`)).toEqual(["removed:750", "added:800"]);
  });
});

describe("GET /api/documents/<slug>/findings", () => {
  it("counts the open findings of each unit with English; none for a document without English", async () => {
    expect((await app.inject({ url: `/api/documents/${DOC}/findings` })).json()).toEqual({});
    const list = await units(PUTIN);
    const withNumber = list.find((x) => x.source.includes("24 tahun"))!;
    const res = await app.inject({ method: "PUT", url: `/api/units/${u(withNumber.ref)}`, headers: H, payload: { target: "Putin arrived on his first visit in 25 years.", baseRevision: 0 } });
    expect(res.statusCode).toBe(200);
    const counts = (await app.inject({ url: `/api/documents/${PUTIN}/findings` })).json() as Record<string, { error: number; warning: number }>;
    expect(Object.keys(counts)).toEqual([withNumber.ref]);
    expect(counts[withNumber.ref]!.error).toBeGreaterThanOrEqual(1);
    expect((await app.inject({ url: "/api/documents/nope/findings" })).statusCode).toBe(404);
  });
});

describe("POST /api/units/<ref>/split", () => {
  it("cuts a unit at an offset of its source: two units, the CLI sees them", async () => {
    const before = await units();
    const ref = `${DOC}:3`;
    const source = before.find((x) => x.ref === ref)!.source;
    const offset = source.indexOf(", ") + 1;
    const res = await app.inject({ method: "POST", url: `/api/units/${u(ref)}/split`, headers: H, payload: { offset } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      document: DOC, first: { ref, text: source.slice(0, offset).trimEnd() }, second: { ref: `${DOC}:4`, text: source.slice(offset).trimStart() },
      units: [ref, `${DOC}:4`], renderingId: null,
    });
    const after = await units();
    expect(after.length).toBe(before.length + 1);
    expect(after.find((x) => x.ref === `${DOC}:4`)!.source).toBe(source.slice(offset).trimStart());
    expect(await cli(["translate", "show", `${DOC}:4`])).toMatchObject({ source: source.slice(offset).trimStart() });
    // The suggestions follow the new numbering (8/9 became 9/10).
    const sugg = (await app.inject({ url: `/api/documents/${DOC}/suggestions` })).json() as Array<{ refs: string[] }>;
    expect(sugg.map((s) => s.refs)).toContainEqual([`${DOC}:9`, `${DOC}:10`]);
  });

  it("splits a unit with English: the English goes to the parts as unjoin sends it; joining them again undoes the split; a joined unit's English keeps covering its parts", async () => {
    const ref = `${DOC}:2`;
    const before = await units();
    const src = (await unit(ref)).source;
    const put = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}`, headers: H, payload: { target: "A caption in English.", baseRevision: 0 } });
    expect(put.statusCode).toBe(200);
    const offset = src.indexOf(" ", 10);
    const res = await app.inject({ method: "POST", url: `/api/units/${u(ref)}/split`, headers: H, payload: { offset } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ units: [`${DOC}:2`, `${DOC}:3`] });
    expect((res.json() as { drafts: unknown[] }).drafts).toHaveLength(1);
    const parts = [await unit(`${DOC}:2`), await unit(`${DOC}:3`)];
    expect(parts.map((p) => p.source)).toEqual([src.slice(0, offset).trimEnd(), src.slice(offset).trimStart()]);
    // the whole English, nothing lost, on one part as a draft to confirm
    expect(parts.filter((p) => p.target !== null).map((p) => [p.target, p.state])).toEqual([["A caption in English.", "draft"]]);
    const file = path.join(dir, "translations", `${DOC}.translations.txt`);
    expect(fs.readFileSync(file, "utf8")).toContain(`@ split ${DOC}:2 ${offset}\nid: ${src}\n`);
    // Joining the two parts again makes them the one sentence they were: the split is forgotten.
    const back = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:2`)}/join`, headers: H, payload: { with: `${DOC}:3` } });
    expect(back.statusCode).toBe(200);
    expect(back.json()).toMatchObject({ ref: `${DOC}:2`, unsplit: true, source: src });
    expect(await unit(`${DOC}:2`)).toMatchObject({ source: src, target: "A caption in English.", state: "draft" });
    expect((await units()).map((x) => x.ref)).toEqual(before.map((x) => x.ref));
    expect(fs.readFileSync(file, "utf8")).not.toContain(`@ split ${DOC}:2 `);
    // In a joined unit the English keeps covering the parts (as `segments split` leaves it).
    const joined = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:2`)}/join`, headers: H, payload: { with: `${DOC}:3` } });
    expect(joined.json()).toMatchObject({ ref: `${DOC}:2+3` });
    const second = (await unit(`${DOC}:2+3`)).source.slice(src.length + 1);
    // Cutting where the two members meet is refused: that is an unjoin.
    const joint = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:2+3`)}/split`, headers: H, payload: { offset: src.length } });
    expect(joint.statusCode).toBe(400);
    expect(joint.json()).toEqual({ code: "split-at-join", data: { ref: `${DOC}:2+3`, offset: src.length } });
    // A cut inside the second member of the joined unit cuts that member.
    const inner = src.length + 1 + second.indexOf(" ", 3);
    const res2 = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:2+3`)}/split`, headers: H, payload: { offset: inner } });
    expect(res2.statusCode).toBe(200);
    expect(res2.json()).toMatchObject({ first: { ref: `${DOC}:3` }, second: { ref: `${DOC}:4` }, units: [`${DOC}:2+3+4`, `${DOC}:2+3+4`], drafts: [] });
  });

  it("refuses bad offsets (400), unknown refs (404), a member of a joined unit (400) and a missing CSRF token (403); nothing changes", async () => {
    const before = await units();
    const ref = `${DOC}:1`;
    const len = before[0]!.source.length;
    const inWord = before[0]!.source.search(/\p{L}\p{L}/u) + 1;
    const cases: Array<[unknown, number, string]> = [
      [{ offset: 0 }, 400, "split-bad-offset"], [{ offset: len }, 400, "split-bad-offset"], [{ offset: inWord }, 400, "split-inside-word"],
      [{ offset: 1.5 }, 400, "invalid-request"], [{ offset: "3" }, 400, "invalid-request"], [{}, 400, "invalid-request"], [{ offset: 3, extra: 1 }, 400, "invalid-request"],
    ];
    for (const [payload, status, code] of cases) {
      const res = await app.inject({ method: "POST", url: `/api/units/${u(ref)}/split`, headers: H, payload: payload as object });
      expect([res.statusCode, (res.json() as { code: string }).code]).toEqual([status, code]);
    }
    expect((await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:999`)}/split`, headers: H, payload: { offset: 3 } })).statusCode).toBe(404);
    expect((await app.inject({ method: "POST", url: `/api/units/${u("nope:1")}/split`, headers: H, payload: { offset: 3 } })).json()).toEqual({ code: "not-found-document", data: { document: "nope", documents: 6 } });
    const member = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:3`)}/split`, headers: H, payload: { offset: 3 } });
    expect([member.statusCode, (member.json() as { code: string }).code]).toEqual([400, "ref-in-joined-unit"]);
    const csrf = await app.inject({ method: "POST", url: `/api/units/${u(ref)}/split`, payload: { offset: 5 } });
    expect(csrf.statusCode).toBe(403);
    expect(csrf.json()).toEqual({ code: "csrf-token", data: {} });
    expect(await units()).toEqual(before);
  });

  it("answers 409 when the document's translations file changed on disk and does not load (a merge left in it; one that loads is loaded first: translations-watch.test.ts), and keeps the database as it was", async () => {
    const file = path.join(dir, "translations", `${DOC}.translations.txt`);
    const before = await units();
    const text = fs.readFileSync(file, "utf8");
    fs.writeFileSync(file, `${text}<<<<<<< HEAD\n`);
    await new Promise((r) => setTimeout(r, 1000));
    const res = await app.inject({ method: "POST", url: `/api/units/${u(`${DOC}:1`)}/split`, headers: H, payload: { offset: (await unit(`${DOC}:1`)).source.indexOf(" ", 5) } });
    expect(res.statusCode).toBe(409);
    // (the file named from the project folder, not as the server's absolute path)
    expect(res.json()).toEqual({ code: "translations-file-changed", data: { file: `translations/${DOC}.translations.txt`, document: DOC } });
    expect(await units()).toEqual(before);
    fs.writeFileSync(file, text);
  });
});

describe("PUT /api/units/<ref>/note", () => {
  it("saves a note on the English, text and state kept, as a new revision the history and translate show see", async () => {
    const ref = `${PUTIN}:1`;
    const put = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}`, headers: H, payload: { target: "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.", baseRevision: 0, confirm: true } });
    expect(put.statusCode).toBe(200);
    const res = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}/note`, headers: H, payload: { note: "Check the headline style.", baseRevision: 1 } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ ref, state: "translated", revision: 2, note: "Check the headline style.", target: "Vladimir Putin called for cooperation with North Korea to reject Western sanctions." });
    expect((await units(PUTIN))[0]).toMatchObject({ note: "Check the headline style.", state: "translated" });
    expect(await cli(["translate", "show", ref])).toMatchObject({ state: "translated", rendering: { note: "Check the headline style." } });
    const history = (await app.inject({ url: `/api/units/${u(ref)}/history` })).json() as { revisions: Array<{ note: string | null }> };
    expect(history.revisions.map((r) => r.note)).toEqual([null, "Check the headline style."]);
    expect(fs.readFileSync(path.join(dir, "translations", `${PUTIN}.translations.txt`), "utf8")).toContain("note: Check the headline style.");
  });

  it("records who wrote the note and when (the history and translations/), not the English's author", async () => {
    const ref = `${PUTIN}:2`;
    const base = (await unit(ref)).revision;
    const put = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}`, headers: H, payload: { target: "The Kremlin said the talks went well.", baseRevision: base } });
    expect(put.statusCode).toBe(200);
    // (t06 at another desk: the same database and project, its own server's local user)
    const t06 = buildServer({ store, root: dir, author: "t06", csrfToken: TOKEN });
    try {
      const before = new Date().toISOString();
      const res = await t06.inject({ method: "PUT", url: `/api/units/${u(ref)}/note`, headers: H, payload: { note: "Fix the tense.", baseRevision: base + 1 } });
      expect(res.statusCode).toBe(200);
      const after = new Date().toISOString();
      const history = (await app.inject({ url: `/api/units/${u(ref)}/history` })).json() as { revisions: Array<{ author: string; note: string | null; time: string; text: string; status: string }> };
      expect(history.revisions.slice(-2).map((r) => [r.author, r.note, r.text, r.status])).toEqual([
        ["ayu", null, "The Kremlin said the talks went well.", "draft"],
        ["t06", "Fix the tense.", "The Kremlin said the talks went well.", "draft"],
      ]);
      const noted = history.revisions.at(-1)!.time;
      expect(noted >= before && noted <= after).toBe(true);
      const block = fs.readFileSync(path.join(dir, "translations", `${PUTIN}.translations.txt`), "utf8").split(/\n\n+/).find((b) => b.includes("note: Fix the tense."));
      expect(block).toContain("\nauthor: t06\n");
      expect(block).toContain(`\ntime: ${noted}\n`);
    } finally {
      await t06.close();
    }
  });

  it("refuses a stale revision (409), a unit without English (400), bad bodies (400) and a missing CSRF token (403)", async () => {
    const ref = `${PUTIN}:1`;
    const stale = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}/note`, headers: H, payload: { note: "Another.", baseRevision: 1 } });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: "unit-conflict", data: { ref, baseRevision: 1, revision: 2 } });
    const empty = `${PUTIN}:3`;
    const none = await app.inject({ method: "PUT", url: `/api/units/${u(empty)}/note`, headers: H, payload: { note: "Later.", baseRevision: 0 } });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toEqual({ code: "note-needs-english", data: { ref: empty } });
    const bad = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}/note`, headers: H, payload: { note: 3, baseRevision: 2 } });
    expect(bad.statusCode).toBe(400);
    const csrf = await app.inject({ method: "PUT", url: `/api/units/${u(ref)}/note`, payload: { note: "x", baseRevision: 2 } });
    expect(csrf.statusCode).toBe(403);
    expect(await unit(ref)).toMatchObject({ revision: 2, note: "Check the headline style." });
  });
});

// Last: once a user exists every route needs a login (the other tests run as the local user).
describe("with users", () => {
  it("answers 401 without a login, and records the logged-in person as the author of a split", async () => {
    const added = addUser(store, "sari", "translator", { now: "2026-01-01T00:00:00.000Z" });
    const ref = `${MENGAPA}:2`;
    for (const req of [
      { method: "GET" as const, url: `/api/documents/${DOC}/suggestions` },
      { method: "GET" as const, url: `/api/documents/${DOC}/terms` },
      { method: "GET" as const, url: `/api/documents/${DOC}/findings` },
      { method: "POST" as const, url: `/api/units/${u(ref)}/split`, payload: { offset: 10 }, headers: H },
      { method: "PUT" as const, url: `/api/units/${u(ref)}/note`, payload: { note: "x", baseRevision: 0 }, headers: H },
    ]) {
      const res = await app.inject(req);
      expect([req.url, res.statusCode, res.json()]).toEqual([req.url, 401, { code: "login-required", data: {} }]);
    }
    const login = await app.inject({ method: "POST", url: "/api/login", payload: { token: added.token }, headers: H });
    expect(login.statusCode).toBe(200);
    const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
    const source = (await (await app.inject({ url: `/api/units/${u(ref)}`, headers: { cookie } })).json() as Unit).source;
    const res = await app.inject({ method: "POST", url: `/api/units/${u(ref)}/split`, payload: { offset: source.indexOf(" ", 8) }, headers: { ...H, cookie } });
    expect(res.statusCode).toBe(200);
    const events = store.db.prepare("SELECT author FROM segment_split ORDER BY rowid DESC LIMIT 1").get() as { author: string };
    expect(events.author).toBe("sari");
  });
});

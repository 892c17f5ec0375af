/** The alignment review's routes, in process (Fastify inject), on a real project folder. */
import * as fs from "node:fs";
import * as path from "node:path";
import type { FastifyInstance } from "fastify";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { addUser } from "../../src/app/users";
import { ingestFiles } from "../../src/app/ingest";
import { openStore, type Store } from "../../src/store";
import { CORPUS, REPO, dumpDb, tempDir } from "../helpers/cli";
import { closeInProcess, inProcessWorkbench } from "../helpers/workbench";

const TOKEN = "c".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const ENGLISH = fs.readFileSync(path.join(REPO, "translations", `${DOC}.translations.txt`), "utf8")
  .split("\n").filter((l) => l.startsWith("en: ")).map((l) => l.slice(4)).join("\n") + "\n";
let dir: string;
let store: Store;
let app: FastifyInstance;

interface Proposal {
  document: string; file: string; threshold: number; low: number; kept: number;
  paired: number; minPaired: number; notTranslation: boolean;
  segments: Array<{ ordinal: number; ref: string; text: string }>; sentences: string[];
  beads: Array<{ segments: number[]; sentences: number[]; score: number; low: boolean; kept: boolean; current: string | null }>;
}

beforeAll(async () => ({ dir, store, app } = await inProcessWorkbench("selaras-align-api-", TOKEN)));
afterAll(() => closeInProcess({ dir, store, app }));

const post = (url: string, body: unknown, headers: Record<string, string> = { [CSRF_HEADER]: TOKEN }, server = app) =>
  server.inject({ method: "POST", url, payload: body as object, headers });
const preview = (body: unknown, headers?: Record<string, string>) => post(`/api/documents/${DOC}/align/preview`, body, headers);
const apply = (body: unknown, headers?: Record<string, string>) => post(`/api/documents/${DOC}/align`, body, headers);
const db = () => dumpDb(path.join(dir, "selaras.db"));

describe("GET /api/documents/<slug>/align (what the align page reads before showing its form)", () => {
  it("answers the document's status; a name without a document is 404 not-found-document with the near name; writes nothing", async () => {
    const before = db();
    const ok = await app.inject({ method: "GET", url: `/api/documents/${DOC}/align` });
    expect(ok.statusCode).toBe(200);
    expect(ok.json()).toMatchObject({ document: DOC });
    const typo = await app.inject({ method: "GET", url: `/api/documents/${DOC.slice(0, -1)}x/align` });
    expect(typo.statusCode).toBe(404);
    expect(typo.json()).toEqual({ code: "not-found-document", data: { document: `${DOC.slice(0, -1)}x`, documents: expect.any(Number), suggestion: DOC } });
    const none = await app.inject({ method: "GET", url: "/api/documents/tidak-ada/align" });
    expect(none.statusCode).toBe(404);
    expect((none.json() as { code: string; data: Record<string, unknown> }).data).not.toHaveProperty("suggestion");
    expect(db()).toBe(before);
  });
});

describe("POST /api/documents/<slug>/align/preview", () => {
  it("answers the proposal: segments, sentences, beads with scores and low ones flagged; writes nothing", async () => {
    const before = db();
    const res = await preview({ english: ENGLISH, name: "putin.en.txt" });
    expect(res.statusCode).toBe(200);
    const p = res.json() as Proposal;
    expect(p).toMatchObject({ document: DOC, file: "putin.en.txt", threshold: 0.3, kept: 0, minPaired: 50, notTranslation: false });
    expect(p.paired).toBeGreaterThanOrEqual(90);
    expect(p.segments[0]).toEqual({ ordinal: 1, ref: `${DOC}:1`, text: "Vladimir Putin meminta kerjasama dengan Korea Utara untuk menolak sanksi-sanksi barat." });
    expect(p.sentences[0]).toBe("Vladimir Putin seeks cooperation with North Korea to resist Western sanctions");
    expect(p.beads[0]).toMatchObject({ segments: [1], sentences: [0], low: false, kept: false, current: null });
    expect(p.beads.flatMap((b) => b.segments)).toEqual(p.segments.map((s) => s.ordinal));
    expect(p.beads.flatMap((b) => b.sentences)).toEqual(p.sentences.map((_, j) => j));
    expect(p.low).toBe(p.beads.filter((b) => b.score < 0.3).length);
    expect(db()).toBe(before);
  });

  it("says when the English does not look like a translation of the document (another article's English); writes nothing", async () => {
    const before = db();
    const other = fs.readdirSync(path.join(REPO, "translations")).find((f) => f.endsWith(".translations.txt") && !f.startsWith(DOC))!;
    const english = fs.readFileSync(path.join(REPO, "translations", other), "utf8")
      .split("\n").filter((l) => l.startsWith("en: ")).map((l) => l.slice(4)).join("\n") + "\n";
    const res = await preview({ english });
    expect(res.statusCode).toBe(200);
    const p = res.json() as Proposal;
    expect(p).toMatchObject({ minPaired: 50, notTranslation: true });
    expect(p.paired).toBeLessThan(50);
    expect(db()).toBe(before);
  });

  it("refuses an empty, oversized or malformed body with 400 and the error code", async () => {
    const before = db();
    expect((await preview({ english: "" })).json()).toEqual({ code: "file-empty", data: { file: "<text>" } });
    expect((await preview({ english: "  \n\n" })).statusCode).toBe(400);
    const long = await preview({ english: `Short line.\n${"x".repeat(1_000_001)}\n`, name: "long.txt" });
    expect(long.statusCode).toBe(400);
    expect(long.json()).toEqual({ code: "line-too-long", data: { file: "long.txt", line: 2, bytes: 1_000_001, limit: 1_000_000 } });
    const big = await preview({ english: "A sentence.\n".repeat(1_500_000) });
    expect(big.statusCode).toBe(413);
    expect(big.json()).toMatchObject({ code: "invalid-request" });
    expect((await preview({})).json()).toMatchObject({ code: "invalid-request" });
    expect((await preview({ english: ENGLISH, extra: 1 })).statusCode).toBe(400);
    expect((await preview({ english: 42 })).statusCode).toBe(400);
    expect((await post("/api/documents/no-such-doc/align/preview", { english: ENGLISH })).json()).toEqual({ code: "not-found-document", data: { document: "no-such-doc", documents: 5 } });
    expect(db()).toBe(before);
  });

  it("needs the CSRF token and a same-origin request (403)", async () => {
    expect((await preview({ english: ENGLISH }, {})).json()).toEqual({ code: "csrf-token", data: {} });
    expect((await preview({ english: ENGLISH }, { [CSRF_HEADER]: "x".repeat(48) })).statusCode).toBe(403);
    const cross = await preview({ english: ENGLISH }, { [CSRF_HEADER]: TOKEN, origin: "http://evil.example" });
    expect(cross.statusCode).toBe(403);
    expect(cross.json()).toMatchObject({ code: "csrf-origin" });
  });
});

describe("POST /api/documents/<slug>/align", () => {
  it("stores the reviewed beads as aligned units, keeps the translations/ file in step, and answers the counts", async () => {
    const p = (await preview({ english: ENGLISH })).json() as Proposal;
    const beads = p.beads.map((b) => ({ segments: b.segments, sentences: b.sentences }));
    beads.splice(0, 2, { segments: [1, 2], sentences: [0, 1] });
    const before = db();
    expect((await apply({ english: ENGLISH, beads: [{ segments: [1], sentences: [0] }] })).json()).toMatchObject({ code: "align-beads-incomplete" });
    expect((await apply({ english: ENGLISH, beads: [{ segments: ["1"], sentences: [0] }] })).statusCode).toBe(400);
    expect((await apply({ english: ENGLISH, beads }, {})).statusCode).toBe(403);
    expect(db()).toBe(before);

    const res = await apply({ english: ENGLISH, beads });
    expect(res.statusCode).toBe(200);
    const r = res.json() as { document: string; created: number; kept: number; beads: Array<{ segments: number[]; status: string; score: number | null }> };
    expect(r).toMatchObject({ document: DOC, created: beads.length, kept: 0, unpairedSource: 0, unpairedTarget: 0 });
    expect(r.beads[0]).toMatchObject({ segments: [1, 2], status: "created", score: null });
    const units = (await app.inject({ url: `/api/documents/${DOC}/units` })).json() as Array<{ ref: string; target: string; state: string }>;
    expect(units[0]).toMatchObject({ ref: `${DOC}:1+2`, state: "aligned", target: `${p.sentences[0]} ${p.sentences[1]}` });
    expect(units[1]).toMatchObject({ ref: `${DOC}:3`, state: "aligned", target: p.sentences[2] });
    const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
    expect(file).toContain(`en: ${p.sentences[0]} ${p.sentences[1]}\nstatus: aligned\n`);
  });

  it("without beads stores the aligner's proposal; a person's confirmed English is kept and reported", async () => {
    const ref = `${DOC}:5`;
    const unit = (await app.inject({ url: `/api/units/${encodeURIComponent(ref)}` })).json() as { revision: number };
    // the shipped English of that unit (it passes the checks a confirmation runs)
    const block = fs.readFileSync(path.join(REPO, "translations", `${DOC}.translations.txt`), "utf8").split(`@ ${ref}\n`)[1]!;
    const mine = /^en: (.*)$/m.exec(block)![1]!;
    const saved = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, headers: { [CSRF_HEADER]: TOKEN }, payload: { target: mine, baseRevision: unit.revision, confirm: true } });
    expect(saved.statusCode).toBe(200);
    const p = (await preview({ english: ENGLISH })).json() as Proposal;
    expect(p.beads.find((b) => b.segments.includes(5))).toMatchObject({ kept: true, current: mine, low: false });
    const r = (await apply({ english: ENGLISH })).json() as { kept: number; beads: Array<{ segments: number[]; status: string }> };
    expect(r.kept).toBe(1);
    expect(r.beads.find((b) => b.segments.includes(5))!.status).toBe("kept");
    const after = (await app.inject({ url: `/api/units/${encodeURIComponent(ref)}` })).json();
    expect(after).toMatchObject({ target: mine, state: "translated" });
  });
});

describe("with users", () => {
  it("401 without a login; a translator may align; a server acting as a non-person role gets 403", async () => {
    const dir2 = tempDir("selaras-align-users-");
    const store2 = openStore(path.join(dir2, "selaras.db"));
    const withUsers = buildServer({ store: store2, root: dir2, author: "local", csrfToken: TOKEN });
    const machine = buildServer({ store: store2, root: dir2, author: "bot", actor: "import", csrfToken: TOKEN });
    try {
      ingestFiles(store2, [path.join(CORPUS, `${DOC}.txt`)], { now: "2026-01-01T00:00:00.000Z" });
      expect((await post(`/api/documents/${DOC}/align/preview`, { english: ENGLISH }, undefined, machine)).json()).toMatchObject({ code: "role-forbidden" });
      expect((await post(`/api/documents/${DOC}/align/preview`, { english: ENGLISH }, undefined, machine)).statusCode).toBe(403);
      const token = addUser(store2, "sari", "translator", { now: "2026-01-01T00:00:00.000Z" }).token;
      expect((await post(`/api/documents/${DOC}/align/preview`, { english: ENGLISH }, undefined, withUsers)).statusCode).toBe(401);
      const login = await post("/api/login", { token }, undefined, withUsers);
      const cookie = String(login.headers["set-cookie"]).split(";")[0]!;
      const ok = await post(`/api/documents/${DOC}/align`, { english: ENGLISH }, { [CSRF_HEADER]: TOKEN, cookie }, withUsers);
      expect(ok.statusCode).toBe(200);
      expect((ok.json() as { created: number }).created).toBeGreaterThan(20);
    } finally {
      await withUsers.close();
      await machine.close();
      store2.close();
      fs.rmSync(dir2, { recursive: true, force: true });
    }
  });
});

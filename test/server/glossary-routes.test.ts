/**
 * The workbench's glossary, audit and export routes, in process (Fastify inject) on a real project
 * folder: search and read concepts, preview a new term (nothing written), add it (the file the CLI
 * writes, the database in step, the hints rebuilt), roles (401/403), CSRF, validation; the audit's
 * findings; export downloads byte for byte equal to `selaras export`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { buildServer, CSRF_HEADER } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { run, tempDir, REPO } from "../helpers/cli";
import type { FastifyInstance } from "fastify";
import { PATIENCE_MS, readyProject } from "../helpers/workbench";

const TOKEN = "g".repeat(48);
const DOC = "putin-tolak-sanksi-barat";
const H = { [CSRF_HEADER]: TOKEN };
let dir: string;
let db: string;
let store: Store;
let app: FastifyInstance;

/** Every table of the database, every row (the database's whole content). */
function dump(file: string): string {
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const Database = require("better-sqlite3");
  const raw = new Database(file, { readonly: true });
  try {
    const tables = (raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as Array<{ name: string }>).map((r) => r.name);
    return JSON.stringify(tables.map((t) => [t, raw.prepare(`SELECT * FROM "${t}"`).all()]));
  } finally {
    raw.close();
  }
}
/** Every file of a folder with its bytes. */
const files = (d: string) => Object.fromEntries(fs.readdirSync(d).sort().map((f) => [f, fs.readFileSync(path.join(d, f), "utf8")]));

const PRESSURE = { id: "pressure", sources: ["tekanan"], preferred: ["pressure"], forbidden: ["stress"], enforce: "warning", note: "Political pressure, not stress." };
const put = (ref: string, target: string, confirm = false) =>
  app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: { target, baseRevision: 0, confirm }, headers: H });

beforeAll(async () => {
  dir = tempDir("selaras-gloss-api-");
  db = path.join(dir, "selaras.db");
  await readyProject(dir);
  store = openStore(db);
  app = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN });
  // Two renderings: one says "stress" for "tekanan" (forbidden by the term the tests add), one has no "tekanan".
  expect((await put(`${DOC}:1`, "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.")).statusCode).toBe(200);
  expect((await put(`${DOC}:3`, "In an article published in the North Korean state newspaper Rodong Sinmun before his arrival, Putin said Moscow would seek to work with Pyongyang against Western stress over Russia's invasion of Ukraine and North Korea's nuclear and ballistic missile programmes.")).statusCode).toBe(200);
});
afterAll(async () => {
  await app.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe("GET /api/glossary", () => {
  it("searches as `selaras glossary list <text>` does (id, forms, renderings, note; case and accents ignored)", async () => {
    const res = await app.inject({ url: "/api/glossary?q=KORUT" });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { total: number; concepts: Array<{ id: string; file: string }>; files: string[] };
    const cli = await run(["glossary", "list", "KORUT", "--json"], { cwd: dir });
    expect(cli.code).toBe(0);
    expect(body.concepts.map((c) => c.id)).toEqual((JSON.parse(cli.stdout) as Array<{ id: string }>).map((c) => c.id));
    expect(body.concepts.map((c) => c.id)).toContain("north-korea");
    expect(body.concepts.find((c) => c.id === "north-korea")!.file).toBe("glossary/geo.tsv");
    expect(body.total).toBe(store.glossary.count());
    expect(body.files).toContain("geo.tsv");
  });

  it("answers every concept for an empty query", async () => {
    const body = (await app.inject({ url: "/api/glossary" })).json() as { total: number; concepts: unknown[] };
    expect(body.concepts).toHaveLength(body.total);
  });

  it("gives one concept's details: forms, renderings by status, flags, note, file and line", async () => {
    const res = await app.inject({ url: "/api/glossary/kremlin" });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ id: "kremlin", dnt: true, enforce: "error", sources: [{ text: "Kremlin", caseSensitive: true }], file: "glossary/organisations.tsv", line: 3 });
    const nk = (await app.inject({ url: "/api/glossary/north-korea" })).json() as { renderings: Array<{ text: string; status: string }> };
    expect(nk.renderings).toContainEqual(expect.objectContaining({ text: "Northern Korea", status: "forbidden" }));
    expect(nk.renderings).toContainEqual(expect.objectContaining({ text: "North Korea", status: "preferred" }));
  });

  it("answers an unknown concept with 404", async () => {
    const res = await app.inject({ url: "/api/glossary/no-such-term" });
    expect(res.statusCode).toBe(404);
    // (the folder named from the project, as the page's message shows it: "no concept 'no-such-term' in glossary/")
    expect(res.json()).toEqual({ code: "glossary-entry-not-found", data: { entry: "no-such-term", dir: "glossary" } });
  });

  it("refuses unknown query fields and counts that are not counts (400)", async () => {
    expect((await app.inject({ url: "/api/glossary?q=x&sort=id" })).statusCode).toBe(400);
    for (const bad of ["limit=0", "limit=-1", "limit=x", "limit=10001", "offset=-1", "offset=1.5"]) {
      expect([bad, (await app.inject({ url: `/api/glossary?${bad}` })).statusCode]).toEqual([bad, 400]);
    }
  });

  it("answers a page of the matches (limit, offset) with how many match; the pages together are the whole answer", async () => {
    const whole = (await app.inject({ url: "/api/glossary?q=a" })).json() as { total: number; matched: number; offset: number; concepts: Array<{ id: string }> };
    expect(whole.matched).toBe(whole.concepts.length);
    expect(whole.offset).toBe(0);
    expect(whole.matched).toBeGreaterThan(5);
    const pages: string[] = [];
    for (let offset = 0; offset < whole.matched; offset += 4) {
      const page = (await app.inject({ url: `/api/glossary?q=a&limit=4&offset=${offset}` })).json() as typeof whole;
      expect([page.total, page.matched, page.offset]).toEqual([whole.total, whole.matched, offset]);
      expect(page.concepts.length).toBe(Math.min(4, whole.matched - offset));
      pages.push(...page.concepts.map((c) => c.id));
    }
    expect(pages).toEqual(whole.concepts.map((c) => c.id));
    const past = (await app.inject({ url: `/api/glossary?q=a&limit=4&offset=${whole.matched}` })).json() as typeof whole;
    expect([past.matched, past.concepts]).toEqual([whole.matched, []]);
  });

});

describe("POST /api/glossary/preview", () => {
  it("lists the findings the term would add across the corpus and writes nothing (glossary/ and database unchanged)", async () => {
    const before = { files: files(path.join(dir, "glossary")), db: dump(db) };
    const res = await app.inject({ method: "POST", url: "/api/glossary/preview", payload: { concept: PRESSURE }, headers: H });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { file: string; entries: string[]; dryRun: { pairs: number; added: Array<{ ref: string; checkId: string; severity: string; data: Record<string, unknown> }>; removed: unknown[] } };
    expect(body.file).toBe("terms.tsv");
    expect(body.entries).toEqual(["pressure"]);
    expect(body.dryRun.pairs).toBe(2);
    expect(body.dryRun.added).toContainEqual(expect.objectContaining({ ref: `${DOC}:3`, checkId: "glossary-forbidden-term", severity: "warning" }));
    expect(body.dryRun.added.filter((f) => f.ref === `${DOC}:1`)).toEqual([]);
    expect(body.dryRun.removed).toEqual([]);
    // the same as the CLI's --dry-run
    const cli = await run(["glossary", "add", "pressure", "--source", "tekanan", "--preferred", "pressure", "--forbidden", "stress", "--enforce", "warning", "--note", "Political pressure, not stress.", "--dry-run", "--json"], { cwd: dir });
    expect(cli.code).toBe(0);
    expect((JSON.parse(cli.stdout) as { dryRun: unknown }).dryRun).toEqual(body.dryRun);
    expect(files(path.join(dir, "glossary"))).toEqual(before.files);
    expect(dump(db)).toBe(before.db);
  });

  it("refuses a concept whose id is taken (409), naming the file and line, and writes nothing", async () => {
    const before = files(path.join(dir, "glossary"));
    const res = await app.inject({ method: "POST", url: "/api/glossary/preview", payload: { concept: { id: "kremlin", sources: ["istana kremlin"], preferred: ["Kremlin palace"] } }, headers: H });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "glossary-duplicate-id", data: { entry: "kremlin", otherFile: "glossary/organisations.tsv" } });
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("refuses a source form another concept has (409) and an invalid concept (400)", async () => {
    const dup = await app.inject({ method: "POST", url: "/api/glossary/preview", payload: { concept: { id: "korut-2", sources: ["Korea Utara"], preferred: ["N.K."] } }, headers: H });
    expect(dup.statusCode).toBe(409);
    expect(dup.json()).toMatchObject({ code: "glossary-duplicate-source" });
    const none = await app.inject({ method: "POST", url: "/api/glossary/preview", payload: { concept: { id: "no-english", sources: ["tanpa"] } }, headers: H });
    expect(none.statusCode).toBe(400);
    expect(none.json()).toMatchObject({ code: "glossary-no-rendering", data: { entry: "no-english" } });
  });

  it("validates the body strictly (unknown fields, wrong types, a file outside glossary/) with 400", async () => {
    for (const payload of [
      { concept: { ...PRESSURE, colour: "red" } },
      { concept: { ...PRESSURE, dnt: "yes" } },
      { concept: { ...PRESSURE, enforce: "fatal" } },
      { concept: { ...PRESSURE, sources: [] } },
      { concept: PRESSURE, file: "../evil.tsv" },
      { concept: PRESSURE, file: "terms.txt" },
      { concept: PRESSURE, extra: 1 },
    ]) {
      const res = await app.inject({ method: "POST", url: "/api/glossary/preview", payload, headers: H });
      expect(res.statusCode).toBe(400);
      expect(res.json()).toMatchObject({ code: "invalid-request" });
    }
  });
});

describe("POST /api/glossary", () => {
  it("refuses without the page's CSRF token (403) and writes nothing", async () => {
    const before = files(path.join(dir, "glossary"));
    const res = await app.inject({ method: "POST", url: "/api/glossary", payload: { concept: PRESSURE } });
    expect(res.statusCode).toBe(403);
    expect(res.json()).toEqual({ code: "csrf-token", data: {} });
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("writes the line `selaras glossary add` writes, syncs the database and rebuilds the hints", async () => {
    const helpBefore = (await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:3`)}/help` })).json() as { terms: Array<{ entry: string }> };
    expect(helpBefore.terms.map((t) => t.entry)).not.toContain("pressure");
    const res = await app.inject({ method: "POST", url: "/api/glossary", payload: { concept: PRESSURE }, headers: H });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ file: "terms.tsv", entries: ["pressure"], concept: { id: "pressure", file: "glossary/terms.tsv", line: 2, enforce: "warning" } });
    // The CLI, in a copy of the glossary as it was
    const other = tempDir("selaras-gloss-cli-");
    try {
      fs.cpSync(path.join(REPO, "glossary"), path.join(other, "glossary"), { recursive: true });
      const cli = await run(["glossary", "add", "pressure", "--source", "tekanan", "--preferred", "pressure", "--forbidden", "stress", "--enforce", "warning", "--note", "Political pressure, not stress."], { cwd: other });
      expect(cli.code).toBe(0);
      expect(files(path.join(dir, "glossary"))).toEqual(files(path.join(other, "glossary")));
    } finally {
      fs.rmSync(other, { recursive: true, force: true });
    }
    expect(fs.readFileSync(path.join(dir, "glossary", "terms.tsv"), "utf8")).toBe(
      "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\npressure\ttekanan\tpressure\t\tstress\twarning\t\t\tPolitical pressure, not stress.\n");
    expect(store.glossary.all().find((c) => c.id === "pressure")).toMatchObject({ id: "pressure", enforce: "warning" });
    const help = (await app.inject({ url: `/api/units/${encodeURIComponent(`${DOC}:3`)}/help` })).json() as { terms: Array<{ entry: string; preferred: string[]; forbidden: string[] }> };
    expect(help.terms).toContainEqual(expect.objectContaining({ entry: "pressure", preferred: ["pressure"], forbidden: ["stress"] }));
    // and `selaras check` now finds the forbidden rendering
    const check = await run(["check", "--json"], { cwd: dir });
    expect(check.stdout).toContain("glossary-forbidden-term");
  });

  it("answers a second add of the same id with 409 and leaves the file as it was", async () => {
    const before = files(path.join(dir, "glossary"));
    const res = await app.inject({ method: "POST", url: "/api/glossary", payload: { concept: PRESSURE, file: "terms.tsv" }, headers: H });
    expect(res.statusCode).toBe(409);
    expect(res.json()).toMatchObject({ code: "glossary-duplicate-id", data: { entry: "pressure" } });
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("adds to another file of glossary/ when asked", async () => {
    const res = await app.inject({ method: "POST", url: "/api/glossary", payload: { concept: { id: "blockade", sources: ["blokade"], preferred: ["blockade"] }, file: "politics.tsv" }, headers: H });
    expect(res.statusCode).toBe(201);
    expect(fs.readFileSync(path.join(dir, "glossary", "politics.tsv"), "utf8").endsWith("\nblockade\tblokade\tblockade\n")).toBe(true);
  });
});

describe("GET /api/audit", () => {
  it("answers the report `selaras audit --format json` gives (the same engine, the same findings)", async () => {
    const res = await app.inject({ url: "/api/audit" });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { pairs: number; counts: Record<string, number>; byCheck: Record<string, number>; findings: Array<{ ref: string; checkId: string; severity: string; messageId: string; data: unknown; suppressed: boolean }>; conceptAudits: Array<{ id: string }> };
    const cli = await run(["audit", "--format", "json"], { cwd: dir });
    const report = JSON.parse(cli.stdout) as typeof body;
    expect(body.pairs).toBe(2);
    expect(body.counts).toEqual(report.counts);
    expect(body.byCheck).toEqual(report.byCheck);
    expect(body.findings.map(({ ref, checkId, severity, messageId, data, suppressed }) => ({ ref, checkId, severity, messageId, data, suppressed })))
      .toEqual(report.findings.map(({ ref, checkId, severity, messageId, data, suppressed }) => ({ ref, checkId, severity, messageId, data, suppressed })));
    // the term added above is enforced: "stress" for "tekanan"
    expect(body.findings).toContainEqual(expect.objectContaining({ ref: `${DOC}:3`, checkId: "glossary-forbidden-term", severity: "warning" }));
    expect(body.conceptAudits.map((c) => c.id)).toContain("pressure");
  });
});

describe("GET /api/audit and the server's own thread", () => {
  /** `/api/audit` of a server whose audit takes `chunkSize` pairs a chunk: the chunks audited in this thread, and the answer. */
  async function auditHere(chunkSize?: number) {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const stream = require("../../src/check/audit-stream") as typeof import("../../src/check/audit-stream");
    const chunks = jest.spyOn(stream, "auditChunk");
    const server = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, ...(chunkSize !== undefined ? { auditChunkSize: chunkSize } : {}) });
    try {
      const res = await server.inject({ url: "/api/audit" });
      expect(res.statusCode).toBe(200);
      return { here: chunks.mock.calls.length, body: res.json() as { counts: unknown; byCheck: unknown; findings: Array<{ ref: string; checkId: string }> } };
    } finally {
      chunks.mockRestore();
      await server.close();
    }
  }
  it("audits no chunk in the thread that answers requests when there is more than one (worker threads do), with the same report", async () => {
    const { here, body } = await auditHere(1);
    expect(here).toBe(0);
    const cli = JSON.parse((await run(["audit", "--format", "json"], { cwd: dir })).stdout) as typeof body;
    expect(body.counts).toEqual(cli.counts);
    expect(body.byCheck).toEqual(cli.byCheck);
    expect(body.findings.map((f) => [f.ref, f.checkId])).toEqual(cli.findings.map((f) => [f.ref, f.checkId]));
  });
  it("audits a corpus of one chunk in its own thread (a worker's start cost more than the chunk), with the same report", async () => {
    const { here, body } = await auditHere();
    expect(here).toBe(1);
    expect(JSON.stringify(body)).toBe(JSON.stringify((await auditHere(1)).body));
  });
});

describe("GET /api/audit from a team at once", () => {
  it("runs one audit at a time: openings with nothing changed share a run; those after a save share the next, which sees it", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require("../../src/app/audit") as typeof import("../../src/app/audit");
    const real = engine.auditDatabase;
    // the first run is held open at its end until the others have come (as a long audit would be)
    let release!: () => void;
    const held = new Promise<void>((r) => { release = r; });
    let calls = 0;
    const runs = jest.spyOn(engine, "auditDatabase").mockImplementation(async (...args) => {
      const r = await real(...args);
      if (++calls === 1) await held;
      return r;
    });
    type Paged = { run: string; pairs: number; findings: Array<{ ref: string; checkId: string }> };
    const open = () => app.inject({ url: "/api/audit?limit=10000" });
    try {
      // (a save since the run the earlier tests left: the first opening audits)
      expect((await put(`${DOC}:2`, "The stress on the Kremlin grew.")).statusCode).toBe(200);
      const first = open();
      // (the first run has read, and is held: on a loaded machine that can take seconds)
      for (const end = Date.now() + PATIENCE_MS; calls === 0 && Date.now() < end;) await new Promise((r) => setTimeout(r, 5));
      expect(calls).toBe(1);
      // four more openings, nothing changed: they wait for the run under way
      const same = Promise.all([1, 2, 3, 4].map(open));
      const saved = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:2`)}`, payload: { target: "The pressure on the Kremlin grew.", baseRevision: 1 }, headers: H });
      expect(saved.statusCode).toBe(200);
      // three after a save: they wait for the next run
      const after = Promise.all([1, 2, 3].map(open));
      await new Promise((r) => setTimeout(r, 50));
      // (no second run while the first is under way)
      expect(runs).toHaveBeenCalledTimes(1);
      release();
      const all = [await first, ...(await same), ...(await after)];
      expect(all.map((r) => r.statusCode)).toEqual([200, 200, 200, 200, 200, 200, 200, 200]);
      // two runs for eight openings
      expect(runs).toHaveBeenCalledTimes(2);
      const bodies = all.map((r) => r.json() as Paged);
      const [a, b] = [bodies[0]!, bodies[5]!];
      expect(a.run).not.toBe(b.run);
      for (const x of bodies.slice(0, 5)) expect(x).toEqual(a);
      for (const x of bodies.slice(5)) expect(x).toEqual(b);
      expect([a.pairs, b.pairs]).toEqual([3, 3]);
      // the first run saw "stress" in the unit, the next the save made during it
      expect(a.findings).toContainEqual(expect.objectContaining({ ref: `${DOC}:2`, checkId: "glossary-forbidden-term" }));
      expect(b.findings).not.toContainEqual(expect.objectContaining({ ref: `${DOC}:2`, checkId: "glossary-forbidden-term" }));
      // an opening after they have all been answered, nothing changed: the same run, no audit
      expect((await open()).json()).toEqual(b);
      expect(runs).toHaveBeenCalledTimes(2);
      // a save: the next opening audits again
      const again = await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(`${DOC}:2`)}`, payload: { target: "The stress on the Kremlin grew.", baseRevision: 2 }, headers: H });
      expect(again.statusCode).toBe(200);
      const c = (await open()).json() as Paged;
      expect(runs).toHaveBeenCalledTimes(3);
      expect(c.run).not.toBe(b.run);
      expect(c.findings).toContainEqual(expect.objectContaining({ ref: `${DOC}:2`, checkId: "glossary-forbidden-term" }));
    } finally {
      release();
      runs.mockRestore();
    }
  });
});

describe("GET /api/audit a page at a time (?limit, /api/audit/findings, /api/audit/concepts/<id>)", () => {
  type F = { ref: string; checkId: string; severity: string; messageId: string; data: Record<string, unknown>; suppressed: boolean };
  type Lists = { violations: Array<F & { offending: string }>; forbidden: unknown[]; untranslated: unknown[]; totals: Record<string, number> };
  type Paged = { run: string; pairs: number; counts: unknown; findings: F[]; findingsTotal: number; findingsMatched: number; conceptAudits: Array<{ id: string } & Lists> };
  // (more findings: numbers the sources do not have, the forbidden "stress", in five more units)
  beforeAll(async () => {
    for (const n of [4, 5, 6, 7, 8]) expect((await put(`${DOC}:${n}`, `The stress grew ${n * 111} times in ${2000 + n}.`)).statusCode).toBe(200);
  });
  const get = async <T>(url: string): Promise<{ status: number; body: T }> => { const r = await app.inject({ url }); return { status: r.statusCode, body: r.json() as T }; };

  it("pages of the findings are the full report's findings; filters as the page's; concepts' lists in full on request", async () => {
    const full = (await get<{ counts: unknown; findings: F[]; conceptAudits: Array<{ id: string; violations: Array<F & { source: string; target: string; offending: string }>; forbidden: unknown[]; untranslated: unknown[] }> }>("/api/audit")).body;
    expect(full.findings.length).toBeGreaterThan(2);
    const first = await get<Paged>("/api/audit?limit=2&lists=0");
    expect(first.status).toBe(200);
    const p = first.body;
    expect(p.counts).toEqual(full.counts);
    expect(p.findings).toEqual(full.findings.slice(0, 2));
    expect([p.findingsTotal, p.findingsMatched]).toEqual([full.findings.length, full.findings.length]);
    // the rest, two at a time, from the same run
    const all = [...p.findings];
    for (let offset = 2; offset < full.findings.length; offset += 2) {
      const page = await get<{ run: string; offset: number; findings: F[]; findingsMatched: number }>(`/api/audit/findings?run=${p.run}&offset=${offset}&limit=2`);
      expect(page.status).toBe(200);
      expect([page.body.run, page.body.offset, page.body.findingsMatched]).toEqual([p.run, offset, full.findings.length]);
      all.push(...page.body.findings);
    }
    expect(all).toEqual(full.findings);
    // filters: a check, a severity, words of the ref, check or data (the term, the rendering…)
    const only = async (q: string) => (await get<{ findings: F[]; findingsMatched: number }>(`/api/audit/findings?run=${p.run}&limit=10000&${q}`)).body;
    const forbidden = await only("check=glossary-forbidden-term");
    expect(forbidden.findings).toEqual(full.findings.filter((f) => f.checkId === "glossary-forbidden-term"));
    expect(forbidden.findingsMatched).toBe(forbidden.findings.length);
    expect((await only("severity=warning")).findings).toEqual(full.findings.filter((f) => f.severity === "warning" && !f.suppressed));
    expect((await only(`q=${encodeURIComponent(`STRESS ${DOC}:3`)}`)).findings).toEqual([expect.objectContaining({ ref: `${DOC}:3`, checkId: "glossary-forbidden-term" })]);
    expect((await only("q=stress&check=glossary-forbidden-term")).findingsMatched).toBe(forbidden.findings.length);
    // words of the message as the page words it, in its language (English by default)
    expect((await only(`q=${encodeURIComponent("is a forbidden rendering")}`)).findings).toEqual(forbidden.findings);
    expect((await only(`q=${encodeURIComponent("padanan terlarang")}&lang=id`)).findings).toEqual(forbidden.findings);
    expect((await only(`q=${encodeURIComponent("padanan terlarang")}`)).findings).toEqual([]);
    // the check's name as the page shows it (its column and its menu), in the page's language, as well as its id
    expect((await only(`q=${encodeURIComponent("Forbidden glossary rendering")}`)).findings).toEqual(forbidden.findings);
    expect((await only(`q=${encodeURIComponent("padanan glosarium terlarang")}&lang=id`)).findings).toEqual(forbidden.findings);
    expect((await only(`q=${encodeURIComponent("padanan glosarium terlarang")}&lang=en`)).findings).toEqual([]);
    expect((await only("q=glossary-forbidden")).findings).toEqual(forbidden.findings);
    expect(forbidden.findings.length).toBeGreaterThan(1);
    expect((await only(`q=${encodeURIComponent(`${DOC}:3`)}`)).findings).toEqual(full.findings.filter((f) => f.ref === `${DOC}:3`));
    // the concepts: their totals, no list (lists=0); a concept's lists in full, without the pairs' texts
    const withFindings = full.conceptAudits.filter((c) => c.violations.length + c.forbidden.length > 0);
    expect(withFindings.length).toBeGreaterThan(0);
    for (const c of withFindings) {
      const listed = p.conceptAudits.find((x) => x.id === c.id)!;
      expect(listed.violations).toEqual([]);
      expect(listed.totals).toEqual({ violations: c.violations.length, open: c.violations.filter((v) => !v.suppressed).length, forbidden: c.forbidden.length, untranslated: c.untranslated.length });
      const lists = await get<Lists & { id: string }>(`/api/audit/concepts/${encodeURIComponent(c.id)}?run=${p.run}`);
      expect(lists.status).toBe(200);
      expect(lists.body.violations).toEqual(c.violations.map(({ source: _s, target: _t, ...v }) => v));
      expect(lists.body.forbidden).toEqual(c.forbidden);
    }
    expect((await get<{ code: string }>(`/api/audit/concepts/no-such-concept?run=${p.run}`))).toEqual({ status: 404, body: { code: "audit-concept-not-found", data: { entry: "no-such-concept" } } });
  });

  /** Saves `target` as the unit's English on its current revision (a change the audit reads). */
  const resave = async (ref: string, target: string) => {
    const revision = ((await app.inject({ url: `/api/units/${encodeURIComponent(ref)}` })).json() as { revision: number }).revision;
    expect((await app.inject({ method: "PUT", url: `/api/units/${encodeURIComponent(ref)}`, payload: { target, baseRevision: revision }, headers: H })).statusCode).toBe(200);
  };

  it("openings with nothing changed share the kept run: its pages never 409 while a team opens the page, no audit runs", async () => {
    const run = (await get<Paged>("/api/audit?limit=1")).body.run;
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require("../../src/app/audit") as typeof import("../../src/app/audit");
    const runs = jest.spyOn(engine, "auditDatabase");
    try {
      const asked = await Promise.all(Array.from({ length: 30 }, (_, k) => get<Paged>(k % 2 ? `/api/audit/findings?run=${run}&offset=${k}&limit=1` : "/api/audit?limit=1")));
      expect(asked.map((a) => [a.status, a.body.run])).toEqual(asked.map(() => [200, run]));
      expect(runs).not.toHaveBeenCalled();
    } finally {
      runs.mockRestore();
    }
  });

  it("a page of a run another run (after a change) replaced: 409 audit-run-replaced naming the latest (the page goes on with it); bad counts: 400", async () => {
    const old = (await get<Paged>("/api/audit?limit=1")).body.run;
    expect((await get<Paged>("/api/audit?limit=1")).body.run).toBe(old);
    await resave(`${DOC}:4`, "The stress grew 444 times in 2004 and again.");
    // (the old run's pages are still answered until a newer run is made)
    expect((await get(`/api/audit/findings?run=${old}`)).status).toBe(200);
    const now = (await get<Paged>("/api/audit?limit=1")).body.run;
    expect(now).not.toBe(old);
    expect(await get(`/api/audit/findings?run=${old}`)).toEqual({ status: 409, body: { code: "audit-run-replaced", data: { run: old, latest: now } } });
    expect((await get(`/api/audit/findings?run=${now}`)).status).toBe(200);
    // the page goes on with the run that replaced its own: its first page again, without another run
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require("../../src/app/audit") as typeof import("../../src/app/audit");
    const runs = jest.spyOn(engine, "auditDatabase");
    try {
      const again = await get<Paged>(`/api/audit?limit=1&run=${now}`);
      expect([again.status, again.body.run, again.body.findingsTotal]).toEqual([200, now, (await get<Paged>(`/api/audit/findings?run=${now}`)).body.findingsTotal]);
      // (a run no longer kept, nothing changed since the kept one: the kept one)
      expect((await get<Paged>(`/api/audit?limit=1&run=${old}`)).body.run).toBe(now);
      expect(runs).not.toHaveBeenCalled();
    } finally {
      runs.mockRestore();
    }
    for (const bad of ["/api/audit?limit=0", "/api/audit?limit=10001", "/api/audit?limit=x", `/api/audit/findings?run=${now}&offset=-1`, "/api/audit/findings", "/api/audit?severity=fatal", "/api/audit?limit=5&lang=fr"]) {
      expect([bad, (await get<{ code: string }>(bad)).body.code]).toEqual([bad, "invalid-request"]);
    }
  });

  it("the kept run is let go once nobody asked of it for auditKeepMs; a page of it asked later is made again under its name when nothing changed, 409 after a change", async () => {
    // (the server's clock is jest's: how long the run was left alone is what the test says, not what a
    // loaded machine makes of a sleep — a request delayed past auditKeepMs used to find the run let go)
    jest.useFakeTimers({ doNotFake: ["nextTick", "setImmediate", "queueMicrotask", "Date", "hrtime", "performance"] });
    const short = buildServer({ store, root: dir, author: "ayu", csrfToken: TOKEN, auditKeepMs: 1500 });
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const engine = require("../../src/app/audit") as typeof import("../../src/app/audit");
    const runs = jest.spyOn(engine, "auditDatabase");
    try {
      const ask = async (url: string) => { const r = await short.inject({ url }); return [r.statusCode, r.json()] as [number, { run?: string; findings?: unknown[]; code?: string }]; };
      const run = ((await short.inject({ url: "/api/audit?limit=1" })).json() as { run: string }).run;
      const page = (await ask(`/api/audit/findings?run=${run}&offset=1&limit=2`))[1];
      expect(runs).toHaveBeenCalledTimes(1);
      for (let k = 0; k < 3; k++) {
        jest.advanceTimersByTime(600);
        expect((await ask(`/api/audit/findings?run=${run}&offset=1&limit=2`))[0]).toBe(200);
      }
      expect(runs).toHaveBeenCalledTimes(1);
      // (1.8 s in all since the run: kept because it was asked of; now 2.5 s without: let go, and made again)
      jest.advanceTimersByTime(2500);
      expect(await ask(`/api/audit/findings?run=${run}&offset=1&limit=2`)).toEqual([200, page]);
      expect(runs).toHaveBeenCalledTimes(2);
      await resave(`${DOC}:5`, "The stress grew 555 times in 2005 and again.");
      jest.advanceTimersByTime(2500);
      expect(await ask(`/api/audit/findings?run=${run}&limit=1`)).toEqual([409, { code: "audit-run-replaced", data: { run, latest: "" } }]);
      expect(runs).toHaveBeenCalledTimes(2);
    } finally {
      runs.mockRestore();
      await short.close();
      jest.useRealTimers();
    }
  });
});

describe("GET /api/export", () => {
  const cliExport = async (format: string, extra: string[]) => {
    const out = tempDir("selaras-export-cli-");
    const stem = path.join(out, "x" + (format === "moses" ? "" : "." + format));
    const r = await run(["export", "--format", format, "--out", stem, ...extra], { cwd: dir });
    expect(r.code).toBe(0);
    const bytes = Object.fromEntries(fs.readdirSync(out).map((f) => [path.extname(f).slice(1), fs.readFileSync(path.join(out, f))]));
    fs.rmSync(out, { recursive: true, force: true });
    return bytes;
  };

  it.each([
    ["tmx", "application/x-tmx+xml; charset=utf-8", ".tmx"],
    ["xliff", "application/xliff+xml; charset=utf-8", ".xlf"],
    ["xliff12", "application/xliff+xml; charset=utf-8", ".xliff12.xlf"],
    ["tsv", "text/tab-separated-values; charset=utf-8", ".tsv"],
    ["jsonl", "application/jsonl; charset=utf-8", ".jsonl"],
  ])("%s of one document, every status: the bytes `selaras export` writes, as an attachment", async (format, type, ext) => {
    const res = await app.inject({ url: `/api/export?format=${format}&document=${DOC}&status=all` });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(type);
    expect(res.headers["content-disposition"]).toBe(`attachment; filename="${DOC}${ext}"`);
    const cli = await cliExport(format, ["--doc", DOC, "--status", "all"]);
    expect(Object.values(cli)).toHaveLength(1);
    expect(res.rawPayload.equals(Object.values(cli)[0]!)).toBe(true);
    expect(res.rawPayload.toString("utf8")).toContain("Western stress");
  });

  it("Moses: each of its three files by `part`, equal to the CLI's; without a part 400 export-bad-part", async () => {
    const cli = await cliExport("moses", ["--status", "draft"]);
    for (const part of ["id", "en", "ids"]) {
      const res = await app.inject({ url: `/api/export?format=moses&status=draft&part=${part}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-disposition"]).toBe(`attachment; filename="corpus.${part}"`);
      expect(res.rawPayload.equals(cli[part]!)).toBe(true);
    }
    const bad = await app.inject({ url: "/api/export?format=moses" });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toEqual({ code: "export-bad-part", data: { format: "moses", part: "", known: "id, en, ids" } });
  });

  it("the whole corpus with the default statuses (confirmed only): the CLI's bytes (drafts left out)", async () => {
    const res = await app.inject({ url: "/api/export?format=tsv" });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-disposition"]).toBe('attachment; filename="corpus.tsv"');
    expect(res.rawPayload.equals((await cliExport("tsv", [])).tsv!)).toBe(true);
    expect(res.rawPayload.toString("utf8")).not.toContain("Western stress");
  });

  it("is written in a worker thread (the server's own thread keeps answering), with the CLI's bytes", async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const exporter = require("../../src/app/export") as typeof import("../../src/app/export");
    const here = jest.spyOn(exporter, "exportParallel");
    try {
      const res = await app.inject({ url: "/api/export?format=tmx&status=all" });
      expect(res.statusCode).toBe(200);
      expect(here).not.toHaveBeenCalled();
      expect(res.rawPayload.equals((await cliExport("tmx", ["--status", "all"])).tmx!)).toBe(true);
    } finally {
      here.mockRestore();
    }
  });

  it("refuses an unknown format, status, document or field", async () => {
    expect((await app.inject({ url: "/api/export?format=docx" })).statusCode).toBe(400);
    expect((await app.inject({ url: "/api/export" })).statusCode).toBe(400);
    expect((await app.inject({ url: "/api/export?format=tsv&color=1" })).statusCode).toBe(400);
    const st = await app.inject({ url: "/api/export?format=tsv&status=final" });
    expect(st.statusCode).toBe(400);
    expect(st.json()).toMatchObject({ code: "export-bad-status", data: { status: "final" } });
    const doc = await app.inject({ url: "/api/export?format=tsv&document=nope" });
    expect(doc.statusCode).toBe(404);
    expect(doc.json()).toEqual({ code: "not-found-document", data: { document: "nope", documents: 5 } });
  });
});

describe("PUT and DELETE /api/glossary/<id> (glossary set, glossary remove)", () => {
  const geo = () => fs.readFileSync(path.join(dir, "glossary", "geo.tsv"), "utf8");
  const people = () => fs.readFileSync(path.join(dir, "glossary", "people.tsv"), "utf8");
  const WEST = /^the-west\t.*$/m;

  it("GET gives a concept's cells as its file writes them (what the page's edit form starts from)", async () => {
    const res = await app.inject({ url: "/api/glossary/north-korea" });
    expect(res.json().cells).toMatchObject({ id: "north-korea", source: "Korea Utara | =Korut {informal}", preferred: "=North Korea", forbidden: "Northern Korea", flags: "error", pos: "proper noun", domain: "geo" });
  });

  it("previews an edit (dryRun): the findings it adds across the corpus; nothing written", async () => {
    const before = { glossary: files(path.join(dir, "glossary")), db: dump(db) };
    const res = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: { cells: { admitted: "=West | =Westerners" }, dryRun: true }, headers: H });
    expect(res.statusCode).toBe(200);
    const body = res.json() as { file: string; dryRun: { pairs: number; added: Array<{ ref: string; checkId: string; data: unknown }>; removed: unknown[] } };
    expect(body.file).toBe("geo.tsv");
    // "Western" was admitted for "barat": both renderings that say it now miss the West
    expect(body.dryRun.added.map((f) => [f.ref, f.checkId, f.data])).toEqual([
      [`${DOC}:1`, "glossary-term-missing", { term: "barat", expected: "the West", entry: "the-west" }],
      [`${DOC}:3`, "glossary-term-missing", { term: "barat", expected: "the West", entry: "the-west" }],
    ]);
    expect(body.dryRun.removed).toEqual([]);
    // A note changes no finding: "Kremlin" in DOC:2 (admitted for russia, do-not-translate kremlin) is
    // named by the same concept with the edited file in its place (it was listed removed and added).
    const note = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: { cells: { note: "The West as a bloc." }, dryRun: true }, headers: H });
    expect(note.json().dryRun).toEqual({ pairs: body.dryRun.pairs, added: [], removed: [] });
    expect({ glossary: files(path.join(dir, "glossary")), db: dump(db) }).toEqual(before);
  });

  it("edits the concept's line in place, as `selaras glossary set` does: only the cells sent change; the database and the hints follow", async () => {
    const line = WEST.exec(geo())![0];
    const others = geo().replace(line, "");
    const res = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: { cells: { admitted: "=West | =Westerners" }, enforce: "error" }, headers: H });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ file: "geo.tsv", entries: ["the-west"], unchanged: false, concept: { id: "the-west", enforce: "error", file: "glossary/geo.tsv" } });
    const cells = line.split("\t");
    cells[3] = "=West | =Westerners";
    cells[5] = "error";
    expect(WEST.exec(geo())![0]).toBe(cells.join("\t"));
    expect(geo().replace(WEST.exec(geo())![0], "")).toBe(others);
    // the same line the CLI writes for the same change (on a copy of the file before)
    const copy = tempDir("selaras-gloss-set-");
    try {
      fs.mkdirSync(path.join(copy, "glossary"));
      fs.writeFileSync(path.join(copy, "glossary", "geo.tsv"), geo().replace(WEST.exec(geo())![0], line));
      const cli = await run(["glossary", "set", "the-west", "--admitted", "=West", "--admitted", "=Westerners", "--enforce", "error"], { cwd: copy });
      expect(cli.code).toBe(0);
      expect(fs.readFileSync(path.join(copy, "glossary", "geo.tsv"), "utf8")).toBe(geo());
    } finally { fs.rmSync(copy, { recursive: true, force: true }); }
    const west = store.glossary.all().find((c) => c.id === "the-west")!;
    expect(west.renderings.filter((r) => r.status === "admitted").map((r) => r.text)).toEqual(["West", "Westerners"]);
    // the audit sees it at once: "barat" rendered "Western" is now an error of the-west
    const audit = (await app.inject({ url: "/api/audit" })).json() as { findings: Array<{ ref: string; checkId: string; severity: string; data: { entry?: string } }> };
    expect(audit.findings.filter((f) => f.data.entry === "the-west").map((f) => [f.ref, f.checkId, f.severity])).toEqual([
      [`${DOC}:1`, "glossary-term-missing", "error"], [`${DOC}:3`, "glossary-term-missing", "error"],
    ]);
  });

  it("refuses an edit the glossary would not accept (400, with file and line), an unknown concept (404), an empty edit (400); nothing written", async () => {
    const before = files(path.join(dir, "glossary"));
    const bad = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: { cells: { forbidden: "West > the West" } }, headers: H });
    expect(bad.statusCode).toBe(400);
    expect(bad.json()).toMatchObject({ code: "glossary-forbidden-allowed", data: { entry: "the-west", rendering: "West" } });
    const unknown = await app.inject({ method: "PUT", url: "/api/glossary/no-such-concept", payload: { cells: { note: "x" } }, headers: H });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json()).toMatchObject({ code: "glossary-entry-not-found", data: { entry: "no-such-concept" } });
    const nothing = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: {}, headers: H });
    expect(nothing.statusCode).toBe(400);
    expect(nothing.json()).toMatchObject({ code: "glossary-set-nothing" });
    const field = await app.inject({ method: "PUT", url: "/api/glossary/the-west", payload: { cells: { id: "west" } }, headers: H });
    expect(field.statusCode).toBe(400);
    expect(field.json()).toMatchObject({ code: "invalid-request" });
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("previews a removal (?dryRun=1, nothing written), then removes the concept's line as `selaras glossary remove` does", async () => {
    const before = { glossary: files(path.join(dir, "glossary")), db: dump(db) };
    const preview = await app.inject({ method: "DELETE", url: "/api/glossary/xi-jinping?dryRun=1", headers: H });
    expect(preview.statusCode).toBe(200);
    expect(preview.json()).toMatchObject({ file: "people.tsv", entries: ["xi-jinping"], dryRun: { added: [], removed: [] } });
    expect({ glossary: files(path.join(dir, "glossary")), db: dump(db) }).toEqual(before);
    const text = people();
    const res = await app.inject({ method: "DELETE", url: "/api/glossary/xi-jinping", headers: H });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ file: "people.tsv", entries: ["xi-jinping"], deleted: false });
    expect(people()).toBe(text.replace(/^xi-jinping\t.*\n/m, ""));
    expect((await app.inject({ url: "/api/glossary/xi-jinping" })).statusCode).toBe(404);
    expect(store.glossary.all().some((c) => c.id === "xi-jinping")).toBe(false);
    expect((await app.inject({ method: "DELETE", url: "/api/glossary/xi-jinping", headers: H })).statusCode).toBe(404);
  });

  it("refuses without the page's CSRF token (403)", async () => {
    expect((await app.inject({ method: "DELETE", url: "/api/glossary/north-korea" })).statusCode).toBe(403);
    expect((await app.inject({ method: "PUT", url: "/api/glossary/north-korea", payload: { cells: { note: "x" } } })).statusCode).toBe(403);
  });
});

describe("roles", () => {
  let tokens: Record<string, string>;
  const loginAs = async (name: string) => {
    const res = await app.inject({ method: "POST", url: "/api/login", payload: { token: tokens[name]! }, headers: H });
    expect(res.statusCode).toBe(200);
    return String(res.headers["set-cookie"]).split(";")[0]!;
  };
  beforeAll(async () => {
    tokens = {};
    for (const [name, role] of [["tari", "translator"], ["rudi", "reviewer"], ["ani", "admin"]]) {
      const r = await run(["users", "add", name!, "--role", role!], { cwd: dir });
      expect(r.code).toBe(0);
      tokens[name!] = /: (\S+)$/m.exec(r.stdout)![1]!;
    }
  });

  it("401 without a login once users exist, for reading and for changing", async () => {
    expect((await app.inject({ url: "/api/glossary?q=korea" })).statusCode).toBe(401);
    const res = await app.inject({ method: "POST", url: "/api/glossary/preview", payload: { concept: PRESSURE }, headers: H });
    expect(res.statusCode).toBe(401);
    expect(res.json()).toEqual({ code: "login-required", data: {} });
  });

  it("a translator or reviewer may search but not preview or add (403 role-forbidden); nothing is written", async () => {
    const before = files(path.join(dir, "glossary"));
    for (const name of ["tari", "rudi"]) {
      const cookie = await loginAs(name);
      expect((await app.inject({ url: "/api/glossary?q=korea", headers: { cookie } })).statusCode).toBe(200);
      const concept = { id: `term-${name}`, sources: [`kata${name}`], preferred: ["word"] };
      for (const url of ["/api/glossary/preview", "/api/glossary"]) {
        const res = await app.inject({ method: "POST", url, payload: { concept }, headers: { ...H, cookie } });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: "role-forbidden", data: { action: "glossary.edit", name } });
      }
    }
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("a translator or reviewer may not edit or remove a concept, nor preview either (403 role-forbidden); nothing is written", async () => {
    const before = files(path.join(dir, "glossary"));
    for (const name of ["tari", "rudi"]) {
      const cookie = await loginAs(name);
      for (const [method, url, payload] of [
        ["PUT", "/api/glossary/north-korea", { cells: { note: "changed" } }], ["PUT", "/api/glossary/north-korea", { cells: { note: "changed" }, dryRun: true }],
        ["DELETE", "/api/glossary/north-korea", undefined], ["DELETE", "/api/glossary/north-korea?dryRun=1", undefined],
      ] as const) {
        const res = await app.inject({ method, url, ...(payload ? { payload } : {}), headers: { ...H, cookie } });
        expect(res.statusCode).toBe(403);
        expect(res.json()).toMatchObject({ code: "role-forbidden", data: { action: "glossary.edit", name } });
      }
    }
    expect(files(path.join(dir, "glossary"))).toEqual(before);
  });

  it("an admin adds", async () => {
    const cookie = await loginAs("ani");
    const res = await app.inject({ method: "POST", url: "/api/glossary", payload: { concept: { id: "tariff", sources: ["tarif"], preferred: ["tariff"] } }, headers: { ...H, cookie } });
    expect(res.statusCode).toBe(201);
    expect(store.glossary.all().map((c) => c.id)).toContain("tariff");
  });
});

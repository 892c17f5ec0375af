/**
 * A newsroom at once, bounded (docs/workbench.md "Database"): 16 people logged in over real HTTP
 * (login, session cookie, the page's CSRF token), each opening documents and saving drafts and
 * confirmations on units of their own while, in rounds, all of them save the same unit from the
 * same revision. Afterwards every save that was answered 200/422 is in the unit's history with its
 * own revision, exactly one save of each round won and the others were refused with 409
 * `unit-conflict` naming the winner's English (theirs never stored), and each translations/ file
 * says what the database says. (The soak of the same kind, 30 clients for 90 s with kill -9 of the
 * server, is described in docs/benchmarks.md, "A newsroom soak".)
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startServer, type Running } from "../../src/server/serve";
import { openStore, type Store } from "../../src/store";
import { addUser } from "../../src/app/users";
import { documentUnits } from "../../src/app/lifecycle";
import { renderingHistory } from "../../src/app/translate";
import { parseTranslations, formatRef } from "../../src/translations/format";
import { run, tempDir, REPO } from "../helpers/cli";

const DOCS = ["putin-tolak-sanksi-barat", "mengapa-kunjungan-putin-penting"];
const PEOPLE = 16;
const ROUNDS = 4;
let dir: string;
let store: Store;
let server: Running;
let base: string;

interface Client { name: string; cookie: string; csrf: string }
interface Unit { ref: string; source: string; target: string | null; state: string; revision: number }
interface Answer { status: number; body: Record<string, unknown> }

beforeAll(async () => {
  dir = tempDir("selaras-load-");
  fs.mkdirSync(path.join(dir, "corpus"));
  for (const d of DOCS) fs.copyFileSync(path.join(REPO, "corpus", `${d}.txt`), path.join(dir, "corpus", `${d}.txt`));
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  store = openStore(path.join(dir, "selaras.db"));
  server = await startServer({ store, root: dir, author: "local", host: "127.0.0.1", port: 0 });
  base = server.url.replace(/\/$/, "");
});
afterAll(async () => {
  await server?.close();
  store?.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

async function call(c: Client, method: string, url: string, body?: unknown): Promise<Answer> {
  const res = await fetch(base + url, {
    method,
    headers: { cookie: c.cookie, ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(method !== "GET" ? { "x-selaras-csrf": c.csrf } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  return { status: res.status, body: await res.json() as Record<string, unknown> };
}

/** As the page logs in: the shell's CSRF token, POST /api/login with the token, the session cookie. */
async function logIn(name: string, token: string): Promise<Client> {
  const html = await (await fetch(`${base}/`)).text();
  const csrf = /name="selaras-csrf" content="([^"]+)"/.exec(html)![1]!;
  const res = await fetch(`${base}/api/login`, { method: "POST", headers: { "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ token }) });
  expect(res.status).toBe(200);
  return { name, csrf, cookie: res.headers.getSetCookie().map((s) => s.split(";")[0]).join("; ") };
}

it("16 people saving at once: every acknowledged save is stored and in translations/, each race has one winner and the others a clear 409", async () => {
  const now = new Date().toISOString();
  const clients = await Promise.all(Array.from({ length: PEOPLE }, (_, i) => {
    const name = `p${String(i + 1).padStart(2, "0")}`;
    return logIn(name, addUser(store, name, i % 4 === 3 ? "reviewer" : "translator", { now }).token);
  }));
  const acknowledged: Array<{ ref: string; revision: number; text: string }> = [];
  const refused: Array<{ ref: string; yours: string; theirs: string; code: string }> = [];
  const unexpected: Answer[] = [];
  const save = async (c: Client, u: Unit, text: string, confirm: boolean) => {
    const r = await call(c, "PUT", `/api/units/${encodeURIComponent(u.ref)}`, { target: text, baseRevision: u.revision, source: u.source, confirm });
    if (r.status === 200 || r.status === 422) acknowledged.push({ ref: u.ref, revision: r.body.revision as number, text });
    else if (r.status === 409) refused.push({ ref: u.ref, yours: text, theirs: String((r.body.data as Record<string, unknown>).text), code: String(r.body.code) });
    else unexpected.push(r);
    return r;
  };
  const units = async (c: Client, doc: string) => (await call(c, "GET", `/api/documents/${doc}/units`)).body as unknown as Unit[];

  const all = await units(clients[0]!, DOCS[0]!);
  const hot = all.slice(2, 2 + ROUNDS);
  for (let round = 0; round < ROUNDS; round++) {
    // Everyone on their own unit (a draft, then a confirmation on the revision it made), the
    // dashboard and the help a focused unit asks for — and, at the same moment, the round's unit.
    const target = hot[round]!;
    const fresh = (await call(clients[0]!, "GET", `/api/units/${encodeURIComponent(target.ref)}`)).body as unknown as Unit;
    const outcomes = await Promise.all(clients.map(async (c, i) => {
      const doc = DOCS[i % 2]!;
      const list = await units(c, doc);
      const own = list[6 + ((i + round * PEOPLE) % (list.length - 6))]!; // (never a round's unit: those are 2-5)
      const [race] = await Promise.all([
        save(c, fresh, `Round ${round + 1}, the English of ${c.name}.`, i % 2 === 0),
        call(c, "GET", "/api/documents"),
        call(c, "GET", `/api/units/${encodeURIComponent(own.ref)}/help`),
        (async () => {
          const first = await save(c, own, `A draft by ${c.name} in round ${round + 1}`, false);
          if (first.status === 200) await save(c, (first.body.unit as Unit), `The English by ${c.name} in round ${round + 1}.`, true);
        })(),
      ]);
      return race;
    }));
    const won = outcomes.filter((r) => r.status === 200 || r.status === 422);
    expect([round, won.length]).toEqual([round, 1]);
    const winner = acknowledged.find((a) => a.ref === fresh.ref && a.revision === fresh.revision + 1)!;
    const lost = refused.filter((r) => r.ref === fresh.ref && r.yours.startsWith(`Round ${round + 1},`));
    expect(lost).toHaveLength(PEOPLE - 1);
    for (const r of lost) expect([r.code, r.theirs]).toEqual(["unit-conflict", winner.text]);
  }
  expect(unexpected).toEqual([]);

  // Every acknowledged save is its revision in the history; no revision acknowledged twice; nothing refused was stored.
  const seen = new Set<string>();
  for (const a of acknowledged) {
    expect(seen.has(`${a.ref}@${a.revision}`)).toBe(false);
    seen.add(`${a.ref}@${a.revision}`);
    expect([a.ref, a.revision, renderingHistory(store, a.ref).revisions[a.revision - 1]?.text]).toEqual([a.ref, a.revision, a.text]);
  }
  for (const r of refused) expect(renderingHistory(store, r.ref).revisions.map((v) => v.text)).not.toContain(r.yours);
  expect(acknowledged.length).toBeGreaterThan(PEOPLE * ROUNDS);
  // The files say what the database says, unit by unit.
  for (const doc of DOCS) {
    const file = path.join(dir, "translations", `${doc}.translations.txt`);
    const records = parseTranslations(fs.readFileSync(file, "utf8"), file).flatMap((r) => (r.kind === "rendering" ? [[formatRef(r.document, r.ordinals), r.text, r.status]] : []));
    const stored = documentUnits(store, doc).filter((u) => u.target !== null).map((u) => [u.ref, u.target, u.state]);
    expect(records).toEqual(stored);
  }
}, 60_000);

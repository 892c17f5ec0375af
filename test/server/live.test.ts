/* eslint-disable @typescript-eslint/no-explicit-any */
/**
 * Presence and live updates (GET /api/events, POST /api/presence) on a real listening server on
 * 127.0.0.1 with two logged-in people: what one does, the other's event stream says — including a
 * save made by a CLI process beside the server.
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { startServer, type Running } from "../../src/server/serve";
import { CSP } from "../../src/server/app";
import { openStore, type Store } from "../../src/store";
import { run, tempDir, REPO } from "../helpers/cli";
import { cliArgv } from "../e2e/children/cli";
import { PATIENCE_MS } from "../helpers/workbench";

const DOC = "putin-tolak-sanksi-barat";
const EN1 = "Vladimir Putin called for cooperation with North Korea to reject Western sanctions.";
let dir: string;
let store: Store;
let server: Running;
let csrf: string;
const cookies: Record<string, string> = {};

interface Sse { events: Array<{ event: string; data: any }>; next(pred: (e: { event: string; data: any }) => boolean): Promise<{ event: string; data: any }>; close(): void; ended: Promise<void>; status: number; headers: Headers }

/** Reads an event stream with node's fetch: every event as it arrives, and a wait for one that matches. */
async function listen(cookie: string): Promise<Sse> {
  const ctl = new AbortController();
  const res = await fetch(`${server.url}api/events`, { headers: { cookie }, signal: ctl.signal });
  const events: Array<{ event: string; data: any }> = [];
  const waiters: Array<{ pred: (e: { event: string; data: any }) => boolean; resolve: (e: { event: string; data: any }) => void; from: number }> = [];
  const check = () => {
    for (const w of [...waiters]) {
      const hit = events.slice(w.from).find(w.pred);
      if (hit) { waiters.splice(waiters.indexOf(w), 1); w.resolve(hit); }
    }
  };
  const ended = (async () => {
    const decoder = new TextDecoder();
    let buf = "";
    try {
      for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
        buf += decoder.decode(chunk, { stream: true });
        let i;
        while ((i = buf.indexOf("\n\n")) >= 0) {
          const block = buf.slice(0, i);
          buf = buf.slice(i + 2);
          const event = /^event: (.*)$/m.exec(block)?.[1];
          const data = /^data: (.*)$/m.exec(block)?.[1];
          if (event && data) events.push({ event, data: JSON.parse(data) });
        }
        check();
      }
    } catch { /* aborted */ }
  })();
  return {
    events, status: res.status, headers: res.headers, ended,
    next: (pred) => new Promise((resolve) => { waiters.push({ pred, resolve, from: 0 }); check(); }),
    close: () => ctl.abort(),
  };
}

async function addUser(name: string, role: string): Promise<string> {
  const r = await run(["users", "add", name, "--role", role], { cwd: dir });
  expect(r.code).toBe(0);
  return /: (\S+)\s*$/.exec(r.stdout.trim())![1]!;
}
const send = (method: string, url: string, cookie: string, body?: unknown, headers: Record<string, string> = { "x-selaras-csrf": csrf }) =>
  fetch(`${server.url}${url}`, { method, headers: { cookie, ...headers, ...(body !== undefined ? { "content-type": "application/json" } : {}) }, ...(body !== undefined ? { body: JSON.stringify(body) } : {}) });

beforeAll(async () => {
  dir = tempDir("selaras-live-");
  fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  const tokens = { ayu: await addUser("ayu", "translator"), budi: await addUser("budi", "reviewer") };
  store = openStore(path.join(dir, "selaras.db"));
  server = await startServer({ store, root: dir, author: "local", host: "127.0.0.1", port: 0 });
  csrf = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(await (await fetch(server.url)).text())![1]!;
  for (const [name, token] of Object.entries(tokens)) {
    const res = await fetch(`${server.url}api/login`, { method: "POST", headers: { "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ token }) });
    expect(res.status).toBe(200);
    cookies[name] = String(res.headers.get("set-cookie")).split(";")[0]!;
  }
});
afterAll(async () => {
  await server.close().catch(() => undefined);
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

it("refuses the event stream and presence without a login (401), and presence without the CSRF token (403)", async () => {
  const events = await fetch(`${server.url}api/events`);
  expect(events.status).toBe(401);
  expect(await events.json()).toEqual({ code: "login-required", data: {} });
  const presence = await send("POST", "api/presence", "", { document: DOC, ref: `${DOC}:1` });
  expect(presence.status).toBe(401);
  const noToken = await send("POST", "api/presence", cookies.ayu!, { document: DOC, ref: `${DOC}:1` }, {});
  expect(noToken.status).toBe(403);
  expect(await noToken.json()).toEqual({ code: "csrf-token", data: {} });
  const bad = await send("POST", "api/presence", cookies.ayu!, { document: DOC, ref: 7 });
  expect(bad.status).toBe(400);
});

it("tells one person who has which unit open, and the other's saves, without reload", async () => {
  const budi = await listen(cookies.budi!);
  expect(budi.status).toBe(200);
  expect(budi.headers.get("content-type")).toBe("text/event-stream; charset=utf-8");
  expect(budi.headers.get("content-security-policy")).toBe(CSP);
  // (with the change mark it starts at: the one a unit list or the dashboard read now is answered with)
  const units = await send("GET", `api/documents/${DOC}/units`, cookies.budi!);
  const mark = units.headers.get("x-selaras-change");
  expect(mark).toBe(store.changeKey());
  expect((await send("GET", "api/documents", cookies.budi!)).headers.get("x-selaras-change")).toBe(mark);
  expect(await budi.next((e) => e.event === "hello")).toEqual({ event: "hello", data: { name: "budi", change: mark } });

  const ayu = await listen(cookies.ayu!);
  await ayu.next((e) => e.event === "hello");
  const open = await send("POST", "api/presence", cookies.ayu!, { document: DOC, ref: `${DOC}:1` });
  expect(open.status).toBe(200);
  expect(await open.json()).toEqual({ ok: true });
  expect((await budi.next((e) => e.event === "presence" && e.data.name === "ayu")).data).toEqual({ name: "ayu", document: DOC, ref: `${DOC}:1` });

  // Someone who connects later hears where everyone already is.
  const late = await listen(cookies.budi!);
  expect((await late.next((e) => e.event === "presence")).data).toEqual({ name: "ayu", document: DOC, ref: `${DOC}:1` });
  late.close();

  const saved = await send("PUT", `api/units/${encodeURIComponent(`${DOC}:1`)}`, cookies.ayu!, { target: EN1, baseRevision: 0, confirm: true });
  expect(saved.status).toBe(200);
  const unit = await budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:1`);
  expect(unit.data).toMatchObject({ kind: "saved", document: DOC, ref: `${DOC}:1`, target: EN1, state: "translated", revision: 1, author: "ayu" });

  // Ayu closes the page: her presence ends for everyone.
  ayu.close();
  expect((await budi.next((e) => e.event === "presence" && e.data.ref === null)).data).toEqual({ name: "ayu", document: DOC, ref: null });
  budi.close();
});

it("announces a save made by a CLI process beside the server", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const text = "Putin, who arrived in Pyongyang early on Wednesday, is expected to sign a new partnership.";
  const code = await new Promise<number | null>((resolve) => {
    const child = spawn(process.execPath, [...cliArgv(), "translate", "set", `${DOC}:2`, text, "--status", "draft", "--translator", "cli"], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: "ignore" });
    child.on("exit", resolve);
  });
  expect(code).toBe(0);
  const unit = await budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:2`);
  expect(unit.data).toMatchObject({ kind: "saved", document: DOC, ref: `${DOC}:2`, target: text, state: "draft", revision: 1, author: "cli" });
  budi.close();
});

it("announces a save made beside the server even when the first look at it failed (a locked database): the next tick reads it again", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const failed = jest.spyOn(store.renderings, "changedSince").mockImplementationOnce(() => { throw Object.assign(new Error("database is locked"), { code: "SQLITE_BUSY" }); });
  const text = "Putin, who arrived in Pyongyang on Wednesday, is expected to sign a partnership.";
  expect(await cli(["translate", "set", `${DOC}:9`, text, "--status", "draft", "--translator", "cli"])).toBe(0);
  const unit = await Promise.race([
    budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:9`),
    new Promise<null>((resolve) => setTimeout(() => resolve(null), PATIENCE_MS).unref()),
  ]);
  // (the look that threw was made: the announcement came from the one after it)
  expect(failed).toHaveBeenCalled();
  failed.mockRestore();
  expect(unit?.data).toMatchObject({ kind: "saved", document: DOC, ref: `${DOC}:9`, target: text, state: "draft", author: "cli" });
  budi.close();
});

/** Runs a selaras command as its own process in the project folder (beside the server). */
function cli(args: string[]): Promise<number | null> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cliArgv(), ...args], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: "ignore" });
    child.on("exit", resolve);
  });
}

it("tells the page when a CLI command beside the server joins or splits units of a document", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const from = budi.events.length;
  expect(await cli(["segments", "join", `${DOC}:8`, `${DOC}:9`])).toBe(0);
  const joined = await budi.next((e) => e.event === "unit" && e.data.kind === "changed");
  expect(joined.data).toEqual({ kind: "changed", document: DOC });
  expect(budi.events.indexOf(joined)).toBeGreaterThanOrEqual(from);
  const at = budi.events.length;
  // (a cut between two words: one inside a word is refused)
  const third = store.documents.segmentByOrdinal(store.documents.bySlug(DOC)!.id, 3)!.text;
  expect(await cli(["segments", "split", `${DOC}:3`, String(third.indexOf(" ", 10))])).toBe(0);
  const waitNew = new Promise<{ event: string; data: any }>((resolve) => {
    const t = setInterval(() => {
      const hit = budi.events.slice(at).find((e) => e.event === "unit" && e.data.kind === "changed");
      if (hit) { clearInterval(t); resolve(hit); }
    }, 50);
  });
  expect((await waitNew).data).toEqual({ kind: "changed", document: DOC });
  budi.close();
});

it("tells the other pages when an alignment applied in the workbench gives a document English (its units read again)", async () => {
  const KIM = "putin-butuh-senjata-kim";
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const from = budi.events.length;
  const res = await send("POST", `api/documents/${KIM}/align`, cookies.ayu!, { english: "Putin may need weapons from Kim, but what does he want to give in return?" });
  expect(res.status).toBe(200);
  expect((await res.json() as { created: number }).created).toBeGreaterThan(0);
  // (at once: not at a later poll, which sees only other processes' commits)
  const changed = await Promise.race([
    budi.next((e) => e.event === "unit" && e.data.kind === "changed" && e.data.document === KIM),
    new Promise<null>((r) => setTimeout(() => r(null), PATIENCE_MS).unref()),
  ]);
  expect(changed?.data).toEqual({ kind: "changed", document: KIM });
  expect(budi.events.indexOf(changed!)).toBeGreaterThanOrEqual(from);
  budi.close();
});

it("tells the other pages when a unit's note is saved (its revision moved on: their next save is no conflict)", async () => {
  const ref = `${DOC}:15`;
  const put = await send("PUT", `api/units/${encodeURIComponent(ref)}`, cookies.ayu!, { target: "The talks went on.", baseRevision: 0 });
  expect(put.status).toBe(200);
  const revision = (await put.json() as { revision: number }).revision;
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const noted = await send("PUT", `api/units/${encodeURIComponent(ref)}/note`, cookies.ayu!, { note: "Check the date with the desk.", baseRevision: revision });
  expect(noted.status).toBe(200);
  const event = await Promise.race([
    budi.next((e) => e.event === "unit" && e.data.ref === ref && e.data.revision > revision),
    new Promise<null>((r) => setTimeout(() => r(null), PATIENCE_MS).unref()),
  ]);
  expect(event?.data).toMatchObject({ kind: "saved", ref, target: "The talks went on.", note: "Check the date with the desk." });
  // the revision the page now has: budi's save is no conflict
  expect((await send("PUT", `api/units/${encodeURIComponent(ref)}`, cookies.budi!, { target: "The talks continued.", baseRevision: event!.data.revision })).status).toBe(200);
  budi.close();
});

it("announces a save made in the workbench once: a later commit by a CLI command does not announce it again", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const from = budi.events.length;
  const ref = `${DOC}:17`;
  expect((await send("PUT", `api/units/${encodeURIComponent(ref)}`, cookies.ayu!, { target: "Both leaders signed it.", baseRevision: 0 })).status).toBe(200);
  await budi.next((e) => e.event === "unit" && e.data.ref === ref);
  expect(await cli(["translate", "set", `${DOC}:18`, "The pact takes effect at once.", "--status", "draft", "--translator", "cli"])).toBe(0);
  await budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:18`);
  await new Promise((r) => setTimeout(r, 300));
  expect(budi.events.slice(from).filter((e) => e.event === "unit").map((e) => e.data.ref)).toEqual([ref, `${DOC}:18`]);
  budi.close();
});

it("announces a join made in the workbench once: a later commit by a CLI command does not announce it again", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const joined = await send("POST", `api/units/${encodeURIComponent(`${DOC}:20`)}/join`, cookies.ayu!, { with: `${DOC}:21` });
  expect(joined.status).toBe(200);
  await budi.next((e) => e.event === "unit" && e.data.kind === "joined");
  const from = budi.events.length;
  const text = "Moscow and Pyongyang signed the agreement on Wednesday.";
  expect(await cli(["translate", "set", `${DOC}:16`, text, "--status", "draft", "--translator", "cli"])).toBe(0);
  await budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:16`);
  // the poll that found the save has written everything it had to say (one synchronous pass); give the stream a moment
  await new Promise((r) => setTimeout(r, 300));
  expect(budi.events.slice(from).filter((e) => e.event === "unit").map((e) => e.data.kind)).toEqual(["saved"]);
  budi.close();
});

it("announces a split made in the workbench", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const twelfth = store.documents.segmentByOrdinal(store.documents.bySlug(DOC)!.id, 12)!.text;
  const split = await send("POST", `api/units/${encodeURIComponent(`${DOC}:12`)}/split`, cookies.ayu!, { offset: twelfth.indexOf(" ", 12) });
  expect(split.status).toBe(200);
  expect((await budi.next((e) => e.event === "unit" && e.data.kind === "split")).data).toEqual({ kind: "split", document: DOC, ref: `${DOC}:12` });
  budi.close();
});

it("tells the pages when a glossary/ file is pulled (event 'glossary'), and when a pulled translations/ file is loaded, naming the confirmed records the checks refused and kept as drafts", async () => {
  const other = "china-kunci-kesepakatan-senjata";
  const en = "Sept. 13, 2023 – China is seen as the key to preventing a potential arms deal between Russia and North Korea.";
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  // (Budi has a unit of the document open: the poll looks at its translations/ file)
  expect((await send("POST", "api/presence", cookies.budi!, { document: other, ref: `${other}:7` })).status).toBe(200);
  const saved = await send("PUT", `api/units/${encodeURIComponent(`${other}:6`)}`, cookies.ayu!, { target: en, baseRevision: 0, confirm: true });
  expect(saved.status).toBe(200);
  // as git writes files: new bytes beside the old file, renamed over it
  const pull = (rel: string, text: string) => {
    const file = path.join(dir, rel);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    fs.writeFileSync(`${file}.tmp`, text);
    fs.renameSync(`${file}.tmp`, file);
  };
  pull("glossary/desk.tsv", "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\narms\tsenjata\tarms\tweapons\tguns\t\tnoun\tmilitary\t\t\n");
  expect(await budi.next((e) => e.event === "glossary")).toEqual({ event: "glossary", data: {} });
  const rel = `translations/${other}.translations.txt`;
  const text = fs.readFileSync(path.join(dir, rel), "utf8");
  const pulled = text.replace(`en: ${en}\nstatus: translated\nauthor: ayu`, `en: ${en.replace("arms deal", "guns deal")}\nstatus: reviewed\nauthor: citra`);
  expect(pulled).not.toBe(text);
  pull(rel, pulled);
  const changed = await budi.next((e) => e.event === "unit" && e.data.kind === "changed" && e.data.document === other);
  expect(changed.data).toEqual({
    kind: "changed", document: other,
    drafted: [{ ref: `${other}:6`, requested: "reviewed", author: "citra", file: `translations/${other}.translations.txt`, findings: [expect.objectContaining({ checkId: "glossary-forbidden-term", severity: "error", suppressed: false })] }],
  });
  const show = JSON.parse((await run(["translate", "show", `${other}:6`, "--json"], { cwd: dir })).stdout) as { rendering: { status: string; author: string } };
  expect([show.rendering.status, show.rendering.author]).toEqual(["draft", "citra"]);
  fs.rmSync(path.join(dir, "glossary"), { recursive: true, force: true });
  budi.close();
});

it("tells the pages when `translations import` run beside the server kept confirmed records as drafts (the checks refused them), naming them, once", async () => {
  const third = "kunjungan-kim-ke-rusia-senjata";
  const en = "Why Kim Jong Un's visit to Russia is all about weapons";
  const saved = await send("PUT", `api/units/${encodeURIComponent(`${third}:1`)}`, cookies.ayu!, { target: en, baseRevision: 0, confirm: true });
  expect(saved.status).toBe(200);
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  fs.mkdirSync(path.join(dir, "glossary"), { recursive: true });
  fs.writeFileSync(path.join(dir, "glossary/desk.tsv"), "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\narms\tsenjata\tarms\tweapons\tguns\t\tnoun\tmilitary\t\t\n");
  // a colleague's record, reviewed, that the glossary forbids — loaded by a person's command, not by the server
  const rel = `translations/${third}.translations.txt`;
  const text = fs.readFileSync(path.join(dir, rel), "utf8");
  const edited = text.replace(/^en: Why Kim Jong Un's visit to Russia is all about weapons\nstatus: translated\nauthor: ayu/m, "en: Why Kim Jong Un's visit to Russia is all about guns\nstatus: reviewed\nauthor: citra");
  expect(edited).not.toBe(text);
  fs.writeFileSync(path.join(dir, rel), edited);
  const from = budi.events.length;
  // (exit 1: a record was refused)
  expect(await cli(["translations", "import", rel])).toBe(1);
  const changed = await budi.next((e) => e.event === "unit" && e.data.kind === "changed" && e.data.document === third);
  expect(changed.data).toEqual({
    kind: "changed", document: third,
    drafted: [{ ref: `${third}:1`, requested: "reviewed", author: "citra", file: `translations/${third}.translations.txt`, findings: [expect.objectContaining({ checkId: "glossary-forbidden-term", severity: "error", suppressed: false })] }],
  });
  // (said once: the next poll has nothing more to say of it)
  await new Promise((r) => setTimeout(r, 1500));
  expect(budi.events.slice(from).filter((e) => e.event === "unit" && e.data.kind === "changed").length).toBe(1);
  const show = JSON.parse((await run(["translate", "show", `${third}:1`, "--json"], { cwd: dir })).stdout) as { rendering: { text: string; status: string; author: string } };
  expect(show.rendering).toMatchObject({ text: "Why Kim Jong Un's visit to Russia is all about guns", status: "draft", author: "citra" });
  fs.rmSync(path.join(dir, "glossary"), { recursive: true, force: true });
  budi.close();
});

it("says a pulled file's drafted records once even when a command beside the server wrote in the same second", async () => {
  const fourth = "mengapa-kunjungan-putin-penting";
  const ref = `${fourth}:21`;
  const en = "U.S. officials have voiced concern about a possible arms deal reached at the meeting between Putin and Kim Jong Un.";
  expect((await send("PUT", `api/units/${encodeURIComponent(ref)}`, cookies.ayu!, { target: en, baseRevision: 0, confirm: true })).status).toBe(200);
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  fs.mkdirSync(path.join(dir, "glossary"), { recursive: true });
  fs.writeFileSync(path.join(dir, "glossary/desk.tsv"), "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\narms\tsenjata\tarms\tweapons\tguns\t\tnoun\tmilitary\t\t\n");
  await budi.next((e) => e.event === "glossary");
  // a colleague's reviewed record the glossary forbids, pulled (settled: written a while ago) …
  const file = path.join(dir, `translations/${fourth}.translations.txt`);
  const text = fs.readFileSync(file, "utf8");
  const pulled = text.replace(`en: ${en}\nstatus: translated\nauthor: ayu`, `en: ${en.replace("arms deal", "guns deal")}\nstatus: reviewed\nauthor: citra`);
  expect(pulled).not.toBe(text);
  fs.writeFileSync(file, pulled);
  const past = new Date(Date.now() - 5000);
  fs.utimesSync(file, past, past);
  const from = budi.events.length;
  // … and a command beside the server writing meanwhile: the server loads the file (Budi opens the
  // document) in the same look that finds the command's write
  expect(await cli(["translate", "set", `${DOC}:24`, "The talks ended on Thursday.", "--status", "draft", "--translator", "cli"])).toBe(0);
  expect((await send("POST", "api/presence", cookies.budi!, { document: fourth, ref })).status).toBe(200);
  const changed = await budi.next((e) => e.event === "unit" && e.data.kind === "changed" && e.data.document === fourth);
  expect(changed.data).toEqual({
    kind: "changed", document: fourth,
    drafted: [{ ref, requested: "reviewed", author: "citra", file: `translations/${fourth}.translations.txt`, findings: [expect.objectContaining({ checkId: "glossary-forbidden-term", severity: "error", suppressed: false })] }],
  });
  await budi.next((e) => e.event === "unit" && e.data.ref === `${DOC}:24`);
  await new Promise((r) => setTimeout(r, 1500));
  expect(budi.events.slice(from).filter((e) => e.event === "unit" && e.data.kind === "changed" && e.data.document === fourth).length).toBe(1);
  expect((await send("POST", "api/presence", cookies.budi!, { document: fourth, ref: null })).status).toBe(200);
  fs.rmSync(path.join(dir, "glossary"), { recursive: true, force: true });
  budi.close();
});

it("announces a record `translations import` beside the server loaded with its own, older date (not only saves newer than the last)", async () => {
  const fifth = "putin-butuh-senjata-kim";
  const ref = `${fifth}:3`;
  expect((await send("PUT", `api/units/${encodeURIComponent(ref)}`, cookies.ayu!, { target: "Putin stepped up his approach to the North Korean leader last year.", baseRevision: 0 })).status).toBe(200);
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const from = budi.events.length;
  // a colleague's file, mailed: their record of unit 3, dated a year ago
  const text = fs.readFileSync(path.join(dir, `translations/${fifth}.translations.txt`), "utf8");
  const theirs = "Putin stepped up his overtures to North Korean leader Kim Jong Un last year.";
  const mailed = text.replace(/^en: Putin stepped up his approach[^\n]*\nstatus: draft\nauthor: ayu\ntime: [^\n]*/m, `en: ${theirs}\nstatus: translated\nauthor: dewi\ntime: 2025-12-01T08:00:00.000Z`);
  expect(mailed).not.toBe(text);
  fs.writeFileSync(path.join(dir, "dewi.translations.txt"), mailed);
  expect(await cli(["translations", "import", "dewi.translations.txt"])).toBe(0);
  const saved = await budi.next((e) => e.event === "unit" && e.data.ref === ref && e.data.target === theirs);
  expect(saved.data).toMatchObject({ kind: "saved", document: fifth, ref, target: theirs, state: "translated", author: "dewi" });
  await new Promise((r) => setTimeout(r, 1500));
  expect(budi.events.slice(from).filter((e) => e.event === "unit" && e.data.ref === ref).length).toBe(1);
  fs.rmSync(path.join(dir, "dewi.translations.txt"));
  budi.close();
});

it("announces joins, and ends every stream when the server closes", async () => {
  const budi = await listen(cookies.budi!);
  await budi.next((e) => e.event === "hello");
  const joined = await send("POST", `api/units/${encodeURIComponent(`${DOC}:5`)}/join`, cookies.ayu!, { with: `${DOC}:6` });
  expect(joined.status).toBe(200);
  expect((await budi.next((e) => e.event === "unit" && e.data.kind === "joined")).data).toEqual({ kind: "joined", document: DOC, ref: `${DOC}:5+6` });
  // close() does not wait for open streams: it ends them.
  await server.close();
  await budi.ended;
  const after = await fetch(`${server.url}api/documents`).then(() => "answered", () => "refused");
  expect(after).toBe("refused");
});

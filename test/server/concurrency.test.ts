/**
 * CLI commands run beside a running server on the same database: no "database is locked", no lost
 * write, the document's translations file in step with both (the server opens the database once, WAL,
 * busy timeout; every write is one IMMEDIATE transaction).
 */
import { spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { startServer, type Running } from "../../src/server/serve";
import { openStore, type Store } from "../../src/store";
import { documentFileText } from "../../src/app/translations";
import { run, tempDir, REPO } from "../helpers/cli";
import { cliArgv } from "../e2e/children/cli";

const DOC = "putin-tolak-sanksi-barat";
let dir: string;
let store: Store;
let server: Running;

beforeAll(async () => {
  dir = tempDir("selaras-conc-");
  fs.cpSync(path.join(REPO, "corpus"), path.join(dir, "corpus"), { recursive: true });
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  store = openStore(path.join(dir, "selaras.db"));
  server = await startServer({ store, root: dir, author: "web", host: "127.0.0.1", port: 0 });
});
afterAll(async () => {
  await server.close();
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/**
 * What a command printed on stderr besides the notice that it waits for another writer (printed when
 * a server batch holds the write lock for a moment on a loaded machine): a wait is fine, a failure is not.
 */
const problems = (stderr: string) => stderr.split("\n").filter((l) => l !== "" && !/^selaras: \S+ is busy \(another selaras command is writing to it\); waiting for it to finish…$/.test(l));

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [...cliArgv(), ...args], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "ignore", "pipe"] });
    let stderr = "";
    child.stderr!.on("data", (d) => { stderr += d; });
    child.on("exit", (code) => resolve({ code, stderr }));
  });
}

it("saves from the browser API and from CLI processes at once all land, in the database and in translations/", async () => {
  const page = await (await fetch(server.url)).text();
  const token = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(page)![1]!;
  const units = (await (await fetch(`${server.url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string }>;
  const web = units.slice(0, 12).map((u) => u.ref);
  const byCli = units.slice(12, 15).map((u) => u.ref);
  let done = false;
  const children = Promise.all(byCli.map((ref) => cli(["translate", "set", ref, `English from the command line for ${ref}.`, "--status", "draft", "--translator", "cli"])))
    .finally(() => { done = true; });
  // The browser side keeps saving (each save based on the revision it got back) until every CLI
  // process has finished: their writes interleave.
  const revision = new Map(web.map((ref) => [ref, 0]));
  const statuses: number[] = [];
  let round = 0;
  while (!done || round === 0) {
    round++;
    for (const ref of web) {
      const res = await fetch(`${server.url}api/units/${encodeURIComponent(ref)}`, {
        method: "PUT", headers: { "content-type": "application/json", "x-selaras-csrf": token },
        body: JSON.stringify({ target: `English from the browser for ${ref}, round ${round}.`, baseRevision: revision.get(ref), confirm: false }),
      });
      statuses.push(res.status);
      if (res.ok) revision.set(ref, ((await res.json()) as { revision: number }).revision);
    }
  }
  const results = await children;
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  for (const r of results) {
    expect(problems(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
  }
  const after = (await (await fetch(`${server.url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string; target: string | null; state: string }>;
  for (const ref of web) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `English from the browser for ${ref}, round ${round}.`, state: "draft", revision: round });
  for (const ref of byCli) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `English from the command line for ${ref}.`, state: "draft" });
  const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
  for (const ref of web) expect(file).toContain(`English from the browser for ${ref}, round ${round}.`);
  for (const ref of byCli) expect(file).toContain(`English from the command line for ${ref}.`);
});

it("confirmations through the server beside CLI `translate set`, `import` and `check ignore` processes: no lock failure, no lost write, files in step", async () => {
  const page = await (await fetch(server.url)).text();
  const token = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(page)![1]!;
  const OTHER = "china-kunci-kesepakatan-senjata";
  const units = (await (await fetch(`${server.url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string; revision: number }>;
  const other = (await (await fetch(`${server.url}api/documents/${OTHER}/units`)).json()) as Array<{ ref: string; source: string }>;
  const put = (ref: string, body: object) => fetch(`${server.url}api/units/${encodeURIComponent(ref)}`, {
    method: "PUT", headers: { "content-type": "application/json", "x-selaras-csrf": token }, body: JSON.stringify(body),
  });
  // A draft with a finding for `check ignore` to suppress while the server is busy.
  const flagged = units[15]!;
  const draft = await put(flagged.ref, { target: "In 1999 the talks ended.", baseRevision: flagged.revision, confirm: false });
  expect(draft.status).toBe(200);
  const checkId = ((await draft.json()) as { findings: Array<{ checkId: string; severity: string }> }).findings.find((f) => f.severity === "error")!.checkId;
  // English for five units of another document, in a TSV file for `selaras import`.
  const imported = other.slice(1, 6).map((u, i) => ({ ...u, target: `Imported English sentence number ${"one two three four five".split(" ")[i]}.` }));
  fs.writeFileSync(path.join(dir, "theirs.tsv"), ["source\ttarget", ...imported.map((u) => `${u.source}\t${u.target}`)].join("\n") + "\n");

  const web = units.slice(16, 24).map((u) => u.ref);
  const byCli = units.slice(24, 27).map((u) => u.ref);
  let done = false;
  const children = Promise.all([
    ...byCli.map((ref) => cli(["translate", "set", ref, `Set from the command line for ${ref}.`, "--status", "draft", "--translator", "cli"])),
    cli(["import", "theirs.tsv", "--author", "importer"]),
    cli(["check", "ignore", flagged.ref, checkId, "--reason", "the year is right", "--save"]),
  ]).finally(() => { done = true; });
  const revision = new Map(web.map((ref) => [ref, units.find((u) => u.ref === ref)!.revision]));
  const statuses: number[] = [];
  let round = 0;
  while (!done || round === 0) {
    round++;
    // the eight confirmations of a round are sent at once (the server saves them together)
    const replies = await Promise.all(web.map((ref) => put(ref, { target: `Confirmed in the browser: ${ref}, round ${round}.`, baseRevision: revision.get(ref), confirm: true, accept: "checked by hand" })));
    for (const [i, res] of replies.entries()) {
      statuses.push(res.status);
      if (res.ok) revision.set(web[i]!, ((await res.json()) as { revision: number }).revision);
    }
  }
  const results = await children;
  expect(statuses.filter((s) => s !== 200)).toEqual([]);
  for (const r of results) expect(problems(r.stderr)).toEqual([]);
  // import exits 1: two of its units lack the source's numbers and are kept as drafts (findings at error severity)
  expect(results.map((r) => r.code)).toEqual([0, 0, 0, 1, 0]);
  const after = (await (await fetch(`${server.url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string; target: string | null; state: string; revision: number }>;
  for (const ref of web) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `Confirmed in the browser: ${ref}, round ${round}.`, state: "translated", revision: revision.get(ref) });
  for (const ref of byCli) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `Set from the command line for ${ref}.`, state: "draft" });
  const afterOther = (await (await fetch(`${server.url}api/documents/${OTHER}/units`)).json()) as Array<{ ref: string; target: string | null }>;
  expect(imported.map((u) => afterOther.find((x) => x.ref === u.ref))).toEqual(imported.map((u) => expect.objectContaining({ target: u.target })));
  expect(store.findings.suppressions().some((s) => s.ref === flagged.ref && s.checkId === checkId && s.reason === "the year is right")).toBe(true);
  expect(fs.readFileSync(path.join(dir, "translations", "suppressions.tsv"), "utf8")).toContain("the year is right");
  // Each translations file is exactly what the database holds now (nothing written over, nothing missing).
  for (const slug of [DOC, OTHER]) {
    const file = fs.readFileSync(path.join(dir, "translations", `${slug}.translations.txt`), "utf8");
    expect(file).toBe(documentFileText(store, store.documents.bySlug(slug)!, dir));
  }
});

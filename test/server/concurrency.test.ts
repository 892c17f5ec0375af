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
import { run, tempDir, REPO } from "../helpers/cli";

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

function cli(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [require.resolve("tsx/cli"), path.join(REPO, "src/cli/bin.ts"), ...args], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "ignore", "pipe"] });
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
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
  const after = (await (await fetch(`${server.url}api/documents/${DOC}/units`)).json()) as Array<{ ref: string; target: string | null; state: string }>;
  for (const ref of web) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `English from the browser for ${ref}, round ${round}.`, state: "draft", revision: round });
  for (const ref of byCli) expect(after.find((u) => u.ref === ref)).toMatchObject({ target: `English from the command line for ${ref}.`, state: "draft" });
  const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
  for (const ref of web) expect(file).toContain(`English from the browser for ${ref}, round ${round}.`);
  for (const ref of byCli) expect(file).toContain(`English from the command line for ${ref}.`);
});

/**
 * A refusal of an action that is for admins (`role-forbidden`) names them: `data.admins`, the same
 * names GET /api/admins lists (none: an empty list, and the page says how one is added).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { startServer, type Running } from "../../src/server/serve";
import { openStore, type Store } from "../../src/store";
import { run, tempDir } from "../helpers/cli";
import { addUsers, readyProject } from "../helpers/workbench";

let dir: string | undefined;
let store: Store | undefined;
let server: Running | undefined;
afterEach(async () => {
  await server?.close();
  store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  server = undefined; store = undefined; dir = undefined;
});

async function translatorAsks(users: ReadonlyArray<readonly [string, string]>): Promise<{ status: number; body: { code: string; data: Record<string, unknown> }; admins: unknown }> {
  dir = tempDir("selaras-round9-admins-");
  await readyProject(dir);
  const tokens = await addUsers(dir, users);
  store = openStore(path.join(dir, "selaras.db"));
  server = await startServer({ store, root: dir, author: "local", host: "127.0.0.1", port: 0 });
  const csrf = /name="selaras-csrf" content="([0-9a-f]+)"/.exec(await (await fetch(server.url)).text())![1]!;
  const login = await fetch(`${server.url}api/login`, { method: "POST", headers: { "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ token: tokens.ayu }) });
  const cookie = String(login.headers.get("set-cookie")).split(";")[0]!;
  const res = await fetch(`${server.url}api/glossary/north-korea`, { method: "PUT", headers: { cookie, "content-type": "application/json", "x-selaras-csrf": csrf }, body: JSON.stringify({ cells: { note: "Checked by ayu." } }) });
  const admins = await (await fetch(`${server.url}api/admins`, { headers: { cookie } })).json();
  return { status: res.status, body: await res.json() as { code: string; data: Record<string, unknown> }, admins };
}

it("names the admins in a translator's refused glossary change, as GET /api/admins does; the glossary is as it was", async () => {
  const r = await translatorAsks([["ayu", "translator"], ["dewi", "admin"], ["cici", "admin"]]);
  expect(r.status).toBe(403);
  expect(r.body).toEqual({ code: "role-forbidden", data: { role: "translator", action: "glossary.edit", name: "ayu", admins: (r.admins as { admins: string[] }).admins } });
  expect([...(r.body.data.admins as string[])].sort()).toEqual(["cici", "dewi"]);
  const show = await run(["glossary", "show", "north-korea", "--json"], { cwd: dir! });
  expect(JSON.parse(show.stdout).note ?? "").not.toContain("ayu");
});

it("says there are none when no user is an admin", async () => {
  const r = await translatorAsks([["ayu", "translator"], ["budi", "reviewer"]]);
  expect(r.status).toBe(403);
  expect(r.body.data.admins).toEqual([]);
});

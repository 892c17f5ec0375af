/**
 * `selaras users list` words each role in the command's language (`--lang id`: penerjemah, peninjau),
 * as `users add` and `users token` already did; `--json` keeps the role's code in either language.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

let dir: string;
beforeAll(async () => {
  dir = tempDir("selaras-round8-users-");
  for (const [name, role] of [["ayu", "translator"], ["budi", "reviewer"], ["siti", "admin"]]) {
    expect((await run(["users", "add", name!, "--role", role!], { cwd: dir })).code).toBe(0);
  }
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const rows = (stdout: string) => stdout.trim().split("\n").map((l) => l.split("\t").slice(0, 2).join("\t"));

it("lists the roles in Indonesian with --lang id and in English by default", async () => {
  const id = await run(["users", "list", "--lang", "id"], { cwd: dir });
  expect(id.code).toBe(0);
  expect(rows(id.stdout)).toEqual(["ayu\tpenerjemah", "budi\tpeninjau", "siti\tadmin"]);
  const en = await run(["users", "list"], { cwd: dir, env: { LANG: "en_US.UTF-8" } });
  expect(rows(en.stdout)).toEqual(["ayu\ttranslator", "budi\treviewer", "siti\tadmin"]);
  const json = await run(["users", "list", "--json", "--lang", "id"], { cwd: dir });
  expect((JSON.parse(json.stdout) as Array<{ name: string; role: string }>).map((u) => `${u.name}\t${u.role}`)).toEqual(["ayu\ttranslator", "budi\treviewer", "siti\tadmin"]);
  expect(fs.existsSync(path.join(dir, "selaras.db"))).toBe(true);
});

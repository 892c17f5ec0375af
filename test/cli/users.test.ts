/**
 * `selaras users add|list|remove|token` as a person runs them: exact output, exit codes, the token
 * never stored in clear, a rotated token refused, a failed command leaving the database as it was,
 * users kept in the database only (a rebuild keeps them, the project folder never holds them).
 */
import { execFileSync } from "node:child_process";
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { authenticate } from "../../src/app/users";
import { openStore } from "../../src/store";
import { dumpDb, REPO, run, tempDir } from "../helpers/cli";

const TOKEN_LINE = /^Login token \(shown only now, give it to them privately\): ([A-Za-z0-9_-]{43})$/;

let dir: string;
let db: string;
beforeEach(() => {
  dir = tempDir("selaras-users-cli-");
  db = path.join(dir, "selaras.db");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const users = (args: string[], env: Record<string, string> = {}) => run(["users", ...args, "--db", db], { cwd: dir, env });

async function add(name: string, role: string): Promise<string> {
  const r = await users(["add", name, "--role", role]);
  expect(r.code).toBe(0);
  const lines = r.stdout.split("\n");
  expect(lines[0]).toBe(`User ${name} added as ${role}.`);
  expect(lines[1]).toMatch(TOKEN_LINE);
  expect(lines.slice(2)).toEqual([""]);
  expect(r.stderr).toBe("");
  return TOKEN_LINE.exec(lines[1]!)![1]!;
}

function who(token: string) {
  const store = openStore(db);
  try { return authenticate(store, token); } finally { store.close(); }
}

describe("selaras users", () => {
  it("add prints a 256-bit URL-safe token once and stores only its SHA-256", async () => {
    const token = await add("ayu", "translator");
    const other = await add("budi", "reviewer");
    expect(token).not.toBe(other);
    expect(Buffer.from(token, "base64url")).toHaveLength(32);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const Database = require("better-sqlite3");
    const raw = new Database(db, { readonly: true });
    const rows = raw.prepare("SELECT name, role, token_hash FROM app_user ORDER BY name").all();
    raw.close();
    expect(rows).toEqual([
      { name: "ayu", role: "translator", token_hash: crypto.createHash("sha256").update(token).digest("hex") },
      { name: "budi", role: "reviewer", token_hash: crypto.createHash("sha256").update(other).digest("hex") },
    ]);
    // nowhere in the database in clear
    const dump = dumpDb(db);
    expect(dump.includes(token) || dump.includes(other)).toBe(false);
    expect(who(token)).toEqual({ name: "ayu", role: "translator" });
    expect(who(other)).toEqual({ name: "budi", role: "reviewer" });
  });

  it("list prints name, role and creation time (and --json)", async () => {
    expect((await users(["add", "ayu", "--role", "translator"])).code).toBe(0);
    expect((await users(["add", "Siti Rahayu", "--role", "admin"])).code).toBe(0);
    const text = await users(["list"]);
    expect(text.code).toBe(0);
    const lines = text.stdout.trimEnd().split("\n");
    expect(lines.map((l) => l.split("\t").slice(0, 2).join(" "))).toEqual(["Siti Rahayu admin", "ayu translator"]);
    for (const l of lines) expect(l.split("\t")[2]).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    const json = await users(["list", "--json"]);
    const list = JSON.parse(json.stdout) as Array<{ name: string; role: string; createdAt: string }>;
    expect(list.map(({ name, role }) => ({ name, role }))).toEqual([{ name: "Siti Rahayu", role: "admin" }, { name: "ayu", role: "translator" }]);
    expect(list.map((u) => u.createdAt)).toEqual(lines.map((l) => l.split("\t")[2]));
  });

  it("token rotates: a new token works, the old one no longer does", async () => {
    const old = await add("ayu", "translator");
    const r = await users(["token", "AYU"]);
    expect(r.code).toBe(0);
    const lines = r.stdout.split("\n");
    expect(lines[0]).toBe("User ayu (translator) has a new token; the old token and its sessions no longer work.");
    expect(lines[1]).toMatch(TOKEN_LINE);
    const fresh = TOKEN_LINE.exec(lines[1]!)![1]!;
    expect(fresh).not.toBe(old);
    expect(who(old)).toBeNull();
    expect(who(fresh)).toEqual({ name: "ayu", role: "translator" });
    const json = JSON.parse((await users(["token", "ayu", "--json"])).stdout) as { name: string; role: string; token: string };
    expect(Object.keys(json)).toEqual(["name", "role", "token"]);
    expect(who(fresh)).toBeNull();
    expect(who(json.token)).toEqual({ name: "ayu", role: "translator" });
  });

  it("in Indonesian", async () => {
    await add("ayu", "translator");
    const r = await users(["token", "ayu", "--lang", "id"]);
    expect(r.stdout.split("\n")[0]).toBe("Pengguna ayu (penerjemah) mendapat token baru; token lama dan sesinya tidak berlaku lagi.");
    const missing = await users(["remove", "nobody", "--lang", "id"]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("tidak ada pengguna bernama nobody");
  });

  it("remove: the token stops working", async () => {
    const token = await add("ayu", "translator");
    const r = await users(["remove", "Ayu"]);
    expect(r).toEqual({ code: 0, stdout: "User ayu removed.\n", stderr: "" });
    expect(who(token)).toBeNull();
    expect((await users(["list"])).stdout).toBe("No users: selaras serve runs on loopback only, as the local user.\n");
  });

  it("refuses bad names, unknown users and duplicates (any case) with exit 2, changing nothing", async () => {
    const token = await add("ayu", "translator");
    const before = dumpDb(db);
    const cases: Array<[string[], string]> = [
      [["add", "a\u001b[31mb", "--role", "admin"], "invalid user name a␛[31mb"],
      [["add", "bad\nname", "--role", "admin"], "invalid user name bad\nname"],
      [["add", "zero\u200bwidth", "--role", "admin"], "invalid user name zero<U+200B>width"],
      [["add", ".dot", "--role", "admin"], "invalid user name .dot"],
      [["add", "x".repeat(65), "--role", "admin"], "up to 64"],
      [["add", "   ", "--role", "admin"], "invalid user name"],
      [["add", "AYU", "--role", "admin"], "a user named ayu already exists"],
      [["token", "nobody"], "no user named nobody"],
      [["remove", "nobody"], "no user named nobody"],
    ];
    for (const [args, message] of cases) {
      const r = await users(args);
      expect({ args, code: r.code, stdout: r.stdout }).toEqual({ args, code: 2, stdout: "" });
      expect(r.stderr).toContain(message);
    }
    const role = await users(["add", "budi", "--role", "editor"]);
    expect(role.code).toBe(2);
    expect(role.stderr).toContain("editor");
    expect(dumpDb(db)).toBe(before);
    expect(who(token)).toEqual({ name: "ayu", role: "translator" });
    // 64 characters is the longest name
    expect((await users(["add", "x".repeat(64), "--role", "reviewer"])).code).toBe(0);
  });

  it("list, token and remove refuse a database that does not exist (and create none)", async () => {
    for (const args of [["list"], ["token", "ayu"], ["remove", "ayu"]]) {
      const r = await users(args);
      expect(r.code).toBe(2);
      expect(fs.existsSync(db)).toBe(false);
    }
  });
});

describe("where users live", () => {
  it("in the database only: a rebuild (npm start) keeps them, no project file holds them", async () => {
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", "rapat.txt"), "Rapat kabinet\n\nPresiden memimpin rapat kabinet di Jakarta.\n");
    const token = await add("ayu", "translator");
    expect((await run(["pipeline", "--db", db], { cwd: dir })).code).toBe(0);
    expect((await run(["translate", "set", "rapat:2", "The President chaired a cabinet meeting in Jakarta.", "--translator", "ayu", "--db", db], { cwd: dir })).code).toBe(0);
    expect((await run(["pipeline", "--db", db], { cwd: dir })).code).toBe(0);
    expect(who(token)).toEqual({ name: "ayu", role: "translator" });
    const hash = crypto.createHash("sha256").update(token).digest("hex");
    const walk = (d: string): string[] => fs.readdirSync(d, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(path.join(d, e.name)) : [path.join(d, e.name)]));
    const files = walk(dir).filter((f) => !/selaras\.db(-wal|-shm)?$/.test(f));
    expect(files.some((f) => f.includes(`${path.sep}translations${path.sep}`))).toBe(true);
    for (const f of files) {
      const text = fs.readFileSync(f, "utf8");
      expect({ f, leaks: text.includes(token) || text.includes(hash) || text.includes("app_user") }).toEqual({ f, leaks: false });
    }
    // and the database file is git-ignored in a project like this repository
    expect(execFileSync("git", ["check-ignore", "selaras.db"], { cwd: REPO, encoding: "utf8" }).trim()).toBe("selaras.db");
  });
});

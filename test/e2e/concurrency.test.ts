/**
 * Writers that wait their turn (docs/guarantees.md, "Two writers at once"), with real child processes:
 *  - many processes creating one new database at once: every one succeeds, each migration runs once;
 *  - a save while another process holds the write lock waits for it (with a notice) and is kept;
 *  - a lock that is never released in SELARAS_LOCK_TIMEOUT is a one-line error, exit 2, no trace.
 */
import { spawn, type ChildProcess } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { migrations } from "../../src/store/migrations";
import { openStore } from "../../src/store";
import { REPO, run, tempDir } from "../helpers/cli";
import { cliArgv } from "./children/cli";

jest.setTimeout(180_000);

const TSX = ["--import", "tsx"];
const child = (script: string, args: string[]): ChildProcess =>
  spawn(process.execPath, [...TSX, path.join(__dirname, "children", script), ...args], { cwd: REPO, stdio: ["pipe", "pipe", "pipe"] });
/** Resolves once `cp` has written `text` to its standard error. */
const saysOnStderr = (cp: ChildProcess, text: string): Promise<void> => new Promise((resolve) => {
  let seen = "";
  cp.stderr!.on("data", (d) => { seen += d; if (seen.includes(text)) resolve(); });
});
const done = (cp: ChildProcess): Promise<{ code: number; stdout: string; stderr: string }> => new Promise((resolve) => {
  let stdout = "", stderr = "";
  cp.stdout!.on("data", (d) => { stdout += d; });
  cp.stderr!.on("data", (d) => { stderr += d; });
  cp.on("close", (code) => resolve({ code: code ?? -1, stdout, stderr }));
});
const output = (cp: ChildProcess, text: string): Promise<void> => new Promise((resolve) => {
  let seen = "";
  cp.stdout!.on("data", (d) => { seen += d; if (seen.includes(text)) resolve(); });
});
const cli = (args: string[], env: Record<string, string> = {}) =>
  spawn(process.execPath, [...cliArgv(), ...args], {
    cwd: REPO, stdio: ["ignore", "pipe", "pipe"], env: { ...process.env, LANG: "en_US.UTF-8", ...env },
  });

let dir: string;
beforeAll(() => { dir = tempDir("selaras-concurrency-"); });
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const ARTICLE = "Presiden tiba di Jakarta pada Rabu pagi.\n\nDia bertemu dengan para menteri di istana.\n";

it("30 processes creating the same new database at once all succeed, and each migration runs exactly once", async () => {
  const db = path.join(dir, "new.db");
  const results = await Promise.all(Array.from({ length: 30 }, () => done(child("open-store.ts", [db]))));
  expect(results.filter((r) => r.code !== 0).map((r) => r.stderr)).toEqual([]);
  const store = openStore(db);
  const applied = store.db.prepare("SELECT id FROM schema_migration ORDER BY id").pluck().all();
  expect(applied).toEqual(migrations.map((m) => m.id));
  expect(store.db.pragma("journal_mode", { simple: true })).toBe("wal");
  store.close();
});

describe("a save while another process writes", () => {
  let db: string;
  beforeAll(async () => {
    db = path.join(dir, "save.db");
    fs.writeFileSync(path.join(dir, "rapat.txt"), ARTICLE);
    expect((await run(["ingest", path.join(dir, "rapat.txt"), "--db", db])).code).toBe(0);
  });

  it("waits for the other writer, says so once, and is kept", async () => {
    // (held until the save says it waits: a loaded machine may take seconds to start it)
    const holder = child("hold-lock.ts", [db, "stdin"]);
    await output(holder, "locked");
    const saving = cli(["translate", "set", "rapat:1", "The president arrived in Jakarta on Wednesday morning.", "--db", db]);
    const save = done(saving);
    void saysOnStderr(saving, "waiting for it to finish").then(() => holder.stdin!.end("\n"));
    const [h, s] = await Promise.all([done(holder), save]);
    expect(h.code).toBe(0);
    expect(s.stderr).toBe(`selaras: ${db} is busy (another selaras command is writing to it); waiting for it to finish…\n`);
    expect(s.code).toBe(0);
    expect(s.stdout).toBe("rapat:1: saved (new rendering #1)\n");
    const store = openStore(db);
    expect(store.renderings.all().map((r) => r.text)).toEqual(["The president arrived in Jakarta on Wednesday morning."]);
    store.close();
  });

  it("a lock never released within SELARAS_LOCK_TIMEOUT is a one-line error, exit 2, and nothing changes", async () => {
    // (held until the save has given up, however long the machine takes to start it)
    const holder = child("hold-lock.ts", [db, "stdin"]);
    await output(holder, "locked");
    // (the database given as a relative path: both lines name it as given)
    const given = path.relative(REPO, db);
    const s = await done(cli(["translate", "set", "rapat:2", "He met the ministers at the palace.", "--db", given], { SELARAS_LOCK_TIMEOUT: "2" }));
    holder.stdin!.end("\n");
    expect(s.code).toBe(2);
    expect(s.stderr).toBe(
      `selaras: ${given} is busy (another selaras command is writing to it); waiting for it to finish…\n` +
      `selaras: ${given}: the database stayed busy (another process kept writing to it) for 2 s; try again when it is done, or wait longer with SELARAS_LOCK_TIMEOUT=<seconds>\n`);
    expect((await done(holder)).code).toBe(0);
    const store = openStore(db);
    expect(store.renderings.all().map((r) => r.text)).toEqual(["The president arrived in Jakarta on Wednesday morning."]);
    store.close();
  });
});


/**
 * A workbench killed between a batch's renames and its COMMIT leaves translations/ files ahead of
 * the database (reproduced: 20 people saving without pause, kill -9): every later save in those
 * documents was refused with `translations-file-changed` until someone ran `translations import`.
 * `selaras serve` now loads such files when it starts — only those with the crash's signature (the
 * file journal's old version beside the file, of a process that is gone, holding what the database
 * records); a file changed otherwise (a git pull) is still left to a person.
 */
import { spawn, spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { loadInterruptedSaves } from "../../src/app/interrupted-saves";
import { renderingHistory } from "../../src/app/translate";
import { documentUnits } from "../../src/app/lifecycle";
import { REPO, run, tempDir } from "../helpers/cli";
import { cliArgv } from "../e2e/children/cli";

const DOC = "putin-butuh-senjata-kim";
const NAME = `${DOC}.translations.txt`;
const BEFORE = "Putin may need weapons from Kim.";
const KILLED = "Putin may need weapons from Kim, but what will he give?";

/** A process id nobody runs any more (a child that has exited). */
const deadPid = (): number => spawnSync(process.execPath, ["-e", ""]).pid!;

/** A project whose first unit is saved (the file and the database in step), then the state a kill left: the file journal's old version beside the file, the file with the batch's English. */
async function killedProject(pid: number | null): Promise<{ dir: string; file: string; backup: string | null }> {
  const dir = tempDir("selaras-interrupted-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.copyFileSync(path.join(REPO, "corpus", `${DOC}.txt`), path.join(dir, "corpus", `${DOC}.txt`));
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  expect((await run(["translate", "set", `${DOC}:1`, BEFORE, "--status", "draft", "--translator", "ayu"], { cwd: dir })).code).toBe(0);
  const file = path.join(dir, "translations", NAME);
  const backup = pid === null ? null : path.join(dir, "translations", `.${NAME}.${pid}.${Date.now()}.7.tmp`);
  if (backup) fs.linkSync(file, backup);
  const text = fs.readFileSync(file, "utf8");
  expect(text).toContain(`en: ${BEFORE}\n`);
  const tmp = `${file}.new`;
  fs.writeFileSync(tmp, text.replace(`en: ${BEFORE}\n`, `en: ${KILLED}\n`));
  fs.renameSync(tmp, file);
  return { dir, file, backup };
}

it("loads a file a killed process replaced without committing: the batch's English current, the database's in the history, the old version removed, saves taken again", async () => {
  const { dir, file, backup } = await killedProject(deadPid());
  try {
    const refused = await run(["translate", "set", `${DOC}:2`, "As Putin visits North Korea.", "--translator", "ayu"], { cwd: dir });
    expect([refused.code, refused.stderr]).toEqual([2, expect.stringContaining("changed on disk since the database last read it")]);
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      const loaded = loadInterruptedSaves(store, dir, { author: "selaras", now: "2026-12-05T22:00:00.000Z" });
      expect(loaded.files).toEqual([file]);
      expect([loaded.result!.updated, loaded.result!.created]).toEqual([1, 0]);
      expect(renderingHistory(store, `${DOC}:1`).revisions.map((r) => r.text)).toEqual([BEFORE, KILLED]);
      expect(documentUnits(store, DOC)[0]).toMatchObject({ target: KILLED, state: "draft" });
      expect(fs.existsSync(backup!)).toBe(false);
      // a second start finds nothing to load
      expect(loadInterruptedSaves(store, dir, { author: "selaras", now: "2026-12-05T22:00:01.000Z" }).files).toEqual([]);
    } finally {
      store.close();
    }
    const saved = await run(["translate", "set", `${DOC}:2`, "As Putin visits North Korea.", "--status", "draft", "--translator", "ayu"], { cwd: dir });
    expect([saved.code, saved.stderr]).toEqual([0, ""]);
    expect(fs.readFileSync(file, "utf8")).toContain(`en: ${KILLED}\n`);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

it("leaves a file changed otherwise (no old version beside it: a git pull; or one kept by a process still running) to a person", async () => {
  for (const pid of [null, process.pid]) {
    const { dir, file, backup } = await killedProject(pid);
    try {
      const store = openStore(path.join(dir, "selaras.db"));
      try {
        expect(loadInterruptedSaves(store, dir, { author: "selaras", now: "2026-12-05T22:00:00.000Z" })).toEqual({ files: [], result: null });
        expect(documentUnits(store, DOC)[0]).toMatchObject({ target: BEFORE });
      } finally {
        store.close();
      }
      expect(fs.readFileSync(file, "utf8")).toContain(`en: ${KILLED}\n`);
      if (backup) expect(fs.existsSync(backup)).toBe(true);
      const refused = await run(["translate", "set", `${DOC}:2`, "As Putin visits North Korea.", "--translator", "ayu"], { cwd: dir });
      expect(refused.code).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }
});

it("selaras serve says what it loaded when it starts", async () => {
  const { dir } = await killedProject(deadPid());
  const server = spawn(process.execPath, [...cliArgv(), "serve", "--port", "0"], { cwd: dir, env: { ...process.env, LANG: "en_US.UTF-8" }, stdio: ["ignore", "pipe", "pipe"] });
  try {
    const out = await new Promise<string>((resolve, reject) => {
      let o = "";
      server.stdout!.on("data", (d) => { o += d; if (o.includes("Selaras workbench: ")) resolve(o); });
      server.on("exit", (code) => reject(new Error(`serve exited ${code}: ${o}`)));
    });
    expect(out.split("\n")[0]).toBe(`Loaded the saves a killed workbench or command had written to translations/ but not to the database (1 updated, 0 new): translations/${NAME}; the files and the database agree again`);
  } finally {
    const exited = new Promise((r) => server.once("exit", r));
    server.kill("SIGTERM");
    await exited;
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 60_000);

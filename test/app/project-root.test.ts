/** Where a database's project folder is: translations/ and suppressions are kept in step there. */
import * as fs from "node:fs";
import * as path from "node:path";
import { projectRoot } from "../../src/app/lifecycle";
import { run, tempDir } from "../helpers/cli";

describe("projectRoot", () => {
  let top: string;
  beforeEach(() => { top = tempDir("selaras-root-"); });
  afterEach(() => fs.rmSync(top, { recursive: true, force: true }));

  it("is the current folder for a database in it or below it when the current folder is a project", () => {
    fs.mkdirSync(path.join(top, "translations"));
    fs.mkdirSync(path.join(top, "data", "corpus"), { recursive: true });
    expect(projectRoot("selaras.db", top)).toBe(top);
    expect(projectRoot("data/s.db", top)).toBe(top);
  });

  it("is the database's own folder for a database outside the current folder, none in memory", () => {
    const elsewhere = tempDir("selaras-elsewhere-");
    try {
      expect(projectRoot(path.join(elsewhere, "s.db"), top)).toBe(elsewhere);
      expect(projectRoot(":memory:", top)).toBeUndefined();
    } finally { fs.rmSync(elsewhere, { recursive: true, force: true }); }
  });

  it("is the nearest project between them for a database below a current folder that is no project", () => {
    fs.mkdirSync(path.join(top, "news", "corpus"), { recursive: true });
    fs.mkdirSync(path.join(top, "news", "db"), { recursive: true });
    expect(projectRoot("news/s.db", top)).toBe(path.join(top, "news"));
    expect(projectRoot("news/db/s.db", top)).toBe(path.join(top, "news"));
    // no project anywhere on the way: the database's own folder (as for a database outside the current folder)
    expect(projectRoot("other/s.db", top)).toBe(path.join(top, "other"));
    expect(projectRoot("s.db", top)).toBe(top);
  });

  it("keeps a translated sentence in the database's project, not in the folder the command ran in", async () => {
    const dir = path.join(top, "news");
    fs.mkdirSync(path.join(dir, "corpus"), { recursive: true });
    fs.writeFileSync(path.join(dir, "corpus", "rapat.txt"), "Rapat dimulai pagi ini.\n");
    expect((await run(["ingest", "corpus", "--db", "s.db"], { cwd: dir })).code).toBe(0);
    const r = await run(["translate", "set", "rapat:1", "The meeting began this morning.", "--translator", "Ani", "--db", "news/s.db"], { cwd: top });
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "translations", "rapat.translations.txt"), "utf8")).toContain("The meeting began this morning.");
    expect(fs.existsSync(path.join(top, "translations"))).toBe(false);
  });

  it("keeps a new project in the database's folder when neither folder is one yet, and finds it again from either", async () => {
    fs.mkdirSync(path.join(top, "news"));
    fs.writeFileSync(path.join(top, "rapat.txt"), "Rapat dimulai pagi ini. Menteri hadir.\n");
    expect((await run(["ingest", "rapat.txt", "--db", "news/s.db"], { cwd: top })).code).toBe(0);
    const set = await run(["translate", "set", "rapat:1", "The meeting began this morning.", "--translator", "Ani", "--db", "news/s.db"], { cwd: top });
    expect([set.code, set.stderr, set.stdout]).toEqual([0, "", "rapat:1: saved (new rendering #1)\n"]);
    expect(fs.existsSync(path.join(top, "translations"))).toBe(false);
    const file = path.join(top, "news", "translations", "rapat.translations.txt");
    expect(fs.readFileSync(file, "utf8")).toContain("The meeting began this morning.");
    // (from the database's folder the same file is kept in step, not a second one begun)
    const again = await run(["translate", "set", "rapat:2", "The minister attended.", "--translator", "Ani", "--db", "s.db"], { cwd: path.join(top, "news") });
    expect([again.code, again.stderr]).toEqual([0, ""]);
    expect(fs.readFileSync(file, "utf8")).toContain("The minister attended.");
    expect(fs.readdirSync(path.join(top, "news"), { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name)).toEqual(["translations"]);
  });
});

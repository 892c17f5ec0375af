/**
 * Every `--out` treats a folder that does not exist the same way `export --out` does: refused with
 * its name, exit 2, nothing written and no folder made (a missing folder is a typo more often than a
 * wish). `audit --out` and `glossary export --out` used to make the folder and write the file;
 * `translations export --out a/b` made `a` as well as `b` (the folder it names is made, as a file is).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";
import { seedSmallDb } from "../formats/helpers";

describe("an --out whose folder does not exist", () => {
  let dir: string;
  let db: string;
  let missing: string;
  beforeAll(async () => {
    dir = tempDir();
    db = await seedSmallDb(dir);
    missing = path.join(dir, "exprots");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const refusal = (file: string, folder: string) =>
    `selaras: ${file}: the folder ${folder} does not exist; nothing was written: create it first (mkdir -p ${folder}) or give another --out\n`;

  it.each([
    ["export", ["export", "--format", "tmx"], "corpus.tmx"],
    ["audit", ["audit"], "audit.txt"],
    ["audit --format html", ["audit", "--format", "html"], "audit.html"],
    ["glossary export", ["glossary", "export", "--format", "tbx"], "glossary.tbx"],
  ])("%s: refused with its name, exit 2, nothing made", async (_name, args, file) => {
    const out = path.join(missing, "sub", file);
    const r = await run([...args, "--out", out, "--db", db]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", refusal(out, path.join(missing, "sub"))]);
    expect(fs.existsSync(missing)).toBe(false);
  });

  it("translations export: --out names a folder, made when missing; the folder that holds it must exist", async () => {
    const out = path.join(missing, "translations");
    const r = await run(["translations", "export", "--out", out, "--db", db]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", refusal(out, missing)]);
    expect(fs.existsSync(missing)).toBe(false);
    // in Indonesian too
    const id = await run(["--lang", "id", "translations", "export", "--out", out, "--db", db]);
    expect([id.code, id.stderr]).toEqual([2,
      `selaras: ${out}: folder ${missing} tidak ada; tidak ada yang ditulis: buat dulu (mkdir -p ${missing}) atau beri --out lain\n`]);
    // a folder whose parent exists is made and written into
    const ok = await run(["translations", "export", "--out", missing, "--db", db]);
    expect([ok.code, ok.stderr]).toEqual([0, ""]);
    expect(fs.readdirSync(missing)).toEqual(["berita-kecil.translations.txt"]);
    fs.rmSync(missing, { recursive: true });
  });

  it.each([
    ["export", ["export", "--format", "tmx"], "exprots/corpus.tmx", "exprots"],
    ["audit", ["audit"], "exprots/deeper/audit.txt", "exprots/deeper"],
    ["glossary export", ["glossary", "export", "--format", "tbx"], "exprots/glossary.tbx", "exprots"],
    ["translations export", ["translations", "export"], "exprots/translations", "exprots"],
  ])("%s: a relative --out names the missing folder as given, not its absolute path", async (_name, args, out, folder) => {
    const r = await run([...args, "--out", out, "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", refusal(out, folder)]);
  });
});

describe("a relative --out in the message that reports it written", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = await seedSmallDb(dir);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("glossary export: named as given, though the sentence's period follows it", async () => {
    fs.mkdirSync(path.join(dir, "out"));
    const r = await run(["glossary", "export", "--format", "tbx", "--out", "out/glossary.tbx", "--db", db,
      "--glossary", path.resolve(__dirname, "../fixtures/check/glossary")], { cwd: dir });
    expect([r.code, r.stdout.replace(/\d+ concepts/, "N concepts"), r.stderr]).toEqual([0, "Exported N concepts to out/glossary.tbx.\n", ""]);
  });
});

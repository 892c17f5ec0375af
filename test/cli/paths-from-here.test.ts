/**
 * Files no one typed, named from the folder the command ran in: a database given outside the working
 * folder keeps its translations/ beside it, and messages name those files from the folder the
 * database was given in (`../translations/a.translations.txt`), both languages; the JSON error's
 * `file` stays as it was (absolute) and `relativeFile` names it from the working folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, ingestedProject, run } from "../helpers/cli";

const EN = (f: string) => `${f} changed on disk since the database last read it (a git pull, a hand edit, or a save cut short when a command or the workbench was killed): load it first with 'selaras translations import' (or npm start; the workbench may go on running), then repeat the command; nothing was changed`;
const ID = (f: string) => `${f} berubah di disk sejak terakhir dibaca basis data (git pull, suntingan tangan, atau penyimpanan yang terputus karena perintah atau meja kerja dihentikan paksa): muat dulu dengan 'selaras translations import' (atau npm start; meja kerja boleh tetap berjalan), lalu ulangi perintahnya; tidak ada yang diubah`;

describe("a translations file changed by hand, the database given from another folder", () => {
  let dir: string, db: string, sub: string, file: string;
  beforeAll(async () => {
    ({ dir, db } = await ingestedProject({ "rapat.txt": "Presiden membuka rapat kabinet di Jakarta.\n" }));
    sub = path.join(dir, "notes");
    fs.mkdirSync(sub);
    const set = await run(["translate", "set", "rapat:1", "The president opened the cabinet meeting in Jakarta.", "--db", db, "--translator", "Ani"], { cwd: dir });
    expect(set.code).toBe(0);
    file = path.join(dir, "translations", "rapat.translations.txt");
    fs.appendFileSync(file, "\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const save = (cwd: string, ...more: string[]) => run(["translate", "set", "rapat:1", "The president opened a cabinet meeting in Jakarta.", "--translator", "Ani", ...more], { cwd });

  it("names the file from the database's folder as given (--db ../s.db), in English and Indonesian; nothing changed", async () => {
    const before = dumpDb(db);
    const rel = path.relative(sub, db);
    expect(await save(sub, "--db", rel)).toEqual({ code: 2, stdout: "", stderr: `selaras: ${EN("../translations/rapat.translations.txt")}\n` });
    expect(await save(sub, "--db", rel, "--lang", "id")).toEqual({ code: 2, stdout: "", stderr: `selaras: ${ID("../translations/rapat.translations.txt")}\n` });
    // (a database given by its absolute path: its folder as typed)
    expect((await save(sub, "--db", db)).stderr).toBe(`selaras: ${EN(file)}\n`);
    // (inside the working folder, as before)
    expect((await save(dir, "--db", db)).stderr).toBe(`selaras: ${EN("translations/rapat.translations.txt")}\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("--json: file absolute as before, relativeFile from the working folder, message as on standard error", async () => {
    const r = await save(sub, "--db", path.relative(sub, db), "--json");
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: {
      code: "translations-file-changed", message: EN("../translations/rapat.translations.txt"),
      file, relativeFile: "../translations/rapat.translations.txt", line: null, column: null,
      data: { file, document: "rapat" },
    } });
    const here = JSON.parse((await save(dir, "--db", db, "--json")).stdout).error;
    expect([here.file, here.relativeFile]).toEqual([file, "translations/rapat.translations.txt"]);
  });

  it("a file given on the command line: relativeFile as given when relative, from here when typed absolute; <stdin> stays", async () => {
    fs.writeFileSync(path.join(dir, "pairs.tsv"), "a\tb\nno tab\n");
    const given = JSON.parse((await run(["check", "--pairs", "../pairs.tsv", "--json"], { cwd: sub })).stdout).error;
    expect([given.file, given.relativeFile, given.line]).toEqual(["../pairs.tsv", "../pairs.tsv", 2]);
    const abs = JSON.parse((await run(["check", "--pairs", path.join(dir, "pairs.tsv"), "--json"], { cwd: sub })).stdout).error;
    expect([abs.file, abs.relativeFile]).toEqual([path.join(dir, "pairs.tsv"), "../pairs.tsv"]);
    const stdin = JSON.parse((await run(["check", "--pairs", "-", "--json"], { cwd: sub, stdin: "a\tb\nno tab\n" })).stdout).error;
    expect([stdin.file, stdin.relativeFile, stdin.line]).toEqual(["<stdin>", "<stdin>", 2]);
  });
});

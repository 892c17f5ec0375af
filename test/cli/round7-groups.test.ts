/**
 * Round seven of the CLI as a newcomer meets it: a group of commands (`segments`, `translations`,
 * `glossary`, `users`) named without its command or with a word that is none names its commands, and
 * what a document or a unit's ref given there was probably meant for; `translate`/`check` given a word
 * that is no document name their commands; `history doc:2+9` is refused when 2+9 is not the unit there.
 */
import * as fs from "node:fs";
import { ingestedProject, run } from "../helpers/cli";

const ARTICLE = [
  "Banjir Rendam Jakarta Utara", "",
  "Hujan deras mengguyur Jakarta sejak Senin pagi.", "",
  "Ratusan rumah di Jakarta Utara terendam banjir.", "",
  "Warga mengungsi ke masjid terdekat.", "",
].join("\n");

describe("round seven: groups of commands and unit refs", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => { ({ dir, db } = await ingestedProject({ "banjir.txt": ARTICLE }, "selaras-r7g-")); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("segments with a document instead of an action names the actions and what the document was probably meant for", async () => {
    expect(await run(["segments", "banjir", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: unknown command 'segments banjir': 'selaras segments' takes join, split, unjoin, or suggest\n"
        + "'banjir' is a document; perhaps you meant:\n"
        + "  selaras translate show banjir:<n>   (its unit n, with the English)\n"
        + "  selaras segments suggest banjir   (the joins suggested in it)\n"
        + "  selaras segment <file>   (an article's segments, one per line)\n"
        + "Run 'selaras segments --help' for usage.\n",
    });
    expect(await run(["segments", "banjir:2", "--db", db, "--lang", "id"], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: perintah tak dikenal 'segments banjir:2': 'selaras segments' menerima join, split, unjoin, atau suggest\n"
        + "'banjir:2' menunjuk sebuah unit; mungkin maksud Anda:\n"
        + "  selaras translate show banjir:2   (unit itu dan terjemahan Inggrisnya)\n"
        + "  selaras segments split banjir:2 <offset>   (memecahnya pada posisi karakter tertentu)\n"
        + "  selaras segments unjoin banjir:2   (membatalkan penggabungannya)\n"
        + "Jalankan 'selaras segments --help' untuk petunjuk pemakaian.\n",
    });
    // (a word that is no document: the actions alone; a typo of one: that one)
    expect((await run(["segments", "antrean-merak", "--db", db], { cwd: dir })).stderr).toBe(
      "selaras: unknown command 'segments antrean-merak': 'selaras segments' takes join, split, unjoin, or suggest\nRun 'selaras segments --help' for usage.\n");
    expect((await run(["segments", "splt", "--db", db], { cwd: dir })).stderr).toBe(
      "selaras: unknown command 'segments splt' (did you mean 'segments split'?)\nRun 'selaras segments --help' for usage.\n");
  });

  it("a group without its command names its commands, in both languages, and as JSON under --json", async () => {
    expect(await run(["segments", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "", stderr: "selaras: 'selaras segments' needs one of its commands: join, split, unjoin, or suggest\nRun 'selaras segments --help' for usage.\n",
    });
    expect((await run(["translations", "--lang", "id"], { cwd: dir })).stderr).toBe(
      "selaras: 'selaras translations' memerlukan salah satu perintahnya: export, import, atau merge\nJalankan 'selaras translations --help' untuk petunjuk pemakaian.\n");
    const json = await run(["users", "--json", "--db", db], { cwd: dir });
    expect(json.code).toBe(2);
    expect(JSON.parse(json.stdout).error).toMatchObject({ code: "usage", data: { command: "users", commands: ["add", "list", "remove", "token"] } });
  });

  it("translations, glossary and users given a word name the command that takes it", async () => {
    expect((await run(["translations", "banjir", "--db", db], { cwd: dir })).stderr).toBe(
      "selaras: unknown command 'translations banjir': 'selaras translations' takes export, import, or merge\n"
      + "'banjir' is a document; perhaps you meant:\n  selaras translations export banjir   (writes its translations file)\nRun 'selaras translations --help' for usage.\n");
    expect((await run(["glossary", "banjir", "--db", db, "--lang", "id"], { cwd: dir })).stderr).toBe(
      "selaras: perintah tak dikenal 'glossary banjir': 'selaras glossary' menerima sync, import, export, list, add, set, remove, atau candidates\n"
      + "'banjir' adalah sebuah dokumen; mungkin maksud Anda:\n"
      + "  selaras glossary candidates banjir   (calon istilah di dalamnya)\n"
      + "  selaras glossary list banjir   (konsep yang cocok dengan sebuah teks)\n"
      + "Jalankan 'selaras glossary --help' untuk petunjuk pemakaian.\n");
    expect((await run(["users", "dewi", "--db", db], { cwd: dir })).stderr).toBe(
      "selaras: unknown command 'users dewi': 'selaras users' takes add, list, remove, or token\nperhaps you meant:\n"
      + "  selaras users token dewi   (a new login token for that user)\nRun 'selaras users --help' for usage.\n");
  });

  it("translate and check given a word that is no document name their own commands too", async () => {
    expect(await run(["translate", "hujan", "--db", db], { cwd: dir })).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: no document 'hujan' in the database ('selaras status' lists the documents)\n'selaras translate' takes a document or one of its commands: set or show\n",
    });
    expect((await run(["check", "hujan", "--db", db, "--lang", "id"], { cwd: dir })).stderr).toBe(
      "selaras: tidak ada dokumen 'hujan' di basis data ('selaras status' menampilkan daftar dokumennya)\n'selaras check' menerima sebuah dokumen atau salah satu perintahnya: ignore atau unignore\n");
  });

  it("history of a joined unit refuses a ref typed with a segment outside it (doc:2+9), names the unit, and shows doc:2+3", async () => {
    expect((await run(["segments", "join", "banjir:2", "banjir:3", "--translator", "Ani", "--db", db], { cwd: dir })).code).toBe(0);
    expect(await run(["history", "banjir:2+9", "--db", db], { cwd: dir })).toEqual({ code: 2, stdout: "", stderr: "selaras: banjir:2+9 is not a unit: the unit there is banjir:2+3\n" });
    expect((await run(["history", "banjir:2+9", "--db", db, "--lang", "id"], { cwd: dir })).stderr).toBe("selaras: banjir:2+9 bukan sebuah unit: unit di sana adalah banjir:2+3\n");
    const ok = await run(["history", "banjir:2+3", "--db", db], { cwd: dir });
    expect([ok.code, ok.stdout.split("\n")[0]]).toEqual([0, "banjir:2+3: no rendering yet"]);
    // (a member alone still shows its unit's history)
    expect((await run(["history", "banjir:3", "--db", db], { cwd: dir })).stdout.split("\n")[0]).toBe("banjir:2+3: no rendering yet");
  });
});

describe("round seven: an unknown option near no option", () => {
  it("names the command's own options (translate --as dewi: --translator among them), in both languages", async () => {
    expect(await run(["translate", "--as", "dewi", "--db", "none.db"])).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: unknown option --as ('selaras translate' takes --all, --review, --translator, --propagate)\nRun 'selaras translate --help' for usage.\n",
    });
    expect(await run(["segments", "join", "a:1", "a:2", "--by", "dewi", "--lang", "id"])).toEqual({
      code: 2, stdout: "",
      stderr: "selaras: opsi tak dikenal --by ('selaras segments join' menerima --translator)\nJalankan 'selaras segments join --help' untuk petunjuk pemakaian.\n",
    });
    // (a command with no options of its own: the option alone)
    expect((await run(["status", "--foo"])).stderr).toBe("selaras: unknown option --foo\nRun 'selaras status --help' for usage.\n");
  });
});

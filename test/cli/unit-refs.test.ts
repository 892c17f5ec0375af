/**
 * Commands that take a unit name it as the session and `status` show it: `segments join` and
 * `unjoin` take a joined unit's own reference (`doc:1+2`) as well as any of its segments, refuse one
 * that is not the unit there (exit 2, nothing changed), and their help, as `history`'s, says "unit
 * reference" in both languages.
 */
import * as fs from "node:fs";
import { PassThrough } from "node:stream";
import { dumpDb, ingestedProject, run } from "../helpers/cli";

const ARTICLE = "Presiden membuka rapat kabinet di Jakarta. Rapat membahas anggaran negara. Menteri keuangan hadir.\n";

describe("unit references in segments join / unjoin", () => {
  let dir: string, db: string;
  beforeEach(async () => ({ dir, db } = await ingestedProject({ "rapat.txt": ARTICLE })));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (...argv: string[]) => run([...argv, "--db", db, "--translator", "Ani"], { cwd: dir });

  it("joins a joined unit with the next by the unit's reference", async () => {
    expect((await cli("segments", "join", "rapat:1", "rapat:2")).code).toBe(0);
    expect(await cli("segments", "join", "rapat:1+2", "rapat:3")).toEqual({ code: 0, stderr: "",
      stdout: "joined: rapat:1+2+3\n  Presiden membuka rapat kabinet di Jakarta. Rapat membahas anggaran negara. Menteri keuangan hadir.\n" });
  });

  it("refuses a reference that is not the unit there, in English and Indonesian; the database unchanged", async () => {
    expect((await cli("segments", "join", "rapat:1", "rapat:2")).code).toBe(0);
    const before = dumpDb(db);
    expect(await cli("segments", "join", "rapat:1+3", "rapat:3")).toEqual({ code: 2, stdout: "", stderr: "selaras: rapat:1+3 is not a unit: the unit there is rapat:1+2\n" });
    expect(await cli("segments", "unjoin", "rapat:1+3", "--lang", "id")).toEqual({ code: 2, stdout: "", stderr: "selaras: rapat:1+3 bukan sebuah unit: unit di sana adalah rapat:1+2\n" });
    expect(dumpDb(db)).toBe(before);
    // (the unit's own reference, or any of its segments, is undone)
    expect(await cli("segments", "unjoin", "rapat:1+2")).toEqual({ code: 0, stderr: "", stdout: "unjoined rapat:1+2 → rapat:1, rapat:2\n" });
  });
});

describe("help: a unit, not a segment, where a command takes a unit", () => {
  // (yargs wraps at 100 columns: the positionals' lines, one space between words)
  const positionals = async (command: string, lang: string) => {
    const help = (await run([...command.split(" "), "--help", "--lang", lang])).stdout;
    return help.slice(help.indexOf(lang === "en" ? "Positionals:" : "Posisional:"), help.search(/\n\n(Options|Opsi):/)).replace(/\s+/g, " ");
  };
  it.each(["history", "segments join", "segments unjoin"])("%s", async (command) => {
    const names = command === "segments join" ? ["a", "b"] : ["ref"];
    expect(await positionals(command, "en")).toBe(["Positionals:", ...names.map((n) => `${n} unit reference: <document>:<n> (1-based; a joined unit <document>:<n>+<m> or any of its segments) or a segment id [string] [required]`)].join(" "));
    expect(await positionals(command, "id")).toBe(["Posisional:", ...names.map((n) => `${n} rujukan unit: <dokumen>:<n> (mulai dari 1; unit gabungan <dokumen>:<n>+<m> atau salah satu segmennya) atau id segmen [teks] [wajib]`)].join(" "));
  });
});

describe("the session names what it moves between, joins and splits: units and segments", () => {
  let dir: string, db: string;
  beforeAll(async () => ({ dir, db } = await ingestedProject({ "rapat.txt": ARTICLE })));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const session = (lang: string) => run(["translate", "rapat", "--db", db, "--lang", lang], { cwd: dir, stdin: ":back\n:go 99\n:help\n:q\n" });

  it.each([
    ["en", "  already at the first unit\n", "  no unit '99' to go to in this session (':go 12' for the unit of segment 12 of this document, ':go <document>:12')\n",
      ["  :skip, :s            leave this unit for later", "  :back, :b            go back to the previous unit", "  :go N                go to the unit of segment N of this document (one already translated too)"],
      ["  :join, :j            join this unit with the next one (render them as one; the two parts", "  :unjoin, :u          undo a join: the segments become units of their own, each with its", "  :split <words|N>     split this unit before <words> (or at character N); shows the two"]],
    ["id", "  sudah di unit pertama\n", "  tidak ada unit '99' yang bisa dituju di sesi ini (':go 12' untuk unit segmen 12 dokumen ini, ':go <dokumen>:12')\n",
      ["  :skip, :s            tinggalkan unit ini untuk nanti", "  :back, :b            kembali ke unit sebelumnya", "  :go N                pergi ke unit segmen N dokumen ini (juga yang sudah diterjemahkan)"],
      ["  :join, :j            gabungkan unit ini dengan unit berikutnya (diterjemahkan sebagai satu;", "  :unjoin, :u          batalkan gabungan: tiap segmen menjadi unit sendiri, masing-masing dengan", "  :split <kata|N>      pisahkan unit ini sebelum <kata> (atau pada karakter ke-N); kedua bagian"]],
  ])("%s", async (lang, atStart, badGo, moves, edits) => {
    const r = await session(lang);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toContain(atStart);
    expect(r.stdout).toContain(badGo);
    expect(r.stdout).toContain(moves.join("\n") + "\n");
    for (const line of edits) expect(r.stdout).toContain(line + "\n");
  });
});

describe("the session's last line counts English kept as a draft at Ctrl-C", () => {
  it.each([
    ["en", "  kept as a draft of rapat:1 (not confirmed; ':edit' takes it up next time): The president opened\n\nSession over: 1 kept as a draft.\n3 sentences still to translate.\n"],
    ["id", "  disimpan sebagai draf rapat:1 (belum dikonfirmasi; ':edit' melanjutkannya lain kali): The president opened\n\nSesi selesai: 1 disimpan sebagai draf.\n3 kalimat masih perlu diterjemahkan.\n"],
  ])("%s: not 'nothing saved' under the line that says it was kept; --json keptDrafts", async (lang, end) => {
    const { dir, db } = await ingestedProject({ "rapat.txt": ARTICLE });
    try {
      const keys = new PassThrough();
      const session = run(["translate", "rapat", "--db", db, "--translator", "Ani", "--lang", lang], { cwd: dir, stdin: keys, stdinIsTTY: true, isTTY: true, terminal: new PassThrough().resume(), env: { NO_COLOR: "1" } });
      for (const k of ["The president opened", "\x03", "\x03"]) { keys.write(k); await new Promise((r) => setTimeout(r, 20)); }
      const r = await session;
      expect([r.code, r.stderr]).toEqual([0, ""]);
      expect(r.stdout.endsWith(end)).toBe(true);
      const show = JSON.parse((await run(["translate", "show", "rapat:1", "--db", db, "--json"], { cwd: dir })).stdout);
      expect(show.rendering).toMatchObject({ text: "The president opened", status: "draft" });
      // (the summary under --json counts it too)
      const keys2 = new PassThrough();
      const json = run(["translate", "rapat:2", "--db", db, "--translator", "Ani", "--json"], { cwd: dir, stdin: keys2, stdinIsTTY: true, isTTY: true, terminal: new PassThrough().resume() });
      for (const k of ["The meeting", "\x03", "\x03"]) { keys2.write(k); await new Promise((r) => setTimeout(r, 20)); }
      expect(JSON.parse((await json).stdout)).toEqual({ saved: 0, confirmed: 0, skipped: 0, propagated: 0, keptDrafts: 1, remaining: 3, refused: 0, unsavedNotes: 0, reason: "end-of-input" });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

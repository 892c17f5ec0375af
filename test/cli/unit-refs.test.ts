/**
 * Commands that take a unit name it as the session and `status` show it: `segments join` and
 * `unjoin` take a joined unit's own reference (`doc:1+2`) as well as any of its segments, refuse one
 * that is not the unit there (exit 2, nothing changed), and their help, as `history`'s, says "unit
 * reference" in both languages.
 */
import * as fs from "node:fs";
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

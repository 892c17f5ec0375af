/**
 * The glossary commands as a user runs them: sync, import, export, list, add, remove, terms; exit codes,
 * messages naming file and line, and the database left unchanged when a glossary file is bad.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, sharedPath, tempDir } from "../helpers/cli";

const SCHEMA = sharedPath("schemas", "TBXcoreStructV03.rng");
const FIX = path.join(__dirname, "fixtures");
const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n";

function workspace(): { dir: string; db: string } {
  const dir = tempDir("selaras-glossary-");
  fs.mkdirSync(path.join(dir, "glossary"));
  fs.writeFileSync(path.join(dir, "glossary", "a.tsv"), HEADER +
    "north-korea\tKorea Utara | =Korut {informal}\t=North Korea\t=North Korean\tNorthern Korea\n" +
    "united-states\tAmerika Serikat | =AS {abbr}\t=United States | =US\t=U.S.\n");
  fs.writeFileSync(path.join(dir, "glossary", "b.tsv"), HEADER +
    "dmz\t=DMZ {abbr}\t\t\t\tdnt\n" +
    "white-house\t=Gedung Putih\t=White House\n");
  return { dir, db: path.join(dir, "s.db") };
}

describe("selaras glossary sync", () => {
  it("loads glossary/ into the database and reports what changed", async () => {
    const { dir, db } = workspace();
    const first = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([first.code, first.stdout, first.stderr]).toEqual([0, "Glossary synced: 4 concepts from 2 files (4 added, 0 changed, 0 removed).\n", ""]);
    fs.appendFileSync(path.join(dir, "glossary", "b.tsv"), "kcna\t=KCNA\t\t\t\tdnt\n");
    fs.writeFileSync(path.join(dir, "glossary", "a.tsv"), HEADER + "north-korea\tKorea Utara\t=North Korea\n");
    const again = await run(["glossary", "sync", "--db", db, "--json"], { cwd: dir });
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)).toEqual({
      files: ["glossary/a.tsv", "glossary/b.tsv"], concepts: 4, added: ["kcna"], changed: ["north-korea"], removed: ["united-states"], unchanged: 2,
    });
    const list = await run(["glossary", "list", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(list.stdout).map((c: { id: string }) => c.id)).toEqual(["north-korea", "dmz", "white-house", "kcna"]);
  });

  it("names the file and line of a bad glossary, exits 2 and leaves the database unchanged", async () => {
    const { dir, db } = workspace();
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    const before = dumpDb(db);
    fs.appendFileSync(path.join(dir, "glossary", "b.tsv"), "korut\tkorut\tNorth Korea\n");
    const r = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: glossary/b.tsv:4: source form 'korut' of 'korut' is already a source form of 'north-korea' ('Korut', glossary/a.tsv:2)\n");
    expect(dumpDb(db)).toBe(before);
  });

  it("says so when glossary/ changed since the database's copy was synced (check, terms, list, audit, the session); sync makes it go", async () => {
    const { dir, db } = workspace();
    fs.writeFileSync(path.join(dir, "berita.txt"), "Judul\n\nKorea Utara menembakkan rudal.\n");
    expect((await run(["ingest", "berita.txt", "--db", db], { cwd: dir })).code).toBe(0);
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    const NOTE = "note: glossary/ has changed since it was last synced into the database; this command uses the database's copy. Run 'selaras glossary sync' (or npm start) to use the new one.\n";
    const commands = [["check"], ["terms", "Korea Utara"], ["glossary", "list"], ["audit"], ["translate", "berita"]];
    for (const argv of commands) expect((await run([...argv, "--db", db], { cwd: dir, stdin: ":q\n" })).stderr).not.toContain("note:");
    fs.writeFileSync(path.join(dir, "glossary", "a.tsv"), HEADER + "north-korea\tKorea Utara\t=DPRK\n");
    for (const argv of commands) expect((await run([...argv, "--db", db], { cwd: dir, stdin: ":q\n" })).stderr).toContain(NOTE);
    const json = await run(["check", "--format", "json", "--db", db], { cwd: dir });
    expect(JSON.parse(json.stdout).glossary).toEqual({ concepts: 4, from: "database", outdated: true });
    // (a glossary named with --glossary is the one used: nothing to say)
    expect((await run(["check", "--glossary", "glossary", "--db", db], { cwd: dir })).stderr).toBe("");
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    for (const argv of commands) expect((await run([...argv, "--db", db], { cwd: dir, stdin: ":q\n" })).stderr).not.toContain("note:");
  });

  it("speaks Indonesian when asked", async () => {
    const { dir, db } = workspace();
    fs.appendFileSync(path.join(dir, "glossary", "b.tsv"), "gedung\tgedung\n");
    const r = await run(["glossary", "sync", "--db", db, "--lang", "id"], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "selaras: glossary/b.tsv:4: konsep 'gedung' tidak punya padanan bahasa Inggris yang dibolehkan dan tidak ditandai dnt (jangan diterjemahkan)\n"]);
  });

  it("is a step of the pipeline", async () => {
    const { dir, db } = workspace();
    const r = await run(["pipeline", "--db", db, "--json"], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).glossary).toEqual({
      files: [path.join(".", "glossary", "a.tsv"), path.join(".", "glossary", "b.tsv")].map((f) => path.normalize(f)), concepts: 4,
      added: ["north-korea", "united-states", "dmz", "white-house"], changed: [], removed: [], unchanged: 0,
    });
  });
});

describe("selaras glossary import / add / remove (the files are the source of truth)", () => {
  it("converts an OmegaT glossary into glossary/<name>.tsv and syncs", async () => {
    const { dir, db } = workspace();
    fs.rmSync(path.join(dir, "glossary", "a.tsv"));
    fs.writeFileSync(path.join(dir, "glossary", "b.tsv"), HEADER + "dmz\t=DMZ {abbr}\t\t\t\tdnt\n");
    const r = await run(["glossary", "import", path.join(FIX, "omegat.txt"), "--db", db], { cwd: dir });
    expect(r.code).toBe(0);
    expect(r.stdout).toBe("Imported 3 concepts into glossary/omegat.tsv.\nGlossary synced: 4 concepts from 2 files (4 added, 0 changed, 0 removed).\n");
    expect(fs.readFileSync(path.join(dir, "glossary", "omegat.tsv"), "utf8")).toBe(
      "# Imported from omegat.txt by 'selaras glossary import'.\n" + HEADER.replace(/\n$/, "") + "\n" +
      "korea-utara\tKorea Utara\tNorth Korea\tDPRK\t\t\t\t\tnegara di utara Semenanjung Korea\n" +
      "gedung-putih\tGedung Putih\tWhite House\n" +
      "rudal-balistik\trudal balistik\tballistic missile\t\t\t\t\t\tsering jamak\n",
    );
  });

  it("converts a spreadsheet's CSV term list into glossary/<name>.tsv; malformed CSV writes nothing (exit 2, file and line)", async () => {
    const { dir, db } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    fs.writeFileSync(path.join(dir, "Istilah BPS.csv"), "\ufeffIndonesian;English;Note\r\nBadan Pusat Statistik;Statistics Indonesia;\"BPS; resmi\"\r\n");
    const r = await run(["glossary", "import", "Istilah BPS.csv", "--db", db], { cwd: dir });
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "Imported 1 concept into glossary/istilah-bps.tsv."]);
    expect(fs.readFileSync(path.join(dir, "glossary", "istilah-bps.tsv"), "utf8")).toBe(
      "# Imported from Istilah BPS.csv by 'selaras glossary import'.\n" + HEADER.replace(/\n$/, "") + "\n" +
      "badan-pusat-statistik\tBadan Pusat Statistik\tStatistics Indonesia\t\t\t\t\t\tBPS; resmi\n",
    );
    const before = dumpDb(db);
    fs.writeFileSync(path.join(dir, "bad.csv"), "Indonesian,English\nKorea Utara,North Korea\n\"Gedung Putih,White House\n");
    const bad = await run(["glossary", "import", "bad.csv", "--db", db], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, "selaras: bad.csv:3: malformed CSV: Quote Not Closed: the parsing is finished with an opening quote at line 3\n"]);
    expect(fs.existsSync(path.join(dir, "glossary", "bad.tsv"))).toBe(false);
    expect(dumpDb(db)).toBe(before);
  });

  it("keeps an imported file inside the glossary folder whatever --name says", async () => {
    const { dir, db } = workspace();
    fs.rmSync(path.join(dir, "glossary"), { recursive: true });
    const r = await run(["glossary", "import", path.join(FIX, "omegat.txt"), "--name", "../../Evil Name", "--db", db], { cwd: dir });
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "Imported 3 concepts into glossary/evil-name.tsv."]);
    expect(fs.readdirSync(path.join(dir, "glossary"))).toEqual(["evil-name.tsv"]);
  });

  it("refuses an import that clashes with glossary/ and writes nothing", async () => {
    const { dir, db } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    const before = dumpDb(db);
    const r = await run(["glossary", "import", path.join(FIX, "omegat-v2.tbx"), "--db", db], { cwd: dir });
    expect(r.code).toBe(2);
    // (named by the imported file's own line: glossary/omegat-v2.tsv is never written)
    expect(r.stderr).toBe(`selaras: ${path.join(FIX, "omegat-v2.tbx")}:11: source form 'Korea Utara' of 'korea-utara' is already a source form of 'north-korea' ('Korea Utara', glossary/a.tsv:2)\n`);
    expect(fs.existsSync(path.join(dir, "glossary", "omegat-v2.tsv"))).toBe(false);
    expect(dumpDb(db)).toBe(before);
  });

  it("refuses an entity bomb (exit 2, file and line)", async () => {
    const { dir, db } = workspace();
    const r = await run(["glossary", "import", path.join(FIX, "billion-laughs.tbx"), "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${path.join(FIX, "billion-laughs.tbx")}:3: refused: the document declares entities in a DOCTYPE (entity expansion and external entities are never processed)\n`]);
  });

  it("adds a concept line to glossary/terms.tsv and removes it again", async () => {
    const { dir, db } = workspace();
    const add = await run([
      "glossary", "add", "kremlin", "--source", "=Kremlin", "--dnt", "--pos", "proper noun", "--note", "Russian presidency", "--db", db,
    ], { cwd: dir });
    expect([add.code, add.stdout]).toEqual([0, "Added kremlin to glossary/terms.tsv.\nGlossary synced: 5 concepts from 3 files (5 added, 0 changed, 0 removed).\n"]);
    const add2 = await run(["glossary", "add", "summit", "--source", "=KTT {abbr}", "--source", "pertemuan puncak", "--preferred", "summit", "--forbidden", "peak meeting", "--db", db], { cwd: dir });
    expect(add2.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "glossary", "terms.tsv"), "utf8")).toBe(
      HEADER + "kremlin\t=Kremlin\t\t\t\tdnt\tproper noun\t\tRussian presidency\n" + "summit\t=KTT {abbr} | pertemuan puncak\tsummit\t\tpeak meeting\n",
    );
    const rm = await run(["glossary", "remove", "kremlin", "--db", db], { cwd: dir });
    expect([rm.code, rm.stdout]).toEqual([0, "Removed kremlin from glossary/terms.tsv.\nGlossary synced: 5 concepts from 3 files (0 added, 0 changed, 1 removed).\n"]);
    expect(fs.readFileSync(path.join(dir, "glossary", "terms.tsv"), "utf8")).toBe(HEADER + "summit\t=KTT {abbr} | pertemuan puncak\tsummit\t\tpeak meeting\n");
    const a = await run(["glossary", "remove", "a.tsv-line", "--db", db], { cwd: dir });
    expect([a.code, a.stderr]).toEqual([2, "selaras: no concept 'a.tsv-line' in glossary/ ('selaras glossary list' lists the concepts)\n"]);
  });

  it("refuses to add a concept that breaks a rule, leaving the file as it was", async () => {
    const { dir, db } = workspace();
    const r = await run(["glossary", "add", "usa", "--source", "AS", "--preferred", "USA", "--db", db], { cwd: dir });
    expect(r.code).toBe(2);
    // (glossary/terms.tsv:2 was never written: the flag is named, and the real file and line of the concept that has the form)
    expect(r.stderr).toBe("selaras: glossary add --source: source form 'AS' of 'usa' is already a source form of 'united-states' ('AS', glossary/a.tsv:3)\n");
    expect(fs.existsSync(path.join(dir, "glossary", "terms.tsv"))).toBe(false);
  });
});

describe("selaras glossary add: a bad value is named by its flag or argument (there is no file and line yet)", () => {
  const ID = { SELARAS_LANG: "id" };
  it.each([
    [["Bad_Id", "--source", "bank", "--preferred", "bank"],
      "selaras: glossary add <id>: bad concept id 'Bad_Id' (kebab-case: lower-case letters, digits and hyphens, starting with a letter)\n",
      "selaras: glossary add <id>: id konsep 'Bad_Id' tidak sah (huruf kecil, angka, dan tanda hubung, diawali huruf)\n"],
    [["bank", "--source", "bank {xyz}", "--preferred", "bank"],
      "selaras: glossary add --source: unknown term kind 'xyz' (use abbr, informal, variant or full)\n",
      "selaras: glossary add --source: jenis istilah 'xyz' tidak dikenal (gunakan abbr, informal, variant, atau full)\n"],
    [["bank", "--source", "=", "--preferred", "bank"],
      "selaras: glossary add --source: an empty term\n",
      "selaras: glossary add --source: istilah kosong\n"],
    [["bank", "--source", "", "--preferred", "bank"],
      "selaras: glossary add --source: concept 'bank' has no Indonesian source form\n",
      "selaras: glossary add --source: konsep 'bank' tidak punya bentuk sumber bahasa Indonesia\n"],
    [["bank", "--source", "bank", "--preferred", "bank", "--forbidden", "lender >"],
      "selaras: glossary add --forbidden: an empty term\n",
      "selaras: glossary add --forbidden: istilah kosong\n"],
    [["bank", "--source", "bank"],
      "selaras: glossary add --preferred: concept 'bank' has no allowed English rendering and is not marked dnt (do not translate)\n",
      "selaras: glossary add --preferred: konsep 'bank' tidak punya padanan bahasa Inggris yang dibolehkan dan tidak ditandai dnt (jangan diterjemahkan)\n"],
    [["bank", "--source", "bank", "--preferred", "bank", "--forbidden", "Bank"],
      "selaras: glossary add --forbidden: 'Bank' of 'bank' is both forbidden and allowed\n",
      "selaras: glossary add --forbidden: 'Bank' milik 'bank' dilarang sekaligus dibolehkan\n"],
  ])("glossary add %j: exit 2, the flag named in both languages, nothing written", async (args, en, id) => {
    const { dir, db } = workspace();
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    const before = dumpDb(db);
    const r = await run(["glossary", "add", ...args, "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", en]);
    const ri = await run(["glossary", "add", ...args, "--db", db], { cwd: dir, env: ID });
    expect([ri.code, ri.stderr]).toEqual([2, id]);
    const dry = await run(["glossary", "add", ...args, "--dry-run", "--db", db], { cwd: dir });
    expect([dry.code, dry.stderr]).toEqual([2, en]);
    expect(fs.existsSync(path.join(dir, "glossary", "terms.tsv"))).toBe(false);
    expect(dumpDb(db)).toBe(before);
  });

  it("--json keeps the file's error code and names the field instead of a file and line", async () => {
    const { dir, db } = workspace();
    const r = await run(["glossary", "add", "Bad_Id", "--source", "bank", "--preferred", "bank", "--db", db, "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout)).toEqual({ error: {
      code: "glossary-bad-id",
      message: "glossary add <id>: bad concept id 'Bad_Id' (kebab-case: lower-case letters, digits and hyphens, starting with a letter)",
      file: null, relativeFile: null, line: null, column: null, data: { entry: "Bad_Id", field: "id", command: "glossary add" },
    } });
  });

  it("a bad line of a glossary file still names the file and line", async () => {
    const { dir, db } = workspace();
    fs.appendFileSync(path.join(dir, "glossary", "b.tsv"), "Bad_Id\tbank\tbank\n");
    const r = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "selaras: glossary/b.tsv:4: bad concept id 'Bad_Id' (kebab-case: lower-case letters, digits and hyphens, starting with a letter)\n"]);
  });
});

describe("selaras glossary export / list", () => {
  it("exports TBX v3 that validates, from glossary/ when there is no database", async () => {
    const { dir, db } = workspace();
    const out = path.join(dir, "g.tbx");
    const r = await run(["glossary", "export", "--format", "tbx", "--out", out, "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, `Exported 4 concepts to ${out}.\n`, ""]);
    expect(fs.existsSync(db)).toBe(false);
    expect(execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBe("");
  });

  it("exports canonical TSV on standard output", async () => {
    const { dir, db } = workspace();
    const r = await run(["glossary", "export", "--db", db], { cwd: dir });
    expect(r.stdout).toBe(HEADER +
      "north-korea\tKorea Utara | =Korut {informal}\t=North Korea\t=North Korean\tNorthern Korea\n" +
      "united-states\tAmerika Serikat | =AS {abbr}\t=United States | =US\t=U.S.\n" +
      "dmz\t=DMZ {abbr}\t\t\t\tdnt\n" +
      "white-house\t=Gedung Putih\t=White House\n");
  });

  it("lists concepts for a reader", async () => {
    const { dir, db } = workspace();
    const r = await run(["glossary", "list", "--db", db], { cwd: dir });
    expect(r.stdout).toBe([
      "north-korea\tKorea Utara | =Korut → North Korea\talso: North Korean\tnever: Northern Korea",
      "united-states\tAmerika Serikat | =AS → United States | US\talso: U.S.",
      "dmz\t=DMZ → (do not translate)",
      "white-house\t=Gedung Putih → White House",
      "4 concepts (from glossary).",
      "",
    ].join("\n"));
  });
});

describe("selaras terms", () => {
  it("prints the matches as JSON with UTF-16 offsets and the glossary form", async () => {
    const { dir, db } = workspace();
    const r = await run(["terms", "Hubungan Rusia–Korea Utara, 👉 DMZ-nya dan as roda.", "--json", "--db", db], { cwd: dir });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual([
      {
        start: 15, end: 26, text: "Korea Utara", source: "Korea Utara", entry: "north-korea", dnt: false,
        renderings: [
          { text: "North Korea", status: "preferred", caseSensitive: true },
          { text: "North Korean", status: "admitted", caseSensitive: true },
          { text: "Northern Korea", status: "forbidden", caseSensitive: false, replacement: "North Korea" },
        ],
      },
      { start: 31, end: 34, text: "DMZ", source: "DMZ", entry: "dmz", dnt: true, renderings: [] },
    ]);
  });

  it("reads standard input with '-' and prefers the database's glossary once synced", async () => {
    const { dir, db } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    fs.rmSync(path.join(dir, "glossary"), { recursive: true });
    const r = await run(["terms", "-", "--db", db], { cwd: dir, stdin: "Korut dan AS di Gedung Putih.\n" });
    expect([r.code, r.stdout]).toEqual([0, [
      "0-5  Korut → North Korea  (north-korea)",
      "10-12  AS → United States | US  (united-states)",
      "16-28  Gedung Putih → White House  (white-house)",
      "3 terms found.",
      "",
    ].join("\n")]);
  });

  it("leaves out a person's initials and an acronym inside a company's name, as the checks do", async () => {
    const { dir, db } = workspace();
    const r = await run(["terms", "Tersangka berinisial AS (34) dari PT AS Teknologi ditangkap di AS.", "--db", db], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, "63-65  AS → United States | US  (united-states)\n1 term found.\n"]);
    const en = await run(["terms", "--english", "The suspect AS (34) was held in the US.", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(en.stdout).map((t: { text: string; start: number }) => [t.text, t.start])).toEqual([["US", 36]]);
  });

  it("finds renderings in English with --english", async () => {
    const { dir, db } = workspace();
    const r = await run(["terms", "--english", "North Korea's ties with the U.S. and the White House", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(r.stdout)).toEqual([
      { start: 0, end: 11, text: "North Korea", rendering: "North Korea", entry: "north-korea", status: "preferred" },
      { start: 28, end: 32, text: "U.S.", rendering: "U.S.", entry: "united-states", status: "admitted" },
      { start: 41, end: 52, text: "White House", rendering: "White House", entry: "white-house", status: "preferred" },
    ]);
  });

  it("uses --glossary when given, and says when there is no glossary at all", async () => {
    const dir = tempDir();
    const r = await run(["terms", "Korea Utara", "--glossary", path.join(FIX, "omegat.txt"), "--json", "--db", path.join(dir, "x.db")], { cwd: dir });
    expect(JSON.parse(r.stdout).map((m: { entry: string }) => m.entry)).toEqual(["korea-utara"]);
    const none = await run(["terms", "Korea Utara", "--db", path.join(dir, "x.db")], { cwd: dir });
    expect([none.code, none.stderr]).toEqual([2, "selaras: No glossary: the database holds none and the folder 'glossary' does not exist (use --glossary or 'selaras glossary sync')\n"]);
  });
});

describe("--glossary <folder> given by hand", () => {
  it("is refused when the folder holds no glossary file (terms, align, check --pairs, glossary list), while glossary sync accepts an empty folder", async () => {
    const { dir, db } = workspace();
    const empty = path.join(dir, "empty");
    fs.mkdirSync(empty);
    fs.writeFileSync(path.join(dir, "pairs.tsv"), "Korea Utara menembak.\tNorth Korea fired.\n");
    fs.writeFileSync(path.join(dir, "id.txt"), "Korea Utara menembak.\n");
    fs.writeFileSync(path.join(dir, "en.txt"), "North Korea fired.\n");
    const message = `selaras: ${empty}: no glossary file in this folder (.tsv, .tbx, or OmegaT's .txt/.tab/.utf8); give a glossary file or the folder that holds them\n`;
    for (const argv of [
      ["terms", "Korea Utara menembak.", "--glossary", empty],
      ["align", path.join(dir, "id.txt"), path.join(dir, "en.txt"), "--glossary", empty],
      ["check", "--pairs", path.join(dir, "pairs.tsv"), "--glossary", empty],
      ["glossary", "list", "--glossary", empty],
    ]) {
      const r = await run([...argv, "--db", db], { cwd: dir });
      expect([argv[0], r.code, r.stdout, r.stderr]).toEqual([argv[0], 2, "", message]);
    }
    // the same folder with a glossary file in it works
    fs.copyFileSync(path.join(dir, "glossary", "a.tsv"), path.join(empty, "a.tsv"));
    const ok = await run(["terms", "Korea Utara menembak.", "--glossary", empty, "--json", "--db", db], { cwd: dir });
    expect(ok.code).toBe(0);
    expect(JSON.parse(ok.stdout).map((t: { entry: string; text: string }) => [t.entry, t.text])).toEqual([["north-korea", "Korea Utara"]]);
    fs.rmSync(path.join(empty, "a.tsv"));
    const sync = await run(["glossary", "sync", "--dir", empty, "--db", db], { cwd: dir });
    expect(sync.code).toBe(0);
  });
});

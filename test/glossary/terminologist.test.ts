/**
 * The terminologist's commands as a person runs them: `glossary list <text>`, `glossary set`,
 * `--dry-run` on import/add/set/remove, `glossary import` that never overwrites a file without
 * `--replace`, and the glossary-file errors (duplicate TBX ids, a file with no concepts, an ambiguous
 * TSV header). Exit codes, exact messages, file bytes and database state after each command.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";

const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n";
const A = HEADER +
  "north-korea\tKorea Utara | =Korut {informal}\t=North Korea\t=North Korean\tNorthern Korea\n" +
  "united-states\tAmerika Serikat | =AS {abbr}\t=United States | =US\t=U.S.\n";
const B = "# Organisations (kept byte for byte by 'glossary set').\r\n" + HEADER.replace("\n", "\r\n") +
  "kcna\t=KCNA {abbr}\t\t=Korean Central News Agency\t\tdnt\tproper noun\torg\tNorth Korea's state news agency.\r\n" +
  "# the next one is often misspelt\r\n" +
  "white-house\t=Gedung Putih\t=White House\t\t\t\tproper noun\tpolitics\tCapitalised only.\tdi Gedung Putih\r\n" +
  "pyongyang\tPyongyang\t\t\tPyeongyang\tdnt\n";

function workspace(): { dir: string; db: string; g: (f: string) => string } {
  const dir = tempDir("selaras-terms-");
  fs.mkdirSync(path.join(dir, "glossary"));
  fs.writeFileSync(path.join(dir, "glossary", "a.tsv"), A);
  fs.writeFileSync(path.join(dir, "glossary", "b.tsv"), B);
  return { dir, db: path.join(dir, "s.db"), g: (f) => path.join(dir, "glossary", f) };
}

const ARTICLE = [
  "Kunjungan ke Pyongyang",
  "",
  "Korea Utara dan AS bertemu di Gedung Putih.",
  "",
  "KCNA melaporkan pertemuan itu dari Pyongyang.",
  "",
].join("\n");

/** A workspace with a database: the glossary synced, one article ingested and translated. */
async function translated(): Promise<ReturnType<typeof workspace>> {
  const w = workspace();
  fs.writeFileSync(path.join(w.dir, "kunjungan.txt"), ARTICLE);
  expect((await run(["ingest", "kunjungan.txt", "--db", w.db], { cwd: w.dir })).code).toBe(0);
  expect((await run(["glossary", "sync", "--db", w.db], { cwd: w.dir })).code).toBe(0);
  for (const [ref, text] of [
    ["kunjungan:1", "Visit to Pyongyang"],
    ["kunjungan:2", "North Korea and the U.S. met at the White House."],
    ["kunjungan:3", "KCNA reported the meeting from Pyongyang."],
  ]) {
    const r = await run(["translate", "set", ref!, text!, "--db", w.db], { cwd: w.dir });
    expect([ref, r.code, r.stderr]).toEqual([ref, 0, ""]);
  }
  return w;
}

describe("glossary list <text>", () => {
  it("finds concepts by source form, rendering, id or note, ignoring case and accents, and shows admitted renderings", async () => {
    const { dir, db } = workspace();
    const bySource = await run(["glossary", "list", "korut", "--db", db], { cwd: dir });
    expect([bySource.code, bySource.stdout]).toEqual([0,
      "north-korea\tKorea Utara | =Korut → North Korea\talso: North Korean\tnever: Northern Korea\n" +
      "1 of 5 concepts matching 'korut' (from glossary).\n"]);
    const byAdmitted = await run(["glossary", "list", "u.s.", "--db", db], { cwd: dir });
    expect(byAdmitted.stdout).toBe("united-states\tAmerika Serikat | =AS → United States | US\talso: U.S.\n1 of 5 concepts matching 'u.s.' (from glossary).\n");
    // accents in the query (or the glossary) do not matter; a forbidden rendering and a note are searched too
    const accented = await run(["glossary", "list", "PYEÓNGYANG", "--db", db], { cwd: dir });
    expect(accented.stdout).toBe("pyongyang\tPyongyang → (do not translate)\tnever: Pyeongyang\n1 of 5 concepts matching 'PYEÓNGYANG' (from glossary).\n");
    const byNote = await run(["glossary", "list", "state news", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(byNote.stdout).map((c: { id: string }) => c.id)).toEqual(["kcna"]);
    const byId = await run(["glossary", "list", "white-h", "--db", db], { cwd: dir });
    expect(byId.stdout.split("\n")[0]).toBe("white-house\t=Gedung Putih → White House");
    const none = await run(["glossary", "list", "Moskwa", "--db", db], { cwd: dir });
    expect([none.code, none.stdout]).toEqual([0, "0 of 5 concepts matching 'Moskwa' (from glossary).\n"]);
  });
});

describe("glossary set <id>", () => {
  it("changes only the cells given, in the file that holds the concept; every other byte stays", async () => {
    const { dir, db, g } = workspace();
    const r = await run(["glossary", "set", "white-house", "--admitted", "=the White House", "--note", "Capitalised only; 'Istana' is not it.", "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "Updated white-house in glossary/b.tsv.\nGlossary synced: 5 concepts from 2 files (5 added, 0 changed, 0 removed).\n", ""]);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B.replace(
      "white-house\t=Gedung Putih\t=White House\t\t\t\tproper noun\tpolitics\tCapitalised only.\tdi Gedung Putih\r\n",
      "white-house\t=Gedung Putih\t=White House\t=the White House\t\t\tproper noun\tpolitics\tCapitalised only; 'Istana' is not it.\tdi Gedung Putih\r\n"));
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(A);
    const list = await run(["glossary", "list", "white", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(list.stdout)[0].renderings).toEqual([
      { text: "White House", status: "preferred", caseSensitive: true },
      { text: "the White House", status: "admitted", caseSensitive: true },
    ]);
  });

  it("replaces a whole list, clears a cell with an empty value, toggles dnt, and grows a short row", async () => {
    const { dir, db, g } = workspace();
    expect((await run(["glossary", "set", "kcna", "--no-dnt", "--preferred", "=KCNA", "--admitted", "", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toContain("\r\nkcna\t=KCNA {abbr}\t=KCNA\t\t\t\tproper noun\torg\tNorth Korea's state news agency.\r\n");
    expect((await run(["glossary", "set", "pyongyang", "--domain", "geo", "--example", "tiba di Pyongyang", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("b.tsv"), "utf8").endsWith("\npyongyang\tPyongyang\t\t\tPyeongyang\tdnt\t\tgeo\t\ttiba di Pyongyang\n")).toBe(true);
    expect((await run(["glossary", "set", "united-states", "--source", "Amerika Serikat", "--source", "=AS {abbr}", "--source", "=Amrik {informal}", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(A.replace("Amerika Serikat | =AS {abbr}\t", "Amerika Serikat | =AS {abbr} | =Amrik {informal}\t"));
    // --flags replaces the whole flags cell (unknown flags are refused by the file's rules)
    expect((await run(["glossary", "set", "pyongyang", "--flags", "", "--preferred", "Pyongyang", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("b.tsv"), "utf8").endsWith("\npyongyang\tPyongyang\tPyongyang\t\tPyeongyang\t\t\tgeo\t\ttiba di Pyongyang\n")).toBe(true);
    const badFlag = await run(["glossary", "set", "pyongyang", "--flags", "dnt,sometimes", "--db", db], { cwd: dir });
    expect([badFlag.code, badFlag.stderr.replace(/ \(known: .*\)/, "")]).toEqual([2, "selaras: glossary set --flags: unknown flag 'sometimes'\n"]);
  });

  it("adds a column the file's header lacks to the header, and nothing else", async () => {
    const { dir, db, g } = workspace();
    fs.writeFileSync(g("c.tsv"), "id\tsource\tpreferred\nkremlin\t=Kremlin\t=Kremlin\n");
    expect((await run(["glossary", "set", "kremlin", "--note", "the Russian presidency", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("c.tsv"), "utf8")).toBe("id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\nkremlin\t=Kremlin\t=Kremlin\t\t\t\t\t\tthe Russian presidency\n");
  });

  it("refuses a change that breaks a rule, naming file and line, and leaves files and database as they were", async () => {
    const { dir, db, g } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    const before = dumpDb(db);
    const r = await run(["glossary", "set", "white-house", "--source", "=Gedung Putih", "--source", "Korut", "--db", db], { cwd: dir });
    // (the line as it would be was never written: the flag is named, and the file and line of the concept that has the form)
    expect([r.code, r.stderr]).toEqual([2, "selaras: glossary set --source: source form 'Korut' of 'white-house' is already a source form of 'north-korea' ('Korut', glossary/a.tsv:2)\n"]);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B);
    expect(dumpDb(db)).toBe(before);
    const forbidden = await run(["glossary", "set", "north-korea", "--forbidden", "North Korea", "--db", db], { cwd: dir });
    expect([forbidden.code, forbidden.stderr]).toEqual([2, "selaras: glossary set --forbidden: 'North Korea' of 'north-korea' is both forbidden and allowed\n"]);
    const nothing = await run(["glossary", "set", "north-korea", "--db", db], { cwd: dir });
    expect([nothing.code, nothing.stderr]).toEqual([2, "selaras: Nothing to change for 'north-korea': give at least one field (--preferred, --admitted, --note, --dnt …)\n"]);
    const unknown = await run(["glossary", "set", "moskwa", "--note", "x", "--db", db], { cwd: dir });
    expect([unknown.code, unknown.stderr]).toEqual([2, "selaras: no concept 'moskwa' in glossary/ ('selaras glossary list' lists the concepts)\n"]);
    expect(dumpDb(db)).toBe(before);
    const same = await run(["glossary", "set", "north-korea", "--preferred", "=North Korea", "--db", db], { cwd: dir });
    expect([same.code, same.stdout]).toEqual([0, "north-korea in glossary/a.tsv already reads so: nothing changed.\n"]);
  });
});

describe("--dry-run", () => {
  it("set: lists the findings the change would add, by ref and check, and writes nothing", async () => {
    const { dir, db, g } = await translated();
    const before = dumpDb(db);
    const r = await run(["glossary", "set", "north-korea", "--preferred", "=DPRK", "--admitted", "", "--forbidden", "North Korea", "--dry-run", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe([
      "Dry run, nothing written: would update north-korea in glossary/a.tsv.",
      "+ kunjungan:2  error  “North Korea” is a forbidden rendering; use “DPRK”.  (glossary-forbidden-term)",
      "Findings over 3 renderings in the database: 1 added, 0 removed.",
      "",
    ].join("\n"));
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(A);
    expect(dumpDb(db)).toBe(before);
    const json = await run(["glossary", "set", "north-korea", "--preferred", "=DPRK", "--admitted", "", "--forbidden", "North Korea", "--dry-run", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(json.stdout).dryRun).toEqual({
      pairs: 3, removed: [],
      added: [{ ref: "kunjungan:2", checkId: "glossary-forbidden-term", severity: "error", messageId: "forbidden", data: { text: "North Korea", replacement: "DPRK", entry: "north-korea" }, suppressed: false }],
    });
  });

  it("remove and add: findings that would go and come", async () => {
    const { dir, db, g } = await translated();
    // a rendering the glossary forbids (kept as a draft: exit 1), then the preview of removing the rule
    expect((await run(["translate", "set", "kunjungan:3", "KCNA reported the meeting from Pyeongyang.", "--db", db], { cwd: dir })).code).toBe(1);
    const before = dumpDb(db);
    const rm = await run(["glossary", "remove", "pyongyang", "--dry-run", "--db", db], { cwd: dir });
    expect([rm.code, rm.stdout]).toEqual([0, [
      "Dry run, nothing written: would remove pyongyang from glossary/b.tsv.",
      // (one finding: the forbidden rendering with its fix; glossary-dnt-changed leaves it to that check)
      "- kunjungan:3  error  “Pyeongyang” is a forbidden rendering; use “Pyongyang”.  (glossary-forbidden-term)",
      "Findings over 3 renderings in the database: 0 added, 1 removed.",
      "",
    ].join("\n")]);
    const add = await run(["glossary", "add", "meeting", "--source", "pertemuan", "--preferred", "talks", "--dry-run", "--db", db], { cwd: dir });
    expect(add.stdout).toBe([
      "Dry run, nothing written: would add meeting to glossary/terms.tsv.",
      "+ kunjungan:3  error  Glossary term “pertemuan” is not rendered: expected “talks”.  (glossary-term-missing)",
      "Findings over 3 renderings in the database: 1 added, 0 removed.",
      "",
    ].join("\n"));
    expect(fs.existsSync(g("terms.tsv"))).toBe(false);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B);
    expect(dumpDb(db)).toBe(before);
  });

  it("never creates a database: without one it says there is nothing to check", async () => {
    const { dir, db, g } = workspace();
    const r = await run(["glossary", "remove", "kcna", "--dry-run", "--db", db], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, `Dry run, nothing written: would remove kcna from glossary/b.tsv.\nNo database at ${db}: no renderings to check.\n`]);
    expect(fs.existsSync(db)).toBe(false);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B);
  });
});

describe("glossary import never overwrites a glossary file without --replace", () => {
  const OMEGAT = "Korea Utara\tNorth Korea\nAmerika Serikat\tUnited States\n";

  it("refuses (exit 2), names the concepts the replacement would remove, and changes nothing", async () => {
    const { dir, db, g } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    const before = dumpDb(db);
    fs.writeFileSync(path.join(dir, "b.txt"), "Pyongyang\tPyongyang\n");
    const r = await run(["glossary", "import", "b.txt", "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "",
      "selaras: glossary/b.tsv already exists (3 concepts); importing would replace it and remove 2 of them: kcna, white-house. Use --replace to replace it, or --name to import under another name\n"]);
    // the same with --name
    fs.writeFileSync(path.join(dir, "new.txt"), OMEGAT);
    const named = await run(["glossary", "import", "new.txt", "--name", "A", "--db", db], { cwd: dir });
    expect([named.code, named.stderr]).toEqual([2,
      "selaras: glossary/a.tsv already exists (2 concepts); importing would replace it and remove 2 of them: north-korea, united-states. Use --replace to replace it, or --name to import under another name\n"]);
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(A);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B);
    expect(dumpDb(db)).toBe(before);
  });

  it("says so even when nothing would be removed; --replace replaces and reports what went", async () => {
    const { dir, db, g } = workspace();
    fs.writeFileSync(path.join(dir, "b.tsv"), HEADER + "kcna\t=KCNA\t\t\t\tdnt\nwhite-house\t=Gedung Putih\t=White House\npyongyang\tPyongyang\t\t\t\tdnt\n");
    const same = await run(["glossary", "import", "b.tsv", "--db", db], { cwd: dir });
    expect([same.code, same.stderr]).toEqual([2, "selaras: glossary/b.tsv already exists (3 concepts; the import holds them all); use --replace to replace it, or --name to import under another name\n"]);
    fs.writeFileSync(path.join(dir, "b.tsv"), HEADER + "kcna\t=KCNA\t\t\t\tdnt\n");
    const preview = await run(["glossary", "import", "b.tsv", "--replace", "--dry-run", "--db", db], { cwd: dir });
    expect([preview.code, preview.stdout]).toEqual([0,
      "Dry run, nothing written: would import 1 concept into glossary/b.tsv.\nReplacing the file would remove 2 concepts: white-house, pyongyang.\n" +
      `No database at ${db}: no renderings to check.\n`]);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe(B);
    const replaced = await run(["glossary", "import", "b.tsv", "--replace", "--db", db], { cwd: dir });
    expect([replaced.code, replaced.stdout]).toEqual([0,
      "Imported 1 concept into glossary/b.tsv.\nReplaced the file; 2 concepts no longer in it: white-house, pyongyang.\n" +
      "Glossary synced: 3 concepts from 2 files (3 added, 0 changed, 0 removed).\n"]);
    expect(fs.readFileSync(g("b.tsv"), "utf8")).toBe("# Imported from b.tsv by 'selaras glossary import'.\n" + HEADER + "kcna\t=KCNA\t\t\t\tdnt\n");
  });
});

describe("glossary files that are errors, not silently accepted", () => {
  it("a TBX with a concept id used twice: exit 2 naming file and both lines, nothing imported", async () => {
    const { dir, db, g } = workspace();
    fs.writeFileSync(path.join(dir, "dup.tbx"), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<martif type="TBX" xml:lang="en"><text><body>',
      '<termEntry id="c1"><langSet xml:lang="id"><tig><term>rudal</term></tig></langSet><langSet xml:lang="en"><tig><term>missile</term></tig></langSet></termEntry>',
      '<termEntry id="c2"><langSet xml:lang="id"><tig><term>sanksi</term></tig></langSet><langSet xml:lang="en"><tig><term>sanctions</term></tig></langSet></termEntry>',
      '<termEntry id="c1"><langSet xml:lang="id"><tig><term>senjata</term></tig></langSet><langSet xml:lang="en"><tig><term>weapon</term></tig></langSet></termEntry>',
      "</body></text></martif>",
      "",
    ].join("\n"));
    const r = await run(["glossary", "import", "dup.tbx", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "selaras: dup.tbx:5: concept id 'c1' is already used at dup.tbx:3\n"]);
    expect(fs.existsSync(g("dup.tsv"))).toBe(false);
    expect(fs.existsSync(db)).toBe(false);
  });

  it("a glossary file with a header and no concepts: exit 2 with file and line; the database unchanged", async () => {
    const { dir, db, g } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    const before = dumpDb(db);
    fs.writeFileSync(g("empty.tsv"), "# to fill in\n" + HEADER + "\n");
    const r = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "selaras: glossary/empty.tsv:2: a glossary file with no concepts (a header and nothing else); add a concept or delete the file\n"]);
    expect(dumpDb(db)).toBe(before);
    fs.rmSync(g("empty.tsv"));
    fs.writeFileSync(g("empty.tbx"), '<?xml version="1.0"?>\n<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca">\n<tbxHeader/>\n<text>\n<body>\n</body>\n</text>\n</tbx>\n');
    const tbx = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([tbx.code, tbx.stderr]).toEqual([2, "selaras: glossary/empty.tbx:5: a glossary file with no concepts (a header and nothing else); add a concept or delete the file\n"]);
    fs.rmSync(g("empty.tbx"));
    fs.writeFileSync(path.join(dir, "omegat.txt"), "source\ttarget\tcomment\n");
    const omegat = await run(["glossary", "import", "omegat.txt", "--db", db], { cwd: dir });
    expect([omegat.code, omegat.stderr]).toEqual([2, "selaras: omegat.txt:1: a glossary file with no concepts (a header and nothing else); add a concept or delete the file\n"]);
    expect(dumpDb(db)).toBe(before);
  });

  it("an ambiguous TSV header (`source source target`) is an error; a plain `source target comment` header is read as a header", async () => {
    const { dir, db, g } = workspace();
    fs.writeFileSync(path.join(dir, "amb.txt"), "source\tsource\ttarget\nrudal\tmisil\tmissile\n");
    const r = await run(["glossary", "import", "amb.txt", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, "selaras: amb.txt:1: ambiguous header 'source source target': name exactly one source column and one target column (e.g. source, target, comment)\n"]);
    expect(fs.existsSync(g("amb.tsv"))).toBe(false);
    fs.writeFileSync(path.join(dir, "ok.txt"), "# exported\nTarget\tSource\tComment\nmissile\trudal\tplural from context\n");
    const ok = await run(["glossary", "import", "ok.txt", "--db", db], { cwd: dir });
    expect([ok.code, ok.stdout.split("\n")[0]]).toEqual([0, "Imported 1 concept into glossary/ok.tsv."]);
    expect(fs.readFileSync(g("ok.tsv"), "utf8").split("\n").slice(2).join("\n")).toBe("rudal\trudal\tmissile\t\t\t\t\t\tplural from context\n");
  });
});

describe("glossary remove of a file's last concept", () => {
  it("deletes a file left with nothing but its header; refuses when the file has comments", async () => {
    const { dir, db, g } = workspace();
    fs.writeFileSync(g("c.tsv"), HEADER + "kremlin\t=Kremlin\t\t\t\tdnt\n");
    const r = await run(["glossary", "remove", "kremlin", "--db", db], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, "Removed kremlin from glossary/c.tsv.\nglossary/c.tsv held no other concept and was deleted.\nGlossary synced: 5 concepts from 2 files (5 added, 0 changed, 0 removed).\n"]);
    expect(fs.existsSync(g("c.tsv"))).toBe(false);
    fs.writeFileSync(g("c.tsv"), "# people\n" + HEADER + "kremlin\t=Kremlin\t\t\t\tdnt\n");
    const kept = await run(["glossary", "remove", "kremlin", "--db", db], { cwd: dir });
    expect([kept.code, kept.stderr]).toEqual([2, "selaras: glossary/c.tsv: 'kremlin' is the file's last concept and the file has comments; a glossary file without concepts is invalid: delete the file yourself if you mean to\n"]);
    expect(fs.readFileSync(g("c.tsv"), "utf8")).toBe("# people\n" + HEADER + "kremlin\t=Kremlin\t\t\t\tdnt\n");
  });
});

describe("glossary candidates", () => {
  const NEWS = [
    "Banjir di Jakarta",
    "",
    "Gubernur DKI Jakarta Basuki Tjahaja Purnama meninjau Kali Ciliwung pada Senin pukul 10.00 WIB.",
    "",
    "Presiden Joko Widodo meminta dana Rp 2 triliun, atau sekitar US$ 150 juta, dari APBN.",
    "",
    "Menurut BPBD, Kali Ciliwung meluap setelah hujan deras. Dikatakan Yuli, warga Kampung Melayu mengungsi.",
    "",
  ].join("\n");
  const AID = [
    "Bantuan dari Jepang",
    "",
    "Pemerintah Jepang mengirim bantuan senilai 5 juta EUR melalui BPBD dan Palang Merah Indonesia.",
    "",
    "Bantuan tiba di Kampung Melayu pada abad XXI ini, kata Presiden.",
    "",
  ].join("\n");

  async function corpus(): Promise<ReturnType<typeof workspace>> {
    const w = workspace();
    fs.writeFileSync(path.join(w.dir, "banjir.txt"), NEWS);
    fs.writeFileSync(path.join(w.dir, "bantuan.txt"), AID);
    expect((await run(["ingest", "banjir.txt", "bantuan.txt", "--db", w.db], { cwd: w.dir })).code).toBe(0);
    expect((await run(["glossary", "sync", "--db", w.db], { cwd: w.dir })).code).toBe(0);
    return w;
  }

  it("counts single mentions of names and institutions, leaves out currency, time zones, numerals and bare titles", async () => {
    const { dir, db } = await corpus();
    const r = await run(["glossary", "candidates", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe([
      "2\tBPBD\t(acronym; documents: 2)\tbanjir:4, bantuan:2",
      "2\tKali Ciliwung\t(capitalised phrase; documents: 1)\tbanjir:2, banjir:4",
      "2\tKampung Melayu\t(capitalised phrase; documents: 2)\tbanjir:5, bantuan:3",
      "1\tAPBN\t(acronym; documents: 1)\tbanjir:3",
      // (the region between `Gubernur` and the name is a term of its own, its acronym kept)
      "1\tBasuki Tjahaja Purnama\t(capitalised phrase; documents: 1)\tbanjir:2",
      "1\tDKI\t(acronym; documents: 1)\tbanjir:2",
      "1\tDKI Jakarta\t(capitalised phrase; documents: 1)\tbanjir:2",
      "1\tJakarta\t(capitalised phrase; documents: 1)\tbanjir:1",
      "1\tJepang\t(capitalised phrase; documents: 1)\tbantuan:1",
      // (the title glued to the name is no part of it)
      "1\tJoko Widodo\t(capitalised phrase; documents: 1)\tbanjir:3",
      "1\tPalang Merah Indonesia\t(capitalised phrase; documents: 1)\tbantuan:2",
      "1\tPemerintah Jepang\t(capitalised phrase; documents: 1)\tbantuan:2",
      "1\tYuli\t(capitalised phrase; documents: 1)\tbanjir:5",
      "13 candidate terms seen at least once in 2 documents (8 sentences).",
      "",
    ].join("\n"));
  });

  it("--min-count keeps the frequent ones; --by-document shows each document's own; documents can be named; --json", async () => {
    const { dir, db } = await corpus();
    const two = await run(["glossary", "candidates", "--min-count", "2", "--db", db], { cwd: dir });
    expect(two.stdout).toBe([
      "2\tBPBD\t(acronym; documents: 2)\tbanjir:4, bantuan:2",
      "2\tKali Ciliwung\t(capitalised phrase; documents: 1)\tbanjir:2, banjir:4",
      "2\tKampung Melayu\t(capitalised phrase; documents: 2)\tbanjir:5, bantuan:3",
      "3 candidate terms seen at least 2 times in 2 documents (8 sentences).",
      "",
    ].join("\n"));
    const byDoc = await run(["glossary", "candidates", "--by-document", "--min-count", "2", "--db", db], { cwd: dir });
    expect(byDoc.stdout).toBe([
      "== banjir (3 candidates)",
      "  2\tKali Ciliwung\t(capitalised phrase)\tbanjir:2, banjir:4",
      "  1\tBPBD\t(acronym)\tbanjir:4",
      "  1\tKampung Melayu\t(capitalised phrase)\tbanjir:5",
      "== bantuan (2 candidates)",
      "  1\tBPBD\t(acronym)\tbantuan:2",
      "  1\tKampung Melayu\t(capitalised phrase)\tbantuan:3",
      "3 candidate terms seen at least 2 times in 2 documents (8 sentences).",
      "",
    ].join("\n"));
    const one = await run(["glossary", "candidates", "bantuan", "--json", "--db", db], { cwd: dir });
    const j = JSON.parse(one.stdout);
    expect([j.documents, j.segments, j.minCount, j.candidates.map((c: { term: string }) => c.term)]).toEqual([1, 3, 1, ["BPBD", "Jepang", "Kampung Melayu", "Palang Merah Indonesia", "Pemerintah Jepang"]]);
    expect(j.byDocument[0].candidates[0]).toEqual({ term: "BPBD", kind: "acronym", count: 1, refs: ["bantuan:2"] });
    const missing = await run(["glossary", "candidates", "banjr", "--db", db], { cwd: dir });
    expect([missing.code, missing.stderr]).toEqual([2, "selaras: no document 'banjr' in the database (did you mean 'banjir'?)\n"]);
    const nodb = await run(["glossary", "candidates", "--db", path.join(dir, "typo.db")], { cwd: dir });
    expect([nodb.code, nodb.stderr]).toEqual([2, `selaras: ${path.join(dir, "typo.db")}: no such database, and this command does not create one: check --db (or SELARAS_DB), or create it with \`npm start\` (the whole pipeline), \`selaras pipeline\` or \`selaras ingest <articles>\`\n`]);
    expect(fs.existsSync(path.join(dir, "typo.db"))).toBe(false);
    const bad = await run(["glossary", "candidates", "--min-count", "0", "--db", db], { cwd: dir });
    expect([bad.code, bad.stderr]).toEqual([2, "selaras: --min-count must be a whole number of at least 1, not '0'\n"]);
  });

  it("a glossary term is no candidate; the audit takes --min-count too", async () => {
    const { dir, db, g } = await corpus();
    fs.appendFileSync(g("a.tsv"), "bpbd\t=BPBD {abbr}\t=BPBD\n");
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    const r = await run(["glossary", "candidates", "--min-count", "2", "--db", db], { cwd: dir });
    expect(r.stdout).toBe("2\tKali Ciliwung\t(capitalised phrase; documents: 1)\tbanjir:2, banjir:4\n2\tKampung Melayu\t(capitalised phrase; documents: 2)\tbanjir:5, bantuan:3\n2 candidate terms seen at least 2 times in 2 documents (8 sentences).\n");
    fs.writeFileSync(path.join(dir, "pairs.tsv"), "JAKARTA, KOMPAS.COM — Pejabat BPBD dan Palang Merah Indonesia tiba.\tJAKARTA, KOMPAS.COM — Officials of BPBD and the Indonesian Red Cross arrived.\n");
    const audit = await run(["audit", "--pairs", "pairs.tsv", "--format", "json", "--min-count", "1", "--db", db], { cwd: dir });
    expect(JSON.parse(audit.stdout).candidates.map((c: { term: string; count: number }) => [c.term, c.count])).toEqual([["Palang Merah Indonesia", 1]]);
  });

  it("proposes an institution's whole name over its inner `dan`, list commas and `of`; not an amount such as Rp309", async () => {
    const { dir, db } = workspace();
    fs.writeFileSync(path.join(dir, "gempa.txt"), [
      "Gempa di Cianjur",
      "",
      "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) mencatat gempa bermagnitudo 5,6 di Cianjur.",
      "",
      "Kementerian Pekerjaan Umum dan Perumahan Rakyat mengirim alat berat senilai Rp309 miliar ke sana.",
      "",
      "Peneliti dari Institute for Development of Economics and Finance menilai data Kementerian Keuangan dan Bank Indonesia.",
      "",
    ].join("\n"));
    expect((await run(["ingest", "gempa.txt", "--db", db], { cwd: dir })).code).toBe(0);
    const r = await run(["glossary", "candidates", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe([
      "2\tCianjur\t(capitalised phrase; documents: 1)\tgempa:1, gempa:2",
      "1\tBadan Meteorologi, Klimatologi, dan Geofisika\t(capitalised phrase; documents: 1)\tgempa:2",
      "1\tBank Indonesia\t(capitalised phrase; documents: 1)\tgempa:4",
      "1\tBMKG\t(acronym, short for Badan Meteorologi, Klimatologi, dan Geofisika; documents: 1)\tgempa:2",
      "1\tInstitute for Development of Economics and Finance\t(capitalised phrase; documents: 1)\tgempa:4",
      "1\tKementerian Keuangan\t(capitalised phrase; documents: 1)\tgempa:4",
      "1\tKementerian Pekerjaan Umum dan Perumahan Rakyat\t(capitalised phrase; documents: 1)\tgempa:3",
      "7 candidate terms seen at least once in 1 document (4 sentences).",
      "",
    ].join("\n"));
  });
});

describe("plurals in suggestions", () => {
  it("a TBX-imported forbidden term found in the plural gets its replacement in the plural", async () => {
    const { dir, db } = workspace();
    fs.writeFileSync(path.join(dir, "diplomacy.tbx"), [
      '<?xml version="1.0" encoding="UTF-8"?>',
      '<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en"><text><body>',
      '<conceptEntry id="c1"><langSec xml:lang="id"><termSec><term>KTT</term></termSec></langSec>',
      '<langSec xml:lang="en"><termSec><term>summit</term></termSec>',
      '<termSec><term>peak meeting</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>',
      '<conceptEntry id="c2"><langSec xml:lang="id"><termSec><term>badan</term></termSec></langSec>',
      '<langSec xml:lang="en"><termSec><term>agency</term></termSec>',
      '<termSec><term>body</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote></termSec></langSec></conceptEntry>',
      "</body></text></tbx>",
      "",
    ].join("\n"));
    const imp = await run(["glossary", "import", "diplomacy.tbx", "--db", db], { cwd: dir });
    expect([imp.code, imp.stdout.split("\n")[0]]).toEqual([0, "Imported 2 concepts into glossary/diplomacy.tsv."]);
    expect(fs.readFileSync(path.join(dir, "glossary", "diplomacy.tsv"), "utf8").split("\n").slice(2).join("\n")).toBe(
      "ktt\tKTT\tsummit\t\tpeak meeting\nbadan\tbadan\tagency\t\tbody\n");
    fs.writeFileSync(path.join(dir, "pairs.tsv"), [
      "Dua KTT digelar tahun ini.\tTwo peak meetings were held this year.",
      "KTT itu penting.\tThe peak meeting's outcome matters.",
      "Dua badan PBB terlibat.\tTwo UN bodies were involved.",
    ].join("\n") + "\n");
    const r = await run(["check", "--pairs", "pairs.tsv", "--format", "json", "--only", "glossary-forbidden-term", "--db", db], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { ref: string; message: string; fix: { text: string } }) => [f.ref, f.message, f.fix.text])).toEqual([
      ["line:1", "“peak meetings” is a forbidden rendering; use “summits”.", "summits"],
      ["line:2", "“peak meeting” is a forbidden rendering; use “summit”.", "summit"],
      ["line:3", "“bodies” is a forbidden rendering; use “agencies”.", "agencies"],
    ]);
  });
});

describe("enforcement levels through the terminologist's commands", () => {
  it("set --enforce / --unverified edit the flags cell; list shows them; --dry-run shows findings whose severity would change", async () => {
    const { dir, db, g } = await translated();
    // a rule the translation breaks, applied for real: one error
    const rule = await run(["glossary", "set", "north-korea", "--preferred", "=DPRK", "--admitted", "", "--forbidden", "North Korea", "--db", db], { cwd: dir });
    expect(rule.code).toBe(0);
    const preview = await run(["glossary", "set", "north-korea", "--enforce", "hint", "--dry-run", "--db", db], { cwd: dir });
    expect(preview.stdout).toBe([
      "Dry run, nothing written: would update north-korea in glossary/a.tsv.",
      "+ kunjungan:2  info  “North Korea” is a forbidden rendering; use “DPRK”.  (glossary-forbidden-term)",
      "- kunjungan:2  error  “North Korea” is a forbidden rendering; use “DPRK”.  (glossary-forbidden-term)",
      "Findings over 3 renderings in the database: 1 added, 1 removed.",
      "",
    ].join("\n"));
    const before = fs.readFileSync(g("a.tsv"), "utf8");
    expect((await run(["glossary", "set", "north-korea", "--enforce", "hint", "--unverified", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(before.replace("\tNorth Korea\n", "\tNorth Korea\thint,unverified\n"));
    expect((await run(["glossary", "set", "north-korea", "--enforce", "warning", "--no-unverified", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(g("a.tsv"), "utf8")).toBe(before.replace("\tNorth Korea\n", "\tNorth Korea\twarning\n"));
    const list = await run(["glossary", "list", "north-korea", "--db", db], { cwd: dir });
    expect(list.stdout.split("\n")[0]).toBe("north-korea\tKorea Utara | =Korut → DPRK\tnever: North Korea\tlevel: warning");
    const add = await run(["glossary", "add", "meeting", "--source", "pertemuan", "--preferred", "meeting", "--enforce", "hint", "--unverified", "--db", db], { cwd: dir });
    expect(add.code).toBe(0);
    expect(fs.readFileSync(g("terms.tsv"), "utf8")).toBe(HEADER + "meeting\tpertemuan\tmeeting\t\t\thint,unverified\n");
  });
});

/**
 * The round trip of our own files on hostile content, as a user makes it: an article ingested, units
 * translated, joined and noted through the CLI (`]]>`, `<`, `&`, quotes, a tab and a line break in a
 * rendering, U+2028, emoji, combining marks, Arabic between direction marks, NBSP, a zero-width
 * space, U+FFFD, a 100,000-character rendering, an empty note, a note over two lines, an author with
 * a comma, quotes and accents, a joined unit, a unit in each state), exported in every format, the
 * XML files valid against their schemas and read by Translate Toolkit, the line formats one unit per
 * line for every line reader, then imported into a fresh database of the same article: every unit
 * comes back with its segments, texts, status, author, note and date, but for what
 * docs/reference/formats.md says a format or an import cannot carry.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { formats, readUnits, writeUnits } from "../../src/formats";
import { run, sharedPath, tempDir } from "../helpers/cli";

const SLUG = "uji-ekspor";
const ARTICLE = [
  "Uji Ekspor & \"Sulit\" di Jakarta",
  "Menteri berkata bahwa kode ]]> tidak boleh merusak berkas & tanda < harus aman.",
  "Ia menulis “Kami siap” dan 'baik' serta \"jelas\" kepada wartawan.",
  "Warga berseru «مرحبا بكم» dalam bahasa Arab di depan masjid.",
  "Bendera 🇮🇩 dikibarkan dan Cafe\u0301 itu ramai 👍🏽 sekali.",
  "Harga naik\u00a0lima persen menurut data resmi pemerintah.",
  "Kalimat pertama untuk digabung.",
  "Kalimat kedua untuk digabung.",
  "Presiden tiba pada pukul sepuluh pagi.",
  "Rapat itu berlangsung selama tiga jam.",
  "Hasilnya akan diumumkan besok siang.",
  "Semua pihak menyambut baik keputusan itu.",
  "Polisi menjaga keamanan di sekitar gedung.",
  "Tamu undangan datang dari berbagai daerah.",
].join("\n\n") + "\n";
const AUTHOR = "O'Brien, \"Ani\" Lestari-Ñúñez";
const LONG = ("A long text. ".repeat(8000)).slice(0, 99998) + "Z.";
const BREAKS = "The minister said the code ]]> must not break files\tand the sign < must be safe.\nSecond line & more.";
const SEPARATOR = "Prices rose\u00a0five percent according to\u200bofficial\u2028government data \ufffd.";

/** [ref, English, status, translator, note?] in the order they are saved (one second apart). */
const UNITS: Array<[string, string, string, string, string?]> = [
  [`${SLUG}:1`, "Test <Export> & \"Hard\" ]]> Texts in Jakarta", "reviewed", AUTHOR],
  [`${SLUG}:2`, BREAKS, "translated", "Budi"],
  [`${SLUG}:3`, "He wrote “We are ready” and 'fine' and \"clear\" to reporters.", "draft", "Budi", ""],
  [`${SLUG}:4`, "Residents shouted «\u200fمرحبا بكم\u200e» in Arabic outside the mosque.", "translated", "Siti", "first line of note\nsecond line & <b>"],
  [`${SLUG}:5`, "The flag 🇮🇩 was raised and the Cafe\u0301 was very busy 👍🏽.", "translated", "Siti"],
  [`${SLUG}:6`, SEPARATOR, "translated", "Siti"],
  [`${SLUG}:7+8`, "The first and second sentences, joined.", "translated", AUTHOR],
  [`${SLUG}:9`, "The president arrived at ten in the morning.", "translated", "Siti"],
  [`${SLUG}:10`, LONG, "translated", "Siti"],
  [`${SLUG}:11`, "The results will be announced tomorrow afternoon.", "aligned", "aligner"],
  [`${SLUG}:12`, "All parties welcomed the decision.", "draft", "Budi", "check tone"],
  [`${SLUG}:13`, "Police guarded security around the building — \"tightly\".", "reviewed", "Budi"],
];

/** Every rendering: its segments, status, author, note, dates and both texts. */
function dump(db: string): string[][] {
  const d = new Database(db, { readonly: true });
  try {
    return d.prepare(`
      SELECT group_concat(s.ordinal, '+') AS refs, r.status, r.author, r.note, r.created_at, r.updated_at, r.source_text, r.text
      FROM rendering r JOIN rendering_segment rs ON rs.rendering_id = r.id JOIN segment s ON s.id = rs.segment_id
      GROUP BY r.id ORDER BY min(s.ordinal)`).raw().all() as string[][];
  } finally {
    d.close();
  }
}

/**
 * What an import gives back, as docs/reference/formats.md says: a reviewed unit comes back
 * translated, an empty note is no note, and a format without a place for notes (Moses) brings none.
 */
const expected = (rows: string[][], notes: boolean) =>
  rows.map(([refs, status, author, note, created, updated, source, text]) =>
    [refs, status === "reviewed" ? "translated" : status, author, notes && note !== "" ? note : null, created, updated, source, text]);

/** Characters some line reader ends a line at (Python's str.splitlines(): LF, CR, VT, FF, FS-RS, NEL, U+2028, U+2029). */
const LINE_ENDS = /[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]/g;

describe("export and import of our own files on hostile content, through the CLI", () => {
  let dir: string;
  let db: string;
  let seconds = 0;
  // whole seconds: the formats carry `changed` to the second
  const clock = () => new Date(Date.UTC(2024, 5, 19, 10, 0, seconds++));
  // (--db before a `--` that ends the options)
  const cli = (argv: string[]) => {
    const end = argv.includes("--") ? argv.indexOf("--") : argv.length;
    return run([...argv.slice(0, end), "--db", db, ...argv.slice(end)], { cwd: dir, clock });
  };

  beforeAll(async () => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", `${SLUG}.txt`), ARTICLE);
    db = path.join(dir, "s.db");
    expect((await cli(["ingest", "corpus"])).code).toBe(0);
    fs.copyFileSync(db, path.join(dir, "fresh.db"));
    expect((await cli(["segments", "join", `${SLUG}:7`, `${SLUG}:8`, "--translator", AUTHOR])).code).toBe(0);
    for (const [ref, text, status, who, note] of UNITS) {
      const r = await cli(["translate", "set", ref, "--status", status, "--translator", who, ...(note !== undefined ? ["--note", note] : []), "--", text]);
      expect([ref, r.code, r.stderr]).toEqual([ref, 0, ""]);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const exportAll = async (format: string, name: string) => {
    const out = path.join(dir, name);
    const r = await cli(["export", "--format", format, "--status", "all", "--out", out]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    return out;
  };
  const importFresh = async (file: string) => {
    // a fresh copy of the project: the same article, none of the translations
    const project = path.join(dir, `fresh-${path.basename(file)}`);
    fs.cpSync(path.join(dir, "corpus"), path.join(project, "corpus"), { recursive: true });
    const fresh = path.join(project, "s.db");
    fs.copyFileSync(path.join(dir, "fresh.db"), fresh);
    const r = await run(["import", file, "--db", fresh], { cwd: project });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    return fresh;
  };

  it("stored what the translators wrote", () => {
    const rows = dump(db);
    expect(rows.map((r) => r[0])).toEqual(["1", "2", "3", "4", "5", "6", "7+8", "9", "10", "11", "12", "13"]);
    expect(rows.map((r) => r[7])).toEqual(UNITS.map((u) => u[1]));
  });

  it.each([["tmx", "all.tmx"], ["xliff", "all.xlf"], ["xliff12", "all.xliff12.xlf"], ["tsv", "all.tsv"], ["jsonl", "all.jsonl"]])(
    "%s: imported into a fresh database of the same article, every unit comes back as it was", async (format, name) => {
      const out = await exportAll(format, name);
      expect(dump(await importFresh(out))).toEqual(expected(dump(db), true));
    });

  it("the XML exports are valid against their schemas, and Translate Toolkit reads the same texts and notes", async () => {
    const schemas = sharedPath("schemas");
    const tmx = await exportAll("tmx", "v.tmx");
    const x12 = await exportAll("xliff12", "v.xliff12.xlf");
    const x20 = await exportAll("xliff", "v.xlf");
    execFileSync("xmllint", ["--noout", "--dtdvalid", path.join(schemas, "tmx14.dtd"), tmx], { stdio: "pipe" });
    execFileSync("xmllint", ["--noout", "--schema", path.join(schemas, "xliff-core-1.2-strict.xsd"), x12], { stdio: "pipe" });
    execFileSync("xmllint", ["--noout", "--schema", path.join(schemas, "xliff_core_2.0.xsd"), x20], { stdio: "pipe" });
    const script = [
      "import sys, json",
      "from translate.storage import tmx, xliff",
      "store = (tmx.tmxfile if sys.argv[1] == 'tmx' else xliff.xlifffile).parsefile(sys.argv[2])",
      "print(json.dumps([[str(u.source), str(u.target or ''), u.getnotes()] for u in store.units if not u.isheader()]))",
    ].join("\n");
    const want = dump(db).map((r) => [r[6], r[7], r[3] ?? ""]);
    for (const [kind, file] of [["tmx", tmx], ["xliff", x12]] as const) {
      expect(JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, kind, file], { encoding: "utf8" }))).toEqual(want);
    }
  });

  it("TSV and JSONL keep one unit per line for every line reader: line breaks, NEL, U+2028 and U+2029 are escaped", async () => {
    const tsv = fs.readFileSync(await exportAll("tsv", "lines.tsv"), "utf8");
    const jsonl = fs.readFileSync(await exportAll("jsonl", "lines.jsonl"), "utf8");
    expect(tsv.match(LINE_ENDS)!.length).toBe(1 + UNITS.length);
    expect(jsonl.match(LINE_ENDS)!.length).toBe(UNITS.length);
    const row = (text: string, ref: string) => text.split("\n").find((l) => l.includes(ref))!;
    expect(row(tsv, `\t${SLUG}:2\t`).split("\t")[1]).toBe("The minister said the code ]]> must not break files\\tand the sign < must be safe.\\nSecond line & more.");
    expect(row(tsv, `\t${SLUG}:6\t`).split("\t")[1]).toBe("Prices rose\u00a0five percent according to\u200bofficial\\u2028government data \ufffd.");
    expect(row(jsonl, `"${SLUG}:6"`)).toContain(`"target":"Prices rose\u00a0five percent according to\u200bofficial\\u2028government data \ufffd."`);
    expect(row(jsonl, `"${SLUG}:4"`)).toContain(`"note":"first line of note\\nsecond line & <b>"}`);
    for (const line of jsonl.trimEnd().split("\n")) expect(() => JSON.parse(line)).not.toThrow();
  });

  it("Moses refuses a unit it cannot keep on one line (exit 2, naming it, nothing written); without line breaks it comes back as it was, its notes apart", async () => {
    const refused = await cli(["export", "--format", "moses", "--status", "all", "--out", path.join(dir, "m1")]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("moses: unit 2 cannot be written: its target holds a line break (U+000A)");
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("m1"))).toEqual([]);
    expect((await cli(["translate", "set", `${SLUG}:2`, "--status", "translated", "--translator", "Budi", "--", BREAKS.replace("\n", " ")])).code).toBe(0);
    expect((await cli(["translate", "set", `${SLUG}:6`, "--status", "translated", "--translator", "Siti", "--", SEPARATOR.replace("\u2028", " ")])).code).toBe(0);
    const out = path.join(dir, "m2");
    expect((await cli(["export", "--format", "moses", "--status", "all", "--out", out])).code).toBe(0);
    for (const part of Object.values(formats.moses!.partPaths(out))) {
      expect(fs.readFileSync(part, "utf8").match(LINE_ENDS)!.length).toBe(UNITS.length);
    }
    const back = dump(await importFresh(`${out}.ids`));
    // the two units changed here have two revisions: their first date is the last one's in the file
    expect(back).toEqual(expected(dump(db), false).map((r) => (r[0] === "2" || r[0] === "6" ? [r[0], r[1], r[2], r[3], r[5], ...r.slice(5)] : r)));
  });
});

describe("line ends inside a text, written by the line formats", () => {
  const u = (target: string) => ({ id: "1", document: "d", segments: ["d:1"], source: "Satu.", target, status: "translated", author: "ani", changed: "2024-06-19T10:00:00Z" });
  const options = { tool: "Selaras", toolVersion: "0", notes: true };

  it("TSV escapes NEL, U+2028 and U+2029 as \\uXXXX, in every cell (a note too), and reads them back", () => {
    const unit = { ...u("a\u0085b\u2028c\u2029d"), author: "Ani\u2028Budi", note: "n\u2029m" };
    const main = writeUnits(formats.tsv!, [unit], options).main!;
    expect(main).toBe("source\ttarget\tid\tdocument\tsegments\tstatus\tauthor\tchanged\tnote\n" +
      "Satu.\ta\\u0085b\\u2028c\\u2029d\t1\td\td:1\ttranslated\tAni\\u2028Budi\t2024-06-19T10:00:00Z\tn\\u2029m\n");
    expect(readUnits(formats.tsv!, { main })).toEqual([unit]);
  });

  it("JSONL escapes NEL, U+2028 and U+2029 (which JSON allows raw) and reads them back", () => {
    const unit = { ...u("a\u0085b\u2028c\u2029d"), note: "n\u2029m" };
    const main = writeUnits(formats.jsonl!, [unit], options).main!;
    expect(main).toBe('{"id":"1","document":"d","segments":["d:1"],"source":"Satu.","target":"a\\u0085b\\u2028c\\u2029d",' +
      '"status":"translated","author":"ani","changed":"2024-06-19T10:00:00Z","note":"n\\u2029m"}\n');
    expect(readUnits(formats.jsonl!, { main })).toEqual([unit]);
  });

  it("TSV without WriteOptions.notes keeps its eight columns", () => {
    expect(writeUnits(formats.tsv!, [{ ...u("x"), note: "n" }], { tool: "Selaras", toolVersion: "0" }).main!.split("\n")[0]!.split("\t")).toHaveLength(8);
  });
});

describe("the pipeline's exports with a rendering a format cannot carry", () => {
  it("leave that unit out of that format alone, saying so, instead of failing npm start; the other formats hold it", async () => {
    const root = tempDir();
    try {
      fs.mkdirSync(path.join(root, "corpus"));
      fs.writeFileSync(path.join(root, "corpus", "tiga.txt"), "Presiden tiba di Jakarta.\n\nRapat berlangsung tiga jam.\n\nHasilnya diumumkan besok.\n");
      const db = path.join(root, "s.db");
      const cli = (argv: string[]) => run([...argv.slice(0, argv.indexOf("--")), "--db", db, ...argv.slice(argv.indexOf("--"))], { cwd: root });
      expect((await run(["ingest", "corpus", "--db", db], { cwd: root })).code).toBe(0);
      expect((await cli(["translate", "set", "tiga:1", "--status", "translated", "--", "The president arrived\nin Jakarta."])).code).toBe(0);
      expect((await cli(["translate", "set", "tiga:2", "--status", "translated", "--", "The meeting\u2028lasted three hours \ufffe."])).code).toBe(0);
      expect((await cli(["translate", "set", "tiga:3", "--status", "translated", "--", "The results come tomorrow."])).code).toBe(0);
      const r = await run(["pipeline", "--root", root, "--db", db], { cwd: root });
      expect(r.code).toBe(0);
      expect(r.stderr.split("\n").filter((l) => l.includes("left out"))).toEqual([
        "moses: unit 1 (tiga:1) left out of this export: its target holds U+000A, which moses cannot carry (the other exports hold it)",
        "moses: unit 2 (tiga:2) left out of this export: its target holds U+2028, which moses cannot carry (the other exports hold it)",
        "tmx: unit 2 (tiga:2) left out of this export: its target holds U+FFFE, which tmx cannot carry (the other exports hold it)",
        "xliff12: unit 2 (tiga:2) left out of this export: its target holds U+FFFE, which xliff12 cannot carry (the other exports hold it)",
      ]);
      const exp = (name: string) => fs.readFileSync(path.join(root, "exports", name), "utf8");
      expect(exp("corpus.en")).toBe("The results come tomorrow.\n");
      expect(exp("corpus.tmx")).toContain("The president arrived\nin Jakarta.");
      expect(exp("corpus.tmx")).not.toContain("The meeting");
      expect(exp("corpus.jsonl").trimEnd().split("\n").map((l) => JSON.parse(l).target)).toEqual(["The president arrived\nin Jakarta.", "The meeting\u2028lasted three hours \ufffe.", "The results come tomorrow."]);
      expect(exp("corpus.xlf")).toContain("lasted three hours <cp hex=\"FFFE\"/>.");
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

/**
 * A file whose English side reads as Indonesian (columns swapped, or shifted by a column of ids as in
 * Tatoeba's pairs) or whose Indonesian side reads as English is refused before anything is stored:
 * read as Indonesian to English it would store nonsense (with --keep-tm, as translation memory).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, ingestedProject, REPO, run } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";

describe("import: a file whose sides read as the wrong languages", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => ({ dir, db } = await ingestedProject({ "banjir-jakarta.txt": ARTICLE })));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const importing = (file: string, ...extra: string[]) => run(["import", file, "--db", db, ...extra], { cwd: dir });

  it("Tatoeba's pairs (id, Indonesian, id, English) without a header: refused, also with --keep-tm, the database unchanged; named columns import them", async () => {
    const file = path.join(FIXTURES, "r03-tatoeba-ind-eng.tsv");
    const before = dumpDb(db);
    const r = await importing(file, "--format", "tsv", "--keep-tm");
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}: the English side of this file reads as Indonesian (20 Indonesian and 0 English function words in the targets of its first 8 units): are its sides swapped, or its columns shifted (Tatoeba's pairs: id, text, id, text)? In a TSV or CSV file, name the columns in a first line (source<TAB>target; other names are ignored); nothing was imported\n`]);
    expect(dumpDb(db)).toBe(before);
    const named = path.join(dir, "named.tsv");
    fs.writeFileSync(named, "n\tsource\tm\ttarget\n" + fs.readFileSync(file, "utf8"));
    const ok = await importing(named);
    expect([ok.code, ok.stdout.split("\n").slice(0, 2)]).toEqual([0, [`${named}: 8 units read (tsv)`, "  3 new, 0 replaced, 0 unchanged, 0 without a target"]]);
  });

  it("Tatoeba's pairs the other way (id, English, id, Indonesian) without a header: ids as the Indonesian side are refused, also with --keep-tm, in both languages; named columns import them", async () => {
    // (read as source, target, id, document it was all unmatched, and --keep-tm kept `1277` → English as translation memory)
    const file = path.join(dir, "eng-ind.tsv");
    fs.writeFileSync(file, fs.readFileSync(path.join(FIXTURES, "r03-tatoeba-ind-eng.tsv"), "utf8").split("\n").map((l) => (l ? l.split("\t") : [])).map(([a, b, c, d]) => (a ? [c, d, a, b].join("\t") : "")).join("\n"));
    const before = dumpDb(db);
    const r = await importing(file, "--keep-tm");
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}: the Indonesian side of this file holds no word in 8 of its first 8 units (the first: “1277”): is a column of ids before each text (Tatoeba's pairs: id, text, id, text)? In a TSV or CSV file, name the columns in a first line (n<TAB>source<TAB>m<TAB>target; other names are ignored); nothing was imported\n`]);
    expect(dumpDb(db)).toBe(before);
    const id = await importing(file, "--lang", "id");
    expect([id.code, id.stderr]).toEqual([2, `selaras: ${file}: sisi bahasa Indonesia berkas ini tidak memuat satu kata pun pada 8 dari 8 unit pertamanya (yang pertama: “1277”): apakah ada kolom id sebelum setiap teks (pasangan Tatoeba: id, teks, id, teks)? Dalam berkas TSV atau CSV, beri nama kolom di baris pertama (mis. n<TAB>source<TAB>m<TAB>target; nama lain diabaikan); tidak ada yang diimpor\n`]);
    const named = path.join(dir, "named.tsv");
    fs.writeFileSync(named, "m\ttarget\tn\tsource\n" + fs.readFileSync(file, "utf8"));
    const ok = await importing(named);
    expect([ok.code, ok.stdout.split("\n").slice(0, 2)]).toEqual([0, [`${named}: 8 units read (tsv)`, "  3 new, 0 replaced, 0 unchanged, 0 without a target"]]);
  });

  it("a manythings.org file (English, Indonesian, attribution): refused, in Indonesian too", async () => {
    const file = path.join(FIXTURES, "r04-manythings-ind.txt");
    const r = await importing(file, "--format", "tsv", "--lang", "id");
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${file}: sisi bahasa Inggris berkas ini terbaca sebagai bahasa Indonesia (20 kata fungsi bahasa Indonesia dan 0 bahasa Inggris dalam terjemahan 8 unit pertamanya): apakah kedua sisinya tertukar, atau kolomnya bergeser (pasangan Tatoeba: id, teks, id, teks)? Dalam berkas TSV atau CSV, beri nama kolom di baris pertama (mis. source<TAB>target; nama lain diabaikan); tidak ada yang diimpor\n`]);
  });

  it("Moses files given the wrong way round (English in .id, an English copy in .en): the Indonesian side reads as English", async () => {
    const lines = fs.readFileSync(path.join(FIXTURES, "r03-tatoeba-ind-eng.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t")[3]!);
    fs.writeFileSync(path.join(dir, "c.id"), lines.join("\n") + "\n");
    fs.writeFileSync(path.join(dir, "c.en"), lines.map((l) => l.toUpperCase()).join("\n") + "\n");
    const r = await importing(path.join(dir, "c.id"));
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${path.join(dir, "c.id")}: the Indonesian side of this file reads as English (22 English and 0 Indonesian function words in the sources of its first 8 units): are its sides swapped (Moses: the English file given as the .id one)? In a TSV or CSV file, name the columns in a first line (source<TAB>target); nothing was imported\n`]);
  });

  it("a small file the wrong way round (one or two sentences, too few words for one side alone): both sides reading as the other language refuse it; the same sentence the right way round imports", async () => {
    const file = path.join(dir, "swapped.tsv");
    fs.writeFileSync(file, "Heavy rain has drenched Jakarta since Monday morning.\tHujan deras mengguyur Jakarta sejak Senin pagi.\nThe governor asked the residents to stay alert.\tGubernur meminta warga tetap waspada.\n");
    const before = dumpDb(db);
    const r = await importing(file, "--keep-tm");
    // (both sides' evidence: the targets' Indonesian words are too few alone, the sources' English ones decide)
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}: both sides of this file read as the other language: its English side as Indonesian (1 Indonesian and 0 English function words in the targets of its first 2 units) and its Indonesian side as English (4 English and 0 Indonesian function words in their sources): are its sides swapped? In a TSV or CSV file, name the columns in a first line (source<TAB>target; other names are ignored); nothing was imported\n`]);
    expect(dumpDb(db)).toBe(before);
    const right = path.join(dir, "right.tsv");
    fs.writeFileSync(right, fs.readFileSync(file, "utf8").split("\n").filter(Boolean).map((l) => l.split("\t").reverse().join("\t")).join("\n") + "\n");
    const ok = await importing(right);
    expect([ok.code, ok.stdout.split("\n")[1]]).toEqual([0, "  2 new, 0 replaced, 0 unchanged, 0 without a target"]);
  });

  it("one unit the wrong way round: said in the singular, both sides' evidence, in Indonesian and as JSON too; the database unchanged", async () => {
    const file = path.join(dir, "one.tsv");
    fs.writeFileSync(file, "The governor said that the people in the city should stay at home.\tGubernur mengatakan bahwa warga di kota itu harus tetap di rumah.\n");
    const before = dumpDb(db);
    const r = await importing(file);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}: both sides of this file read as the other language: its English side as Indonesian (6 Indonesian and 0 English function words in 1 unit's target) and its Indonesian side as English (7 English and 0 Indonesian function words in its source): are its sides swapped? In a TSV or CSV file, name the columns in a first line (source<TAB>target; other names are ignored); nothing was imported\n`]);
    const id = await importing(file, "--lang", "id", "--json");
    const message = `${file}: kedua sisi berkas ini terbaca sebagai bahasa yang lain: sisi bahasa Inggrisnya sebagai bahasa Indonesia (6 kata fungsi bahasa Indonesia dan 0 bahasa Inggris dalam terjemahan 1 unit pertamanya) dan sisi bahasa Indonesianya sebagai bahasa Inggris (7 kata fungsi bahasa Inggris dan 0 bahasa Indonesia dalam sumbernya): apakah kedua sisinya tertukar? Dalam berkas TSV atau CSV, beri nama kolom di baris pertama (mis. source<TAB>target; nama lain diabaikan); tidak ada yang diimpor`;
    expect([id.code, id.stderr]).toEqual([2, `selaras: ${message}\n`]);
    expect(JSON.parse(id.stdout).error).toEqual({ code: "import-target-indonesian", message, file, relativeFile: "one.tsv", line: null, column: null,
      data: { file, units: 1, idWords: 6, enWords: 0, bothSides: true, sourceEnWords: 7, sourceIdWords: 0 } });
    expect(dumpDb(db)).toBe(before);
  });

  it("a target that copies its source (a tool's copy-source before translation) is not counted: such a file imports as before", async () => {
    const rows = fs.readFileSync(path.join(FIXTURES, "r03-tatoeba-ind-eng.tsv"), "utf8").trim().split("\n").map((l) => l.split("\t")[1]!);
    const file = path.join(dir, "copies.tsv");
    fs.writeFileSync(file, "source\ttarget\tstatus\n" + rows.map((s) => `${s}\t${s}\tdraft`).join("\n") + "\n");
    const r = await importing(file);
    expect([r.code, r.stdout.split("\n")[1]]).toEqual([0, "  3 new, 0 replaced, 0 unchanged, 0 without a target"]);
  });

  it("a few words that are also Indonesian function words in English headlines (the name Dan) do not make a file Indonesian: one every two units at least", async () => {
    const file = path.join(dir, "headlines.tsv");
    const rows = Array.from({ length: 40 }, (_, i) => `Judul ${i + 1}\t${i % 4 === 0 ? `Dan Brown Visits Jakarta ${i + 1}` : `Floods Hit Jakarta ${i + 1}`}`);
    fs.writeFileSync(file, "source\ttarget\n" + rows.join("\n") + "\n");
    const r = await importing(file);
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, `${file}: 40 units read (tsv)`]);
  });
});

/**
 * `selaras import --skip-refused`: a unit refused for its own content is left out and listed by file
 * and line while the others are imported (exit 1); without the flag the whole file is refused as
 * before (exit 2, database unchanged); a malformed file is refused whole either way. Readers hand
 * such refusals to ReadOptions.onRefused and read on (every format).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, type ParallelUnit } from "../../src/formats";
import { csv } from "../../src/formats/csv";
import type { ParseError } from "../../src/errors";
import { openStore } from "../../src/store";
import { dumpDb, ingestedProject, REPO, run } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";

/** [source, target] of each unit read, and [code, line] of each refusal handed to onRefused. */
function readAll(format: string, texts: Record<string, string>): { units: string[][]; refused: Array<[string, unknown]> } {
  const units: string[][] = [];
  const refused: Array<[string, unknown]> = [];
  const f = format === "csv" ? csv : formats[format]!;
  const files = Object.fromEntries(Object.keys(texts).map((k) => [k, `f.${k}`]));
  const r = f.createReader((u: ParallelUnit) => units.push([u.source, u.target]), {
    files, onRefused: (e: ParseError) => refused.push([e.code, e.data.line]),
  });
  for (const [part, text] of Object.entries(texts)) r.write(part, text);
  r.end();
  return { units, refused };
}

describe("readers with onRefused: the unit refused, the others read", () => {
  it("XLIFF 1.2: a target sentence no source sentence has refuses its <trans-unit> alone; the next unit's sentences are read", () => {
    const sdlxliff = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="berita.docx" datatype="x-sdlfilterframework2" source-language="id-ID" target-language="en-US"><body>
<trans-unit id="p1">
<source>Banjir Melanda Jakarta</source>
<seg-source><mrk mtype="seg" mid="1">Banjir Melanda Jakarta</mrk></seg-source>
<target><mrk mtype="seg" mid="9">Floods Hit Jakarta</mrk></target>
</trans-unit>
<trans-unit id="p2">
<source>Hujan deras. Banjir.</source>
<seg-source><mrk mtype="seg" mid="2">Hujan deras.</mrk> <mrk mtype="seg" mid="3">Banjir.</mrk></seg-source>
<target><mrk mtype="seg" mid="2">Heavy rain.</mrk> <mrk mtype="seg" mid="3">Floods.</mrk></target>
</trans-unit>
</body></file></xliff>
`;
    const { units, refused } = readAll("xliff", { main: sdlxliff });
    expect(refused).toEqual([["xliff-seg-unmatched", 4]]);
    expect(units).toEqual([["Hujan deras.", "Heavy rain."], ["Banjir.", "Floods."]]);
  });

  it("JSONL: a line that is no JSON object is refused, the lines after it read", () => {
    const { units, refused } = readAll("jsonl", { main: '{"source":"A","target":"a"}\n{"source":"B","target":"b\n["x"]\n{"source":"C","target":"c"}\n' });
    expect(units).toEqual([["A", "a"], ["C", "c"]]);
    expect(refused).toEqual([["jsonl-bad-json", 2], ["jsonl-not-object", 3]]);
  });

  it("TSV: a row with a cell too many is refused; a quote left open over several lines still refuses the file", () => {
    const { units, refused } = readAll("tsv", { main: "source\ttarget\nA\ta\nB\tb\textra\nC\tc\n" });
    expect(units).toEqual([["A", "a"], ["C", "c"]]);
    expect(refused).toEqual([["tsv-column-count", 3]]);
    const open = "source\ttarget\tnote\nA\t\"a\n" + "b\n".repeat(100);
    expect(() => readAll("tsv", { main: open })).toThrow(expect.objectContaining({ code: "tsv-column-count", data: expect.objectContaining({ line: 2 }) }));
  });

  it("CSV: a row with a cell too many is refused, the others read", () => {
    const { units, refused } = readAll("csv", { main: "Source;Target\nA;a;x\n\"B\";\"b\"\n" });
    expect(units).toEqual([["B", "b"]]);
    expect(refused).toEqual([["csv-column-count", 2]]);
  });

  it("Moses: an .ids row of five cells is refused with its unit, the next units read", () => {
    const { units, refused } = readAll("moses", { id: "A\nB\n", en: "a\nb\n", ids: "1\td\td:1\ttranslated\tani\n2\td\td:2\ttranslated\tani\t\n" });
    expect(units).toEqual([["B", "b"]]);
    expect(refused).toEqual([["moses-ids-short-row", 1]]);
  });

  it("a malformed XML file is thrown, not handed on", () => {
    const tmx = '<?xml version="1.0"?><tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>A</seg></tuv></tu>\n<tu><tuv></body></tmx>';
    expect(() => readAll("tmx", { main: tmx })).toThrow(expect.objectContaining({ code: "xml-malformed" }));
  });
});

describe("selaras import --skip-refused", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => ({ dir, db } = await ingestedProject({ "banjir-jakarta.txt": ARTICLE })));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const fixture = (name: string) => path.join(FIXTURES, name);
  const importing = (file: string, ...extra: string[]) => run(["import", file, "--db", db, ...extra], { cwd: dir });
  /** [ordinal, status, English] of every rendering. */
  const renderings = () => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug("banjir-jakarta")!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
      return store.renderings.all().map((r) => [ordinal.get(r.segmentIds[0]!), r.status, r.text]);
    } finally {
      store.close();
    }
  };

  it("a multilingual Wordfast TM (srclang=\"*all*\") with a <tu> without Indonesian: refused whole without the flag, the other units imported with it", async () => {
    const file = fixture("r01-wordfast-multilingual.tmx");
    const before = dumpDb(db);
    const refused = await importing(file);
    expect([refused.code, refused.stdout, refused.stderr]).toEqual([2, "", `selaras: ${file}:10: this <tu> has no Indonesian (id) variant\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n"]);
    expect(dumpDb(db)).toBe(before);
    const id = await importing(file, "--lang", "id");
    expect([id.code, id.stderr.split("\n").slice(1)]).toEqual([2, ["catatan: penolakan ini hanya menyangkut satu unit; --skip-refused mengimpor unit lainnya dan mencantumkan setiap unit yang dilewati", ""]]);
    expect(dumpDb(db)).toBe(before);
    const r = await importing(file, "--skip-refused");
    expect([r.code, r.stderr]).toEqual([1, ""]);
    expect(r.stdout).toBe(`${file}: 2 units read (tmx)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "1 unit refused and left out (--skip-refused); the others were imported:\n" +
      `  ${file}:10: this <tu> has no Indonesian (id) variant\n`);
    expect(renderings()).toEqual([
      [2, "translated", "Heavy rain has drenched Jakarta since Monday morning."],
      [4, "translated", "The governor asked residents to stay alert."],
    ]);
  });

  it("an unknown status, a bad date and two English variants: each listed at the line it was read from: the <prop>'s, the <tu>'s (without 'nothing was imported'), in both languages and in --json", async () => {
    const file = fixture("r02-refused-units.tmx");
    const before = dumpDb(db);
    expect((await importing(file)).stderr).toBe(`selaras: ${file}:6: unknown status 'finished' (known: draft, translated, reviewed, aligned, in any case; or none, which imports as translated)\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    expect(dumpDb(db)).toBe(before);
    const r = await importing(file, "--skip-refused");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${file}: 1 unit read (tmx)\n  1 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "3 units refused and left out (--skip-refused); the others were imported:\n" +
      `  ${file}:6: unknown status 'finished' (known: draft, translated, reviewed, aligned, in any case; or none, which imports as translated)\n` +
      `  ${file}:10: the date 'yesterday' is not a date and time (expected YYYY-MM-DDThh:mm:ssZ, e.g. 2026-11-21T23:59:00Z; in TMX also 20261121T235900Z)\n` +
      `  ${file}:14: this <tu> holds English in several variants (en-US, en-GB): say which to import with --target-lang (e.g. --target-lang en-US)\n`);
    expect(renderings()).toEqual([[4, "translated", "The governor asked residents to stay alert."]]);

    fs.rmSync(db);
    fs.rmSync(path.join(dir, "translations"), { recursive: true, force: true });
    expect((await run(["ingest", "corpus", "--db", db], { cwd: dir })).code).toBe(0);
    const id = await importing(file, "--skip-refused", "--lang", "id");
    expect(id.stdout.split("\n").slice(2)).toEqual([
      "3 unit ditolak dan dilewati (--skip-refused); unit lainnya diimpor:",
      `  ${file}:6: status 'finished' tidak dikenal (yang dikenal: draft, translated, reviewed, aligned, huruf besar atau kecil; atau kosong, yang diimpor sebagai translated)`,
      `  ${file}:10: tanggal 'yesterday' bukan tanggal dan waktu (seharusnya YYYY-MM-DDThh:mm:ssZ, mis. 2026-11-21T23:59:00Z; dalam TMX juga 20261121T235900Z)`,
      `  ${file}:14: <tu> ini memuat bahasa Inggris dalam beberapa varian (en-US, en-GB): pilih yang diimpor dengan --target-lang (mis. --target-lang en-US)`,
      "",
    ]);

    const json = await importing(file, "--skip-refused", "--json");
    const out = JSON.parse(json.stdout);
    expect([json.code, out.units, out.skipped, out.skippedUnits.map((s: { code: string; line: number }) => [s.code, s.line])]).toEqual([1, 1, 3, [
      ["read-unit-bad-status", 6], ["read-unit-bad-date", 10], ["tmx-english-variants", 14],
    ]]);
  });

  it("memoQ: a <tu> holding two different Indonesian texts is refused naming both variants (the first was taken silently); the same text twice is read", async () => {
    const file = fixture("r05-memoq-two-indonesian.tmx");
    const before = dumpDb(db);
    const r = await importing(file);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}:11: this <tu> holds two different Indonesian texts (id-id, id): which one its English translates cannot be told; nothing was imported (keep one of them)\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n"]);
    expect(dumpDb(db)).toBe(before);
    const skipping = await importing(file, "--skip-refused");
    expect([skipping.code, skipping.stdout.split("\n").slice(2)]).toEqual([1, [
      "1 unit refused and left out (--skip-refused); the others were imported:",
      `  ${file}:11: this <tu> holds two different Indonesian texts (id-id, id): which one its English translates cannot be told`,
      "",
    ]]);
    expect(renderings()).toEqual([[4, "translated", "The governor asked residents to stay alert."]]);
    const same = path.join(dir, "same.tmx");
    fs.writeFileSync(same, fs.readFileSync(file, "utf8").replace("<seg>Banjir melanda Jakarta</seg>", "<seg> Banjir Melanda Jakarta</seg>"));
    const ok = await importing(same);
    expect([ok.code, ok.stdout]).toEqual([0, `${same}: 2 units read (tmx)\n  1 new, 0 replaced, 1 unchanged, 0 without a target\n`]);
  });

  it("a malformed file is refused whole with the flag too: exit 2, database unchanged", async () => {
    const file = path.join(dir, "broken.tmx");
    fs.writeFileSync(file, fs.readFileSync(fixture("r01-wordfast-multilingual.tmx"), "utf8").replace("</tu>\n    <tu tuid=\"3\">", "</tuv>\n    <tu tuid=\"3\">"));
    const before = dumpDb(db);
    const r = await importing(file, "--skip-refused");
    expect([r.code, r.stdout]).toEqual([2, ""]);
    expect(r.stderr).toBe(`selaras: ${file}:13:10: malformed XML (the end tag </tuv> comes where <tu> should be closed)\n`);
    expect(dumpDb(db)).toBe(before);
  });
});

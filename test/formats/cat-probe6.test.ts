/**
 * Round six of the CAT exchange probes: ten files as other tools write them
 * (test/fixtures/cat-exchange6, README.md there says what each should do, written before any ran),
 * imported into the small article: exact renderings (text, status, author, date, note, kept codes),
 * exact refusals (exit 2, file:line, the database unchanged).
 */
import { dumpDb } from "../helpers/cli";
import { catProbeFiles, fixtureDbPerTest } from "./helpers";

let db: string;
fixtureDbPerTest((_d, f) => { db = f; });
// (a date the file gave, else the import's own time: said as null)
const { at, importFile, rows } = catProbeFiles("cat-exchange6", () => db, (u) => u.startsWith("2026-11-") || u.startsWith("2026-12-01") || u.startsWith("2001-"));

describe("round six: files of other tools", () => {
  it("g01: Trados Studio SDLXLIFF — each sentence's confirmation level (<sdl:seg-defs>), author and date (<sdl:value>); ApprovedSignOff never reviewed; the translate=\"no\" unit nothing", async () => {
    const r = await importFile("g01-trados.sdlxliff", 0);
    expect(r.stdout).toContain("7 units read (xliff12)\n  6 new, 0 replaced, 0 unchanged, 1 without a target\n");
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "PC\\rina", "2026-11-30T08:11:20.000Z", null, null],
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "import", null, null, null],
      // (conf Draft, origin mt)
      [[3], "Thousands of residents fled to the nearest mosque & school.", "draft", "import", null, null, null],
      // (no conf: Unspecified)
      [[4], "\"The water rose very fast,\" said Siti, a Penjaringan resident.", "draft", "import", null, null, null],
      [[5], "She carried her children upstairs.", "translated", "PC\\budi", "2026-12-01T14:02:11.000Z", null, "xliff12"],
      // (RejectedTranslation)
      [[6], "The government prepared 1.500 aid packages.", "draft", "import", null, null, null],
    ]);
  });

  it("g02: memoQ MQXLIFF — its comments are the renderings' notes (the author before each, a deleted one left out); PartiallyEdited a draft; NotStarted nothing", async () => {
    const r = await importFile("g02-memoq-comments.mqxliff", 0);
    expect(r.stdout).toContain("  2 translators' notes stored with their renderings\n");
    expect(rows()).toEqual([
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "Rina", "2026-11-30T08:12:40.000Z", "Rina: Selasa malam = Tuesday night, not Tuesday evening (house style).", null],
      [[6], "The government prepared 1,500 aid", "draft", "Rina", "2026-11-30T08:14:10.000Z", "Rina: Ask the desk: packages or parcels?", null],
    ]);
  });

  it("g03: Trados 2007 TMX (TW4Win o-tmf, <ude>/<map>, RTF codes, upper-case languages) — authors and dates from changeid/creationid, codes kept", async () => {
    await importFile("g03-trados2007-ude.tmx", 0);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "RINA", "2026-11-30T08:15:00.000Z", null, null],
      [[5], "She carried her children upstairs.", "translated", "BUDI", "2026-11-30T08:16:00.000Z", null, "tmx"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "RINA", "2026-11-30T08:13:00.000Z", null, null],
    ]);
  });

  it("g04: XLIFF 2.0 — <pc> over <originalData> kept as codes, <mrk translate=\"no\"> read as its text, a comment annotation's value kept as the note", async () => {
    await importFile("g04-xliff20-mrk.xlf", 0);
    expect(rows()).toEqual([
      [[3], "Thousands of residents fled to the nearest mosque & school.", "translated", "import", null, "Lead paragraph", "xliff20"],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import", null, null, null],
      [[5], "She carried her children to the second floor.", "draft", "import", null, "lantai dua = second floor (US)", null],
    ]);
  });

  it("g05: TMX 1.1 (DOCTYPE never fetched, lang=, CRLF) — <ut> is a code, not text", async () => {
    const r = await importFile("g05-tmx11-ut.tmx", 0);
    expect(r.stdout).toContain("  2 units held inline codes");
    expect(rows()).toEqual([
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "RINA", "2001-03-28T15:45:00.000Z", null, "tmx"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "RINA", "2001-03-28T15:49:00.000Z", null, "tmx"],
    ]);
  });

  it("g06: Smartcat XLIFF — approved=\"yes\" translated, needs-review-translation a draft, <x/> kept, the note with its author (from), an empty target nothing", async () => {
    const r = await importFile("g06-smartcat.xliff", 0);
    expect(r.stdout).toContain("4 units read (xliff)\n  3 new, 0 replaced, 0 unchanged, 1 without a target\n");
    expect(rows()).toEqual([
      // (the README said `Headline: title case.`: a 1.2 note's `from` is kept before it, as for every XLIFF 1.2 note)
      [[1], "Floods Hit North Jakarta", "translated", "import", null, "Rina: Headline: title case.", null],
      [[2], "Heavy rains lashed Jakarta since Tuesday evening.", "draft", "import", null, null, null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, null, "xliff12"],
    ]);
  });

  it("g07: LibreOffice CSV with ';', a BOM, CRLF and a header in Indonesian (Indonesia;Inggris;Catatan) — the header read as columns, the notes kept", async () => {
    const r = await importFile("g07-libreoffice.csv", 0);
    expect(r.stdout).toBe(`${at("g07-libreoffice.csv")}: 3 units read (csv)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n  1 translator's note stored with its rendering\n`);
    expect(rows()).toEqual([
      [[4], "\"The water rose very fast,\" said Siti; a resident of Penjaringan.", "translated", "import", null, null, null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, "angka: 1.500 = 1,500", null],
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
    ]);
  });

  it("g08: JSONL with fields of its own — ignored; author, date, status and note read", async () => {
    await importFile("g08-extra-fields.jsonl", 0);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "rina", "2026-11-30T08:12:40.000Z", null, null],
      [[3], "Thousands of residents fled to the nearest mosque & school.", "draft", "import", null, null, null],
      [[5], "She carried her children upstairs.", "translated", "import", null, "checked against the photo caption", null],
    ]);
  });

  it("g09: a Moses pair whose .en lost its last line — refused at the .id's line 3, exit 2, the database unchanged (both languages)", async () => {
    const before = dumpDb(db);
    const id = at("g09-moses.id"), en = at("g09-moses.en");
    const r = await importFile("g09-moses.id", 2);
    expect(r.stdout).toBe("");
    // (the file given is named as given; the .en, which the import found beside it, the same way: by its absolute path)
    expect(r.stderr).toBe(`selaras: ${id}:3: the Moses files do not have the same number of lines (${id}: 3, ${en}: 2)\n`);
    expect(dumpDb(db)).toBe(before);
    const json = JSON.parse((await importFile("g09-moses.id", 2, "--json")).stdout);
    expect(json.error).toMatchObject({ code: "moses-line-count", file: id, line: 3 });
    expect(dumpDb(db)).toBe(before);
    const idLang = await importFile("g09-moses.id", 2, "--lang", "id");
    expect(idLang.stderr).toBe(`selaras: ${id}:3: jumlah baris berkas Moses tidak sama (${id}: 3, ${en}: 2)\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("g10: a TSV whose header is in Indonesian (Sumber, Terjemahan, Catatan) — the header read as columns, not a unit", async () => {
    const r = await importFile("g10-header-indonesian.tsv", 0);
    expect(r.stdout).toBe(`${at("g10-header-indonesian.tsv")}: 3 units read (tsv)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n  2 translators' notes stored with their renderings\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, "judul", null],
      [[5], "She carried her children upstairs.", "translated", "import", null, null, null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, "angka diperiksa", null],
    ]);
  });
});

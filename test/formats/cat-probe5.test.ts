/**
 * Round five of the CAT exchange probes: fifteen files as other tools write them
 * (test/fixtures/cat-exchange5, README.md there says what each should do, written before any ran),
 * imported into the small article: exact renderings stored, exact refusals (exit 2, file:line, the
 * database unchanged).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run } from "../helpers/cli";
import { fixtureDbPerTest, renderingRows } from "./helpers";
import { openStore } from "../../src/store";

const DIR = path.join(__dirname, "..", "fixtures", "cat-exchange5");
const at = (name: string) => path.join(DIR, name);

let dir: string;
let db: string;
fixtureDbPerTest((d, f) => { dir = d; db = f; });

/** [ordinals, text, status, author] of every rendering. */
const renderings = () => renderingRows(db);

/** Imports a fixture; the exit code must be `code`. */
async function importFile(name: string, code: number, ...args: string[]) {
  const r = await run(["import", at(name), "--db", db, ...args]);
  if (r.code !== code) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
  return r;
}

describe("status marks of other tools, by namespace and by state-qualifier", () => {
  it("f01: memoQ MQXLIFF re-saved by ElementTree (ns0:, memoQ's MQXliff bound to ns1): the status read by namespace — machine translated a draft", async () => {
    await importFile("f01-memoq-resaved.mqxliff", 0);
    expect(renderings()).toEqual([
      // (memoQ's lastchanginguser and lastchangedtimestamp: the author and the date)
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "Rina"],
      [[3], "Thousands of residents evacuate to mosque & nearest school.", "draft", "import"],
      // (Proofread: an import is never reviewed)
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
  });

  it("memoQ's and Phrase's own author and date of a translated unit (lastchanginguser/lastchangedtimestamp, modified-by/modified-at in milliseconds) are its author and date; a date of another form is left out", async () => {
    const file = path.join(dir, "tools.xlf");
    fs.writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" xmlns:m="http://www.memsource.com/mxlf/2.0">
<file original="berita.docx" source-language="id" target-language="en" datatype="x-undefined"><body>
<trans-unit id="1" mq:status="Confirmed" mq:lastchanginguser="Rina" mq:lastchangedtimestamp="2026-11-30T08:12:40.123Z"><source>Banjir Melanda Jakarta Utara</source><target>Floods Hit North Jakarta</target></trans-unit>
<trans-unit id="2" m:confirmed="1" m:modified-by="ani" m:modified-at="1719792000000"><source>Dia membawa anak-anaknya ke lantai dua.</source><target>She carried her children upstairs.</target></trans-unit>
<trans-unit id="3" mq:status="Confirmed" mq:lastchanginguser="Budi" mq:lastchangedtimestamp="30/11/2026"><source>Pemerintah menyiapkan 1.500 paket bantuan.</source><target>The government prepared 1,500 aid packages.</target></trans-unit>
</body></file></xliff>
`);
    expect((await run(["import", file, "--db", db])).code).toBe(0);
    const store = openStore(db);
    try {
      expect(store.renderings.all().map((r) => [r.text, r.author, r.updatedAt])).toEqual([
        ["Floods Hit North Jakarta", "Rina", "2026-11-30T08:12:40.000Z"],
        ["She carried her children upstairs.", "ani", "2024-07-01T00:00:00.000Z"],
        ["The government prepared 1,500 aid packages.", "Budi", expect.not.stringMatching(/^2026-11-30/)],
      ]);
    } finally {
      store.close();
    }
  });

  it("f02: Phrase MXLIFF (groups, m:locked, an MT alt-trans): m:confirmed gives the status, the alt-trans is no target", async () => {
    await importFile("f02-phrase.mxliff", 0);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import"],
      [[4], "\"The water goes up very quickly,\" said Siti, resident Penjaringan.", "draft", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
  });

  it("f03: the Phrase file re-saved with ns1:confirmed: read as f02", async () => {
    await importFile("f03-phrase-resaved.mxliff", 0);
    expect(renderings()).toEqual([
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "import"],
      [[3], "Thousands of residents evacuate to mosque & nearest school.", "draft", "import"],
    ]);
  });

  it("f04: Smartcat XLIFF: final and translated translated, needs-review-translation with leveraged-mt a draft, an empty needs-translation nothing", async () => {
    const r = await importFile("f04-smartcat.xliff", 0);
    expect(r.stdout).toBe(`${at("f04-smartcat.xliff")}: 4 units read (xliff)\n  3 new, 0 replaced, 0 unchanged, 1 without a target\n` +
      "  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it\n");
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import"],
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "import"],
      [[3], "Thousands of residents evacuate to mosque & nearest school.", "draft", "import"],
    ]);
  });

  it("f05: Okapi after leveraging: without a state, a qualifier calling the target a suggestion (mt-, tm-suggestion, fuzzy-match, leveraged-mt) makes it a draft; exact-match does not; a state given decides", async () => {
    await importFile("f05-okapi-qualifiers.xlf", 0);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import"],
      [[2], "Heavy rains flush Jakarta since Tuesday evening.", "draft", "import"],
      [[3], "Thousands of residents fled to nearby mosques.", "draft", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
      [[6], "The government prepares 1,500 packages of help.", "draft", "import"],
    ]);
  });
});

describe("segmentation of other tools", () => {
  it("f06: Okapi's <seg-source> cut otherwise: one <mrk> over two sentences is one rendering over both; the two <mrk>s of one sentence (cut at its quote) are read as one unit, their English joined by a space", async () => {
    const file = at("f06-okapi-seg-split.xlf");
    const r = await importFile("f06-okapi-seg-split.xlf", 0);
    // (first run: the two halves were listed as matching no segment and nothing was stored for 4)
    expect(r.stdout).toBe(`${file}: 4 units read (xliff)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  2 units were parts of sentences another tool cut (1 joined): the parts of each such sentence read as one unit, their sources and English joined by a space\n");
    expect(renderings()).toEqual([
      [[2, 3], "Heavy rain has lashed Jakarta since Tuesday night, and thousands of residents fled to nearby mosques & schools.", "translated", "import"],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
    const again = JSON.parse((await importFile("f06-okapi-seg-split.xlf", 0, "--json", "--keep-tm")).stdout);
    expect(again).toMatchObject({ units: 4, created: 0, unchanged: 3, unmatched: 0, keptTm: 0, joinedUnits: 2, joins: 1 });
    const id = await importFile("f06-okapi-seg-split.xlf", 0, "--lang", "id");
    expect(id.stdout.split("\n")[2]).toBe("  2 unit adalah bagian kalimat yang dipotong alat lain (1 digabung): bagian-bagian tiap kalimat itu dibaca sebagai satu unit, sumber dan bahasa Inggrisnya digabung dengan spasi");
  });

  it("f07: Matecat XLIFF: target <mrk>s in another order than the source's are taken by mid; signed-off translated", async () => {
    await importFile("f07-matecat.xlf", 0);
    expect(renderings()).toEqual([
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
  });
});

describe("files Selaras refuses", () => {
  it("f08: Wordfast TXML is named and refused at its root's line, also with --format xliff or tmx; exit 2, the database unchanged; in Indonesian too", async () => {
    const file = at("f08-wordfast.txml");
    const before = dumpDb(db);
    for (const args of [[], ["--format", "xliff"], ["--format", "tmx"]]) {
      const r = await importFile("f08-wordfast.txml", 2, ...args);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`selaras: ${file}:2: a Wordfast TXML file (root element <txml>), a format Selaras does not read: export the translation memory from that tool as TMX (or the document as XLIFF) and import that file; nothing was imported\n`);
      expect(dumpDb(db)).toBe(before);
    }
    const id = await importFile("f08-wordfast.txml", 2, "--lang", "id");
    expect(id.stderr).toBe(`selaras: ${file}:2: berkas Wordfast TXML (elemen akar <txml>), format yang tidak dapat dibaca Selaras: ekspor memori terjemahannya dari alat itu sebagai TMX (atau dokumennya sebagai XLIFF) lalu impor berkas itu; tidak ada yang diimpor\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("a Trados TagEditor TTX (UTF-16, as TagEditor saves it) is named the same way at its root's line", async () => {
    const file = path.join(dir, "berita.docx.ttx");
    const ttx = '<?xml version="1.0" encoding="utf-16"?>\r\n<TRADOStag Version="2.0"><FrontMatter><ToolSettings CreationTool="TRADOS TagEditor"/></FrontMatter><Body><Raw><Tu MatchPercent="100"><Tuv Lang="ID-ID">Banjir Melanda Jakarta Utara</Tuv><Tuv Lang="EN-US">Floods Hit North Jakarta</Tuv></Tu></Raw></Body></TRADOStag>\r\n';
    fs.writeFileSync(file, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(ttx, "utf16le")]));
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db, "--format", "xliff"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`selaras: ${file}:2: a Trados TagEditor TTX file (root element <TRADOStag>), a format Selaras does not read: export the translation memory from that tool as TMX (or the document as XLIFF) and import that file; nothing was imported`);
    expect(dumpDb(db)).toBe(before);
  });

  it("f14: one row given English first (too few function words for the language rules): its target is sentence 6's text, its source none — refused at its line, exit 2, nothing stored, also with --keep-tm", async () => {
    const file = at("f14-swapped-one-row.tsv");
    const before = dumpDb(db);
    for (const args of [[], ["--keep-tm"]]) {
      const r = await importFile("f14-swapped-one-row.tsv", 2, ...args);
      expect(r.stderr).toBe(`selaras: ${file}:2: this unit's target is the Indonesian of berita-kecil:6, and its source is no sentence of the project (1 unit so, 0 matched by its source): are its sides swapped, English first? In a TSV or CSV file, name the columns in a first line (source<TAB>target); nothing was imported\n`);
      expect(dumpDb(db)).toBe(before);
    }
    const id = await importFile("f14-swapped-one-row.tsv", 2, "--lang", "id");
    expect(id.stderr).toBe(`selaras: ${file}:2: terjemahan unit ini adalah teks bahasa Indonesia dari berita-kecil:6, sedangkan sumbernya bukan kalimat dari proyek ini (1 unit seperti itu, 0 cocok menurut sumbernya): apakah kedua sisinya tertukar, bahasa Inggris lebih dulu? Dalam berkas TSV atau CSV, beri nama kolom di baris pertama (mis. source<TAB>target); tidak ada yang diimpor\n`);
    expect(dumpDb(db)).toBe(before);
    // the same row the right way round is imported
    const right = path.join(dir, "right.tsv");
    fs.writeFileSync(right, "source\ttarget\nPemerintah menyiapkan 1.500 paket bantuan.\tThe government prepared 1,500 aid packages.\n");
    expect((await run(["import", right, "--db", db])).code).toBe(0);
    expect(renderings()).toEqual([[[6], "The government prepared 1,500 aid packages.", "translated", "import"]]);
  });

  it("f14's rule: a target of two words or fewer (a name, `Jakarta Utara`, the same in both languages) proves nothing — only unmatched", async () => {
    const file = path.join(dir, "names.tsv");
    fs.writeFileSync(`${dir}/names.txt`, "Ibu kota Jakarta Utara.\n\nJakarta Utara\n");
    expect((await run(["ingest", `${dir}/names.txt`, "--db", db])).code).toBe(0);
    fs.writeFileSync(file, "source\ttarget\nNorth Jakarta\tJakarta Utara\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("1 unit matches no segment:\n");
    expect(renderings()).toEqual([]);
  });

  it("f14's rule holds a file mostly the right way round: one swapped row among rows matched by their source is only unmatched", async () => {
    const file = path.join(dir, "mostly.tsv");
    fs.writeFileSync(file, "source\ttarget\nBanjir Melanda Jakarta Utara\tFloods Hit North Jakarta\n" +
      "Dia membawa anak-anaknya ke lantai dua.\tShe carried her children upstairs.\n" +
      "The government prepared 1,500 aid packages.\tPemerintah menyiapkan 1.500 paket bantuan.\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`1 unit matches no segment:\n  ${file}:4: The government prepared 1,500 aid packages.\n`);
    expect(renderings().map((x) => x[0])).toEqual([[1], [5]]);
  });
});

describe("spreadsheets", () => {
  it("f09: Google Sheets CSV (CRLF rows, LF inside quoted cells): two sentences in a cell one rendering (the cell's line break kept), the unmatched row listed on one line at its first line", async () => {
    const file = at("f09-google-sheets.csv");
    const r = await importFile("f09-google-sheets.csv", 0);
    expect(r.stdout).toBe(`${file}: 4 units read (csv)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  1 translator's note stored with its rendering\n" +
      "  1 translator's note not stored: its unit was not imported (no target, a conflict, or no matching segment)\n" +
      `    ${file}:6\n` +
      "1 unit matches no segment:\n" +
      `  ${file}:6: Banjir di Bekasi\u23ceWarga mengungsi.\n` +
      "Use --keep-tm to keep them as translation memory.\n");
    expect(renderings()).toEqual([
      [[2, 3], "Heavy rain has lashed Jakarta since Tuesday night.\nThousands of residents fled to nearby mosques & schools.", "translated", "import"],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
  });

  it("a CSV without a .csv name whose first row names the languages (id-ID;en-US, Excel in an Indonesian locale) is told CSV from its content", async () => {
    const file = path.join(dir, "ekspor");
    fs.writeFileSync(file, "id-ID;en-US\r\nBanjir Melanda Jakarta Utara;Floods Hit North Jakarta\r\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[0]).toBe(`${file}: 1 unit read (csv)`);
    expect(renderings()).toEqual([[[1], "Floods Hit North Jakarta", "translated", "import"]]);
  });

  it("f10: Excel's Unicode Text (UTF-16LE with BOM, a header naming the languages) is told TSV from its content, without --format", async () => {
    const r = await importFile("f10-excel-unicode-text.txt", 0);
    expect(r.stdout).toBe(`${at("f10-excel-unicode-text.txt")}: 3 units read (tsv)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n`);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import"],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
  });
});

describe("translation memories", () => {
  it("f11: Trados Studio TMX (x-Context, x-Origin, x-LastUsedBy props): the confirmation level gives the status, changeid the author, the props no text", async () => {
    await importFile("f11-trados-tmx-context.tmx", 0);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "PC\\rina"],
      [[2], "Heavy rains flush Jakarta since Tuesday evening.", "draft", "PC\\budi"],
      [[5], "She carried her children upstairs.", "translated", "PC\\rina"],
    ]);
  });

  it("f12: OmegaT project_save.tmx (TMX 1.1 DOCTYPE): the default translation stored, the alternative one a conflict (exit 1), never a silent replacement", async () => {
    const r = await importFile("f12-omegat-alternative.tmx", 1);
    expect(r.stdout).toContain("  conflict at berita-kecil:5: the file translates this sentence twice, differently; its first translation (rendering #1) was kept\n" +
      "    - She carried her children upstairs.\n    + He took his children to the second floor.\n");
    expect(renderings()).toEqual([
      [[5], "She carried her children upstairs.", "translated", "rina"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "rina"],
    ]);
  });

  it("f13: a <tu> of a placeholder alone, and a target holding only a code: no text, counted without a target, nothing stored for them", async () => {
    const r = await importFile("f13-tmx-code-only.tmx", 0);
    // (the two units with codes were not stored: no line says they were stored as their text — first run: "2 units held inline codes")
    expect(r.stdout).toBe(`${at("f13-tmx-code-only.tmx")}: 3 units read (tmx)\n  1 new, 0 replaced, 0 unchanged, 2 without a target\n`);
    expect(renderings()).toEqual([[[1], "Floods Hit North Jakarta", "translated", "import"]]);
    expect(JSON.parse((await importFile("f13-tmx-code-only.tmx", 0, "--json")).stdout)).toMatchObject({ units: 3, unchanged: 1, untranslated: 2, inlineCodes: 0 });
  });

  it("f15: OPUS TMX (no status, author or date): translated, by import", async () => {
    await importFile("f15-opus.tmx", 0);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
  });
});

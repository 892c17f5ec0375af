/**
 * Round seven of the CAT exchange probes: thirteen files as other tools write them
 * (test/fixtures/cat-exchange7, README.md there says what each should do, written before any ran),
 * imported into the small article: exact renderings (text, status, author, date, note, kept codes),
 * exact refusals (exit 2, file:line, the database unchanged).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run } from "../helpers/cli";
import { catProbeFiles, fixtureDbPerTest } from "./helpers";

let db: string;
fixtureDbPerTest((_d, f) => { db = f; });
// (a date the file gave, else the import's own time: said as null)
const { at, importFile, rows } = catProbeFiles("cat-exchange7", () => db, (u) => u.startsWith("2026-11-30"));

/** A refusal: exit 2, exactly `stderr` (English and Indonesian), nothing on stdout, the database as it was. */
async function refused(name: string, en: string, id: string): Promise<void> {
  const before = dumpDb(db);
  expect(await importFile(name, 2)).toEqual({ code: 2, stdout: "", stderr: en });
  expect(dumpDb(db)).toBe(before);
  expect((await importFile(name, 2, "--lang", "id")).stderr).toBe(id);
  expect(dumpDb(db)).toBe(before);
}

describe("round seven: files of other tools", () => {
  it("h01: Phrase MXLIFF — m:confirmed decides (a locked 101% match not confirmed is a draft), m:modified-by/-at the author and date, an <alt-trans> never the target, brace codes kept", async () => {
    const r = await importFile("h01-phrase.mxliff", 0);
    expect(r.stdout).toContain("6 units read (xliff12)\n  5 new, 0 replaced, 0 unchanged, 1 without a target\n");
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "rina.s", "2026-11-30T08:12:40.000Z", null, null],
      // (confirmed 0, machine translation; modified-at 0: never modified)
      [[2], "Heavy rain pours Jakarta since Tuesday night.", "draft", "import", null, null, null],
      [[3], "Thousands of residents fled to the nearest mosque & school.", "translated", "budi", "2026-11-30T08:20:05.000Z", null, null],
      [[5], "She carried her children upstairs.", "translated", "budi", "2026-11-30T08:20:05.000Z", null, "xliff12"],
      // (locked, never confirmed)
      [[6], "The government prepared 1,500 aid packages.", "draft", "import", null, null, null],
    ]);
  });

  it("h02: Crowdin XLIFF — approved units translated with their notes; the source copied into an untranslated string's target (needs-translation) is no target", async () => {
    const r = await importFile("h02-crowdin.xliff", 0);
    // (the first run stored 3 and 6 as drafts holding the Indonesian: fixed, untranslatedCopy in xliff.ts)
    expect(r.stdout).toBe(`${at("h02-crowdin.xliff")}: 5 units read (xliff)\n  3 new, 0 replaced, 0 unchanged, 2 without a target\n  2 translators' notes stored with their renderings\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, "Headline", null],
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "import", null, null, null],
      [[5], "She carried her children upstairs.", "translated", "import", null, "lantai dua: UK second floor? We used \"upstairs\".", null],
    ]);
  });

  it("h03: Okapi XLIFF with <alt-trans> — the <target> is the translation wherever the alt-trans stands; a unit with only an alt-trans has none", async () => {
    const r = await importFile("h03-okapi-alttrans.xlf", 0);
    expect(r.stdout).toBe(`${at("h03-okapi-alttrans.xlf")}: 4 units read (xliff)\n  2 new, 0 replaced, 0 unchanged, 2 without a target\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
      [[4], "\"The water rose very quickly,\" said Siti, a Penjaringan resident.", "translated", "import", null, null, null],
    ]);
  });

  it("h04: MateCat XLIFF — each sentence by its mid, an empty <mrk> nothing, needs-review-translation a draft with its code kept", async () => {
    const r = await importFile("h04-matecat.xlf", 0);
    expect(r.stdout).toContain("5 units read (xliff)\n  4 new, 0 replaced, 0 unchanged, 1 without a target\n");
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "import", null, null, null],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "draft", "import", null, null, null],
      [[5], "She carried her children upstairs.", "draft", "import", null, null, "xliff12"],
    ]);
  });

  it("h05: OmegaT project_save.tmx — the target <tuv>'s changeid/changedate, the <note>, props never text", async () => {
    await importFile("h05-omegat.tmx", 0);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "rina", "2026-11-30T08:15:00.000Z", null, null],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "budi", "2026-11-30T08:20:00.000Z", "Siti: keep the quote as one sentence", null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "rina", "2026-11-30T08:25:00.000Z", null, null],
      [[5], "She carried her children to the second floor.", "translated", "dewi", "2026-11-30T08:00:00.000Z", null, null],
    ]);
  });

  it("h06: a TMX in UTF-16LE with a BOM (encoding=\"UTF-16\" declared, CRLF) — text exact, the emoji whole, dates UTC", async () => {
    await importFile("h06-utf16le.tmx", 0);
    expect(rows()).toEqual([
      [[4], "\u201cThe water rose very fast,\u201d said Siti \u2013 a resident of Penjaringan.", "translated", "PC\\rina", "2026-11-30T08:16:00.000Z", null, null],
      [[6], "The government prepared 1,500 aid packages \u2014 \u{1F69A}.", "draft", "PC\\budi", "2026-11-30T08:18:00.000Z", null, null],
    ]);
  });

  it("h07: the UTF-16 TMX with a </seg> lost — refused at the line of the end tag that does not close it, as in UTF-8", async () => {
    const f = at("h07-utf16le-broken.tmx");
    await refused("h07-utf16le-broken.tmx",
      `selaras: ${f}:21:12: malformed XML (the end tag </tuv> comes where <seg> should be closed)\n`,
      `selaras: ${f}:21:12: XML rusak (tag penutup </tuv> muncul di tempat <seg> seharusnya ditutup)\n`);
  });

  it("h08: an Excel CSV in Windows-1252 — refused at its line with the byte offset and the iconv command (no guessing of 8-bit encodings)", async () => {
    const f = at("h08-excel-1252.csv");
    const before = dumpDb(db);
    const r = await importFile("h08-excel-1252.csv", 2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`selaras: ${f}:3: not valid UTF-8 (byte offset 134); Selaras reads UTF-8 (and UTF-16 with a byte-order mark): a file saved as Windows-1252 or Latin-1 (Excel, older editors) must be converted first (e.g. iconv -f WINDOWS-1252 -t UTF-8)\n`);
    expect(dumpDb(db)).toBe(before);
    const json = JSON.parse((await importFile("h08-excel-1252.csv", 2, "--json")).stdout);
    expect(json.error).toMatchObject({ code: "file-not-utf8", file: f, line: 3 });
    expect(dumpDb(db)).toBe(before);
  });

  it("h09: Google Sheets CSV with an `id,en,comment` header — language codes as columns, line breaks and doubled quotes inside cells, an empty target nothing", async () => {
    const r = await importFile("h09-google-sheets.csv", 0);
    expect(r.stdout).toBe(`${at("h09-google-sheets.csv")}: 5 units read (csv)\n  4 new, 0 replaced, 0 unchanged, 1 without a target\n  2 translators' notes stored with their renderings\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
      [[2, 3], "Heavy rain has lashed Jakarta since Tuesday night.\nThousands of residents fled to the nearest mosque & school.", "translated", "import", null, "two sentences, one cell", null],
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "translated", "import", null, "quote: \"as said\"", null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, null, null],
    ]);
  });

  it("h10: Hugging Face translation rows with nested meta objects — read, the nesting ignored, a blank line skipped", async () => {
    const r = await importFile("h10-hf-nested.jsonl", 0);
    expect(r.stdout).toBe(`${at("h10-hf-nested.jsonl")}: 3 units read (jsonl)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
      [[5], "She carried her children upstairs.", "translated", "import", null, null, null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, null, null],
    ]);
  });

  it("h11: a JSONL line of `null` — refused at its line, nothing stored", async () => {
    const f = at("h11-null-line.jsonl");
    const hint = "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n";
    const before = dumpDb(db);
    expect(await importFile("h11-null-line.jsonl", 2)).toEqual({ code: 2, stdout: "", stderr: `selaras: ${f}:3: expected one JSON object per line\n${hint}` });
    expect(dumpDb(db)).toBe(before);
  });

  it("h12: a JSONL `target` that is an object — refused at its line, nothing stored", async () => {
    const f = at("h12-nested-target.jsonl");
    const before = dumpDb(db);
    const r = await importFile("h12-nested-target.jsonl", 2);
    expect(r.stderr.split("\n")[0]).toBe(`selaras: ${f}:2: field 'target' is missing or has the wrong type`);
    expect(dumpDb(db)).toBe(before);
  });

  it("h13: a Moses pair in CRLF whose .en ends with a blank line — the blank line is no line, no CR kept", async () => {
    // (the first run refused it: `h13-moses.id:4: … (h13-moses.id: 3, h13-moses.en: 4)`)
    const r = await importFile("h13-moses.id", 0);
    expect(r.stdout).toBe(`${at("h13-moses.id")}: 3 units read (moses)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n`);
    expect(rows()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "import", null, null, null],
      [[5], "She carried her children upstairs.", "translated", "import", null, null, null],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import", null, null, null],
    ]);
  });
});

describe("round seven: what was left open", () => {
  let dir: string;
  beforeEach(() => { dir = path.dirname(db); });

  it("a Moses .en with a line more that is not blank is still refused, both files named as the one given was (relative here)", async () => {
    fs.writeFileSync(path.join(dir, "m.id"), "Banjir Melanda Jakarta Utara\r\n");
    fs.writeFileSync(path.join(dir, "m.en"), "Floods Hit North Jakarta\r\n\r\nStray line\r\n\r\n");
    const before = dumpDb(db);
    expect(await run(["import", "m.id", "--db", "p.db"], { cwd: dir })).toEqual({
      code: 2, stdout: "", stderr: "selaras: m.id:2: the Moses files do not have the same number of lines (m.id: 1, m.en: 3)\n",
    });
    expect(dumpDb(db)).toBe(before);
  });

  it("an XML error found at a line break is placed after its line's text, not at column 0 of the next (LF and CRLF)", async () => {
    const head = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="id"/><body>\n';
    for (const nl of ["\n", "\r\n"]) {
      fs.writeFileSync(path.join(dir, "t.tmx"), `${head}<tu><tuv xml:lang="id"><seg>a<${nl}/seg></tuv></tu></body></tmx>${nl}`.replace(/\n/g, nl).replace(/\r\r/g, "\r"));
      const before = dumpDb(db);
      expect(await run(["import", "t.tmx", "--db", "p.db"], { cwd: dir })).toEqual({
        code: 2, stdout: "", stderr: "selaras: t.tmx:3:31: malformed XML (disallowed character in tag name)\n",
      });
      expect(dumpDb(db)).toBe(before);
    }
  });

  it("XLIFF 2.0: a copy of the source under state=\"initial\" is no target; under no state (initial only by default) a draft, as a 1.2 copy without a state", async () => {
    fs.writeFileSync(path.join(dir, "c.xlf"), `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f1">
<unit id="u1"><segment state="initial"><source>Banjir Melanda Jakarta Utara</source><target>Banjir Melanda Jakarta Utara</target></segment></unit>
<unit id="u6"><segment><source>Pemerintah menyiapkan 1.500 paket bantuan.</source><target>Pemerintah menyiapkan 1.500 paket bantuan.</target></segment></unit>
</file></xliff>
`);
    const r = await run(["import", "c.xlf", "--db", "p.db"], { cwd: dir });
    expect(r.stdout).toBe("c.xlf: 2 units read (xliff)\n  1 new, 0 replaced, 0 unchanged, 1 without a target\n  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it\n");
    expect(rows()).toEqual([[[6], "Pemerintah menyiapkan 1.500 paket bantuan.", "draft", "import", null, null, null]]);
  });

  it("a byte that is not UTF-8 at the last place of a 1 MiB chunk is given its own offset and line", async () => {
    const lines: Buffer[] = [];
    let size = 0;
    for (let i = 1; size < 1048576 - 200; i++) {
      const l = Buffer.from(`Kalimat ${i} \u2014 ok.\tSentence ${i} \u2014 ok.\n`);
      lines.push(l);
      size += l.length;
    }
    const head = Buffer.from("Kalimat x\tSentence ");
    const pad = Buffer.from("a".repeat(1048575 - size - head.length));
    fs.writeFileSync(path.join(dir, "big.tsv"), Buffer.concat([...lines, head, pad, Buffer.from([0xe9]), Buffer.from("\nKalimat y\tSentence y\n")]));
    const before = dumpDb(db);
    const r = await run(["import", "big.tsv", "--db", "p.db", "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "file-not-utf8", line: lines.length + 1, data: { offset: 1048575 } });
    expect(dumpDb(db)).toBe(before);
  });
});

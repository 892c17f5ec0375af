/**
 * Other tools' marks on a unit (round four of the CAT exchange probes): XLIFF status attributes of a
 * value the standard does not define are refused at the line of the element that carries them (exit
 * 2, database unchanged; --skip-refused leaves the unit out), the values it defines and a tool's own
 * `x-` states read; a refused field named at its own line; a TMX whose header names another source
 * language read by its <tuv>s' languages; notes of units not imported counted, never dropped silently.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run } from "../helpers/cli";
import { fixtureDbPerTest, renderingRows } from "./helpers";

let dir: string;
let db: string;
fixtureDbPerTest((d, f) => { dir = d; db = f; });

/** [ordinals, text, status] of every rendering. */
const renderings = () => renderingRows(db).map((r) => r.slice(0, 3));

const write = (name: string, text: string) => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

const XLIFF12 = (units: string) => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="berita.html" source-language="id-ID" target-language="en-US" datatype="html"><body>
${units}
</body></file></xliff>
`;

describe("XLIFF status attributes", () => {
  it("1.2: a target state the standard does not define (state=\"weird-state\", \"Translated\") is refused at the <target>'s line, exit 2, the database unchanged; --skip-refused imports the others", async () => {
    const file = write("states.xlf", XLIFF12(
      '<trans-unit id="1"><source>Banjir Melanda Jakarta Utara</source><target state="final">Floods Hit North Jakarta</target></trans-unit>\n' +
      '<trans-unit id="2">\n<source>Dia membawa anak-anaknya ke lantai dua.</source>\n<target state="weird-state">She carried her children upstairs.</target>\n</trans-unit>\n' +
      '<trans-unit id="3"><source>Pemerintah menyiapkan 1.500 paket bantuan.</source><target state="x-okapi-edited">The government prepared 1,500 aid packages.</target></trans-unit>'));
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`selaras: ${file}:7: <target state="weird-state">: XLIFF 1.2 defines no such state (it allows final, needs-adaptation, needs-l10n, needs-review-adaptation, needs-review-l10n, needs-review-translation, needs-translation, new, signed-off, translated, x-…), so which status it gives cannot be told\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    expect(dumpDb(db)).toBe(before);
    const id = await run(["import", file, "--db", db, "--lang", "id"]);
    expect(id.code).toBe(2);
    expect(id.stderr.split("\n")[0]).toBe(`selaras: ${file}:7: <target state="weird-state">: XLIFF 1.2 tidak mengenal nilai state itu (yang diizinkan: final, needs-adaptation, needs-l10n, needs-review-adaptation, needs-review-l10n, needs-review-translation, needs-translation, new, signed-off, translated, x-…), jadi status yang dimaksud tidak dapat diketahui`);
    expect(dumpDb(db)).toBe(before);

    const skipped = await run(["import", file, "--db", db, "--skip-refused"]);
    expect(skipped.code).toBe(1);
    expect(skipped.stdout).toContain(`\n  ${file}:7: <target state="weird-state">: XLIFF 1.2 defines no such state`);
    // (final: reviewed, imported as translated; a tool's own x- state: not confirmed, a draft)
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated"],
      [[6], "The government prepared 1,500 aid packages.", "draft"],
    ]);
  });

  it("1.2: approved=\"maybe\" is refused at its <trans-unit>; the same word in another case (state=\"Translated\") too", async () => {
    const file = write("approved.xlf", XLIFF12(
      '<trans-unit id="1" approved="maybe"><source>Banjir Melanda Jakarta Utara</source><target>Floods Hit North Jakarta</target></trans-unit>\n' +
      '<trans-unit id="2"><source>Dia membawa anak-anaknya ke lantai dua.</source><target state="Translated">She carried her children upstairs.</target></trans-unit>'));
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db, "--skip-refused", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).skippedUnits).toEqual([
      { file, line: 4, code: "xliff-bad-state", data: { file, line: 4, element: "trans-unit", attribute: "approved", value: "maybe", allowed: "yes, no", version: "1.2" } },
      { file, line: 5, code: "xliff-bad-state", data: expect.objectContaining({ element: "target", attribute: "state", value: "Translated" }) },
    ]);
    expect(dumpDb(db)).toBe(before);
  });

  it("2.0: a segment state other than initial, translated, reviewed, final (a tool's own goes in subState) is refused at the <segment>'s line", async () => {
    const file = write("states20.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
<file id="f1" original="berita">
<unit id="u1"><segment state="reviewed" subState="acme:checked"><source>Banjir Melanda Jakarta Utara</source><target>Floods Hit North Jakarta</target></segment></unit>
<unit id="u2">
<segment state="confirmed"><source>Dia membawa anak-anaknya ke lantai dua.</source><target>She carried her children upstairs.</target></segment>
</unit>
</file>
</xliff>
`);
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`selaras: ${file}:6: <segment state="confirmed">: XLIFF 2.0 defines no such state (it allows initial, translated, reviewed, final), so which status it gives cannot be told`);
    expect(dumpDb(db)).toBe(before);
  });
});

describe("an XLIFF target in another language", () => {
  it("memoQ/Crowdin-style 1.2 file: a <target xml:lang=\"de\"> in an English file is refused at its line (not stored as English); the unit's <alt-trans> is no target; --skip-refused imports the others", async () => {
    const file = write("de-target.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff" version="1.2">
<file original="berita.docx" source-language="id" target-language="en-US" datatype="x-docx"><body>
<trans-unit id="1" mq:status="ManuallyConfirmed" mq:percent="101">
<source xml:space="preserve">Banjir Melanda Jakarta Utara</source>
<target xml:space="preserve">Floods Hit North Jakarta</target>
<alt-trans match-quality="100" origin="TM"><source>Banjir Jakarta</source><target xml:lang="de">Hochwasser</target></alt-trans>
</trans-unit>
<trans-unit id="2">
<source>Dia membawa anak-anaknya ke lantai dua.</source>
<target state="translated" xml:lang="de">Sie trug ihre Kinder nach oben.</target>
</trans-unit>
</body></file></xliff>
`);
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`selaras: ${file}:11: this <target> says it is in 'de', not English: it is no English translation`);
    expect(dumpDb(db)).toBe(before);
    const skipped = await run(["import", file, "--db", db, "--skip-refused"]);
    expect(skipped.code).toBe(1);
    expect(renderings()).toEqual([[[1], "Floods Hit North Jakarta", "translated"]]);
  });
});

describe("a field refused at the line it was read from", () => {
  it("TMX: a bad x-status at its <prop>'s line, a bad changedate of the English <tuv> at the <tuv>'s, a control character in the English at its <tuv>'s; the database unchanged", async () => {
    const file = write("lines.tmx", `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="id" datatype="plaintext"/>
<body>
<tu>
<prop type="x-status">Final</prop>
<tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv>
<tuv xml:lang="en"><seg>She carried her children upstairs.</seg></tuv>
</tu>
<tu changedate="20240619T100000Z">
<tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv>
<tuv xml:lang="en" changedate="20240619T1000Z">
<seg>Floods Hit North Jakarta</seg></tuv>
</tu>
<tu changedate="2024-06-19">
<tuv xml:lang="id"><seg>Pemerintah menyiapkan 1.500 paket bantuan.</seg></tuv>
<tuv xml:lang="en" creationdate="20240619T100000Z">
<seg>The government prepared 1,500 aid packages.</seg></tuv>
</tu>
<tu>
<tuv xml:lang="id"><seg>Baca juga: Cuaca ekstrem di Jawa</seg></tuv>
<tuv xml:lang="en"><seg>Read also: Extreme weather in Java&#x9B;</seg></tuv>
</tu>
</body>
</tmx>
`);
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db, "--skip-refused", "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).skippedUnits.map((s: { line: number; code: string }) => [s.line, s.code])).toEqual([
      [6, "read-unit-bad-status"],
      [12, "read-unit-bad-date"],
      // (the <tu>'s changedate is the date read, before the <tuv>'s creationdate: its line is the <tu>'s)
      [15, "read-unit-bad-date"],
      [22, "read-unit-control-char"],
    ]);
    expect(dumpDb(db)).toBe(before);
  });
});

describe("a TMX whose header names another source language", () => {
  it("OPUS' srclang=\"en\": read by the <tuv>s' languages (one <tu> read by the fast path, one with a code by saxes); a later <tu> without Indonesian is that unit's refusal, not the file's", async () => {
    const file = write("opus.tmx", `<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4">
<header creationdate="Mon Jan 1 00:00:00 2024" srclang="en" adminlang="en" o-tmf="unknown" segtype="sentence" creationtool="Uplug" creationtoolversion="unknown" datatype="PlainText" />
<body>
<tu><tuv xml:lang="en"><seg>Floods Hit North Jakarta</seg></tuv><tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>She carried her children <ph x="1">&lt;br/&gt;</ph>upstairs.</seg></tuv><tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv></tu>
<tu><tuv xml:lang="en"><seg>Read also</seg></tuv><tuv xml:lang="ms"><seg>Baca juga</seg></tuv></tu>
</body>
</tmx>
`);
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[0]).toBe(`selaras: ${file}:7: this <tu> has no Indonesian (id) variant`);
    expect(dumpDb(db)).toBe(before);
    const skipped = await run(["import", file, "--db", db, "--skip-refused"]);
    expect(skipped.code).toBe(1);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "translated"],
      [[5], "She carried her children upstairs.", "translated"],
    ]);
  });
});

describe("notes of units not imported", () => {
  it("are said (unmatched, without a target, kept as translation memory), in both languages and --json; none: no line", async () => {
    const file = write("notes.tmx", `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4">
<header creationtool="OmegaT" creationtoolversion="6" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="id" datatype="plaintext"/>
<body>
<tu><note>headline</note><tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv><tuv xml:lang="en"><seg>Floods Hit North Jakarta</seg></tuv></tu>
<tu><note>not in this article</note><tuv xml:lang="id"><seg>Kalimat lain sama sekali.</seg></tuv><tuv xml:lang="en"><seg>Another sentence altogether.</seg></tuv></tu>
<tu><note>to do</note><tuv xml:lang="id"><seg>Pemerintah menyiapkan 1.500 paket bantuan.</seg></tuv></tu>
</body>
</tmx>
`);
    const r = await run(["import", file, "--db", db, "--keep-tm"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout.split("\n").slice(1, 5)).toEqual([
      "  1 new, 0 replaced, 0 unchanged, 1 without a target",
      "  1 translator's note stored with its rendering",
      "  2 translators' notes not stored: their units were not imported (no target, a conflict, or no matching segment)",
      // (named by the line of their <tu>: the file as given)
      `    ${file}:6, ${file}:7`,
    ]);
    const id = await run(["import", file, "--db", db, "--keep-tm", "--lang", "id", "--json"]);
    expect(JSON.parse(id.stdout)).toMatchObject({ notesNotStored: 2, notesNotStoredUnits: [
      { unit: "", file, line: 6, number: 2, reason: "unmatched" },
      { unit: "", file, line: 7, number: 3, reason: "untranslated" },
    ] });
    const again = await run(["import", file, "--db", db, "--lang", "id"]);
    expect(again.stdout).toContain(`\n  2 catatan penerjemah tidak disimpan: unit-unitnya tidak diimpor (tanpa terjemahan, konflik, atau tidak ada segmen yang cocok)\n    ${file}:6, ${file}:7\n`);
    const plain = write("plain.tsv", "source\ttarget\nBanjir Melanda Jakarta Utara\tFloods Hit North Jakarta\nKalimat lain.\tAnother.\n");
    const none = await run(["import", plain, "--db", db, "--json"]);
    expect(JSON.parse(none.stdout).notesNotStored).toBeUndefined();
  });

  it("more than five: the first five named (with the unit's id when it has one), the rest counted, in both languages", async () => {
    const rows = Array.from({ length: 8 }, (_, i) => JSON.stringify({ id: i % 2 ? `u${i}` : "", source: `Kalimat nomor ${i} tidak ada di artikel.`, target: `Sentence ${i}.`, note: `note ${i}` }));
    const file = write("many.jsonl", rows.join("\n") + "\n");
    const r = await run(["import", file, "--db", db]);
    expect(r.stdout.split("\n").slice(2, 4)).toEqual([
      "  8 translators' notes not stored: their units were not imported (no target, a conflict, or no matching segment)",
      `    ${file}:1, ${file}:2 (u1), ${file}:3, ${file}:4 (u3), ${file}:5 and 3 more`,
    ]);
    expect(r.stdout).toContain(`8 units match no segment:\n  ${file}:1: Kalimat nomor 0 tidak ada di artikel.\n  ${file}:2 (u1): Kalimat nomor 1 tidak ada di artikel.\n`);
    const id = await run(["import", file, "--db", db, "--lang", "id"]);
    expect(id.stdout.split("\n")[3]).toBe(`    ${file}:1, ${file}:2 (u1), ${file}:3, ${file}:4 (u3), ${file}:5 dan 3 lainnya`);
    // (standard input: named as its errors name it)
    const stdin = await run(["import", "-", "--format", "jsonl", "--db", db], { stdin: fs.readFileSync(file) });
    expect(stdin.stdout.split("\n")[3]).toBe("    <stdin>:1, <stdin>:2 (u1), <stdin>:3, <stdin>:4 (u3), <stdin>:5 and 3 more");
  });

  it("a TMX's units are named by the line of their <tu>, read on the fast path or not (a <note> sends a <tu> to the XML parser)", async () => {
    const file = write("lines.tmx", `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="id" datatype="plaintext"/>
<body>
<tu>
  <tuv xml:lang="id"><seg>Pemerintah daerah menyiapkan tenda.</seg></tuv>
  <tuv xml:lang="en"><seg>The regional government prepared tents.</seg></tuv>
</tu>
<tu tuid="u2"><note>check</note>
  <tuv xml:lang="id"><seg>Kalimat yang tidak ada.</seg></tuv>
  <tuv xml:lang="en"><seg>A sentence that is not there.</seg></tuv>
</tu>

<tu><tuv xml:lang="id"><seg>Kalimat lain lagi.</seg></tuv><tuv xml:lang="en"><seg>Another sentence.</seg></tuv></tu>
</body></tmx>
`);
    const r = await run(["import", file, "--db", db]);
    expect(r.stdout.split("\n").slice(2)).toEqual([
      "  1 translator's note not stored: its unit was not imported (no target, a conflict, or no matching segment)",
      `    ${file}:8 (u2)`,
      "3 units match no segment:",
      `  ${file}:4: Pemerintah daerah menyiapkan tenda.`,
      `  ${file}:8 (u2): Kalimat yang tidak ada.`,
      `  ${file}:13: Kalimat lain lagi.`,
      "Use --keep-tm to keep them as translation memory.",
      "",
    ]);
  });
});

describe("XLIFF 1.2 state-qualifier", () => {
  it("a target a reviewer rejected (rejected-inaccurate, rejected-grammar…) is a draft, whatever its state and approval, and the import says so; other qualifiers are not read", async () => {
    const file = write("rejected.xlf", XLIFF12(
      '<trans-unit id="1"><source>Banjir Melanda Jakarta Utara</source><target state="translated" state-qualifier="rejected-inaccurate">Floods Hit North Jakarta</target></trans-unit>\n' +
      '<trans-unit id="2" approved="yes">\n<source>Dia membawa anak-anaknya ke lantai dua.</source>\n<target state="signed-off" state-qualifier="rejected-grammar">She carry her children upstairs.</target>\n</trans-unit>\n' +
      '<trans-unit id="3"><source>Pemerintah menyiapkan 1.500 paket bantuan.</source><target state="translated" state-qualifier="leveraged-tm">The government prepared 1,500 aid packages.</target></trans-unit>'));
    const r = await run(["import", file, "--db", db]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(`${file}: 3 units read (xliff)\n  3 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  2 of the new and replaced stored unconfirmed, as the file marks them (drafts or a machine's translations): not counted as translated until a person confirms them\n" +
      "  2 units a reviewer rejected (XLIFF state-qualifier rejected-…) read as drafts, not as confirmed translations:\n" +
      `    ${file}:4 (1), ${file}:5 (2)\n`);
    expect(renderings()).toEqual([
      [[1], "Floods Hit North Jakarta", "draft"],
      [[5], "She carry her children upstairs.", "draft"],
      [[6], "The government prepared 1,500 aid packages.", "translated"],
    ]);
    const id = await run(["import", file, "--db", path.join(dir, "other.db"), "--lang", "id", "--json"]);
    expect(JSON.parse(id.stdout)).toMatchObject({ rejectedDrafts: 2, rejectedUnits: [
      { unit: "1", file, line: 4, number: 1, qualifier: "rejected-inaccurate" },
      { unit: "2", file, line: 5, number: 2, qualifier: "rejected-grammar" },
    ] });
    const again = await run(["import", file, "--db", db, "--lang", "id"]);
    expect(again.stdout).toContain("\n  2 unit yang ditolak peninjau (state-qualifier XLIFF rejected-…) dibaca sebagai draf, bukan terjemahan yang sudah dikonfirmasi:\n");
  });

  it("a unit cut into sentences (<seg-source>, <mrk mtype=\"seg\">) with a rejected target: each sentence a draft, each named", async () => {
    const file = write("rejected-seg.xlf", XLIFF12(`<trans-unit id="p1">
<source>Hujan deras mengguyur Jakarta sejak Selasa malam. Ribuan warga mengungsi ke masjid &amp; sekolah terdekat.</source>
<seg-source><mrk mtype="seg" mid="1">Hujan deras mengguyur Jakarta sejak Selasa malam.</mrk> <mrk mtype="seg" mid="2">Ribuan warga mengungsi ke masjid &amp; sekolah terdekat.</mrk></seg-source>
<target state="translated" state-qualifier="rejected-length"><mrk mtype="seg" mid="1">Heavy rain has drenched Jakarta since Tuesday night.</mrk> <mrk mtype="seg" mid="2">Thousands of residents fled to nearby mosques and schools.</mrk></target>
</trans-unit>`));
    const r = await run(["import", file, "--db", db]);
    expect(r.stdout.split("\n").slice(2, 5)).toEqual([
      "  2 of the new and replaced stored unconfirmed, as the file marks them (drafts or a machine's translations): not counted as translated until a person confirms them",
      "  2 units a reviewer rejected (XLIFF state-qualifier rejected-…) read as drafts, not as confirmed translations:",
      `    ${file}:4 (p1#1), ${file}:4 (p1#2)`,
    ]);
    expect(renderings().map(([, , status]) => status)).toEqual(["draft", "draft"]);
  });
});

/**
 * Files as other CAT tools write them (Trados Studio, memoQ, Okapi, OmegaT, spreadsheets, dataset
 * JSONL): which units are read, with which status, and what `selaras import` stores from them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits, writeUnits, type ParallelUnit } from "../../src/formats";
import { csv } from "../../src/formats/csv";
import { MULTILINE, OPTIONS, TRICKY, unit } from "./units";
import { dumpDb, run } from "../helpers/cli";
import { fixtureDbPerTest, renderingRows, SLUG } from "./helpers";
import { tagUnit } from "../../src/formats/tags";

const CAT = path.join(__dirname, "..", "fixtures", "cat-exchange");

/** [id, source, target, status] of every unit `format` reads from `text`. */
const read = (format: string, text: string) => readUnits(formats[format]!, { main: text }).map((u) => [u.id, u.source, u.target, u.status]);

const SDLXLIFF = `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0" xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2" sdl:version="1.0">
<file original="C:\\berita.docx" datatype="x-sdlfilterframework2" source-language="id-ID" target-language="en-US">
<header><tag-defs xmlns="http://sdl.com/FileTypes/SdlXliff/1.0"><tag id="1"><bpt name="b">&lt;b&gt;</bpt></tag></tag-defs></header>
<body>
<trans-unit translate="no" id="s0"><source><x id="0"/></source></trans-unit>
<trans-unit id="p1">
<source>Hujan deras mengguyur Jakarta sejak Selasa malam. Ribuan warga mengungsi ke masjid &amp; <g id="1">sekolah</g> terdekat.</source>
<seg-source><mrk mtype="seg" mid="1">Hujan deras mengguyur Jakarta sejak Selasa malam.</mrk> <mrk mtype="seg" mid="2">Ribuan warga mengungsi ke masjid &amp; <g id="1">sekolah</g> terdekat.</mrk></seg-source>
<target><mrk mtype="seg" mid="1">Heavy rain has lashed Jakarta since Tuesday night.</mrk> <mrk mtype="seg" mid="2">Thousands of residents fled to nearby mosques &amp; <g id="1">schools</g>.</mrk></target>
<sdl:seg-defs><sdl:seg id="1" conf="ApprovedSignOff" origin="interactive"><sdl:value key="created_by">ani</sdl:value></sdl:seg><sdl:seg id="2" conf="Draft" origin="mt"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="p2">
<source>Dia membawa anak-anaknya ke lantai dua.</source>
<seg-source><mrk mtype="seg" mid="3">Dia membawa anak-anaknya ke lantai dua.</mrk></seg-source>
<target><mrk mtype="seg" mid="3">She carried her children upstairs.</mrk></target>
<sdl:seg-defs><sdl:seg id="3" conf="Translated" origin="interactive"/></sdl:seg-defs>
</trans-unit>
<trans-unit id="p3">
<source>Pemerintah menyiapkan 1.500 paket bantuan.</source>
<seg-source><mrk mtype="seg" mid="4">Pemerintah menyiapkan 1.500 paket bantuan.</mrk></seg-source>
<target><mrk mtype="seg" mid="4"></mrk></target>
<sdl:seg-defs><sdl:seg id="4"/></sdl:seg-defs>
</trans-unit>
</body>
</file>
</xliff>
`;

describe("XLIFF as other tools write it", () => {
  it("Trados Studio (SDLXLIFF): one unit per <mrk mtype=\"seg\"> sentence, its status from the segment's confirmation level", () => {
    expect(read("xliff", SDLXLIFF)).toEqual([
      ["s0", "", "", ""],
      ["p1#1", "Hujan deras mengguyur Jakarta sejak Selasa malam.", "Heavy rain has lashed Jakarta since Tuesday night.", "reviewed"],
      // (a machine translation left as Draft is not confirmed)
      ["p1#2", "Ribuan warga mengungsi ke masjid & sekolah terdekat.", "Thousands of residents fled to nearby mosques & schools.", "draft"],
      ["p2", "Dia membawa anak-anaknya ke lantai dua.", "She carried her children upstairs.", "translated"],
      ["p3", "Pemerintah menyiapkan 1.500 paket bantuan.", "", ""],
    ]);
  });

  it("a sentence of a segmented unit keeps its own codes as written, shown as tags (Trados SDLXLIFF, Okapi, XLIFF 2.0); Phrase's brace codes and memoQ's are kept too", () => {
    const units = (name: string) => readUnits(formats.xliff!, { main: fs.readFileSync(path.join(CAT, name), "utf8") });
    const tagged = (name: string) => units(name).map((u) => {
      const t = tagUnit(u.markup!, u.source, u.target)!;
      return [u.id, u.status, u.codes, t.source, t.target];
    });
    expect(tagged("c08-trados-segmented.sdlxliff")).toEqual([
      ["a1c3e5f7-0000-4000-8000-000000000002#1", "translated", 2, "{1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi.", "{1}Heavy rain{/1} has drenched Jakarta since Monday morning."],
      ["a1c3e5f7-0000-4000-8000-000000000002#2", "reviewed", 2, "Sebanyak 1.200 warga mengungsi{1/} ke tempat yang lebih aman.", "Some 1,200 residents fled{1/} to safer places."],
      ["a1c3e5f7-0000-4000-8000-000000000002#3", "translated", 2, "Gubernur meminta warga tetap {1}waspada{/1}.", "The governor asked residents to stay {1}alert{/1}."],
    ]);
    expect(units("c08-trados-segmented.sdlxliff")[1]!.markup).toEqual({
      dialect: "xliff12", source: 'Sebanyak 1.200 warga mengungsi<x id="2"/> ke tempat yang lebih aman.', target: 'Some 1,200 residents fled<x id="2"/> to safer places.',
    });
    expect(tagged("c09-okapi-segmented.xlf").map((u) => u.slice(0, 4))).toEqual([
      ["NFDBB2FA9-tu1#0", "translated", 2, "{1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi."],
      // (a line break between two words: a space in the text)
      ["NFDBB2FA9-tu1#1", "translated", 2, "Sebanyak 1.200 warga mengungsi{1/}ke tempat yang lebih aman."],
      ["NFDBB2FA9-tu1#2", "translated", 4, "Gubernur meminta {1}warga{/1} tetap waspada."],
    ]);
    expect(units("c09-okapi-segmented.xlf")[1]!.source).toBe("Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.");
    // (each sentence carries the <data> its own codes point to)
    expect(units("c10-xliff20-segments.xlf").map((u) => [u.id, u.status, u.markup!.data])).toEqual([
      ["p1#s1", "translated", '<originalData><data id="d1">&lt;b&gt;</data><data id="d2">&lt;/b&gt;</data></originalData>'],
      ["p1#s2", "reviewed", '<originalData><data id="d3">&lt;br/&gt;</data></originalData>'],
      ["p1#s3", "translated", '<originalData><data id="d4">&lt;a href="https://bpbd.jakarta.go.id"&gt;</data><data id="d5">&lt;/a&gt;</data></originalData>'],
    ]);
    expect(units("c11-phrase-braces.mxliff").map((u) => [u.source, u.status, u.markup!.source])).toEqual([
      ["Hujan deras mengguyur Jakarta sejak Senin pagi.", "translated", '<bpt id="1">{1&gt;</bpt>Hujan deras<ept id="1">&lt;1}</ept> mengguyur Jakarta sejak Senin pagi.'],
      // (Phrase's {2} between two words leaves a space, as <ph> does)
      ["Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.", "translated", 'Sebanyak 1.200 warga mengungsi<ph id="2">{2}</ph>ke tempat yang lebih aman.'],
      ["Gubernur meminta warga tetap waspada.", "draft", 'Gubernur meminta warga tetap <bpt id="i">{i&gt;</bpt>waspada<ept id="i">&lt;i}</ept>.'],
    ]);
    expect(tagged("c11-phrase-braces.mxliff")[2]!.slice(3)).toEqual(["Gubernur meminta warga tetap {1}waspada{/1}.", "The governor asked residents to stay {1}alert{/1}."]);
    // (a Phrase range its segment cuts, `{b>` here without its `<b}`, is an isolated code: <it>)
    const cut = fs.readFileSync(path.join(CAT, "c11-phrase-braces.mxliff"), "utf8").replace("stay {i&gt;alert&lt;i}.", "stay {i&gt;alert.");
    const last = readUnits(formats.xliff!, { main: cut })[2]!;
    expect([last.target, last.markup!.target, tagUnit(last.markup!, last.source, last.target)!.target])
      .toEqual(["The governor asked residents to stay alert.", 'The governor asked residents to stay <it id="i" pos="open">{i&gt;</it>alert.', "The governor asked residents to stay {2/}alert."]);
    expect(tagged("c12-memoq.mqxliff").map((u) => u.slice(1, 4))).toEqual([
      ["translated", 4, "{1}Hujan deras{/1} mengguyur Jakarta sejak Senin pagi."],
      ["reviewed", 2, "Sebanyak 1.200 warga mengungsi{1/}ke tempat yang lebih aman."],
      ["draft", 4, "Gubernur meminta warga tetap {1}waspada{/1}."],
    ]);
  });

  it("XLIFF 2.0: a code range two segments share (<sc> in one, its <ec> in the next) becomes an isolated code in each sentence, shown as a lone tag", () => {
    const xlf = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f1"><unit id="p1">
<originalData><data id="d1">&lt;b></data><data id="d2">&lt;/b></data></originalData>
<segment id="s1" state="translated"><source><sc id="1" dataRef="d1"/>Hujan deras.</source><target><sc id="1" dataRef="d1"/>Heavy rain.</target></segment>
<ignorable><source> </source></ignorable>
<segment id="s2" state="translated"><source>Warga mengungsi<ec startRef="1" dataRef="d2"/>.</source><target>Residents fled<ec startRef="1" dataRef="d2"/>.</target></segment>
</unit></file></xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf }).map((u) => [u.id, u.markup!.target, u.markup!.data, tagUnit(u.markup!, u.source, u.target)!.target])).toEqual([
      ["p1#s1", '<sc id="1" dataRef="d1" isolated="yes"/>Heavy rain.', '<originalData><data id="d1">&lt;b&gt;</data></originalData>', "{1/}Heavy rain."],
      ["p1#s2", 'Residents fled<ec id="1" isolated="yes" dataRef="d2"/>.', '<originalData><data id="d2">&lt;/b&gt;</data></originalData>', "Residents fled{1/}."],
    ]);
  });

  it("a segmented 1.2 unit whose target is not cut into sentences is read whole (nothing dropped); a target sentence with no source sentence is refused with its line", () => {
    const xlf = (units: string) => `<?xml version="1.0" encoding="utf-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.2" version="1.2"><file original="b.docx" datatype="plaintext" source-language="id-ID" target-language="en-US"><body>
${units}
</body></file></xliff>`;
    const whole = xlf(`<trans-unit id="t1"><source>Satu. Dua <g id="1">tebal</g>.</source>
<seg-source><mrk mtype="seg" mid="1">Satu.</mrk> <mrk mtype="seg" mid="2">Dua <g id="1">tebal</g>.</mrk></seg-source>
<target state="translated">One. Two <g id="1">bold</g>.</target></trans-unit>
<trans-unit id="t2"><source><g id="5">Judul</g></source><seg-source><g id="5"><mrk mtype="seg" mid="3">Judul</mrk></g></seg-source>
<target state="translated"><g id="5"><mrk mtype="seg" mid="3">Title</mrk></g></target></trans-unit>`);
    expect(readUnits(formats.xliff!, { main: whole }).map((u) => [u.id, u.source, u.target, u.status, u.markup?.target])).toEqual([
      ["t1", "Satu. Dua tebal.", "One. Two bold.", "translated", 'One. Two <g id="1">bold</g>.'],
      // (a code around the sentence, outside its <mrk>, goes with the sentence: segmented.ts)
      ["t2", "Judul", "Title", "translated", '<g id="5">Title</g>'],
    ]);
    const stray = xlf(`<trans-unit id="t3"><source>Tiga.</source><seg-source><mrk mtype="seg" mid="4">Tiga.</mrk></seg-source>
<target><mrk mtype="seg" mid="4">Three.</mrk> <mrk mtype="seg" mid="9">Extra words.</mrk></target></trans-unit>`);
    expect(() => readUnits(formats.xliff!, { main: stray }, { main: "b.sdlxliff" }))
      .toThrow(expect.objectContaining({ code: "xliff-seg-unmatched", data: { file: "b.sdlxliff", line: 3, mid: "9" } }));
  });

  it("Trados Studio's tracked changes: a deletion (<mrk mtype=\"x-sdl-deleted\">) is no longer text, an addition and a comment's range are; none is a kept code", () => {
    const xlf = SDLXLIFF.replace("<mrk mtype=\"seg\" mid=\"3\">She carried her children upstairs.</mrk>",
      '<mrk mtype="seg" mid="3">She <mrk mtype="x-sdl-deleted" sdl:revid="r1">took</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">carried</mrk> her <mrk mtype="x-sdl-comment" sdl:cid="c1">children</mrk> upstairs.</mrk>');
    expect(read("xliff", xlf)[3]).toEqual(["p2", "Dia membawa anak-anaknya ke lantai dua.", "She carried her children upstairs.", "translated"]);
    // a sentence's kept codes: its review marks are not codes (a deletion is left out with its text, an
    // addition and a comment keep their content), and no attribute of another namespace (sdl:…) goes
    // into markup written where that namespace is not declared
    const coded = SDLXLIFF.replace("Thousands of residents fled to nearby mosques &amp; <g id=\"1\">schools</g>.",
      'Thousands <mrk mtype="x-sdl-deleted" sdl:revid="r1">of people</mrk><mrk mtype="x-sdl-added" sdl:revid="r2">of residents</mrk> fled to nearby mosques &amp; <g id="1" sdl:start="false">schools</g>.');
    const u = readUnits(formats.xliff!, { main: coded })[2]!;
    expect([u.target, u.markup]).toEqual(["Thousands of residents fled to nearby mosques & schools.", {
      dialect: "xliff12",
      source: 'Ribuan warga mengungsi ke masjid &amp; <g id="1">sekolah</g> terdekat.',
      target: 'Thousands of residents fled to nearby mosques &amp; <g id="1">schools</g>.',
    }]);
  });

  it("XLIFF 1.2 segmented by Okapi: a sentence without a target stays untranslated (the paragraph is not imported half translated); alt-trans is no target", () => {
    const xlf = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b.html" source-language="id" target-language="en" datatype="html"><body>
<trans-unit id="tu1"><source xml:lang="id">Satu. Dua.</source>
<seg-source><mrk mid="0" mtype="seg">Satu.</mrk> <mrk mid="1" mtype="seg">Dua.</mrk></seg-source>
<target xml:lang="en" state="translated"><mrk mid="0" mtype="seg">One.</mrk> <mrk mid="1" mtype="seg"></mrk></target>
<alt-trans origin="mt"><source>Dua.</source><target>Two (MT).</target></alt-trans></trans-unit>
<trans-unit id="tu2" approved="yes"><source>Tiga.</source><seg-source><mrk mid="2" mtype="seg">Tiga.</mrk></seg-source><target>Three.</target></trans-unit>
</body></file></xliff>`;
    expect(read("xliff", xlf)).toEqual([
      ["tu1#0", "Satu.", "One.", "translated"],
      ["tu1#1", "Dua.", "", ""],
      // (a target not cut into sentences goes with a source of one sentence)
      ["tu2", "Tiga.", "Three.", "translated"],
    ]);
  });

  it("memoQ (MQXLIFF): mq:status gives the status; an edited, pre-translated or rejected segment is a draft", () => {
    const unit = (id: string, status: string, target: string) =>
      `<trans-unit id="${id}" mq:status="${status}"><source xml:space="preserve">Kalimat ${id}.</source><target xml:space="preserve">${target}</target></trans-unit>`;
    const xlf = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:mq="MQXliff"><file original="b.docx" source-language="id" target-language="en-gb" datatype="x-memoq"><body>
${unit("1", "ManuallyConfirmed", "One.")}${unit("2", "Edited", "Two.")}${unit("3", "PreTranslated", "Three.")}${unit("4", "Proofread", "Four.")}${unit("5", "NotStarted", "")}${unit("6", "Rejected", "Six.")}
</body></file></xliff>`;
    expect(read("xliff", xlf)).toEqual([
      ["1", "Kalimat 1.", "One.", "translated"],
      ["2", "Kalimat 2.", "Two.", "draft"],
      ["3", "Kalimat 3.", "Three.", "draft"],
      ["4", "Kalimat 4.", "Four.", "reviewed"],
      ["5", "Kalimat 5.", "", ""],
      ["6", "Kalimat 6.", "Six.", "draft"],
    ]);
  });

  it("Phrase (Memsource MXLIFF): m:confirmed=\"1\" is translated, an unconfirmed target a draft", () => {
    const xlf = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0"><file original="b.docx" source-language="id" target-language="en" datatype="x-undefined"><body>
<trans-unit id="a:1" m:trans-unit-id="a:1" m:confirmed="1" m:locked="false" m:score="1.0"><source>Satu.</source><target>One.</target></trans-unit>
<trans-unit id="a:2" m:confirmed="0" m:score="0.98"><source>Dua.</source><target>Two (MT).</target></trans-unit>
<trans-unit id="a:3" m:confirmed="0"><source>Tiga.</source><target/></trans-unit>
</body></file></xliff>`;
    expect(read("xliff", xlf)).toEqual([["a:1", "Satu.", "One.", "translated"], ["a:2", "Dua.", "Two (MT).", "draft"], ["a:3", "Tiga.", "", ""]]);
  });

  it("Phrase (Memsource MXLIFF): its inline codes, written as text in brace notation ({1>…<1}, {b>…<b}, {2}), are dropped and counted; text that only looks like one stays; other XLIFF keeps braces as text", () => {
    const xlf = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:m="http://www.memsource.com/mxlf/2.0"><file original="b.docx" source-language="id" target-language="en" datatype="x-undefined"><body>
<group id="0" m:para-id="0"><trans-unit id="a:1" m:confirmed="1"><source>{1&gt;Putin&lt;1} meningkatkan {b&gt;pendekatannya&lt;b} kepada pemimpin.{2}</source><target>{1&gt;Putin&lt;1} stepped up his {b&gt;approach&lt;b} to the leader.{2}</target>
<m:tunit-metadata><m:mark id="1"><m:type>link</m:type><m:content>&lt;a href="x"&gt;</m:content></m:mark></m:tunit-metadata></trans-unit></group>
<trans-unit id="a:2" m:confirmed="1"><source>Harga {kira-kira} naik &lt;5%.</source><target>Prices rose {approx} &lt;5%.</target></trans-unit>
</body></file></xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf }).map((u) => [u.source, u.target, u.status, u.codes])).toEqual([
      ["Putin meningkatkan pendekatannya kepada pemimpin.", "Putin stepped up his approach to the leader.", "translated", 10],
      ["Harga {kira-kira} naik <5%.", "Prices rose {approx} <5%.", "translated", undefined],
    ]);
    const plain = xlf.replace(' xmlns:m="http://www.memsource.com/mxlf/2.0"', "").replace(/ m:[a-z-]+="[^"]*"/g, "").replace(/<m:tunit-metadata>.*<\/m:tunit-metadata>/, "");
    expect(readUnits(formats.xliff!, { main: plain })[0]!.source).toBe("{1>Putin<1} meningkatkan {b>pendekatannya<b} kepada pemimpin.{2}");
  });

  it("translate=\"no\" (on the unit, its group or file): the copy of the source in the target is no translation (1.2 and 2.0)", () => {
    const x12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b" source-language="id" target-language="en" datatype="plaintext"><body>
<group id="g"><trans-unit id="1" translate="no"><source>Jakarta Post</source><target>Jakarta Post</target></trans-unit>
<trans-unit id="2"><source>Satu.</source><target state="final">One.</target></trans-unit></group></body></file></xliff>`;
    expect(read("xliff", x12)).toEqual([["1", "Jakarta Post", "", ""], ["2", "Satu.", "One.", "reviewed"]]);
    const x20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f">
<unit id="1" translate="no"><segment><source>Jakarta Post</source><target>Jakarta Post</target></segment></unit></file></xliff>`;
    expect(read("xliff", x20)).toEqual([["1", "Jakarta Post", "", ""]]);
    // (inherited from the group or file, unless the unit says otherwise)
    const groups = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b" source-language="id" target-language="en" datatype="html"><body>
<group id="nav" translate="no"><trans-unit id="1"><source>Beranda</source><target>Beranda</target></trans-unit>
<trans-unit id="2" translate="yes"><source>Satu.</source><target state="translated">One.</target></trans-unit>
<group id="inner"><trans-unit id="3"><source>Indeks</source><target>Indeks</target></trans-unit></group></group>
<trans-unit id="4"><source>Dua.</source><target state="translated">Two.</target></trans-unit></body></file></xliff>`;
    expect(read("xliff", groups)).toEqual([["1", "Beranda", "", ""], ["2", "Satu.", "One.", "translated"], ["3", "Indeks", "", ""], ["4", "Dua.", "Two.", "translated"]]);
    const file20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f" translate="no">
<unit id="1"><segment state="final"><source>Kode</source><target>Kode</target></segment></unit></file>
<file id="g"><unit id="2"><segment state="final"><source>Satu.</source><target>One.</target></segment></unit></file></xliff>`;
    expect(read("xliff", file20)).toEqual([["1", "Kode", "", ""], ["2", "Satu.", "One.", "reviewed"]]);
  });

  it("XLIFF 2.0: each segment of another tool's unit with its own state; one without a target stays untranslated", () => {
    const xlf = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id-ID" trgLang="en"><file id="f1">
<unit id="p1"><segment id="s1" state="translated"><source>Satu.</source><target>One.</target></segment><ignorable><source> </source></ignorable>
<segment id="s2" state="initial"><source>Dua.</source></segment><segment state="final"><source>Tiga.</source><target>Three.</target></segment></unit>
</file></xliff>`;
    expect(read("xliff", xlf)).toEqual([["p1#s1", "Satu.", "One.", "translated"], ["p1#s2", "Dua.", "", ""], ["p1#3", "Tiga.", "Three.", "reviewed"]]);
  });

  it("XLIFF 2.0: a segment without a state is initial, as the specification defines it (a draft with a target); XLIFF 1.2 without one is translated", () => {
    const x20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f">
<unit id="1"><segment><source>Satu.</source><target>One.</target></segment></unit>
<unit id="2"><segment state="translated"><source>Dua.</source><target>Two.</target></segment></unit>
<unit id="3"><segment><source>Tiga.</source></segment></unit>
<unit id="4"><segment><source>Empat.</source><target>Four.</target></segment><segment><source>Lima.</source><target>Five.</target></segment></unit></file></xliff>`;
    expect(read("xliff", x20)).toEqual([["1", "Satu.", "One.", "draft"], ["2", "Dua.", "Two.", "translated"], ["3", "Tiga.", "", ""], ["4#1", "Empat.", "Four.", "draft"], ["4#2", "Lima.", "Five.", "draft"]]);
    const x12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b" source-language="id" target-language="en" datatype="plaintext"><body>
<trans-unit id="1"><source>Satu.</source><target>One.</target></trans-unit></body></file></xliff>`;
    expect(read("xliff", x12)).toEqual([["1", "Satu.", "One.", ""]]); // (no status given: the import stores it translated)
  });

  it("XLIFF 2.0 of Selaras re-segmented by a tool and translated in part: one unit as written, a draft", () => {
    const unit = { id: "7", document: "d", segments: ["d:1"], source: "Satu. Dua.", target: "One. Two.", status: "translated", author: "", changed: "" };
    const xlf = readUnits(formats.xliff!, { main: writeXliff([unit]).replace(
      /<segment state="translated" subState="selaras:translated">\s*<source xml:space="preserve">Satu\. Dua\.<\/source>\s*<target xml:space="preserve">One\. Two\.<\/target>\s*<\/segment>/,
      '<segment state="translated"><source>Satu.</source><target>One.</target></segment><ignorable><source> </source></ignorable><segment state="initial"><source>Dua.</source></segment>') });
    expect(xlf.map((u) => [u.id, u.source, u.target, u.status])).toEqual([["7", "Satu. Dua.", "One. ", "draft"]]);
  });
});

function writeXliff(units: ParallelUnit[]): string {
  let out = "";
  const w = formats.xliff!.createWriter((_p, t) => { out += t; }, { tool: "Selaras", toolVersion: "0" });
  for (const u of units) w.write(u);
  w.end();
  return out;
}

describe("TMX as other tools write it", () => {
  const header = (tool: string, srclang: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="${tool}" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="${srclang}" datatype="plaintext"/>\n<body>\n`;
  const fields = (text: string) => readUnits(formats.tmx!, { main: text }).map((u) => [u.source, u.target, u.status, u.author, u.changed]);

  it("OmegaT: the author and dates of the translation are the target <tuv>'s (TMX 1.1 lang, 1.4 xml:lang)", () => {
    const tmx = header("OmegaT", "id-ID") +
      '<tu>\n<tuv lang="id-ID"><seg>Satu.</seg></tuv>\n<tuv lang="en-GB" changeid="ani" changedate="20240619T080000Z" creationid="budi" creationdate="20240618T070000Z"><seg>One.</seg></tuv>\n</tu>\n' +
      '<tu creationid="tm" creationdate="20230101T000000Z">\n<tuv xml:lang="id"><seg>Dua.</seg></tuv>\n<tuv xml:lang="en" creationid="budi" creationdate="20240618T070000Z"><seg>Two.</seg></tuv>\n</tu>\n' +
      '<tu changeid="tm" changedate="20230101T000000Z">\n<tuv xml:lang="id" changeid="src" changedate="20220101T000000Z"><seg>Tiga.</seg></tuv>\n<tuv xml:lang="en"><seg>Three.</seg></tuv>\n</tu>\n</body>\n</tmx>\n';
    expect(fields(tmx)).toEqual([
      ["Satu.", "One.", "", "ani", "2024-06-19T08:00:00Z"],
      ["Dua.", "Two.", "", "budi", "2024-06-18T07:00:00Z"],
      // (the source variant's dates are not the translation's)
      ["Tiga.", "Three.", "", "tm", "2023-01-01T00:00:00Z"],
    ]);
  });

  it("Trados Studio: x-ConfirmationLevel gives the status, on the fast path and through saxes alike", () => {
    const tu = (level: string, extra = "") => `<tu creationid="ani" changedate="20240619T081500Z">${extra}<prop type="x-ConfirmationLevel">${level}</prop>` +
      `<tuv xml:lang="id-ID"><seg>Kalimat ${level}.</seg></tuv><tuv xml:lang="en-US"><seg>Sentence ${level}.</seg></tuv></tu>\n`;
    const levels = ["Translated", "Draft", "ApprovedSignOff", "ApprovedTranslation", "RejectedTranslation", "Unspecified"];
    const expected = [["Translated", "translated"], ["Draft", "draft"], ["ApprovedSignOff", "reviewed"], ["ApprovedTranslation", "reviewed"], ["RejectedTranslation", "draft"], ["Unspecified", "draft"]]
      .map(([l, s]) => [`Kalimat ${l}.`, `Sentence ${l}.`, s, "ani", "2024-06-19T08:15:00Z"]);
    const doc = (extra: string) => header("SDL Language Platform", "id-ID") + levels.map((l) => tu(l, extra)).join("") + "</body>\n</tmx>\n";
    expect(fields(doc(""))).toEqual(expected);
    // (a <note> keeps a <tu> off the fast path)
    expect(fields(doc("<note>n</note>"))).toEqual(expected);
    // Selaras' own x-status comes first
    expect(fields(doc('<prop type="x-status">translated</prop>')).map((f) => f[2])).toEqual(levels.map(() => "translated"));
  });
});

describe("inline codes of other tools", () => {
  it("memoQ TMX: a <ph> between two words (a tab) leaves a space, formatting codes leave none; codes counts what was dropped", () => {
    const tmx = `<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4"><header creationtool="MemoQ" creationtoolversion="9.12.9" segtype="sentence" adminlang="en-us" srclang="id-id" o-tmf="MemoQTM" datatype="unknown"/><body>
<tu><tuv xml:lang="id-id"><seg>Dia membawa<ph type="x-tab">&lt;tab/&gt;</ph>anak-anaknya ke <bpt i="1" type="bold">{}</bpt>lantai<ept i="1">{}</ept> dua<ph x="2">&lt;br/&gt;</ph>.</seg></tuv>
<tuv xml:lang="en-us"><seg>She carried<ph type="x-tab">&lt;tab/&gt;</ph>her children <bpt i="1" type="bold">{}</bpt>up<ept i="1">{}</ept>stairs.</seg></tuv></tu>
<tu><tuv xml:lang="id-id"><seg>Hujan deras.</seg></tuv><tuv xml:lang="en-us"><seg>Heavy rain.</seg></tuv></tu>
</body></tmx>`;
    expect(readUnits(formats.tmx!, { main: tmx }).map((u) => [u.source, u.target, u.codes])).toEqual([
      ["Dia membawa anak-anaknya ke lantai dua.", "She carried her children upstairs.", 7],
      ["Hujan deras.", "Heavy rain.", undefined],
    ]);
  });

  it("XLIFF 1.2 and 2.0: <x/> and <ph> between two words leave a space (also inside a <mrk mtype=\"seg\"> sentence), <g>/<pc> keep their text; codes per sentence", () => {
    const xlf12 = `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="a" source-language="id" target-language="en" datatype="plaintext"><body>
<trans-unit id="1" approved="yes"><source>Ribuan warga<x id="1"/>mengungsi ke <g id="2">masjid</g>.</source><target>Thousands<x id="1"/>fled to <g id="2">mosques</g>.</target></trans-unit>
<trans-unit id="2"><source>Satu.<x id="3"/>Dua kali<ph id="4">%s</ph>.</source>
<seg-source><mrk mtype="seg" mid="a">Satu.</mrk><x id="3"/><mrk mtype="seg" mid="b">Dua kali<ph id="4">%s</ph>.</mrk></seg-source>
<target state="translated"><mrk mtype="seg" mid="a">One.</mrk><x id="3"/><mrk mtype="seg" mid="b">Twice<x id="5"/>over<ph id="4">%s</ph>.</mrk></target></trans-unit>
</body></file></xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf12 }).map((u) => [u.id, u.source, u.target, u.codes])).toEqual([
      ["1", "Ribuan warga mengungsi ke masjid.", "Thousands fled to mosques.", 4],
      // (the <x/> between the two sentences touches both: it goes with the one before, in its source and target)
      ["2#a", "Satu.", "One.", 2],
      // (a placeholder's own text, %s, is native code: dropped and counted, never kept)
      ["2#b", "Dua kali.", "Twice over.", 3],
    ]);
    const xlf20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id-ID" trgLang="en-GB"><file id="f"><unit id="u">
<segment state="translated"><source>Hujan<ph id="1"/>deras <pc id="2">turun</pc>.</source><target>Heavy<ph id="1"/>rain <pc id="2">fell</pc>.</target></segment></unit></file></xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf20 }).map((u) => [u.source, u.target, u.codes])).toEqual([["Hujan deras turun.", "Heavy rain fell.", 4]]);
  });
});

describe("TSV as a spreadsheet writes it", () => {
  const blank = { id: "", document: "", segments: [], status: "", author: "", changed: "" };

  it("a header row in any case and order; cells between quotes with their quotes doubled are read as the spreadsheet meant them", () => {
    const tsv = 'Target\tSource\tNote\r\n' +
      '"""The water rose very fast,"" said Siti."\t"""Air naik sangat cepat,"" kata Siti."\t"ok\tchecked"\r\n' +
      // (a Selaras cell that only starts with a quote, and one that is only between quotes, are read as written)
      '"Two," he said.\t"Dua," katanya.\t\r\n' +
      '"Three."\t"Tiga."\tx\r\n' +
      'C:\\\\x\tC:\\\\y\t\r\n';
    expect(readUnits(formats.tsv!, { main: tsv })).toEqual([
      { ...blank, source: '"Air naik sangat cepat," kata Siti.', target: '"The water rose very fast," said Siti.', note: "ok\tchecked" },
      { ...blank, source: '"Dua," katanya.', target: '"Two," he said.' },
      { ...blank, source: '"Tiga."', target: '"Three."', note: "x" },
      { ...blank, source: "C:\\y", target: "C:\\x" },
    ]);
  });

  it("a header row naming the languages: the Indonesian column is the source, the English one the target", () => {
    expect(readUnits(formats.tsv!, { main: "en-US\tNote\tid-ID\nOne.\tx\tSatu.\n" })).toEqual([{ ...blank, source: "Satu.", target: "One.", note: "x" }]);
    expect(readUnits(formats.tsv!, { main: "Indonesian\tEnglish\nSatu.\tOne.\n" })).toEqual([{ ...blank, source: "Satu.", target: "One." }]);
    // (a first row that names no language is a unit, as before; under a language header a short row is refused)
    expect(readUnits(formats.tsv!, { main: "Inggris\tEngland\n" })).toEqual([{ ...blank, source: "Inggris", target: "England" }]);
    expect(() => readUnits(formats.tsv!, { main: "id\ten\nSatu.\n" }, { main: "l.tsv" }))
      .toThrow(expect.objectContaining({ code: "tsv-column-count", data: { file: "l.tsv", line: 2, count: 1, expected: 2 } }));
  });

  it("a quoted cell that goes on over line breaks (blank ones too) is one cell; a quote never closed is refused at the row's first line", () => {
    const tsv = 'Source\tTarget\tNote\nSatu\t"One\n\nline ""two"""\tn\nDua\tTwo\t\n';
    expect(readUnits(formats.tsv!, { main: tsv })).toEqual([
      { ...blank, source: "Satu", target: 'One\n\nline "two"', note: "n" },
      { ...blank, source: "Dua", target: "Two" },
    ]);
    expect(() => readUnits(formats.tsv!, { main: 'source\ttarget\tnote\nSatu\t"One\nDua\tTwo\tx\n' }, { main: "s.tsv" }))
      .toThrow(expect.objectContaining({ code: "tsv-column-count", data: { file: "s.tsv", line: 2, count: 4, expected: 3 } }));
    // (a row of Selaras short by a lost tab, whose cell starts with a quote, is refused at its line as before)
    expect(() => readUnits(formats.tsv!, { main: 'source\ttarget\tnote\n"Kami berjuang." kata dia.\tWe fight.\nDua\tTwo\tx\n' }, { main: "s.tsv" }))
      .toThrow(expect.objectContaining({ code: "tsv-column-count", data: { file: "s.tsv", line: 2, count: 2, expected: 3 } }));
  });
});

describe("CSV as a spreadsheet saves it (import only)", () => {
  const readCsv = (text: string, chunk = 0) => {
    const units: ParallelUnit[] = [];
    const r = csv.createReader((u) => units.push(u), { files: { main: "t.csv" } });
    if (chunk === 0) r.write("main", text);
    else for (let i = 0; i < text.length; i += chunk) r.write("main", text.slice(i, i + chunk));
    r.end();
    return units;
  };

  it("every unit comes back exactly from the CSV writer, read whole and in 1-character chunks (a CR before a line break is a line break, as spreadsheets write it)", () => {
    const units = [...TRICKY, ...MULTILINE.filter((u) => u.id !== "crlf")];
    const text = writeUnits(csv, units, OPTIONS).main!;
    expect(readCsv(text)).toEqual(units);
    expect(readCsv(text, 1)).toEqual(units);
    expect(readCsv(writeUnits(csv, [unit({ source: "a\r\nb" })], OPTIONS).main!)[0]!.source).toBe("a\nb");
  });

  it("Excel in an Indonesian locale: semicolons, CRLF, a header naming the languages, quoted cells with quotes, semicolons and line breaks", () => {
    const text = 'Kode;Indonesian;English;Catatan\r\n' +
      'a1;Hujan deras.;Heavy rain.;\r\n' +
      'a2;"""Air naik; cepat,"" kata Siti.";"""The water rose; fast,"" said Siti.";"baris\r\ndua"\r\n' +
      '\r\n' +
      'a3;1,5 juta warga;1.5 million residents;ok\r\n';
    expect(readCsv(text).map((u) => [u.source, u.target])).toEqual([
      ["Hujan deras.", "Heavy rain."],
      ['"Air naik; cepat," kata Siti.', '"The water rose; fast," said Siti.'],
      ["1,5 juta warga", "1.5 million residents"],
    ]);
  });

  it("comma-separated with a Selaras header, without a header; refused with the row's line: a cell count that differs, a quote never closed, text after a closing quote", () => {
    expect(readCsv("source,target,status,author\nHujan.,Rain.,draft,ani\n").map((u) => [u.source, u.target, u.status, u.author])).toEqual([["Hujan.", "Rain.", "draft", "ani"]]);
    expect(readCsv('"Hujan, deras.","Rain, heavy."\nSatu.,One.,ignored\n').map((u) => [u.source, u.target])).toEqual([["Hujan, deras.", "Rain, heavy."], ["Satu.", "One."]]);
    const refused = (text: string) => { try { readCsv(text); return undefined; } catch (e) { const p = e as { code: string; data: Record<string, unknown> }; return [p.code, p.data.line]; } };
    expect(refused("Indonesian,English\nSatu.,One.\nHujan turun, deras.,Rain fell.\n")).toEqual(["csv-column-count", 3]);
    expect(refused('source,target\nSatu.,One.\n"Hujan.,Rain.\nDua.,Two.\n')).toEqual(["csv-unclosed-quote", 3]);
    expect(refused('source,target\n"Hujan" deras.,Rain.\n')).toEqual(["csv-bad-quote", 2]);
    expect(refused("Satu.\n")).toEqual(["csv-bad-row", 1]);
  });
});

describe("JSONL of translation datasets", () => {
  const blank = { id: "", document: "", segments: [], status: "", author: "", changed: "" };

  it("a Hugging Face translation row {\"translation\": {\"id\", \"en\"}} is a unit; a row without Indonesian or with a text that is no string is refused with the file and line", () => {
    const rows = '{"translation": {"id": "Hujan turun.", "en": "Rain falls."}}\n{"id": 7, "translation": {"en-US": "Two.", "id-ID": "Dua."}}\n{"translation": {"id": "Tiga."}}\n';
    expect(readUnits(formats.jsonl!, { main: rows })).toEqual([
      { ...blank, source: "Hujan turun.", target: "Rain falls." },
      { ...blank, id: "7", source: "Dua.", target: "Two." },
      { ...blank, source: "Tiga.", target: "" },
    ]);
    expect(() => readUnits(formats.jsonl!, { main: rows + '{"translation": {"en": "One.", "ms": "Satu."}}\n' }, { main: "d.jsonl" }))
      .toThrow(expect.objectContaining({ code: "jsonl-bad-field", data: { file: "d.jsonl", line: 4, field: "source" } }));
    expect(() => readUnits(formats.jsonl!, { main: '{"translation": {"id": "Satu.", "en": 1}}\n' }, { main: "d.jsonl" }))
      .toThrow(expect.objectContaining({ code: "jsonl-bad-field", data: { file: "d.jsonl", line: 1, field: "translation" } }));
  });

  it("rows of other parallel corpora: {\"src\", \"tgt\"} and language tags as keys ({\"id\", \"en\"}, NLLB's ind_Latn/eng_Latn); Selaras's own rows unchanged", () => {
    const rows = [
      '{"src": "Hujan turun.", "tgt": "Rain falls."}',
      '{"src": "Belum.", "tgt": null}',
      '{"id": "Dua orang tewas.", "en": "Two people died."}',
      '{"ind_Latn": "Tiga.", "eng_Latn": "Three.", "score": 0.93}',
      '{"id": "7", "source": "Empat.", "target": "Four."}',
    ].join("\n") + "\n";
    expect(readUnits(formats.jsonl!, { main: rows })).toEqual([
      { ...blank, source: "Hujan turun.", target: "Rain falls." },
      { ...blank, source: "Belum.", target: "" },
      { ...blank, source: "Dua orang tewas.", target: "Two people died." },
      { ...blank, source: "Tiga.", target: "Three." },
      { ...blank, id: "7", source: "Empat.", target: "Four." },
    ]);
    // (`id` without an English key is the unit's id: the row has no source)
    expect(() => readUnits(formats.jsonl!, { main: '{"id": "Lima.", "ms": "Lima."}\n' }, { main: "d.jsonl" }))
      .toThrow(expect.objectContaining({ code: "jsonl-bad-field", data: { file: "d.jsonl", line: 1, field: "source" } }));
    expect(() => readUnits(formats.jsonl!, { main: '{"src": ["Satu."], "tgt": "One."}\n' }, { main: "d.jsonl" }))
      .toThrow(expect.objectContaining({ code: "jsonl-bad-field", data: { file: "d.jsonl", line: 1, field: "src" } }));
  });
});

describe("selaras import of other tools' files", () => {
  let dir: string;
  let db: string;
  fixtureDbPerTest((d, f) => { dir = d; db = f; });

  /** Renderings as [segment ordinals, text, status, author]. */
  const renderings = () => renderingRows(db);

  it("Trados Studio SDLXLIFF: each sentence of a paragraph is stored on its own segment; a Draft stays a draft", async () => {
    const file = path.join(dir, "berita.docx.sdlxliff");
    fs.writeFileSync(file, SDLXLIFF);
    const r = await run(["import", file, "--format", "xliff", "--db", db, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "xliff", units: 5, created: 3, untranslated: 2, unmatched: 0 });
    expect(renderings()).toEqual([
      // (its <sdl:seg>'s <sdl:value key="created_by">: the sentence's author)
      [[2], "Heavy rain has lashed Jakarta since Tuesday night.", "translated", "ani"],
      [[3], "Thousands of residents fled to nearby mosques & schools.", "draft", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
  });

  it("an SDLXLIFF whose target holds a sentence its source has not: refused naming the file, line and mid, exit 2, the database unchanged", async () => {
    const file = path.join(dir, "berita.docx.sdlxliff");
    fs.writeFileSync(file, SDLXLIFF.replace('<target><mrk mtype="seg" mid="3">She carried her children upstairs.</mrk></target>',
      '<target><mrk mtype="seg" mid="3">She carried her children upstairs.</mrk> <mrk mtype="seg" mid="7">They waited there.</mrk></target>'));
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`selaras: ${file}:13: the target's sentence <mrk mtype="seg" mid="7"> has no source sentence of that mid in <seg-source>\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    expect(dumpDb(db)).toBe(before);
  });

  it("a spreadsheet's TSV: the quoted sentence is matched and stored as the spreadsheet shows it", async () => {
    const file = path.join(dir, "sheet.tsv");
    fs.writeFileSync(file, 'Source\tTarget\tStatus\n"""Air naik sangat cepat,"" kata Siti, warga Penjaringan."\t"""The water rose very fast,"" said Siti, a resident of Penjaringan."\tDraft\n');
    const r = await run(["import", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "tsv", units: 1, created: 1, unmatched: 0 });
    expect(renderings()).toEqual([[[4], '"The water rose very fast," said Siti, a resident of Penjaringan.', "draft", "import"]]);
  });

  it("a Wordfast text TM imported as TSV is refused with the file and line, exit 2, the database unchanged", async () => {
    const file = path.join(dir, "wf.txt");
    fs.writeFileSync(file, "%20240619~080000\t%User ID,AN,Ani\t%TU=00000001\t%ID-ID\t%Wordfast TM v.546/00\t%EN-US\t%---80178412\t \t \n" +
      "20240619~080000\tAN\t0\tID-ID\tDia membawa anak-anaknya ke lantai dua.\tEN-US\tShe carried her children upstairs.\t \t \n");
    const before = dumpDb(db);
    const r = await run(["import", file, "--format", "tsv", "--keep-tm", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${file}:1: this is a Wordfast translation memory in its text format, not TSV: export it from Wordfast as TMX and import that\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("a TMX whose writer indented the text of its <seg>s: stored without the layout's line breaks and indentation", async () => {
    const file = path.join(dir, "pretty.tmx");
    fs.writeFileSync(file, '<?xml version="1.0"?>\n<tmx version="1.4"><header creationtool="x" creationtoolversion="1" srclang="id" adminlang="en" datatype="plaintext" o-tmf="x" segtype="sentence"/><body>\n' +
      '<tu>\n  <tuv xml:lang="id">\n    <seg>\n      Dia membawa anak-anaknya\n      ke lantai dua.\n    </seg>\n  </tuv>\n  <tuv xml:lang="en">\n    <seg>\n      She carried her children\n      upstairs.\n    </seg>\n  </tuv>\n</tu>\n' +
      '<tu><tuv xml:lang="id"><seg>\n  Pemerintah menyiapkan 2.000 paket bantuan.\n</seg></tuv><tuv xml:lang="en"><seg>\n  \n</seg></tuv></tu>\n</body></tmx>\n');
    const r = await run(["import", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ units: 2, created: 1, untranslated: 1, unmatched: 0 });
    // (the line break inside the text is the text's)
    expect(renderings()).toEqual([[[5], "She carried her children\n      upstairs.", "translated", "import"]]);
  });

  it("a memoQ TMX with a tab placeholder between words: matched and stored as plain text; the summary says inline codes were dropped", async () => {
    const file = path.join(dir, "memoq.tmx");
    fs.writeFileSync(file, `<?xml version="1.0" encoding="utf-8"?>
<tmx version="1.4"><header creationtool="MemoQ" creationtoolversion="9.12.9" segtype="sentence" adminlang="en-us" srclang="id-id" o-tmf="MemoQTM" datatype="unknown"/><body>
<tu changedate="20240619T092614Z" changeid="dewi"><tuv xml:lang="id-id"><seg>Dia membawa<ph type="x-tab">&lt;tab/&gt;</ph>anak-anaknya ke lantai dua.</seg></tuv>
<tuv xml:lang="en-us"><seg>She carried<ph type="x-tab">&lt;tab/&gt;</ph>her children <bpt i="1" type="bold">{}</bpt>upstairs<ept i="1">{}</ept>.</seg></tuv></tu>
<tu><tuv xml:lang="id-id"><seg>Pemerintah menyiapkan 1.500 paket bantuan.</seg></tuv><tuv xml:lang="en-us"><seg>The government prepared 1,500 aid packages.</seg></tuv></tu>
</body></tmx>`);
    const r = await run(["import", file, "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: 2 units read (tmx)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  1 unit held inline codes (formatting tags, placeholders): stored as its text, its codes kept for an export in the same format\n");
    expect(renderings()).toEqual([
      [[5], "She carried her children upstairs.", "translated", "dewi"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
  });

  // Translate Toolkit 3.8.4's po2xliff output for a PO file of Indonesian msgids, byte for byte: it
  // declares source-language="en-US" whatever the PO says, no target language, and a unit for the PO header.
  const PO2XLIFF = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:1.1" version="1.1">
  <file original="berita.po" source-language="en-US" datatype="plaintext">
    <body>
      <trans-unit xml:space="preserve" id="2" approved="no" restype="x-gettext-domain-header"><source>Content-Type: text/plain; charset=UTF-8
Language: en
</source>
        <target state="translated">Content-Type: text/plain; charset=UTF-8
Language: en
</target>
      </trans-unit>
      <trans-unit xml:space="preserve" id="3" approved="yes"><source>Dia membawa anak-anaknya ke lantai dua.</source>
        <target state="translated">She carried her children upstairs.</target>
        <context-group name="po-reference" purpose="location"><context context-type="sourcefile">berita.txt</context><context context-type="linenumber">4</context></context-group>
      </trans-unit>
      <trans-unit xml:space="preserve" id="4" approved="no"><source>Pemerintah menyiapkan 1.500 paket bantuan.</source>
        <target state="needs-translation">The government prepared 1,500 aid packages.</target>
        <context-group name="po-reference" purpose="location"><context context-type="sourcefile">berita.txt</context><context context-type="linenumber">6</context></context-group>
      </trans-unit>
      <trans-unit xml:space="preserve" id="5"><source>Hujan deras mengguyur Jakarta sejak Selasa malam.</source>
        <target></target>
      </trans-unit>
    </body>
  </file>
</xliff>
`;

  it("Translate Toolkit's po2xliff output (declares en-US): refused with the way out named, exit 2, the database unchanged", async () => {
    const file = path.join(dir, "berita.xlf");
    fs.writeFileSync(file, PO2XLIFF);
    const before = dumpDb(db);
    const r = await run(["import", file, "--keep-tm", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(`selaras: ${file}:3: the XLIFF source language is 'en-US', expected Indonesian (id) (if its source is Indonesian all the same, ` +
      "as in Translate Toolkit's po2xliff output, which always declares en-US, import it with --source-is-indonesian)\n");
    expect(dumpDb(db)).toBe(before);
  });

  it("--source-is-indonesian: po2xliff output is imported (approved translated, fuzzy a draft, the PO header unit skipped, not even kept as memory)", async () => {
    const file = path.join(dir, "berita.xlf");
    fs.writeFileSync(file, PO2XLIFF);
    const r = await run(["import", file, "--source-is-indonesian", "--keep-tm", "--db", db, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "xliff", units: 3, created: 2, untranslated: 1, unmatched: 0, keptTm: 0, inlineCodes: 0 });
    expect(renderings()).toEqual([
      [[5], "She carried her children upstairs.", "translated", "import"],
      [[6], "The government prepared 1,500 aid packages.", "draft", "import"],
    ]);
  });

  it("--source-is-indonesian overrules the declared source only: a German target is still refused, exit 2, the database unchanged", async () => {
    const file = path.join(dir, "de.xlf");
    fs.writeFileSync(file, PO2XLIFF.replace('source-language="en-US"', 'source-language="en-US" target-language="de-DE"'));
    const before = dumpDb(db);
    const r = await run(["import", file, "--source-is-indonesian", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${file}:3: the XLIFF target language is 'de-DE', expected English (en)\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("a TMX whose header says en-US (OPUS' srclang=\"en\", a TM kept English to Indonesian): read by its <tuv>s' own languages, the id variant the source, the en-US one the target; a first <tu> without Indonesian refuses the file", async () => {
    const file = path.join(dir, "en.tmx");
    fs.writeFileSync(file, `<?xml version="1.0"?>
<tmx version="1.4"><header creationtool="Heartsome TMX Editor" creationtoolversion="8" segtype="sentence" o-tmf="x" adminlang="en-US" srclang="en-US" datatype="plaintext"/><body>
<tu><tuv xml:lang="en-US"><seg>She carried her children upstairs.</seg></tuv><tuv xml:lang="id-ID"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv></tu>
</body></tmx>`);
    const r = await run(["import", file, "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(renderings()).toEqual([[[5], "She carried her children upstairs.", "translated", "import"]]);
    const de = path.join(dir, "de.tmx");
    fs.writeFileSync(de, fs.readFileSync(file, "utf8").replace('xml:lang="id-ID"', 'xml:lang="de-DE"'));
    const before = dumpDb(db);
    const refused = await run(["import", de, "--db", db, "--skip-refused"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`selaras: ${de}:2: the TMX source language is 'en-US', and its first <tu> (line 3) has no Indonesian (id) variant: is this the right file? Nothing was imported\n`);
    expect(dumpDb(db)).toBe(before);
  });

  it("a spreadsheet's CSV (Excel's CSV UTF-8: BOM, CRLF, quotes): imported from its extension; a row with an unquoted comma is refused with its line, exit 2, the database unchanged", async () => {
    const file = path.join(dir, "sheet.csv");
    fs.writeFileSync(file, '\ufeffSource,Target,Status\r\n"""Air naik sangat cepat,"" kata Siti, warga Penjaringan.","""The water rose very fast,"" said Siti, a resident of Penjaringan.",Draft\r\n' +
      'Dia membawa anak-anaknya ke lantai dua.,She carried her children upstairs.,\r\n');
    const r = await run(["import", file, "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: 2 units read (csv)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it\n`);
    expect(renderings()).toEqual([
      [[4], '"The water rose very fast," said Siti, a resident of Penjaringan.', "draft", "import"],
      [[5], "She carried her children upstairs.", "translated", "import"],
    ]);
    const bad = path.join(dir, "bad.txt");
    fs.writeFileSync(bad, "source,target\nPemerintah menyiapkan 1.500 paket bantuan.,The government prepared 1,500 aid packages.\n");
    const before = dumpDb(db);
    const refused = await run(["import", bad, "--db", db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toBe(`selaras: ${bad}:2: the header has 2 columns, this row 3 (a ',' inside a cell must be between quotes, or it shifts the fields after it)\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    expect(dumpDb(db)).toBe(before);
  });

  it("OmegaT's project_save.tmx with a default and an alternative translation of one sentence: the first is stored, the other is a conflict (exit 1), never a silent replacement", async () => {
    const file = path.join(dir, "project_save.tmx");
    fs.writeFileSync(file, `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="OmegaT" creationtoolversion="6.0.0" segtype="sentence" o-tmf="OmegaT TMX" adminlang="EN-US" srclang="id" datatype="plaintext"/><body>
<!-- Default translations -->
<tu><tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv><tuv xml:lang="en" changeid="ani" changedate="20240619T080000Z"><seg>She carried her children upstairs.</seg></tuv></tu>
<!-- Alternative translations -->
<tu><prop type="file">berita.txt</prop><prop type="prev">x</prop><tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv><tuv xml:lang="en" changeid="budi" changedate="20240620T080000Z"><seg>She took her children to the second floor.</seg></tuv></tu>
<tu><tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv><tuv xml:lang="en"><seg>She carried her children upstairs.</seg></tuv></tu>
</body></tmx>`);
    const r = await run(["import", file, "--db", db]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(`${file}: 3 units read (tmx)\n  1 new, 0 replaced, 1 unchanged, 0 without a target\n` +
      `  conflict at ${SLUG}:5: the file translates this sentence twice, differently; its first translation (rendering #1) was kept\n` +
      "    - She carried her children upstairs.\n    + She took her children to the second floor.\n1 conflict: nothing was overwritten.\n");
    expect(renderings()).toEqual([[[5], "She carried her children upstairs.", "translated", "ani"]]);
  });

  it("a file none of whose units changes anything leaves the database as it was", async () => {
    const file = path.join(dir, "x.xlf");
    fs.writeFileSync(file, `<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2"><file original="b" source-language="id" target-language="en" datatype="plaintext"><body>
<trans-unit id="1" translate="no"><source>Hujan deras mengguyur Jakarta sejak Selasa malam.</source><target>Hujan deras mengguyur Jakarta sejak Selasa malam.</target></trans-unit></body></file></xliff>`);
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: 1 unit read (xliff)\n  0 new, 0 replaced, 0 unchanged, 1 without a target\n`);
    expect(dumpDb(db)).toBe(before);
  });
});

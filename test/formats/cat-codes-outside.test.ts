/**
 * Files from real CAT tools, round two: inline codes outside the sentences of a segmented XLIFF 1.2
 * unit (Trados Studio's paragraph formatting around its `<mrk mtype="seg">`s, a tab or footnote code at
 * a sentence's edge; Okapi's nested `<g>`s around a sentence), a code in the target only (formatting a
 * translator added), a 1.2 `<target>` without `state`, and elements or attributes of another namespace
 * (`<xliff:g>`, `sdl:`, `okp:`). Each is imported, exported as XLIFF 1.2 (exact bytes), validated with
 * xmllint against the OASIS strict schema and read back by Translate Toolkit; bad input stays refused.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits, writeUnits } from "../../src/formats";
import { dumpDb, REPO, run, sharedPath, tempDir } from "../helpers/cli";

const CAT = path.join(REPO, "test", "fixtures", "cat-exchange");
const SCHEMA = path.join(sharedPath("schemas"), "xliff-core-1.2-strict.xsd");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";
const DOC = "banjir-jakarta";
const clock = () => new Date("2024-07-01T00:00:00Z");

/** [id, source, target, status, codes, markup source, markup target] of every unit read from `text`. */
const read = (text: string) => readUnits(formats.xliff!, { main: text }).map((u) => [u.id, u.source, u.target, u.status, u.codes, u.markup?.source, u.markup?.target]);

const xlf12 = (units: string, root = 'xmlns="urn:oasis:names:tc:xliff:document:1.2"') => `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" ${root}>
<file original="banjir.html" source-language="id" target-language="en" datatype="html">
<body>
${units}
</body>
</file>
</xliff>
`;

describe("codes outside the sentences of a segmented XLIFF 1.2 unit go with the sentence they belong to", () => {
  it("Trados Studio: a heading's <g> around its one sentence, a tab before the first sentence, an italic <g> around two, a footnote after them, a bold <g> the translator added", () => {
    expect(read(fs.readFileSync(path.join(CAT, "c13-trados-codes-outside.sdlxliff"), "utf8"))).toEqual([
      ["7b1d9f00-0000-4000-8000-000000000001", "Banjir Melanda Jakarta", "Floods Hit Jakarta", "translated", 2, '<g id="1">Banjir Melanda Jakarta</g>', '<g id="1">Floods Hit Jakarta</g>'],
      // (the tab touches the <g> holding the sentence: it goes before it; the <g> around two sentences goes around each)
      ["7b1d9f00-0000-4000-8000-000000000002#2", "Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning.", "translated", 4,
        '<x id="2"/><g id="3">Hujan deras mengguyur Jakarta sejak Senin pagi.</g>', '<x id="2"/><g id="3">Heavy rain has drenched Jakarta since Monday morning.</g>'],
      // (the footnote touches the sentence before it, not the one after the space)
      ["7b1d9f00-0000-4000-8000-000000000002#3", "Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.", "Some 1,200 residents fled to safer places.", "reviewed", 4,
        '<g id="3">Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</g><x id="4"/>', '<g id="3">Some 1,200 residents fled to safer places.</g><x id="4"/>'],
      // (a code in the target only is kept: see inline-code-mismatch below)
      ["7b1d9f00-0000-4000-8000-000000000002#4", "Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", "translated", 1,
        "Gubernur meminta warga tetap waspada.", 'The governor asked residents to stay <g id="5">alert</g>.'],
    ]);
  });

  it("Okapi: nested <g>s around a sentence and the space after it; a <g clone=\"no\"> around two sentences becomes <it pos=\"open|close\">; a <g> holding text between sentences stays out with its text", () => {
    const okapi = xlf12(`<trans-unit id="tu1" xml:space="preserve">
<source xml:lang="id"><g id="1" ctype="x-p"><g id="2">Banjir Melanda Jakarta </g></g></source>
<seg-source><g id="1" ctype="x-p"><g id="2"><mrk mid="0" mtype="seg">Banjir Melanda Jakarta</mrk> </g></g></seg-source>
<target xml:lang="en" state="translated"><g id="1" ctype="x-p"><g id="2"><mrk mid="0" mtype="seg">Floods Hit Jakarta</mrk> </g></g></target>
</trans-unit>
<trans-unit id="tu2" xml:space="preserve">
<source xml:lang="id"><g id="1" ctype="italic" clone="no">Hujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</g> <g id="2">catatan</g> <x id="3" ctype="x-tab"/> <bx id="4" rid="1" ctype="bold"/>Gubernur meminta warga tetap waspada.<ex id="5" rid="1"/></source>
<seg-source><g id="1" ctype="italic" clone="no"><mrk mid="0" mtype="seg">Hujan deras mengguyur Jakarta sejak Senin pagi.</mrk> <mrk mid="1" mtype="seg">Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</mrk></g> <g id="2">catatan</g> <x id="3" ctype="x-tab"/> <bx id="4" rid="1" ctype="bold"/><mrk mid="2" mtype="seg">Gubernur meminta warga tetap waspada.</mrk><ex id="5" rid="1"/></seg-source>
<target xml:lang="en" state="translated"><g id="1" ctype="italic" clone="no"><mrk mid="0" mtype="seg">Heavy rain has drenched Jakarta since Monday morning.</mrk> <mrk mid="1" mtype="seg">Some 1,200 residents fled to safer places.</mrk></g> <g id="2">catatan</g> <x id="3" ctype="x-tab"/> <bx id="4" rid="1" ctype="bold"/><mrk mid="2" mtype="seg">The governor asked residents to stay alert.</mrk><ex id="5" rid="1"/></target>
</trans-unit>`);
    expect(read(okapi)).toEqual([
      ["tu1", "Banjir Melanda Jakarta", "Floods Hit Jakarta", "translated", 4, '<g id="1" ctype="x-p"><g id="2">Banjir Melanda Jakarta</g></g>', '<g id="1" ctype="x-p"><g id="2">Floods Hit Jakarta</g></g>'],
      ["tu2#0", "Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning.", "translated", 2,
        '<it id="1" ctype="italic" pos="open"/>Hujan deras mengguyur Jakarta sejak Senin pagi.', '<it id="1" ctype="italic" pos="open"/>Heavy rain has drenched Jakarta since Monday morning.'],
      // (the tab touches neither sentence: it goes with the one before; the <g> that holds text stays out, as its text does)
      ["tu2#1", "Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.", "Some 1,200 residents fled to safer places.", "translated", 4,
        'Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.<it id="1" ctype="italic" pos="close"/><x id="3" ctype="x-tab"/>', 'Some 1,200 residents fled to safer places.<it id="1" ctype="italic" pos="close"/><x id="3" ctype="x-tab"/>'],
      // (the <bx/> and <ex/> touch the sentence: around it)
      ["tu2#2", "Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", "translated", 4,
        '<bx id="4" rid="1" ctype="bold"/>Gubernur meminta warga tetap waspada.<ex id="5" rid="1"/>', '<bx id="4" rid="1" ctype="bold"/>The governor asked residents to stay alert.<ex id="5" rid="1"/>'],
    ]);
    // written as XLIFF 1.2 with its codes: valid against the strict schema, read by Translate Toolkit
    const dir = tempDir("selaras-cat-okapi-");
    try {
      const file = path.join(dir, "okapi.xlf");
      const units = readUnits(formats.xliff!, { main: okapi }).map((u) => ({ ...u, document: DOC, status: "translated" }));
      fs.writeFileSync(file, writeUnits(formats.xliff12!, units, { tool: "Selaras", toolVersion: "1" }).main!);
      expect(() => execFileSync("xmllint", ["--noout", "--schema", SCHEMA, file], { stdio: "pipe" })).not.toThrow();
      const script = "import json, sys\nfrom translate.storage import xliff\nprint(json.dumps([[u.source, u.target] for u in xliff.xlifffile.parsefile(sys.argv[1]).units]))";
      expect(JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" }))).toEqual(units.map((u) => [u.source, u.target]));
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("codes in an XLIFF 2.0 <ignorable> between segments go with a segment", () => {
  it("a <ph> with the segment before, an <sc> that begins a range with the one after (its <ec> there: one range again); the export is valid against xliff_core_2.0.xsd", () => {
    const xlf20 = `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
 <file id="f1" original="banjir.html">
  <unit id="p1">
   <originalData>
    <data id="d1">&lt;br/></data>
    <data id="d2">&lt;i></data>
    <data id="d3">&lt;/i></data>
   </originalData>
   <segment id="s1" state="translated">
    <source>Hujan deras mengguyur Jakarta sejak Senin pagi.</source>
    <target>Heavy rain has drenched Jakarta since Monday morning.</target>
   </segment>
   <ignorable>
    <source><ph id="1" dataRef="d1"/> <sc id="2" dataRef="d2"/></source>
   </ignorable>
   <segment id="s2" state="translated">
    <source>Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.<ec startRef="2" dataRef="d3"/></source>
    <target>Some 1,200 residents fled to safer places.<ec startRef="2" dataRef="d3"/></target>
   </segment>
  </unit>
 </file>
</xliff>
`;
    const units = readUnits(formats.xliff!, { main: xlf20 });
    expect(units.map((u) => [u.id, u.codes, u.markup])).toEqual([
      ["p1#s1", 2, { dialect: "xliff20", source: 'Hujan deras mengguyur Jakarta sejak Senin pagi.<ph id="1" dataRef="d1"/>', target: 'Heavy rain has drenched Jakarta since Monday morning.<ph id="1" dataRef="d1"/>',
        data: '<originalData><data id="d1">&lt;br/&gt;</data></originalData>' }],
      ["p1#s2", 4, { dialect: "xliff20", source: '<sc id="2" dataRef="d2"/>Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.<ec startRef="2" dataRef="d3"/>',
        target: '<sc id="2" dataRef="d2"/>Some 1,200 residents fled to safer places.<ec startRef="2" dataRef="d3"/>', data: '<originalData><data id="d2">&lt;i&gt;</data><data id="d3">&lt;/i&gt;</data></originalData>' }],
    ]);
    const dir = tempDir("selaras-cat-ignorable-");
    try {
      const file = path.join(dir, "out.xlf");
      fs.writeFileSync(file, writeUnits(formats.xliff!, units.map((u) => ({ ...u, document: DOC })), { tool: "Selaras", toolVersion: "1" }).main!);
      expect(() => execFileSync("xmllint", ["--noout", "--schema", path.join(sharedPath("schemas"), "xliff_core_2.0.xsd"), file], { stdio: "pipe" })).not.toThrow();
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an XLIFF 2.0 unit of one segment with an <ignorable> beside it", () => {
  it("is read as its segment and keeps its codes (they were dropped from the kept markup before: a unit of several parts kept none)", () => {
    const xlf20 = `<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f1"><unit id="u1">
<originalData><data id="d1">&lt;br/></data></originalData>
<segment id="s1" state="translated"><source>Hujan <ph id="9" dataRef="d1"/>deras.</source><target>Heavy <ph id="9" dataRef="d1"/>rain.</target></segment>
<ignorable><source> </source></ignorable>
</unit></file></xliff>`;
    expect(read(xlf20)).toEqual([["u1", "Hujan deras.", "Heavy rain.", "translated", 2, 'Hujan <ph id="9" dataRef="d1"/>deras.', 'Heavy <ph id="9" dataRef="d1"/>rain.']]);
  });
});

describe("a 1.2 <target> without state", () => {
  it("is translated (the attribute has no default; Weblate and Okapi read it as a translation), not reviewed unless approved; a state-less copy of the source is a draft (a tool's copy-source, which OmegaT's Okapi filter reads as untranslated)", () => {
    const units = xlf12(`<trans-unit id="1"><source>Hujan deras mengguyur Jakarta sejak Senin pagi.</source><target>Heavy rain has drenched Jakarta since Monday morning.</target></trans-unit>
<trans-unit id="2" approved="yes"><source>Gubernur meminta warga tetap waspada.</source><target>The governor asked residents to stay alert.</target></trans-unit>
<trans-unit id="3"><source>Banjir Melanda Jakarta</source><target>Banjir Melanda Jakarta</target></trans-unit>
<trans-unit id="4" approved="yes"><source>Jakarta</source><target>Jakarta</target></trans-unit>
<trans-unit id="5"><source>Sebanyak 1.200 warga mengungsi.</source><target state="new">Sebanyak 1.200 warga mengungsi.</target></trans-unit>`);
    expect(read(units).map((u) => u.slice(0, 4))).toEqual([
      // (no status word: the import stores a target so as translated)
      ["1", "Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning.", ""],
      ["2", "Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", "translated"],
      ["3", "Banjir Melanda Jakarta", "Banjir Melanda Jakarta", "draft"],
      // (approved: a translator confirmed the English is the same)
      ["4", "Jakarta", "Jakarta", "translated"],
      // (state="new" says it is still to be translated: the copy of the source is no target — untranslatedCopy;
      // without a state nothing says so, and 3 is kept as a draft)
      ["5", "Sebanyak 1.200 warga mengungsi.", "", ""],
    ]);
  });
});

describe("namespaces", () => {
  it("<xliff:g> (the XLIFF namespace under a prefix) is <g>; sdl:, okp: and other foreign attributes are left out of the kept codes (the export declares no such namespace)", () => {
    const prefixed = `<?xml version="1.0" encoding="UTF-8"?>
<xliff:xliff version="1.2" xmlns:xliff="urn:oasis:names:tc:xliff:document:1.2" xmlns:okp="okapi-framework:xliff-extensions" xmlns:sdl="http://sdl.com/FileTypes/SdlXliff/1.0">
<xliff:file original="a.html" source-language="id" target-language="en" datatype="html"><xliff:body>
<xliff:trans-unit id="1" okp:engine="x"><xliff:source>Gubernur meminta warga tetap <xliff:g id="1" ctype="bold" okp:equiv="b">waspada</xliff:g>.</xliff:source>
<xliff:target state="translated">The governor asked residents to stay <xliff:g id="1" ctype="bold" sdl:start="false">alert</xliff:g>.</xliff:target></xliff:trans-unit>
</xliff:body></xliff:file></xliff:xliff>`;
    expect(read(prefixed)).toEqual([
      ["1", "Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", "translated", 2, 'Gubernur meminta warga tetap <g id="1" ctype="bold">waspada</g>.', 'The governor asked residents to stay <g id="1" ctype="bold">alert</g>.'],
    ]);
  });
});

describe("elements of another namespace in a text", () => {
  it("are no codes: their text is text, their tags are left out of the kept markup (no XLIFF schema allows them there; without the prefix an XHTML <h:b>, or an <q:x> named like XLIFF's <x/>, would pass for an XLIFF code)", () => {
    const foreign = xlf12(`<trans-unit id="1"><source>Gubernur meminta <h:b>warga</h:b> tetap <g id="1">waspada<its:x/></g>.</source>
<target state="translated">The governor asked <h:b>residents</h:b> to stay <g id="1">alert</g>.</target></trans-unit>
<trans-unit id="2"><source>Hujan <x id="1"/><q:x xmlns:q="urn:example:other">deras</q:x>.</source><target state="translated">Heavy <x id="1"/>rain.</target></trans-unit>`,
    'xmlns="urn:oasis:names:tc:xliff:document:1.2" xmlns:h="http://www.w3.org/1999/xhtml" xmlns:its="http://www.w3.org/2005/11/its"');
    expect(read(foreign)).toEqual([
      ["1", "Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", "translated", 2, 'Gubernur meminta warga tetap <g id="1">waspada</g>.', 'The governor asked residents to stay <g id="1">alert</g>.'],
      ["2", "Hujan deras.", "Heavy rain.", "translated", 2, 'Hujan <x id="1"/>deras.', 'Heavy <x id="1"/>rain.'],
    ]);
  });
});

describe("selaras import, then export xliff12: exact bytes, valid, read by Translate Toolkit", () => {
  let dir: string;
  beforeEach(async () => {
    dir = tempDir("selaras-cat-outside-");
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const cli = (args: string[]) => run(args, { cwd: dir, clock });

  it("Trados' codes outside the sentences are exported with each sentence; the added bold is reported by inline-code-mismatch as a warning, not lost", async () => {
    const imported = await cli(["import", path.join(CAT, "c13-trados-codes-outside.sdlxliff")]);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain("4 units held inline codes");
    const out = path.join(dir, "out.xlf");
    expect((await cli(["export", "--format", "xliff12", "--out", out])).code).toBe(0);
    const text = fs.readFileSync(out, "utf8");
    expect(text.split("\n").filter((l) => /<(source|target)\b/.test(l)).map((l) => l.trim())).toEqual([
      '<source><g id="1">Banjir Melanda Jakarta</g></source>',
      '<target state="translated"><g id="1">Floods Hit Jakarta</g></target>',
      '<source><x id="2"/><g id="3">Hujan deras mengguyur Jakarta sejak Senin pagi.</g></source>',
      '<target state="translated"><x id="2"/><g id="3">Heavy rain has drenched Jakarta since Monday morning.</g></target>',
      '<source><g id="3">Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</g><x id="4"/></source>',
      '<target state="translated"><g id="3">Some 1,200 residents fled to safer places.</g><x id="4"/></target>',
      "<source>Gubernur meminta warga tetap waspada.</source>",
      '<target state="translated">The governor asked residents to stay <g id="5">alert</g>.</target>',
    ]);
    expect(() => execFileSync("xmllint", ["--noout", "--schema", SCHEMA, out], { stdio: "pipe" })).not.toThrow();
    const script = [
      "import json, sys",
      "from translate.storage import xliff",
      "f = xliff.xlifffile.parsefile(sys.argv[1])",
      "print(json.dumps([[u.source, u.target, u.isapproved()] for u in f.units]))",
    ].join("\n");
    expect(JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, out], { encoding: "utf8" }))).toEqual([
      ["Banjir Melanda Jakarta", "Floods Hit Jakarta", true],
      ["Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning.", true],
      ["Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.", "Some 1,200 residents fled to safer places.", true],
      ["Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert.", true],
    ]);
    const check = await cli(["check", "--format", "json"]);
    expect(JSON.parse(check.stdout).findings.map((f: { ref: string; checkId: string; severity: string; messageId: string; data: unknown }) => [f.ref, f.checkId, f.severity, f.messageId, f.data])).toEqual([
      [`${DOC}:4`, "inline-code-mismatch", "warning", "extra-paired", { open: "{1}", close: "{/1}" }],
    ]);
  });

  it("a segmented target holding text outside its sentences that the source has not outside its own (English no unit would carry) is refused: exit 2, file and unit line, the database exactly as it was; a bullet the tool copied is no such text", async () => {
    const file = path.join(dir, "outside.xlf");
    fs.writeFileSync(file, xlf12(`<trans-unit id="t1"><source>• Banjir Melanda Jakarta</source>
<seg-source>• <mrk mtype="seg" mid="1">Banjir Melanda Jakarta</mrk></seg-source>
<target>• <mrk mtype="seg" mid="1">Floods Hit Jakarta</mrk></target></trans-unit>
<trans-unit id="t2"><source>Hujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</source>
<seg-source><mrk mtype="seg" mid="2">Hujan deras mengguyur Jakarta sejak Senin pagi.</mrk> <mrk mtype="seg" mid="3">Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</mrk></seg-source>
<target><mrk mtype="seg" mid="2">Heavy rain has drenched Jakarta since Monday morning.</mrk> Some 1,200 residents fled to safer places.</target></trans-unit>`));
    expect(read(fs.readFileSync(file, "utf8").replace(/<trans-unit id="t2">[\s\S]*<\/trans-unit>/, "")).map((u) => u.slice(0, 3))).toEqual([["t1", "Banjir Melanda Jakarta", "Floods Hit Jakarta"]]);
    const before = dumpDb(path.join(dir, "selaras.db"));
    const r = await cli(["import", file]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${file}:8: the target holds text outside its sentences (<mrk mtype="seg">) that the source has not outside its own: “Some 1,200 residents fled to safer places.” (it would be lost)`);
    expect(dumpDb(path.join(dir, "selaras.db"))).toBe(before);
  });

  it("bad input after a unit with codes outside its sentences: exit 2, file and line, the database exactly as it was", async () => {
    const good = fs.readFileSync(path.join(CAT, "c13-trados-codes-outside.sdlxliff"), "utf8");
    // (the target's last sentence names a mid no source sentence has)
    const bad = good.replace('<mrk mtype="seg" mid="4">The governor', '<mrk mtype="seg" mid="9">The governor');
    const file = path.join(dir, "bad.sdlxliff");
    fs.writeFileSync(file, bad);
    const before = dumpDb(path.join(dir, "selaras.db"));
    const r = await cli(["import", file]);
    expect(r.code).toBe(2);
    const line = bad.split("\n").findIndex((l) => l.includes('<trans-unit id="7b1d9f00-0000-4000-8000-000000000002">')) + 1;
    expect(r.stderr).toContain(`${file}:${line}`);
    expect(dumpDb(path.join(dir, "selaras.db"))).toBe(before);
  });
});

/** Reading other tools' files: inline codes, several segments, missing optional parts, header variants. */
import { formats, readUnits, writeUnits } from "../../src/formats";

const blank = { id: "", document: "", segments: [], status: "", author: "", changed: "" };

describe("reading other tools' files", () => {
  it("XLIFF 1.2 of Selaras edited in a CAT tool: a unit confirmed or reopened there gets the status its marks say", () => {
    const unit = (id: string, status: string, target: string) => ({ id, document: "berita", segments: [`berita:${id}`], source: `Kalimat ${id}.`, target, status, author: "", changed: "" });
    const units = [unit("1", "draft", "One."), unit("2", "aligned", "Two."), unit("3", "translated", "Three."), unit("4", "reviewed", "Four."), unit("5", "", "")];
    const xlf = writeUnits(formats.xliff12!, units, { tool: "Selaras", toolVersion: "0" }).main!;
    // untouched: the statuses Selaras wrote, aligned apart from draft
    expect(readUnits(formats.xliff12!, { main: xlf }).map((u) => u.status)).toEqual(["draft", "aligned", "translated", "reviewed", ""]);
    const edited = xlf
      .replace('<trans-unit id="1" xml:space="preserve">', '<trans-unit id="1" approved="yes" xml:space="preserve">')
      .replace('<target state="needs-review-translation">One.', '<target state="translated">One.')
      .replace('<trans-unit id="3" approved="yes" xml:space="preserve">', '<trans-unit id="3" xml:space="preserve">')
      .replace('<target state="translated">Three.', '<target state="needs-review-translation">Three, again.')
      .replace('<target state="signed-off">Four.', '<target state="final">Four.');
    expect(readUnits(formats.xliff12!, { main: edited }).map((u) => [u.status, u.target])).toEqual([
      ["translated", "One."], ["aligned", "Two."], ["draft", "Three, again."], ["reviewed", "Four."], ["", ""],
    ]);
  });

  it("XLIFF 2.0 of Selaras edited in a CAT tool: a unit whose state the tool changed gets the status that state says", () => {
    const unit = (id: string, status: string, target: string) => ({ id, document: "berita", segments: [`berita:${id}`], source: `Kalimat ${id}.`, target, status, author: "", changed: "" });
    const units = [unit("1", "draft", "One."), unit("2", "aligned", "Two."), unit("3", "translated", "Three."), unit("4", "", "Four.")];
    const xlf = writeUnits(formats.xliff!, units, { tool: "Selaras", toolVersion: "0" }).main!;
    expect(readUnits(formats.xliff!, { main: xlf }).map((u) => u.status)).toEqual(["draft", "aligned", "translated", ""]);
    const edited = xlf
      // confirmed, the subState removed as XLIFF 2.0 requires
      .replace('<segment state="initial" subState="selaras:draft">', '<segment state="translated">')
      // reviewed by a tool that kept the old subState
      .replace('<segment state="translated" subState="selaras:translated">', '<segment state="reviewed" subState="selaras:translated">')
      .replace('<segment state="translated">\n        <source xml:space="preserve">Kalimat 4.', '<segment state="final">\n        <source xml:space="preserve">Kalimat 4.');
    expect(readUnits(formats.xliff!, { main: edited }).map((u) => u.status)).toEqual(["translated", "aligned", "reviewed", "reviewed"]);
  });

  it("XLIFF 2.0: joins segments and ignorables, keeps pc text and <cp/>, drops codes, notes and matches", () => {
    const xlf = `<?xml version="1.0"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" xmlns:mtc="urn:oasis:names:tc:xliff:matches:2.0" version="2.0" srcLang="id-ID" trgLang="en-GB">
  <file id="f1" original="artikel.html">
    <notes><note>file note</note></notes>
    <unit id="u1">
      <notes><note>unit note <source>not text</source></note></notes>
      <mtc:matches><mtc:match ref="#s1"><source>Cocokan</source><target>Match</target></mtc:match></mtc:matches>
      <originalData><data id="d1">&lt;b&gt;</data></originalData>
      <segment id="s1" state="final"><source>Hujan <pc id="1">deras</pc><ph id="2" dataRef="d1"/>.</source><target>Heavy <pc id="1">rain</pc><ph id="2" dataRef="d1"/>.</target></segment>
      <ignorable><source> </source></ignorable>
      <segment id="s2" state="final"><source>Tab<cp hex="0009"/>dan<cp hex="0001"/>.</source><target>Tab<cp hex="0009"/>and<cp hex="0001"/>.</target></segment>
    </unit>
    <unit id="u2"><segment state="initial"><source>Belum.</source></segment></unit>
  </file>
</xliff>`;
    expect(readUnits(formats.xliff!, { main: xlf })).toEqual([
      { ...blank, id: "u1", document: "artikel.html", source: "Hujan deras. Tab\tdan\u0001.", target: "Heavy rain. Tab\tand\u0001.", status: "reviewed" },
      { ...blank, id: "u2", document: "artikel.html", source: "Belum.", target: "" },
    ]);
  });

  it("TMX: srclang *all*, TMX 1.1 lang attribute, inline codes dropped, hi kept, other languages ignored", () => {
    const tmx = `<?xml version="1.0"?>
<!DOCTYPE tmx SYSTEM "tmx14.dtd">
<tmx version="1.4"><header creationtool="Other" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" srclang="*all*" datatype="html"><prop type="x-header">not a unit</prop></header>
<body>
  <tu tuid="a" creationdate="20230102T030405Z" creationid="tool">
    <note>a note</note>
    <tuv lang="FR"><seg>Pluie</seg></tuv>
    <tuv xml:lang="en-US"><seg><bpt i="1">&lt;b&gt;</bpt>Rain<ept i="1">&lt;/b&gt;</ept> <hi>falls</hi></seg></tuv>
    <tuv lang="ID"><seg><ph>&lt;br/&gt;</ph>Hujan <hi x="1">turun</hi></seg></tuv>
  </tu>
</body></tmx>`;
    expect(readUnits(formats.tmx!, { main: tmx })).toEqual([
      { ...blank, id: "a", source: "Hujan turun", target: "Rain falls", author: "tool", changed: "2023-01-02T03:04:05Z" },
    ]);
  });

  it("TSV: columns by header name in any order; without a header, source and target only", () => {
    expect(readUnits(formats.tsv!, { main: "status\ttarget\tnote\tsource\ndraft\tOne\tx\tSatu\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One", status: "draft" }]);
    expect(readUnits(formats.tsv!, { main: "Satu\tOne\textra\r\n\r\nDua\tTwo\r\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One" }, { ...blank, source: "Dua", target: "Two" }]);
    expect(() => readUnits(formats.tsv!, { main: "Satu\tOne\nDua only\n" }, { main: "x.tsv" }))
      .toThrow(expect.objectContaining({ code: "tsv-bad-row", data: { file: "x.tsv", line: 2, cells: 1 } }));
  });

  it("Moses: works without the ids file, CRLF included", () => {
    expect(readUnits(formats.moses!, { id: "Satu\r\nDua\r\n", en: "One\r\nTwo\r\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One" }, { ...blank, source: "Dua", target: "Two" }]);
  });
});

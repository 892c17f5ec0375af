/** Reading other tools' files: inline codes, several segments, missing optional parts, header variants. */
import { checkImportUnit, formats, readUnits, writeUnits, type ParallelUnit } from "../../src/formats";

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

  it("XLIFF 2.0: another tool's unit of several segments is one unit per segment (ignorables dropped); keeps pc text and <cp/>, drops codes from the text (kept as markup) and matches; the unit's note (not the file's) goes with each segment", () => {
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
      // (codes: the <pc> and <ph> of source and target; the segment keeps them as written, with the <data> they point to)
      {
        ...blank, id: "u1#s1", document: "artikel.html", source: "Hujan deras.", target: "Heavy rain.", status: "reviewed", note: "unit note", codes: 4, variant: "en-GB",
        markup: {
          dialect: "xliff20", source: 'Hujan <pc id="1">deras</pc><ph id="2" dataRef="d1"/>.', target: 'Heavy <pc id="1">rain</pc><ph id="2" dataRef="d1"/>.',
          data: '<originalData><data id="d1">&lt;b&gt;</data></originalData>',
        },
      },
      { ...blank, id: "u1#s2", document: "artikel.html", source: "Tab\tdan\u0001.", target: "Tab\tand\u0001.", status: "reviewed", note: "unit note", variant: "en-GB" },
      { ...blank, id: "u2", document: "artikel.html", source: "Belum.", target: "" },
    ]);
  });

  it("TMX: srclang *all*, TMX 1.1 lang attribute, inline codes dropped, hi kept, other languages ignored, the note read", () => {
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
      // (codes: bpt, ept and hi of the target, ph and hi of the source; the French variant's none)
      { ...blank, id: "a", source: "Hujan turun", target: "Rain falls", author: "tool", changed: "2023-01-02T03:04:05Z", note: "a note", codes: 5, variant: "en-US",
        // (the <seg>s as written, codes and all: an export in TMX writes them back)
        markup: { dialect: "tmx", source: '<ph>&lt;br/&gt;</ph>Hujan <hi x="1">turun</hi>', target: '<bpt i="1">&lt;b&gt;</bpt>Rain<ept i="1">&lt;/b&gt;</ept> <hi>falls</hi>' } },
    ]);
  });

  it("TSV: columns by header name in any order; without a header, source and target only", () => {
    expect(readUnits(formats.tsv!, { main: "status\ttarget\tnote\tsource\ndraft\tOne\tx\tSatu\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One", status: "draft", note: "x" }]);
    expect(readUnits(formats.tsv!, { main: "Satu\tOne\textra\r\n\r\nDua\tTwo\r\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One" }, { ...blank, source: "Dua", target: "Two" }]);
    expect(() => readUnits(formats.tsv!, { main: "Satu\tOne\nDua only\n" }, { main: "x.tsv" }))
      .toThrow(expect.objectContaining({ code: "tsv-bad-row", data: { file: "x.tsv", line: 2, cells: 1 } }));
  });

  describe("the import's rules (ReadOptions.check = checkImportUnit)", () => {
    /** The units of `text` read by `format` in chunks of `size` characters under the import's rules, or the error thrown. */
    const read = (format: string, text: string, size = 1 << 20) => {
      const units: ParallelUnit[] = [];
      const r = formats[format]!.createReader((u) => units.push(u), { files: { main: `x.${format}` }, check: checkImportUnit });
      try {
        for (let i = 0; i < text.length; i += size) r.write("main", text.slice(i, i + size));
        r.end();
      } catch (e) {
        return [(e as { code: string }).code, (e as { data: unknown }).data];
      }
      return units;
    };

    it("statuses are matched in any case and without surrounding spaces; dates become UTC seconds", () => {
      expect(read("tsv", "source\ttarget\tstatus\tchanged\nSatu\tOne\t Reviewed \t2024-06-19T15:00:00.750+07:00\nDua\tTwo\t\t\n"))
        .toEqual([{ ...blank, source: "Satu", target: "One", status: "reviewed", changed: "2024-06-19T08:00:00Z" }, { ...blank, source: "Dua", target: "Two" }]);
      // (an ISO date in changedate, as some tools write it, is read too)
      const tmx = '<tmx version="1.4"><header srclang="id"/><body>\n<tu changedate="2024-06-19T08:00:00Z"><prop type="x-status">DRAFT</prop><tuv xml:lang="id"><seg>Satu</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>\n</body></tmx>';
      expect(read("tmx", tmx)).toEqual([{ ...blank, source: "Satu", target: "One", status: "draft", changed: "2024-06-19T08:00:00Z" }]);
      // Without the rules, a format reads what the file says (the conformance suite round-trips any text).
      expect(readUnits(formats.tmx!, { main: tmx }).map((u) => u.status)).toEqual(["DRAFT"]);
    });

    it("TMX: the fast path and saxes refuse an unknown status or date alike, at the line of the <tu>", () => {
      const doc = (attrs: string, status: string) => `<tmx version="1.4"><header srclang="id"/><body>\n<tu><tuv xml:lang="id"><seg>Nol</seg></tuv><tuv xml:lang="en"><seg>Zero</seg></tuv></tu>\n\n` +
        `<tu${attrs}><prop type="x-status">${status}</prop><tuv xml:lang="id"><seg>Satu</seg></tuv><tuv xml:lang="en"><seg>One</seg></tuv></tu>\n</body></tmx>\n`;
      for (const size of [1, 13, 1 << 20]) {
        expect(read("tmx", doc("", "finished"), size)).toEqual(["read-unit-bad-status", { file: "x.tmx", line: 4, value: "finished", known: "draft, translated, reviewed, aligned" }]);
        expect(read("tmx", doc(' changedate="20241301T000000Z"', "draft"), size)).toEqual(["read-unit-bad-date", { file: "x.tmx", line: 4, value: "2024-13-01T00:00:00Z" }]);
        expect(read("tmx", doc("", "draft").replace("One", "O\u0085ne"), size)).toEqual(["read-unit-control-char", { file: "x.tmx", line: 4, field: "target", char: "U+0085" }]);
      }
    });

    it("Moses: a control character names the .id or .en file it is in, a status the .ids file", () => {
      const units: ParallelUnit[] = [];
      const files = { id: "c.id", en: "c.en", ids: "c.ids" };
      const thrown = (texts: Record<string, string>) => {
        const r = formats.moses!.createReader((u) => units.push(u), { files, check: checkImportUnit });
        try {
          for (const [part, text] of Object.entries(texts)) r.write(part, text);
          r.end();
        } catch (e) {
          return [(e as { code: string }).code, (e as { data: unknown }).data];
        }
        return undefined;
      };
      const ids = "1\td\t\ttranslated\t\t\n2\td\t\ttranslated\t\t\n";
      expect(thrown({ id: "Satu\nDua\u001b\n", en: "One\nTwo\n", ids })).toEqual(["read-unit-control-char", { file: "c.id", line: 2, field: "source", char: "U+001B" }]);
      expect(thrown({ id: "Satu\nDua\n", en: "One\nTwo\u007f\n", ids })).toEqual(["read-unit-control-char", { file: "c.en", line: 2, field: "target", char: "U+007F" }]);
      expect(thrown({ id: "Satu\nDua\n", en: "One\nTwo\n", ids: ids.replace("\ttranslated\t\t\n2", "\tDone\t\t\n2") }))
        .toEqual(["read-unit-bad-status", { file: "c.ids", line: 1, value: "Done", known: "draft, translated, reviewed, aligned" }]);
    });
  });

  it("Moses: works without the ids file, CRLF included", () => {
    expect(readUnits(formats.moses!, { id: "Satu\r\nDua\r\n", en: "One\r\nTwo\r\n" }))
      .toEqual([{ ...blank, source: "Satu", target: "One" }, { ...blank, source: "Dua", target: "Two" }]);
  });
});

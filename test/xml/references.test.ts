/**
 * A bare `&` in TMX, XLIFF or TBX is reported where it is (line and column, as xmllint does), not
 * at the next `;` or the end of the file where saxes would notice it; `&` in comments, CDATA,
 * processing instructions and the DOCTYPE is text; the answer does not depend on how the input is
 * cut into chunks.
 */
import { formats } from "../../src/formats";
import { parseTbx } from "../../src/glossary/tbx";
import { createReferenceCheck } from "../../src/xml/references";
import { thrown } from "../helpers/thrown";

/** The first bad `&` of `text` read in chunks of `size`, positions as saxes would count them (simulated: it reads what `write` returns). */
function firstBad(text: string, size: number) {
  const check = createReferenceCheck();
  let read = "";
  const at = () => {
    const lines = read.split(/\r\n|\r|\n/);
    return { line: lines.length, column: [...lines[lines.length - 1]!].length };
  };
  for (let i = 0; i < text.length; i += size) {
    const { write, bad } = check.check(text.slice(i, i + size), at());
    read += write;
    if (bad) return { ...bad, before: read.length };
  }
  const bad = check.end(at());
  return bad ? { ...bad, before: read.length } : undefined;
}

describe("the first & that starts no reference", () => {
  const SIZES = [1, 2, 3, 5, 8, 13, 1 << 20];
  const cases: Array<[string, string, { line: number; column: number; name: string } | undefined]> = [
    ["a bare & in text", "<a>\n<b>Two & a half</b>\n<c>x;</c></a>", { line: 2, column: 8, name: "" }],
    ["&amp without ;", "<a>Tom &amp Jerry</a>", { line: 1, column: 8, name: "amp" }],
    ["AT&T", "<a>AT&T</a>", { line: 1, column: 6, name: "T" }],
    ["& at the very end", "<a>x &", { line: 1, column: 6, name: "" }],
    ["an open name at the very end", "<a>x &am", { line: 1, column: 6, name: "am" }],
    ["in an attribute", '<a b="R&D">x</a>', { line: 1, column: 8, name: "D" }],
    ["after CRLF and an astral character", "<a>\r\n😀 & </a>", { line: 2, column: 3, name: "" }],
    ["good references", "<a b=\"&quot;&#x41;&apos;\">&lt;&amp;&gt;&#233;&#x1F600;</a>", undefined],
    ["an entity XML does not define, named at its &", "<a>x&lt;\n&nbsp;y</a>", { line: 2, column: 1, name: "nbsp" }],
    ["an undefined entity after a DOCTYPE is saxes's to judge", "<!DOCTYPE a><a>&foo;</a>", undefined],
    ["& in a comment, CDATA, a PI and the DOCTYPE", '<?xml version="1.0"?><!DOCTYPE a SYSTEM "x?a=1&b=2"><!-- R & D --><a><![CDATA[R & D]]><?pi R & D?>ok</a>', undefined],
    ["after a comment ends", "<a><!-- & -->R & D</a>", { line: 1, column: 16, name: "" }],
    ["after a CDATA section ends", "<a><![CDATA[&]]>&</a>", { line: 1, column: 17, name: "" }],
  ];
  it.each(cases)("%s", (_name, text, expected) => {
    for (const size of SIZES) {
      const bad = firstBad(text, size);
      expect([size, bad && { line: bad.line, column: bad.column, name: bad.name }]).toEqual([size, expected]);
      // saxes was given exactly the text before it
      if (bad && expected) expect(text.slice(0, bad.before).split(/\r\n|\r|\n/).length).toBe(expected.line);
    }
  });
});

describe("TMX, XLIFF and TBX readers report it where it is", () => {
  const tmx = (seg: string) => '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header srclang="id"/>\n<body>\n' +
    '<tu><tuv xml:lang="id"><seg>Satu.</seg></tuv><tuv xml:lang="en"><seg>One.</seg></tuv></tu>\n' +
    `<tu><tuv xml:lang="id"><seg>Dua.</seg></tuv><tuv xml:lang="en"><seg>${seg}</seg></tuv></tu>\n` +
    '<tu><tuv xml:lang="id"><seg>Tiga.</seg></tuv><tuv xml:lang="en"><seg>Three.</seg></tuv></tu>\n</body>\n</tmx>\n';
  const xliff = (target: string) => '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">\n<file id="f">\n' +
    `<unit id="u"><segment><source>Dua.</source>\n<target>${target}</target></segment></unit>\n</file>\n</xliff>\n`;
  const read = (id: string, text: string, size: number) => {
    const r = formats[id]!.createReader(() => undefined, { files: { main: `x.${id}` } });
    for (let i = 0; i < text.length; i += size) r.write("main", text.slice(i, i + size));
    r.end();
  };
  for (const size of [1, 7, 1 << 20]) {
    it(`in chunks of ${size}`, () => {
      expect(thrown(() => read("tmx", tmx("Two & a half."), size))).toMatchObject({ code: "xml-bare-ampersand", data: { file: "x.tmx", line: 6, column: 73 } });
      expect(thrown(() => read("tmx", tmx("Two &amp a half."), size))).toMatchObject({ code: "xml-unended-reference", data: { file: "x.tmx", line: 6, column: 73, name: "amp" } });
      expect(thrown(() => read("xliff", xliff("R & D"), size))).toMatchObject({ code: "xml-bare-ampersand", data: { file: "x.xliff", line: 4, column: 11 } });
      // an earlier error is still saxes's
      expect(thrown(() => read("tmx", tmx("</x>Two & a half."), size))).toMatchObject({ code: "xml-malformed", data: { line: 6, reason: "unexpected close tag" } });
    });
  }
  it("TBX (glossary import)", () => {
    const tbx = '<?xml version="1.0"?>\n<martif type="TBX"><text><body>\n<termEntry id="a"><langSet xml:lang="id"><tig><term>AT&T</term></tig></langSet>\n' +
      '<langSet xml:lang="en"><tig><term>b</term></tig></langSet></termEntry></body></text></martif>\n';
    expect(thrown(() => parseTbx(tbx, "g.tbx"))).toMatchObject({ code: "xml-unended-reference", data: { file: "g.tbx", line: 3, column: 55, name: "T" } });
  });
});

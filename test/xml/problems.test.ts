/**
 * Malformed XML said in the user's language: the common reasons saxes gives have a code (the
 * parser's English stays the `reason`, shown for any other), and an element the file ends inside is
 * named where its start tag begins, not at the file's end; never column 0 past the last line break.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, ingestedProject, run } from "../helpers/cli";
import { xmlProblem } from "../../src/xml/problems";

const HEAD = '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="id"/><body>';

describe("xmlProblem", () => {
  it("codes saxes's common messages, with the element or attribute they name", () => {
    expect(xmlProblem("3:7: unclosed tag: tuv")).toEqual({ problem: "unclosed-tag", name: "tuv" });
    expect(xmlProblem("3:7: unexpected close tag.", "seg")).toEqual({ problem: "mismatched-tag", name: "seg" });
    expect(xmlProblem("3:7: unexpected close tag.", "seg", "sega")).toEqual({ problem: "mismatched-tag", name: "seg", endTag: "sega" });
    expect(xmlProblem("unmatched closing tag: body.")).toEqual({ problem: "unmatched-closing-tag", name: "body" });
    expect(xmlProblem("1:9: duplicate attribute: id.")).toEqual({ problem: "duplicate-attribute", name: "id" });
    expect(xmlProblem("4:0: text data outside of root node.")).toEqual({ problem: "text-outside-root" });
    expect(xmlProblem("2:3: undefined entity.")).toEqual({ problem: "undefined-entity" });
    expect(xmlProblem("2:3: unexpected end.")).toEqual({ problem: "unexpected-end" });
    expect(xmlProblem("1:5: whitespace required.")).toBeUndefined();
  });
});

describe("selaras import of malformed TMX", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => ({ dir, db } = await ingestedProject({ "a.txt": "Judul\n\nPresiden tiba di Jakarta.\n" })));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cases: Array<[string, string, string, string]> = [
    ["cut short (no final line break)", `${HEAD}<tu><tuv xml:lang="id"><seg>Halo</seg>`,
      "t.tmx:2:52: malformed XML (<tuv> is never closed: the file ends first; was it cut short?)",
      "t.tmx:2:52: XML rusak (<tuv> tidak pernah ditutup: berkas berakhir lebih dulu; apakah terpotong?)"],
    ["cut short after a line break", `${HEAD}<tu><tuv xml:lang="id"><seg>Halo</seg>\n`,
      "t.tmx:2:52: malformed XML (<tuv> is never closed: the file ends first; was it cut short?)",
      "t.tmx:2:52: XML rusak (<tuv> tidak pernah ditutup: berkas berakhir lebih dulu; apakah terpotong?)"],
    ["an end tag closing an outer element", `${HEAD}<tu><tuv xml:lang="id"><seg>Halo</tuv></tu></body></tmx>\n`,
      "t.tmx:2:85: malformed XML (the end tag </tuv> comes where <seg> should be closed)",
      "t.tmx:2:85: XML rusak (tag penutup </tuv> muncul di tempat <seg> seharusnya ditutup)"],
    ["an end tag closing nothing", `${HEAD}</body></tmx></body>\n`,
      "t.tmx:2:67: malformed XML (the end tag </body> closes no open element)",
      "t.tmx:2:67: XML rusak (tag penutup </body> tidak menutup elemen mana pun)"],
    ["an HTML entity", `${HEAD}<tu><tuv xml:lang="id"><seg>Halo&nbsp;x</seg></tuv></tu></body></tmx>\n`,
      "t.tmx:2:80: malformed XML (the entity &nbsp; is not one XML defines; only &amp; &lt; &gt; &quot; &apos; and &#…; are known)",
      "t.tmx:2:80: XML rusak (entitas &nbsp; tidak didefinisikan XML; hanya &amp; &lt; &gt; &quot; &apos; dan &#…; yang dikenal)"],
    ["text after the root, CRLF", `${HEAD}</body></tmx>\r\nx\r\n`.replace(/\n/g, "\r\n").replace(/\r\r/g, "\r"),
      // (found at the line break after the text: placed there, after `x`, not at column 0 of the line after)
      "t.tmx:3:2: malformed XML (text outside the root element)",
      "t.tmx:3:2: XML rusak (teks di luar elemen akar)"],
    ["a reason without a code: saxes's words", `${HEAD}<tu><tuv xml:lang="id"<seg>`,
      "t.tmx:2:70: malformed XML (disallowed character in attribute name)",
      "t.tmx:2:70: XML rusak (disallowed character in attribute name)"],
  ];
  it.each(cases)("%s: exit 2, said in English and Indonesian, the database as it was", async (_what, xml, en, id) => {
    fs.writeFileSync(path.join(dir, "t.tmx"), xml);
    const before = dumpDb(db);
    expect(await run(["import", "t.tmx", "--db", db], { cwd: dir })).toEqual({ code: 2, stdout: "", stderr: `selaras: ${en}\n` });
    expect(await run(["import", "t.tmx", "--db", db, "--lang", "id"], { cwd: dir })).toEqual({ code: 2, stdout: "", stderr: `selaras: ${id}\n` });
    expect(dumpDb(db)).toBe(before);
  });

  it("--json keeps the parser's words as the reason and adds the problem's code", async () => {
    fs.writeFileSync(path.join(dir, "t.tmx"), `${HEAD}<tu><tuv xml:lang="id"><seg>Halo</seg>\n`);
    const r = await run(["import", "t.tmx", "--db", db, "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error).toMatchObject({ code: "xml-malformed", line: 2, column: 52, data: { reason: "unclosed tag: tuv", problem: "unclosed-tag", name: "tuv" } });
  });

  it("a TBX glossary cut short is named at its unclosed element's line, in both languages", async () => {
    fs.writeFileSync(path.join(dir, "g.tbx"), '<?xml version="1.0"?>\n<martif>\n<text><body>\n<termEntry>\n');
    expect(await run(["glossary", "import", "g.tbx", "--db", db], { cwd: dir }))
      .toEqual({ code: 2, stdout: "", stderr: "selaras: g.tbx:4: malformed XML: <termEntry> is never closed: the file ends first; was it cut short?\n" });
    expect(await run(["glossary", "import", "g.tbx", "--db", db, "--lang", "id"], { cwd: dir }))
      .toEqual({ code: 2, stdout: "", stderr: "selaras: g.tbx:4: XML rusak: <termEntry> tidak pernah ditutup: berkas berakhir lebih dulu; apakah terpotong?\n" });
  });
});

/**
 * One safe-XML module (src/xml/safe.ts) and one DOCTYPE policy behind every XML reader: TMX (both
 * the fast path and saxes), XLIFF and TBX refuse a DOCTYPE with an internal subset (external
 * entities, parameter entities, expansion bombs), never expand or fetch anything, and read a plain
 * `<!DOCTYPE x SYSTEM "...">` without loading it.
 */
import { formats } from "../../src/formats";
import type { ParallelUnit } from "../../src/formats/types";
import { parseTbx } from "../../src/glossary/tbx";
import { doctypeAllowed } from "../../src/xml/safe";
import { thrown } from "../helpers/thrown";

const PROLOG = '<?xml version="1.0"?>\n';
const PAYLOADS: Record<string, { doctype: (root: string) => string; use: string; entityLine: number; endLine: number }> = {
  "an external entity (XXE)": { doctype: (r) => `<!DOCTYPE ${r} [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>`, use: "&xxe;", entityLine: 3, endLine: 4 },
  "a parameter entity fetched from the network": { doctype: (r) => `<!DOCTYPE ${r} [\n  <!ENTITY % remote SYSTEM "http://127.0.0.1:9/evil.dtd">\n  %remote;\n]>`, use: "x", entityLine: 3, endLine: 5 },
  "an entity-expansion bomb": {
    doctype: (r) => `<!DOCTYPE ${r} [\n<!ENTITY a "aaaaaaaaaa">\n<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">\n<!ENTITY c "&b;&b;&b;&b;&b;&b;&b;&b;&b;&b;">\n]>`,
    use: "&c;", entityLine: 3, endLine: 6,
  },
};

const tmx = (doctype: string, text: string) =>
  `${PROLOG}${doctype}\n<tmx version="1.4"><header srclang="id" creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" datatype="plaintext"/><body>\n` +
  `<tu tuid="1"><tuv xml:lang="id"><seg>${text}</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu>\n</body></tmx>\n`;
const xliff = (doctype: string, text: string) =>
  `${PROLOG}${doctype}\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f"><unit id="u"><segment><source>${text}</source><target>b</target></segment></unit></file></xliff>\n`;
const tbx = (doctype: string, text: string) =>
  `${PROLOG}${doctype}\n<martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="id"><tig><term>${text}</term></tig></langSet>` +
  `<langSet xml:lang="en"><tig><term>b</term></tig></langSet></termEntry></body></text></martif>\n`;

/** Reads a TMX or XLIFF file in chunks of `size` characters. */
function read(id: "tmx" | "xliff", text: string, size: number): ParallelUnit[] {
  const units: ParallelUnit[] = [];
  const r = formats[id]!.createReader((u) => units.push(u), { files: { main: `in.${id}` } });
  for (let i = 0; i < text.length; i += size) r.write("main", text.slice(i, i + size));
  r.end();
  return units;
}

describe("one DOCTYPE policy for every XML reader", () => {
  for (const [name, p] of Object.entries(PAYLOADS)) {
    describe(name, () => {
      for (const id of ["tmx", "xliff"] as const) {
        for (const size of [1, 7, 1 << 20]) {
          it(`${id} (chunks of ${size}) refuses it: xml-doctype-refused at the DOCTYPE's end`, () => {
            const doc = (id === "tmx" ? tmx : xliff)(p.doctype(id), p.use);
            const e = thrown(() => read(id, doc, size));
            expect([e.code, e.data]).toEqual(["xml-doctype-refused", { file: `in.${id}`, line: p.endLine }]);
          });
        }
      }
      it("tbx refuses it: glossary-xml-entity at the first entity declaration", () => {
        const e = thrown(() => parseTbx(tbx(p.doctype("martif"), p.use), "g.tbx"));
        expect([e.code, e.data]).toEqual(["glossary-xml-entity", { file: "g.tbx", line: p.entityLine }]);
      });
    });
  }

  it("never expands an entity that was not declared (no DOCTYPE): malformed, nothing read", () => {
    expect(thrown(() => read("tmx", tmx("", "&xxe;"), 1 << 20)).code).toBe("xml-malformed");
    expect(thrown(() => read("xliff", xliff("", "&xxe;"), 1 << 20)).code).toBe("xml-malformed");
    expect(thrown(() => parseTbx(tbx("", "&xxe;"), "g.tbx")).code).toBe("glossary-xml-malformed");
  });

  it("reads a DOCTYPE that only names an external DTD, without loading it", () => {
    const doctype = (root: string) => `<!DOCTYPE ${root} SYSTEM "file:///etc/passwd">`;
    expect(read("tmx", tmx(doctype("tmx"), "Hujan"), 3).map((u) => [u.source, u.target])).toEqual([["Hujan", "b"]]);
    expect(read("xliff", xliff(doctype("xliff"), "Hujan"), 3).map((u) => [u.source, u.target])).toEqual([["Hujan", "b"]]);
    const concepts = parseTbx(tbx(doctype("martif"), "hujan"), "g.tbx");
    expect(concepts.map((c) => [c.sources.map((s) => s.text), c.renderings.map((r) => r.text)])).toEqual([[["hujan"], ["b"]]]);
  });

  it("the policy: a name and an external identifier pass, any internal subset is refused", () => {
    expect(doctypeAllowed(' tmx SYSTEM "tmx14.dtd"')).toBe(true);
    expect(doctypeAllowed(' martif PUBLIC "ISO 12200:1999A//DTD MARTIF core//EN" "TBXcdv04.dtd"')).toBe(true);
    expect(doctypeAllowed(" x [<!ELEMENT x ANY>]")).toBe(false);
    expect(doctypeAllowed(' x [<!ATTLIST x a CDATA "d">]')).toBe(false);
    expect(doctypeAllowed(' x SYSTEM "a.dtd" [<!ENTITY e "v">]')).toBe(false);
  });
});

/**
 * Glossaries as other tools export them: memoQ / Smartcat / Phrase CSV with more columns than source
 * and target, and TBX whose definitions and notes sit on a language or a term (IATE, Microsoft
 * Terminology, TBX-Basic) or whose terms are marked not to be translated (Weblate's translationNote).
 * Nothing of them is dropped without a trace: a field Selaras has goes into that field, any other
 * column into the note as `Name: value`.
 */
import { parseGlossaryText } from "../../src/glossary";
import type { Concept } from "../../src/glossary/types";

const strip = (cs: Concept[]) => cs.map(({ file: _f, line: _l, ...rest }) => rest);
const row = (c: Concept) => [c.id, c.sources.map((s) => s.text).join(" | "), c.renderings.map((r) => `${r.status}:${r.text}`).join(" | "), c.dnt, c.pos ?? "", c.domain ?? "", c.note ?? ""];

describe("CSV with a tool's export header", () => {
  it("memoQ: `Entry_ID;…;Indonesian;Indonesian_Def;English;…` (CRLF, semicolons): the language columns, the domain, bookkeeping left out", () => {
    const text = "Entry_ID;Entry_Subject;Entry_Domain;Entry_Note;Indonesian;Indonesian_Def;English;English_Def;Term_Info\r\n"
      + "1;;Politics;;pemilihan umum;pemilihan anggota DPR;general election;;\r\n2;;Politics;Short form;pemilu;;election;;\r\n";
    expect(parseGlossaryText(text, "memoq.csv").map(row)).toEqual([
      ["pemilihan-umum", "pemilihan umum", "preferred:general election", false, "", "Politics", "Indonesian_Def: pemilihan anggota DPR"],
      ["pemilu", "pemilu", "preferred:election", false, "", "Politics", "Short form"],
    ]);
    expect(parseGlossaryText(text, "memoq.csv")[1]!.line).toBe(3);
  });

  it("Smartcat: `Source,Target,Comment,Status,Part of speech`: the header is no term; pos filled; Status kept in the note", () => {
    const text = "Source,Target,Comment,Status,Part of speech\nkeuangan,finance,,Approved,noun\nanggaran,budget,\"state budget, APBN\",Approved,noun\nanggaran,appropriation,,Rejected,noun\n";
    expect(parseGlossaryText(text, "smartcat.csv").map(row)).toEqual([
      ["keuangan", "keuangan", "preferred:finance", false, "noun", "", "Status: Approved"],
      ["anggaran", "anggaran", "preferred:budget | admitted:appropriation", false, "noun", "", "state budget, APBN; Status: Approved; Status: Rejected"],
    ]);
  });

  it("Phrase: `id,en,Description,Forbidden`: language codes as column names, Description is the note", () => {
    const text = "id,en,Description,Forbidden\nrupiah,rupiah,currency,\nbank sentral,central bank,,\n";
    expect(parseGlossaryText(text, "phrase.csv").map(row)).toEqual([
      ["rupiah", "rupiah", "preferred:rupiah", false, "", "", "currency"],
      ["bank-sentral", "bank sentral", "preferred:central bank", false, "", "", ""],
    ]);
  });

  it("a term row is still a term row: `istilah` and `term` words in a row with a plain note are not a header", () => {
    expect(parseGlossaryText("source\ttarget of the week\nbanjir\tflood\n", "a.txt").map(row)).toEqual([
      ["source", "source", "preferred:target of the week", false, "", "", ""],
      ["banjir", "banjir", "preferred:flood", false, "", "", ""],
    ]);
    expect(parseGlossaryText("Indonesia,English,the country and the language\n", "b.csv").map(row)).toEqual([
      ["indonesia", "Indonesia", "preferred:English", false, "", "", "the country and the language"],
    ]);
  });
});

describe("TBX: definitions and notes where the tools put them", () => {
  const martif = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n<martif type="TBX" xml:lang="en"><text><body>\n${body}\n</body></text></martif>\n`;

  it("IATE / Microsoft: a definition in a langSet's descripGrp becomes the note", () => {
    const text = martif(`<termEntry id="5546_1425741">
<langSet xml:lang="en-US"><descripGrp><descrip type="definition">To copy data from a remote computer to a local one.</descrip></descripGrp>
<ntig><termGrp><term>download</term><termNote type="partOfSpeech">Verb</termNote></termGrp></ntig></langSet>
<langSet xml:lang="id-ID"><ntig><termGrp><term>mengunduh</term><termNote type="partOfSpeech">Verb</termNote></termGrp></ntig></langSet>
</termEntry>`);
    expect(parseGlossaryText(text, "ms.tbx").map(row)).toEqual([
      ["mengunduh", "mengunduh", "preferred:download", false, "Verb", "", "To copy data from a remote computer to a local one."],
    ]);
  });

  it("TBX-Basic v3: a langSec definition and a note on a deprecated term are kept (the term's note names the term)", () => {
    const text = `<?xml version="1.0" encoding="UTF-8"?>
<tbx type="TBX-Basic" style="dca" xml:lang="en" xmlns="urn:iso:std:iso:30042:ed-2"><tbxHeader><fileDesc><sourceDesc><p>x</p></sourceDesc></fileDesc></tbxHeader><text><body>
<conceptEntry id="c-gempa"><descrip type="subjectField">disaster</descrip>
<langSec xml:lang="id"><descrip type="definition">guncangan di permukaan bumi</descrip><termSec><term>gempa bumi</term></termSec></langSec>
<langSec xml:lang="en-US"><termSec><term>earthquake</term><termNote type="administrativeStatus">preferredTerm-admn-sts</termNote></termSec>
<termSec><term>earth tremor</term><termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote><note>too weak</note></termSec></langSec>
</conceptEntry></body></text></tbx>\n`;
    expect(strip(parseGlossaryText(text, "basic.tbx"))).toEqual([{
      id: "c-gempa", sources: [{ text: "gempa bumi", caseSensitive: false }],
      renderings: [
        { text: "earthquake", status: "preferred", caseSensitive: false },
        { text: "earth tremor", status: "forbidden", caseSensitive: false, replacement: "earthquake" },
      ],
      dnt: false, domain: "disaster", note: "guncangan di permukaan bumi; earth tremor: too weak",
    }]);
  });

  it("the same definition in two places is written once", () => {
    const text = martif(`<termEntry id="12"><descrip type="definition">a flood</descrip>
<langSet xml:lang="id"><tig><term>banjir</term></tig></langSet>
<langSet xml:lang="en"><descrip type="definition">a flood</descrip><tig><term>flood</term></tig></langSet></termEntry>`);
    expect(parseGlossaryText(text, "d.tbx").map(row)).toEqual([["banjir", "banjir", "preferred:flood", false, "", "", "a flood"]]);
  });

  it("Weblate / Translate Toolkit: termNote translationNote=no on the Indonesian term marks the concept do-not-translate", () => {
    const text = martif(`<termEntry id="garuda"><langSet xml:lang="id"><tig><term>Garuda Indonesia</term><termNote type="translationNote">no</termNote></tig></langSet></termEntry>`);
    expect(parseGlossaryText(text, "w.tbx").map(row)).toEqual([["garuda", "Garuda Indonesia", "", true, "", "", ""]]);
  });
});

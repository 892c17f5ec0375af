/**
 * Glossaries as other tools export them: memoQ / Smartcat / Phrase CSV with more columns than source
 * and target, and TBX whose definitions and notes sit on a language or a term (IATE, Microsoft
 * Terminology, TBX-Basic) or whose terms are marked not to be translated (Weblate's translationNote).
 * Nothing of them is dropped without a trace: a field Selaras has goes into that field, any other
 * column into the note as `Name: value`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";
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

  it("memoQ with synonyms (the language's column repeated): the first is preferred, the others admitted", () => {
    const text = "Entry_ID;Indonesian;English;English_Def;English\r\n1;pemilu;election;;poll\r\n2;banjir;flood;;\r\n";
    expect(parseGlossaryText(text, "memoq.csv").map(row)).toEqual([
      ["pemilu", "pemilu", "preferred:election | admitted:poll", false, "", "", ""],
      ["banjir", "banjir", "preferred:flood", false, "", "", ""],
    ]);
  });

  it("a tool's header that names the source twice is refused (file:line), not read as a term", () => {
    expect(() => parseGlossaryText("Entry_ID;Indonesian;Indonesian;English\n1;a;b;c\n", "x.csv")).toThrow(
      expect.objectContaining({ code: "glossary-ambiguous-header", data: expect.objectContaining({ file: "x.csv", line: 1 }) }));
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

  it("every TBX status value: preferred, standardized, legal, regulated → preferred; admitted → admitted; deprecated, superseded, obsolete, forbidden → forbidden (replacement: the first preferred)", () => {
    const tig = (t: string, st: string) => `<tig><term>${t}</term><termNote type="administrativeStatus">${st}</termNote></tig>`;
    const text = martif(`<termEntry id="s1"><langSet xml:lang="id"><tig><term>pemilu</term></tig></langSet><langSet xml:lang="en">`
      + tig("poll", "admittedTerm-admn-sts") + tig("general election", "standardizedTerm-admn-sts") + tig("election", "legalTerm-admn-sts")
      + tig("vote", "regulatedTerm-admn-sts") + tig("plebiscite", "obsolete") + tig("ballot day", "forbidden")
      + tig("polling", "supersededTerm-admn-sts") + tig("voting day", "deprecatedTerm-admn-sts") + `</langSet></termEntry>`);
    expect(parseGlossaryText(text, "st.tbx")[0]!.renderings.map((r) => `${r.status}:${r.text}${r.replacement ? ` > ${r.replacement}` : ""}`)).toEqual([
      "admitted:poll", "preferred:general election", "preferred:election", "preferred:vote", "forbidden:plebiscite > general election",
      "forbidden:ballot day > general election", "forbidden:polling > general election", "forbidden:voting day > general election",
    ]);
  });

  it("Weblate / Translate Toolkit: termNote translationNote=no on the Indonesian term marks the concept do-not-translate", () => {
    const text = martif(`<termEntry id="garuda"><langSet xml:lang="id"><tig><term>Garuda Indonesia</term><termNote type="translationNote">no</termNote></tig></langSet></termEntry>`);
    expect(parseGlossaryText(text, "w.tbx").map(row)).toEqual([["garuda", "Garuda Indonesia", "", true, "", "", ""]]);
  });
});

describe("glossary import of a multilingual TBX: the user is told what was left out, and where an entry is wrong", () => {
  const HEADER = "id\tsource\tpreferred\n";
  function workspace(): { dir: string; db: string } {
    const dir = tempDir("selaras-tool-exports-");
    fs.mkdirSync(path.join(dir, "glossary"));
    fs.writeFileSync(path.join(dir, "glossary", "a.tsv"), HEADER + "refugee\tpengungsi\trefugee\n");
    return { dir, db: path.join(dir, "s.db") };
  }

  it("entries without an Indonesian term are counted with their lines; the others are imported", async () => {
    const { dir, db } = workspace();
    fs.writeFileSync(path.join(dir, "iate.tbx"), `<?xml version="1.0" encoding="UTF-8"?>
<martif type="TBX" xml:lang="en"><text><body>
<termEntry id="IATE-1"><langSet xml:lang="en"><tig><term>asylum seeker</term></tig></langSet><langSet xml:lang="fr"><tig><term>demandeur d'asile</term></tig></langSet></termEntry>
<termEntry id="IATE-2"><langSet xml:lang="id"><tig><term>banjir</term></tig></langSet><langSet xml:lang="en"><tig><term>flood</term></tig></langSet></termEntry>
<termEntry id="IATE-3"><langSet xml:lang="en"><tig><term>border</term></tig></langSet></termEntry>
</body></text></martif>
`);
    const json = await run(["glossary", "import", "iate.tbx", "--json", "--dry-run", "--db", db], { cwd: dir });
    expect(JSON.parse(json.stdout).skipped).toEqual({ count: 2, lines: [3, 5] });
    const r = await run(["glossary", "import", "iate.tbx", "--db", db], { cwd: dir });
    expect([r.code, r.stdout.split("\n").slice(0, 2)]).toEqual([0, [
      "Imported 1 concept into glossary/iate.tsv.", "Left out 2 entries without an Indonesian term (lines 3, 5).",
    ]]);
  });

  it("an entry with no English and no do-not-translate mark is left out and named by the TBX's own line; the others are imported", async () => {
    const { dir, db } = workspace();
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    const before = dumpDb(db);
    fs.writeFileSync(path.join(dir, "noen.tbx"), `<?xml version="1.0"?>
<martif type="TBX"><text><body>
<termEntry id="a1"><langSet xml:lang="id"><tig><term>bandara</term></tig></langSet><langSet xml:lang="en"><tig><term>airport</term></tig></langSet></termEntry>
<termEntry id="a2">
<langSet xml:lang="id"><tig><term>Bandara Soekarno-Hatta</term></tig></langSet>
</termEntry>
</body></text></martif>
`);
    const r = await run(["glossary", "import", "noen.tbx", "--db", db], { cwd: dir });
    expect([r.code, r.stderr, r.stdout.split("\n").slice(0, 2)]).toEqual([0, "", [
      "Imported 1 concept into glossary/noen.tsv.",
      "Left out 1 entry without an English term (line 4): add its English and import again, or mark it do-not-translate.",
    ]]);
    expect(fs.readdirSync(path.join(dir, "glossary"))).toEqual(["a.tsv", "noen.tsv"]);
    expect(dumpDb(db)).not.toBe(before);
    // (the same TBX put into the glossary folder as it is: the entry is kept, and validation names it)
    fs.copyFileSync(path.join(dir, "noen.tbx"), path.join(dir, "glossary", "noen.tbx"));
    fs.rmSync(path.join(dir, "glossary", "noen.tsv"));
    const sync = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([sync.code, sync.stderr]).toEqual([2, `selaras: ${path.join("glossary", "noen.tbx")}:4: concept 'bandara-soekarno-hatta' has no allowed English rendering and is not marked dnt (do not translate)\n`]);
  });

  it("a source form another glossary file holds: exit 2 naming the TBX's line and the other file's line", async () => {
    const { dir, db } = workspace();
    fs.writeFileSync(path.join(dir, "dup.tbx"), `<?xml version="1.0"?>
<martif type="TBX"><text><body>
<termEntry id="b1"><langSet xml:lang="id"><tig><term>Pengungsi</term></tig></langSet><langSet xml:lang="en"><tig><term>displaced person</term></tig></langSet></termEntry>
</body></text></martif>
`);
    const r = await run(["glossary", "import", "dup.tbx", "--db", db], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: dup.tbx:3: source form 'Pengungsi' of 'pengungsi' is already a source form of 'refugee' ('pengungsi', glossary/a.tsv:2)\n");
    expect(fs.readdirSync(path.join(dir, "glossary"))).toEqual(["a.tsv"]);
    expect(fs.existsSync(db)).toBe(false);
  });
});

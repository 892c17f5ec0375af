/**
 * Glossary files: the Selaras TSV format, OmegaT TSV, TBX v3 export (validated with xmllint against
 * the TBX core schema), TBX v2/v3 import (OmegaT style and a file written by Translate Toolkit),
 * the lossless TSV → TBX → TSV round trip, and refusal of entity bombs and external entities.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { sharedPath } from "../helpers/cli";
import { loadGlossary } from "../../src/app/glossary";
import {
  parseGlossaryText, parseGlossaryTsv, parseTbx, serializeGlossaryTsv, serializeTbx, validateConcepts,
} from "../../src/glossary";
import type { Concept } from "../../src/glossary/types";
import { ParseError } from "../../src/errors";

const REPO = path.resolve(__dirname, "../..");
const SCHEMA = sharedPath("schemas", "TBXcoreStructV03.rng");
const FIX = path.join(__dirname, "fixtures");
const fixture = (name: string) => fs.readFileSync(path.join(FIX, name), "utf8");
const strip = (cs: Concept[]) => cs.map(({ file: _f, line: _l, ...rest }) => rest);

function errorOf(fn: () => unknown): ParseError {
  try {
    fn();
  } catch (e) {
    if (e instanceof ParseError) return e;
    throw e;
  }
  throw new Error("expected a ParseError");
}

function xmllint(xml: string): { ok: boolean; output: string } {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-tbx-"));
  const file = path.join(dir, "glossary.tbx");
  fs.writeFileSync(file, xml);
  try {
    const output = execFileSync("xmllint", ["--noout", "--relaxng", SCHEMA, file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { ok: true, output };
  } catch (e) {
    const err = e as { stderr?: string };
    return { ok: false, output: String(err.stderr ?? e) };
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const TSV = [
  "# test glossary",
  "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample",
  "north-korea\tKorea Utara | =Korut {informal}\t=North Korea\t=North Korean\tNorthern Korea | N. Korea > North Korea\t\tproper noun\tgeo\tMatch before 'Korea' & <Korea>\tKorea Utara menembakkan rudal.",
  "united-states\tAmerika Serikat {full} | =AS {abbr}\t=United States | =US\t=U.S.",
  "kcna\t=KCNA {abbr}\t\t=Korean Central News Agency\t\tdnt",
  "",
].join("\r\n");

describe("Selaras TSV", () => {
  const concepts = parseGlossaryTsv("\uFEFF" + TSV, "g.tsv");

  it("reads concepts with forms, statuses, case, kinds, flags and metadata (BOM and CRLF accepted)", () => {
    expect(concepts).toEqual([
      {
        id: "north-korea",
        sources: [{ text: "Korea Utara", caseSensitive: false }, { text: "Korut", caseSensitive: true, kind: "informal" }],
        renderings: [
          { text: "North Korea", caseSensitive: true, status: "preferred" },
          { text: "North Korean", caseSensitive: true, status: "admitted" },
          { text: "Northern Korea", caseSensitive: false, status: "forbidden", replacement: "North Korea" },
          { text: "N. Korea", caseSensitive: false, status: "forbidden", replacement: "North Korea" },
        ],
        dnt: false, pos: "proper noun", domain: "geo", note: "Match before 'Korea' & <Korea>", example: "Korea Utara menembakkan rudal.",
        file: "g.tsv", line: 3,
      },
      {
        id: "united-states",
        sources: [{ text: "Amerika Serikat", caseSensitive: false, kind: "full" }, { text: "AS", caseSensitive: true, kind: "abbreviation" }],
        renderings: [
          { text: "United States", caseSensitive: true, status: "preferred" },
          { text: "US", caseSensitive: true, status: "preferred" },
          { text: "U.S.", caseSensitive: true, status: "admitted" },
        ],
        dnt: false, file: "g.tsv", line: 4,
      },
      {
        id: "kcna",
        sources: [{ text: "KCNA", caseSensitive: true, kind: "abbreviation" }],
        renderings: [{ text: "Korean Central News Agency", caseSensitive: true, status: "admitted" }],
        dnt: true, file: "g.tsv", line: 5,
      },
    ]);
  });

  it("writes the canonical form back", () => {
    expect(serializeGlossaryTsv(concepts)).toBe([
      "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample",
      "north-korea\tKorea Utara | =Korut {informal}\t=North Korea\t=North Korean\tNorthern Korea | N. Korea\t\tproper noun\tgeo\tMatch before 'Korea' & <Korea>\tKorea Utara menembakkan rudal.",
      "united-states\tAmerika Serikat {full} | =AS {abbr}\t=United States | =US\t=U.S.",
      "kcna\t=KCNA {abbr}\t\t=Korean Central News Agency\t\tdnt",
      "",
    ].join("\n"));
  });

  it.each([
    ["a bad header", "# c\nid\tsource\ttarget\n", "glossary-bad-header", 2],
    ["too many columns", "id\tsource\tpreferred\nx\tKorea\tKorea\textra\n", "glossary-bad-columns", 2],
    ["a bad id", "# c\nid\tsource\tpreferred\nNorth Korea\tKorea Utara\tNorth Korea\n", "glossary-bad-id", 3],
    ["an empty form", "id\tsource\tpreferred\nnk\tKorea Utara | \tNorth Korea\n", "glossary-empty-form", 2],
    ["an unknown kind", "id\tsource\tpreferred\nnk\tKorut {slang}\tNorth Korea\n", "glossary-bad-kind", 2],
    ["an unknown flag", "id\tsource\tpreferred\tadmitted\tforbidden\tflags\nnk\tKorut\tNorth Korea\t\t\tdnt,wip\n", "glossary-bad-flag", 2],
    ["no source", "id\tsource\tpreferred\nnk\t\tNorth Korea\n", "glossary-no-source", 2],
  ])("names the file and line of %s", (_what, text, code, line) => {
    const e = errorOf(() => parseGlossaryTsv(text, "bad.tsv"));
    expect([e.code, e.data.file, e.data.line]).toEqual([code, "bad.tsv", line]);
  });

  it("reports a malformed row of a file read from disk with its line", () => {
    const e = errorOf(() => loadGlossary(path.join(FIX, "bad-row.tsv")));
    expect([e.code, e.data.file, e.data.line]).toEqual(["glossary-bad-id", path.join(FIX, "bad-row.tsv"), 3]);
  });
});

describe("validation", () => {
  const parse = (text: string) => parseGlossaryTsv(`id\tsource\tpreferred\tadmitted\tforbidden\tflags\n${text}`, "v.tsv");

  it("refuses a source form used by two concepts (case-folded), naming both places", () => {
    const e = errorOf(() => validateConcepts(parse("korea\tKorea\tKorea\nnk\tkorea | Korut\tNorth Korea\n")));
    expect(e.code).toBe("glossary-duplicate-source");
    expect(e.data).toEqual({ file: "v.tsv", line: 3, entry: "nk", source: "korea", other: "korea", otherSource: "Korea", otherFile: "v.tsv", otherLine: 2 });
  });

  it("accepts the same letters in two case-sensitive forms (AS and as)", () => {
    expect(() => validateConcepts(parse("us\t=AS\tUS\naxle\t=as\taxle\n"))).not.toThrow();
  });

  it("refuses a case-insensitive form that covers a case-sensitive one", () => {
    expect(errorOf(() => validateConcepts(parse("us\t=AS\tUS\naxle\tas\taxle\n"))).code).toBe("glossary-duplicate-source");
  });

  it("refuses a forbidden rendering that is also allowed", () => {
    const e = errorOf(() => validateConcepts(parse("nk\tKorea Utara\tNorth Korea\tDPRK\tdprk\n")));
    expect([e.code, e.data.line, e.data.rendering]).toEqual(["glossary-forbidden-allowed", 2, "dprk"]);
  });

  it("accepts a forbidden case variant when both are case-sensitive", () => {
    expect(() => validateConcepts(parse("ta\tAdministrasi Trump\t=Trump administration\t\t=Trump Administration\n"))).not.toThrow();
  });

  it("refuses a concept without rendering that is not do-not-translate", () => {
    const e = errorOf(() => validateConcepts(parse("nk\tKorea Utara\t\t\tNorthern Korea\nkcna\tKCNA\t\t\t\tdnt\n")));
    expect([e.code, e.data.line, e.data.entry]).toEqual(["glossary-no-rendering", 2, "nk"]);
  });

  it("refuses a concept id used twice", () => {
    const e = errorOf(() => validateConcepts(parse("nk\tKorea Utara\tNorth Korea\nnk\tKorut\tNorth Korea\n")));
    expect([e.code, e.data.line, e.data.otherLine]).toEqual(["glossary-duplicate-id", 3, 2]);
  });
});

describe("OmegaT glossary TSV", () => {
  it("reads source<TAB>target<TAB>comment rows, one concept per source form", () => {
    expect(strip(parseGlossaryText(fixture("omegat.txt"), "omegat.txt"))).toEqual([
      {
        id: "korea-utara", sources: [{ text: "Korea Utara", caseSensitive: false }],
        renderings: [{ text: "North Korea", caseSensitive: false, status: "preferred" }, { text: "DPRK", caseSensitive: false, status: "admitted" }],
        dnt: false, note: "negara di utara Semenanjung Korea",
      },
      { id: "gedung-putih", sources: [{ text: "Gedung Putih", caseSensitive: false }], renderings: [{ text: "White House", caseSensitive: false, status: "preferred" }], dnt: false },
      {
        id: "rudal-balistik", sources: [{ text: "rudal balistik", caseSensitive: false }],
        renderings: [{ text: "ballistic missile", caseSensitive: false, status: "preferred" }], dnt: false, note: "sering jamak",
      },
    ]);
  });

  it("names the line of a row without a target", () => {
    const e = errorOf(() => parseGlossaryText("Korea Utara\tNorth Korea\nGedung Putih\n", "o.txt"));
    expect([e.code, e.data.line]).toEqual(["glossary-bad-omegat-row", 2]);
  });
});

describe("glossary CSV (a spreadsheet's term list)", () => {
  it("reads a comma-separated list with a header, a BOM, CRLF, quoted commas and quotes, notes; one concept per source form", () => {
    const csv = '\ufeffIndonesian,English,Note\r\n"Badan Pusat Statistik","Statistics Indonesia, BPS",resmi\r\n\r\n'
      + 'Gedung Putih,White House,\r\nbadan pusat statistik,BPS,"disebut ""BPS"""\r\n';
    expect(strip(parseGlossaryText(csv, "terms.csv"))).toEqual([
      {
        id: "badan-pusat-statistik", sources: [{ text: "Badan Pusat Statistik", caseSensitive: false }],
        renderings: [{ text: "Statistics Indonesia, BPS", caseSensitive: false, status: "preferred" }, { text: "BPS", caseSensitive: false, status: "admitted" }],
        dnt: false, note: 'resmi; disebut "BPS"',
      },
      { id: "gedung-putih", sources: [{ text: "Gedung Putih", caseSensitive: false }], renderings: [{ text: "White House", caseSensitive: false, status: "preferred" }], dnt: false },
    ]);
  });

  it("reads a semicolon-separated list (a spreadsheet in a locale with a decimal comma), Indonesian column names in any order", () => {
    const csv = "Terjemahan;Istilah;Catatan\nStatistics Indonesia;Badan Pusat Statistik;\"BPS; resmi\"\n";
    expect(strip(parseGlossaryText(csv, "istilah.CSV"))).toEqual([{
      id: "badan-pusat-statistik", sources: [{ text: "Badan Pusat Statistik", caseSensitive: false }],
      renderings: [{ text: "Statistics Indonesia", caseSensitive: false, status: "preferred" }], dnt: false, note: "BPS; resmi",
    }]);
  });

  it("names the file and line of malformed CSV and of a row without a target; an empty file is empty", () => {
    const bad = errorOf(() => parseGlossaryText('Indonesian,English\nKorea Utara,North Korea\n"Gedung Putih,White House\n', "t.csv"));
    expect([bad.code, bad.data.file, bad.data.line]).toEqual(["glossary-bad-csv", "t.csv", 3]);
    const row = errorOf(() => parseGlossaryText("Korea Utara,North Korea\nGedung Putih\n", "t.csv"));
    expect([row.code, row.data.line]).toEqual(["glossary-bad-csv-row", 2]);
    expect(errorOf(() => parseGlossaryText("\ufeff\r\n", "t.csv")).code).toBe("file-empty");
  });
});

describe("TBX", () => {
  const shipped = loadGlossary(path.join(REPO, "glossary"));

  it("exports TBX v3 (TBX-Basic) that validates against the TBX core structure schema", () => {
    const tbx = serializeTbx(shipped);
    expect(tbx).toContain('<tbx xmlns="urn:iso:std:iso:30042:ed-2" type="TBX-Basic" style="dca" xml:lang="en">');
    expect(tbx).toContain("<termNote type=\"administrativeStatus\">deprecatedTerm-admn-sts</termNote>");
    expect(xmllint(tbx)).toEqual({ ok: true, output: "" });
  });

  it("exports an empty glossary that still validates", () => {
    expect(xmllint(serializeTbx([])).ok).toBe(true);
  });

  it("writes one concept exactly like this", () => {
    const [nk] = parseGlossaryTsv(TSV, "g.tsv");
    expect(serializeTbx([nk!]).split("<text>")[1]).toBe(`
    <body>
      <conceptEntry id="north-korea">
        <descrip type="subjectField">geo</descrip>
        <note>Match before 'Korea' &amp; &lt;Korea&gt;</note>
        <langSec xml:lang="id">
          <termSec>
            <term>Korea Utara</term>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <descrip type="context">Korea Utara menembakkan rudal.</descrip>
          </termSec>
          <termSec>
            <term>Korut</term>
            <termNote type="register">colloquialRegister</termNote>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
            <termNote type="x-caseSensitive">yes</termNote>
          </termSec>
        </langSec>
        <langSec xml:lang="en">
          <termSec>
            <term>North Korea</term>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">preferredTerm-admn-sts</termNote>
            <termNote type="x-caseSensitive">yes</termNote>
          </termSec>
          <termSec>
            <term>North Korean</term>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">admittedTerm-admn-sts</termNote>
            <termNote type="x-caseSensitive">yes</termNote>
          </termSec>
          <termSec>
            <term>Northern Korea</term>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <ref type="crossReference">North Korea</ref>
          </termSec>
          <termSec>
            <term>N. Korea</term>
            <termNote type="partOfSpeech">proper noun</termNote>
            <termNote type="administrativeStatus">deprecatedTerm-admn-sts</termNote>
            <ref type="crossReference">North Korea</ref>
          </termSec>
        </langSec>
      </conceptEntry>
    </body>
  </text>
</tbx>
`);
  });

  it("round-trips TSV → TBX → TSV losslessly (the shipped glossary and the test file)", () => {
    for (const concepts of [shipped, parseGlossaryTsv(TSV, "g.tsv")]) {
      const back = parseTbx(serializeTbx(concepts), "x.tbx");
      expect(strip(back)).toEqual(strip(concepts));
      expect(serializeGlossaryTsv(back)).toBe(serializeGlossaryTsv(concepts));
    }
    const files = fs.readdirSync(path.join(REPO, "glossary")).filter((f) => f.endsWith(".tsv"));
    for (const f of files) {
      const text = fs.readFileSync(path.join(REPO, "glossary", f), "utf8");
      const body = text.split("\n").filter((l) => !l.startsWith("#")).join("\n");
      const concepts = parseGlossaryTsv(text, f);
      expect(serializeGlossaryTsv(parseTbx(serializeTbx(concepts), "x.tbx"))).toBe(body);
    }
  });

  it("imports TBX v2 as OmegaT writes it (ntig/termGrp, tig, language variants, other languages ignored)", () => {
    expect(strip(parseTbx(fixture("omegat-v2.tbx"), "omegat-v2.tbx"))).toEqual([
      {
        id: "korea-utara",
        sources: [{ text: "Korea Utara", caseSensitive: false, kind: "full" }, { text: "Korut", caseSensitive: false, kind: "abbreviation" }],
        renderings: [
          { text: "North Korea", caseSensitive: false, status: "preferred" },
          { text: "Northern Korea", caseSensitive: false, status: "forbidden", replacement: "North Korea" },
        ],
        dnt: false, domain: "geo",
      },
      {
        id: "gedung-putih", sources: [{ text: "Gedung Putih", caseSensitive: false }],
        renderings: [{ text: "White House", caseSensitive: false, status: "preferred" }], dnt: false, pos: "noun", note: "Capitalised only",
      },
    ]);
  });

  it("imports a TBX written by Translate Toolkit (its TBX writer, run for real)", () => {
    const script = [
      "import sys",
      "from translate.storage import tbx",
      "f = tbx.tbxfile()",
      "for s, t in [('Korea Utara', 'North Korea'), ('Gedung Putih', 'White House'), ('rudal balistik', 'ballistic missile')]:",
      "    u = f.addsourceunit(s)",
      "    u.setsource(s, sourcelang='id')",
      "    u.settarget(t, lang='en')",
      "sys.stdout.write(bytes(f).decode('utf-8'))",
    ].join("\n");
    const xml = execFileSync("/usr/bin/python3", ["-c", script], { encoding: "utf8" });
    expect(xml).toContain("<martif");
    const concepts = parseTbx(xml, "tt.tbx");
    expect(concepts.map((c) => [c.id, c.sources.map((s) => s.text), c.renderings.map((r) => [r.text, r.status])])).toEqual([
      ["korea-utara", ["Korea Utara"], [["North Korea", "preferred"]]],
      ["gedung-putih", ["Gedung Putih"], [["White House", "preferred"]]],
      ["rudal-balistik", ["rudal balistik"], [["ballistic missile", "preferred"]]],
    ]);
  });

  const martif = (...entries: string[]) => `<?xml version="1.0"?>\n<martif type="TBX" xml:lang="en"><text><body>\n${entries.join("\n")}\n</body></text></martif>\n`;
  const entry = (id: string | null, id_: string[], en: [string, string?][]) =>
    `<termEntry${id === null ? "" : ` id="${id}"`}><langSet xml:lang="id">${id_.map((t) => `<tig><term>${t}</term></tig>`).join("")}</langSet>` +
    `<langSet xml:lang="en">${en.map(([t, st]) => `<tig><term>${t}</term>${st ? `<termNote type="administrativeStatus">${st}</termNote>` : ""}</tig>`).join("")}</langSet></termEntry>`;

  it("maps opaque ids to readable, unique concept ids and keeps readable ones", () => {
    const concepts = parseTbx(martif(
      entry("_1", ["Korea Utara"], [["North Korea"]]),
      entry("c42", ["rudal balistik"], [["ballistic missile"]]),
      entry("3f2b9c1e-77aa-4c1d-9a0e-5b6c7d8e9f00", ["rudal balistik antarbenua"], [["ICBM"]]),
      entry("korea-utara", ["Korut"], [["DPRK"]]),
      entry("g7", ["G7"], [["G7"]]),
      entry("covid-19", ["COVID-19"], [["COVID-19"]]),
      entry(null, ["Gedung Putih"], [["White House"]]),
      entry("tbx-0001", ["Gedung  Putih  Lama"], [["Old White House"]]),
      entry("e9", ["Пхеньян"], [["Pyongyang"]]),
    ), "ids.tbx");
    // `korea-utara` is the file's own id for another entry: the slug of `_1` may not take it
    expect(concepts.map((c) => c.id)).toEqual([
      "korea-utara-2", "rudal-balistik", "rudal-balistik-antarbenua", "korea-utara", "g7", "covid-19", "gedung-putih", "gedung-putih-lama", "pyongyang",
    ]);
    expect(() => validateConcepts(concepts)).not.toThrow();
  });

  it("refuses a concept id used twice (file and both lines), instead of renaming one", () => {
    const e = errorOf(() => parseTbx(martif(entry("c1", ["rudal"], [["missile"]]), entry("c2", ["sanksi"], [["sanctions"]]), entry("c1", ["senjata"], [["weapon"]])), "dup.tbx"));
    expect([e.code, e.data]).toEqual(["glossary-duplicate-id", { file: "dup.tbx", line: 5, entry: "c1", otherFile: "dup.tbx", otherLine: 3 }]);
  });

  it("keeps a preferred rendering per concept: a term without a status is preferred unless a sibling is", () => {
    const [a, b, c, d] = parseTbx(martif(
      // no status beside a deprecated term: the term without status is preferred, the deprecated one points at it
      entry("a", ["rudal"], [["missile"], ["rocket", "deprecatedTerm-admn-sts"]]),
      // a sibling marked preferred: the terms without status are admitted
      entry("b", ["sanksi"], [["sanction", "admittedTerm-admn-sts"], ["sanctions"], ["restrictions", "preferredTerm-admn-sts"]]),
      // only admitted terms: the first becomes preferred
      entry("c", ["senjata"], [["weapons", "admittedTerm-admn-sts"], ["arms", "admittedTerm-admn-sts"]]),
      // several terms without status: the first is preferred, the rest admitted; plurals kept as written
      entry("d", ["pasukan"], [["troops"], ["forces"], ["troop", "deprecatedTerm-admn-sts"]]),
    ), "st.tbx");
    const r = (x: typeof a) => x!.renderings.map((t) => [t.text, t.status, t.replacement ?? ""]);
    expect(r(a)).toEqual([["missile", "preferred", ""], ["rocket", "forbidden", "missile"]]);
    expect(r(b)).toEqual([["sanction", "admitted", ""], ["sanctions", "admitted", ""], ["restrictions", "preferred", ""]]);
    expect(r(c)).toEqual([["weapons", "preferred", ""], ["arms", "admitted", ""]]);
    expect(r(d)).toEqual([["troops", "preferred", ""], ["forces", "admitted", ""], ["troop", "forbidden", "troops"]]);
  });

  it("refuses a billion-laughs entity bomb without expanding it", () => {
    const e = errorOf(() => parseTbx(fixture("billion-laughs.tbx"), "billion-laughs.tbx"));
    expect([e.code, e.data.file, e.data.line]).toEqual(["glossary-xml-entity", "billion-laughs.tbx", 3]);
  });

  it("refuses an external entity (never reads the file it names)", () => {
    const e = errorOf(() => parseTbx(fixture("external-entity.tbx"), "external-entity.tbx"));
    expect([e.code, e.data.line]).toEqual(["glossary-xml-entity", 3]);
  });

  it("reports malformed XML with its line", () => {
    const e = errorOf(() => parseTbx('<?xml version="1.0"?>\n<tbx>\n<text><body>\n</tbx>\n', "m.tbx"));
    expect([e.code, e.data.file, e.data.line]).toEqual(["glossary-xml-malformed", "m.tbx", 4]);
  });

  it("refuses an undeclared entity reference instead of expanding it", () => {
    expect(errorOf(() => parseTbx('<martif><text><body><termEntry><langSet xml:lang="id"><tig><term>&xxe;</term></tig></langSet></termEntry></body></text></martif>', "u.tbx")).code)
      .toBe("glossary-xml-malformed");
  });

  it("says so when a TBX has no Indonesian terms", () => {
    const e = errorOf(() => parseTbx('<martif><text><body><termEntry><langSet xml:lang="en"><tig><term>a</term></tig></langSet><langSet xml:lang="de"><tig><term>b</term></tig></langSet></termEntry></body></text></martif>', "de.tbx"));
    expect([e.code, e.data.languages]).toEqual(["glossary-tbx-no-indonesian", "de, en"]);
  });
});

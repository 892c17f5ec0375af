/**
 * The glossary checks with glossaries nobody tuned them on: three newsroom beats (economy / central
 * bank, elections, disasters; test/fixtures/beats/<beat>/glossary) and sentence pairs whose findings
 * were keyed before Selaras ran on them (test/fixtures/beats/<beat>/cases.tsv). Each test below is a
 * defect those pairs found, with the exact findings the fixed checks give.
 */
import * as path from "node:path";
import { loadGlossary } from "../../src/app/glossary";
import { compileGlossary } from "../../src/glossary";
import { pairChecker } from "../../src/check/run";
import * as fs from "node:fs";
import { dumpDb, run, tempDir } from "../helpers/cli";

const BEATS = path.resolve(__dirname, "../fixtures/beats");
const checker = (beat: string) => pairChecker({ matcher: compileGlossary(loadGlossary(path.join(BEATS, beat, "glossary"))), config: { only: ["glossary-term-missing", "glossary-forbidden-term", "glossary-dnt-changed", "glossary-count-mismatch", "glossary-unexpected-term"] } });
const economy = checker("economy");
const elections = checker("elections");
const disasters = checker("disasters");
const findings = (check: ReturnType<typeof checker>, source: string, target: string) =>
  check({ ref: "t:1", source, target }).map((f) => [f.checkId, f.severity, f.data?.entry, f.messageId, f.fix?.text ?? null]);

describe("a do-not-translate term translated by a forbidden rendering", () => {
  it("is one finding, the forbidden rendering with its fix (it was also 'missing from the target')", () => {
    expect(findings(economy, "Rupiah ditutup menguat 0,5 persen.", "The Indonesian rupee closed 0.5 percent stronger.")).toEqual([
      ["glossary-forbidden-term", "error", "rupiah", "forbidden", "rupiah"],
    ]);
    expect(findings(elections, "Partai Golkar mengusung calon presiden sendiri.", "The Functional Groups Party nominated its own presidential candidate.")).toEqual([
      ["glossary-forbidden-term", "error", "golkar", "forbidden", "Golkar"],
    ]);
  });
  it("is still missing when dropped, and changed when written in another case", () => {
    expect(findings(elections, "Gerindra meraih kursi terbanyak.", "The president's party won the most seats.")).toEqual([
      ["glossary-dnt-changed", "error", "gerindra", "missing", null],
    ]);
    expect(findings(elections, "Golkar menolak.", "The GOLKAR party, not the Functional Groups, objected.")).toEqual([
      ["glossary-dnt-changed", "error", "golkar", "changed", null],
      ["glossary-forbidden-term", "error", "golkar", "forbidden", "Golkar"],
    ]);
  });
});

describe("a forbidden rendering when the source has no form of its concept", () => {
  it("is info: the words may render something else (a name before 2007, another institution)", () => {
    expect(findings(economy, "Direktur AALI mengatakan kepada Bursa Efek Jakarta (BEJ) bahwa produksi naik.", "AALI's director told the Jakarta Stock Exchange (JSX) that output rose.")).toEqual([
      ["glossary-forbidden-term", "info", "idx", "forbidden", "Indonesia Stock Exchange"],
    ]);
    expect(findings(elections, "DPRD menyetujui anggaran daerah.", "The regional legislative body approved the regional budget.")).toEqual([
      ["glossary-forbidden-term", "info", "dpr", "forbidden", "House of Representatives"],
      ["glossary-term-missing", "error", "dprd", "missing", null],
    ]);
    expect(findings(disasters, "Tanggul itu jebol dan air menerjang permukiman.", "The dike burst and a tidal wave hit the neighbourhood.")).toEqual([
      ["glossary-forbidden-term", "info", "tsunami", "forbidden", "tsunami"],
    ]);
  });
  it("keeps its level when the source has the concept, in any form", () => {
    expect(findings(economy, "Saham perbankan memimpin penguatan di BEI.", "Banking shares led gains on the Jakarta Stock Exchange.")).toEqual([
      ["glossary-forbidden-term", "error", "idx", "forbidden", "Indonesia Stock Exchange"],
    ]);
    expect(findings(disasters, "Dapur umum menyiapkan makanan di pengungsian-nya.", "The public kitchen prepared food for the refugees.")).toEqual([
      ["glossary-forbidden-term", "warning", "evacuee", "forbidden", "evacuees"],
      ["glossary-term-missing", "warning", "evacuation-shelter", "missing", null],
    ]);
  });
});

describe("a case-sensitive one-word rendering in a title-case headline", () => {
  it("is no unexpected term: the capital is the headline's", () => {
    expect(findings(elections, "4 Rumah dan Gudang Onderdil Terbakar", "Fire Guts 4 Houses and 1 Spare Parts Warehouse")).toEqual([]);
    expect(findings(elections, "Rumah Warga Terbakar", "Fire Destroys House in Bekasi")).toEqual([]);
  });
  it("still is in a sentence", () => {
    expect(findings(elections, "Presiden berbicara di depan parlemen.", "The president addressed the House.")).toEqual([
      ["glossary-unexpected-term", "warning", "dpr", "unexpected", null],
    ]);
  });
});

describe("the audit's renderings of a do-not-translate concept that also lists its form as admitted", () => {
  it("counts each use once (`BI` was counted as preferred ×9 and admitted ×9)", async () => {
    const r = await run(["audit", "--pairs", path.join(BEATS, "economy", "pairs.tsv"), "--glossary", path.join(BEATS, "economy", "glossary"), "--format", "json"]);
    expect(r.code).toBe(1);
    const bi = (JSON.parse(r.stdout) as { conceptAudits: { id: string; renderings: unknown[] }[] }).conceptAudits.find((c) => c.id === "bank-indonesia")!;
    // (`Bank Indonesia (BI) held …`: the form in brackets right after the concept's other rendering is the same
    // mention, counted once under `Bank Indonesia`, as glossary-count-mismatch counts it: BI 9 → 8 since 7792072)
    expect(bi.renderings).toEqual([{ text: "BI", status: "preferred", count: 8 }, { text: "Bank Indonesia", status: "preferred", count: 2 }]);
  });
  it("and the matcher gives the form once, under its first status", () => {
    const m = compileGlossary(loadGlossary(path.join(BEATS, "economy", "glossary")));
    expect(m.matchTarget("BI said").map((h) => [h.text, h.entry, h.status, h.entries.length])).toEqual([["BI", "bank-indonesia", "preferred", 1]]);
  });
});

describe("a rendering whose concept the source has as another word of the same root", () => {
  it("is no unexpected term (`mengungsi` and `pengungsian` share `ungsi`; `meletus` and `letusan`)", () => {
    expect(findings(disasters, "Kebanjiran, warga mengungsi ke masjid.", "Flooded out, residents took shelter in a mosque.")).toEqual([]);
    expect(findings(disasters, "Mengungsi ke masjid, warga menunggu.", "Taking shelter in a mosque, residents waited.")).toEqual([]);
    expect(findings(disasters, "Gunung Semeru meletus lagi.", "Mount Semeru's eruption resumed.")).toEqual([]);
  });
  it("still is when no source word shares the root", () => {
    expect(findings(disasters, "Warga menunggu di masjid.", "Residents waited in a mosque shelter.")).toEqual([
      ["glossary-unexpected-term", "warning", "evacuation-shelter", "unexpected", null],
    ]);
  });
});

describe("selaras terms on a term split across a line break", () => {
  it("prints it on one line (the offsets still cover the text as found; JSON keeps it as found)", async () => {
    const g = path.join(BEATS, "elections", "glossary");
    const r = await run(["terms", "-", "--glossary", g], { stdin: "Komisi Pemilihan\nUmum dan DPR-lah" });
    expect([r.code, r.stdout]).toEqual([0, "0-21  Komisi Pemilihan Umum → General Elections Commission  (kpu)\n26-29  DPR → House of Representatives  (dpr)\n2 terms found.\n"]);
    const j = await run(["terms", "-", "--json", "--glossary", g], { stdin: "Komisi Pemilihan\nUmum" });
    expect(JSON.parse(j.stdout).map((h: { text: string }) => h.text)).toEqual(["Komisi Pemilihan\nUmum"]);
  });
});

describe("malformed beat glossaries", () => {
  const ECONOMY = fs.readFileSync(path.join(BEATS, "economy", "glossary", "economy.tsv"), "utf8");
  const CASES: Array<[name: string, files: Record<string, string | Buffer>, message: string]> = [
    ["a duplicate concept id", { "economy.tsv": ECONOMY + ECONOMY.split("\n")[2] + "\n" }, "glossary/economy.tsv:28: concept id 'bank-indonesia' is already used at glossary/economy.tsv:3"],
    ["a source form in two concepts", { "extra.tsv": "id\tsource\tpreferred\npolicy-rate\tSuku Bunga Acuan\tpolicy rate\n" }, "glossary/extra.tsv:2: source form 'Suku Bunga Acuan' of 'policy-rate' is already a source form of 'benchmark-interest-rate' ('suku bunga acuan', glossary/economy.tsv:5)"],
    ["an empty file", { "extra.tsv": "" }, "glossary/extra.tsv: the file is empty"],
    ["a byte-order mark alone", { "extra.tsv": "\uFEFF" }, "glossary/extra.tsv: the file is empty"],
    ["comments alone", { "extra.tsv": "# rates\n# to do\n" }, "glossary/extra.tsv:2: a glossary file with comments and no concepts (not even a header); add the header and a concept, or delete the file"],
    ["a line without tabs (CRLF)", { "extra.tsv": "id\tsource\tpreferred\r\nok-one\tsatu\tone\r\nbad line without tabs\r\n" }, "glossary/extra.tsv:3: bad concept id 'bad line without tabs' (kebab-case: lower-case letters, digits and hyphens, starting with a letter)"],
    ["a line with a column too many", { "extra.tsv": "id\tsource\tpreferred\nok-one\tsatu\tone\tsatu lagi\n" }, "glossary/extra.tsv:2: 4 columns, the header has 3"],
  ];
  it.each(CASES)("%s: file and line, exit 2, database unchanged", async (_name, files, message) => {
    const dir = tempDir();
    const g = path.join(dir, "glossary");
    fs.mkdirSync(g);
    fs.writeFileSync(path.join(g, "economy.tsv"), ECONOMY);
    const db = path.join(dir, "t.db");
    expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
    const before = dumpDb(db);
    for (const [name, text] of Object.entries(files)) fs.writeFileSync(path.join(g, name), text);
    const r = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${message}\n`]);
    expect(dumpDb(db)).toBe(before);
  });
  it("CRLF line ends and a byte-order mark are read as the same glossary", async () => {
    const dir = tempDir();
    const g = path.join(dir, "glossary");
    fs.mkdirSync(g);
    fs.writeFileSync(path.join(g, "economy.tsv"), ECONOMY);
    const db = path.join(dir, "t.db");
    await run(["glossary", "sync", "--db", db], { cwd: dir });
    fs.writeFileSync(path.join(g, "economy.tsv"), "\uFEFF" + ECONOMY.replace(/\n/g, "\r\n"));
    const r = await run(["glossary", "sync", "--db", db], { cwd: dir });
    expect([r.code, r.stdout]).toEqual([0, "Glossary synced: 25 concepts from 1 file (0 added, 0 changed, 0 removed).\n"]);
  });
});

describe("a rendering of several words written as a hyphenated compound", () => {
  it("is found by the matcher, forbidden ones too, and the fix keeps the hyphens", () => {
    expect(findings(economy, "BI memangkas suku bunga 25 basis poin.", "BI made a 25-base-point cut in interest rates.")).toEqual([
      ["glossary-forbidden-term", "error", "basis-point", "forbidden", "basis-point"],
    ]);
    expect(findings(economy, "BI memangkas suku bunga 25 basis poin.", "BI made a 25-basis-point cut in interest rates.")).toEqual([]);
    const m = compileGlossary(loadGlossary(path.join(BEATS, "disasters", "glossary")));
    expect(m.matchTarget("the flash-flood-hit village, a flash - flood").map((h) => [h.text, h.entry])).toEqual([["flash-flood", "flash-flood"], ["flood", "flood"]]);
  });
  it("is what the audit lists as the rendering used", async () => {
    const r = await run(["audit", "--pairs", path.join(BEATS, "disasters", "pairs.tsv"), "--glossary", path.join(BEATS, "disasters", "glossary"), "--format", "json"]);
    const ff = (JSON.parse(r.stdout) as { conceptAudits: { id: string; renderings: unknown[] }[] }).conceptAudits.find((c) => c.id === "flash-flood")!;
    expect(ff.renderings).toEqual([{ text: "flash flood", status: "preferred", count: 4 }]);
  });
});

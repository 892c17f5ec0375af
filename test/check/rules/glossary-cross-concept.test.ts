/**
 * A rendering one concept forbids and another allows (`suspect`: forbidden for `terdakwa`, preferred
 * for `tersangka`; `Supreme Court`: forbidden for `Mahkamah Konstitusi`, the case-sensitive preferred
 * rendering of `Mahkamah Agung`), and a forbidden rendering in a title-case headline. Found with a
 * 43-concept law/politics/disaster glossary on 154 newsroom pairs (probe-chk2).
 */
import { compileGlossary, type Concept } from "../../../src/glossary";
import forbidden from "../../../src/check/rules/glossary-forbidden-term";
import missing from "../../../src/check/rules/glossary-term-missing";
import type { CheckInput, PairCheck } from "../../../src/check/types";

const form = (text: string, caseSensitive = false) => ({ text, caseSensitive });
const r = (text: string, status: "preferred" | "admitted" | "forbidden", caseSensitive = false, replacement?: string) =>
  replacement ? { text, status, caseSensitive, replacement } : { text, status, caseSensitive };

const CONCEPTS: Concept[] = [
  { id: "suspect", sources: [form("tersangka")], renderings: [r("suspect", "preferred"), r("defendant", "forbidden", false, "suspect")], dnt: false },
  { id: "defendant", sources: [form("terdakwa")], renderings: [r("defendant", "preferred"), r("accused", "admitted"), r("suspect", "forbidden", false, "defendant")], dnt: false },
  { id: "constitutional-court", sources: [form("Mahkamah Konstitusi"), form("MK", true)], renderings: [r("Constitutional Court", "preferred", true), r("Supreme Court", "forbidden")], dnt: false },
  { id: "supreme-court", sources: [form("Mahkamah Agung"), form("MA", true)], renderings: [r("Supreme Court", "preferred", true), r("Constitutional Court", "forbidden")], dnt: false },
  { id: "dpr", sources: [form("Dewan Perwakilan Rakyat"), form("DPR", true)], renderings: [r("House of Representatives", "preferred", true), r("House", "admitted", true), r("Indonesian Parliament", "forbidden", true, "House of Representatives")], dnt: false },
];
const G = compileGlossary(CONCEPTS);
const run = (check: PairCheck<object>, source: string, target: string) => {
  const input: CheckInput = { source, target, sourceTerms: G.matchSource(source), targetTerms: G.matchTarget(target), concepts: G.concepts };
  return check.check(input, check.defaultOptions).map((p) => ({ messageId: p.messageId, data: p.data }));
};

describe("a rendering forbidden for one concept and allowed for another", () => {
  it("is that other concept's rendering when the source has it", () => {
    expect(run(forbidden, "KPK menahan tersangka korupsi itu.", "The KPK detained the suspect.")).toEqual([]);
    expect(run(forbidden, "Polri menangkap 15 tersangka.", "Police arrested 15 suspects.")).toEqual([]);
    expect(run(forbidden, "Terdakwa divonis 8 tahun.", "The defendant was sentenced to eight years.")).toEqual([]);
    expect(run(forbidden, "Mahkamah Agung menolak kasasi terdakwa.", "The Supreme Court rejected the defendant's appeal.")).toEqual([]);
  });
  it("is reported when the source has the forbidding concept only", () => {
    expect(run(forbidden, "Polisi menahan tiga tersangka.", "Police detained three defendants.")).toEqual([
      { messageId: "forbidden", data: { text: "defendants", replacement: "suspects", entry: "suspect" } },
    ]);
    expect(run(forbidden, "Terdakwa membacakan pembelaan.", "The suspect read out his plea.")).toEqual([
      { messageId: "forbidden", data: { text: "suspect", replacement: "defendant", entry: "defendant" } },
    ]);
  });
  it("is left alone when neither concept is in the source (unexpected-term's business)", () => {
    expect(run(forbidden, "Polisi menangkap dua orang.", "Police arrested two suspects.")).toEqual([]);
  });
  it("is found when the allowing concept writes it case-sensitively and the forbidding one not", () => {
    expect(run(forbidden, "Mahkamah Konstitusi menolak gugatan itu.", "The Supreme Court rejected the lawsuit.")).toEqual([
      { messageId: "forbidden", data: { text: "Supreme Court", replacement: "Constitutional Court", entry: "constitutional-court" } },
    ]);
    expect(run(forbidden, "MA mengabulkan kasasi jaksa.", "The Constitutional Court granted the appeal.")).toEqual([
      { messageId: "forbidden", data: { text: "Constitutional Court", replacement: "Supreme Court", entry: "supreme-court" } },
    ]);
    // (term-missing leaves it to the forbidden-term finding)
    expect(run(missing, "Mahkamah Konstitusi menolak gugatan itu.", "The Supreme Court rejected the lawsuit.")).toEqual([]);
  });
  it("keeps both concepts on one target match", () => {
    const m = G.matchTarget("The Supreme Court ruled.");
    expect(m.map((x) => (x as typeof x & { entries: unknown[] }).entries)).toEqual([[
      { entry: "supreme-court", status: "preferred", rendering: "Supreme Court" },
      { entry: "constitutional-court", status: "forbidden", rendering: "Supreme Court" },
    ]]);
  });
});

describe("a forbidden rendering in a title-case headline", () => {
  it("is reported although capitalised words surround it", () => {
    expect(run(forbidden, "DPR Tolak Usulan Pemerintah", "Indonesian Parliament Rejects Government Proposal")).toEqual([
      { messageId: "forbidden", data: { text: "Indonesian Parliament", replacement: "House of Representatives", entry: "dpr" } },
    ]);
  });
  it("is still a longer name when the source lacks the concept or the target renders it", () => {
    expect(run(forbidden, "Ia membaca laporan itu.", "He read the Indonesian Parliament Watch report.")).toEqual([]);
    expect(run(forbidden, "DPR menerima laporan itu.", "The House received the Indonesian Parliament Watch report.")).toEqual([]);
  });
});

describe("a rendering of several words as a hyphenated compound (glossary-term-missing)", () => {
  const H = compileGlossary([
    { id: "flash-flood", sources: [form("banjir bandang")], renderings: [r("flash flood", "preferred")], dnt: false },
    { id: "interest-rate", sources: [form("suku bunga")], renderings: [r("interest rate", "preferred")], dnt: false },
  ]);
  const miss = (source: string, target: string) =>
    missing.check({ source, target, sourceTerms: H.matchSource(source), targetTerms: H.matchTarget(target), concepts: H.concepts }, missing.defaultOptions).map((p) => ({ messageId: p.messageId, data: p.data }));
  it("renders the term", () => {
    expect(miss("BMKG mengeluarkan peringatan dini banjir bandang.", "The BMKG issued an early flash-flood warning.")).toEqual([]);
    expect(miss("Banjir bandang melanda tiga desa.", "Flash-floods hit three villages.")).toEqual([]);
    expect(miss("Kenaikan suku bunga ditunda.", "The interest-rate hike was postponed.")).toEqual([]);
  });
  it("does not stand for a missing term or half of it", () => {
    expect(miss("Banjir bandang melanda tiga desa.", "A flash-fire hit three villages.")).toEqual([
      { messageId: "missing", data: { term: "Banjir bandang", expected: "flash flood", entry: "flash-flood" } },
    ]);
    expect(miss("Banjir bandang melanda desa.", "A flood hit the well-known village.")).toEqual([
      { messageId: "missing", data: { term: "Banjir bandang", expected: "flash flood", entry: "flash-flood" } },
    ]);
  });
});

describe("the fix for a forbidden rendering of a do-not-translate concept", () => {
  const B = compileGlossary([
    { id: "bank-indonesia", sources: [form("Bank Indonesia"), form("BI", true)], renderings: [r("BI", "admitted", true), r("Indonesian Bank", "forbidden")], dnt: true },
  ]);
  it("is the term as the source writes it, not the concept's short form", () => {
    const source = "Bank Indonesia menaikkan suku bunga.", target = "Indonesian Bank raised interest rates.";
    const problems = forbidden.check({ source, target, sourceTerms: B.matchSource(source), targetTerms: B.matchTarget(target), concepts: B.concepts }, forbidden.defaultOptions);
    expect(problems.map((p) => [p.messageId, p.data?.replacement, p.fix])).toEqual([["forbidden", "Bank Indonesia", { start: 0, end: 15, text: "Bank Indonesia" }]]);
  });
});

import check from "../../../src/check/rules/glossary-term-missing";
import { testCheck } from "../helpers";
import { runChecks } from "../../../src/check";
import { compileGlossary, type Concept } from "../../../src/glossary";
import { loadGlossaryMatcher } from "../../../src/app/glossary";
import * as path from "node:path";

testCheck(check, {
  valid: [
    { source: "Korea Utara menembakkan rudal balistik.", target: "North Korea fired a ballistic missile." },
    { source: "Korea Utara menembakkan rudal balistik.", target: "North Korea's ballistic missiles were fired." },
    { source: "Korut mengecam AS.", target: "The DPRK condemned the U.S." },
    { source: "Pejabat AS tiba.", target: "A US official arrived." },
    { source: "Ia berbicara seperti biasa.", target: "He spoke as usual." },
    { source: "Mereka tiba di gedung putih itu.", target: "They arrived at the white building." },
    { source: "Sanksi-sanksi barat.", target: "Western sanctions." },
    { source: "Korea Utara mengecam.", target: "", name: "empty target is untranslated's" },
    { source: "Korea Utara mengecam.", target: "Korea North condemned it.", name: "forbidden rendering is glossary-forbidden-term's" },
    { source: "KCNA melaporkan.", target: "The agency reported.", name: "DNT term is glossary-dnt-changed's" },
    { source: "Negara barat.", target: "Western countries.", name: "a concept without rendering is a note" },
    { source: "Korea Utara dan Korea Selatan berunding.", target: "North and South Korea negotiated.", name: "elliptic coordination" },
    { source: "Korea Selatan atau Korea Utara.", target: "South or North Korea.", name: "elliptic coordination (or)" },
  ],
  invalid: [
    {
      source: "Korea Utara dan Korea Selatan berunding.",
      target: "North America and South Korea negotiated.",
      name: "not an ellipsis: another head word follows",
      errors: [{ messageId: "missing", data: { term: "Korea Utara", expected: "North Korea", entry: "north-korea" } }],
    },
    {
      source: "Korea Utara menembakkan rudal balistik.",
      target: "Pyongyang fired a ballistic missile.",
      errors: [{ messageId: "missing", data: { term: "Korea Utara", expected: "North Korea", entry: "north-korea" }, source: { start: 0, end: 11 } }],
    },
    {
      source: "Presiden AS tiba di Gedung Putih.",
      target: "The American president arrived at the presidential residence.",
      errors: [
        { messageId: "missing", data: { term: "AS", expected: "United States", entry: "united-states" } },
        { messageId: "missing", data: { term: "Gedung Putih", expected: "White House", entry: "white-house" } },
      ],
    },
    {
      source: "Kim bertemu di Kremlin dan membahas kemitraan strategis.",
      target: "Kim met at the Kremlin and discussed kemitraan strategis.",
      errors: [{ messageId: "untranslated", data: { term: "kemitraan strategis", expected: "strategic partnership", entry: "strategic-partnership" }, target: { start: 37, end: 56 } }],
    },
  ],
});

describe("glossary-term-missing: a place name modifying a title, dropped or replaced", () => {
  const geo = (id: string, source: string[], renderings: string[]): Concept => ({
    id, domain: "geo", dnt: false,
    sources: source.map((text) => ({ text, caseSensitive: false })),
    renderings: renderings.map((text, k) => ({ text, status: k === 0 ? "preferred" as const : "admitted" as const, caseSensitive: true })),
  });
  const matcher = compileGlossary([
    geo("japan", ["Jepang"], ["Japan", "Japanese", "Tokyo"]),
    geo("china", ["China", "Tiongkok"], ["China", "Chinese"]),
    geo("south-korea", ["Korea Selatan"], ["South Korea", "South Korean"]),
    geo("north-korea", ["Korea Utara"], ["North Korea", "North Korean"]),
    geo("russia", ["Rusia"], ["Russia", "Russian"]),
    geo("united-states", ["AS"], ["United States", "US"]),
  ]);
  const found = (source: string, target: string) =>
    runChecks([{ ref: "t", source, target }], { matcher, config: { only: ["glossary-term-missing"] } }).findings
      .map((f) => ({ checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data }));
  const missing = (severity: string, term: string, expected: string, entry: string) => [{ checkId: "glossary-term-missing", severity, messageId: "missing", data: { term, expected, entry } }];

  it("an error when the target names another place the source does not have", () => {
    expect(found("Pemerintah Jepang memprotes rencana itu.", "The Chinese government protested the plan.")).toEqual(missing("error", "Jepang", "Japan", "japan"));
    expect(found("Presiden Korea Selatan berpidato di Seoul.", "North Korea's president gave a speech in Seoul.")).toEqual(missing("error", "Korea Selatan", "South Korea", "south-korea"));
    expect(found("Tentara Korea Utara tiba di Kursk.", "Russian troops arrived in Kursk.")).toEqual(missing("error", "Korea Utara", "North Korea", "north-korea"));
  });
  it("a warning when the place is only dropped, or the other place is in the source too", () => {
    expect(found("Pemerintah Jepang memprotes rencana itu.", "The government protested the plan.")).toEqual(missing("warning", "Jepang", "Japan", "japan"));
    expect(found("Tentara Korea Utara tiba di Kursk, Rusia.", "The troops arrived in Kursk, Russia.")).toEqual(missing("warning", "Korea Utara", "North Korea", "north-korea"));
    expect(found("Presiden AS George W. Bush tiba di Tokyo.", "President George W. Bush arrived in Tokyo.")).toEqual(missing("warning", "AS", "United States", "united-states"));
  });
});

describe("glossary-term-missing: a capital for its country (the shipped glossary)", () => {
  const matcher = loadGlossaryMatcher(path.resolve(__dirname, "../../../glossary"));
  const found = (source: string, target: string) =>
    runChecks([{ ref: "t", source, target }], { matcher, config: { only: ["glossary-term-missing"] } }).findings
      .map((f) => ({ severity: f.severity, messageId: f.messageId, data: f.data }));

  it("renders the country as its government, actor of the sentence", () => {
    expect(found("AS menjatuhkan sanksi baru terhadap sejumlah pejabat Iran.", "Washington imposed new sanctions on several Iranian officials.")).toEqual([]);
    expect(found("Rusia membantah terlibat dalam serangan siber tersebut.", "Moscow denied involvement in the cyberattack.")).toEqual([]);
    expect(found("Pejabat dari AS tiba kemarin.", "An official from Washington arrived yesterday.")).toEqual([]);
  });
  it("renders no country where the source names it as a place or its people", () => {
    expect(found("Ribuan warga AS turun ke jalan memprotes kebijakan tarif.", "Thousands of Washington residents took to the streets to protest the tariff policy."))
      .toEqual([{ severity: "error", messageId: "missing", data: { term: "AS", expected: "United States", entry: "united-states" } }]);
    expect(found("Badai salju melanda sebagian besar wilayah AS.", "A snowstorm hit most of Washington."))
      .toEqual([{ severity: "error", messageId: "missing", data: { term: "AS", expected: "United States", entry: "united-states" } }]);
    // (a part of the country is no capital: `England` for `di Inggris`)
    expect(found("Tingkat kematian di Inggris meningkat.", "The death rate in England rose.")).toEqual([]);
    expect(found("Badai salju melanda wilayah AS.", "A snowstorm hit the US.")).toEqual([]);
  });
});

describe("glossary-term-missing: initials written with full stops (the shipped glossary)", () => {
  const matcher = loadGlossaryMatcher(path.resolve(__dirname, "../../../glossary"));
  const found = (source: string, target: string) =>
    runChecks([{ ref: "t", source, target }], { matcher, config: { only: ["glossary-term-missing"] } }).findings
      .map((f) => ({ severity: f.severity, messageId: f.messageId, data: f.data }));

  it("reads `U.S. dollar` as `US dollar`", () => {
    expect(found("Rupiah ditutup pada Rp16.200 per dolar AS.", "The rupiah closed at 16,200 per U.S. dollar.")).toEqual([]);
    expect(found("Harga minyak naik menjadi 80 dolar AS per barel.", "Oil rose to 80 U.S. dollars a barrel.")).toEqual([]);
  });

  it("still reports another currency", () => {
    expect(found("Rupiah ditutup pada Rp16.200 per dolar AS.", "The rupiah closed at 16,200 per euro.")).toEqual([
      { severity: "warning", messageId: "missing", data: { term: "dolar AS", expected: "US dollar", entry: "us-dollar" } },
    ]);
  });
});

describe("glossary-term-missing: a rendering inside a longer term (the shipped glossary)", () => {
  const matcher = loadGlossaryMatcher(path.resolve(__dirname, "../../../glossary"));
  const found = (source: string, target: string) =>
    runChecks([{ ref: "t", source, target }], { matcher, config: { only: ["glossary-term-missing"] } }).findings
      .map((f) => ({ severity: f.severity, messageId: f.messageId, data: f.data }));

  it("two source terms rendered as one: `UN` of `UN Security Council` renders `PBB`", () => {
    expect(found("Dewan Keamanan (DK) PBB gagal mencapai kata sepakat.", "The UN Security Council failed to reach agreement.")).toEqual([]);
    expect(found("Dewan Keamanan, badan PBB, bersidang.", "The United Nations Security Council met.")).toEqual([]);
  });

  it("not inside a term of a concept the source has itself, nor when the part is not there", () => {
    expect(found("Korea Utara menyerang Korea.", "North Korea attacked.")).toEqual([
      { severity: "warning", messageId: "untranslated", data: { term: "Korea", expected: "Korea", entry: "korea" } },
    ]);
    expect(found("Dewan Keamanan (DK) PBB gagal.", "The UNSC failed.")).toEqual([
      { severity: "error", messageId: "missing", data: { term: "PBB", expected: "UN", entry: "united-nations" } },
    ]);
  });
});

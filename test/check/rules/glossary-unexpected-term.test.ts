import check from "../../../src/check/rules/glossary-unexpected-term";
import { testCheck } from "../helpers";
import * as path from "node:path";
import { runChecks } from "../../../src/check";
import { loadGlossaryMatcher } from "../../../src/app/glossary";

testCheck(check, {
  valid: [
    { source: "Korea Utara mengecam.", target: "North Korea condemned it." },
    { source: "Korut mengecam.", target: "The DPRK, North Korea, condemned it." },
    { source: "Ia mengecam.", target: "He condemned it as well as them." },
    { source: "Ia mengecam.", target: "He condemned Korea North.", name: "forbidden renderings are glossary-forbidden-term's" },
    { source: "Mereka tiba di gedung putih.", target: "They arrived at the White House.", name: "a case-sensitive form written in another case" },
    { source: "Negara itu disanksi.", target: "The country faced sanctions.", name: "a form inside an affixed word" },
    { source: "Hujan turun sejak Senin (3/12/2026) malam.", target: "Rain has fallen since Monday night (Dec. 3, 2026).", name: "a month name rendering a numeric date" },
    { source: "Ia dijadwalkan tiba pada Rabu (4/12).", target: "He is due on Wednesday, December 4.", name: "a month name rendering a numeric date without a year" },
    { source: "Kolom abu setinggi 1.500 meter terlihat di atas puncak Semeru.", target: "An ash column rose 1,500 meters above the summit of Semeru.", name: "a one-word rendering, one word of a several-word common noun alone (puncak of pertemuan puncak)" },
  ],
  invalid: [
    {
      source: "Ia tiba pada Rabu (4/11).",
      target: "He arrived on Wednesday, December 4.",
      name: "a month name of another month than the source's date",
      errors: [{ messageId: "unexpected", data: { text: "December", entry: "december" } }],
    },
    {
      source: "Para menteri menggelar pertemuan di Jakarta.",
      target: "The ministers held a summit in Jakarta.",
      name: "the head of a several-word form alone explains no one-word rendering (pertemuan of pertemuan puncak)",
      errors: [{ messageId: "unexpected", data: { text: "summit", entry: "summit" } }],
    },
    {
      source: "Korea Utara menguji rudal baru.",
      target: "North Korea tested a new ballistic missile.",
      name: "a rendering of several words is not one word of the form (rudal of rudal balistik)",
      errors: [{ messageId: "unexpected", data: { text: "ballistic missile", entry: "ballistic-missile" } }],
    },
    {
      source: "Para pemimpin bertemu di Jakarta.",
      target: "The leaders met at a summit in Jakarta.",
      name: "no word of the term in the source",
      errors: [{ messageId: "unexpected", data: { text: "summit", entry: "summit" } }],
    },
    {
      source: "Pyongyang mengecam.",
      target: "North Korea condemned it.",
      errors: [{ messageId: "unexpected", data: { text: "North Korea", entry: "north-korea" }, target: { start: 0, end: 11 } }],
    },
    {
      source: "Ia tiba di gedung itu.",
      target: "He arrived at the White House.",
      errors: [{ messageId: "unexpected", data: { text: "White House", entry: "white-house" } }],
    },
  ],
});

describe("glossary-unexpected-term: a concept said without its modifier on both sides (the shipped glossary)", () => {
  const matcher = loadGlossaryMatcher(path.resolve(__dirname, "../../../glossary"));
  const found = (source: string, target: string) =>
    runChecks([{ ref: "t", source, target }], { matcher, config: { only: ["glossary-unexpected-term"] } }).findings
      .map((f) => ({ severity: f.severity, messageId: f.messageId, data: f.data }));

  it("`dolar` (the head of `dolar AS`) rendered `the dollar`: no added term", () => {
    expect(found("Harga emas naik, sementara rupiah melemah terhadap dolar.", "The rupiah weakened against the dollar while gold prices rose.")).toEqual([]);
    expect(found("Jepang menghabiskan jutaan dolar untuk proyek itu.", "Japan spent millions of dollars on the project.")).toEqual([]);
  });
  it("the dollar with no dollar in the source is still added", () => {
    expect(found("Rupiah melemah terhadap yen.", "The rupiah weakened against the dollar.")).toEqual([{ severity: "warning", messageId: "unexpected", data: { text: "dollar", entry: "us-dollar" } }]);
  });
});

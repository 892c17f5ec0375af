/**
 * Translation errors the checks used to let through (a tester's probes): a fraction changed, a currency
 * changed, a misspelled name. Realistic pairs run through runChecks with the shipped glossary, as
 * `selaras check` runs them; every finding is asserted whole (check, severity, message, data).
 */
import * as path from "node:path";
import { runChecks } from "../../src/check";
import { compileGlossary } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";

const shipped = compileGlossary(loadGlossary(path.resolve(__dirname, "../../glossary")));
const found = (source: string, target: string) =>
  runChecks([{ ref: "t", source, target }], { matcher: shipped }).findings.map((f) => ({ checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data }));

describe("a fraction is compared (number-mismatch, fraction)", () => {
  it("reports a fraction rendered as another fraction, naming both", () => {
    expect(found("Setengah dari anggaran itu untuk pendidikan.", "A quarter of the budget goes to education.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "fraction", data: { number: "Setengah", rendered: "A quarter", value: "0.5", renderedValue: "0.25" } },
    ]);
    expect(found("Separuh dari anggaran itu untuk pendidikan.", "A third of the budget goes to education.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "fraction", data: { number: "Separuh", rendered: "A third", value: "0.5", renderedValue: "0.333333" } },
    ]);
    expect(found("Sepertiga warga tidak memilih dalam pilkada kemarin.", "Half of the residents did not vote in yesterday's regional election.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "fraction", data: { number: "Sepertiga", rendered: "Half", value: "0.333333", renderedValue: "0.5" } },
    ]);
    expect(found("Sekitar setengah juta orang menghadiri doa bersama di Monas.", "About a quarter of a million people attended the mass prayer at Monas.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "missing", data: { number: "setengah juta", value: "500000" } },
      { checkId: "number-mismatch", severity: "error", messageId: "extra", data: { number: "a quarter of a million", value: "250000" } },
    ]);
  });

  it("accepts the same fraction in another form", () => {
    for (const [s, t] of [
      ["Dua pertiga wartawan yang tewas dibunuh.", "Two-thirds of the journalists who died were murdered."],
      ["Akses kontrasepsi bisa memangkas kematian ibu hingga hampir sepertiga.", "Access to contraception could cut maternal deaths by almost a third."],
      ["Lebih dari setengah juta orang tinggal di penampungan sementara.", "More than half a million people are living in temporary shelters."],
      ["Lebih dari setengah juta orang tinggal di penampungan sementara.", "More than 500,000 people are living in temporary shelters."],
      ["Sekitar 6,5 juta orang bermain gim itu setiap hari.", "Some six-and-a-half-million people play the game each day."],
      ["Separuh warga desa itu memilih petahana.", "Fifty percent of the village's residents voted for the incumbent."],
      ["Bank sentral menaikkan suku bunga 0,25%.", "The central bank raised its rate by a quarter of a percent."],
      ["Api dapat kami padamkan setengah jam kemudian.", "We put the fire out 30 minutes later."],
      ["Ia memimpin partai itu selama seperempat abad.", "He led the party for 25 years."],
      ["Negara anggota harus mengubah sikap yang setengah hati terhadap 3 masalah itu.", "Member states must stop dragging their feet over the three issues."],
      ["Tanpa dia, Prancis kalah pada pertandingan perempat final.", "Without her, France lost in a quarter-final tie."],
    ]) expect([s, found(s!, t!)]).toEqual([s, []]);
  });
});

describe("a currency is compared (number-mismatch, currency)", () => {
  it("reports an amount rendered in another currency", () => {
    expect(found("Kerugian negara akibat korupsi itu ditaksir Rp 300 miliar.", "State losses from the graft are estimated at 300 billion yen.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "currency", data: { number: "Rp 300 miliar", rendered: "300 billion yen", value: "300000000000", currency: "rupiah", renderedCurrency: "yen" } },
    ]);
    expect(found("Kerugian akibat banjir ditaksir Rp 300 triliun.", "Losses from the floods are estimated at US$300 trillion.")).toEqual([
      { checkId: "glossary-unexpected-term", severity: "warning", messageId: "unexpected", data: { text: "US$", entry: "us-dollar" } },
      { checkId: "number-mismatch", severity: "error", messageId: "currency", data: { number: "Rp 300 triliun", rendered: "US$300 trillion", value: "300000000000000", currency: "rupiah", renderedCurrency: "dollar" } },
    ]);
    expect(found("Pemerintah Jepang menjanjikan investasi 300 miliar yen.", "The Japanese government pledged an investment of 300 billion rupiah.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "currency", data: { number: "300 miliar yen", rendered: "300 billion rupiah", value: "300000000000", currency: "yen", renderedCurrency: "rupiah" } },
    ]);
  });

  it("accepts the same currency, a conversion in brackets, and both currencies in the source", () => {
    for (const [s, t] of [
      ["Pemerintah mengalokasikan anggaran Rp 71 triliun untuk program itu.", "The government allocated 71 trillion rupiah for the program."],
      ["Biaya renovasi sekolah itu Rp 1,2 miliar.", "Renovating the school cost Rp 1.2 billion (US$ 77,000)."],
      ["Nilai proyek itu US$ 1,2 miliar atau sekitar Rp 19,6 triliun.", "The project is worth $1.2 billion, or about Rp 19.6 trillion."],
      ["Nilai tukar rupiah melemah ke level Rp 16.350 per dolar AS.", "The rupiah weakened to 16,350 per US dollar."],
    ]) expect([s, found(s!, t!).filter((f) => f.checkId === "number-mismatch")]).toEqual([s, []]);
  });
});

describe("a misspelled name says what was found (glossary-term-missing, glossary-dnt-changed: misspelled)", () => {
  it("reports a given name misspelled before the surname that renders the concept", () => {
    expect(found("Juru bicara Departemen Luar Negeri AS Matthew Miller mengatakan Washington prihatin.", "US State Department spokesman Mathew Miller said Washington was concerned.")).toEqual([
      { checkId: "glossary-dnt-changed", severity: "error", messageId: "misspelled", data: { term: "Matthew Miller", found: "Mathew Miller", expected: "Matthew Miller", entry: "matthew-miller" } },
    ]);
    expect(found("Joe Biden berbicara kepada wartawan di Gedung Putih.", "Jon Biden spoke to reporters at the White House.")).toEqual([
      { checkId: "glossary-term-missing", severity: "error", messageId: "misspelled", data: { term: "Joe Biden", found: "Jon Biden", expected: "Joe Biden", entry: "joe-biden" } },
    ]);
    expect(found("Kim Jong Un tiba di Vladivostok dengan kereta lapis baja.", "Kim Jong Eun arrived in Vladivostok on an armoured train.")).toEqual([
      { checkId: "glossary-term-missing", severity: "error", messageId: "misspelled", data: { term: "Kim Jong Un", found: "Kim Jong Eun", expected: "Kim Jong Un", entry: "kim-jong-un" } },
    ]);
  });

  it("says what was found for a rendering misspelled whole", () => {
    expect(found("Vladimir Putin tiba di Pyongyang pada Rabu dini hari.", "Vladimir Puttin arrived in Pyongyang early on Wednesday.")).toEqual([
      { checkId: "glossary-term-missing", severity: "error", messageId: "misspelled", data: { term: "Vladimir Putin", found: "Vladimir Puttin", expected: "Vladimir Putin", entry: "vladimir-putin" } },
    ]);
    expect(found("Sergei Shoigu tiba di Pyongyang.", "Sergey Shoygu arrived in Pyongyang.")).toEqual([
      { checkId: "glossary-term-missing", severity: "error", messageId: "misspelled", data: { term: "Sergei Shoigu", found: "Sergey Shoygu", expected: "Sergei Shoigu", entry: "sergei-shoigu" } },
      // (said once: name-mismatch leaves a name inside one of the source's glossary terms to the glossary's checks)
    ]);
    expect(found("Jake Sullivan tiba di Seoul.", "Jake Sulivan arrived in Seoul.")).toEqual([
      { checkId: "glossary-dnt-changed", severity: "error", messageId: "misspelled", data: { term: "Jake Sullivan", found: "Jake Sulivan", expected: "Jake Sullivan", entry: "jake-sullivan" } },
    ]);
  });

  it("accepts the surname alone, a title before it, and another person the source names", () => {
    for (const [s, t] of [
      ["Matthew Miller mengatakan AS prihatin. Menurut Miller, pembicaraan akan berlanjut.", "Matthew Miller said the US was concerned. Talks would go on, Miller said."],
      ["Juru bicara Matthew Miller berbicara kepada wartawan.", "Spokesman Miller spoke to reporters."],
      ["Presiden Joe Biden tiba di Seoul.", "President Biden arrived in Seoul."],
      ["Joe Biden dan istrinya Jill Biden tiba di Seoul.", "Joe Biden and his wife Jill Biden arrived in Seoul."],
      ["Kim Jong Un tiba di Vladivostok.", "Kim Jong Un's train arrived in Vladivostok."],
    ]) expect([s, found(s!, t!).filter((f) => f.severity !== "info")]).toEqual([s, []]);
  });
});

describe("free renderings the genre probe found flagged (test/check/genre-probe.test.ts)", () => {
  it("accepts a capital rendered as its country, another country's dollar, a span as one larger unit, `absurd`", () => {
    for (const [s, t] of [
      ["Seoul menangguhkan perjanjian militer 2018 dengan Pyongyang.", "South Korea suspended its 2018 military agreement with North Korea."],
      ["Washington menjatuhkan sanksi baru terhadap Moskow.", "The United States imposed new sanctions on Russia."],
      ["KPK menyita uang tunai senilai 1,2 juta dolar Singapura.", "The KPK seized S$1.2 million in cash."],
      ["Ia mengirim gaji HK$4.990 per bulan kepada keluarganya.", "She sends her monthly wage of HK$4,990 to her family."],
      ["Arus balik diperkirakan memuncak pada H+7 Lebaran.", "Return traffic is expected to peak a week after Lebaran."],
      ["Pasien itu dirawat selama 7 hari.", "The patient was treated for a week."],
      ["Kontrak itu berlaku 12 bulan.", "The contract runs for a year."],
      ["Arus mudik memuncak pada H-1 Lebaran.", "Traffic peaked the day before Lebaran."],
      ["Pasien itu dirawat selama 14 hari.", "The patient was treated for a fortnight."],
      ["Ia menyebut rencana itu \"tidak masuk akal\".", "He called the plan 'absurd'."],
    ]) expect([s, found(s!, t!).filter((f) => f.severity !== "info")]).toEqual([s, []]);
  });

  it("still reports another country for the capital, another span, a lost negation", () => {
    expect(found("Seoul menangguhkan perjanjian militer 2018 dengan Pyongyang.", "Japan suspended its 2018 military agreement with North Korea.")).toEqual([
      { checkId: "glossary-dnt-changed", severity: "warning", messageId: "missing", data: { term: "Seoul", entry: "seoul" } },
      { checkId: "glossary-unexpected-term", severity: "warning", messageId: "unexpected", data: { text: "Japan", entry: "japan" } },
    ]);
    expect(found("Arus mudik memuncak pada H-2 Lebaran.", "Traffic peaked the day before Lebaran.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "day", data: { number: "H-2", rendered: "the day before", value: "-2", renderedValue: "-1" } },
    ]);
    expect(found("Pasien itu dirawat selama 6 hari.", "The patient was treated for a week.")).toEqual([
      { checkId: "number-mismatch", severity: "error", messageId: "missing", data: { number: "6", value: "6" } },
    ]);
    expect(found("Terdakwa tidak mengajukan banding atas putusan itu.", "The defendant appealed against the verdict.")).toEqual([
      { checkId: "negation-mismatch", severity: "warning", messageId: "dropped", data: { word: "tidak" } },
    ]);
  });
});

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

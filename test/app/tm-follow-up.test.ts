/**
 * Translation-memory help on a follow-up story (the same event a day later): what is offered for
 * each kind of change — a number, clauses in another order, an attribution moved to the end, only
 * function words in common, another casing — and in which order when the same source has a
 * confirmed and an unconfirmed English.
 */
import { openStore, type Store } from "../../src/store";
import { tmLookup } from "../../src/app/translate";
import { clauseCuts, reorderedSimilarity, tmDistance, tmScoreTokens as tmTokens } from "../../src/translations/similarity";
import type { RenderingState as RenderingStatus } from "../../src/model";

const DAY1: Array<[string, string]> = [
  ["BMKG mencatat telah terjadi 25 kali gempa susulan hingga pukul 16.00 WIB.", "BMKG recorded 25 aftershocks as of 4 p.m. Western Indonesia Time."],
  ["Pemerintah menyatakan kuota BBM bersubsidi tahun ini sebesar 32,5 juta kiloliter.", "The government said this year's subsidised fuel quota is 32.5 million kilolitres."],
  ["Sedikitnya 46 orang meninggal dunia dan 700 orang luka-luka akibat gempa tersebut.", "At least 46 people were killed and 700 people were injured in the earthquake."],
  ["Konsumen diminta membeli BBM sesuai kebutuhan dan tidak melakukan penimbunan.", "Consumers were asked to buy fuel according to their needs and not to hoard it."],
  ["Pemerintah daerah menetapkan status tanggap darurat selama 30 hari.", "The regional government declared a 30-day emergency response status."],
];

function add(store: Store, source: string, text: string, status: RenderingStatus = "translated"): number {
  return store.transaction(() => store.renderings.create({ segmentIds: [], text, sourceText: source, status, origin: status === "aligned" ? "aligned" : "manual", author: "t", now: "2026-01-01" }));
}
const offered = (store: Store, source: string) =>
  tmLookup(store, source).map((m) => ({ text: m.text, similarity: m.similarity, exact: m.exact, status: m.status, ...(m.reordered ? { reordered: true } : {}) }));

describe("translation memory on a follow-up story", () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(":memory:");
    for (const [id, en] of DAY1) add(store, id, en);
  });
  afterEach(() => store.close());

  it("a sentence with new numbers gets the earlier one first, as a fuzzy match near the top (two numbers changed: 97 %, not 85 %)", () => {
    expect(offered(store, "Sedikitnya 162 orang meninggal dunia dan 326 orang luka-luka akibat gempa tersebut.")).toEqual([
      { text: DAY1[2]![1], similarity: 0.969, exact: false, status: "translated" },
    ]);
  });

  it("the time moved to the front of the sentence: the earlier one is offered, scored as reordered (one edit for the move)", () => {
    // word order as stored: 2 of 12 words are other numbers (0.2 each) + the move → 1 − 1.4/12; in the order written: 32 %, not offered before
    expect(offered(store, "Hingga pukul 08.00 WIB, BMKG mencatat telah terjadi 145 kali gempa susulan.")).toEqual([
      { text: DAY1[0]![1], similarity: 0.883, exact: false, status: "translated", reordered: true },
    ]);
  });

  it("the attribution moved to the end ('…, kata pemerintah'): offered, reordered (64 % in the order written: not offered before)", () => {
    expect(offered(store, "Kuota BBM bersubsidi tahun ini sebesar 32,5 juta kiloliter, kata pemerintah.")).toEqual([
      { text: DAY1[1]![1], similarity: 0.727, exact: false, status: "translated", reordered: true },
    ]);
  });

  it("a sentence sharing only function words with the memory gets nothing", () => {
    expect(offered(store, "Warga yang tinggal di dekat lereng dan tebing diminta untuk tetap berada di tempat yang aman.")).toEqual([]);
    expect(offered(store, "Pemerintah provinsi dan warga menetapkan lokasi pengungsian selama musim hujan.")).toEqual([]);
  });

  it("other casing, spacing and no final stop: similarity 1 but not exact", () => {
    expect(offered(store, "konsumen diminta membeli BBM sesuai kebutuhan  dan tidak melakukan penimbunan")).toEqual([
      { text: DAY1[3]![1], similarity: 1, exact: false, status: "translated" },
    ]);
    expect(offered(store, "Konsumen diminta membeli BBM sesuai kebutuhan dan tidak melakukan penimbunan.")).toEqual([
      { text: DAY1[3]![1], similarity: 1, exact: true, status: "translated" },
    ]);
  });

  it("at equal similarity a confirmed English comes before a draft and a machine alignment; unconfirmed ones are still offered, with their state", () => {
    const src = "Gubernur Jawa Barat meminta warga tetap waspada terhadap gempa susulan.";
    add(store, src, "Aligned: the West Java governor asked residents to stay alert to aftershocks.", "aligned");
    add(store, src, "Draft: West Java governor asks residents to stay alert.", "draft");
    add(store, src, "The West Java governor asked residents to remain alert for aftershocks.", "reviewed");
    add(store, src, "West Java's governor asked residents to remain alert for aftershocks.", "translated");
    expect(tmLookup(store, "Gubernur Jawa Barat kembali meminta warga tetap waspada terhadap gempa susulan.", { limit: 5 }).map((m) => [m.status, m.similarity, m.text])).toEqual([
      ["reviewed", 0.909, "The West Java governor asked residents to remain alert for aftershocks."],
      ["translated", 0.909, "West Java's governor asked residents to remain alert for aftershocks."],
      ["draft", 0.909, "Draft: West Java governor asks residents to stay alert."],
      ["aligned", 0.909, "Aligned: the West Java governor asked residents to stay alert to aftershocks."],
    ]);
  });

  it("a match better in its own order is not called reordered", () => {
    expect(offered(store, "Pemerintah daerah menetapkan status tanggap darurat selama 14 hari.")).toEqual([
      { text: DAY1[4]![1], similarity: 0.978, exact: false, status: "translated" },
    ]);
  });
});

describe("numbers and weekdays are placeables", () => {
  let store: Store;
  beforeEach(() => { store = openStore(":memory:"); });
  afterEach(() => store.close());

  it("a short sentence differing only in a number or a dated weekday is offered near the top (was 60 % and 50 %: nothing)", () => {
    add(store, "Sebanyak 1.500 orang hadir.", "As many as 1,500 people attended.");
    add(store, "Rapat digelar Senin (3/11/2026).", "The meeting was held on Monday (3/11/2026).");
    expect(offered(store, "Sebanyak 2.750 orang hadir.")).toEqual([{ text: "As many as 1,500 people attended.", similarity: 0.95, exact: false, status: "translated" }]);
    expect(offered(store, "Rapat digelar Selasa (4/11/2026).")).toEqual([{ text: "The meeting was held on Monday (3/11/2026).", similarity: 0.9, exact: false, status: "translated" }]);
  });

  it("a number changed ranks above a word changed; a word changed with it costs a whole word", () => {
    add(store, "Harga cabai naik 5 persen pekan ini.", "Chilli prices rose 5 percent this week.");
    add(store, "Harga bawang naik 7 persen pekan ini.", "Onion prices rose 7 percent this week.");
    expect(offered(store, "Harga cabai naik 7 persen pekan ini.").map((m) => [m.similarity, m.text])).toEqual([
      [0.971, "Chilli prices rose 5 percent this week."],
      [0.857, "Onion prices rose 7 percent this week."],
    ]);
  });

  it("among many stored sentences that differ only in their numbers, the one with the same numbers is found exact", () => {
    for (let i = 0; i < 200; i++) add(store, `Sebanyak ${i}.${100 + i} warga mengungsi ke ${i % 7} lokasi.`, `A total of ${i},${100 + i} residents fled to ${i % 7} sites.`);
    expect(offered(store, "Sebanyak 150.250 warga mengungsi ke 3 lokasi.")[0]).toEqual(
      { text: "A total of 150,250 residents fled to 3 sites.", similarity: 1, exact: true, status: "translated" });
  });
});

describe("a quotation repeated with another attribution", () => {
  let store: Store;
  const Q1 = "\"Penyesuaian harga ini dilakukan secara berkala sesuai ketentuan pemerintah,\" kata Corporate Secretary Pertamina Patra Niaga, Irto Ginting.";
  const E1 = "\"This price adjustment is carried out periodically in accordance with government regulations,\" said Pertamina Patra Niaga corporate secretary Irto Ginting.";
  beforeEach(() => {
    store = openStore(":memory:");
    add(store, Q1, E1);
    add(store, "\"Kami siap,\" kata Kepala Basarnas Bandung, Jumaril.", "\"We are ready,\" said Jumaril, head of the Bandung Search and Rescue Office.");
    add(store, "Harga BBM dilakukan secara berkala sesuai ketentuan pemerintah, kata Irto Ginting.", "Fuel prices are set periodically under government rules, Irto Ginting said.");
  });
  afterEach(() => store.close());

  it("offers the stored pair with the same quotation below the threshold, labelled, after the matches at the threshold", () => {
    expect(tmLookup(store, "\"Penyesuaian harga ini dilakukan secara berkala sesuai ketentuan pemerintah,\" ujar Menteri ESDM Bahlil Lahadalia.")
      .map((m) => ({ text: m.text, similarity: m.similarity, sameQuotation: m.sameQuotation }))).toEqual([
      { text: E1, similarity: 0.529, sameQuotation: true },
    ]);
  });

  it("a pair at the threshold is offered as a fuzzy match, not for its quotation", () => {
    expect(tmLookup(store, "\"Penyesuaian harga ini dilakukan secara berkala sesuai ketentuan pemerintah,\" kata Corporate Secretary Pertamina, Irto Ginting.")
      .map((m) => ({ text: m.text, similarity: m.similarity, sameQuotation: m.sameQuotation }))).toEqual([
      { text: E1, similarity: 0.882, sameQuotation: undefined },
    ]);
  });

  it("a short quotation, or one with a word changed, is not matched for itself", () => {
    expect(tmLookup(store, "\"Kami siap,\" ujar Bupati Cianjur Herman Suherman di Cianjur pada Selasa.")).toEqual([]);
    expect(tmLookup(store, "\"Penyesuaian harga ini dilakukan secara rutin sesuai ketentuan pemerintah,\" ujar Menteri ESDM Bahlil Lahadalia.")).toEqual([]);
  });
});

describe("tmDistance and tmScoreTokens", () => {
  it("a number with its separators is one word; a number for a number or a weekday for a weekday costs 0.2, anything else 1", () => {
    expect(tmTokens("Rp 1.500,75 pada 3/11/2026 pukul 16.00 WIB, 10km.")).toEqual(["rp", "1.500,75", "pada", "3/11/2026", "pukul", "16.00", "wib", "10km"]);
    expect(tmDistance(["naik", "5", "persen"], ["naik", "7", "persen"])).toBeCloseTo(0.2);
    expect(tmDistance(["hingga", "sabtu"], ["hingga", "minggu"])).toBeCloseTo(0.2);
    expect(tmDistance(["hingga", "sabtu"], ["hingga", "7"])).toBe(1);
    expect(tmDistance(["naik", "5"], ["turun", "5"])).toBe(1);
    expect(tmDistance([], ["a", "b"])).toBe(2);
  });
});

describe("clause cuts and reordered similarity", () => {
  it("cuts after a comma, semicolon, colon or dash followed by a space; not inside a number", () => {
    expect(clauseCuts("Hingga pukul 08.00 WIB, BMKG mencatat 145 kali gempa.")).toEqual([4]);
    expect(clauseCuts("Gempa magnitudo 5,6 mengguncang Cianjur.")).toEqual([]);
    expect(clauseCuts("Harga naik; stok turun – kata dia: \"cukup\".")).toEqual([2, 4, 6]);
  });
  it("counts the move as one edit, and is 0 with no cut", () => {
    const a = tmTokens("Hingga Senin, hujan turun."), b = tmTokens("Hujan turun hingga Senin.");
    expect(reorderedSimilarity(a, clauseCuts("Hingga Senin, hujan turun."), b, [])).toBe(0.75);
    expect(reorderedSimilarity(b, [], a, clauseCuts("Hingga Senin, hujan turun."))).toBe(0.75);
    expect(reorderedSimilarity(a, [], b, [])).toBe(0);
  });
});

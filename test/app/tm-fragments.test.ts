/**
 * Translation memory when a follow-up story splits a sentence of the earlier one in two, or joins
 * two: the stored English is offered for the part, labelled, below the ordinary matches; a short
 * phrase or a part that is only a few words of a long sentence is not. Stored sentences that follow
 * one another in this one are offered joined (`assembled`), before the parts.
 */
import { openStore, type Store } from "../../src/store";
import { tmLookup } from "../../src/app/translate";
import { tmInfixDistance, tmScoreTokens } from "../../src/translations/similarity";

const LONG = "Badan Nasional Penanggulangan Bencana mencatat 1.250 rumah rusak berat di tiga kecamatan, sementara 4.300 warga masih mengungsi di 12 titik pengungsian hingga Kamis malam.";
const LONG_EN = "The National Disaster Management Agency recorded 1,250 severely damaged houses in three districts, while 4,300 residents were still sheltering at 12 evacuation sites as of Thursday night.";
const A = "Pemerintah kabupaten membuka dapur umum di halaman kantor bupati.";
const A_EN = "The regency government opened a public kitchen in the regent's office yard.";
const B = "Relawan membagikan makanan siap saji kepada para pengungsi setiap pagi.";
const B_EN = "Volunteers handed out ready meals to the evacuees every morning.";

const offered = (store: Store, source: string): Array<{ text: string; similarity: number; fragment?: string }> =>
  tmLookup(store, source).map((m) => ({ text: m.text, similarity: m.similarity, ...(m.fragment ? { fragment: m.fragment } : {}) }));

describe("translation memory: a sentence split or joined since", () => {
  let store: Store;
  beforeEach(() => {
    store = openStore(":memory:");
    store.transaction(() => {
      for (const [source, text] of [[LONG, LONG_EN], [A, A_EN], [B, B_EN]] as const) {
        store.renderings.create({ segmentIds: [], text, sourceText: source, status: "translated", origin: "manual", author: "t", now: "2026-01-01" });
      }
    });
  });
  afterEach(() => store.close());

  it("each half of a sentence split in two gets the whole stored sentence, labelled as part of it (with its real similarity)", () => {
    // 12 of its 24 words, one number changed (0.2): 1 − (12 + 0.2)/24 as a whole; the part is 98 % kept
    expect(offered(store, "Badan Nasional Penanggulangan Bencana mencatat 1.310 rumah rusak berat di tiga kecamatan.")).toEqual([
      { text: LONG_EN, similarity: 0.492, fragment: "within" },
    ]);
    expect(offered(store, "Sementara itu, 4.300 warga masih mengungsi di 12 titik pengungsian hingga Kamis malam.")).toEqual([
      { text: LONG_EN, similarity: 0.458, fragment: "within" },
    ]);
  });

  it("two stored sentences joined into one: their English joined in its order first (the joined sources' similarity), then each, covering part of it, the closer first", () => {
    const joined = `${A.replace(/\.$/, "")}, dan relawan membagikan makanan siap saji kepada para pengungsi setiap pagi.`;
    expect(offered(store, joined)).toEqual([
      // (20 words: "dan" added, one word's case: 1 − 1/20)
      { text: `${A_EN} ${B_EN}`, similarity: 0.95, fragment: "assembled" },
      { text: B_EN, similarity: 0.5, fragment: "covers" },
      { text: A_EN, similarity: 0.45, fragment: "covers" },
    ]);
    const [m] = tmLookup(store, joined);
    expect(m!.sourceText).toBe(`${A} ${B}`);
    expect(m!.parts!.map((p) => p.text)).toEqual([A_EN, B_EN]);
    expect(m!.diff.filter((d) => d.kind !== "same").map((d) => [d.kind, d.text])).toEqual([["removed", ". Relawan"], ["added", ", dan relawan"]]);
  });

  it("the parts in this sentence's order, whatever their order in the memory; short sentences too (they are not offered alone as parts)", () => {
    store.transaction(() => {
      for (const [source, text] of [["Kim menyambutnya di bandara.", "Kim welcomed him at the airport."], ["Putin tiba pukul 10.00 waktu setempat.", "Putin arrived at 10 a.m. local time."]] as const) {
        store.renderings.create({ segmentIds: [], text, sourceText: source, status: "draft", origin: "manual", author: "t", now: "2026-01-01" });
      }
    });
    expect(offered(store, "Putin tiba pukul 10.00 waktu setempat, dan Kim menyambutnya di bandara.")).toEqual([
      { text: "Putin arrived at 10 a.m. local time. Kim welcomed him at the airport.", similarity: 0.909, fragment: "assembled" },
    ]);
    // (the weakest part's state: a draft part makes the whole a draft)
    expect(tmLookup(store, "Putin tiba pukul 10.00 waktu setempat, dan Kim menyambutnya di bandara.")[0]!.status).toBe("draft");
  });

  it("not assembled: one part only, parts that leave over a fifth of the sentence uncovered, or parts whose joined sources are not similar enough", () => {
    // one stored sentence and new words: nothing assembled
    const one = `${A.replace(/\.$/, "")}, dan para relawan dari berbagai daerah membagikan makanan siap saji kepada para pengungsi setiap pagi dan malam.`;
    expect(offered(store, one).map((m) => m.fragment)).toEqual(["covers"]);
    expect(offered(store, one)[0]!.text).toBe(A_EN);
    // both stored sentences, and a clause of eight new words: 19 of 28 words covered (A's 9 are 32% of them: a part)
    expect(offered(store, `${A.replace(/\.$/, "")}, dan relawan membagikan makanan siap saji kepada para pengungsi setiap pagi, sementara tim medis memeriksa kesehatan warga lanjut usia.`)).toEqual([
      { text: A_EN, similarity: 0.321, fragment: "covers" },
    ]);
    // …and with both read from the index (a joined unit's sentences): still 19 of 28 words, nothing assembled
    const third = "Sementara tim medis memeriksa kesehatan warga lanjut usia.";
    expect(tmLookup(store, `${A} ${B} ${third}`, { sentences: [A, B, third] }).map((m) => m.fragment)).toEqual(["covers", "covers"]);
    // (two of them joined: assembled)
    expect(tmLookup(store, `${A} ${B}`, { sentences: [A, B] }).map((m) => [m.fragment, m.similarity])).toEqual([["assembled", 1], ["covers", 0.526], ["covers", 0.474]]);
    // both, in the other order, each edited so far that the whole is under the threshold
    expect(offered(store, "Para relawan dari desa membagikan nasi bungkus kepada para pengungsi setiap pagi, dan pemerintah kota membuka dapur umum di halaman kantor wali kota.").filter((m) => m.fragment === "assembled")).toEqual([]);
  });

  it("a part with too many words changed, a short phrase, or under 30 % of a long sentence: nothing", () => {
    // 5 of 9 words kept: the part is 56 % kept (at least 80 % is needed)
    expect(offered(store, "Badan Nasional Penanggulangan Bencana memperkirakan kerugian mencapai Rp 2 triliun.")).toEqual([]);
    // 7 words, all in the stored sentence: too short a part to tell (a headline is inside many sentences)
    expect(offered(store, "Warga masih mengungsi hingga Kamis malam ini.")).toEqual([]);
    // 8 words of a 29-word sentence: under 30 % of it; 13 of them: offered
    const long = "Kepala Pusat Data BNPB mengatakan bahwa jumlah korban jiwa akibat banjir bandang dan tanah longsor di wilayah itu bertambah menjadi 23 orang, sementara 9 orang lainnya masih dinyatakan hilang.";
    store.transaction(() => store.renderings.create({ segmentIds: [], text: "x", sourceText: long, status: "translated", origin: "manual", author: "t", now: "2026-01-01" }));
    expect(offered(store, "Korban jiwa akibat banjir bandang dan tanah longsor.")).toEqual([]);
    expect(offered(store, "Jumlah korban jiwa akibat banjir bandang dan tanah longsor di wilayah itu bertambah.")).toEqual([{ text: "x", similarity: 0.448, fragment: "within" }]);
  });

  it("an ordinary match comes first; a part fills the places left", () => {
    store.transaction(() => store.renderings.create({ segmentIds: [], text: "The National Disaster Management Agency recorded 1,200 severely damaged houses in two districts.", sourceText: "Badan Nasional Penanggulangan Bencana mencatat 1.200 rumah rusak berat di dua kecamatan.", status: "reviewed", origin: "manual", author: "t", now: "2026-01-01" }));
    const got = offered(store, "Badan Nasional Penanggulangan Bencana mencatat 1.250 rumah rusak berat di tiga kecamatan.");
    // (a number and a word changed: 1 − 1.2/12)
    expect(got).toEqual([
      { text: "The National Disaster Management Agency recorded 1,200 severely damaged houses in two districts.", similarity: 0.9 },
      { text: LONG_EN, similarity: 0.5, fragment: "within" },
    ]);
  });

  it("tmInfixDistance: the fewest edits from a pattern to some run of the text (numbers and weekdays changed cost 0.2)", () => {
    const w = (s: string) => tmScoreTokens(s);
    expect(tmInfixDistance(w("rumah rusak berat"), w("1.250 rumah rusak berat di tiga kecamatan"))).toBe(0);
    expect(tmInfixDistance(w("rumah rusak ringan"), w("1.250 rumah rusak berat di tiga kecamatan"))).toBe(1);
    expect(tmInfixDistance(w("hingga Jumat malam"), w("warga mengungsi hingga Kamis malam"))).toBeCloseTo(0.2);
    expect(tmInfixDistance(w("a b c"), w(""))).toBe(3);
    expect(tmInfixDistance(w(""), w("a b"))).toBe(0);
  });

  it("excludeText leaves out the unit's own English (its propagated copies) before the limit, so three others are still offered", () => {
    const q = "Pemerintah kabupaten membuka dapur umum di halaman kantor bupati.";
    store.transaction(() => {
      for (const [source, text] of [[q, "OWN"], [q, "OWN"], [q.replace("bupati", "camat"), "one"], [q.replace("bupati", "wali kota"), "two"], [q.replace("kabupaten", "kota"), "three"]] as const) {
        store.renderings.create({ segmentIds: [], text, sourceText: source, status: "translated", origin: "manual", author: "t", now: "2026-01-01" });
      }
    });
    expect(tmLookup(store, q).map((m) => m.text)).toEqual([A_EN, "OWN", "one"]);
    expect(tmLookup(store, q, { excludeText: "OWN" }).map((m) => m.text)).toEqual([A_EN, "one", "three"]);
  });
});

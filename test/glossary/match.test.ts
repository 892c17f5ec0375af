/**
 * The term matcher on real Indonesian and English news text, with the shipped glossary: a table of
 * tricky sentences, each with the EXACT matches expected (text as found, glossary form, concept).
 */
import * as path from "node:path";
import { loadGlossary } from "../../src/app/glossary";
import { compileGlossary } from "../../src/glossary";
import type { Concept } from "../../src/glossary/types";

const REPO = path.resolve(__dirname, "../..");
const matcher = compileGlossary(loadGlossary(path.join(REPO, "glossary")));

type Hit = [text: string, form: string, entry: string];

const SOURCE_CASES: Array<[string, Hit[]]> = [
  // clitics and hyphen forms
  ["DMZ-nya dipantau ketat oleh kedua negara.", [["DMZ", "DMZ", "dmz"]]],
  ["“Hubungan Rusia-Korea Utara” didasarkan pada prinsip kesetaraan.", [["Rusia", "Rusia", "russia"], ["Korea Utara", "Korea Utara", "north-korea"]]],
  ["Kim menghadapi tekanan dari kerja sama trilateral Korea Selatan-AS-Jepang.", [
    ["kerja sama", "kerja sama", "cooperation"], ["Korea Selatan", "Korea Selatan", "south-korea"], ["AS", "AS", "united-states"], ["Jepang", "Jepang", "japan"],
  ]],
  ["Keputusan itu datang dari PBB-lah, bukan dari Dewan Keamanan.", [["PBB", "PBB", "united-nations"], ["Dewan Keamanan", "Dewan Keamanan", "security-council"]]],
  ["Di sisi lain, Korea Utara tidak memiliki akses akibat denda atas program senjata nuklir dan misilnya.", [
    ["Korea Utara", "Korea Utara", "north-korea"], ["senjata nuklir", "senjata nuklir", "nuclear-weapon"], ["misil", "misil", "missile"],
  ]],
  ["Pemimpin Korea Utaranya hadir.", [["Korea Utara", "Korea Utara", "north-korea"]]],
  ["Sikap AS-pun berubah.", [["AS", "AS", "united-states"]]],
  // a hyphen for the space of a form of several words (a common misspelling), clitic and all; between two terms it stays a joint
  ["Uji-coba nuklirnya memperburuk kerja-sama kedua negara.", [["Uji-coba nuklir", "uji coba nuklir", "nuclear-test"], ["kerja-sama", "kerja sama", "cooperation"]]],
  ["Hubungan Korea-Utara dan pertemuan-puncak Rusia-Korea Utara.", [
    ["Korea-Utara", "Korea Utara", "north-korea"], ["pertemuan-puncak", "pertemuan puncak", "summit"], ["Rusia", "Rusia", "russia"], ["Korea Utara", "Korea Utara", "north-korea"],
  ]],
  // nothing must match
  ["Mobil itu patah as roda di dekat gedung putih itu.", []],
  ["Angin bertiup dari utara ke selatan, lalu ke barat.", []],
  // a compass word after a place name is part of the name, not the West (regions.tsv lists provinces)
  ["Ia tinggal di Jl Medan Merdeka Barat, dekat Pasar Tomang Barat.", []],
  ["Warga Jawa Barat menolak sanksi Barat.", [["Jawa Barat", "Jawa Barat", "west-java"], ["sanksi", "sanksi", "sanction"], ["Barat", "Barat", "the-west"]]],
  ["Sanksi Barat terhadap Rusia diperketat.", [["Sanksi", "sanksi", "sanction"], ["Barat", "Barat", "the-west"], ["Rusia", "Rusia", "russia"]]],
  ["Rapat berlangsung satu minggu mendatang.", []],
  ["GEDUNG PUTIH", []],
  // longest match wins, no overlaps
  ["Shogu mengamati rudal balistik antarbenua Hwasong dan dua rudal balistik lainnya.", [
    ["Shogu", "Shogu", "sergei-shoigu"], ["rudal balistik antarbenua", "rudal balistik antarbenua", "icbm"], ["Hwasong", "Hwasong", "hwasong"],
    ["rudal balistik", "rudal balistik", "ballistic-missile"],
  ]],
  ["Rudal-rudal balistik itu diluncurkan.", [["Rudal-rudal balistik", "rudal balistik", "ballistic-missile"]]],
  ["Rusia menghalangi panel Dewan Keamanan PBB.", [["Rusia", "Rusia", "russia"], ["Dewan Keamanan PBB", "Dewan Keamanan PBB", "un-security-council"]]],
  ["Presiden Rusia Vladimir Putin dan Presiden Federasi Rusia.", [
    ["Presiden Rusia", "Presiden Rusia", "russian-president"], ["Vladimir Putin", "Vladimir Putin", "vladimir-putin"],
    ["Presiden Federasi Rusia", "Presiden Federasi Rusia", "president-of-the-russian-federation"],
  ]],
  ["Uni Soviet memasok roket era Soviet.", [["Uni Soviet", "Uni Soviet", "soviet-union"], ["roket", "roket", "rocket"], ["Soviet", "Soviet", "soviet"]]],
  ["Ia belajar bahasa Inggris di Universitas Oxford di Inggris.", [
    ["bahasa Inggris", "bahasa Inggris", "english-language"], ["Universitas Oxford", "Universitas Oxford", "oxford-university"], ["Inggris", "Inggris", "britain"],
  ]],
  // reduplication is one occurrence
  ["Vladimir Putin meminta kerjasama untuk menolak sanksi-sanksi barat.", [
    ["Vladimir Putin", "Vladimir Putin", "vladimir-putin"], ["kerjasama", "kerjasama", "cooperation"], ["sanksi-sanksi", "sanksi", "sanction"],
    // lowercase 'barat' after 'sanksi-sanksi' is the West as a bloc
    ["barat", "Barat", "the-west"],
  ]],
  // a clitic on the second half of a reduplication: still one occurrence, the clitic left out
  ["Sanksi-sanksinya berat, dan rudal-rudalnya diuji bersama Rudal-rudal balistiknya.", [
    ["Sanksi-sanksi", "sanksi", "sanction"], ["rudal-rudal", "rudal", "missile"], ["Rudal-rudal balistik", "rudal balistik", "ballistic-missile"],
  ]],
  // a clitic ends a term: it is never inside one
  ["Negara-negaranya terbuang, rudal-rudalnya balistik.", [["rudal-rudal", "rudal", "missile"]]],
  // lowercase compass words are directions elsewhere; capitalised ones in place names and directions too
  ["Angin bertiup dari barat ke timur.", []],
  ["Kapal itu berlayar ke arah Barat, menuju Barat Laut.", []],
  ["Kebijakan barat terhadap Rusia gagal, kata media barat.", [["barat", "Barat", "the-west"], ["Rusia", "Rusia", "russia"], ["barat", "Barat", "the-west"]]],
  ["Negara-negara barat dan sekutunya menolak.", [["barat", "Barat", "the-west"], ["sekutu", "sekutu", "ally"]]],
  ["Rusia beralih ke negara-negara terbuang.", [["Rusia", "Rusia", "russia"], ["negara-negara terbuang", "negara terbuang", "pariah-state"]]],
  ["Dua resolusi di Perserikatan Bangsa-Bangsa.", [["Perserikatan Bangsa-Bangsa", "Perserikatan Bangsa-Bangsa", "united-nations"]]],
  ["Korea Utara mengklaim peluncuran satelit mata-mata militer pertamanya.", [
    ["Korea Utara", "Korea Utara", "north-korea"], ["satelit mata-mata militer", "satelit mata-mata militer", "spy-satellite"],
  ]],
  // case: sensitive forms only as written, others in any case
  ["Sikap Barat terhadap Korut tetap keras.", [["Barat", "Barat", "the-west"], ["Korut", "Korut", "north-korea"]]],
  ["pelabuhan Vladivostok di timur jauh Rusia pada tahun 2019", [["Vladivostok", "Vladivostok", "vladivostok"], ["timur jauh Rusia", "Timur Jauh Rusia", "russian-far-east"]]],
  ["korea utara dan amerika serikat", [["korea utara", "Korea Utara", "north-korea"], ["amerika serikat", "Amerika Serikat", "united-states"]]],
  // names, abbreviations in names, weekdays
  ["Terakhir kalinya adalah selama KTT DMZ Korea 2019.", [["KTT", "KTT", "summit"], ["DMZ", "DMZ", "dmz"], ["Korea", "Korea", "korea"]]],
  ["Para pemimpin demokratis dari Kelompok Tujuh (G7) bertemu.", [["Kelompok Tujuh", "Kelompok Tujuh", "g7"], ["G7", "G7", "g7"]]],
  ["Juru bicara departemen negara AS Matthew Miller pada Senin mengatakan.", [
    ["Juru bicara", "juru bicara", "spokesperson"], ["departemen negara AS", "departemen negara AS", "state-department"],
    ["Matthew Miller", "Matthew Miller", "matthew-miller"], ["Senin", "Senin", "monday"],
  ]],
  ["Jenny Town, seorang rekan senior di pusat pemikiran Stimson.", [["Jenny Town", "Jenny Town", "jenny-town"], ["pusat pemikiran", "pusat pemikiran", "think-tank"], ["Stimson", "Stimson", "stimson-center"]]],
  ["Putin disambut langsung oleh pemimpin Korea Utara Kim Jong-un.", [
    ["Putin", "Putin", "vladimir-putin"], ["Korea Utara", "Korea Utara", "north-korea"], ["Kim Jong-un", "Kim Jong-un", "kim-jong-un"],
  ]],
  ["Kim dan Putin mengunjungi Vostochny Cosmodrome; Kosmodrom Vostochny jauh.", [
    ["Putin", "Putin", "vladimir-putin"], ["Vostochny Cosmodrome", "Vostochny Cosmodrome", "vostochny-cosmodrome"], ["Kosmodrom Vostochny", "Kosmodrom Vostochny", "vostochny-cosmodrome"],
  ]],
  ["Pendekatan Tiongkok dan China berbeda.", [["Tiongkok", "Tiongkok", "china"], ["China", "China", "china"]]],
  // never across a sentence boundary (the full stop, a blank line)
  ["propaganda tentang Kim. Jong Un adalah pemimpin", []],
  ["Ia tiba di Korea. Utara adalah arahnya.", [["Korea", "Korea", "korea"]]],
  ["Korea\n\nUtara", [["Korea", "Korea", "korea"]]],
  // an apostrophe as typed: straight, typographic, or a grave or acute accent standing for one
  ["Salat Jum'at, Jum’at malam, Jum`at pagi dan Jum´at sore.", [
    ["Jum'at", "Jum'at", "friday"], ["Jum’at", "Jum'at", "friday"], ["Jum`at", "Jum'at", "friday"], ["Jum´at", "Jum'at", "friday"],
  ]],
  // every occurrence is reported
  ["Korea Utara, Korea Utara dan Korut.", [["Korea Utara", "Korea Utara", "north-korea"], ["Korea Utara", "Korea Utara", "north-korea"], ["Korut", "Korut", "north-korea"]]],
];

const TARGET_CASES: Array<[string, Array<[text: string, rendering: string, entry: string, status: string]>]> = [
  ["The Democratic People`s Republic of Korea and the Democratic People’s Republic of Korea.", [
    ["Democratic People`s Republic of Korea", "Democratic People's Republic of Korea", "north-korea", "admitted"],
    ["Democratic People’s Republic of Korea", "Democratic People's Republic of Korea", "north-korea", "admitted"],
  ]],
  ["North Korea's leader met Russia's president.", [["North Korea", "North Korea", "north-korea", "preferred"], ["Russia", "Russia", "russia", "preferred"]]],
  // "Kim" alone is an admitted rendering of Kim Jong Un (second mention)
  ["Kim traveled to Russia for two bilateral summits and one summit.", [["Kim", "Kim", "kim-jong-un", "admitted"], ["Russia", "Russia", "russia", "preferred"], ["summits", "summit", "summit", "preferred"], ["summit", "summit", "summit", "preferred"]]],
  ["It fired dozens of ballistic missiles and an ICBM.", [["ballistic missiles", "ballistic missile", "ballistic-missile", "preferred"], ["ICBM", "ICBM", "icbm", "admitted"]]],
  ["Hwasong intercontinental ballistic missiles", [["Hwasong", "Hwasong", "hwasong", "preferred"], ["intercontinental ballistic missiles", "intercontinental ballistic missile", "icbm", "preferred"]]],
  ["The North Korea-Russia summit ended.", [["North Korea", "North Korea", "north-korea", "preferred"], ["Russia", "Russia", "russia", "preferred"], ["summit", "summit", "summit", "preferred"]]],
  ["trilateral South Korea-U.S.-Japan cooperation", [
    ["South Korea", "South Korea", "south-korea", "preferred"], ["U.S.", "U.S.", "united-states", "admitted"], ["Japan", "Japan", "japan", "preferred"], ["cooperation", "cooperation", "cooperation", "preferred"],
  ]],
  ["Such as us, and as well as the US.", [["US", "US", "united-states", "preferred"]]],
  ["the white house on the hill", []],
  ["Northern Korea is wrong; so is Kim Jong-un, in the Ukraine.", [
    ["Northern Korea", "Northern Korea", "north-korea", "forbidden"], ["Kim Jong-un", "Kim Jong-un", "kim-jong-un", "forbidden"], ["the Ukraine", "the Ukraine", "ukraine", "forbidden"],
  ]],
  ["The West and the west.", [["The West", "the West", "the-west", "preferred"]]],
  ["KCNA said the North Korean state newspaper Rodong Sinmun agreed.", [
    ["KCNA", "KCNA", "kcna", "preferred"], ["North Korean", "North Korean", "north-korea", "admitted"], ["newspaper", "newspaper", "newspaper", "preferred"],
    ["Rodong Sinmun", "Rodong Sinmun", "rodong-sinmun", "preferred"],
  ]],
  ["He went North. Korea is divided.", [["Korea", "Korea", "korea", "preferred"]]],
];

describe("matchSource on Indonesian news text (shipped glossary)", () => {
  it.each(SOURCE_CASES)("%s", (sentence, expected) => {
    const hits = matcher.matchSource(sentence);
    expect(hits.map((h) => [h.text, h.source, h.entry])).toEqual(expected);
    for (const h of hits) expect(sentence.slice(h.start, h.end)).toBe(h.text);
  });
});

describe("matchTarget on English text (shipped glossary)", () => {
  it.each(TARGET_CASES)("%s", (sentence, expected) => {
    const hits = matcher.matchTarget(sentence);
    expect(hits.map((h) => [h.text, h.rendering, h.entry, h.status])).toEqual(expected);
    for (const h of hits) expect(sentence.slice(h.start, h.end)).toBe(h.text);
  });
});

describe("offsets and rules (small glossaries)", () => {
  const c = (id: string, sources: Array<[string, boolean]>, renderings: Array<[string, "preferred" | "admitted" | "forbidden"]>, dnt = false): Concept => ({
    id, dnt,
    sources: sources.map(([text, caseSensitive]) => ({ text, caseSensitive })),
    renderings: renderings.map(([text, status]) => ({ text, status, caseSensitive: true })),
  });

  it("gives UTF-16 offsets into the input (emoji and accents before the term)", () => {
    const m = compileGlossary([c("nk", [["Korea Utara", false]], [["North Korea", "preferred"]])]);
    const text = "👉 Café — Korea Utara.";
    expect(m.matchSource(text)).toEqual([
      { start: 10, end: 21, text: "Korea Utara", source: "Korea Utara", entry: "nk", dnt: false, renderings: [{ text: "North Korea", status: "preferred", caseSensitive: true }] },
    ]);
  });

  it("finds a form written as a reduplication with a clitic on it, once (undang-undangnya, Bangsa-Bangsanya)", () => {
    const m = compileGlossary([
      c("law", [["undang-undang", false]], [["law", "preferred"]]),
      c("un", [["Perserikatan Bangsa-Bangsa", false]], [["United Nations", "preferred"]]),
      c("dev", [["negara-negara berkembang", false]], [["developing countries", "preferred"]]),
    ]);
    expect(m.matchSource("Undang-undangnya digugat; Perserikatan Bangsa-Bangsanya diam; negara-negaranya berkembang.").map((h) => [h.start, h.end, h.text, h.entry]))
      .toEqual([[0, 13, "Undang-undang", "law"], [26, 52, "Perserikatan Bangsa-Bangsa", "un"]]);
    // not a reduplication: another word after the hyphen, or a suffix that is no clitic
    expect(m.matchSource("undang-undangan, undang-undangkan").map((h) => h.text)).toEqual([]);
  });

  it("prefers the longest match anywhere, not the leftmost one", () => {
    const m = compileGlossary([
      c("ab", [["alpha beta", false]], [["AB", "preferred"]]),
      c("bcd", [["beta gamma delta", false]], [["BCD", "preferred"]]),
    ]);
    expect(m.matchSource("alpha beta gamma delta").map((h) => [h.text, h.entry])).toEqual([["beta gamma delta", "bcd"]]);
  });

  it("lets a case-sensitive form also start a sentence with a capital", () => {
    const m = compileGlossary([c("west", [["Barat", true]], [["the West", "preferred"]])]);
    expect(m.matchTarget("The West. the West. THE WEST.").map((h) => h.text)).toEqual(["The West", "the West"]);
  });

  it("reports a rendering shared by two concepts with both entries", () => {
    const m = compileGlossary([
      c("a", [["satu", false]], [["one", "preferred"]]),
      c("b", [["esa", false]], [["one", "admitted"]]),
    ]);
    const [hit] = m.matchTarget("one");
    expect(hit!.entries).toEqual([{ entry: "a", status: "preferred", rendering: "one" }, { entry: "b", status: "admitted", rendering: "one" }]);
  });

  it("matches a do-not-translate source form in English", () => {
    const m = compileGlossary([c("dmz", [["DMZ", true]], [], true)]);
    expect(m.matchTarget("near the DMZ's edge, not the dmz").map((h) => [h.text, h.entry, h.status])).toEqual([["DMZ", "dmz", "preferred"]]);
  });
});

describe("flat results (FlatMatcher: what the corpus-wide audit reads)", () => {
  const texts = [...SOURCE_CASES.map(([t]) => t), ...TARGET_CASES.map(([t]) => t)];
  it("are the matches of matchSource / matchTarget, with their concept, status and rendering numbered", () => {
    const flat = matcher.flat;
    let seen = 0;
    for (const text of texts) {
      const ns = flat.scanSource(text);
      const source = matcher.matchSource(text);
      expect(ns).toBe(source.length);
      for (let k = 0; k < ns; k++) {
        const o = flat.sourceOut;
        expect([o[3 * k], o[3 * k + 1], flat.concepts[flat.sourceConcept[o[3 * k + 2]!]!]!.id]).toEqual([source[k]!.start, source[k]!.end, source[k]!.entry]);
        expect(flat.sourceMatch(text, k)).toEqual(source[k]);
      }
      const nt = flat.scanTarget(text);
      const target = matcher.matchTarget(text);
      expect(nt).toBe(target.length);
      for (let k = 0; k < nt; k++) {
        const o = flat.targetOut;
        const p = o[3 * k + 2]!;
        const entries = [];
        for (let e = flat.entryStart[p]!; e < flat.entryStart[p + 1]!; e++) {
          entries.push({ entry: flat.concepts[flat.entryConcept[e]!]!.id, status: ["preferred", "admitted", "forbidden"][flat.entryStatus[e]!], rendering: flat.entryRendering[e] });
        }
        expect([o[3 * k], o[3 * k + 1], entries]).toEqual([target[k]!.start, target[k]!.end, target[k]!.entries]);
        expect(flat.targetMatch(text, k)).toEqual(target[k]);
      }
      seen += ns + nt;
    }
    expect(seen).toBeGreaterThan(20);
  });
});

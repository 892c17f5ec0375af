import check, { contentWords, copiedWords, untranslatedRun } from "../../../src/check/rules/target-indonesian";
import { normalizeText } from "../../../src/text/normalize";
import { TEST_MATCHER, testCheck } from "../helpers";
import { tokenize } from "../../../src/glossary/tokenize";
import { expectEqual } from "../../helpers/equal";

testCheck(check, {
  valid: [
    // (international words, written alike in both languages, are no Indonesian left in the English)
    ...([
      ["Pasien itu didiagnosis meningitis.", "The patient was diagnosed with meningitis."],
      ["Kasus mielofibrosis dan leukemia meningkat.", "Cases of myelofibrosis and leukemia rose."],
      ["Ia meninggal karena melanoma.", "She died of melanoma."],
    ] as const).map(([source, target]) => ({ source, target, name: `an international word: ${target}` })),
    { source: "Ia tiba di Pyongyang untuk kunjungan.", target: "He arrived in Pyongyang for a visit." },
    { source: "Putin tiba di Pyongyang dan Moskow.", target: "Putin tiba di Pyongyang dan Moskow.", name: "identical is target-same-as-source's" },
    { source: "Rodong Sinmun menulis.", target: "Rodong Sinmun wrote: “Kami akan melawan dan tidak menyerah.”", name: "quoted Indonesian is not counted" },
    { source: "Ia berkata.", target: "Dan said he would go to Di Maria's house." },
    // English with Indonesian names, titles, places and terms
    { source: "Kapolri meninjau arus mudik di Jalan Sudirman menjelang Lebaran.", target: "The National Police Chief (Kapolri) inspected Lebaran homecoming traffic on Jalan Sudirman." },
    { source: "Harga cabai naik menjadi Rp 60.000 per kilogram, kata Ketua DPR dari Gerindra.", target: "Chili prices rose to Rp 60,000 a kilogram, said the DPR speaker from Gerindra." },
    { source: "Rapat dimulai pukul 10.00 WIB.", target: "Meeting starts 10 a.m. WIB." },
    { source: "Para pedagang mengeluhkan sepinya pembeli.", target: "Para pedagang mengeluhkan sepinya pembeli.", name: "a copy is target-same-as-source's" },
    { source: "Ia menikmati nasi goreng di warung.", target: "He enjoyed nasi goreng at a Jakarta warung.", name: "Indonesian dishes and places in English, no function word" },
    { source: "Pengemudi ojek memprotes tarif baru.", target: "Ojek drivers protested against the new fares; ojek riders joined them.", name: "a loanword English news keeps" },
    { source: "Ia menikmati Sate Padang di Talago Biru.", target: "She enjoys its sate padang at Talago Biru.", name: "a name the English wrote small" },
    { source: "Festival film itu dibuka.", target: "The film festival opened.", name: "a word of both languages" },
    { source: "Harga Pertalite naik menjadi Rp10.000 per liter, sejauh 5 kilometer dari kota.", target: "Pertalite now costs 10,000 rupiah a liter, 5 kilometer from town.", name: "units of measure written alike in both languages" },
    { source: "Harga solar naik.", target: "The price of solar fuel rose.", name: "not Indonesian by the word list" },
  ],
  invalid: [
    { source: "Pasien itu terkena tuberkulosis.", target: "The patient had tuberkulosis.", name: "an international word in its Indonesian spelling is still copied", errors: [{ messageId: "copied", data: { words: "tuberkulosis" } }] },
    // Indonesian words of the source left in the English (machine translation): `copied`
    { source: "Pedagang mengeluhkan sepinya pembeli.", target: "Traders complained about sepinya pembeli ahead of Lebaran.", errors: [{ messageId: "copied", data: { words: "sepinya pembeli" }, target: { start: 25, end: 40 } }] },
    { source: "Warga di Bogor diminta waspada di tepi sungai.", target: "Residents di Bogor were told to stay alert by the tepi sungai.", errors: [{ messageId: "copied", data: { words: "tepi sungai" } }] },
    { source: "Petugas mengevakuasi warga menggunakan perahu karet.", target: "Officers evacuated residents using perahu karet.", errors: [{ messageId: "copied", data: { words: "perahu karet" }, target: { start: 35, end: 47 } }] },
    { source: "Warga mengeluhkan pungutan liar di jembatan timbang.", target: "Residents complained about pungutan liar at the weighbridge.", name: "a noun of -an on a root of the word list", errors: [{ messageId: "copied", data: { words: "pungutan" } }] },
    { source: "Tim SAR masih mencari dua nelayan yang hilang.", target: "The SAR team is still searching for two nelayan who are missing.", errors: [{ messageId: "copied", data: { words: "nelayan" } }] },
    { source: "Ia dijerat pasal penipuan dan penggelapan.", target: "He was charged with penipuan and embezzlement.", errors: [{ messageId: "copied", data: { words: "penipuan" } }] },
    { source: "Nelayan itu hilang di laut.", target: "The nelayan went missing at sea.", name: "the source's first word", errors: [{ messageId: "copied", data: { words: "nelayan" } }] },
    // a passage left in Indonesian inside an English sentence (an Indonesian function word in it)
    {
      source: "Jaksa penuntut umum menghadirkan lima saksi dalam sidang.",
      target: "The public prosecutor presented lima saksi dalam sidang.",
      name: "a passage left untranslated",
      errors: [{ messageId: "run", data: { words: "lima saksi dalam sidang" }, target: { start: 32, end: 55 } }],
    },
    {
      source: "Kebijakan baru itu akan diterapkan secara bertahap mulai tahun depan.",
      target: "The new policy akan diterapkan secara bertahap starting next year.",
      errors: [{ messageId: "run", data: { words: "akan diterapkan secara" } }],
    },
    {
      source: "Perekonomian Cina tumbuh 7,4% dalam kurun tiga bulan hingga September.",
      target: "China's economy grew by 7.4% dalam waktu tiga bulan ke September, in line with expectations.",
      errors: [{ messageId: "run", data: { words: "dalam waktu tiga bulan ke" } }],
    },
    { source: "Ia tiba di Pyongyang untuk kunjungan yang penting.", target: "He tiba di Pyongyang untuk kunjungan yang penting.", errors: [{ messageId: "indonesian", data: { idWords: 3, enWords: 1 } }] },
    { source: "Kerja sama itu akan dibahas dengan para pejabat.", target: "Cooperation itu akan dibahas dengan para officials.", errors: [{ messageId: "indonesian" }] },
    // wholly or largely Indonesian, with few function words
    { source: "Warga memprotes kenaikan tarif air bersih.", target: "Warga memprotes kenaikan tarif air bersih", errors: [{ messageId: "words", data: { idWords: 4, enWords: 1, words: "warga, memprotes, kenaikan, bersih" } }] },
    {
      source: "Para pedagang mengeluhkan sepinya pembeli menjelang Lebaran.",
      target: "Para pedagang mengeluhkan sepinya pembeli menjelang Lebaran karena harga naik.",
      errors: [{ messageId: "words", data: { idWords: 9, enWords: 0, words: "para, pedagang, mengeluhkan, sepinya, pembeli" } }],
    },
    { source: "Polisi menangkap tersangka pencurian sepeda motor.", target: "Police menangkap tersangka pencurian sepeda motor.", errors: [{ messageId: "words", data: { idWords: 3, enWords: 2, words: "menangkap, pencurian, sepeda" } }] },
    {
      source: "Ia mengatakan bahwa pemerintah akan menambah anggaran untuk sektor pendidikan.",
      target: "He said that pemerintah akan menambah anggaran untuk sektor pendidikan.",
      errors: [{ messageId: "words", data: { idWords: 7, enWords: 3, words: "pemerintah, akan, menambah, anggaran, untuk" } }],
    },
  ],
});

describe("target-indonesian's word count (ASCII texts read without a regular expression)", () => {
  /** The words as the check first counted them: every `\p{L}+` word of the target with its terms and quotations blanked. */
  function blank(target: string, targetTerms: readonly { start: number; end: number }[]): string {
    let text = target;
    for (const t of targetTerms) text = text.slice(0, t.start) + " ".repeat(t.end - t.start) + text.slice(t.end);
    return text.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
  }
  /** The words read one by one, where the function words do not decide and at most 3 are English. */
  function oracleContent(source: string, target: string, targetTerms: readonly { start: number; end: number }[], enWords: number, minWords: number, ratio: number, idWords: number): unknown[] {
    // (not Indonesian as a whole: a passage left in Indonesian, where the target has an Indonesian function word)
    // (else Indonesian words of the source left in it: copiedWords)
    const run = () => {
      const found = idWords > 0 ? [...untranslatedRun(source, target, blank(target, targetTerms))] : [];
      return found.length > 0 ? found : [...copiedWords(source, target, Int32Array.from(targetTerms.flatMap((t) => [t.start, t.end, 0])), targetTerms.length)];
    };
    if (enWords > 3) return run();
    const w = contentWords(blank(target, targetTerms));
    if (normalizeText(source) === normalizeText(target)) return [];
    if (w.id.length < minWords || w.id.length / (w.id.length + w.en) < ratio) return run();
    return [{ messageId: "words", data: { idWords: w.id.length, enWords: w.en, words: w.id.slice(0, 5).join(", ") } }];
  }
  function oracleWords(target: string, targetTerms: readonly { start: number; end: number }[]): { idWords: number; enWords: number } {
    const text = blank(target, targetTerms);
    let idWords = 0, enWords = 0;
    for (const w of text.match(/\p{L}+/gu) ?? []) {
      if (ID_SET.has(w)) idWords++;
      else if (EN_SET.has(w.toLowerCase())) enWords++;
    }
    return { idWords, enWords };
  }
  /** The check as first written: every `\p{L}+` word of the blanked text. */
  function oracle(source: string, target: string, targetTerms: readonly { start: number; end: number }[]): unknown[] {
    if (!target.trim()) return [];
    const { idWords, enWords } = oracleWords(target, targetTerms);
    if (idWords < 3 || idWords / (idWords + enWords) < 0.6) return oracleContent(source, target, targetTerms, enWords, 3, 0.6, idWords);
    if (normalizeText(source) === normalizeText(target)) return [];
    return [{ messageId: "indonesian", data: { idWords, enWords } }];
  }
  const ID_SET = new Set("yang dan di ke dari ini itu untuk dengan pada dalam tidak akan adalah oleh atau juga karena bahwa telah sudah saat para sebagai kepada tersebut mereka kami kita ia dia bisa dapat lebih setelah masih namun tetapi antara secara seperti menurut hingga sejak bagi tentang terhadap belum harus sangat serta agar ada tahun mengatakan kata ujar baru bersama negara sebuah seorang sementara yakni yaitu pun lagi jika kalau maka beberapa banyak".split(" "));
  const EN_SET = new Set("the of and to in a is that for on with as was by it at from his he be are has have said will not an which this its were been but they their who would also after more than after had about into over could she her we our you new state country year years told says there when while all other one between".split(" "));

  it("counts as the regular expression does: terms, quotes, capitals, long words, non-ASCII letters", () => {
    const words = ["yang", "dan", "Dan", "DI", "di", "the", "The", "THE", "of", "mengatakan", "mengatakannya", "sementara", "between", "Between", "tidakk", "itu", "North", "Korea", "Utara", "Korut", "sanksi", "sanctions", "Kremlin", "“kami", "akan”", "\"yang", "dan\"", "dí", "yangé", "ſaid", "Ünd", "a", "A", "x"];
    const seps = [" ", "  ", ", ", ". ", "-", "'", "’", "\u00a0", "—", "2", "\t"];
    let x = 7;
    const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    let reported = 0;
    for (let k = 0; k < 3000; k++) {
      let target = "";
      const n = 1 + rand(25);
      for (let i = 0; i < n; i++) target += (i ? seps[rand(seps.length)] : "") + words[rand(words.length)];
      const source = rand(10) === 0 ? target : "Sumber kalimat.";
      const terms = TEST_MATCHER.matchTarget(target);
      const got = check.check({ source, target, sourceTerms: [], targetTerms: terms, concepts: TEST_MATCHER.concepts }, check.defaultOptions);
      expectEqual({ target, got }, { target, got: oracle(source, target, terms) });
      // (with the target's tokens, as the audit gives them)
      const byTokens = check.check({ source, target, sourceTerms: [], targetTerms: terms, concepts: TEST_MATCHER.concepts, targetTokens: tokenize(target) }, check.defaultOptions);
      expectEqual({ target, got: byTokens }, { target, got });
      // (the terms' spans from the matcher's own tokens, no match objects: CheckNeeds.spans)
      TEST_MATCHER.flat.scanTarget(target);
      const bySpans = check.check({ source, target, sourceTerms: [], targetTerms: [], concepts: TEST_MATCHER.concepts, targetTokens: TEST_MATCHER.flat.targetTokens }, check.defaultOptions);
      expect({ target, got: bySpans }).toEqual({ target, got });
      reported += got.length;
    }
    expect(reported).toBeGreaterThan(100);
  });

  it("counts terms given in any form as blanking them does: ranges in order, touching, empty, overlapping, out of order", () => {
    const words = ["yang", "dan", "Dan", "di", "the", "The", "of", "mengatakan", "tidak", "itu", "akan", "North", "Korea", "sanksi", "x", "A", "a"];
    const seps = [" ", "  ", ", ", ". ", "-", "'", "2", "\"", "“", "é"];
    let x = 11;
    const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    let reported = 0;
    for (let k = 0; k < 4000; k++) {
      let target = "";
      const n = 1 + rand(25);
      for (let i = 0; i < n; i++) target += (i ? seps[rand(seps.length > 7 && rand(4) ? 7 : seps.length)] : "") + words[rand(words.length)];
      // ranges anywhere (not only at word boundaries): mostly in order, sometimes not
      const terms: { start: number; end: number }[] = [];
      let at = 0;
      for (let t = rand(5); t > 0; t--) {
        const start = rand(4) === 0 ? rand(target.length + 1) : Math.min(target.length, at + rand(12));
        const end = Math.min(target.length, start + rand(10));
        terms.push({ start, end });
        at = end;
      }
      const got = check.check({ source: "Sumber.", target, sourceTerms: [], targetTerms: terms as never, concepts: TEST_MATCHER.concepts }, check.defaultOptions);
      expect({ target, terms, got }).toEqual({ target, terms, got: oracle("Sumber.", target, terms) });
      const byTokens = check.check({ source: "Sumber.", target, sourceTerms: [], targetTerms: terms as never, concepts: TEST_MATCHER.concepts, targetTokens: tokenize(target) }, check.defaultOptions);
      expect({ target, terms, got: byTokens }).toEqual({ target, terms, got });
      reported += got.length;
    }
    expect(reported).toBeGreaterThan(100);
  });

  it("counts a plain target by its tokens as the regular expression does: words with digits, reduplications, terms over part of a word", () => {
    const words = ["yang", "dan", "Dan", "DI", "di", "the", "The", "of", "mengatakan", "tidak", "itu", "akan", "North", "Korea", "a", "A", "x", "a1", "G7", "yang2", "2dan", "the3rd", "di-di", "yang-yang", "Dan-dan", "mata-mata", "2024"];
    const seps = [" ", ", ", ". ", "-", "'", "\"", " (", ") "];
    let x = 13;
    const rand = (n: number) => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return (x >>> 8) % n; };
    let reported = 0, plain = 0;
    for (let k = 0; k < 4000; k++) {
      let target = "";
      const n = 1 + rand(25);
      for (let i = 0; i < n; i++) target += (i ? seps[rand(4) ? 0 : rand(seps.length)] : "") + words[rand(words.length)];
      // terms: the matcher's, or ranges anywhere (in a word, over several), mostly in order
      let terms: { start: number; end: number }[] = TEST_MATCHER.matchTarget(target);
      if (rand(2) === 0) {
        terms = [];
        let at = 0;
        for (let t = rand(5); t > 0; t--) {
          const start = rand(6) === 0 ? rand(target.length + 1) : Math.min(target.length, at + rand(12));
          const end = Math.min(target.length, start + rand(10));
          terms.push({ start, end });
          at = end;
        }
      }
      const tokens = tokenize(target);
      if (tokens.plain) plain++;
      const options = { minWords: 1, ratio: 0 };
      const got = check.check({ source: "Sumber.", target, sourceTerms: [], targetTerms: terms as never, concepts: TEST_MATCHER.concepts, targetTokens: tokens }, options);
      const want = check.check({ source: "Sumber.", target, sourceTerms: [], targetTerms: terms as never, concepts: TEST_MATCHER.concepts }, options);
      expect({ target, terms, got }).toEqual({ target, terms, got: want });
      expect({ target, terms, got: want }).toEqual({ target, terms, got: oracleCounts(target, terms) });
      reported += got.length;
    }
    expect(plain).toBeGreaterThan(2000);
    expect(reported).toBeGreaterThan(2000);
  });

  /** The oracle's finding with any counts (minWords 1, ratio 0). */
  function oracleCounts(target: string, targetTerms: readonly { start: number; end: number }[]): unknown[] {
    const { idWords, enWords } = oracleWords(target, targetTerms);
    return idWords < 1 ? oracleContent("Sumber.", target, targetTerms, enWords, 1, 0, idWords) : [{ messageId: "indonesian", data: { idWords, enWords } }];
  }
});

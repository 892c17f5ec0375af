/**
 * Third round of genres the segmenter was not tuned on — a live blog, an interview, a court report, a
 * listicle, an economy piece, a sports report, an inauguration with an invitation letter, a viral story,
 * a feature with dialogue, a regional disaster report (test/fixtures/segment-probe, scored by
 * bench/segment-probe.ts) — and the forms they brought that were wrong: a degree in capitals after a
 * name before a small letter, `NIP.` before the number, Pikiran Rakyat's dateline `GARUT, (PR).-`, a
 * dateline alone on its line, a timestamp after an outlet or a byline of several words, a writer's
 * sign-off in brackets, a web address after a short label. Each case asserts the exact segments.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { parseAnnotated, score } from "../../bench/segment-probe";

/** The sentences of one body line (after a headline), with the fast path and with the engine on every line. */
function sentences(line: string): string[] {
  const text = `Judul\n\n${line}\n`;
  const fast = segmentArticle(text).slice(1).map((s) => s.text);
  expect(segmentArticle(text, { engine: "plain" }).slice(1).map((s) => s.text)).toEqual(fast);
  return fast;
}

/** [kind, text] of every segment of an article. */
const kinds = (text: string): Array<[string, string]> => segmentArticle(text).map((s) => [s.kind, s.text]);

describe("a degree in capitals after a name and its comma, before a small letter", () => {
  it.each([
    ["Prof. Dr. Ir. H. Mohammad Nuh, DEA. menjadi pembicara utama.", ["Prof. Dr. Ir. H. Mohammad Nuh, DEA. menjadi pembicara utama."]],
    ["Acara dibuka Rina Wijaya, MBA. dan ditutup oleh rektor.", ["Acara dibuka Rina Wijaya, MBA. dan ditutup oleh rektor."]],
    // (before a capital the sentence ends, as after a listed degree)
    ["Pembicara utama adalah Mohammad Nuh, DEA. Ia mantan menteri.", ["Pembicara utama adalah Mohammad Nuh, DEA.", "Ia mantan menteri."]],
    // (an acronym after an ordinary word before a small letter stays a boundary: broken web noise is split and flagged)
    ["Ia bekerja di PBB. lalu pindah ke Jenewa.", ["Ia bekerja di PBB.", "lalu pindah ke Jenewa."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a letter before a collective pronoun ends the sentence", () => {
  it.each([
    ["Ia menyebut nama-nama itu: A, B, dan C. Ketiganya kini buron.", ["Ia menyebut nama-nama itu: A, B, dan C.", "Ketiganya kini buron."]],
    ["Sri Sultan Hamengku Buwono X. Keduanya bertemu di keraton.", ["Sri Sultan Hamengku Buwono X.", "Keduanya bertemu di keraton."]],
    // (an initial before a name stays)
    ["Menurut A. Rahman, semuanya lancar.", ["Menurut A. Rahman, semuanya lancar."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a question or an exclamation before a spaced dash and a small letter goes on", () => {
  it.each([
    ["\"Sudah makan?\" — tanya ibu itu — \"Belum, Bu.\"", ["\"Sudah makan?\" — tanya ibu itu — \"Belum, Bu.\""]],
    ["“Awas!” – teriak petugas – “Mundur semua!”", ["“Awas!” – teriak petugas – “Mundur semua!”"]],
    // (before a capital the sentence ends)
    ["Siapa yang salah? — Tidak ada yang mau mengaku.", ["Siapa yang salah?", "— Tidak ada yang mau mengaku."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("an ad slot's marker left inside a paragraph is a boilerplate piece of its own", () => {
  it("between sentences, and at the paragraph's start or end", () => {
    expect(kinds([
      "Judul",
      "Hadir Gubernur Jatim Khofifah Indar Parawansa. ADVERTISEMENT Ia memberikan sambutan.",
      "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Warga menyambutnya. Acara selesai pukul 12.00. ADVERTISEMENT",
      "Iklan itu bertuliskan ADVERTISEMENT besar-besar.",
    ].join("\n"))).toEqual([
      ["headline", "Judul"],
      ["body", "Hadir Gubernur Jatim Khofifah Indar Parawansa."],
      ["boilerplate", "ADVERTISEMENT"],
      ["body", "Ia memberikan sambutan."],
      ["boilerplate", "ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT"],
      ["body", "Warga menyambutnya."],
      ["body", "Acara selesai pukul 12.00."],
      ["boilerplate", "ADVERTISEMENT"],
      ["body", "Iklan itu bertuliskan ADVERTISEMENT besar-besar."],
    ]);
  });
});

describe("degrees joined by a comma without a space read as the last one", () => {
  it.each([
    ["Ia didampingi Andi Saputra, S.H.,M.H. Polisi lalu menahannya.", ["Ia didampingi Andi Saputra, S.H.,M.H.", "Polisi lalu menahannya."]],
    ["Guru itu, Rina, S.Pd.,M.Pd. Ia mengajar matematika.", ["Guru itu, Rina, S.Pd.,M.Pd.", "Ia mengajar matematika."]],
    ["Ia didampingi Andi Saputra, S.H.,M.H. di ruang sidang.", ["Ia didampingi Andi Saputra, S.H.,M.H. di ruang sidang."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("degrees Lc. and Ns. go on before a small letter", () => {
  it.each([
    ["Materi dibawakan Ahmad Zaini, Lc. mengenai fikih puasa.", ["Materi dibawakan Ahmad Zaini, Lc. mengenai fikih puasa."]],
    ["Perawat Siti Rahma, S.Kep., Ns. menjelaskan prosedurnya.", ["Perawat Siti Rahma, S.Kep., Ns. menjelaskan prosedurnya."]],
    ["Ceramah disampaikan Abdul Somad, Lc. Ia membahas zakat.", ["Ceramah disampaikan Abdul Somad, Lc.", "Ia membahas zakat."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a bracketed question or exclamation of its own ends at its bracket", () => {
  it.each([
    ["(Siapa yang tahu?) Ia lalu pergi tanpa pamit.", ["(Siapa yang tahu?)", "Ia lalu pergi tanpa pamit."]],
    ["Polisi datang. (Siapa yang lapor!?) Tak ada yang tahu.", ["Polisi datang.", "(Siapa yang lapor!?)", "Tak ada yang tahu."]],
    // (inside a sentence the bracket goes on)
    ["Ia bertanya (kenapa?) lalu pergi.", ["Ia bertanya (kenapa?) lalu pergi."]],
    ["Acara batal (lihat: Kenapa?) Semua kecewa.", ["Acara batal (lihat: Kenapa?) Semua kecewa."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("Univ. and Fak. go on", () => {
  it.each([
    ["Ia menyelesaikan S2 di Univ. of Melbourne. Tesisnya tentang pangan.", ["Ia menyelesaikan S2 di Univ. of Melbourne.", "Tesisnya tentang pangan."]],
    ["Ia kuliah di Fak. Ekonomi Univ. Indonesia. Lalu ia bekerja.", ["Ia kuliah di Fak. Ekonomi Univ. Indonesia.", "Lalu ia bekerja."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("NIP. and NRP. go on before the number", () => {
  it.each([
    ["NIP. 19650312 199003 1 002", ["NIP. 19650312 199003 1 002"]],
    ["Pelaku, Bripka AS dengan NRP. 87050123, ditahan di Propam.", ["Pelaku, Bripka AS dengan NRP. 87050123, ditahan di Propam."]],
    // (in capitals before a capital it is the acronym ending the sentence)
    ["Pegawai honorer itu belum punya NIP. Ia masih menunggu.", ["Pegawai honorer itu belum punya NIP.", "Ia masih menunggu."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("datelines", () => {
  it("Pikiran Rakyat's `GARUT, (PR).-`", () => {
    expect(kinds("Banjir Bandang di Garut\nGARUT, (PR).- Banjir bandang menerjang tiga desa. Sedikitnya 120 rumah rusak.\n")).toEqual([
      ["headline", "Banjir Bandang di Garut"],
      ["dateline", "GARUT, (PR).-"],
      ["body", "Banjir bandang menerjang tiga desa."],
      ["body", "Sedikitnya 120 rumah rusak."],
    ]);
  });

  it("a web name and a place alone on its line, the text on the next", () => {
    expect(kinds("7 Tips Hemat Mudik\nLiputan6.com, Jakarta\nMudik sudah menjadi tradisi. Biayanya bisa membengkak.\n")).toEqual([
      ["headline", "7 Tips Hemat Mudik"],
      ["dateline", "Liputan6.com, Jakarta"],
      ["body", "Mudik sudah menjadi tradisi."],
      ["body", "Biayanya bisa membengkak."],
    ]);

  });

  it("a place and a country, a name and its acronym, or a bracketed note, alone on a line is no dateline", () => {
    expect(kinds("Apa Itu Inflasi?\nBadan Pusat Statistik (BPS)\nBPS mencatat inflasi 1,71 persen.\n")).toEqual([
      ["headline", "Apa Itu Inflasi?"], ["body", "Badan Pusat Statistik (BPS)"], ["body", "BPS mencatat inflasi 1,71 persen."],
    ]);
    expect(kinds("Judul\n\nIa datang ke sana pagi ini.\n\n(Bersambung ke halaman 2)\n")).toEqual([
      ["headline", "Judul"], ["body", "Ia datang ke sana pagi ini."], ["body", "(Bersambung ke halaman 2)"],
    ]);
    expect(kinds("Judul\n(Bersambung ke halaman 2)\nIa datang ke sana pagi ini.\n")).toEqual([
      ["headline", "Judul"], ["body", "(Bersambung ke halaman 2)"], ["body", "Ia datang ke sana pagi ini."],
    ]);
    expect(kinds("Harga Cabai Naik\nJakarta, Indonesia\nHarga cabai naik lagi.\n")).toEqual([
      ["headline", "Harga Cabai Naik"],
      ["body", "Jakarta, Indonesia"],
      ["body", "Harga cabai naik lagi."],
    ]);
  });
});

describe("web noise", () => {
  it("a timestamp after an outlet or a byline of several words; a subheading with a date stays", () => {
    expect(kinds([
      "Banjir Bandang Terjang Garut",
      "Pikiran Rakyat - 25 Oktober 2024, 21:14 WIB",
      "Oleh Dian Puspita | Sabtu, 9 Nov 2024 07:00 WIB",
      "Banjir bandang menerjang tiga desa.",
      "Gempa Cianjur - 21 November 2022",
      "Peristiwa serupa pernah terjadi.",
    ].join("\n"))).toEqual([
      ["headline", "Banjir Bandang Terjang Garut"],
      ["boilerplate", "Pikiran Rakyat - 25 Oktober 2024, 21:14 WIB"],
      ["boilerplate", "Oleh Dian Puspita | Sabtu, 9 Nov 2024 07:00 WIB"],
      ["body", "Banjir bandang menerjang tiga desa."],
      ["body", "Gempa Cianjur - 21 November 2022"],
      ["body", "Peristiwa serupa pernah terjadi."],
    ]);
  });

  it("a web name ending in .co alone on its line", () => {
    expect(kinds("Kemenkes Temukan 12 Kasus Mpox Baru\nTempo.co\nKemenkes mencatat 12 kasus baru.\n")).toEqual([
      ["headline", "Kemenkes Temukan 12 Kasus Mpox Baru"], ["boilerplate", "Tempo.co"], ["body", "Kemenkes mencatat 12 kasus baru."],
    ]);
  });

  it("a writer's sign-off in brackets, a web address after a label; a sentence with an address stays", () => {
    expect(kinds([
      "Kisah Mbah Sarmi",
      "Mbah Sarmi berjualan pecel. Informasi ada di https://kai.id/lempuyangan.",
      "(Tim Redaksi/idn)",
      "(Ahmad Fauzi/PR)",
      "Android: https://bit.ly/3g85pkA",
      "https://apple.co/3hXWJ0L",
    ].join("\n"))).toEqual([
      ["headline", "Kisah Mbah Sarmi"],
      ["body", "Mbah Sarmi berjualan pecel."],
      ["body", "Informasi ada di https://kai.id/lempuyangan."],
      ["boilerplate", "(Tim Redaksi/idn)"],
      ["boilerplate", "(Ahmad Fauzi/PR)"],
      ["boilerplate", "Android: https://bit.ly/3g85pkA"],
      ["boilerplate", "https://apple.co/3hXWJ0L"],
    ]);
  });
});

/**
 * Where the segmenter and a key still differ, on purpose or not fixed (12-politics was held out until the
 * fixes were done): a headline of a question and a phrase is split as a body line is. (An outlet's name
 * alone on a line under the headline, `CNN Indonesia`, is a label since genres4.test.ts.)
 */
const KNOWN_DIFFS: Record<string, string[]> = {
  "12-politics.ann": [
    '  key: "DPR Sahkan Revisi UU Pilkada? Ini Fakta-faktanya"\n  got: "DPR Sahkan Revisi UU Pilkada?" | "Ini Fakta-faktanya"',
  ],
};

describe("the probe's annotated texts", () => {
  const dir = path.join(__dirname, "../fixtures/segment-probe");
  it("the annotation reads back as the text and its key", () => {
    const { text, key } = parseAnnotated("Judul\n~ADVERTISEMENT\nSatu.⟂Dua.\n«• »Butir;\n");
    expect(text).toBe("Judul\nADVERTISEMENT\nSatu. Dua.\n• Butir;\n");
    expect(key.map((k) => [k.text, k.boilerplate, text.slice(k.start, k.end)])).toEqual([
      ["Judul", false, "Judul"], ["ADVERTISEMENT", true, "ADVERTISEMENT"], ["Satu.", false, "Satu."], ["Dua.", false, "Dua."], ["Butir;", false, "Butir;"],
    ]);
  });

  it.each(fs.readdirSync(dir).filter((f) => f.endsWith(".ann")))("%s: every boundary and every segment of the key", (file) => {
    const s = score(fs.readFileSync(path.join(dir, file), "utf8"));
    const known = KNOWN_DIFFS[file] ?? [];
    expect(s.diffs.filter((d) => !known.includes(d) && !(file === "04-listicle.ann" && d.startsWith("  noise not marked")))).toEqual([]);
    expect(s.realMarked).toBe(0);
  });

  it("04-listicle: the dateline alone on its line is a dateline (the key called it noise); every title under a bare Baca juga: is a link", () => {
    const s = score(fs.readFileSync(path.join(dir, "04-listicle.ann"), "utf8"));
    expect(s.diffs).toEqual(['  noise not marked: "Liputan6.com, Jakarta"']);
  });
});

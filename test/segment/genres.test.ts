/**
 * News of genres the segmenter was not first tuned on — sports, markets, courts, religion, regional
 * news, opinion columns, official letters — and the forms they bring: letters after numbers (`Rp28 T.`,
 * `1447 H/2026 M.`), initials after a slash (doubles pairs, `Fajar Alfian/M. Rian Ardianto`), Roman
 * list numbers (`II. …`), a word and an abbreviation joined by a slash (`kota/kab.`), and the web noise
 * of their pages (bylines without colons, research sign-offs, the disclaimer under a column, a section
 * label under the headline). Each case asserts the exact segments, both engines.
 */
import { segmentArticle } from "../../src/segment";
import { splitEnglish } from "../../src/segment/english";

/** The sentences of one body line (after a headline), with the fast path and with the engine on every line. */
function sentences(line: string): string[] {
  const text = `Judul\n\n${line}\n`;
  const fast = segmentArticle(text).slice(1).map((s) => s.text);
  expect(segmentArticle(text, { engine: "plain" }).slice(1).map((s) => s.text)).toEqual(fast);
  return fast;
}

/** [kind, text] of every segment of an article. */
const kinds = (text: string): Array<[string, string]> => segmentArticle(text).map((s) => [s.kind, s.text]);

describe("a capital letter after a number is a unit or an era, not an initial", () => {
  it.each([
    ["Astra menargetkan belanja modal 2026 sebesar Rp28 T. Sebagian besar untuk alat berat.", ["Astra menargetkan belanja modal 2026 sebesar Rp28 T.", "Sebagian besar untuk alat berat."]],
    ["Dana desa naik menjadi Rp 1,2 M. Kenaikan itu disambut warga.", ["Dana desa naik menjadi Rp 1,2 M.", "Kenaikan itu disambut warga."]],
    ["SEB mengatur pembelajaran selama Ramadan 1447 H/2026 M. SEB itu ditandatangani Kamis.", ["SEB mengatur pembelajaran selama Ramadan 1447 H/2026 M.", "SEB itu ditandatangani Kamis."]],
    ["Sidang dibuka pada Ramadan 1447 H. Keputusan diumumkan malam.", ["Sidang dibuka pada Ramadan 1447 H.", "Keputusan diumumkan malam."]],
    // (after a word, the letter stays an initial or a title)
    ["Gol dicetak M. Rafli pada menit ke-45+2. Skor 1-1 bertahan.", ["Gol dicetak M. Rafli pada menit ke-45+2.", "Skor 1-1 bertahan."]],
    ["Hadir pula pengurus masjid H. Abdul Ghani.", ["Hadir pula pengurus masjid H. Abdul Ghani."]],
    ["Pada 2019 A. Rahman terpilih sebagai ketua.", ["Pada 2019 A. Rahman terpilih sebagai ketua."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("an initial after a slash", () => {
  it.each([
    ["Ganda putra Fajar Alfian/M. Rian Ardianto terhenti di semifinal.", ["Ganda putra Fajar Alfian/M. Rian Ardianto terhenti di semifinal."]],
    ["Ia berpasangan dengan Fajar/M. Ia lalu kalah.", ["Ia berpasangan dengan Fajar/M.", "Ia lalu kalah."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a word and a listed abbreviation joined by a slash read as the abbreviation", () => {
  it.each([
    ["Prestasi lomba minimal tingkat kota/kab. juga dapat dilampirkan.", ["Prestasi lomba minimal tingkat kota/kab. juga dapat dilampirkan."]],
    ["Warga tiap desa/kel. wajib hadir.", ["Warga tiap desa/kel. wajib hadir."]],
    ["Bahan dibeli dari petani/nelayan dsb. Kenyataannya lain.", ["Bahan dibeli dari petani/nelayan dsb.", "Kenyataannya lain."]],
    ["Bahan dibeli dari petani, nelayan/dsb. Kenyataannya lain.", ["Bahan dibeli dari petani, nelayan/dsb.", "Kenyataannya lain."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a Roman numeral opening a line is a list number", () => {
  it.each([
    ["II. Kegiatan pembelajaran dilaksanakan di sekolah.", ["II. Kegiatan pembelajaran dilaksanakan di sekolah."]],
    ["XIV. Ketentuan penutup", ["XIV. Ketentuan penutup"]],
    // (only at the line's start: inside a sentence a numeral and a period end it)
    ["Ia menjadi raja Hamengku Buwono IX. Ia wafat pada 1988.", ["Ia menjadi raja Hamengku Buwono IX.", "Ia wafat pada 1988."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));

  it("in English too", () => {
    expect(splitEnglish("III. The hearing resumed on Monday. It lasted an hour.").map((s) => s.text))
      .toEqual(["III. The hearing resumed on Monday.", "It lasted an hour."]);
  });
});

describe("web noise of these pages is boilerplate", () => {
  it.each([
    "Jurnalis: Nur Khabibi",
    "Editor Reni Susanti",
    "Kontributor Lebak, Acep Nazmudin",
    "Wartawan Kompas TV, Ahmad Zaki",
    "CNBC INDONESIA RESEARCH",
    "TIM RISET CNBC INDONESIA",
    "(Tribunnews/ant)",
    "Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.",
    "*Artikel ini merupakan kiriman pembaca detikcom. Seluruh isi artikel menjadi tanggung jawab penulis. (Terima kasih - Redaksi)",
  ])("%s", (line) => {
    expect(kinds(`Judul\n\nIa datang ke sana pagi ini.\n\n${line}\n`)).toEqual([
      ["headline", "Judul"], ["body", "Ia datang ke sana pagi ini."], ["boilerplate", line],
    ]);
  });

  it.each([
    // (a sentence about an editor, a contributor's report, an article's content stays)
    "Editor Senior Kompas Raih Penghargaan Jurnalistik di Jakarta Pekan Ini.",
    "Kontributor kami di Lebak, Acep Nazmudin, melaporkan banjir.",
    "Artikel ini merupakan bagian dari liputan khusus tentang banjir.",
    "(Bersambung ke halaman 2)",
  ])("%s stays text", (line) => {
    expect(kinds(`Judul\n\nIa datang ke sana pagi ini.\n\n${line}\n`)).toEqual([
      ["headline", "Judul"], ["body", "Ia datang ke sana pagi ini."], ["body", line],
    ]);
  });

  it("a section label under the headline, before the text, is boilerplate; after the text it stays", () => {
    expect(kinds("Tiga Amalan Utama di Akhir Ramadan\nReligi\nJumat, 13 Maret 2026 | 04:30 WIB\nLiputan6.com, Jakarta - Umat Islam kini memasuki sepuluh hari terakhir.\nReligi\nIa menjelaskan tiga amalan.\n"))
      .toEqual([
        ["headline", "Tiga Amalan Utama di Akhir Ramadan"],
        ["boilerplate", "Religi"],
        ["boilerplate", "Jumat, 13 Maret 2026 | 04:30 WIB"],
        ["dateline", "Liputan6.com, Jakarta -"],
        ["body", "Umat Islam kini memasuki sepuluh hari terakhir."],
        ["body", "Religi"],
        ["body", "Ia menjelaskan tiga amalan."],
      ]);
  });
});

describe("abbreviations of these genres", () => {
  it.each([
    ["Lagu Baru Tulus feat. Raisa Puncaki Tangga Lagu", ["Lagu Baru Tulus feat. Raisa Puncaki Tangga Lagu"]],
    ["Lagu itu masuk album \"Nada-nada Kecil Vol. 2\". Album itu rilis April.", ["Lagu itu masuk album \"Nada-nada Kecil Vol. 2\".", "Album itu rilis April."]],
    ["Pelamar berpangkat minimal Pembina Tk. I (IV/b). Berkas dikirim ke panitia.", ["Pelamar berpangkat minimal Pembina Tk. I (IV/b).", "Berkas dikirim ke panitia."]],
    // (TK in capitals is taman kanak-kanak)
    ["Anaknya masih duduk di bangku TK. Ia berumur lima tahun.", ["Anaknya masih duduk di bangku TK.", "Ia berumur lima tahun."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("an outlet's name in mixed case after a place is a dateline", () => {
  it.each([
    ["JAKARTA, SINDOnews - Pemerintah menetapkan biaya haji.", [["dateline", "JAKARTA, SINDOnews -"], ["body", "Pemerintah menetapkan biaya haji."]]],
    ["SURABAYA, detikNews - Banjir merendam dua kecamatan.", [["dateline", "SURABAYA, detikNews -"], ["body", "Banjir merendam dua kecamatan."]]],
  ])("%s", (line, expected) => {
    // (after a line no rule knows, only an outlet's dateline is looked for)
    expect(kinds(`Judul\n\nRingkasan berita ini cukup panjang untuk dianggap paragraf, bukan label.\n\n${line}\n`).slice(2)).toEqual(expected);
  });
});

describe("a short label above the title is the section's label", () => {
  it.each(["Liga Inggris", "Jateng & DIY"])("%s", (label) => {
    expect(kinds(`${label}\nGKR Hemas Pimpin Labuhan Merapi, Ribuan Warga Padati Kinahrejo\nSleman - Keraton menggelar upacara labuhan.\n`)).toEqual([
      ["boilerplate", label],
      ["headline", "GKR Hemas Pimpin Labuhan Merapi, Ribuan Warga Padati Kinahrejo"],
      ["dateline", "Sleman -"],
      ["body", "Keraton menggelar upacara labuhan."],
    ]);
  });

  it.each([
    // (a short title above the lead, a short title with a verb, a label above no title)
    ["Gempa Guncang Cianjur\nGempa bermagnitudo 5,6 mengguncang Cianjur pada Senin siang.\n", "Gempa Guncang Cianjur"],
    ["Harga Cabai Melonjak\nPedagang mengeluh sepi pembeli menjelang Ramadan tahun ini\n", "Harga Cabai Melonjak"],
    ["Liga Inggris\nSenin, 9 Maret 2026 | 21:47 WIB\nLiverpool menang.\n", "Liga Inggris"],
  ])("%#: the first line stays the headline", (text, headline) => {
    expect(kinds(text)[0]).toEqual(["headline", headline]);
  });

  it("the outlet's web name alone on a line is boilerplate", () => {
    expect(kinds("Judul Berita\nBolasport.com\nLiverpool menang.\n")).toEqual([["headline", "Judul Berita"], ["boilerplate", "Bolasport.com"], ["body", "Liverpool menang."]]);
  });
});

describe("suspect fragments", () => {
  it("a court transcript's honorific and an ordinal after Yang are no fragments", () => {
    const segs = segmentArticle("Judul\n\nSaksi: Dua kali, Yang Mulia. Yang pertama ke arah atas, yang kedua ke arah korban.\n");
    expect(segs.map((s) => [s.text, s.suspect])).toEqual([
      ["Judul", null],
      ["Saksi: Dua kali, Yang Mulia.", null],
      ["Yang pertama ke arah atas, yang kedua ke arah korban.", null],
    ]);
  });

  it("a question with a subordinate clause and no verb before it is no fragment", () => {
    const segs = segmentArticle("Judul\n\nPertama, soal sasaran. Bukankah lebih efektif jika dana difokuskan pada 40% keluarga termiskin?\n");
    expect(segs.map((s) => [s.text, s.suspect])).toEqual([
      ["Judul", null],
      ["Pertama, soal sasaran.", null],
      ["Bukankah lebih efektif jika dana difokuskan pada 40% keluarga termiskin?", null],
    ]);
  });
});

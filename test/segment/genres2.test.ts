/**
 * More genres: recipes and lifestyle (`30 mnt. hingga`), science (`Oreophryne arfakensis sp. nov.`),
 * university news (`Prof. Dr. Eng. …`, `Dr. rer. nat. …`), school letters (`T.A. 2026/2027`), local
 * regulations quoted inline (`Menimbang: a. bahwa …; b. bahwa …;`), press releases
 * (`Siaran Pers No. 123/HM/KOMINFO/12/2026`) and the frames of embedded Instagram posts and tweets.
 * Each case asserts the exact segments, both engines.
 */
import { segmentArticle } from "../../src/segment";

/** The sentences of one body line (after a headline), with the fast path and with the engine on every line. */
function sentences(line: string): string[] {
  const text = `Judul\n\n${line}\n`;
  const fast = segmentArticle(text).slice(1).map((s) => s.text);
  expect(segmentArticle(text, { engine: "plain" }).slice(1).map((s) => s.text)).toEqual(fast);
  return fast;
}

const kinds = (text: string): Array<[string, string]> => segmentArticle(text).map((s) => [s.kind, s.text]);

describe("abbreviations of recipes, science and academic titles", () => {
  it.each([
    ["Masak dengan api kecil selama 30 mnt. hingga air menyusut.", ["Masak dengan api kecil selama 30 mnt. hingga air menyusut."]],
    ["Jalan kaki 15 mnt. sehari sudah cukup. Nggak perlu nge-gym.", ["Jalan kaki 15 mnt. sehari sudah cukup.", "Nggak perlu nge-gym."]],
    ["Rekor lari itu 9 dtk. lebih cepat.", ["Rekor lari itu 9 dtk. lebih cepat."]],
    ["Katak itu diberi nama Oreophryne arfakensis sp. nov.", ["Katak itu diberi nama Oreophryne arfakensis sp. nov."]],
    ["Peneliti menemukan Nepenthes sp. di lereng itu. Tanaman itu langka.", ["Peneliti menemukan Nepenthes sp. di lereng itu.", "Tanaman itu langka."]],
    ["Salah satunya Prof. Dr. Eng. Ayu Lestari, S.T., M.Eng., pakar kecerdasan buatan.", ["Salah satunya Prof. Dr. Eng. Ayu Lestari, S.T., M.Eng., pakar kecerdasan buatan."]],
    ["Hadir pula Prof. Dr. rer. nat. Hendra Gunawan dari FMIPA.", ["Hadir pula Prof. Dr. rer. nat. Hendra Gunawan dari FMIPA."]],
    ["Perihal: Libur Semester Ganjil T.A. 2026/2027", ["Perihal: Libur Semester Ganjil T.A. 2026/2027"]],
    ["Tambahkan 2 sdm. kecap manis dan 1 sdt. lada bubuk. Aduk rata.", ["Tambahkan 2 sdm. kecap manis dan 1 sdt. lada bubuk.", "Aduk rata."]],
    ["Timbang 250 gr. tepung terigu, lalu ayak. Campurkan 2 btr. telur.", ["Timbang 250 gr. tepung terigu, lalu ayak.", "Campurkan 2 btr. telur."]],
    ["Penelitian dipimpin Dr.rer.nat. Budi Santoso dari LIPI. Hasilnya dimuat di Nature.", ["Penelitian dipimpin Dr.rer.nat. Budi Santoso dari LIPI.", "Hasilnya dimuat di Nature."]],
    // (after a name `Eng.` is a degree: before a capital the sentence ends)
    ["Rektor dijabat Prof. Ir. Nizam, M.Sc., Ph.D., IPU, ASEAN Eng. Ia dilantik Senin.", ["Rektor dijabat Prof. Ir. Nizam, M.Sc., Ph.D., IPU, ASEAN Eng.", "Ia dilantik Senin."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("an inline list after a colon and semicolons is one sentence", () => {
  it.each([
    ["Menimbang: a. bahwa setiap orang berhak atas lingkungan yang sehat; b. bahwa asap rokok membahayakan kesehatan;", ["Menimbang: a. bahwa setiap orang berhak atas lingkungan yang sehat; b. bahwa asap rokok membahayakan kesehatan;"]],
    ["Mengingat: 1. Pasal 18 ayat (6) UUD 1945; 2. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;", ["Mengingat: 1. Pasal 18 ayat (6) UUD 1945; 2. Undang-Undang Nomor 17 Tahun 2023 tentang Kesehatan;"]],
    // (a lone number after a colon is no list: the sentence ends there)
    ["Jumlah korban tewas: 12. Sebanyak 30 orang luka; mereka dirawat.", ["Jumlah korban tewas: 12.", "Sebanyak 30 orang luka; mereka dirawat."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("web noise of press releases and embedded posts is boilerplate", () => {
  it("a press release's label with its number above the title", () => {
    expect(kinds("Siaran Pers No. 123/HM/KOMINFO/12/2026\nKominfo Percepat Jaringan 5G\nKominfo menargetkan 5G di 50 kota.\n")).toEqual([
      ["boilerplate", "Siaran Pers No. 123/HM/KOMINFO/12/2026"],
      ["headline", "Kominfo Percepat Jaringan 5G"],
      ["body", "Kominfo menargetkan 5G di 50 kota."],
    ]);
  });

  it("the frame of an Instagram post and the signature of a tweet", () => {
    const text = [
      "Film Horor Tembus 5 Juta Penonton",
      "Capaian itu diumumkan lewat Instagram.",
      "View this post on Instagram",
      "A post shared by Joko Anwar (@jokoanwar)",
      "Sudah kami tindak 🙏 pic.twitter.com/Ab3dE9fGhK",
      "— TMC Polda Metro Jaya (@TMCPoldaMetro) December 8, 2026",
      "— Jokowi (@jokowi) 8 Desember 2026",
      "Unggahan itu dilihat 2 juta kali.",
    ].join("\n");
    expect(kinds(text)).toEqual([
      ["headline", "Film Horor Tembus 5 Juta Penonton"],
      ["body", "Capaian itu diumumkan lewat Instagram."],
      ["boilerplate", "View this post on Instagram"],
      ["boilerplate", "A post shared by Joko Anwar (@jokoanwar)"],
      ["body", "Sudah kami tindak 🙏 pic.twitter.com/Ab3dE9fGhK"],
      ["boilerplate", "— TMC Polda Metro Jaya (@TMCPoldaMetro) December 8, 2026"],
      ["boilerplate", "— Jokowi (@jokowi) 8 Desember 2026"],
      ["body", "Unggahan itu dilihat 2 juta kali."],
    ]);
  });

  it("a sentence about a post or a press release stays", () => {
    expect(kinds("Judul\nSiaran pers nomor 12 itu dikirim Senin.\nA post shared by many people went viral.\n").map(([k]) => k)).toEqual(["headline", "body", "body"]);
  });
});

describe("more web noise of embeds, photo credits and press releases", () => {
  it("TikTok sound credits, Getty frames, video buttons, labelled credits and end marks are boilerplate", () => {
    const noise = ["@jokowi ♬ original sound - Jokowi", "♬ suara asli - Raisa", "Embed from Getty Images", "Getty Images", "Play Video", "Dok. Humas Kominfo", "Pic: Instagram/@jokowi", "-selesai-", "—SELESAI—"];
    const text = ["Judul Berita Panjang Sekali Di Sini", "Ini kalimat pertama.", ...noise, "Proses itu akhirnya selesai.", "Dok: foto itu diunggah ke situs resmi. Warga lalu berdatangan."].join("\n");
    expect(kinds(text)).toEqual([
      ["headline", "Judul Berita Panjang Sekali Di Sini"],
      ["body", "Ini kalimat pertama."],
      ...noise.map((t): [string, string] => ["boilerplate", t]),
      ["body", "Proses itu akhirnya selesai."],
      ["body", "Dok: foto itu diunggah ke situs resmi."],
      ["body", "Warga lalu berdatangan."],
    ]);
  });
});

/**
 * Ninth probe: genres the earlier probes lacked — a court hearing's live blog (`Pukul 10.15 WIB:` entries, `JPU`,
 * `Pasal 2 ayat (1) jo. Pasal 18 UU No. 31 Tahun 1999`, `48/Pid.Sus-TPK/2026/PN.Jkt.Pst`), a football match report
 * (`2-1`, `menit ke-45+2`, `(pen.)`, `Liga 1 2025/2026`, line-ups), a recipe (`1 sdm`, `½ sdt`, `5-6 siung`, numbered
 * steps), a weather bulletin (`BMKG`, `Ds.`, `Kec.`, `Kab.`, `± 25 °C`), an op-ed (`...?`, `?!`, `—`), a company's
 * press release (`PT. … Tbk.`, `Jl.`, `No.`, `Telp. (021) 555-1234`, `www.`), an interview with bold names
 * (`**Tempo:**`), an election count (`54,3%`, `TPS 12`, `C1`, `Rp1,5 M`); a PDF with hyphenated line breaks and a
 * traffic update held out. Ten articles with keys written by hand before the segmenter was run
 * (test/fixtures/segment-probe9, scored by bench/segment-probe.ts): 01–08 254 of 262 segments exact at first; four
 * slips of the key corrected (a recipe's step numbers stay in their sentence as probe 8's list keeps them, an address
 * alone on its line is boilerplate, `###` is no segment, an op-ed writer's description is text to translate) left 259
 * of 261 — an event's label under the title (`Pilkada 2026` over the byline) read as the title's second line, and
 * `Simak wawancara lengkapnya di Majalah Tempo …` not boilerplate —, 261/261 after; 09 and 10 held out until then: 43
 * of 43. Four more written after that and all held out (11 a court live blog with its times on lines of their own, 12 a
 * match report opening on a scoreboard, 13 a lifestyle list with measures, 14 a bank's press release): 117 of 117
 * segments exact, three lines of noise read wrong — CNN Indonesia's editors' initials `(fra/DAL)` and a league's label
 * `Liga 1` above the title not boilerplate, a fixture `Persita vs PSM Makassar — Minggu, 28 Desember 2025, 19.00 WIB`
 * read as a byline's timestamp —, fixed after. Three more, held out (15 a village fundraiser with informal forms, 16 a
 * U-17 match report, 17 a health study): 57 of 58 exact, `rek. BRI` (rekening) cut, fixed after. Three more, held out
 * (18 an op-ed with unspaced em dashes, 19 a vote count with result lines, 20 an interview with bold names): 72 of 72
 * exact; the one line of noise not marked was the key's (an op-ed writer's description, text as in 05).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { expectKey, kinds, sentences } from "../helpers/segment";

const dir = path.join(__dirname, "../fixtures/segment-probe9");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));

describe("the ninth probe's annotated texts", () => {
  it("holds twenty articles", () => expect(files).toHaveLength(20));

  it.each(files)("%s: every boundary and every segment of the key", (file) => {
    expectKey(path.join(dir, file));
  });
});

describe("lines under the title", () => {
  it("an event's label and its year with a byline or the date under it is boilerplate, not the title's second line", () => {
    expect(kinds(["Hasil Hitung Cepat Pilkada Kota Bekasi: Paslon Nomor 2 Unggul 54,3%", "Pilkada 2026", "Penulis: Fikri Haikal | Editor: Ardi", "Pasangan nomor 2 unggul."]).map((k) => k[0]))
      .toEqual(["headline", "boilerplate", "boilerplate", "body"]);
    expect(kinds(["Harga Cabai Melonjak di Pasar Induk", "Natal 2026", "Penulis: Ani", "Harga cabai naik."]).map((k) => k[0]))
      .toEqual(["headline", "boilerplate", "boilerplate", "body"]);
    // (with running text under it, a line with a year goes on the title as before)
    expect(kinds(["Warga Berhamburan Keluar Rumah Saat Gempa Guncang Cianjur", "Awal Januari 2026", "Gempa mengguncang Cianjur."])[0])
      .toEqual(["headline", "Warga Berhamburan Keluar Rumah Saat Gempa Guncang Cianjur Awal Januari 2026"]);
  });

  it("a section's name or a region under a title that ends where no title ends is the title's second half", () => {
    expect(kinds(["Cara Merawat Baterai Ponsel agar Tetap Awet", "Tips", "JAKARTA, KOMPAS.com - Baterai ponsel cepat rusak."]).map((k) => k[0]))
      .toEqual(["headline", "boilerplate", "dateline", "body"]);
    expect(kinds(["Dokter Spesialis Anak Bagikan Cara dan", "Tips", "JAKARTA - Orang tua perlu memantau suhu anak."]).slice(0, 2))
      .toEqual([["headline", "Dokter Spesialis Anak Bagikan Cara dan Tips"], ["dateline", "JAKARTA -"]]);
    expect(kinds(["Lima Aplikasi Edit Foto Terbaik untuk", "Gadget", "JAKARTA - Aplikasi edit foto makin banyak."])[0])
      .toEqual(["headline", "Lima Aplikasi Edit Foto Terbaik untuk Gadget"]);
    expect(kinds(["Banjir Rendam Ribuan Rumah di", "Jawa Timur", "SURABAYA - Banjir merendam ribuan rumah."])[0])
      .toEqual(["headline", "Banjir Rendam Ribuan Rumah di Jawa Timur"]);
    expect(kinds(["Harga Cabai Melonjak Jelang", "Natal 2026", "Penulis: Ani", "Harga cabai naik."]).map((k) => k[1]))
      .toEqual(["Harga Cabai Melonjak Jelang Natal 2026", "Penulis: Ani", "Harga cabai naik."]);
  });

  it("a reader's pointer to where the rest is read is boilerplate; a sentence about such a magazine is not", () => {
    expect(kinds(["Judul Wawancara Panjang", "", "Ia menjawab semua pertanyaan.", "Simak wawancara lengkapnya di Majalah Tempo edisi 14-20 Desember 2026."]).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate"]);
    expect(kinds(["Judul Wawancara Panjang", "", "Simak juga ulasan lengkapnya dalam podcast kami.", "Simak betapa lengkapnya koleksi museum itu."]).map((k) => k[0]))
      .toEqual(["headline", "boilerplate", "body"]);
  });
});

describe("noise the held-out articles found", () => {
  it("a league's label with its number above the title is boilerplate", () => {
    expect(kinds(["Liga 1", "PSM Makassar vs Bali United 1-1: Gol Bunuh Diri Selamatkan Juku Eja", "Laga berakhir imbang."]).map((k) => k[0]))
      .toEqual(["boilerplate", "headline", "body"]);
  });

  it("editors' initials in small letters then capitals close the article as boilerplate", () => {
    expect(kinds(["Judul Berita Sidang Impor Gula", "", "Sidang dilanjutkan pukul 13.30 WIB.", "(fra/DAL)"]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate"]);
  });

  it("a fixture's two sides before its date and time is text, not a byline's timestamp", () => {
    expect(kinds(["Judul Berita Sepak Bola Hari Ini", "", "Laga berikutnya:", "Persita vs PSM Makassar — Minggu, 28 Desember 2025, 19.00 WIB", "Pikiran Rakyat - 25 Oktober 2024, 21:14 WIB"]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "boilerplate"]);
  });
});

describe("an account's `rek.` (rekening) before a bank's name or number", () => {
  it.each([
    ["Sumbangan dapat ditransfer ke rek. BRI No. 4125-01-000123-53-1 a.n. Panitia Jembatan. Dana dipakai untuk semen.",
      ["Sumbangan dapat ditransfer ke rek. BRI No. 4125-01-000123-53-1 a.n. Panitia Jembatan.", "Dana dipakai untuk semen."]],
    ["Kirim ke No. Rek. 4125-01-000123-53-1 atas nama panitia. Terima kasih.", ["Kirim ke No. Rek. 4125-01-000123-53-1 atas nama panitia.", "Terima kasih."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a link list's heading alone", () => {
  it("over a sentence with its full stop it is a report's heading (text); over titles it stays a link list's", () => {
    expect(kinds(["Evaluasi Program Sekolah Ramah Anak", "", "Program ini berjalan sejak 2024.", "", "Rekomendasi", "Tim merekomendasikan tiga langkah perbaikan."]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body"]);
    expect(kinds(["Harga Emas Hari Ini", "", "Harga emas naik Rp5.000.", "", "Rekomendasi", "Harga Emas Antam Naik Lagi Hari Ini", "Daftar Harga Pangan Sepekan"]).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "boilerplate", "boilerplate"]);
  });
});

describe("a title used to address someone: a name the article writes after a title elsewhere", () => {
  it.each([
    // (the article writes `Prof. Bintang` as a name elsewhere, not after a comma: the address holds)
    ["Acara dibuka oleh Prof. Bintang Wirawan. Malam itu langit penuh bintang. Terima kasih, Prof. Bintang yang sudah memimpin kampus ini.",
      ["Acara dibuka oleh Prof. Bintang Wirawan.", "Malam itu langit penuh bintang.", "Terima kasih, Prof. Bintang yang sudah memimpin kampus ini."]],
    ["Prof. Dr. Bintang Wirawan membuka acara. Langit penuh bintang. Terima kasih, Prof. Bintang yang sudah memimpin kampus ini.",
      ["Prof. Dr. Bintang Wirawan membuka acara.", "Langit penuh bintang.", "Terima kasih, Prof. Bintang yang sudah memimpin kampus ini."]],
    // (after a comma a title and a word are no evidence of a name: `Rektor, Prof. Air Langga` does not make `Air` one)
    ["Rektor, Prof. Air Langga hadir. Ia membawa air ke sawah. Selamat jalan, Prof. Air yang Bapak alirkan akan terus mengalir.",
      ["Rektor, Prof. Air Langga hadir.", "Ia membawa air ke sawah.", "Selamat jalan, Prof.", "Air yang Bapak alirkan akan terus mengalir."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a page's head printed once inside a sentence the page cut", () => {
  const kindsOf = (text: string) => segmentArticle(text).map((s) => [s.kind, s.text]);
  const title = "Laporan Evaluasi Program Sekolah Ramah Anak di Kabupaten Bekasi\n\n";
  it("after a page's number, before a capitalised word, when the line above ends where no sentence ends", () => {
    expect(kindsOf(`${title}Tim juga menemukan 14 sekolah yang gedungnya rusak berat akibat banjir awal tahun dan\n- 3 -\nLaporan Khusus Banjir Bekasi 2026\nDinas Pendidikan belum menyiapkan anggaran perbaikan.\n`).slice(1))
      .toEqual([
        ["body", "Tim juga menemukan 14 sekolah yang gedungnya rusak berat akibat banjir awal tahun dan"], ["boilerplate", "- 3 -"],
        ["boilerplate", "Laporan Khusus Banjir Bekasi 2026"], ["body", "Dinas Pendidikan belum menyiapkan anggaran perbaikan."],
      ]);
    // (after a sentence's end a title-case line on a new page is a heading: text)
    expect(kindsOf(`${title}Sebagian besar sekolah sudah membentuk tim siaga bencana dan menggelar simulasi evakuasi.\n- 4 -\nLatar Belakang Program\nProgram ini dimulai pada 2024.\n`).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "body", "body"]);
  });

  it("after a bare number, only when the line above ends in small letters and the line below goes on in them", () => {
    expect(kindsOf(`${title}Pada tahun ini tim evaluasi mengunjungi 120 sekolah dasar di 23 kecamatan dan mencatat\n2\nLaporan Khusus Banjir Bekasi 2026\nbahwa sebagian besar sekolah belum memiliki jalur evakuasi.\n`).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "boilerplate", "body"]);
    expect(kindsOf(`${title}Pada tahun ini tim evaluasi mengunjungi 120 sekolah dasar di 23 kecamatan dan mencatat\n2\nLaporan Khusus Banjir Bekasi 2026\nSebagian besar sekolah belum memiliki jalur evakuasi.\n`).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "body", "body"]);
  });
});

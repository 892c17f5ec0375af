/**
 * Fifth probe: articles pasted the ways people paste them — hard-wrapped e-mail, terminal and PDF text
 * (blank lines between paragraphs, words cut by a hyphen at a line's end, LF and CRLF), a printed page's
 * numbers and running heads, several titles under a bare `Baca juga:` (and `Simak juga:`, `Lihat Juga :`,
 * `BACA JUGA:` …), `Artikel Asli`, a headline cut onto a second line, a standfirst, abbreviations of names
 * and firms — twenty articles written for it with keys written by hand (test/fixtures/segment-probe5,
 * scored by bench/segment-probe.ts; `↵` ending a key's line: the sentence goes on on the next line):
 * 01–09 to find the faults, 10–13 held out until they were fixed, 14–17 written after that to find what
 * the fixes broke (a forecast's repeated values read as running heads, a short title's subtitle joined to
 * it, `Baca Juga >>`), and 18–20 held out to the end (a running head of parts over a title cut in two was
 * taken for the title). Each case asserts the exact segments.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { readableText } from "../../src/segment/paste";
import { parseAnnotated, score } from "../../bench/segment-probe";

const dir = path.join(__dirname, "../fixtures/segment-probe5");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));
const read = (file: string): string => fs.readFileSync(path.join(dir, file), "utf8");

/** Where the segmenter and a key still differ: none. */
const KNOWN_DIFFS: Record<string, string[]> = {};

/** [kind, text] of every segment of an article; both engines agree. */
function kinds(lines: string[]): Array<[string, string]> {
  const text = lines.join("\n");
  const fast = segmentArticle(text);
  expect(segmentArticle(text, { engine: "plain" })).toEqual(fast);
  return fast.map((s) => [s.kind, s.text]);
}

describe("the fifth probe's annotated texts", () => {
  it.each(files)("%s: every boundary and every segment of the key", (file) => {
    const s = score(read(file));
    expect(s.diffs).toEqual(KNOWN_DIFFS[file] ?? []);
    expect(s.realMarked).toBe(0);
  });

  it.each(files)("%s: the same segments with CRLF and with the engine on every line; a sentence reads as one line with single spaces", (file) => {
    const { text } = parseAnnotated(read(file));
    const lf = segmentArticle(text);
    expect(segmentArticle(text, { engine: "plain" })).toEqual(lf);
    expect(segmentArticle(text.replace(/\n/g, "\r\n")).map((s) => [s.kind, s.text])).toEqual(lf.map((s) => [s.kind, s.text]));
    for (const s of lf.filter((x) => x.kind !== "boilerplate")) {
      expect(s.text).not.toMatch(/[\r\n]|\s{2}/);
      expect(s.text).toBe(readableText(text.slice(s.start, s.end)));
    }
  });

  it("a word cut by a hyphen at a line's end is whole again; a wrapped title is one headline", () => {
    const texts = (file: string) => segmentArticle(parseAnnotated(read(file)).text).map((s) => s.text);
    expect(texts("01-surel-banjir.ann")).toContain("\"Kami sudah mengusulkan perbaikan ke pemerintah pusat, tetapi belum ada jawaban,\" katanya saat ditemui di posko pengungsian.");
    expect(texts("02-pdf-koran.ann")).toContain("Kepala Pusat Distribusi Kementerian Perdagangan, Drs. H. Bambang Wiyono, M.Si., menyebut kenaikan harga cabai merupakan pola musiman.");
    expect(segmentArticle(parseAnnotated(read("09-bola-surel.ann")).text)[0]).toMatchObject({ kind: "headline", text: "Persib Bandung Tundukkan Dewa United 3-1, Kokoh di Puncak Klasemen Liga 1" });
  });
});

describe("a heading over its paragraph in a hard-wrapped text", () => {
  const wrapped = (heading: string) => [
    "Pemerintah Kota Bandung Perpanjang Masa Tanggap Darurat Banjir",
    "",
    "Bandung - Pemerintah Kota Bandung memperpanjang masa tanggap darurat banjir",
    "selama tujuh hari setelah hujan deras kembali mengguyur wilayah timur kota",
    "pada Selasa malam. Sebanyak 2.300 warga masih mengungsi.",
    "",
    heading,
    "Dinas Sosial menyalurkan 4 ton beras dan 1.200 paket makanan siap saji ke",
    "delapan posko pengungsian.",
  ];

  it("is a line of its own when the next line's first word would have fit on it", () => {
    expect(kinds(wrapped("Bantuan Logistik untuk Pengungsi di Kecamatan Gedebage")).slice(-2)).toEqual([
      ["body", "Bantuan Logistik untuk Pengungsi di Kecamatan Gedebage"],
      ["body", "Dinas Sosial menyalurkan 4 ton beras dan 1.200 paket makanan siap saji ke delapan posko pengungsian."],
    ]);
  });

  it("a line of names cut at the width, or with a word in small letters, goes on", () => {
    expect(kinds(wrapped("Kepala Dinas Sosial Kota Bandung Yayan Ahmad Brilyana bersama Wakil Wali")).slice(-1)).toEqual([
      ["body", "Kepala Dinas Sosial Kota Bandung Yayan Ahmad Brilyana bersama Wakil Wali Dinas Sosial menyalurkan 4 ton beras dan 1.200 paket makanan siap saji ke delapan posko pengungsian."],
    ]);
    // (73 characters and `Dinas`: 79, wider than the text's 75)
    expect(kinds(wrapped("Kepala Dinas Sosial Kota Bandung Yayan Ahmad Brilyana dan Wakil Wali Kota")).slice(-1)[0]![1]).toMatch(/^Kepala Dinas Sosial Kota Bandung Yayan Ahmad Brilyana dan Wakil Wali Kota Dinas Sosial/);
  });
});

describe("a printed page's number alone on its line is boilerplate", () => {
  it.each(["Halaman 2", "Hal. 4", "hlm. 3", "(hlm. 3)", "- 3 -", "— 12 —", "Page 2 of 5", "Halaman 2 dari 3", "[2]", "2/5", "7"])("%s", (line) => {
    expect(kinds(["Judul Berita Hari Ini", "Harga cabai naik.", line, "Pedagang mengeluh."]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate", "body"]);
  });

  it("a number in a sentence, or a page named in one, stays text", () => {
    expect(kinds(["Judul Berita Hari Ini", "Halaman 2 memuat daftar nama korban.", "2 orang tewas.", "2026"]).map((k) => k[0])).toEqual(["headline", "body", "body", "body"]);
  });
});

describe("a running head of a printed page: a short line without a final stop that comes back a page later", () => {
  /** A page's text: 300 characters or more. */
  const page = "Jalan tol itu dibuka untuk umum selama libur Natal dan Tahun Baru tanpa tarif, kata pengelola. ".repeat(4).trim();
  it("is boilerplate each time", () => {
    expect(kinds([
      "HARIAN NUSANTARA",
      "Jalan Tol Solo–Yogyakarta Dibuka Sebagian Jelang Libur Natal",
      page,
      "HARIAN NUSANTARA",
      "Pengendara tidak dikenai tarif.",
    ]).map((k) => k[0])).toEqual(["boilerplate", "headline", "body", "body", "body", "body", "boilerplate", "body"]);
  });

  it("the title repeated at the top of each page is the headline the first time", () => {
    const title = "Jalan Tol Solo–Yogyakarta Dibuka Sebagian Jelang Libur Natal";
    expect(kinds([title, page, title, "Pengendara tidak dikenai tarif."]).map((k) => k[0])).toEqual(["headline", "body", "body", "body", "body", "boilerplate", "body"]);
  });

  it("a running head of parts (a bar, a year at the end) at the top is no title, nor joined to the title under it", () => {
    const head = "Laporan Utama | Warta Kota Lestari | Desember 2026";
    expect(kinds([head, "Revitalisasi Pasar Tradisional Tertunda, Pedagang Bertahan di", "Lapak Darurat", page, head, "Pedagang bertahan."])
      .map((k) => k[0])).toEqual(["boilerplate", "headline", "body", "body", "body", "body", "boilerplate", "body"]);
    expect(kinds([head, "Revitalisasi Pasar Tradisional Tertunda, Pedagang Bertahan di", "Lapak Darurat", page, head, "Pedagang bertahan."])[1])
      .toEqual(["headline", "Revitalisasi Pasar Tradisional Tertunda, Pedagang Bertahan di Lapak Darurat"]);
  });

  it("a line that ends a sentence, comes once, or comes back within a page (a list's repeated value) is text", () => {
    expect(kinds(["Judul Berita Hari Ini", "Warga menolak.", "Dampak bagi Petani", page, "Warga menolak.", "Panen gagal."]).map((k) => k[0])).toEqual(["headline", "body", "body", "body", "body", "body", "body", "body", "body"]);
    expect(kinds(["Prakiraan Cuaca Jakarta Besok", "Jakarta Pusat", "Pagi: Cerah Berawan", "Jakarta Utara", "Pagi: Cerah Berawan", page, "Jakarta Barat", "Pagi: Cerah Berawan"]).filter((k) => k[0] === "boilerplate")).toEqual([]);
  });
});

describe("every title under a bare related links' label", () => {
  it.each(["Baca juga:", "BACA JUGA:", "Baca Juga", "Simak juga:", "Lihat Juga :", "Tonton juga:", "Cek juga:", "Baca juga artikel:"])("%s", (label) => {
    expect(kinds([
      "Judul Berita Hari Ini",
      "Harga cabai naik.",
      label,
      "Gejala DBD pada Anak yang Sering Tidak Disadari",
      "• Fogging Saja Tidak Cukup, Ini Cara Efektif Berantas Nyamuk",
      "Pedagang mengeluh karena pembeli berkurang.",
    ]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate", "boilerplate", "boilerplate", "body"]);
  });

  it("the list ends at a line that ends a sentence (`.`, `?`, `!`) or opens in a small letter", () => {
    for (const line of ["\"Kenapa harus kami?\"", "Kami tidak mau!", "kata warga itu"]) {
      expect(kinds(["Judul Berita Hari Ini", "Harga cabai naik.", "Baca juga:", "Gejala DBD pada Anak", line]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate", "boilerplate", "body"]);
    }
  });

  it("the link to where the article was first published", () => {
    for (const line of ["Artikel Asli", "Artikel asli: https://www.suara.com/news/2026/12/14/seleksi-cpns", "Sumber artikel: Kompas.com"]) {
      expect(kinds(["Judul Berita Hari Ini", "Harga cabai naik.", line]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate"]);
    }
  });
});

describe("a headline cut onto a second line", () => {
  it("goes on when the cut shows: a comma, a word that ends no title, a number, a small word, a verb", () => {
    for (const [first, second] of [
      ["Bandara Dhoho Kediri Buka Rute Baru ke Balikpapan dan", "Makassar Mulai Januari 2027"],
      ["Harga Beras Medium di Pasar Tradisional Naik Lagi", "Jelang Natal dan Tahun Baru"],
      ["Banjir Bandang Terjang Tiga Kecamatan di Kabupaten Garut", "Ratusan Rumah Terendam"],
      // (a title never ends on a comma, however short its first line)
      ["Banjir Rendam Ribuan Rumah di Bekasi,", "Warga Mengungsi ke Masjid"],
    ]) {
      expect(kinds([first, second, "GARUT - Banjir melanda."])).toEqual([["headline", `${first} ${second}`], ["dateline", "GARUT -"], ["body", "Banjir melanda."]]);
    }
  });

  it("a byline, a label, a standfirst written as a sentence, a short title's subtitle, a line after a blank one stay lines of their own", () => {
    expect(kinds(["Harga Beras Premium Tembus Rp16.500", "Pemerintah Siapkan Operasi Pasar di 40 Titik", "SEMARANG - Harga naik."])[1]).toEqual(["body", "Pemerintah Siapkan Operasi Pasar di 40 Titik"]);
    expect(kinds(["Banjir Bandang Terjang Garut", "Abdul Rochim", "GARUT - Banjir melanda."])[1]).toEqual(["body", "Abdul Rochim"]);
    expect(kinds(["Banjir Bandang Terjang Garut", "Jawa Barat", "GARUT - Banjir melanda."])[1]).toEqual(["boilerplate", "Jawa Barat"]);
    expect(kinds(["Banjir Bandang Terjang Garut", "BPBD mencatat ratusan rumah terendam lumpur", "GARUT - Banjir melanda."])[1]).toEqual(["body", "BPBD mencatat ratusan rumah terendam lumpur"]);
    expect(kinds(["Banjir Bandang Terjang Garut", "", "Ratusan Rumah Terendam", "GARUT - Banjir melanda."])[1]).toEqual(["body", "Ratusan Rumah Terendam"]);
  });
});

describe("a reporter's name in capitals alone on the text's last line", () => {
  it("is boilerplate; a subheading in capitals before more text is not", () => {
    expect(kinds(["Judul Berita Hari Ini", "KPK menyita uang Rp2 miliar.", "DAMPAK KORUPSI", "Kerugian negara besar.", "ANDI ADAM FATURAHMAN", "(ant)"])).toEqual([
      ["headline", "Judul Berita Hari Ini"],
      ["body", "KPK menyita uang Rp2 miliar."],
      ["body", "DAMPAK KORUPSI"],
      ["body", "Kerugian negara besar."],
      ["boilerplate", "ANDI ADAM FATURAHMAN"],
      ["boilerplate", "(ant)"],
    ]);
    expect(kinds(["Judul Berita Hari Ini", "KPK menyita uang Rp2 miliar.", "ANDI M. SIREGAR"]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate"]);
    // (one word, or a line that is the text's only body line, stays)
    expect(kinds(["Judul Berita Hari Ini", "KPK menyita uang Rp2 miliar.", "SELESAI"]).map((k) => k[0])).toEqual(["headline", "body", "body"]);
    expect(kinds(["Judul Berita Hari Ini", "MERDEKA ATAU MATI"]).map((k) => k[0])).toEqual(["headline", "body"]);
  });
});

describe("names' and firms' short forms", () => {
  it.each([
    ["General Manager Bandara Dhoho, Moch. Hasan, mengatakan rute itu ramai.", ["General Manager Bandara Dhoho, Moch. Hasan, mengatakan rute itu ramai."]],
    ["Uang itu dikirim lewat Bank BRI Cab. Sudirman pada Senin.", ["Uang itu dikirim lewat Bank BRI Cab. Sudirman pada Senin."]],
  ])("%s", (line, expected) => {
    expect(kinds(["Judul", "", line]).slice(1).map((k) => k[1])).toEqual(expected);
  });
});

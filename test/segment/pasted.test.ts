/**
 * Articles pasted from elsewhere rather than scraped clean: hard-wrapped text (e-mail, PDF, wire feeds;
 * LF, CRLF, trailing blanks; words cut by a hyphen at a line's end), HTML remnants (`&nbsp;`, `&quot;`,
 * `<p>`, `<br>`, `<strong>`), invisible characters (U+200B, U+FEFF, U+00AD, NBSP) and markdown (`## `,
 * `**bold**`). Each case asserts the exact segments, both engines.
 */
import { segmentArticle } from "../../src/segment";
import { keepsHyphen, readableText, unwrapText } from "../../src/segment/paste";

/** [kind, text] of every segment; both engines agree, and every segment is its range of the text, read (readableText) unless boilerplate. */
function kinds(text: string): Array<[string, string]> {
  const fast = segmentArticle(text);
  expect(segmentArticle(text, { engine: "plain" })).toEqual(fast);
  for (const s of fast) {
    const slice = text.slice(s.start, s.end);
    // (a translatable sentence reads its line breaks as spaces, its character references and tags as the text they stand for)
    expect(s.text).toBe(s.kind === "boilerplate" ? slice : readableText(slice));
    expect(s.text).not.toMatch(/[\r\n]/);
  }
  return fast.map((s) => [s.kind, s.text]);
}

const WRAPPED = [
  "Warga Tolak Rencana Pembangunan Tempat Pembuangan Sampah",
  "",
  "Bogor - Ratusan warga Desa Sukamaju berunjuk rasa di depan kantor bupati,",
  "Senin (8/12/2026). Mereka menolak rencana pembangunan tempat pembuangan",
  "sampah di dekat permukiman. Mereka ditemui oleh Kepala Dinas Lingkungan Hidup",
  "Dr.",
  "Ahmad Yani. \"Kenapa harus di kampung kami? Di sini ada sekolah dan mata air!",
  "Kami tidak mau anak-anak kami sakit,\" teriak Ujang, koordinator aksi, melalui",
  "pengeras suara.",
  "",
  "Bupati Bogor menemui massa sekitar pukul 11.00 WIB. \"Saya dengar aspirasi",
  "Bapak-Ibu. Belum ada keputusan final. Kajian lingkungannya masih berjalan,\"",
  "katanya. (Kajian itu dijadwalkan selesai pada Februari 2027.) Pemerin-",
  "tah kabupaten juga berjanji melibatkan warga. Sehari-",
  "hari, warga mengambil air dari mata air itu. Bupati mengatakan:",
  "\"Kami tidak akan memutuskan sepihak.\"",
  "Massa kemudian membubarkan diri dengan tertib.",
];
const WRAPPED_SEGMENTS: Array<[string, string]> = [
  ["headline", "Warga Tolak Rencana Pembangunan Tempat Pembuangan Sampah"],
  ["dateline", "Bogor -"],
  ["body", "Ratusan warga Desa Sukamaju berunjuk rasa di depan kantor bupati, Senin (8/12/2026)."],
  ["body", "Mereka menolak rencana pembangunan tempat pembuangan sampah di dekat permukiman."],
  ["body", "Mereka ditemui oleh Kepala Dinas Lingkungan Hidup Dr. Ahmad Yani."],
  ["body", "\"Kenapa harus di kampung kami?"],
  ["body", "Di sini ada sekolah dan mata air!"],
  ["body", "Kami tidak mau anak-anak kami sakit,\" teriak Ujang, koordinator aksi, melalui pengeras suara."],
  ["body", "Bupati Bogor menemui massa sekitar pukul 11.00 WIB."],
  ["body", "\"Saya dengar aspirasi Bapak-Ibu."],
  ["body", "Belum ada keputusan final."],
  ["body", "Kajian lingkungannya masih berjalan,\" katanya."],
  ["body", "(Kajian itu dijadwalkan selesai pada Februari 2027.)"],
  ["body", "Pemerintah kabupaten juga berjanji melibatkan warga."],
  ["body", "Sehari-hari, warga mengambil air dari mata air itu."],
  ["body", "Bupati mengatakan: \"Kami tidak akan memutuskan sepihak.\""],
  ["body", "Massa kemudian membubarkan diri dengan tertib."],
];

describe("hard-wrapped text: a line that does not end a sentence goes on on the next", () => {
  it("wrapped at 78 columns, paragraphs apart, a title and a cut word at a line's end", () => {
    expect(kinds(WRAPPED.join("\n") + "\n")).toEqual(WRAPPED_SEGMENTS);
  });

  it("without blank lines between paragraphs, with CRLF, lone CR... and trailing blanks: the same sentences", () => {
    const noBlank = WRAPPED.filter((l, i) => l !== "" || i === 1);
    expect(kinds(noBlank.join("\n"))).toEqual(WRAPPED_SEGMENTS);
    expect(kinds(WRAPPED.map((l) => l + " \t").join("\r\n") + "\r\n")).toEqual(WRAPPED_SEGMENTS);
    const mixed = WRAPPED.map((l, i) => l + ["\r\n", "\n", "  \r\n", "\r"][i % 4]).join("");
    expect(kinds(mixed)).toEqual(WRAPPED_SEGMENTS);
    expect(kinds(WRAPPED.join("\r"))).toEqual(WRAPPED_SEGMENTS);
  });

  it("a wire story wrapped at 69 columns, with ANTARA's signature and credits", () => {
    const text = [
      "Harga Kopi Arabika Gayo Naik Dua Kali Lipat",
      "",
      "Takengon (ANTARA) - Harga kopi arabika Gayo di tingkat petani di Aceh",
      "Tengah naik hampir dua kali lipat dalam setahun terakhir. Saat ini,",
      "harga biji kopi hijau mencapai Rp 140.000 per kilogram. (Harga itu",
      "belum termasuk ongkos angkut ke Medan.)",
      "",
      "\"Tahun ini panen kami berkurang hampir sepertiga. Untung harganya",
      "bagus,\" kata Rahmat, petani kopi di Kecamatan Bies.",
      "(ant/rhm)",
      "Pewarta: Khalis Surry",
      "Editor: Agus Setiawan",
    ].join("\n");
    expect(kinds(text)).toEqual([
      ["headline", "Harga Kopi Arabika Gayo Naik Dua Kali Lipat"],
      ["dateline", "Takengon (ANTARA) -"],
      ["body", "Harga kopi arabika Gayo di tingkat petani di Aceh Tengah naik hampir dua kali lipat dalam setahun terakhir."],
      ["body", "Saat ini, harga biji kopi hijau mencapai Rp 140.000 per kilogram."],
      ["body", "(Harga itu belum termasuk ongkos angkut ke Medan.)"],
      ["body", "\"Tahun ini panen kami berkurang hampir sepertiga."],
      ["body", "Untung harganya bagus,\" kata Rahmat, petani kopi di Kecamatan Bies."],
      ["boilerplate", "(ant/rhm)"],
      ["boilerplate", "Pewarta: Khalis Surry"],
      ["boilerplate", "Editor: Agus Setiawan"],
    ]);
  });

  it("offsets cover the lines joined: start at the first line, end on the last", () => {
    const text = WRAPPED.join("\r\n");
    const s = segmentArticle(text).find((x) => x.text.startsWith("Pemerintah"))!;
    expect(text.slice(s.start, s.end)).toBe("Pemerin-\r\ntah kabupaten juga berjanji melibatkan warga.");
    // (one paragraph with the lines before it up to `Bupati Bogor …`; a line that ends a sentence, `… mata air!`,
    // is not joined, so the paragraph the text gave ends there: paragraphs 1 and 2 are one in the text)
    expect(s.paragraph).toBe(segmentArticle(text).find((x) => x.text.startsWith("Bupati Bogor"))!.paragraph);
    expect(s.paragraph).toBe(3);
  });

  it("an article written one paragraph per line is not joined: short lines, captions, credits, a list", () => {
    // (the lines of the `lines` fixture, and a page's short lines: no line is cut mid-sentence twice)
    expect(kinds("Judul tanpa titik\nKalimat tanpa titik\nlanjutan di baris baru.\n")).toEqual([
      ["headline", "Judul tanpa titik"], ["body", "Kalimat tanpa titik"], ["body", "lanjutan di baris baru."],
    ]);
    const page = [
      "Petugas Evakuasi Warga Lansia dengan Perahu Karet di Dayeuhkolot",
      "Petugas mengevakuasi warga lanjut usia di Dayeuhkolot (Foto: Istimewa)",
      "Syarat pendaftaran yang harus disiapkan oleh para calon peserta",
      "fotokopi KTP dan kartu keluarga yang masih berlaku",
      "Banjir merendam 1.245 rumah. Warga mengungsi ke balai desa.",
    ].join("\n");
    expect(kinds(page)).toEqual([
      ["headline", "Petugas Evakuasi Warga Lansia dengan Perahu Karet di Dayeuhkolot"],
      ["caption", "Petugas mengevakuasi warga lanjut usia di Dayeuhkolot (Foto: Istimewa)"],
      ["body", "Syarat pendaftaran yang harus disiapkan oleh para calon peserta"],
      ["body", "fotokopi KTP dan kartu keluarga yang masih berlaku"],
      ["body", "Banjir merendam 1.245 rumah."],
      ["body", "Warga mengungsi ke balai desa."],
    ]);
  });

  it("a short wire of two paragraphs with one sentence cut at a long line is hard-wrapped: the sentence is whole", () => {
    // (one cut only, but at a line of 80 characters or more: longer than a headline, a list item or a caption)
    const text = [
      "Banjir Bandang Terjang Garut",
      "",
      "GARUT - Banjir bandang melanda tiga kecamatan di Kabupaten Garut, Jawa Barat, pada Selasa malam",
      "setelah hujan deras mengguyur kawasan hulu Sungai Cimanuk selama enam jam.",
      "",
      "Badan Penanggulangan Bencana Daerah (BPBD) Garut mencatat 4 warga tewas dan 7 lainnya luka-luka.",
      "Sebanyak 120 rumah terendam lumpur.",
    ].join("\n");
    expect(kinds(text).filter(([k]) => k === "body").map(([, t]) => t)).toEqual([
      "Banjir bandang melanda tiga kecamatan di Kabupaten Garut, Jawa Barat, pada Selasa malam setelah hujan deras mengguyur kawasan hulu Sungai Cimanuk selama enam jam.",
      "Badan Penanggulangan Bencana Daerah (BPBD) Garut mencatat 4 warga tewas dan 7 lainnya luka-luka.",
      "Sebanyak 120 rumah terendam lumpur.",
    ]);
  });

  it("a list item or a heading on the next line is not joined", () => {
    const text = [
      "Pemerintah Umumkan Syarat Baru Penerimaan Murid pada Tahun Ajaran 2027",
      "",
      "Jakarta - Pemerintah mengumumkan syarat baru penerimaan murid baru yang",
      "berlaku mulai tahun depan. Syarat itu antara lain berupa dokumen yang",
      "- kartu keluarga yang diterbitkan paling lambat satu tahun sebelumnya",
      "## Jalur Afirmasi",
      "Kuota jalur afirmasi dinaikkan menjadi 20 persen dari seluruh daya tampung",
      "sekolah negeri.",
    ].join("\n");
    expect(kinds(text)).toEqual([
      ["headline", "Pemerintah Umumkan Syarat Baru Penerimaan Murid pada Tahun Ajaran 2027"],
      ["dateline", "Jakarta -"],
      ["body", "Pemerintah mengumumkan syarat baru penerimaan murid baru yang berlaku mulai tahun depan."],
      ["body", "Syarat itu antara lain berupa dokumen yang"],
      ["body", "kartu keluarga yang diterbitkan paling lambat satu tahun sebelumnya"],
      ["body", "Jalur Afirmasi"],
      ["body", "Kuota jalur afirmasi dinaikkan menjadi 20 persen dari seluruh daya tampung sekolah negeri."],
    ]);
  });

  it("an article pasted without its title, wrapped: its first line goes on; a title's does not", () => {
    const body = [
      "TEMPO.CO, Jakarta - Komisi Pemberantasan Korupsi memeriksa tiga saksi dalam",
      "perkara suap proyek jalan di Sumatera Utara pada Senin. Ketiganya adalah",
      "pegawai dinas pekerjaan umum yang diduga mengetahui aliran uang kepada",
      "tersangka.",
    ];
    expect(kinds(body.join("\n"))).toEqual([
      ["dateline", "TEMPO.CO, Jakarta -"],
      ["body", "Komisi Pemberantasan Korupsi memeriksa tiga saksi dalam perkara suap proyek jalan di Sumatera Utara pada Senin."],
      ["body", "Ketiganya adalah pegawai dinas pekerjaan umum yang diduga mengetahui aliran uang kepada tersangka."],
    ]);
    // (a title cut after a word that ends no title goes on on its second line, written as a title: one headline)
    expect(kinds(["KPK Periksa Tiga Saksi Kasus Suap Proyek Jalan di Sumatera Utara pada", "Senin Pagi", "", ...body].join("\n")).slice(0, 3)).toEqual([
      ["headline", "KPK Periksa Tiga Saksi Kasus Suap Proyek Jalan di Sumatera Utara pada Senin Pagi"],
      ["dateline", "TEMPO.CO, Jakarta -"],
      ["body", "Komisi Pemberantasan Korupsi memeriksa tiga saksi dalam perkara suap proyek jalan di Sumatera Utara pada Senin."],
    ]);
  });

  it("a number opening the next line after a word ends the sentence; after a colon or a semicolon it is an item", () => {
    const text = [
      "Jumlah Pengunjung Festival Danau Toba Lampaui Target Panitia Tahun Ini",
      "",
      "Medan - Jumlah pengunjung Festival Danau Toba hingga hari ketiga mencapai",
      "120. Angka itu melampaui target panitia yang hanya memperkirakan sekitar",
      "seratus ribu orang. Festival tahun ini menghadirkan sejumlah agenda, antara",
      "lain:",
      "1. lomba solu bolon (perahu tradisional) yang diikuti oleh 40 tim dari",
      "seluruh Sumatera Utara;",
      "2. pagelaran musik dan tari Batak.",
    ].join("\n");
    expect(kinds(text).map(([, t]) => t)).toEqual([
      "Jumlah Pengunjung Festival Danau Toba Lampaui Target Panitia Tahun Ini",
      "Medan -",
      "Jumlah pengunjung Festival Danau Toba hingga hari ketiga mencapai 120.",
      "Angka itu melampaui target panitia yang hanya memperkirakan sekitar seratus ribu orang.",
      "Festival tahun ini menghadirkan sejumlah agenda, antara lain:",
      "1. lomba solu bolon (perahu tradisional) yang diikuti oleh 40 tim dari seluruh Sumatera Utara;",
      "2. pagelaran musik dan tari Batak.",
    ]);
  });

  it.each([
    ["sehari", "hari", true], ["anak", "anak", true], ["berhati", "hati", true], ["was", "was", true],
    ["anak", "anaknya", true], ["sayur", "mayur", true], ["bolak", "balik", true], ["Undang", "Undang", true],
    ["COVID", "19", true], ["Jakarta", "Surabaya", true],
    ["pemerin", "tah", false], ["kebija", "kan", false], ["perte", "muan", false], ["menyam", "paikan", false],
  ])("%s- / %s keeps its hyphen: %s", (a, b, keeps) => {
    expect(keepsHyphen(a, b)).toBe(keeps);
    expect(unwrapText(`${a}-\n${b}`)).toBe(keeps ? `${a}-${b}` : a + b);
  });
});

describe("HTML remnants, invisible characters and markdown", () => {
  it("paragraphs in <p> on one line, &nbsp; and &quot; between sentences, the dateline in <strong>", () => {
    const text = "<h1>KAI Tambah 12 Perjalanan Kereta Jelang Libur Natal</h1>\n"
      + "<p><strong>Jakarta -</strong> PT Kereta Api Indonesia (Persero) menambah 12 perjalanan kereta.&nbsp;Tambahan itu berlaku mulai 19 Desember 2026.</p>"
      + "<p>&quot;Keselamatan menjadi prioritas.&quot; Penumpang diimbau datang lebih awal. Tiket KA Jakarta&amp;Bandung habis.</p>\n"
      + "<p>Kuota ditambah.<br>Tiket bisa dipesan lewat aplikasi.<br/>\nPetugas disiagakan.</p>\n";
    expect(kinds(text)).toEqual([
      ["headline", "KAI Tambah 12 Perjalanan Kereta Jelang Libur Natal"],
      ["dateline", "Jakarta -"],
      ["body", "PT Kereta Api Indonesia (Persero) menambah 12 perjalanan kereta."],
      ["body", "Tambahan itu berlaku mulai 19 Desember 2026."],
      ["body", "\"Keselamatan menjadi prioritas.\""],
      ["body", "Penumpang diimbau datang lebih awal."],
      ["body", "Tiket KA Jakarta&Bandung habis."],
      ["body", "Kuota ditambah."],
      ["body", "Tiket bisa dipesan lewat aplikasi."],
      ["body", "Petugas disiagakan."],
    ]);
  });

  it("a tag by a name no HTML element has is text the writer typed, kept: only HTML's own tags are read as markup", () => {
    const text = "Uji Ekspor & <Teks> \"Sulit\"\n\nJAKARTA - Kalimat pertama ada di sini. Lalu <b>tebal</b> dan <Teks> lagi, juga <Nama Lengkap> di formulir.<BR>Isi <FONT color=red>merah</FONT> dan a < b.\n";
    expect(kinds(text)).toEqual([
      ["headline", "Uji Ekspor & <Teks> \"Sulit\""],
      ["dateline", "JAKARTA -"],
      ["body", "Kalimat pertama ada di sini."],
      ["body", "Lalu tebal dan <Teks> lagi, juga <Nama Lengkap> di formulir."],
      ["body", "Isi merah dan a < b."],
    ]);
  });

  it("a dateline with a tag closed inside it takes the opening tag along", () => {
    expect(kinds("<h2>Harga Emas Antam Turun</h2>\n<p><b>Jakarta</b> - Harga emas turun Rp 12.000 per gram pada Senin.&#160;Penurunan itu mengikuti harga dunia.</p>\n")).toEqual([
      ["headline", "Harga Emas Antam Turun"],
      ["dateline", "Jakarta -"],
      ["body", "Harga emas turun Rp 12.000 per gram pada Senin."],
      ["body", "Penurunan itu mengikuti harga dunia."],
    ]);
  });

  it("web noise inside tags is boilerplate; an inline tag closed inside a sentence takes its opening tag along", () => {
    const text = "Judul Berita Panjang Sekali Hari Ini\n<p>Jakarta - Hujan turun sejak pagi. Warga mengungsi.</p>\n<p>Baca juga: Banjir Rendam Jakarta</p>\n"
      + "<p><strong>Baca Juga:</strong> Banjir Lagi</p>\n<p>Warga <strong>kembali</strong> ke rumah. <em>Mereka</em> lega.</p>\n<p>&nbsp;</p>\n<p>(ant/dji)</p>\n";
    expect(kinds(text)).toEqual([
      ["headline", "Judul Berita Panjang Sekali Hari Ini"],
      ["dateline", "Jakarta -"],
      ["body", "Hujan turun sejak pagi."],
      ["body", "Warga mengungsi."],
      ["boilerplate", "<p>Baca juga: Banjir Rendam Jakarta</p>"],
      ["boilerplate", "<p><strong>Baca Juga:</strong> Banjir Lagi</p>"],
      ["body", "Warga kembali ke rumah."],
      ["body", "Mereka lega."],
      ["boilerplate", "<p>(ant/dji)</p>"],
    ]);
  });

  it("a dateline after a paragraph tag is found", () => {
    expect(kinds("<p><strong>Judul Berita KPU</strong></p>\n<p>JAKARTA, KOMPAS.com - KPU menetapkan jadwal PSU.<br>\nKeputusan itu final.</p>\n")).toEqual([
      ["headline", "Judul Berita KPU"],
      ["dateline", "JAKARTA, KOMPAS.com -"],
      ["body", "KPU menetapkan jadwal PSU."],
      ["body", "Keputusan itu final."],
    ]);
  });

  it("zero-width spaces, a BOM in the middle, NBSP and soft hyphens", () => {
    const text = "Judul Berita\n\u200b\nBanjir surut.\u200bWarga pulang. \u200bSekolah dibuka.\u200b Pasar ramai.\ufeffToko buka.\u00a0Jalan bersih. Kebija\u00adkan itu berlaku.\n";
    expect(kinds(text)).toEqual([
      ["headline", "Judul Berita"],
      ["body", "Banjir surut."],
      ["body", "Warga pulang."],
      ["body", "Sekolah dibuka."],
      ["body", "Pasar ramai."],
      ["body", "Toko buka."],
      ["body", "Jalan bersih."],
      ["body", "Kebijakan itu berlaku."],
    ]);
  });

  it("a word processor's paste: tabs, bullets, smart quotes, dashes, an ellipsis character", () => {
    const text = "Sekolah Rakyat Mulai Beroperasi di 100 Lokasi\n\n\tJakarta \u2013 Pemerintah mulai mengoperasikan Sekolah Rakyat pada Juli 2026. Program itu \u2014 yang ditujukan bagi anak dari keluarga miskin \u2014 menampung 9.000 siswa.\n\n"
      + "\t\u201cIni baru permulaan. Tahun depan kami tambah lagi!\u201d kata Menteri Sosial. Ia menyebut tiga prioritas:\n\t\u2022\tasrama yang layak;\n- guru yang kompeten;\n* makanan bergizi.\n1) Anggaran Rp 4 triliun.\n\n"
      + "\tProgram itu perlu dievaluasi\u2026 Anggarannya dinilai terlalu besar.\n";
    expect(kinds(text)).toEqual([
      ["headline", "Sekolah Rakyat Mulai Beroperasi di 100 Lokasi"],
      ["dateline", "Jakarta \u2013"],
      ["body", "Pemerintah mulai mengoperasikan Sekolah Rakyat pada Juli 2026."],
      ["body", "Program itu \u2014 yang ditujukan bagi anak dari keluarga miskin \u2014 menampung 9.000 siswa."],
      ["body", "\u201cIni baru permulaan."],
      ["body", "Tahun depan kami tambah lagi!\u201d kata Menteri Sosial."],
      ["body", "Ia menyebut tiga prioritas:"],
      ["body", "asrama yang layak;"],
      ["body", "guru yang kompeten;"],
      ["body", "makanan bergizi."],
      ["body", "1) Anggaran Rp 4 triliun."],
      ["body", "Program itu perlu dievaluasi\u2026"],
      ["body", "Anggarannya dinilai terlalu besar."],
    ]);
  });

  it("a markdown heading's mark and a bold dateline", () => {
    expect(kinds("## Timnas Indonesia Tundukkan Vietnam\n\n**Hanoi** - Timnas menang 2-0. Dua gol dicetak **Marselino**.\n\n### Babak Kedua\n\nStruick mencetak gol kedua.\n")).toEqual([
      ["headline", "Timnas Indonesia Tundukkan Vietnam"],
      ["dateline", "Hanoi -"],
      ["body", "Timnas menang 2-0."],
      ["body", "Dua gol dicetak Marselino."],
      ["body", "Babak Kedua"],
      ["body", "Struick mencetak gol kedua."],
    ]);
  });
});

describe("pasted articles not used to build the rules (a PDF at 95 columns, a CRLF wire story in capitals, an e-mail with a list)", () => {
  const CASES: Array<[string, string, string[]]> = [
    ["pdf-95", `Laporan Tahunan: Produksi Beras Nasional Naik 4,2 Persen pada 2026

Jakarta - Badan Pusat Statistik (BPS) melaporkan produksi beras nasional sepanjang 2026 mencapai
32,8 juta ton, naik 4,2 persen dibandingkan tahun sebelumnya. Kenaikan itu terutama didorong oleh
perluasan areal tanam di Sumatera Selatan, Kalimantan Tengah dan Papua Selatan. Menurut BPS, luas
panen padi tahun ini mencapai 10,6 juta hektare.

Deputi Bidang Statistik Produksi BPS, M. Habibullah, mengatakan cuaca yang relatif bersahabat juga
berperan. "Curah hujan sepanjang musim tanam cukup merata, sehingga gagal panen dapat ditekan,"
ujarnya dalam konferensi pers di Jakarta, Rabu (10/12/2026). Ia menambahkan, produktivitas rata-
rata naik menjadi 5,3 ton per hektare.
`, ["Laporan Tahunan: Produksi Beras Nasional Naik 4,2 Persen pada 2026", "Jakarta -",
"Badan Pusat Statistik (BPS) melaporkan produksi beras nasional sepanjang 2026 mencapai 32,8 juta ton, naik 4,2 persen dibandingkan tahun sebelumnya.",
"Kenaikan itu terutama didorong oleh perluasan areal tanam di Sumatera Selatan, Kalimantan Tengah dan Papua Selatan.",
"Menurut BPS, luas panen padi tahun ini mencapai 10,6 juta hektare.",
"Deputi Bidang Statistik Produksi BPS, M. Habibullah, mengatakan cuaca yang relatif bersahabat juga berperan.",
"\"Curah hujan sepanjang musim tanam cukup merata, sehingga gagal panen dapat ditekan,\" ujarnya dalam konferensi pers di Jakarta, Rabu (10/12/2026).",
"Ia menambahkan, produktivitas rata-rata naik menjadi 5,3 ton per hektare."]],
    ["wire-caps-crlf", `POLRI UNGKAP JARINGAN NARKOBA INTERNASIONAL DI MEDAN\r\n\r\nMEDAN (ANTARA) - Direktorat Tindak Pidana Narkoba Bareskrim Polri mengungkap\r\njaringan peredaran sabu internasional di Medan, Sumatera Utara, dengan barang\r\nbukti 120 kilogram. Lima tersangka, dua di antaranya warga negara asing,\r\nditangkap di sebuah gudang di kawasan Belawan pada Selasa malam.\r\n\r\nDirektur Tindak Pidana Narkoba Bareskrim Polri Brigjen Pol. Mukti Juharsa\r\nmengatakan sabu itu diselundupkan dari Malaysia melalui jalur laut. "Jaringan\r\nini sudah kami pantau sejak tiga bulan lalu," katanya.\r\n\r\nPara tersangka dijerat Pasal 114 ayat (2) jo. Pasal 132 Undang-Undang Nomor 35\r\nTahun 2009 tentang Narkotika dengan ancaman hukuman mati.\r\n\r\n(ant/mhd)\r\nPewarta: Juraidi\r\nEditor: Agus Salim\r\nCOPYRIGHT © ANTARA 2026\r\n`,
["POLRI UNGKAP JARINGAN NARKOBA INTERNASIONAL DI MEDAN", "MEDAN (ANTARA) -",
"Direktorat Tindak Pidana Narkoba Bareskrim Polri mengungkap jaringan peredaran sabu internasional di Medan, Sumatera Utara, dengan barang bukti 120 kilogram.",
"Lima tersangka, dua di antaranya warga negara asing, ditangkap di sebuah gudang di kawasan Belawan pada Selasa malam.",
"Direktur Tindak Pidana Narkoba Bareskrim Polri Brigjen Pol. Mukti Juharsa mengatakan sabu itu diselundupkan dari Malaysia melalui jalur laut.",
"\"Jaringan ini sudah kami pantau sejak tiga bulan lalu,\" katanya.",
"Para tersangka dijerat Pasal 114 ayat (2) jo. Pasal 132 Undang-Undang Nomor 35 Tahun 2009 tentang Narkotika dengan ancaman hukuman mati.",
"(ant/mhd)", "Pewarta: Juraidi", "Editor: Agus Salim", "COPYRIGHT © ANTARA 2026"]],
    ["email-wrap-list", `Fwd: Siaran Pers - Festival Danau Toba 2026

Medan - Pemerintah Provinsi Sumatera Utara kembali menggelar Festival Danau
Toba pada 12-15 Desember 2026 di Balige, Kabupaten Toba. Festival tahun ini
mengusung tema "Toba untuk Dunia" dan menghadirkan sejumlah agenda, antara
lain:
1. lomba solu bolon (perahu tradisional);
2. pagelaran musik dan tari Batak;
3. pameran kuliner dan kerajinan ulos.
Kepala Dinas Pariwisata Sumut mengatakan panitia menargetkan 50.000 pengunjung.
"Kami ingin Danau Toba makin dikenal wisatawan mancanegara," ujarnya.
`, ["Fwd: Siaran Pers - Festival Danau Toba 2026", "Medan -", "Pemerintah Provinsi Sumatera Utara kembali menggelar Festival Danau Toba pada 12-15 Desember 2026 di Balige, Kabupaten Toba.",
"Festival tahun ini mengusung tema \"Toba untuk Dunia\" dan menghadirkan sejumlah agenda, antara lain:", "1. lomba solu bolon (perahu tradisional);", "2. pagelaran musik dan tari Batak;", "3. pameran kuliner dan kerajinan ulos.",
"Kepala Dinas Pariwisata Sumut mengatakan panitia menargetkan 50.000 pengunjung.", "\"Kami ingin Danau Toba makin dikenal wisatawan mancanegara,\" ujarnya."]],
  ];
  it.each(CASES)("%s", (_name, text, expected) => {
    expect(kinds(text).map(([, t]) => t)).toEqual(expected);
  });
});

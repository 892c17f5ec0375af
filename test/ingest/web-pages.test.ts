/**
 * Articles as they come from the web (test/fixtures/web, EXPECTED.md written before the converter
 * ran): pages saved from the browser (Kompas, Detik, Tempo, Antara in Windows-1252, CNN Indonesia,
 * Republika's AMP page, Liputan6) and a Markdown export become corpus/<slug>.txt, exactly
 * expected/<name>.txt; the database holds the headline, the header's metadata and the sentences;
 * what cannot be read is refused (exit 2, the file named, nothing written, the database unchanged);
 * and a fresh clone's `npm start` rebuilds the same database and exports from the project folder.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { decodeHtml, decodeWindows1252, htmlToArticle } from "../../src/ingest/html";
import { markdownToArticle } from "../../src/ingest/markdown";
import { decodeText } from "../../src/text/decode";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { dumpDb, REPO, run, tempDir } from "../helpers/cli";

const WEB = path.join(REPO, "test", "fixtures", "web");
const PAGES = ["kompas", "detik", "tempo", "antara", "cnnindonesia", "republika-amp", "liputan6"];
const expected = (name: string) => fs.readFileSync(path.join(WEB, "expected", `${name}.txt`), "utf8");
const page = (name: string) => htmlToArticle(decodeHtml(fs.readFileSync(path.join(WEB, `${name}.html`)), name, (b) => decodeText(b, name)), name);

/** Each article's segments, [kind, text], as the segmenter reads the converted text. */
const SEGMENTS: Record<string, Array<[string, string]>> = {
  "kompas": [
    ["headline", "Harga Beras Naik, Pemerintah Guyur Pasar dengan Stok Bulog"],
    ["dateline", "JAKARTA, KOMPAS.com -"],
    ["body", "Pemerintah melalui Perum Bulog menggelontorkan 50.000 ton beras ke pasar tradisional untuk menahan kenaikan harga."],
    ["body", "Langkah itu diambil setelah harga beras medium naik menjadi Rp 13.900 per kilogram."],
    ["body", "Direktur Utama Perum Bulog Bayu Krisnamurthi mengatakan, operasi pasar akan berlangsung hingga akhir Juli 2024."],
    ["body", "\"Stok kami cukup, saat ini ada 1,8 juta ton di gudang."],
    ["body", "Kami minta masyarakat tidak panik,\" kata Bayu di Jakarta, Rabu (19/6/2024)."],
    ["body", "Menurut data Badan Pangan Nasional, harga beras premium juga naik 2,1 persen dalam sepekan terakhir."],
    ["body", "Sementara itu, Kementerian Perdagangan meminta pemerintah daerah mengawasi distribusi agar beras operasi pasar tidak dijual kembali dengan harga lebih tinggi."],
  ],
  "detik": [
    ["headline", "Gempa M 5,6 Guncang Cianjur, Warga Berhamburan ke Luar Rumah"],
    ["dateline", "Cianjur -"],
    ["body", "Gempa bermagnitudo 5,6 mengguncang Kabupaten Cianjur, Jawa Barat, Kamis (20/6/2024) pagi."],
    ["body", "Warga berhamburan ke luar rumah karena guncangan terasa kuat."],
    ["body", "Badan Meteorologi, Klimatologi, dan Geofisika (BMKG) menyebut pusat gempa berada di darat, 10 kilometer barat daya Cianjur, pada kedalaman 11 km."],
    ["body", "\"Goyangannya lama, kira-kira lima detik."],
    ["body", "Lemari sampai jatuh,\" ujar Dedi (45), warga Kecamatan Cugenang."],
    ["body", "Hingga pukul 09.00 WIB, Badan Penanggulangan Bencana Daerah (BPBD) Cianjur mencatat 12 rumah rusak ringan."],
    ["body", "Belum ada laporan korban jiwa."],
    ["boilerplate", "(dir/imk)"],
  ],
  "tempo": [
    ["headline", "KPK Periksa Tiga Pejabat Dinas PUPR dalam Kasus Suap Proyek Jalan"],
    ["dateline", "TEMPO.CO, Jakarta -"],
    ["body", "Komisi Pemberantasan Korupsi (KPK) memeriksa tiga pejabat Dinas Pekerjaan Umum dan Penataan Ruang (PUPR) Provinsi Bengkulu pada Jumat, 21 Juni 2024."],
    ["body", "Mereka diperiksa sebagai saksi dalam perkara dugaan suap proyek peningkatan jalan."],
    ["body", "Juru bicara KPK Ali Fikri mengatakan penyidik mendalami aliran uang dari kontraktor kepada pejabat dinas."],
    ["body", "“Saksi hadir dan didalami soal dugaan pemberian sejumlah uang,” ujar Ali melalui keterangan tertulis."],
    ["body", "KPK sebelumnya menetapkan empat tersangka dalam perkara ini, termasuk seorang kepala bidang di dinas tersebut."],
    ["body", "Nilai proyek yang diduga menjadi bancakan mencapai Rp 46 miliar."],
  ],
  "antara": [
    ["headline", "Menteri: Ekspor kopi naik 12 persen"],
    ["dateline", "Jakarta (ANTARA) -"],
    ["body", "Menteri Perdagangan mengatakan nilai ekspor kopi Indonesia naik 12 persen pada kuartal pertama 2024, didorong permintaan dari Eropa dan Timur Tengah."],
    ["body", "“Kopi arabika Gayo dan robusta Lampung paling banyak dicari."],
    ["body", "Pembeli di Eropa menyukai café dengan cita rasa khas,” kata Menteri di Jakarta, Sabtu."],
    ["body", "Ia menambahkan, pemerintah akan memperluas promosi kopi melalui pameran dagang di Jerman dan Uni Emirat Arab."],
    ["boilerplate", "Pewarta: Aria Cindyara"],
    ["boilerplate", "Editor: Biqwanto Situmorang"],
    ["boilerplate", "COPYRIGHT © ANTARA 2024"],
  ],
  "cnnindonesia": [
    ["headline", "Israel Serang Rafah, Puluhan Warga Sipil Tewas"],
    ["dateline", "Jakarta, CNN Indonesia --"],
    ["body", "Serangan udara Israel di Rafah, Gaza selatan, menewaskan sedikitnya 25 warga sipil pada Sabtu (22/6) malam, menurut otoritas kesehatan setempat."],
    ["body", "Sebagian besar korban adalah perempuan dan anak-anak yang berlindung di tenda pengungsian dekat pantai."],
    ["body", "Militer Israel mengatakan serangan itu menyasar dua komandan Hamas."],
    ["body", "Pernyataan tersebut belum dapat diverifikasi secara independen."],
    ["body", "Perserikatan Bangsa-Bangsa (PBB) kembali mendesak gencatan senjata segera."],
    ["boilerplate", "(afp/bac)"],
  ],
  "republika-amp": [
    ["headline", "Kemenag Tetapkan Idul Adha Jatuh pada 17 Juni"],
    ["dateline", "REPUBLIKA.CO.ID, JAKARTA --"],
    ["body", "Kementerian Agama menetapkan 1 Zulhijah 1445 Hijriah jatuh pada Sabtu, 8 Juni 2024."],
    ["body", "Dengan demikian, Hari Raya Idul Adha jatuh pada Senin, 17 Juni 2024."],
    ["body", "Penetapan itu diputuskan dalam sidang isbat yang dipimpin Menteri Agama Yaqut Cholil Qoumas."],
    ["body", "\"Hilal terlihat di sejumlah titik pengamatan, sehingga sidang sepakat,\" kata Yaqut."],
    ["body", "Pemerintah mengimbau umat Islam menghormati perbedaan bila ada kelompok yang merayakan pada hari lain."],
  ],
  "liputan6": [
    ["headline", "Timnas Indonesia Lolos ke Putaran Ketiga Kualifikasi Piala Dunia"],
    ["dateline", "Liputan6.com, Jakarta -"],
    ["body", "Timnas Indonesia memastikan tiket ke putaran ketiga Kualifikasi Piala Dunia 2026 zona Asia setelah mengalahkan Filipina 2-0 di Stadion Utama Gelora Bung Karno, Selasa (11/6/2024) malam."],
    ["body", "Gol kemenangan Skuad Garuda dicetak Thom Haye dan Pratama Arhan."],
    ["body", "Pelatih Shin Tae-yong menyebut kemenangan ini hasil kerja keras seluruh pemain:"],
    ["body", "lini belakang tampil disiplin sepanjang laga;"],
    ["body", "gelandang memenangi duel di tengah;"],
    ["body", "penyerang memanfaatkan peluang dengan baik."],
    ["body", "Indonesia finis sebagai runner-up Grup F di bawah Irak."],
  ],
  "export": [
    ["headline", "Pemerintah Luncurkan Program Sekolah Gratis di 10 Provinsi"],
    ["body", "Jakarta, 24 Juni 2024"],
    ["dateline", "Jakarta -"],
    ["body", "Pemerintah meluncurkan program sekolah gratis untuk jenjang SMA di 10 provinsi mulai tahun ajaran baru."],
    ["body", "Program ini ditargetkan menjangkau 1,2 juta siswa."],
    ["boilerplate", "Baca juga: Kemendikbud Umumkan Jadwal PPDB 2024"],
    ["body", "Menteri Pendidikan mengatakan anggaran program berasal dari dana alokasi khusus."],
    ["body", "Menurutnya, daerah penerima dipilih berdasarkan angka putus sekolah."],
  ],
};

const META: Record<string, Record<string, string>> = {
  kompas: { source: "https://money.kompas.com/read/2024/06/19/101500026/harga-beras-naik-pemerintah-guyur-pasar-dengan-stok-bulog", date: "2024-06-19T10:15:00+07:00", outlet: "KOMPAS.com" },
  detik: { source: "https://news.detik.com/berita/d-7400123/gempa-m-5-6-guncang-cianjur-warga-berhamburan-ke-luar-rumah", date: "2024-06-20T07:42:13+07:00", outlet: "detiknews" },
  tempo: { source: "https://nasional.tempo.co/read/1880001/kpk-periksa-tiga-pejabat-dinas-pupr-dalam-kasus-suap-proyek-jalan", date: "2024-06-21T14:05:00+07:00", outlet: "Tempo.co" },
  antara: { source: "https://www.antaranews.com/berita/4160001/menteri-ekspor-kopi-naik-12-persen", date: "2024-06-22T16:30:00+07:00", outlet: "ANTARA News" },
  cnnindonesia: { source: "https://www.cnnindonesia.com/internasional/20240623093012-120-1113456/israel-serang-rafah-puluhan-warga-sipil-tewas", date: "2024-06-23T09:30:12", outlet: "CNN Indonesia" },
  "republika-amp": { source: "https://khazanah.republika.co.id/berita/sf1234567/kemenag-tetapkan-idul-adha-jatuh-pada-17-juni", date: "2024-06-10T19:45:00+07:00", outlet: "Republika Online" },
  liputan6: { source: "https://www.liputan6.com/bola/read/5612345/timnas-indonesia-lolos-ke-putaran-ketiga-kualifikasi-piala-dunia", date: "2024-06-11T22:10:00+07:00", outlet: "liputan6.com" },
  export: {},
};

describe("htmlToArticle: a saved page's article in the corpus text format", () => {
  it.each(PAGES)("%s.html gives exactly expected/%s.txt", (name) => {
    expect(page(name).text).toBe(expected(name));
  });
  it("the headline is the page's h1 and the metadata is the header's", () => {
    const a = page("kompas");
    expect(a.headline).toBe("Harga Beras Naik, Pemerintah Guyur Pasar dengan Stok Bulog");
    expect(a.meta).toEqual(META.kompas);
  });
  it("a page without an h1 takes og:title; without canonical or og:url, JSON-LD's url; without a date meta, JSON-LD's datePublished", () => {
    const html = `<html><head><meta property="og:title" content="Banjir Rob Rendam Pesisir Semarang">
<script type="application/ld+json">{"@type":"NewsArticle","url":"https://contoh.id/b/1","datePublished":"2024-07-01T08:00:00+07:00","publisher":{"name":"Contoh"}}</script></head>
<body><div class="post"><p>Semarang - Banjir rob merendam permukiman di pesisir utara Semarang sejak Senin pagi.</p><p>Warga memindahkan barang ke tempat yang lebih tinggi.</p></div></body></html>`;
    expect(htmlToArticle(html, "b.html").text).toBe("---\nsource: https://contoh.id/b/1\ndate: 2024-07-01T08:00:00+07:00\noutlet: Contoh\n---\n"
      + "Banjir Rob Rendam Pesisir Semarang\n\nSemarang - Banjir rob merendam permukiman di pesisir utara Semarang sejak Senin pagi.\n\nWarga memindahkan barang ke tempat yang lebih tinggi.\n");
  });
  it("scripts are never text: a script's words, an inline handler, a JSON-LD block stay out of the article", () => {
    const html = `<body><article><h1>Judul Berita</h1><script>document.write("<p>Teks palsu dari skrip yang tidak boleh masuk.</p>")</script>
<p onclick="alert(1)">Jakarta - Kalimat pertama artikel ini cukup panjang untuk dibaca.</p><noscript><p>Aktifkan JavaScript untuk membaca.</p></noscript></article></body>`;
    expect(htmlToArticle(html, "s.html").text).toBe("Judul Berita\n\nJakarta - Kalimat pertama artikel ini cukup panjang untuk dibaca.\n");
  });
  it("paragraphs marked up as <div>s, or each <p> wrapped in a <div> of its own, are the article, not its longest paragraph", () => {
    const paras = ["Medan - Harga cabai merah di pasar tradisional Medan naik menjadi Rp 80.000 per kilogram.", "Pedagang menyebut pasokan dari Karo berkurang karena hujan.",
      "Dinas Perdagangan berjanji menggelar operasi pasar pekan depan."];
    const divs = `<body><div class="menu"><a href="/">Beranda</a></div><h1>Harga Cabai Naik</h1><div class="isi">${paras.map((p) => `<div>${p}</div>`).join("")}</div>`
      + `<div class="box"><div><a href="/x">Berita lain satu yang sangat menarik untuk dibaca</a></div></div></body>`;
    const wrapped = `<body><h1>Harga Cabai Naik</h1><div class="isi">${paras.map((p) => `<div class="para"><p>${p}</p></div>`).join("")}</div><p>Hak cipta.</p></body>`;
    const want = `Harga Cabai Naik\n\n${paras.join("\n\n")}\n`;
    expect(htmlToArticle(divs, "d.html").text).toBe(want);
    expect(htmlToArticle(wrapped, "w.html").text).toBe(want);
  });
  it("the headline is the h1 the page's title names, not a logo's h1; a logo's h1 alone gives way to og:title", () => {
    const body = `<div class="isi"><p>Bogor - Jalur Puncak ditutup sementara karena longsor di Desa Tugu Selatan.</p><p>Polisi mengalihkan arus ke Jalur Cianjur.</p></div>`;
    const withBoth = `<head><title>Longsor, Jalur Puncak Ditutup Sementara - Contoh.com</title></head><body><h1 class="logo">Contoh.com</h1><h1>Longsor, Jalur Puncak Ditutup Sementara</h1>${body}</body>`;
    expect(htmlToArticle(withBoth, "a.html").headline).toBe("Longsor, Jalur Puncak Ditutup Sementara");
    const logoOnly = `<head><meta property="og:title" content="Longsor, Jalur Puncak Ditutup"></head><body><h1 class="logo">Contoh.com</h1><h2>Longsor, Jalur Puncak Ditutup</h2>${body}</body>`;
    expect(htmlToArticle(logoOnly, "b.html").headline).toBe("Longsor, Jalur Puncak Ditutup");
  });
  it("an article laid out in parts of one markup (one per print page) is read part after part; a layout row of the same class is not", () => {
    const part = (n: number, text: string) => `<div class="item-page" data-page="${n}"><div class="item-content"><p>${text}</p></div></div>`;
    const html = `<body><div class="row"><div class="col"><h1>Festival Danau Toba Dibuka Hari Ini</h1><div class="content-body">`
      + part(1, "Toba - Festival Danau Toba resmi dibuka pada Sabtu pagi oleh gubernur.") + `<div class="ads">Advertisement</div>`
      + part(2, "Festival berlangsung selama sepekan dengan lomba perahu tradisional.") + `</div></div></div>`
      + `<div class="row"><div class="col"><p>Kontak redaksi dan alamat kantor kami di Jakarta Selatan.</p></div></div></body>`;
    expect(htmlToArticle(html, "t.html").text).toBe("Festival Danau Toba Dibuka Hari Ini\n\nToba - Festival Danau Toba resmi dibuka pada Sabtu pagi oleh gubernur.\n\n"
      + "Festival berlangsung selama sepekan dengan lomba perahu tradisional.\n");
  });
  it("a page with no article text is refused", () => {
    expect(() => page("app-shell")).toThrow(expect.objectContaining({ code: "html-no-article", data: { file: "app-shell" } }));
  });
  it("Windows-1252 is read as browsers read it: 0x93 0x94 are curly quotes, 0x80 the euro sign", () => {
    expect(decodeWindows1252(Uint8Array.from([0x93, 0x61, 0x94, 0x20, 0x80, 0x35, 0xe9]))).toBe("\u201ca\u201d \u20ac5\u00e9");
  });
});

describe("markdownToArticle", () => {
  it("export.md gives exactly expected/export.txt", () => {
    expect(markdownToArticle(fs.readFileSync(path.join(WEB, "export.md"), "utf8"), "export.md")).toBe(expected("export"));
  });
  it("lines of one paragraph are joined; front matter becomes the header (url: as source:); code blocks are not text", () => {
    const md = "---\ntitle: \"Judul\"\nurl: https://contoh.id/x\n---\n# Judul Berita\n\nKalimat pertama\nberlanjut di baris kedua.\n\n```\nkode();\n```\n\n> Kutipan narasumber.\n";
    expect(markdownToArticle(md, "x.md")).toBe("---\ntitle: Judul\nsource: https://contoh.id/x\n---\nJudul Berita\n\nKalimat pertama berlanjut di baris kedua.\n\nKutipan narasumber.\n");
  });
});

describe("selaras ingest <page.html>: the article's text kept in corpus/", () => {
  let dir: string;
  const cli = (args: string[]) => run(args, { cwd: dir });
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("every page and the Markdown export: corpus/<name>.txt is the expected text; the database has the headline, the metadata and the sentences", async () => {
    const inputs = [...PAGES.map((p) => path.join(WEB, `${p}.html`)), path.join(WEB, "export.md")];
    const r = await cli(["ingest", ...inputs]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain(`  ${path.join(WEB, "kompas.html")} → corpus/kompas.txt (the article's text, kept in the project)`);
    expect(fs.readdirSync(path.join(dir, "corpus")).sort()).toEqual([...PAGES, "export"].map((p) => `${p}.txt`).sort());
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      for (const name of [...PAGES, "export"]) {
        expect(fs.readFileSync(path.join(dir, "corpus", `${name}.txt`), "utf8")).toBe(expected(name));
        const doc = store.documents.bySlug(name)!;
        expect(doc.sourcePath).toBe(`corpus/${name}.txt`);
        expect(doc.title).toBe(SEGMENTS[name]![0]![1]);
        expect(doc.meta).toEqual(META[name]);
        const segs = store.documents.segments(doc.id);
        expect(segs.map((s) => [s.kind, s.text])).toEqual(SEGMENTS[name]);
        // (offsets point into the corpus file)
        const text = expected(name);
        for (const s of segs) if (s.kind !== "boilerplate") expect(text.slice(s.start, s.end).replace(/\s+/g, " ")).toBe(s.text);
      }
    } finally {
      store.close();
    }
  });

  it("--json names the corpus file; a text article's convertedTo is null", async () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "Judul\nJakarta - Kalimat satu.\n");
    const r = await cli(["ingest", path.join(WEB, "detik.html"), "a.txt", "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((x: { document: string; convertedTo: string | null }) => [x.document, x.convertedTo])).toEqual([["detik", "corpus/detik.txt"], ["a", null]]);
  });

  it("the same page again: unchanged, its corpus file untouched; --as names the corpus file", async () => {
    expect((await cli(["ingest", path.join(WEB, "tempo.html")])).code).toBe(0);
    const file = path.join(dir, "corpus", "tempo.txt");
    const before = fs.statSync(file).mtimeMs;
    const again = await cli(["ingest", path.join(WEB, "tempo.html")]);
    expect(again.stdout.split("\n")[0]).toBe("tempo: unchanged, 8 segments");
    expect(fs.statSync(file).mtimeMs).toBe(before);
    expect((await cli(["ingest", path.join(WEB, "antara.html"), "--as", "ekspor-kopi"])).code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "corpus", "ekspor-kopi.txt"), "utf8")).toBe(expected("antara"));
  });

  it("a page saved into corpus/ beside its text is one article, not a clash", async () => {
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.copyFileSync(path.join(WEB, "kompas.html"), path.join(dir, "corpus", "kompas.html"));
    expect((await cli(["ingest", "corpus"])).code).toBe(0);
    const again = await cli(["ingest", "corpus"]);
    expect(again.code).toBe(0);
    expect(again.stdout.split("\n")[0]).toBe("kompas: unchanged, 9 segments");
  });

  describe("refusals: exit 2, the file named, nothing written, the database unchanged", () => {
    const refused = async (files: string[], message: string) => {
      fs.writeFileSync(path.join(dir, "seed.txt"), "Judul\nJakarta - Kalimat satu.\n");
      expect((await cli(["ingest", "seed.txt"])).code).toBe(0);
      const db = dumpDb(path.join(dir, "selaras.db"));
      const listing = fs.readdirSync(dir).sort();
      const corpus = fs.existsSync(path.join(dir, "corpus")) ? fs.readdirSync(path.join(dir, "corpus")).sort() : [];
      const r = await cli(["ingest", ...files]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe(`selaras: ${message}\n`);
      expect(dumpDb(path.join(dir, "selaras.db"))).toBe(db);
      expect(fs.readdirSync(dir).sort()).toEqual(listing);
      expect(fs.existsSync(path.join(dir, "corpus")) ? fs.readdirSync(path.join(dir, "corpus")).sort() : []).toEqual(corpus);
    };
    it("a page whose text its scripts load (and a good page given with it)", async () => {
      const shell = path.join(WEB, "app-shell.html");
      await refused([path.join(WEB, "kompas.html"), shell], `${shell}: no article text found in the page (a page whose text its scripts load, an index page, or not a news article); nothing was ingested. Save the page after it has loaded (the browser's "Web page, complete"), or copy its text into a .txt file`);
    });
    it("a charset Selaras cannot read", async () => {
      const bad = path.join(WEB, "bad-charset.html");
      await refused([bad], `${bad}: the page declares the character set 'x-mac-klingon', which Selaras cannot read; nothing was ingested. Convert it (e.g. iconv -f x-mac-klingon -t UTF-8) and change its declaration to UTF-8`);
    });
    it("a .txt in Windows-1252 (no declaration to go by)", async () => {
      const txt = path.join(WEB, "cp1252.txt");
      await refused([txt], `${txt}:2: not valid UTF-8 (byte offset 57); Selaras reads UTF-8 (and UTF-16 with a byte-order mark): a file saved as Windows-1252 or Latin-1 (Excel, older editors) must be converted first (e.g. iconv -f WINDOWS-1252 -t UTF-8)`);
    });
    it("a corpus file of that name holding another text is not overwritten", async () => {
      fs.mkdirSync(path.join(dir, "corpus"));
      fs.writeFileSync(path.join(dir, "corpus", "detik.txt"), "Judul lain\nTeks yang disunting tangan.\n");
      const page = path.join(WEB, "detik.html");
      await refused([page], `${page}: its text would be written to corpus/detik.txt, which holds another text (edited by hand, or another article); nothing was ingested. Give the page its own name (--as), or remove corpus/detik.txt to replace it`);
      expect(fs.readFileSync(path.join(dir, "corpus", "detik.txt"), "utf8")).toBe("Judul lain\nTeks yang disunting tangan.\n");
    });
  });

  it("a fresh clone's npm start rebuilds the same database and exports from the project folder", async () => {
    expect((await cli(["ingest", ...PAGES.map((p) => path.join(WEB, `${p}.html`))])).code).toBe(0);
    expect((await cli(["pipeline"])).code).toBe(0);
    const state = (root: string) => {
      const store = openStore(path.join(root, "selaras.db"));
      try {
        // (the pipeline keeps the path from the process's working folder, which is the project's in npm start, not here)
        const docs = store.documents.all().map((d) => ({ slug: d.slug, title: d.title, source: path.relative(root, path.resolve(root, d.sourcePath!)), meta: d.meta, hash: d.contentHash,
          segments: store.documents.segments(d.id).map((s) => [s.ordinal, s.kind, s.text, s.start, s.end, s.paragraph]) }));
        const units = store.documents.all().flatMap((d) => documentUnits(store, d.slug).map((u) => [d.slug, u.ref, u.source, u.state].join(" | ")));
        return { docs, units, tsv: fs.readFileSync(path.join(root, "exports", "corpus.tsv"), "utf8") };
      } finally {
        store.close();
      }
    };
    const copy = tempDir();
    try {
      for (const sub of ["corpus", "translations"]) if (fs.existsSync(path.join(dir, sub))) fs.cpSync(path.join(dir, sub), path.join(copy, sub), { recursive: true });
      expect((await run(["pipeline"], { cwd: copy })).code).toBe(0);
      const mine = state(dir);
      expect(mine.docs.map((d) => d.slug).sort()).toEqual([...PAGES].sort());
      expect(state(copy)).toEqual(mine);
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });
});

describe("text as people paste it", () => {
  const segments = async (name: string) => {
    const r = await run(["segment", path.join(WEB, name), "--json"]);
    expect(r.code).toBe(0);
    return (JSON.parse(r.stdout) as Array<{ kind: string; text: string; paragraph: number }>).map((s) => [s.kind, s.paragraph, s.text]);
  };
  it("UTF-16 (little-endian, with its mark, CRLF) reads as its text", async () => {
    expect(await segments("utf16le.txt")).toEqual([
      ["headline", 0, "Harga BBM Tidak Naik Bulan Ini"],
      ["dateline", 1, "Jakarta -"],
      ["body", 1, "Pemerintah memastikan harga bahan bakar minyak bersubsidi tidak naik pada Juli 2024."],
      ["body", 2, "Keputusan itu diambil untuk menjaga daya beli masyarakat."],
    ]);
  });
  it("hard-wrapped at 72 columns: the lines of a paragraph are joined, each sentence whole", async () => {
    expect(await segments("hard-wrapped-72.txt")).toEqual([
      ["headline", 0, "Banjir Rendam Ratusan Rumah di Kabupaten Bandung"],
      ["dateline", 1, "Bandung -"],
      ["body", 1, "Banjir merendam sedikitnya 420 rumah di tiga kecamatan di Kabupaten Bandung, Jawa Barat, setelah hujan deras mengguyur wilayah itu sejak Minggu malam."],
      ["body", 1, "Ketinggian air di beberapa titik mencapai satu meter."],
      ["body", 2, "Kepala Pelaksana BPBD Kabupaten Bandung mengatakan warga mulai mengungsi ke masjid dan balai desa terdekat."],
      ["body", 2, "Petugas gabungan mendirikan dapur umum di Kecamatan Dayeuhkolot untuk memenuhi kebutuhan para pengungsi."],
    ]);
  });
  it("one sentence per line: each sentence whole (each its own paragraph: nothing tells where a paragraph ends)", async () => {
    expect(await segments("one-sentence-per-line.txt")).toEqual([
      ["headline", 0, "Polisi Amankan Puluhan Motor Knalpot Brong di Surabaya"],
      ["dateline", 1, "Surabaya -"],
      ["body", 1, "Polisi mengamankan 57 sepeda motor berknalpot brong dalam razia di Jalan Tunjungan, Sabtu malam."],
      ["body", 2, "Razia digelar setelah warga mengeluhkan suara bising setiap akhir pekan."],
      ["body", 3, "Pemilik motor diminta mengganti knalpot dengan yang standar sebelum kendaraan dikembalikan."],
      ["body", 4, "Polisi juga menilang 23 pengendara yang tidak membawa surat kendaraan."],
    ]);
  });
});

/**
 * Seventh probe: genres the earlier probes lacked — a football live report (`45+2'`, `2-1`), a market close
 * (`Rp1,5 triliun`, `Tbk. (BBRI)`), a regional police report with its dateline alone on a line (`GARUT -`), a
 * Q&A interview (`T:`/`J:`, `Tanya:`/`Jawab:`), a court report (`Pasal 340 KUHP jo.`, `a.n.`, `s.d.`, `dkk.`), a
 * press release (bullets `•`, `-`, `1)`, a contact block), an opinion column (nested quotes, `…`, `...`), health
 * (`5 mg/kg`, `37,5°C`, `pk. 10.30 WIB`) and a report pasted from a PDF (hard-wrapped, hyphenated, a page number
 * inside a sentence). Thirteen articles with keys written by hand before the segmenter was run
 * (test/fixtures/segment-probe7, scored by bench/segment-probe.ts); 10 and 11 held out until the fixes were done
 * (36 of 36 segments exact), 12 and 13 written after them (27 of 29: `… diumumkan PT Bank Jago Tbk. Direksi ARTO
 * menyebut …` was one sentence, fixed after).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { parseAnnotated } from "../../bench/segment-probe";
import { expectKey, kinds, sentences } from "../helpers/segment";

const dir = path.join(__dirname, "../fixtures/segment-probe7");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));

describe("the seventh probe's annotated texts", () => {
  it("holds thirteen articles", () => expect(files).toHaveLength(13));

  // (09: a sentence cut by a page's number and running head stays two fragments — the key says so, as a
  // segment is one range of the text and the page's lines lie between its halves)
  it.each(files)("%s: every boundary and every segment of the key", (file) => {
    expectKey(path.join(dir, file));
  });

  it("the datelines alone on their lines are datelines, copied unchanged as on one line with the lead", () => {
    for (const [file, dateline] of [["03-polisi-garut.ann", "GARUT -"], ["11-bendungan.ann", "KARANGANYAR -"]]) {
      const { text } = parseAnnotated(fs.readFileSync(path.join(dir, file!), "utf8"));
      const segs = segmentArticle(text);
      expect(segs.slice(0, 3).map((s) => s.kind)).toEqual(["headline", "dateline", "body"]);
      expect(segs[1]!.text).toBe(dateline);
    }
  });
});

describe("a place and its dash alone on a line before the lead", () => {
  it("is the dateline, as `GARUT - Kepolisian …` on one line is", () => {
    expect(kinds(["Polisi Gerebek Pabrik Miras di Garut", "GARUT -", "Polisi menyita 1.250 botol miras."])).toEqual([
      ["headline", "Polisi Gerebek Pabrik Miras di Garut"], ["dateline", "GARUT -"], ["body", "Polisi menyita 1.250 botol miras."],
    ]);
    expect(kinds(["Polisi Gerebek Pabrik Miras di Garut", "Garut –", "", "“Kami menyita 1.250 botol,” kata Kapolres."]).map((k) => k[0]))
      .toEqual(["headline", "dateline", "body"]);
  });
  it("opening an article pasted without its title, it is the dateline and there is no headline", () => {
    expect(kinds(["GARUT -", "Polisi menyita 1.250 botol miras. Dua orang ditangkap."])).toEqual([
      ["dateline", "GARUT -"], ["body", "Polisi menyita 1.250 botol miras."], ["body", "Dua orang ditangkap."],
    ]);
  });
  it("under a title whose last word the text writes before the place, it is the dateline, not the title's end", () => {
    expect(kinds(["Banjir Bandang Kembali Terjang", "GARUT -", "Banjir bandang kembali terjang Garut, Selasa."]).map((k) => k[0]))
      .toEqual(["headline", "dateline", "body"]);
  });
  it("is no dateline before a line in small letters, a dashed aside or web noise, nor after the lead", () => {
    expect(kinds(["Judul Berita Hari Ini", "GARUT -", "yang terjadi kemarin."]).map((k) => k[0])).toEqual(["headline", "body", "body"]);
    expect(kinds(["Judul Berita Hari Ini", "Tiririca -", "Yang pasti - katanya - ia menang."]).map((k) => k[0])).toEqual(["headline", "body", "body"]);
    expect(kinds(["Judul Berita Hari Ini", "GARUT -", "Baca juga: Banjir di Garut"]).map((k) => k[0])).toEqual(["headline", "body", "boilerplate"]);
    expect(kinds(["Judul Berita Hari Ini", "Polisi menyita miras.", "GARUT -", "Polisi menangkap dua orang."]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body"]);
  });
});

describe("a headline's second line", () => {
  it("one word that reads as a verb goes on the headline, after a short first line too", () => {
    expect(kinds(["Banjir Bandang di Garut, Empat Warga", "Tewas", "GARUT - Banjir bandang menerjang dua desa."]).slice(0, 2)).toEqual([
      ["headline", "Banjir Bandang di Garut, Empat Warga Tewas"], ["dateline", "GARUT -"],
    ]);
    expect(kinds(["Polisi Gerebek Gudang Miras, Dua Orang", "Ditahan", "Polisi menangkap dua orang.", "Keduanya ditahan di Mapolres."])[0])
      .toEqual(["headline", "Polisi Gerebek Gudang Miras, Dua Orang Ditahan"]);
    // (a word of a verb's shape the text does not write in small letters: a rubric or a name, a line of its own)
    for (const second of ["Ditahan", "Teropong", "Dimas", "Diplomasi"]) {
      expect(kinds(["Polisi Gerebek Gudang Miras, Dua Orang", second, "Polisi menangkap dua orang."])[1]).toEqual(["body", second]);
    }
  });
  it("goes on when the text writes the words on both sides of the cut together", () => {
    expect(kinds(["Jokowi Resmikan Tol", "Trans Sumatera", "JAKARTA - Presiden meresmikan ruas Tol Trans Sumatera di Lampung."]).slice(0, 2)).toEqual([
      ["headline", "Jokowi Resmikan Tol Trans Sumatera"], ["dateline", "JAKARTA -"],
    ]);
    // (the text does not: a label, a byline, a subtitle stay lines of their own)
    expect(kinds(["Jokowi Resmikan Tol", "Trans Sumatera", "JAKARTA - Presiden meresmikan jalan tol itu."])[1]).toEqual(["body", "Trans Sumatera"]);
    expect(kinds(["Harga Cabai Naik", "Dimas Prasetyo", "JAKARTA - Harga cabai naik lagi."])[1]).toEqual(["body", "Dimas Prasetyo"]);
    expect(kinds(["Harga Beras Premium Tembus Rp16.500", "Pemerintah Siapkan Operasi Pasar di 40 Titik", "JAKARTA - Harga beras naik. Pemerintah siapkan operasi pasar."])[1])
      .toEqual(["body", "Pemerintah Siapkan Operasi Pasar di 40 Titik"]);
  });
  it("in a hard-wrapped text, a line under the title whose first word would have fit on it is no cut", () => {
    const wrapped = [
      "Laporan Pelaksanaan Program Sekolah Ramah Anak Tahun 2026",
      "Dinas Pendidikan Kabupaten Sleman",
      "",
      "Program Sekolah Ramah Anak (SRA) di Kabupaten Sleman dilaksanakan di 146 satuan pendidikan",
      "pada tahun 2026, naik dari 112 satuan pendidikan pada tahun sebelumnya, dan tahun depan",
      "ditargetkan mencakup seluruh sekolah dasar dan sekolah menengah pertama di kabupaten itu.",
    ];
    expect(kinds(wrapped).slice(0, 2)).toEqual([
      ["headline", "Laporan Pelaksanaan Program Sekolah Ramah Anak Tahun 2026"], ["body", "Dinas Pendidikan Kabupaten Sleman"],
    ]);
  });
  it("a PDF's title that ends on a year and comes back on each page is the headline at the top, a running head after", () => {
    const { text } = parseAnnotated(fs.readFileSync(path.join(dir, "09-pdf-laporan.ann"), "utf8"));
    const title = "Laporan Pelaksanaan Program Sekolah Ramah Anak Tahun 2026";
    expect(segmentArticle(text).filter((s) => s.text === title).map((s) => s.kind)).toEqual(["headline", "boilerplate", "boilerplate"]);
  });
});

describe("company forms and Sr. before a capital", () => {
  it.each([
    // (a time adverbial written with a capital, then a verb, when the sentence has no verb before the form: it goes on)
    ["Saham PT Wijaya Karya (Persero) Tbk. Hari ini turun 2 persen.", ["Saham PT Wijaya Karya (Persero) Tbk. Hari ini turun 2 persen."]],
    ["Saham PT Vale Indonesia Tbk. Pekan ini melonjak 9,8 persen.", ["Saham PT Vale Indonesia Tbk. Pekan ini melonjak 9,8 persen."]],
    // (after a clause, or before a subject, it opens the next sentence)
    ["Proyek itu dikerjakan PT Wijaya Karya Tbk. Tahun ini meningkat tajam.", ["Proyek itu dikerjakan PT Wijaya Karya Tbk.", "Tahun ini meningkat tajam."]],
    ["Saham PT Vale Indonesia Tbk. Pekan ini perseroan menambah produksi.", ["Saham PT Vale Indonesia Tbk.", "Pekan ini perseroan menambah produksi."]],
    // (a nun's title after a role, before a preposition too; a senior's name still ends before a clause)
    ["Kepala Sekolah Sr. Bernadette dari SD Santa Maria menyambut tamu.", ["Kepala Sekolah Sr. Bernadette dari SD Santa Maria menyambut tamu."]],
    ["Ketua Yayasan Sr. Theresia bersama para guru meninjau lokasi.", ["Ketua Yayasan Sr. Theresia bersama para guru meninjau lokasi."]],
    ["Ayahnya adalah Ken Griffey Sr. Bermain di Cincinnati Reds selama sembilan musim, ia dua kali juara.", ["Ayahnya adalah Ken Griffey Sr.", "Bermain di Cincinnati Reds selama sembilan musim, ia dua kali juara."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));

  it("a word the article writes in small letters, a ticker and a small word open a sentence after Tbk.; a ticker alone goes on", () => {
    expect(sentences("Aksi jual menekan PT Astra International Tbk. Saham ASII turun 1,1 persen. Harga saham itu terendah sepekan."))
      .toEqual(["Aksi jual menekan PT Astra International Tbk.", "Saham ASII turun 1,1 persen.", "Harga saham itu terendah sepekan."]);
    // (after a clause, a verb after the acronym opens one too, without the word written small elsewhere)
    expect(sentences("Penguatan dipicu rencana merger yang diumumkan PT Bank Jago Tbk. Direksi ARTO menyebut kajian rampung 2027."))
      .toEqual(["Penguatan dipicu rencana merger yang diumumkan PT Bank Jago Tbk.", "Direksi ARTO menyebut kajian rampung 2027."]);
    expect(sentences("Asing memborong PT Bank Negara Indonesia Tbk. BBNI menambah laba. Harga saham naik."))
      .toEqual(["Asing memborong PT Bank Negara Indonesia Tbk. BBNI menambah laba.", "Harga saham naik."]);
  });

  it("a capitalised word after another capitalised one is no name the article writes (`Indeks Harga Saham`)", () => {
    expect(kinds(["IHSG Menguat", "", "Indeks Harga Saham Gabungan naik. Asing menekan PT Astra International Tbk. Saham ASII turun. Harga saham naik."]).slice(1).map((k) => k[1]))
      .toEqual(["Indeks Harga Saham Gabungan naik.", "Asing menekan PT Astra International Tbk.", "Saham ASII turun.", "Harga saham naik."]);
  });
});

/**
 * Eighth probe: genres the earlier probes lacked — an obituary (`Prof. Dr. Ir. H. … M.Sc.`, `Alm.`, `Hj.`, `S.H., M.H.`),
 * a Sundanese village story with Sundanese and Javanese dialogue, a listicle `1.` … `10.` (items of several sentences),
 * a press-conference transcript (speakers' names and ranks before colons), an earthquake update (`pukul 14.30 WIB`,
 * `M 5,6`, `10 km`, a timeline), a phone review (`6,7 inci`, `Rp12.999.000`, `Snapdragon 8 Gen 3`, `v2.1`), the start of
 * Ramadan (`1 Ramadhan 1447 H`, `SAW`, `QS. Al-Baqarah: 183`, `HR.`), a page with embedded social posts and photo
 * credits (`(FOTO: ANTARA/Hafidz Mubarak A)`, `View this post on Instagram`, `Baca Juga:`, `@jokowi`, `#Pemilu2024`, a
 * URL). Ten articles with keys written by hand before the segmenter was run (test/fixtures/segment-probe8, scored by
 * bench/segment-probe.ts): 01–08 234 of 236 segments exact at first (`Selamat jalan, Prof. Air yang …` one sentence;
 * the rubric `Hikmah` under the title not boilerplate; one key slip: `Simak video selengkapnya di <url>.` is a page's
 * call to a video, boilerplate like `Simak Video Pilihan Berikut Ini:`), 236/236 after; 09 and 10 held out until
 * then: 47 of 47.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { expectKey, kinds, sentences } from "../helpers/segment";

const dir = path.join(__dirname, "../fixtures/segment-probe8");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));

describe("the eighth probe's annotated texts", () => {
  it("holds ten articles", () => expect(files).toHaveLength(10));

  it.each(files)("%s: every boundary and every segment of the key", (file) => {
    expectKey(path.join(dir, file));
  });
});

describe("a title used to address someone, after a comma", () => {
  it.each([
    // (after a greeting or thanks, before a word the article writes in small letters and a small word: no name follows)
    ["Ia membawa air ke sawah. Selamat jalan, Prof. Air yang Bapak alirkan akan terus mengalir.", ["Ia membawa air ke sawah.", "Selamat jalan, Prof.", "Air yang Bapak alirkan akan terus mengalir."]],
    // (before a word that opens sentences, after any comma)
    ["Terima kasih, Dr. Kami akan pulang besok.", ["Terima kasih, Dr.", "Kami akan pulang besok."]],
    ["Menurut tim, Prof. Ia sudah lama sakit.", ["Menurut tim, Prof.", "Ia sudah lama sakit."]],
    // (before a name, another title, or after a role, it is a title)
    ["Terima kasih, Prof. Budi yang sudah hadir.", ["Terima kasih, Prof. Budi yang sudah hadir."]],
    ["Rektor Undana, Prof. Dr. drh. Maxs U. E. Sanam, M.Sc., hadir.", ["Rektor Undana, Prof. Dr. drh. Maxs U. E. Sanam, M.Sc., hadir."]],
    ["Bintang itu terang. Ketua tim, Dr. Bintang mengatakan bahwa bintang itu jauh.", ["Bintang itu terang.", "Ketua tim, Dr. Bintang mengatakan bahwa bintang itu jauh."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("lines under and over the title", () => {
  it("a word borrowed with di- that is no verb (`Digital`) is no second line of the title, though the text writes it small", () => {
    expect(kinds(["Pemda Luncurkan Layanan Baru", "Digital", "JAKARTA - Pemda meluncurkan layanan pembayaran digital."]).slice(0, 2))
      .toEqual([["headline", "Pemda Luncurkan Layanan Baru"], ["body", "Digital"]]);
    // (a passive verb the text writes small still goes on)
    expect(kinds(["Polisi Gerebek Gudang Miras, Dua Orang", "Ditahan", "Polisi menangkap dua orang.", "Keduanya ditahan di Mapolres."])[0])
      .toEqual(["headline", "Polisi Gerebek Gudang Miras, Dua Orang Ditahan"]);
  });

  it("a PDF's title ending on an acronym and a year, repeated on each page, is the headline at the top and a running head after", () => {
    const title = "Laporan Keberlanjutan Perusahaan Listrik Negara PLN 2026";
    const page = "Pendapatan perusahaan naik delapan persen pada tahun ini dibanding tahun sebelumnya, didorong penjualan ekspor.\n".repeat(3);
    const segs = segmentArticle(`${title}\n\n${page}\n- 2 -\n\n${title}\n\n${page}`);
    expect(segs.filter((s) => s.text === title).map((s) => s.kind)).toEqual(["headline", "boilerplate"]);
    // (an issue's month and year in capitals is a head's part: at the top too)
    const head = "MAJALAH AGRARIA EDISI DESEMBER 2026";
    expect(segmentArticle(`${head}\n\nJudul Laporan Utama\n\n${page}\n${head}\n\n${page}`).filter((s) => s.text === head).map((s) => s.kind))
      .toEqual(["boilerplate", "boilerplate"]);
  });

  it("a rubric under the title before the dateline (`Hikmah`) is boilerplate", () => {
    expect(kinds(["Pemerintah Tetapkan 1 Ramadhan 1447 H Jatuh pada Kamis", "Hikmah", "JAKARTA, REPUBLIKA.CO.ID - Kementerian Agama menetapkan awal puasa."]).map((k) => k[0]))
      .toEqual(["headline", "boilerplate", "dateline", "body"]);
  });
});

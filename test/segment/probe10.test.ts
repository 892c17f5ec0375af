/**
 * Tenth probe: genres and shapes the earlier probes lacked — Javanese regional news (`Rek.`, `Cak`, `Mbak`, `Bu`, `Pak` as
 * address), a travel feature (`Jl. Malioboro No. 12`, `pk. 08.00`, `08.00-17.00 WIB`), an inflation report with a table
 * pasted as lines (`Jan  1.234,5  2,1%`), a science item (`dkk.`, `et al.`, `km/jam`, `m²`, `CO₂`, `pH 7,4`), a match's
 * live text (`45'+2`, `90+3'`), religious titles (`K.H.`, `Hj.`, `Dr. (H.C.)`, `S.Ag., M.Pd.I.`, `Q.S. Al-Baqarah: 183`),
 * a court ruling (`Pasal 27 ayat (3) UU ITE`, `huruf a.`, `angka 2`, `butir c.`), a regent's numbered decisions
 * (`Kesatu:`), a viral post's emoji and hashtags, a gadget tip under `Gadget`/`Tips` with `Terkini`/`Terbaru` lists.
 * Thirteen articles with keys written by hand before the segmenter was run (test/fixtures/segment-probe10, scored by
 * bench/segment-probe.ts): 01–10 225 of 234 segments exact at first — `Rek.` (arek) ending a sentence, `Prof. Dr. (H.C.)
 * K.H. Ma'ruf Amin` cut after the bracket, emoji in place of a stop, `18 W. Pastikan …`; a table's `Sumber: BPS …, diolah.`
 * marked boilerplate; one slip of the key (a press release's contact block is text, as probes 7 and 9 key it) —, 234/234
 * after; 11–13 held out until then: 68 of 70, a ministry's `---` dateline and its letterhead over `SIARAN PERS` read as
 * the headline, fixed after (and one more slip of the key: the release's sign-off is text too).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { expectKey, kinds, sentences } from "../helpers/segment";

const dir = path.join(__dirname, "../fixtures/segment-probe10");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));

describe("the tenth probe's annotated texts", () => {
  it("holds thirteen articles", () => expect(files).toHaveLength(13));

  it.each(files)("%s: every boundary and every segment of the key", (file) => {
    expectKey(path.join(dir, file));
  });
});

describe("`Rek.` after a comma: Javanese address (arek), not an account (rekening)", () => {
  it.each([
    ["\"Ayo, Rek. Ojok mung ndelok tok,\" teriak Cak Kholiq.", ["\"Ayo, Rek.", "Ojok mung ndelok tok,\" teriak Cak Kholiq."]],
    ["\"Terima kasih, Rek. Kalau semua kampung seperti ini, Surabaya aman,\" katanya.", ["\"Terima kasih, Rek.", "Kalau semua kampung seperti ini, Surabaya aman,\" katanya."]],
    // (an account's `Rek.` before a bank's name or its number holds, after a comma too)
    ["Transfer ke Bank Jatim, Rek. Bank Jatim Cabang Malang 0011223344. Terima kasih.", ["Transfer ke Bank Jatim, Rek. Bank Jatim Cabang Malang 0011223344.", "Terima kasih."]],
    ["Donasi a.n. Panitia Masjid, Rek. Mandiri 141-00-1234567-8. Terima kasih.", ["Donasi a.n. Panitia Masjid, Rek. Mandiri 141-00-1234567-8.", "Terima kasih."]],
    ["Kirim ke No. Rek. 4125-01-000123-53-1 atas nama panitia. Terima kasih.", ["Kirim ke No. Rek. 4125-01-000123-53-1 atas nama panitia.", "Terima kasih."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("titles and units", () => {
  it.each([
    // (`H.C.`, honoris causa, is a title before a name)
    ["Hadir pula Prof. Dr. (H.C.) K.H. Ma'ruf Amin dan Dr. H.C. Chairul Tanjung. Acara dimulai.", ["Hadir pula Prof. Dr. (H.C.) K.H. Ma'ruf Amin dan Dr. H.C. Chairul Tanjung.", "Acara dimulai."]],
    // (a unit's letter after a number ends the sentence before a verb, a word the article writes in small letters, a noun and a demonstrative)
    ["Pilih pengisian cepat 18 W. Pastikan kabelnya asli.", ["Pilih pengisian cepat 18 W.", "Pastikan kabelnya asli."]],
    ["Arusnya 10 A. Mereka memasang sekring baru.", ["Arusnya 10 A.", "Mereka memasang sekring baru."]],
    ["Kapasitasnya 5 L. Botol itu terbuat dari kaca.", ["Kapasitasnya 5 L.", "Botol itu terbuat dari kaca."]],
    // (after a year a letter before a name is an initial)
    ["Pada tahun 2019 W. Suprapto terpilih menjadi ketua.", ["Pada tahun 2019 W. Suprapto terpilih menjadi ketua."]],
    ["Pada 2019 A. Rahman terpilih.", ["Pada 2019 A. Rahman terpilih."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("emoji in place of a stop", () => {
  it.each([
    ["\"Banjir lagi, banjir lagi 😭😭 Tapi warga Priok tetap santuy.\"", ["\"Banjir lagi, banjir lagi 😭😭", "Tapi warga Priok tetap santuy.\""]],
    ["Keren 👍🏽 Mereka menang lagi.", ["Keren 👍🏽", "Mereka menang lagi."]],
    ["Indonesia 🇮🇩 Kami bangga sekali.", ["Indonesia 🇮🇩", "Kami bangga sekali."]],
    // (before a name, or a word that opens no sentence, the emoji end nothing)
    ["Selamat ulang tahun 🎉 Budi dan kawan-kawan datang.", ["Selamat ulang tahun 🎉 Budi dan kawan-kawan datang."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a title of address, a word and a relative clause", () => {
  it.each([
    // (`yang` and a clause of one verb to the stop: a name and what it did, no sentence of its own)
    ["Malam itu langit penuh bintang. Terima kasih, Prof. Bintang yang sudah memimpin kampus ini.",
      ["Malam itu langit penuh bintang.", "Terima kasih, Prof. Bintang yang sudah memimpin kampus ini."]],
    ["Langit penuh bintang. Terima kasih, Prof. Bintang yang memimpin dan membesarkan kampus ini.",
      ["Langit penuh bintang.", "Terima kasih, Prof. Bintang yang memimpin dan membesarkan kampus ini."]],
    // (a second verb after the clause is the predicate of a sentence of its own)
    ["Warga menanam padi di sawah. Selamat jalan, Prof. Padi yang berisi makin merunduk.",
      ["Warga menanam padi di sawah.", "Selamat jalan, Prof.", "Padi yang berisi makin merunduk."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("lines around the text", () => {
  it("a table's source under its rows is text; alone at the end it is a credit", () => {
    expect(kinds(["Inflasi Jawa Tengah Terkendali", "", "Berikut datanya:", "Bulan  IHK  Inflasi", "Jan  1.234,5  2,1%", "Sumber: BPS Jawa Tengah, diolah.", "Inflasi melandai."]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body", "body", "body"]);
    expect(kinds(["Inflasi Jawa Tengah Terkendali", "", "Inflasi melandai pada November.", "Sumber: Antara"]).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate"]);
    // (sentences typed with two spaces after their stops are no table)
    expect(kinds(["Inflasi Jawa Tengah Terkendali", "", "Inflasi 2,1%.  Harga beras naik.  Cabai turun.", "Sumber: Antara"]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body", "boilerplate"]);
  });

  it("a press release's issuer in capitals over its label is a letterhead; a ministry's dateline may end on three hyphens", () => {
    expect(kinds(["KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH", "SIARAN PERS", "Kemendikdasmen Umumkan Jadwal Tes Kemampuan Akademik 2027",
      "Jakarta, 11 Desember 2026 --- Kementerian mengumumkan jadwal tes. Pendaftaran dibuka Januari."]))
      .toEqual([
        ["boilerplate", "KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH"], ["boilerplate", "SIARAN PERS"],
        ["headline", "Kemendikdasmen Umumkan Jadwal Tes Kemampuan Akademik 2027"], ["dateline", "Jakarta, 11 Desember 2026 ---"],
        ["body", "Kementerian mengumumkan jadwal tes."], ["body", "Pendaftaran dibuka Januari."],
      ]);
  });

  it("a match's fixture under a short title is text and the title stays the headline", () => {
    expect(kinds(["Laga Derbi", "Persib vs Persija — Minggu, 7 Desember 2026, 15.30 WIB", "Persib menjamu Persija di GBLA."]))
      .toEqual([["headline", "Laga Derbi"], ["body", "Persib vs Persija — Minggu, 7 Desember 2026, 15.30 WIB"], ["body", "Persib menjamu Persija di GBLA."]]);
    // (a league's label over a title with a score stays a label)
    expect(kinds(["Liga Inggris", "Arsenal vs Chelsea 2-1: Gol Saka Menangkan The Gunners", "Arsenal menang."]).map((k) => k[0]))
      .toEqual(["boilerplate", "headline", "body"]);
  });

  it("a page's head after its number is boilerplate when the line above ends on a verb waiting for its object", () => {
    const title = "Laporan Evaluasi Program Sekolah Ramah Anak di Kabupaten Bekasi\n\n";
    const kindsOf = (text: string) => segmentArticle(text).map((s) => [s.kind, s.text]);
    expect(kindsOf(`${title}Tim juga menemukan bahwa Dinas Pendidikan Kabupaten Bekasi hingga kini belum menyiapkan\n- 3 -\nLaporan Khusus Banjir Bekasi 2026\nAnggaran perbaikan untuk 14 sekolah yang rusak berat.\n`).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "boilerplate", "body"]);
    // (after a sentence's stop a title-case line on a new page is a heading: text)
    expect(kindsOf(`${title}Tim merekomendasikan agar sekolah segera memperbaiki gedung yang rusak berat.\n- 3 -\nRekomendasi Tim Evaluasi\nPertama, sekolah membentuk tim siaga.\n`).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate", "body", "body"]);
  });
});

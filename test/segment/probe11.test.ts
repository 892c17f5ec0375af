/**
 * Eleventh probe: shapes the earlier probes lacked — a BMKG bulletin (`pk. 13.00 WIB`, `24-32°C`, regions apart by
 * semicolons), a stock market's close (`7.234,56`, `Tbk. (BBCA)`, `Rp9.875/saham`, a table of tickers), a crime report
 * (`AS (35)`, `Ny. L (52)`, `AKP R. Hidayat`, `Tsk.`), an interview as `Tempo:` / `Widiyanti:`, a correction (`Ralat:`,
 * `Catatan redaksi:`), a live blog (`16.40 WIB — …`), listicles numbered and lettered (`1.` … `10.`, `a.`, `b)`), a
 * plenary's transcript (`Ketua Rapat (Puan Maharani):`, `(Ketuk palu)`), English quoted in Indonesian, a match's result
 * block (`Persib 2-1 Persija (Ciro 12', 78'; Riko 55')`, line-ups), photo captions (`Foto: ANTARA/…`, `(ANTARA
 * FOTO/…/foc.)`), a release's table and contact block, a viral post's emoji. Sixteen articles with keys written by hand
 * before the segmenter was run (test/fixtures/segment-probe11, scored by bench/segment-probe.ts): 01–10 240 of 241
 * segments exact at first (`Tsk. AS ditangkap …` cut after `Tsk.`), 241/241 after; 11–13 held out until then: 62 of 66
 * — `Sumber:` under a two-column table after a blank line read as a credit, emoji before `Semoga` (a wish) and before a
 * number ending nothing —, 65 of 66 after: emoji before a number is left as it was (below); 14–16 (an early warning with
 * regions apart by semicolons, a fraud trial with `Sdri. DW (29)`, `Rr.`, `jo.`, a market's first session) written and
 * held out after that: 56 of 56 exact, one slip of the key (Tribun's `Laporan Wartawan …` byline is noise).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { score } from "../../bench/segment-probe";
import { expectKey, kinds, sentences } from "../helpers/segment";

const dir = path.join(__dirname, "../fixtures/segment-probe11");
const files = fs.readdirSync(dir).filter((f) => f.endsWith(".ann"));

describe("the eleventh probe's annotated texts", () => {
  it("holds sixteen articles", () => expect(files).toHaveLength(16));

  it.each(files.filter((f) => !f.startsWith("13-")))("%s: every boundary and every segment of the key", (file) => {
    expectKey(path.join(dir, file));
  });

  it("13-wisuda-viral.ann: every segment of the key but emoji before a number, which end no sentence", () => {
    // (`Keren banget 👏👏 2 tahun lagi …`: the key ends the sentence at the emoji; a number after emoji opens no sentence
    // by any sign the line gives — `Diskon 🔥 50% untuk semua produk` goes on — so the segmenter keeps the line whole)
    const s = score(fs.readFileSync(path.join(dir, "13-wisuda-viral.ann"), "utf8"));
    expect(s.diffs).toEqual([[
      "  key: \"\\\"Keren banget 👏👏\" | \"2 tahun lagi aku nyusul wisuda,\\\" tulis warganet lain.\"",
      "  got: \"\\\"Keren banget 👏👏 2 tahun lagi aku nyusul wisuda,\\\" tulis warganet lain.\"",
    ].join("\n")]);
    expect(s.exact).toBe(s.keySegs - 2);
    expect(s.realMarked).toBe(0);
    expect(s.noiseMarked).toBe(s.noise);
  });
});

describe("`Tsk.` (tersangka) in a police report", () => {
  it.each([
    ["Tsk. AS ditangkap di rumah kontrakannya, sedangkan Tsk. RH diringkus di bengkel.", ["Tsk. AS ditangkap di rumah kontrakannya, sedangkan Tsk. RH diringkus di bengkel."]],
    ["Polisi menahan Tsk. Budi Santoso di Polres.", ["Polisi menahan Tsk. Budi Santoso di Polres."]],
    ["Statusnya kini Tsk. berdasarkan gelar perkara.", ["Statusnya kini Tsk. berdasarkan gelar perkara."]],
    // (before a word that opens sentences, or a noun the article writes in small letters, it ends one)
    ["Polisi menetapkan tiga orang sebagai Tsk. Mereka ditahan di Polsek.", ["Polisi menetapkan tiga orang sebagai Tsk.", "Mereka ditahan di Polsek."]],
    ["Kasus ditangani polisi. Andi kini berstatus Tsk. Polisi menyita ponselnya.", ["Kasus ditangani polisi.", "Andi kini berstatus Tsk.", "Polisi menyita ponselnya."]],
    // (in capitals it is an acronym as any other)
    ["Polisi menangkap TSK. AS diperiksa.", ["Polisi menangkap TSK.", "AS diperiksa."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("words that open a wish, a plea or a command", () => {
  it.each([
    ["\"MasyaAllah, merinding 😭 Semoga sukses terus, Mas Rizal,\" tulis akun @dewi_ayu.", ["\"MasyaAllah, merinding 😭", "Semoga sukses terus, Mas Rizal,\" tulis akun @dewi_ayu."]],
    ["Alhamdulillah 🙏 Mohon doanya.", ["Alhamdulillah 🙏", "Mohon doanya."]],
    ["Sukses selalu 💪 Jangan lupa bahagia.", ["Sukses selalu 💪", "Jangan lupa bahagia."]],
    // (after a letter, such a word reads the letter as ending the sentence, not as an initial)
    ["Pelaku berinisial A. Semoga cepat tertangkap.", ["Pelaku berinisial A.", "Semoga cepat tertangkap."]],
    // (before a name the emoji still end nothing)
    ["Selamat ulang tahun 🎉 Budi dan kawan-kawan datang.", ["Selamat ulang tahun 🎉 Budi dan kawan-kawan datang."]],
    // (nor before a number: `Diskon 🔥 50% …` goes on, and so, unread, does `Keren banget 👏👏 2 tahun lagi …` (13 above))
    ["Diskon 🔥 50% untuk semua produk hari ini.", ["Diskon 🔥 50% untuk semua produk hari ini."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a title of address, a name and a clause in the object's voice", () => {
  it.each([
    // (an agent and a bare verb, `yang kami cintai`: the clause's one verb; the name and its clause make no sentence)
    ["Malam itu langit penuh bintang. Terima kasih, Prof. Bintang yang kami cintai.", ["Malam itu langit penuh bintang.", "Terima kasih, Prof. Bintang yang kami cintai."]],
    ["Malam itu langit penuh bintang. Selamat jalan, Prof. Bintang yang kita hormati bersama.", ["Malam itu langit penuh bintang.", "Selamat jalan, Prof. Bintang yang kita hormati bersama."]],
    // (a predicate after such a clause: the word opens a sentence of its own)
    ["Malam itu air mengalir deras. Selamat jalan, Prof. Air yang Bapak alirkan akan terus mengalir.", ["Malam itu air mengalir deras.", "Selamat jalan, Prof.", "Air yang Bapak alirkan akan terus mengalir."]],
  ])("%s", (line, expected) => expect(sentences(line)).toEqual(expected));
});

describe("a table's source under it, blank lines apart", () => {
  it("under a table of two columns, after a blank line, `Sumber:` is the table's: text", () => {
    expect(kinds(["Beasiswa UGM", "", "Berikut kuotanya:", "Wilayah  Kuota", "Papua  150", "NTT  120", "", "Sumber: Direktorat Kemahasiswaan UGM", "Pendaftaran dibuka Januari."]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body", "body", "body", "body"]);
    expect(kinds(["Inflasi Jawa Tengah", "", "Bulan  IHK  Inflasi", "Jan  1.234,5  2,1%", "", "", "Sumber: BPS Jawa Tengah", "Inflasi melandai."]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "body", "body"]);
  });

  it("under one line of two cells, or a sentence, it credits the article", () => {
    expect(kinds(["Harga Cabai Naik", "", "Harga cabai naik lagi.", "Cabai rawit  Rp 80.000", "", "Sumber: Antara"]).map((k) => k[0]))
      .toEqual(["headline", "body", "body", "boilerplate"]);
    expect(kinds(["Harga Cabai Naik", "", "Harga cabai naik lagi.", "", "Sumber: Antara"]).map((k) => k[0]))
      .toEqual(["headline", "body", "boilerplate"]);
  });
});

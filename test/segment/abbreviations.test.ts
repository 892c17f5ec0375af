/**
 * The abbreviation lists (src/segment/rules/abbreviations.ts): the reference list verbatim, then the
 * forms seen in news; the exact-case list apart, and what each case does to a sentence boundary.
 */
import * as fs from "node:fs";
import { sharedPath } from "../helpers/cli";
import { ABBREVIATIONS, ABBREVIATIONS_TSV, EXACT_ABBREVIATIONS } from "../../src/segment/rules/abbreviations";
import { segmentArticle } from "../../src/segment";

const sentences = (line: string): string[] => segmentArticle(`Judul\n\n${line}\n`).slice(1).map((s) => s.text);

describe("abbreviation lists", () => {
  it("start with the reference list verbatim; every row after it is a news form", () => {
    const reference = fs.readFileSync(sharedPath("reference", "id_abbreviations.tsv"), "utf8").replace(/\r/g, "").trim().split("\n");
    const ours = ABBREVIATIONS_TSV.trim().split("\n");
    expect(ours.slice(0, reference.length)).toEqual(reference);
    for (const row of ours.slice(reference.length)) expect(row.split("\t")[3]).toBe("NEWS");
  });

  it("list no word twice, in either list or across them (case-insensitively for the first)", () => {
    const folded = ABBREVIATIONS.map((a) => a.abbr.toLowerCase());
    // (dr./Dr. are one word to the engine, of one class)
    const classes = new Map<string, Set<string>>();
    ABBREVIATIONS.forEach((a) => classes.set(a.abbr.toLowerCase(), (classes.get(a.abbr.toLowerCase()) ?? new Set()).add(a.cls)));
    for (const [, c] of classes) expect(c.size).toBe(1);
    // (an exact-case word may spell a word of the first list in another case only to give it another
    // class: `r.a.`, radhiyallahu anhu, class C, beside `R.A.`, raden ayu, class P)
    for (const a of EXACT_ABBREVIATIONS) {
      const twin = ABBREVIATIONS.find((b) => b.abbr.toLowerCase() === a.abbr.toLowerCase());
      if (twin) expect([twin.abbr !== a.abbr, twin.cls !== a.cls]).toEqual([true, true]);
    }
    expect(EXACT_ABBREVIATIONS.filter((a) => folded.includes(a.abbr.toLowerCase())).map((a) => a.abbr)).toEqual(["r.a."]);
    expect(new Set(EXACT_ABBREVIATIONS.map((a) => a.abbr)).size).toBe(EXACT_ABBREVIATIONS.length);
  });

  it.each([
    ["Kapolri Jend. Pol. Listyo Sigit Prabowo hadir. Ia memberi sambutan.", ["Kapolri Jend. Pol. Listyo Sigit Prabowo hadir.", "Ia memberi sambutan."]],
    ["Menteri Letjen TNI (Purn.) Sjafrie hadir.", ["Menteri Letjen TNI (Purn.) Sjafrie hadir."]],
    ["Acara dimulai pkl. 19.30 WIB. Jumlahnya 920 PKL. Ditambahkan Arie, penertiban berlanjut.", ["Acara dimulai pkl. 19.30 WIB.", "Jumlahnya 920 PKL.", "Ditambahkan Arie, penertiban berlanjut."]],
    ["Terpidana mengajukan PK. Ia berharap bebas.", ["Terpidana mengajukan PK.", "Ia berharap bebas."]],
    ["Kota besar spt. Jakarta terdampak. Batas pelaporan SPT. Wajib pajak melapor.", ["Kota besar spt. Jakarta terdampak.", "Batas pelaporan SPT.", "Wajib pajak melapor."]],
    ["Ia menjabat 5 thn. Setelah itu ia pindah 2 thn. lalu.", ["Ia menjabat 5 thn.", "Setelah itu ia pindah 2 thn. lalu."]],
    ["Assalamualaikum Wr. Wb. Hadirin yang saya hormati.", ["Assalamualaikum Wr. Wb.", "Hadirin yang saya hormati."]],
    ["Korban tersebar di 14 kota, mis. Malang dan Kediri. Modusnya sama.", ["Korban tersebar di 14 kota, mis. Malang dan Kediri.", "Modusnya sama."]],
    ["Ia dijerat Pasal 378 KUHP jo. Pasal 55 ayat (1) dengan ancaman hukuman maks. 4 tahun. Ia ditahan.", ["Ia dijerat Pasal 378 KUHP jo. Pasal 55 ayat (1) dengan ancaman hukuman maks. 4 tahun.", "Ia ditahan."]],
    ["Putarannya sudah maks. Mesin pun panas.", ["Putarannya sudah maks.", "Mesin pun panas."]],
    ["Pemain asal Brasil, Mr. Silva, menolak berkomentar.", ["Pemain asal Brasil, Mr. Silva, menolak berkomentar."]],
    // a name suffix: the name goes on (before a small letter, and before a capitalised word as rule 12 says)
    ["Vinicius Jr. menjadi bintang. Gol dicetak Vinicius Jr. Gol itu indah.", ["Vinicius Jr. menjadi bintang.", "Gol dicetak Vinicius Jr.", "Gol itu indah."]],
    ["Real Madrid Hajar Barcelona, Vinicius Jr. Borong Dua Gol", ["Real Madrid Hajar Barcelona, Vinicius Jr. Borong Dua Gol"]],
    ["Umpan itu dari Ronald Acuna Jr. Ia lalu mencetak gol.", ["Umpan itu dari Ronald Acuna Jr.", "Ia lalu mencetak gol."]],
    // a surah cited after QS. (class P), and R.A. / r.a. told apart by their case
    ["Ia mengutip firman Allah SWT dalam QS. Al-Hujurat ayat 10.", ["Ia mengutip firman Allah SWT dalam QS. Al-Hujurat ayat 10."]],
    ["Doa itu diajarkan Nabi kepada Aisyah r.a. Doa itu pendek.", ["Doa itu diajarkan Nabi kepada Aisyah r.a.", "Doa itu pendek."]],
    ["Kisah Umar bin Khattab r.a. yang dermawan dikutip. Pahlawan R.A. Kartini dikenang.", ["Kisah Umar bin Khattab r.a. yang dermawan dikutip.", "Pahlawan R.A. Kartini dikenang."]],
  ])("%s", (line, expected) => {
    expect(sentences(line)).toEqual(expected);
  });
});

/**
 * A printed page's head in a PDF pasted, right after the page's number (`- 2 -`): a title repeated on a short first
 * page (less than a page's text, PAGE_GAP, after the headline) is a running head when a page's number comes just
 * before it; a head printed once (not the title) is one when it is in title case, right after a page's number and
 * before a line going on in small letters (the rest of a sentence the page cut). Without those signals they stay text.
 */
import { segmentArticle } from "../../src/segment";

const TITLE = "Banjir Rendam Ribuan Rumah di Bekasi";
const FIRST = "Banjir merendam lebih dari 2.300 rumah di tujuh kecamatan pada Minggu.";
const CUT = "Menurut data BPBD, tim evaluasi mencatat";
const TAIL = "bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.";
const LAST = "Pemerintah daerah telah menyiapkan dapur umum bagi para pengungsi.";
const kinds = (text: string) => segmentArticle(text).map((s) => [s.kind, s.text]);

describe("running heads after a page's number", () => {
  it("the title repeated after `- 2 -` on a short first page is the headline at the top and a running head after", () => {
    expect(kinds([TITLE, "", FIRST, "", CUT, "- 2 -", TITLE, TAIL, "", LAST, ""].join("\n"))).toEqual([
      ["headline", TITLE], ["body", FIRST], ["body", CUT], ["boilerplate", "- 2 -"], ["boilerplate", TITLE], ["body", TAIL], ["body", LAST],
    ]);
    // (`Halaman 2` too)
    expect(kinds([TITLE, "", FIRST, "", CUT, "Halaman 2", TITLE, TAIL, ""].join("\n"))[4]).toEqual(["boilerplate", TITLE]);
  });

  it("a line repeated within a page without a page's number between stays text (a list's repeated value)", () => {
    const list = ["Prakiraan Cuaca Jawa Barat", "", "Bandung", "Pagi Cerah Berawan", "", "Bogor", "Pagi Cerah Berawan", ""].join("\n");
    expect(segmentArticle(list).filter((s) => s.text === "Pagi Cerah Berawan").map((s) => s.kind)).toEqual(["body", "body"]);
  });

  it("a head printed once, in title case, after `- 2 -` and before the cut sentence's rest is a running head", () => {
    const head = "Laporan Khusus Banjir Bekasi 2026";
    expect(kinds([TITLE, "", FIRST, "", CUT, "", "- 2 -", "", head, "", TAIL, "", LAST, ""].join("\n"))).toEqual([
      ["headline", TITLE], ["body", FIRST], ["body", CUT], ["boilerplate", "- 2 -"], ["boilerplate", head], ["body", TAIL], ["body", LAST],
    ]);
  });

  it("after `- 2 -`: a subheading before a capitalised sentence, a line in small letters, or one after a bare number before a capital stay text", () => {
    const sub = "Dampak Banjir bagi Warga";
    const next = "Sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.";
    expect(kinds([TITLE, "", FIRST, "", "- 2 -", "", sub, "", next, ""].join("\n")).slice(3)).toEqual([["body", sub], ["body", next]]);
    const plain = "Warga diminta tetap waspada malam ini";
    expect(kinds([TITLE, "", FIRST, "", CUT, "- 2 -", plain, TAIL, ""].join("\n")).slice(4)).toEqual([["body", plain], ["body", TAIL]]);
    const head = "Laporan Khusus Banjir Bekasi 2026";
    expect(kinds([TITLE, "", FIRST, "", CUT, "2", head, next, ""].join("\n")).find((k) => k[1] === head)).toEqual(["body", head]);
  });

  it("after a bare number, a head printed once between a sentence's halves in small letters is a running head (probe 9)", () => {
    // (a list's item never opens inside a sentence: the line above ends in small letters, the one below goes on in them)
    const head = "Laporan Khusus Banjir Bekasi 2026";
    expect(kinds([TITLE, "", FIRST, "", CUT, "2", head, TAIL, ""].join("\n")).slice(2)).toEqual([
      ["body", CUT], ["boilerplate", "2"], ["boilerplate", head], ["body", TAIL],
    ]);
  });
});

/** Tricky units shared by the conformance suite and the third-party tests. */
import type { ParallelUnit } from "../../src/formats";

export const OPTIONS = { tool: "Selaras", toolVersion: "0.0.0-test", created: "2024-06-19T10:00:00Z" };

export const unit = (over: Partial<ParallelUnit>): ParallelUnit => ({
  id: "1", document: "berita-satu", segments: ["berita-satu:1"], source: "Halo dunia.", target: "Hello world.",
  status: "translated", author: "ani", changed: "2024-06-19T10:00:00Z", ...over,
});

/** Units every format must carry exactly. */
export const TRICKY: ParallelUnit[] = [
  unit({ id: "amp", source: "Tom & Jerry <b> > a && b < c ]]> &amp;", target: "x < y & z > w" }),
  unit({ id: "quotes", source: "Ia berkata, “Kami siap” dan ‘baik’.", target: `He said "we're ready" and 'fine'.` }),
  unit({ id: "tabs", source: "kolom\tsatu\t\tdua", target: "\tleading tab and trailing\t" }),
  unit({ id: "spaces", source: "  dua  spasi  ", target: " \u00a0nbsp\u00a0 " }),
  unit({ id: "emoji", source: "Bendera 🇮🇩 dan 👍🏽 serta 𝔘", target: "Flag 🇮🇩 👍🏽 𝔘" }),
  unit({ id: "empty-target", target: "", status: "", author: "", changed: "" }),
  unit({ id: "long", source: "Kalimat panjang sekali. ".repeat(4000), target: "A very long sentence. ".repeat(4000) }),
  unit({ id: "rtl", source: "teks \u200fمرحبا\u200e dan \u202bRTL\u202c \u2066iso\u2069", target: "\u200f\u200e marks" }),
  unit({ id: "combining", source: "Cafe\u0301 tidak NFC", target: "Cafe\u0301 not NFC (e + U+0301)" }),
  unit({ id: "backslash", source: "C:\\path\\to\\n not a newline \\t \\u0041 \\", target: "\\\\ double" }),
  unit({ id: "joined", segments: ["berita-satu:2", "berita-satu:3"], source: "Satu. Dua.", target: "One. Two." }),
  unit({ id: "no-refs", document: "", segments: [], source: "Tanpa rujukan.", target: "No references.", status: "reviewed" }),
  unit({ id: "other-doc", document: "berita-dua", segments: ["berita-dua:7"], author: "Budi “B” <b@x>", status: "draft" }),
  unit({ id: "", document: "", segments: [], source: "Tanpa id.", target: "No id.", status: "", author: "", changed: "" }),
  unit({ id: "c1-controls", source: "DEL \u007f NEL-free C1 \u0080\u009f", target: "ok" }),
  unit({ id: "bom-zwsp", source: "\ufeffawal BOM dan\u200bzwsp", target: "zero\u200bwidth" }),
];

/** Units with line breaks: kept by formats that allow them, refused by the others. */
export const MULTILINE: ParallelUnit[] = [
  unit({ id: "lf", source: "baris satu\nbaris dua\n", target: "line one\nline two\n" }),
  unit({ id: "crlf", source: "a\r\nb", target: "lone CR \r here" }),
  unit({ id: "u2028", source: "pemisah\u2028baris\u2029paragraf", target: "sep" }),
];

/** Characters XML 1.0 forbids: carried with a documented escape, or refused with a FormatError. */
export const CONTROL: ParallelUnit[] = [
  unit({ id: "nul", source: "nul \u0000 byte", target: "bell \u0007 vt \u000b ff \u000c esc \u001b" }),
  unit({ id: "fffe", source: "non-character \ufffe \uffff", target: "x" }),
];


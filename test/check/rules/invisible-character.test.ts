import check from "../../../src/check/rules/invisible-character";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara menembakkan rudal.", target: "North Korea fired a missile." },
    { source: "Ia tiba — pukul “10”.", target: "He arrived — at “10”.", name: "typographic punctuation is not invisible" },
    { source: "Keluarga 👨‍👩‍👧 itu selamat.", target: "The family 👨‍👩‍👧 survived.", name: "a zero-width joiner inside an emoji sequence is left alone" },
    { source: "Pasal\u00ad 340 KUHP.", target: "Article\u00ad 340 of the Criminal Code.", name: "a character the source has too is the source's own" },
  ],
  invalid: [
    {
      source: "Korea Utara menembakkan rudal.", target: "North\u200bKorea fired a missile.",
      errors: [{ messageId: "invisible", data: { char: "U+200B" }, target: { start: 5, end: 6 }, fix: { start: 5, end: 6, text: "" } }],
    },
    {
      source: "Harga naik.", target: "\ufeffPrices rose\u00ad.",
      errors: [{ messageId: "invisible", data: { char: "U+FEFF" }, target: { start: 0, end: 1 } }, { messageId: "invisible", data: { char: "U+00AD" }, target: { start: 12, end: 13 } }],
    },
    {
      source: "Ia membayar Rp 500.", target: "He paid \u202eRp 500\u202c.",
      errors: [{ messageId: "direction", data: { char: "U+202E" }, target: { start: 8, end: 9 } }, { messageId: "direction", data: { char: "U+202C" }, target: { start: 15, end: 16 } }],
    },
    { source: "Ia tiba.", target: "He arrived.\u200f", errors: [{ messageId: "direction", data: { char: "U+200F" }, target: { start: 11, end: 12 } }] },
  ],
});

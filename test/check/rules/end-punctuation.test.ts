import check from "../../../src/check/rules/end-punctuation";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: "yang disebut Kim sebagai “perang suci.”", target: "which Kim called a “holy war”." },
    { source: "Mengapa?", target: "Why?" },
    { source: "Ia menunggu...", target: "He waited…" },
    { source: "Pejabat AS.", target: "A U.S." },
    { source: "(Reuters)", target: "(Reuters)" },
  ],
  invalid: [
    { source: "Ia tiba.", target: "He arrived", errors: [{ messageId: "missing", data: { expected: "." }, fix: { start: 10, end: 10, text: "." } }] },
    { source: "Mengapa?", target: "Why.", errors: [{ messageId: "differs", data: { expected: "?", actual: "." }, target: { start: 3, end: 4 } }] },
    { source: "Judul berita", target: "Headline!", errors: [{ messageId: "extra", data: { actual: "!" } }] },
  ],
});

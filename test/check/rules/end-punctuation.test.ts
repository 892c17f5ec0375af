import check, { endMark, finalMark } from "../../../src/check/rules/end-punctuation";
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

describe("finalMark (the mark compared for every pair)", () => {
  it("is endMark's mark on random endings: closing quotes and brackets, every kind of whitespace, dots, ellipses, marks, surrogates", () => {
    // a small generator with a fixed seed, so that a failure can be replayed
    let seed = 7;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const pieces = ["a", "Z", "9", ".", "..", "...", "…", "!", "?", ":", ";", ",", "-", '"', "'", "”", "’", "»", "«", ")", "]", "(", "}",
      " ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u2003", "\u3000", "\u2028", "\ufeff", "\u0085", "\u200b", "😀", "\ud83d", "é", "。"];
    const texts = ["", " ", "...", "…", "(Reuters)", "He waited…”", "A U.S.  ", "Why?\u00a0"];
    for (let k = 0; k < 20000; k++) {
      let t = "";
      for (let j = rnd(7); j >= 0; j--) t += pieces[rnd(pieces.length)];
      texts.push(t);
    }
    const marks = new Set<string>();
    for (const t of texts) {
      expect([t, finalMark(t)]).toEqual([t, endMark(t).mark]);
      marks.add(finalMark(t));
    }
    expect([...marks].sort()).toEqual(["", "!", ".", ":", ";", "?", "…"]);
  });
});

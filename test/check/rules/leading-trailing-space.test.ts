import check from "../../../src/check/rules/leading-trailing-space";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: " Ia tiba. ", target: " He arrived. ", name: "as in the source" },
    { source: "Ia tiba.", target: "   ", name: "blank is untranslated's" },
  ],
  invalid: [
    { source: "Ia tiba.", target: " He arrived.", errors: [{ messageId: "leading", target: { start: 0, end: 1 }, fix: { start: 0, end: 1, text: "" } }] },
    { source: "Ia tiba.", target: "He arrived.\t ", errors: [{ messageId: "trailing", target: { start: 11, end: 13 } }] },
  ],
});

describe("leading-trailing-space on random texts", () => {
  it("reports what the regular expressions /^\\s+/u and /\\s+$/u find at the target's ends and not at the source's", () => {
    let seed = 11;
    const rnd = (n: number) => { seed = (Math.imul(seed, 1103515245) + 12345) >>> 0; return (seed >>> 8) % n; };
    const pieces = ["a", "Z", "9", ".", "~", "!", "\u007f", "\u0000", "\u001f", " ", "\t", "\n", "\r", "\u000b", "\u000c", "\u00a0", "\u2003", "\u3000", "\u2028", "\ufeff", "\u0085", "\u200b", "é", "😀", "”"];
    const text = () => { let t = ""; for (let j = rnd(5); j >= 0; j--) t += pieces[rnd(pieces.length)]; return t; };
    let reported = 0;
    for (let k = 0; k < 20000; k++) {
      const source = text(), target = text();
      const lead = /^\s+/u.exec(target)?.[0].length ?? 0, trail = /\s+$/u.exec(target)?.[0].length ?? 0;
      const want = !target.trim() ? [] : [
        ...(lead && !/^\s/u.test(source) ? [{ messageId: "leading", target: { start: 0, end: lead } }] : []),
        ...(trail && !/\s$/u.test(source) ? [{ messageId: "trailing", target: { start: target.length - trail, end: target.length } }] : []),
      ];
      const got = check.check({ source, target, sourceTerms: [], targetTerms: [] }, check.defaultOptions).map((p) => ({ messageId: p.messageId, target: p.target }));
      expect([source, target, got]).toEqual([source, target, want]);
      reported += got.length;
    }
    expect(reported).toBeGreaterThan(5000);
  });
});

import check from "../../../src/check/rules/target-same-as-source";
import { normalizeText } from "../../../src/text/normalize";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: "Kim Jong Un", target: "Kim Jong Un", name: "names only" },
    { source: "(Reuters)", target: "(Reuters)" },
    { source: "KCNA", target: "KCNA" },
    { source: "2024", target: "2024" },
  ],
  invalid: [
    { source: "Putin tiba di Pyongyang.", target: "Putin tiba di Pyongyang.", errors: [{ messageId: "same", target: { start: 0, end: 24 } }] },
    { source: "“Kami siap,” katanya.", target: "\"Kami siap,\"  katanya.", errors: [{ messageId: "same" }] },
  ],
});

describe("target-same-as-source's first-character shortcut", () => {
  /** The check as it was before the shortcut (its patterns copied): the normalised texts compared. */
  const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:\s*\/\s*\p{Lu}[\p{Lu} .'’-]*)?(?:,\s*[\p{L}\p{N}.-]+|\s*\([^)]{1,40}\))?(?:,\s*[^,–—-]{1,30})?\s*[–—-]+\s*/u;
  const WEB_NAME = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|go\.id|or\.id|ac\.id|id|net|org|co|tv|news)\b/giu;
  function oracle(source: string, target: string): unknown[] {
    const s = normalizeText(source);
    if (!s || s !== normalizeText(target)) return [];
    const m = DATELINE.exec(s);
    const words = (m ? s.slice(m[0].length) : s).replace(WEB_NAME, " ").match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.every((w) => /^\p{Lu}/u.test(w))) return [];
    return [{ messageId: "same", target: { start: 0, end: target.length } }];
  }
  it("reports exactly where the normalised texts are equal (accents, combining marks, quotes, spaces, case)", () => {
    const starts = ["a", "A", "b", "e", "e\u0301", "\u00e9", "1", "2", " a", "\u00a0a", "\u200ba", "\u201ca", "\"a", "\ufeffa", "", "\u0301", "ſ", "K", "\u212a"];
    const rests = ["", "bc.", " kata  dia.", "\u0301 x", "\u201cx\u201d", " \"x\" ", "  ", "Kim Jong Un"];
    let same = 0, checked = 0;
    for (const a of starts) for (const b of starts) for (const r1 of rests) for (const r2 of [r1, rests[(rests.indexOf(r1) + 1) % rests.length]!]) {
      const source = a + r1, target = b + r2;
      const got = check.check({ source, target, sourceTerms: [], targetTerms: [], concepts: undefined }, check.defaultOptions);
      const want = oracle(source, target);
      expect({ source, target, got }).toEqual({ source, target, got: want });
      same += want.length;
      checked++;
    }
    expect(same).toBeGreaterThan(20);
    expect(checked).toBeGreaterThan(5000);
  });
});

/**
 * asciiStem (the matcher's in-place English stem of an ASCII word, used to look up inflected last
 * words without making strings) agrees with englishStem (./src/glossary/stem.ts) on every word,
 * as written and lower-cased.
 */
import { asciiStem } from "../../src/glossary/match";
import { englishStem } from "../../src/glossary/stem";
import { rng } from "../../bench/lib/harness";
import { expectEqual } from "../helpers/equal";

function fromCode(word: string, code: number): string {
  return word.slice(0, code >> 1) + (code & 1 ? "y" : "");
}

describe("asciiStem = englishStem", () => {
  it.each(["missiles", "summits", "ICBMs", "B52s", "Koreas", "bus", "status", "analysis", "glasses", "boxes", "buzzes", "churches", "wishes", "countries", "MISSILES", "Talks", "gas", "ties", "aries"])("%s", (word) => {
    const padded = `(${word})`;
    expect(fromCode(word, asciiStem(padded, 1, 1 + word.length, false))).toBe(englishStem(word));
    expect(fromCode(word.toLowerCase(), asciiStem(padded, 1, 1 + word.length, true))).toBe(englishStem(word.toLowerCase()));
  });

  it("on 50,000 random words", () => {
    const r = rng(77);
    const letters = "aeiousyhcxzSEIYHCXZ0123456789bdtBT";
    for (let i = 0; i < 50_000; i++) {
      let w = "";
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) w += letters[Math.floor(r() * letters.length)];
      if (r() < 0.6) w += r() < 0.5 ? "s" : r() < 0.5 ? "es" : "ies";
      const text = `x ${w} y`;
      expectEqual([w, fromCode(w, asciiStem(text, 2, 2 + w.length, false))], [w, englishStem(w)]);
      const lw = w.toLowerCase();
      expectEqual([w, fromCode(lw, asciiStem(text, 2, 2 + w.length, true))], [w, englishStem(lw)]);
    }
  });
});

/**
 * countWords counts in one pass what the regular expression it replaced matched
 * (`/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*\/gu`): exact counts, and random strings of letters of
 * several scripts, astral letters, combining marks, digits, joiners and spaces against that oracle.
 */
import { countWords } from "../../src/text/normalize";

const WORD = /[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu;
const oracle = (t: string) => (t.match(WORD) ?? []).length;

describe("countWords", () => {
  it.each([
    ["", 0],
    ["Presiden Joko Widodo tiba di Jakarta pada Rabu.", 8],
    ["negara-negara itu, kata Ma'ruf, menolak 1.250,5 ton.", 7],
    ["\u201cKami siap,\u201d ujar Kim \u2014 lalu pergi\u2026", 6],
    ["co-operation -- x - y", 3],
    ["caf\u00e9 cafe\u0301 \u4e2d\u6587 \u0663\u0664 \ud835\udc00bc", 5], // (a combining mark is no letter: it ends its word)
  ])("%j has %i words", (text, n) => {
    expect(countWords(text)).toBe(n);
    expect(oracle(text)).toBe(n);
  });

  it("agrees with the regular expression on 100,000 random strings", () => {
    const alphabet = ["a", "Z", "\u00e9", "e\u0301", "1", "-", "'", "\u2019", ".", ",", " ", "\t", "\ud83d\ude00", "\ud835\udc00", "\u00df", "\u4e2d", "\u0663", "\u2014", "(", "\u00a0", "\ud800"];
    let seed = 7;
    const r = () => (seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648;
    let differ = 0;
    for (let k = 0; k < 100_000; k++) {
      let t = "";
      const length = Math.floor(r() * 20);
      for (let j = 0; j < length; j++) t += alphabet[Math.floor(r() * alphabet.length)];
      if (countWords(t) !== oracle(t)) differ++;
    }
    expect(differ).toBe(0);
  });
});

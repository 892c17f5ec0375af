/**
 * The tokenizer's `plain` flag (a text normalizeText leaves unchanged: printable ASCII, single
 * spaces, nothing at either end) and `tokensKey` (the consistency key of a plain text): the audit
 * relies on both to key texts by the tokens the matcher already made.
 */
import { WORD, cliticEnd, createFilter, createTokens, filterAdd, filterHas, hashKey, hashWithout, mayHoldWord, tokenize, tokensKey, wordHashes, wordText } from "../../src/glossary/tokenize";
import { stripClitic } from "../../src/glossary/stem";
import { normalizeText } from "../../src/text/normalize";
import { isPlain } from "../../src/check/util";
import { rng } from "../../bench/lib/harness";
import { expectEqual } from "../helpers/equal";

const PLAIN = /^[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))*$/;

describe("tokenize: plain flag", () => {
  const t = createTokens();
  it.each([
    ["Korea Utara, kata KCNA.", true],
    ["a", true],
    ["", false],
    [" Korea", false],
    ["Korea ", false],
    ["Korea  Utara", false],
    ["Korea\tUtara", false],
    ["Korea\nUtara", false],
    ["Korea\u00a0Utara", false],
    ["Korea \u201cUtara\u201d", false],
    ["Jalan Malioboro, Yogyakarta \u2013 Indonesia", false],
    ["Bogot\u00e1", false],
    ["a\u0001b", false],
    ["a\u007fb", false],
    ["sanksi-sanksi (PBB) 11.000 kontainer!", true],
  ])("%j → %s", (text, plain) => {
    expect(tokenize(text, t).plain).toBe(plain);
    if (plain) expect(normalizeText(text)).toBe(text);
  });

  it("agrees with the plain-text pattern on 20,000 random strings (and so does isPlain, what normalizeFast tests)", () => {
    const r = rng(2024);
    const alphabet = ["a", "B", "z", "0", " ", " ", "  ", ".", ",", "-", "'", '"', "\t", "\n", "\u00a0", "\u00e9", "\u2013", "\u201c", "\u0001", "\u007f", "~", "!", "\u200b", "Ka", "ri", "mu"];
    for (let i = 0; i < 20_000; i++) {
      let s = "";
      const n = Math.floor(r() * 12);
      for (let k = 0; k < n; k++) s += alphabet[Math.floor(r() * alphabet.length)]!;
      expectEqual([s, tokenize(s, t).plain, isPlain(s)], [s, PLAIN.test(s), PLAIN.test(s)]);
    }
  });
});

describe("tokensKey", () => {
  const key = (s: string) => tokensKey(tokenize(s, createTokens()));
  it("is equal for equal texts, whatever tokens buffer made it", () => {
    const t = createTokens();
    tokenize("Sebuah kalimat lain yang jauh lebih panjang dari yang berikut ini.", t);
    expect(tokensKey(tokenize("Kim bertemu Putin.", t))).toBe(key("Kim bertemu Putin."));
  });
  it("differs for texts with other words, other punctuation, other word boundaries or order", () => {
    const keys = ["Kim bertemu Putin.", "Kim bertemu Putin!", "Kim bertemu Putin", "Putin bertemu Kim.", "Kimbertemu Putin.", "Kim bertemu Putin..", "Kim, bertemu Putin."].map(key);
    expect(new Set(keys).size).toBe(keys.length);
  });
  it("ignores letter case and spaces around punctuation (callers compare the texts themselves)", () => {
    expect(key("KIM BERTEMU PUTIN.")).toBe(key("Kim bertemu Putin."));
    expect(key("Kim , bertemu Putin .")).toBe(key("Kim, bertemu Putin."));
  });
});

describe("hashWithout (the hash of a word without its last 2 or 3 characters, read from the text for ASCII words)", () => {
  it("is hashKey of the lower-cased word text without them, for 20,000 random texts (clitics, plurals, reduplications, digits, non-ASCII, short words)", () => {
    const r = rng(77);
    const words = ["misil", "misilnya", "Rudalnya", "bukulah", "apakah", "Siapapun", "rumahku", "bajumu", "nya", "ku", "a", "AB", "abc", "G7", "2019", "11.000",
      "sanksi-sanksi", "Mata-mata", "buses", "Cities", "box", "summits", "Café", "ölü", "Ängström", "Jose\u0301", "bunga-Bunga", "x-x", "Bogotánya", "İstanbul"];
    const seps = [" ", " ", " ", ", ", ". ", "-", " – ", "\n\n", " (", "'s "];
    const t = createTokens();
    let checked = 0;
    const wrong: unknown[] = [];
    for (let i = 0; i < 20_000; i++) {
      let s = "";
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) s += words[Math.floor(r() * words.length)]! + (k < n - 1 ? seps[Math.floor(r() * seps.length)]! : "");
      tokenize(s, t);
      for (let k = 0; k < t.n; k++) {
        if (t.kind[k] !== WORD) continue;
        const lw = wordText(t, k).toLowerCase();
        for (const drop of [2, 3] as const) {
          const want = lw.length >= drop ? hashKey(lw.slice(0, -drop)) : 0;
          if (hashWithout(t, k, drop) !== want) wrong.push([s, k, drop, hashWithout(t, k, drop), want]);
          checked++;
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(checked).toBeGreaterThan(100_000);
  });
});

describe("the start-word filter (a Bloom filter the tokenizer asks before the matcher looks a word up)", () => {
  it("has every hash added (no false negatives) and few others (under 1% for a filter made for the number added)", () => {
    const r = rng(5);
    for (const count of [0, 1, 100, 5_000, 40_000]) {
      const f = createFilter(false, count);
      const added = new Set<number>();
      while (added.size < count) added.add(Math.floor(r() * 0x40000000));
      for (const h of added) filterAdd(f, h);
      for (const h of added) if (!filterHas(f, h)) expect(h).toBe("in the filter");
      let others = 0, passed = 0;
      for (let k = 0; k < 100_000; k++) {
        const h = Math.floor(r() * 0x40000000);
        if (added.has(h)) continue;
        others++;
        if (filterHas(f, h)) passed++;
      }
      expect(passed / others).toBeLessThan(0.01);
    }
  });
  it("passes the hashes of words as the tokenizer makes them", () => {
    const f = createFilter(false, 3);
    for (const w of ["sanksi", "korea", "g7"]) filterAdd(f, hashKey(w));
    const t = tokenize("Sanksi untuk KOREA dan G7, bukan kami.", createTokens(), f);
    expect(Array.from(t.cand.subarray(0, t.nc), (k) => wordText(t, k))).toEqual(["Sanksi", "KOREA", "G7"]);
  });
});

describe("cliticEnd (the clitic an ASCII word ends with, read in place)", () => {
  it("is the length stripClitic takes off, for 50,000 random ASCII words and every clitic in any case", () => {
    const r = rng(9);
    const tails = ["nya", "lah", "kah", "tah", "pun", "ku", "mu", "NYA", "Lah", "KAH", "pUn", "KU", "Mu", "ya", "ah", "un", "u", "a", "h", "n", "yah", "han", "nun", "mku", "G7", ""];
    const letters = "abcdefghijklmnopqrstuvwxyzAKLMNPTUY0123456789";
    const wrong: unknown[] = [];
    for (let k = 0; k < 50_000; k++) {
      let w = "";
      const n = Math.floor(r() * 6);
      for (let q = 0; q < n; q++) w += letters[Math.floor(r() * letters.length)]!;
      w += tails[Math.floor(r() * tails.length)]!;
      const text = `x ${w} y`;
      const stripped = stripClitic(w);
      const want = stripped === null ? 0 : w.length - stripped.length;
      if (cliticEnd(text, 2, 2 + w.length) !== want) wrong.push([w, cliticEnd(text, 2, 2 + w.length), want]);
    }
    expect(wrong).toEqual([]);
  });
});

describe("mayHoldWord: the pre-test over a text's word hashes", () => {
  const words = wordHashes(["tidak", "tidaklah", "not", "t", "lebih"]);
  const re = /\b(?:tidak|tidaklah|not|t|lebih)\b/i;
  it.each([
    ["Ia tidak datang.", true], ["TIDAKLAH benar.", true], ["tidak-tidak", true], ["anti-tidak", true], ["x_tidak", true],
    ["ñtidak", true], ["didn't", true], ["didn’t", true], ["Lebih", true],
    ["Ia datang.", false], ["tidakkah", false], ["tidak2", false], ["nothing", false], ["", false], ["Rp 1.500", false],
  ])("%j → %s", (text, want) => {
    expect(mayHoldWord(tokenize(text), words)).toBe(want);
  });
  it("says yes wherever the regular expression finds one of the words (it may say yes where it finds none: ñtidak, x_tidak)", () => {
    const r = rng(11);
    const parts = ["tidak", "Tidak", "not", "NOT", "lebih", "t", "n", "'", "’", "-", "_", " ", "  ", ".", "ñ", "é", "2", "x", "kah", "lah", "nya", "\n", "“"];
    let found = 0;
    for (let i = 0; i < 20000; i++) {
      let text = "";
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) text += parts[Math.floor(r() * parts.length)];
      if (re.test(text)) { found++; expect([text, mayHoldWord(tokenize(text), words)]).toEqual([text, true]); }
    }
    expect(found).toBeGreaterThan(5000);
  });
});

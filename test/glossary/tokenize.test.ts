/**
 * The tokenizer's `plain` flag (a text normalizeText leaves unchanged: printable ASCII, single
 * spaces, nothing at either end) and `tokensKey` (the consistency key of a plain text): the audit
 * relies on both to key texts by the tokens the matcher already made.
 */
import { createTokens, tokenize, tokensKey } from "../../src/glossary/tokenize";
import { normalizeText } from "../../src/text/normalize";
import { isPlain } from "../../src/check/util";
import { rng } from "../../bench/lib/harness";

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
      expect([s, tokenize(s, t).plain, isPlain(s)]).toEqual([s, PLAIN.test(s), PLAIN.test(s)]);
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

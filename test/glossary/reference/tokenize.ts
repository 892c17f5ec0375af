/**
 * Term tokenizer — the token stream the glossary matcher walks. Pure: no I/O.
 *
 * - A word is a maximal run of letters, digits and combining marks (`G7`, `Utara`, `2019`).
 * - Every other visible character is a punctuation token of its own (`-`, `.`, `'`, `(`, ...); dashes
 *   (‐ ‑ ‒ – —) read as `-`, typographic apostrophes (and ` ´ typed for one) as `'`. Patterns never cross punctuation they do
 *   not contain, so a term never spans a sentence boundary (`Kim. Jong Un` is not `Kim Jong Un`).
 * - Whitespace separates tokens; a blank line (paragraph break) is a hard break token.
 * - A full reduplication `X-X` (`sanksi-sanksi`, `Bangsa-Bangsa`, `mata-mata`) is ONE word whose
 *   `base` is `X`: `sanksi-sanksi` is one occurrence of `sanksi`, never two.
 */

import { stripClitic } from "./stem";

export const WORD = 0;
export const PUNCT = 1;
export const BREAK = 2;

/**
 * Token stream in parallel arrays (fast, few allocations). Offsets are UTF-16, end exclusive.
 * Word texts are made lazily (`wordText`): the matcher rejects most words by their hash alone.
 */
export interface Tokens {
  n: number;
  kind: number[];
  start: number[];
  end: number[];
  /** Text of the token: for punctuation the normalised character (always set); for words null until `wordText`. */
  text: (string | null)[];
  /** For a reduplication `X-X`: the text of `X`; else null. */
  base: (string | null)[];
  /** End offset of the base word (for reduplications; else = end). */
  baseEnd: number[];
  /** Words: is the text ASCII (no NFC needed)? */
  ascii: boolean[];
  /** Words: FNV-1a hash of the lower-cased text, and of its prefixes without the last 2 and 3 characters. */
  hash: number[];
  hash2: number[];
  hash3: number[];
  /** Reduplications: hash of the lower-cased base word. */
  baseHash: number[];
  /** The input the tokens were read from. */
  source: string;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so that V8 stores them as small integers (no heap numbers per token). */
const SMI = 0x3fffffff;

/** FNV-1a hash of a (lower-cased) string: the same value the tokenizer computes for a word. */
export function hashKey(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & SMI;
}

/** The text of word token k (NFC), made once. */
export function wordText(t: Tokens, k: number): string {
  let w = t.text[k];
  if (w === null || w === undefined) {
    w = t.source.slice(t.start[k], t.end[k]);
    if (!t.ascii[k]) w = w.normalize("NFC");
    t.text[k] = w;
  }
  return w;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4, 0x60]);

/** ASCII lookup: 1 = word character (letter or digit), 2 = whitespace. */
const ASCII = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = 1;
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) ASCII[c] = 2;

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return ASCII[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  if (c >= 0xdc00 && c <= 0xdfff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i - 1) ?? c));
  return NON_ASCII_WORD.test(text[i]!);
}

function isSpace(c: number): boolean {
  if (c < 0x80) return ASCII[c] === 2;
  return c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

export function createTokens(): Tokens {
  return { n: 0, kind: [], start: [], end: [], text: [], base: [], baseEnd: [], ascii: [], hash: [], hash2: [], hash3: [], baseHash: [], source: "" };
}

function push(t: Tokens, kind: number, start: number, end: number, text: string | null): number {
  const k = t.n++;
  t.kind[k] = kind;
  t.start[k] = start;
  t.end[k] = end;
  t.text[k] = text;
  t.base[k] = null;
  t.baseEnd[k] = end;
  return k;
}

/** Sets the hashes of a non-ASCII word from its lower-cased NFC text. */
function hashWord(t: Tokens, k: number): void {
  const lw = wordText(t, k).toLowerCase();
  t.hash[k] = hashKey(lw);
  t.hash2[k] = lw.length >= 2 ? hashKey(lw.slice(0, -2)) : 0;
  t.hash3[k] = lw.length >= 3 ? hashKey(lw.slice(0, -3)) : 0;
}

/** Is `second` the word `first` (any case) with an Indonesian clitic (stripClitic's, the stem keeping 2 letters)? */
function withClitic(first: string, second: string): boolean {
  const stem = stripClitic(second);
  return stem !== null && stem.length === first.length && stem.toLowerCase() === first.toLowerCase();
}

/** Tokenizes `text` into `out` (reused between calls). */
export function tokenize(text: string, out: Tokens = createTokens()): Tokens {
  out.n = 0;
  out.source = text;
  const len = text.length;
  let i = 0;
  while (i < len) {
    const c = text.charCodeAt(i);
    if (isSpace(c)) {
      let newlines = 0;
      const s = i;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (!isSpace(d)) break;
        if (d === 0x0a || (d === 0x0d && text.charCodeAt(i + 1) !== 0x0a) || d === 0x2029) newlines++;
        i++;
      }
      if (newlines >= 2 || text.charCodeAt(s) === 0x2029) push(out, BREAK, s, i, "\n\n");
      continue;
    }
    if (isWordCode(text, i, c)) {
      const s = i;
      let ascii = true;
      let h = FNV_OFFSET, h1 = 0, h2 = 0, h3 = 0;
      while (i < len) {
        let d = text.charCodeAt(i);
        if (d < 0x80) {
          if (ASCII[d] !== 1) break;
          if (d >= 0x41 && d <= 0x5a) d |= 0x20;
          h3 = h2; h2 = h1; h1 = h;
          h = Math.imul(h ^ d, FNV_PRIME);
        } else {
          if (!isWordCode(text, i, d)) break;
          ascii = false;
        }
        i++;
      }
      const k = push(out, WORD, s, i, null);
      out.ascii[k] = ascii;
      if (ascii) { out.hash[k] = h & SMI; out.hash2[k] = h2 & SMI; out.hash3[k] = h3 & SMI; }
      else hashWord(out, k);
      // Full reduplication: X-X (same word, any case) right after, no spaces.
      const prev = k - 2;
      if (
        prev >= 0 && out.kind[prev] === WORD && out.kind[prev + 1] === PUNCT && out.text[prev + 1] === "-" &&
        out.base[prev] === null && out.end[prev] === out.start[prev + 1] && out.end[prev + 1] === s &&
        ((out.hash[prev] === out.hash[k] && wordText(out, prev).toLowerCase() === wordText(out, k).toLowerCase()) ||
          // (the second X with a clitic: sanksi-sanksinya; a change made after the copy, with the shipped matcher's)
          withClitic(wordText(out, prev), wordText(out, k)))
      ) {
        const b = wordText(out, prev);
        const full = b + "-" + wordText(out, k);
        const baseHash = out.hash[prev]!;
        out.n = prev;
        const m = push(out, WORD, out.start[prev]!, i, full);
        out.ascii[m] = ascii && out.ascii[prev]!;
        out.base[m] = b;
        out.baseEnd[m] = out.start[m]! + b.length;
        out.baseHash[m] = baseHash;
        const lw = full.toLowerCase();
        out.hash[m] = hashKey(lw);
        out.hash2[m] = hashKey(lw.slice(0, -2));
        out.hash3[m] = hashKey(lw.slice(0, -3));
      }
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    let p: string;
    if (DASHES.has(c)) p = "-";
    else if (APOSTROPHES.has(c)) p = "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e) p = '"';
    else p = text.slice(i, i + width);
    push(out, PUNCT, i, i + width, p);
    i += width;
  }
  return out;
}

/**
 * Term tokenizer — the token stream the glossary matcher walks. Pure: no I/O.
 *
 * - A word is a maximal run of letters, digits and combining marks (`G7`, `Utara`, `2019`).
 * - Every other visible character is a punctuation token of its own (`-`, `.`, `'`, `(`, ...); dashes
 *   (‐ ‑ ‒ – —) read as `-`, typographic apostrophes (and ` ´ typed for one) as `'`. Patterns never cross punctuation they do
 *   not contain, so a term never spans a sentence boundary (`Kim. Jong Un` is not `Kim Jong Un`).
 * - Whitespace separates tokens; a blank line (paragraph break) is a hard break token.
 * - A full reduplication `X-X` (`sanksi-sanksi`, `Bangsa-Bangsa`, `mata-mata`) is ONE word whose
 *   `base` is `X`: `sanksi-sanksi` is one occurrence of `sanksi`, never two; so is `X-X` with a
 *   clitic on the second `X` (`sanksi-sanksinya`, `undang-undangnya`).
 */

export const WORD = 0;
export const PUNCT = 1;
export const BREAK = 2;

/**
 * Token stream in parallel typed arrays, reused between calls (no allocation per token). Offsets are
 * UTF-16, end exclusive. Word texts are made lazily (`wordText`): the matcher rejects most words by
 * their hash alone, so most words never become strings.
 */
export interface Tokens {
  n: number;
  kind: Uint8Array;
  start: Int32Array;
  end: Int32Array;
  /** Text of the token, valid when `made[k] === gen`: punctuation (the normalised character) always; words once `wordText` made it. */
  text: (string | null)[];
  made: Int32Array;
  gen: number;
  /** For a reduplication `X-X` (baseEnd[k] !== end[k]): the text of `X`. Not valid for other tokens. */
  base: (string | null)[];
  /** End offset of the base word (for reduplications; else = end). */
  baseEnd: Int32Array;
  /** Words: is the text ASCII (no NFC needed)? 1 or 0. */
  ascii: Uint8Array;
  /** Words: is the text ASCII letters only (no digit; not a reduplication)? 1 or 0. */
  letters: Uint8Array;
  /** Words: FNV-1a hash of the lower-cased text. */
  hash: Int32Array;
  /**
   * Words that are not plain ASCII (ascii[k] === 0, or a reduplication: baseEnd[k] !== end[k]): the
   * hash of the lower-cased text without its last 2 and 3 characters. Not kept for the others (most
   * words): `hashWithout` computes it from the text when asked.
   */
  hash2: Int32Array;
  hash3: Int32Array;
  /** Reduplications: hash of the lower-cased base word. */
  baseHash: Int32Array;
  /**
   * With a `filter` (see tokenize): the word tokens that may start a pattern, in order (`cand[0..nc)`).
   * A superset: the matcher checks each candidate exactly.
   */
  cand: Int32Array;
  nc: number;
  /** The input the tokens were read from. */
  source: string;
  /**
   * The glossary matches in `source` of the matcher that made these tokens (src/glossary/match.ts):
   * `nm` [start, end, pattern] triples in `matches`, the same the matcher returns; nm = -1 when no
   * matcher scanned the text (tokenize alone). Valid until the tokens are reused.
   */
  matches: Int32Array;
  nm: number;
  /**
   * Is the input plain: printable ASCII (U+0021–U+007E) words and punctuation separated by single
   * spaces, no space at either end (a text normalizeText leaves as it is)? Conservative: true
   * implies plain; false may still be plain only for the empty text.
   */
  plain: boolean;
  /** Capacity of the arrays. */
  cap: number;
}

/**
 * Fast rejection filter over the hashes that start a pattern (first keys, and for English the stems
 * of one-word patterns): a blocked Bloom filter, three bits of a hash (its bits 0–4, 5–9 and 10–14)
 * in one 32-bit word (picked by the top bits of the hash times 2^32/φ), about 32 bits per hash: as
 * few false positives as a bitset of 2^20 bits over the low bits of the hashes, in an eighth of the
 * memory (16 KB for 5,000 start words), which stays in the cache between texts. `english` also lets
 * words ending in `s` through when a stem of them (without -s, -es, -ies+y) is in the set.
 */
export interface StartFilter {
  readonly bits: Uint32Array;
  /** 32 minus log2 of the number of words of `bits`. */
  readonly shift: number;
  readonly english: boolean;
}

/** An empty filter for about `hashes` hashes. */
export function createFilter(english: boolean, hashes: number): StartFilter {
  let words = 128, shift = 25;
  while (words < hashes && words < 1 << 17) { words *= 2; shift--; }
  return { bits: new Uint32Array(words), shift, english };
}

/** Adds a (30-bit) hash. */
export function filterAdd(f: StartFilter, hash: number): void {
  f.bits[Math.imul(hash, 0x9e3779b1) >>> f.shift]! |= (1 << (hash & 31)) | (1 << ((hash >>> 5) & 31)) | (1 << ((hash >>> 10) & 31));
}

/** May the (30-bit) hash be in the filter? (No when it was never added, most of the time.) */
export function filterHas(f: StartFilter, hash: number): boolean {
  return mayStart(f.bits, f.shift, hash);
}

function mayStart(bits: Uint32Array, shift: number, h: number): boolean {
  const m = (1 << (h & 31)) | (1 << ((h >>> 5) & 31)) | (1 << ((h >>> 10) & 31));
  return (bits[Math.imul(h, 0x9e3779b1) >>> shift]! & m) === m;
}

/** A few lower-case ASCII words, to be looked up by a text's token hashes (see mayHoldWord). */
export interface WordHashes {
  readonly filter: StartFilter;
  readonly hashes: ReadonlySet<number>;
}

/** The hashes of `words` (lower-case ASCII letters and digits), for mayHoldWord. */
export function wordHashes(words: Iterable<string>): WordHashes {
  const hashes = new Set<number>();
  for (const w of words) hashes.add(hashKey(w));
  const filter = createFilter(false, hashes.size);
  for (const h of hashes) filterAdd(filter, h);
  return { filter, hashes };
}

/**
 * May the text `t` was made from hold one of `words` as a whole word, as `/\b(?:…)\b/i` finds it? A
 * pre-test over the hashes the tokenizer made anyway: false means none is there; true means read the
 * text. True when a word (or a reduplication's first half: `tidak-tidak`) has the hash of one, and
 * for any word that is not ASCII (a regular expression's \b also falls between an ASCII letter and
 * a non-ASCII one: `tidakñ`).
 */
export function mayHoldWord(t: Tokens, words: WordHashes): boolean {
  const { n, kind, ascii, hash, baseHash, baseEnd, end } = t;
  const bits = words.filter.bits, shift = words.filter.shift;
  for (let k = 0; k < n; k++) {
    if (kind[k] !== T_WORD) continue;
    if (ascii[k] === 0) return true;
    const h = baseEnd[k] === end[k] ? hash[k]! : baseHash[k]!;
    if (mayStart(bits, shift, h) && words.hashes.has(h)) return true;
  }
  return false;
}

const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;
/** Hashes are kept to 30 bits so that V8 stores them as small integers (no heap numbers per token). */
const SMI = 0x3fffffff;
/** The hash's parameters, for code that hashes text in place as hashKey does (copy them into module constants: an export is read through `exports`). */
export const HASH_PARAMS = { offset: FNV_OFFSET, prime: FNV_PRIME, mask: SMI } as const;
const H_Y = 0x79;

/** FNV-1a hash of a (lower-cased) string: the same value the tokenizer computes for a word. */
export function hashKey(s: string): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), FNV_PRIME);
  return h & SMI;
}

/**
 * The hash of word token k's lower-cased text without its last `drop` (2 or 3) characters, as
 * hashKey gives it: read from the text for an ASCII word (hashed as the tokenizer hashes: digits and
 * letters folded), kept by the tokenizer for the others.
 */
export function hashWithout(t: Tokens, k: number, drop: 2 | 3): number {
  if (t.ascii[k] === 1 && t.baseEnd[k] === t.end[k]) return asciiPrefixHash(t.source, t.start[k]!, t.end[k]! - drop) & SMI;
  return drop === 3 ? t.hash3[k]! : t.hash2[k]!;
}

/** FNV-1a of text[s, e) (ASCII letters and digits) with letters lower-cased, all 32 bits; 0 when e < s (a word shorter than what it drops: as hashWord). */
function asciiPrefixHash(text: string, s: number, e: number): number {
  if (e < s) return 0;
  let h = FNV_OFFSET;
  for (let i = s; i < e; i++) h = Math.imul(h ^ FOLD[text.charCodeAt(i)]!, FNV_PRIME);
  return h;
}

/** The text of word token k (NFC), made once. */
export function wordText(t: Tokens, k: number): string {
  if (t.made[k] === t.gen) return t.text[k]!;
  let w = t.source.slice(t.start[k]!, t.end[k]!);
  if (t.ascii[k] === 0) w = w.normalize("NFC");
  t.text[k] = w;
  t.made[k] = t.gen;
  return w;
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);
/** Typographic apostrophes, and the acute accent typed for one (`Jum´at`); the grave accent ` is read as one too (tokenize). */
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032, 0x00b4]);

/** ASCII lookup: 1 = word character (letter or digit), 2 = whitespace. */
const ASCII = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) ASCII[c] = 1;
for (let c = 0x61; c <= 0x7a; c++) ASCII[c] = 1;
for (const c of [0x20, 0x09, 0x0a, 0x0b, 0x0c, 0x0d]) ASCII[c] = 2;
/** ASCII case fold for word characters: the lower-cased code, 0 for anything that is not a letter or digit. */
const FOLD = new Uint8Array(128);
for (let c = 0; c < 128; c++) if (ASCII[c] === 1) FOLD[c] = c >= 0x41 && c <= 0x5a ? c | 0x20 : c;
// Module-local copies of the token kinds (an exported const is read through `exports` in CommonJS output).
const T_WORD = 0, T_PUNCT = 1, T_BREAK = 2;

/** BMP code units outside the surrogates: 0 = not yet known, 1 = word character, 2 = not (filled on first use). */
const BMP = new Uint8Array(0x10000);

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) return ASCII[c] === 1;
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  if (c >= 0xdc00 && c <= 0xdfff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i - 1) ?? c));
  let v = BMP[c]!;
  if (v === 0) { v = NON_ASCII_WORD.test(String.fromCharCode(c)) ? 1 : 2; BMP[c] = v; }
  return v === 1;
}

function isSpace(c: number): boolean {
  if (c < 0x80) return ASCII[c] === 2;
  return c === 0xa0 || c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f ||
    c === 0x3000 || c === 0x2028 || c === 0x2029 || c === 0x85;
}

function alloc(t: Tokens, cap: number): void {
  t.cap = cap;
  t.kind = new Uint8Array(cap);
  t.start = new Int32Array(cap);
  t.end = new Int32Array(cap);
  t.made = new Int32Array(cap);
  t.baseEnd = new Int32Array(cap);
  t.ascii = new Uint8Array(cap);
  t.letters = new Uint8Array(cap);
  t.hash = new Int32Array(cap);
  t.hash2 = new Int32Array(cap);
  t.hash3 = new Int32Array(cap);
  t.baseHash = new Int32Array(cap);
  t.cand = new Int32Array(cap);
  t.text = [];
  t.base = [];
  t.gen = 1;
}

const NO_MATCHES = new Int32Array(0);

export function createTokens(): Tokens {
  const t = { n: 0, nc: 0, gen: 1, source: "", cap: 0, plain: false, matches: NO_MATCHES, nm: -1 } as Tokens;
  alloc(t, 64);
  return t;
}

/** Sets the hashes of a non-ASCII word from its lower-cased NFC text. */
function hashWord(t: Tokens, k: number): void {
  const lw = wordText(t, k).toLowerCase();
  t.hash[k] = hashKey(lw);
  t.hash2[k] = lw.length >= 2 ? hashKey(lw.slice(0, -2)) : 0;
  t.hash3[k] = lw.length >= 3 ? hashKey(lw.slice(0, -3)) : 0;
}

/** 1 for the last two letters of a clitic (ya ah un ku mu), lower-cased, at ((c2 | 0x20) << 7 | (c1 | 0x20)) & 0x3fff. */
const CLITIC_TAIL = new Uint8Array(1 << 14);
for (const tail of ["ya", "ah", "un", "ku", "mu"]) CLITIC_TAIL[(tail.charCodeAt(0) << 7) | tail.charCodeAt(1)] = 1;

/** Length of the Indonesian clitic an ASCII word text[s, e) ends with (-nya -lah -kah -tah -pun: 3, -ku -mu: 2; the stem keeps 2 letters), else 0. */
export function cliticEnd(text: string, s: number, e: number): number {
  const n = e - s;
  if (n < 4) return 0;
  const c1 = text.charCodeAt(e - 1) | 0x20, c2 = text.charCodeAt(e - 2) | 0x20;
  // (most words end in no clitic's last two letters: one look-up says so)
  if (CLITIC_TAIL[((c2 << 7) | c1) & 0x3fff] === 0) return 0;
  const c3 = text.charCodeAt(e - 3) | 0x20;
  if (n >= 5) {
    if (c3 === 0x6e && c2 === 0x79 && c1 === 0x61) return 3; // nya
    if ((c3 === 0x6c || c3 === 0x6b || c3 === 0x74) && c2 === 0x61 && c1 === 0x68) return 3; // lah kah tah
    if (c3 === 0x70 && c2 === 0x75 && c1 === 0x6e) return 3; // pun
  }
  if ((c2 === 0x6b || c2 === 0x6d) && c1 === 0x75) return 2; // ku mu
  return 0;
}

/**
 * Is text[s2, e2) the word text[s1, e1) (any case) with an Indonesian clitic (`-nya -lah -kah -tah
 * -pun -ku -mu`, as cliticEnd decides)? Then `X-Xnya` is one reduplicated word with its clitic.
 */
export function withClitic(text: string, s1: number, e1: number, s2: number, e2: number): boolean {
  const n = e1 - s1;
  const extra = e2 - s2 - n;
  if (extra < 2 || extra > 3 || cliticEnd(text, s2, e2) !== extra) return false;
  return text.slice(s1, e1).toLowerCase() === text.slice(s2, s2 + n).toLowerCase();
}

/**
 * Length of the clitic a reduplicated word token carries on its second half (`sanksi-sanksinya`: 3),
 * else 0: the second half is longer than the base by that much.
 */
export function reduplicationClitic(t: Tokens, k: number): number {
  const b = t.baseEnd[k]!;
  return t.end[k]! - b - 1 - (b - t.start[k]!);
}

/**
 * Tokenizes `text` into `out` (reused between calls). With a `filter`, also lists in `out.cand` the
 * words that may start a pattern: an ASCII word whose hash, or a hash without its last 1–3 letters
 * (an Indonesian clitic, an English plural), is in the filter; every non-ASCII word and every reduplication.
 */
export function tokenize(text: string, out: Tokens = createTokens(), filter: StartFilter | null = null): Tokens {
  const len = text.length;
  if (out.cap < len + 1) alloc(out, Math.max(len + 1, out.cap * 2));
  let gen = (out.gen + 1) | 0;
  if (gen <= 0) { out.made.fill(0); gen = 1; }
  out.gen = gen;
  out.source = text;
  out.nm = -1;
  const kind = out.kind, start = out.start, end = out.end, baseEnd = out.baseEnd, asc = out.ascii;
  const hash = out.hash, cand = out.cand, made = out.made, texts = out.text, letters = out.letters;
  const bits = filter === null ? null : filter.bits, fshift = filter === null ? 0 : filter.shift;
  const english = filter !== null && filter.english;
  let n = 0, nc = 0;
  let i = 0;
  let plain = len > 0 && text.charCodeAt(0) !== 0x20;
  while (i < len) {
    let c = text.charCodeAt(i);
    // the common case: one space before an ASCII word or punctuation character (go on with that one)
    if (c === 0x20 && i + 1 < len) {
      const d = text.charCodeAt(i + 1);
      if (d < 0x80 && ASCII[d] !== 2) { i++; c = d; }
    }
    if (c < 0x80 ? ASCII[c] === 2 : isSpace(c)) {
      // (a single space before an ASCII word or punctuation character took the fast path above: here
      // is another whitespace character, a run of them, or a space at the end or before non-ASCII)
      plain = false;
      let newlines = 0;
      const s = i;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 0x80 ? ASCII[d] !== 2 : !isSpace(d)) break;
        if (d === 0x0a || (d === 0x0d && text.charCodeAt(i + 1) !== 0x0a) || d === 0x2029) newlines++;
        i++;
      }
      if (newlines >= 2 || text.charCodeAt(s) === 0x2029) {
        kind[n] = T_BREAK; start[n] = s; end[n] = i; baseEnd[n] = i; texts[n] = "\n\n"; made[n] = gen; n++;
      }
      continue;
    }
    if (c < 0x80 ? ASCII[c] === 1 : isWordCode(text, i, c)) {
      const s = i;
      let ascii = true;
      let h = FNV_OFFSET;
      // (1 while only letters: a folded letter is 0x61–0x7a, a digit 0x30–0x39)
      let only = 1;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (d < 0x80) {
          const f = FOLD[d]!;
          if (f === 0) break;
          only &= f >>> 6;
          h = Math.imul(h ^ f, FNV_PRIME);
        } else {
          if (!isWordCode(text, i, d)) break;
          ascii = false;
        }
        i++;
      }
      const k = n++;
      // (made[k] = 0: the slot may have held a token of this call before a reduplication was merged)
      kind[k] = T_WORD; start[k] = s; end[k] = i; baseEnd[k] = i; made[k] = 0;
      if (ascii) {
        asc[k] = 1; hash[k] = h & SMI; letters[k] = only;
      } else {
        asc[k] = 0; letters[k] = 0; hashWord(out, k); plain = false;
      }
      // Full reduplication: X-X (same word, any case) right after, no spaces; the second X may carry
      // an Indonesian clitic (sanksi-sanksinya, undang-undangnya: X-X and its clitic, see withClitic).
      const prev = k - 2;
      const before = s > 0 ? text.charCodeAt(s - 1) : 0; // (the dash of X-X, if any)
      if (
        (before === 0x2d || (before >= 0x2010 && DASHES.has(before))) &&
        prev >= 0 && kind[prev] === T_WORD && kind[prev + 1] === T_PUNCT && texts[prev + 1] === "-" &&
        baseEnd[prev] === end[prev] && end[prev] === start[prev + 1] && end[prev + 1] === s &&
        ((hash[prev] === hash[k] && wordText(out, prev).toLowerCase() === wordText(out, k).toLowerCase()) ||
          (i - s > end[prev]! - start[prev]! && withClitic(text, start[prev]!, end[prev]!, s, i)))
      ) {
        const b = wordText(out, prev);
        const full = b + "-" + wordText(out, k);
        const baseHash = hash[prev]!;
        const both = ascii && asc[prev] === 1;
        if (nc > 0 && cand[nc - 1] === prev) nc--;
        n = prev;
        const m = n++;
        kind[m] = T_WORD; start[m] = start[prev]!; end[m] = i;
        texts[m] = full; made[m] = gen;
        asc[m] = both ? 1 : 0;
        letters[m] = 0;
        out.base[m] = b;
        baseEnd[m] = start[m]! + b.length;
        out.baseHash[m] = baseHash;
        const lw = full.toLowerCase();
        hash[m] = hashKey(lw);
        out.hash2[m] = hashKey(lw.slice(0, -2));
        out.hash3[m] = hashKey(lw.slice(0, -3));
        if (bits !== null) cand[nc++] = m;
        continue;
      }
      if (bits !== null) {
        let may = !ascii;
        if (!may) {
          may = mayStart(bits, fshift, h & SMI);
          // the word without its last 2 or 3 letters only where the matcher would look it up: an
          // Indonesian word ending in a clitic (-ku -mu; -nya -lah -kah -tah -pun), an English word
          // ending in s (plurals: -s, -es, -ies → y), longer than 3 letters
          if (!may && i - s > 3) {
            // (the prefix hashes made here, for these few words only)
            if (english) {
              if ((text.charCodeAt(i - 1) | 0x20) === 0x73) {
                const h3 = asciiPrefixHash(text, s, i - 3);
                const h2 = Math.imul(h3 ^ FOLD[text.charCodeAt(i - 3)]!, FNV_PRIME);
                const h1 = Math.imul(h2 ^ FOLD[text.charCodeAt(i - 2)]!, FNV_PRIME);
                may = mayStart(bits, fshift, h1 & SMI) || mayStart(bits, fshift, h2 & SMI) || mayStart(bits, fshift, h3 & SMI) ||
                  mayStart(bits, fshift, Math.imul(h3 ^ H_Y, FNV_PRIME) & SMI);
              }
            } else {
              const L = cliticEnd(text, s, i);
              if (L !== 0) may = mayStart(bits, fshift, asciiPrefixHash(text, s, i - L) & SMI);
            }
          }
        }
        if (may) cand[nc++] = k;
      }
      continue;
    }
    const width = c >= 0xd800 && c <= 0xdbff && i + 1 < len ? 2 : 1;
    if (c < 0x21 || c > 0x7e) plain = false;
    let p: string;
    if (c === 0x2d) p = "-";
    else if (c === 0x60) { p = "'"; plain = false; } // a grave accent typed for an apostrophe (`Jum`at`)
    else if (c < 0x80) p = text[i]!;
    else if (DASHES.has(c)) p = "-";
    else if (APOSTROPHES.has(c)) p = "'";
    else if (c === 0x201c || c === 0x201d || c === 0x201e) p = '"';
    else p = text.slice(i, i + width);
    const k = n++;
    kind[k] = T_PUNCT; start[k] = i; end[k] = i + width; baseEnd[k] = i + width; texts[k] = p; made[k] = gen;
    i += width;
  }
  out.n = n;
  out.nc = nc;
  out.plain = plain;
  return out;
}

/**
 * A 32-bit key of a token stream: the word hashes (case-folded) and the punctuation characters in
 * order. Equal texts have equal keys; so do texts that differ only in letter case or in spaces around
 * punctuation (a caller that needs equality compares the texts themselves). Meant for plain texts
 * (`t.plain`), whose punctuation tokens are their own characters.
 */
export function tokensKey(t: Tokens): number {
  const n = t.n, kind = t.kind, hash = t.hash, start = t.start, src = t.source;
  let h = Math.imul(FNV_OFFSET ^ n, FNV_PRIME);
  for (let k = 0; k < n; k++) {
    const v = kind[k] === T_WORD ? hash[k]! : 0x40000000 | src.charCodeAt(start[k]!);
    h = Math.imul(h ^ v, FNV_PRIME);
  }
  return h ^ (h >>> 15);
}

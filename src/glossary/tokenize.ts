/**
 * Term tokenizer — the token stream the glossary matcher walks. Pure: no I/O.
 *
 * - A word is a maximal run of letters, digits and combining marks (`G7`, `Utara`, `2019`).
 * - Every other visible character is a punctuation token of its own (`-`, `.`, `'`, `(`, ...); dashes
 *   (‐ ‑ ‒ – —) read as `-`, typographic apostrophes as `'`. Patterns never cross punctuation they do
 *   not contain, so a term never spans a sentence boundary (`Kim. Jong Un` is not `Kim Jong Un`).
 * - Whitespace separates tokens; a blank line (paragraph break) is a hard break token.
 * - A full reduplication `X-X` (`sanksi-sanksi`, `Bangsa-Bangsa`, `mata-mata`) is ONE word whose
 *   `base` is `X`: `sanksi-sanksi` is one occurrence of `sanksi`, never two.
 */

export const WORD = 0;
export const PUNCT = 1;
export const BREAK = 2;

/** Token stream in parallel arrays (fast, few allocations). Offsets are UTF-16, end exclusive. */
export interface Tokens {
  n: number;
  kind: number[];
  start: number[];
  end: number[];
  /** Text of the token: for words the raw text (NFC), for punctuation the normalised character. */
  text: string[];
  /** For a reduplication `X-X`: the text of `X`; else null. */
  base: (string | null)[];
  /** End offset of the base word (for reduplications). */
  baseEnd: number[];
}

const NON_ASCII_WORD = /[\p{L}\p{N}\p{M}]/u;
const DASHES = new Set([0x2010, 0x2011, 0x2012, 0x2013, 0x2014, 0x2212, 0xfe63, 0xff0d]);
const APOSTROPHES = new Set([0x2019, 0x2018, 0x02bc, 0x2032]);

function isWordCode(text: string, i: number, c: number): boolean {
  if (c < 0x80) {
    return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  }
  if (c >= 0xd800 && c <= 0xdbff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i) ?? c));
  if (c >= 0xdc00 && c <= 0xdfff) return NON_ASCII_WORD.test(String.fromCodePoint(text.codePointAt(i - 1) ?? c));
  return NON_ASCII_WORD.test(text[i]!);
}

function isSpace(c: number): boolean {
  return c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xa0 || c === 0x0b || c === 0x0c ||
    c === 0x200b || c === 0xfeff || (c >= 0x2000 && c <= 0x200a) || c === 0x202f || c === 0x205f || c === 0x3000 ||
    c === 0x2028 || c === 0x2029 || c === 0x85;
}

export function createTokens(): Tokens {
  return { n: 0, kind: [], start: [], end: [], text: [], base: [], baseEnd: [] };
}

function push(t: Tokens, kind: number, start: number, end: number, text: string): void {
  const k = t.n++;
  t.kind[k] = kind;
  t.start[k] = start;
  t.end[k] = end;
  t.text[k] = text;
  t.base[k] = null;
  t.baseEnd[k] = end;
}

function wordText(text: string, s: number, e: number, ascii: boolean): string {
  const w = text.slice(s, e);
  return ascii ? w : w.normalize("NFC");
}

/** Tokenizes `text` into `out` (reused between calls). */
export function tokenize(text: string, out: Tokens = createTokens()): Tokens {
  out.n = 0;
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
      let ascii = c < 0x80;
      i++;
      while (i < len) {
        const d = text.charCodeAt(i);
        if (!isWordCode(text, i, d)) break;
        if (d >= 0x80) ascii = false;
        i++;
      }
      const w = wordText(text, s, i, ascii);
      // Full reduplication: X-X (same word, any case) right after, no spaces.
      const prev = out.n - 2;
      if (
        prev >= 0 && out.kind[prev] === WORD && out.kind[prev + 1] === PUNCT && out.text[prev + 1] === "-" &&
        out.base[prev] === null && out.end[prev] === out.start[prev + 1] && out.end[prev + 1] === s &&
        out.text[prev]!.toLowerCase() === w.toLowerCase()
      ) {
        const b = out.text[prev]!;
        out.n = prev;
        const k = out.n++;
        out.kind[k] = WORD;
        out.end[k] = i;
        out.text[k] = b + "-" + w;
        out.base[k] = b;
        out.baseEnd[k] = out.start[k]! + b.length;
        continue;
      }
      push(out, WORD, s, i, w);
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

/**
 * Text normalisation used for identity and matching (never for display): Unicode NFC, typographic
 * quotes and dashes folded to ASCII, every run of whitespace (incl. NBSP) collapsed to one space,
 * trimmed. `normHash` is the identity key of a segment's text. Pure: no I/O.
 */
import { createHash } from "node:crypto";

const QUOTES: Record<string, string> = {
  "\u201c": '"', "\u201d": '"', "\u201e": '"', "\u00ab": '"', "\u00bb": '"',
  "\u2018": "'", "\u2019": "'", "\u201a": "'", "\u2032": "'",
  "\u2013": "-", "\u2014": "-", "\u2212": "-",
};
const QUOTE_RE = /[\u201c\u201d\u201e\u00ab\u00bb\u2018\u2019\u201a\u2032\u2013\u2014\u2212]/g;

/** Printable ASCII only: NFC and the quote folding leave it as it is, and its only whitespace is the space. */
const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

export function normalizeText(text: string): string {
  // the same result without the Unicode passes (most English, much Indonesian)
  if (PRINTABLE_ASCII.test(text)) return (text.includes("  ") ? text.replace(/ {2,}/g, " ") : text).trim();
  return text
    .normalize("NFC")
    .replace(QUOTE_RE, (c) => QUOTES[c] ?? c)
    .replace(/[\s\u00a0\u200b\ufeff]+/g, " ")
    .trim();
}

/** Stable identity hash of a text (hex SHA-1 of its normalised form). */
export function normHash(text: string): string {
  return createHash("sha1").update(normalizeText(text)).digest("hex");
}

export function sha256(text: string | Uint8Array): string {
  return createHash("sha256").update(text).digest("hex");
}

/**
 * A project file's text as Selaras compares it with what it last read or wrote: without a byte-order
 * mark, CRLF line ends as LF. git with core.autocrlf (a Windows colleague) checks files out with CRLF
 * and an editor may add a BOM; neither changes what the file says. (A lone CR inside a value is
 * written escaped, `\\r`, so every CR of a translations file ends a line.)
 */
export function projectFileText(text: string): string {
  const t = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  return t.includes("\r") ? t.replace(/\r\n/g, "\n") : t;
}

/** sha256 of projectFileText: the same for the LF and the CRLF copy of a file. */
export function projectFileHash(text: string | Uint8Array): string {
  return sha256(projectFileText(typeof text === "string" ? text : Buffer.from(text).toString("utf8")));
}

/** A letter or a digit, any script (the code point at a surrogate pair). */
const LETTER_OR_DIGIT = /^[\p{L}\p{N}]$/u;
/** Is the code point `c` a letter or a digit? ASCII decided by its code, the rest by Unicode's classes. */
function isWordCode(c: number): boolean {
  if (c < 0x80) return (c >= 0x30 && c <= 0x39) || ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a);
  return LETTER_OR_DIGIT.test(String.fromCodePoint(c));
}
/** A mark that joins two runs of letters or digits into one word: `-`, `'`, `’`, `.`, `,`. */
const isJoiner = (c: number): boolean => c === 0x2d || c === 0x27 || c === 0x2019 || c === 0x2e || c === 0x2c;

/**
 * Words as a translator counts them (runs of letters/digits, hyphenated compounds count once): the
 * matches of `/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*\/gu`, counted in one pass without making them
 * (ingest counts the words of every segment).
 */
export function countWords(text: string): number {
  const n = text.length;
  let words = 0;
  let i = 0;
  while (i < n) {
    let c = text.codePointAt(i)!;
    if (!isWordCode(c)) { i += c > 0xffff ? 2 : 1; continue; }
    words++;
    for (;;) {
      // the run of letters and digits
      while (i < n && isWordCode((c = text.codePointAt(i)!))) i += c > 0xffff ? 2 : 1;
      // a joiner followed by a letter or a digit goes on with the word
      if (i + 1 < n && isJoiner(text.charCodeAt(i)) && isWordCode(text.codePointAt(i + 1)!)) { i++; continue; }
      break;
    }
  }
  return words;
}

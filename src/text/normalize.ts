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

/** Words as a translator counts them (runs of letters/digits, hyphenated compounds count once). */
export function countWords(text: string): number {
  const m = text.match(/[\p{L}\p{N}]+(?:[-'’.,][\p{L}\p{N}]+)*/gu);
  return m ? m.length : 0;
}

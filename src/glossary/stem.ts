/**
 * The only "stemming" the matcher does (see README, section Glossary):
 * - Indonesian: the enclitics and particles -nya, -lah, -kah, -pun, -tah, -ku, -mu are stripped from the
 *   LAST word of a term (`misilnya` → `misil`, `PBB-lah` is already split at the hyphen). No affix
 *   stemming (meN-, di-, -kan, ber-...): terms are names and noun phrases, and affix stemming would
 *   conflate different words (`serang`/`serangan`/`penyerang`), so a term lists its forms instead.
 * - English: a light inflection normaliser on the LAST word of a rendering: plural / 3rd-person `-s`,
 *   `-es` after sibilants, `-ies` → `-y` (`summits`, `ballistic missiles`, `ICBMs`, `Koreas`). The
 *   possessive `'s` needs nothing: the apostrophe is a token of its own (`North Korea's`).
 * Both sides of a comparison go through the same function, so the rules only need to be consistent.
 */

const CLITICS = ["nya", "lah", "kah", "pun", "tah", "ku", "mu"] as const;
/** Shortest stem left after stripping a clitic. */
const MIN_STEM = 2;

/** The word without its Indonesian clitic, or null if it has none. Works on any case (`DMZnya`, `PBBLAH`). */
export function stripClitic(word: string): string | null {
  const n = word.length;
  if (n < MIN_STEM + 2) return null;
  const last = word.charCodeAt(n - 1) | 0x20;
  // quick reject: every clitic ends in a, h, n or u
  if (last !== 0x61 && last !== 0x68 && last !== 0x6e && last !== 0x75) return null;
  const lower = word.slice(-3).toLowerCase();
  for (const c of CLITICS) {
    if (n - c.length < MIN_STEM) continue;
    if (lower.endsWith(c)) return word.slice(0, n - c.length);
  }
  return null;
}

/** Light English inflection normaliser (see above). Keeps case; all-capital words only lose a final lowercase `s`. */
export function englishStem(word: string): string {
  const n = word.length;
  if (n <= 3) return word;
  const last = word.charCodeAt(n - 1);
  if (last !== 0x73 /* s */) return word;
  const prev = word.charCodeAt(n - 2);
  // ICBMs, UNs: capital letters or digits then a lowercase s
  if ((prev >= 0x41 && prev <= 0x5a) || (prev >= 0x30 && prev <= 0x39)) return word.slice(0, -1);
  if (prev === 0x73 /* ss */ || prev === 0x75 /* us */ || prev === 0x69 /* is */) return word;
  if (prev === 0x65 /* es */ && n > 4) {
    const p2 = word.charCodeAt(n - 3);
    if (p2 === 0x69 /* ies */) return word.slice(0, -3) + "y";
    if (p2 === 0x73 || p2 === 0x78 || p2 === 0x7a) return word.slice(0, -2); // sses, xes, zes
    if (p2 === 0x68 && (word.charCodeAt(n - 4) === 0x63 || word.charCodeAt(n - 4) === 0x73)) return word.slice(0, -2); // ches, shes
  }
  return word.slice(0, -1);
}

/** The English plural of a word (the inverse of englishStem for regular nouns): `summit` → `summits`, `agency` → `agencies`. */
export function englishPlural(word: string): string {
  if (/[^aeiou]y$/i.test(word)) return word.slice(0, -1) + "ies";
  if (/(?:s|x|z|ch|sh)$/i.test(word)) return word + "es";
  return word + "s";
}

const lastWord = (text: string): string => /[\p{L}\p{N}]+$/u.exec(text.replace(/['’]s?$/, ""))?.[0] ?? "";

/**
 * A suggested replacement in the number of the text it replaces: when `matched` (as found in the
 * English, `peak meetings`) is the plural of the glossary rendering it matched (`peak meeting`), a
 * common-noun replacement becomes plural too (`summit` → `summits`). Names (a capitalised last word),
 * acronyms and replacements already ending in `s` are left as they are.
 */
export function inflectLike(matched: string, rendering: string, replacement: string): string {
  const m = lastWord(matched);
  const r = lastWord(rendering);
  if (m === "" || r === "" || m.toLowerCase() === r.toLowerCase()) return replacement;
  if (englishStem(m).toLowerCase() !== r.toLowerCase()) return replacement;
  const w = /[\p{L}]+$/u.exec(replacement)?.[0];
  if (!w || !/^\p{Ll}/u.test(w) || englishStem(w) !== w) return replacement;
  return replacement.slice(0, replacement.length - w.length) + englishPlural(w);
}

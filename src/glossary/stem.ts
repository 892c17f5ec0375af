/**
 * The only "stemming" the matcher does (see docs/guide/glossary.md, section Stemming):
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

/**
 * The stems under which a rendering's last word must also be found, besides englishStem(word): the
 * stems of its regular plurals where englishStem does not give the word back. englishStem reads a
 * word without knowing its singular, so some plurals come out as another string: `houses` → `hous`,
 * `prizes` → `priz`, `headaches` → `headach`, `movies` → `movy`, `volcanoes` → `volcanoe`, and a word
 * in `-is` is left whole (`crisis`), so `tsunamis`, `Iraqis` stay as written. The matcher files the
 * rendering under these stems too (at compile time: matching itself is unchanged). `-es` is only
 * tried after a consonant and `o` (`heroes`, `embargoes`), where English writes it: elsewhere
 * `word + e` would be another word (`rat` → `rate`). Words under 3 letters get none (`24s`, `UNs`).
 */
export function englishPluralStems(word: string): string[] {
  const base = englishStem(word);
  const out: string[] = [];
  const add = (plural: string): void => {
    const st = englishStem(plural);
    if (st !== base && !out.includes(st)) out.push(st);
  };
  // (a plural englishStem would read: longer than 3 letters; after s, x, z, ch, sh English writes -es, which englishStem reads)
  if (word.length < 3) return out;
  if (!/(?:[sxz]|[cs]h)$/i.test(word)) add(word + "s");
  if (/[^aeiouAEIOU]o$/.test(word)) add(word + "es");
  return out;
}

/** Is `inflected` (as found in English) the last word `word` of a rendering, or one of its regular plurals? */
export function inflectionOf(inflected: string, word: string): boolean {
  const st = englishStem(inflected);
  return st === englishStem(word) || englishPluralStems(word).includes(st);
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
  if (!inflectionOf(m.toLowerCase(), r.toLowerCase())) return replacement;
  const w = /[\p{L}]+$/u.exec(replacement)?.[0];
  if (!w || !/^\p{Ll}/u.test(w) || englishStem(w) !== w) return replacement;
  return replacement.slice(0, replacement.length - w.length) + englishPlural(w);
}

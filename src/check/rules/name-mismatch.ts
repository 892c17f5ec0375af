/**
 * name-mismatch — a name outside the glossary that the target writes another way or replaces: `Prabowo
 * Subianto` → `Prabowo Subiyanto`, `Listyo Sigit Prabowo` → `Listyo Sigit Purnomo`, `Wayan Koster` → `Wayan
 * Kostar`, `Aditya Perdana` → `Aditya Pratama`.
 *
 * A name is a capitalised word of the source (a capital, then a small letter; four letters or more) that
 * the target does not render: not written there in any case, nor as a form of it (`Sumatra` → `Sumatran`,
 * `Palestina` → `Palestinian`, `Departemen` → `Department`, `Teheran` → `Tehran`: the same word after English
 * spelling, c/k, q/k, ph/f and double letters folded, or vowels left out — but not one consonant more or less
 * inside it, a doubled one too: `Afifuddin` → `Afifudin` is misspelt), nor a part of it (`Al-Thawra` →
 * `Ath-Thawra`), nor by one of its translations in the aligner's word list (`Sungai` → `River`). Such a word
 * is reported as `changed` to a target word T — capitalised, four letters or more, not the target's first
 * word, not in the source, neither an English word of the word list nor a translation of a source word —
 * where T stands right after a name the target keeps, as the name stood right after it in the source
 * (`Listyo Sigit Prabowo` → `Listyo Sigit Purnomo`; the kept name no Indonesian word: not after `Jalan`), or
 * where T is within one letter of it (two from seven letters: `Erick Thohir` → `Erick Tohir`; the name no
 * word the word list knows as Indonesian), or where T stands beside the rendering of a word that heads a
 * place's name (PLACE_HEADS; in the source `Jalan`, `Kabupaten`, `Lapangan` before the name, a compass word
 * after it), as the name stood beside that word: `Jalan Diponegoro` → `Gajah Mada Street`, `Bekasi Utara` →
 * `North Bogor`, `Kabupaten Sukabumi` → `Garut regency`, with a capitalised word between, `Pengadilan Tipikor
 * Semarang` → `Yogyakarta Corruption Court` (the name no Indonesian word but one the list carries as a name,
 * `Selat Bali` → `Lombok Strait`; T not its English form: `pulau Karibia` → `Caribbean island`), or where T
 * stands right after an English title (TITLES) and the source's title, rendered by one, stood before the name,
 * all of whose words the target lacks: `Menteri Agama Nasaruddin Umar` → `Religious Affairs Minister Lukman
 * Hakim Saifuddin`, or where T (the target's first word too) stands right before such a title and the name right
 * after the source's (`Bupati Bogor Rudy Susmanto` → `Depok Regent Rudy Susmanto`), or where T (three letters
 * will do) stands right before a name the target keeps, as the name stood before it (`Shin Tae-yong` → `Kim
 * Tae-yong`). A bracketed acronym replaced by another that is no English acronym of the words before it is
 * reported too (`(BMKG)` → `The National Disaster Management Agency (BNPB)`). Two words the same but for a last
 * consonant are a misspelling (`Sadikin` → `Sadikim`). A target written in title case (a headline) is not read. Not read
 * either: a name within a glossary term of the source (the glossary's checks report it, with the expected
 * rendering: said once), and a name of words translated with its order turned (`Paket Speedy Cermat` →
 * `Thrifty Speedy Package`: the target's words before and after the kept one both new).
 *
 * A place's compass word turned round is reported too (`compass`; compassProblems): `Surabaya Timur` → `West
 * Surabaya`, `Jawa Tengah` → `East Java`.
 *
 * A name left out (`Kapolres AKBP Yuswanto Ardi` dropped) is not reported: two unknown capitalised words in
 * a row all missing fired on 1.1% of real pairs, half of them offices translated (`Polda Metro Jaya`,
 * `Menko Kesra`). A warning: the word list is small.
 *
 * Cheap on most pairs: a target with no capitalised word but its first that the source lacks is passed
 * after one scan of its capitals, and a source whose capitalised words all stand in the target as written
 * after one scan of its own; the word list is read (and built, about 0.5 s, the first time) only for a
 * name with a word near it, a kept name or a title before it or a place head beside it.
 */
import { distance } from "fastest-levenshtein";
import { englishLemmas, englishStem, freedictLexicon } from "../../align/lexicon";
import { defineCheck, NO_PROBLEMS, type CheckInput, type Problem } from "../types";
import { englishHeadwords, wordLanguage } from "../util";
import { ID_FUNCTION_WORDS } from "../../text/function-words";

interface Word { text: string; lower: string; start: number; end: number; cap: boolean }

const WORD = /[\p{L}\p{N}]+(?:[-'’.][\p{L}\p{N}]+)*/gu;
const CAPITAL = /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}[\p{L}-]*/gu;

function wordsOf(text: string): Word[] {
  const out: Word[] = [];
  for (const m of text.matchAll(WORD)) {
    // (a possessive is its name: `Indonesia's`)
    const t = m[0].replace(/['’]s$/u, "");
    out.push({ text: t, lower: t.toLowerCase(), start: m.index, end: m.index + t.length, cap: /^\p{Lu}\p{Ll}/u.test(t) });
  }
  return out;
}

/** English spelling folded (c/k, q/k, ph/f, x/ks, double letters, apostrophes), for the forms of one word. */
const fold = (w: string): string =>
  w.toLowerCase().replace(/['’]/g, "").replace(/ph/g, "f").replace(/q/g, "k").replace(/c(?=[eiy])/g, "s").replace(/c/g, "k").replace(/x/g, "ks").replace(/(.)\1+/g, "$1");
/** English spelling folded as `fold` does, but double letters kept (`afifuddin`, `afifudin`). */
const foldKeepDoubles = (w: string): string =>
  w.toLowerCase().replace(/['’]/g, "").replace(/ph/g, "f").replace(/q/g, "k").replace(/c(?=[eiy])/g, "s").replace(/c/g, "k").replace(/x/g, "ks");
/**
 * Is one word the other with one consonant more, inside it or doubling its neighbour (`Afifuddin` → `Afifudin`,
 * `Hermansyah` → `Hermansah`)? A misspelt name, not a form of it: in the shared alignment data translators keep
 * a name's double letters (533 times against 3) — a last letter added is a form (`Sumatra` → `Sumatran`), a
 * vowel left out a spelling (`Teheran` → `Tehran`).
 */
function consonantApart(a: string, b: string): boolean {
  if (a.length === b.length + 1) [a, b] = [b, a];
  if (b.length !== a.length + 1) return false;
  let i = 0;
  while (i < a.length && a[i] === b[i]) i++;
  if (a.slice(i) !== b.slice(i + 1) || "aeiou".includes(b[i]!)) return false;
  return i < a.length || b[i] === b[i - 1];
}
/**
 * Are two folded words the same but for their last letter, two consonants other than `s` (`Sadikin` → `Sadikim`)?
 * A misspelt name: an English form changes a vowel there (`Filipina` → `Filipino`) or adds
 * letters (`Sumatran`).
 */
function lastConsonantSwapped(a: string, b: string): boolean {
  const n = a.length;
  if (n < 4 || b.length !== n || a.slice(0, -1) !== b.slice(0, -1)) return false;
  const x = a[n - 1]!, y = b[n - 1]!;
  return x !== y && !"aeiouys".includes(x) && !"aeiouys".includes(y);
}
/** Is `short` `long` with some of its vowels left out (`Tehran` of `Teheran`)? */
function vowelsDropped(long: string, short: string): boolean {
  if (short.length >= long.length) return false;
  let j = 0;
  for (let i = 0; i < long.length; i++) {
    if (j < short.length && long[i] === short[j]) j++;
    else if (!"aeiou".includes(long[i]!)) return false;
  }
  return j === short.length;
}
/**
 * Is `t` the word `n` in another spelling or form (`Palestinian` of `Palestina`, `Department` of
 * `Departemen`, `American` of `Amerika`, `Hijri` of `Hijriah`, `Tehran` of `Teheran`)?
 */
function sameWord(n: string, t: string): boolean {
  if ((n.length - t.length) ** 2 === 1 && consonantApart(foldKeepDoubles(n), foldKeepDoubles(t))) return false;
  const a = fold(n), b = fold(t);
  if (lastConsonantSwapped(a, b)) return false;
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return a === b || p >= 6 || (p >= 4 && p >= a.length - 1) || (p >= 5 && p === Math.min(a.length, b.length)) || vowelsDropped(a, b) || vowelsDropped(b, a);
}

/** An English word of the aligner's word list (its headwords, or their lemmas: `leaders`, `Ready`). */
function isEnglish(lower: string): boolean {
  const english = englishHeadwords();
  return english.has(lower) || englishLemmas(lower).some((x) => english.has(x)) || wordLanguage(lower) === "en";
}
/** A word the word list knows as Indonesian (it has translations, or the shape of one), or a function word (`telah`, `para`). */
const isIndonesian = (lower: string): boolean => ID_FUNCTION_WORDS.has(lower) || freedictLexicon().translate(lower).length > 0 || wordLanguage(lower) === "id";

/**
 * A name the word list carries, translated by itself (`bogor`, `bekasi`; `bali`, beside `feedback`; `banteng`,
 * beside `bull`): a name first, though its headwords make it English.
 */
function listedName(lower: string): boolean {
  return freedictLexicon().translate(lower).includes(lower);
}

/** Words a title-case headline leaves in lower case. */
const SMALL = new Set(["a", "an", "the", "of", "in", "on", "at", "to", "for", "and", "or", "but", "by", "with", "from", "as", "vs"]);
/** Is the target a title-case headline (three capitalised words or more, every other word one a headline leaves small)? */
function titleCase(words: readonly Word[]): boolean {
  let caps = 0;
  for (const w of words) {
    if (w.cap) caps++;
    else if (w.text.length > 1 && /^\p{Ll}/u.test(w.text) && !SMALL.has(w.lower)) return false;
  }
  return caps >= 3;
}

/** Does a capitalised word of the source, of four letters or more, not stand in the target as written? */
function mayReport(source: string, target: string): boolean {
  for (const m of source.matchAll(CAPITAL)) if (m[0].length >= 4 && !target.includes(m[0])) return true;
  return false;
}

/**
 * A word of the target that may stand for a name (mayStandFor): an ASCII capital at the start of a word (no
 * letter, digit, hyphen or apostrophe before it; any character past U+00BF counts as a letter), a small letter
 * after it, four characters or more of a word (wordChar).
 */
const TARGET_CAPITALISED = /(?<![a-zA-Z0-9'\u00C0-\uFFFF-])[A-Z](?=[a-z\u00C0-\uFFFF])[a-zA-Z0-9'\u00C0-\uFFFF-]{2,}/g;
/** Has the target a capitalised word of four letters or more, after its first word, that the source does not have as written? (one search of its capitals) */
function mayStandFor(source: string, target: string): boolean {
  TARGET_CAPITALISED.lastIndex = 1;
  for (let m = TARGET_CAPITALISED.exec(target); m !== null; m = TARGET_CAPITALISED.exec(target)) {
    const i = m.index;
    // (a possessive is its name: `Jakarta's`)
    const q = m[0].charCodeAt(m[0].length - 2);
    const word = m[0].endsWith("s") && (q === 39 || q === 0x2019) ? m[0].slice(0, -2) : m[0];
    if (source.includes(word)) continue;
    // (a word of three letters only before a name the target keeps: `Coach Kim Tae-yong` for `Shin Tae-yong`)
    if (word.length === 3 ? keptAfter(source, target, i + 3) : keptBefore(source, target, i) || keptAfter(source, target, i + word.length) || nearInSource(source, target, word) || besidePlaceHead(source, target, i, i + word.length) || afterTitleWord(target, i)) return true;
  }
  return firstBeforeTitle(source, target) !== undefined;
}
/** The target's first word, when it is capitalised (four letters or more), not in the source as written, and right before one of TITLES (`Depok Regent Rudy Susmanto`): a place the title names. */
function firstBeforeTitle(source: string, target: string): string | undefined {
  const c = target.charCodeAt(0), d = target.charCodeAt(1);
  if (!(c >= 65 && c <= 90 && d >= 97 && d <= 122)) return undefined;
  let e = 2;
  while (e < target.length && wordChar(target.charCodeAt(e))) e++;
  if (e < 4 || target.charCodeAt(e) !== 32) return undefined;
  let f = e + 1;
  while (f < target.length && wordChar(target.charCodeAt(f))) f++;
  if (f - e - 1 < 4 || f - e - 1 > 11 || !TITLES.has(target.slice(e + 1, f).toLowerCase())) return undefined;
  const first = target.slice(0, e);
  return source.includes(first) ? undefined : first;
}
/** Is the word before `at` in the target capitalised and in the source as written (a kept name the word may follow)? */
function keptBefore(source: string, target: string, at: number): boolean {
  if (target.charCodeAt(at - 1) !== 32) return false;
  let s = at - 1;
  while (s > 0 && wordChar(target.charCodeAt(s - 1))) s--;
  const c = target.charCodeAt(s);
  return s < at - 1 && ((c >= 65 && c <= 90) || c >= 0xc0) && source.includes(target.slice(s, at - 1));
}
/**
 * Is the word after `end` in the target capitalised (four letters or more) and in the source as written, after a
 * capitalised word of four letters or more that the target lacks (a kept name the word may precede in place of
 * another: `Kim Tae-yong` for `Shin Tae-yong`)?
 */
function keptAfter(source: string, target: string, end: number): boolean {
  if (target.charCodeAt(end) !== 32) return false;
  const c = target.charCodeAt(end + 1);
  if (!((c >= 65 && c <= 90) || c >= 0xc0)) return false;
  let e = end + 2;
  while (e < target.length && wordChar(target.charCodeAt(e))) e++;
  if (e - end - 1 < 4) return false;
  const at = source.indexOf(target.slice(end + 1, e)) - 1;
  if (at < 4 || source.charCodeAt(at) !== 32) return false;
  let b = at;
  while (b > 0 && wordChar(source.charCodeAt(b - 1))) b--;
  const first = source.charCodeAt(b), second = source.charCodeAt(b + 1);
  return at - b >= 4 && ((first >= 65 && first <= 90) || first >= 0xc0) && second >= 97 && second <= 122 && !target.includes(source.slice(b, at));
}
/** Is the word before `at` in the target one of TITLES (a name the word may replace stood after a title)? */
function afterTitleWord(target: string, at: number): boolean {
  if (target.charCodeAt(at - 1) !== 32) return false;
  let s = at - 1;
  while (s > 0 && wordChar(target.charCodeAt(s - 1))) s--;
  return at - 1 - s >= 4 && TITLES.has(target.slice(s, at - 1).toLowerCase());
}
/** Has the source a capitalised word missing from the target, with the same first letter as `word` and a length within two of it? */
function nearInSource(source: string, target: string, word: string): boolean {
  for (const m of source.matchAll(CAPITAL)) {
    if (m[0][0] === word[0] && Math.abs(m[0].length - word.length) <= 2 && !target.includes(m[0])) return true;
  }
  return false;
}
/**
 * English words that head a place's name (`Gajah Mada Street`, `Garut regency`, `North Bogor`, `Benteng
 * Square`): a source word the word list renders by one of them (`Jalan`, `Kabupaten`, `Utara`, `Lapangan`)
 * stands beside the place's own name, and so does its rendering in the target.
 */
const PLACE_HEADS = new Set([
  "street", "road", "avenue", "lane", "regency", "district", "subdistrict", "village", "city", "town", "province", "square", "field",
  "market", "river", "mount", "mountain", "island", "islands", "bay", "lake", "beach", "port", "harbor", "harbour", "ward", "hamlet",
  "bridge", "park", "strait", "mosque", "church", "university", "airport", "station", "court", "north", "south", "east", "west",
  "central", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest",
]);
/** English titles a person's name follows (`Regent Iti Octavia`, `Minister Lukman Hakim`): a name after one is read when the source names someone else after its own title. */
const TITLES = new Set([
  "minister", "regent", "mayor", "governor", "director", "president", "chairman", "chairwoman", "chief", "head", "rector", "speaker",
  "ambassador", "secretary", "commander", "general", "coach", "judge", "prosecutor", "spokesman", "spokeswoman", "spokesperson", "leader",
  "singer", "actor", "actress", "player", "captain", "bishop", "imam", "cleric", "priest", "chair", "dean", "principal", "founder",
]);
/** Abbreviated titles a name follows (`Col Ahmad`, `Gen Sudirman`): no name of three letters. */
const ABBREVIATIONS = new Set(["col", "gen", "maj", "sgt", "cpl", "pte", "adm", "cdr", "rev", "hon", "sen", "rep", "gov", "mrs", "sir", "lord", "prof", "capt", "insp", "supt", "cmdr", "brig", "comr", "pres", "dame", "lady", "haji", "hajj", "hajjah", "mbak", "mas", "pak", "bu", "dr"]);
/** The compass words of PLACE_HEADS: a name stands before them in Indonesian (`Bekasi Utara`). */
const COMPASS = new Set(["north", "south", "east", "west", "central", "northern", "southern", "eastern", "western", "northeast", "northwest", "southeast", "southwest"]);
/** How many letters two words share from their start. */
function sharedStart(a: string, b: string): number {
  let p = 0;
  while (p < a.length && p < b.length && a[p] === b[p]) p++;
  return p;
}
/** Is the word before `start` or after `end` in the target a place head (PLACE_HEADS) or a word of the source as written (one pass over its characters)? */
function besidePlaceHead(source: string, target: string, start: number, end: number): boolean {
  let s = start - 1;
  if (target.charCodeAt(s) === 32) {
    let b = s;
    while (b > 0 && wordChar(target.charCodeAt(b - 1))) b--;
    const w = target.slice(b, s);
    if (PLACE_HEADS.has(w.toLowerCase()) || (w.length >= 4 && source.includes(w))) return true;
  }
  if (target.charCodeAt(end) === 32) {
    s = end + 1;
    let e = s;
    while (e < target.length && wordChar(target.charCodeAt(e))) e++;
    const w = target.slice(s, e);
    if (PLACE_HEADS.has(w.toLowerCase()) || (w.length >= 4 && source.includes(w))) return true;
    // (a capitalised word, then a head: `Palembang Corruption Court`)
    const c = target.charCodeAt(s);
    if (c >= 65 && c <= 90 && target.charCodeAt(e) === 32) {
      let f = e + 1;
      while (f < target.length && wordChar(target.charCodeAt(f))) f++;
      if (PLACE_HEADS.has(target.slice(e + 1, f).toLowerCase())) return true;
    }
  }
  return false;
}

/** A letter, a digit, a hyphen or an apostrophe (any character past ASCII counts as a letter). */
const wordChar = (c: number): boolean => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 39 || c >= 0xc0;

/**
 * Where the glossary matched the source: its terms, or (in an audit, which gives a check that reads the texts
 * no terms) the matches its tokens carry. Read only for a name about to be reported.
 */
function glossarySpans(input: CheckInput): readonly { start: number; end: number }[] {
  if (input.sourceTerms.length > 0) return input.sourceTerms;
  const t = input.sourceTokens;
  if (t == null || t.nm <= 0 || t.source !== input.source) return [];
  const out: { start: number; end: number }[] = [];
  for (let k = 0; k < t.nm; k++) out.push({ start: t.matches[3 * k]!, end: t.matches[3 * k + 1]! });
  return out;
}

/** An acronym in brackets after a name: `Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)`, `Badan Pangan Nasional (Bapanas)`. */
const BRACKETED_ACRONYM = /\(([A-Z][A-Za-z]*[A-Z]|[A-Z][a-z]{3,})\)/g;
/**
 * An institution's bracketed acronym replaced by another (`Badan Meteorologi, Klimatologi, dan Geofisika (BMKG)` →
 * `The National Disaster Management Agency (BNPB)`): the source's one bracketed acronym is nowhere in the target, the
 * target's one bracketed acronym nowhere in the source, and its letters not those of the English words before it in
 * their order (`Jakarta Stock Exchange (JSX)` for `Bursa Efek Jakarta (BEJ)`, `United Nations (UN)` for `(PBB)`: an
 * English acronym of the rendering).
 */
function acronymSwapped(source: string, target: string): Problem | undefined {
  if (!target.includes("(") || !source.includes("(")) return undefined;
  const s = [...source.matchAll(BRACKETED_ACRONYM)], t = [...target.matchAll(BRACKETED_ACRONYM)];
  if (s.length !== 1 || t.length !== 1) return undefined;
  const a = s[0]![1]!, b = t[0]![1]!;
  if (a === b || new RegExp(`\\b${a}\\b`).test(target) || new RegExp(`\\b${b}\\b`).test(source)) return undefined;
  // (a short name in small letters after its capital, `(Bapanas)`, `(Basarnas)`: not an English word, `(Reuters)` none)
  if (/[a-z]$/.test(b) && isEnglish(b.toLowerCase())) return undefined;
  // (the English words before the bracket, back to the sentence's or clause's start: do they spell the acronym in order?)
  const before = target.slice(0, t[0]!.index).split(/[.;:]/).pop()!.toLowerCase();
  let j = 0;
  for (let i = 0; i < before.length && j < b.length; i++) if (before[i] === b[j]!.toLowerCase()) j++;
  if (j === b.length) return undefined;
  const si = s[0]!.index + 1, ti = t[0]!.index + 1;
  return { messageId: "changed", data: { name: a, rendered: b }, source: { start: si, end: si + a.length }, target: { start: ti, end: ti + b.length } };
}

/** An English verb of speech after a speaker (`Anton said`), and the Indonesian words that name one (`kata`, `menurut`). */
const SPEECH_EN = /^(?:said|says|told|tells|added|adds|stated|states|explained|explains|noted|notes|stressed|argued|claimed|asserted|revealed|announced)$/;
const SPEECH_ID = /\b(?:kata|katanya|ujar|ujarnya|ucap|ucapnya|tutur|tuturnya|mengatakan|dikatakan|menyatakan|menurut|menjelaskan|menyebut|menyebutkan|menegaskan|menambahkan|mengungkapkan|mengumumkan|menuturkan|jelas|jelasnya|tambahnya|tegasnya)\b/i;
/** An acronym of the source (three characters or more, capitals and digits: `KNKT`, `KPK`, `BP2MI`) and the word after it. */
const SOURCE_ACRONYM = /(?<![\p{L}\p{N}-])([A-Z][A-Z0-9]{2,7})(?![\p{L}\p{N}-])(?: (\p{Lu}\p{Ll}+))?/gu;
/**
 * An institution's acronym replaced by another institution's short name at the head of the sentence (`KNKT menemukan`
 * → `Basarnas found`, `KPK menetapkan` → `Kejagung named`, `Ketua KNKT Soerjanto Tjahjono` → `Basarnas head Soerjanto
 * Tjahjono`): the target's first word (after `The`), capitalised, four letters or more, is in the source in no form, is
 * no English word nor a translation of a source word, and stands where an acronym of the source stood that the target
 * lacks — the source's first word, the next word of the target in small letters (`Basarnas found`); or right before a
 * name the target keeps, the target's word in its place an English title before that name (`Basarnas head Soerjanto`).
 * An acronym spelt out (`The National Transportation Safety Committee found`) is English words, no finding.
 */
function acronymReplaced(source: string, target: string): Problem | undefined {
  // (the target's first word tested first, without reading the source's words: an acronym at the source's head (three
  // character codes), or an English title after the target's first word; most pairs have neither)
  const at = target.startsWith("The ") ? 4 : 0;
  const s0 = source.charCodeAt(0), s1 = source.charCodeAt(1), s2 = source.charCodeAt(2);
  const head = s0 >= 65 && s0 <= 90 && s1 >= 65 && s1 <= 90 && ((s2 >= 65 && s2 <= 90) || (s2 >= 48 && s2 <= 57));
  const c = target.charCodeAt(at), d = target.charCodeAt(at + 1);
  if (!(c >= 65 && c <= 90 && d >= 97 && d <= 122)) return undefined;
  let e = at + 2;
  while (e < target.length && wordChar(target.charCodeAt(e))) e++;
  if (e - at < 4 || target.charCodeAt(e) !== 32) return undefined;
  let f = e + 1;
  while (f < target.length && wordChar(target.charCodeAt(f))) f++;
  const next = target.slice(e + 1, f);
  if (!head && !TITLES.has(next.charCodeAt(0) >= 97 ? next : next.toLowerCase())) return undefined;
  const t = target.slice(at, e);
  if (source.includes(t)) return undefined;
  let name: RegExpExecArray | undefined;
  for (const m of source.matchAll(SOURCE_ACRONYM)) {
    if (!/[A-Z].*[A-Z]/.test(m[1]!) || new RegExp(`(?<![\\p{L}\\p{N}])${m[1]}(?![\\p{L}\\p{N}])`, "u").test(target)) continue;
    // (the source's first word, the target's followed by a word in small letters: `KNKT menemukan` → `Basarnas found`)
    // (not a speaker the target names where the source says none: `RUPSLB juga akan meminta` → `Anton said the meeting would`)
    if (m.index === 0 && /^\p{Ll}/u.test(next) && !TITLES.has(next) && !(SPEECH_EN.test(next) && !SPEECH_ID.test(source))) name = m;
    // (before a name the target keeps, after an English title there: `Ketua KNKT Soerjanto` → `Basarnas head Soerjanto`)
    else if (m[2] !== undefined && m[2].length >= 4 && TITLES.has(next.toLowerCase()) && target.startsWith(` ${m[2]}`, f)) name = m;
    if (name !== undefined) break;
  }
  if (name === undefined) return undefined;
  // (the word list read only now: a new word, no English word (`National`), no source word in another form or translated)
  const lower = t.toLowerCase();
  if (isEnglish(lower) || wordsOf(source).some((w) => w.cap && sameWord(w.text, t))) return undefined;
  if (wordsOf(source).some((w) => freedictLexicon().translate(w.lower).some((x) => x === lower || englishStem(x) === englishStem(lower)))) return undefined;
  return { messageId: "changed", data: { name: name[1]!, rendered: t }, source: { start: name.index, end: name.index + name[1]!.length }, target: { start: at, end: e } };
}

/** An acronym of the source after a word of speech (`kata KNKT`, `ujar KPK`, `menurut BMKG`): the speaker, in group 1. */
const SPEAKER_ACRONYM_ID = /\b(?:kata|ujar|ucap|tutur|menurut|jelas|tambah|tegas|papar|imbuh)\s+([A-Z][A-Z0-9]{2,7})(?![\p{L}\p{N}-])/u;
/** The speaker of the target, a capitalised word of four letters or more (`Basarnas said`, `said Basarnas`, `according to Basarnas`): in group 1, 2 or 3. */
const SPEAKER_EN = /(?<![\p{L}\p{N}-])(\p{Lu}\p{Ll}[\p{L}\p{N}]{2,})\s+(?:said|says|told|tells|added|adds|stated|explained|noted|stressed)\b|\b(?:said|says|added|adds|told|stated|explained)\s+(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}\p{N}]{2,})(?![\p{L}\p{N}-])|\baccording\s+to\s+(?:the\s+)?(\p{Lu}\p{Ll}[\p{L}\p{N}]{2,})(?![\p{L}\p{N}-])/u;
/**
 * An institution's acronym replaced as the speaker anywhere in the sentence (`"…," kata KNKT` → `"…," Basarnas said`,
 * `menurut BMKG` → `according to Basarnas`): the source names an acronym after a word of speech, the target lacks it
 * and names as its speaker a capitalised word of four letters or more that the source has in no form, no English word
 * (`the National Transportation Safety Committee said`: spelt out) nor a translation of a source word.
 */
function acronymSpeaker(source: string, target: string): Problem | undefined {
  const said = SPEAKER_ACRONYM_ID.exec(source);
  if (said === null) return undefined;
  const acronym = said[1]!;
  if (!/[A-Z].*[A-Z]/.test(acronym) || new RegExp(`(?<![\\p{L}\\p{N}])${acronym}(?![\\p{L}\\p{N}])`, "u").test(target)) return undefined;
  const speaker = SPEAKER_EN.exec(target);
  if (speaker === null) return undefined;
  const t = speaker[1] ?? speaker[2] ?? speaker[3]!;
  if (source.includes(t)) return undefined;
  const lower = t.toLowerCase();
  if (isEnglish(lower) || wordsOf(source).some((w) => w.cap && sameWord(w.text, t))) return undefined;
  if (wordsOf(source).some((w) => freedictLexicon().translate(w.lower).some((x) => x === lower || englishStem(x) === englishStem(lower)))) return undefined;
  const start = speaker[1] !== undefined ? speaker.index : speaker.index + speaker[0].length - t.length;
  const at = said.index + said[0].length - acronym.length;
  return { messageId: "changed", data: { name: acronym, rendered: t }, source: { start: at, end: at + acronym.length }, target: { start, end: start + t.length } };
}

export function nameProblems(source: string, target: string, glossary: () => readonly { start: number; end: number }[] = () => []): Problem[] {
  const replaced = acronymReplaced(source, target) ?? acronymSpeaker(source, target);
  if (replaced !== undefined) return [replaced, ...wordProblems(source, target, glossary)];
  const swapped = acronymSwapped(source, target);
  if (swapped === undefined) return wordProblems(source, target, glossary);
  return [swapped, ...wordProblems(source, target, glossary)];
}

/** The capitalised words of the source written another way or replaced (nameProblems but the bracketed acronyms). */
function wordProblems(source: string, target: string, glossary: () => readonly { start: number; end: number }[]): Problem[] {
  if (!target.trim() || !mayStandFor(source, target) || !mayReport(source, target)) return NO_PROBLEMS;
  const sw = wordsOf(source), tw = wordsOf(target);
  const inSource = new Set(sw.map((w) => w.lower));
  // (the words of the target that may stand for a name: capitalised, four letters or more, not its first word, not in the source)
  const candidate = tw.map((t, k) => k > 0 && t.cap && t.text.length >= 4 && !inSource.has(t.lower));
  // (the first word, before a title: `Depok Regent Rudy Susmanto` — a place the title names, read by beforeTitle only)
  const first = firstBeforeTitle(source, target) !== undefined && !inSource.has(tw[0]!.lower);
  if ((!candidate.includes(true) && !first && !tw.some((t, k) => k > 0 && t.cap && t.text.length === 3 && !inSource.has(t.lower))) || titleCase(tw)) return NO_PROBLEMS;
  // (the target's words, and the parts of its hyphenated ones: `Ath-Thawra` keeps `Thawra`)
  const inTarget = new Set(tw.flatMap((w) => (w.text.includes("-") ? [w.lower, ...w.lower.split("-")] : [w.lower])));
  let stems: Set<string> | undefined;
  const targetStems = () => (stems ??= new Set(tw.flatMap((w) => [englishStem(w.lower), ...englishLemmas(w.lower)])));
  const rendered = (w: Word): boolean => {
    // (`Al-Assad` → `Assad`: a part of a hyphenated name)
    if (w.text.includes("-") && w.lower.split("-").some((p) => p.length >= 4 && inTarget.has(p))) return true;
    if (tw.some((t) => sameWord(w.text, t.text))) return true;
    return freedictLexicon().translate(w.lower).some((e) => targetStems().has(e));
  };
  // (`Package` for `Paket`: a word of the source translated)
  const translatesSource = (t: Word): boolean => {
    const forms = new Set([englishStem(t.lower), ...englishLemmas(t.lower)]);
    return sw.some((w) => freedictLexicon().translate(w.lower).some((e) => forms.has(e)));
  };
  // a word of the target that may stand for a name: a candidate, and no English word nor a translation of the source
  const other = (k: number): Word | undefined => {
    const t = tw[k];
    return t !== undefined && candidate[k] && !isEnglish(t.lower) && !translatesSource(t) ? t : undefined;
  };
  const kept = (w: Word | undefined): boolean => w !== undefined && w.cap && inTarget.has(w.lower);
  const joined = (text: string, a: Word, b: Word) => text.slice(a.end, b.start) === " ";
  // (a name of words translated, English turning its order: `Paket Speedy Cermat` → `Thrifty Speedy Package`: the
  // source's word before the kept one is a capitalised word the target does not render, and the target's word
  // before it a new capitalised word — the words around the kept one were translated, not one of them replaced)
  const turned = (si: number, tk: number): boolean => {
    const sp = sw[si - 1], tp = tw[tk - 1];
    return sp !== undefined && tp !== undefined && sp.cap && joined(source, sp, sw[si]!) && !inTarget.has(sp.lower) && tk - 1 > 0 && candidate[tk - 1]! && joined(target, tp, tw[tk]!) && !rendered(sp);
  };
  // (a name within a glossary term: the glossary's checks say it, with the expected rendering)
  const inGlossary = (n: Word): boolean => glossary().some((g) => g.start <= n.start && n.end <= g.end);
  // (the source word beside the name heads a place's name; its rendering, or itself as written, stands beside a new word of the target)
  // (the target's words with a new capitalised word joined beside them (a candidate), and whether one of them is a
  // place head: where besidePlace may find a name, tested before the word list is read)
  let spots: { heads: boolean; texts: Set<string> } | undefined;
  const besideCandidate = (): { heads: boolean; texts: Set<string> } => {
    if (spots !== undefined) return spots;
    spots = { heads: false, texts: new Set() };
    for (let k = 0; k < tw.length; k++) {
      const u = tw[k]!, l = tw[k - 1], r = tw[k + 1];
      if (!((l !== undefined && candidate[k - 1] && joined(target, l, u)) || (r !== undefined && candidate[k + 1] && joined(target, u, r)))) continue;
      spots.texts.add(u.text);
      if (PLACE_HEADS.has(u.lower)) spots.heads = true;
    }
    return spots;
  };
  const besidePlace = (i: number): { word: Word; text: string; start: number; end: number } | undefined => {
    const n = sw[i]!;
    let may = false;
    for (const j of [i - 1, i + 1]) {
      const w = sw[j];
      if (w !== undefined && (j < i ? joined(source, w, n) : joined(source, n, w)) && (besideCandidate().heads || besideCandidate().texts.has(w.text))) may = true;
    }
    if (!may) return undefined;
    // (a name that is an Indonesian word may be translated by a word the list lacks: `Balai Kota` → `City Hall`)
    if (isIndonesian(n.lower) && !listedName(n.lower)) return undefined;
    for (const j of [i - 1, i + 1]) {
      const w = sw[j];
      if (w === undefined || !(j < i ? joined(source, w, n) : joined(source, n, w))) continue;
      const heads = freedictLexicon().translate(w.lower).filter((e) => PLACE_HEADS.has(e));
      // (Indonesian names a place after its head, `Jalan Diponegoro`, `Kabupaten Garut`, before a compass word, `Bekasi Utara`)
      if (heads.length === 0 || heads.some((e) => COMPASS.has(e)) !== (j > i)) continue;
      for (let k = 0; k < tw.length; k++) {
        const u = tw[k]!;
        // (the head's rendering, of no other word of the source: not `Market` of `Pasar` beside `Bursa Efek`)
        if (!(u.text === w.text || (heads.includes(u.lower) && !inSource.has(u.lower) && !sw.some((o) => o !== w && freedictLexicon().translate(o.lower).includes(u.lower))))) continue;
        for (const d of [-1, 1]) {
          const x = tw[k + d];
          if (x === undefined || !candidate[k + d] || !(d < 0 ? joined(target, x, u) : joined(target, u, x)) || (other(k + d) === undefined && !listedName(x.lower))) continue;
          // (the name's English form, spelt apart from it: `pulau Karibia` → `Caribbean island`)
          // (or, a name the word list carries, spelt near it: a variant, as the spelling test leaves it, `Azerbaijan Barat` → `West Azarbaijan`)
          if (sharedStart(fold(n.text), fold(x.text)) >= 4 || (distance(n.lower, x.lower) <= 2 && isIndonesian(n.lower))) continue;
          // (the whole name shown: the new capitalised words in a row, away from the head)
          let a = k + d, b = k + d;
          while (d < 0 && a - 1 > 0 && candidate[a - 1] && joined(target, tw[a - 1]!, tw[a]!)) a--;
          while (d > 0 && b + 1 < tw.length && candidate[b + 1] && joined(target, tw[b]!, tw[b + 1]!)) b++;
          return { word: x, text: target.slice(tw[a]!.start, tw[b]!.end), start: tw[a]!.start, end: tw[b]!.end };
        }
      }
    }
    // (a head, a capitalised word, the name — `Pengadilan Tipikor Pangkalpinang`, `Pengadilan Negeri Subang` — and in
    // the target the new word, a capitalised word, the head's rendering: `Palembang Corruption Court`)
    const m = sw[i - 1], w = sw[i - 2];
    if (m === undefined || w === undefined || !m.cap || !joined(source, w, m) || !joined(source, m, n)) return undefined;
    const heads = freedictLexicon().translate(w.lower).filter((e) => PLACE_HEADS.has(e) && !COMPASS.has(e));
    if (heads.length === 0) return undefined;
    for (let k = 3; k < tw.length; k++) {
      const u = tw[k]!, mid = tw[k - 1]!, x = tw[k - 2]!;
      if (!heads.includes(u.lower) || inSource.has(u.lower) || !mid.cap || !joined(target, mid, u) || !joined(target, x, mid) || !candidate[k - 2]) continue;
      if ((other(k - 2) === undefined && !listedName(x.lower)) || sharedStart(fold(n.text), fold(x.text)) >= 4 || (distance(n.lower, x.lower) <= 2 && isIndonesian(n.lower))) continue;
      return { word: x, text: x.text, start: x.start, end: x.end };
    }
    return undefined;
  };
  // (a person replaced after a title: the name's first word (the word before it a title, a place or an Indonesian
  // word the target renders), every capitalised word of the name after it gone from the target, a title of the
  // source rendered by one of TITLES in the target, and right after that title new capitalised words, none near the name)
  let titled: boolean | undefined;
  const afterTitle = (i: number): { word: Word; text: string; start: number; end: number } | undefined => {
    const n = sw[i]!, p = sw[i - 1];
    // (the target's words tested first for a title followed by a candidate: most targets have none)
    titled ??= tw.some((w, k) => candidate[k + 1] === true && TITLES.has(w.lower));
    if (!titled || p === undefined || !p.cap || !joined(source, p, n) || (isIndonesian(n.lower) && !listedName(n.lower))) return undefined;
    if (!inTarget.has(p.lower) && !isIndonesian(p.lower) && !rendered(p)) return undefined;
    for (let j = i + 1; j < sw.length && sw[j]!.cap && joined(source, sw[j - 1]!, sw[j]!); j++) if (inTarget.has(sw[j]!.lower)) return undefined;
    let title = false;
    for (let j = i - 1; j >= 0 && j >= i - 4 && sw[j]!.cap && joined(source, sw[j]!, sw[j + 1]!); j--) {
      if (freedictLexicon().translate(sw[j]!.lower).some((e) => TITLES.has(e))) title = true;
    }
    if (!title) return undefined;
    for (let k = 0; k + 1 < tw.length; k++) {
      const x = tw[k + 1]!;
      if (!TITLES.has(tw[k]!.lower) || !joined(target, tw[k]!, x) || other(k + 1) === undefined || sharedStart(fold(n.text), fold(x.text)) >= 3) continue;
      // (a word of the source in another form is no other name: `Presiden Joko Widodo` → `President Jokowi`)
      if (sw.some((o) => o.cap && sameWord(o.text, x.text))) continue;
      let b = k + 1;
      while (b + 1 < tw.length && candidate[b + 1] && joined(target, tw[b]!, tw[b + 1]!)) b++;
      return { word: x, text: target.slice(x.start, tw[b]!.end), start: x.start, end: tw[b]!.end };
    }
    return undefined;
  };
  // (a place replaced before the title the target turned round: `Bupati Bogor Rudy Susmanto` → `Depok Regent Rudy
  // Susmanto` — the source's title renders as one of TITLES, the name stood after it, and right before that title in
  // the target stands a new capitalised word, none near the name nor another form of a source word)
  const beforeTitle = (i: number): { word: Word; text: string; start: number; end: number } | undefined => {
    const n = sw[i]!, p = sw[i - 1];
    if (p === undefined || !p.cap || !joined(source, p, n)) return undefined;
    let titles: string[] | undefined;
    for (let k = 1; k < tw.length; k++) {
      const x = tw[k - 1]!;
      if (!TITLES.has(tw[k]!.lower) || !joined(target, x, tw[k]!) || !(k - 1 === 0 ? first : candidate[k - 1])) continue;
      // (the word list read only now, for a new word right before an English title)
      if (titles === undefined && isIndonesian(n.lower) && !listedName(n.lower)) return undefined;
      titles ??= freedictLexicon().translate(p.lower).filter((e) => TITLES.has(e));
      if (!titles.includes(tw[k]!.lower) || sharedStart(fold(n.text), fold(x.text)) >= 3) continue;
      if ((isEnglish(x.lower) || translatesSource(x)) && !listedName(x.lower)) continue;
      if (sw.some((o) => o.cap && sameWord(o.text, x.text))) continue;
      return { word: x, text: x.text, start: x.start, end: x.end };
    }
    return undefined;
  };
  // (the first name replaced, the name after it kept: the name no Indonesian word (`Rumah Sakit Raymond` → `Hopital
  // Raymond`, `Paket Speedy` → `Thrifty Speedy`), the source's next word capitalised, no Indonesian word, in the
  // target as written; the target's word before it new and capitalised, three letters or more — `Kim`, `Ade` — not
  // the first word nor an abbreviation (`Gen.`, `Col`), no English word nor a translation, not near the name)
  const beforeKept = (i: number): { word: Word; text: string; start: number; end: number } | undefined => {
    const n = sw[i]!, q = sw[i + 1];
    if (q === undefined || !q.cap || q.text.length < 4 || !joined(source, n, q) || !inTarget.has(q.lower)) return undefined;
    for (let k = 2; k < tw.length; k++) {
      if (tw[k]!.text !== q.text) continue;
      const x = tw[k - 1]!;
      if (!x.cap || x.text.length < 3 || inSource.has(x.lower) || !joined(target, x, tw[k]!) || target[x.end] === "." || ABBREVIATIONS.has(x.lower)) continue;
      // (the order turned, new words on both sides of the kept one: `Paket Speedy Cermat` → `Thrifty Speedy Package`)
      if (candidate[k + 1] && joined(target, tw[k]!, tw[k + 1]!)) continue;
      if (sharedStart(fold(n.text), fold(x.text)) >= 2 || distance(n.lower, x.lower) <= 1) continue;
      // (the word list read only now, for a new word right before the kept one)
      if ((isIndonesian(n.lower) && !listedName(n.lower)) || isIndonesian(q.lower) || isEnglish(x.lower) || translatesSource(x)) continue;
      if (sw.some((o) => o.cap && sameWord(o.text, x.text))) continue;
      return { word: x, text: x.text, start: x.start, end: x.end };
    }
    return undefined;
  };
  const problems: Problem[] = [];
  for (let i = 0; i < sw.length; i++) {
    const n = sw[i]!;
    if (!n.cap || n.text.length < 4 || inTarget.has(n.lower)) continue;
    const p = sw[i - 1];
    let t: Word | undefined;
    // (beside a name the target keeps, in its place: `Sigit Prabowo` → `Sigit Purnomo`)
    if (p !== undefined && kept(p) && joined(source, p, n)) {
      const k = tw.findIndex((w) => w.text === p.text);
      if (k >= 0 && candidate[k + 1] && joined(target, tw[k]!, tw[k + 1]!) && !isIndonesian(p.lower) && !turned(i - 1, k)) t = tw[k + 1];
    }
    // (spelt another way: `Thohir` → `Tohir`, `Subianto` → `Subiyanto`)
    if (t === undefined) {
      const max = n.text.length >= 7 ? 2 : 1;
      for (let k = 1; k < tw.length && t === undefined; k++) {
        const c = tw[k]!;
        if (candidate[k] && c.text[0] === n.text[0] && Math.abs(c.lower.length - n.lower.length) <= max && distance(c.lower, n.lower) <= max) t = c;
      }
      // (the word list is read only now, for the few names near another word)
      if (t !== undefined && isIndonesian(n.lower)) t = undefined;
    }
    let shown: { word: Word; text: string; start: number; end: number } | undefined;
    // (beside a word that heads a place's name, rendered beside the target's: `Jalan Diponegoro` → `Gajah Mada
    // Street`, `Bekasi Utara` → `North Bogor`, `Kabupaten Sukabumi` → `Garut regency`)
    if (t === undefined && (shown = besidePlace(i)) !== undefined) t = shown.word;
    // (after a title the target moved: `Bupati Lebak Hasbi Jayabaya` → `Lebak Regent Iti Octavia`)
    if (t === undefined && (shown = afterTitle(i)) !== undefined) t = shown.word;
    // (before the title the target turned round: `Bupati Bogor` → `Depok Regent`)
    if (t === undefined && (shown = beforeTitle(i)) !== undefined) t = shown.word;
    // (before a name the target keeps, in its place: `Shin Tae-yong` → `Kim Tae-yong`, `Asep Mulyadi` → `Ade Mulyadi`)
    if (t === undefined && (shown = beforeKept(i)) !== undefined) t = shown.word;
    if (t === undefined || (shown === undefined && other(tw.indexOf(t)) === undefined) || rendered(n) || inGlossary(n)) continue;
    const at = shown ?? t;
    problems.push({ messageId: "changed", data: { name: n.text, rendered: at.text }, source: { start: n.start, end: n.end }, target: { start: at.start, end: at.end } });
  }
  return problems;
}

/** The compass words of Indonesian place names (`Surabaya Timur`, `Jawa Tengah`; two words: `Papua Barat Daya`), and their English. */
const COMPASS_ID: Record<string, string> = {
  utara: "north", selatan: "south", timur: "east", barat: "west", tengah: "central", tenggara: "southeast",
  "barat daya": "southwest", "barat laut": "northwest", "timur laut": "northeast",
};
/** English compass words (`East`, `eastern`, `South-East`, `southeastern`) and the direction each says. */
const COMPASS_EN: Record<string, string> = {
  north: "north", northern: "north", south: "south", southern: "south", east: "east", eastern: "east", west: "west", western: "west",
  central: "central", middle: "central", southeast: "southeast", southeastern: "southeast", "south-east": "southeast", "south-eastern": "southeast",
  southwest: "southwest", southwestern: "southwest", "south-west": "southwest", "south-western": "southwest",
  northeast: "northeast", northeastern: "northeast", "north-east": "northeast", "north-eastern": "northeast",
  northwest: "northwest", northwestern: "northwest", "north-west": "northwest", "north-western": "northwest",
};
/** The English compass word that names a direction before a place (`East Surabaya`). */
const COMPASS_NAME: Record<string, string> = { north: "North", south: "South", east: "East", west: "West", central: "Central", southeast: "Southeast", southwest: "Southwest", northeast: "Northeast", northwest: "Northwest" };
/** A capitalised compass word in the source (the cheap test: most pairs have none). */
const COMPASS_IN_SOURCE = /(?<![\p{L}\p{N}-])(?:Utara|Selatan|Timur|Barat|Tengah|Tenggara)(?![\p{L}\p{N}-])/u;
/** An English compass word in the target, in any case. */
const COMPASS_IN_TARGET = /north|south|east|west|central|middle/i;
/** A side of a place in the source, in small letters (`sebelah utara Baghdad`, `bagian selatan Bangkok`). */
const SIDE_IN_SOURCE = /(?:sebelah|bagian) (?:utara|selatan|timur|barat|tenggara)/;
/** A capitalised word before a capitalised compass word, or after a side in small letters: the name, whose first two letters the target must hold. */
const COMPASS_NAME_IN_SOURCE = /(\p{Lu}\p{Ll})\p{Ll}* (?:Utara|Selatan|Timur|Barat|Tengah|Tenggara)(?![\p{L}\p{N}-])|(?:sebelah|bagian) (?:utara|selatan|timur|barat|tenggara)(?: laut| daya)? (?:(?:kota|kabupaten|pulau|provinsi|Kota|Kabupaten|Pulau|Provinsi) (\p{Lu}\p{Ll})|(\p{Lu}\p{Ll}))/gu;
/** A place's head in small letters between a side and the name (`sebelah utara kota Ambon`). */
const SIDE_HEADS = new Set(["kota", "kabupaten", "pulau", "provinsi", "desa", "kecamatan"]);
/** English words for a side of a place between a compass word and `of` (`the eastern part of Ambon`). */
const SIDE_EN = new Set(["part", "parts", "side", "outskirts", "edge", "end", "area", "areas", "region", "section", "tip", "coast", "half"]);

/**
 * A place's compass word turned round (`Surabaya Timur` → `West Surabaya`, `Jawa Tengah` → `East Java`): in the
 * source a capitalised place name, then a capitalised compass word (`Utara`, `Selatan`, `Timur`, `Barat`, `Tengah`,
 * `Tenggara`, `Barat Daya`, `Barat Laut`, `Timur Laut`); in the target the same name (its words as written, or
 * spelt near them: `Java` for `Jawa`), right after an English compass word (`West Surabaya`, `western Surabaya`,
 * `South East Sulawesi`) or right before a capitalised one (`Surabaya West`), saying another direction — and
 * nowhere with the source's own, nor the source with the target's. Dropped or kept in Indonesian (`Surabaya Timur`)
 * is no finding; nor is a name and its compass word within one glossary term (`Korea Utara`: the glossary's checks
 * say it, once). A side of a place in small letters is read the same way (`di sebelah utara Surabaya` → `south of
 * Surabaya`, `bagian selatan Bangkok` → `northern Bangkok`); another compass word in small letters (`ke arah timur`)
 * is not.
 */
export function compassProblems(source: string, target: string, glossary: () => readonly { start: number; end: number }[] = () => []): Problem[] {
  // (the target first: one pair in twelve of real news has an English compass word, and its test is the cheaper)
  if (!COMPASS_IN_TARGET.test(target) || !(COMPASS_IN_SOURCE.test(source) || SIDE_IN_SOURCE.test(source))) return NO_PROBLEMS;
  // (a name beside the compass word whose first two letters the target holds: not `Timur Tengah` → `Middle East`)
  let may = false;
  for (const m of source.matchAll(COMPASS_NAME_IN_SOURCE)) if (target.includes((m[1] ?? m[2] ?? m[3])!)) may = true;
  if (!may) return NO_PROBLEMS;
  const sw = wordsOf(source);
  const joined = (text: string, a: Word, b: Word) => text.slice(a.end, b.start) === " ";
  const isCompass = (w: Word | undefined): boolean => w !== undefined && w.cap && COMPASS_ID[w.lower] !== undefined;
  // (the source's places: a run of capitalised words, the last one or two a compass word, a word before them no compass word)
  interface Place { words: Word[]; way: string; start: number; end: number; side: boolean }
  const places: Place[] = [];
  for (let i = 1; i < sw.length; i++) {
    const c = sw[i]!;
    if (!isCompass(c) || !joined(source, sw[i - 1]!, c)) continue;
    // (`Barat Daya`, `Timur Laut`: two words; `Nusa Tenggara Barat`: `Tenggara` a word of the name)
    const next = sw[i + 1];
    const two = next !== undefined && next.cap && joined(source, c, next) ? COMPASS_ID[`${c.lower} ${next.lower}`] : undefined;
    if (two === undefined && next !== undefined && isCompass(next) && joined(source, c, next)) continue;
    const way = two ?? COMPASS_ID[c.lower]!;
    const words: Word[] = [];
    for (let j = i - 1; j >= 0 && sw[j]!.cap && (j === i - 1 || joined(source, sw[j]!, sw[j + 1]!)); j--) words.unshift(sw[j]!);
    // (the name no compass word: `Timur Tengah` is the Middle East)
    if (words.every((w) => COMPASS_ID[w.lower] !== undefined)) continue;
    while (COMPASS_ID[words[0]!.lower] !== undefined) words.shift();
    places.push({ words, way, start: words[0]!.start, end: two !== undefined ? next!.end : c.end, side: false });
  }
  // (a side of a place, in small letters: `sebelah utara Baghdad`, `bagian barat laut Surabaya` — `tengah` no side)
  for (let i = 0; i + 2 < sw.length; i++) {
    if (sw[i]!.text !== "sebelah" && sw[i]!.text !== "bagian") continue;
    const c = sw[i + 1]!, d = sw[i + 2]!;
    if (c.cap || COMPASS_ID[c.text] === undefined || c.text === "tengah" || !joined(source, sw[i]!, c)) continue;
    const two = !d.cap && joined(source, c, d) ? COMPASS_ID[`${c.text} ${d.text}`] : undefined;
    const words: Word[] = [];
    // (a head in small letters before the name: `sebelah utara kota Ambon`)
    let first = i + (two !== undefined ? 3 : 2);
    if (first + 1 < sw.length && SIDE_HEADS.has(sw[first]!.text) && joined(source, sw[first - 1]!, sw[first]!)) first++;
    for (let j = first; j < sw.length && sw[j]!.cap && joined(source, sw[j - 1]!, sw[j]!); j++) words.push(sw[j]!);
    if (words.length === 0 || words.some((w) => COMPASS_ID[w.lower] !== undefined)) continue;
    places.push({ words, way: two ?? COMPASS_ID[c.text]!, start: sw[i]!.start, end: words[words.length - 1]!.end, side: true });
  }
  if (places.length === 0) return NO_PROBLEMS;
  const tw = wordsOf(target);
  // (the same first letter, or `c` and `k`, before the spelling is compared)
  const near = (n: Word, t: Word): boolean => t.cap && (n.lower[0] === t.lower[0] || ("ck".includes(n.lower[0]!) && "ck".includes(t.lower[0]!))) && (n.lower === t.lower || sameWord(n.text, t.text) || (n.text[0] === t.text[0] && n.text.length === t.text.length && n.text.length >= 4 && distance(n.lower, t.lower) === 1));
  // (each place's name in the target, the longest run of the name's last words found there, and the directions written with it)
  const written = (p: Place): { way: string; start: number; end: number; name: string; from: number }[] => {
    const out: { way: string; start: number; end: number; name: string; from: number }[] = [];
    for (let from = 0; from < p.words.length && out.length === 0; from++) {
      const name = p.words.slice(from), m = name.length;
      for (let k = 0; k + m <= tw.length; k++) {
        if (!name.every((n, d) => near(n, tw[k + d]!) && (d === 0 || joined(target, tw[k + d - 1]!, tw[k + d]!)))) continue;
        const first = tw[k]!, last = tw[k + m - 1]!;
        const text = target.slice(first.start, last.end);
        // (before it: `East`, `eastern`, `South East`)
        const b = tw[k - 1];
        if (b !== undefined && joined(target, b, first) && COMPASS_EN[b.lower] !== undefined) {
          const a = tw[k - 2];
          const pair = a !== undefined && joined(target, a, b) ? COMPASS_EN[`${a.lower}${b.lower}`] : undefined;
          out.push({ way: pair ?? COMPASS_EN[b.lower]!, start: pair !== undefined ? a!.start : b.start, end: last.end, name: text, from });
          // (directions listed before the name say it too: `North and South Korea`, `West, Central and East Java`)
          for (let j = pair !== undefined ? k - 3 : k - 2; j >= 0 && (tw[j]!.lower === "and" || tw[j]!.lower === "or" || COMPASS_EN[tw[j]!.lower] !== undefined); j--) {
            const w = COMPASS_EN[tw[j]!.lower];
            if (w !== undefined) out.push({ way: w, start: tw[j]!.start, end: last.end, name: text, from });
          }
        }
        // (a side of it: `north of Baghdad`, `to the south-east of Surabaya`, `the eastern part of Ambon`)
        const o = tw[k - 2];
        if (b !== undefined && b.lower === "of" && o !== undefined && joined(target, b, first) && joined(target, o, b)) {
          if (COMPASS_EN[o.lower] !== undefined) out.push({ way: COMPASS_EN[o.lower]!, start: o.start, end: last.end, name: text, from });
          else if (SIDE_EN.has(o.lower)) {
            const q = tw[k - 3];
            if (q !== undefined && joined(target, q, o) && COMPASS_EN[q.lower] !== undefined) out.push({ way: COMPASS_EN[q.lower]!, start: q.start, end: last.end, name: text, from });
          }
        }
        // (after it, capitalised: `Surabaya East`; the Indonesian kept, `Surabaya Timur`, its own direction)
        const f = tw[k + m];
        if (f !== undefined && f.cap && joined(target, last, f)) {
          const id = COMPASS_ID[f.lower], en = COMPASS_EN[f.lower];
          if (id !== undefined || en !== undefined) out.push({ way: (en ?? id)!, start: first.start, end: f.end, name: text, from });
        }
      }
    }
    return out;
  };
  const problems: Problem[] = [];
  for (const p of places) {
    const seen = written(p);
    if (seen.length === 0 || seen.some((s) => s.way === p.way)) continue;
    const other = seen[0]!;
    // (the source names the place with the target's direction too: `Jakarta Utara dan Jakarta Selatan`)
    const key = p.words.map((w) => w.lower).join(" ");
    if (places.some((q) => q.way === other.way && q.words.map((w) => w.lower).join(" ").endsWith(key.split(" ").pop()!))) continue;
    // (the name's last word and the compass word within one glossary term: `Korea Utara`, `Gubernur Jawa Timur`)
    const lastName = p.words[p.words.length - 1]!.start;
    if (!p.side && glossary().some((g) => g.start <= lastName && p.end <= g.end)) continue;
    // (`sebelah utara Baghdad` is north of Baghdad, `bagian utara Bangkok` northern Bangkok)
    const expected = !p.side ? `${COMPASS_NAME[p.way]!} ${other.name}` : source.startsWith("bagian", p.start) ? `${p.way}ern ${other.name}` : `${p.way} of ${other.name}`;
    // (the source's name from its first word the target writes: `Polres Jakarta Utara` → `Jakarta Utara`)
    const start = p.side ? p.start : p.words[other.from]!.start;
    problems.push({ messageId: "compass", data: { name: source.slice(start, p.end), expected, rendered: target.slice(other.start, other.end) }, source: { start, end: p.end }, target: { start: other.start, end: other.end } });
  }
  return problems;
}

export default defineCheck({
  meta: {
    id: "name-mismatch",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A name outside the glossary is written another way in the target, or replaced by another, or a place's compass word turned round.",
    messages: {
      changed: "“{{name}}” from the source is “{{rendered}}” in the target: a name written another way or replaced.",
      compass: "“{{name}}” is {{expected}}; the English says “{{rendered}}”: a compass word turned round.",
    },
  },
  defaultOptions: {},
  check(input) {
    const names = nameProblems(input.source, input.target, () => glossarySpans(input));
    const compass = compassProblems(input.source, input.target, () => glossarySpans(input));
    return compass.length === 0 ? names : names.length === 0 ? compass : [...names, ...compass];
  },
});

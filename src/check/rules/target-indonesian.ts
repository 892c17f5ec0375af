/**
 * target-indonesian — the target still reads as Indonesian: among its function words, Indonesian
 * ones (yang, dan, di, untuk, …) clearly outnumber English ones (the, of, and, …). Glossary terms
 * (names kept as written, like "Rodong Sinmun") and text in quotation marks are not counted. A target
 * with few English function words (at most 3) is also read word by word (`words`): its lower-case words
 * (and its first word) that are Indonesian by the aligner's word list or their shape (`memprotes`,
 * `kenaikan`) against those that are English (`Warga memprotes kenaikan tarif air bersih`: 4 and 1);
 * capitalised words inside it (names, titles, places: `Kapolri`, `DPR`, `Jalan Sudirman`, `Lebaran`) are
 * not counted. Not reported when the target is identical to the source (target-same-as-source) or empty.
 */
import { normalizeText } from "../../text/normalize";
import { HASH_PARAMS, WORD, type Tokens } from "../../glossary/tokenize";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { listedIndonesian, wordLanguage } from "../util";
import { EN_FUNCTION_WORDS, ID_FUNCTION_WORDS } from "../../text/function-words";

const ID_WORDS = ID_FUNCTION_WORDS;
const EN_WORDS = EN_FUNCTION_WORDS;

export default defineCheck<{ minWords: number; ratio: number }>({
  meta: {
    id: "target-indonesian",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "target-terms", spans: true },
    description: "The target still reads as Indonesian rather than English.",
    messages: {
      indonesian: "The target looks Indonesian ({{idWords}} Indonesian and {{enWords}} English function words).",
      words: "The target looks Indonesian ({{idWords}} Indonesian and {{enWords}} English words: {{words}}).",
      run: "Part of the target looks untranslated: “{{words}}”.",
      copied: "Indonesian words of the source are left in the target: “{{words}}”.",
    },
  },
  defaultOptions: { minWords: 3, ratio: 0.6 },
  check({ source, target, targetTerms, sourceTokens, targetTokens }, options) {
    if (!target.trim()) return NO_PROBLEMS;
    // The terms' spans: the matcher's own, carried by the target's tokens (CheckNeeds.spans: the audit
    // then makes no match objects), else those of targetTerms, as [start, end, _] triples.
    const mine = targetTokens && targetTokens.source === target ? targetTokens : null;
    let spans: Int32Array, nt: number;
    if (mine !== null && mine.nm >= 0) { spans = mine.matches; nt = mine.nm; }
    else { nt = targetTerms.length; spans = spansOf(targetTerms); }
    // (most targets: ASCII, no quotation marks, the terms in order: counted in place, see countInPlace;
    // by the target's tokens when the caller has them and the target is plain, see countByTokens)
    const counted = mine !== null && mine.plain ? countByTokens(target, spans, nt, mine) : countInPlace(target, spans, nt);
    let idWords: number, enWords: number;
    if (counted >= 0) { idWords = counted >>> 16; enWords = counted & 0xffff; }
    else {
      const text = blanked(target, spans, nt);
      [idWords, enWords] = ASCII.test(text) ? countAscii(text) : countWords(text);
    }
    if (idWords < options.minWords || idWords / (idWords + enWords) < options.ratio) {
      // (few English function words: the words themselves — in a short target, or one with an Indonesian
      // function word; a long one with neither is not read word by word: an Indonesian sentence of
      // nine words or more has its yang, di, untuk …)
      // (an English target with an Indonesian function word: a passage left in Indonesian, `run`)
      const run = () => {
        const found = idWords > 0 ? untranslatedRun(source, target, blanked(target, spans, nt)) : NO_PROBLEMS;
        return found.length > 0 ? found : copiedWords(source, target, spans, nt, sourceTokens, mine);
      };
      if (enWords > MAX_EN_FOR_WORDS || (idWords === 0 && wordsAtLeast(target, LONG_WITHOUT_FUNCTION_WORDS))) return run();
      const w = contentWords(blanked(target, spans, nt));
      if (w.id.length < options.minWords || w.id.length / (w.id.length + w.en) < options.ratio) return run();
      if (normalizeText(source) === normalizeText(target)) return NO_PROBLEMS;
      return [{ messageId: "words", data: { idWords: w.id.length, enWords: w.en, words: w.id.slice(0, 5).join(", ") } }];
    }
    // checked last: most targets are not Indonesian, and normalising both texts costs more
    if (normalizeText(source) === normalizeText(target)) return NO_PROBLEMS;
    return [{ messageId: "indonesian", data: { idWords, enWords } }];
  },
});

/**
 * Indonesian loanwords English news writes as they are (`ojek drivers`, `the mudik exodus`, `kretek
 * cigarettes`): no word left untranslated.
 */
const LOANWORDS = new Set((
  "rupiah rupiahs batik kretek ojek becak bajaj angkot mudik pesantren santri ulama kiai kyai ustaz ustad habib jamu sambal tempe tempeh " +
  "tahu satay sate rendang nasi goreng bakso warung kampung kampong pencak silat wayang gamelan dangdut keris kris bupati camat lurah " +
  "dukun preman reformasi pancasila pribumi haji hajj umrah jilbab hijab adat sembako pilkada pemilu golput hansip satpam ormas " +
  "sarong sarongs padi durian rambutan tsunami amok orangutan" +
  // (English words the word list lacks, spelled the same in Indonesian)
  " film films agenda modal aroma mayor" +
  // (units of measure written alike in both languages, US spelling)
  " liter kilometer"
).split(" "));
/**
 * The endings of international words, Latin and Greek, written alike in English and Indonesian (`meningitis`,
 * `fibrosis`, `leukemia`, `melanoma`, `mycoplasma`): such a word the word list does not give as
 * Indonesian (`tuberkulosis` it gives: the Indonesian spelling) is no Indonesian word left in the English,
 * though its shape may look Indonesian (`men-` of `meningitis`).
 */
const INTERNATIONAL_ENDING = /(?:itis|osis|iasis|emia|aemia|oma|plasma|ology|ologist|ism|ist|ity|tion|sion|ics|phy|ium|ous|ide|ine)$/;
const internationalWord = (word: string): boolean => INTERNATIONAL_ENDING.test(word) && !listedIndonesian(word);
/** The shortest word `copied` reads. */
const COPIED_MIN = 4;

/**
 * Indonesian words the target copies from the source inside English (`evacuated residents using perahu
 * karet`, `still searching for two nelayan`, `charged with penipuan and embezzlement`): lower-case
 * words of COPIED_MIN letters or more, outside glossary terms and quotations, Indonesian by
 * wordLanguage (not English), written in small letters in the source too (or first), not LOANWORDS nor an
 * international word (INTERNATIONAL_ENDING: `meningitis`); the
 * first run of them (spaces between) is reported. Capitalised words (names, `Satpol PP`) are not read,
 * nor a name the English wrote small (`Sate Padang` → `sate padang`).
 */
export function copiedWords(source: string, target: string, spans: Int32Array, nt: number, sourceTokens?: Tokens | null, targetTokens?: Tokens | null): Problem[] {
  if (sourceTokens && targetTokens && sourceTokens.source === source && targetTokens.source === target && !sharesWord(sourceTokens, targetTokens, spans, nt)) return NO_PROBLEMS;
  // (a first pass over the target's lower-case ASCII words, without making strings of most: a word is
  // looked up only when it is long enough and its first letter is small)
  let text: string | undefined;
  let start = -1, end = -1;
  const n = target.length;
  // (the source's words of COPIED_MIN letters or more, hashed small: a target word is looked up only
  // when the source has it — most English targets share no such word with their source)
  if (!sourceWords(source)) return NO_PROBLEMS;
  for (let i = 0; i < n; i++) {
    const c = target.charCodeAt(i);
    if (!isLetter(c)) continue;
    let j = i + 1;
    while (j < n && isLetter(target.charCodeAt(j))) j++;
    const word = c >= 0x61 && j - i >= COPIED_MIN && (i === 0 || !isWordBefore(target.charCodeAt(i - 1))) && (j === n || !isWordBefore(target.charCodeAt(j)))
      && inSourceWords(target, i, j) ? target.slice(i, j) : undefined;
    let copied = false;
    if (word !== undefined && !EN_WORDS.has(word) && !ID_WORDS.has(word) && !LOANWORDS.has(word) && wordLanguage(word) === "id" && !internationalWord(word)) {
      text ??= blanked(target, spans, nt);
      copied = text.charCodeAt(i) !== 0x20 && (wholeWordIn(source, word) || (source.charCodeAt(0) === word.charCodeAt(0) - 0x20 && source.startsWith(word.slice(1), 1) && !isLetter(source.charCodeAt(word.length))));
    }
    if (copied) {
      if (start < 0 || !/^ +$/.test(target.slice(end, i))) { if (start >= 0) break; start = i; }
      end = j;
    } else if (start >= 0 && word !== undefined) break;
    i = j;
  }
  if (start < 0 || normalizeText(source) === normalizeText(target)) return NO_PROBLEMS;
  return [{ messageId: "copied", data: { words: target.slice(start, end) }, target: { start, end } }];
}
// The hashes of the last source's ASCII words of COPIED_MIN letters or more, in small letters: an
// open-addressing set, reused (an entry is valid when its stamp is the current generation).
const SET_SIZE = 1024;
const setHash = new Int32Array(SET_SIZE), setStamp = new Int32Array(SET_SIZE);
let generation = 0, overflowed = false;
/** Starts an empty set. */
function clearSet(): void {
  generation = (generation + 1) | 0;
  if (generation === 0) { setStamp.fill(0); generation = 1; }
  overflowed = false;
}
/** Adds a hash; false when the set is full (then every lookup says yes). */
function addHash(h: number, count: number): boolean {
  if (count >= SET_SIZE / 2) { overflowed = true; return false; }
  let k = h & (SET_SIZE - 1);
  while (setStamp[k] === generation && setHash[k] !== h) k = (k + 1) & (SET_SIZE - 1);
  if (setStamp[k] === generation) return false;
  setStamp[k] = generation; setHash[k] = h;
  return true;
}
function hasHash(h: number): boolean {
  if (overflowed) return true;
  for (let k = h & (SET_SIZE - 1); setStamp[k] === generation; k = (k + 1) & (SET_SIZE - 1)) if (setHash[k] === h) return true;
  return false;
}
/**
 * With both texts' tokens (the audit): does a word token of the target of COPIED_MIN characters or more
 * in small letters and outside the glossary terms equal a word of the source (a reduplication's base
 * too: `nelayan-nelayan`)? The words copiedWords reads are such tokens (letters between no digit,
 * hyphen or apostrophe), so a pair without one has none.
 */
function sharesWord(st: Tokens, tt: Tokens, spans: Int32Array, nt: number): boolean {
  clearSet();
  let count = 0;
  for (let k = 0; k < st.n; k++) {
    if (st.kind[k] !== WORD || st.end[k]! - st.start[k]! < COPIED_MIN) continue;
    if (addHash(st.hash[k]!, count)) count++;
    if (st.baseEnd[k] !== st.end[k] && addHash(st.baseHash[k]!, count)) count++;
  }
  if (count === 0 && !overflowed) return false;
  for (let k = 0; k < tt.n; k++) {
    // (a word of small ASCII letters, outside the glossary terms, that the source has)
    const at = tt.start[k]!, c = tt.source.charCodeAt(at);
    if (tt.kind[k] !== WORD || tt.end[k]! - at < COPIED_MIN || c < 0x61 || c > 0x7a || !hasHash(tt.hash[k]!)) continue;
    let inTerm = false;
    for (let x = 0; x < nt && !inTerm; x++) inTerm = at >= spans[3 * x]! && at < spans[3 * x + 1]!;
    if (!inTerm) return true;
  }
  return false;
}
/** Fills the set with the source's words (their FNV hashes in small letters); false when it has none. */
function sourceWords(source: string): boolean {
  clearSet();
  let any = false, count = 0;
  const n = source.length;
  for (let i = 0; i < n; i++) {
    if (!isLetter(source.charCodeAt(i))) continue;
    let j = i, h = 0x811c9dc5 | 0;
    for (; j < n; j++) {
      const c = source.charCodeAt(j);
      if (!isLetter(c)) break;
      h = Math.imul(h ^ (c | 0x20), 0x01000193);
    }
    if (j - i >= COPIED_MIN) {
      if (addHash(h, count)) count++;
      any = true;
    }
    i = j;
  }
  return any;
}
/** Is target[i, j) (ASCII letters) one of the source's words, ignoring case? */
function inSourceWords(target: string, i: number, j: number): boolean {
  let h = 0x811c9dc5 | 0;
  for (let x = i; x < j; x++) h = Math.imul(h ^ (target.charCodeAt(x) | 0x20), 0x01000193);
  return hasHash(h);
}
/** A character that makes the letters next to it part of a longer word (a non-ASCII letter, a digit, a hyphen, an apostrophe). */
const isWordBefore = (c: number): boolean => c >= 0x80 || (c >= 0x30 && c <= 0x39) || c === 0x2d || c === 0x27;
function wholeWordIn(text: string, word: string): boolean {
  for (let at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
    const b = at > 0 ? text.charCodeAt(at - 1) : 0x20, a = at + word.length < text.length ? text.charCodeAt(at + word.length) : 0x20;
    // (not next to a digit: `nelayan2` is another word, as the tokenizer reads it)
    if (!isLetter(b) && !isLetter(a) && b < 0x80 && a < 0x80 && !(b >= 0x30 && b <= 0x39) && !(a >= 0x30 && a <= 0x39)) return true;
  }
  return false;
}

/** The fewest Indonesian words in a row that make a passage left untranslated. */
const RUN_WORDS = 3;
/**
 * A passage of the target left in Indonesian inside English (`The coach said para pemain kelelahan after
 * …`, `… stay alert for banjir susulan dan tanah longsor.`): RUN_WORDS or more lower-case words in a row
 * (spaces or a hyphen between them), each Indonesian by the function words or wordLanguage; an English
 * word, a word of neither, a capitalised word (a name), a number or a punctuation mark ends a run.
 * `text`: the target with its glossary terms and quotations blanked. Only the first run is reported.
 */
export function untranslatedRun(source: string, target: string, text: string): Problem[] {
  let start = -1, end = -1, count = 0;
  const words: string[] = [];
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0], at = m.index;
    const joined = count > 0 && /^[ -]+$/.test(text.slice(end, at));
    if (!joined) {
      if (count >= RUN_WORDS) break;
      count = 0; words.length = 0;
    }
    const x = w.toLowerCase();
    const indonesian = w === x && !EN_WORDS.has(x) && (ID_WORDS.has(x) || wordLanguage(x) === "id");
    if (!indonesian) {
      if (count >= RUN_WORDS) break;
      count = 0; words.length = 0; continue;
    }
    if (count === 0) start = at;
    count++; end = at + w.length; words.push(w);
  }
  if (count < RUN_WORDS || normalizeText(source) === normalizeText(target)) return NO_PROBLEMS;
  return [{ messageId: "run", data: { words: target.slice(start, end) }, target: { start, end } }];
}

/** The target with its glossary terms and quoted passages blanked out. */
function blanked(target: string, spans: Int32Array, nt: number): string {
  let text = target;
  for (let k = 0; k < nt; k++) { const s = spans[3 * k]!, e = spans[3 * k + 1]!; text = text.slice(0, s) + " ".repeat(e - s) + text.slice(e); }
  if (text.includes("\"") || text.includes("“")) text = text.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
  return text;
}

/** A target of this many words with no Indonesian function word is not read word by word. */
const LONG_WITHOUT_FUNCTION_WORDS = 9;
/** Has the text at least `n` words (runs of non-spaces)? Counted without making them. */
function wordsAtLeast(text: string, n: number): boolean {
  let words = 0, inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = text.charCodeAt(i) <= 32;
    if (!space && !inWord && ++words >= n) return true;
    inWord = !space;
  }
  return false;
}

/** The most English function words a target read word by word (contentWords) may have. */
const MAX_EN_FOR_WORDS = 3;
/**
 * The Indonesian words (lower-cased) and the count of English words of a text, by wordLanguage and the
 * function words: its lower-case words and its first word; a capitalised word after the first (a name,
 * a title, a place) is not counted.
 */
export function contentWords(text: string): { id: string[]; en: number } {
  const id: string[] = [];
  let en = 0, first = true;
  for (const m of text.matchAll(/\p{L}+/gu)) {
    const w = m[0];
    if (!first && w !== w.toLowerCase() && /^\p{Lu}/u.test(w)) continue;
    first = false;
    const x = w.toLowerCase();
    if (EN_WORDS.has(x)) { en++; continue; }
    if (ID_WORDS.has(x)) { id.push(x); continue; }
    const lang = wordLanguage(x);
    if (lang === "en") en++;
    else if (lang === "id") id.push(x);
  }
  return { id, en };
}

let spanBuffer = new Int32Array(48);
/** The spans of `terms` as [start, end, 0] triples (in a buffer reused between calls). */
function spansOf(terms: readonly { readonly start: number; readonly end: number }[]): Int32Array {
  const n = terms.length;
  if (spanBuffer.length < n * 3) spanBuffer = new Int32Array(n * 6);
  for (let k = 0; k < n; k++) { const t = terms[k]!; spanBuffer[3 * k] = t.start; spanBuffer[3 * k + 1] = t.end; }
  return spanBuffer;
}

/** The Indonesian and English function words among the words (`\p{L}+`) of a text. */
function countWords(text: string): [number, number] {
  let idWords = 0;
  let enWords = 0;
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (ID_WORDS.has(w)) idWords++;
    else if (EN_WORDS.has(w.toLowerCase())) enWords++;
  }
  return [idWords, enWords];
}

const ASCII = /^[^\u0080-\uffff]*$/;
/** No function word is longer (lower-casing ASCII keeps the length). */
const LONGEST = Math.max(...[...ID_WORDS, ...EN_WORDS].map((w) => w.length));
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * countWords for an ASCII text (where `\p{L}` is [A-Za-z]), without the array of every word: a
 * word longer than any function word is passed over unread.
 */
function countAscii(text: string): [number, number] {
  let idWords = 0;
  let enWords = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j - i <= LONGEST) {
      const w = text.slice(i, j);
      if (ID_WORDS.has(w)) idWords++;
      else if (EN_WORDS.has(w.toLowerCase())) enWords++;
    }
    i = j;
  }
  return [idWords, enWords];
}

/**
 * The function words by the characters of a word (no string made): FNV-1a hashes of the
 * lower-cased letters in an open-addressing table; per word its sets (ID_WORD, EN_WORD).
 */
const ID_WORD = 1, EN_WORD = 2;
const LOOKUP_WORDS = [...new Set([...ID_WORDS, ...EN_WORDS])];
/** Every function word is lower-case ASCII letters (else countInPlace leaves the count to countAscii). */
const ALL_LOWER = LOOKUP_WORDS.every((w) => /^[a-z]+$/.test(w));
const SETS = Uint8Array.from(LOOKUP_WORDS, (w) => (ID_WORDS.has(w) ? ID_WORD : 0) | (EN_WORDS.has(w) ? EN_WORD : 0));
const FNV = 0x811c9dc5 | 0, PRIME = 0x01000193;
const SLOT_MASK = 1023;
const SLOTS = new Int16Array(SLOT_MASK + 1).fill(-1);
LOOKUP_WORDS.forEach((w, k) => {
  let h = FNV;
  for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), PRIME);
  let i = (h ^ (h >>> 16)) & SLOT_MASK;
  while (SLOTS[i] !== -1) i = (i + 1) & SLOT_MASK;
  SLOTS[i] = k;
});

/** The sets (ID_WORD, EN_WORD bits) of the function word text[s, e) lower-cased, whose hash is `h` (0: none). */
function setsOf(text: string, s: number, e: number, h: number): number {
  let i = (h ^ (h >>> 16)) & SLOT_MASK;
  for (let k = SLOTS[i]!; k !== -1; k = SLOTS[(i = (i + 1) & SLOT_MASK)]!) {
    const w = LOOKUP_WORDS[k]!;
    if (w.length !== e - s) continue;
    let q = 0;
    while (q < w.length && (text.charCodeAt(s + q) | 0x20) === w.charCodeAt(q)) q++;
    if (q === w.length) return SETS[k]!;
  }
  return 0;
}

/**
 * The same words by the tokenizer's 30-bit word hashes (src/glossary/tokenize.ts), for countByTokens:
 * open addressing over 8-integer slots (32 bytes: one probe reads one slot) — the hash (-1: empty),
 * the word's length and sets (length | sets << 8), its letters packed 4 to an integer from the
 * lowest byte (every function word is at most 20 ASCII letters), unused.
 */
const TOKEN_MASK = HASH_PARAMS.mask;
const WORD_SLOTS = 512, WORD_SLOT = 8;
const WORDS30 = new Int32Array(WORD_SLOTS * WORD_SLOT).fill(0);
for (let o = 0; o < WORDS30.length; o += WORD_SLOT) WORDS30[o] = -1;
const PACKED = LOOKUP_WORDS.every((w) => w.length <= 4 * (WORD_SLOT - 2)) && LOOKUP_WORDS.length * 2 <= WORD_SLOTS;
if (PACKED) {
  LOOKUP_WORDS.forEach((w, k) => {
    let h = HASH_PARAMS.offset;
    for (let i = 0; i < w.length; i++) h = Math.imul(h ^ w.charCodeAt(i), HASH_PARAMS.prime);
    h &= TOKEN_MASK;
    let i = (h ^ (h >>> 16)) & (WORD_SLOTS - 1);
    while (WORDS30[i * WORD_SLOT] !== -1) i = (i + 1) & (WORD_SLOTS - 1);
    const o = i * WORD_SLOT;
    WORDS30[o] = h;
    WORDS30[o + 1] = w.length | (SETS[k]! << 8);
    for (let q = 0; q < w.length; q++) WORDS30[o + 2 + (q >> 2)]! |= w.charCodeAt(q) << ((q & 3) << 3);
  });
}
const TOKEN_WORD = WORD;

/**
 * The counts of countInPlace read from the target's tokens, for a plain target (printable ASCII
 * words and punctuation, single spaces: Tokens.plain): a word of letters only is one of countInPlace's
 * words, looked up by the hash the tokenizer made; a word with digits (`G7`, `a1`), a reduplication,
 * or one a term covers in part is read character by character as countInPlace reads it (the
 * characters between tokens are spaces and punctuation: no word crosses them). -1 where countInPlace
 * gives -1 (a quotation mark, terms out of order).
 */
function countByTokens(target: string, spans: Int32Array, nt: number, t: Tokens): number {
  const n = target.length;
  if (n >= 0x10000 || !ALL_LOWER || !PACKED) return -1;
  let last = 0;
  for (let k = 0; k < nt; k++) {
    const s = spans[3 * k]!, e = spans[3 * k + 1]!;
    if (!(s >= last && e >= s && e <= n)) return -1;
    last = e;
  }
  const { kind, start, end, letters, hash } = t;
  let idWords = 0, enWords = 0;
  let k = 0;
  for (let x = 0; x < t.n; x++) {
    const s = start[x]!;
    if (kind[x] !== TOKEN_WORD) {
      if (target.charCodeAt(s) === 0x22) return -1;
      continue;
    }
    const e = end[x]!;
    while (k < nt && spans[3 * k + 1]! <= s) k++;
    if (k < nt && spans[3 * k]! < e) {
      // (a term covers it: wholly, or in part)
      if (spans[3 * k]! <= s && spans[3 * k + 1]! >= e) continue;
    } else if (letters[x] === 1) {
      if (e - s > LONGEST) continue;
      const h = hash[x]!;
      // (the slot with this hash, then the letters compared 4 at a time, lower-cased; `upper`: a
      // capital among them)
      for (let o = ((h ^ (h >>> 16)) & (WORD_SLOTS - 1)) * WORD_SLOT; ; o = (o + WORD_SLOT) & (WORD_SLOTS * WORD_SLOT - 1)) {
        const sh = WORDS30[o]!;
        if (sh === -1) break;
        if (sh !== h) continue;
        const info = WORDS30[o + 1]!, len = e - s;
        if ((info & 0xff) !== len) continue;
        let q = 0, upper = false;
        for (; q < len; q += 4) {
          let packed = 0;
          const m = len - q < 4 ? len - q : 4;
          for (let b = 0; b < m; b++) {
            const c = target.charCodeAt(s + q + b);
            packed |= (c | 0x20) << (b << 3);
            if (c < 0x61) upper = true;
          }
          if (packed !== WORDS30[o + 2 + (q >> 2)]) break;
        }
        if (q < len) continue;
        const sets = info >>> 8;
        if ((sets & ID_WORD) !== 0 && !upper) idWords++;
        else if ((sets & EN_WORD) !== 0) enWords++;
        break;
      }
      continue;
    }
    // digits, a reduplication, or a term in part: its characters, as countInPlace reads them
    const c = countRange(target, spans, nt, s, e);
    idWords += c >>> 16; enWords += c & 0xffff;
  }
  return (idWords << 16) | enWords;
}

/**
 * The counts of countAscii on the blanked text (terms blanked out), as idWords << 16 | enWords, read
 * from the target in place: when it is ASCII without quotation marks (nothing to blank but the
 * terms, and the blanked text is ASCII) and the terms are in text order without overlaps, inside the
 * text (a letter inside a term counts as the space blanking puts there). Else -1: the caller blanks.
 * A word counts as Indonesian when written in lower case (the Indonesian words are matched as
 * written), as English in any case.
 */
function countInPlace(target: string, spans: Int32Array, nt: number): number {
  const n = target.length;
  if (n >= 0x10000 || !ALL_LOWER) return -1;
  let last = 0;
  for (let k = 0; k < nt; k++) {
    const s = spans[3 * k]!, e = spans[3 * k + 1]!;
    if (!(s >= last && e >= s && e <= n)) return -1;
    last = e;
  }
  for (let i = 0; i < n; i++) {
    const c = target.charCodeAt(i);
    if (c >= 0x80 || c === 0x22) return -1;
  }
  return countRange(target, spans, nt, 0, n);
}

/** countInPlace's count of the words starting in target[from, to) (its checks passed), as idWords << 16 | enWords. */
function countRange(target: string, spans: Int32Array, nt: number, from: number, to: number): number {
  const n = target.length;
  let idWords = 0, enWords = 0;
  // positions are read in increasing order: `k` is the first term not ending before the position
  let k = 0;
  for (let i = from; i < to; i++) {
    let c = target.charCodeAt(i);
    if (!isLetter(c)) continue;
    if (nt !== 0) {
      while (k < nt && spans[3 * k + 1]! <= i) k++;
      if (k < nt && spans[3 * k]! <= i) continue;
    }
    // the word: its hash lower-cased, and whether it has a capital
    let h = Math.imul(FNV ^ (c | 0x20), PRIME);
    let upper = c < 0x61;
    let j = i + 1;
    for (; j < n; j++) {
      c = target.charCodeAt(j);
      if (!isLetter(c)) break;
      if (nt !== 0) {
        while (k < nt && spans[3 * k + 1]! <= j) k++;
        if (k < nt && spans[3 * k]! <= j) break;
      }
      if (c < 0x61) upper = true;
      h = Math.imul(h ^ (c | 0x20), PRIME);
    }
    if (j - i <= LONGEST) {
      const sets = setsOf(target, i, j, h);
      if ((sets & ID_WORD) !== 0 && !upper) idWords++;
      else if ((sets & EN_WORD) !== 0) enWords++;
    }
    i = j;
  }
  return (idWords << 16) | enWords;
}

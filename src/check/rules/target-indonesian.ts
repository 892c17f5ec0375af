/**
 * target-indonesian — the target still reads as Indonesian: among its function words, Indonesian
 * ones (yang, dan, di, untuk, …) clearly outnumber English ones (the, of, and, …). Glossary terms
 * (names kept as written, like "Rodong Sinmun") and text in quotation marks are not counted. Not
 * reported when the target is identical to the source (target-same-as-source) or empty.
 */
import { normalizeText } from "../../text/normalize";
import { defineCheck } from "../types";

const ID_WORDS = new Set(
  ("yang dan di ke dari ini itu untuk dengan pada dalam tidak akan adalah oleh atau juga karena bahwa telah sudah " +
    "saat para sebagai kepada tersebut mereka kami kita ia dia bisa dapat lebih setelah masih namun tetapi antara " +
    "secara seperti menurut hingga sejak bagi tentang terhadap belum harus sangat serta agar ada tahun mengatakan " +
    "kata ujar baru bersama negara sebuah seorang sementara yakni yaitu pun lagi jika kalau maka beberapa banyak").split(" "),
);
const EN_WORDS = new Set(
  ("the of and to in a is that for on with as was by it at from his he be are has have said will not an which this " +
    "its were been but they their who would also after more than after had about into over could she her we our you " +
    "new state country year years told says there when while all other one between").split(" "),
);

export default defineCheck<{ minWords: number; ratio: number }>({
  meta: {
    id: "target-indonesian",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "target-terms" },
    description: "The target still reads as Indonesian rather than English.",
    messages: { indonesian: "The target looks Indonesian ({{idWords}} Indonesian and {{enWords}} English function words)." },
  },
  defaultOptions: { minWords: 3, ratio: 0.6 },
  check({ source, target, targetTerms }, options) {
    if (!target.trim()) return [];
    // (most targets: ASCII, no quotation marks, the terms in order: counted in place, see countInPlace)
    const counted = countInPlace(target, targetTerms);
    let idWords: number, enWords: number;
    if (counted >= 0) { idWords = counted >>> 16; enWords = counted & 0xffff; }
    else {
      // blank out glossary terms and quoted passages
      let text = target;
      for (const t of targetTerms) text = text.slice(0, t.start) + " ".repeat(t.end - t.start) + text.slice(t.end);
      if (text.includes("\"") || text.includes("“")) text = text.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
      [idWords, enWords] = ASCII.test(text) ? countAscii(text) : countWords(text);
    }
    if (idWords < options.minWords || idWords / (idWords + enWords) < options.ratio) return [];
    // checked last: most targets are not Indonesian, and normalising both texts costs more
    if (normalizeText(source) === normalizeText(target)) return [];
    return [{ messageId: "indonesian", data: { idWords, enWords } }];
  },
});

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
 * Function words of one set, looked up by the characters of text[s, e) (no string made): FNV-1a
 * hashes (ASCII letters folded to lower case when the set is read case-insensitively) in an
 * open-addressing table, the word compared on a hit.
 */
class WordTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly words: string[];
  constructor(words: Iterable<string>, private readonly fold: boolean) {
    this.words = [...words];
    let size = 16;
    while (size < this.words.length * 4) size *= 2;
    this.mask = size - 1;
    this.slots = new Int32Array(size).fill(-1);
    this.words.forEach((w, k) => {
      let i = hashAt(w, 0, w.length, false) & this.mask;
      while (this.slots[i] !== -1) i = (i + 1) & this.mask;
      this.slots[i] = k;
    });
  }
  /** Is text[s, e) (ASCII letters) one of the words (case-folded when `fold`)? */
  has(text: string, s: number, e: number): boolean {
    const fold = this.fold;
    let i = hashAt(text, s, e, fold) & this.mask;
    for (let k = this.slots[i]!; k !== -1; k = this.slots[(i = (i + 1) & this.mask)]!) {
      const w = this.words[k]!;
      if (w.length !== e - s) continue;
      let q = 0;
      for (; q < w.length; q++) {
        let c = text.charCodeAt(s + q);
        if (fold && c >= 0x41 && c <= 0x5a) c |= 0x20;
        if (c !== w.charCodeAt(q)) break;
      }
      if (q === w.length) return true;
    }
    return false;
  }
}

function hashAt(text: string, s: number, e: number, fold: boolean): number {
  let h = 0x811c9dc5 | 0;
  for (let i = s; i < e; i++) {
    let c = text.charCodeAt(i);
    if (fold && c >= 0x41 && c <= 0x5a) c |= 0x20;
    h = Math.imul(h ^ c, 0x01000193);
  }
  return (h ^ (h >>> 16)) >>> 0;
}

// (the English words are lower case: a word is one when its lower-cased form is)
const ID_TABLE = new WordTable(ID_WORDS, false);
const EN_TABLE = new WordTable(EN_WORDS, true);

/**
 * The counts of countAscii on the blanked text (terms blanked out), as idWords << 16 | enWords, read
 * from the target in place: when it is ASCII without quotation marks (nothing to blank but the
 * terms, and the blanked text is ASCII) and the terms are in text order without overlaps, inside the
 * text (a letter inside a term counts as the space blanking puts there). Else -1: the caller blanks.
 */
function countInPlace(target: string, terms: readonly { readonly start: number; readonly end: number }[]): number {
  const n = target.length;
  if (n >= 0x10000) return -1;
  let last = 0;
  for (let k = 0; k < terms.length; k++) {
    const t = terms[k]!;
    if (!(t.start >= last && t.end >= t.start && t.end <= n)) return -1;
    last = t.end;
  }
  for (let i = 0; i < n; i++) {
    const c = target.charCodeAt(i);
    if (c >= 0x80 || c === 0x22) return -1;
  }
  let idWords = 0, enWords = 0;
  // positions are read in increasing order: `k` is the first term not ending before the position
  const nt = terms.length;
  let k = 0;
  for (let i = 0; i < n; i++) {
    if (!isLetter(target.charCodeAt(i))) continue;
    while (k < nt && terms[k]!.end <= i) k++;
    if (k < nt && terms[k]!.start <= i) continue;
    let j = i + 1;
    for (; j < n && isLetter(target.charCodeAt(j)); j++) {
      while (k < nt && terms[k]!.end <= j) k++;
      if (k < nt && terms[k]!.start <= j) break;
    }
    if (j - i <= LONGEST) {
      if (ID_TABLE.has(target, i, j)) idWords++;
      else if (EN_TABLE.has(target, i, j)) enWords++;
    }
    i = j;
  }
  return (idWords << 16) | enWords;
}

/**
 * The view of a line that sentence-splitter reads. It has exactly the length of the line and the
 * same whitespace, so every range the engine returns is a range of the line itself; only a few
 * characters are swapped or replaced to teach the engine Indonesian news punctuation:
 *
 *  1. ASCII `"` reads as `”`: straight and curly quotes behave the same (the engine would otherwise
 *     treat `"…"` as a pair and never split inside it, while it does split inside `“…”`).
 *  2. Ellipsis (`…`, `...`): ends a sentence when the next word starts with a capital, never when
 *     it starts with a small letter or a digit.
 *  3. `?` / `!` followed by a small letter (`“Apa kabar?” tanya dia`), by a spaced dash and a small letter
 *     (`“Sudah makan?” — tanya ibu itu — “Belum.”`) or by `,` `;` `:` `)` do not end a sentence — but a
 *     bracketed sentence of its own (opened at the line's start or after a stop, a capital or the end
 *     after it) does end at its bracket: `(Siapa yang tahu?) Ia lalu …`.
 *  4. Closing quotes and brackets after the stop: `.”` / `?”` / `!’` / `.'` / `.)` / `.]` followed by
 *     a space or the end of the line read as `”.`, `).` …, so the sentence ends after the quote or
 *     bracket (the engine only ends on `.` + space, and never inside brackets). A class P
 *     abbreviation closed by its bracket (`Letjen TNI (Purn.) Sjafrie …`) ends nothing.
 *  5. Numbers: the engine takes any `<digits>.` word for a list index and never ends a sentence
 *     on it; Indonesian writes thousands as `11.000` and times as `10.30` (no space after the dot),
 *     so `tahun 2019.` + space is a sentence end. Only a number of at most 3 digits at the start of
 *     the line (`1. Pertama …`) stays a list index.
 *  6. Initials: a capital letter and a period (`J.`, `J.R.`) before a capitalised word is an initial
 *     (`J. Smith`), unless it is a listed abbreviation, or the next word is one that opens sentences
 *     and is never a name (rules/starters.ts: `vitamin C. Ia …`) before running text (a title-case headline goes
 *     on: `Ahmad S. Jadi Ketua Umum PSSI`), or the letter is the label of the
 *     noun before it (rules/starters.ts LETTER_LABEL_NOUNS: `nilai A. Nilai itu …`). A class C abbreviation of that
 *     shape (`S.H.`, `M.Si.`) before a capitalised word ends the sentence, as class C says (the
 *     engine's own initials rule would keep it).
 *  7. A class C abbreviation before an opening quote and a capital (`dll. “Kami …`) ends the
 *     sentence as it does before a bare capital: the quote reads as a capital letter (the engine
 *     only looks at the first character of the next word).
 *  8. The period of an initial or a code before a word in small letters does not end a sentence
 *     (`Joko P. di ruang …`, `No.XI.B.2. jangka waktu …`): a single capital letter, or a word with
 *     another period in it, then `.` and a small letter; so does a degree written in capitals after a
 *     name and its comma (`Mohammad Nuh, DEA. menjadi …`). (Indonesian news sentences do not
 *     start in small letters — none of the 3,954 of the alignment data does, except broken
 *     fragments — but after an ordinary word such a period is kept as a boundary, so that a broken
 *     sentence of web noise, `… mereka. solidaritas melawan …`, is split and flagged as suspect.)
 *  9. Abbreviations matched in exactly their case (rules/abbreviations.ts EXACT_ABBREVIATIONS:
 *     `pkl. 19.30`, `Mr. Silva`, `spt. sekolah`; in capitals they are acronyms, `920 PKL. Ditambahkan`):
 *     class P never ends a sentence, class C only before a capitalised word. Applied first, so
 *     the other rules see no period there. A class C word that the case-insensitive list holds as
 *     class P in another case (`r.a.`, radhiyallahu anhu, beside `R.A.`, raden ayu) is hidden from the
 *     engine before a capital, so that it ends the sentence (`… Aisyah r.a. Doa itu …`).
 * 10. A single letter and a period opening the line (`a. Warga negara Indonesia;`, `B. Hak dan
 *     kewajiban`), or a Roman numeral (`II. Kegiatan …`, `IV. Penutup`), is a list marker (or an
 *     initial before a name): it never ends a sentence.
 * 11. Two listed abbreviations joined by a dash or a slash (`Jan.–Feb. 2027`) read as the last one;
 *     so does a word and a listed abbreviation joined by a slash (`tingkat kota/kab. juga …`).
 * 12. Company suffixes `Tbk.` and `Co.`, and the name suffix `Jr.`, before a capitalised word follow the initials rule: a name goes
 *     on (`PT Bank Permata Tbk. Josua Pardede memperkirakan …`, `Tbk. BBNI menambah …`); the sentence
 *     ends before a word of SENTENCE_STARTERS (`… Tbk. Kemudian`, `… Co. Ia …`) or a capitalised noun
 *     and a demonstrative (`Hyundai Motor Co. Perusahaan itu …`). (`Vinicius Jr. Borong Dua Gol`: a name goes on.)
 *     So does a police report's `Tsk.` (tersangka, in its own case) before the suspect's initials or name (`Tsk. AS
 *     ditangkap …` goes on, `… sebagai Tsk. Mereka ditahan …` ends).
 *     So do `Sr.`, a nun's title or senior (`Sr. Maria Goretti` goes on, `Robert Downey Sr. Ia …` ends), and the firms' forms written before the name, `UD.` (usaha dagang), `PD.` (perusahaan daerah), `PO.`
 *     (perusahaan otobus): `milik UD. Sumber Rezeki`, `PO. Sinar Dewata` go on; `kader PD. Ia …` ends. After a word
 *     that reads them as an acronym (rules/starters.ts ACRONYM_BEFORE: `sistem PO.`, `kader PD.`; or an acronym in
 *     capitals, `Ketua DPD PD.`), those three end the sentence before a capitalised word and a small one. After any
 *     of the forms, so does a single capitalised word that the article writes in small letters elsewhere and never
 *     as a name after a small word (`… Tbk. Laba bersih …`); after `Jr.` closing a capitalised name, any single
 *     capitalised word before a small one in running text (`Ken Griffey Jr. Tampil di Seattle, ia …`; a title-case
 *     headline goes on), after `Sr.` one before a preposition (`Ken Griffey Sr. Bermain di …`; a nun's title after
 *     a role, `Kepala Sekolah Sr. Theresia mengatakan …`, `Kepala Sekolah Sr. Bernadette dari …`, goes on). A word the
 *     article writes in small letters before an acronym and a small word opens one too (`… Tbk. Saham ASII turun …`),
 *     and after a clause any capitalised word before an acronym and a verb (`… diumumkan PT Bank Jago Tbk. Direksi ARTO menyebut …`);
 *     a time adverbial before a verb does not, when the sentence has no verb before the form (`Saham PT Vale
 *     Indonesia Tbk. Pekan ini melonjak …`, timeAdverbial).
 * 13. A letter after a number is a unit or an era, not an initial: before a capitalised word it ends the
 *     sentence — `H.` (hijriah) or `M.` (masehi) after a year of 3–4 digits (`Ramadan 1447 H. Keputusan …`,
 *     `1447 H/2026 M. Sidang …`, `622 M. Nabi …`), `T.` (triliun), `M.` (miliar), `B.`, `K.` after an amount
 *     (`sebesar Rp28 T. Sebagian …`), though `H.` is also the title haji and `M.` an initial (`H. Agus
 *     Salim`, `M. Rafli` after a word stay names; so does another letter after a year, `Pada 2019 A. Rahman …`).
 *     A unit's letter after a bare number (`W.` watt, `V.` volt, `A.` ampere, `J.`, `N.`, `L.`: `pengisian cepat 18 W.
 *     Pastikan …`) ends it before a capitalised word of a verb's shape, one the article writes in small letters or a
 *     noun and a demonstrative (`5 L. Botol itu …`) (`Tahun 2019 W. Suprapto …`, a name, goes on).
 *  6d. Initials before a bracketed number, a person's age (`berinisial A.W. (28)`, `Ny. T. (46) asal …`),
 *     or after a name before its country or party in brackets (`Supissara P. (Thailand)`), end nothing; a letter that is also a title (`R.`, `H.`) before a word that opens sentences ends the
 *     sentence as another letter does (`… yakni B.S. dan R. Keduanya kabur.`).
 *  6b. An initial after a slash (`Fajar Alfian/M. Rian Ardianto`, a doubles pair) is an initial too.
 *  6c. Listed degrees joined by commas without a space (`Andi, S.H.,M.H. Polisi …`) read as the last one.
 * 14. An omission mark in brackets, `[...]`, `(...)`, `[…]`, ends nothing (`"Kekuasaan [...] pasti busuk"`).
 * 17. A code's part in capitals and its period before a number, after `No.` / `Nomor` (`Surat Edaran
 *     No. SE. 05 Tahun 2022`) or before a number and a slash (`KEP. 45/MEN/2024`), ends nothing.
 * 18. Emoji between a quote's stop and its closing quote, before a small letter, end nothing: the attribution
 *     goes on as after `.”` (`"… sold out. 😩" tulis akun @nadyaputri_.`); before a capital the sentence ends
 *     and the emoji and the quote stay with it (index.ts). Emoji written after a word in place of the stop, before a
 *     word that opens sentences in running text (`"Banjir lagi, banjir lagi 😭😭 Tapi warga Priok …`), end the sentence
 *     and stay with it.
 * 16. A professional title written before a name or after it as a degree (`Ns.` ners, `apt.` apoteker:
 *     `dipimpin Ns. Dewi Lestari, S.Kep.`, `Rina Sari, S.Farm., apt. Ia …`): after a comma it is a degree
 *     (class C: it ends the sentence before a capital); elsewhere, before a capitalised word that does not
 *     open sentences (rules/starters.ts), it is the title of the name that follows and ends nothing.
 * 19. A title used as a form of address after a comma, with no name after it (`Selamat jalan, Prof. Air yang
 *     Bapak alirkan …`, `Terima kasih, Dr. Kami …`), ends the sentence: before a word that opens sentences in
 *     running text, or, after a greeting or thanks (`Selamat …`, `Terima kasih`, `Maaf`: ADDRESS_OPENING), before a
 *     capitalised word the article writes in small letters elsewhere and never as a name after a small word,
 *     then a small word (rule 12's clause). Before a name (`, Prof. Bambang mengatakan …`), another title
 *     (`, Prof. Dr. Ir. …`) or an acronym, and after a role (`Ketua tim, Dr. Bintang mengatakan …`), it is a
 *     title and ends nothing; nor does it before a word, `yang` and a clause of one verb to the stop (`Terima kasih, Prof.
 *     Bintang yang sudah memimpin kampus ini.`: a name and what it did; a sentence has a predicate after such a clause).
 * 20. `Rek.` after a comma is Javanese address (`arek`, you lot: `"Ayo, Rek. Ojok mung ndelok …"`, `Terima kasih, Rek.
 *     Kalau …`), no title before a name: before a capitalised word in small letters after its first it ends the
 *     sentence — but not before a bank's name or an account's number (`…, Rek. Bank Jatim 0011…`, `Rek. BRI`).
 */
import { ABBREVIATION_CLASS, EXACT_ABBREVIATION_CLASS } from "./language";
import { ACRONYM_BEFORE, LETTER_LABEL_NOUNS, SENTENCE_STARTERS } from "./rules/starters";
import { isVerbLike } from "./suspect";

const SPACE_RE = /\s/;
/** `/\s/` for one character, without the regular expression for ASCII. */
const SPACE = {
  test(c: string): boolean {
    const k = c.charCodeAt(0);
    return k === 32 || (k >= 9 && k <= 13) || (k >= 128 && SPACE_RE.test(c));
  },
};
const CLOSING_QUOTES = "”’»\"'";
const OPENING = "“‘«\"([";
/** What a masked period / question mark / exclamation mark is replaced with: not a separator. */
export const MASKED_PERIOD = "\u2024";
const MASKED_QUESTION = "¿";
const MASKED_EXCLAMATION = "¡";

const isUpper = (c: string | undefined): boolean => c !== undefined && /^\p{Lu}/u.test(c);
const isLower = (c: string | undefined): boolean => c !== undefined && /^\p{Ll}/u.test(c);

/** First character of the next word after position i (skipping spaces and opening quotes), or undefined. */
function nextWordStart(s: string, i: number): string | undefined {
  let k = i;
  while (k < s.length && SPACE.test(s[k]!)) k++;
  while (k < s.length && OPENING.includes(s[k]!)) k++;
  return k < s.length ? s.slice(k, k + 2) : undefined;
}

/**
 * First characters of the word after a spaced dash at position i (spaces, `—`/`–`/`--`, spaces), or
 * undefined: the attribution between the parts of a quote, `“Sudah makan?” — tanya ibu itu — “Belum.”`.
 */
function afterDash(s: string, i: number): string | undefined {
  let k = i;
  while (k < s.length && SPACE.test(s[k]!)) k++;
  const d = k;
  while (k < s.length && (s[k] === "—" || s[k] === "–" || s[k] === "-") && k - d < 2) k++;
  if (k === d || k >= s.length || !SPACE.test(s[k]!)) return undefined;
  return nextWordStart(s, k);
}

/**
 * Is the bracket closed at position k (`)` or `]`) a sentence of its own — opened at the line's start or
 * after a sentence's stop, and followed by a capital or the line's end: `(Siapa yang tahu?) Ia lalu …`?
 */
function bracketedSentence(s: string, k: number): boolean {
  const close = s[k];
  if (close !== ")" && close !== "]") return false;
  const next = nextWordStart(s, k + 1);
  if (next !== undefined && !isUpper(next)) return false;
  const open = s.lastIndexOf(close === ")" ? "(" : "[", k);
  if (open < 0) return false;
  let p = open;
  while (p > 0 && SPACE.test(s[p - 1]!)) p--;
  return p === 0 || (p < open && /[.!?…”’"')\]]/u.test(s[p - 1]!));
}

/** A word of EXACT_ABBREVIATIONS (after a space, the line's start, or an opening bracket or quote): the word in group 2. */
const EXACT_ALTERNATIVES = [...EXACT_ABBREVIATION_CLASS.keys()].map((w) => w.slice(0, -1).replace(/[.]/g, "\\.")).join("|");
const EXACT_WORD = new RegExp(`(?:^|[\\s“‘«"(\\[])(?:${EXACT_ALTERNATIVES})\\.`, "u");
const EXACT_WORDS = new RegExp(`(^|[\\s“‘«"(\\[])((?:${EXACT_ALTERNATIVES})\\.)`, "gu");

/**
 * True when something in the line may need a mask: a straight quote, an ellipsis, `?`/`!`, a stop
 * before a closing quote, `<digit>.` before a space or the end, a word starting with `X.`, or a
 * period before a dash or a slash and a letter.
 */
const NEEDS_MASK = /["…?!]|\.\.|[.?!][”’»')\]]|\d\.(?:\s|$)|(?:^|\s)\p{Lu}\.|\.\s+[“‘«]|\.\s+\p{Ll}|^\s*\p{Ll}\.\s|^\s*[IVX]+\.\s|\.[–—/-]\p{L}|\/\p{L}[\p{L}.]*\.(?:\s|$)/u;
/** A company suffix of rule 12 before a space: the suffix in group 1. */
const COMPANY = /(?<=^|[\s(])(tbk|co|jr|sr|ud|pd|po|tsk)\.(?=\s)/giu;
/** The cheap test for COMPANY (no look-behind: the regular expression engine skips to the letters). */
const COMPANY_WORD = /[Tt][Bb][Kk]\.\s|[Cc][Oo]\.\s|[JjSs][Rr]\.\s|[UuPp][Dd]\.\s|[Pp][Oo]\.\s|Tsk\.\s/;
/**
 * A code's part in capitals and a period before a number (rule 17): after `No.` / `Nomor`
 * (`Surat Edaran No. SE. 05 Tahun 2022`, `Nomor: KEP. 12 …`), or before a number and a slash
 * (`KEP. 45/MEN/2024`). The period in group 1's end.
 */
const CODE_PART = /(?:(?<=(?:^|[\s(])(?:[Nn]o\.|[Nn]omor:?)\s+)\p{Lu}{1,6}\.(?=\s+\d)|(?<=^|[\s(])\p{Lu}{2,6}\.(?=\s+\d+\/))/gu;
/** The cheap test for CODE_PART. */
const CODE_WORD = /\p{Lu}\.\s+\d/u;
/** A quote's stops, emoji, its closing quotes, then a small letter (rule 18): the stops in group 1. */
const EMOJI_QUOTE = /([.?!]+)(?:\s?(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\ufe0f|\u200d))+[”’»"']+(?=\s+\p{Ll})/gu;
/** Emoji after a word (a space between or none), in place of a stop, before a space and a capital (rule 18). */
const EMOJI_STOP = /(?<=[\p{L}\p{N}]\s?)(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\ufe0f|\u200d)+(?:\s(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\ufe0f|\u200d)+)*(?=\s+\p{Lu})/gu;
/** The cheap test for EMOJI_STOP. */
const EMOJI_BEFORE_CAPITAL = /[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]\ufe0f?\s+\p{Lu}/u;
/** The cheap test for EMOJI_QUOTE. */
const EMOJI_WORD = /[.?!]\s?[\p{Extended_Pictographic}\p{Regional_Indicator}]/u;
/** A title of rule 16 before a space: written before a name or after it as a degree. */
const EITHER_SIDE_TITLE = /(?<=^|[\s(“"‘])(?:ns|apt)\.(?=\s)/giu;
/** The cheap test for EITHER_SIDE_TITLE. */
const EITHER_SIDE_WORD = /[Nn][Ss]\.\s|[Aa][Pp][Tt]\.\s/;
/** A title of rule 19 after a comma, before a capitalised word: the title in group 1. */
const ADDRESS_TITLE = /(?<=,\s+)(prof|dr|ir|drs|dra|ust|pdt|bpk|sdr|sdri)\.(?=\s+\p{Lu})/giu;
/** The cheap test for ADDRESS_TITLE. */
const ADDRESS_WORD = /,\s+(?:[Pp]rof|[Dd]rs?|[Dd]ra|[Ii]r|[Uu]st|[Pp]dt|[Bb]pk|[Ss]dri?)\.\s+\p{Lu}/u;
/** A title of address right before a word (rule 19's ADDRESS_TITLE and a chain of titles before it: `Prof. Dr. `). */
const NAME_TITLE_BEFORE = /(?<![\p{L}\p{N}.])(?:prof|dr|ir|drs|dra|ust|pdt|bpk|sdr|sdri)\. +$/iu;
/** Titles after a comma right before a word (`, Prof. `, `, Prof. Dr. `): a form of address or a name's titles. */
const ADDRESSED_BEFORE = /,\s+(?:\p{L}+\. +)+$/u;
/** A greeting or thanks opening a sentence before a title of address (rule 19: `Selamat jalan, Prof.`), no more than four words to its comma. */
const ADDRESS_OPENING = /^["“‘']?(?:selamat|terima\s+kasih|makasih|maaf|mohon\s+maaf|permisi|halo|hai|sampai\s+jumpa|assalamualaikum|salam)(?:\s+[\p{L}-]+){0,3},$/iu;
/** `Rek.` after a comma before a capitalised word (rule 20): the word's start after it in group 1's end. */
const ADDRESS_REK = /(?<=,\s+)rek\.(?=\s+["“‘]?\p{Lu}\p{Ll})/giu;
/** The cheap test for ADDRESS_REK. */
const REK_WORD = /,\s+[Rr]ek\.\s/;
/** An omission mark in brackets (rule 14). */
const OMISSION = /[[(](?:\.{3}|…)[\])]/gu;
/** Demonstratives after a capitalised noun that opens a sentence (rule 12: `Perusahaan itu …`). */
const DEMONSTRATIVE = new Set(["itu", "ini", "tersebut"]);
/** Two abbreviations joined by a dash or a slash, then a space or the end (rule 11): the abbreviations in groups 1 and 2. */
const JOINED = /\p{L}\.[–—/-]\p{L}[\p{L}.]*\.(?:\s|$)/u;
const JOINED_WORDS = /(?<=^|[\s(“"‘])(\p{L}[\p{L}.]*\.)[–—/-](\p{L}[\p{L}.]*\.)(?=\s|$)/gu;
/** A word and an abbreviation joined by a slash (`kota/kab.`), then a space or the end (rule 11): the abbreviation in group 1. */
const SLASH_TAIL = /\p{L}[\p{L}.]*\.(?=\s|$)/uy;
/** Is there a word and an abbreviation joined by a slash? (a scan from slash to slash: a regular expression over the line was a fifth of the segmenter's time) */
function slashed(line: string): boolean {
  for (let i = line.indexOf("/"); i > 0; i = line.indexOf("/", i + 1)) {
    SLASH_TAIL.lastIndex = i + 1;
    if (SLASH_TAIL.test(line) && /[\p{L}\p{N}]/u.test(line[i - 1]!)) return true;
  }
  return false;
}
const SLASHED_WORDS = /(?<=(?:^|[\s(“"‘])[\p{L}\p{N}]+)\/(\p{L}[\p{L}.]*\.)(?=\s|$)/gu;

/** A unit's letter after a bare number (rule 13): watt, volt, ampere, joule, newton, litre. */
const UNIT_LETTER = /^[WVAJNL]\.$/;
/** The letter of an amount's unit (rule 13): `T.` triliun, `M.` miliar, `B.` billion, `K.` ribu (`Rp28 T.`). */
const AMOUNT_UNIT = /^[TMBK]\.$/;
/** A single letter or a Roman numeral (`II.`, `XIV.`) and a period opening a line, then a space: a list marker (rule 10). */
export const LIST_LETTER = /^\s*(?:\p{L}|(?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))\.(?=\s)/u;

/** Is the word that ends with the period at `i` (opening brackets and quotes left out) a class P abbreviation? */
function prepositiveBefore(line: string, i: number): boolean {
  let s0 = i;
  while (s0 > 0 && !SPACE.test(line[s0 - 1]!)) s0--;
  while (s0 < i && OPENING.includes(line[s0]!)) s0++;
  return ABBREVIATION_CLASS.get(line.slice(s0, i + 1).toLowerCase()) === "P";
}

/**
 * What the article tells about its words (rule 12): is this word (in lower case) written in small letters
 * somewhere in the text, an ordinary word (`pembeli`, `barang`), and is it written with a capital after a
 * word in small letters, a name (`kata Theresia`)? Built once per article, on the first question.
 */
export interface ArticleWords {
  ordinary(word: string): boolean;
  name(word: string): boolean;
}

/** Nothing known about the article's words (a line alone). */
export const NO_ARTICLE_WORDS: ArticleWords = { ordinary: () => false, name: () => false };

/** The words of `text` for rule 12, read on the first question. */
export function articleWords(text: string): ArticleWords {
  let small: Set<string> | null = null;
  let names: Set<string> | null = null;
  const read = (): void => {
    small = new Set();
    names = new Set();
    for (const m of text.matchAll(/(?<![\p{L}\p{N}.])\p{L}[\p{L}-]*/gu)) {
      if (isLower(m[0][0])) small.add(m[0]);
      else if (/^\p{Lu}\p{Ll}/u.test(m[0])) {
        const before = text.slice(Math.max(0, m.index - 30), m.index);
        // (after a word in small letters, `kata Theresia`, or after a title not addressed after a comma, `oleh Prof.
        // Bintang`, `Prof. Dr. Bintang Wirawan membuka …`: `, Prof. Bintang` may be a title of address, rule 19)
        if (/(?<![\p{L}\p{N}])\p{Ll}[\p{L}-]* +$/u.test(before) || (NAME_TITLE_BEFORE.test(before) && !ADDRESSED_BEFORE.test(before))) names.add(m[0].toLowerCase());
      }
    }
  };
  return {
    ordinary(word) { if (small === null) read(); return small!.has(word); },
    name(word) { if (names === null) read(); return names!.has(word); },
  };
}

/**
 * Words that title case leaves in small letters (`Bermain di Bernabeu`, `Pulang ke Rumah`): a headline
 * that holds only these in small letters is no running text (rule 12).
 */
const TITLE_SMALL = new Set(["di", "ke", "dari", "dan", "atau", "yang", "untuk", "pada", "dengan", "oleh", "dalam", "bagi", "serta", "vs", "vs."]);

/** Does the text after position k, to its next stop, hold a word in small letters that title case would capitalise? */
function runningText(line: string, k: number): boolean {
  const stop = line.slice(k).search(/[.!?](?:\s|$)/);
  const rest = stop < 0 ? line.slice(k) : line.slice(k, k + stop);
  for (const m of rest.matchAll(/(?<![\p{L}\p{N}])\p{Ll}[\p{L}-]*/gu)) if (!TITLE_SMALL.has(m[0])) return true;
  return false;
}

/**
 * Does the word at k open a sentence: a word of SENTENCE_STARTERS followed by running text? In a title-case
 * headline it goes on (`Ahmad S. Jadi Ketua Umum PSSI`, `Sri Sultan HB X. Dalam Sorotan`).
 */
function opensSentence(line: string, k: number): boolean {
  const word = nextWord(line, k);
  return SENTENCE_STARTERS.has(word.toLowerCase()) && runningText(line, k + word.length);
}

/**
 * Rule 12's clause after the abbreviation: a capitalised word that is not a name, then a word in small
 * letters (`sistem PO. Pembeli harus …`, `Ken Griffey Sr. Bermain di …`). After a name's suffix (`Jr.`,
 * `Sr.` after a capitalised word) the name is whole: a single capitalised word and a small word in running
 * text open the next sentence, unless the article writes that word as a name (`kata Theresia`); after
 * any of the forms, so does a word the article writes in small letters elsewhere (`… pembeli …`).
 */
function clauseAfter(line: string, form: string, start: number, k: number, next: string, words: ArticleWords): boolean {
  const end = k + next.length;
  if (!/^\p{Lu}\p{Ll}+$/u.test(next) || end >= line.length || !SPACE.test(line[end]!)) return false;
  let w2 = skipSpaces(line, end);
  // (a word the article writes in small letters, an acronym in capitals and a small word: `… Tbk. Saham ASII
  // turun …`, `… Tbk. Laba BRI naik …`; a name is read so only after a small word, `kata Harapan`)
  let acronym = false;
  if (!isLower(line[w2])) {
    const a = nextWord(line, w2);
    const w3 = skipSpaces(line, w2 + a.length);
    if (!/^\p{Lu}{2,6}$/u.test(a) || w3 === w2 + a.length || !isLower(line[w3])) return false;
    acronym = true;
    w2 = w3;
  }
  const before = previousWord(line, start);
  // (or, after a clause, a verb after the acronym: `… yang diumumkan PT Bank Jago Tbk. Direksi ARTO menyebut …`)
  if (acronym) return !words.name(next.toLowerCase()) && (words.ordinary(next.toLowerCase()) || (isVerbLike(nextWord(line, w2)) && verbBefore(line, start)));
  // (`sistem PO.`, `Ketua DPD PD.`: an acronym, not a firm's form before its name)
  if ((form === "po" || form === "pd" || form === "ud") && (ACRONYM_BEFORE.has(before.toLowerCase()) || /^\p{Lu}{2,}$/u.test(before))) return true;
  const lower = next.toLowerCase();
  if (words.name(lower)) return false;
  if (words.ordinary(lower)) return true;
  if ((form !== "jr" && form !== "sr") || !/^\p{Lu}[\p{L}'’-]*$/u.test(before) || !runningText(line, w2)) return false;
  // (after a role, `Kepala Sekolah Sr. Bernadette dari …`, `Sr.` is a nun's title: a word of an office
  // (ROLE_BEFORE_TITLE) or one the article writes in small letters, no senior's surname)
  if (form === "sr" && (ROLE_BEFORE_TITLE.has(before.toLowerCase()) || words.ordinary(before.toLowerCase()))) return false;
  // (`Sr.` is also a nun's title, after a capitalised role too: `Kepala Sekolah Sr. Theresia mengatakan …`
  // goes on; after the name of a senior, a verb opening a clause comes before a preposition: `Sr. Bermain di …`)
  return form === "jr" || CLAUSE_PREPOSITIONS.has(nextWord(line, w2));
}

/**
 * Nouns of time that make an adverbial with a demonstrative (`hari ini`, `pekan ini`, `saat itu`): between a
 * subject and its verb (`Saham PT Vale Indonesia Tbk. Pekan ini melonjak …`, rule 12).
 */
const TIME_NOUNS = new Set(["hari", "pagi", "siang", "sore", "malam", "pekan", "minggu", "bulan", "tahun", "kuartal", "triwulan", "semester", "saat", "kali", "sesi"]);

/**
 * Rule 12: a time adverbial written with a capital after the form (`Hari ini`, `Pekan ini`), then a verb, in a
 * sentence that has no verb before the form (`Saham PT Vale Indonesia Tbk. Pekan ini melonjak 9,8 persen.`): the
 * subject before the form still waits for its verb, the sentence goes on. After a clause (`… dibangun PT WIKA Tbk.
 * Tahun ini perseroan …`) or before a subject (`Tbk. Hari ini, saham …`) it opens the next sentence.
 */
function timeAdverbial(line: string, start: number, next: string, after: string, afterAt: number): boolean {
  if (!TIME_NOUNS.has(next.toLowerCase()) || !DEMONSTRATIVE.has(after)) return false;
  const verbAt = skipSpaces(line, afterAt + after.length);
  if (line[afterAt + after.length] !== " " || !isVerbLike(nextWord(line, verbAt))) return false;
  return !verbBefore(line, start);
}

/** Does the sentence so far (from the last stop before `start`) hold a word of a verb's shape? */
function verbBefore(line: string, start: number): boolean {
  let s0 = start;
  for (; s0 > 0; s0--) if (/[.!?]/.test(line[s0 - 1]!) && SPACE.test(line[s0]!) && !prepositiveBefore(line, s0 - 1)) break;
  for (const w of line.slice(s0, start).matchAll(/\p{L}+/gu)) if (isVerbLike(w[0])) return true;
  return false;
}

/** Rule 13: after a unit's letter, a capitalised word of a verb's shape or one the article writes in small letters (`18 W. Pastikan …`). */
function unitThenClause(line: string, k: number, words: ArticleWords): boolean {
  const next = nextWord(line, k);
  if (!/^\p{Lu}\p{Ll}+$/u.test(next) || words.name(next.toLowerCase())) return false;
  return isVerbLike(next) || words.ordinary(next.toLowerCase()) || opensSentence(line, k) || DEMONSTRATIVE.has(nextWord(line, skipSpaces(line, k + next.length)));
}

/**
 * Rule 19: the word at k, then `yang` and a clause of one verb to the stop (`Prof. Bintang yang sudah memimpin kampus ini.`):
 * a name and what it did, no sentence of its own (it has no predicate); with a second verb after the clause (`Prof. Air
 * yang Bapak alirkan akan terus mengalir`) the word opens one. A verb after `dan`, `serta`, `atau` or a comma is the
 * clause's own (`yang memimpin dan membesarkan kampus ini`); an auxiliary (`sudah`, `akan`) is part of its verb; a bare
 * word after an agent opening the clause is its verb in the object's voice (`Prof. Bintang yang kami cintai.`).
 */
/** Who does a clause's verb in the object's voice (`yang kami cintai`, `yang Bapak alirkan`): a pronoun or a word of address. */
const AGENTS = new Set(["kami", "kita", "saya", "aku", "kau", "engkau", "anda", "bapak", "ibu", "beliau", "mereka", "dia", "ia"]);
const AUXILIARIES = new Set(["sudah", "telah", "akan", "sedang", "tengah", "masih", "belum", "pernah", "bisa", "dapat", "harus", "mau", "ingin", "boleh", "tidak", "tak"]);
function relativeOnly(line: string, k: number): boolean {
  const word = nextWord(line, k);
  const rest = line.slice(k + word.length);
  const clause = /^\s+yang\s+([^.!?]*)/u.exec(rest);
  if (!clause) return false;
  let verbs = 0;
  let before = "";
  let at = 0;
  for (const w of clause[1]!.matchAll(/[\p{L}-]+|,/gu)) {
    // (an agent and a bare verb, `yang kami cintai`, `yang Bapak alirkan`: the clause's verb of the object's voice)
    const agentVerb = at === 1 && AGENTS.has(before) && !AUXILIARIES.has(w[0].toLowerCase()) && /^\p{Ll}+$/u.test(w[0]);
    if (w[0] !== "," && (agentVerb || isVerbLike(w[0])) && !AUXILIARIES.has(w[0].toLowerCase()) && !["dan", "serta", "atau", ","].includes(before)) verbs++;
    before = w[0].toLowerCase();
    at++;
  }
  return verbs === 1;
}

/** Words that end the name of an office before a nun's title (`Kepala Sekolah Sr. …`, `Ketua Yayasan Sr. …`, rule 12). */
const ROLE_BEFORE_TITLE = new Set(["kepala", "sekolah", "ketua", "direktur", "direktris", "rektor", "suster", "pemimpin", "pimpinan", "wakil", "pembina",
  "pengasuh", "guru", "kepsek", "provinsial", "bendahara", "sekretaris", "koordinator", "yayasan", "biara", "asrama", "panti", "kongregasi", "superior", "priorin"]);

/** Prepositions after a capitalised word that read it as a verb opening a clause (`Sr. Bermain di …`, rule 12). */
const CLAUSE_PREPOSITIONS = new Set(["di", "ke", "dari", "dengan", "untuk", "sebagai", "bersama", "selama", "sejak", "pada", "dalam", "bagi", "tanpa"]);

export function maskLine(line: string, words: ArticleWords = NO_ARTICLE_WORDS): string {
  const exact = EXACT_WORD.test(line);
  const company = COMPANY_WORD.test(line);
  const eitherSide = EITHER_SIDE_WORD.test(line);
  const code = CODE_WORD.test(line);
  const address = ADDRESS_WORD.test(line);
  const rek = REK_WORD.test(line);
  const emojiStop = EMOJI_BEFORE_CAPITAL.test(line);
  if (!exact && !company && !eitherSide && !code && !address && !rek && !emojiStop && !NEEDS_MASK.test(line) && !EMOJI_WORD.test(line)) return line;
  const a = line.split("");
  const n = a.length;
  // 14. an omission mark in brackets.
  if (line.includes("[") || line.includes("(")) {
    for (const m of line.matchAll(OMISSION)) for (let k = m.index + 1; k < m.index + m[0].length - 1; k++) a[k] = MASKED_PERIOD;
  }
  // 12. company suffixes before a capitalised word: a name goes on; a sentence starter, or a
  // capitalised noun and a demonstrative, opens the next sentence.
  if (company) {
    for (const m of line.matchAll(COMPANY)) {
      // (`Tsk.`, tersangka, only in its own case: rules/abbreviations.ts EXACT_ABBREVIATIONS)
      if (m[1]!.toLowerCase() === "tsk" && m[1] !== "Tsk") continue;
      const p = m.index + m[0].length - 1;
      let k = p + 1;
      while (k < n && SPACE.test(line[k]!)) k++;
      while (k < n && OPENING.includes(line[k]!)) k++;
      if (!isUpper(line[k])) continue;
      const next = nextWord(line, k);
      let e = k + next.length;
      while (e < n && !SPACE.test(line[e]!)) e++;
      const afterAt = e + 1 < n ? skipSpaces(line, e) : n;
      const after = nextWord(line, afterAt);
      const ends = !timeAdverbial(line, m.index, next, after, afterAt)
        && (opensSentence(line, k) || DEMONSTRATIVE.has(after.toLowerCase()) || clauseAfter(line, m[1]!.toLowerCase(), m.index, k, next, words));
      const listed = ABBREVIATION_CLASS.get(m[1]!.toLowerCase() + ".");
      if (ends && listed === "P") a[m.index] = "Q";
      else if (!ends) a[p] = MASKED_PERIOD;
    }
  }
  // 9. abbreviations matched in their exact case.
  if (exact) {
    for (const m of line.matchAll(EXACT_WORDS)) {
      const i = m.index + m[0].length - 1;
      const cls = EXACT_ABBREVIATION_CLASS.get(m[2]!);
      let k = i + 1;
      while (k < n && "”’»\"')]".includes(line[k]!)) k++;
      if (cls === undefined || (k < n && !SPACE.test(line[k]!))) continue;
      // (a class C one after a title of class P is part of the title: `Prof. Dr. Eng. Ayu …`)
      if (cls === "P" || !isUpper(nextWordStart(line, k)) || (cls === "C" && titleBefore(line, m.index + m[1]!.length))) a[i] = MASKED_PERIOD;
      // (`r.a.` before a capital: the engine would read it as the class P `R.A.` and go on)
      else if (ABBREVIATION_CLASS.get(m[2]!.toLowerCase()) === "P") a[m.index + m[1]!.length] = "q";
    }
  }
  // 17. a code's part in capitals before a number (`No. SE. 05 Tahun 2022`, `KEP. 45/MEN/2024`).
  if (code) for (const m of line.matchAll(CODE_PART)) a[m.index + m[0].length - 1] = MASKED_PERIOD;
  // 16. a title before a name (`Ns. Dewi Lestari`), not a degree after a comma (`S.Kep., Ns. Ia …`).
  if (eitherSide) {
    for (const m of line.matchAll(EITHER_SIDE_TITLE)) {
      const p = m.index + m[0].length - 1;
      const k = skipSpaces(line, p + 1);
      if (!isUpper(line[k]) || previousWord(line, m.index).endsWith(",") || opensSentence(line, k)) continue;
      a[p] = MASKED_PERIOD;
    }
  }
  // 19. a title as a form of address after a comma, no name after it (`Selamat jalan, Prof. Air yang …`).
  if (address) {
    for (const m of line.matchAll(ADDRESS_TITLE)) {
      const k = skipSpaces(line, m.index + m[0].length);
      if (opensSentence(line, k) || (ADDRESS_OPENING.test(clauseBefore(line, m.index)) && clauseAfter(line, m[1]!.toLowerCase(), m.index, k, nextWord(line, k), words)
        && !relativeOnly(line, k))) a[m.index] = "Q";
    }
  }
  // 20. `Rek.` as Javanese address after a comma (`Terima kasih, Rek. Kalau …`), not an account's before a bank or a number.
  if (rek) {
    for (const m of line.matchAll(ADDRESS_REK)) {
      const k = skipSpaces(line, m.index + m[0].length);
      if (/^["“‘]?bank\b/iu.test(line.slice(k, k + 6)) || /\d{3,}/.test(line.slice(k, k + 40))) continue;
      // (rule 9 hid the period of the account's `Rek.`: it is a stop here)
      a[m.index] = "Q";
      a[m.index + 3] = ".";
    }
  }
  // 1. and 5. straight quotes, numbers before a period (shared with the English splitter).
  maskQuotesAndNumbers(a, line);
  // 15. an inline list after a colon and semicolons (`Menimbang: a. bahwa …; b. bahwa …;`, `Mengingat:
  // 1. Pasal 18 …; 2. Undang-Undang …`): markers of consecutive numbers or letters are no sentence ends.
  if (line.includes(";")) maskInlineList(a, line);
  // 2. and 3. ellipses, question and exclamation marks, judged by what follows them.
  for (let i = 0; i < n; i++) {
    const c = a[i]!;
    let j: number;
    if (c === "…" || (c === "." && a[i + 1] === ".")) {
      j = i;
      while (j < n && (a[j] === "…" || a[j] === ".")) j++;
      let k = j;
      while (k < n && CLOSING_QUOTES.includes(a[k]!)) k++;
      if (k < n && SPACE.test(a[k]!)) {
        const next = nextWordStart(line, k);
        if (isUpper(next)) a[j - 1] = ".";
        else if (next !== undefined) a[j - 1] = "…";
      }
      i = j - 1;
    } else if (c === "?" || c === "!") {
      j = i;
      while (j < n && (a[j] === "?" || a[j] === "!")) j++;
      let k = j;
      while (k < n && CLOSING_QUOTES.includes(a[k]!)) k++;
      const after = a[k];
      const mask = after === undefined ? false
        : SPACE.test(after) ? isLower(nextWordStart(line, k)) || isLower(afterDash(line, k))
        : ",;:)]".includes(after) && !bracketedSentence(line, k);
      if (mask) for (let m = i; m < j; m++) a[m] = a[m] === "?" ? MASKED_QUESTION : MASKED_EXCLAMATION;
      i = j - 1;
    }
  }
  // 18. emoji between a quote's stop and its closing quote, before a small letter: the attribution goes on.
  if (EMOJI_WORD.test(line)) {
    for (const m of line.matchAll(EMOJI_QUOTE)) {
      for (let k = m.index; k < m.index + m[1]!.length; k++) {
        if (a[k] === ".") a[k] = MASKED_PERIOD;
        else if (a[k] === "?") a[k] = MASKED_QUESTION;
        else if (a[k] === "!") a[k] = MASKED_EXCLAMATION;
      }
    }
  }
  // 18. emoji in place of a stop before a word that opens sentences (`banjir lagi 😭😭 Tapi warga …`): the last
  // character of the emoji reads as `!` (a code unit of the view only: the sentence's range keeps the emoji).
  if (emojiStop) {
    for (const m of line.matchAll(EMOJI_STOP)) {
      const end = m.index + m[0].length;
      if (opensSentence(line, skipSpaces(line, end))) a[end - 1] = "!";
    }
  }
  // 4. closing quotes after the stop.
  for (let i = 0; i < n; i++) {
    if (a[i] !== "." && a[i] !== "?" && a[i] !== "!") continue;
    let j = i;
    while (j < n && (a[j] === "." || a[j] === "?" || a[j] === "!")) j++;
    let k = j;
    while (k < n && "”’»')]".includes(a[k]!)) k++;
    if (k > j && (k === n || SPACE.test(a[k]!))) {
      // (a class P abbreviation closed by its bracket, `(Purn.) Sjafrie`, ends no sentence)
      if (j === i + 1 && a[i] === "." && k < n && prepositiveBefore(line, i)) { a[i] = MASKED_PERIOD; i = k - 1; continue; }
      const stops = a.slice(i, j);
      const quotes = a.slice(j, k);
      const rotated = [...quotes, ...stops];
      for (let m = 0; m < rotated.length; m++) a[i + m] = rotated[m]!;
    }
    i = k - 1;
  }
  // 6. words: initials.
  let w = 0;
  while (w < n) {
    while (w < n && SPACE.test(a[w]!)) w++;
    const start = w;
    while (w < n && !SPACE.test(a[w]!)) w++;
    if (w === start || a[w - 1] !== ".") continue;
    const word = a.slice(start, w).join("");
    // 6b. an initial after a slash (`Alfian/M. Rian`) before a capitalised word that does not open sentences.
    if (w < n && word.length >= 4 && word.charCodeAt(word.length - 3) === 0x2f && /[^/]\/\p{Lu}\.$/u.test(word)) {
      const k = skipSpaces(line, w);
      if (isUpper(line[k]) && !opensSentence(line, k)) a[w - 1] = MASKED_PERIOD;
      continue;
    }
    // 6c. listed degrees joined by commas without a space (`S.H.,M.H.`, `S.Pd.,M.Pd.`) read as the last
    // one: a class C one ends the sentence before a capital (the engine would read `S.` as an initial).
    if (w < n && word.includes(",") && /^\p{Lu}/u.test(word)) {
      const parts = word.split(",");
      const last = ABBREVIATION_CLASS.get(parts[parts.length - 1]!.toLowerCase());
      if (last !== undefined && parts.every((p) => ABBREVIATION_CLASS.has(p.toLowerCase()))) {
        if (isUpper(line[skipSpaces(line, w)])) {
          if (last === "C") hideCapital(a, start);
          else a[w - 1] = MASKED_PERIOD;
        }
        continue;
      }
    }
    // 6d. initials before a bracketed number, a person's age (`berinisial A.W. (28)`, `Ny. T. (46) asal …`),
    // or after a name before its country or party in brackets (`Supissara P. (Thailand)`): no boundary.
    if (w < n && /^(?:\p{Lu}\.)+$/u.test(word) && (/^\s+\(\d{1,3}\)/.test(line.slice(w, w + 8))
      || (isUpper(previousWord(line, start)[0]) && /^\s+\(\p{Lu}[\p{L} -]{0,30}\)/u.test(line.slice(w, w + 40))))) {
      a[w - 1] = MASKED_PERIOD;
      continue;
    }
    if (/^\p{Lu}\./u.test(word) && w < n) {
      let k = w;
      while (k < n && SPACE.test(a[k]!)) k++;
      if (!isUpper(a[k])) continue;
      const listed = ABBREVIATION_CLASS.get(word.toLowerCase());
      const before = previousWord(line, start);
      // 13. a unit or an era after a number (`1447 H. Keputusan …`, `1447 H/2026 M. Sidang …`, `Rp28 T.
      // Sebagian …`): the sentence ends.
      if (((word === "H." || word === "M.") && /(?:^|\/)\d{3,4}$/.test(before)) || (AMOUNT_UNIT.test(word) && /\d$/.test(before))
        || (UNIT_LETTER.test(word) && /^\d[\d.,]*$/.test(before) && unitThenClause(line, k, words))) {
        if (listed === "P") a[start] = "Q";
        hideCapital(a, start);
        continue;
      }
      // (a letter label after its noun, `nilai A. Nilai itu …`, `Grup C. Timnas …`, `grup H. Timnas …`:
      // the sentence ends there, even on a letter that is also a title, `H.` haji)
      if (word.length === 2 && (listed === undefined || listed === "P") && LETTER_LABEL_NOUNS.has(before.toLowerCase())) {
        if (listed === "P") a[start] = "Q";
        hideCapital(a, start);
        continue;
      }
      if ((listed === undefined || (listed === "P" && word.length === 2)) && opensSentence(line, k)) {
        // Not an initial: hide a capitalised word before it from the engine's own initials rule
        // (capitalised word, `X.`, capitalised word), which would keep `Buwono X. Dalam` together. A
        // letter that is also a title (`R.` raden, `H.` haji) is none before such a word either: `yakni
        // B.S. dan R. Keduanya …` ends there.
        if (listed === "P") a[start] = "Q";
        hideCapital(a, start);
        continue;
      }
      // A degree shaped like initials (`S.H.`, `M.T.`, `M.M.`) follows a name and its comma
      // (`Ahmad, S.H., M.H. Sidang …`); anywhere else it is a person's initials (`Jalan M.T. Haryono`,
      // `Prof. Dr. M.M. Billah`): no boundary.
      if (listed === "C" && /^(?:\p{Lu}\.)+$/u.test(word) && !before.endsWith(",")) {
        a[w - 1] = MASKED_PERIOD;
        continue;
      }
      if (listed === "C") {
        // A class C abbreviation before a capital ends the sentence ("… Santoso, S.H. Ia …"); hide
        // its inner periods from the engine's initials rule (capitalised word, `X.`, capitalised word).
        for (let m = start; m < w - 1; m++) if (a[m] === ".") a[m] = MASKED_PERIOD;
      } else if (listed === undefined && /^(?:\p{Lu}\.)+$/u.test(word)) {
        a[w - 1] = MASKED_PERIOD;
      }
    }
  }
  // 11. two listed abbreviations joined by a dash or a slash (`Jan.–Feb. 2027`, `Sept./Okt.`): as the
  // last one — a class C one ends a sentence only before a capitalised word, a class P one never.
  if (JOINED.test(line)) {
    for (const m of line.matchAll(JOINED_WORDS)) {
      const first = ABBREVIATION_CLASS.get(m[1]!.toLowerCase());
      const last = ABBREVIATION_CLASS.get(m[2]!.toLowerCase());
      const i = m.index + m[0].length - 1;
      if (first === undefined || last === undefined) continue;
      if (last === "P" || !isUpper(nextWordStart(line, i + 1))) a[i] = MASKED_PERIOD;
    }
  }
  if (slashed(line)) {
    for (const m of line.matchAll(SLASHED_WORDS)) {
      const cls = ABBREVIATION_CLASS.get(m[1]!.toLowerCase());
      const i = m.index + m[0].length - 1;
      if (cls === "P" || (cls === "C" && !isUpper(nextWordStart(line, i + 1)))) a[i] = MASKED_PERIOD;
    }
  }
  // 8. an initial or a code, a period, a small letter.
  for (let i = 0; i < n; i++) {
    if (a[i] !== "." || i + 1 >= n || !SPACE.test(a[i + 1]!) || (i > 0 && a[i - 1] === ".")) continue;
    let s0 = i;
    while (s0 > 0 && !SPACE.test(a[s0 - 1]!)) s0--;
    if (!isLower(nextWordStart(line, i + 1))) continue;
    const word = line.slice(s0, i);
    // (a degree in capitals after a name and its comma, `Mohammad Nuh, DEA. menjadi …`, `Budi, MBA. mengatakan …`)
    if (/^\p{Lu}$/u.test(word) || word.includes(".") || (word.length <= 6 && /^\p{Lu}{2,}$/u.test(word) && previousWord(line, s0).endsWith(","))) a[i] = MASKED_PERIOD;
  }
  // 7. class C abbreviation, opening quote, capital.
  for (let i = 0; i < n; i++) {
    if (a[i] !== "." || i + 1 >= n || !SPACE.test(a[i + 1]!)) continue;
    let s0 = i;
    while (s0 > 0 && !SPACE.test(a[s0 - 1]!)) s0--;
    if (ABBREVIATION_CLASS.get(line.slice(s0, i + 1).toLowerCase()) !== "C") continue;
    let k = i + 1;
    while (k < n && SPACE.test(a[k]!)) k++;
    let q = k;
    while (q < n && "“‘«\"".includes(line[q]!)) q++;
    if (q > k && isUpper(line[q])) a[k] = "Q";
  }
  return a.join("");
}

/**
 * Rules 1, 5 and 10, which are not about the language (the English splitter uses them too), on the
 * characters `a` of `line`: straight double quotes read as closing curly ones, and the digits of a
 * `<digits>.` word before a space or the end read as letters — except `1.`–`999.` opening the line,
 * which stay list numbers; and a single letter and a period opening the line (`a. Warga negara …`,
 * `B. Hak …`) is a list marker (or an initial), never a sentence: its period is hidden.
 */
export function maskQuotesAndNumbers(a: string[], line: string): void {
  for (let i = 0; i < a.length; i++) if (a[i] === '"') a[i] = "”";
  const marker = LIST_LETTER.exec(line);
  if (marker) a[marker[0].length - 1] = MASKED_PERIOD;
  for (const m of line.matchAll(/(?<=^|\s)(\d+)\.(?=\s|$)/g)) {
    if (m[1]!.length <= 3 && line.slice(0, m.index).trim() === "") continue;
    for (let k = m.index; k < m.index + m[1]!.length; k++) a[k] = "n";
  }
}

/** A list marker after a colon or a semicolon: a number of one or two digits (group 1) or a small letter (group 2), a period, a space. */
const INLINE_MARKER = /[:;]\s+(?:(\d{1,2})|([a-z]))\.(?=\s)/g;

/**
 * Rule 15: the periods of list markers inside a line (`: a. …; b. …`, `: 1. …; 2. …`) are hidden when
 * the line holds the marker of the next or the previous item too (a lone `: 2.` may end a sentence:
 * `Korban tewas: 12. Sebanyak …`).
 */
function maskInlineList(a: string[], line: string): void {
  const markers: Array<[number, number]> = [];
  for (const m of line.matchAll(INLINE_MARKER)) {
    const ordinal = m[1] !== undefined ? Number(m[1]) : 1000 + m[2]!.charCodeAt(0);
    markers.push([ordinal, m.index + m[0].length - 1]);
  }
  if (markers.length < 2) return;
  const ordinals = new Set(markers.map(([o]) => o));
  for (const [o, p] of markers) if (ordinals.has(o + 1) || ordinals.has(o - 1)) a[p] = MASKED_PERIOD;
}

/** Is the word before position `start` (after its spaces) a class P abbreviation, a title (`Dr.`, `Prof.`)? */
function titleBefore(line: string, start: number): boolean {
  const before = previousWord(line, start);
  return before.endsWith(".") && ABBREVIATION_CLASS.get(before.toLowerCase()) === "P";
}

/** The sentence's text before position `start`: from the last stop and space before it (or the line's start), trimmed. */
function clauseBefore(line: string, start: number): string {
  let s0 = start;
  while (s0 > 0 && !(/[.!?]/.test(line[s0 - 1]!) && SPACE.test(line[s0]!))) s0--;
  return line.slice(s0, start).trim();
}

/** Hides the capital of the word before position `start` from the engine's initials rule (capitalised word, `X.`, capitalised word). */
function hideCapital(a: string[], start: number): void {
  let p = start;
  while (p > 0 && SPACE.test(a[p - 1]!)) p--;
  let f = p;
  while (f > 0 && !SPACE.test(a[f - 1]!)) f--;
  if (f < p && isUpper(a[f])) a[f] = "x";
}

/** The word (as written) that ends before position `start` and the spaces before it; "" if none. */
function previousWord(line: string, start: number): string {
  let e = start;
  while (e > 0 && SPACE.test(line[e - 1]!)) e--;
  let b = e;
  while (b > 0 && !SPACE.test(line[b - 1]!)) b--;
  return line.slice(b, e);
}

/** The first position at or after k that is not a space. */
function skipSpaces(line: string, k: number): number {
  while (k < line.length && SPACE.test(line[k]!)) k++;
  return k;
}

/** The word starting at k, without trailing punctuation. */
function nextWord(line: string, k: number): string {
  let e = k;
  while (e < line.length && !SPACE.test(line[e]!)) e++;
  return line.slice(k, e).replace(/[^\p{L}]+$/u, "");
}

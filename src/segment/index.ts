/**
 * segmentArticle — article text → segments (headline, body sentences, captions, datelines,
 * boilerplate), with UTF-16 offsets into the whole text. Pure: no I/O.
 *
 *  - An optional metadata header (`---` … `---`) is skipped.
 *  - Every line break ends a segment (LF, CRLF or CR; a `\r` is never part of a segment's text), but in
 *    a hard-wrapped text a line cut mid-sentence goes on on the next (paste.ts: the sentence's text reads
 *    each line break as a space; its offsets cover the lines as written). HTML remnants, invisible spaces
 *    and markdown marks are read through paste.ts's view.
 *  - Boilerplate lines (rules/boilerplate.ts) are one `boilerplate` segment each; a rule with scope
 *    "rest" makes every following line boilerplate too.
 *  - The headline is the first line that is not boilerplate (nor a section label above it, `Nasional`,
 *    `News / Nasional`: boilerplate); a title cut in two goes on on the next line (headlineGoesOn:
 *    `… ke Balikpapan dan` / `Makassar Mulai Januari 2027` is one headline). Between it and the text, a
 *    section label or a short label of capitalised words (`Okezone`, `Jawa Timur`) is boilerplate too.
 *  - The short lines without a final stop under a link list's heading (`Berita Populer`), a bare tag
 *    heading (`Tag`, `Tags:`) or a bare related links' label (`Baca juga:`, `Simak juga:`, `Lihat Juga :`:
 *    every title under it) are boilerplate.
 *  - A reporter's name in capitals alone on the last line of the text (`ANDI ADAM FATURAHMAN`) is boilerplate.
 *  - A printed page's running head (a short line without a final stop that comes back later in the text,
 *    `HARIAN EKONOMI NUSANTARA`) is boilerplate each time, but for the title's own line at the top.
 *  - A line ending with a photo credit is a caption: its sentences are `caption`, a sentence that is
 *    only the credit (`(Foto: KCNA via AFP)`) is `boilerplate`, and so is a news site's credit cut from
 *    the caption's end (`… (6/12/2026). (KOMPAS.com/RIZKI MAULANA)`, rules/boilerplate.ts
 *    captionCredit); a line that is only a credit is `boilerplate`.
 *  - The first body paragraph may open with a dateline (`ANDALPOST.COM —`, `SURABAYA, detik.com –`,
 *    rules/dateline.ts; also alone on its line before the lead, `GARUT -`), or one of the next two with an outlet's (`TEMPO.CO, Jakarta -`, after lines
 *    no rule knows; short lines without sentence punctuation, bylines and labels, do not count): its
 *    own `dateline` segment, copied unchanged into the English by design.
 *  - Other lines are split into sentences by sentence-splitter taught Indonesian (sentences.ts,
 *    mask.ts, language.ts); emoji after a sentence's stop stay with it (`yuk! 👇`); other pieces
 *    without a letter or digit (a stray `“`) are not segments.
 *  - Body and caption sentences that look like fragments of a broken sentence get a `suspect` reason.
 */
import { BOILERPLATE_RULES, CAPTION_LINE, CREDIT_ONLY, INLINE_LINK, captionCredit, isSectionLabel } from "./rules/boilerplate";
import { matchDateline } from "./rules/dateline";
import { articleWords, maskLine, NO_ARTICLE_WORDS, type ArticleWords } from "./mask";
import { OPEN_TAGS_BEFORE, hasPasteMarks, pasteView, pastedLines, physicalLines, readableText, wrapWidth, type PastedLine } from "./paste";
import { sentenceRanges, type Engine } from "./sentences";
import { isVerbLike, suspectReason } from "./suspect";
import { BARE_VERBS, NO_FINAL_WORDS } from "./rules/suspect";
import type { SegmentKind, SegmentSpan } from "./types";
import { firstNonBlankLine } from "../text/decode";
export type { SegmentSpan, SegmentKind } from "./types";
export { SEGMENT_KINDS } from "./types";
export type { Engine } from "./sentences";

export interface SegmentOptions {
  /** "fast" (default) or "plain" (sentence-splitter on every line); both give the same segments. */
  readonly engine?: Engine;
}

const HAS_WORD = /[\p{L}\p{N}]/u;
/** Emoji (and closing quotes after them) opening a piece, up to a space or the end: group 1. */
const LEADING_EMOJI = /^((?:[\p{Extended_Pictographic}\p{Regional_Indicator}\p{Emoji_Modifier}]|\ufe0f|\u200d|\u20e3|\s(?=[\p{Extended_Pictographic}\p{Regional_Indicator}]))+["”’»)]*)(?=\s|$)/u;
/** How many body paragraphs may come before the one that opens with an outlet's dateline. */
const DATELINE_WITHIN = 3;
/**
 * A short line without sentence punctuation (a byline `Abdul Rochim`, a channel `kumparanNEWS`, a label
 * `[Advertorial]`; a period inside a web name is no stop: `Tim Liputan6.com`; a match's fixture under the title,
 * `Persita vs PSM Makassar — Minggu, 28 Desember 2025, 19.00 WIB`, up to 100 characters): it does not count as the
 * first body paragraph when looking for the dateline.
 */
const SHORT_LABEL = /^(?=.{1,100}$)(?:[^.!?:;]|\.(?=[\p{L}\p{N}]))*$/u;
/**
 * A short label of one to three capitalised words, letters only (`Liga Inggris`, `Jateng & DIY`): above a
 * longer title it is the section's label, not the headline (see sectionAbove).
 */
const SHORT_SECTION = /^(?=.{2,30}$)\p{Lu}\p{L}*(?:\s+(?:&|dan|\p{Lu}[\p{L}]*)){0,2}$/u;
/** Such a label and a number (`Pilkada 2026`, `Piala Dunia 2026`, `Liga 1`): an event's or a league's label (see labelUnder, sectionAbove). Group 1: the label. */
const SECTION_NUMBER = /^(?=.{2,30}$)(\p{Lu}.*?)\s+\d{1,4}$/u;
/** A sentence under a link list's heading: four words or more, a full stop at the end (not an ellipsis). */
const LIST_SENTENCE = /^\S+(?:\s+\S+){3,}(?<![.…])\.["”’)]*$/u;
/** A headline after it: five words or more, no final stop. */
const TITLE_LIKE = /^(?=.{20,200}$)\S+(?:\s+\S+){4,}$/u;

/**
 * A related links' label alone on its line, with or without a colon (`Baca juga:`, `BACA JUGA`, `Simak juga:`,
 * `Lihat Juga :`, `Tonton juga:`, `Baca juga artikel:`, `Baca Juga >>`): the linked titles follow on the lines after it.
 */
const BARE_LINK = /^(?:baca|lihat|simak|tonton|saksikan|cek)\s+(?:juga|pula)(?:\s+(?:video|artikel|berita|foto))?\s*(?::|>>|»)?$/i;
/** A linked title under BARE_LINK: no final stop of a sentence (nor `!`, `?`), and not opening in a small letter. */
const LINKED_TITLE = /^(?!\p{Ll})(?=.{1,150}$).*[^.!?…](?<![.!?…]["”’)])$/u;

/**
 * A running head of a printed page pasted (a PDF): a line that opens with a capital or a digit, of two words
 * or more, 8–100 characters, without a sentence's final punctuation (`HARIAN EKONOMI NUSANTARA`,
 * `MAJALAH AGRARIA | EDISI DESEMBER 2026`), when the same line comes back later in the text, a page's
 * text (PAGE_GAP characters or more) after the last time: the items of a list that repeat a value
 * (`Pagi: Cerah Berawan` under each city of a forecast) come back sooner. At the top, the first of a title
 * repeated on each page is the headline (five words or more, small letters, no HEAD_PARTS).
 */
const RUNNING_HEAD = /^(?=.{8,100}$)[\p{Lu}\p{N}]\S*(?:\s+\S+)+$/u;
const SENTENCE_END = /[.!?…,;:]["”’)]*$/u;
/**
 * A running head's parts (`Laporan Utama | Warta Kota Lestari | Desember 2026`): a bar, or an issue's month and
 * year at the end (`Edisi Desember 2026`, `EDISI DESEMBER 2026`); no title's. A title may end on a year (`… Tahun 2026`,
 * `… Triwulan III 2026`), on an acronym and a year too (`… Perusahaan Listrik Negara PLN 2026`, `… AFC 2026`).
 */
const HEAD_PARTS = /\s[|•·]\s|\b(?:Jan(?:uari)?|Feb(?:ruari)?|Mar(?:et)?|Apr(?:il)?|Mei|Jun[i]?|Jul[i]?|Agu(?:stus)?|Agt|Sep(?:t|tember)?|Okt(?:ober)?|Nov(?:ember)?|Des(?:ember)?|Edisi|(?:JAN(?:UARI)?|FEB(?:RUARI)?|MAR(?:ET)?|APR(?:IL)?|MEI|JUNI?|JULI?|AGU(?:STUS)?|AGT|SEP(?:T|TEMBER)?|OKT(?:OBER)?|NOV(?:EMBER)?|DES(?:EMBER)?|EDISI))\s+(?:19|20)\d{2}$/u;
/** The least text between two times a running head is printed: a page's worth (a short page of a PDF pasted). */
const PAGE_GAP = 300;
/**
 * A printed page's number alone on its line, as a page marks it (`- 2 -`, `Halaman 2`, `Hal. 2 dari 5`): what a PDF
 * pasted leaves between two pages. Not a bare number (`2`), which also numbers a list's items.
 */
const PAGE_NUMBER = /^(?:[-–—]{1,2}\s*\d{1,4}\s*[-–—]{1,2}|\(?\s*(?:halaman|hal|hlm|page|pg)\.?\s*\d{1,4}(?:\s*(?:dari|of|\/)\s*\d{1,4})?\s*\)?)$/iu;
/**
 * A table's row pasted as a line: three cells or more apart by two spaces or more or a tab, short (40 characters at most),
 * none ending in a stop, one with a digit (`Jan  1.234,5  2,1%`) — not sentences typed with two spaces after their stops.
 */
function tableRow(line: string, least = 3): boolean {
  const cells = line.split(/ {2,}|\t/u);
  return cells.length >= least && cells.every((c) => c !== "" && c.length <= 40 && !/[.!?]["”’)]?$/u.test(c)) && cells.some((c) => /\d/.test(c));
}
/**
 * Whether a table's rows end right above line `li`, blank lines apart (`Papua  150` / `` / `Sumber: Direktorat …`): a row of
 * three cells or more, or two rows running of two cells or more (a table of two columns, `Papua  150` / `NTT  120`).
 */
function tableAbove(all: ReadonlyArray<{ text: string }>, li: number): boolean {
  let i = li - 1;
  while (i >= 0 && all[i]!.text.trim() === "") i--;
  if (i < 0) return false;
  const last = all[i]!.text.trim();
  return tableRow(last) || (i > 0 && tableRow(last, 2) && tableRow(all[i - 1]!.text.trim(), 2));
}
/** A head's words in title case: every word that opens with a letter opens with a capital but a few small words (`di`, `dan`, `untuk`). */
const TITLE_CASE = /^(?:(?:[^\p{L}\s]*\p{Lu}|[^\p{L}\s]+$|[^\p{L}\s]*(?:di|ke|dan|dari|yang|untuk|dengan|pada|dalam|atau|serta|oleh|bagi|tentang)(?=\s|$))\S*(?:\s+|$))+$/u;

/**
 * The lines of the text from `from` that are running heads: RUNNING_HEAD lines that come twice or more, a page's
 * text apart or right after a page's number (`- 2 -`: a short first page); and a line in title case printed once,
 * right after a page's number and before a line that goes on in small letters (`- 2 -` / `Laporan Khusus Banjir
 * Bekasi 2026` / `bahwa …`: the next page's head inside a sentence the page cut).
 */
function runningHeads(text: string, from: number): ReadonlySet<string> {
  /** Where each such line was last seen. */
  const last = new Map<string, number>();
  const heads = new Set<string>();
  /** Lines that came back within a page: never running heads. */
  const near = new Set<string>();
  const all = [...physicalLines(text, from)].map((l) => ({ start: l.start, text: l.text.trim() })).filter((l) => l.text !== "");
  for (let k = 0; k < all.length; k++) {
    const { text: t, start } = all[k]!;
    if (!RUNNING_HEAD.test(t) || SENTENCE_END.test(t)) continue;
    const afterPage = k > 0 && PAGE_NUMBER.test(all[k - 1]!.text);
    const before = last.get(t);
    if (before !== undefined) (start - before >= PAGE_GAP || afterPage ? heads : near).add(t);
    else if (TITLE_CASE.test(t) && printedOnce(all, k)) heads.add(t);
    last.set(t, start);
  }
  for (const t of near) heads.delete(t);
  return heads;
}

/**
 * A transitive verb (`me-` or `di-` and `-kan`/`-i`: `menyiapkan`, `mengatakan`, `memiliki`, `diberikan`) ending a line without
 * a stop: its object is on the next page (`… Dinas Pendidikan belum menyiapkan` / `- 2 -` / `Laporan Khusus …` / `Anggaran …`).
 */
const OBJECT_VERB = /^(?:me|di)\p{Ll}{3,}(?:kan|i)$/u;
/** A line of running text the page cut (40 characters or more, no final stop): its last word, or "," when it ends on a comma. */
const CUT_LINE = /^(?=.{40,}).*?(?:(,)|(?<![\p{L}\p{N}])(\p{Ll}+))$/u;

/**
 * Is the title-case line `k` of `all`, printed nowhere after it, the head of a page a sentence runs over? Right after a
 * page's number (`- 2 -`) before a line going on in small letters (`bahwa …`), or before any line when the line above
 * the number ends where no sentence ends (on a comma, a word such as `dan`, `yang`, or a verb waiting for its object,
 * `menyiapkan`: `… awal tahun dan` / `- 3 -` /
 * `Laporan Khusus …` / `Dinas Pendidikan …`: no heading opens in a sentence's middle); right after a bare number (`2`,
 * which also numbers a list's items) only when both show it: the line above ends in small letters and the one below
 * goes on in them.
 */
function printedOnce(all: ReadonlyArray<{ text: string }>, k: number): boolean {
  const number = all[k - 1]?.text ?? "";
  const page = PAGE_NUMBER.test(number);
  if (!page && !/^\d{1,4}$/.test(number)) return false;
  if (all.slice(k + 1).some((l) => l.text === all[k]!.text)) return false;
  const small = /^["“‘'(]?\p{Ll}/u.test(all[k + 1]?.text ?? "");
  const cut = CUT_LINE.exec(all[k - 2]?.text ?? "");
  if (page) return small || (cut !== null && (cut[1] !== undefined || NO_FINAL_WORDS.has(cut[2]!) || OBJECT_VERB.test(cut[2]!)));
  return small && cut !== null && cut[2] !== undefined;
}

/** A title's first part, cut at the line's end: 20 characters or more, three words or more, a capital, a digit or a quote first. */
const CUT_TITLE = /^(?=.{20,})["“‘']?[\p{Lu}\p{N}]\S*(?:\s+\S+){2,}$/u;
/** A short title's first part (`Jokowi Resmikan Tol`): three words or more, a capital, a digit or a quote first. */
const SHORT_CUT_TITLE = /^["“‘']?[\p{Lu}\p{N}]\S*(?:\s+\S+){2,}$/u;
/**
 * A title's first line as long as this at least may have been cut by the width of a page or a column; a
 * shorter title over a second line of its own is a title and its subtitle (`Harga Beras Premium Tembus
 * Rp16.500` / `Pemerintah Siapkan Operasi Pasar di 40 Titik`).
 */
const CUT_LENGTH = 45;
/** Words a title writes in small letters between capitalised words (`Rute Baru ke Balikpapan dan Makassar`). */
const TITLE_SMALL_WORDS: ReadonlySet<string> = new Set([...NO_FINAL_WORDS, "vs", "per", "hingga", "sampai", "usai", "jelang", "soal", "ala", "pun", "in", "on", "at", "for", "to", "a"]);
/** Words no title ends on: a title's first line ending on one goes on on the next (`… ke Balikpapan dan` / `Makassar …`, `… Melonjak Jelang` / `Natal 2026`). */
const TITLE_CUT_WORDS: ReadonlySet<string> = new Set([...NO_FINAL_WORDS, "vs", "jelang", "soal", "ala"]);

/**
 * Whether the headline `first` (trimmed) goes on on the next line `second` (trimmed, no blank line
 * between): a title cut in two by a PDF, an e-mail or a narrow column. The second line is written as a
 * title (a capital or a digit first; its other words capitalised but the small ones of TITLE_SMALL_WORDS;
 * the first line a title's part, CUT_TITLE;
 * no final punctuation), is no line a rule knows (boilerplate, a label, a caption, a dateline), and the cut
 * shows: the first line ends on a comma (`… Rumah di Bekasi,` / `Warga Mengungsi ke Masjid`) or on a word that
 * ends no title (`… ke Balikpapan dan` / `Makassar …`), or it
 * is near the width of a hard-wrapped text (and the second line's first word would not have fit on it), or it is
 * CUT_LENGTH long or more and the second line holds a number, a small word or a verb (`… Warga Berhamburan` /
 * `Keluar Rumah`), or the second line is one word that is a verb (`… Empat Warga` / `Tewas`), or the text
 * after the title writes the words on both sides of the cut together (acrossCut: `Jokowi Resmikan Tol` /
 * `Trans Sumatera` over `… Tol Trans Sumatera …`). A name alone under the title (a byline, `Abdul Rochim`) or a
 * label (`Trans Sumatera` otherwise, `Jawa Timur`) stays a line of its own; so does a subtitle written as a sentence.
 */
function headlineGoesOn(first: string, second: string, width: number, text: string, after: number): boolean {
  // (a title never ends on a comma: `Banjir Rendam Ribuan Rumah di Bekasi,` / `Warga Mengungsi ke Masjid` is cut there)
  const comma = /,["”’)]*$/u.test(first);
  if (/[\r\n]/.test(second) || first.length > 150 || second.length > 100 || (SENTENCE_END.test(first) && !comma) || SENTENCE_END.test(second)) return false;
  // (the first line is a title's first part: three words or more, a capital, a digit or a quote first; 20
  // characters or more, but for a short title whose cut the text shows, acrossCut)
  const titlePart = CUT_TITLE.test(first);
  if (!(titlePart || SHORT_CUT_TITLE.test(first)) || !/^[\p{Lu}\p{N}]/u.test(second)) return false;
  const words = second.split(/\s+/);
  const small = words.filter((w) => /^\p{Ll}/u.test(w));
  if (small.some((w) => !TITLE_SMALL_WORDS.has(w))) return false;
  if (boilerplateRule(second) !== null || CREDIT_ONLY.test(second) || captionCredit(second) !== null || CAPTION_LINE.some((c) => c.test(second))
    || matchDateline(second, firstNonBlankLine(text, after)) !== null) return false;
  const last = /(\p{L}+)$/u.exec(first)?.[1]?.toLowerCase();
  // (a label under the title, a section's `Tips`, a region's `Jawa Timur`, an event's `Pilkada 2026` over a byline,
  // is no second line, but under a first line that ends where no title ends: `… Bagikan Cara dan` / `Tips`,
  // `… Rumah di` / `Jawa Timur`, `… Melonjak Jelang` / `Natal 2026` are one title)
  const cut = comma || (last !== undefined && TITLE_CUT_WORDS.has(last));
  if (!cut && (isSectionLabel(second) || LABEL_NAMES.test(second) || labelUnder(second, text, after, true))) return false;
  if (!titlePart) return acrossCut(first, words[0]!, text.slice(after));
  return cut
    // (near the width of a hard-wrapped text, when the second line's first word would not have fit on the first)
    || (width > 0 && first.length >= width * 0.6 && first.length + 1 + words[0]!.length > width)
    || (first.length >= CUT_LENGTH && (/\p{N}/u.test(second) || small.length > 0 || words.some((w) => isVerbLike(w))))
    // (a predicate alone, one word that is a verb: `… Empat Warga` / `Tewas`, `… Dua Pemilik` / `Ditangkap`; a bare
    // verb, or a word of a verb's shape the text after the title writes in small letters — a rubric shaped so,
    // `Digital`, `Teropong`, or a name, `Dimas`, is not)
    || (words.length === 1 && (BARE_VERBS.has(words[0]!.toLowerCase()) || (isVerbLike(words[0]!) && writtenSmall(words[0]!, text.slice(after)))))
    // (the text after the title writes the words on both sides of the cut together: `Jokowi Resmikan Tol` /
    // `Trans Sumatera` over `… tol Trans Sumatera …`; a byline or a subtitle under the title is not read so)
    || acrossCut(first, words[0]!, text.slice(after));
}

/** The next non-blank line after `from` when it is no web noise (the lead after a dateline alone on its line, `GARUT -`), else "". */
function leadAfter(text: string, from: number): string {
  const next = firstNonBlankLine(text, from);
  return boilerplateRule(next) === null ? next : "";
}

/** A word as a literal in a regular expression. */
const literal = (w: string): string => w.replace(/[.*+?^${}()|[\]\\/]/g, "\\$&");

/** Does `body` write `word` in small letters (a whole word)? */
function writtenSmall(word: string, body: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N}])${literal(word.toLowerCase())}(?![\\p{L}\\p{N}])`, "u").test(body);
}

/** Does `body` hold the last word of `first` and the word `next` side by side (any case, only spaces between)? */
function acrossCut(first: string, next: string, body: string): boolean {
  const lastWord = /([\p{L}\p{N}]+)$/u.exec(first)?.[1];
  const nextWord = /^[\p{L}\p{N}]+/u.exec(next)?.[0];
  if (!lastWord || !nextWord) return false;
  return new RegExp(`(?<![\\p{L}\\p{N}])${literal(lastWord)}[ \\t]+${literal(nextWord)}(?![\\p{L}\\p{N}])`, "iu").test(body);
}

/** Offset where the article body starts: after a `---` … `---` metadata header, or 0. */
export function bodyStart(text: string): number {
  if (!/^---\r?\n/.test(text)) return 0;
  const re = /\r\n|\n|\r/g;
  re.lastIndex = text.indexOf("\n") + 1;
  let from = re.lastIndex;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    if (text.slice(from, end) === "---") return m ? m.index + m[0].length : text.length;
    if (!m) return 0;
    from = m.index + m[0].length;
  }
}

type Line = PastedLine;

/**
 * The lines of the text from `from` (paste.ts pastedLines: in a hard-wrapped text a line that does not
 * end a sentence is joined with the next). Boilerplate lines and running heads are never joined, and a
 * line that is only a photo credit is not joined to the line before.
 */
function lines(text: string, from: number, heads: ReadonlySet<string>): Iterable<Line> {
  return pastedLines(text, from, { alone: (t) => boilerplateRule(t) !== null || heads.has(t), opensLine: (t) => CREDIT_ONLY.test(t) });
}

function trimmedRange(line: string, s: number, e: number): [number, number] {
  while (s < e && /\s/.test(line[s]!)) s++;
  while (e > s && /\s/.test(line[e - 1]!)) e--;
  return [s, e];
}

/** Sentences of `line` from offset `from` (to `to`), as trimmed [start, end) ranges within the line. */
function sentences(line: string, from: number, engine: Engine, to = line.length, words: ArticleWords = NO_ARTICLE_WORDS): Array<[number, number]> {
  const raw = line.slice(from, to);
  // (pasted text, `pagi.&nbsp;Warga`, `pagi.</p><p>Warga`, a line break of a wrapped paragraph: the
  // engine reads the compacted view, whose ranges map back onto the text)
  const paste = pasteView(raw);
  const part = paste ? paste.view : raw;
  const out: Array<[number, number]> = [];
  for (const [s, e] of sentenceRanges(maskLine(part, words), engine)) {
    let [ts, te] = trimmedRange(part, s, e);
    // (emoji after a sentence's `!`/`?`, `yuk! 👇`, `Indonesia! 🇮🇩🙏" Unggahan …`: they stay with it)
    const emoji = out.length > 0 ? LEADING_EMOJI.exec(part.slice(ts, te)) : null;
    if (emoji) {
      out[out.length - 1]![1] = ts + emoji[1]!.length;
      [ts, te] = trimmedRange(part, ts + emoji[1]!.length, te);
    }
    if (ts < te && HAS_WORD.test(part.slice(ts, te))) out.push([ts, te]);
  }
  for (const r of out) {
    if (paste) {
      [r[0], r[1]] = [paste.starts[r[0]]!, paste.ends[r[1] - 1]!];
      // (a tag closed inside the sentence, `<strong>Baca Juga:</strong> Banjir …`, takes its opening tag along)
      if (raw.slice(r[0], r[1]).includes("</")) r[0] -= OPEN_TAGS_BEFORE.exec(raw.slice(0, r[0]))?.[0].length ?? 0;
    }
    r[0] += from;
    r[1] += from;
  }
  return out;
}


/**
 * The dateline opening `line` between `s` and `e` (matchDateline), as offsets into the line: read on the
 * paste view when the line holds tags, character references or bold marks (`<p><strong>Jakarta -</strong> PT …`,
 * `**Hanoi** - Timnas …`).
 */
function datelineIn(line: string, s: number, e: number, next = ""): { start: number; end: number; body: number; outlet: boolean } | null {
  const raw = line.slice(s, e);
  const paste = raw.includes("<") || raw.includes("&") || raw.includes("**") ? pasteView(raw) : null;
  if (!paste) {
    const d = matchDateline(raw, next);
    return d && { start: s, end: s + d.dateline, body: s + d.body, outlet: Boolean(d.outlet) };
  }
  const v = paste.view;
  const lead = v.length - v.trimStart().length;
  const d = matchDateline(v.trim(), next);
  if (!d || d.dateline === 0) return null;
  const body = lead + d.body < v.length ? paste.starts[lead + d.body]! : raw.length;
  let start = paste.starts[lead]!;
  const end = paste.ends[lead + d.dateline - 1]!;
  // (a tag closed inside the dateline, `<b>Jakarta</b> -`, takes its opening tag along)
  if (raw.slice(start, end).includes("</")) start -= OPEN_TAGS_BEFORE.exec(raw.slice(0, start))?.[0].length ?? 0;
  return { start: s + start, end: s + end, body: s + body, outlet: Boolean(d.outlet) };
}

/** The longest line each rule can match: N of a pattern opening with `^(?=.{0,N}$)` in every alternative, else unbounded. */
const RULE_MAX_LENGTH: readonly number[] = BOILERPLATE_RULES.map((r) => {
  const bounds = r.pattern.source.split("|^").map((alt) => /^\^?\(\?=\.\{0,(\d+)\}\$\)/.exec(alt)?.[1]);
  return bounds.every((b) => b !== undefined) ? Math.max(...bounds.map(Number)) : Infinity;
});

/**
 * An ad slot's marker in capitals left inside a paragraph by a copy of the page (`… Parawansa.
 * ADVERTISEMENT SCROLL TO CONTINUE WITH CONTENT Ia …`), before a capital or the line's end.
 */
const INLINE_AD = /(?:ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT)(?:\s+(?:ADVERTISEMENT|SCROLL TO CONTINUE WITH CONTENT))*(?=\s+[\p{Lu}“"‘(]|\s*$)/gu;

/** The boilerplate pieces inside a paragraph (INLINE_LINK, INLINE_AD), in their order. */
function inlinePieces(text: string): Iterable<RegExpExecArray> {
  // (both markers hold `NT`: most paragraphs are passed with one look-up)
  if (!text.includes("NT")) return text.matchAll(INLINE_LINK);
  return [...text.matchAll(INLINE_LINK), ...text.matchAll(INLINE_AD)].sort((x, y) => x.index - y.index);
}

/** A list bullet before a line's text: `* Follow Official WhatsApp Channel …`, `• Baca juga: …`. */
const BULLET = /^[*•●▪►]\s+/u;

export function boilerplateRule(line: string): { id: string; rest: boolean } | null {
  // (a rule that only matches short lines, `^(?=.{0,120}$)…`, is not run on a longer one: most lines of an
  // article are paragraphs longer than any of them)
  for (let k = 0; k < BOILERPLATE_RULES.length; k++) {
    if (line.length > RULE_MAX_LENGTH[k]!) continue;
    const r = BOILERPLATE_RULES[k]!;
    if (r.pattern.test(line)) return { id: r.id, rest: r.scope === "rest" };
  }
  // (a bulleted line is judged by its text after the bullet)
  if (BULLET.test(line)) return boilerplateRule(line.replace(BULLET, ""));
  return null;
}

/** A match's fixture: two sides, then its date or time (`Persib vs Persija — Minggu, 7 Desember 2026, 15.30 WIB`): text, no title. */
const FIXTURE = /(?<!\p{L})(?:vs|versus)\.?\s.*(?:\d{1,2}\s+\p{L}+\s+\d{4}|\d{1,2}[.:]\d{2}\s*(?:WIB|WITA|WIT)?)\s*$/iu;

/**
 * An unknown section's label above the title: a short label of capitalised words without a verb
 * (`Liga Inggris`, `Jateng & DIY`), when the next non-empty line is longer, is no web noise nor a
 * caption a rule knows and reads as a title (five words or more, no final stop), not a match's fixture (FIXTURE).
 */
function sectionAbove(trimmed: string, text: string, after: number): boolean {
  // (and such a label with a number, a league's `Liga 1`, an event's `Pilkada 2026`)
  const label = SECTION_NUMBER.exec(trimmed)?.[1] ?? trimmed;
  if (!SHORT_SECTION.test(label) || label.split(/\s+/).some((w) => isVerbLike(w))) return false;
  const next = firstNonBlankLine(text, after);
  return next !== "" && next.length > trimmed.length && TITLE_LIKE.test(next) && !/[.!?]["”’)]?$/u.test(next) && !FIXTURE.test(next)
    && boilerplateRule(next) === null && !CREDIT_ONLY.test(next) && captionCredit(next) === null && !CAPTION_LINE.some((c) => c.test(next));
}

/**
 * A press release's issuer in capitals over its label (`KEMENTERIAN PENDIDIKAN DASAR DAN MENENGAH` / `SIARAN PERS`): a
 * letterhead, no headline.
 */
function issuerAbove(trimmed: string, text: string, after: number): boolean {
  return trimmed.length <= 120 && /^\p{Lu}[\p{Lu}\p{N}&.,()'’ -]*\s\p{Lu}[\p{Lu}\p{N}&.,()'’ -]*$/u.test(trimmed)
    && boilerplateRule(firstNonBlankLine(text, after))?.id === "press-release";
}

/**
 * Whether the last segment so far ends on a word that ends no title nor sentence (`… Sumatera Utara pada`):
 * the line after it goes on with it (a title on two lines), it is no label.
 */
function cutBefore(out: readonly SegmentSpan[]): boolean {
  const last = out[out.length - 1]?.text.match(/(\p{L}+)\s*$/u)?.[1];
  return last !== undefined && TITLE_CUT_WORDS.has(last.toLowerCase());
}

/**
 * A short label of one to three capitalised words without a verb between the headline and the text,
 * when a line follows it: a site's name or a region (`Okezone`, `CNN Indonesia`, `Jawa Timur`: known
 * names), or any such label with a line the rules read as boilerplate under it (the date and time,
 * a byline: `Cuaca` / `Jumat, 18 Des 2026 06:45 WIB`). Another short line is the headline's second
 * line (`Jokowi Resmikan Tol` / `Trans Sumatera`), body text: a title cut in two keeps both halves.
 */
function labelUnder(trimmed: string, text: string, after: number, year = false): boolean {
  // (with `year`, also such a label and a number, `Pilkada 2026`, `Piala Dunia 2026`, `Liga 1`, over a line of web noise)
  const label = year ? SECTION_NUMBER.exec(trimmed)?.[1] ?? trimmed : trimmed;
  if (!SHORT_SECTION.test(label) || label.split(/\s+/).some((w) => isVerbLike(w))) return false;
  const next = firstNonBlankLine(text, after);
  return next !== "" && ((label === trimmed && LABEL_NAMES.test(trimmed)) || boilerplateRule(next) !== null);
}
/** Names a site prints as a label under its headlines: Indonesia's provinces and regions, and outlets. */
const LABEL_NAMES = new RegExp(`^(?:${[
  // (the 38 provinces, the islands and regions news sites file stories under)
  "Aceh", "Sumatera Utara", "Sumatera Barat", "Riau", "Kepulauan Riau", "Jambi", "Bengkulu", "Sumatera Selatan", "Kepulauan Bangka Belitung",
  "Bangka Belitung", "Babel", "Lampung", "Banten", "DKI Jakarta", "Jakarta", "Jabodetabek", "Jawa Barat", "Jawa Tengah", "DI Yogyakarta",
  "Yogyakarta", "DIY", "Jawa Timur", "Bali", "Nusa Tenggara Barat", "Nusa Tenggara Timur", "NTB", "NTT", "Kalimantan Barat",
  "Kalimantan Tengah", "Kalimantan Selatan", "Kalimantan Timur", "Kalimantan Utara", "Sulawesi Utara", "Sulawesi Tengah",
  "Sulawesi Selatan", "Sulawesi Tenggara", "Sulawesi Barat", "Gorontalo", "Maluku", "Maluku Utara", "Papua", "Papua Barat",
  "Papua Barat Daya", "Papua Selatan", "Papua Tengah", "Papua Pegunungan", "Sumatera", "Jawa", "Kalimantan", "Sulawesi",
  // (outlets)
  "Okezone", "CNN Indonesia", "CNBC Indonesia", "Kompas", "Kompas TV", "Detik", "Tempo", "Koran Tempo", "Antara", "Republika",
  "Liputan6", "Tribunnews", "Tribun", "Kumparan", "Suara", "IDN Times", "Katadata", "Bisnis Indonesia", "Jawa Pos", "Media Indonesia",
  "Kontan", "Sindonews", "Merdeka", "VIVA", "iNews", "Metro TV", "Tirto", "Beritasatu", "Medcom", "Jakarta Post", "Warta Ekonomi",
].map((n) => n.replace(/ /g, "\\s+")).join("|")})$`, "iu");

export function segmentArticle(text: string, options: SegmentOptions = {}): SegmentSpan[] {
  const engine = options.engine ?? "fast";
  /** The article's words in small letters and its names (the company rule of mask.ts asks, rarely). */
  const words = articleWords(text);
  const out: SegmentSpan[] = [];
  let paragraph = -1;
  let restIsBoilerplate = false;
  let titleNext = false;
  /** After a link list's heading (`Berita Populer`, `Terpopuler`): the lines of titles under it are links too. */
  let listNext = false;
  let headline = false;
  /** Body paragraphs seen while no dateline has been found (null once one has). */
  let bodySeen: number | null = 0;
  /** Whether a body, caption or dateline segment has been pushed (the article's text has begun). */
  let begun = false;
  /** After a bare related links' label (`Baca juga:`): the lines of titles under it are links too. */
  let linksNext = false;
  const bodyFrom = bodyStart(text);
  const heads = runningHeads(text, bodyFrom);
  /** The running heads seen (the first of a title's, at the top, is the headline). */
  const headsSeen = new Set<string>();
  const all = [...lines(text, bodyFrom, heads)];
  for (let li = 0; li < all.length; li++) {
    let line = all[li]!;
    const trimmed = line.text.trim();
    if (trimmed === "") continue;
    paragraph++;
    // (a translatable sentence reads as the text it stands for: `&quot;Kami`, `<strong>kembali</strong>`, a joined paragraph's line breaks)
    let pasted = line.joined === true || hasPasteMarks(line.text);
    const push = (s: number, e: number, kind: SegmentKind, suspect: string | null = null) => {
      if (kind === "body" || kind === "caption" || kind === "dateline") begun = true;
      const t = line.text.slice(s, e);
      out.push({ text: pasted && kind !== "boilerplate" ? readableText(t) : t, start: line.start + s, end: line.start + e, kind, paragraph, suspect });
    };
    const whole = trimmedRange(line.text, 0, line.text.length);
    if (!restIsBoilerplate) {
      // (the title a bare "Baca juga:" line links to, on the line after it: short, no final stop)
      // (and the titles a list's heading links to, `Berita Populer` / `1. Jadwal KRL …` / `2. Ganjil Genap …`,
      // or the tags under a bare `Tag` / `Tags:`: every such line after it)
      const linked: boolean = ((titleNext || listNext) && trimmed.length <= 150 && !/[.]["”’)]?$/.test(trimmed)) || (linksNext && LINKED_TITLE.test(trimmed));
      // (a line of pasted HTML is judged by what it reads as: `<p>Baca juga: …</p>`, `<p>(ant/dji)</p>`)
      const plain = trimmed.includes("<") || trimmed.includes("&") ? pasteView(trimmed)?.view.trim() ?? trimmed : trimmed;
      // (a running head of a printed page, but the title's own line at the top: the headline)
      const head = heads.has(trimmed) && !(headsSeen.size === 0 && !headline && TITLE_LIKE.test(trimmed) && /\p{Ll}/u.test(trimmed) && !HEAD_PARTS.test(trimmed) && !headsSeen.has(trimmed));
      if (heads.has(trimmed)) headsSeen.add(trimmed);
      const found: ReturnType<typeof boilerplateRule> = linked ? { id: "related-link-title", rest: false } : boilerplateRule(plain) ?? (head ? { id: "running-head", rest: false } : null);
      // (`Rekomendasi` alone, a link list's heading and a report's, over a sentence of four words or more ending in a full
      // stop is the report's: a list's titles end in none)
      // (`Sumber: BPS Jawa Tengah, diolah.` under a table's rows pasted as lines, `Jan  1.234,5  2,1%`, blank lines apart or none, is the table's
      // source, text to translate; alone at the article's end it credits the article)
      const rule: ReturnType<typeof boilerplateRule> = (found?.id === "list-heading" && /^rekomendasi\s*:?$/i.test(plain) && LIST_SENTENCE.test(firstNonBlankLine(text, line.start + line.text.length)))
        || (found?.id === "source-credit" && tableAbove(all, li)) ? null : found;
      const bare: boolean = rule !== null && !linked && BARE_LINK.test(plain);
      linksNext = linked ? linksNext : bare;
      titleNext = rule !== null && !bare && (rule.id === "link-heading" || ((rule.id === "related-link" || rule.id === "related-link-caps") && /:\s*$/.test(trimmed)));
      listNext = linked ? listNext : (rule?.id === "list-heading" || rule?.id === "tags") && !/:./.test(plain);
      if (rule?.rest) restIsBoilerplate = true;
      // (a photo credit of a news site after a caption, `… (6/12/2026). (KOMPAS.com/RIZKI MAULANA)`: where it starts)
      const credit = rule ? null : captionCredit(trimmed);
      if (!rule && !CREDIT_ONLY.test(plain) && credit !== 0) {
        if (!HAS_WORD.test(trimmed)) continue;
        if (!headline) {
          // (a section label above the title, `Nasional`, `EKSKLUSIF`, `News / Nasional`, is no headline)
          if (isSectionLabel(plain) || sectionAbove(trimmed, text, line.start + line.text.length) || issuerAbove(plain, text, line.start + line.text.length)) {
            push(whole[0], whole[1], "boilerplate");
            continue;
          }
          headline = true;
          // (an article pasted without its title opens with the dateline of an outlet and its body:
          // `TEMPO.CO, Jakarta - Komisi …`, no headline)
          const d = matchDateline(line.text.slice(whole[0], whole[1]));
          // (nor has one that opens with a place and its dash alone on the line, `GARUT -` / `Polisi …`)
          const alone = d === null && /[-–—]$/u.test(trimmed) && matchDateline(trimmed, leadAfter(text, line.start + line.text.length)) !== null;
          if (!(d?.outlet && d.body < whole[1] - whole[0]) && !alone) {
            // (a title cut in two, `… ke Balikpapan dan` / `Makassar Mulai Januari 2027`: one headline)
            const next = all[li + 1];
            const end = line.start + line.text.length;
            if (next && !heads.has(trimmed) && /^(?:\r\n|\n|\r)$/.test(text.slice(end, next.start)) && next.text.trim() !== ""
              && headlineGoesOn(trimmed, next.text.trim(), wrapWidth(text, bodyFrom), text, next.start + next.text.length)) {
              line = { text: text.slice(line.start, next.start + next.text.length), start: line.start, joined: true };
              pasted = true;
              li++;
            }
            for (const [s, e] of sentences(line.text, 0, engine, line.text.length, words)) push(s, e, "headline");
            continue;
          }
        } else if (!begun && !cutBefore(out) && (isSectionLabel(plain) || labelUnder(trimmed, text, line.start + line.text.length, true))) {
          // (a section label between the title and the text, `Religi` under the headline: the site's
          // label too, and so is a short label of capitalised words there, an outlet's name or a region,
          // `Okezone`, `CNN Indonesia`, `Jawa Timur`; after the first sentence of the text a one-word
          // subheading stays)
          push(whole[0], whole[1], "boilerplate");
          continue;
        }
        const caption = credit !== null || CAPTION_LINE.some((re) => re.test(trimmed));
        const to = credit === null ? line.text.length : whole[0] + credit;
        let from = 0;
        if (!caption && bodySeen !== null && bodySeen < DATELINE_WITHIN) {
          // (the first body paragraph may open with any dateline; one of the next two only with an
          // outlet's, `TEMPO.CO, Jakarta -`: lines the rules do not know may come before the lead; a
          // short line without sentence punctuation, a byline or a label, is not the first paragraph)
          // (a place and its dash alone on the line, `GARUT -`, before the lead on the next: a dateline too,
          // the same unit as `GARUT - Kepolisian …` on one line; the next line is no web noise)
          const d = datelineIn(line.text, whole[0], whole[1], /[-–—]$/u.test(trimmed) ? leadAfter(text, line.start + line.text.length) : "");
          if (d && (bodySeen === 0 || d.outlet)) {
            push(d.start, d.end, "dateline");
            from = d.body;
            bodySeen = null;
          } else if (!SHORT_LABEL.test(trimmed)) bodySeen++;
        }
        // (a related link inside the paragraph, `… pagi. (Baca juga: …) Warga …`, or an ad slot's marker
        // left in it, `… Parawansa. ADVERTISEMENT Ia …`, is a piece of its own: the sentences are those of
        // the text around it)
        const spans: Array<[number, number, boolean]> = [];
        let at = from;
        if (!caption) {
          for (const m of inlinePieces(line.text.slice(from))) {
            const ms = from + m.index, me = ms + m[0].length;
            // (only between sentences: inside one, `Ia berkata [Baca juga: …] bahwa …`, it stays)
            if (!/(?:^|[.!?…]["”’)\]]*)\s*$/u.test(line.text.slice(at, ms))) continue;
            for (const [s, e] of sentences(line.text, at, engine, ms, words)) spans.push([s, e, false]);
            spans.push([ms, me, true]);
            at = me;
          }
        }
        for (const [s, e] of sentences(line.text, at, engine, to, words)) spans.push([s, e, false]);
        if (credit !== null) spans.push([to, whole[1], true]);
        const judged = spans.filter((x) => !x[2]).length > 1;
        for (const [s, e, link] of spans) {
          const t = pasted ? readableText(line.text.slice(s, e)) : line.text.slice(s, e);
          if (link || (caption && CREDIT_ONLY.test(t))) push(s, e, "boilerplate");
          else push(s, e, caption ? "caption" : "body", judged ? suspectReason(t) : null);
        }
        continue;
      }
    }
    if (HAS_WORD.test(trimmed)) push(whole[0], whole[1], "boilerplate");
  }
  signOff(out);
  return out;
}

/**
 * A reporter's name in capitals alone on the text's last line (Tempo's `ANDI ADAM FATURAHMAN`, `DEWI
 * RINA | ANTARA` is a rule's): two to four words of capital letters (an initial may have its period), 40
 * characters at most, a body line of its own after the text's sentences, only boilerplate after it.
 */
const SIGN_OFF = /^(?=.{5,40}$)\p{Lu}{2,}(?:\s+(?:\p{Lu}{2,}|\p{Lu}\.?)){1,3}$/u;

function signOff(out: SegmentSpan[]): void {
  let k = out.length - 1;
  while (k >= 0 && out[k]!.kind === "boilerplate") k--;
  const last = out[k];
  if (!last || last.kind !== "body" || !SIGN_OFF.test(last.text) || out[k - 1]?.kind !== "body" || out[k - 1]!.paragraph === last.paragraph) return;
  out[k] = { ...last, kind: "boilerplate", suspect: null };
}

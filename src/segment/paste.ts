/**
 * Text pasted from elsewhere: what the sentence splitter reads in place of the characters a web page,
 * a word processor or a hard-wrapped e-mail leaves in an article, and where a hard-wrapped paragraph's
 * lines join. A segment stays a slice of the text as written (`input.slice(start, end) === text`),
 * except a sentence of a joined hard-wrapped paragraph (its line breaks read as spaces: unwrapText);
 * only the view the engine reads changes. Pure: no I/O.
 *
 *  - `pasteView` compacts a piece of a line for the engine: HTML character references (`&nbsp;`,
 *    `&quot;`, `&amp;`, `&#39;` …) read as the character they stand for, HTML tags (`<p>`, `</p>`,
 *    `<br>`, `<strong>` …) as a space (a block tag) or as nothing (an inline tag), markdown's bold marks
 *    (`**Hanoi**`) as nothing and a heading's mark or a list bullet opening the text (`## Judul`, `• Poin`,
 *    `- Poin`) as spaces, a line break inside a
 *    joined paragraph and the invisible spaces U+200B, U+2060 and U+FEFF (a BOM in the middle) as a
 *    space, a soft hyphen U+00AD as nothing. Each character of the view knows the range of the text it
 *    stands for, so the engine's ranges map back onto the text: `pagi.&nbsp;Warga`, `takut.&quot; Banjir`,
 *    `pagi.</p><p>Warga`, `pagi.\u200bWarga` end a sentence as `pagi. Warga` does, and a segment does not
 *    begin or end with a tag or an invisible space.
 *  - `pastedLines` finds the lines of a hard-wrapped article (an e-mail, a PDF, a wire feed: no line
 *    longer than WRAP_MAX characters, and lines cut mid-sentence near the width, wrapWidth): such a line
 *    that does not end a sentence goes on on the next line (continuesOnNext).
 *
 * What depends on the language is a PasteLanguage: which word ending in a period at a line's end is a
 * title that never ends a sentence (`Dr.`, `Jl.` / `Gen.`, `Mr.`), and which word cut by a hyphen at a
 * line's end keeps its hyphen (`sehari-` / `hari` / `well-` / `known`). The Indonesian splitter
 * (index.ts) reads INDONESIAN_PASTE, the default; the English one (english.ts) its own.
 */

import htmlTags from "html-tags";
import { ABBREVIATION_CLASS, EXACT_ABBREVIATION_CLASS } from "./language";

/** Characters that make a piece need the compacted view; most lines have none. */
const NEEDS_VIEW = /[&<*#\r\n\u200b\u2060\ufeff\u00ad]/;
/**
 * A markdown heading's mark (`## Judul`) or a list bullet (`•`, `-`, `*`, `▪` …, as a word processor or
 * markdown writes them) opening the text: spaces, so the segment starts after it.
 */
const HEADING_MARK = /^\s*(?:#{1,6}|[•●▪►◦‣*-])[ \t\u00a0]+(?=\S)/u;

/** HTML character references news pages leave in pasted text, and the character each stands for. */
const ENTITIES: Record<string, string> = {
  nbsp: " ", amp: "&", quot: "\"", apos: "'", lt: "<", gt: ">", ldquo: "\u201c", rdquo: "\u201d",
  lsquo: "\u2018", rsquo: "\u2019", hellip: "\u2026", ndash: "\u2013", mdash: "\u2014", laquo: "\u00ab", raquo: "\u00bb",
};
/** `&name;`, `&#39;`, `&#x27;`. */
const ENTITY = /&(?:([a-z]{2,6})|#(\d{2,5})|#x([0-9a-f]{2,4}));/iy;
/** Something shaped like an HTML tag: group 1 its name (an HTML element's, `HTML_ELEMENTS`, or not). */
const TAG = /<\/?([a-z][a-z0-9]{0,9})(?:\s[^<>]{0,300})?\s*\/?>/iy;
/**
 * The names of HTML elements (npm html-tags, and the obsolete ones old pages still carry): a tag by
 * another name is text the writer typed (`Uji Ekspor & <Teks> "Sulit"`, `<Nama>`), kept.
 */
const HTML_ELEMENTS: ReadonlySet<string> = new Set([...htmlTags, "acronym", "basefont", "big", "blink", "center", "dir", "font", "frame", "frameset", "marquee", "nobr", "noframes", "spacer", "strike", "tt"]);
/** Tags that break the text (a paragraph, a line break, a heading, a list item, a cell): a space. */
const BLOCK_TAG = /^(?:p|br|div|h[1-6]|li|ul|ol|tr|td|th|table|blockquote|section|article|header|footer|hr|figure|figcaption)$/i;

export interface PasteView {
  /** What the engine reads. */
  readonly view: string;
  /** For each character of the view, the start and the end of the text it stands for. */
  readonly starts: readonly number[];
  readonly ends: readonly number[];
}

/** The compacted view of `text`, or null when it holds nothing that needs one. */
export function pasteView(text: string): PasteView | null {
  if (!HEADING_MARK.test(text) && (!NEEDS_VIEW.test(text) || !(/[&<\r\n\u200b\u2060\ufeff\u00ad]/.test(text) || text.includes("**")))) return null;
  let view = "";
  const starts: number[] = [];
  const ends: number[] = [];
  /** Where an opening bold mark began: the next character of the view stands for it too. */
  let bold = -1;
  const put = (c: string, s: number, e: number) => {
    view += c;
    starts.push(bold === -1 ? s : bold);
    ends.push(e);
    bold = -1;
  };
  const heading = HEADING_MARK.exec(text);
  for (let k = 0; heading && k < heading[0].length; k++) put(" ", k, k + 1);
  let marks = 0;
  for (let i = heading ? heading[0].length : 0; i < text.length;) {
    const c = text[i]!;
    if (c === "*" && text[i + 1] === "*") {
      // (`**Hanoi**`: the opening mark goes with the character after it, the closing one with the one before)
      if (marks++ % 2 === 0 || ends.length === 0) bold = i;
      else ends[ends.length - 1] = i + 2;
      i += 2;
      continue;
    }
    if (c === "&") {
      ENTITY.lastIndex = i;
      const m = ENTITY.exec(text);
      const ch = m ? (m[1] !== undefined ? ENTITIES[m[1].toLowerCase()] : String.fromCodePoint(Number.parseInt(m[2] ?? m[3]!, m[2] ? 10 : 16))) : undefined;
      if (m && ch !== undefined && ch.length === 1) {
        put(ch === "\u00a0" ? " " : ch, i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    } else if (c === "<") {
      TAG.lastIndex = i;
      const m = TAG.exec(text);
      if (m && HTML_ELEMENTS.has(m[1]!.toLowerCase())) {
        if (BLOCK_TAG.test(m[1]!)) put(" ", i, i + m[0].length);
        i += m[0].length;
        continue;
      }
    } else if (c === "\r" || c === "\n" || c === "\u200b" || c === "\u2060" || c === "\ufeff") {
      put(" ", i, i + 1);
      i++;
      continue;
    } else if (c === "\u00ad") {
      i++;
      continue;
    }
    put(c, i, i + 1);
    i++;
  }
  return { view, starts, ends };
}

/** The longest line (trimmed) of a hard-wrapped text: e-mail and wire feeds wrap at 65–80, PDFs wider (a page of A4 in a small font: up to about 110). */
const WRAP_MAX = 120;
/** A line as long as this at least counts towards telling a wrapped text. */
const WRAP_MIN = 40;
/**
 * A line cut mid-sentence this long or longer tells a hard-wrapped text alone: longer than headlines,
 * list items and captions that run on without a stop (a page written one paragraph per line), as long
 * as a wire's or a PDF's lines.
 */
const LONG_CUT = 80;
/** A line ending a sentence: a stop, perhaps closed by quotes or brackets. */
const ENDS_SENTENCE = /[.!?…]["”’»)\]]*$/u;
/** The last word of a line, when it ends in a period. */
const LAST_WORD = /(?:^|\s)(\S+\.)$/u;

/** What reading pasted text depends on in a language. */
export interface PasteLanguage {
  /** Whether a word ending in a period (`Dr.`, `Gen.`) is a title that never ends a sentence: a line ending on it goes on. */
  readonly isTitle: (word: string) => boolean;
  /** Whether `a-` at a line's end and `b` on the next line are one hyphenated word that keeps its hyphen. */
  readonly keepsHyphen: (a: string, b: string) => boolean;
  /** A line ending in a word cut by a hyphen (default WORD_CUT, a letter and a hyphen: `pemerin-`). */
  readonly wordCut?: RegExp;
  /**
   * Whether the line `line` goes on on `next` (both trimmed; `near`: the line is near the width) by a rule
   * of the language, before the rules above (none in Indonesian).
   */
  readonly goesOn?: (line: string, next: string, near: boolean) => boolean;
  /** Words a heading writes in small letters between its capitalised words (isHeading; none by default). */
  readonly smallWords?: ReadonlySet<string>;
}

/**
 * Whether a paragraph's first line of a hard-wrapped text is a heading of its own (`Bantuan Logistik untuk
 * Pengungsi di Kecamatan Gedebage` over `Dinas Sosial menyalurkan …`): three words or more, a capital or a
 * digit first, every other word capitalised but the language's small words, no punctuation; the next line
 * starts with a capital; and the next line's first word would have fit on it (a wrapped line is cut because
 * it did not).
 */
export function isHeading(line: string, next: string, width: number, lang: PasteLanguage): boolean {
  if (!/^[\p{Lu}\p{N}][^.,;:!?…()[\]"“”‘’«»/]*$/u.test(line) || !/^\p{Lu}/u.test(next)) return false;
  const words = line.split(/\s+/);
  if (words.length < 3 || words.some((w) => /^\p{Ll}/u.test(w) && !(lang.smallWords?.has(w) ?? false))) return false;
  return line.length + 1 + next.split(/\s/, 1)[0]!.length <= width;
}

/** Whether a line ends on a title that never ends a sentence (Indonesian: `Dr.`, `Jl.`, `No.`, class P of the abbreviations). */
function endsOnTitle(line: string, lang: PasteLanguage): boolean {
  const w = LAST_WORD.exec(line)?.[1];
  return w !== undefined && lang.isTitle(w);
}
/** Whether a line ends on an initial (`M.`): a capital letter and a period. */
const endsOnInitial = (line: string): boolean => /(?:^|\s)\p{Lu}\.$/u.test(line);
/** A line ending in a word and a hyphen. */
const WORD_CUT = /\p{L}-$/u;
/** A line that opens a list item or a heading: it starts a paragraph of its own. */
const OPENS_ITEM = /^[-*•●▪►◦‣#>]/u;
/**
 * A line that opens a numbered item (`2. pagelaran …`, `b) …`): an item after a line ending in a colon,
 * a semicolon or a comma; after a word the number ends a sentence (`… mencapai` / `120. Angka itu …`).
 */
const OPENS_NUMBERED = /^(?:\d{1,3}|[a-z])[.)]\s/u;

/**
 * The width of a hard-wrapped text from `from` (the longest line), or 0 when it is not one: every line
 * (but one without a space, a link) is at most WRAP_MAX long, and twice or more a line of WRAP_MIN or
 * more ends without a sentence's stop and the next line goes on in a small letter (a sentence cut in
 * the middle: headlines, captions and credits of a page are not), or once with a line of LONG_CUT or more. Stops at the first longer line: an
 * article written one paragraph per line has one among its first lines.
 */
export function wrapWidth(text: string, from: number): number {
  let width = 0;
  let cuts = 0;
  /** A cut line of LONG_CUT or more: a short article (a wire's two paragraphs) may hold one cut only. */
  let longCut = false;
  let open = false;
  let openLength = 0;
  let start = from;
  const eol = /\r\n|\n|\r/g;
  while (start <= text.length) {
    eol.lastIndex = start;
    const m = eol.exec(text);
    const end = m ? m.index : text.length;
    const line = text.slice(start, end).trim();
    if (open && /^\p{Ll}/u.test(line)) {
      cuts++;
      if (openLength >= LONG_CUT) longCut = true;
    }
    open = false;
    if (line.length > WRAP_MAX) {
      if (line.includes(" ")) return 0;
    } else if (line.length >= WRAP_MIN) {
      if (line.length > width) width = line.length;
      open = !ENDS_SENTENCE.test(line);
      openLength = line.length;
    }
    start = m ? end + m[0].length : text.length + 1;
  }
  return cuts >= 2 || longCut ? width : 0;
}

/**
 * Whether the line `line` (trimmed) of a text wrapped at `width` goes on on the next one `next`
 * (trimmed, not blank): the next line opens no list item or heading (a numbered one after a line ending in
 * `:`, `;` or `,`), and the line is near the width (six
 * tenths of it or more) and does not end a sentence (a colon does not: `katanya:` and the quote on the
 * next line; nor does an initial, `M.`), or it ends on a title (`Dr.`, `Jl.`: class P), or in a cut word
 * (`pemerin-`) and the next line starts in a small letter.
 */
export function continuesOnNext(line: string, next: string, width: number, lang: PasteLanguage = INDONESIAN_PASTE): boolean {
  if (OPENS_ITEM.test(next) || (OPENS_NUMBERED.test(next) && /[:;,]$/.test(line))) return false;
  if (lang.goesOn?.(line, next, line.length >= width * 0.6)) return true;
  if (ENDS_SENTENCE.test(line)) return endsOnTitle(line, lang) || (line.length >= width * 0.6 && endsOnInitial(line));
  // (a word cut at the line's end, `pemerin-` / `tah`, `sehari-` / `hari`, goes on at any length)
  return line.length >= width * 0.6 || ((lang.wordCut ?? WORD_CUT).test(line) && /^\p{Ll}/u.test(next));
}

/** A word cut by a hyphen at a line's end and its second part on the next line. */
const CUT_WORD = /([\p{L}\p{N}]+)-[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*([\p{L}\p{N}]+)/gu;
/** A line break with the blanks around it. */
const LINE_BREAK = /[ \t\u00a0]*(?:\r\n|\n|\r)[ \t\u00a0]*/g;
/** Suffixes after a repeated word (`anak-anaknya`, `rumah-rumahan`). */
const REPEAT_SUFFIX = /(?:nya|an|kan|i|lah|pun)$/;
const consonants = (w: string): string => w.toLowerCase().replace(/[aeiou]/g, "");

/**
 * Whether `a-` at a line's end and `b` on the next line are one hyphenated word that keeps its hyphen
 * (`sehari-hari`, `anak-anak`, `berhati-hati`, `anak-anaknya`, `sayur-mayur`, `bolak-balik`,
 * `Undang-Undang`, `COVID-19`): the second part starts with a capital or a digit, repeats the first or
 * its end, or echoes it (the same last two letters, or the same consonants). Otherwise the hyphen only
 * cut the word (`pemerin-` / `tah`).
 */
export function keepsHyphen(a: string, b: string): boolean {
  if (!/^\p{Ll}/u.test(b)) return true;
  const x = a.toLowerCase();
  const base = b.length > 4 ? b.replace(REPEAT_SUFFIX, "") : b;
  if (x.endsWith(b) || x.endsWith(base) || b.startsWith(x)) return true;
  if (x.length >= 3 && b.length >= 3 && (x.slice(-2) === b.slice(-2) || consonants(x) === consonants(b))) return true;
  return false;
}

/**
 * The text of a sentence of a joined hard-wrapped paragraph: each line break with the blanks around it
 * reads as one space, and a word cut at a line's end is whole again (`pemerin-\ntah` → `pemerintah`,
 * `sehari-\nhari` → `sehari-hari`).
 */
export function unwrapText(text: string, lang: PasteLanguage = INDONESIAN_PASTE): string {
  return text
    .replace(CUT_WORD, (m, a: string, b: string) => (lang.keepsHyphen(a, b) ? `${a}-${b}` : a + b))
    .replace(LINE_BREAK, " ");
}

/** What a translator should not see in a sentence of pasted text: character references, tags, invisible spaces, soft hyphens, bold marks. */
const PASTE_MARKS = /[&<\u200b\u2060\ufeff\u00ad]|\*\*/;

/**
 * The text of a translatable sentence whose range of the file holds pasted marks: a joined paragraph's
 * line breaks read as spaces and its cut words whole (unwrapText), and character references decoded,
 * tags, soft hyphens and bold marks dropped, invisible spaces read as spaces (pasteView), runs of
 * blanks made one. A sentence without any is its range as written.
 */
/** Whether a line may hold a sentence that readableText changes (most lines: none; one test per line, not per sentence). */
export function hasPasteMarks(line: string): boolean {
  return PASTE_MARKS.test(line);
}

export function readableText(text: string, lang: PasteLanguage = INDONESIAN_PASTE): string {
  const unwrapped = text.includes("\n") || text.includes("\r") ? unwrapText(text, lang) : text;
  if (!PASTE_MARKS.test(unwrapped)) return unwrapped;
  const view = pasteView(unwrapped)?.view.replace(/[ \t]{2,}/g, " ").trim();
  return view ? view : unwrapped;
}

/** Indonesian: titles are class P of the abbreviations (rules/abbreviations.ts), hyphens those of reduplication (keepsHyphen). */
export const INDONESIAN_PASTE: PasteLanguage = {
  isTitle: (w) => (EXACT_ABBREVIATION_CLASS.get(w) ?? ABBREVIATION_CLASS.get(w.toLowerCase())) === "P",
  keepsHyphen,
  smallWords: new Set(["di", "ke", "dari", "dan", "yang", "untuk", "pada", "dengan", "atau", "serta", "bagi", "oleh", "dalam", "vs", "per", "hingga", "sampai", "usai", "jelang", "soal", "ala", "pun"]),
};

/** A line of a text; in a hard-wrapped one, the lines of a paragraph joined. */
export interface PastedLine {
  readonly text: string;
  readonly start: number;
  /** The lines of a hard-wrapped paragraph joined: its text holds their line breaks. */
  readonly joined?: boolean;
}

/** The physical lines of `text` from `from` (LF, CRLF or CR; a line's text holds no line break). */
export function* physicalLines(text: string, from: number): Generator<PastedLine> {
  const re = /\r\n|\n|\r/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(text);
    const end = m ? m.index : text.length;
    yield { text: text.slice(start, end), start };
    if (!m) return;
    start = m.index + m[0].length;
  }
}

export interface PastedLinesOptions {
  readonly lang?: PasteLanguage;
  /** A line (trimmed) that stands alone: never joined with the lines around it (boilerplate). */
  readonly alone?: (trimmed: string) => boolean;
  /** A line (trimmed) that is not joined to the line before it (a photo credit). */
  readonly opensLine?: (trimmed: string) => boolean;
}

/**
 * The lines of the text from `from`; in a hard-wrapped text (wrapWidth) a line that does not end a
 * sentence is joined with the next (continuesOnNext), so the paragraph is one line whose text holds the
 * line breaks. A line `alone` is never joined, one that `opensLine` never to the line before, a
 * paragraph's first line that is a heading (isHeading) never to the line after, and the
 * first line (the headline) only with a next line that goes on in small letters (an article pasted
 * without its title, `TEMPO.CO, Jakarta - Komisi … yang` / `dipimpin …`; a title's second line starts
 * with a capital).
 */
export function pastedLines(text: string, from: number, options: PastedLinesOptions = {}): Iterable<PastedLine> {
  const width = wrapWidth(text, from);
  return width === 0 ? physicalLines(text, from) : joinedLines(text, from, width, options);
}

function* joinedLines(text: string, from: number, width: number, options: PastedLinesOptions): Generator<PastedLine> {
  const lang = options.lang ?? INDONESIAN_PASTE;
  const alone = options.alone ?? (() => false);
  const opensLine = options.opensLine ?? (() => false);
  let held: PastedLine | null = null;
  let heldLast = "";
  /** Whether the line held is the text's first (the headline, unless the next line goes on in small letters). */
  let heldFirst = false;
  let first = true;
  for (const line of physicalLines(text, from)) {
    const trimmed = line.text.trim();
    if (held) {
      if (trimmed !== "" && (!heldFirst || /^\p{Ll}/u.test(trimmed)) && continuesOnNext(heldLast, trimmed, width, lang)
        && !alone(trimmed) && !opensLine(trimmed) && (held.joined === true || !isHeading(heldLast, trimmed, width, lang))) {
        held = { text: text.slice(held.start, line.start + line.text.length), start: held.start, joined: true };
        heldLast = trimmed;
        heldFirst = false;
        continue;
      }
      yield held;
      held = null;
    }
    if (trimmed === "") { yield line; continue; }
    if (alone(trimmed)) {
      first = false;
      yield line;
      continue;
    }
    held = line;
    heldLast = trimmed;
    heldFirst = first;
    first = false;
  }
  if (held) yield held;
}

/** Inline tags opening just before an offset: `<strong>`, `<b class="x">`. */
export const OPEN_TAGS_BEFORE = /(?:<(?:b|strong|em|i|u|span|a|font|mark|small)(?:\s[^<>]{0,300})?>)+$/i;

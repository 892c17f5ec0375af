/**
 * English sentence splitter for the target side of alignment: every non-empty line is a paragraph,
 * split into sentences by `sentence-splitter` (which knows common abbreviations, decimals and
 * quotes), taught the abbreviations of English news about Indonesia and two masks. Pasted text is
 * read as the Indonesian splitter reads it (paste.ts): the lines of a hard-wrapped paragraph (an
 * e-mail, a wire story, a PDF) are joined, a word cut by a hyphen at a line's end is whole again,
 * and HTML character references and tags, invisible spaces, soft hyphens, markdown marks and list
 * bullets are read through a view whose offsets map back onto the text. Pure: no I/O.
 */
import { split } from "sentence-splitter";
import { English } from "sentence-splitter/lang";
import { LIST_LETTER, MASKED_PERIOD, maskQuotesAndNumbers } from "./mask";
import { ENGLISH_SENTENCE_STARTERS } from "./rules/starters";
import { ABBREVIATIONS } from "./rules/abbreviations";
import { OPEN_TAGS_BEFORE, pastedLines, pasteView, readableText, type PasteLanguage } from "./paste";

/**
 * English news about Indonesia: sentence-splitter's English lists plus the Indonesian ones
 * (rules/abbreviations.ts: `Jl.`, `PT.`, `Rp.`, `No.`, `Tbk.` … appear in English text too) and
 * police and company forms of that news (`Sr. Comr. Wahyono`, `Insp. Gen. Karyoto`, `Pte. Ltd.`) and
 * Latin short forms (`i.e.`, `e.g.`, `approx.`) that never end a sentence.
 */
const ENGLISH_NEWS = {
  ABBREVIATIONS: [...new Set([...English.ABBREVIATIONS, ...ABBREVIATIONS.filter((a) => a.cls === "C").map((a) => a.abbr)])],
  PREPOSITIVE_ABBREVIATIONS: [...new Set([...English.PREPOSITIVE_ABBREVIATIONS, ...ABBREVIATIONS.filter((a) => a.cls === "P").map((a) => a.abbr),
    "Sr.", "Comr.", "Insp.", "Pte.", "Ret.", "i.e.", "e.g.", "approx.", "cf.", "viz.",
    // short forms before a number or a name that the engine's lists lack (`incl. Bandung`, `an est. 20 percent`,
    // `see Fig. 2`, `Vols. 3 and 4`, `Ch. 5`, `para. 4`, `ca. 1900`, `Pres. Prabowo`, `Pvt. Budi`, `Hon. Member`,
    // `Assoc. Prof.`, `Warner Bros. Discovery` — `Bros.` ends a sentence before a sentence opener, as `Co.` does)
    "incl.", "est.", "Fig.", "Figs.", "Vols.", "Ch.", "para.", "Para.", "paras.", "ca.", "Pres.", "Pvt.", "Hon.", "Assoc.", "Tab.", "Eq.", "Bros."])],
  EXCLAMATION_WORDS: English.EXCLAMATION_WORDS,
};
/**
 * The engine's abbreviation marker compares every word of a line with every entry of the three lists
 * above (`list.some((abbr) => abbr.toLowerCase() === word.toLowerCase())`, some 260 comparisons a
 * word: two thirds of the splitter's time). It only ever asks whether a word of the line is in a list,
 * so the lists it is given for a line are the entries equal (case-insensitively) to one of that line's
 * words: the same answers, found through a map. A word is the engine's (AbbrMarker getWord): a run of
 * characters that are neither white space nor CJK.
 */
const LIST_BY_WORD: ReadonlyMap<string, { abbr: string[]; prep: string[]; excl: string[] }> = (() => {
  const map = new Map<string, { abbr: string[]; prep: string[]; excl: string[] }>();
  const add = (list: readonly string[], k: "abbr" | "prep" | "excl"): void => {
    for (const a of list) {
      const key = a.toLowerCase();
      let e = map.get(key);
      if (!e) map.set(key, (e = { abbr: [], prep: [], excl: [] }));
      e[k].push(a);
    }
  };
  add(ENGLISH_NEWS.ABBREVIATIONS, "abbr");
  add(ENGLISH_NEWS.PREPOSITIVE_ABBREVIATIONS, "prep");
  add(ENGLISH_NEWS.EXCLAMATION_WORDS, "excl");
  return map;
})();
/** What separates the engine's words: white space (its `\s`) and CJK characters. */
const ENGINE_WORD_BREAK = /[\s\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+/u;
interface EngineOptions {
  readonly AbbrMarker: { readonly language: { ABBREVIATIONS: string[]; PREPOSITIVE_ABBREVIATIONS: string[]; EXCLAMATION_WORDS: string[] } };
}
const NO_ENTRIES: EngineOptions = { AbbrMarker: { language: { ABBREVIATIONS: [], PREPOSITIVE_ABBREVIATIONS: [], EXCLAMATION_WORDS: [] } } };

/** The engine's options for one line: ENGLISH_NEWS narrowed to the entries that are words of the line. */
function optionsFor(line: string): EngineOptions {
  let found: Array<{ abbr: string[]; prep: string[]; excl: string[] }> | null = null;
  // (a line of printable ASCII and white space has no CJK: white space alone separates its words)
  for (const w of line.split(/[^ -~\s]/.test(line) ? ENGINE_WORD_BREAK : /\s+/)) {
    if (w === "") continue;
    const e = LIST_BY_WORD.get(w.toLowerCase());
    if (e) (found ??= []).push(e);
  }
  if (!found) return NO_ENTRIES;
  return {
    AbbrMarker: {
      language: {
        ABBREVIATIONS: found.flatMap((e) => e.abbr),
        PREPOSITIVE_ABBREVIATIONS: found.flatMap((e) => e.prep),
        EXCLAMATION_WORDS: found.flatMap((e) => e.excl),
      },
    },
  };
}
/** The abbreviations that may end a sentence (`Sept.`, `Inc.`), lower-cased. */
const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(ENGLISH_NEWS.ABBREVIATIONS.map((a) => a.toLowerCase()));
const PREPOSITIVE: ReadonlySet<string> = new Set(ENGLISH_NEWS.PREPOSITIVE_ABBREVIATIONS.map((a) => a.toLowerCase()));

/**
 * First parts of English compounds that keep their hyphen when a line ends after it (`well-` / `known`,
 * `self-` / `imposed`, `two-` / `day`, `year-on-` / `year`), besides a number (`10-` / `year`).
 */
const COMPOUND_FIRST: ReadonlySet<string> = new Set(`
well ill so self ex non anti pro vice long short high low full part half cross state far wide
all one two three four five six seven eight nine ten eleven twelve fifteen twenty thirty forty fifty
sixty seventy eighty ninety hundred thousand million billion trillion first second third fourth fifth
record mid multi semi quasi post counter middle top oil palm coal rights drug election year day week
month hour minute old open hard soft free left right far near`.trim().split(/\s+/));
/**
 * Second parts of English compounds (`decision-` / `making`, `state-` / `owned`, `Jakarta-` / `based`,
 * `year-on-` / `year`): a word cut by a hyphenation program leaves no such whole word behind.
 */
const COMPOUND_SECOND: ReadonlySet<string> = new Set(`
known term owned run based called led backed linked funded sponsored related born made
old year years month months week weeks day days hour hours minute minutes long level making
time up off out down in like free wide scale class sized style member party point
rich poor friendly oriented driven focused bound hit affected controlled dominated appointed elected
level standing ranking year date face art law`.trim().split(/\s+/));

/** A line ending in a spaced dash (a dateline's: `JAKARTA (Reuters) -`, `-- `, `–`, `—`). */
const SPACED_DASH_END = /\s(?:-{1,2}|[–—])$/u;
/** A line ending in dotted initials (`U.S.`, `N.V.`). */
const INITIALS_END = /(?:^|[\s(“"‘])(?:\p{Lu}\.){2,}$/u;

/** The end of a word after a first part of COMPOUND_FIRST (`state-` / `ment`, `part-` / `ner`, `open-` / `ing`): a cut word. */
const SUFFIX_ONLY = /^(?:ments?|ners?|ed|ings?|ly|dom|ers?|ists?|ness|ity|ities|ance|ence|ions?|ship|hood|ful|less|en|ened|ening|i[sz]ed?|i[sz]ing)$/;

/**
 * English pasted text (paste.ts): a line ending in a word or a number and a hyphen goes on on a next
 * line in small letters, at any length (`The 10-` / `year-old`); one ending in a spaced dash goes on
 * (`JAKARTA (Reuters) -` / `The …`), and one near the width ending in a period before a small letter,
 * in an abbreviation before a number (`… set for Sept.` / `25 but …`) or in dotted initials before a
 * capitalised word that opens no sentence (`… with the U.S.` / `Treasury …`); a line ending on a title that never ends a sentence (`Gen.`,
 * `Mr.`, `Dr.`, `Comr.`: the prepositive abbreviations above, not the word `no.`) goes on on the next;
 * a hyphen at a line's end stays before a capital or a digit (`pro-` / `Western`, `COVID-` / `19`),
 * after a number (`10-` / `year`), in a repeated word (`so-` / `so`) and in a compound with a known
 * first or second part (`well-` / `known`, `decision-` / `making`; not before the mere end of a word, `state-` / `ment`);
 * otherwise it only cut the word (`govern-` / `ment`, `an-` / `nounced`).
 */
export const ENGLISH_PASTE: PasteLanguage = {
  // (a number cut before its unit goes on too: `The 10-` / `year-old`)
  wordCut: /[\p{L}\p{N}]-$/u,
  // (a dateline's dash, `JAKARTA, Dec 5 (Reuters) -` / `The United States …`, ends no sentence; dotted
  // initials near the width before a capitalised word that opens no sentence go on, as inside a line:
  // `… with the U.S.` / `Treasury …`)
  // (near the width, an abbreviation before a number goes on, `… set for Sept.` / `25 but …`, as inside a
  // line; so does any period before a small letter, which the splitter joins inside a line too)
  goesOn: (line, next, near) => SPACED_DASH_END.test(line) || (near && line.endsWith(".") && (/^\p{Ll}/u.test(next) ||
    (/^\d/.test(next) && ABBREVIATION_WORDS.has(/\S+$/.exec(line)![0].toLowerCase())) ||
    (INITIALS_END.test(line) && !ENGLISH_SENTENCE_STARTERS.has(/^["“‘]?(\p{Lu}[\p{L}'’-]*)/u.exec(next)?.[1]?.toLowerCase() ?? "the")))),
  isTitle: (w) => w !== "no." && PREPOSITIVE.has(w.toLowerCase()),
  // (a heading in title case over its paragraph, `Aid Reaches the Flooded Districts` / `The agency …`: paste.ts isHeading)
  smallWords: new Set(["a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "at", "by", "with", "from", "as", "vs"]),
  keepsHyphen: (a, b) => {
    if (!/^\p{Ll}/u.test(b) || /\d$/.test(a)) return true;
    const x = a.toLowerCase();
    return x === b || COMPOUND_SECOND.has(b) || (COMPOUND_FIRST.has(x) && !SUFFIX_ONLY.test(b));
  },
};

/** One English sentence with UTF-16 offsets into the text given. */
export interface EnglishSentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 0-based index of the paragraph (non-empty line; the lines of a hard-wrapped paragraph are one). */
  readonly paragraph: number;
}

/**
 * What the engine reads of an English line (same length, so its ranges are ranges of the line): the
 * two Indonesian masks that are not about the language (mask.ts rules 1 and 5) — straight double
 * quotes read as closing quotes (the engine pairs `"…"` across sentences and never splits inside),
 * and a number before a period and a space (`in 2006. Meanwhile`) reads as a word, not a list number;
 * and dotted initials before a capitalised word (`U.S. House`, `V.N. Mathur`, `said M. Arif`, `in W. Jakarta`:
 * the engine keeps one initial only after a capitalised word) end no sentence unless
 * that word opens sentences (rules/starters.ts ENGLISH_SENTENCE_STARTERS: `… the U.S. The move …`);
 * `Co.`, `Sr.`, `Jr.` and `D.C.` end one before such a word (`Ford Motor Co. The plant …`, `Washington,
 * D.C. The office …`) and no other (`Sr. Comr. Wahyono`, `Co. Ltd.`, `D.C. on Monday`);
 * nor does `a.m.` / `p.m.` before a day, a month, a time zone (also spelt out: `Western Indonesia Time`),
 * `<Place> time` (`10 a.m. Jakarta time`) or a time in brackets (`11 a.m. (0400 GMT)`).
 */
function maskEnglish(line: string, initials: boolean): string {
  const clock = CLOCK.test(line);
  const suffix = SUFFIX.test(line);
  const ellipsis = line.includes("…");
  if (!initials && !clock && !suffix && !ellipsis && !/"|\d\.(?:\s|$)/.test(line) && !LIST_LETTER.test(line)) return line;
  const a = line.split("");
  maskQuotesAndNumbers(a, line);
  if (ellipsis) {
    // `…` before a capitalised word ends the sentence, as `...` does for the engine (`Sales rose… The firm
    // said.`); before a small letter it goes on, and an omission mark in brackets (`[…]`) ends nothing
    for (const m of line.matchAll(ELLIPSIS_BEFORE_CAPITAL)) a[m.index] = ".";
  }
  if (suffix) {
    // `Co.`, `Bros.`, `Sr.`, `Jr.`, `D.C.` before a sentence opener end the sentence (`Ford Motor Co. The plant …`,
    // `George Bush Sr. The ceremony …`, `Washington, D.C. The office …`), and so does `No.` — there the word
    // no, not the number's sign (`A: No. We held …`, `He said no. The rest …`; `Law No. 7/2017`, `No. XI` go
    // on): the word is hidden from the engine's lists and its initials rule
    for (const m of line.matchAll(SUFFIX_BEFORE)) {
      if (ENGLISH_SENTENCE_STARTERS.has(m[2]!.toLowerCase())) a[m.index] = "x";
    }
  }
  if (clock) {
    // `a.m.` / `p.m.` before a day, a month, a time zone or `<Place> time` goes on (`10 a.m. Jakarta time`, `9 p.m. Tuesday`)
    for (const m of line.matchAll(CLOCK_BEFORE)) a[m.index + m[1]!.length - 1] = MASKED_PERIOD;
  }
  if (initials) {
    // dotted initials before a capitalised word that is not a sentence opener: no boundary
    for (const m of line.matchAll(INITIALS_BEFORE)) {
      if (!ENGLISH_SENTENCE_STARTERS.has(m[2]!.toLowerCase())) a[m.index + m[1]!.length - 1] = MASKED_PERIOD;
    }
  }
  return a.join("");
}

const DAYS_MONTHS_ZONES = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.|WIB|WITA|WIT|GMT|UTC|ET|EST|EDT|CT|CST|CDT|PT|PST|PDT|BST|CET|CEST|JST|KST|AEST|AEDT|SGT|HKT|ICT";
/** A clock time's `a.m.` / `p.m.`, a space, then a capitalised word or a number in brackets. */
const CLOCK = /\b[ap]\.m\.\s+(?:\p{Lu}|\(\d)/u;
/**
 * `a.m.` / `p.m.` (group 1) before a day, a month, a time zone, a place and `time`, a time zone spelt out
 * (one to three capitalised words and `Time`: `Western Indonesia Time`, `Eastern Standard Time`), or a time in
 * brackets (`11 a.m. (0400 GMT)`).
 */
const CLOCK_BEFORE = new RegExp(`\\b([ap]\\.m\\.)\\s+(?=(?:${DAYS_MONTHS_ZONES})(?![\\p{L}])|\\p{Lu}[\\p{L}'’-]*\\s+time\\b|(?:\\p{Lu}[\\p{L}'’-]*\\s+){1,3}Time\\b|\\(\\d)`, "gu");

/** A name's or a company's suffix, `D.C.` or the word `No.` (also a reply: `A: No. We held …`), a space, then a capitalised word (its letters in group 2; not a code such as `No. A5`). */
const SUFFIX = /(?:^|\s)(?:Co|Bros|Sr|Jr|[Nn]o|D\.C)\.\s+["“‘]?\p{Lu}/u;
const SUFFIX_BEFORE = /(?<=^|\s)(Co|Bros|Sr|Jr|[Nn]o|D\.C)\.\s+["“‘]?(\p{Lu}[\p{L}'’-]*)(?![\p{L}\p{N}/])/gu;

/** Dotted initials (`U.S.`, `V.N.`, `J.B.`, `M.`) at a word's start, a space, a capitalised word (its letters in group 2). */
const INITIALS = /(?:^|[\s(“"‘])(?:\p{Lu}\.)+\s+["“‘]?\p{Lu}/u;
const INITIALS_BEFORE = /(?<=^|[\s(“"‘])((?:\p{Lu}\.)+)\s+["“‘]?(\p{Lu}[\p{L}'’-]*)/gu;

/** A Unicode ellipsis (not an omission mark in brackets), closing quotes, a space, then a capitalised word. */
const ELLIPSIS_BEFORE_CAPITAL = /(?<![[(])…(?=["”’)]*\s+["“‘(]?\p{Lu})/gu;

/** A place in title case or capitals, one or two words, and a full stop: the whole first piece of a line. Group 1: the words. */
const PLACE_STOP = /^\s*(\p{Lu}[\p{Ll}]{2,}(?:\s+\p{Lu}[\p{Ll}]{2,})?|\p{Lu}{3,}(?:\s+\p{Lu}{3,})?)\.\s*$/u;
/** One word that may stand alone as a sentence before another (`Yes. We will …`, `Period.`): never a place. */
const NOT_PLACES: ReadonlySet<string> = new Set(`
yes yeah yep nope okay well thanks sure right fine enough exactly absolutely agreed correct true false
wrong never nothing sorry please good great again period done update correction note editor really
indeed certainly definitely maybe perhaps hello welcome congratulations`.trim().split(/\s+/));

/**
 * True when the first piece of a line is a dateline of the Jakarta Globe's kind (`Jakarta.`, `Nusa Dua.`,
 * `JAKARTA.`) before a sentence of at least four words: a place, not a word that opens sentences or that
 * stands alone as a reply (`Yes. We will …`).
 */
function placeDateline(first: string, second: string): boolean {
  const m = PLACE_STOP.exec(first);
  if (!m) return false;
  for (const w of m[1]!.toLowerCase().split(/\s+/)) if (ENGLISH_SENTENCE_STARTERS.has(w) || NOT_PLACES.has(w)) return false;
  return /^\s*["“‘]?\p{Lu}/u.test(second) && second.trim().split(/\s+/).length >= 4;
}

/** `(Read also:` / `(Related news:` … — the opening of a related article's link in brackets. */
const RELATED_LINK_OPEN = /\((?:read\s+(?:also|more)|also\s+read|related(?:\s+(?:news|stories|articles?))?|see\s+also)\s*:/i;
/** The link in brackets (group 1), a space, then a capital, a digit or an opening quote: the next sentence. */
const RELATED_LINK_BEFORE = /(\((?:read\s+(?:also|more)|also\s+read|related(?:\s+(?:news|stories|articles?))?|see\s+also)\s*:[^()]*\))\s+(?=["“‘(]?[\p{Lu}\d])/giu;

/** A piece that starts with a closing quote (then a space or its end): the quote of the sentence before. */
const CLOSING_QUOTE_FIRST = /^\s*["”’'](?=\s|$)/u;

/** The paragraphs a Jakarta Globe dateline may open (headline, byline, lead). */
const PLACE_DATELINE_WITHIN = 3;

/**
 * The sentences of an English text. Every non-empty line is a paragraph; in a hard-wrapped text
 * (paste.ts pastedLines) a paragraph's lines are joined first, and a sentence's text reads their line
 * breaks as spaces, with the words cut at a line's end whole again (ENGLISH_PASTE); otherwise a
 * sentence's text is its range of the text as written.
 */
export function splitEnglish(text: string): EnglishSentence[] {
  const out: EnglishSentence[] = [];
  let placeDatelineSeen = false;
  let paragraph = -1;
  for (const { text: raw, start: lineStart } of pastedLines(text, 0, { lang: ENGLISH_PASTE })) {
    if (raw.trim() === "") continue;
    // (pasted text, `said.&nbsp;The`, `said.</p><p>The`, a line break of a wrapped paragraph: the engine
    // reads the compacted view, whose ranges map back onto the line)
    const paste = pasteView(raw);
    const line = paste ? paste.view : raw;
    if (paste && line.trim() === "") continue;
    paragraph++;
    const pieces: Array<[number, number]> = [];
    const initials = INITIALS.test(line);
    const masked = maskEnglish(line, initials);
    for (const node of split(masked, optionsFor(masked))) {
      if (node.type !== "Sentence") continue;
      // sentence-splitter keeps `"Great." Then …` together: cut after a closing quote or bracket that
      // ends a sentence, before a capital or a digit (also in an opening quote or bracket: `… "unsustainable."
      // (The budget exceeds …)`)
      let from = node.range[0];
      const chunk = line.slice(node.range[0], node.range[1]);
      const cuts: number[] = [];
      for (const m of chunk.matchAll(/[.!?…]["”’')]\s+(?=["“‘(]?[\p{Lu}\d])/gu)) {
        // (an ellipsis only before a capital and not as an omission mark: `"Now…" The crowd …`, not `(…) 10`)
        if (chunk[m.index] === "…" && (chunk[m.index - 1] === "(" || !/^\s*["“‘(]?\p{Lu}/u.test(chunk.slice(m.index + 2)))) continue;
        // (not after an abbreviation that never ends a sentence, closed by its bracket: `Maj. Gen. (ret.) Hartono`)
        if (chunk[m.index] === "." && PREPOSITIVE.has((/[\p{L}.]+$/u.exec(chunk.slice(0, m.index + 1))?.[0] ?? "").toLowerCase())) continue;
        cuts.push(m.index + 2);
      }
      // a related article's link in brackets inside a paragraph is a piece of its own (`… on Monday. (Read also:
      // Rupiah weakens) Traders said …`), as the Indonesian `(Baca juga: …)` is: the aligner leaves it alone
      if (chunk.includes(":") && RELATED_LINK_OPEN.test(chunk)) {
        for (const m of chunk.matchAll(RELATED_LINK_BEFORE)) cuts.push(m.index + m[1]!.length);
        cuts.sort((x, y) => x - y);
      }
      // the engine keeps dotted initials after a capitalised word (`AerCap Holdings N.V. It plans …`): before a
      // word that opens sentences they end one, as after a word in small letters (`… by the U.S. The move …`)
      if (initials) {
        for (const m of chunk.matchAll(INITIALS_BEFORE)) {
          if (ENGLISH_SENTENCE_STARTERS.has(m[2]!.toLowerCase())) cuts.push(m.index + m[1]!.length);
        }
        cuts.sort((x, y) => x - y);
      }
      for (const c of cuts) {
        const cut = node.range[0] + c;
        pieces.push([from, cut]);
        from = cut;
      }
      pieces.push([from, node.range[1]]);
    }
    // the Jakarta Globe's dateline is a place and a full stop (`Jakarta. Indonesia's Constitutional Court …`):
    // it opens the line's first sentence, as `JAKARTA (Reuters) -` does
    // (only once, in the first paragraphs — headline, byline, lead —: further down, `Sukarno. The name
    // still resonates.` is two sentences)
    if (!placeDatelineSeen && paragraph < PLACE_DATELINE_WITHIN && pieces.length > 1 &&
      placeDateline(line.slice(pieces[0]![0], pieces[0]![1]), line.slice(pieces[1]![0], pieces[1]![1]))) {
      pieces.splice(0, 2, [pieces[0]![0], pieces[1]![1]]);
      placeDatelineSeen = true;
    }
    /** The sentences' trimmed ranges in `line`. */
    const ranges: Array<[number, number]> = [];
    for (const [a0, b] of pieces) {
      let a = a0;
      const last = ranges[ranges.length - 1];
      // the engine ends `"Stop!" Retno said.` after the `!`: the closing quote goes back to its sentence
      // (what follows is a sentence of its own, as after `."` and as the Indonesian splitter has it)
      const close = last ? CLOSING_QUOTE_FIRST.exec(line.slice(a, b)) : null;
      if (last && close) {
        last[1] = a + close[0].length;
        a += close[0].length;
      }
      const piece = line.slice(a, b);
      const body = piece.trim();
      if (!body) continue;
      const start = a + (piece.length - piece.trimStart().length);
      // a "sentence" starting in lower case continues the previous one (`Washington D.C. on Monday.`),
      // also after a quote or bracket (`… have children?" and "you're …`); so does one opening with a dash
      // and a space: what the dash follows is a live blog's time or a dateline (`4:05 p.m. - A seminar …`,
      // `WASHINGTON, D.C. - The …`), never a sentence of its own
      if (last && (/^["“”'‘’([]*\s*\p{Ll}/u.test(body) || /^[-–—]\s/u.test(body))) last[1] = start + body.length;
      else ranges.push([start, start + body.length]);
    }
    for (const [s0, e0] of ranges) {
      let s = s0, e = e0;
      if (paste) {
        [s, e] = [paste.starts[s]!, paste.ends[e - 1]!];
        // (a tag closed inside the sentence, `<strong>JAKARTA</strong> - The …`, takes its opening tag along)
        if (raw.slice(s, e).includes("</")) s -= OPEN_TAGS_BEFORE.exec(raw.slice(0, s))?.[0].length ?? 0;
      }
      const t = raw.slice(s, e);
      out.push({ text: paste ? readableText(t, ENGLISH_PASTE) : t, start: lineStart + s, end: lineStart + e, paragraph });
    }
  }
  return out;
}

/** The sentences of an English text, as strings. */
export function englishSentences(text: string): string[] {
  return splitEnglish(text).map((s) => s.text);
}

/**
 * Sentence boundaries inside one line, decided by sentence-splitter on the masked view of the line
 * (see mask.ts) with the Indonesian abbreviation lists (language.ts).
 *
 * Two paths give the same ranges:
 *  - "plain": `split()` on every line.
 *  - "fast" (the default): `split()` spends most of its time in its abbreviation look-ups (three
 *    array scans with `toLowerCase()` at every word start, plus look-backs and look-aheads). A stop
 *    outside brackets ends a sentence unless the AbbrMarker marks its word, and it can only mark a
 *    listed abbreviation, `<digits>.`, an `X.`-shaped word or `A.B.C.`; so fastRanges walks the
 *    line once, tracking brackets as the engine's PairMaker does, and only for those few words
 *    asks `setDecide` — a replica of AbbrMarker.mark() with Set look-ups (the "custom AbbrMarker
 *    with a Set"). `engineDecides` asks the engine itself on a three-word window instead.
 *    test/segment/fast-path.test.ts checks that split() on the whole line, the window engine and
 *    the Set replica give the same ranges on the corpus, on the synthetic bench corpus and on
 *    random punctuation soup.
 */
import { split } from "sentence-splitter";
import { ABBREVIATION_WORDS, INDONESIAN } from "./language";

export type Engine = "fast" | "plain";

/** Cheap pre-test for UNUSUAL: CJK and the CJK brackets are all at or above U+2E80. */
const WIDE = /[\u2e80-\uffff]/;
/** sentence-splitter's default separator characters. */
const SEPARATORS = ".．。?!？！";
const SPACE = /\s/;
/** `/\s/` for one character, without the regular expression for ASCII. */
const isSpace = (c: string): boolean => {
  const k = c.charCodeAt(0);
  return k === 32 || (k >= 9 && k <= 13) || (k >= 128 && SPACE.test(c));
};
const OPTIONS = { AbbrMarker: { language: INDONESIAN } };
const lowerSet = (xs: readonly string[]) => new Set(xs.map((x) => x.toLowerCase()));
const ABBREVIATION = lowerSet(INDONESIAN.ABBREVIATIONS);
const PREPOSITIVE = lowerSet(INDONESIAN.PREPOSITIVE_ABBREVIATIONS);
const EXCLAMATION = lowerSet(INDONESIAN.EXCLAMATION_WORDS);
/** Characters that make the fast path give up: CJK (word boundaries) and the engine's CJK pair marks. */
const UNUSUAL = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}「」（）『』｛｝［］〚〛【】《》]/u;

/** Ranges [start, end) of the sentences of a masked line, as sentence-splitter reports them. */
export function plainRanges(masked: string): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (const node of split(masked, OPTIONS)) {
    if (node.type === "Sentence") out.push([node.range[0], node.range[1]]);
  }
  return out;
}

const isStop = (s: string, i: number): boolean => {
  const c = s[i]!;
  if (!SEPARATORS.includes(c)) return false;
  if (c !== ".") return true;
  return i + 1 >= s.length || isSpace(s[i + 1]!);
};

/** Could the engine's AbbrMarker mark this word (so that a stop inside it is not a boundary)? */
function mayBeMarked(word: string): boolean {
  return ABBREVIATION_WORDS.has(word.toLowerCase())
    || /^\d+\.$/.test(word)
    || /^\p{Lu}\./u.test(word)
    || /^([a-zA-Z]\.){3,}$/.test(word)
    || SEPARATORS.includes(word[0]!);
}

export type Decide = (masked: string, i: number, j: number, ws: number, we: number) => boolean;

/** The window the engine needs to decide a stop in the word [ws, we): previous word … next word. */
function windowOf(masked: string, ws: number, we: number): [number, number] {
  const n = masked.length;
  let from = ws;
  while (from > 0 && isSpace(masked[from - 1]!)) from--;
  while (from > 0 && !isSpace(masked[from - 1]!)) from--;
  let to = n;
  if (we + 1 < n) {
    to = we + 1;
    while (to < n && !isSpace(masked[to]!)) to++;
  }
  return [from, to];
}

/**
 * Asks sentence-splitter whether the stop run [i, j) in the word [ws, we) ends a sentence, showing
 * it only what its AbbrMarker looks at: the previous word, the word and the next word. Brackets in
 * that window read as `_` (the caller has checked that none is open at the stop).
 */
export function engineDecides(options: (window: string) => object): Decide {
  return (masked, i, j, ws, we) => {
    const [from, to] = windowOf(masked, ws, we);
    return decideInWindow(masked.slice(from, to), i - from, j - from, options);
  };
}

function decideInWindow(raw: string, a: number, b: number, options: (window: string) => object): boolean {
  const window = raw.replace(/[()[\]{}]/g, "_");
  const isRun = (node: { type: string; range: readonly [number, number] }) => node.type === "Punctuation" && node.range[0] === a && node.range[1] === b;
  for (const node of split(window, options(window) as never)) {
    if (isRun(node)) return true;
    if (node.type === "Sentence" && node.children.some((c) => isRun(c as never))) return true;
  }
  return false;
}

export const fullDecide: Decide = engineDecides(() => OPTIONS);

/**
 * The fast path. A stop (`.` before a space or the end, `?`, `!`) outside brackets ends a sentence
 * unless sentence-splitter's AbbrMarker marks its word; it can only mark a word that is a listed
 * abbreviation, `<digits>.`, `X.`-shaped or `A.B.C.` — for every other word the answer is known
 * without asking. For those few words `decide` asks the engine (engineDecides). Brackets are
 * tracked exactly as the engine's PairMaker does. Returns null for a line with CJK, whose words the
 * engine does not delimit by spaces.
 */
export function fastRanges(masked: string, decide: Decide = fullDecide): Array<[number, number]> | null {
  if (WIDE.test(masked) && UNUSUAL.test(masked)) return null;
  const n = masked.length;
  let paren = false;
  let bracket = false;
  let brace = false;
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const k = masked.charCodeAt(i);
    if (k === 32 || (k >= 9 && k <= 13) || (k >= 128 && SPACE.test(masked[i]!))) continue;
    // A candidate stop: one of the separators (all of them are "." or outside ASCII letters/digits).
    if ((k === 46 || k === 63 || k === 33 || k >= 0x3000) && !paren && !bracket && !brace && isStop(masked, i)) {
      let j = i;
      while (j < n && isStop(masked, j)) j++;
      let ws = i;
      while (ws > 0 && !isSpace(masked[ws - 1]!)) ws--;
      let we = j;
      while (we < n && !isSpace(masked[we]!)) we++;
      if (!mayBeMarked(masked.slice(ws, we)) || decide(masked, i, j, ws, we)) {
        if (start >= 0) out.push([start, j]);
        start = -1;
      } else if (start < 0) {
        start = i;
      }
      i = j - 1;
      continue;
    }
    if (start < 0) start = i;
    // The engine's PairMaker: ( [ { open their pair, ) ] } close it; no nesting per pair.
    if (k === 40) paren = true;
    else if (k === 41) paren = false;
    else if (k === 91) bracket = true;
    else if (k === 93) bracket = false;
    else if (k === 123) brace = true;
    else if (k === 125) brace = false;
  }
  if (start >= 0) out.push([start, n]);
  return out;
}

const isCapitalized = (w: string) => w.length > 0 && /^\p{Lu}/u.test(w);

/**
 * sentence-splitter's AbbrMarker.mark() for the word [ws, we), with Set look-ups instead of array
 * scans: the same tests in the same order (multi-period `U.S.A.`, exclamation words, prepositive
 * abbreviations and `<digits>.`, then "Capital X. Capital" initials, then abbreviations before a
 * word that is not capitalised), the same previous word (including its quirk at the very start of
 * the text: the word itself) and the same next word (the text after one character past the word).
 * Returns true when the stop run [i, j) inside the word ends a sentence.
 */
export const setDecide: Decide = (masked, _i, _j, ws, we) => {
  const word = masked.slice(ws, we);
  if (SEPARATORS.includes(word[0]!) && isStop(masked, ws)) return true; // the engine never marks it
  const lower = word.toLowerCase();
  if (/^([a-zA-Z]\.){3,}$/.test(word) || EXCLAMATION.has(lower) || PREPOSITIVE.has(lower) || /^\d+\.$/.test(word)) return false;
  let prev: string;
  if (ws === 0) prev = word;
  else {
    let k = ws;
    while (k > 0 && isSpace(masked[k - 1]!)) k--;
    let f = k;
    while (f > 0 && !isSpace(masked[f - 1]!)) f--;
    prev = masked.slice(f, k);
  }
  let e = we + 1;
  while (e < masked.length && !isSpace(masked[e]!)) e++;
  const next = we + 1 < masked.length ? masked.slice(we + 1, e) : "";
  if (isCapitalized(prev) && /^\p{Lu}\./u.test(word) && isCapitalized(next)) return false;
  if (ABBREVIATION.has(lower) && !isCapitalized(next)) return false;
  return true;
};

export function sentenceRanges(masked: string, engine: Engine = "fast"): Array<[number, number]> {
  if (engine === "plain") return plainRanges(masked);
  return fastRanges(masked, setDecide) ?? plainRanges(masked);
}

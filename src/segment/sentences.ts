/**
 * Sentence boundaries inside one line, decided by sentence-splitter on the masked view of the line
 * (see mask.ts) with the Indonesian abbreviation lists (language.ts).
 *
 * Two paths give the same ranges:
 *  - "plain": `split()` on every line.
 *  - "fast" (the default): `split()` spends most of its time in its abbreviation look-ups (three
 *    array scans with `toLowerCase()` at every word start). A line whose every candidate stop
 *    (`.` before a space or the end, `?`, `!`) sits in an ordinary word — not an abbreviation, not
 *    `<digits>.`, not `X.`-shaped, no CJK — cannot be affected by those look-ups; for such a line
 *    the boundaries are simply the candidate stops outside brackets, which this module finds in one
 *    pass, tracking brackets exactly as the engine's PairMaker does. Every other line goes to
 *    `split()`. test/segment/fast-path.test.ts checks that both paths agree on the corpus and on
 *    generated text.
 */
import { split } from "sentence-splitter";
import { ABBREVIATION_WORDS, INDONESIAN } from "./language";

export type Engine = "fast" | "plain";

/** sentence-splitter's default separator characters. */
const SEPARATORS = ".．。?!？！";
const SPACE = /\s/;
const OPTIONS = { AbbrMarker: { language: INDONESIAN } };
// sentence-splitter's PairMaker marks (key → [start, end]); `"` never reaches it (mask.ts).
const PAIR_OPEN: Record<string, number> = { "(": 0, "[": 1, "{": 2 };
const PAIR_CLOSE: Record<string, number> = { ")": 0, "]": 1, "}": 2 };
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
  return i + 1 >= s.length || SPACE.test(s[i + 1]!);
};

/** Could the engine's AbbrMarker mark this word (so that a stop inside it is not a boundary)? */
function mayBeMarked(word: string): boolean {
  return ABBREVIATION_WORDS.has(word.toLowerCase())
    || /^\d+\.$/.test(word)
    || /^\p{Lu}\./u.test(word)
    || /^([a-zA-Z]\.){3,}$/.test(word)
    || SEPARATORS.includes(word[0]!);
}

/** The fast path: ranges, or null when the line needs the engine. */
export function fastRanges(masked: string): Array<[number, number]> | null {
  const n = masked.length;
  let candidates = false;
  for (let i = 0; i < n; i++) {
    if (!isStop(masked, i)) continue;
    candidates = true;
    let s = i;
    while (s > 0 && !SPACE.test(masked[s - 1]!)) s--;
    let e = i;
    while (e < n && !SPACE.test(masked[e]!)) e++;
    if (mayBeMarked(masked.slice(s, e))) return null;
  }
  if (!candidates) {
    let s = 0;
    while (s < n && SPACE.test(masked[s]!)) s++;
    return s < n ? [[s, n]] : [];
  }
  if (UNUSUAL.test(masked)) return null;
  const open = [false, false, false];
  const out: Array<[number, number]> = [];
  let start = -1;
  for (let i = 0; i < n; i++) {
    const c = masked[i]!;
    if (SPACE.test(c)) continue;
    if (!open[0] && !open[1] && !open[2] && isStop(masked, i)) {
      let j = i;
      while (j < n && isStop(masked, j)) j++;
      if (start >= 0) out.push([start, j]);
      start = -1;
      i = j - 1;
      continue;
    }
    if (start < 0) start = i;
    const o = PAIR_OPEN[c];
    if (o !== undefined) { open[o] = true; continue; }
    const cl = PAIR_CLOSE[c];
    if (cl !== undefined) open[cl] = false;
  }
  if (start >= 0) out.push([start, n]);
  return out;
}

export function sentenceRanges(masked: string, engine: Engine = "fast"): Array<[number, number]> {
  if (engine === "fast") {
    const r = fastRanges(masked);
    if (r) return r;
  }
  return plainRanges(masked);
}

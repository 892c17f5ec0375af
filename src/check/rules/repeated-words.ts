/**
 * repeated-words — a word or a phrase of up to six words written twice in a row in the target (the
 * stutter of machine translation: `a new new dam`, `in front of the the DPR building`, `for the club
 * for the club`, `to the village to the village to the village`). The fix deletes the repetition.
 *
 * Not reported: a repetition the source has too (`Bora Bora`, a name copied), numbers (`10 10`), English
 * that doubles on purpose (`had had`, `that that`, `is is`: `what it is is`), and words joined by a hyphen
 * or another mark (`so-so`, `door-to-door`, `day by day`: `by` between), and a word written again in
 * another case (`Samsuar Said said`, `the central bank Bank Indonesia`) unless it starts a sentence (`The the`).
 *
 * A warning. One pass over the target's words, comparing each with the few before it.
 */
import { WORD as WORD_TOKEN, type Tokens } from "../../glossary/tokenize";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

/** The longest phrase read, in words. */
const MAX_PHRASE = 6;
/** Words English doubles on purpose (`He had had enough`, `He said that that plan failed`). */
const DOUBLED_ON_PURPOSE = new Set(["had", "that", "is"]);

export default defineCheck({
  meta: {
    id: "repeated-words",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A word or phrase is repeated in a row in the target.",
    messages: {
      repeated: "“{{words}}” is written twice in a row.",
    },
  },
  defaultOptions: {},
  check({ source, target, targetTokens }) {
    // (the audit gives the target's tokens, with a hash of each word: a target where no word equals one
    // of the few before it has no repetition, and is passed without reading its characters)
    if (targetTokens && targetTokens.source === target && !nearRepeat(targetTokens)) return NO_PROBLEMS;
    const words = splitWords(target);
    if (words < 2) return NO_PROBLEMS;
    let problems: Problem[] | undefined;
    for (let k = 1; k < words; k++) {
      // a phrase of `len` words ending at k - 1 repeated by the words from k on (the words' hashes
      // compared first: most words equal none of the six before them)
      for (let len = 1; len <= MAX_PHRASE && len <= k && k + len <= words; len++) {
        if (hashes[k] !== hashes[k - len] || !same(target, k - len, k, len) || !joined(k - len + 1, k + len)) continue;
        // (`Samsuar Said said`, `the central bank Bank Indonesia`: a name and a word; `The the` starts a sentence)
        if (target.charCodeAt(starts[k - len]!) !== target.charCodeAt(starts[k]!) && !sentenceStart(target, starts[k - len]!)) continue;
        const first = target.slice(starts[k - len]!, ends[k - 1]!);
        if (len === 1 && (DOUBLED_ON_PURPOSE.has(first.toLowerCase()) || /^\d/.test(first))) continue;
        const repeat = target.slice(starts[k - len]!, ends[k + len - 1]!);
        if (inSource(source, repeat)) continue;
        // (the repetition and the space before it are deleted)
        const at = { start: starts[k - len]!, end: ends[k + len - 1]!, fixStart: ends[k - 1]! };
        // (a phrase said three times is one finding)
        let next = k + len;
        while (next + len <= words && same(target, k - len, next, len) && joined(next, next + len)) next += len;
        (problems ??= []).push({
          messageId: "repeated", data: { words: first },
          target: { start: at.start, end: ends[next - 1]! },
          fix: { start: at.fixStart, end: ends[next - 1]!, text: "" },
        });
        k = next - 1;
        break;
      }
    }
    return problems ?? NO_PROBLEMS;
  },
});

/**
 * Could the tokens hold a repetition? A repeated phrase is the same tokens twice: some word token k
 * equals the token L before it and (L > 1) token k - 1 the token L before that, L at most
 * TOKEN_WINDOW (the tokenizer may split a word in more tokens than splitWords does, `don't`): the pair
 * (token k - 1, word k) seen before, at most TOKEN_WINDOW tokens back (each pair's last place kept), or
 * a word twice in a row. A superset of what the check reports; one pass over the tokens.
 */
const TOKEN_WINDOW = 3 * MAX_PHRASE + 2;
// The last place of each pair of neighbouring tokens (a hash of the two), for the last tokens read: an
// open-addressing table, reused (an entry is valid when its stamp is the current generation).
const PAIRS = 256;
const pairKey = new Int32Array(PAIRS), pairAt = new Int32Array(PAIRS), pairStamp = new Int32Array(PAIRS);
let pairGeneration = 0;
function nearRepeat(t: Tokens): boolean {
  const { n, kind, hash, start, source } = t;
  if (n > PAIRS / 2) return true;
  pairGeneration = (pairGeneration + 1) | 0;
  if (pairGeneration === 0) { pairStamp.fill(0); pairGeneration = 1; }
  // (a token's value: a word's hash, a punctuation mark's character)
  const value = (k: number): number => (kind[k] === WORD_TOKEN ? hash[k]! : -1 - source.charCodeAt(start[k]!));
  let prev = n > 0 ? value(0) : 0;
  for (let k = 1; k < n; k++) {
    const v = value(k);
    if (kind[k] === WORD_TOKEN) {
      if (kind[k - 1] === WORD_TOKEN && v === prev) return true;
      const key = Math.imul(prev, 0x01000193) ^ v;
      let x = key & (PAIRS - 1);
      while (pairStamp[x] === pairGeneration && pairKey[x] !== key) x = (x + 1) & (PAIRS - 1);
      if (pairStamp[x] === pairGeneration && k - pairAt[x]! <= TOKEN_WINDOW && value(pairAt[x]! - 1) === prev && v === value(pairAt[x]!)) return true;
      pairStamp[x] = pairGeneration; pairKey[x] = key; pairAt[x] = k;
    }
    prev = v;
  }
  return false;
}

// The words of the last text split (reused: no arrays are made per pair): where each starts and ends,
// a hash of it in small letters, and whether only spaces separate it from the word before.
let starts = new Int32Array(64), ends = new Int32Array(64), hashes = new Int32Array(64), spaced = new Uint8Array(64);

/** Splits `text` into words (letters, digits, an apostrophe inside); returns their count. */
function splitWords(text: string): number {
  const n = text.length;
  let count = 0, lastEnd = -1;
  for (let i = 0; i < n; i++) {
    if (!isWordChar(text.charCodeAt(i))) continue;
    let h = 0x811c9dc5 | 0, j = i;
    for (; j < n; j++) {
      const c = text.charCodeAt(j);
      if (!isWordChar(c) && !((c === 0x27 || c === 0x2019) && j + 1 < n && isWordChar(text.charCodeAt(j + 1)))) break;
      h = Math.imul(h ^ (c >= 0x41 && c <= 0x5a ? c | 0x20 : c), 0x01000193);
    }
    if (count === starts.length) grow();
    starts[count] = i; ends[count] = j; hashes[count] = h;
    spaced[count] = lastEnd >= 0 && onlySpaces(text, lastEnd, i) ? 1 : 0;
    count++; lastEnd = j; i = j;
  }
  return count;
}
function grow(): void {
  const more = <T extends Int32Array | Uint8Array>(a: T): T => { const b = new (a.constructor as new (n: number) => T)(a.length * 2); b.set(a); return b; };
  starts = more(starts); ends = more(ends); hashes = more(hashes); spaced = more(spaced);
}

/** Letters and digits (ASCII fast, the rest by \p{L}\p{N}). */
const WORD = /[\p{L}\p{N}\p{M}]/u;
function isWordChar(c: number): boolean {
  if (c < 0x80) return (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
  return WORD.test(String.fromCharCode(c));
}
/** Does a sentence start at `at` (the text's start, or after `.`, `!`, `?`, a quotation mark or a bracket)? */
function sentenceStart(text: string, at: number): boolean {
  let i = at - 1;
  while (i >= 0 && text.charCodeAt(i) === 0x20) i--;
  return i < 0 || ".!?\"“(".includes(text[i]!);
}
function onlySpaces(text: string, from: number, to: number): boolean {
  if (from === to) return false;
  for (let i = from; i < to; i++) { const c = text.charCodeAt(i); if (c !== 0x20 && c !== 0xa0) return false; }
  return true;
}
/** Are the `len` words from a and from b the same, ignoring case? */
function same(text: string, a: number, b: number, len: number): boolean {
  for (let x = 0; x < len; x++) {
    const la = ends[a + x]! - starts[a + x]!;
    if (la !== ends[b + x]! - starts[b + x]!) return false;
    for (let y = 0; y < la; y++) {
      const c = text.charCodeAt(starts[a + x]! + y), d = text.charCodeAt(starts[b + x]! + y);
      if (c !== d && (c < 0x80 && d < 0x80 ? (c | 0x20) !== (d | 0x20) : text[starts[a + x]! + y]!.toLowerCase() !== text[starts[b + x]! + y]!.toLowerCase())) return false;
    }
  }
  return true;
}
/** Are the words from `from` to `to` (exclusive) each separated from the one before by spaces only? */
function joined(from: number, to: number): boolean {
  for (let i = from; i < to; i++) if (!spaced[i]) return false;
  return true;
}
/** Does the source have the repetition too (a name, a quotation copied)? */
function inSource(source: string, repeat: string): boolean {
  return source.toLowerCase().replace(/\s+/g, " ").includes(repeat.toLowerCase().replace(/\s+/g, " "));
}

/** The spacing an insertion into a unit's English takes (no page globals: unit-tested in Node). */

const WORD = /[\p{L}\p{N}\p{M}]/u;
/** After these a writer types a space before the next word: a sentence's or clause's stop, a closing quote or bracket. */
const SPACE_AFTER = /[.!?…,;:”’)\]}»]/u;
/** Before these no space goes: punctuation that closes or follows a word. */
const NO_SPACE_BEFORE = /[.!?…,;:”’)\]}»%]/u;
/** After these no space goes: an opening quote or bracket, a hyphen or a slash joining words. */
const OPENING = /[“‘([{«/\-–—'"]/u;

/**
 * The field's value with `text` put in place of `value[start, end)` and the spacing a writer expects:
 * a space before it after a word or after a stop (`Monday.` + `East Jakarta` → `Monday. East Jakarta`),
 * a space after it before a word; none inside a word or a number (`1.|5`), none after an opening
 * quote or bracket, none before punctuation, none where a space is already. `caret`: just after the
 * inserted text.
 */
export function spacedInsert(value: string, start: number, end: number, text: string): { value: string; caret: number } {
  const before = value.slice(0, start), after = value.slice(end);
  const prev = before.at(-1), next = after[0];
  const first = text[0], last = text.at(-1);
  const inside = prev !== undefined && next !== undefined
    && ((WORD.test(prev) && WORD.test(next)) || (/[.,]/.test(prev) && /\p{N}/u.test(before.at(-2) ?? "") && /\p{N}/u.test(next)));
  let lead = "", trail = "";
  if (!inside && first !== undefined && last !== undefined) {
    if (prev !== undefined && (WORD.test(prev) || SPACE_AFTER.test(prev)) && !/\s/u.test(first) && !NO_SPACE_BEFORE.test(first)) lead = " ";
    if (next !== undefined && (WORD.test(next) || /[“‘([{«]/u.test(next)) && !/\s/u.test(last) && !OPENING.test(last)) trail = " ";
  }
  const put = lead + text + trail;
  return { value: before + put + after, caret: before.length + lead.length + text.length };
}

/** Where a click in a unit's Indonesian cuts it (no page globals: unit-tested in Node). */

/**
 * Where a caret placed in a unit's Indonesian cuts it: inside a word (a letter or digit on both
 * sides) the caret moves to the nearer edge of that word (its start on a tie; never the text's
 * very start or end), so Split never cuts a word in two — the server refuses that (`split-inside-word`).
 */
export function wordEdge(text: string, at: number): number {
  const w = /[\p{L}\p{N}\p{M}]/u;
  if (at <= 0 || at >= text.length || !w.test(text[at - 1]!) || !w.test(text[at]!)) return at;
  let start = at, end = at;
  while (start > 0 && w.test(text[start - 1]!)) start--;
  while (end < text.length && w.test(text[end]!)) end++;
  if (start === 0) return end;
  if (end === text.length) return start;
  return at - start <= end - at ? start : end;
}

/**
 * end-punctuation — the sentence-final punctuation of the target differs from the source's
 * (Weblate EndStop/EndQuestion/EndExclamation, Translate Toolkit `endpunc`). Closing quotes and
 * brackets are looked through (`suci.”` ends with a full stop, as does `war”.`); `...` equals `…`.
 * The fix appends the source's mark when the target has none.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

/** Closing quotes and brackets looked through at the end (besides \s). */
const CLOSERS = "\"'”’»)]\u00a0";

export function endMark(text: string): { mark: string; at: number } {
  // text without its trailing [\s"'”’»)\]\u00a0]+ (every such character is one code unit)
  let end = text.length;
  while (end > 0 && (CLOSERS.includes(text[end - 1]!) || /\s/u.test(text[end - 1]!))) end--;
  const t = end === text.length ? text : text.slice(0, end);
  if (t.endsWith("...") || t.endsWith("…")) return { mark: "…", at: t.length - (t.endsWith("…") ? 1 : 3) };
  const c = t.slice(-1);
  return ".!?:;".includes(c) && c ? { mark: c, at: t.length - 1 } : { mark: "", at: t.length };
}

/** Non-ASCII characters looked through at the end: the CLOSERS beyond ASCII, and Unicode whitespace. */
const NON_ASCII_TRAILING = /[\s”’»\u00a0]/u;
/** The final marks as strings (made once). */
const MARKS: Record<number, string> = { 0x2e: ".", 0x21: "!", 0x3f: "?", 0x3a: ":", 0x3b: ";" };

/**
 * endMark(text).mark, read by character codes without making the text without its closers or an
 * object (what the check compares for every pair; endMark is called only when the marks differ).
 */
export function finalMark(text: string): string {
  let end = text.length;
  for (; end > 0; end--) {
    const c = text.charCodeAt(end - 1);
    if (c < 0x80) {
      // " ' ) ] and ASCII whitespace (\t \n \v \f \r space)
      if (c === 0x22 || c === 0x27 || c === 0x29 || c === 0x5d || c === 0x20 || (c >= 0x09 && c <= 0x0d)) continue;
      break;
    }
    if (!NON_ASCII_TRAILING.test(text[end - 1]!)) break;
  }
  if (end === 0) return "";
  const c = text.charCodeAt(end - 1);
  if (c === 0x2026 || (c === 0x2e && end >= 3 && text.charCodeAt(end - 2) === 0x2e && text.charCodeAt(end - 3) === 0x2e)) return "…";
  return MARKS[c] ?? "";
}

export default defineCheck({
  meta: {
    id: "end-punctuation",
    category: "cosmetic",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The final punctuation of the target differs from the source's.",
    messages: {
      missing: "The target should end with “{{expected}}” like the source.",
      differs: "The target ends with “{{actual}}” but the source with “{{expected}}”.",
      extra: "The target ends with “{{actual}}” but the source has no final punctuation.",
    },
  },
  defaultOptions: {},
  check({ source, target }) {
    if (!target.trim() || !source.trim()) return NO_PROBLEMS;
    // (most pairs end alike: compared by their marks alone)
    if (finalMark(source) === finalMark(target)) return NO_PROBLEMS;
    const s = endMark(source);
    const t = endMark(target);
    const problems: Problem[] = [];
    if (!t.mark) problems.push({ messageId: "missing", data: { expected: s.mark }, target: { start: t.at, end: t.at }, fix: { start: t.at, end: t.at, text: s.mark } });
    else if (!s.mark) problems.push({ messageId: "extra", data: { actual: t.mark }, target: { start: t.at, end: t.at + 1 } });
    else problems.push({ messageId: "differs", data: { expected: s.mark, actual: t.mark }, target: { start: t.at, end: t.at + (t.mark === "…" && !target.slice(t.at).startsWith("…") ? 3 : 1) } });
    return problems;
  },
});

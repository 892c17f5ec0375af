/**
 * end-punctuation — the sentence-final punctuation of the target differs from the source's
 * (Weblate EndStop/EndQuestion/EndExclamation, Translate Toolkit `endpunc`). Closing quotes and
 * brackets are looked through (`suci.”` ends with a full stop, as does `war”.`); `...` equals `…`.
 * The fix appends the source's mark when the target has none.
 */
import { defineCheck, type Problem } from "../types";

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
    if (!target.trim() || !source.trim()) return [];
    const s = endMark(source);
    const t = endMark(target);
    if (s.mark === t.mark) return [];
    const problems: Problem[] = [];
    if (!t.mark) problems.push({ messageId: "missing", data: { expected: s.mark }, target: { start: t.at, end: t.at }, fix: { start: t.at, end: t.at, text: s.mark } });
    else if (!s.mark) problems.push({ messageId: "extra", data: { actual: t.mark }, target: { start: t.at, end: t.at + 1 } });
    else problems.push({ messageId: "differs", data: { expected: s.mark, actual: t.mark }, target: { start: t.at, end: t.at + (t.mark === "…" && !target.slice(t.at).startsWith("…") ? 3 : 1) } });
    return problems;
  },
});

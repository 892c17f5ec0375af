/**
 * leading-trailing-space — the target begins or ends with whitespace the source does not have
 * (Okapi leading/trailing white space, Phrase leadingAndTrailingSpaces). The fix removes it.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

/** How many \s characters end `text` (as /\s+$/u would match). */
function trailingBlanks(text: string): number {
  let i = text.length;
  while (i > 0 && /\s/u.test(text[i - 1]!)) i--;
  return text.length - i;
}

export default defineCheck({
  meta: {
    id: "leading-trailing-space",
    category: "cosmetic",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The target begins or ends with whitespace that the source does not have.",
    messages: { leading: "The target begins with whitespace.", trailing: "The target ends with whitespace." },
  },
  defaultOptions: {},
  check({ source, target }) {
    // a target that begins and ends with a visible ASCII character (no \s): most pairs
    const a = target.charCodeAt(0), z = target.charCodeAt(target.length - 1);
    if (a > 0x20 && a < 0x7f && z > 0x20 && z < 0x7f) return NO_PROBLEMS;
    if (!target.trim()) return NO_PROBLEMS;
    const problems: Problem[] = [];
    // \s matches only BMP characters: a blank at either end is the first or last code unit
    const lead = /\s/u.test(target[0]!) ? (/^\s+/u.exec(target)?.[0].length ?? 0) : 0;
    const trail = /\s/u.test(target[target.length - 1]!) ? trailingBlanks(target) : 0;
    if (lead && !/^\s/u.test(source)) problems.push({ messageId: "leading", target: { start: 0, end: lead }, fix: { start: 0, end: lead, text: "" } });
    if (trail && !/\s$/u.test(source)) {
      const start = target.length - trail;
      problems.push({ messageId: "trailing", target: { start, end: target.length }, fix: { start, end: target.length, text: "" } });
    }
    return problems;
  },
});

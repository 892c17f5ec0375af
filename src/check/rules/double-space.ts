/**
 * double-space — two or more spaces in a row inside the target (Weblate DoubleSpace, Xbench
 * "Double Blank", Phrase multipleSpaces). Leading and trailing blanks are leading-trailing-space's.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

export default defineCheck({
  meta: {
    id: "double-space",
    category: "cosmetic",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The target contains two or more spaces in a row.",
    messages: { double: "Double space in the target." },
  },
  defaultOptions: {},
  check({ target, targetTokens }) {
    // a plain target (single spaces, printable ASCII: Tokens.plain) has no run of blanks
    if (targetTokens && targetTokens.plain && targetTokens.source === target) return NO_PROBLEMS;
    // a run of two blanks holds "  " or a no-break space
    if (!target.includes("  ") && !target.includes("\u00a0")) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const m of target.matchAll(/(?<=\S)[ \u00a0]{2,}(?=\S)/gu)) {
      const start = m.index!;
      problems.push({ messageId: "double", target: { start, end: start + m[0].length }, fix: { start, end: start + m[0].length, text: " " } });
    }
    return problems;
  },
});

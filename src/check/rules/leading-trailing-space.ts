/**
 * leading-trailing-space — the target begins or ends with whitespace the source does not have
 * (Okapi leading/trailing white space, Phrase leadingAndTrailingSpaces). The fix removes it.
 */
import { defineCheck, type Problem } from "../types";

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
    if (!target.trim()) return [];
    const problems: Problem[] = [];
    const lead = /^\s+/u.exec(target)?.[0].length ?? 0;
    const trail = /\s+$/u.exec(target)?.[0].length ?? 0;
    if (lead && !/^\s/u.test(source)) problems.push({ messageId: "leading", target: { start: 0, end: lead }, fix: { start: 0, end: lead, text: "" } });
    if (trail && !/\s$/u.test(source)) {
      const start = target.length - trail;
      problems.push({ messageId: "trailing", target: { start, end: target.length }, fix: { start, end: target.length, text: "" } });
    }
    return problems;
  },
});

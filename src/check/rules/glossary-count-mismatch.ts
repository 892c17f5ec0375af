/**
 * glossary-count-mismatch — a glossary term occurs more often in the source than its renderings in
 * the target ("two occurrences rendered once"; Okapi string mode, GlotDict #353). A term followed by
 * its own abbreviation in brackets ("Korea Utara (Korut)") counts once, on both sides. Only when the
 * target has at least one rendering: none at all is glossary-term-missing / glossary-dnt-changed.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { conceptCap, countOccurrences, groupByEntry, isCopy, targetEntries } from "../util";

export default defineCheck({
  meta: {
    id: "glossary-count-mismatch",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "terms", when: ["term-repeated"] },
    description: "A glossary term occurs more often in the source than its renderings in the target.",
    messages: {
      fewer: "Glossary term “{{term}}” occurs {{sourceCount}}× in the source but is rendered only {{targetCount}}× in the target.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (sourceTerms.length === 0 || !target.trim()) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const [entry, matches] of groupByEntry(sourceTerms)) {
      const sourceCount = countOccurrences(source, matches);
      if (sourceCount < 2) continue;
      const mine = targetTerms.filter((t) => targetEntries(t).some((e) => e.entry === entry));
      const targetCount = countOccurrences(target, mine);
      if (targetCount === 0 || targetCount >= sourceCount) continue;
      problems.push({
        messageId: "fewer",
        data: { term: matches[0]!.text, sourceCount, targetCount, entry },
        source: { start: matches[0]!.start, end: matches[matches.length - 1]!.end },
        ...conceptCap(entry, concepts),
      });
    }
    return problems.length && isCopy(source, target) ? NO_PROBLEMS : problems;
  },
});

/**
 * glossary-term-missing — a glossary term of the source has none of its English renderings in the
 * target (OmegaT Terminology issue, Xbench Key Term Mismatch). Synonyms form an OR-set: any
 * preferred or admitted rendering satisfies the term. Skipped for concepts with no rendering (a
 * definition, not a constraint), do-not-translate concepts (glossary-dnt-changed) and when a
 * forbidden rendering of the concept is used (glossary-forbidden-term reports that, with the fix).
 * An elliptic coordination renders a term too ("Korea Utara dan Korea Selatan" → "North and South
 * Korea"). Reported once per concept, on its first source occurrence. Must not fire on an empty target.
 */
import { defineCheck, type Problem } from "../types";
import type { TermRendering } from "../../glossary/types";
import { conceptRendered, ellipticRendering, findWord, forbiddenFor, groupByEntry, isCopy, preferredRendering, renderingsOf } from "../util";

const notForbidden = (r: TermRendering): boolean => r.status !== "forbidden";

export default defineCheck({
  meta: {
    id: "glossary-term-missing",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "terms", when: ["term-unrendered"] },
    description: "A glossary term of the source has none of its English renderings in the target.",
    messages: {
      missing: "Glossary term “{{term}}” is not rendered: expected “{{expected}}”.",
      untranslated: "Glossary term “{{term}}” is left untranslated: expected “{{expected}}”.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (sourceTerms.length === 0 || !target.trim()) return [];
    const problems: Problem[] = [];
    for (const matches of groupByEntry(sourceTerms).values()) {
      const first = matches[0]!;
      if (first.dnt) continue;
      const entry = first.entry;
      const renderings = renderingsOf(first, concepts);
      // (the allowed renderings: preferred and admitted)
      if (!renderings.some(notForbidden)) continue;
      if (conceptRendered(entry, renderings, targetTerms)) continue;
      if (forbiddenFor(entry, targetTerms)) continue;
      if (renderings.some((r) => r.status !== "forbidden" && ellipticRendering(target, r.text) !== undefined)) continue;
      const expected = (preferredRendering(renderings) ?? renderings.find(notForbidden)!).text;
      const left = findWord(target, first.text, false);
      problems.push({
        messageId: left ? "untranslated" : "missing",
        data: { term: first.text, expected, entry },
        source: { start: first.start, end: first.end },
        ...(left ? { target: left } : {}),
      });
    }
    return problems.length && isCopy(source, target) ? [] : problems;
  },
});

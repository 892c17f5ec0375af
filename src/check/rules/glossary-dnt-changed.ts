/**
 * glossary-dnt-changed — a do-not-translate term of the source (KCNA, Rodong Sinmun) does not appear
 * as written in the target (Weblate `read-only`, pofilter `notranslatewords`). A rendering listed for
 * the concept also satisfies it. Reported once per concept. Must not fire on an empty target.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { acronymInName, conceptCap, findWord, groupByEntry, isCopy, targetEntries } from "../util";

export default defineCheck({
  meta: {
    id: "glossary-dnt-changed",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "terms", when: ["dnt-unrendered"] },
    description: "A do-not-translate glossary term of the source is changed or missing in the target.",
    messages: {
      missing: "Do-not-translate term “{{term}}” is missing from the target.",
      changed: "Do-not-translate term “{{term}}” is written “{{text}}” in the target.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (sourceTerms.length === 0 || !target.trim()) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const [entry, matches] of groupByEntry(sourceTerms)) {
      if (!matches[0]!.dnt) continue;
      // (an acronym inside a company or product name is part of that name)
      const first = matches.find((m) => !acronymInName(source, m.start, m.end));
      if (!first) continue;
      const ok = targetTerms.some((t) => targetEntries(t).some((e) => e.entry === entry && e.status !== "forbidden"));
      if (ok) continue;
      const loose = findWord(target, first.source, false) ?? findWord(target, first.text, false);
      problems.push(
        loose
          ? { messageId: "changed", data: { term: first.source, text: target.slice(loose.start, loose.end), entry }, source: { start: first.start, end: first.end }, target: loose, ...conceptCap(entry, concepts) }
          : { messageId: "missing", data: { term: first.source, entry }, source: { start: first.start, end: first.end }, ...conceptCap(entry, concepts) },
      );
    }
    return problems.length && isCopy(source, target) ? NO_PROBLEMS : problems;
  },
});

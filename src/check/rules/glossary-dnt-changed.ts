/**
 * glossary-dnt-changed — a do-not-translate term of the source (KCNA, Rodong Sinmun) does not appear
 * as written in the target (Weblate `read-only`, pofilter `notranslatewords`). A rendering listed for
 * the concept also satisfies it. A misspelling is reported with what was found (`Jake Sulivan`), and so
 * is a name rendered by its surname with the given name misspelled (`Mathew Miller`). Reported once per
 * concept. Not when the term is translated by a rendering the glossary forbids (`Rupiah` → `Indonesian
 * rupee`): glossary-forbidden-term reports that, with the fix; nor when the term is itself an allowed
 * rendering of a concept the target renders (a capital for its country: `Seoul` → `South Korea`, whose
 * admitted renderings hold `Seoul`). Must not fire on an empty target.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { acronymInName, closeRendering, conceptCap, findWord, forbiddenFor, fullNamesOf, groupByEntry, isCopy, misspelledName, renderedAsItsCountry, renderingsOf, targetEntries, targetMatchesOf } from "../util";

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
      misspelled: "Do-not-translate term “{{term}}” is misspelled in the target: found “{{found}}”, expected “{{expected}}”.",
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
      const renderings = renderingsOf(first, concepts);
      if (ok) {
        // (written by its surname with the given name misspelled: `Mathew Miller`; only names of two
        // words or more are read, most terms are none)
        const full = fullNamesOf(renderings);
        const asWritten = /\s/.test(first.text.trim()) && /^\p{Lu}/u.test(first.text);
        const named = full.length === 0 && !asWritten ? undefined
          : misspelledName(source, target, asWritten ? [first.text, ...full] : full, targetMatchesOf(entry, targetTerms));
        if (named) problems.push({ messageId: "misspelled", data: { term: first.text, found: named.found, expected: named.expected, entry }, source: { start: first.start, end: first.end }, target: { start: named.start, end: named.end }, ...conceptCap(entry, concepts) });
        continue;
      }
      const loose = findWord(target, first.source, false) ?? findWord(target, first.text, false);
      // (translated with a rendering the glossary forbids, `Rupiah` → `Indonesian rupee`: glossary-forbidden-term
      // reports it, with the fix; as glossary-term-missing leaves it to that check)
      if (!loose && forbiddenFor(entry, targetTerms)) continue;
      // (a capital standing for its country rendered as the country, `Pyongyang` → `North Korea`: the term is an
      // allowed rendering of a concept the target renders)
      if (!loose && renderedAsItsCountry(first, targetTerms, concepts)) continue;
      const names = [first.text, ...renderings.filter((r) => r.status !== "forbidden").map((r) => r.text)];
      const close = loose ? undefined : closeRendering(target, names);
      problems.push(
        close
          ? { messageId: "misspelled", data: { term: first.text, found: close.found, expected: close.expected, entry }, source: { start: first.start, end: first.end }, target: { start: close.start, end: close.end }, ...conceptCap(entry, concepts) }
          : loose
          ? { messageId: "changed", data: { term: first.source, text: target.slice(loose.start, loose.end), entry }, source: { start: first.start, end: first.end }, target: loose, ...conceptCap(entry, concepts) }
          : { messageId: "missing", data: { term: first.source, entry }, source: { start: first.start, end: first.end }, ...conceptCap(entry, concepts) },
      );
    }
    return problems.length && isCopy(source, target) ? NO_PROBLEMS : problems;
  },
});

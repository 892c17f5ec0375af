/**
 * glossary-unexpected-term — the target contains a rendering of a glossary concept that does not
 * occur in the source (an added or mistranslated term; Xbench/Okapi "inconsistency in source" at term
 * level). A rendering shared with a concept of the source is expected. Forbidden renderings are left
 * to glossary-forbidden-term. A capitalised rendering inside a longer name ("America" in "South
 * America") is another name. Not reported on a copied target (target-same-as-source).
 */
import { defineCheck, type Problem } from "../types";
import { insideLongerName, isCopy, renderingsOf, targetEntries } from "../util";

export default defineCheck({
  meta: {
    id: "glossary-unexpected-term",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    description: "The target contains a rendering of a glossary term that does not occur in the source.",
    messages: {
      unexpected: "“{{text}}” renders glossary term “{{entry}}”, which is not in the source.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (targetTerms.length === 0) return [];
    let texts: Set<string> | undefined;
    const explained = (rendering: string): boolean => {
      if (!texts) {
        texts = new Set<string>();
        for (const s of sourceTerms) {
          for (const r of renderingsOf(s, concepts)) texts.add(r.text.toLowerCase());
          texts.add(s.source.toLowerCase());
        }
      }
      return texts.has(rendering.toLowerCase());
    };
    const problems: Problem[] = [];
    for (const t of targetTerms) {
      const es = targetEntries(t);
      if (es.every((e) => e.status === "forbidden")) continue;
      if (es.some((e) => sourceTerms.some((s) => s.entry === e.entry))) continue;
      if (es.some((e) => explained(e.rendering))) continue;
      if (insideLongerName(target, t.start, t.end, targetTerms)) continue;
      problems.push({
        messageId: "unexpected",
        data: { text: target.slice(t.start, t.end), entry: t.entry },
        target: { start: t.start, end: t.end },
      });
    }
    return problems.length && isCopy(source, target) ? [] : problems;
  },
});

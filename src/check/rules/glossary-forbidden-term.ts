/**
 * glossary-forbidden-term — the target uses a rendering the glossary marks forbidden (Weblate
 * `forbidden`, Okapi blacklist, Trados/Phrase forbidden terms). The suggested fix replaces it with the
 * rendering's replacement, else the concept's preferred rendering (a possessive `'s` is kept, and a
 * plural: `peak meetings` → `summits`).
 * Fires whether or not the source term is present: a forbidden rendering is house style. A
 * capitalised rendering inside a longer name ("America" in "South America", "Latin America") is a
 * different name, not the forbidden rendering: it is skipped. An acronym (`AS`, `PBB`) heads a longer
 * name only before a capitalised word (`AS Roma`); after one it is still the acronym (`the Jakarta AS
 * envoy`, `the Geneva PBB office`: reported), unless it is a company's, a code or initials.
 */
import { defineCheck, type Problem } from "../types";
import { acronymInName, conceptCap, forbiddenInLongerName, preferredRendering, targetEntries } from "../util";
import { inflectLike } from "../../glossary/stem";

export default defineCheck({
  meta: {
    id: "glossary-forbidden-term",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "terms", when: ["forbidden-rendering"] },
    description: "The target uses a rendering the glossary forbids; the preferred rendering is suggested.",
    messages: {
      forbidden: "“{{text}}” is a forbidden rendering; use “{{replacement}}”.",
      forbiddenNoReplacement: "“{{text}}” is a forbidden rendering.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    const problems: Problem[] = [];
    void source;
    for (const t of targetTerms) {
      const hit = targetEntries(t).find((e) => e.status === "forbidden");
      if (!hit) continue;
      const concept = concepts?.get(hit.entry);
      const renderings = concept?.renderings ?? sourceTerms.find((s) => s.entry === hit.entry)?.renderings ?? [];
      const rule = renderings.find((r) => r.status === "forbidden" && r.text.toLowerCase() === hit.rendering.toLowerCase());
      const text = target.slice(t.start, t.end);
      const base = rule?.replacement ?? preferredRendering(renderings)?.text;
      // the suggestion keeps the number of the text it replaces (`peak meetings` → `summits`)
      const replacement = base === undefined ? undefined : inflectLike(text, hit.rendering, base);
      if (forbiddenInLongerName(target, t.start, t.end, targetTerms)) continue;
      // (an acronym inside a company or product name — "AS-350", "PBB Logistics Inc" — is that name)
      if (acronymInName(target, t.start, t.end)) continue;
      if (!replacement) {
        problems.push({ messageId: "forbiddenNoReplacement", data: { text, entry: hit.entry }, target: { start: t.start, end: t.end }, ...conceptCap(hit.entry, concepts) });
        continue;
      }
      const possessive = /['’]s?$/.exec(text)?.[0] ?? "";
      const fixText = possessive && !replacement.endsWith(possessive) ? replacement + possessive : replacement;
      problems.push({
        messageId: "forbidden",
        data: { text, replacement, entry: hit.entry },
        target: { start: t.start, end: t.end },
        fix: { start: t.start, end: t.end, text: fixText },
        ...conceptCap(hit.entry, concepts),
      });
    }
    return problems;
  },
});

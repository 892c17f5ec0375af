/**
 * glossary-forbidden-term — the target uses a rendering the glossary marks forbidden (Weblate
 * `forbidden`, Okapi blacklist, Trados/Phrase forbidden terms). The suggested fix replaces it with the
 * rendering's replacement, else the concept's preferred rendering (a possessive `'s` is kept).
 * Fires whether or not the source term is present: a forbidden rendering is house style. A
 * capitalised rendering inside a longer name ("America" in "South America", "Latin America") is a
 * different name, not the forbidden rendering: it is skipped.
 */
import { defineCheck, type Problem } from "../types";
import { preferredRendering, targetEntries } from "../util";

const CAP_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}.'’-]*) $/u;
const CAP_WORD_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u;
const FUNCTION = new Set(["The", "A", "An", "In", "On", "At", "Of", "For", "And", "But", "By", "From", "To", "With", "As", "If", "When", "While", "That", "This", "He", "She", "It", "They", "We", "I"]);

/** Is the capitalised text at [start, end) part of a longer capitalised name ("South America")? */
export function insideLongerName(text: string, start: number, end: number): boolean {
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const before = CAP_WORD_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
  if (before && !FUNCTION.has(before[1]!)) return true;
  const after = CAP_WORD_AFTER.exec(text.slice(end, end + 40));
  return Boolean(after && !FUNCTION.has(after[1]!));
}

export default defineCheck({
  meta: {
    id: "glossary-forbidden-term",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
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
      const replacement = rule?.replacement ?? preferredRendering(renderings)?.text;
      const text = target.slice(t.start, t.end);
      if (insideLongerName(target, t.start, t.end)) continue;
      if (!replacement) {
        problems.push({ messageId: "forbiddenNoReplacement", data: { text, entry: hit.entry }, target: { start: t.start, end: t.end } });
        continue;
      }
      const possessive = /['’]s?$/.exec(text)?.[0] ?? "";
      const fixText = possessive && !replacement.endsWith(possessive) ? replacement + possessive : replacement;
      problems.push({
        messageId: "forbidden",
        data: { text, replacement, entry: hit.entry },
        target: { start: t.start, end: t.end },
        fix: { start: t.start, end: t.end, text: fixText },
      });
    }
    return problems;
  },
});

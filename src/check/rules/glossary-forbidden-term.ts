/**
 * glossary-forbidden-term — the target uses a rendering the glossary marks forbidden (Weblate
 * `forbidden`, Okapi blacklist, Trados/Phrase forbidden terms). The suggested fix replaces it with the
 * rendering's replacement, else the concept's preferred rendering (a possessive `'s` is kept, and a
 * plural: `peak meetings` → `summits`).
 * Fires whether or not the source term is present: a forbidden rendering is house style; but when the
 * source has no form of the concept at all (not even in another case or inside an affixed word) the
 * words may well render something else, and the finding is info (`Jakarta Stock Exchange` for `Bursa
 * Efek Jakarta` when `Bursa Efek Indonesia` forbids it). A text
 * that another concept allows (`suspect`, forbidden for `terdakwa`, preferred for `tersangka`) is
 * reported only when the source has the forbidding concept and none that allows it. A
 * capitalised rendering inside a longer name ("America" in "South America", "Latin America") is a
 * different name, not the forbidden rendering: it is skipped. An acronym (`AS`, `PBB`) heads a longer
 * name only before a capitalised word (`AS Roma`); after one it is still the acronym (`the Jakarta AS
 * envoy`, `the Geneva PBB office`: reported), unless it is a company's, a code or initials.
 */
import { defineCheck, type Problem } from "../types";
import { acronymInName, capTo, conceptCap, findWord, forbiddenInLongerName, formInSource, preferredRendering, targetEntries } from "../util";
import { inflectLike } from "../../glossary/stem";
import type { TargetMatch } from "../../glossary/types";

/** Does the target hold an allowed (preferred or admitted) rendering of the concept? */
function renderedAllowed(entry: string, targetTerms: readonly TargetMatch[]): boolean {
  return targetTerms.some((t) => targetEntries(t).some((e) => e.entry === entry && e.status !== "forbidden"));
}

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
    const inSource = (entry: string): boolean => sourceTerms.some((s) => s.entry === entry);
    for (const t of targetTerms) {
      const entries = targetEntries(t);
      const forbidding = entries.filter((e) => e.status === "forbidden");
      if (forbidding.length === 0) continue;
      const hit = forbidding.find((e) => inSource(e.entry)) ?? forbidding[0]!;
      // a text one concept forbids and another allows (`suspect`: forbidden for `terdakwa`, the
      // rendering of `tersangka`) is the other concept's rendering, unless the source has the
      // forbidding concept and not the allowing one (`tersangka` → `defendant` is reported)
      const allowing = entries.filter((e) => e.status !== "forbidden");
      if (allowing.length > 0 && (!inSource(hit.entry) || allowing.some((e) => inSource(e.entry)))) continue;
      const concept = concepts?.get(hit.entry);
      const renderings = concept?.renderings ?? sourceTerms.find((s) => s.entry === hit.entry)?.renderings ?? [];
      const rule = renderings.find((r) => r.status === "forbidden" && r.text.toLowerCase() === hit.rendering.toLowerCase());
      const text = target.slice(t.start, t.end);
      // (a do-not-translate concept is written as in the source: `Indonesian Bank` → `Bank Indonesia`, not its short form)
      const dnt = concept?.dnt ? sourceTerms.find((s) => s.entry === hit.entry)?.source ?? concept.sources[0]?.text : undefined;
      const base = rule?.replacement ?? dnt ?? preferredRendering(renderings)?.text;
      // the suggestion keeps the number of the text it replaces (`peak meetings` → `summits`)
      const inflected = base === undefined ? undefined : inflectLike(text, hit.rendering, base);
      // (and its hyphens, written for the spaces of a compound: `a 25-base-point cut` → `25-basis-point`)
      const replacement = inflected !== undefined && /\s/.test(hit.rendering) && !/\s/.test(text) && text.includes("-") ? inflected.replace(/\s+/g, "-") : inflected;
      // (a longer name is no excuse when the source has the forbidding concept and the target none of
      // its allowed renderings: `DPR Tolak Usulan` → `Indonesian Parliament Rejects Proposal`, a headline)
      // (but a name written the same in the source is that name: `AS Roma`, `PT AS Teknologi`)
      if (forbiddenInLongerName(target, t.start, t.end, targetTerms) &&
        !(inSource(hit.entry) && !renderedAllowed(hit.entry, targetTerms) && !findWord(source, text, true))) continue;
      // (an acronym inside a company or product name — "AS-350", "PBB Logistics Inc" — is that name)
      if (acronymInName(target, t.start, t.end)) continue;
      // (the source has no form of the concept, not even in another case or inside an affixed word: the
      // words may render something else — `Jakarta Stock Exchange` for `Bursa Efek Jakarta`, the exchange
      // before 2007, when `Bursa Efek Indonesia` forbids it; `regional legislative body` for `DPRD` when
      // `DPR` forbids `legislative body`; a dam's `tidal wave`: house style, shown as info)
      const cap = inSource(hit.entry) || formInSource(source, concept) ? conceptCap(hit.entry, concepts) : capTo(conceptCap(hit.entry, concepts), "info");
      if (!replacement) {
        problems.push({ messageId: "forbiddenNoReplacement", data: { text, entry: hit.entry }, target: { start: t.start, end: t.end }, ...cap });
        continue;
      }
      const possessive = /['’]s?$/.exec(text)?.[0] ?? "";
      const fixText = possessive && !replacement.endsWith(possessive) ? replacement + possessive : replacement;
      problems.push({
        messageId: "forbidden",
        data: { text, replacement, entry: hit.entry },
        target: { start: t.start, end: t.end },
        fix: { start: t.start, end: t.end, text: fixText },
        ...cap,
      });
    }
    return problems;
  },
});

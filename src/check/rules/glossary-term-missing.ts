/**
 * glossary-term-missing — a glossary term of the source has none of its English renderings in the
 * target (OmegaT Terminology issue, Xbench Key Term Mismatch). Synonyms form an OR-set: any
 * preferred or admitted rendering satisfies the term. Skipped for concepts with no rendering (a
 * definition, not a constraint), do-not-translate concepts (glossary-dnt-changed) and when a
 * forbidden rendering of the concept is used (glossary-forbidden-term reports that, with the fix).
 * An elliptic coordination renders a term too ("Korea Utara dan Korea Selatan" → "North and South
 * Korea"). A title-case rendering counts in sentence case too ("Foreign Minister" in "the foreign
 * minister said"), and a rendering of several words as a hyphenated compound too ("flash flood" in
 * "flash-flood warning"), and initials written with full stops too ("US dollar" in "U.S. dollar"). An acronym inside a company or product name (`PT AS Teknologi`) is no occurrence,
 * nor is a weekday followed by its date (`Kamis (5/1/2024)` → `on Jan. 5`: wire style drops it). A
 * capital standing for its country rendered as the country is rendered (`Moskow` → `Russia`, which admits
 * `Moscow`; util's sourceTermAsRendering). A capital admitted for its country (`Washington` for `AS`) renders
 * it as its government (`AS menjatuhkan sanksi` → `Washington imposed sanctions`), not where the source names
 * the country as a place or its people (`warga AS` → `Washington residents`, `wilayah AS` → `Washington`).
 * The concept's enforcement level caps the severity; a place name modifying a title or institution
 * (`Presiden AS George W. Bush` → `President George W. Bush`) is at most a warning, unless the target
 * renders another concept of its domain the source lacks (`Pemerintah Jepang` → `The Chinese government`:
 * an error). Reported once per concept, on its first source
 * occurrence. A rendering that is part of a longer term of a concept the source lacks counts (`Dewan Keamanan (DK)
 * PBB` → `UN Security Council` renders `PBB`). A rendering close to an expected one is reported as misspelled with what was found
 * (`Vladimir Puttin`), and so is a concept rendered by a surname whose given name is misspelled
 * (`Jon Biden`, `Kim Jong Eun`; `Biden said` after a first mention is fine). Must not fire on an empty target.
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import type { Concept, SourceMatch, TargetMatch, TermRendering } from "../../glossary/types";
import { acronymInName, capTo, renderedAsItsCountry, closeRendering, conceptCap, fullNamesOf, misspelledName, nameRenderingsOf, targetMatchesOf, otherConceptRendered, placeModifier, conceptRendered, sentenceCaseRendering, hyphenatedRendering, weekdayWithDate, ellipticRendering, findWord, forbiddenFor, groupByEntry, isCopy, preferredRendering, renderingsOf, targetEntries } from "../util";

const notForbidden = (r: TermRendering): boolean => r.status !== "forbidden";

/**
 * A country's capital among its allowed renderings (`Washington` of the United States, `Kremlin` of Russia,
 * `Pyongyang` of North Korea): one word in title case whose first four letters no other rendering shares (not
 * `America`, which `American` shares; not `USA`, `DPRK`), which the glossary holds as a place of its own
 * (`washington`, `moscow`, `kremlin`; not `England` of Britain, a country's part, nor `Beijing`, no concept).
 */
function capitalRendering(r: TermRendering, renderings: readonly TermRendering[], entry: string, concepts: ReadonlyMap<string, Concept> | undefined): boolean {
  if (r.status === "forbidden" || !/^\p{Lu}\p{Ll}{3,}$/u.test(r.text)) return false;
  const head = r.text.slice(0, 4).toLowerCase();
  if (renderings.some((o) => o !== r && o.text.toLowerCase().split(/[\s-]+/).some((w) => w.startsWith(head)))) return false;
  const own = r.text.toLowerCase();
  for (const c of concepts?.values() ?? []) {
    if (c.id !== entry && (c.sources.some((f) => f.text.toLowerCase() === own) || c.renderings.some((x) => x.text.toLowerCase() === own))) return true;
  }
  return false;
}
/** Words before a country that make it a place or its people, not its government (`di AS`, `ke China`, `warga AS`, `wilayah AS`). */
const PLACE_BEFORE = /\b(?:di|ke|wilayah|warga|penduduk|rakyat|masyarakat|seluruh|daratan|perairan|pantai|orang|turis|wisatawan|mahasiswa|pelajar|buatan|asal|negeri)\s+$/i;
/**
 * Does the target render the concept only by its capital (capitalRendering) where every occurrence in the
 * source names the country as a place or its people (PLACE_BEFORE)? `AS menjatuhkan sanksi` → `Washington
 * imposed sanctions` is right (the government); `Badai melanda wilayah AS` → `hit Washington` is not.
 */
function capitalForPlace(source: string, target: string, all: readonly SourceMatch[], renderings: readonly TermRendering[], targetTerms: readonly TargetMatch[], concepts: ReadonlyMap<string, Concept> | undefined): boolean {
  if (!all.every((m) => PLACE_BEFORE.test(source.slice(Math.max(0, m.start - 16), m.start)))) return false;
  const entry = all[0]!.entry;
  const found = targetMatchesOf(entry, targetTerms);
  if (found.length === 0) return false;
  const capitals = renderings.filter((r) => capitalRendering(r, renderings, entry, concepts));
  return capitals.length > 0 && found.every((t) => capitals.some((r) => r.text.toLowerCase() === target.slice(t.start, t.end).toLowerCase()));
}

/** Initials written with full stops (`U.S.`, `U.N.`, `U.K.`): two capitals or more, each followed by a full stop. */
const DOTTED_INITIALS = /(?<![\p{L}.])(?:\p{Lu}\.){2,}/u;
const DOTTED_INITIALS_ALL = new RegExp(DOTTED_INITIALS.source, "gu");
/** Is `rendering` in `target` once its initials lose their full stops (`US dollar` in `the U.S. dollar`)? */
function dottedRendering(target: string, rendering: string, caseSensitive: boolean): boolean {
  if (!DOTTED_INITIALS.test(target)) return false;
  return findWord(target.replace(DOTTED_INITIALS_ALL, (m) => m.replace(/\./g, "")), rendering, caseSensitive) !== undefined;
}

/**
 * Is an allowed rendering a part of a longer term the target holds for a concept the source lacks? Two source
 * terms rendered as one English term: `Dewan Keamanan (DK) PBB` → `UN Security Council` renders `PBB` by its `UN`.
 * Not where the source has that concept itself (`Korea Utara … Korea` → `North Korea …`: `Korea` of North Korea).
 */
function nestedRendering(target: string, renderings: readonly TermRendering[], sourceTerms: readonly SourceMatch[], targetTerms: readonly TargetMatch[]): boolean {
  for (const t of targetTerms) {
    const entries = targetEntries(t);
    if (entries.some((e) => e.status === "forbidden" || sourceTerms.some((m) => m.entry === e.entry))) continue;
    const text = target.slice(t.start, t.end);
    if (renderings.some((r) => r.status !== "forbidden" && r.text.length < text.length && findWord(text, r.text, r.caseSensitive) !== undefined)) return true;
  }
  return false;
}

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
      misspelled: "Glossary term “{{term}}” is misspelled in the target: found “{{found}}”, expected “{{expected}}”.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (sourceTerms.length === 0 || !target.trim()) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const all of groupByEntry(sourceTerms).values()) {
      if (all[0]!.dnt) continue;
      const entry = all[0]!.entry;
      let renderings = renderingsOf(all[0]!, concepts);
      // (the allowed renderings: preferred and admitted)
      if (!renderings.some(notForbidden)) continue;
      // (a capital for its country where the source names the country as a place or its people: `warga AS` →
      // `Washington residents`, `ke China` → `to Beijing` render no country; the capital's own renderings set aside)
      const place = capitalForPlace(source, target, all, renderings, targetTerms, concepts);
      if (place) renderings = renderings.filter((r) => !capitalRendering(r, renderings, entry, concepts));
      if (!place && conceptRendered(entry, renderings, targetTerms)) {
        // (rendered by a surname whose given name is misspelled: `Jon Biden`, `Kim Jong Eun`)
        // (only concepts with a full name: most are none, and then nothing more is read)
        const fullNames = fullNamesOf(renderings);
        const named = fullNames.length === 0 ? undefined : misspelledName(source, target, fullNames, targetMatchesOf(entry, targetTerms));
        if (named && !dottedRendering(target, named.expected, true)) problems.push({ messageId: "misspelled", data: { term: all[0]!.text, found: named.found, expected: named.expected, entry }, source: { start: all[0]!.start, end: all[0]!.end }, target: { start: named.start, end: named.end }, ...conceptCap(entry, concepts) });
        continue;
      }
      if (forbiddenFor(entry, targetTerms)) continue;
      // (a capital standing for its country, rendered as the country: `Moskow` → `Russia`, which admits `Moscow`)
      if (renderedAsItsCountry(all[0]!, targetTerms, concepts)) continue;
      if (renderings.some((r) => r.status !== "forbidden" && ellipticRendering(target, r.text) !== undefined)) continue;
      if (renderings.some((r) => r.status !== "forbidden" && r.caseSensitive && sentenceCaseRendering(target, r.text))) continue;
      // (a rendering of several words as a hyphenated compound: `banjir bandang` → `flash-flood warning`)
      if (renderings.some((r) => r.status !== "forbidden" && hyphenatedRendering(target, r.text, r.caseSensitive))) continue;
      // (initials written with full stops, AP style: `U.S. dollar` renders `US dollar`, `U.N. envoy` `UN envoy`)
      if (renderings.some((r) => r.status !== "forbidden" && dottedRendering(target, r.text, r.caseSensitive))) continue;
      // (a part of a longer term of a concept the source lacks: `Dewan Keamanan (DK) PBB` → `UN Security Council`)
      if (nestedRendering(target, renderings, sourceTerms, targetTerms)) continue;
      // (only now, for the few missing ones: occurrences that are no occurrence of the concept)
      const concept = concepts?.get(entry);
      const first = all.find((m) => !acronymInName(source, m.start, m.end) && !weekdayWithDate(source, m.end, concept));
      if (!first) continue;
      const expected = (preferredRendering(renderings) ?? renderings.find(notForbidden)!).text;
      const left = findWord(target, first.text, false);
      // (a rendering misspelled, `Vladimir Puttin`: say what was found)
      const names = left ? [] : nameRenderingsOf(renderings);
      const close = names.length === 0 ? undefined : closeRendering(target, names);
      problems.push({
        ...(close ? { messageId: "misspelled", data: { term: first.text, found: close.found, expected: close.expected, entry }, target: { start: close.start, end: close.end } }
          : { messageId: left ? "untranslated" : "missing", data: { term: first.text, expected, entry } }),
        source: { start: first.start, end: first.end },
        ...(left ? { target: left } : {}),
        // a place name modifying a title is often dropped (`Presiden AS Bush` → `President Bush`): at most a
        // warning — unless the target names another place the source does not (`Pemerintah Jepang` → `The Chinese government`)
        ...(concept?.domain === "geo" && placeModifier(source, first.start) && !otherConceptRendered(source, concept.domain, sourceTerms, targetTerms, concepts)
          ? capTo(conceptCap(entry, concepts), "warning") : conceptCap(entry, concepts)),
      });
    }
    return problems.length && isCopy(source, target) ? NO_PROBLEMS : problems;
  },
});

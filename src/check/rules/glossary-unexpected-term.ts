/**
 * glossary-unexpected-term — the target contains a rendering of a glossary concept that does not
 * occur in the source (an added or mistranslated term; Xbench/Okapi "inconsistency in source" at term
 * level). A rendering shared with a concept of the source is expected. Forbidden renderings are left
 * to glossary-forbidden-term. A capitalised rendering inside a longer name ("America" in "South
 * America") is another name. A source form in another case or inside an affixed word explains the
 * rendering ("barat" → "the West", "persenjataan" → "weaponry"), so does a modifier of a common noun's
 * form of several words for a one-word rendering ("puncak" of "pertemuan puncak" → a mountain's "summit";
 * not its head: "kapal" of "kapal selam" → "submarine" is reported), and so does a capitalised rendering
 * written the same in the source (a surname on second mention: "Kim" → "Kim"). A month name inside an
 * English date renders a numeric date of the source in that month ("Senin (3/12)" → "Monday (Dec. 3)").
 * A currency in a bracketed conversion the English adds (`Rp 15,000 (about US$1)`) is no added term, nor
 * is a case-sensitive one-word rendering in a title-case headline (`Fire Gutted 4 Houses` for `=House`).
 * A one-word rendering that heads a longer one renders the head the source says alone (`dolar` → `the dollar`,
 * for `dolar AS` → `US dollar`). Not reported on a copied target (target-same-as-source).
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import type { Concept } from "../../glossary/types";
import { acronymInName, conceptCap, findWord, inConversion, insideLongerName, isCopy, looselyInSource, renderingsOf, sameFolded, sourceTermAsRendering, targetEntries } from "../util";
import { extractNumbers, type NumberToken } from "../../text/numbers";

/**
 * Is a one-word rendering the head of a rendering of several words (`dollar` of `US dollar`) whose head the
 * source says alone, the first word of a source form of several words (`dolar` of `dolar AS`: `rupiah melemah
 * terhadap dolar` → `against the dollar`)? The concept said without its modifier, on both sides.
 */
function headInSource(source: string, concept: Concept | undefined, rendering: string): boolean {
  if (!concept || /\s/.test(rendering)) return false;
  const lower = rendering.toLowerCase();
  if (!concept.renderings.some((r) => r.status !== "forbidden" && /\s/.test(r.text) && r.text.toLowerCase().endsWith(" " + lower))) return false;
  return concept.sources.some((f) => {
    const head = /^(\p{Ll}{4,})\s/u.exec(f.text);
    return head !== null && findWord(source, head[1]!, false) !== undefined;
  });
}

/** Is the rendering a case-sensitive one-word rendering of the concept (`=House`, `=Kremlin`)? */
function caseSensitiveWord(concept: Concept | undefined, rendering: string): boolean {
  return !/\s/.test(rendering) && concept?.renderings.some((r) => r.text === rendering && r.caseSensitive) === true;
}

const HEADLINE_SMALL = new Set(["a", "an", "the", "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "by", "with", "from", "as", "vs", "via", "per", "into", "over"]);
/**
 * A title-case headline: no final full stop, at least three words of letters, each capitalised
 * except the small words English headlines write in lower case (`Fire Gutted 4 Houses and 1 Spare
 * Parts Warehouse`). Only read for a rendering about to be reported.
 */
export function titleCaseHeadline(text: string): boolean {
  const t = text.trim();
  if (t === "" || /[.!?]["'’”)]*$/.test(t) && !/\b\p{Lu}\.$/u.test(t)) return false;
  let words = 0;
  for (const w of t.match(/\p{L}[\p{L}\p{M}'’]*/gu) ?? []) {
    if (HEADLINE_SMALL.has(w)) continue;
    if (!/^\p{Lu}/u.test(w)) return false;
    words++;
  }
  return words >= 3;
}

/** The month (1–12) of a date token's value (`2026-12-03`, `2026-12`, `--12-03`), or 0. */
function monthOfDate(t: NumberToken): number {
  if (t.kind !== "date") return 0;
  const m = /^(?:\d+|-)-(\d\d)/.exec(t.value);
  return m ? Number(m[1]) : 0;
}

/**
 * Does target[start, end) lie inside an English date whose month is the month of a date in the
 * source? (A numeric Indonesian date, `(3/12)`, is written with a month name in English, `(Dec. 3)`:
 * the month renders the date, which number-mismatch compares.)
 */
function monthOfSourceDate(source: string, target: string, start: number, end: number, cache: { months?: Set<number>; dates?: NumberToken[] }): boolean {
  cache.dates ??= extractNumbers(target, "en").filter((t) => t.kind === "date");
  const date = cache.dates.find((t) => t.start <= start && end <= t.end);
  if (!date) return false;
  cache.months ??= new Set(extractNumbers(source, "id").map(monthOfDate).filter((m) => m > 0));
  return cache.months.has(monthOfDate(date));
}

export default defineCheck({
  meta: {
    id: "glossary-unexpected-term",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "terms", when: ["unexpected-rendering"] },
    description: "The target contains a rendering of a glossary term that does not occur in the source.",
    messages: {
      unexpected: "“{{text}}” renders glossary term “{{entry}}”, which is not in the source.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTerms, targetTerms, concepts }) {
    if (targetTerms.length === 0) return NO_PROBLEMS;
    // (a rendering or source form of a source term, in any case: compared in place, no set made)
    const explained = (rendering: string): boolean => {
      for (const s of sourceTerms) {
        if (sameFolded(s.source, rendering)) return true;
        for (const r of renderingsOf(s, concepts)) if (sameFolded(r.text, rendering)) return true;
      }
      return false;
    };
    const problems: Problem[] = [];
    const dates = {};
    for (const t of targetTerms) {
      const es = targetEntries(t);
      if (es.every((e) => e.status === "forbidden")) continue;
      if (es.some((e) => sourceTerms.some((s) => s.entry === e.entry))) continue;
      if (es.some((e) => explained(e.rendering))) continue;
      if (es.some((e) => looselyInSource(source, concepts?.get(e.entry), e.rendering) || headInSource(source, concepts?.get(e.entry), e.rendering))) continue;
      // (a capital standing for its country, `Seoul menangguhkan …` → `South Korea suspended …`: a source term is
      // written as a rendering of the target's concept)
      if (es.some((e) => sourceTermAsRendering(sourceTerms, concepts?.get(e.entry), concepts) !== undefined)) continue;
      // a name written the same in the source ("Kim" → "Kim", a surname on second mention) explains itself
      if (/^\p{Lu}/u.test(target.slice(t.start, t.end)) && findWord(source, target.slice(t.start, t.end), true)) continue;
      if (insideLongerName(target, t.start, t.end, targetTerms)) continue;
      // (an acronym inside a company or product name — "AS-350", "PBB Logistics Inc" — is that name)
      if (acronymInName(target, t.start, t.end)) continue;
      if (monthOfSourceDate(source, target, t.start, t.end, dates)) continue;
      // (a currency in a conversion the English adds, `Rp 15,000 (about US$1)`, renders nothing of the source)
      if (inConversion(target, t.start, t.end)) continue;
      // (a one-word name in a title-case headline, `Fire Guts 4 Houses` for `=House`: the capital is the headline's)
      if (es.every((e) => caseSensitiveWord(concepts?.get(e.entry), e.rendering)) && titleCaseHeadline(target)) continue;
      problems.push({
        messageId: "unexpected",
        data: { text: target.slice(t.start, t.end), entry: t.entry },
        target: { start: t.start, end: t.end },
        ...conceptCap(t.entry, concepts),
      });
    }
    return problems.length && isCopy(source, target) ? NO_PROBLEMS : problems;
  },
});

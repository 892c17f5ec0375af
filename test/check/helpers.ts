/**
 * Valid/invalid table tester for checks (our ESLint RuleTester), and the small glossary the unit
 * tests use (compiled with the real matcher).
 */
import { compileGlossary, type Concept } from "../../src/glossary";
import type { CheckInput, PairCheck, CorpusCheck, Problem } from "../../src/check/types";
import { tokenize } from "../../src/glossary/tokenize";

const form = (text: string, caseSensitive = false) => ({ text, caseSensitive });
const r = (text: string, status: "preferred" | "admitted" | "forbidden", replacement?: string, caseSensitive = false) =>
  replacement ? { text, status, caseSensitive, replacement } : { text, status, caseSensitive };

export const TEST_CONCEPTS: Concept[] = [
  { id: "north-korea", sources: [form("Korea Utara"), form("Korut")], renderings: [r("North Korea", "preferred"), r("DPRK", "admitted"), r("Korea North", "forbidden"), r("N. Korea", "forbidden")], dnt: false },
  { id: "south-korea", sources: [form("Korea Selatan"), form("Korsel")], renderings: [r("South Korea", "preferred")], dnt: false },
  { id: "united-states", sources: [form("AS", true), form("Amerika Serikat")], renderings: [r("United States", "preferred"), r("U.S.", "admitted", undefined, true), r("US", "admitted", undefined, true), r("America", "forbidden", "United States"), r("AS", "forbidden", "United States", true)], dnt: false },
  { id: "white-house", sources: [form("Gedung Putih", true)], renderings: [r("White House", "preferred", undefined, true)], dnt: false },
  { id: "kcna", sources: [form("KCNA", true)], renderings: [], dnt: true },
  { id: "rodong-sinmun", sources: [form("Rodong Sinmun")], renderings: [r("Workers' Newspaper", "forbidden", "Rodong Sinmun")], dnt: true },
  { id: "ballistic-missile", sources: [form("rudal balistik")], renderings: [r("ballistic missile", "preferred")], dnt: false },
  { id: "summit", sources: [form("KTT"), form("konferensi tingkat tinggi"), form("pertemuan puncak")], renderings: [r("summit", "preferred")], dnt: false },
  { id: "sanctions", sources: [form("sanksi")], renderings: [r("sanctions", "preferred"), r("sanction", "admitted")], dnt: false },
  { id: "dmz", sources: [form("DMZ", true), form("Zona Demiliterisasi")], renderings: [r("DMZ", "preferred", undefined, true), r("Demilitarized Zone", "admitted")], dnt: false },
  { id: "kremlin", sources: [form("Kremlin")], renderings: [r("Kremlin", "preferred")], dnt: false },
  { id: "strategic-partnership", sources: [form("kemitraan strategis")], renderings: [r("strategic partnership", "preferred")], dnt: false },
  { id: "kim-jong-un", sources: [form("Kim Jong Un")], renderings: [r("Kim Jong Un", "preferred"), r("Kim Jong-un", "admitted")], dnt: false },
  { id: "note-only", sources: [form("barat")], renderings: [], dnt: false },
  { id: "december", sources: [form("Desember", true)], renderings: [r("December", "preferred", undefined, true), r("Dec", "admitted", undefined, true)], dnt: false },
];

export const TEST_MATCHER = compileGlossary(TEST_CONCEPTS);

export function input(source: string, target: string, withGlossary = true): CheckInput {
  return {
    source, target,
    sourceTerms: withGlossary ? TEST_MATCHER.matchSource(source) : [],
    targetTerms: withGlossary ? TEST_MATCHER.matchTarget(target) : [],
    concepts: TEST_MATCHER.concepts,
  };
}

/** The input with both texts' tokens (CheckInput.sourceTokens/targetTokens), as the audit gives them. */
export function withTokens(i: CheckInput): CheckInput {
  return { ...i, sourceTokens: tokenize(i.source), targetTokens: tokenize(i.target) };
}

export interface Case<O> { source: string; target: string; options?: Partial<O>; name?: string }
export interface InvalidCase<O> extends Case<O> { errors: Partial<Problem>[] }

export function testCheck<O extends object>(check: PairCheck<O>, cases: { valid: Case<O>[]; invalid: InvalidCase<O>[] }): void {
  describe(check.meta.id, () => {
    // (each case twice: as the session and the pairs file ask, and with both texts' tokens, as the audit
    // asks: a check that reads the tokens instead of the text must report the same)
    it.each(cases.valid.map((c) => [c.name ?? `${c.source} → ${c.target}`, c] as const))("valid: %s", (_n, c) => {
      expect(check.check(input(c.source, c.target), { ...check.defaultOptions, ...c.options } as O)).toEqual([]);
      expect(check.check(withTokens(input(c.source, c.target)), { ...check.defaultOptions, ...c.options } as O)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name ?? `${c.source} → ${c.target}`, c] as const))("invalid: %s", (_n, c) => {
      expect(c.errors.length).toBeGreaterThan(0);
      const problems = check.check(input(c.source, c.target), { ...check.defaultOptions, ...c.options } as O);
      expect(problems).toEqual(c.errors.map((e) => expect.objectContaining(e)));
      for (const p of problems) expect(Object.keys(check.meta.messages)).toContain(p.messageId);
      expect(check.check(withTokens(input(c.source, c.target)), { ...check.defaultOptions, ...c.options } as O)).toEqual(problems);
    });
    it("never throws on odd text", () => {
      for (const [s, t] of ODD) expect(() => check.check(input(s, t), check.defaultOptions)).not.toThrow();
    });
  });
}

export const ODD: [string, string][] = [
  ["", ""], ["\u0000", "\u0000"], ["\ud800", "\udfff"], ["(((", ")))"], ["“", "”"], ["   ", "\t\n"],
  ["Korea Utara".repeat(200), "North Korea"], ["1.2.3.4,5,6/7/8", "9/99/999"], ["ke-", "1st2nd"],
];

/** Runs a corpus check on pairs and returns the problems sorted by index. */
export function runCorpus<O extends object>(check: CorpusCheck<O>, pairs: [string, string][], options: Partial<O> = {}) {
  return check.checkCorpus(pairs.map(([s, t]) => input(s, t)), { ...check.defaultOptions, ...options } as O).sort((a, b) => a.index - b.index);
}

export interface CorpusCase<O> { name: string; pairs: [string, string][]; options?: Partial<O> }
export interface InvalidCorpusCase<O> extends CorpusCase<O> { errors: (Partial<Problem> & { index: number })[] }

/** The valid/invalid table tester for corpus-level checks: each case is a whole corpus. */
export function testCorpusCheck<O extends object>(check: CorpusCheck<O>, cases: { valid: CorpusCase<O>[]; invalid: InvalidCorpusCase<O>[] }): void {
  describe(check.meta.id, () => {
    it.each(cases.valid.map((c) => [c.name, c] as const))("valid: %s", (_n, c) => {
      expect(runCorpus(check, c.pairs, c.options)).toEqual([]);
    });
    it.each(cases.invalid.map((c) => [c.name, c] as const))("invalid: %s", (_n, c) => {
      expect(c.errors.length).toBeGreaterThan(0);
      expect(runCorpus(check, c.pairs, c.options)).toEqual(c.errors.map((e) => expect.objectContaining(e)));
    });
    it("never throws on odd text", () => {
      expect(() => runCorpus(check, ODD)).not.toThrow();
      expect(() => runCorpus(check, [])).not.toThrow();
    });
  });
}

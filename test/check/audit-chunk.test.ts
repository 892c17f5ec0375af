/**
 * The chunk audit's per-pair shortcuts (src/check/audit-stream.ts auditChunk) against their slow
 * oracles: what a check that reads the target's glossary matches is given equals the matcher's own
 * match objects; the packed findings read back equal the findings the checks reported.
 */
import { auditChunk, auditPairs, FindingReader, knownSources } from "../../src/check/audit-stream";
import { oracleAudit } from "../helpers/audit-oracle";
import { checks } from "../../src/check/registry";
import { runChecks } from "../../src/check/run";
import type { CheckInput } from "../../src/check/types";
import { compileGlossary } from "../../src/glossary";
import type { GlossaryMatcher, TargetMatch } from "../../src/glossary/types";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";

/**
 * A matcher through the GlossaryMatcher interface alone (no flat output, no tokens of its own): the
 * audit then gives a target-terms check the target's matches itself, whatever else the check could
 * take its spans from.
 */
function plainMatcher(concepts: Parameters<typeof compileGlossary>[0]): GlossaryMatcher {
  const m = compileGlossary(concepts);
  return { concepts: m.concepts, matchSource: (t) => m.matchSource(t), matchTarget: (t) => m.matchTarget(t) };
}

describe("a check that reads the target's matches (needs.reads target-terms)", () => {
  afterEach(() => jest.restoreAllMocks());

  it("is given matches equal to the matcher's, field by field, on every pair", () => {
    const concepts = generateConcepts(300, 5);
    const pairs = generatePairs(2000, concepts, 13);
    const check = checks["target-indonesian"];
    const original = check.check.bind(check);
    const seen: { target: string; terms: Record<string, unknown>[] }[] = [];
    jest.spyOn(check, "check").mockImplementation((input: CheckInput, options) => {
      // every field read while the check runs (what a check may read)
      seen.push({ target: input.target, terms: input.targetTerms.map((t) => ({ ...fields(t) })) });
      return original(input, options as typeof check.defaultOptions);
    });
    auditChunk(pairs, 0, plainMatcher(concepts), knownSources(concepts));
    expect(seen.length).toBe(pairs.length);
    let matches = 0;
    const oracle = compileGlossary(concepts);
    seen.forEach((s, i) => {
      expect(s.target).toBe(pairs[i]!.target);
      const expected = oracle.matchTarget(s.target).map(fields);
      expect(s.terms).toEqual(expected);
      matches += expected.length;
    });
    expect(matches).toBeGreaterThan(1000);
  });

  it("is given matches that, read after the check returned, give their pair's values or throw (never another pair's)", () => {
    const concepts = generateConcepts(50, 5);
    const pairs = generatePairs(200, concepts, 3);
    const check = checks["target-indonesian"];
    const kept: { target: string; k: number; t: TargetMatch }[] = [];
    const original = check.check.bind(check);
    jest.spyOn(check, "check").mockImplementation((input: CheckInput, options) => {
      input.targetTerms.forEach((t, k) => kept.push({ target: input.target, k, t }));
      return original(input, options as typeof check.defaultOptions);
    });
    auditChunk(pairs, 0, plainMatcher(concepts), knownSources(concepts));
    const oracle = compileGlossary(concepts);
    let threw = 0;
    for (const { target, k, t } of kept) {
      const expected = fields(oracle.matchTarget(target)[k]!);
      // the span and the text are the match's own
      expect([t.start, t.end, t.text]).toEqual([expected.start, expected.end, expected.text]);
      let got: Record<string, unknown> | undefined;
      try {
        got = fields(t);
      } catch (e) {
        expect(String(e)).toMatch(/Invariant failed: a target match read after its pair was checked/);
        threw++;
      }
      if (got) expect(got).toEqual(expected);
    }
    expect(threw).toBeGreaterThan(0);
  });
});

describe("the packed findings of a chunk", () => {
  it("read back as the findings runChecks reports (check, severity, message, data names and values in order)", () => {
    const concepts = generateConcepts(300, 5);
    // a finding on most pairs (numbers changed), glossary findings with several data names
    const pairs = generatePairs(3000, concepts, 17).map((p, i) => (i % 3 === 0 ? { ...p, target: p.target.replace(/ people\.$/, " people, 7 of them hurt.") } : p));
    const matcher = compileGlossary(concepts);
    const chunk = auditChunk(pairs, 0, matcher, knownSources(concepts));
    const reader = new FindingReader(chunk.found);
    const got = Array.from({ length: reader.length }, (_x, k) => reader.read(k, pairs[reader.pair(k)]!.ref));
    const pairCheck = (id: string) => (checks as Record<string, { meta: { scope: string } }>)[id]!.meta.scope === "pair";
    const expected = runChecks(pairs, { matcher }).findings.filter((f) => pairCheck(f.checkId)).map((f) => ({
      ref: pairs[f.index]!.ref, checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data ?? {}, suppressed: false,
    }));
    expect(expected.length).toBeGreaterThan(1000);
    expect(new Set(expected.map((f) => Object.keys(f.data).length)).size).toBeGreaterThan(1);
    expect(got).toEqual(expected);
  });
});

/** The fields of a target match a check may read. */
function fields(t: TargetMatch): Record<string, unknown> {
  const ex = t as TargetMatch & { entries?: unknown };
  return { start: t.start, end: t.end, text: t.text, rendering: t.rendering, entry: t.entry, status: t.status, entries: ex.entries };
}

describe("a run without consistency checks", () => {
  it("computes no consistency keys and reports what the oracle reports with the same configuration", () => {
    const concepts = generateConcepts(300, 5);
    const pairs = generatePairs(3000, concepts, 11);
    const matcher = compileGlossary(concepts);
    // with them (the default), the sample has conflicts
    expect(auditPairs(pairs, concepts, matcher, { chunkSize: 700 }).conflicts.length).toBeGreaterThan(0);
    for (const disable of [["inconsistent-rendering", "reused-rendering"], ["reused-rendering"]] as const) {
      const config = { disable: [...disable] };
      const got = auditPairs(pairs, concepts, matcher, { chunkSize: 700, config });
      expect(JSON.stringify(got)).toBe(JSON.stringify(oracleAudit(pairs, concepts, { config })));
      if (disable.length === 2) {
        expect(got.conflicts).toEqual([]);
        const chunk = auditChunk(pairs, 0, matcher, knownSources(concepts), { config });
        expect(chunk.keys.every((k) => k === 0)).toBe(true);
      }
    }
  });
});

/**
 * The audit engine (src/check/audit-stream.ts, run by src/app/audit-workers.ts for `selaras audit`,
 * the pipeline, the library and the bench) gives exactly the report of the oracle
 * (test/helpers/audit-oracle.ts: runChecks over every pair with every check, suppressions applied as
 * checkDatabase applies them, then buildAudit) on the shipped corpus with the shipped glossary and
 * suppressions and on generated data (numbers, forms, glossary, suppressions), however the pairs are
 * cut into chunks and whichever thread audits them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditChunk, auditPairs, auditPlan, FindingReader, knownSources, mergeAudit } from "../../src/check/audit-stream";
import type { PairToCheck } from "../../src/check/run";
import { compileGlossary, type Concept } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";
import { parseTranslations, TRANSLATIONS_EXTENSION, type RenderingRecord } from "../../src/translations/format";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";
import { oracleAudit, type OracleSuppression } from "../helpers/audit-oracle";
import { pairHash, readSuppressionsFile } from "../../src/app/check";
import { REPO } from "../helpers/cli";
import { auditPairsParallel } from "../../src/app/audit-workers";
import { FIXTURES, loadLabelled } from "./labelled";

function straightforward(pairs: readonly PairToCheck[], concepts: Concept[]): string {
  return JSON.stringify(oracleAudit(pairs, concepts));
}

function shippedPairs(): (PairToCheck & { document: string })[] {
  const dir = path.join(REPO, "translations");
  const pairs: (PairToCheck & { document: string })[] = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith(TRANSLATIONS_EXTENSION)).sort()) {
    const file = path.join(dir, f);
    for (const r of parseTranslations(fs.readFileSync(file, "utf8"), file)) {
      if (r.kind !== "rendering" || (r as RenderingRecord).text === undefined) continue;
      const rec = r as RenderingRecord;
      pairs.push({ ref: `${rec.document}:${rec.ordinals.join("+")}`, document: rec.document, source: rec.source, target: rec.text! });
    }
  }
  return pairs;
}

describe("the audit engine = the oracle (runChecks over every check, suppressions, buildAudit)", () => {
  it("on the shipped corpus with the shipped glossary and suppressions, through the engine's entry (threads, suppressions)", async () => {
    const concepts = loadGlossary(path.join(REPO, "glossary"));
    const pairs = shippedPairs();
    const suppressions: OracleSuppression[] = readSuppressionsFile(path.join(REPO, "translations", "suppressions.tsv"));
    expect(suppressions.length).toBeGreaterThan(0);
    const expected = oracleAudit(pairs, concepts, { suppressions });
    expect(expected.counts.suppressed).toBeGreaterThan(0);
    expect(expected.findings.length).toBeGreaterThan(0);
    for (const workers of [1, 2]) {
      const run = await auditPairsParallel(pairs, concepts, { suppressions, workers, chunkSize: 40, minPairsPerWorker: 1 });
      expect(JSON.stringify({ ...run.report, lapsed: run.lapsed, unused: run.unused })).toBe(JSON.stringify(expected));
    }
  }, 60_000);

  it("on generated pairs with number and form errors, glossary errors, suppressions used, unused and lapsed", async () => {
    const concepts = generateConcepts(300, 21);
    const pairs = generatePairs(4000, concepts, 17).map((p, i) => {
      const document = p.ref.slice(0, p.ref.indexOf(":"));
      // number errors, double spaces, missing end punctuation, unpaired brackets, a copied source
      const target = i % 7 === 0 ? p.target.replace(/ people\.$/, " people, 12 of them hurt.")
        : i % 11 === 0 ? p.target.replace(" ", "  ")
          : i % 13 === 0 ? p.target.replace(/\.$/, "")
            : i % 17 === 0 ? `(${p.target}`
              : i % 19 === 0 ? p.source : p.target;
      return { ...p, document, target };
    });
    const at = (i: number) => pairs[i]!;
    const suppressions: OracleSuppression[] = [
      ...[0, 7, 14, 700].map((i) => ({ document: at(i).document, checkId: "number-mismatch", pairHash: pairHash(at(i).source, at(i).target) })),
      { document: at(11).document, checkId: "double-space", pairHash: pairHash(at(11).source, at(11).target) },
      // unused: the pair has no such finding; lapsed: the texts changed since
      { document: at(1).document, checkId: "unpaired-symbol", pairHash: pairHash(at(1).source, at(1).target) },
      { document: at(2).document, checkId: "number-mismatch", pairHash: pairHash(at(2).source, "an older rendering") },
    ];
    const expected = oracleAudit(pairs, concepts, { suppressions });
    for (const id of ["number-mismatch", "double-space", "end-punctuation", "unpaired-symbol", "target-same-as-source", "glossary-term-missing", "inconsistent-rendering"]) {
      expect(expected.byCheck[id]).toBeGreaterThan(0);
    }
    expect(expected.counts.suppressed).toBeGreaterThanOrEqual(5);
    expect(expected.lapsed).toEqual([6]);
    expect(expected.unused).toEqual([5]);
    for (const [workers, chunkSize] of [[1, 5000], [1, 333], [3, 250]] as const) {
      const run = await auditPairsParallel(pairs, concepts, { suppressions, workers, chunkSize, minPairsPerWorker: 1 });
      expect(JSON.stringify({ ...run.report, lapsed: run.lapsed, unused: run.unused })).toBe(JSON.stringify(expected));
    }
  }, 120_000);

  it("on the shipped corpus with the shipped glossary (whole, and in chunks of 7 pairs)", () => {
    const concepts = loadGlossary(path.join(REPO, "glossary"));
    const pairs = shippedPairs();
    expect(pairs.length).toBeGreaterThan(100);
    const expected = straightforward(pairs, concepts);
    const report = JSON.parse(expected) as { conceptAudits: unknown[]; candidates: unknown[] };
    expect(report.conceptAudits.length).toBeGreaterThan(10);
    expect(report.candidates.length).toBeGreaterThan(0);
    const matcher = compileGlossary(concepts);
    expect(JSON.stringify(auditPairs(pairs, concepts, matcher))).toBe(expected);
    expect(JSON.stringify(auditPairs(pairs, concepts, matcher, { chunkSize: 7 }))).toBe(expected);
  });

  it("on the labelled pairs (every glossary trap) with their glossary", () => {
    const pairs = loadLabelled().map((l) => ({ ref: l.id, source: l.source, target: l.target }));
    const concepts = loadGlossary(path.join(FIXTURES, "glossary"));
    const expected = straightforward(pairs, concepts);
    const report = JSON.parse(expected) as { byCheck: Record<string, number> };
    for (const id of ["glossary-count-mismatch", "glossary-dnt-changed", "glossary-forbidden-term", "glossary-term-missing", "glossary-unexpected-term"]) {
      expect(report.byCheck[id]).toBeGreaterThan(0);
    }
    expect(JSON.stringify(auditPairs(pairs, concepts, compileGlossary(concepts), { chunkSize: 10 }))).toBe(expected);
  });

  it("on a generated sample (violations, forbidden uses, conflicts, candidates), chunks merged in any order", () => {
    const concepts = generateConcepts(300, 5);
    const pairs = generatePairs(3000, concepts, 11);
    // a few capitalised names and acronyms for the candidate list, and a pair with no target
    pairs.push({ ref: "extra:1", source: "Menteri Luar Negeri Retno Marsudi bertemu pejabat ASEAN di Jakarta.", target: "Foreign Minister Retno Marsudi met ASEAN officials in Jakarta." });
    pairs.push({ ref: "extra:2", source: "Retno Marsudi mengatakan ASEAN bersatu.", target: "" });
    const expected = straightforward(pairs, concepts);
    const report = JSON.parse(expected) as { conflicts: unknown[]; byCheck: Record<string, number>; conceptAudits: { violations: unknown[]; forbidden: unknown[] }[] };
    expect(report.conflicts.length).toBeGreaterThan(0);
    expect(Object.keys(report.byCheck).length).toBeGreaterThanOrEqual(5);
    expect(report.conceptAudits.some((c) => c.forbidden.length > 0)).toBe(true);
    const matcher = compileGlossary(concepts);
    for (const chunkSize of [1000, 333]) {
      expect(JSON.stringify(auditPairs(pairs, concepts, matcher, { chunkSize }))).toBe(expected);
    }
    // chunks produced out of order (as worker threads finish them) merge to the same report
    const known = knownSources(concepts);
    const chunks = [];
    for (let s = 0; s < pairs.length; s += 500) chunks.push(auditChunk(pairs.slice(s, s + 500), s, matcher, known));
    expect(JSON.stringify(mergeAudit(pairs, chunks.reverse(), concepts))).toBe(expected);
  });
});

describe("streaming consistency checks (pairs picked by a hash of their normalised texts)", () => {
  it("find the conflicts of texts that are equal only once normalised (spaces, quotes, NBSP, case for reused-rendering)", () => {
    const concepts = generateConcepts(50, 3);
    const pairs: PairToCheck[] = [
      { ref: "a:1", source: "Kata dia, \"ya\".", target: "He said yes." },
      { ref: "a:2", source: "Kata  dia, \"ya\".", target: "He said: yes." },
      { ref: "a:3", source: " Kata dia,\u00a0“ya”. ", target: "He said yes." },
      { ref: "a:4", source: "Pejabat itu pergi.", target: "The official left." },
      { ref: "a:5", source: "pejabat itu pergi", target: "The official left." },
      { ref: "a:6", source: "Pejabat itu pulang.", target: "The  official left." },
      { ref: "a:7", source: "Tidak ada.", target: "   " },
      { ref: "a:8", source: "Tidak ada.", target: "None." },
      { ref: "a:9", source: "Tidak ada.", target: "Nothing." },
      { ref: "a:10", source: "", target: "Nothing." },
    ];
    const expected = straightforward(pairs, concepts);
    const report = JSON.parse(expected) as { conflicts: { kind: string; variants: unknown[] }[] };
    expect(report.conflicts.map((c) => [c.kind, c.variants.length])).toEqual([
      ["inconsistent-rendering", 2], ["reused-rendering", 3], ["inconsistent-rendering", 2],
    ]);
    expect(JSON.stringify(auditPairs(pairs, concepts, compileGlossary(concepts), { chunkSize: 3 }))).toBe(expected);
  });
});

describe("consistency keys from the matcher's tokens", () => {
  it("group a plain text with the texts that normalise to it, and never report texts that differ only in case or spacing", () => {
    const concepts = generateConcepts(50, 3);
    const pairs: PairToCheck[] = [
      // equal once normalised: a plain text, then non-plain texts of the same normal form
      { ref: "b:1", source: "Ia berkata \"ya\" - lalu pergi.", target: "He said yes and left." },
      { ref: "b:2", source: "Ia  berkata \u201cya\u201d \u2013 lalu pergi.", target: "He said \"yes\", then left." },
      { ref: "b:3", source: "\tIa berkata\u00a0\"ya\" - lalu pergi.\n", target: "He said yes and left." },
      // same tokens, different texts (case, spaces around punctuation): no conflict between them
      { ref: "b:4", source: "Rapat ditunda.", target: "The meeting was postponed." },
      { ref: "b:5", source: "RAPAT DITUNDA.", target: "The meeting was adjourned." },
      { ref: "b:6", source: "Rapat ditunda .", target: "The meeting was put off." },
      { ref: "b:7", source: "Sidang ditunda.", target: "the meeting was postponed." },
      { ref: "b:8", source: "Rapat dibatalkan.", target: "The meeting was postponed ." },
      // the same text with non-ASCII letters (keyed by its characters)
      { ref: "b:9", source: "Menteri ke Bogot\u00e1.", target: "The minister went to Bogota." },
      { ref: "b:10", source: "Menteri ke  Bogot\u00e1.", target: "The minister travelled to Bogota." },
    ];
    const expected = straightforward(pairs, concepts);
    const report = JSON.parse(expected) as { conflicts: { kind: string; text: string; variants: { refs: string[] }[] }[] };
    expect(report.conflicts.map((c) => [c.kind, c.variants.map((v) => v.refs)])).toEqual([
      ["inconsistent-rendering", [["b:1", "b:3"], ["b:2"]]],
      ["inconsistent-rendering", [["b:9"], ["b:10"]]],
    ]);
    const matcher = compileGlossary(concepts);
    expect(JSON.stringify(auditPairs(pairs, concepts, matcher, { chunkSize: 4 }))).toBe(expected);
    // without a glossary (no matcher, no tokens to reuse) the keys are computed from the texts
    expect(JSON.stringify(auditPairs(pairs, [], undefined, { chunkSize: 4 }))).toBe(JSON.stringify(oracleAudit(pairs, [])));
  });
});

describe("parallel audit (worker threads)", () => {
  it("gives the report of the single-thread audit (this thread and two workers)", async () => {
    const concepts = generateConcepts(200, 9);
    const pairs = generatePairs(2000, concepts, 13);
    const single = JSON.stringify(auditPairs(pairs, concepts, compileGlossary(concepts)));
    const done: number[] = [];
    const parallel = await auditPairsParallel(pairs, concepts, { workers: 3, chunkSize: 300, minPairsPerWorker: 1, onProgress: (d) => done.push(d) });
    expect(JSON.stringify(parallel.report)).toBe(single);
    expect(done[done.length - 1]).toBe(2000);
  }, 60_000);
});

describe("what the audit keeps (issue #17: a million renderings with a finding each in 500 MB)", () => {
  /** A PairSource over `pairs` that notes which pairs are read again (fetch) and when. */
  function countingSource(pairs: readonly PairToCheck[], lasting: boolean) {
    const fetched: number[] = [];
    let at = 0;
    const source = {
      length: pairs.length,
      lasting,
      read(n: number) { const out = pairs.slice(at, at + n); at += out.length; return out; },
      fetch(indexes: readonly number[]) { fetched.push(...indexes); return indexes.map((i) => pairs[i]!); },
    };
    return { source, fetched };
  }

  it("a report whose pairs can be read again keeps no copy of its violations' texts: it reads them while it is written, the same report", async () => {
    const concepts = generateConcepts(200, 5);
    const pairs = generatePairs(3000, concepts, 23);
    const kept = countingSource(pairs, false);
    const expected = JSON.stringify((await auditPairsParallel(kept.source, concepts, { workers: 1, chunkSize: 400 })).report);
    const again = countingSource(pairs, true);
    const run = await auditPairsParallel(again.source, concepts, { workers: 1, chunkSize: 400 });
    // the run read again only what the corpus checks compare (the same pairs either way)
    expect(again.fetched).toEqual(kept.fetched);
    const violated = new Set<string>();
    for (const c of run.report.conceptAudits) for (const v of c.violations) violated.add(v.ref);
    expect(violated.size).toBeGreaterThan(100);
    // writing the report reads the violations' pairs (each once per concept list), and it is the same report
    again.fetched.length = 0;
    const written = JSON.stringify(run.report);
    expect(written).toBe(expected);
    const readRefs = new Set(again.fetched.map((i) => pairs[i]!.ref));
    expect([...violated].every((ref) => readRefs.has(ref))).toBe(true);
  }, 60_000);

  it("findings and violations whose data JSON cannot carry (non-finite numbers, -0) come back as they were", () => {
    const concepts = generateConcepts(50, 3);
    const pairs = generatePairs(300, concepts, 3).map((p) => ({ ...p, target: p.target.replace(/ people\.$/, " people, 7 of them hurt.") }));
    const chunk = auditChunk(pairs, 0, compileGlossary(concepts), knownSources(concepts));
    // values that JSON would change: NaN → null, -0 → 0, Infinity → null
    const odd = [NaN, -0, Infinity];
    let changed = 0;
    chunk.found.values.forEach((v, k) => { if (typeof v === "number") { chunk.found.values[k] = odd[changed++ % 3]!; } });
    expect(changed).toBeGreaterThan(3);
    const withViolations = chunk.lists.find(([, l]) => l.violations.length > 0)!;
    const v0 = { ...withViolations[1].violations[0]!, data: { ...withViolations[1].violations[0]!.data, count: -0 } };
    withViolations[1].violations[0] = v0;
    const show = (data: Readonly<Record<string, string | number>>) => Object.values(data).map((x) => (Object.is(x, -0) ? "-0" : String(x)));
    const reader = new FindingReader(chunk.found);
    const expected = Array.from({ length: reader.length }, (_x, i) => show(reader.read(i, "").data));
    const report = mergeAudit(pairs, [chunk], concepts);
    // (the corpus checks' findings, merged in, are not packed)
    const plan = auditPlan();
    const corpus = new Set([...plan.groups, ...plan.measures].map((c) => c.id as string));
    expect([...report.findings].filter((f) => !corpus.has(f.checkId)).map((f) => show(f.data))).toEqual(expected);
    const back = report.conceptAudits.flatMap((c) => [...c.violations]).find((v) => v.ref === v0.ref && v.checkId === v0.checkId && Object.is(v.data.count, -0));
    expect(back).toEqual(v0);
  });
});

describe("a concept's mention in brackets right after another of its own", () => {
  it("is one source occurrence and one use of a rendering (`Amerika Serikat (AS)`, `The United States (US)`), in the engine as in the oracle", () => {
    const concepts = loadGlossary(path.join(REPO, "glossary"));
    const pairs: PairToCheck[] = [
      { ref: "a:1", source: "Amerika Serikat (AS) menolak usul itu.", target: "The United States (US) rejected the proposal." },
      { ref: "a:2", source: "Korea Utara (Korut) dan AS bertemu.", target: "North Korea and the US met." },
    ];
    const matcher = compileGlossary(concepts);
    for (const chunkSize of [50, 1]) {
      const report = auditPairs(pairs, concepts, matcher, { chunkSize });
      const of = (id: string) => { const c = report.conceptAudits.find((x) => x.id === id)!; return { occ: c.sourceOccurrences, pairs: c.pairs, renderings: c.renderings.map((r) => `${r.text}×${r.count}`) }; };
      expect(of("united-states")).toEqual({ occ: 2, pairs: 2, renderings: ["United States×1", "US×1"] });
      expect(of("north-korea")).toEqual({ occ: 1, pairs: 1, renderings: ["North Korea×1"] });
    }
    const oracle = oracleAudit(pairs, concepts);
    const us = oracle.conceptAudits.find((x) => x.id === "united-states")!;
    expect([us.sourceOccurrences, us.renderings.map((r) => `${r.text}×${r.count}`)]).toEqual([2, ["United States×1", "US×1"]]);
  });
});

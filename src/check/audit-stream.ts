/**
 * The glossary audit as a stream (the fast path of buildAudit, same report): pairs are matched,
 * glossary-checked and summarised per concept chunk by chunk (`auditChunk`), keeping only the
 * per-concept aggregates — counts, renderings, the violations (which the report lists in full),
 * forbidden and untranslated uses — and the candidate-term counts with their first examples; no
 * CheckInput, match list or finding per pair is kept. The two consistency checks see every pair at
 * once (`auditConsistency`, run on the pairs themselves). `mergeAudit` merges the chunk aggregates
 * in chunk order, so the report is identical to
 * `buildAudit(pairs, inputs, runChecks(pairs, { inputs, config: { only: AUDIT_CHECK_IDS } }).findings, concepts)`
 * however the chunks were processed (in this thread or in worker threads, see src/app/audit-workers.ts).
 * Pair refs are assumed distinct (as database refs and pairs-file lines are). Pure: no I/O.
 */
import { SelarasError } from "../errors";
import type { Concept, GlossaryMatcher } from "../glossary/types";
import { assembleConcepts, candidateSpans, groupConflicts, knownSources, rankCandidates, type AuditOptions, type AuditReport, type AuditViolation, type Conflict } from "./audit";
export { knownSources };
import { checks, type CheckId } from "./index";
import type { PairToCheck } from "./run";
import type { CheckInput, CorpusCheck, CorpusProblem, PairCheck, Problem, Severity } from "./types";
import { targetEntries } from "./util";

/** The checks the glossary audit runs: the five glossary checks and the two consistency checks. */
export const AUDIT_CHECK_IDS: readonly CheckId[] = [
  "glossary-count-mismatch", "glossary-dnt-changed", "glossary-forbidden-term", "glossary-term-missing", "glossary-unexpected-term",
  "inconsistent-rendering", "reused-rendering",
];

// in registry order (= check id order, the order runChecks sorts a pair's findings in)
const PAIR_CHECKS = (Object.entries(checks) as [CheckId, PairCheck<object>][])
  .filter(([id, c]) => AUDIT_CHECK_IDS.includes(id) && c.meta.scope === "pair")
  .map(([id, c]) => ({ id, check: c, options: { ...c.defaultOptions }, severity: c.meta.defaultSeverity as Severity }));
const CORPUS_CHECKS = (Object.entries(checks) as [CheckId, CorpusCheck<object>][])
  .filter(([id, c]) => AUDIT_CHECK_IDS.includes(id) && c.meta.scope === "corpus")
  .map(([id, c]) => ({ id, check: c, options: { ...c.defaultOptions }, severity: c.meta.defaultSeverity as Severity }));

type RefText = { ref: string; text: string };

/** What one chunk of pairs contributes to a concept (plain data: it crosses thread boundaries). */
export interface ConceptChunk {
  occ: number;
  pairs: number;
  /** [status, rendering, count] in order of first use. */
  renderings: [string, string, number][];
  /** Pairs whose source has the concept and that have a glossary finding for it. */
  violatingPairs: number;
  violations: AuditViolation[];
  /** Index in the run of each violation's pair (its source and target can be left out in transit). */
  violationPairs: number[];
  forbidden: RefText[];
  untranslated: RefText[];
}

/** The aggregates of one chunk of consecutive pairs (plain data). */
export interface ChunkAggregate {
  /** Index of the chunk's first pair in the run. */
  readonly start: number;
  readonly size: number;
  readonly counts: { error: number; warning: number; info: number };
  /** checkId → [findings, index of the first pair with one]. */
  readonly byCheck: Record<string, [number, number]>;
  readonly concepts: [string, ConceptChunk][];
  readonly seenTarget: string[];
  /** [term, kind, count, examples (at most maxExamples)] in order of first occurrence. */
  readonly candidates: [string, "acronym" | "name", number, RefText[]][];
}

/**
 * Matches, checks and summarises pairs[0..] (whose first pair is pair `start` of the run); keeps
 * nothing per pair.
 */
export function auditChunk(
  pairs: readonly PairToCheck[],
  start: number,
  matcher: GlossaryMatcher | undefined,
  known: ReadonlySet<string>,
  options: AuditOptions = {},
): ChunkAggregate {
  const maxExamples = options.maxExamples ?? 2;
  const counts = { error: 0, warning: 0, info: 0 };
  const byCheck: Record<string, [number, number]> = {};
  const acc = new Map<string, { c: ConceptChunk }>();
  const get = (id: string) => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { c: { occ: 0, pairs: 0, renderings: [], violatingPairs: 0, violations: [], violationPairs: [], forbidden: [], untranslated: [] } }));
    return a;
  };
  const seenTarget = new Set<string>();
  const cand = new Map<string, [string, "acronym" | "name", number, RefText[]]>();
  const concepts = matcher?.concepts;
  const inSource = new Set<string>();
  const violated = new Set<string>();
  const rendered = new Set<string>();
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    const input: CheckInput = {
      source: p.source,
      target: p.target,
      sourceTerms: matcher ? matcher.matchSource(p.source) : [],
      targetTerms: matcher ? matcher.matchTarget(p.target) : [],
      concepts,
    };
    inSource.clear();
    // a "clean" pair: every source concept once, rendered in the target (not by a forbidden rendering),
    // and every target term renders a concept of the source, none forbidden
    let clean = true;
    for (const m of input.sourceTerms) {
      get(m.entry).c.occ++;
      if (inSource.has(m.entry)) clean = false;
      inSource.add(m.entry);
    }
    for (const id of inSource) get(id).c.pairs++;
    rendered.clear();
    for (const t of input.targetTerms) {
      let mine = false;
      for (const e of targetEntries(t)) {
        seenTarget.add(e.entry);
        if (e.status === "forbidden") { clean = false; get(e.entry).c.forbidden.push({ ref: p.ref, text: p.target.slice(t.start, t.end) }); }
        if (!inSource.has(e.entry)) continue;
        mine = true;
        if (e.status !== "forbidden") rendered.add(e.entry);
        // a concept has few renderings: a scan of its list (in first-use order) beats a keyed lookup
        const list = get(e.entry).c.renderings;
        let hit: [string, string, number] | undefined;
        for (let k = 0; k < list.length; k++) { const x = list[k]!; if (x[1] === e.rendering && x[0] === e.status) { hit = x; break; } }
        if (hit) hit[2]++;
        else list.push([e.status, e.rendering, 1]);
      }
      if (!mine) clean = false;
    }
    if (rendered.size !== inSource.size) clean = false;
    // The glossary checks. A pair without glossary terms on either side has no glossary finding, nor has
    // a clean pair: count-mismatch needs a concept twice in the source, dnt-changed and term-missing a
    // source concept with no non-forbidden target match of it, forbidden-term a forbidden target match,
    // unexpected-term a target match of no source concept (the equality tests keep this in step).
    if (!clean) {
      violated.clear();
      for (const pc of PAIR_CHECKS) {
        let problems: Problem[];
        try {
          problems = pc.check.check(input, pc.options);
        } catch (cause) {
          throw new SelarasError("check-crashed", { checkId: pc.id, ref: p.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
        }
        if (problems.length === 0) continue;
        const b = byCheck[pc.id];
        if (b) b[0] += problems.length;
        else byCheck[pc.id] = [problems.length, start + i];
        for (const q of problems) {
          counts[pc.severity]++;
          const data = q.data ?? {};
          const entry = data.entry;
          if (typeof entry !== "string") continue;
          const a = get(entry).c;
          if (inSource.has(entry) && !violated.has(entry)) { violated.add(entry); a.violatingPairs++; }
          const targetText = q.target ? p.target.slice(q.target.start, q.target.end) : undefined;
          a.violationPairs.push(start + i);
          a.violations.push({
            ref: p.ref, checkId: pc.id, severity: pc.severity, messageId: q.messageId, data,
            source: p.source, target: p.target,
            offending: targetText ?? (q.source ? p.source.slice(q.source.start, q.source.end) : ""), suppressed: false,
          });
          if (pc.id === "glossary-term-missing" && q.messageId === "untranslated") a.untranslated.push({ ref: p.ref, text: targetText ?? "" });
        }
      }
    }
    for (const { term, kind } of candidateSpans(p.source, input.sourceTerms)) {
      if (known.has(term.toLowerCase())) continue;
      let c = cand.get(term);
      if (!c) cand.set(term, (c = [term, kind, 0, []]));
      c[2]++;
      if (c[3].length < maxExamples && !c[3].some((e) => e.ref === p.ref)) c[3].push({ ref: p.ref, text: p.source.trim() });
    }
  }
  const conceptsOut: [string, ConceptChunk][] = [];
  for (const [id, a] of acc) conceptsOut.push([id, a.c]);
  return { start, size: pairs.length, counts, byCheck, concepts: conceptsOut, seenTarget: [...seenTarget], candidates: [...cand.values()] };
}

export interface ConsistencyFinding {
  readonly index: number;
  readonly checkId: CheckId;
  readonly severity: Severity;
}

/** The consistency checks over every pair (they read only `source` and `target`), sorted as runChecks sorts. */
export function auditConsistency(pairs: readonly PairToCheck[]): ConsistencyFinding[] {
  const out: ConsistencyFinding[] = [];
  // the corpus checks read only source and target: the pairs serve as their inputs (no copy)
  const inputs = pairs as unknown as readonly CheckInput[];
  for (const cc of CORPUS_CHECKS) {
    let problems: CorpusProblem[];
    try {
      problems = cc.check.checkCorpus(inputs, cc.options);
    } catch (cause) {
      throw new SelarasError("check-crashed", { checkId: cc.id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
    }
    for (const q of problems) out.push({ index: q.index, checkId: cc.id, severity: cc.severity });
  }
  out.sort((a, b) => a.index - b.index || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
  return out;
}

/** The audit report from the chunk aggregates (any order: they are sorted by start) and the consistency findings. */
export function mergeAudit(
  pairs: readonly PairToCheck[],
  chunks: readonly ChunkAggregate[],
  consistency: readonly ConsistencyFinding[],
  concepts: readonly Concept[],
  options: AuditOptions = {},
): AuditReport {
  const ordered = [...chunks].sort((a, b) => a.start - b.start);
  const minCount = options.minCandidateCount ?? 2;
  const maxExamples = options.maxExamples ?? 2;
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  const first = new Map<string, [number, number]>();
  const bump = (id: string, n: number, index: number) => {
    const b = first.get(id);
    if (!b) first.set(id, [n, index]);
    else { b[0] += n; if (index < b[1]) b[1] = index; }
  };
  for (const ch of ordered) {
    counts.error += ch.counts.error; counts.warning += ch.counts.warning; counts.info += ch.counts.info;
    for (const [id, [n, index]] of Object.entries(ch.byCheck)) bump(id, n, index);
  }
  for (const f of consistency) { counts[f.severity]++; bump(f.checkId, 1, f.index); }
  // byCheck keys in order of first finding (findings are sorted by pair, then check id)
  const byCheck: Record<string, number> = {};
  for (const [id, [n]] of [...first].sort((a, b) => a[1][1] - b[1][1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) byCheck[id] = n;

  interface Acc { occ: number; pairs: number; renderings: Map<string, { text: string; status: string; count: number }>; violatingPairs: number; violations: AuditViolation[]; forbidden: RefText[]; untranslated: RefText[] }
  const acc = new Map<string, Acc>();
  const seenTarget = new Set<string>();
  for (const ch of ordered) {
    for (const [id, c] of ch.concepts) {
      let a = acc.get(id);
      if (!a) acc.set(id, (a = { occ: 0, pairs: 0, renderings: new Map(), violatingPairs: 0, violations: [], forbidden: [], untranslated: [] }));
      a.occ += c.occ;
      a.pairs += c.pairs;
      a.violatingPairs += c.violatingPairs;
      for (const [status, text, n] of c.renderings) {
        const key = `${status}\u0000${text}`;
        const hit = a.renderings.get(key);
        if (hit) hit.count += n;
        else a.renderings.set(key, { text, status, count: n });
      }
      for (let k = 0; k < c.violations.length; k++) {
        const v = c.violations[k]!;
        // texts left out in transit (a worker's chunk) come from the pairs
        if (v.source === "" && v.target === "") {
          const p = pairs[c.violationPairs[k]!]!;
          a.violations.push({ ...v, source: p.source, target: p.target });
        } else a.violations.push(v);
      }
      for (const v of c.forbidden) a.forbidden.push(v);
      for (const v of c.untranslated) a.untranslated.push(v);
    }
    for (const e of ch.seenTarget) seenTarget.add(e);
  }
  const { conceptAudits, neverSeen } = assembleConcepts(concepts, (id) => acc.get(id), seenTarget, (id) => acc.get(id)!.violatingPairs);

  // consistency conflicts, grouped (as buildAudit groups them)
  const conflicts = groupConflicts(consistency.map((f) => ({ kind: f.checkId as Conflict["kind"], pair: pairs[f.index]! })));

  // candidate terms: counts summed, examples the first distinct refs in pair order
  const cand = new Map<string, { term: string; kind: "acronym" | "name"; count: number; examples: RefText[] }>();
  for (const ch of ordered) {
    for (const [term, kind, n, examples] of ch.candidates) {
      let c = cand.get(term);
      if (!c) cand.set(term, (c = { term, kind, count: 0, examples: [] }));
      c.count += n;
      for (const e of examples) if (c.examples.length < maxExamples && !c.examples.some((x) => x.ref === e.ref)) c.examples.push(e);
    }
  }
  const candidates = rankCandidates(cand.values(), minCount, options.maxCandidates);

  return { pairs: pairs.length, concepts: concepts.length, counts, byCheck, conceptAudits, neverSeen, conflicts, candidates };
}

/** The whole audit in this thread, `chunkSize` pairs at a time. */
export function auditPairs(
  pairs: readonly PairToCheck[],
  concepts: readonly Concept[],
  matcher: GlossaryMatcher | undefined,
  options: AuditOptions & { readonly chunkSize?: number } = {},
): AuditReport {
  const size = Math.max(1, options.chunkSize ?? 50_000);
  const known = knownSources(concepts);
  const chunks: ChunkAggregate[] = [];
  for (let s = 0; s < pairs.length; s += size) chunks.push(auditChunk(pairs.slice(s, s + size), s, matcher, known, options));
  return mergeAudit(pairs, chunks, auditConsistency(pairs), concepts, options);
}

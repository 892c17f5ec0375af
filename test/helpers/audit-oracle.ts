/**
 * The audit oracle: the straightforward, slow audit — every check over every pair with runChecks
 * (CheckInput objects and findings kept for the whole run), suppressions applied as checkDatabase
 * applies them, then the report built from the findings. It was `selaras audit`'s implementation
 * (src/check/audit.ts buildAudit); the engine (src/check/audit-stream.ts) must give its report.
 */
import type { Concept } from "../../src/glossary/types";
import { runChecks, type CheckConfig, type Finding, type PairToCheck } from "../../src/check/run";
import type { CheckInput } from "../../src/check/types";
import { acronymInName, forbiddenInLongerName, targetEntries } from "../../src/check/util";
import { compileGlossary } from "../../src/glossary";
import { pairHash } from "../../src/app/check";
import {
  assembleConcepts, candidateSpans, candidatesUnlisted, groupConflicts, knownSources, rankCandidates,
  listedFindings, type AuditOptions, type AuditReport, type AuditViolation, type Conflict,
} from "../../src/check/audit";
import { expansionOf, shortForms } from "../../src/check/candidate-runs";

export interface AuditFinding extends Finding {
  readonly suppressed?: { readonly reason: string };
}

/** A suppression: the findings of `checkId` on a pair of `document` whose texts hash to `pairHash`. */
export interface OracleSuppression { readonly document: string; readonly checkId: string; readonly pairHash: string }

/**
 * runChecks with the audit's configuration, suppressions applied as checkDatabase applies them
 * (document, check and the hash of the pair's texts), then buildAudit; also which suppressions
 * lapsed (no pair of their document has their hash) and which are unused.
 */
export function oracleAudit(
  pairs: readonly (PairToCheck & { document?: string })[],
  concepts: readonly Concept[],
  o: AuditOptions & { suppressions?: readonly OracleSuppression[]; config?: CheckConfig } = {},
): AuditReport & { lapsed?: number[]; unused?: number[] } {
  const run = runChecks(pairs, { matcher: concepts.length ? compileGlossary(concepts) : undefined, config: o.config });
  const rows = o.suppressions ?? [];
  const active = new Map<string, number>();
  rows.forEach((s, k) => active.set(`${s.document}\u0000${s.checkId}\u0000${s.pairHash}`, k));
  const hashes = pairs.map((p) => pairHash(p.source, p.target));
  const used = new Set<number>();
  const findings: AuditFinding[] = run.findings.map((f) => {
    const k = active.get(`${pairs[f.index]!.document}\u0000${f.checkId}\u0000${hashes[f.index]}`);
    if (k === undefined) return f;
    used.add(k);
    return { ...f, suppressed: { reason: "oracle" } };
  });
  const report = buildAudit(pairs, run.inputs, findings, concepts, o);
  if (!o.suppressions) return report;
  const live = new Set(pairs.map((p, i) => `${p.document}\u0000${hashes[i]}`));
  const lapsed: number[] = [], unused: number[] = [];
  rows.forEach((s, k) => {
    if (!live.has(`${s.document}\u0000${s.pairHash}`)) lapsed.push(k);
    else if (!used.has(k)) unused.push(k);
  });
  return { ...report, lapsed, unused };
}

export function buildAudit(
  pairs: readonly PairToCheck[],
  inputs: readonly CheckInput[],
  findings: readonly AuditFinding[],
  concepts: readonly Concept[],
  options: AuditOptions = {},
): AuditReport {
  const minCount = options.minCandidateCount ?? 2;
  const maxExamples = options.maxExamples ?? 2;
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  const byCheck: Record<string, number> = {};
  for (const f of findings) {
    if (f.suppressed) counts.suppressed++;
    else counts[f.severity]++;
    byCheck[f.checkId] = (byCheck[f.checkId] ?? 0) + 1;
  }

  interface Acc { occ: number; pairs: number; renderings: Map<string, { text: string; status: string; count: number }>; violating: Set<number>; violations: AuditViolation[]; forbidden: { ref: string; text: string }[]; untranslated: { ref: string; text: string }[] }
  const acc = new Map<string, Acc>();
  const get = (id: string): Acc => {
    let a = acc.get(id);
    if (!a) acc.set(id, (a = { occ: 0, pairs: 0, renderings: new Map(), violating: new Set(), violations: [], forbidden: [], untranslated: [] }));
    return a;
  };
  const seenTarget = new Set<string>();
  for (let i = 0; i < inputs.length; i++) {
    const inp = inputs[i]!;
    const inSource = new Set<string>();
    // (a mention in brackets right after another of the concept's, `Komisi Pemilihan Umum (KPU)`, is the same one)
    const bracketed = (text: string, from: number | undefined, to: number) => from !== undefined && from <= to && /^\s*[([]\s*$/.test(text.slice(from, to));
    const sourceEnd = new Map<string, number>(), targetEnd = new Map<string, number>();
    for (const m of inp.sourceTerms) {
      if (acronymInName(inp.source, m.start, m.end)) continue;
      const again = bracketed(inp.source, sourceEnd.get(m.entry), m.start);
      sourceEnd.set(m.entry, m.end);
      if (again) continue;
      get(m.entry).occ++;
      inSource.add(m.entry);
    }
    for (const id of inSource) get(id).pairs++;
    for (const t of inp.targetTerms) {
      if (acronymInName(inp.target, t.start, t.end)) continue;
      for (const e of targetEntries(t)) {
        seenTarget.add(e.entry);
        if (e.status === "forbidden" && !forbiddenInLongerName(inp.target, t.start, t.end, inp.targetTerms)) get(e.entry).forbidden.push({ ref: pairs[i]!.ref, text: inp.target.slice(t.start, t.end) });
        if (!inSource.has(e.entry)) continue;
        const again = bracketed(inp.target, targetEnd.get(e.entry), t.start);
        targetEnd.set(e.entry, t.end);
        if (again) continue;
        const r = get(e.entry).renderings;
        const key = `${e.status}\u0000${e.rendering}`;
        const hit = r.get(key);
        if (hit) hit.count++;
        else r.set(key, { text: e.rendering, status: e.status, count: 1 });
      }
    }
  }
  for (const f of findings) {
    const entry = f.data.entry;
    if (typeof entry !== "string" || !f.checkId.startsWith("glossary-")) continue;
    const a = get(entry);
    const pair = pairs[f.index]!;
    if (!f.suppressed) a.violating.add(f.index);
    a.violations.push({
      ref: f.ref, checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data,
      source: pair.source, target: pair.target, offending: f.target?.text ?? f.source?.text ?? "", suppressed: Boolean(f.suppressed),
    });
    if (f.checkId === "glossary-term-missing" && f.messageId === "untranslated") a.untranslated.push({ ref: f.ref, text: f.target?.text ?? "" });
  }
  const { conceptAudits, neverSeen } = assembleConcepts(concepts, (id) => acc.get(id), seenTarget,
    (id) => [...acc.get(id)!.violating].filter((i) => inputs[i]!.sourceTerms.some((m) => m.entry === id)).length);

  // consistency conflicts, grouped
  const conflicts = groupConflicts(
    findings
      .filter((f) => f.checkId === "inconsistent-rendering" || f.checkId === "reused-rendering")
      .map((f) => ({ kind: f.checkId as Conflict["kind"], pair: pairs[f.index]! })),
  );

  // candidate terms
  const cand = new Map<string, { term: string; kind: "acronym" | "name"; count: number; examples: { ref: string; text: string }[]; expansions: Map<string, number> }>();
  const known = knownSources(concepts);
  for (let i = 0; i < inputs.length; i++) {
    const inp = inputs[i]!;
    const spans = candidateSpans(inp.source, inp.sourceTerms);
    const short = shortForms(inp.source, spans);
    for (const { term, kind } of spans) {
      // (a known term cut by a stray full stop, `Kim. Jong Un`: none)
      const cut = new RegExp(`([\\p{L}\\p{N}'’-]+)\\. ${term.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![\\p{L}\\p{N}])`, "u").exec(inp.source);
      if (known.has(term.toLowerCase()) || (cut !== null && known.has(`${cut[1]} ${term}`.toLowerCase()))) continue;
      let c = cand.get(term);
      if (!c) cand.set(term, (c = { term, kind, count: 0, examples: [], expansions: new Map() }));
      c.count++;
      const long = short?.get(term);
      if (long !== undefined) c.expansions.set(long, (c.expansions.get(long) ?? 0) + 1);
      if (c.examples.length < maxExamples && !c.examples.some((e) => e.ref === pairs[i]!.ref)) c.examples.push({ ref: pairs[i]!.ref, text: inp.source.trim() });
    }
  }
  const candidates = rankCandidates(cand.values(), minCount, options.maxCandidates).map(({ expansions, ...c }) => ({ ...c, ...expansionOf(expansions) }));
  const unlisted = candidatesUnlisted(cand.values(), minCount, candidates.length);

  const listed = findings.map((f) => ({ ref: f.ref, checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data, suppressed: Boolean(f.suppressed) }));
  return { pairs: pairs.length, concepts: concepts.length, counts, byCheck, conceptAudits, neverSeen, conflicts, candidates, candidatesUnlisted: unlisted, findings: listedFindings(listed) };
}

/**
 * THE audit engine (docs/architecture-audit.md): every enabled check over a run of pairs, chunk by
 * chunk (`auditChunk`). Each chunk matches the glossary, runs each pair check where its declared
 * needs say it can report (CheckMeta.needs, see auditPlan), applies the suppressions it is given,
 * and keeps only aggregates: per-concept tallies, renderings, violations, forbidden and untranslated
 * uses, candidate-term counts, the findings in packed columns, the consistency keys and the
 * measures. No CheckInput, match list or finding object per pair is kept. `AuditMerger` merges the
 * chunks in pair order, whatever order they arrive in, and at the end runs the corpus checks: the
 * consistency checks on the pairs whose normalised text is shared, the measuring checks on the
 * run's measures. The report is the same however the chunks were processed (in this thread or in
 * worker threads, see src/app/audit-workers.ts). It is also the same as the oracle's
 * (test/helpers/audit-oracle.ts: runChecks, then the report built from every finding).
 * Pair refs are assumed distinct (as database refs and pairs-file lines are). Pure: no I/O.
 */
import { SelarasError } from "../errors";
import type { Concept, GlossaryMatcher, SourceMatch, TargetMatch } from "../glossary/types";
import { FORBIDDEN, statusName, type CompiledGlossary, type FlatMatcher, type TargetMatchEx } from "../glossary/match";
import { expansionOf, shortForms } from "./candidate-runs";
import { assembleConcepts, candidateSpansFlat, candidatesUnlisted, cutFromKnown, groupConflicts, knownSources, namesInPlace, rankCandidates, type AuditOptions, type AuditReport, type AuditViolation, type Conflict, type FindingCursor, type ListedFinding, type ViolationCursor } from "./audit";
export { knownSources };
import type { CheckId } from "./registry";
import { enabledChecks, type CheckConfig, type PairToCheck } from "./run";
import { capSeverity, TERM_CONDITIONS, type CheckInput, type CheckNeeds, type CorpusCheck, type CorpusProblem, type PairCheck, type Problem, type Severity, type TermCondition } from "./types";
import { forbiddenInLongerName, isPlain, nameNotTerm, normalizeFast, targetEntries } from "./util";
import { createTokens, tokenize, tokensKey, type Tokens } from "../glossary/tokenize";

/** The bit of each TermCondition in a pair's condition mask (see auditChunk). */
const COND: Record<TermCondition, number> = Object.fromEntries(TERM_CONDITIONS.map((c, k) => [c, 1 << k])) as Record<TermCondition, number>;
const TERM_REPEATED = COND["term-repeated"], TERM_UNRENDERED = COND["term-unrendered"], DNT_UNRENDERED = COND["dnt-unrendered"];
const FORBIDDEN_RENDERING = COND["forbidden-rendering"], UNEXPECTED_RENDERING = COND["unexpected-rendering"];
/** The condition bit of a pair with inline codes (PairToCheck.tags): the only pairs a check that reads tags (CheckNeeds.tags) runs on. */
const HAS_TAGS = 1 << TERM_CONDITIONS.length;

interface Planned<C> { readonly id: CheckId; readonly check: C; readonly options: object; readonly severity: Severity }

/**
 * What the audit runs, derived from the checks' declarations (CheckMeta.needs) and the run's
 * configuration: the pair checks in id order, each with the conditions under which it can report
 * (a mask of COND bits, 0: on every pair) and what it reads; the corpus checks grouped by the text
 * they compare (`groups`: side 0 source, 1 target) or by their measure.
 */
export interface AuditPlan {
  readonly pair: readonly (Planned<PairCheck<object>> & { readonly when: number; readonly reads: CheckNeeds["reads"]; readonly spans: boolean; readonly tags: boolean })[];
  readonly groups: readonly (Planned<CorpusCheck<object>> & { readonly side: 0 | 1 })[];
  readonly measures: readonly Planned<CorpusCheck<object>>[];
}

const plans = new Map<string, AuditPlan>();
/** The plan of a configuration (the checks enabled by default when none is given). Plain data in, so workers make the same plan. */
export function auditPlan(config: CheckConfig = {}): AuditPlan {
  const key = JSON.stringify(config);
  let plan = plans.get(key);
  if (plan) return plan;
  const pair: AuditPlan["pair"][number][] = [], groups: AuditPlan["groups"][number][] = [], measures: AuditPlan["measures"][number][] = [];
  for (const [id, c] of enabledChecks(config)) {
    const base = { id, options: { ...c.defaultOptions, ...(config.options?.[id] ?? {}) }, severity: config.severity?.[id] ?? c.meta.defaultSeverity };
    const needs = c.meta.needs;
    // (a check reading tags runs on the pairs with inline codes alone: HAS_TAGS)
    if ("check" in c && needs.tags) pair.push({ ...base, check: c, reads: needs.reads, spans: false, tags: true, when: HAS_TAGS });
    else if ("check" in c) pair.push({ ...base, check: c, reads: needs.reads, spans: needs.reads === "target-terms" && needs.spans === true, tags: false, when: (needs.when ?? []).reduce((m, w) => m | COND[w], 0) });
    else if (needs.corpus === "same-source" || needs.corpus === "same-target") groups.push({ ...base, check: c, side: needs.corpus === "same-source" ? 0 : 1 });
    else if (needs.corpus === "measure" && c.measure && c.judge) measures.push({ ...base, check: c });
    else throw new Error(`Invariant failed: corpus check ${id} declares no way to run it in parts (needs.corpus)`);
  }
  plans.set(key, (plan = { pair, groups, measures }));
  return plan;
}

/** The severity of a finding: the check's, capped by the problem's own (a concept's enforcement level), as runChecks does. */
function severityOf(severity: Severity, q: Problem): Severity {
  return capSeverity(severity, q.severity);
}

const dntTables = new WeakMap<FlatMatcher, Uint8Array>();
/** Per concept number: do-not-translate (1) or not. */
function dntOf(flat: FlatMatcher): Uint8Array {
  let t = dntTables.get(flat);
  if (!t || t.length !== flat.concepts.length) dntTables.set(flat, (t = Uint8Array.from(flat.concepts, (c) => (c.dnt ? 1 : 0))));
  return t;
}

type RefText = { ref: string; text: string };

/** The lists one chunk of pairs contributes to a concept (plain data: it crosses thread boundaries). */
export interface ConceptLists {
  violations: AuditViolation[];
  /** Index in the run of each violation's pair (how a packed violation gets its ref and texts back). */
  violationPairs: number[];
  forbidden: RefText[];
  untranslated: RefText[];
}

/**
 * The aggregates of one chunk of consecutive pairs: plain data, mostly typed arrays (cheap to send
 * between threads and to merge). Concepts are numbered as the matcher numbers them (`ids`).
 */
export interface ChunkAggregate {
  /** Index of the chunk's first pair in the run. */
  readonly start: number;
  readonly size: number;
  readonly counts: { error: number; warning: number; info: number; suppressed: number };
  /** checkId → [findings, index of the first pair with one]. */
  readonly byCheck: Record<string, [number, number]>;
  /** Concept ids by number. */
  readonly ids: readonly string[];
  /** Per concept number, TALLY integers: source occurrences, pairs, violating pairs, flags (TOUCHED, SEEN). */
  readonly tally: Int32Array;
  /** Renderings used in pairs with their concept in the source, in order of first use: concept number, status code, count; and their texts. */
  readonly uses: Int32Array;
  readonly useTexts: string[];
  /** The entry key number (FlatMatcher.entryKey) of each use, valid for merging where `keyTable` is the same non-zero fingerprint. */
  readonly useKeys: Int32Array;
  /** Fingerprint of the matcher's key numbering (what each key number stands for), 0 when it has none that stays fixed. */
  readonly keyTable: number;
  /** The concepts with violations, forbidden or untranslated uses, by number. */
  readonly lists: [number, ConceptLists][];
  /** [term, kind, count, examples (at most maxExamples)] in order of first occurrence. */
  readonly candidates: [string, "acronym" | "name", number, RefText[], Record<string, number> | null][];
  /** The consistency keys of the chunk's pairs (see consistencyKeys), for auditConsistency. */
  readonly keys: Int32Array;
  /** Every finding of the pair checks, in pair then check id order. */
  readonly found: PackedFindings;
  /** Per measuring corpus check of the plan (AuditPlan.measures), each pair's measure (NaN: none). */
  readonly measures: Float64Array[];
  /** The suppressions (by number, see ChunkSuppressions) that silenced a finding. */
  readonly usedSuppressions: number[];
}

/**
 * Suppressions that apply to pairs of a chunk (the caller knows which: it hashes the texts): per
 * entry the pair (index in the chunk), the check and the suppression's number. Sorted by pair.
 */
export interface ChunkSuppressions {
  readonly pair: Int32Array;
  readonly checkIds: readonly string[];
  readonly ids: Int32Array;
}

/**
 * Findings in columns: per finding its pair (index in the run); its check, severity, message id and
 * data names by number in `names`, and whether a suppression silences it (FCODES integers); the
 * values of its data in a row. Cheap to keep and to send between threads (no object per finding).
 */
export interface PackedFindings {
  readonly pair: Int32Array;
  readonly codes: Int32Array;
  readonly names: string[];
  readonly values: (string | number)[];
}
export const FCODES = 5;

/** Appends findings to growing columns (see PackedFindings). */
export class FindingPacker {
  /** The integer columns grow by doubling as typed arrays (their buffers outside the heap: never copied by the garbage collector). */
  private pairs = new Int32Array(256);
  private codes = new Int32Array(256 * FCODES);
  private n = 0;
  private readonly names: string[] = [];
  private readonly nameOf = new Map<string, number>();
  private readonly values: (string | number)[] = [];
  private name(s: string): number {
    let k = this.nameOf.get(s);
    if (k === undefined) { this.nameOf.set(s, (k = this.names.length)); this.names.push(s); }
    return k;
  }
  /** Per message id number: the data names of its last finding and their number (most findings of a message have the same names). */
  private readonly lastNames: (readonly string[] | undefined)[] = [];
  private readonly lastNamesCode: number[] = [];
  push(pair: number, checkId: string, severity: Severity, messageId: string, data: Readonly<Record<string, string | number>>, suppressed: boolean): void {
    const keys = Object.keys(data);
    const m = this.name(messageId);
    const last = this.lastNames[m];
    let names: number;
    if (last !== undefined && sameNames(last, keys)) names = this.lastNamesCode[m]!;
    else {
      names = this.name(keys.length === 1 ? keys[0]! : keys.join("\u0000"));
      this.lastNames[m] = keys;
      this.lastNamesCode[m] = names;
    }
    const i = this.n++;
    if (i === this.pairs.length) {
      const pairs = new Int32Array(i * 2), codes = new Int32Array(i * 2 * FCODES);
      pairs.set(this.pairs); codes.set(this.codes);
      this.pairs = pairs; this.codes = codes;
    }
    this.pairs[i] = pair;
    const codes = this.codes, o = i * FCODES;
    codes[o] = this.name(checkId); codes[o + 1] = this.name(severity); codes[o + 2] = m; codes[o + 3] = names; codes[o + 4] = suppressed ? 1 : 0;
    for (let k = 0; k < keys.length; k++) this.values.push(data[keys[k]!]!);
  }
  get length(): number { return this.n; }
  finish(): PackedFindings {
    return { pair: this.pairs.slice(0, this.n), codes: this.codes.slice(0, this.n * FCODES), names: this.names, values: this.values };
  }
}

/** Are two lists of names the same? */
function sameNames(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  for (let k = 0; k < a.length; k++) if (a[k] !== b[k]) return false;
  return true;
}

/** Reads packed findings back, one at a time (`at` the finding's number). */
export class FindingReader {
  /** The data names by number (a number that names no data names: never read). */
  readonly keysOf: string[][];
  /** Per names number: namesInPlace (a finding whose names are not comes whole from a cursor). */
  readonly inPlace: boolean[];
  /** Offset of each finding's data in `values`. */
  readonly valueAt: Int32Array;
  constructor(readonly f: PackedFindings) {
    this.keysOf = f.names.map((n) => (n === "" ? [] : n.split("\u0000")));
    this.inPlace = this.keysOf.map(namesInPlace);
    const n = f.pair.length;
    this.valueAt = new Int32Array(n + 1);
    for (let i = 0; i < n; i++) this.valueAt[i + 1] = this.valueAt[i]! + this.keysOf[f.codes[i * FCODES + 3]!]!.length;
  }
  get length(): number { return this.f.pair.length; }
  pair(i: number): number { return this.f.pair[i]!; }
  checkId(i: number): string { return this.f.names[this.f.codes[i * FCODES]!]!; }
  read(i: number, ref: string): ListedFinding {
    const { codes, names, values } = this.f;
    const o = i * FCODES;
    const data: Record<string, string | number> = {};
    let at = this.valueAt[i]!;
    for (const key of this.keysOf[codes[o + 3]!]!) data[key] = values[at++]!;
    return { ref, checkId: names[codes[o]!]!, severity: names[codes[o + 1]!]! as Severity, messageId: names[codes[o + 2]!]!, data, suppressed: codes[o + 4] === 1 };
  }
}

const TALLY = 4;
/** The shared empty list of a concept's ConceptLists (replaced by its own array before the first entry). */
const NONE = Object.freeze([]) as unknown as never[];
/** Tally flags: the concept has an aggregate (a source occurrence, a forbidden use or a finding); it was seen in a target. */
const TOUCHED = 1, SEEN = 2;

/**
 * The matcher's results as flat integers (see FlatMatcher): the compiled glossary's own, or, for
 * another GlossaryMatcher, its match objects numbered the same way.
 */
function flatOf(matcher: GlossaryMatcher): FlatMatcher {
  const own = (matcher as Partial<CompiledGlossary>).flat;
  if (own) return own;
  // a source "pattern" is its concept; a target pattern one list of entries
  const concepts = [...matcher.concepts.values()];
  const index = new Map(concepts.map((c, i) => [c.id, i]));
  const pattern = new Map<string, number>();
  const entryStart: number[] = [0], entryConcept: number[] = [], entryStatus: number[] = [], entryKey: number[] = [];
  const keyOf = new Map<string, number>();
  let src: SourceMatch[] = [];
  let tgt: TargetMatch[] = [];
  const f = {
    concepts,
    sourceOut: new Int32Array(0), targetOut: new Int32Array(0),
    sourceConcept: Int32Array.from(concepts, (_c, i) => i),
    entryStart: new Int32Array(1), entryConcept: new Int32Array(0), entryStatus: new Uint8Array(0), entryRendering: [] as string[], entryKey: new Int32Array(0), keys: 0,
    sourceTokens: null, targetTokens: null,
    scanSource(text: string): number {
      src = matcher.matchSource(text);
      f.sourceOut = new Int32Array(src.length * 3);
      src.forEach((m, k) => { f.sourceOut[3 * k] = m.start; f.sourceOut[3 * k + 1] = m.end; f.sourceOut[3 * k + 2] = index.get(m.entry)!; });
      return src.length;
    },
    scanTarget(text: string): number {
      tgt = matcher.matchTarget(text);
      f.targetOut = new Int32Array(tgt.length * 3);
      tgt.forEach((m, k) => {
        const es = targetEntries(m);
        const id = JSON.stringify(es.map((e) => [e.entry, e.status, e.rendering]));
        let p = pattern.get(id);
        if (p === undefined) {
          pattern.set(id, (p = entryStart.length - 1));
          for (const e of es) {
            entryConcept.push(index.get(e.entry)!);
            entryStatus.push(["preferred", "admitted", "forbidden"].indexOf(e.status));
            f.entryRendering.push(e.rendering);
            const key = `${e.entry}\u0000${e.status}\u0000${e.rendering}`;
            let q = keyOf.get(key);
            if (q === undefined) keyOf.set(key, (q = keyOf.size));
            entryKey.push(q);
          }
          entryStart.push(entryConcept.length);
          f.entryStart = Int32Array.from(entryStart); f.entryConcept = Int32Array.from(entryConcept);
          f.entryStatus = Uint8Array.from(entryStatus); f.entryKey = Int32Array.from(entryKey); f.keys = keyOf.size;
        }
        f.targetOut[3 * k] = m.start; f.targetOut[3 * k + 1] = m.end; f.targetOut[3 * k + 2] = p;
      });
      return tgt.length;
    },
    sourceMatch: (_text: string, k: number) => src[k]!,
    targetMatch: (_text: string, k: number) => tgt[k]! as TargetMatchEx,
  };
  return f;
}

/** The pair being audited (auditChunk numbers every pair it scans): what a LazyTargetMatch checks it belongs to. */
let scanned = 0;

/**
 * A target match of the pair being checked, as a check that reads the target's matches gets it
 * (CheckNeeds.reads `target-terms`): its span at once, the rest (text, rendering, entry, status,
 * entries) made when read, from the matcher's output for the pair (so a check that reads only the
 * spans, as target-indonesian does, costs no match object nor string). Readable while the pair is
 * checked: read later, it throws rather than answer for another pair.
 */
class LazyTargetMatch implements TargetMatchEx {
  private made: TargetMatchEx | undefined = undefined;
  private readonly pair = scanned;
  constructor(readonly start: number, readonly end: number, private readonly flat: FlatMatcher, private readonly target: string, private readonly k: number) {}
  private full(): TargetMatchEx {
    if (this.made === undefined) {
      if (this.pair !== scanned) throw new Error("Invariant failed: a target match read after its pair was checked");
      this.made = this.flat.targetMatch(this.target, this.k);
    }
    return this.made;
  }
  get text(): string { return this.made === undefined ? this.target.slice(this.start, this.end) : this.made.text; }
  get rendering(): string { return this.full().rendering; }
  get entry(): string { return this.full().entry; }
  get status(): TargetMatchEx["status"] { return this.full().status; }
  get entries(): TargetMatchEx["entries"] { return this.full().entries; }
  toJSON(): TargetMatchEx { return { ...this.full() }; }
}

/** Per-chunk tallies by concept number (typed arrays; the rare lists in `lists`). */
class Tally {
  readonly occ: Int32Array;
  readonly pairs: Int32Array;
  readonly violatingPairs: Int32Array;
  /** TOUCHED | SEEN */
  readonly flags: Uint8Array;
  readonly lists: (ConceptLists | undefined)[];
  keyCount: Int32Array;
  /** Target entries in order of the first use of their key. */
  readonly firstUse: number[] = [];
  constructor(concepts: number, keys: number) {
    this.occ = new Int32Array(concepts);
    this.pairs = new Int32Array(concepts);
    this.violatingPairs = new Int32Array(concepts);
    this.flags = new Uint8Array(concepts);
    this.lists = new Array(concepts);
    this.keyCount = new Int32Array(keys);
  }
  list(c: number): ConceptLists {
    this.flags[c]! |= TOUCHED;
    let l = this.lists[c];
    // (lists made empty and shared: most concepts get one kind of entry in a chunk, if any)
    if (!l) this.lists[c] = l = { violations: NONE, violationPairs: NONE, forbidden: NONE, untranslated: NONE };
    return l;
  }
}

/**
 * A chunk's pairs as `selaras audit --cache` keeps them (src/app/audit-cache.ts): per pair its stored
 * effect (a PairEffect as JSON) or undefined; auditChunk replays each stored effect instead of
 * auditing the pair, and sets `made[i]` to the effect of each pair it audits (undefined where one
 * cannot be stored: a number JSON does not carry).
 */
export interface ChunkCache {
  readonly stored: readonly (string | undefined)[];
  readonly made: (string | undefined)[];
}

/** A problem as the cache stores it: what recordProblems reads of it. */
type StoredProblem = Pick<Problem, "messageId" | "data" | "severity" | "source" | "target">;

/**
 * What auditing one pair adds to its chunk's aggregates, all of it a function of the pair's texts
 * and tags, the glossary, the check configuration and the code (the cache's key): the concept
 * numbers of its counted source occurrences; the concepts seen in its target; its forbidden uses
 * (concept, text, …); the target entries it used, in order; its consistency keys; each pair
 * check's problems; its measures (null: none); its candidate spans and their short forms. Its ref,
 * its index and the suppressions are the run's, applied when it is replayed.
 */
type PairEffect = [
  occ: number[], seen: number[], forbidden: (number | string)[], uses: number[], keys: number[],
  problems: [string, StoredProblem[]][], measures: (number | null)[], spans: [string, "acronym" | "name"][], short: [string, string][] | null,
];

/** The problems as stored (see StoredProblem), or null when JSON cannot carry them as they are (a number not finite). */
function storedProblems(problems: readonly Problem[]): StoredProblem[] | null {
  const out: StoredProblem[] = [];
  for (const q of problems) {
    const d = q.data;
    if (d !== undefined) for (const k in d) { const v = d[k]; if (typeof v === "number" && (!Number.isFinite(v) || Object.is(v, -0))) return null; }
    const s: { -readonly [K in keyof StoredProblem]: StoredProblem[K] } = { messageId: q.messageId };
    if (d !== undefined) s.data = d;
    if (q.severity !== undefined) s.severity = q.severity;
    if (q.source !== undefined) s.source = { start: q.source.start, end: q.source.end };
    if (q.target !== undefined) s.target = { start: q.target.start, end: q.target.end };
    out.push(s);
  }
  return out;
}

/**
 * Matches, checks and summarises pairs[0..] (whose first pair is pair `start` of the run); keeps
 * nothing per pair but three integers (the consistency keys).
 */
export function auditChunk(
  pairs: readonly PairToCheck[],
  start: number,
  matcher: GlossaryMatcher | undefined,
  known: ReadonlySet<string>,
  options: AuditOptions = {},
  suppress?: ChunkSuppressions,
  cache?: ChunkCache,
): ChunkAggregate {
  const maxExamples = options.maxExamples ?? 2;
  const plan = auditPlan(options.config);
  const planPair = plan.pair;
  const counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  const found = new FindingPacker();
  const usedSuppressions: number[] = [];
  // (an array made by a loop: `map` makes arrays of another elements kind once this function is
  // optimised, and the per-pair code's optimised code, which reads them, was thrown away for it)
  const measures: Float64Array[] = [];
  for (let m = 0; m < plan.measures.length; m++) measures.push(new Float64Array(pairs.length));
  let sp = 0; // the next entry of `suppress`
  const byCheck: Record<string, [number, number]> = {};
  const cand = new Map<string, [string, "acronym" | "name", number, RefText[], Record<string, number> | null]>();
  const keys = new Int32Array(pairs.length * KEYS);
  // (without a consistency check to run, no pair needs its keys: all stay 0, "no text")
  const grouped = plan.groups.length > 0;
  const flat = matcher ? flatOf(matcher) : undefined;
  const nConcepts = flat ? flat.concepts.length : 0;
  const T = new Tally(nConcepts, flat ? flat.keys : 0);
  const { occ, flags, firstUse } = T;
  let keyCount = T.keyCount;
  // per pair: mark[c] === stamp when concept c is in the source, rend[c] === stamp when rendered
  const mark = new Int32Array(nConcepts), rend = new Int32Array(nConcepts);
  // (the end of concept c's last occurrence in the pair's source, and in its target when tStamp[c] === stamp: a
  // mention right after it in brackets, `Komisi Pemilihan Umum (KPU)`, is the same mention)
  const sEnd = new Int32Array(nConcepts), tEnd = new Int32Array(nConcepts), tStamp = new Int32Array(nConcepts);
  const inList = new Int32Array(64);
  // (violated[c] === stamp: the pair already counts as violating concept c)
  const violated = new Int32Array(nConcepts);
  const concepts = matcher?.concepts;
  const noTerms: never[] = [];
  // the matcher's tokens of the pair's texts (see CheckInput.sourceTokens: the checks may read them)
  const sourceTokens = flat ? flat.sourceTokens : null, targetTokens = flat ? flat.targetTokens : null;
  const rec: ProblemRecorder = { byCheck, suppress, usedSuppressions, counts, found, flat, T, mark, violated };
  // (--cache: the effect of each pair audited, recorded as it is made; the stored ones replayed)
  const stored = cache?.stored, made = cache?.made;
  let effect: PairEffect | undefined;
  let cacheable = true;
  const planById = cache ? new Map(planPair.map((pc) => [pc.id as string, pc])) : undefined;
  /** A stored effect into the chunk's aggregates, as auditing the pair adds them (see PairEffect). */
  const replay = (i: number, e: PairEffect): void => {
    const p = pairs[i]!;
    const stamp = i + 1;
    const [eo, es, ef, eu, ek, ep, em, espans, eshort] = e;
    for (let k = 0; k < eo.length; k++) {
      const c = eo[k]!;
      occ[c]!++;
      flags[c]! |= TOUCHED;
      if (mark[c] !== stamp) { mark[c] = stamp; T.pairs[c]!++; }
    }
    for (let k = 0; k < es.length; k++) flags[es[k]!]! |= SEEN;
    for (let k = 0; k < ef.length; k += 2) {
      const l = T.list(ef[k] as number);
      if (l.forbidden === NONE) l.forbidden = [];
      l.forbidden.push({ ref: p.ref, text: ef[k + 1] as string });
    }
    if (eu.length > 0) {
      const entryKey = flat!.entryKey;
      for (let k = 0; k < eu.length; k++) {
        const key = entryKey[eu[k]!]!;
        if (key >= keyCount.length) { const k2 = new Int32Array(key * 2 + 16); k2.set(keyCount); T.keyCount = keyCount = k2; }
        if (keyCount[key]!++ === 0) firstUse.push(eu[k]!);
      }
    }
    if (grouped) { const o = i * KEYS; keys[o] = ek[0]!; keys[o + 1] = ek[1]!; keys[o + 2] = ek[2]!; }
    while (suppress !== undefined && sp < suppress.pair.length && suppress.pair[sp]! < i) sp++;
    for (let k = 0; k < ep.length; k++) {
      const pc = planById!.get(ep[k]![0]);
      if (pc === undefined) throw new Error(`Invariant failed: a cached finding of ${ep[k]![0]}, a check the run does not run`);
      recordProblems(rec, pc, ep[k]![1], start, i, sp, p.ref, p.source, p.target);
    }
    for (let m = 0; m < plan.measures.length; m++) { const x = em[m]; measures[m]![i] = x === null || x === undefined ? NaN : x; }
    if (espans.length > 0) countCandidates(cand, known, espans.map(([term, kind]) => ({ term, kind })), p.ref, p.source, maxExamples, eshort === null ? null : new Map(eshort));
  };
  // (a pair's work in a function called per pair: optimised as a function of its own, not by
  // on-stack replacement of a loop whose code after it has not run yet, thrown away when the loop ends)
  const auditPair = (i: number): void => {
    const p = pairs[i]!;
    const source = p.source, target = p.target;
    const stamp = i + 1;
    scanned++;
    if (cache !== undefined) {
      const s = stored![i];
      if (s !== undefined) { replay(i, JSON.parse(s) as PairEffect); return; }
      effect = [[], [], [], [], [], [], [], [], null];
      cacheable = true;
    }
    const ef = effect;
    let ns = 0, nt = 0;
    // the conditions on the glossary matches that hold for this pair (COND bits; 0: a "clean" pair)
    let need = 0;
    let nIn = 0;
    if (!flat) { if (grouped) consistencyKeys(source, target, keys, i * KEYS); }
    else {
      ns = flat.scanSource(source);
      nt = flat.scanTarget(target);
      // (the consistency keys from the tokens the matcher just made)
      if (grouped) consistencyKeys(source, target, keys, i * KEYS, sourceTokens, targetTokens);
      const so = flat.sourceOut, to = flat.targetOut;
      const sourceConcept = flat.sourceConcept;
      for (let k = 0; k < ns; k++) {
        // (an acronym inside a name or a person's initials — `PT AS Teknologi`, `tersangka AS (34)` — is
        // no occurrence of the concept, as the checks read it)
        if (nameNotTerm(source, so[3 * k]!, so[3 * k + 1]!)) continue;
        const c = sourceConcept[so[3 * k + 2]!]!;
        if (mark[c] === stamp && bracketed(source, sEnd[c]!, so[3 * k]!)) { sEnd[c] = so[3 * k + 1]!; continue; }
        sEnd[c] = so[3 * k + 1]!;
        if (ef !== undefined) ef[0].push(c);
        occ[c]!++;
        flags[c]! |= TOUCHED;
        if (mark[c] === stamp) need |= TERM_REPEATED;
        else { mark[c] = stamp; if (nIn < 64) inList[nIn] = c; nIn++; }
      }
      if (nIn > 64) { for (let c = 0; c < nConcepts; c++) if (mark[c] === stamp) T.pairs[c]!++; }
      else for (let q = 0; q < nIn; q++) T.pairs[inList[q]!]!++;
      let nRendered = 0;
      const { entryStart, entryConcept, entryStatus, entryKey } = flat;
      for (let k = 0; k < nt; k++) {
        const pat = to[3 * k + 2]!;
        if (nameNotTerm(target, to[3 * k]!, to[3 * k + 1]!)) continue;
        let mine = false, allowed = false;
        for (let e = entryStart[pat]!, end = entryStart[pat + 1]!; e < end; e++) {
          const c = entryConcept[e]!;
          flags[c]! |= SEEN;
          if (ef !== undefined) ef[1].push(c);
          const forbidden = entryStatus[e] === FORBIDDEN;
          if (!forbidden) allowed = true;
          if (forbidden) {
            need |= FORBIDDEN_RENDERING;
            // (a forbidden use as glossary-forbidden-term reads it: not inside a longer name, `AS Teknologi`)
            const spans = Array.from({ length: nt }, (_, q) => ({ start: to[3 * q]!, end: to[3 * q + 1]! }));
            if (!forbiddenInLongerName(target, to[3 * k]!, to[3 * k + 1]!, spans)) {
              const l = T.list(c);
              if (l.forbidden === NONE) l.forbidden = [];
              l.forbidden.push({ ref: p.ref, text: target.slice(to[3 * k]!, to[3 * k + 1]!) });
              if (ef !== undefined) ef[2].push(c, target.slice(to[3 * k]!, to[3 * k + 1]!));
            }
          }
          if (mark[c] !== stamp) continue;
          mine = true;
          if (!forbidden && rend[c] !== stamp) { rend[c] = stamp; nRendered++; }
          // (a rendering in brackets right after another of the concept's, `General Elections Commission (KPU)`: one use)
          const again = tStamp[c] === stamp && bracketed(target, tEnd[c]!, to[3 * k]!);
          if (tEnd[c] !== to[3 * k + 1]! || tStamp[c] !== stamp) { tStamp[c] = stamp; tEnd[c] = to[3 * k + 1]!; }
          if (again) continue;
          const key = entryKey[e]!;
          if (key >= keyCount.length) { const k2 = new Int32Array(key * 2 + 16); k2.set(keyCount); T.keyCount = keyCount = k2; }
          if (keyCount[key]!++ === 0) firstUse.push(e);
          if (ef !== undefined) ef[3].push(e);
        }
        if (!mine && allowed) need |= UNEXPECTED_RENDERING;
      }
      if (nRendered !== nIn) {
        const dnt = dntOf(flat);
        if (nIn > 64) { for (let c = 0; c < nConcepts; c++) if (mark[c] === stamp && rend[c] !== stamp) need |= dnt[c] ? DNT_UNRENDERED : TERM_UNRENDERED; }
        else for (let q = 0; q < nIn; q++) { const c = inList[q]!; if (rend[c] !== stamp) need |= dnt[c] ? DNT_UNRENDERED : TERM_UNRENDERED; }
      }
    }
    // (a unit imported with inline codes: the checks that read its tags run on it)
    if (p.tags !== undefined) need |= HAS_TAGS;
    // The pair checks, each only where it can report something (CheckMeta.needs.when: e.g.
    // glossary-count-mismatch only where a concept occurs twice in the source; a pair without any
    // condition, most pairs, gets no glossary check at all), each given what it reads (the texts, or
    // the glossary matches too: made as objects only then). The equality tests keep this in step.
    let textInput: CheckInput | undefined, termInput: CheckInput | undefined, targetInput: CheckInput | undefined;
    while (suppress !== undefined && sp < suppress.pair.length && suppress.pair[sp]! < i) sp++;
    for (let pi = 0; pi < planPair.length; pi++) {
      const pc = planPair[pi]!;
      if (pc.when !== 0 && (need & pc.when) === 0) continue;
      let input: CheckInput;
      // (a check that reads the target terms' spans alone takes them from the target's tokens: CheckNeeds.spans)
      if (pc.tags) input = { source, target, sourceTerms: noTerms, targetTerms: noTerms, concepts, sourceTokens, targetTokens, tags: p.tags };
      else if (pc.reads === "text" || !flat || (pc.spans && targetTokens !== null && targetTokens.nm >= 0 && targetTokens.source === target)) input = textInput ??= { source, target, sourceTerms: noTerms, targetTerms: noTerms, concepts, sourceTokens, targetTokens };
      else if (pc.reads === "target-terms" && termInput === undefined) {
        // (the target's matches only: what such a check reads)
        if (targetInput === undefined) {
          const targetTerms: TargetMatch[] = new Array(nt);
          const to = flat.targetOut;
          for (let k = 0; k < nt; k++) targetTerms[k] = new LazyTargetMatch(to[3 * k]!, to[3 * k + 1]!, flat, target, k);
          targetInput = nt === 0 ? (textInput ??= { source, target, sourceTerms: noTerms, targetTerms: noTerms, concepts, sourceTokens, targetTokens }) : { source, target, sourceTerms: noTerms, targetTerms, concepts, sourceTokens, targetTokens };
        }
        input = targetInput;
      } else {
        if (termInput === undefined) {
          const sourceTerms: SourceMatch[] = new Array(ns);
          for (let k = 0; k < ns; k++) sourceTerms[k] = flat.sourceMatch(source, k);
          const targetTerms: TargetMatch[] = new Array(nt);
          for (let k = 0; k < nt; k++) targetTerms[k] = flat.targetMatch(target, k);
          termInput = { source, target, sourceTerms, targetTerms, concepts, sourceTokens, targetTokens };
        }
        input = termInput;
      }
      let problems: Problem[];
      try {
        problems = pc.check.check(input, pc.options);
      } catch (cause) {
        throw new SelarasError("check-crashed", { checkId: pc.id, ref: p.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
      }
      if (problems.length === 0) continue;
      if (ef !== undefined) { const kept = storedProblems(problems); if (kept === null) cacheable = false; else ef[5].push([pc.id, kept]); }
      recordProblems(rec, pc, problems, start, i, sp, p.ref, source, target);
    }
    for (let m = 0; m < plan.measures.length; m++) {
      const mc = plan.measures[m]!;
      let x: number | undefined;
      try {
        x = mc.check.measure!(textInput ??= { source, target, sourceTerms: noTerms, targetTerms: noTerms, concepts, sourceTokens, targetTokens }, mc.options);
      } catch (cause) {
        throw new SelarasError("check-crashed", { checkId: mc.id, ref: p.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
      }
      measures[m]![i] = x ?? NaN;
      if (ef !== undefined) { if (x === undefined || Number.isNaN(x)) ef[6].push(null); else if (Number.isFinite(x)) ef[6].push(x); else cacheable = false; }
    }
    const spans = flat ? candidateSpansFlat(source, flat.sourceOut, ns, flat.sourceTokens) : candidateSpansFlat(source, noTerms, 0);
    const short = spans.length > 1 ? shortForms(source, spans) : null;
    if (spans.length > 0) countCandidates(cand, known, spans, p.ref, source, maxExamples, short);
    if (ef !== undefined) {
      if (grouped) { const o = i * KEYS; ef[4].push(keys[o]!, keys[o + 1]!, keys[o + 2]!); }
      for (let k = 0; k < spans.length; k++) ef[7].push([spans[k]!.term, spans[k]!.kind]);
      if (short !== null) ef[8] = [...short];
      made![i] = cacheable ? JSON.stringify(ef) : undefined;
    }
  };
  for (let i = 0; i < pairs.length; i++) auditPair(i);
  return finishChunk(matcher, flat, T, start, pairs.length, counts, byCheck, cand, keys, found, measures, usedSuppressions);
}

/** Is text[from, to) an opening bracket between spaces (`Komisi Pemilihan Umum (KPU)`), as countOccurrences (./util) reads it? */
function bracketed(text: string, from: number, to: number): boolean {
  if (from > to) return false;
  let i = from;
  while (i < to && /\s/.test(text[i]!)) i++;
  if (i === to || (text.charCodeAt(i) !== 0x28 && text.charCodeAt(i) !== 0x5b)) return false;
  for (i++; i < to; i++) if (!/\s/.test(text[i]!)) return false;
  return true;
}

/** What recordProblems writes to: the chunk's aggregates, and the per-pair marks of auditChunk. */
interface ProblemRecorder {
  readonly byCheck: Record<string, [number, number]>;
  readonly suppress: ChunkSuppressions | undefined;
  readonly usedSuppressions: number[];
  readonly counts: { error: number; warning: number; info: number; suppressed: number };
  readonly found: FindingPacker;
  readonly flat: FlatMatcher | undefined;
  readonly T: Tally;
  readonly mark: Int32Array;
  readonly violated: Int32Array;
}

/**
 * The problems of a pair check on pair `i` of the chunk (`sp`: its first entry in the suppressions)
 * into the chunk's aggregates. Out of auditChunk's per-pair code: few pairs have problems, of many
 * shapes, and that code's optimised code is not thrown away (and compiled again) when one is new.
 */
function recordProblems(r: ProblemRecorder, pc: AuditPlan["pair"][number], problems: readonly Problem[], start: number, i: number, sp: number, ref: string, source: string, target: string): void {
  const { suppress, flat, T } = r;
  const stamp = i + 1;
  const b = r.byCheck[pc.id];
  if (b) b[0] += problems.length;
  else r.byCheck[pc.id] = [problems.length, start + i];
  // a suppression of this check on this pair
  let silencedBy = -1;
  for (let q = sp; suppress !== undefined && q < suppress.pair.length && suppress.pair[q] === i; q++) {
    if (suppress.checkIds[q] === pc.id) { silencedBy = suppress.ids[q]!; break; }
  }
  if (silencedBy >= 0) r.usedSuppressions.push(silencedBy);
  const suppressed = silencedBy >= 0;
  for (let qi = 0; qi < problems.length; qi++) {
    const q = problems[qi]!;
    if (!(q.messageId in pc.check.meta.messages)) throw new Error(`Invariant failed: ${pc.id} reported unknown messageId "${q.messageId}"`);
    const severity = severityOf(pc.severity, q);
    if (suppressed) r.counts.suppressed++;
    else r.counts[severity]++;
    const data = q.data ?? {};
    r.found.push(start + i, pc.id, severity, q.messageId, data, suppressed);
    const entry = data.entry;
    if (typeof entry !== "string" || !flat || !pc.id.startsWith("glossary-")) continue;
    const c = conceptIndex(flat, entry);
    const a = T.list(c);
    if (!suppressed && r.mark[c] === stamp && r.violated[c] !== stamp) { r.violated[c] = stamp; T.violatingPairs[c]!++; }
    const targetText = q.target ? target.slice(q.target.start, q.target.end) : undefined;
    if (a.violations === NONE) { a.violations = []; a.violationPairs = []; }
    a.violationPairs.push(start + i);
    a.violations.push({
      ref, checkId: pc.id, severity, messageId: q.messageId, data,
      source, target,
      offending: targetText ?? (q.source ? source.slice(q.source.start, q.source.end) : ""), suppressed,
    });
    if (pc.id === "glossary-term-missing" && q.messageId === "untranslated") {
      if (a.untranslated === NONE) a.untranslated = [];
      a.untranslated.push({ ref, text: targetText ?? "" });
    }
  }
}

/** A pair's candidate-term spans counted into `cand` (out of auditChunk's per-pair code: its closure would hold the pair in a context of each pass). */
function countCandidates(cand: Map<string, [string, "acronym" | "name", number, RefText[], Record<string, number> | null]>, known: ReadonlySet<string>, spans: readonly { readonly term: string; readonly kind: "acronym" | "name" }[], ref: string, source: string, maxExamples: number, short: ReadonlyMap<string, string> | null): void {
  // (`short`: a short form and the name written right before it, `Badan Pusat Statistik (BPS)`: shortForms)
  for (let k = 0; k < spans.length; k++) {
    const { term, kind } = spans[k]!;
    if (known.has(term.toLowerCase()) || cutFromKnown(source, term, known)) continue;
    let c = cand.get(term);
    if (!c) cand.set(term, (c = [term, kind, 0, [], null]));
    c[2]++;
    const long = short?.get(term);
    if (long !== undefined) (c[4] ??= {})[long] = (c[4][long] ?? 0) + 1;
    if (c[3].length < maxExamples && !c[3].some((e) => e.ref === ref)) c[3].push({ ref, text: source.trim() });
  }
}

/** A chunk's aggregates from its tallies (out of auditChunk: code its compilations need not hold). */
function finishChunk(matcher: GlossaryMatcher | undefined, flat: FlatMatcher | undefined, T: Tally, start: number, size: number, counts: ChunkAggregate["counts"], byCheck: ChunkAggregate["byCheck"], cand: Map<string, ChunkAggregate["candidates"][number]>, keys: Int32Array, found: FindingPacker, measures: Float64Array[], usedSuppressions: number[]): ChunkAggregate {
  const nConcepts = flat ? flat.concepts.length : 0;
  const { occ, flags, firstUse, keyCount } = T;
  const tally = new Int32Array(nConcepts * TALLY);
  const lists: [number, ConceptLists][] = [];
  for (let c = 0; c < nConcepts; c++) {
    const f = flags[c]!;
    if (f === 0) continue;
    const o = c * TALLY;
    tally[o] = occ[c]!; tally[o + 1] = T.pairs[c]!; tally[o + 2] = T.violatingPairs[c]!; tally[o + 3] = f;
    const l = T.lists[c];
    if (l) lists.push([c, l]);
  }
  const uses = new Int32Array(firstUse.length * 3);
  const useTexts: string[] = new Array(firstUse.length);
  const useKeys = new Int32Array(firstUse.length);
  if (flat) {
    for (let u = 0; u < firstUse.length; u++) {
      const e = firstUse[u]!;
      uses[3 * u] = flat.entryConcept[e]!; uses[3 * u + 1] = flat.entryStatus[e]!; uses[3 * u + 2] = keyCount[flat.entryKey[e]!]!;
      useTexts[u] = flat.entryRendering[e]!;
      useKeys[u] = flat.entryKey[e]!;
    }
  }
  const ids = flat ? idsOf(flat) : [];
  const keyTable = flat && (matcher as Partial<CompiledGlossary>).flat === flat ? keyTableOf(flat) : 0;
  return { start, size, counts, byCheck, ids, tally, uses, useTexts, useKeys, keyTable, lists, candidates: [...cand.values()], keys, found: found.finish(), measures, usedSuppressions };
}

const idLists = new WeakMap<FlatMatcher, string[]>();
/** The concept ids by number (one array per matcher). */
function idsOf(flat: FlatMatcher): string[] {
  let ids = idLists.get(flat);
  if (!ids || ids.length !== flat.concepts.length) idLists.set(flat, (ids = flat.concepts.map((c) => c.id)));
  return ids;
}

const keyTables = new WeakMap<FlatMatcher, number>();
/**
 * A fingerprint of a compiled matcher's entry key numbering: a hash of what every key number stands
 * for (concept id, status, rendering), so that chunks of two matchers compiled from the same glossary
 * (this thread's and a worker's) are merged by key number. Never 0.
 */
function keyTableOf(flat: FlatMatcher): number {
  let h = keyTables.get(flat);
  if (h === undefined) {
    const name: string[] = new Array(flat.keys);
    for (let e = 0; e < flat.entryKey.length; e++) {
      const k = flat.entryKey[e]!;
      name[k] ??= `${flat.concepts[flat.entryConcept[e]!]!.id}\u0000${flat.entryStatus[e]}\u0000${flat.entryRendering[e]}`;
    }
    h = FNV;
    for (const x of name) { for (let i = 0; i < x.length; i++) h = Math.imul(h ^ x.charCodeAt(i), PRIME); h = Math.imul(h ^ 0xffff, PRIME); }
    h = (h ^ flat.keys) | 1;
    keyTables.set(flat, h);
  }
  return h;
}

const conceptIndexes = new WeakMap<FlatMatcher, Map<string, number>>();
function conceptIndex(flat: FlatMatcher, id: string): number {
  let m = conceptIndexes.get(flat);
  if (!m) conceptIndexes.set(flat, (m = new Map(flat.concepts.map((c, i) => [c.id, i]))));
  return m.get(id)!;
}

/**
 * Consistency keys, two per pair: keys of the normalised source (what inconsistent-rendering groups
 * by) and of the normalised target (what reused-rendering groups by); a third integer is 1 when both
 * sides have text (the checks skip the others). Equal normalised texts have equal keys (see textKey);
 * auditConsistency runs the checks themselves on the pairs whose key is shared, so a key shared by
 * different texts costs time, never a finding.
 */
export const KEYS = 3;
const FNV = 0x811c9dc5 | 0, PRIME = 0x01000193;

/** FNV-1a in two lanes (even and odd characters): half the multiply chain. */
function hashString(s: string): number {
  const n = s.length;
  let h = FNV, g = PRIME;
  let i = 0;
  for (; i + 1 < n; i += 2) { h = Math.imul(h ^ s.charCodeAt(i), PRIME); g = Math.imul(g ^ s.charCodeAt(i + 1), PRIME); }
  if (i < n) h = Math.imul(h ^ s.charCodeAt(i), PRIME);
  return (h ^ Math.imul(g, 0x9e3779b1) ^ n) | 0;
}

const keyTokens = createTokens();

/**
 * The consistency key of a text, a function of normalizeFast(text) alone: a plain normalised text
 * (printable ASCII, single spaces: most texts, which are their own normal form) is keyed by its
 * tokens (tokensKey), any other by a hash of its characters. `tokens`: the text's tokens when the
 * caller has them (the matcher's), so that a plain text is not read again.
 */
function textKey(text: string, tokens: Tokens | null): number {
  if (tokens !== null && tokens.plain && tokens.source === text) return tokensKey(tokens);
  const n = normalizeFast(text);
  return isPlain(n) ? tokensKey(tokenize(n, keyTokens)) : hashString(n);
}

/** Has the text something besides whitespace (as `text.trim() !== ""`)? */
function hasText(text: string): boolean {
  if (text.length === 0) return false;
  const c = text.charCodeAt(0);
  return (c > 0x20 && c < 0x80) || text.trim() !== "";
}

/** The consistency keys of a pair at out[o..o+3) (`sourceTokens`, `targetTokens`: its texts' tokens, if known). */
function consistencyKeys(source: string, target: string, out: Int32Array, o: number, sourceTokens: Tokens | null = null, targetTokens: Tokens | null = null): void {
  if (!hasText(source) || !hasText(target)) { out[o + 2] = 0; return; }
  out[o] = textKey(source, sourceTokens);
  out[o + 1] = textKey(target, targetTokens);
  out[o + 2] = 1;
}

/** A finding of a corpus check (consistency or measure), attached to the pair at `index`. */
export interface CorpusFinding {
  readonly index: number;
  readonly checkId: CheckId;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  /** The corpus check compares texts (AuditPlan.groups): the finding is a consistency conflict. */
  readonly conflict: boolean;
}

/**
 * The pairs of a run the audit reads again at the end: the ref of any pair, and the texts of the few
 * pairs the corpus checks compare (read back from where they came from: the run does not keep them).
 */
export interface PairAccess {
  ref(index: number): string;
  /** The pairs at these indexes (ascending), in that order. */
  fetch(indexes: readonly number[]): PairToCheck[];
  /**
   * `fetch` works for as long as the report is read: the report then keeps no copy of its
   * violations' pair texts, it reads them again when its violations are read.
   */
  readonly lasting?: boolean;
  /** The refs as plain data (ref(i) for every pair of the run), when they are kept in such a table. */
  refParts?(): RefParts;
  /**
   * The texts of these pairs (indexes ascending, distinct) as UTF-8, when `fetch` would decode them
   * from UTF-8 (a report copies them as they are); undefined: read them with `fetch`.
   */
  textBytes?(indexes: readonly number[]): PairTextBytes | undefined;
}

/** Texts of pairs as UTF-8, one pair after the other: pair j's source is bytes [at[2j], at[2j + 1]), its target [at[2j + 1], at[2j + 2]). */
export interface PairTextBytes {
  readonly bytes: Buffer;
  readonly at: Int32Array;
}

/** Access to pairs held in an array. */
export function arrayAccess(pairs: readonly PairToCheck[]): PairAccess {
  return { ref: (i) => pairs[i]!.ref, fetch: (indexes) => indexes.map((i) => pairs[i]!), lasting: true };
}

/**
 * The corpus checks' findings of a run from its consistency keys and its measures, sorted as
 * runChecks sorts; `texts`: the pairs read again (the group checks' members), by index.
 */
function corpusFindings(access: PairAccess, plan: AuditPlan, index: ConsistencyIndex, measures: readonly Float64Array[]): { findings: CorpusFinding[]; texts: Map<number, PairToCheck> } {
  const out: CorpusFinding[] = [];
  const texts = new Map<number, PairToCheck>();
  const run = (id: CheckId, f: () => CorpusProblem[]): CorpusProblem[] => {
    try {
      return f();
    } catch (cause) {
      throw new SelarasError("check-crashed", { checkId: id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
    }
  };
  for (const cc of plan.groups) {
    const members = index.members(cc.side);
    const subset = access.fetch(members);
    members.forEach((i, k) => texts.set(i, subset[k]!));
    // the consistency checks read only source and target: the pairs serve as their inputs (no copy)
    for (const q of run(cc.id, () => cc.check.checkCorpus(subset as unknown as readonly CheckInput[], cc.options))) {
      out.push({ index: members[q.index]!, checkId: cc.id, severity: severityOf(cc.severity, q), messageId: q.messageId, data: q.data ?? {}, conflict: true });
    }
  }
  plan.measures.forEach((mc, m) => {
    for (const q of run(mc.id, () => mc.check.judge!(measures[m]!, mc.options))) {
      out.push({ index: q.index, checkId: mc.id, severity: severityOf(mc.severity, q), messageId: q.messageId, data: q.data ?? {}, conflict: false });
    }
  });
  out.sort((a, b) => a.index - b.index || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
  return { findings: out, texts };
}

/** A column of 32-bit integers that grows by doubling. */
class IntColumn {
  private data = new Int32Array(256);
  length = 0;
  push(x: number): void {
    if (this.length === this.data.length) { const d = new Int32Array(this.data.length * 2); d.set(this.data); this.data = d; }
    this.data[this.length++] = x;
  }
  get(i: number): number { return this.data[i]!; }
}

const TEXT_BLOCK = 1 << 20;

/** Buffer's own UTF-8 writer (what buf.write(s, at) calls, without reading its arguments again); the bytes written. */
export interface Utf8Writer { utf8Write(s: string, at: number): number }
/** Buffer's own UTF-8 reader (what buf.toString("utf8", start, end) calls, without reading its arguments again). */
interface Utf8Reader { utf8Slice(start: number, end: number): string }

/**
 * Strings kept as UTF-8 one after the other in 1 MiB blocks, outside the JS heap (no string object
 * each, nothing for the garbage collector to trace), read back by number.
 */
class TextStore {
  private readonly blocks: Buffer[] = [];
  private used = 0;
  /** Per string: its block, start and end (bytes). */
  private readonly at = new IntColumn();
  get length(): number { return this.at.length / 3; }
  add(s: string): number {
    // (room for the most bytes s can take, 3 per UTF-16 unit: no pass to count them first)
    const most = 3 * s.length;
    let b = this.blocks[this.blocks.length - 1];
    if (b === undefined || this.used + most > b.length) {
      this.blocks.push((b = Buffer.allocUnsafe(Math.max(TEXT_BLOCK, most))));
      this.used = 0;
    }
    const bytes = (b as unknown as Utf8Writer).utf8Write(s, this.used);
    this.at.push(this.blocks.length - 1); this.at.push(this.used); this.at.push(this.used + bytes);
    this.used += bytes;
    return this.at.length / 3 - 1;
  }
  get(k: number): string {
    const o = 3 * k;
    return (this.blocks[this.at.get(o)]! as unknown as Utf8Reader).utf8Slice(this.at.get(o + 1), this.at.get(o + 2));
  }
}

/** Can `JSON.parse(JSON.stringify(x))` give back x (strings and finite numbers)? */
function jsonSafe(values: Iterable<unknown>): boolean {
  for (const v of values) if (typeof v !== "string" && !(typeof v === "number" && Number.isFinite(v) && !Object.is(v, -0))) return false;
  return true;
}

/** Can UTF-8 carry s (TextStore, PairAccess.textBytes): no lone surrogate? */
export function utf8Safe(s: string): boolean {
  return !SURROGATE.test(s) || !LONE_SURROGATE.test(s);
}
const SURROGATE = /[\ud800-\udfff]/;
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

/** An empty list of names or values. */
const NO_ITEMS: readonly never[] = Object.freeze([]);

/** What violations share: check, severity, message id, data names, suppressed. */
interface ViolationKind { readonly checkId: string; readonly severity: Severity; readonly messageId: string; readonly names: readonly string[]; readonly suppressed: boolean }

/**
 * The violations of a chunk's lists in columns, in list order (how a worker thread sends them: no
 * object per violation, see src/app/audit-workers.ts packViolations): per list its number of
 * violations; per violation its pair (index in the run), its check, severity, message id and data
 * names (NUL-joined) by number in `names`, and suppressed (0/1) (VCODES integers); the values of its
 * data in a row; its offending text.
 */
export interface PackedViolations {
  readonly perList: Int32Array;
  readonly pair: Int32Array;
  readonly codes: Int32Array;
  readonly names: string[];
  readonly values: (string | number)[];
  readonly offending: string[];
}
export const VCODES = 5;

/** Packed violations with their pairs (`pairOf`: the pair at a run index, its ref the run's). */
export interface ViolationColumns extends PackedViolations {
  pairOf(index: number): PairToCheck;
}

/** A chunk aggregate whose violations come in columns (`packed`; its lists' `violations` then empty). */
export type PackedChunkAggregate = ChunkAggregate & { readonly packed?: ViolationColumns };

/** Integers per violation in a ViolationStore. */
const VCOLS = 4;

/**
 * The glossary violations of a run, packed: per violation its pair (its ref is the run's), its kind
 * (check, severity, message id, data names, suppressed: by number in a small table), and as UTF-8
 * outside the heap its offending text and data values (one JSON text) and its pair's texts (once
 * per pair), or, with `readTexts`, not the texts: they are read again from where the pairs came
 * from when the violations are read. A violation costs some 30 bytes (plus its texts' bytes when
 * kept) instead of two objects and three strings on the heap (a million pairs with a violation on
 * every fifth kept ~70 MB of heap for them; ~85 MB as UTF-8 with the texts, ~20 MB without).
 */
class ViolationStore {
  private readonly text = new TextStore();
  /** Per violation (VCOLS integers): its pair, its kind, its values' text and its pair's texts (numbers in `text`; -1: read again). */
  private readonly cols = new IntColumn();
  private readonly kinds: ViolationKind[] = [];
  /** The first kinds met, with their numbers (see kindNumber). */
  private readonly recent: (ViolationKind & { readonly kind: number })[] = [];
  /** Kind number by `checkId severity messageId suppressed names…` (NUL-separated); -1: its names are not namesInPlace. */
  private readonly kindOf = new Map<string, number>();
  /** Violations kept as they are: data JSON cannot carry, names not in place, a ref not the pair's, texts UTF-8 cannot carry (kept ones). */
  private readonly whole = new Map<number, AuditViolation>();
  /** The pair whose texts were stored last, and where (a chunk's violations of one pair share them). */
  private readonly textsOf = new Map<number, number>();
  constructor(private readonly ref: (index: number) => string, private readonly readTexts?: Pick<PairAccess, "fetch" | "textBytes">) {}

  private kind(v: AuditViolation, names: readonly string[]): number {
    return this.kindNumber(v.checkId, v.severity, v.messageId, v.suppressed, names);
  }

  private kindNumber(checkId: string, severity: Severity, messageId: string, suppressed: boolean, names: readonly string[]): number {
    // (the kinds seen first, compared field by field: no key to build per violation)
    for (const r of this.recent) {
      if (r.checkId === checkId && r.messageId === messageId && r.severity === severity && r.suppressed === suppressed && sameNames(r.names, names)) return r.kind;
    }
    const kind = this.kindByKey(checkId, severity, messageId, suppressed, names);
    if (this.recent.length < 32) this.recent.push({ checkId, severity, messageId, suppressed, names: [...names], kind });
    return kind;
  }

  private kindByKey(checkId: string, severity: Severity, messageId: string, suppressed: boolean, names: readonly string[]): number {
    const id = `${checkId}\u0000${severity}\u0000${messageId}\u0000${suppressed ? 1 : 0}\u0000${names.join("\u0000")}`;
    let k = this.kindOf.get(id);
    if (k === undefined) {
      k = namesInPlace(names) ? this.kinds.length : -1;
      if (k >= 0) this.kinds.push({ checkId, severity, messageId, names: [...names], suppressed });
      this.kindOf.set(id, k);
    }
    return k;
  }

  /** A violation of the pair at `pair`; its number. */
  add(v: AuditViolation, pair: number): number {
    const k = this.cols.length / VCOLS;
    const names = Object.keys(v.data);
    const values: unknown[] = [v.offending];
    for (const n of names) values.push(v.data[n]);
    const kind = typeof v.offending === "string" && jsonSafe(values) && v.ref === this.ref(pair) && (this.readTexts || (utf8Safe(v.source) && utf8Safe(v.target))) ? this.kind(v, names) : -1;
    if (kind < 0) {
      this.whole.set(k, v);
      for (let c = 0; c < VCOLS; c++) this.cols.push(-1);
      return k;
    }
    let texts = this.readTexts ? -1 : this.textsOf.get(pair);
    if (texts === undefined) {
      texts = this.text.add(v.source);
      this.text.add(v.target);
      this.textsOf.set(pair, texts);
    }
    this.cols.push(pair);
    this.cols.push(kind);
    this.cols.push(this.text.add(JSON.stringify(values)));
    this.cols.push(texts);
    return k;
  }
  /**
   * A chunk's violations in columns (see ViolationColumns), stored as they are: no object per
   * violation (but one that is kept whole, as `add` keeps it); their numbers, in column order.
   * The same as `add` of each violation as unpackViolations gives it.
   */
  addColumns(p: ViolationColumns): Int32Array {
    const { pair, codes, names, values, offending } = p;
    const n = pair.length;
    const out = new Int32Array(n);
    // per data names number: the names (as unpackViolations reads them: "" is none)
    const keysOf: (readonly string[] | undefined)[] = new Array(names.length);
    // per combination of the five codes: the kind (-1: kept whole)
    const kindOf = new Map<number, number>();
    const N = names.length + 1;
    const readTexts = this.readTexts !== undefined;
    let at = 0;
    for (let v = 0; v < n; v++) {
      const o = v * VCODES;
      const nk = codes[o + 3]!;
      let keys = keysOf[nk];
      if (keys === undefined) keysOf[nk] = keys = names[nk]!.split("\u0000").filter((x) => x !== "");
      const code = (((codes[o]! * N + codes[o + 1]!) * N + codes[o + 2]!) * N + nk) * 2 + (codes[o + 4] === 1 ? 1 : 0);
      let kind = kindOf.get(code);
      if (kind === undefined) {
        kind = this.kindNumber(names[codes[o]!]!, names[codes[o + 1]!]! as Severity, names[codes[o + 2]!]!, codes[o + 4] === 1, keys);
        kindOf.set(code, kind);
      }
      const i = pair[v]!;
      const off = offending[v];
      // the values' JSON text (as JSON.stringify([offending, ...values]) writes it), when JSON carries them
      let json = kind >= 0 && typeof off === "string" ? "[" + JSON.stringify(off) : undefined;
      for (let k = 0; k < keys.length && json !== undefined; k++) {
        const x = values[at + k];
        if (typeof x === "string") json += "," + JSON.stringify(x);
        else if (typeof x === "number" && Number.isFinite(x) && !Object.is(x, -0)) json += "," + String(x);
        else json = undefined;
      }
      let texts = -1;
      if (json !== undefined && !readTexts) {
        const t = this.textsOf.get(i);
        if (t !== undefined) texts = t;
        else {
          const q = p.pairOf(i);
          if (utf8Safe(q.source) && utf8Safe(q.target)) {
            texts = this.text.add(q.source);
            this.text.add(q.target);
            this.textsOf.set(i, texts);
          } else json = undefined;
        }
      }
      if (json === undefined) {
        // (as unpackViolations makes it)
        const q = p.pairOf(i);
        const data: Record<string, string | number> = {};
        for (let k = 0; k < keys.length; k++) data[keys[k]!] = values[at + k]!;
        out[v] = this.add({ ref: q.ref, checkId: names[codes[o]!]!, severity: names[codes[o + 1]!]! as Severity, messageId: names[codes[o + 2]!]!, data, source: q.source, target: q.target, offending: off!, suppressed: codes[o + 4] === 1 }, i);
      } else {
        out[v] = this.cols.length / VCOLS;
        this.cols.push(i);
        this.cols.push(kind);
        this.cols.push(this.text.add(json + "]"));
        this.cols.push(texts);
      }
      at += keys.length;
    }
    return out;
  }
  /** The pairs of the chunks merged so far need their texts no longer looked up. */
  endChunk(): void { this.textsOf.clear(); }
  /**
   * The pairs of violations `ks` (a batch of a list) read again, when their texts were not kept: per
   * violation its pair's slot in the batch (-1: none, the violation is kept whole).
   */
  pairsOf(ks: readonly number[]): TextBatch | undefined {
    const access = this.readTexts;
    if (!access) return undefined;
    // (pair, position) as one number, sorted: the distinct pairs ascending, and each position's slot
    const keyed = new Float64Array(ks.length);
    let n = 0;
    for (let j = 0; j < ks.length; j++) {
      const pair = this.cols.get(VCOLS * ks[j]!);
      if (pair >= 0) keyed[n++] = pair * VIOLATION_BATCH + j;
    }
    const sorted = keyed.subarray(0, n).sort();
    const slot = new Int32Array(ks.length).fill(-1);
    const unique: number[] = [];
    for (let x = 0; x < n; x++) {
      const j = sorted[x]! % VIOLATION_BATCH, pair = (sorted[x]! - j) / VIOLATION_BATCH;
      if (unique.length === 0 || unique[unique.length - 1] !== pair) unique.push(pair);
      slot[j] = unique.length - 1;
    }
    const bytes = access.textBytes?.(unique);
    return bytes ? new TextBatch(slot, undefined, bytes) : new TextBatch(slot, access.fetch(unique), undefined);
  }
  /** Violation k into `c` (but its pair's texts: see texts). */
  read(k: number, c: StoredViolationCursor): void {
    const whole = this.whole.size === 0 ? undefined : this.whole.get(k);
    c.whole = whole;
    if (whole !== undefined) return;
    const o = VCOLS * k;
    const pair = this.cols.get(o), kind = this.kinds[this.cols.get(o + 1)]!;
    const values = JSON.parse(this.text.get(this.cols.get(o + 2))) as (string | number)[];
    c.ref = this.ref(pair);
    c.checkId = kind.checkId; c.severity = kind.severity; c.messageId = kind.messageId; c.suppressed = kind.suppressed;
    c.names = kind.names; c.values = values; c.at = 1;
    c.offending = values[0] as string;
  }
  /** The source (side 0) or target (1) of violation k's pair (`batch`, `j`: its pair read again by pairsOf, at position j, when the texts were not kept). */
  texts(k: number, side: 0 | 1, batch: TextBatch | undefined, j: number): string {
    const texts = this.cols.get(VCOLS * k + 3);
    if (texts >= 0) return this.text.get(texts + side);
    return batch!.text(j, side);
  }
}

/**
 * The texts of the pairs of a batch of violations read again: as strings (`pairs`) or as UTF-8
 * (`utf8`, see PairAccess.textBytes); `slot`: per violation of the batch, its pair's number.
 */
class TextBatch {
  constructor(private readonly slot: Int32Array, private readonly pairs: readonly PairToCheck[] | undefined, private readonly utf8: PairTextBytes | undefined) {}
  text(j: number, side: 0 | 1): string {
    const s = this.slot[j]!;
    if (this.pairs) { const p = this.pairs[s]!; return side === 0 ? p.source : p.target; }
    const { bytes, at } = this.utf8!;
    return (bytes as unknown as Utf8Reader).utf8Slice(at[2 * s + side]!, at[2 * s + side + 1]!);
  }
  /**
   * Into `c` (bytes, bytesStart, bytesEnd): the UTF-8 of the text at position j when the batch has
   * it so and JSON writes it as it is between quotes; false when not.
   */
  plain(j: number, side: 0 | 1, c: { bytes: Uint8Array | undefined; bytesStart: number; bytesEnd: number }): boolean {
    if (this.utf8 === undefined) return false;
    const s = this.slot[j]!;
    const { bytes, at } = this.utf8;
    const start = at[2 * s + side]!, end = at[2 * s + side + 1]!;
    // (what JSON escapes: '"', '\\' and the controls; no byte of a longer UTF-8 sequence is one)
    for (let b = start; b < end; b++) { const x = bytes[b]!; if (x < 0x20 || x === 0x22 || x === 0x5c) return false; }
    c.bytes = bytes; c.bytesStart = start; c.bytesEnd = end;
    return true;
  }
}

/** Violations read at a time when their pairs are read again. */
const VIOLATION_BATCH = 2000;

/** The data of an item in place: its names given their values, in turn. */
function dataOf(names: readonly string[], values: readonly unknown[], at: number): Record<string, string | number> {
  const data: Record<string, string | number> = {};
  for (let k = 0; k < names.length; k++) data[names[k]!] = values[at + k] as string | number;
  return data;
}

/**
 * A concept's violations in place (see ViolationCursor); their pairs' texts read when asked for,
 * the texts of a batch of pairs read again at a time.
 */
class StoredViolationCursor implements ViolationCursor {
  whole: AuditViolation | undefined = undefined;
  ref = ""; checkId = ""; severity: Severity = "info"; messageId = ""; suppressed = false; offending = "";
  names: readonly string[] = NO_ITEMS; values: readonly unknown[] = NO_ITEMS; at = 0;
  /** The next violation (index in ids), the batch it is in, its pairs read again (when asked for). */
  private i = 0;
  private batchStart = 0;
  private batchEnd = 0;
  private batch: TextBatch | undefined;
  private batchRead = false;
  /** The UTF-8 of a text given by plainBytes. */
  bytes: Uint8Array | undefined = undefined;
  bytesStart = 0;
  bytesEnd = 0;
  constructor(private readonly store: ViolationStore, private readonly ids: readonly number[]) {}
  next(): boolean {
    const { store, ids } = this;
    if (this.i >= ids.length) return false;
    if (this.i === this.batchEnd) {
      this.batchStart = this.i;
      this.batchEnd = Math.min(ids.length, this.i + VIOLATION_BATCH);
      this.batch = undefined;
      this.batchRead = false;
    }
    store.read(ids[this.i++]!, this);
    return true;
  }
  private readBatch(): TextBatch | undefined {
    if (!this.batchRead) {
      this.batch = this.store.pairsOf(this.ids.slice(this.batchStart, this.batchEnd));
      this.batchRead = true;
    }
    return this.batch;
  }
  private text(side: 0 | 1): string {
    return this.store.texts(this.ids[this.i - 1]!, side, this.readBatch(), this.i - 1 - this.batchStart);
  }
  get source(): string { return this.text(0); }
  get target(): string { return this.text(1); }
  plainBytes(side: 0 | 1): boolean {
    if (this.whole !== undefined) return false;
    const batch = this.readBatch();
    return batch !== undefined && batch.plain(this.i - 1 - this.batchStart, side, this);
  }
  current(): AuditViolation {
    return this.whole ?? {
      ref: this.ref, checkId: this.checkId, severity: this.severity, messageId: this.messageId, data: dataOf(this.names, this.values, this.at),
      source: this.source, target: this.target, offending: this.offending, suppressed: this.suppressed,
    };
  }
}

/** A concept's violations (numbers in a ViolationStore) as Violations: one object at a time; JSON sees an array. */
class ViolationList implements Iterable<AuditViolation> {
  constructor(private readonly store: ViolationStore, private readonly ids: readonly number[]) {}
  get length(): number { return this.ids.length; }
  cursor(): ViolationCursor { return new StoredViolationCursor(this.store, this.ids); }
  *[Symbol.iterator](): Iterator<AuditViolation> {
    for (const c = this.cursor(); c.next();) yield c.current();
  }
  toJSON(): AuditViolation[] { return [...this]; }
}

/**
 * A chunk's findings as the run keeps them: the columns in the smallest integers that hold them, the
 * data values as one JSON text outside the heap (no string per value); read back by FindingList.
 */
export interface StoredFindings {
  readonly pair: Int32Array;
  readonly codes: Int32Array | Uint16Array;
  readonly names: string[];
  readonly values: (string | number)[] | Uint8Array;
}

function storeFindings(f: PackedFindings): StoredFindings {
  const codes = f.names.length <= 0xffff ? Uint16Array.from(f.codes) : f.codes;
  const values = jsonSafe(f.values) ? Buffer.from(JSON.stringify(f.values)) : f.values;
  return { pair: f.pair, codes, names: f.names, values };
}

function loadFindings(f: StoredFindings): PackedFindings {
  // (a Buffer that crossed to another thread comes as a Uint8Array)
  const v = f.values;
  const values = ArrayBuffer.isView(v) ? (JSON.parse(Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString("utf8")) as (string | number)[]) : v;
  return { pair: f.pair, codes: f.codes as Int32Array, names: f.names, values };
}

/** The findings of a FindingList in place (see FindingCursor): each chunk's packed findings, the corpus findings merged in. */
class FindingListCursor implements FindingCursor {
  whole: ListedFinding | undefined = undefined;
  ref = ""; checkId = ""; severity: Severity = "info"; messageId = ""; suppressed = false;
  names: readonly string[] = NO_ITEMS; values: readonly unknown[] = NO_ITEMS; at = 0;
  /** The pack being read, and the next finding in it. */
  private p = -1;
  private r: FindingReader | undefined;
  private i = 0;
  /** The next corpus finding; the current one's data (when it is one in place). */
  private k = 0;
  private data: Readonly<Record<string, string | number>> | undefined;
  /** The corpus findings' sets of data names (null: not in place). */
  private readonly namesOf = new Map<string, string[] | null>();
  constructor(
    private readonly packs: readonly StoredFindings[],
    private readonly corpus: readonly CorpusFinding[],
    private readonly corpusSuppressed: Uint8Array,
    private readonly refOf: (index: number) => string,
  ) {}
  next(): boolean {
    let r = this.r;
    while (r === undefined || this.i >= r.length) {
      if (this.p + 1 >= this.packs.length) { r = undefined; break; }
      r = new FindingReader(loadFindings(this.packs[++this.p]!));
      this.i = 0;
    }
    this.r = r;
    const { corpus } = this;
    if (this.k < corpus.length) {
      // a corpus finding comes before the pack's next one of the same pair with a later check id
      const f = corpus[this.k]!;
      const index = r === undefined ? 0 : r.pair(this.i);
      if (r === undefined || f.index < index || (f.index === index && f.checkId <= r.checkId(this.i))) {
        const suppressed = this.corpusSuppressed[this.k++] === 1;
        const names = this.inPlace(f.data);
        if (names === undefined) {
          this.whole = { ref: this.refOf(f.index), checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data, suppressed };
          return true;
        }
        this.whole = undefined;
        this.ref = this.refOf(f.index); this.checkId = f.checkId; this.severity = f.severity; this.messageId = f.messageId; this.suppressed = suppressed;
        this.names = names; this.values = names.map((n) => f.data[n]); this.at = 0;
        this.data = f.data;
        return true;
      }
    }
    this.data = undefined;
    if (r === undefined) return false;
    const i = this.i++;
    const { codes, names } = r.f;
    const o = i * FCODES, n = codes[o + 3]!;
    this.ref = this.refOf(r.pair(i));
    if (!r.inPlace[n]) { this.whole = r.read(i, this.ref); return true; }
    this.whole = undefined;
    this.checkId = names[codes[o]!]!; this.severity = names[codes[o + 1]!]! as Severity; this.messageId = names[codes[o + 2]!]!;
    this.names = r.keysOf[n]!; this.values = r.f.values; this.at = r.valueAt[i]!;
    this.suppressed = codes[o + 4] === 1;
    return true;
  }
  current(): ListedFinding {
    return this.whole ?? { ref: this.ref, checkId: this.checkId, severity: this.severity, messageId: this.messageId, data: this.data ?? dataOf(this.names, this.values, this.at), suppressed: this.suppressed };
  }
  /**
   * The names of a corpus finding's data when it can be read in place: a plain object (as JSON
   * writes it: its keys, each value as it is) whose names are in place; one array per set of names.
   */
  private inPlace(data: Readonly<Record<string, string | number>>): readonly string[] | undefined {
    const proto = Object.getPrototypeOf(data) as unknown;
    if ((proto !== Object.prototype && proto !== null) || typeof (data as { toJSON?: unknown }).toJSON === "function") return undefined;
    const keys = Object.keys(data);
    const id = keys.join("\u0000");
    let names = this.namesOf.get(id);
    // (names holding the separator could give another set's id)
    if (names && (names.length !== keys.length || names.some((n, k) => n !== keys[k]))) return namesInPlace(keys) ? keys : undefined;
    if (names === undefined) {
      names = namesInPlace(keys) ? keys : null;
      if (this.namesOf.size < 1000) this.namesOf.set(id, names);
    }
    return names ?? undefined;
  }
}

/**
 * Every finding of a run, read from the chunks' packed findings and the corpus findings merged by
 * pair, then check id (runChecks' order), one object at a time (or in place: `cursor`): the list
 * costs its columns, not an object per finding. JSON.stringify sees an array.
 */
export class FindingList implements Iterable<ListedFinding> {
  readonly length: number;
  constructor(
    private readonly packs: readonly StoredFindings[],
    private readonly corpus: readonly CorpusFinding[],
    private readonly corpusSuppressed: Uint8Array,
    private readonly ref: (index: number) => string,
    private readonly refParts?: () => RefParts,
  ) {
    this.length = packs.reduce((a, p) => a + p.pair.length, 0) + corpus.length;
  }
  /**
   * The list as plain data (typed arrays, strings, plain objects) another thread reads the same
   * findings from (findingsOfParts), or undefined where the refs are not a RefParts table.
   */
  parts(): FindingListParts | undefined {
    if (!this.refParts) return undefined;
    // the columns' own memory can be moved instead of copied (a Buffer in a shared pool cannot)
    const transfer = new Set<ArrayBuffer>();
    // (an ArrayBuffer of any realm, not a SharedArrayBuffer)
    const own = (a: ArrayBufferView) => { if (Object.prototype.toString.call(a.buffer) === "[object ArrayBuffer]" && a.byteOffset === 0 && a.byteLength === a.buffer.byteLength && a.byteLength > 0) transfer.add(a.buffer as ArrayBuffer); };
    for (const p of this.packs) { own(p.pair); own(p.codes); if (ArrayBuffer.isView(p.values)) own(p.values); }
    return { packs: this.packs, corpus: this.corpus, corpusSuppressed: this.corpusSuppressed, refs: this.refParts(), transfer: [...transfer] };
  }
  cursor(): FindingCursor {
    // (columns moved to another thread with `parts().transfer` are gone from this one)
    if (this.packs.reduce((a, p) => a + p.pair.length, 0) + this.corpus.length !== this.length) throw new Error("Invariant failed: the findings were moved to another thread");
    return new FindingListCursor(this.packs, this.corpus, this.corpusSuppressed, this.ref);
  }
  *[Symbol.iterator](): Iterator<ListedFinding> {
    for (const c = this.cursor(); c.next();) yield c.current();
  }
  toJSON(): ListedFinding[] {
    return [...this];
  }
}

/**
 * The refs of a run as plain data: a ref `<prefix>:<n>` as the number of its prefix (in `prefixes`)
 * and n, in two columns by pair index; a pair whose prefix number is -1 has its ref in `other`.
 */
export interface RefParts {
  readonly prefixes: readonly string[];
  readonly prefix: Int32Array;
  readonly n: Int32Array;
  readonly other: ReadonlyMap<number, string>;
}

/** The ref of pair i in a RefParts table. */
export function refOfParts(r: RefParts): (i: number) => string {
  const { prefixes, prefix, n, other } = r;
  return (i) => { const p = prefix[i]!; return p < 0 ? other.get(i)! : `${prefixes[p]!}:${n[i]!}`; };
}

/**
 * A FindingList as plain data (see FindingList.parts); `transfer`: the memory of its columns, which
 * a thread may move to another with them (the list is then empty here: reading it fails).
 */
export interface FindingListParts {
  readonly packs: readonly StoredFindings[];
  readonly corpus: readonly CorpusFinding[];
  readonly corpusSuppressed: Uint8Array;
  readonly refs: RefParts;
  readonly transfer: readonly ArrayBuffer[];
}

/** The findings of a FindingList's parts (in another thread), read as the list reads them. */
export function findingsOfParts(p: FindingListParts): FindingList {
  return new FindingList(p.packs, p.corpus, p.corpusSuppressed, refOfParts(p.refs));
}

/**
 * The consistency keys of a run, filled chunk by chunk in any order. As keys arrive, two bitsets per
 * key kind (source keys for inconsistent-rendering, target keys for reused-rendering) note which
 * bit positions were seen once and which again: small tables, cheap to update. At the end, only the
 * pairs whose key hits a "seen again" bit (every shared key, and a few others sharing its bit) are
 * counted exactly, and the pairs of keys counted twice or more go through the checks themselves.
 */
class ConsistencyIndex {
  private readonly keys: Int32Array;
  private readonly shift: number;
  /** Per key kind: the bitsets "seen" and "seen again", interleaved word by word (one cache line for both). */
  private readonly bitsets: Int32Array[] = [];
  added = 0;
  constructor(private n: number) {
    this.keys = new Int32Array(n * KEYS);
    // about 4 bits per pair, 2^10 … 2^24: small enough to stay in a core's cache (the bitsets are
    // updated at random as chunks arrive); the unshared keys that hit a "seen again" bit are sorted
    // out at the end, exactly
    let bits = 10;
    while (bits < 24 && 1 << bits < n * 4) bits++;
    this.shift = 32 - bits;
    for (let g = 0; g < 2; g++) this.bitsets.push(new Int32Array(2 << (bits - 5)));
  }

  /** The bit of key h: the top bits of a multiplicative hash. */
  private bit(h: number): number {
    return Math.imul(h, 0x9e3779b1) >>> this.shift;
  }

  /** The keys of pairs start.. (KEYS integers each). */
  add(keys: Int32Array, start: number): void {
    this.keys.set(keys, start * KEYS);
    this.added += keys.length / KEYS;
    for (let g = 0; g < 2; g++) {
      const bs = this.bitsets[g]!;
      for (let o = 0; o < keys.length; o += KEYS) {
        if (keys[o + 2] === 0) continue;
        const b = this.bit(keys[o + g]!);
        const w = (b >>> 5) << 1, m = 1 << (b & 31);
        if ((bs[w]! & m) !== 0) bs[w + 1]! |= m;
        else bs[w]! |= m;
      }
    }
  }

  /** The pairs whose key of kind g is shared (in pair order). */
  members(g: number): number[] {
    const keys = this.keys, bs = this.bitsets[g]!, shift = this.shift, n = this.n;
    // the candidates: key on a "seen again" bit (this.bit inline: a million pairs a side)
    const cand: number[] = [];
    for (let i = 0, o = 0; i < n; i++, o += KEYS) {
      if (keys[o + 2] === 0) continue;
      const b = Math.imul(keys[o + g]!, 0x9e3779b1) >>> shift;
      if ((bs[((b >>> 5) << 1) + 1]! & (1 << (b & 31))) !== 0) cand.push(i);
    }
    // their keys counted exactly: sorted, a key equal to its neighbour is shared
    const sorted = new Int32Array(cand.length);
    for (let c = 0; c < cand.length; c++) sorted[c] = keys[cand[c]! * KEYS + g]!;
    sorted.sort();
    const shared = new Set<number>();
    for (let c = 1; c < sorted.length; c++) if (sorted[c] === sorted[c - 1]) shared.add(sorted[c]!);
    return shared.size === 0 ? [] : cand.filter((i) => shared.has(keys[i * KEYS + g]!));
  }

  /** The run has `n` pairs (fewer than it was made for: pairs counted as read). */
  limit(n: number): void {
    if (n > this.n) throw new Error(`Invariant failed: ${n} pairs in a run of at most ${this.n}`);
    this.n = n;
  }

}

/** The audit report from the chunk aggregates (in any order: they are merged by start). */
export function mergeAudit(pairs: readonly PairToCheck[], chunks: readonly ChunkAggregate[], concepts: readonly Concept[], options: AuditOptions = {}): AuditReport {
  const m = new AuditMerger(pairs.length, arrayAccess(pairs), concepts, options);
  for (const ch of chunks) m.add(ch);
  return m.finish();
}

type Rendering = { text: string; status: string; count: number };
// renderings: keyed by status and text (in order of first use); byText finds most without making the key
interface Acc { occ: number; pairs: number; renderings: Map<string, Rendering>; byText: Map<string, Rendering>; violatingPairs: number; violations: number[]; forbidden: RefText[]; untranslated: RefText[] }

/**
 * Merges chunk aggregates as they come (from worker threads: in any order; they are merged in pair
 * order, an early-arriving chunk waits for the ones before it) and, at the end, the consistency
 * findings: the report is the same however the pairs were cut into chunks.
 */
export class AuditMerger {
  private readonly pending = new Map<number, PackedChunkAggregate>();
  private next = 0;
  private readonly consistency: ConsistencyIndex;
  private readonly counts = { error: 0, warning: 0, info: 0, suppressed: 0 };
  private readonly first = new Map<string, [number, number]>();
  private readonly acc = new Map<string, Acc>();
  private readonly seenTarget = new Set<string>();
  /** Concepts seen in a target, by number in `ids` (moved into seenTarget when the numbering changes, and at the end). */
  private seenByNumber = new Uint8Array(0);
  private ids: readonly string[] | undefined;
  /** Id arrays found equal to `ids` (a worker's copies: compared once). */
  private sameIds = new WeakSet<readonly string[]>();
  private byNumber: (Acc | undefined)[] = [];
  /** The rendering tallies by entry key number, for chunks with key numbering `keyTable` (a cache of acc[…].renderings). */
  private keyTable = 0;
  /** Per entry key number: its rendering's number in byKeyList + 1 (0: none yet); a dense column, not a sparse array. */
  private byKey = new Int32Array(0);
  private byKeyList: Rendering[] = [];
  private readonly cand = new Map<string, { term: string; kind: "acronym" | "name"; count: number; examples: RefText[]; expansions: Map<string, number> }>();

  private readonly plan: AuditPlan;
  /** The chunks' findings, in pair order. */
  private readonly found: StoredFindings[] = [];
  /** The concepts' violations (Acc.violations: their numbers here). */
  private readonly violations: ViolationStore;
  /** Per measuring corpus check, every pair's measure. */
  private readonly measures: Float64Array[];
  /** The suppressions that silenced a finding (by number). */
  readonly usedSuppressions = new Set<number>();

  /**
   * `suppressionOf`: the suppression (by number, -1: none) of a check's findings on a pair, for the
   * corpus checks' findings (the chunks' findings come with theirs, see ChunkSuppressions).
   */
  /**
   * `n` pairs in the run (`access`: their refs, and their texts again for the corpus checks);
   * `suppressionOf`: the suppression (by number, -1: none) of a check's findings on a pair.
   */
  constructor(
    private readonly n: number,
    private readonly access: PairAccess,
    private readonly concepts: readonly Concept[],
    private readonly options: AuditOptions = {},
    private readonly suppressionOf?: (index: number, pair: PairToCheck, checkId: string) => number,
  ) {
    this.consistency = new ConsistencyIndex(n);
    this.violations = new ViolationStore((i) => access.ref(i), access.lasting ? access : undefined);
    this.plan = auditPlan(options.config);
    this.measures = this.plan.measures.map(() => new Float64Array(n));
  }

  /** A chunk's aggregate (its violations as objects, or in columns: `packed`). */
  add(ch: PackedChunkAggregate): void {
    this.consistency.add(ch.keys, ch.start);
    ch.measures.forEach((m, k) => this.measures[k]!.set(m, ch.start));
    this.pending.set(ch.start, ch);
    for (let c = this.pending.get(this.next); c !== undefined; c = this.pending.get(this.next)) {
      this.pending.delete(this.next);
      this.merge(c);
      this.next += c.size;
    }
  }

  /** The concepts marked seen under the current numbering, into seenTarget. */
  private flushSeen(): void {
    const ids = this.ids, seen = this.seenByNumber;
    if (ids) for (let c = 0; c < seen.length; c++) if (seen[c]) this.seenTarget.add(ids[c]!);
    seen.fill(0);
  }

  private bump(id: string, n: number, index: number): void {
    const b = this.first.get(id);
    if (!b) this.first.set(id, [n, index]);
    else { b[0] += n; if (index < b[1]) b[1] = index; }
  }

  private accOf(c: number): Acc {
    let a = this.byNumber[c];
    if (!a) {
      const id = this.ids![c]!;
      a = this.acc.get(id);
      if (!a) this.acc.set(id, (a = { occ: 0, pairs: 0, renderings: new Map(), byText: new Map(), violatingPairs: 0, violations: [], forbidden: [], untranslated: [] }));
      this.byNumber[c] = a;
    }
    return a;
  }

  private merge(ch: PackedChunkAggregate): void {
    const counts = this.counts;
    counts.error += ch.counts.error; counts.warning += ch.counts.warning; counts.info += ch.counts.info; counts.suppressed += ch.counts.suppressed;
    if (ch.found.pair.length > 0) this.found.push(storeFindings(ch.found));
    for (const u of ch.usedSuppressions) this.usedSuppressions.add(u);
    for (const [id, [n, index]] of Object.entries(ch.byCheck)) this.bump(id, n, index);
    // (chunks from one matcher share their numbering; another numbering starts a new lookup table)
    const ids = this.ids;
    if (ch.ids !== ids && !this.sameIds.has(ch.ids)) {
      if (ids && ch.ids.length === ids.length && ch.ids.every((id, k) => id === ids[k])) this.sameIds.add(ch.ids);
      else {
        this.flushSeen();
        this.ids = ch.ids; this.byNumber = new Array(ch.ids.length); this.seenByNumber = new Uint8Array(ch.ids.length); this.sameIds = new WeakSet();
      }
    }
    const seen = this.seenByNumber;
    const t = ch.tally;
    for (let c = 0, o = 0; c < ch.ids.length; c++, o += TALLY) {
      const f = t[o + 3]!;
      if (f === 0) continue;
      if (f & SEEN) seen[c] = 1;
      if (!(f & TOUCHED)) continue;
      const a = this.accOf(c);
      a.occ += t[o]!;
      a.pairs += t[o + 1]!;
      a.violatingPairs += t[o + 2]!;
    }
    if (ch.keyTable !== this.keyTable || ch.keyTable === 0) { this.keyTable = ch.keyTable; this.byKey = new Int32Array(0); this.byKeyList = []; }
    const keyed = this.keyTable !== 0;
    let byKey = this.byKey;
    const byKeyList = this.byKeyList;
    const { uses, useKeys } = ch;
    for (let u = 0; u < ch.useTexts.length; u++) {
      const n = uses[3 * u + 2]!;
      const key = useKeys[u]!;
      if (keyed && key < byKey.length) {
        const x = byKey[key]!;
        if (x !== 0) { byKeyList[x - 1]!.count += n; continue; }
      }
      const a = this.accOf(uses[3 * u]!);
      const status = statusName(uses[3 * u + 1]!);
      const text = ch.useTexts[u]!;
      let r = a.byText.get(text);
      if (r !== undefined && r.status === status) r.count += n;
      else {
        const quick = r;
        const key = `${status}\u0000${text}`;
        r = a.renderings.get(key);
        if (r) r.count += n;
        else {
          r = { text, status, count: n };
          a.renderings.set(key, r);
          if (quick === undefined) a.byText.set(text, r);
        }
      }
      if (keyed) {
        if (key >= byKey.length) { const b = new Int32Array(Math.max(key + 1, 2 * byKey.length, 1024)); b.set(byKey); this.byKey = byKey = b; }
        byKey[key] = byKeyList.push(r);
      }
    }
    const packed = ch.packed;
    const numbers = packed === undefined ? undefined : this.violations.addColumns(packed);
    let v = 0;
    for (let i = 0; i < ch.lists.length; i++) {
      const [c, l] = ch.lists[i]!;
      const a = this.accOf(c);
      if (numbers !== undefined) for (let k = packed!.perList[i]!; k > 0; k--) a.violations.push(numbers[v++]!);
      else for (let k = 0; k < l.violations.length; k++) a.violations.push(this.violations.add(l.violations[k]!, l.violationPairs[k]!));
      for (const x of l.forbidden) a.forbidden.push(x);
      for (const x of l.untranslated) a.untranslated.push(x);
    }
    this.violations.endChunk();
    // candidate terms: counts summed, examples the first distinct refs in pair order
    const maxExamples = this.options.maxExamples ?? 2;
    for (const [term, kind, n, examples, expansions] of ch.candidates) {
      let c = this.cand.get(term);
      if (!c) this.cand.set(term, (c = { term, kind, count: 0, examples: [], expansions: new Map() }));
      c.count += n;
      if (expansions !== null) for (const [long, k] of Object.entries(expansions)) c.expansions.set(long, (c.expansions.get(long) ?? 0) + k);
      for (const e of examples) if (c.examples.length < maxExamples && !c.examples.some((x) => x.ref === e.ref)) c.examples.push(e);
    }
  }

  /**
   * The report: every chunk added; the corpus checks run now. `n`: the pairs of the run when they
   * were counted as they were read (at most the number the merger was made for).
   */
  finish(n: number = this.n): AuditReport {
    const { access, concepts, options, counts } = this;
    if (this.pending.size > 0 || this.next !== n) throw new Error(`Invariant failed: the chunks cover ${this.next} of ${n} pairs`);
    this.consistency.limit(n);
    const measures = n === this.n ? this.measures : this.measures.map((m) => m.subarray(0, n));
    const { findings: corpus, texts } = corpusFindings(access, this.plan, this.consistency, measures);
    if (this.suppressionOf) {
      // (the measures' findings may name pairs no group check read)
      const missing = [...new Set(corpus.filter((f) => !texts.has(f.index)).map((f) => f.index))].sort((a, b) => a - b);
      access.fetch(missing).forEach((p, k) => texts.set(missing[k]!, p));
    }
    const suppressed = new Uint8Array(corpus.length);
    corpus.forEach((f, k) => {
      const s = this.suppressionOf ? this.suppressionOf(f.index, texts.get(f.index)!, f.checkId) : -1;
      if (s >= 0) { suppressed[k] = 1; this.usedSuppressions.add(s); counts.suppressed++; }
      else counts[f.severity]++;
      this.bump(f.checkId, 1, f.index);
    });
    // byCheck keys in order of first finding (findings are sorted by pair, then check id)
    const byCheck: Record<string, number> = {};
    for (const [id, [k]] of [...this.first].sort((a, b) => a[1][1] - b[1][1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) byCheck[id] = k;
    const acc = this.acc;
    this.flushSeen();
    const store = this.violations;
    const tally = (id: string) => {
      const a = acc.get(id);
      return a && { ...a, violations: new ViolationList(store, a.violations) };
    };
    const { conceptAudits, neverSeen } = assembleConcepts(concepts, tally, this.seenTarget, (id) => acc.get(id)!.violatingPairs);
    // consistency conflicts, grouped (as the test oracle, test/helpers/audit-oracle.ts, groups them)
    const conflicts = groupConflicts(corpus.filter((f) => f.conflict).map((f) => ({ kind: f.checkId as Conflict["kind"], pair: texts.get(f.index)! })));
    const minCount = options.minCandidateCount ?? 2;
    const candidates = rankCandidates(this.cand.values(), minCount, options.maxCandidates)
      .map(({ expansions, ...c }) => ({ ...c, ...expansionOf(expansions) }));
    const unlisted = candidatesUnlisted(this.cand.values(), minCount, candidates.length);
    const refParts = access.refParts;
    const findings = new FindingList(this.found, corpus, suppressed, (i) => access.ref(i), refParts ? () => refParts.call(access) : undefined);
    return { pairs: n, concepts: concepts.length, counts: { ...counts }, byCheck, conceptAudits, neverSeen, conflicts, candidates, candidatesUnlisted: unlisted, findings };
  }
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
  const merger = new AuditMerger(pairs.length, arrayAccess(pairs), concepts, options);
  for (let s = 0; s < pairs.length; s += size) merger.add(auditChunk(pairs.slice(s, s + size), s, matcher, known, options));
  return merger.finish();
}

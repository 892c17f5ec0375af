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
import type { Concept, GlossaryMatcher, SourceMatch, TargetMatch } from "../glossary/types";
import { FORBIDDEN, statusName, type CompiledGlossary, type FlatMatcher, type TargetMatchEx } from "../glossary/match";
import { assembleConcepts, candidateSpansFlat, groupConflicts, knownSources, rankCandidates, type AuditOptions, type AuditReport, type AuditViolation, type Conflict } from "./audit";
export { knownSources };
import { checks, type CheckId } from "./index";
import type { PairToCheck } from "./run";
import { capSeverity, type CheckInput, type CorpusCheck, type CorpusProblem, type PairCheck, type Problem, type Severity } from "./types";
import { isPlain, normalizeFast, targetEntries } from "./util";
import { createTokens, tokenize, tokensKey, type Tokens } from "../glossary/tokenize";

/** The checks the glossary audit runs: the five glossary checks and the two consistency checks. */
export const AUDIT_CHECK_IDS: readonly CheckId[] = [
  "glossary-count-mismatch", "glossary-dnt-changed", "glossary-forbidden-term", "glossary-term-missing", "glossary-unexpected-term",
  "inconsistent-rendering", "reused-rendering",
];

// in registry order (= check id order, the order runChecks sorts a pair's findings in)
const PAIR_CHECK_LIST = (Object.entries(checks) as [CheckId, PairCheck<object>][])
  .filter(([id, c]) => AUDIT_CHECK_IDS.includes(id) && c.meta.scope === "pair")
  .map(([id, c]) => ({ id, check: c, options: { ...c.defaultOptions }, severity: c.meta.defaultSeverity as Severity }));
const CORPUS_CHECKS = (Object.entries(checks) as [CheckId, CorpusCheck<object>][])
  .filter(([id, c]) => AUDIT_CHECK_IDS.includes(id) && c.meta.scope === "corpus")
  .map(([id, c]) => ({ id, check: c, options: { ...c.defaultOptions }, severity: c.meta.defaultSeverity as Severity }));

/** The glossary checks' preconditions (see auditChunk). */
const NEED_COUNT = 1, NEED_DNT = 2, NEED_FORBIDDEN = 4, NEED_MISSING = 8, NEED_UNEXPECTED = 16;
const NEED: Record<string, number> = {
  "glossary-count-mismatch": NEED_COUNT, "glossary-dnt-changed": NEED_DNT, "glossary-forbidden-term": NEED_FORBIDDEN,
  "glossary-term-missing": NEED_MISSING, "glossary-unexpected-term": NEED_UNEXPECTED,
};
const PAIR_CHECKS = PAIR_CHECK_LIST.map((pc) => ({ ...pc, need: NEED[pc.id] ?? -1 }));

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
  readonly counts: { error: number; warning: number; info: number };
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
  readonly candidates: [string, "acronym" | "name", number, RefText[]][];
  /** The consistency keys of the chunk's pairs (see consistencyKeys), for auditConsistency. */
  readonly keys: Int32Array;
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
 * Matches, checks and summarises pairs[0..] (whose first pair is pair `start` of the run); keeps
 * nothing per pair but three integers (the consistency keys).
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
  const cand = new Map<string, [string, "acronym" | "name", number, RefText[]]>();
  const keys = new Int32Array(pairs.length * KEYS);
  const flat = matcher ? flatOf(matcher) : undefined;
  const nConcepts = flat ? flat.concepts.length : 0;
  const T = new Tally(nConcepts, flat ? flat.keys : 0);
  const { occ, flags, firstUse } = T;
  let keyCount = T.keyCount;
  // per pair: mark[c] === stamp when concept c is in the source, rend[c] === stamp when rendered
  const mark = new Int32Array(nConcepts), rend = new Int32Array(nConcepts);
  const inList = new Int32Array(64);
  const violated = new Set<number>();
  const concepts = matcher?.concepts;
  const noTerms: never[] = [];
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    const source = p.source, target = p.target;
    const stamp = i + 1;
    let ns = 0, nt = 0;
    // which glossary checks can report something on this pair (bits of NEED; 0: a "clean" pair)
    let need = 0;
    let nIn = 0;
    if (!flat) consistencyKeys(source, target, keys, i * KEYS);
    else {
      ns = flat.scanSource(source);
      nt = flat.scanTarget(target);
      // (the consistency keys from the tokens the matcher just made)
      consistencyKeys(source, target, keys, i * KEYS, flat.sourceTokens, flat.targetTokens);
      const so = flat.sourceOut, to = flat.targetOut;
      const sourceConcept = flat.sourceConcept;
      for (let k = 0; k < ns; k++) {
        const c = sourceConcept[so[3 * k + 2]!]!;
        occ[c]!++;
        flags[c]! |= TOUCHED;
        if (mark[c] === stamp) need |= NEED_COUNT;
        else { mark[c] = stamp; if (nIn < 64) inList[nIn] = c; nIn++; }
      }
      if (nIn > 64) { for (let c = 0; c < nConcepts; c++) if (mark[c] === stamp) T.pairs[c]!++; }
      else for (let q = 0; q < nIn; q++) T.pairs[inList[q]!]!++;
      let nRendered = 0;
      const { entryStart, entryConcept, entryStatus, entryKey } = flat;
      for (let k = 0; k < nt; k++) {
        const pat = to[3 * k + 2]!;
        let mine = false, allowed = false;
        for (let e = entryStart[pat]!, end = entryStart[pat + 1]!; e < end; e++) {
          const c = entryConcept[e]!;
          flags[c]! |= SEEN;
          const forbidden = entryStatus[e] === FORBIDDEN;
          if (!forbidden) allowed = true;
          if (forbidden) {
            need |= NEED_FORBIDDEN;
            const l = T.list(c);
            if (l.forbidden === NONE) l.forbidden = [];
            l.forbidden.push({ ref: p.ref, text: target.slice(to[3 * k]!, to[3 * k + 1]!) });
          }
          if (mark[c] !== stamp) continue;
          mine = true;
          if (!forbidden && rend[c] !== stamp) { rend[c] = stamp; nRendered++; }
          const key = entryKey[e]!;
          if (key >= keyCount.length) { const k2 = new Int32Array(key * 2 + 16); k2.set(keyCount); T.keyCount = keyCount = k2; }
          if (keyCount[key]!++ === 0) firstUse.push(e);
        }
        if (!mine && allowed) need |= NEED_UNEXPECTED;
      }
      if (nRendered !== nIn) {
        const dnt = dntOf(flat);
        if (nIn > 64) { for (let c = 0; c < nConcepts; c++) if (mark[c] === stamp && rend[c] !== stamp) need |= dnt[c] ? NEED_DNT : NEED_MISSING; }
        else for (let q = 0; q < nIn; q++) { const c = inList[q]!; if (rend[c] !== stamp) need |= dnt[c] ? NEED_DNT : NEED_MISSING; }
      }
    }
    // The glossary checks, each only where it can report something: count-mismatch needs a concept
    // twice in the source; dnt-changed a do-not-translate source concept, term-missing another source
    // concept, with no non-forbidden target match of it; forbidden-term a forbidden target match;
    // unexpected-term a target match with a non-forbidden entry and no entry of a source concept. A pair
    // without any of these (most pairs) has no glossary finding. The equality tests keep this in step.
    if (need !== 0 && flat) {
      const sourceTerms: SourceMatch[] = new Array(ns);
      for (let k = 0; k < ns; k++) sourceTerms[k] = flat.sourceMatch(source, k);
      const targetTerms: TargetMatch[] = new Array(nt);
      for (let k = 0; k < nt; k++) targetTerms[k] = flat.targetMatch(target, k);
      const input: CheckInput = { source, target, sourceTerms, targetTerms, concepts };
      violated.clear();
      for (const pc of PAIR_CHECKS) {
        if ((need & pc.need) === 0) continue;
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
          const severity = capSeverity(pc.severity, q.severity);
          counts[severity]++;
          const data = q.data ?? {};
          const entry = data.entry;
          if (typeof entry !== "string") continue;
          const c = conceptIndex(flat, entry);
          const a = T.list(c);
          if (mark[c] === stamp && !violated.has(c)) { violated.add(c); T.violatingPairs[c]!++; }
          const targetText = q.target ? target.slice(q.target.start, q.target.end) : undefined;
          if (a.violations === NONE) { a.violations = []; a.violationPairs = []; }
          a.violationPairs.push(start + i);
          a.violations.push({
            ref: p.ref, checkId: pc.id, severity, messageId: q.messageId, data,
            source, target,
            offending: targetText ?? (q.source ? source.slice(q.source.start, q.source.end) : ""), suppressed: false,
          });
          if (pc.id === "glossary-term-missing" && q.messageId === "untranslated") {
            if (a.untranslated === NONE) a.untranslated = [];
            a.untranslated.push({ ref: p.ref, text: targetText ?? "" });
          }
        }
      }
    }
    const spans = flat ? candidateSpansFlat(source, flat.sourceOut, ns, flat.sourceTokens) : candidateSpansFlat(source, noTerms, 0);
    for (let k = 0; k < spans.length; k++) {
      const { term, kind } = spans[k]!;
      if (known.has(term.toLowerCase())) continue;
      let c = cand.get(term);
      if (!c) cand.set(term, (c = [term, kind, 0, []]));
      c[2]++;
      if (c[3].length < maxExamples && !c[3].some((e) => e.ref === p.ref)) c[3].push({ ref: p.ref, text: source.trim() });
    }
  }
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
  return { start, size: pairs.length, counts, byCheck, ids, tally, uses, useTexts, useKeys, keyTable, lists, candidates: [...cand.values()], keys };
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

export interface ConsistencyFinding {
  readonly index: number;
  readonly checkId: CheckId;
  readonly severity: Severity;
}

/**
 * The consistency checks over every pair, sorted as runChecks sorts. The pairs are grouped by the
 * hashes of their consistency keys (from the chunks, or computed here); only the pairs of a group of
 * two or more (equal texts or a hash collision) go through the checks themselves, with their texts,
 * so the findings are exactly theirs.
 */
export function auditConsistency(pairs: readonly PairToCheck[], chunks?: readonly ChunkAggregate[]): ConsistencyFinding[] {
  const index = new ConsistencyIndex(pairs.length);
  if (chunks && chunks.reduce((a, c) => a + c.size, 0) === pairs.length) {
    for (const c of chunks) index.add(c.keys, c.start);
  } else {
    const keys = new Int32Array(pairs.length * KEYS);
    for (let i = 0; i < pairs.length; i++) consistencyKeys(pairs[i]!.source, pairs[i]!.target, keys, i * KEYS);
    index.add(keys, 0);
  }
  return index.findings(pairs);
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
  constructor(private readonly n: number) {
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
  private members(g: number): number[] {
    const keys = this.keys, bs = this.bitsets[g]!;
    // the candidates: key on a "seen again" bit
    const cand: number[] = [];
    for (let i = 0, o = 0; i < this.n; i++, o += KEYS) {
      if (keys[o + 2] === 0) continue;
      const b = this.bit(keys[o + g]!);
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

  findings(pairs: readonly PairToCheck[]): ConsistencyFinding[] {
    const out: ConsistencyFinding[] = [];
    for (const cc of CORPUS_CHECKS) {
      const members = this.members(cc.id === "inconsistent-rendering" ? 0 : 1);
      const subset = members.map((i) => pairs[i]!) as unknown as readonly CheckInput[];
      let problems: CorpusProblem[];
      try {
        // the corpus checks read only source and target: the pairs serve as their inputs (no copy)
        problems = cc.check.checkCorpus(subset, cc.options);
      } catch (cause) {
        throw new SelarasError("check-crashed", { checkId: cc.id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
      }
      for (const q of problems) out.push({ index: members[q.index]!, checkId: cc.id, severity: cc.severity });
    }
    out.sort((a, b) => a.index - b.index || (a.checkId < b.checkId ? -1 : a.checkId > b.checkId ? 1 : 0));
    return out;
  }
}

/** The audit report from the chunk aggregates (any order: they are sorted by start) and the consistency findings. */
export function mergeAudit(
  pairs: readonly PairToCheck[],
  chunks: readonly ChunkAggregate[],
  consistency: readonly ConsistencyFinding[],
  concepts: readonly Concept[],
  options: AuditOptions = {},
): AuditReport {
  const m = new AuditMerger(pairs, concepts, options);
  for (const ch of chunks) m.add(ch, false);
  return m.finish(consistency);
}

type Rendering = { text: string; status: string; count: number };
// renderings: keyed by status and text (in order of first use); byText finds most without making the key
interface Acc { occ: number; pairs: number; renderings: Map<string, Rendering>; byText: Map<string, Rendering>; violatingPairs: number; violations: AuditViolation[]; forbidden: RefText[]; untranslated: RefText[] }

/**
 * Merges chunk aggregates as they come (from worker threads: in any order; they are merged in pair
 * order, an early-arriving chunk waits for the ones before it) and, at the end, the consistency
 * findings: the report is the same however the pairs were cut into chunks.
 */
export class AuditMerger {
  private readonly pending = new Map<number, ChunkAggregate>();
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
  private byKey: (Rendering | undefined)[] = [];
  private readonly cand = new Map<string, { term: string; kind: "acronym" | "name"; count: number; examples: RefText[] }>();

  constructor(private readonly pairs: readonly PairToCheck[], private readonly concepts: readonly Concept[], private readonly options: AuditOptions = {}) {
    this.consistency = new ConsistencyIndex(pairs.length);
  }

  /** A chunk's aggregate (`keys`: also index its consistency keys, for finish without findings). */
  add(ch: ChunkAggregate, keys = true): void {
    if (keys) this.consistency.add(ch.keys, ch.start);
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

  private merge(ch: ChunkAggregate): void {
    const counts = this.counts;
    counts.error += ch.counts.error; counts.warning += ch.counts.warning; counts.info += ch.counts.info;
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
    if (ch.keyTable !== this.keyTable || ch.keyTable === 0) { this.keyTable = ch.keyTable; this.byKey = []; }
    const byKey = this.keyTable === 0 ? null : this.byKey;
    for (let u = 0; u < ch.useTexts.length; u++) {
      const n = ch.uses[3 * u + 2]!;
      if (byKey !== null) {
        const r = byKey[ch.useKeys[u]!];
        if (r !== undefined) { r.count += n; continue; }
      }
      const a = this.accOf(ch.uses[3 * u]!);
      const status = statusName(ch.uses[3 * u + 1]!);
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
      if (byKey !== null) byKey[ch.useKeys[u]!] = r;
    }
    const pairs = this.pairs;
    for (const [c, l] of ch.lists) {
      const a = this.accOf(c);
      for (let k = 0; k < l.violations.length; k++) {
        a.violations.push(l.violations[k]!);
      }
      for (const v of l.forbidden) a.forbidden.push(v);
      for (const v of l.untranslated) a.untranslated.push(v);
    }
    // candidate terms: counts summed, examples the first distinct refs in pair order
    const maxExamples = this.options.maxExamples ?? 2;
    for (const [term, kind, n, examples] of ch.candidates) {
      let c = this.cand.get(term);
      if (!c) this.cand.set(term, (c = { term, kind, count: 0, examples: [] }));
      c.count += n;
      for (const e of examples) if (c.examples.length < maxExamples && !c.examples.some((x) => x.ref === e.ref)) c.examples.push(e);
    }
  }

  /** The report: every chunk added, with the consistency findings (computed from the added chunks' keys when not given). */
  finish(consistency?: readonly ConsistencyFinding[]): AuditReport {
    const { pairs, concepts, options, counts } = this;
    if (this.pending.size > 0 || this.next !== pairs.length) throw new Error(`Invariant failed: the chunks cover ${this.next} of ${pairs.length} pairs`);
    consistency ??= this.consistency.added === pairs.length ? this.consistency.findings(pairs) : auditConsistency(pairs);
    for (const f of consistency) { counts[f.severity]++; this.bump(f.checkId, 1, f.index); }
    // byCheck keys in order of first finding (findings are sorted by pair, then check id)
    const byCheck: Record<string, number> = {};
    for (const [id, [n]] of [...this.first].sort((a, b) => a[1][1] - b[1][1] || (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) byCheck[id] = n;
    const acc = this.acc;
    this.flushSeen();
    const { conceptAudits, neverSeen } = assembleConcepts(concepts, (id) => acc.get(id), this.seenTarget, (id) => acc.get(id)!.violatingPairs);
    // consistency conflicts, grouped (as buildAudit groups them)
    const conflicts = groupConflicts(consistency.map((f) => ({ kind: f.checkId as Conflict["kind"], pair: pairs[f.index]! })));
    const candidates = rankCandidates(this.cand.values(), options.minCandidateCount ?? 2, options.maxCandidates);
    return { pairs: pairs.length, concepts: concepts.length, counts: { ...counts }, byCheck, conceptAudits, neverSeen, conflicts, candidates };
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
  const merger = new AuditMerger(pairs, concepts, options);
  for (let s = 0; s < pairs.length; s += size) merger.add(auditChunk(pairs.slice(s, s + size), s, matcher, known, options));
  return merger.finish();
}

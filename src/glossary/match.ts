/**
 * compileGlossary(concepts) → GlossaryMatcher: finds glossary terms in Indonesian text and glossary
 * renderings in English text. Pure: no I/O.
 *
 * How: every form is tokenized (./tokenize.ts) and inserted into a token trie keyed by normalised
 * tokens — one trie for case-insensitive forms (keys lower-cased), one for case-sensitive forms
 * (keys as written; the first letter may also be capitalised, for a sentence start). Matching walks
 * the tries from each token: the work per token is bounded by the longest form (in tokens), never
 * by the number of terms (a token-level multi-pattern automaton).
 *
 * Rules: whole words only; the longest match wins and matches never overlap (longest first, then
 * leftmost); case-sensitive forms match only as written; Indonesian clitics on the last word are
 * stripped (`misilnya`, see ./stem.ts), hyphens split words (`DMZ-nya`, `Rusia-Korea Utara`,
 * `Korea Selatan-AS-Jepang`); a reduplication `X-X` is one word (`sanksi-sanksi`); English renderings
 * match the inflections of their last word (`summits`, `ballistic missiles`) and possessives
 * (`North Korea's`); punctuation a form does not contain and blank lines stop a match, so a term never
 * crosses a sentence boundary. Every occurrence is reported.
 */
import type { Concept, GlossaryMatcher, RenderingStatus, SourceMatch, TargetMatch, TermRendering } from "./types";
import { BREAK, WORD, createTokens, tokenize, type Tokens } from "./tokenize";
import { englishStem, stripClitic } from "./stem";

type Lang = "id" | "en";

interface TrieNode {
  next: Map<string, TrieNode> | null;
  /** Pattern index ending here, or -1. */
  hit: number;
  /** English: stem of a last word → pattern index (a pattern whose last word is inflected). */
  stem: Map<string, number> | null;
}

/** One concept a target pattern belongs to (a rendering can be shared by concepts). */
export interface TargetEntry {
  readonly entry: string;
  readonly status: RenderingStatus;
  /** The rendering as written in the glossary (or the DNT source form). */
  readonly rendering: string;
}

/** A target match, with every concept the matched rendering belongs to (most matches have one). */
export interface TargetMatchEx extends TargetMatch {
  readonly entries: readonly TargetEntry[];
}

interface Pattern {
  readonly form: string;
  readonly caseSensitive: boolean;
  readonly entries: TargetEntry[];
  /** Source side: the concept. */
  concept?: Concept;
}

const newNode = (): TrieNode => ({ next: null, hit: -1, stem: null });

function capitaliseFirst(s: string): string {
  const c = s.codePointAt(0);
  if (c === undefined) return s;
  const ch = String.fromCodePoint(c);
  return ch.toUpperCase() + s.slice(ch.length);
}

/** The token keys of a form (throws nothing: an empty form gives no keys). */
export function formKeys(form: string, caseSensitive: boolean): { keys: string[]; words: boolean[] } {
  const t = tokenize(form.normalize("NFC"));
  const keys: string[] = [];
  const words: boolean[] = [];
  for (let i = 0; i < t.n; i++) {
    if (t.kind[i] === BREAK) continue;
    keys.push(t.kind[i] === WORD && !caseSensitive ? t.text[i]!.toLowerCase() : t.text[i]!);
    words.push(t.kind[i] === WORD);
  }
  return { keys, words };
}

class Side {
  readonly ci = newNode();
  readonly cs = newNode();
  readonly patterns: Pattern[] = [];
  private readonly byKey = new Map<string, number>();
  /** Does some pattern start with punctuation? (else punctuation tokens are skipped as starts) */
  punctStart = false;
  constructor(readonly lang: Lang) {}

  add(form: string, caseSensitive: boolean, entry: TargetEntry, concept?: Concept): void {
    const { keys, words } = formKeys(form, caseSensitive);
    if (keys.length === 0) return;
    const id = `${caseSensitive ? "s" : "i"}\u0000${keys.join("\u0000")}`;
    const known = this.byKey.get(id);
    if (known !== undefined) {
      const p = this.patterns[known]!;
      if (!p.entries.some((e) => e.entry === entry.entry && e.status === entry.status && e.rendering === entry.rendering)) p.entries.push(entry);
      return;
    }
    const index = this.patterns.length;
    this.patterns.push({ form, caseSensitive, entries: [entry], concept });
    this.byKey.set(id, index);
    if (!words[0]) this.punctStart = true;
    const variants = [keys];
    if (caseSensitive && words[0]) {
      const cap = capitaliseFirst(keys[0]!);
      if (cap !== keys[0]) variants.push([cap, ...keys.slice(1)]);
    }
    for (const ks of variants) this.insert(caseSensitive ? this.cs : this.ci, ks, words, index);
  }

  private insert(root: TrieNode, keys: string[], words: boolean[], index: number): void {
    let node = root;
    for (let i = 0; i < keys.length; i++) {
      const last = i === keys.length - 1;
      if (last && this.lang === "en" && words[i]) {
        const st = englishStem(keys[i]!);
        node.stem ??= new Map();
        if (!node.stem.has(st)) node.stem.set(st, index);
      }
      node.next ??= new Map();
      let child = node.next.get(keys[i]!);
      if (!child) { child = newNode(); node.next.set(keys[i]!, child); }
      node = child;
    }
    if (node.hit === -1) node.hit = index;
  }
}

/** Per-call scratch state (the matcher is synchronous, so one buffer per matcher is enough). */
interface Scratch {
  tokens: Tokens;
  lower: string[];
  cStartTok: number[];
  cEndTok: number[];
  cStart: number[];
  cEnd: number[];
  cPat: number[];
}

function newScratch(): Scratch {
  return { tokens: createTokens(), lower: [], cStartTok: [], cEndTok: [], cStart: [], cEnd: [], cPat: [] };
}

/** Finds the non-overlapping matches of `side` in `text`; returns [start, end, pattern] triples (flat). */
function findAll(side: Side, text: string, sc: Scratch): number[] {
  const t = tokenize(text, sc.tokens);
  const n = t.n;
  const { kind, start, end, base } = t;
  const toks = t.text;
  const lower = sc.lower;
  for (let i = 0; i < n; i++) lower[i] = kind[i] === WORD ? toks[i]!.toLowerCase() : toks[i]!;
  const isId = side.lang === "id";
  const isEn = side.lang === "en";
  let nc = 0;
  const { cStartTok, cEndTok, cStart, cEnd, cPat } = sc;

  let bestEnd = -1, bestEndTok = -1, bestPat = -1;
  const walk = (root: TrieNode, i: number, cs: boolean): void => {
    let node = root;
    for (let j = i; j < n; j++) {
      const k = kind[j]!;
      if (k === BREAK) return;
      const key = cs ? toks[j]! : lower[j]!;
      const next = node.next;
      if (k === WORD) {
        if (isId && next !== null) {
          const stripped = stripClitic(key);
          if (stripped !== null) {
            const c = next.get(stripped);
            if (c !== undefined && c.hit >= 0) {
              const e = end[j]! - (key.length - stripped.length);
              if (e >= bestEnd) { bestEnd = e; bestEndTok = j; bestPat = c.hit; }
            }
          }
        } else if (isEn && node.stem !== null) {
          const h = node.stem.get(englishStem(key));
          if (h !== undefined && end[j]! >= bestEnd) { bestEnd = end[j]!; bestEndTok = j; bestPat = h; }
        }
      }
      if (next === null) return;
      let child = next.get(key);
      if (child === undefined) {
        const b = base[j];
        if (b === null || b === undefined) return;
        child = next.get(cs ? b : b.toLowerCase());
        if (child === undefined) return;
      }
      node = child;
      if (node.hit >= 0 && end[j]! >= bestEnd) { bestEnd = end[j]!; bestEndTok = j; bestPat = node.hit; }
    }
  };

  const punctStart = side.punctStart;
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    if (k === BREAK || (k !== WORD && !punctStart)) continue;
    bestEnd = -1; bestEndTok = -1; bestPat = -1;
    walk(side.ci, i, false);
    const ciEnd = bestEnd;
    walk(side.cs, i, true); // a case-sensitive match of the same length wins (>=)
    if (bestPat < 0) continue;
    void ciEnd;
    cStartTok[nc] = i; cEndTok[nc] = bestEndTok; cStart[nc] = start[i]!; cEnd[nc] = bestEnd; cPat[nc] = bestPat;
    nc++;
  }
  if (nc === 0) return [];
  let overlap = false;
  for (let c = 1; c < nc; c++) if (cStartTok[c]! <= cEndTok[c - 1]!) { overlap = true; break; }
  const out: number[] = [];
  if (!overlap) {
    for (let c = 0; c < nc; c++) out.push(cStart[c]!, cEnd[c]!, cPat[c]!);
    return out;
  }
  // Longest first (in characters), then leftmost; keep those that overlap nothing already kept.
  const order = Array.from({ length: nc }, (_, c) => c);
  order.sort((a, b) => (cEnd[b]! - cStart[b]!) - (cEnd[a]! - cStart[a]!) || cStart[a]! - cStart[b]!);
  const taken = new Uint8Array(n);
  const keep: number[] = [];
  for (const c of order) {
    let free = true;
    for (let j = cStartTok[c]!; j <= cEndTok[c]!; j++) if (taken[j]) { free = false; break; }
    if (!free) continue;
    for (let j = cStartTok[c]!; j <= cEndTok[c]!; j++) taken[j] = 1;
    keep.push(c);
  }
  keep.sort((a, b) => cStart[a]! - cStart[b]!);
  for (const c of keep) out.push(cStart[c]!, cEnd[c]!, cPat[c]!);
  return out;
}

export interface CompiledGlossary extends GlossaryMatcher {
  matchTarget(text: string): TargetMatchEx[];
  /** Number of distinct source and target patterns compiled. */
  readonly size: { readonly source: number; readonly target: number };
}

/**
 * Compiles concepts into a matcher. The concepts are assumed valid (see validateConcepts); a source
 * form listed twice keeps its first concept.
 */
export function compileGlossary(concepts: Iterable<Concept>): CompiledGlossary {
  const map = new Map<string, Concept>();
  const src = new Side("id");
  const tgt = new Side("en");
  for (const c of concepts) {
    if (map.has(c.id)) continue;
    map.set(c.id, c);
    const firstPreferred = c.renderings.find((r) => r.status === "preferred");
    for (const s of c.sources) {
      src.add(s.text, s.caseSensitive, { entry: c.id, status: "preferred", rendering: s.text }, c);
      if (c.dnt) tgt.add(s.text, s.caseSensitive, { entry: c.id, status: "preferred", rendering: s.text });
    }
    for (const r of c.renderings) tgt.add(r.text, r.caseSensitive, { entry: c.id, status: r.status, rendering: r.text });
    void firstPreferred;
  }
  const srcScratch = newScratch();
  const tgtScratch = newScratch();
  const renderingsOf = new Map<string, readonly TermRendering[]>();
  for (const c of map.values()) renderingsOf.set(c.id, Object.freeze([...c.renderings]));
  return {
    concepts: map,
    size: { source: src.patterns.length, target: tgt.patterns.length },
    matchSource(text: string): SourceMatch[] {
      const flat = findAll(src, text, srcScratch);
      const out: SourceMatch[] = [];
      for (let k = 0; k < flat.length; k += 3) {
        const p = src.patterns[flat[k + 2]!]!;
        const c = p.concept!;
        out.push({
          start: flat[k]!, end: flat[k + 1]!, text: text.slice(flat[k]!, flat[k + 1]!), source: p.form,
          entry: c.id, renderings: renderingsOf.get(c.id)!, dnt: c.dnt,
        });
      }
      return out;
    },
    matchTarget(text: string): TargetMatchEx[] {
      const flat = findAll(tgt, text, tgtScratch);
      const out: TargetMatchEx[] = [];
      for (let k = 0; k < flat.length; k += 3) {
        const p = tgt.patterns[flat[k + 2]!]!;
        const e = p.entries[0]!;
        out.push({
          start: flat[k]!, end: flat[k + 1]!, text: text.slice(flat[k]!, flat[k + 1]!), rendering: e.rendering,
          entry: e.entry, status: e.status, entries: p.entries,
        });
      }
      return out;
    },
  };
}

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
import type { Concept, GlossaryMatcher, RenderingStatus, SourceMatch, TargetMatch, TermRendering } from "../../../src/glossary/types";
import { BREAK, PUNCT, WORD, createTokens, hashKey, tokenize, wordText, type Tokens } from "./tokenize";
import { englishStem, stripClitic } from "./stem";
// (the one change since the copy: a rendering is also filed under the stems of its regular plurals, see src/glossary/stem.ts)
import { englishPluralStems } from "../../../src/glossary/stem";

type Lang = "id" | "en";

interface TrieNode {
  /** Children keyed by the 30-bit hash of their lower-cased key (./tokenize.ts hashKey); same-hash children chain by `sib`. */
  next: Map<number, TrieNode> | null;
  /** This node's key (lower-cased in the case-insensitive trie, as written in the case-sensitive one). */
  key: string;
  sib: TrieNode | null;
  /** Pattern index ending here, or -1. */
  hit: number;
  /** English: stem of a last word → pattern index (a pattern whose last word is inflected). */
  stem: Map<string, number> | null;
  pluralStems?: Set<string>;
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

const newNode = (key = ""): TrieNode => ({ next: null, key, sib: null, hit: -1, stem: null });

/** The child of `node` with this key, or undefined. */
function childByKey(node: TrieNode, key: string): TrieNode | undefined {
  let c: TrieNode | null | undefined = node.next?.get(hashKey(key.toLowerCase()));
  while (c !== undefined && c !== null && c.key !== key) c = c.sib;
  return c ?? undefined;
}

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
    const text = t.kind[i] === WORD ? wordText(t, i) : t.text[i]!;
    keys.push(t.kind[i] === WORD && !caseSensitive ? text.toLowerCase() : text);
    words.push(t.kind[i] === WORD);
  }
  return { keys, words };
}

class Side {
  readonly ci = newNode();
  readonly cs = newNode();
  readonly patterns: Pattern[] = [];
  private readonly byKey = new Map<string, number>();

  /** A case-sensitive pattern carries the entries of its case-insensitive twin (same words): it wins the span. */
  mergeCaseTwins(): void {
    for (const [id, p] of this.byKey) {
      if (!id.startsWith("s")) continue;
      const twin = this.byKey.get("i" + id.slice(1).toLowerCase());
      if (twin === undefined) continue;
      for (const entry of this.patterns[twin]!.entries) {
        const cs = this.patterns[p]!;
        if (!cs.entries.some((e) => e.entry === entry.entry && e.status === entry.status && e.rendering === entry.rendering)) cs.entries.push(entry);
      }
    }
  }
  /** Does some pattern start with punctuation? (else punctuation tokens are skipped as starts) */
  punctStart = false;
  /** Indonesian one-word patterns that are compass words (see afterName). */
  readonly compass = new Set<number>();
  /** Hashes of the lower-cased first keys of every pattern (and English stems of one-word patterns): a word whose hash is not here starts nothing. */
  readonly firstKeys = new Set<number>();
  /** The same, per trie (a word whose hash is only in one of them needs only that walk). */
  readonly firstCi = new Set<number>();
  readonly firstCs = new Set<number>();
  /** Longest pattern, in tokens. */
  maxTokens = 0;
  constructor(readonly lang: Lang) {}

  add(form: string, caseSensitive: boolean, entry: TargetEntry, concept?: Concept): void {
    const { keys, words } = formKeys(form, caseSensitive);
    if (keys.length === 0) return;
    const id = `${caseSensitive ? "s" : "i"}\u0000${keys.join("\u0000")}`;
    const known = this.byKey.get(id);
    if (known !== undefined) {
      const p = this.patterns[known]!;
      // (a form a concept allows twice — a do-not-translate source form also listed as admitted, `=BI` — is one use of it, under its first status)
      if (!p.entries.some((e) => e.entry === entry.entry && (e.status === entry.status ? e.rendering === entry.rendering : e.status !== "forbidden" && entry.status !== "forbidden"))) p.entries.push(entry);
      return;
    }
    const index = this.patterns.length;
    this.patterns.push({ form, caseSensitive, entries: [entry], concept });
    this.byKey.set(id, index);
    if (!words[0]) this.punctStart = true;
    if (this.lang === "id" && keys.length === 1 && words[0] && COMPASS.has(keys[0]!.toLowerCase())) this.compass.add(index);
    this.firstKeys.add(hashKey(keys[0]!.toLowerCase()));
    (caseSensitive ? this.firstCs : this.firstCi).add(hashKey(keys[0]!.toLowerCase()));
    if (this.lang === "en" && keys.length === 1 && words[0]) {
      this.firstKeys.add(hashKey(englishStem(keys[0]!.toLowerCase())));
      for (const st of englishPluralStems(keys[0]!.toLowerCase())) this.firstKeys.add(hashKey(st));
    }
    this.maxTokens = Math.max(this.maxTokens, keys.length);
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
        if (!node.stem.has(st) || node.pluralStems?.has(st)) { node.stem.set(st, index); node.pluralStems?.delete(st); }
        for (const p of englishPluralStems(keys[i]!)) {
          if (node.stem.has(p)) continue;
          node.stem.set(p, index);
          (node.pluralStems ??= new Set()).add(p);
        }
      }
      node.next ??= new Map();
      let child = childByKey(node, keys[i]!);
      if (!child) {
        const h = hashKey(keys[i]!.toLowerCase());
        child = newNode(keys[i]!);
        child.sib = node.next.get(h) ?? null;
        node.next.set(h, child);
      }
      node = child;
    }
    if (node.hit === -1) node.hit = index;
  }
}

/** Per-call scratch state (the matcher is synchronous, so one buffer per matcher is enough). */
interface Scratch {
  tokens: Tokens;
  /** Lower-cased token text (words) or the punctuation itself. */
  lower: string[];
  /** Indonesian: the word without its clitic (as written / lower-cased), else null. English: the stem. */
  altExact: (string | null)[];
  altLower: (string | null)[];
  cStartTok: number[];
  cEndTok: number[];
  cStart: number[];
  cEnd: number[];
  cPat: number[];
  /** Token k's strings are ready when ready[k] === gen. */
  ready: number[];
  gen: number;
  bestEnd: number;
  bestEndTok: number;
  bestPat: number;
}

function newScratch(): Scratch {
  return {
    tokens: createTokens(), lower: [], altExact: [], altLower: [], cStartTok: [], cEndTok: [], cStart: [], cEnd: [], cPat: [], ready: [], gen: 0,
    bestEnd: -1, bestEndTok: -1, bestPat: -1,
  };
}

// Local copies: module-level constants and functions read once (no per-token property lookups).
const K_WORD = WORD;
const K_BREAK = BREAK;

/**
 * Indonesian place names put the compass word after the name (`Jl Medan Merdeka Barat`, `Eropa
 * Barat`, `Tomang Barat`): a one-word pattern that is a compass word (the glossary's `Barat` = the
 * West) does not match right after a capitalised word that neither opens the text nor follows a
 * sentence end, a quote or a bracket. Nor does it match as a direction: after `arah`, `sebelah`,
 * `bagian`, `penjuru`, `mata angin` (`ke arah Barat`), or before `laut`/`daya` (`Barat Laut` =
 * north-west). Written in lower case it is a direction (`angin dari barat`) unless the word before
 * says the sentence is about the West as a bloc (`kebijakan barat terhadap Rusia`, `sanksi-sanksi
 * barat`, `negara-negara barat`, `media barat`) or `dan sekutu…` follows.
 */
const COMPASS = new Set(["barat", "timur", "utara", "selatan", "tengah", "tenggara"]);
const UPPER = /^\p{Lu}/u;
const DIRECTION_BEFORE = new Set(["arah", "sebelah", "bagian", "penjuru", "angin", "menghadap", "bertiup"]);
const DIRECTION_AFTER = new Set(["laut", "daya"]);
const BLOC_BEFORE = new Set([
  "sanksi", "kebijakan", "negara", "sekutu", "media", "pemimpin", "dunia", "blok", "pihak", "kekuatan", "nilai", "budaya",
  "demokrasi", "diplomat", "pejabat", "analis", "pengamat", "pemerintah", "pemerintahan", "mitra", "investor", "intelijen",
  "senjata", "tekanan", "propaganda", "aliansi", "koalisi", "bantuan", "peradaban", "masyarakat", "bangsa", "pers", "pakar",
  "ahli", "kepentingan", "hegemoni", "imperialisme", "embargo", "persenjataan", "dukungan", "campur", "pengaruh", "produk",
  "perusahaan", "gaya", "ideologi", "liberal", "kolonial", "penjajah", "musuh", "lawan", "terhadap", "melawan", "menentang",
]);
function compassSkip(kind: ArrayLike<number>, start: ArrayLike<number>, end: ArrayLike<number>, texts: ArrayLike<string | null>, text: string, i: number, n: number): boolean {
  const p = i - 1, q = i - 2;
  const prevWord = p >= 0 && kind[p] === K_WORD ? text.slice(start[p]!, end[p]!).toLowerCase() : "";
  let nx = i + 1;
  if (nx < n && kind[nx] !== K_WORD && texts[nx] === "-") nx++;
  const nextWord = nx < n && kind[nx] === K_WORD ? text.slice(start[nx]!, end[nx]!).toLowerCase() : "";
  if (DIRECTION_BEFORE.has(prevWord) || DIRECTION_AFTER.has(nextWord)) return true;
  if (!UPPER.test(text[start[i]!]!)) {
    // lower case: the West only in a bloc context ("sanksi-sanksi barat": the base of a reduplication counts)
    const base = prevWord.includes("-") ? prevWord.slice(0, prevWord.indexOf("-")) : prevWord;
    if (BLOC_BEFORE.has(prevWord) || BLOC_BEFORE.has(base)) return false;
    return !(nextWord === "dan" && nx + 1 < n && /^sekutu/i.test(text.slice(start[nx + 1]!, end[nx + 1]!)));
  }
  if (q < 0 || kind[p] !== K_WORD || !UPPER.test(text[start[p]!]!)) return false;
  if (kind[q] === K_WORD) return true;
  const c = kind[q] === K_BREAK ? "" : texts[q];
  return c === "," || c === ";" || c === ":" || c === "-";
}
const strip = stripClitic;
const stem = englishStem;

/**
 * Walks one trie from token i; records the longest match in sc.best* (>= so that a later walk with an
 * equally long match wins: the case-sensitive trie is walked second).
 */
function walk(root: TrieNode, i: number, cs: boolean, isId: boolean, sc: Scratch): void {
  const t = sc.tokens;
  const n = t.n;
  const kind = t.kind;
  const end = t.end;
  const start = t.start;
  const src = t.source;
  let node = root;
  for (let j = i; j < n; j++) {
    const k = kind[j]!;
    if (k === K_BREAK) return;
    const next = node.next;
    // Fast path: an ASCII word that is not a reduplication is compared in place, without making strings.
    const fast = k === K_WORD && t.ascii[j] === true && t.baseEnd[j] === end[j];
    if (!fast && sc.ready[j] !== sc.gen) prepare(sc, j, isId);
    if (k === K_WORD) {
      if (isId) {
        // the word without its clitic ends a match here (misilnya → misil)
        if (next !== null) {
          if (fast) {
            const L = cliticLength(src, start[j]!, end[j]!);
            if (L !== 0) {
              let c: TrieNode | null | undefined = next.get(L === 3 ? t.hash3[j]! : t.hash2[j]!);
              while (c !== undefined && c !== null && !sameText(src, start[j]!, end[j]! - L, c.key, cs)) c = c.sib;
              if (c !== undefined && c !== null && c.hit >= 0 && end[j]! - L >= sc.bestEnd) { sc.bestEnd = end[j]! - L; sc.bestEndTok = j; sc.bestPat = c.hit; }
            }
          } else {
            const alt = cs ? sc.altExact[j] : sc.altLower[j];
            if (alt !== null && alt !== undefined) {
              const c = childByKey(node, alt);
              if (c !== undefined && c.hit >= 0) {
                const e = end[j]! - ((cs ? t.text[j]! : sc.lower[j]!).length - alt.length);
                if (e >= sc.bestEnd) { sc.bestEnd = e; sc.bestEndTok = j; sc.bestPat = c.hit; }
              }
            }
          }
        }
      } else if (node.stem !== null && (!fast || (src.charCodeAt(end[j]! - 1) | 0x20) === 0x73)) {
        // an inflected last word ends a match here (missiles → missile)
        if (sc.ready[j] !== sc.gen) prepare(sc, j, isId);
        const alt = cs ? sc.altExact[j] : sc.altLower[j];
        const h = alt === null || alt === undefined ? undefined : node.stem.get(alt);
        if (h !== undefined && end[j]! >= sc.bestEnd) { sc.bestEnd = end[j]!; sc.bestEndTok = j; sc.bestPat = h; }
      }
    }
    if (next === null) return;
    let child: TrieNode | undefined | null;
    if (fast) {
      child = next.get(t.hash[j]!);
      while (child !== undefined && child !== null && !sameText(src, start[j]!, end[j]!, child.key, cs)) child = child.sib;
    } else {
      child = childByKey(node, cs ? t.text[j]! : sc.lower[j]!);
    }
    if (child === undefined || child === null) {
      // (a change made after the copy, with the shipped matcher's: in English a hyphen joining two words of a rendering stands for its space)
      if (!isId && j > i && t.kind[j] === PUNCT && t.text[j] === "-" && t.start[j] === t.end[j - 1] && j + 1 < t.n && t.kind[j + 1] === WORD && t.start[j + 1] === t.end[j]) continue;
      const b = t.base[j];
      if (b === null || b === undefined) return;
      // (the reduplication's base: sanksi-sanksi → sanksi)
      child = childByKey(node, cs ? b : b.toLowerCase());
      if (child === undefined) return;
      // a clitic on it (sanksi-sanksinya) ends the term there (a change made after the copy, with the shipped matcher's)
      const cl = end[j]! - start[j]! - 2 * b.length - 1;
      if (cl > 0) {
        if (child.hit >= 0 && end[j]! - cl >= sc.bestEnd) { sc.bestEnd = end[j]! - cl; sc.bestEndTok = j; sc.bestPat = child.hit; }
        return;
      }
    }
    node = child;
    if (node.hit >= 0 && end[j]! >= sc.bestEnd) { sc.bestEnd = end[j]!; sc.bestEndTok = j; sc.bestPat = node.hit; }
  }
}

/** Is text[s, e) equal to key (exactly, or ASCII-case-folded when !cs; key is then lower-case)? ASCII text only. */
function sameText(text: string, s: number, e: number, key: string, cs: boolean): boolean {
  if (e - s !== key.length) return false;
  if (cs) {
    for (let q = 0; q < key.length; q++) if (text.charCodeAt(s + q) !== key.charCodeAt(q)) return false;
  } else {
    for (let q = 0; q < key.length; q++) {
      let c = text.charCodeAt(s + q);
      if (c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== key.charCodeAt(q)) return false;
    }
  }
  return true;
}

/** Makes the strings of token j: lower-cased text, and the clitic-less (Indonesian) or stemmed (English) forms. */
function prepare(sc: Scratch, j: number, isId: boolean): void {
  const t = sc.tokens;
  sc.ready[j] = sc.gen;
  if (t.kind[j] !== K_WORD) { sc.lower[j] = t.text[j]!; sc.altExact[j] = null; sc.altLower[j] = null; return; }
  const w = wordText(t, j);
  const lw = w.toLowerCase();
  sc.lower[j] = lw;
  if (isId) {
    const a = t.ascii[j] && cliticLength(t.source, t.start[j]!, t.end[j]!) === 0 ? null : strip(w);
    sc.altExact[j] = a;
    sc.altLower[j] = a === null ? null : a.toLowerCase();
  } else {
    const a = stem(w);
    sc.altExact[j] = a;
    sc.altLower[j] = lw === w ? a : stem(lw);
  }
}

/** Length of the Indonesian clitic a lower-case-folded word ends with (as stripClitic decides), else 0. */
function cliticLength(text: string, s: number, e: number): number {
  const n = e - s;
  if (n < 4) return 0;
  const c1 = text.charCodeAt(e - 1) | 0x20, c2 = text.charCodeAt(e - 2) | 0x20, c3 = text.charCodeAt(e - 3) | 0x20;
  if (n >= 5) {
    if (c3 === 0x6e && c2 === 0x79 && c1 === 0x61) return 3; // nya
    if ((c3 === 0x6c || c3 === 0x6b || c3 === 0x74) && c2 === 0x61 && c1 === 0x68) return 3; // lah kah tah
    if (c3 === 0x70 && c2 === 0x75 && c1 === 0x6e) return 3; // pun
  }
  if ((c2 === 0x6b || c2 === 0x6d) && c1 === 0x75) return 2; // ku mu
  return 0;
}

/** Finds the non-overlapping matches of `side` in `text`; returns [start, end, pattern] triples (flat). */
function findAll(side: Side, text: string, sc: Scratch): number[] {
  const t = tokenize(text, sc.tokens);
  const n = t.n;
  const { kind, start, end } = t;
  const isId = side.lang === "id";
  sc.gen = (sc.gen + 1) | 0;
  if (sc.gen === 0) { sc.ready.fill(-1); sc.gen = 1; }
  let nc = 0;
  const { cStartTok, cEndTok, cStart, cEnd, cPat } = sc;
  const punctStart = side.punctStart;
  const ci = side.ci, csRoot = side.cs;
  const first = side.firstKeys;
  const { hash, hash2, hash3, baseHash, baseEnd } = t;
  const firstCi = side.firstCi, firstCs = side.firstCs;
  for (let i = 0; i < n; i++) {
    const k = kind[i]!;
    if (k === K_BREAK) continue;
    let both = true;
    if (k !== K_WORD) {
      if (!punctStart) continue;
    } else if (first.has(hash[i]!)) {
      // walk only the trie(s) this word starts a pattern in, unless a clitic, inflection or reduplication
      // could make it start one in the other trie
      both = baseEnd[i] !== end[i] || !t.ascii[i] ||
        (isId ? cliticLength(text, start[i]!, end[i]!) !== 0 : (text.charCodeAt(end[i]! - 1) | 0x20) === 0x73);
    } else {
      // quick reject: a word that starts no pattern in any case, with or without clitic/inflection/reduplication
      let maybe = baseEnd[i] !== end[i] && first.has(baseHash[i]!);
      if (!maybe) {
        if (isId) {
          const L = t.ascii[i] ? cliticLength(text, start[i]!, end[i]!) : 0;
          if (L === 3) maybe = first.has(hash3[i]!);
          else if (L === 2) maybe = first.has(hash2[i]!);
          else if (!t.ascii[i]) maybe = true; // rare: let prepare() decide
        } else if ((text.charCodeAt(end[i]! - 1) | 0x20) === 0x73 && end[i]! - start[i]! > 3) {
          if (sc.ready[i] !== sc.gen) prepare(sc, i, isId);
          const al = sc.altLower[i];
          maybe = al !== null && al !== undefined && first.has(hashKey(al));
        }
      }
      if (!maybe) continue;
    }
    sc.bestEnd = -1; sc.bestEndTok = -1; sc.bestPat = -1;
    if (both || firstCi.has(hash[i]!)) walk(ci, i, false, isId, sc);
    if (both || firstCs.has(hash[i]!)) walk(csRoot, i, true, isId, sc);
    if (sc.bestPat < 0) continue;
    if (isId && sc.bestEndTok === i && side.compass.has(sc.bestPat) && compassSkip(kind, start, end, t.text, text, i, n)) continue;
    cStartTok[nc] = i; cEndTok[nc] = sc.bestEndTok; cStart[nc] = start[i]!; cEnd[nc] = sc.bestEnd; cPat[nc] = sc.bestPat;
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
  tgt.mergeCaseTwins();
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

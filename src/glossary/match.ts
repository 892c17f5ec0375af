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
import { BREAK, HASH_PARAMS, PUNCT, WORD, cliticEnd, createFilter, createTokens, filterAdd, hashKey, hashWithout, reduplicationClitic, tokenize, wordText, type StartFilter, type Tokens } from "./tokenize";
import { englishPluralStems, englishStem, stripClitic } from "./stem";

type Lang = "id" | "en";

interface TrieNode {
  /** Node id: children are found in the side's edge table by (id, 30-bit hash of their lower-cased key, ./tokenize.ts hashKey); same-hash children chain by `sib`. */
  readonly id: number;
  /** Has children? */
  next: boolean;
  /** This node's key (lower-cased in the case-insensitive trie, as written in the case-sensitive one). */
  key: string;
  sib: TrieNode | null;
  /** Pattern index ending here, or -1. */
  hit: number;
  /** English: stem of a last word → pattern index (a pattern whose last word is inflected). */
  stem: Map<string, number> | null;
  /** The keys of `stem` that are another word's plural stems (englishPluralStems), which a word's own stem replaces. */
  pluralStems: Set<string> | null;
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
  /** Source side: the concept, and its renderings (frozen, shared by every match). */
  concept?: Concept;
  renderings?: readonly TermRendering[];
}

/**
 * The trie edges of one side, in one open-addressing hash table over typed arrays:
 * (parent node id, 30-bit key hash) → the first child with that hash (others chain by `sib`).
 * Cheaper than a Map per node: one multiply, a masked index and one or two probes.
 */
class Edges {
  mask = 1023;
  /** Slots of 4 int32 (one cache line holds 4 slots): parent id (-1 = empty), key hash, child id, unused. */
  tab = new Int32Array(1024 * 4).fill(-1);
  private size = 0;
  /** Nodes by id. */
  readonly nodes: TrieNode[] = [];

  get(p: number, h: number): TrieNode | null {
    const c = probe(this.tab, this.mask, p, h);
    return c === -1 ? null : this.nodes[c]!;
  }

  set(p: number, h: number, node: TrieNode): void {
    if ((this.size + 1) * 2 > this.mask + 1) this.grow();
    const tab = this.tab;
    const o = slotOf(tab, this.mask, p, h);
    if (tab[o] === -1) this.size++;
    tab[o] = p; tab[o + 1] = h; tab[o + 2] = node.id;
  }

  private grow(): void {
    const old = this.tab;
    const cap = (this.mask + 1) * 2;
    this.mask = cap - 1;
    this.tab = new Int32Array(cap * 4).fill(-1);
    this.size = 0;
    for (let o = 0; o < old.length; o += 4) if (old[o] !== -1) this.set(old[o]!, old[o + 1]!, this.nodes[old[o + 2]!]!);
  }
}

/** A set of 30-bit hashes (open addressing over an Int32Array; -1 = empty). */
class HashSet {
  private mask = 255;
  private keys = new Int32Array(256).fill(-1);
  private size = 0;

  /** Every hash in the set. */
  values(): number[] {
    const out: number[] = [];
    for (const k of this.keys) if (k !== -1) out.push(k);
    return out;
  }

  has(h: number): boolean {
    const keys = this.keys, mask = this.mask;
    let s = (h ^ (h >>> 13)) & mask;
    for (;;) {
      const k = keys[s]!;
      if (k === h) return true;
      if (k === -1) return false;
      s = (s + 1) & mask;
    }
  }

  add(h: number): void {
    if (this.has(h)) return;
    if ((this.size + 1) * 2 > this.mask + 1) {
      const old = this.keys;
      this.mask = old.length * 2 - 1;
      this.keys = new Int32Array(old.length * 2).fill(-1);
      this.size = 0;
      for (const k of old) if (k !== -1) this.add(k);
    }
    let s = (h ^ (h >>> 13)) & this.mask;
    while (this.keys[s] !== -1) s = (s + 1) & this.mask;
    this.keys[s] = h;
    this.size++;
  }
}

/** The child of `node` with this key, or undefined. */
function childByKey(edges: Edges, node: TrieNode, key: string): TrieNode | undefined {
  if (!node.next) return undefined;
  let c: TrieNode | null = edges.get(node.id, hashKey(key.toLowerCase()));
  while (c !== null && c.key !== key) c = c.sib;
  return c ?? undefined;
}

function capitaliseFirst(s: string): string {
  const c = s.codePointAt(0);
  if (c === undefined) return s;
  const ch = String.fromCodePoint(c);
  return ch.toUpperCase() + s.slice(ch.length);
}

const formTokens = createTokens();

/** The token keys of a form (throws nothing: an empty form gives no keys). */
export function formKeys(form: string, caseSensitive: boolean): { keys: string[]; words: boolean[] } {
  // (one reused token buffer: a fresh one per form costs a dozen typed arrays per glossary form)
  const t = tokenize(form.normalize("NFC"), formTokens);
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
  readonly edges = new Edges();
  private nodes = 0;
  private newNode(key = ""): TrieNode {
    const node: TrieNode = { id: this.nodes++, next: false, key, sib: null, hit: -1, stem: null, pluralStems: null };
    this.edges.nodes.push(node);
    return node;
  }
  readonly ci = this.newNode();
  readonly cs = this.newNode();
  readonly patterns: Pattern[] = [];
  private readonly byKey = new Map<string, number>();

  /**
   * A case-sensitive pattern (`=Supreme Court`) and a case-insensitive one of the same words
   * (`Supreme Court`, another concept's forbidden rendering) match the same span, and the walk keeps
   * the case-sensitive one: it carries the other's entries too, so neither concept is lost.
   */
  mergeCaseTwins(): void {
    for (const [id, p] of this.byKey) {
      if (id.charCodeAt(0) !== 0x73) continue; // "s"
      const twin = this.byKey.get("i" + id.slice(1).toLowerCase());
      if (twin === undefined) continue;
      const cs = this.patterns[p]!;
      for (const entry of this.patterns[twin]!.entries) {
        if (!cs.entries.some((e) => e.entry === entry.entry && e.status === entry.status && e.rendering === entry.rendering)) cs.entries.push(entry);
      }
    }
  }
  /** Does some pattern start with punctuation? (else punctuation tokens are skipped as starts) */
  punctStart = false;
  /** Indonesian one-word patterns that are compass words (see afterName). */
  readonly compass = new Set<number>();
  /** Hashes of the lower-cased first keys of every pattern (and English stems of one-word patterns): a word whose hash is not here starts nothing. */
  readonly firstKeys = new HashSet();
  /** Bloom filter of the hashes in firstKeys (the tokenizer's fast rejection; made by freeze). */
  filter: StartFilter = createFilter(false, 0);
  /** Longest pattern, in tokens. */
  maxTokens = 0;
  /**
   * The tries as the fast path reads them (see freeze): per node id, one record of NODE integers
   * (64 bytes: one step of a walk reads one record, not three tables): the pattern ending there (or
   * -1), flags (HAS_CHILDREN, HAS_STEMS, INLINE), the key's length, the next child of the same
   * parent with the same key hash (or -1), the key's offset in `keyChars`, its children (up to
   * CHILDREN of them, by key hash: their number and (hash, first child with that hash) pairs; -1
   * when there are more: they are found in the edge table), and (INLINE: every character below
   * U+0100, at most INLINE_CHARS of them) the key's characters themselves, 4 to an integer from the
   * lowest byte.
   */
  info = new Int32Array(0);
  keyChars = new Uint16Array(0);
  /**
   * English stems of last words (the nodes' `stem` maps) for lookups without strings: slots of 4
   * int32 (node id, -1 = empty; 30-bit hash of the stem; first entry; unused), and entries of 4 int32
   * (offset of the stem in stemChars, its length, pattern index, next entry with the same node and hash).
   */
  /**
   * The start words: per hash of firstKeys, the first root child with that hash in the
   * case-insensitive and the case-sensitive trie (-1: none), in slots of 4 int32 (hash, -1 = empty;
   * ci child; cs child; unused) of an open-addressing table. One probe (one cache line) answers "does a
   * pattern start with this word, in which trie, at which node".
   */
  firstTab = new Int32Array(0);
  firstMask = 0;
  stemTab = new Int32Array(4).fill(-1);
  stemMask = 0;
  stemEntries = new Int32Array(0);
  stemChars = new Uint16Array(0);

  /** Builds the compact tables from the trie nodes (after the last add). */
  freeze(): void {
    const nodes = this.edges.nodes;
    const info = new Int32Array(nodes.length * NODE);
    let chars = 0;
    for (const nd of nodes) chars += nd.key.length;
    const keyChars = new Uint16Array(chars);
    let at = 0;
    for (const nd of nodes) {
      const o = nd.id * NODE;
      const key = nd.key;
      let inline = key.length <= INLINE_CHARS;
      for (let q = 0; q < key.length; q++) if (key.charCodeAt(q) > 0xff) inline = false;
      info[o + R_HIT] = nd.hit;
      info[o + R_FLAGS] = (nd.next ? HAS_CHILDREN : 0) | (nd.stem !== null ? HAS_STEMS : 0) | (inline ? INLINE : 0);
      info[o + R_LEN] = key.length;
      info[o + R_SIB] = nd.sib === null ? -1 : nd.sib.id;
      info[o + R_KEY] = at;
      for (let q = 0; q < key.length; q++) {
        keyChars[at++] = key.charCodeAt(q);
        if (inline) info[o + R_CHARS + (q >> 2)]! |= key.charCodeAt(q) << ((q & 3) << 3);
      }
    }
    // (each node's children by key hash, from the edge table: in the record up to CHILDREN of them)
    const edgeTab = this.edges.tab;
    for (let e = 0; e < edgeTab.length; e += 4) {
      const p = edgeTab[e]!;
      if (p === -1) continue;
      const o = p * NODE;
      const k = info[o + R_CHILDREN]!;
      if (k === -1) continue;
      if (k === CHILDREN) { info[o + R_CHILDREN] = -1; continue; }
      info[o + R_CHILD + 2 * k] = edgeTab[e + 1]!;
      info[o + R_CHILD + 2 * k + 1] = edgeTab[e + 2]!;
      info[o + R_CHILDREN] = k + 1;
    }
    this.info = info; this.keyChars = keyChars;
    // the start words, and the tokenizer's filter of them
    const firsts = this.firstKeys.values();
    this.filter = createFilter(this.lang === "en", firsts.length);
    for (const h of firsts) filterAdd(this.filter, h);
    let fcap = 4;
    while (fcap < firsts.length * 2) fcap *= 2;
    const first = new Int32Array(fcap * 4).fill(-1);
    this.firstMask = fcap - 1;
    for (const h of firsts) {
      let slot = (h ^ (h >>> 13)) & this.firstMask;
      while (first[slot << 2] !== -1) slot = (slot + 1) & this.firstMask;
      first[slot << 2] = h;
      first[(slot << 2) + 1] = probe(this.edges.tab, this.edges.mask, this.ci.id, h);
      first[(slot << 2) + 2] = probe(this.edges.tab, this.edges.mask, this.cs.id, h);
    }
    this.firstTab = first;
    // the stems
    const stems: [number, string, number][] = [];
    for (const nd of nodes) if (nd.stem !== null) for (const [st, pat] of nd.stem) stems.push([nd.id, st, pat]);
    let cap = 4;
    while (cap < stems.length * 2) cap *= 2;
    const tab = new Int32Array(cap * 4).fill(-1);
    const entries = new Int32Array(stems.length * 4);
    let stemLength = 0;
    for (const [, st] of stems) stemLength += st.length;
    const pool = new Uint16Array(stemLength);
    let off = 0;
    stems.forEach(([id, st, pat], e) => {
      const h = hashKey(st);
      entries[4 * e] = off; entries[4 * e + 1] = st.length; entries[4 * e + 2] = pat; entries[4 * e + 3] = -1;
      for (let q = 0; q < st.length; q++) pool[off++] = st.charCodeAt(q);
      const o = slotOf(tab, cap - 1, id, h);
      if (tab[o] === -1) { tab[o] = id; tab[o + 1] = h; tab[o + 2] = e; }
      else {
        // same node and hash: chained behind the first entry
        let x = tab[o + 2]!;
        while (entries[4 * x + 3] !== -1) x = entries[4 * x + 3]!;
        entries[4 * x + 3] = e;
      }
    });
    this.stemTab = tab; this.stemMask = cap - 1; this.stemEntries = entries; this.stemChars = pool;
  }
  constructor(readonly lang: Lang) {}

  private addFirst(h: number): void {
    this.firstKeys.add(h);
  }

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
    this.addFirst(hashKey(keys[0]!.toLowerCase()));
    if (this.lang === "en" && keys.length === 1 && words[0]) {
      const w = keys[0]!.toLowerCase();
      this.addFirst(hashKey(englishStem(w)));
      for (const st of englishPluralStems(w)) this.addFirst(hashKey(st));
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
        // (a word's own stem wins over another word's plural filed under the same stem)
        if (!node.stem.has(st) || node.pluralStems?.has(st)) { node.stem.set(st, index); node.pluralStems?.delete(st); }
        // (and its plurals whose stem is another string: houses → hous, volcanoes → volcanoe, tsunamis)
        for (const p of englishPluralStems(keys[i]!)) {
          if (node.stem.has(p)) continue;
          node.stem.set(p, index);
          (node.pluralStems ??= new Set()).add(p);
        }
      }
      let child = childByKey(this.edges, node, keys[i]!);
      if (!child) {
        const h = hashKey(keys[i]!.toLowerCase());
        child = this.newNode(keys[i]!);
        child.sib = node.next ? this.edges.get(node.id, h) : null;
        node.next = true;
        this.edges.set(node.id, h, child);
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
  /** Overlap resolution: candidate order and kept flags; `out`: the result triples (start, end, pattern). */
  order: number[];
  kept: number[];
  out: Int32Array;
  /** Token k's strings are ready when ready[k] === gen. */
  ready: number[];
  gen: number;
  bestEnd: number;
  bestEndTok: number;
  bestPat: number;
}

function newScratch(): Scratch {
  return {
    tokens: createTokens(), lower: [], altExact: [], altLower: [], cStartTok: [], cEndTok: [], cStart: [], cEnd: [], cPat: [], order: [], kept: [], out: new Int32Array(48), ready: [], gen: 0,
    bestEnd: -1, bestEndTok: -1, bestPat: -1,
  };
}

// Local copies: module-level constants and functions read once (no per-token property lookups).
const K_WORD = WORD;
const K_PUNCT = PUNCT;
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

/** A trie node's record (Side.info): NODE integers, at these offsets. */
const NODE = 16, R_HIT = 0, R_FLAGS = 1, R_LEN = 2, R_SIB = 3, R_KEY = 4, R_CHILDREN = 5, R_CHILD = 6, R_CHARS = 12;
const HAS_CHILDREN = 1, HAS_STEMS = 2, INLINE = 4;
/** Children (key hashes) a record holds; a node with more has R_CHILDREN = -1. */
const CHILDREN = (R_CHARS - R_CHILD) / 2;
/** Characters of a key kept in its record (4 to an integer). */
const INLINE_CHARS = (NODE - R_CHARS) * 4;
const FNV_OFFSET = HASH_PARAMS.offset, FNV_PRIME = HASH_PARAMS.prime, SMI = HASH_PARAMS.mask;

/**
 * Offset of the slot of (node p, hash h) in an open-addressing table of 4-int32 slots (p, h, value,
 * unused; p = -1: empty): the slot holding them, or the empty one where they go.
 */
function slotOf(tab: Int32Array, mask: number, p: number, h: number): number {
  let slot = (Math.imul(p, 0x9e3779b1) ^ h) & mask;
  while (tab[slot << 2] !== -1 && !(tab[slot << 2] === p && tab[(slot << 2) + 1] === h)) slot = (slot + 1) & mask;
  return slot << 2;
}

/** The value stored for (node p, hash h) in such a table (see slotOf), or -1. */
function probe(tab: Int32Array, mask: number, p: number, h: number): number {
  let slot = (Math.imul(p, 0x9e3779b1) ^ h) & mask;
  for (;;) {
    const o = slot << 2;
    const q = tab[o]!;
    if (q === -1) return -1;
    if (q === p && tab[o + 1] === h) return tab[o + 2]!;
    slot = (slot + 1) & mask;
  }
}

/**
 * The child of node `p` whose key hash is `h` and whose key is text[s, e) (exactly, or ASCII-case-folded
 * when !cs; ASCII text only), or -1: found by hash among the children in p's record (or, for a node
 * with more children, by one probe of the edge table), the key compared in the child's record.
 */
function childAt(side: Side, p: number, h: number, text: string, s: number, e: number, cs: boolean): number {
  // (most nodes have a few children: their hashes are in the node's record, no table to probe)
  const info = side.info, o = p * NODE;
  const k = info[o + R_CHILDREN]!;
  if (k !== -1) {
    for (let x = o + R_CHILD, end = x + 2 * k; x < end; x += 2) if (info[x] === h) return keyedChild(side, info[x + 1]!, text, s, e, cs);
    return -1;
  }
  const c = probe(side.edges.tab, side.edges.mask, p, h);
  return c === -1 ? -1 : keyedChild(side, c, text, s, e, cs);
}

/** The node among c and its same-hash siblings whose key is text[s, e) (as childAt compares; the key in the record, else in the key pool), or -1. */
function keyedChild(side: Side, c: number, text: string, s: number, e: number, cs: boolean): number {
  const info = side.info, pool = side.keyChars, len = e - s;
  for (; c !== -1; c = info[c * NODE + R_SIB]!) {
    const o = c * NODE;
    if (info[o + R_LEN] !== len) continue;
    let q = 0;
    if ((info[o + R_FLAGS]! & INLINE) !== 0) {
      // the key in the record: 4 characters of the (ASCII) text at a time, packed as the key is
      const w = o + R_CHARS;
      for (; q < len; q += 4) {
        let x = 0;
        const m = len - q < 4 ? len - q : 4;
        for (let b = 0; b < m; b++) {
          let y = text.charCodeAt(s + q + b);
          if (!cs && y >= 0x41 && y <= 0x5a) y |= 0x20;
          x |= y << (b << 3);
        }
        if (x !== info[w + (q >> 2)]) break;
      }
      if (q >= len) return c;
      continue;
    }
    const k = info[o + R_KEY]!;
    if (cs) {
      while (q < len && text.charCodeAt(s + q) === pool[k + q]) q++;
    } else {
      for (; q < len; q++) {
        let x = text.charCodeAt(s + q);
        if (x >= 0x41 && x <= 0x5a) x |= 0x20;
        if (x !== pool[k + q]) break;
      }
    }
    if (q === len) return c;
  }
  return -1;
}

/**
 * englishStem of the ASCII word text[s, e) (lower-cased first when `lower`), without making strings:
 * the number of its characters the stem keeps, times 2, plus 1 when the stem ends in an added `y`
 * (`-ies` → `-y`). Must agree with ./stem.ts englishStem (a test compares them).
 */
export function asciiStem(text: string, s: number, e: number, lower: boolean): number {
  const n = e - s;
  const at = (i: number): number => { const c = text.charCodeAt(s + i); return lower && c >= 0x41 && c <= 0x5a ? c | 0x20 : c; };
  if (n <= 3 || at(n - 1) !== 0x73) return n * 2;
  const prev = at(n - 2);
  if ((prev >= 0x41 && prev <= 0x5a) || (prev >= 0x30 && prev <= 0x39)) return (n - 1) * 2;
  if (prev === 0x73 || prev === 0x75 || prev === 0x69) return n * 2;
  if (prev === 0x65 && n > 4) {
    const p2 = at(n - 3);
    if (p2 === 0x69) return (n - 3) * 2 + 1;
    if (p2 === 0x73 || p2 === 0x78 || p2 === 0x7a) return (n - 2) * 2;
    if (p2 === 0x68 && (at(n - 4) === 0x63 || at(n - 4) === 0x73)) return (n - 2) * 2;
  }
  return (n - 1) * 2;
}

/** The pattern whose last word's stem at trie node `node` is the stem of the ASCII word text[s, e) (see asciiStem), or -1. */
function stemAt(side: Side, node: number, text: string, s: number, e: number, lower: boolean): number {
  const code = asciiStem(text, s, e, lower);
  const kept = code >> 1, y = (code & 1) === 1;
  let h = FNV_OFFSET;
  for (let i = s; i < s + kept; i++) {
    let c = text.charCodeAt(i);
    if (lower && c >= 0x41 && c <= 0x5a) c |= 0x20;
    h = Math.imul(h ^ c, FNV_PRIME);
  }
  if (y) h = Math.imul(h ^ 0x79, FNV_PRIME);
  h &= SMI;
  let x = probe(side.stemTab, side.stemMask, node, h);
  const entries = side.stemEntries, pool = side.stemChars, len = kept + (y ? 1 : 0);
  for (; x !== -1; x = entries[4 * x + 3]!) {
    if (entries[4 * x + 1] !== len) continue;
    const off = entries[4 * x]!;
    let q = 0;
    for (; q < kept; q++) {
      let c = text.charCodeAt(s + q);
      if (lower && c >= 0x41 && c <= 0x5a) c |= 0x20;
      if (c !== pool[off + q]) break;
    }
    if (q === kept && (!y || pool[off + kept] === 0x79)) return entries[4 * x + 2]!;
  }
  return -1;
}

/** walk's rootChild when findAll has not looked the first word up. */
const NO_HINT = -2;

/**
 * Walks one trie from token i; records the longest match in sc.best* (>= so that a later walk with an
 * equally long match wins: the case-sensitive trie is walked second). Nodes are ids: the fast path
 * (an ASCII word, no reduplication) reads the compact tables, the others the trie node objects.
 */
function walk(side: Side, root: number, i: number, cs: boolean, isId: boolean, sc: Scratch, rootChild: number): void {
  const edges = side.edges;
  const nodes = edges.nodes;
  const info = side.info;
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
    const flags = info[node * NODE + R_FLAGS]!;
    const next = (flags & HAS_CHILDREN) !== 0;
    // Fast path: an ASCII word that is not a reduplication is compared in place, without making strings.
    const fast = k === K_WORD && t.ascii[j] === 1 && t.baseEnd[j] === end[j];
    if (!fast && sc.ready[j] !== sc.gen) prepare(sc, j, isId);
    if (k === K_WORD) {
      if (isId) {
        // the word without its clitic ends a match here (misilnya → misil)
        if (next) {
          if (fast) {
            const L = cliticLength(src, start[j]!, end[j]!);
            if (L !== 0) {
              const c = childAt(side, node, hashWithout(t, j, L === 3 ? 3 : 2), src, start[j]!, end[j]! - L, cs);
              const hit = c === -1 ? -1 : info[c * NODE + R_HIT]!;
              if (hit >= 0 && end[j]! - L >= sc.bestEnd) { sc.bestEnd = end[j]! - L; sc.bestEndTok = j; sc.bestPat = hit; }
            }
          } else {
            const alt = cs ? sc.altExact[j] : sc.altLower[j];
            if (alt !== null && alt !== undefined) {
              const c = childByKey(edges, nodes[node]!, alt);
              if (c !== undefined && c.hit >= 0) {
                const e = end[j]! - ((cs ? t.text[j]! : sc.lower[j]!).length - alt.length);
                if (e >= sc.bestEnd) { sc.bestEnd = e; sc.bestEndTok = j; sc.bestPat = c.hit; }
              }
            }
          }
        }
      } else if ((flags & HAS_STEMS) !== 0 && (!fast || (src.charCodeAt(end[j]! - 1) | 0x20) === 0x73)) {
        // an inflected last word ends a match here (missiles → missile)
        let h: number;
        if (fast) h = stemAt(side, node, src, start[j]!, end[j]!, !cs);
        else {
          if (sc.ready[j] !== sc.gen) prepare(sc, j, isId);
          const alt = cs ? sc.altExact[j] : sc.altLower[j];
          h = alt === null || alt === undefined ? -1 : nodes[node]!.stem!.get(alt) ?? -1;
        }
        if (h >= 0 && end[j]! >= sc.bestEnd) { sc.bestEnd = end[j]!; sc.bestEndTok = j; sc.bestPat = h; }
      }
    }
    if (!next) return;
    let child: number;
    if (fast) {
      // (the first word's root child with its hash, when findAll looked it up already)
      if (j === i && rootChild !== NO_HINT) child = rootChild === -1 ? -1 : keyedChild(side, rootChild, src, start[j]!, end[j]!, cs);
      else child = childAt(side, node, t.hash[j]!, src, start[j]!, end[j]!, cs);
    } else {
      const c = childByKey(edges, nodes[node]!, cs ? t.text[j]! : sc.lower[j]!);
      child = c === undefined ? -1 : c.id;
    }
    if (child === -1) {
      // (a hyphen joining two words of a form of several words stands for its space — English
      // `flash-flood-hit`, `a 25-base-point cut`, `ballistic-missile test`; Indonesian `uji-coba nuklir`,
      // `kerja-sama`, a common misspelling of `uji coba`, `kerja sama`)
      if (j > i && k === K_PUNCT && t.text[j] === "-" && start[j] === end[j - 1] && j + 1 < n && kind[j + 1] === K_WORD && start[j + 1] === end[j]) continue;
      if (t.baseEnd[j] === end[j]) return;
      const b = t.base[j]!;
      // (the reduplication's base: sanksi-sanksi → sanksi)
      const c = childByKey(edges, nodes[node]!, cs ? b : b.toLowerCase());
      if (c === undefined) return;
      // a clitic on it (sanksi-sanksinya) ends the term there, as on any word: X-X, nothing after it
      const cl = reduplicationClitic(t, j);
      if (cl !== 0) {
        if (c.hit >= 0 && end[j]! - cl >= sc.bestEnd) { sc.bestEnd = end[j]! - cl; sc.bestEndTok = j; sc.bestPat = c.hit; }
        return;
      }
      child = c.id;
    }
    node = child;
    const hit = info[node * NODE + R_HIT]!;
    if (hit >= 0 && end[j]! >= sc.bestEnd) { sc.bestEnd = end[j]!; sc.bestEndTok = j; sc.bestPat = hit; }
  }
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
const cliticLength = cliticEnd;

/** Finds the non-overlapping matches of `side` in `text`: [start, end, pattern] triples in sc.out; returns their length (3 per match). */
function findAll(side: Side, text: string, sc: Scratch): number {
  // Without patterns that start with punctuation, only the tokenizer's candidates (words that pass the
  // start filter) are looked at; else every token.
  const all = side.punctStart;
  const t = tokenize(text, sc.tokens, all ? null : side.filter);
  const n = t.n;
  const { kind, start, end } = t;
  const isId = side.lang === "id";
  sc.gen = (sc.gen + 1) | 0;
  if (sc.gen === 0) { sc.ready.fill(-1); sc.gen = 1; }
  let nc = 0;
  const { cStartTok, cEndTok, cStart, cEnd, cPat } = sc;
  const punctStart = side.punctStart;
  const ciRoot = side.ci.id, csRoot = side.cs.id;
  const first = side.firstKeys;
  const firstTab = side.firstTab, firstMask = side.firstMask;
  const { hash, baseHash, baseEnd } = t;
  const cand = t.cand;
  const count = all ? n : t.nc;
  for (let q = 0; q < count; q++) {
    const i = all ? q : cand[q]!;
    const k = kind[i]!;
    if (k === K_BREAK) continue;
    let both = true;
    // the root children this word starts (when it is a start word; see Side.firstTab)
    let ciChild = NO_HINT, csChild = NO_HINT;
    let fs = -1;
    if (k === K_WORD) {
      const h = hash[i]!;
      let slot = (h ^ (h >>> 13)) & firstMask;
      for (let q = firstTab[slot << 2]!; q !== -1; q = firstTab[slot << 2]!) {
        if (q === h) { fs = slot << 2; break; }
        slot = (slot + 1) & firstMask;
      }
    }
    if (k !== K_WORD) {
      if (!punctStart) continue;
    } else if (fs !== -1) {
      ciChild = firstTab[fs + 1]!; csChild = firstTab[fs + 2]!;
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
          if (L !== 0) maybe = first.has(hashWithout(t, i, L === 3 ? 3 : 2));
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
    if (both) {
      walk(side, ciRoot, i, false, isId, sc, NO_HINT);
      walk(side, csRoot, i, true, isId, sc, NO_HINT);
    } else {
      if (ciChild !== -1) walk(side, ciRoot, i, false, isId, sc, ciChild);
      if (csChild !== -1) walk(side, csRoot, i, true, isId, sc, csChild);
    }
    if (sc.bestPat < 0) continue;
    if (isId && sc.bestEndTok === i && side.compass.has(sc.bestPat) && compassSkip(kind, start, end, t.text, text, i, n)) continue;
    cStartTok[nc] = i; cEndTok[nc] = sc.bestEndTok; cStart[nc] = start[i]!; cEnd[nc] = sc.bestEnd; cPat[nc] = sc.bestPat;
    nc++;
  }
  if (nc === 0) { t.matches = sc.out; t.nm = 0; return 0; }
  if (sc.out.length < nc * 3) sc.out = new Int32Array(nc * 6);
  t.matches = sc.out;
  const out = sc.out;
  let overlap = false;
  for (let c = 1; c < nc; c++) if (cStartTok[c]! <= cEndTok[c - 1]!) { overlap = true; break; }
  let m = 0;
  if (!overlap) {
    for (let c = 0; c < nc; c++) { out[m++] = cStart[c]!; out[m++] = cEnd[c]!; out[m++] = cPat[c]!; }
    t.nm = nc;
    return m;
  }
  // Longest first (in characters), then leftmost; keep those that overlap nothing already kept.
  // (Insertion sort: a sentence has a handful of candidates. Starts are distinct, so the order is total.)
  const order = sc.order, kept = sc.kept;
  for (let c = 0; c < nc; c++) {
    const len = cEnd[c]! - cStart[c]!;
    let p = c;
    while (p > 0) {
      const o = order[p - 1]!;
      const lo = cEnd[o]! - cStart[o]!;
      if (lo > len || (lo === len && cStart[o]! < cStart[c]!)) break;
      order[p] = o;
      p--;
    }
    order[p] = c;
    kept[c] = 0;
  }
  for (let r = 0; r < nc; r++) {
    const c = order[r]!;
    const s0 = cStartTok[c]!, e0 = cEndTok[c]!;
    let free = true;
    for (let x = 0; x < r; x++) {
      const k = order[x]!;
      if (kept[k] === 1 && s0 <= cEndTok[k]! && cStartTok[k]! <= e0) { free = false; break; }
    }
    if (free) kept[c] = 1;
  }
  // candidates are in text order already
  for (let c = 0; c < nc; c++) if (kept[c] === 1) { out[m++] = cStart[c]!; out[m++] = cEnd[c]!; out[m++] = cPat[c]!; }
  t.nm = m / 3;
  return m;
}

export interface CompiledGlossary extends GlossaryMatcher {
  matchTarget(text: string): TargetMatchEx[];
  /** Number of distinct source and target patterns compiled. */
  readonly size: { readonly source: number; readonly target: number };
  /** The same matches without an object per match (for the corpus-wide audit). */
  readonly flat: FlatMatcher;
}

/** Rendering status codes of FlatMatcher.entryStatus. */
export const PREFERRED = 0, ADMITTED = 1, FORBIDDEN = 2;
const STATUS_NAMES: readonly RenderingStatus[] = ["preferred", "admitted", "forbidden"];
export const statusName = (code: number): RenderingStatus => STATUS_NAMES[code]!;

/**
 * The matcher's results as flat integers: `scanSource(text)` / `scanTarget(text)` return the number
 * of matches and leave them in `sourceOut` / `targetOut` (read them before the next scan of the same
 * side): match k is [start, end, pattern] at 3k. Concepts are numbered in glossary order
 * (`concepts[i]`); a source pattern belongs to `sourceConcept[p]`; a target pattern to the entries
 * `entryStart[p] .. entryStart[p + 1]` (concept, status code, rendering text and a number shared by
 * the entries of one concept with the same status and rendering text, `entryKey`).
 */
export interface FlatMatcher {
  readonly concepts: readonly Concept[];
  scanSource(text: string): number;
  scanTarget(text: string): number;
  readonly sourceOut: Int32Array;
  readonly targetOut: Int32Array;
  /**
   * The tokens of the last scanned source / target text (valid until the next scan of that side);
   * null for a matcher that does not expose them (the audit then reads the texts itself).
   */
  readonly sourceTokens: Tokens | null;
  readonly targetTokens: Tokens | null;
  readonly sourceConcept: Int32Array;
  readonly entryStart: Int32Array;
  readonly entryConcept: Int32Array;
  readonly entryStatus: Uint8Array;
  readonly entryRendering: readonly string[];
  readonly entryKey: Int32Array;
  /** Number of distinct entry keys. */
  readonly keys: number;
  /** The match objects matchSource / matchTarget would give for match k of the last scan. */
  sourceMatch(text: string, k: number): SourceMatch;
  targetMatch(text: string, k: number): TargetMatchEx;
}

function sourceMatch(src: Side, text: string, start: number, end: number, pat: number): SourceMatch {
  const p = src.patterns[pat]!;
  const c = p.concept!;
  return { start, end, text: text.slice(start, end), source: p.form, entry: c.id, renderings: p.renderings!, dnt: c.dnt };
}

function targetMatch(tgt: Side, text: string, start: number, end: number, pat: number): TargetMatchEx {
  const p = tgt.patterns[pat]!;
  const e = p.entries[0]!;
  return { start, end, text: text.slice(start, end), rendering: e.rendering, entry: e.entry, status: e.status, entries: p.entries };
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
  src.freeze();
  tgt.freeze();
  const srcScratch = newScratch();
  const tgtScratch = newScratch();
  const renderingsOf = new Map<string, readonly TermRendering[]>();
  for (const c of map.values()) renderingsOf.set(c.id, Object.freeze([...c.renderings]));
  for (const p of src.patterns) p.renderings = renderingsOf.get(p.concept!.id)!;
  // the flat tables
  const index = new Map<string, number>();
  const conceptList = [...map.values()];
  conceptList.forEach((c, i) => index.set(c.id, i));
  const sourceConcept = Int32Array.from(src.patterns, (p) => index.get(p.concept!.id)!);
  const entryStart = new Int32Array(tgt.patterns.length + 1);
  let ne = 0;
  for (let p = 0; p < tgt.patterns.length; p++) { entryStart[p] = ne; ne += tgt.patterns[p]!.entries.length; }
  entryStart[tgt.patterns.length] = ne;
  const entryConcept = new Int32Array(ne), entryStatus = new Uint8Array(ne), entryKey = new Int32Array(ne);
  const entryRendering: string[] = [];
  const keyOf = new Map<string, number>();
  ne = 0;
  for (const p of tgt.patterns) {
    for (const e of p.entries) {
      entryConcept[ne] = index.get(e.entry)!;
      entryStatus[ne] = STATUS_NAMES.indexOf(e.status);
      entryRendering.push(e.rendering);
      const key = `${e.entry}\u0000${e.status}\u0000${e.rendering}`;
      let k = keyOf.get(key);
      if (k === undefined) keyOf.set(key, (k = keyOf.size));
      entryKey[ne++] = k;
    }
  }
  const flat: FlatMatcher = {
    concepts: conceptList,
    scanSource: (text) => findAll(src, text, srcScratch) / 3,
    scanTarget: (text) => findAll(tgt, text, tgtScratch) / 3,
    get sourceOut() { return srcScratch.out; },
    get targetOut() { return tgtScratch.out; },
    sourceTokens: srcScratch.tokens,
    targetTokens: tgtScratch.tokens,
    sourceConcept, entryStart, entryConcept, entryStatus, entryRendering, entryKey, keys: keyOf.size,
    sourceMatch: (text, k) => { const o = srcScratch.out; return sourceMatch(src, text, o[3 * k]!, o[3 * k + 1]!, o[3 * k + 2]!); },
    targetMatch: (text, k) => { const o = tgtScratch.out; return targetMatch(tgt, text, o[3 * k]!, o[3 * k + 1]!, o[3 * k + 2]!); },
  };
  const g: CompiledGlossary = {
    flat,
    concepts: map,
    size: { source: src.patterns.length, target: tgt.patterns.length },
    matchSource(text: string): SourceMatch[] {
      const m = findAll(src, text, srcScratch);
      const flat = srcScratch.out;
      const out: SourceMatch[] = [];
      for (let k = 0; k < m; k += 3) out.push(sourceMatch(src, text, flat[k]!, flat[k + 1]!, flat[k + 2]!));
      return out;
    },
    matchTarget(text: string): TargetMatchEx[] {
      const m = findAll(tgt, text, tgtScratch);
      const flat = tgtScratch.out;
      const out: TargetMatchEx[] = [];
      for (let k = 0; k < m; k += 3) out.push(targetMatch(tgt, text, flat[k]!, flat[k + 1]!, flat[k + 2]!));
      return out;
    },
  };
  return g;
}

/**
 * Sentence features for the aligner: every content token of a sentence becomes a small set of
 * "anchor" ids in one shared space, so that an Indonesian token and an English token that may
 * translate each other share an id:
 *   =form   the token itself (names, acronyms, loanwords identical on both sides)
 *   ~pref   a cognate key (spelling folded: c→k, y→i, ph→f, doubled letters collapsed; first 5 letters)
 *   d:lemma an English lemma: the English token's own stem, or a translation of the Indonesian token
 *           in the bilingual word list (after light affix stripping on both sides)
 *   #value  a number, date, time, percentage or ordinal read with the sentence's language conventions
 *           (text/numbers.ts: id `1.500,5` = en `1,500.5`, id `19 Juni` = en `June 19`)
 *   g:id    a glossary concept found on both sides (optional GlossaryMatcher)
 * Pure: no I/O.
 */
import type { GlossaryMatcher } from "../glossary/types";
import { extractNumbers } from "../text/numbers";
import { englishLemmas, indonesianStems, type Lexicon } from "./lexicon";

export type Lang = "id" | "en";

/** Interns anchor strings into small integers (one table per alignment call). */
export class Vocab {
  private readonly map = new Map<string, number>();
  id(key: string): number {
    let v = this.map.get(key);
    if (v === undefined) {
      v = this.map.size;
      this.map.set(key, v);
    }
    return v;
  }
  get size(): number {
    return this.map.size;
  }
  /** The ids of the keys starting with `prefix` (`#`: numbers). */
  idsStartingWith(prefix: string): number[] {
    const out: number[] = [];
    for (const [k, v] of this.map) if (k.startsWith(prefix)) out.push(v);
    return out;
  }
}

/** Features of one sentence: tokens, each with its anchor ids (flattened), and its length. */
export interface SentenceFeatures {
  /** Length in characters (whitespace runs count once). */
  readonly chars: number;
  /** tokStart[k]..tokStart[k+1] index `ids` for content token k. */
  readonly tokStart: Int32Array;
  readonly ids: Int32Array;
  /** Every distinct id of the sentence. */
  readonly idSet: Int32Array;
  /** Weight of each content token (set by the aligner: inverse frequency in the document). */
  readonly weights: Float32Array;
  /** Sum of the weights. */
  total: number;
  /** Looks like the first part of a longer sentence (ends with , ; : or the next starts in lower case). */
  fragment: boolean;
}

const ID_STOP = new Set(
  ("yang dan di ke dari ini itu dengan untuk pada dalam adalah akan tidak juga telah sudah oleh atau karena ia dia " +
    "mereka kami kita saya aku anda bahwa sebagai para se pun lagi masih bisa dapat harus ada nya tersebut lebih " +
    "secara serta namun tetapi tapi jika kalau maka agar supaya hingga sampai sejak saat ketika seperti antara " +
    "bagi kepada atas bawah oleh yakni yaitu ialah merupakan menjadi jadi sangat hanya belum pula lain sendiri " +
    "mana apa siapa bila sambil sedang akan kah lah si sang")
    .split(" "),
);
const EN_STOP = new Set(
  ("the a an of to in on at for from by with and or but not no is are was were be been being has have had do does " +
    "did it its this that these those he she they we i you his her their our my your him them us as if than then " +
    "so such there here which who whom whose what when where while also would will can could should may might must " +
    "shall into about over after before between under up down out all any some more most other only very just " +
    "being because since until both each few own same too s t")
    .split(" "),
);

const TOKEN_RE = /\p{L}+|\d+(?:[.,]\d+)*/gu;
const DIGIT_RE = /^\d/;

/** Folds spelling differences between Indonesian and English cognates. */
export function cognateKey(word: string): string | null {
  let w = word
    .replace(/ph/g, "f")
    .replace(/q/g, "k")
    .replace(/x/g, "ks")
    .replace(/c/g, "k")
    .replace(/y/g, "i")
    .replace(/(.)\1+/g, "$1");
  if (w.length < 5) return null;
  w = w.slice(0, 5);
  return w;
}

// Anchor keys of a word depend only on the word, its language and the lexicon: cache them (bounded).
const anchorCache = new WeakMap<object, Map<string, readonly string[]>>();
const NO_LEXICON = {};
const CACHE_LIMIT = 200_000;

/** The anchor keys of one lower-case content token (its form first). */
export function tokenAnchors(tok: string, lang: Lang, lexicon: Lexicon | null): readonly string[] {
  const owner = lexicon ?? NO_LEXICON;
  let cache = anchorCache.get(owner);
  if (!cache) anchorCache.set(owner, (cache = new Map()));
  const key = lang + tok;
  const hit = cache.get(key);
  if (hit) return hit;
  const out = new Set<string>(["=" + tok]);
  const cog = cognateKey(tok);
  if (cog) out.add("~" + cog);
  if (lang === "en") {
    for (const lemma of englishLemmas(tok)) out.add("d:" + lemma);
  } else if (lexicon) {
    for (const lemma of lexicon.translate(tok)) out.add("d:" + lemma);
    for (const stem of indonesianStems(tok)) {
      const c = cognateKey(stem);
      if (c) out.add("~" + c);
    }
  }
  const res = [...out];
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, res);
  return res;
}

export interface FeatureContext {
  readonly vocab: Vocab;
  readonly lexicon: Lexicon | null;
  readonly glossary?: GlossaryMatcher | undefined;
}

function lengthOf(text: string): number {
  return text.replace(/\s+/g, " ").trim().length;
}

/** Builds the features of one sentence. */
export function sentenceFeatures(text: string, lang: Lang, ctx: FeatureContext): SentenceFeatures {
  const { vocab, lexicon } = ctx;
  const starts: number[] = [0];
  const ids: number[] = [];
  const push = (tokIds: number[]): void => {
    if (tokIds.length === 0) return;
    for (const x of new Set(tokIds)) ids.push(x);
    starts.push(ids.length);
  };
  const lower = text.toLowerCase();
  for (const m of lower.matchAll(TOKEN_RE)) {
    const tok = m[0];
    if (DIGIT_RE.test(tok)) continue; // numbers are read below, with the language's conventions
    if (tok.length < 2) continue;
    if (lang === "id" ? ID_STOP.has(tok) : EN_STOP.has(tok)) continue;
    const keys = tokenAnchors(tok, lang, lexicon);
    const t: number[] = new Array(keys.length);
    for (let q = 0; q < keys.length; q++) t[q] = vocab.id(keys[q]!);
    push(t);
  }
  for (const n of extractNumbers(text, lang)) {
    if (n.word && n.value === "1") continue; // `satu` / `one` often vanish in translation
    push([vocab.id("#" + n.value), ...(n.alternatives ?? []).map((v) => vocab.id("#" + v))]);
  }
  if (ctx.glossary) {
    const found = lang === "id" ? ctx.glossary.matchSource(text) : ctx.glossary.matchTarget(text);
    for (const g of found) push([vocab.id("g:" + g.entry)]);
  }
  const idSet = Int32Array.from(new Set(ids));
  const nTok = starts.length - 1;
  return { chars: lengthOf(text), tokStart: Int32Array.from(starts), ids: Int32Array.from(ids), idSet, weights: new Float32Array(nTok).fill(1), total: nTok, fragment: /[,;:]\s*$/.test(text) };
}

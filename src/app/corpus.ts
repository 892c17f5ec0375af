/**
 * Export for machine-translation training (`selaras export --dedupe --min-words … --split …`): pure
 * helpers, no fs, no store. Every one is opt-in: without its flag an export writes what it always
 * wrote, byte for byte.
 *
 * - clean (`--normalize`): NFC; invisible characters (zero-width space/joiners, word joiner, BOM,
 *   soft hyphen, bidirectional marks and embeddings) removed; tabs, line breaks (LF, CR, VT, FF,
 *   NEL, U+2028/2029) and other Unicode spaces (NBSP…) become spaces; other C0 controls removed;
 *   runs of spaces collapsed; both ends trimmed. A Moses export of a pair with a line break then
 *   writes it on one line instead of refusing the whole export.
 * - filter: drops a pair with an empty side (whenever a filter is asked for), with fewer than
 *   `minWords` or more than `maxWords` words on a side, whose word counts differ by more than
 *   `maxRatio` (the longer side's words over the shorter's), whose two sides are the same text
 *   (`dropIdentical`, compared as `dedupe` compares), or that repeats an earlier pair (`dedupe`:
 *   source and target compared after NFC, lower case, punctuation and symbols removed, whitespace
 *   collapsed; the first in article order is kept; a sentence with two different translations is
 *   no duplicate). Each reason is counted.
 * - split (`--split test=…,dev=…`): documents go whole into train, dev or test, never across, by a
 *   hash of the seed and the document's slug (splitOf).
 * - stats: pairs, words per side, by status, documents.
 */
import { createHash } from "node:crypto";
import { UsageError } from "../errors";
import type { ParallelUnit } from "../formats";

/**
 * A text `clean` may change: a character outside those it keeps as they are (printable ASCII,
 * Latin-1 but NBSP and the soft hyphen, Latin Extended up to U+02FF, the dashes, quotes and
 * punctuation of U+2010–U+2027 and U+2030–U+205E), two spaces, or a space at an end. Typographic
 * quotes alone (most news sentences) take no normalisation.
 */
const NEEDS_CLEAN = /[^\x20-\x7E\u00A1-\u00AC\u00AE-\u02FF\u2010-\u2027\u2030-\u205E]| {2}|^ | $/;
/** A text that may not be NFC: a character from U+0300 on (combining marks and everything after), bar General Punctuation. */
// eslint-disable-next-line no-control-regex
const MAYBE_NOT_NFC = /[^\u0000-\u02FF\u2000-\u206F]/;
// eslint-disable-next-line no-control-regex
const INVISIBLE = /[\u00AD\u200B-\u200D\u200E\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\x00-\x08\x0E-\x1F\x7F\x80-\x84\x86-\x9F]/g;
/** Become one space: every whitespace character (tab, line breaks, NBSP, Unicode spaces) and runs of them. */
const SPACES = /[\s\x85]+/g;

/** A text as `--normalize` writes it (see the module comment); the same string when nothing changes. */
export function cleanText(text: string): string {
  if (!NEEDS_CLEAN.test(text)) return text;
  return (MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text).replace(INVISIBLE, "").replace(SPACES, " ").trim();
}

/** Words of a text: runs of non-whitespace characters. */
export function countWords(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const space = c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x85 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0x202f || c === 0x205f || c === 0x1680;
    if (space) inWord = false;
    else if (!inWord) { inWord = true; n++; }
  }
  return n;
}

/** The form `dedupe` and `dropIdentical` compare: NFC, lower case, no punctuation or symbols, whitespace collapsed. */
export function comparable(text: string): string {
  // (printable ASCII and the punctuation of U+2010–U+205E, every one of which is punctuation or a
  // symbol: what is no letter or digit is a space; the same result, several times faster)
  if (PLAIN.test(text)) return text.toLowerCase().replace(/[^a-z0-9]+/g, " ").trim();
  return (MAYBE_NOT_NFC.test(text) ? text.normalize("NFC") : text).toLowerCase().replace(/[\p{P}\p{S}\p{Cf}]+/gu, " ").replace(/\s+/g, " ").trim();
}

const PLAIN = /^[\x20-\x7E\u2010-\u2027\u2030-\u205E]*$/;

export interface CorpusFilterOptions {
  readonly dedupe?: boolean;
  readonly dropIdentical?: boolean;
  readonly minWords?: number;
  readonly maxWords?: number;
  readonly maxRatio?: number;
  readonly normalize?: boolean;
}

/** Pairs a filter dropped, by reason (the first that applies, in this order). */
export interface Dropped {
  empty: number;
  short: number;
  long: number;
  ratio: number;
  identical: number;
  duplicate: number;
}

export interface CorpusFilter {
  /** The unit as it is to be written (cleaned with `normalize`), or null when it is dropped. */
  accept(u: ParallelUnit): ParallelUnit | null;
  readonly dropped: Dropped;
  /** Units `normalize` changed. */
  readonly normalized: number;
  /** The words of a unit's source and target (counted once: the filter's count of the unit it last kept). */
  words(u: ParallelUnit): [number, number];
}

/** Does any option ask for filtering (then empty sides are dropped too)? */
export function filters(o: CorpusFilterOptions): boolean {
  return Boolean(o.dedupe || o.dropIdentical || o.minWords || o.maxWords || o.maxRatio);
}

export function createCorpusFilter(o: CorpusFilterOptions): CorpusFilter {
  if (o.minWords !== undefined && !(Number.isInteger(o.minWords) && o.minWords >= 0)) throw new UsageError("export-bad-number", { option: "--min-words", value: String(o.minWords) });
  if (o.maxWords !== undefined && !(Number.isInteger(o.maxWords) && o.maxWords >= 1)) throw new UsageError("export-bad-number", { option: "--max-words", value: String(o.maxWords) });
  if (o.maxRatio !== undefined && !(o.maxRatio >= 1)) throw new UsageError("export-bad-number", { option: "--max-ratio", value: String(o.maxRatio) });
  const dropped: Dropped = { empty: 0, short: 0, long: 0, ratio: 0, identical: 0, duplicate: 0 };
  const filtering = filters(o);
  /** 80-bit digests of the pairs seen (not the texts: a million pairs stay a few tens of MB). */
  const seen = new Set<string>();
  let normalized = 0;
  let counted: { u: ParallelUnit; s: number; t: number } | undefined;
  return {
    dropped,
    get normalized() { return normalized; },
    words(u) { return counted?.u === u ? [counted.s, counted.t] : [countWords(u.source), countWords(u.target)]; },
    accept(unit) {
      let u = unit;
      let cleaned = false;
      if (o.normalize) {
        const source = cleanText(u.source);
        const target = cleanText(u.target);
        if (source !== u.source || target !== u.target) { cleaned = true; u = { ...u, source, target }; }
      }
      const kept = filtering ? keep(u) : u;
      if (kept && cleaned) normalized++;
      return kept;
    },
  };
  function keep(u: ParallelUnit): ParallelUnit | null {
    if (u.source.trim() === "" || u.target.trim() === "") { dropped.empty++; return null; }
    if (o.minWords || o.maxWords || o.maxRatio) {
      const s = countWords(u.source);
      const t = countWords(u.target);
      counted = { u, s, t };
      if (o.minWords && Math.min(s, t) < o.minWords) { dropped.short++; return null; }
      if (o.maxWords && Math.max(s, t) > o.maxWords) { dropped.long++; return null; }
      if (o.maxRatio && Math.max(s, t) > o.maxRatio * Math.max(1, Math.min(s, t))) { dropped.ratio++; return null; }
    }
    if (o.dropIdentical || o.dedupe) {
      const s = comparable(u.source);
      const t = comparable(u.target);
      if (o.dropIdentical && s === t) { dropped.identical++; return null; }
      if (o.dedupe) {
        const key = createHash("sha1").update(s).update("\u0000").update(t).digest().toString("latin1", 0, 10);
        if (seen.has(key)) { dropped.duplicate++; return null; }
        seen.add(key);
      }
    }
    return u;
  }
}

export const SPLITS = ["train", "dev", "test"] as const;
export type SplitName = (typeof SPLITS)[number];

/** A split's size: a number of documents, or a share of them (`10%` → 0.1). */
export type SplitSize = { readonly count: number } | { readonly share: number };

/** `test=10%,dev=5%` or `test=2,dev=2` (documents) → sizes by split; train takes the rest. */
export function parseSplit(spec: string): Partial<Record<"dev" | "test", SplitSize>> {
  const out: Partial<Record<"dev" | "test", SplitSize>> = {};
  for (const part of spec.split(",").map((p) => p.trim()).filter(Boolean)) {
    const m = /^(dev|test)=(\d+(?:\.\d+)?)(%?)$/.exec(part);
    if (!m || out[m[1] as "dev" | "test"]) throw new UsageError("export-bad-split", { spec });
    const n = Number(m[2]);
    if (m[3]) {
      if (n <= 0 || n >= 100) throw new UsageError("export-bad-split", { spec });
      out[m[1] as "dev" | "test"] = { share: n / 100 };
    } else {
      if (!Number.isInteger(n) || n < 1) throw new UsageError("export-bad-split", { spec });
      out[m[1] as "dev" | "test"] = { count: n };
    }
  }
  if (!out.dev && !out.test) throw new UsageError("export-bad-split", { spec });
  const shares = (out.dev && "share" in out.dev ? out.dev.share : 0) + (out.test && "share" in out.test ? out.test.share : 0);
  if (shares >= 1) throw new UsageError("export-bad-split", { spec });
  return out;
}

/** A document's place in [0, 1) for a seed: the first 48 bits of SHA-256(seed NUL slug). */
export function documentHash(seed: string, slug: string): number {
  const h = createHash("sha256").update(seed).update("\u0000").update(slug).digest();
  return h.readUIntBE(0, 6) / 2 ** 48;
}

/**
 * The split of every document: the documents ranked by their hash (documentHash), test taking the
 * first ones, then dev; train the rest. A count takes that many documents; a share round(share × N)
 * of them, at least one. A document's rank depends only on the seed and its slug, so adding documents
 * moves one between splits only at the edges (a new document ranked inside test pushes test's last
 * one into dev). Fewer documents than asked: dev (then train) may be left empty; a document is never
 * in two splits.
 */
export function assignSplits(slugs: readonly string[], sizes: Partial<Record<"dev" | "test", SplitSize>>, seed: string): Map<string, SplitName> {
  const ranked = slugs.map((slug) => ({ slug, h: documentHash(seed, slug) })).sort((a, b) => a.h - b.h || (a.slug < b.slug ? -1 : 1));
  const size = (s: SplitSize | undefined): number => (!s ? 0 : "count" in s ? s.count : Math.max(1, Math.round(s.share * ranked.length)));
  const test = size(sizes.test);
  const dev = size(sizes.dev);
  const out = new Map<string, SplitName>();
  ranked.forEach(({ slug }, i) => out.set(slug, i < test ? "test" : i < test + dev ? "dev" : "train"));
  return out;
}

/** `corpus.jsonl` → `corpus.train.jsonl`; Moses `corpus` → `corpus.train` (then `.id`, `.en`, `.ids`). */
export function splitPath(out: string, split: SplitName, extensions: readonly string[]): string {
  const ext = extensions.find((x) => out.toLowerCase().endsWith(x));
  return ext && out.length > ext.length ? `${out.slice(0, out.length - ext.length)}.${split}${out.slice(out.length - ext.length)}` : `${out}.${split}`;
}

/** A datasheet of what was written. */
export interface CorpusStats {
  pairs: number;
  sourceWords: number;
  targetWords: number;
  documents: number;
  byStatus: Record<string, number>;
}

/** A datasheet's counter: `add` takes a unit written and the words of its source and target. */
export function createStats(): { add(u: ParallelUnit, sourceWords: number, targetWords: number): void; readonly stats: CorpusStats } {
  const stats: CorpusStats = { pairs: 0, sourceWords: 0, targetWords: 0, documents: 0, byStatus: {} };
  let last: string | undefined;
  const docs = new Set<string>();
  return {
    stats,
    add(u, sourceWords, targetWords) {
      stats.pairs++;
      stats.sourceWords += sourceWords;
      stats.targetWords += targetWords;
      const st = u.status || "untranslated";
      stats.byStatus[st] = (stats.byStatus[st] ?? 0) + 1;
      if (u.document !== last) { last = u.document; if (!docs.has(u.document)) { docs.add(u.document); stats.documents++; } }
    },
  };
}

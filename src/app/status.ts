/** documentStatus — per-document progress for `selaras status`. */
import type { Store } from "../store";
import { documentNotFound } from "./not-found";
import type { OrphanRow } from "../store/status";
import { countWords, normalizeText } from "../text/normalize";
import { isDone, type UnitState } from "../translations/lifecycle";

export interface DocumentStatus {
  readonly document: string;
  readonly title: string;
  /** Current segments, boilerplate included. */
  readonly segments: number;
  readonly boilerplate: number;
  /** Non-boilerplate segments: the ones to translate. */
  readonly translatable: number;
  /**
   * Non-boilerplate segments whose unit is CONFIRMED (translated or reviewed) and current (not
   * stale, not orphaned). Until the unit lifecycle (docs/lifecycle.md) it counted every segment
   * with any rendering, machine alignments and stale ones included.
   */
  readonly translated: number;
  /** Of `translated`: segments whose unit is reviewed (by a second person), current. */
  readonly reviewed: number;
  /** Non-boilerplate segments whose English is a draft (not confirmed). */
  readonly draft: number;
  /** Non-boilerplate segments paired by the aligner and not yet confirmed by a person. */
  readonly aligned: number;
  /** Non-boilerplate segments with no English at all. */
  readonly untranslated: number;
  /** Renderings whose source sentence changed since they were written. */
  readonly stale: number;
  /** Renderings whose source sentence was removed from the article (kept, not lost). */
  readonly orphaned: number;
  /** Segments flagged as possible fragments of a broken sentence and not (yet) joined. */
  readonly suspect: number;
  /** Words in the translatable segments. */
  readonly words: number;
  /** translated / translatable, 0..100, one decimal. */
  readonly percent: number;
  /** The orphaned renderings themselves: kept, listed so a translator can reuse or drop them. */
  readonly orphans: OrphanRow[];
}

/** The joined source text of a rendering's segments, as stored in rendering.source_text. */
export function joinSource(texts: readonly string[]): string {
  return texts.join(" ");
}

export function isStale(sourceText: string, segmentTexts: readonly string[]): boolean {
  const joined = joinSource(segmentTexts);
  return sourceText !== joined && normalizeText(sourceText) !== normalizeText(joined);
}

/**
 * Status of every document (or those named; `strict`: a name without a document throws NotFoundError
 * `not-found-document`), in a fixed number of statements whatever the number of
 * documents: one pass over the segments in document order sums, per document, the counts, the stored
 * word counts (and how many are not stored) and the renderings that cannot be stale (one segment, text unchanged: nearly all); the
 * words of segments whose count is not stored; and, only for documents that have other renderings
 * (joined, or whose source changed), one row per such rendering with its texts, from which the
 * lifecycle's counts are made. Cost linear in the database.
 */
export function documentStatus(store: Store, slugs?: readonly string[], options: { strict?: boolean } = {}): DocumentStatus[] {
  const docs = store.status.documents(slugs ?? []);
  // (strict, as `selaras status` asks: a document named must exist, as in every other command)
  if (options.strict) for (const slug of slugs ?? []) if (!docs.some((d) => d.document === slug)) throw documentNotFound(store, slug);
  if (docs.length === 0) return [];
  const ids = slugs && slugs.length ? docs.map((d) => d.id) : [];
  interface Tally { segments: number; boilerplate: number; suspect: number; words: number; stale: number; translated: number; reviewed: number; draft: number; aligned: number; rendered: number }
  const zero = (): Tally => ({ segments: 0, boilerplate: 0, suspect: 0, words: 0, stale: 0, translated: 0, reviewed: 0, draft: 0, aligned: 0, rendered: 0 });
  const tallies = new Map<number, Tally>();
  const others: number[] = [];
  const uncounted: number[] = [];
  for (const { plain, others: n, uncounted: u, ...counts } of store.status.tallies(ids)) {
    const t: Tally = { ...zero(), ...counts, rendered: plain.rendered, draft: plain.draft, aligned: plain.aligned };
    // plain renderings are never stale; their segments are current (removed ones count 0)
    for (const state of ["translated", "reviewed"] as const) {
      if (!isDone({ state, stale: false, orphaned: false })) continue;
      t.translated += plain[state];
      if (state === "reviewed") t.reviewed += plain[state];
    }
    tallies.set(counts.documentId, t);
    if (n > 0) others.push(counts.documentId);
    if (u > 0) uncounted.push(counts.documentId);
  }
  // the words of segments whose count is not stored (databases from before, splits), of the documents that have any
  if (uncounted.length) for (const [documentId, text] of store.status.uncountedTexts(uncounted)) tallies.get(documentId)!.words += countWords(text);
  // the other renderings (several segments, or a source that changed since), of the documents that have any
  if (others.length) for (const r of store.status.renderings(others)) {
    let t = tallies.get(r.documentId);
    if (!t) tallies.set(r.documentId, t = zero()); // (a document whose segments were all removed)
    t.rendered += r.translatable;
    // Stale: the saved source differs from its segments' current texts. Orphaned ones are not stale.
    const stale = !r.removed && r.sourceText !== null && isStale(r.sourceText, [r.joinedText!]);
    if (stale) t.stale++;
    if (r.status === "draft") t.draft += r.translatable;
    else if (r.status === "aligned") t.aligned += r.translatable;
    else if (isDone({ state: r.status as UnitState, stale, orphaned: r.removed })) {
      t.translated += r.translatable;
      if (r.status === "reviewed") t.reviewed += r.translatable;
    }
  }
  const orphaned = store.status.orphanCounts();
  return docs.map((d) => {
    const c = tallies.get(d.id) ?? zero();
    const translatable = c.segments - c.boilerplate;
    const orphanCount = orphaned.get(d.id) ?? 0;
    return {
      document: d.document, title: d.title,
      segments: c.segments, boilerplate: c.boilerplate, suspect: c.suspect, translated: c.translated,
      orphaned: orphanCount,
      reviewed: c.reviewed,
      draft: c.draft,
      aligned: c.aligned,
      untranslated: translatable - c.rendered,
      translatable,
      stale: c.stale,
      words: c.words,
      percent: translatable === 0 ? 100 : Math.round((1000 * c.translated) / translatable) / 10,
      orphans: orphanCount ? store.status.orphans(d.document) : [],
    };
  });
}

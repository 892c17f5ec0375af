/** documentStatus — per-document progress for `selaras status`. */
import type { Store } from "../store";
import type { OrphanRow } from "../store/status";
import { countWords, normalizeText } from "../text/normalize";

export interface DocumentStatus {
  readonly document: string;
  readonly title: string;
  /** Current segments, boilerplate included. */
  readonly segments: number;
  readonly boilerplate: number;
  /** Non-boilerplate segments: the ones to translate. */
  readonly translatable: number;
  /** Non-boilerplate segments that have a rendering. */
  readonly translated: number;
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
 * Status of every document (or those named), in a fixed number of statements whatever the number of
 * documents: counts and stored word counts summed per document in SQL; the words of segments whose
 * count is not stored; one row per rendering (its segments folded in SQL, texts sent only when they
 * may differ from the saved source). Cost linear in the database.
 */
export function documentStatus(store: Store, slugs?: readonly string[]): DocumentStatus[] {
  const docs = store.status.documents(slugs ?? []);
  if (docs.length === 0) return [];
  const ids = slugs && slugs.length ? docs.map((d) => d.id) : [];
  interface Tally { segments: number; boilerplate: number; suspect: number; translated: number; words: number; stale: number }
  const tallies = new Map<number, Tally>(store.status.tallies(ids).map((t) => [t.documentId, { ...t, stale: 0 }]));
  for (const [documentId, text] of store.status.uncountedTexts(ids)) tallies.get(documentId)!.words += countWords(text);
  for (const r of store.status.renderings(ids)) {
    // Stale: the saved source differs from its segments' current texts. Orphaned ones are not stale.
    if (!r.removed && r.sourceText !== null && isStale(r.sourceText, [r.joinedText!])) tallies.get(r.documentId)!.stale++;
  }
  const orphaned = store.status.orphanCounts();
  return docs.map((d) => {
    const c = tallies.get(d.id) ?? { segments: 0, boilerplate: 0, suspect: 0, translated: 0, words: 0, stale: 0 };
    const translatable = c.segments - c.boilerplate;
    const orphanCount = orphaned.get(d.id) ?? 0;
    return {
      document: d.document, title: d.title,
      segments: c.segments, boilerplate: c.boilerplate, suspect: c.suspect, translated: c.translated,
      orphaned: orphanCount,
      translatable,
      stale: c.stale,
      words: c.words,
      percent: translatable === 0 ? 100 : Math.round((1000 * c.translated) / translatable) / 10,
      orphans: orphanCount ? store.status.orphans(d.document) : [],
    };
  });
}

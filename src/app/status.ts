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
  return normalizeText(sourceText) !== normalizeText(joinSource(segmentTexts));
}

export function documentStatus(store: Store, slugs?: readonly string[]): DocumentStatus[] {
  return store.status
    .counts()
    .filter((c) => !slugs || slugs.length === 0 || slugs.includes(c.document))
    .map((c) => {
      const translatable = c.segments - c.boilerplate;
      const words = store.status.translatableTexts(c.document).reduce((n, t) => n + countWords(t), 0);
      const stale = store.status
        .renderingSources(c.document)
        .filter((r) => !r.removed && isStale(r.sourceText, r.segmentTexts)).length;
      return {
        ...c,
        translatable,
        stale,
        words,
        percent: translatable === 0 ? 100 : Math.round((1000 * c.translated) / translatable) / 10,
        orphans: c.orphaned ? store.status.orphans(c.document) : [],
      };
    });
}

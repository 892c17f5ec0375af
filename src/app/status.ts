/** documentStatus — per-document progress for `selaras status`. */
import type { Store } from "../store";
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
  return normalizeText(sourceText) !== normalizeText(joinSource(segmentTexts));
}

export function documentStatus(store: Store, slugs?: readonly string[]): DocumentStatus[] {
  return store.status
    .counts()
    .filter((c) => !slugs || slugs.length === 0 || slugs.includes(c.document))
    .map((c) => {
      const translatable = c.segments - c.boilerplate;
      const words = store.status.translatableTexts(c.document).reduce((n, t) => n + countWords(t), 0);
      const sources = store.status.renderingSources(c.document);
      let stale = 0, translated = 0, reviewed = 0, draft = 0, aligned = 0, rendered = 0;
      for (const r of sources) {
        rendered += r.translatable;
        const isStaleNow = !r.removed && isStale(r.sourceText, r.segmentTexts);
        if (isStaleNow) stale++;
        if (r.status === "draft") draft += r.translatable;
        else if (r.status === "aligned") aligned += r.translatable;
        else if (isDone({ state: r.status as UnitState, stale: isStaleNow, orphaned: r.removed })) {
          translated += r.translatable;
          if (r.status === "reviewed") reviewed += r.translatable;
        }
      }
      return {
        ...c,
        translated,
        reviewed,
        draft,
        aligned,
        untranslated: translatable - rendered,
        translatable,
        stale,
        words,
        percent: translatable === 0 ? 100 : Math.round((1000 * translated) / translatable) / 10,
        orphans: c.orphaned ? store.status.orphans(c.document) : [],
      };
    });
}

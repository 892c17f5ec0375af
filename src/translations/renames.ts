/**
 * Renamed articles, found by their content (as git finds a renamed file): which article of corpus/
 * is the article of a translations file whose own article is gone.
 *
 * A translations file (`orphan`: its document's article is nowhere) is paired with an article that
 * no translations file claims when at least RENAME_SIMILARITY of its records' Indonesian is in that
 * article, word for word (letters and digits, lower-cased: punctuation, spacing and line breaks
 * aside; a joined unit's sentences in a row). The best pairs are taken first (most of the file's
 * records found, then the document's name, then the article's path), each file and each article
 * once, so the answer never depends on the order of the folder.
 * Pure: texts in, pairs out.
 */
import { tmTokens } from "./similarity";

/** At least half of a file's records must be in the article (git's default rename similarity is 50%). */
export const RENAME_SIMILARITY = 0.5;

export interface OrphanTranslations {
  /** The document the file is for (`# document:`). */
  readonly document: string;
  /** The Indonesian of each of its records (`id:`). */
  readonly sources: readonly string[];
}

export interface ArticleCandidate {
  /** The article's path (as the caller names it). */
  readonly file: string;
  readonly text: string;
}

export interface RenameMatch {
  readonly document: string;
  readonly file: string;
  /** How many of the file's records were found in the article, of `records`. */
  readonly found: number;
  readonly records: number;
}

const words = (text: string): string => ` ${tmTokens(text).join(" ")} `;

export function findRenamedArticles(orphans: readonly OrphanTranslations[], articles: readonly ArticleCandidate[]): RenameMatch[] {
  if (orphans.length === 0 || articles.length === 0) return [];
  const texts = articles.map((a) => words(a.text));
  const pairs: RenameMatch[] = [];
  for (const o of orphans) {
    const sources = o.sources.map(words).filter((s) => s !== "  ");
    if (sources.length === 0) continue;
    const need = Math.ceil(RENAME_SIMILARITY * sources.length);
    articles.forEach((a, i) => {
      const text = texts[i]!;
      let found = 0;
      for (let k = 0; k < sources.length; k++) {
        if (text.includes(sources[k]!)) found++;
        else if (found + (sources.length - k - 1) < need) return; // (cannot reach the threshold any more)
      }
      if (found >= need) pairs.push({ document: o.document, file: a.file, found, records: sources.length });
    });
  }
  pairs.sort((x, y) => y.found / y.records - x.found / x.records || y.found - x.found
    || (x.document < y.document ? -1 : x.document > y.document ? 1 : 0) || (x.file < y.file ? -1 : x.file > y.file ? 1 : 0));
  const taken = new Set<string>(), used = new Set<string>();
  const out: RenameMatch[] = [];
  for (const p of pairs) {
    if (taken.has(p.document) || used.has(p.file)) continue;
    taken.add(p.document); used.add(p.file);
    out.push(p);
  }
  return out.sort((x, y) => (x.document < y.document ? -1 : x.document > y.document ? 1 : 0));
}

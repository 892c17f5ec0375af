/**
 * The full-scan TM lookup: every rendering in the database scored against the query (no word
 * index). The TM benchmark's baseline and the oracle of test/app/tm.test.ts: `tmLookup`
 * (src/app/translate.ts), which reads candidates from the word index, must find the same matches.
 */
import { scoreCandidates, TM_THRESHOLD, type TmMatch, type TmOptions } from "../../src/app/translate";
import type { Store } from "../../src/store";
import { tmScoreTokens, tmSimilarity } from "../../src/translations/similarity";

export function tmLookupFullScan(store: Store, source: string, o: TmOptions = {}): TmMatch[] {
  const threshold = o.threshold ?? TM_THRESHOLD;
  const qTokens = tmScoreTokens(source);
  const best: Array<{ id: number; sim: number }> = [];
  for (const [id, text] of store.renderings.iterateSources()) {
    const sim = tmSimilarity(qTokens, tmScoreTokens(text));
    if (sim >= threshold && !o.exclude?.has(id)) best.push({ id, sim });
  }
  best.sort((a, b) => b.sim - a.sim || a.id - b.id);
  return scoreCandidates(source, store.tm.units(best.slice(0, (o.limit ?? 3) * 4).map((b) => b.id)), threshold, o.limit ?? 3, o.exclude);
}

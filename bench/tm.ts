/**
 * Translation-memory lookups as the database grows. Workload: 1,000,000 rendered segments
 * (synthetic Indonesian-like sentences, 8–30 words drawn from a Zipf-distributed 40,000-word
 * vocabulary), then fuzzy lookups (threshold 70 %, best 3) for 300 queries: 200 edited copies of
 * stored sentences (1–3 words changed) and 100 new sentences. Target: median ≤ 20 ms, p95 ≤ 50 ms.
 * Baseline (last row): the same lookup as a full scan of every rendering, on a few queries.
 */
import * as path from "node:path";
import { openStore } from "../src/store";
import { syncTm, tmLookup } from "../src/app/translate";
import { tmLookupFullScan } from "./lib/tm-full-scan";
import { percentile, rng, time, type Workload } from "./lib/harness";

function vocabulary(rand: () => number, size: number): string[] {
  const syl = ["ka", "ma", "ta", "pa", "ra", "la", "na", "sa", "ba", "da", "ga", "ja", "ki", "mi", "ti", "pi", "ri", "li", "ni", "si", "ku", "mu", "tu", "pu", "ru", "lu", "nu", "su", "ke", "me", "te", "pe", "re", "le", "ne", "se", "kan", "lah", "nya", "an", "per", "ber", "ter", "men", "pen", "di"];
  const words = new Set<string>();
  while (words.size < size) {
    const n = 1 + Math.floor(rand() * 4);
    let w = "";
    for (let i = 0; i < n; i++) w += syl[Math.floor(rand() * syl.length)];
    words.add(w);
  }
  return [...words];
}

function zipfSampler(rand: () => number, n: number, s = 1.0): () => number {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) { sum += 1 / Math.pow(i + 1, s); cdf[i] = sum; }
  return () => {
    const x = rand() * sum;
    let lo = 0, hi = n - 1;
    while (lo < hi) { const mid = (lo + hi) >> 1; if (cdf[mid]! < x) lo = mid + 1; else hi = mid; }
    return lo;
  };
}

export const tmWorkload: Workload = {
  name: "tm",
  description: "fuzzy translation-memory lookups over 1,000,000 rendered segments (word index vs full scan)",
  async run(ctx) {
    const total = Math.round(1_000_000 * ctx.scale);
    const rand = rng(42);
    const vocab = vocabulary(rand, 40_000);
    const pick = zipfSampler(rand, vocab.length);
    const sentence = () => {
      const n = 8 + Math.floor(rand() * 23);
      const w: string[] = [];
      for (let i = 0; i < n; i++) w.push(vocab[pick()]!);
      w[0] = w[0]![0]!.toUpperCase() + w[0]!.slice(1);
      return w.join(" ") + ".";
    };
    const store = openStore(path.join(ctx.tmp, "tm.db"));
    const samples: string[] = [];
    const load = await time(() => {
      // Bulk load straight into the rendering table; the migration's triggers log every row for the index.
      const insert = store.db.prepare("INSERT INTO rendering (text, source_text, status, origin, author, created_at, updated_at) VALUES (?, ?, 'translated', 'manual', 'bench', '2026-01-01', '2026-01-01')");
      const batch = 50_000;
      for (let done = 0; done < total; done += batch) {
        store.transaction(() => {
          for (let i = done; i < Math.min(total, done + batch); i++) {
            const s = sentence();
            if (i % 5000 === 0) samples.push(s);
            insert.run(`EN ${i}`, s);
          }
        });
        ctx.log(`loaded ${Math.min(total, done + batch).toLocaleString("en-US")} renderings`);
      }
      ctx.log("building the word index");
      syncTm(store);
      store.db.pragma("wal_checkpoint(TRUNCATE)");
    });
    const edit = (s: string) => {
      const words = s.slice(0, -1).split(" ");
      const k = 1 + Math.floor(rand() * 3);
      for (let i = 0; i < k; i++) words[Math.floor(rand() * words.length)] = vocab[pick()]!;
      return words.join(" ") + ".";
    };
    const queries = [...samples.slice(0, 200).map(edit), ...Array.from({ length: 100 }, sentence)];
    const lat: number[] = [];
    let found = 0;
    const indexed = await time(() => {
      for (const q of queries) {
        const t0 = process.hrtime.bigint();
        const m = tmLookup(store, q);
        lat.push(Number(process.hrtime.bigint() - t0) / 1e6);
        if (m.length) found++;
      }
    });
    lat.sort((a, b) => a - b);
    const baseQueries = queries.slice(0, 3);
    let agree = 0;
    const scan = await time(() => {
      for (const q of baseQueries) {
        const a = tmLookupFullScan(store, q);
        const b = tmLookup(store, q);
        if (JSON.stringify(a.map((x) => x.similarity)) === JSON.stringify(b.map((x) => x.similarity))) agree++;
      }
    });
    store.close();
    const median = percentile(lat, 50);
    const p95 = percentile(lat, 95);
    return {
      measurements: [
        { label: "load renderings + build the word index", items: total, unit: "renderings", seconds: load.seconds },
        { label: "tmLookup (posting lists of the rarest words, best 60 scored)", items: queries.length, unit: "lookups", seconds: indexed.seconds, extra: { median_ms: median, p95_ms: p95, with_match: found } },
        { label: "baseline: full scan of every rendering", items: baseQueries.length, unit: "lookups", seconds: scan.seconds, extra: { ms_per_lookup: (scan.seconds * 1000) / baseQueries.length, same_best_scores: `${agree}/${baseQueries.length}` } },
      ],
      notes: [
        `fuzzy lookup over ${total.toLocaleString("en-US")} renderings: median ${median.toFixed(2)} ms (target ≤ 20), p95 ${p95.toFixed(2)} ms (target ≤ 50): ${median <= 20 && p95 <= 50 ? "met" : "NOT met"}`,
      ],
    };
  },
};

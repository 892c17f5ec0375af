/**
 * Workload `terms`: glossary term matching on 1,000,000 Indonesian sentences with a 5,000-term
 * glossary (generated deterministically), against the per-term regular-expression baseline (one
 * Unicode whole-word RegExp per term, every term tried on every sentence) measured in the same run.
 * Also: the same sentences with the shipped glossary (cost must not grow with the number of terms)
 * and English-side matching.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadGlossary } from "../src/app/glossary";
import { compileGlossary } from "../src/glossary";
import type { Concept } from "../src/glossary/types";
import { rng, time, type Measurement, type Workload } from "./lib/harness";

/**
 * Times fn in wall-clock seconds and in CPU seconds of this process (user + system): the machine is
 * shared, so the CPU-second rate is the one that does not depend on what else runs.
 */
async function timed<T>(fn: () => T): Promise<{ value: T; seconds: number; cpu: number }> {
  const c0 = process.cpuUsage();
  const r = await time(fn);
  const c = process.cpuUsage(c0);
  return { ...r, cpu: (c.user + c.system) / 1e6 };
}

const SYLLABLES = ["ka", "ri", "mu", "la", "po", "se", "ta", "na", "bu", "di", "ge", "ho", "ja", "ko", "me", "ni", "pa", "ra", "su", "wa", "yo", "ba", "ci", "de"];
const FILLER = (
  "yang dan di ke dari untuk pada dengan dalam akan tidak ini itu juga sudah telah oleh karena para antara " +
  "pemerintah negara kata mengatakan pejabat tahun bulan pekan hari baru besar tinggi militer ekonomi politik " +
  "kerja sama hubungan kunjungan perang senjata wilayah keamanan presiden menteri rakyat bantuan laporan"
).split(" ");

function word(r: () => number, min = 2, max = 4): string {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return w;
}

/** 5,000 concepts: 1–4 word forms, a quarter capitalised and case-sensitive, some sharing prefixes. */
export function generateGlossary(count: number, seed = 42): Concept[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const out: Concept[] = [];
  const heads: string[] = [];
  while (out.length < count) {
    const parts: string[] = [];
    // a third of the terms extend an earlier short one by 1–2 words ("rudal balistik" / "rudal balistik antarbenua");
    // the others have 1–4 words
    const head = heads.length && r() < 0.33 ? heads[Math.floor(r() * heads.length)]! : null;
    if (head !== null && head.split(" ").length <= 3) {
      parts.push(head);
      const more = 1 + Math.floor(r() * 2);
      for (let k = 0; k < more; k++) parts.push(word(r));
    } else {
      const words = 1 + Math.floor(r() * 4);
      for (let k = 0; k < words; k++) parts.push(word(r));
    }
    const cs = r() < 0.25;
    let text = parts.join(" ");
    if (cs) text = text.replace(/(^| )(\p{L})/gu, (_m, s: string, c: string) => s + c.toUpperCase());
    const key = text.toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    heads.push(text);
    out.push({
      id: `t${out.length}`,
      sources: [{ text, caseSensitive: cs }],
      renderings: [{ text: `term ${out.length}`, status: "preferred", caseSensitive: false }],
      dnt: false,
    });
  }
  return out;
}

/** Sentences of 12–30 words: filler plus 0–3 glossary terms (some with -nya, some hyphenated). */
export function generateSentences(count: number, concepts: readonly Concept[], seed = 7): string[] {
  const r = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 12 + Math.floor(r() * 19);
    const words: string[] = [];
    for (let k = 0; k < n; k++) words.push(FILLER[Math.floor(r() * FILLER.length)]!);
    const terms = Math.floor(r() * 4);
    for (let k = 0; k < terms; k++) {
      let t = concepts[Math.floor(r() * concepts.length)]!.sources[0]!.text;
      const x = r();
      if (x < 0.1) t += "-nya";
      else if (x < 0.2) t += "nya";
      words.splice(Math.floor(r() * words.length), 0, t);
    }
    let s = words.join(" ");
    s = s[0]!.toUpperCase() + s.slice(1) + ".";
    out.push(s);
  }
  return out;
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

export const termsWorkload: Workload = {
  name: "terms",
  description: "glossary term matching: 1,000,000 sentences × 5,000 terms vs one regular expression per term",
  run(ctx) {
    return (async () => {
      const total = Math.max(1000, Math.round(1_000_000 * ctx.scale));
      const concepts = generateGlossary(5000);
      const POOL = Math.min(total, 50_000);
      const pool = generateSentences(POOL, concepts);
      // the repository's glossary/, from bench/ (tsx) or dist/bench/ (compiled)
      const dir = [path.resolve(__dirname, "../glossary"), path.resolve(__dirname, "../../glossary")].find((d) => fs.existsSync(d))!;
      const shipped = loadGlossary(dir);
      ctx.log(`${concepts.length} terms, ${POOL} distinct sentences cycled to ${total}`);

      const compiled = await time(() => compileGlossary(concepts));
      const matcher = compiled.value;
      let hits = 0;
      const big = await timed(() => {
        for (let i = 0; i < total; i++) hits += matcher.matchSource(pool[i % POOL]!).length;
      });
      ctx.log(`selaras: ${hits} matches`);

      ctx.log(`selaras: ${Math.round(total / big.seconds)} sentences/s (${Math.round(total / big.cpu)} per CPU second)`);
      const small = compileGlossary(shipped);
      let smallHits = 0;
      const shippedRun = await timed(() => {
        for (let i = 0; i < total; i++) smallHits += small.matchSource(pool[i % POOL]!).length;
      });

      ctx.log(`shipped glossary: ${Math.round(total / shippedRun.seconds)} sentences/s`);
      const english = pool.map((s, i) => `The ${i % 2 ? "North Korea's" : "US"} summits on ballistic missiles ${s.length % 3 ? "and the White House" : "in Moscow"}, ${s.slice(0, 40)}.`);
      let enHits = 0;
      const englishRun = await timed(() => {
        for (let i = 0; i < total; i++) enHits += small.matchTarget(english[i % POOL]!).length;
      });

      ctx.log(`English: ${Math.round(total / englishRun.seconds)} sentences/s`);
      // Baseline: one whole-word RegExp per term, as naive code writes it: \bterm\b, case-insensitive unless the
      // form is case-sensitive (ASCII \b is exact on these ASCII sentences; a Unicode-aware lookbehind version
      // is about 100× slower still).
      const regexes = concepts.map((c) => {
        const f = c.sources[0]!;
        return new RegExp(`\\b${escapeRe(f.text).replace(/ /g, "\\s+")}\\b`, f.caseSensitive ? "g" : "gi");
      });
      // 5,000 regexes on one sentence take about 5 ms: 1,000 sentences give a stable rate in seconds.
      const SAMPLE = Math.min(total, 1000);
      ctx.log(`baseline on ${SAMPLE} sentences…`);
      let baseHits = 0;
      const baseline = await timed(() => {
        for (let i = 0; i < SAMPLE; i++) {
          const s = pool[i % POOL]!;
          for (const re of regexes) {
            re.lastIndex = 0;
            while (re.exec(s) !== null) baseHits++;
          }
        }
      });
      let sampleHits = 0;
      for (let i = 0; i < SAMPLE; i++) sampleHits += matcher.matchSource(pool[i % POOL]!).length;

      const rate = total / big.seconds;
      const baseRate = SAMPLE / baseline.seconds;
      const cpuRate = total / big.cpu;
      const baseCpuRate = SAMPLE / baseline.cpu;
      const perCpu = (items: number, r: { cpu: number }) => Math.round(items / r.cpu);
      const measurements: Measurement[] = [
          { label: "selaras matchSource, 5,000 terms", items: total, unit: "sentences", seconds: big.seconds, extra: { matches: hits, compileMs: compiled.seconds * 1000, perCpuSecond: perCpu(total, big) } },
          { label: `selaras matchSource, shipped glossary (${shipped.length} concepts)`, items: total, unit: "sentences", seconds: shippedRun.seconds, extra: { matches: smallHits, perCpuSecond: perCpu(total, shippedRun) } },
          { label: `selaras matchTarget (English), shipped glossary`, items: total, unit: "sentences", seconds: englishRun.seconds, extra: { matches: enHits, perCpuSecond: perCpu(total, englishRun) } },
          { label: `baseline: one RegExp per term × 5,000 (sample of ${SAMPLE} sentences)`, items: SAMPLE, unit: "sentences", seconds: baseline.seconds, extra: { matches: baseHits, perCpuSecond: perCpu(SAMPLE, baseline) } },
      ];
      return {
        measurements,
        notes: [
          `Sentences: ${POOL.toLocaleString("en-US")} distinct generated sentences (12–30 words, 0–3 terms, some with -nya) cycled to ${total.toLocaleString("en-US")}.`,
          `The baseline runs on a sample of ${SAMPLE.toLocaleString("en-US")} sentences (all 5,000 regexes on each); its rate is per sentence, so the ratio compares like with like. Extrapolated to ${total.toLocaleString("en-US")} sentences it would take ${(total / baseRate).toFixed(0)} s. The baseline only finds occurrences (no longest-match or overlap resolution, no clitics) and found ${baseHits} on the sample vs ${sampleHits} for Selaras.`,
          `Target ≥ 200,000 sentences/s (5,000 terms): wall clock ${rate >= 200_000 ? "met" : "NOT met"} (${Math.round(rate).toLocaleString("en-US")}/s), per CPU second ${cpuRate >= 200_000 ? "met" : "NOT met"} (${Math.round(cpuRate).toLocaleString("en-US")}/s). Target ≥ 20× the baseline: ${rate / baseRate >= 20 ? "met" : "NOT met"} (${(rate / baseRate).toFixed(0)}× wall clock, ${(cpuRate / baseCpuRate).toFixed(0)}× per CPU second).`,
        ],
      };
    })();
  },
};

/**
 * Workload `audit`: the corpus-wide glossary audit of 1,000,000 sentence pairs with a 5,000-concept
 * glossary (both generated deterministically), end to end: glossary matching on both sides, the
 * glossary checks, the corpus-wide consistency checks and the per-concept audit report
 * (renderings, violations, forbidden uses, conflicts, candidate terms), by the streaming audit
 * (src/check/audit-stream.ts) in parallel (src/app/audit-workers.ts: this thread and worker threads),
 * then in one thread (the two reports must be identical), then the glossary matcher alone (the floor
 * of the per-pair cost).
 * Number and form checks are not part of the glossary audit and are measured separately (a sample).
 *
 * Baseline, in the same run: every glossary entry tested against every pair with a regular
 * expression (one whole-word RegExp per concept per side, as a naive implementation would do),
 * measured on a sample of pairs and extrapolated (the full run would take hours; the table says so).
 */
import * as os from "node:os";
import { auditPairs } from "../src/check/audit-stream";
import { auditPairsParallel } from "../src/app/audit-workers";
import { runChecks } from "../src/check/run";
import { compileGlossary } from "../src/glossary";
import type { Concept, TermRendering } from "../src/glossary/types";
import { flatString, peakRssMiB, rng, settle, time, type Workload } from "./lib/harness";

const SYL_ID = ["ka", "ri", "mu", "la", "po", "se", "ta", "na", "bu", "di", "ge", "ho", "ja", "ko", "me", "ni", "pa", "ra", "su", "wa"];
const SYL_EN = ["bar", "ven", "tor", "lim", "dex", "mar", "sol", "quin", "pel", "rod", "fen", "gal", "hur", "jas", "kel", "nor"];
const FILLER_ID = ("yang dan di ke dari untuk pada dengan dalam akan tidak ini itu juga sudah telah oleh karena para antara " +
  "pemerintah negara kata mengatakan pejabat bulan pekan hari baru besar tinggi militer ekonomi politik hubungan kunjungan wilayah").split(" ");
const FILLER_EN = ("the of and to in a is that for on with as was by it at from said officials government country week day new " +
  "large high military economic political relations visit region").split(" ");

const FILLER = new Set([...FILLER_ID, ...FILLER_EN]);
const word = (r: () => number, syl: string[], min = 2, max = 4) => {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)];
  return w;
};
const cap = (s: string) => s.replace(/(^| )(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());

export function generateConcepts(count: number, seed = 42): Concept[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const out: Concept[] = [];
  while (out.length < count) {
    const words = 1 + Math.floor(r() * 3);
    const src = Array.from({ length: words }, () => word(r, SYL_ID)).join(" ");
    const cs = r() < 0.25;
    const source = cs ? cap(src) : src;
    if (seen.has(source.toLowerCase()) || src.split(" ").some((w) => FILLER.has(w))) continue;
    seen.add(source.toLowerCase());
    const dnt = r() < 0.1;
    const renderings: TermRendering[] = [];
    if (!dnt) {
      const en = Array.from({ length: words }, () => word(r, SYL_EN)).join(" ");
      renderings.push({ text: en, status: "preferred", caseSensitive: false });
      if (r() < 0.3) renderings.push({ text: `${en}s alt`, status: "admitted", caseSensitive: false });
      if (r() < 0.2) renderings.push({ text: `${word(r, SYL_EN)} ${en}`, status: "forbidden", caseSensitive: false, replacement: en });
    }
    out.push({ id: `c${out.length}`, sources: [{ text: source, caseSensitive: cs }], renderings, dnt });
  }
  return out;
}

export interface Pair { ref: string; source: string; target: string }

/** Pairs of 12–30 words with 0–3 terms; 90% rendered right, the rest wrong, forbidden or left out;
 *  1% repeat an earlier source with another rendering. */
export function generatePairs(count: number, concepts: readonly Concept[], seed = 7): Pair[] {
  const r = rng(seed);
  const out: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const n = 12 + Math.floor(r() * 19);
    const s: string[] = [];
    const t: string[] = [];
    for (let k = 0; k < n; k++) { s.push(FILLER_ID[Math.floor(r() * FILLER_ID.length)]!); t.push(FILLER_EN[Math.floor(r() * FILLER_EN.length)]!); }
    const terms = Math.floor(r() * 4);
    for (let k = 0; k < terms; k++) {
      const c = concepts[Math.floor(r() * concepts.length)]!;
      s.splice(Math.floor(r() * s.length), 0, c.sources[0]!.text);
      const x = r();
      const preferred = c.renderings.find((q) => q.status === "preferred");
      const forbidden = c.renderings.find((q) => q.status === "forbidden");
      let rendering = c.dnt ? c.sources[0]!.text : preferred!.text;
      if (x < 0.03) continue; // left out
      if (x < 0.06 && forbidden) rendering = forbidden.text;
      else if (x < 0.1) rendering = word(r, SYL_EN);
      t.splice(Math.floor(r() * t.length), 0, rendering);
    }
    const num = Math.floor(r() * 5000);
    s.push(`${num.toLocaleString("de-DE")} orang`);
    t.push(`${num.toLocaleString("en-US")} people`);
    const ref = `doc${Math.floor(i / 40)}:${(i % 40) + 1}`;
    // 1% repeat an earlier source with another rendering (consistency conflicts to find)
    if (i >= 50 && i % 100 === 0) {
      const earlier = out[i - 50]!;
      out.push({ ref, source: earlier.source, target: flatString(earlier.target.replace(/^\S+/, "Meanwhile")) });
      continue;
    }
    // (flat strings, as read from the database: see flatString)
    out.push({ ref, source: flatString(cap(s[0]!) + " " + s.slice(1).join(" ") + "."), target: flatString(cap(t[0]!) + " " + t.slice(1).join(" ") + ".") });
  }
  return out;
}

const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
const wordRe = (forms: readonly { text: string; caseSensitive: boolean }[]): RegExp[] => {
  const ci = forms.filter((f) => !f.caseSensitive).map((f) => esc(f.text));
  const cs = forms.filter((f) => f.caseSensitive).map((f) => esc(f.text));
  const res: RegExp[] = [];
  if (ci.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${ci.join("|")})(?![\\p{L}\\p{N}])`, "giu"));
  if (cs.length) res.push(new RegExp(`(?<![\\p{L}\\p{N}])(?:${cs.join("|")})(?![\\p{L}\\p{N}])`, "gu"));
  return res;
};

/** The naive audit: every concept's regular expressions on every pair; counts, missing and forbidden uses. */
function baselineAudit(pairs: readonly Pair[], concepts: readonly Concept[]): number {
  const compiled = concepts.map((c) => ({
    c,
    src: wordRe(c.sources),
    ok: wordRe([...c.renderings.filter((q) => q.status !== "forbidden"), ...(c.dnt ? c.sources : [])]),
    bad: wordRe(c.renderings.filter((q) => q.status === "forbidden")),
  }));
  let findings = 0;
  const occ = new Uint32Array(concepts.length);
  for (const p of pairs) {
    for (let k = 0; k < compiled.length; k++) {
      const x = compiled[k]!;
      let n = 0;
      for (const re of x.src) { re.lastIndex = 0; n += (p.source.match(re) ?? []).length; }
      let m = 0;
      for (const re of x.ok) { re.lastIndex = 0; m += (p.target.match(re) ?? []).length; }
      for (const re of x.bad) { re.lastIndex = 0; if (re.test(p.target)) findings++; }
      occ[k] += n;
      if (n > 0 && m === 0) findings++;
      else if (m > 0 && n === 0) findings++;
      else if (n > m) findings++;
    }
  }
  return findings;
}

const cpuSeconds = (since: NodeJS.CpuUsage) => { const c = process.cpuUsage(since); return (c.user + c.system) / 1e6; };
const rssMiB = () => process.memoryUsage().rss / 1024 / 1024;

export const auditWorkload: Workload = {
  name: "audit",
  description: "glossary audit of 1,000,000 pairs with a 5,000-concept glossary vs. per-concept regular expressions",
  async run(ctx) {
    const n = Math.round(1_000_000 * ctx.scale);
    const concepts = generateConcepts(5000);
    const pairs = generatePairs(n, concepts);
    const rssPairs = rssMiB();
    ctx.log(`${n} pairs, ${concepts.length} concepts generated (RSS ${Math.round(rssPairs)} MiB with the pairs in memory)`);
    const workers = Math.min(8, os.availableParallelism());
    // the streaming audit in parallel (what `auditPairsParallel` does for a large corpus): this thread and worker threads
    settle();
    let cpu0 = process.cpuUsage();
    const ours = await time(() => auditPairsParallel(pairs, concepts, { workers }));
    const oursCpu = cpuSeconds(cpu0);
    const peakAfterAudit = peakRssMiB();
    const audit = ours.value;
    const findings = Object.values(audit.byCheck).reduce((a, b) => a + b, 0);
    ctx.log(`audit: ${findings} findings, ${audit.conceptAudits.length} concepts seen, ${audit.conflicts.length} conflicts, ${audit.candidates.length} candidate terms`);
    // the same streaming audit in this thread only
    settle();
    cpu0 = process.cpuUsage();
    const single = await time(() => auditPairs(pairs, concepts, compileGlossary(concepts)));
    const singleCpu = cpuSeconds(cpu0);
    if (JSON.stringify(single.value) !== JSON.stringify(audit)) throw new Error("the one-thread and the worker-thread audits differ");
    // the glossary matcher alone (both sides, one thread): the floor of the per-pair cost
    const matcher = compileGlossary(concepts);
    settle();
    cpu0 = process.cpuUsage();
    const match = await time(() => { let m = 0; for (const p of pairs) m += matcher.matchSource(p.source).length + matcher.matchTarget(p.target).length; return m; });
    const matchCpu = cpuSeconds(cpu0);
    // all checks (numbers, form, …) on a sample, for reference
    const sampleAll = pairs.slice(0, Math.min(pairs.length, 100_000));
    const all = await time(() => runChecks(sampleAll, { matcher: compileGlossary(concepts) }).findings.length);
    // the baseline on a sample, extrapolated
    const sample = pairs.slice(0, Math.max(200, Math.round(2000 * Math.min(1, ctx.scale * 4))));
    settle();
    cpu0 = process.cpuUsage();
    const base = await time(() => baselineAudit(sample, concepts));
    const baseCpu = cpuSeconds(cpu0);
    const perCpu = (items: number, cpu: number) => Math.round(items / cpu);
    return {
      measurements: [
        { label: `selaras audit, ${workers} threads (this one + ${workers - 1} worker${workers > 2 ? "s" : ""}; streaming: match both sides, glossary + consistency checks, per-concept report)`, items: n, unit: "pairs", seconds: ours.seconds, extra: { findings, conflicts: audit.conflicts.length, cpuSeconds: Number(oursCpu.toFixed(1)), perCpuSecond: perCpu(n, oursCpu), peakRssMiB: Math.round(peakAfterAudit), rssPairsMiB: Math.round(rssPairs) } },
        { label: "selaras audit, one thread (same streaming audit, same report)", items: n, unit: "pairs", seconds: single.seconds, extra: { cpuSeconds: Number(singleCpu.toFixed(1)), perCpuSecond: perCpu(n, singleCpu) } },
        { label: "glossary matcher alone (matchSource + matchTarget, one thread)", items: n, unit: "pairs", seconds: match.seconds, extra: { matches: match.value, perCpuSecond: perCpu(n, matchCpu) } },
        { label: `all 16 checks (incl. numbers, form), first ${sampleAll.length.toLocaleString("en-US")} pairs`, items: sampleAll.length, unit: "pairs", seconds: all.seconds, extra: { findings: all.value } },
        { label: `baseline: one RegExp per concept per side on every pair (${sample.length}-pair sample, extrapolated)`, items: sample.length, unit: "pairs", seconds: base.seconds, extra: { findings: base.value, perCpuSecond: Number((sample.length / baseCpu).toFixed(1)) } },
      ],
      notes: [
        `Baseline measured on ${sample.length} of ${n} pairs and extrapolated by rate (testing 5,000 concepts × ${n.toLocaleString("en-US")} pairs in full would take ${Math.round((base.seconds / sample.length) * n / 60)} minutes).`,
        `Peak RSS after the audit: ${Math.round(peakAfterAudit)} MiB, of which ${Math.round(rssPairs)} MiB is the generated pairs held by the bench before the audit starts.`,
        `Per CPU second (all threads): audit ${perCpu(n, oursCpu).toLocaleString("en-US")} pairs (parallel), ${perCpu(n, singleCpu).toLocaleString("en-US")} (one thread), matcher alone ${perCpu(n, matchCpu).toLocaleString("en-US")}, baseline ${(sample.length / baseCpu).toFixed(1)} → ${Math.round(perCpu(n, oursCpu) / (sample.length / baseCpu)).toLocaleString("en-US")}× (parallel) and ${Math.round(perCpu(n, singleCpu) / (sample.length / baseCpu)).toLocaleString("en-US")}× (one thread) the baseline.`,
      ],
    };
  },
};

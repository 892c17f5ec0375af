/**
 * Workload `audit`: `selaras audit` of a generated database of 1,000,000 sentence pairs with a
 * 5,000-concept glossary (bench/lib/generate.ts), end to end. The headline (first row) is what the
 * user runs: the command `selaras audit --format json --out` in a child process (its wall time, CPU
 * time and peak RSS, with the threads the command picks itself); then the library call the command
 * makes (`auditDatabase`: read the pairs, every check — glossary, numbers, form, consistency,
 * length — suppressions, the per-concept report and the list of findings, no report written) in this
 * process, with the same default thread count; then `selaras audit --cache` twice, the run that fills
 * the cache and the warm run after it, nothing changed (the second row: the warm run, its report
 * compared byte for byte with the headline's); then `audit` and `check` of a database where every
 * pair has a finding (peak RSS).
 *
 * Baseline, in the same run: every glossary entry tested against every pair with a regular
 * expression (one whole-word RegExp per concept per side, as a naive implementation would do),
 * measured on a sample of pairs and extrapolated (the full run would take hours; the table says so).
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { auditDatabase } from "../src/app/audit";
import type { Concept } from "../src/glossary/types";
import { openStore } from "../src/store";
import { fillAuditStore, generateConcepts, generatePairs, type Pair } from "./lib/generate";
import { settle, time, type Workload } from "./lib/harness";

export { generateConcepts, generatePairs };

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
const load = () => os.loadavg().map((x) => x.toFixed(2)).join(" ");

/**
 * `selaras <args>` in a child process under /usr/bin/time: wall and CPU seconds, peak RSS (MiB), exit
 * code. Its standard output goes to `stdout` (a file; default: nowhere), not through this process.
 */
function cli(args: string[], stdout = "/dev/null"): { seconds: number; cpu: number; maxRssMiB: number; code: number } {
  const bin = path.resolve(__dirname, "../src/cli/bin.js");
  const fd = fs.openSync(stdout, "w");
  let r;
  try {
    r = spawnSync("/usr/bin/time", ["-f", "TIME %e %U %S %M", process.execPath, bin, ...args], { encoding: "utf8", stdio: ["ignore", fd, "pipe"] });
  } finally {
    fs.closeSync(fd);
  }
  const m = /TIME ([\d.]+) ([\d.]+) ([\d.]+) (\d+)/.exec(r.stderr ?? "");
  if (!m) throw new Error(`selaras ${args.join(" ")}: no timing (${r.stderr?.slice(-500)})`);
  return { seconds: Number(m[1]), cpu: Number(m[2]) + Number(m[3]), maxRssMiB: Math.round(Number(m[4]) / 1024), code: r.status ?? -1 };
}

/** A database of `n` generated pairs (5,000 concepts), with a suppression every 997th pair; `everyPairWrong`: each pair also has a number error. */
function makeDatabase(file: string, n: number, concepts: readonly Concept[], everyPairWrong: boolean, log: (l: string) => void): Pair[] {
  let pairs = generatePairs(n, concepts);
  if (everyPairWrong) pairs = pairs.map((p) => ({ ...p, target: p.target.replace(/ people\.$/, " people, 7 of them hurt.") }));
  const suppressions = pairs.filter((_p, i) => i % 997 === 5).map((p) => ({ ref: p.ref, checkId: "glossary-term-missing", reason: "bench" }));
  const store = openStore(file);
  try {
    fillAuditStore(store, pairs, concepts, suppressions, log);
    store.db.pragma("wal_checkpoint(TRUNCATE)");
  } finally {
    store.close();
  }
  return pairs;
}

export const auditWorkload: Workload = {
  name: "audit",
  description: "selaras audit (every check, suppressions, per-concept report) of 1,000,000 pairs in a database, 5,000 concepts, vs. per-concept regular expressions",
  async run(ctx) {
    const n = Math.round(1_000_000 * ctx.scale);
    const concepts = generateConcepts(5000);
    const db = path.join(ctx.tmp, "audit.db");
    let pairs: Pair[] | null = makeDatabase(db, n, concepts, false, ctx.log);
    ctx.log(`${n} pairs, ${concepts.length} concepts in ${db} (load ${load()})`);
    // the baseline's sample, then the pairs are dropped: the audit reads the database
    const sample = pairs.slice(0, Math.max(200, Math.round(2000 * Math.min(1, ctx.scale * 4))));
    pairs = null;
    // 1. the command itself, `selaras audit --format json --out`, in a child process: what the user runs (its own thread count)
    const out = path.join(ctx.tmp, "audit.json");
    settle();
    const load1 = load();
    const cmd = cli(["audit", "--db", db, "--root", ctx.tmp, "--format", "json", "--out", out]);
    ctx.log(`selaras audit --format json: ${cmd.seconds} s, ${cmd.cpu.toFixed(1)} CPU s, ${cmd.maxRssMiB} MiB peak, exit ${cmd.code} (load ${load1} → ${load()})`);
    // 2. the library call `selaras audit` makes, in this process, with the same default thread count (one per core, at most 8)
    settle();
    const load0 = load();
    const cpu0 = process.cpuUsage();
    const store = openStore(db);
    const ours = await time(() => auditDatabase(store, { root: ctx.tmp }));
    store.close();
    const oursCpu = cpuSeconds(cpu0);
    const audit = ours.value.audit;
    ctx.log(`audit: errors ${audit.counts.error}, warnings ${audit.counts.warning}, suppressed ${audit.counts.suppressed}; ${audit.findings.length} findings listed, ${audit.conflicts.length} conflicts, ${audit.candidates.length} candidates (load ${load0} → ${load()})`);
    // 2b. `selaras audit --cache`: the run that fills the cache, then the warm run (nothing changed); each report the headline's
    settle();
    const fillOut = path.join(ctx.tmp, "audit-fill.json"), warmOut = path.join(ctx.tmp, "audit-warm.json");
    const loadF = load();
    const fill = cli(["audit", "--db", db, "--root", ctx.tmp, "--format", "json", "--out", fillOut, "--cache"]);
    settle();
    const loadW = load();
    const warm = cli(["audit", "--db", db, "--root", ctx.tmp, "--format", "json", "--out", warmOut, "--cache"]);
    const sameBytes = (file: string) => fs.readFileSync(file).equals(fs.readFileSync(out));
    const identical = sameBytes(fillOut) && sameBytes(warmOut);
    ctx.log(`selaras audit --cache: filling ${fill.seconds} s, ${fill.cpu.toFixed(1)} CPU s, ${fill.maxRssMiB} MiB peak (load ${loadF}); warm ${warm.seconds} s, ${warm.cpu.toFixed(1)} CPU s, ${warm.maxRssMiB} MiB peak (load ${loadW}); reports ${identical ? "identical to" : "DIFFERENT from"} the headline's`);
    if (!identical) throw new Error("selaras audit --cache wrote another report than selaras audit");
    // 3. a finding on every rendering (#17: check and audit ≤ 500 MB peak)
    const db2 = path.join(ctx.tmp, "audit-wrong.db");
    makeDatabase(db2, n, concepts, true, ctx.log);
    const wrong = cli(["audit", "--db", db2, "--root", ctx.tmp, "--format", "json", "--out", path.join(ctx.tmp, "audit-wrong.json")]);
    ctx.log(`every pair with a finding: selaras audit --format json ${wrong.seconds} s, ${wrong.cpu.toFixed(1)} CPU s, ${wrong.maxRssMiB} MiB peak (load ${load()})`);
    const text = cli(["audit", "--db", db2, "--root", ctx.tmp], path.join(ctx.tmp, "audit-wrong.txt"));
    ctx.log(`every pair with a finding: selaras audit (text) ${text.seconds} s, ${text.cpu.toFixed(1)} CPU s, ${text.maxRssMiB} MiB peak (load ${load()})`);
    const check = cli(["check", "--db", db2, "--root", ctx.tmp, "--format", "json"], path.join(ctx.tmp, "check-wrong.json"));
    ctx.log(`every pair with a finding: selaras check --format json ${check.seconds} s, ${check.cpu.toFixed(1)} CPU s, ${check.maxRssMiB} MiB peak (load ${load()})`);
    // the baseline on a sample, extrapolated
    settle();
    const cpuB = process.cpuUsage();
    const base = await time(() => baselineAudit(sample, concepts));
    const baseCpu = cpuSeconds(cpuB);
    const perCpu = (items: number, cpu: number) => Math.round(items / cpu);
    const findings = audit.findings.length;
    return {
      measurements: [
        { label: "selaras audit --format json --out (child process, end to end: what the user runs)", items: n, unit: "pairs", seconds: cmd.seconds, extra: { cpuSeconds: Number(cmd.cpu.toFixed(1)), perCpuSecond: perCpu(n, cmd.cpu), peakRssMiB: cmd.maxRssMiB, exit: cmd.code, load: load1 } },
        { label: "selaras audit --format json --out --cache, warm (the cache filled by the run before, nothing changed; report identical)", items: n, unit: "pairs", seconds: warm.seconds, extra: { cpuSeconds: Number(warm.cpu.toFixed(1)), perCpuSecond: perCpu(n, warm.cpu), peakRssMiB: warm.maxRssMiB, exit: warm.code, load: loadW } },
        { label: "selaras audit --format json --out --cache, filling the cache (cold)", items: n, unit: "pairs", seconds: fill.seconds, extra: { cpuSeconds: Number(fill.cpu.toFixed(1)), perCpuSecond: perCpu(n, fill.cpu), peakRssMiB: fill.maxRssMiB, exit: fill.code, load: loadF } },
        { label: "auditDatabase (the call selaras audit makes, default threads, no report written): every check, suppressions, per-concept report", items: n, unit: "pairs", seconds: ours.seconds, extra: { findings, errors: audit.counts.error, cpuSeconds: Number(oursCpu.toFixed(1)), perCpuSecond: perCpu(n, oursCpu), load: load0 } },
        { label: "selaras audit --format json, a finding on every pair", items: n, unit: "pairs", seconds: wrong.seconds, extra: { cpuSeconds: Number(wrong.cpu.toFixed(1)), peakRssMiB: wrong.maxRssMiB } },
        { label: "selaras audit (text, the default format), a finding on every pair", items: n, unit: "pairs", seconds: text.seconds, extra: { cpuSeconds: Number(text.cpu.toFixed(1)), peakRssMiB: text.maxRssMiB } },
        { label: "selaras check --format json, a finding on every pair", items: n, unit: "pairs", seconds: check.seconds, extra: { cpuSeconds: Number(check.cpu.toFixed(1)), peakRssMiB: check.maxRssMiB } },
        { label: `baseline: one RegExp per concept per side on every pair (${sample.length}-pair sample, extrapolated)`, items: sample.length, unit: "pairs", seconds: base.seconds, extra: { findings: base.value, perCpuSecond: Number((sample.length / baseCpu).toFixed(1)) } },
      ],
      notes: [
        `Load average (1, 5, 15 min) at the end: ${load()}; ${os.availableParallelism()} cores.`,
        `Baseline measured on ${sample.length} of ${n} pairs and extrapolated by rate (in full: ${Math.round((base.seconds / sample.length) * n / 60)} minutes).`,
        `selaras audit --cache: warm ${Math.round(n / warm.seconds).toLocaleString("en-US")} pairs/s (${(cmd.seconds / warm.seconds).toFixed(2)}× the cold command), filling ${Math.round(n / fill.seconds).toLocaleString("en-US")} pairs/s (${(fill.cpu / cmd.cpu).toFixed(2)}× its CPU).`,
        `Per CPU second: the command ${perCpu(n, cmd.cpu).toLocaleString("en-US")} pairs, auditDatabase ${perCpu(n, oursCpu).toLocaleString("en-US")}, baseline ${(sample.length / baseCpu).toFixed(1)}.`,
        `Target: 200,000 pairs/s end to end (the command: ${Math.round(n / cmd.seconds).toLocaleString("en-US")}, ${n / cmd.seconds >= 200_000 ? "met" : "NOT met"}; the library call alone ${Math.round(n / ours.seconds).toLocaleString("en-US")}); 500 MB (477 MiB) peak for check and audit with a finding per pair (audit json ${wrong.maxRssMiB} MiB, text ${text.maxRssMiB} MiB, check ${check.maxRssMiB} MiB: ${Math.max(wrong.maxRssMiB, text.maxRssMiB, check.maxRssMiB) <= 477 ? "met" : "NOT met"}).`,
      ],
    };
  },
};

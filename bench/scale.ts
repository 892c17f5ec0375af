/**
 * Scale workload (`npm run bench -- scale`): every command is linear in its input. Each command runs
 * at N documents and at N/10 in the same run, through the app functions the CLI calls (ingestFiles,
 * importParallel — once, then again with the same file —, documentStatus (and `selaras status`, with
 * and without --json, as a process of its own: startup and printing included), exportTranslations,
 * exportParallel, checkDatabaseStreamed with its JSON report written to nowhere, auditDatabase), each
 * step in its own child process so its peak RSS is its own; the verdict compares CPU seconds (robust
 * to other load on a shared machine), with wall seconds beside them.
 *
 * Size: N = 1,000 documents × 100 sentences (100,000 segments) by default, to keep `npm run bench`
 * short; `--scale 10` is the full size the issue asks for (10,000 documents, 1,000,000 segments).
 * Targets (issue #17): ratio of CPU seconds ≤ 12 for 10× the work; import and re-import ≤ 200 MB peak
 * RSS; status of 10,000 documents ≤ 2 CPU s; check and audit of 1,000,000 renderings with a finding
 * each ≤ 500 MB peak RSS (the last two at --scale 10).
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { auditDatabase } from "../src/app/audit";
import { checkDatabaseStreamed } from "../src/app/check";
import { writeFindingsJson } from "../src/cli/output/stylish";
import { createT } from "../src/i18n";
import { exportParallel } from "../src/app/export";
import { importParallel } from "../src/app/import";
import { ingestFiles } from "../src/app/ingest";
import { documentStatus } from "../src/app/status";
import { exportTranslations } from "../src/app/translations";
import { openStore } from "../src/store";
import { rng, type Measurement, type Workload, type WorkloadResult } from "./lib/harness";

const SENTENCES_PER_DOC = 100;
const STEPS = ["ingest", "import", "re-import", "status", "status, CLI", "status --json, CLI", "translations export", "export", "check", "audit"] as const;
/** Steps run as a person runs them: `selaras <args>` in a process of its own, its output read through a pipe. */
const CLI_STEPS: Partial<Record<Step, string[]>> = { "status, CLI": ["status"], "status --json, CLI": ["status", "--json"] };
type Step = (typeof STEPS)[number];
const NOW = "2024-01-01T00:00:00.000Z";
const SYL = ["ka", "ma", "ta", "pa", "ra", "la", "na", "sa", "ba", "da", "ga", "ja", "ki", "mi", "ti", "ri", "ni", "si", "ku", "mu", "tu", "ru", "nu", "su", "ke", "me", "te", "kan", "lah", "nya", "an", "ber", "ter", "men", "di"];
const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;");

/** Writes `docs` articles (one sentence per paragraph) and a TMX with an English unit for each sentence. */
export function generate(dir: string, docs: number): { corpus: string; tmx: string } {
  const rand = rng(docs);
  const vocab: string[] = [];
  for (let i = 0; i < 20_000; i++) {
    let w = "";
    for (let k = 0, n = 1 + Math.floor(rand() * 4); k < n; k++) w += SYL[Math.floor(rand() * SYL.length)];
    vocab.push(w);
  }
  const corpus = path.join(dir, "corpus");
  fs.mkdirSync(corpus, { recursive: true });
  const tmx = path.join(dir, "units.tmx");
  const fd = fs.openSync(tmx, "w");
  fs.writeSync(fd, '<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="bench" creationtoolversion="1" segtype="sentence" o-tmf="bench" adminlang="en" srclang="id" datatype="plaintext"/><body>\n');
  let unit = 0;
  for (let d = 0; d < docs; d++) {
    const paras: string[] = [`Berita nomor ${d}`];
    let tus = "";
    for (let p = 0; p < SENTENCES_PER_DOC - 1; p++) {
      const words: string[] = [];
      for (let k = 0, n = 8 + Math.floor(rand() * 13); k < n; k++) words.push(vocab[Math.floor(rand() * vocab.length)]!);
      const s = `${words.join(" ")} ${d}.`.replace(/^./, (c) => c.toUpperCase());
      paras.push(s);
      // A number in the target the source lacks: every unit has a finding (check's worst case).
      tus += `<tu tuid="${++unit}"><tuv xml:lang="id"><seg>${esc(s)}</seg></tuv><tuv xml:lang="en"><seg>English ${esc(s)} ${unit}</seg></tuv></tu>\n`;
    }
    fs.writeFileSync(path.join(corpus, `berita-${d}.txt`), paras.join("\n\n") + "\n");
    fs.writeSync(fd, tus);
  }
  fs.writeSync(fd, "</body></tmx>\n");
  fs.closeSync(fd);
  return { corpus, tmx };
}

/** Runs one step in this (child) process: what the CLI command does, minus printing (check: its JSON report written to nowhere). */
async function runStep(step: Step, dir: string): Promise<number> {
  const store = openStore(path.join(dir, "scale.db"));
  try {
    switch (step) {
      case "ingest": return ingestFiles(store, [path.join(dir, "corpus")], { now: NOW }).reduce((n, r) => n + r.segments, 0);
      case "import": return importParallel(store, path.join(dir, "units.tmx"), { now: NOW }).created;
      case "re-import": { const r = importParallel(store, path.join(dir, "units.tmx"), { now: NOW }); return r.unchanged + r.created; }
      case "status": return documentStatus(store).length;
      case "status, CLI": case "status --json, CLI": throw new Error(`${step} runs through the CLI`);
      case "translations export": return exportTranslations(store, path.join(dir, "translations"), undefined, dir).length;
      case "export": return exportParallel(store, { format: "tmx", out: path.join(dir, "export.tmx") }).units;
      case "check": return checkDatabaseStreamed(store, { root: dir }, (report) => {
        writeFindingsJson(() => undefined, createT("en"), report);
        return report.findings.length;
      });
      case "audit": return (await auditDatabase(store, { root: dir })).audit.findings.length;
    }
  } finally {
    store.close();
  }
}

interface StepResult { items: number; seconds: number; cpu: number; rssMiB: number }

/** `selaras <args> --db <dir>/scale.db` as its own process: wall time from start to exit, CPU and peak RSS as the process itself counts them. */
function cliStep(args: string[], dir: string): Promise<StepResult> {
  return new Promise((resolve, reject) => {
    const t0 = process.hrtime.bigint();
    const cp = fork(path.join(__dirname, "../src/cli/bin.js"), [...args, "--db", path.join(dir, "scale.db")], {
      execArgv: ["--require", path.join(__dirname, "lib/cpu-report.js")], stdio: ["ignore", "pipe", "inherit", "ipc"],
    });
    let lines = 0;
    cp.stdout!.on("data", (b: Buffer) => { for (let i = b.indexOf(10); i !== -1; i = b.indexOf(10, i + 1)) lines++; });
    let usage: { cpu: number; rssMiB: number } | undefined;
    cp.on("message", (m) => { usage = m as { cpu: number; rssMiB: number }; });
    cp.on("exit", (code) => {
      const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
      if (code !== 0 || !usage) reject(new Error(`selaras ${args.join(" ")} exited with ${code}`));
      else resolve({ items: lines, seconds, ...usage });
    });
  });
}

function forkStep(step: Step, dir: string): Promise<StepResult> {
  const cli = CLI_STEPS[step];
  if (cli) return cliStep(cli, dir);
  return new Promise((resolve, reject) => {
    const cp = fork(__filename, ["--scale-step", step, dir], { stdio: ["ignore", "inherit", "inherit", "ipc"] });
    cp.on("message", (m) => resolve(m as StepResult));
    cp.on("exit", (code) => { if (code !== 0) reject(new Error(`scale step ${step} exited with ${code}`)); });
  });
}

if (process.argv[2] === "--scale-step") {
  const [step, dir] = [process.argv[3] as Step, process.argv[4]!];
  const cpu0 = process.cpuUsage();
  const t0 = process.hrtime.bigint();
  void runStep(step, dir).then((items) => {
    const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
    const c = process.cpuUsage(cpu0);
    process.send!({ items, seconds, cpu: (c.user + c.system) / 1e6, rssMiB: process.resourceUsage().maxRSS / 1024 }, () => process.exit(0));
  });
}

export const scaleWorkload: Workload = {
  name: "scale",
  description: "every command at N and N/10 documents: CPU-time ratio ≤ 12 (N = 1,000 × scale documents of 100 sentences)",
  async run(ctx): Promise<WorkloadResult> {
    const docs = Math.max(10, Math.round(1000 * ctx.scale));
    const sizes = [docs, Math.max(1, Math.round(docs / 10))];
    const results = new Map<number, Map<Step, StepResult>>();
    for (const n of sizes) {
      const dir = path.join(ctx.tmp, `n${n}`);
      ctx.log(`generating ${n} documents`);
      generate(dir, n);
      const byStep = new Map<Step, StepResult>();
      for (const step of STEPS) {
        ctx.log(`${step}, ${n} documents`);
        byStep.set(step, await forkStep(step, dir));
      }
      results.set(n, byStep);
      fs.rmSync(dir, { recursive: true, force: true });
    }
    const [big, small] = [results.get(sizes[0]!)!, results.get(sizes[1]!)!];
    const measurements: Measurement[] = [];
    const notes: string[] = [];
    let worst = 0;
    for (const step of STEPS) {
      const b = big.get(step)!;
      const s = small.get(step)!;
      const cpuRatio = b.cpu / s.cpu;
      worst = Math.max(worst, cpuRatio);
      measurements.push({ label: `${step}, ${sizes[0]} documents`, items: b.items, unit: "items", seconds: b.seconds,
        extra: { cpuSeconds: b.cpu, cpuRatio: Number(cpuRatio.toFixed(2)), wallRatio: Number((b.seconds / s.seconds).toFixed(2)), rssMiB: Math.round(b.rssMiB) } });
    }
    for (const step of STEPS) {
      const s = small.get(step)!;
      measurements.push({ label: `baseline: ${step}, ${sizes[1]} documents`, items: s.items, unit: "items", seconds: s.seconds,
        extra: { cpuSeconds: s.cpu, rssMiB: Math.round(s.rssMiB) } });
    }
    const load = (await import("node:os")).loadavg().map((x) => x.toFixed(2)).join(" ");
    notes.push(`Load average during the run: ${load} (2 cores shared).`);
    notes.push(`Linearity: worst CPU-time ratio for 10× the work ${worst.toFixed(2)} (target ≤ 12): ${worst <= 12 ? "met" : "NOT met"}.`);
    const mb = (r: StepResult) => (r.rssMiB * 1048576) / 1e6;
    for (const step of ["import", "re-import"] as const) {
      const r = big.get(step)!;
      notes.push(`${step} peak RSS ${Math.round(mb(r))} MB for ${r.items.toLocaleString("en-US")} units (target ≤ 200 MB): ${mb(r) <= 200 ? "met" : "NOT met"}.`);
    }
    const st = big.get("status")!;
    notes.push(`Status of ${st.items.toLocaleString("en-US")} documents (library call): ${st.seconds.toFixed(2)} s wall, ${st.cpu.toFixed(2)} s CPU.`);
    for (const step of ["status, CLI", "status --json, CLI"] as const) {
      const r = big.get(step)!;
      notes.push(`selaras ${CLI_STEPS[step]!.join(" ")} of ${docs.toLocaleString("en-US")} documents, a process of its own: ${r.seconds.toFixed(2)} s wall, ${r.cpu.toFixed(2)} s CPU, peak RSS ${Math.round(mb(r))} MB (target ≤ 2 s at 10,000 documents, --scale 10; wall on an unloaded machine, CPU here)` +
        (docs >= 10_000 ? `: ${r.cpu <= 2 ? "met" : "NOT met"} by CPU, ${r.seconds <= 2 ? "met" : "not met"} by wall.` : "."));
    }
    for (const step of ["check", "audit"] as const) {
      const r = big.get(step)!;
      notes.push(`${step} peak RSS ${Math.round(mb(r))} MB with ${r.items.toLocaleString("en-US")} findings (target ≤ 500 MB at 1,000,000 renderings, --scale 10)` +
        (docs >= 10_000 ? `: ${mb(r) <= 500 ? "met" : "NOT met"}.` : "."));
    }
    return { measurements, notes };
  },
};

/**
 * `npm run bench [-- <workload>… ] [--scale x]` — runs workloads, each in its own child process,
 * and prints one table: throughput, ratio to the in-run baseline, peak RSS.
 * Workloads are registered here, sorted by name: one file per workload in bench/.
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { Workload, WorkloadResult } from "./lib/harness";
import { peakRssMiB } from "./lib/harness";

// Lazy: a workload's modules load only in the child process that runs it.
/* eslint-disable @typescript-eslint/no-require-imports */
const registry: Record<string, () => Workload> = {
  align: () => (require("./align") as Record<string, Workload>).alignWorkload!,
  "align-review": () => (require("./align-review") as Record<string, Workload>).alignReviewWorkload!,
  audit: () => (require("./audit") as Record<string, Workload>).auditWorkload!,
  "english-split": () => (require("./english-split") as Record<string, Workload>).englishSplitWorkload!,
  "import-join": () => (require("./import-join") as Record<string, Workload>).importJoinWorkload!,
  ingest: () => (require("./ingest") as Record<string, Workload>).ingestWorkload!,
  "ingest-html": () => (require("./ingest") as Record<string, Workload>).ingestHtmlWorkload!,
  scale: () => (require("./scale") as Record<string, Workload>).scaleWorkload!,
  serve: () => (require("./serve") as Record<string, Workload>).serveWorkload!,
  terms: () => (require("./terms") as Record<string, Workload>).termsWorkload!,
  tm: () => (require("./tm") as Record<string, Workload>).tmWorkload!,
  tmx: () => (require("./tmx") as Record<string, Workload>).tmxWorkload!,
};

function parseArgs(argv: string[]): { names: string[]; scale: number; child?: string } {
  const names: string[] = [];
  let scale = 1;
  let child: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--scale") scale = Number(argv[++i]);
    else if (a.startsWith("--scale=")) scale = Number(a.slice(8));
    else if (a === "--child") child = argv[++i];
    else names.push(a);
  }
  return { names, scale, child };
}

async function runChild(name: string, scale: number): Promise<void> {
  const load = registry[name];
  if (!load) throw new Error(`unknown workload ${name}`);
  const workload = await load();
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), `selaras-bench-${name}-`));
  try {
    const result = await workload.run({ scale, tmp, log: (l) => process.stderr.write(`[${name}] ${l}\n`) });
    process.send?.({ result, peakRssMiB: peakRssMiB() });
  } finally {
    fs.rmSync(tmp, { recursive: true, force: true });
  }
}

function fmt(n: number): string {
  if (!isFinite(n)) return "-";
  if (n >= 100) return Math.round(n).toLocaleString("en-US");
  return n.toPrecision(3);
}

function printResult(name: string, result: WorkloadResult, peak: number): void {
  const rows = result.measurements;
  const base = rows[rows.length - 1];
  process.stdout.write(`\n## ${name}  (peak RSS ${peak.toFixed(0)} MiB)\n\n`);
  process.stdout.write("| measurement | items | seconds | rate | ratio to baseline | extra |\n|---|---:|---:|---:|---:|---|\n");
  for (const m of rows) {
    const rate = m.items / m.seconds;
    const ratio = base && base !== m && base.seconds > 0 ? rate / (base.items / base.seconds) : base === m ? 1 : NaN;
    const extra = m.extra ? Object.entries(m.extra).filter(([, v]) => v !== undefined).map(([k, v]) => `${k}=${typeof v === "number" ? fmt(v) : v}`).join(", ") : "";
    process.stdout.write(`| ${m.label} | ${m.items.toLocaleString("en-US")} | ${m.seconds.toFixed(2)} | ${fmt(rate)} ${m.unit}/s | ${fmt(ratio)}× | ${extra} |\n`);
  }
  for (const n of result.notes ?? []) process.stdout.write(`\n${n}\n`);
}

async function main(): Promise<void> {
  const { names, scale, child } = parseArgs(process.argv.slice(2));
  if (child) return runChild(child, scale);
  const selected = names.length ? names : Object.keys(registry);
  for (const n of selected) if (!registry[n]) throw new Error(`unknown workload '${n}'; known: ${Object.keys(registry).join(", ")}`);
  process.stdout.write(`Selaras benchmarks — ${os.cpus().length} cores, Node ${process.version}, scale ${scale}\n`);
  process.stdout.write("(the last row of each table is the baseline, measured in the same process)\n");
  for (const name of selected) {
    await new Promise<void>((resolve, reject) => {
      // (--expose-gc: a workload collects the garbage of its set-up before it starts a clock, see settle)
      const cp = fork(__filename, ["--child", name, "--scale", String(scale)], { stdio: ["inherit", "inherit", "inherit", "ipc"], execArgv: [...process.execArgv, "--expose-gc"] });
      cp.on("message", (msg: { result: WorkloadResult; peakRssMiB: number }) => printResult(name, msg.result, msg.peakRssMiB));
      cp.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`workload ${name} exited with ${code}`))));
    });
  }
}

main().catch((e: unknown) => {
  process.stderr.write(String((e as Error)?.stack ?? e) + "\n");
  process.exitCode = 2;
});

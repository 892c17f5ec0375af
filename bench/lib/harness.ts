/**
 * Benchmark harness. A workload measures one capability against a baseline run IN THE SAME
 * PROCESS (machines here are noisy, so only ratios are meaningful), and reports throughput and peak
 * memory. `bench/run.ts` runs each workload in its own child process so that peak RSS belongs to
 * that workload alone.
 */
export interface Measurement {
  /** What was measured, e.g. "selaras ingest" or "baseline: split() + inserts". */
  readonly label: string;
  /** Items processed (sentences, pairs, units, lookups ...). */
  readonly items: number;
  readonly unit: string;
  readonly seconds: number;
  /** Optional extra figures (median/p95 latency, F1, ...). */
  readonly extra?: Readonly<Record<string, string | number | undefined>>;
}

export interface WorkloadResult {
  readonly measurements: readonly Measurement[];
  /** Free-form lines printed under the table (targets met, notes). */
  readonly notes?: readonly string[];
}

export interface WorkloadContext {
  /** Scale factor from `--scale` (1 = the size the issue asks for). */
  readonly scale: number;
  /** Scratch directory for this workload (deleted afterwards). */
  readonly tmp: string;
  log(line: string): void;
}

export interface Workload {
  readonly name: string;
  readonly description: string;
  run(ctx: WorkloadContext): Promise<WorkloadResult> | WorkloadResult;
}

/** Times a synchronous or async function. */
export async function time<T>(fn: () => T | Promise<T>): Promise<{ value: T; seconds: number }> {
  const t0 = process.hrtime.bigint();
  const value = await fn();
  return { value, seconds: Number(process.hrtime.bigint() - t0) / 1e9 };
}

/** Peak resident set size of this process so far, in MiB. */
export function peakRssMiB(): number {
  return process.resourceUsage().maxRSS / 1024;
}

/** Deterministic PRNG (mulberry32) so generated corpora are identical across runs. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * Collects the garbage left by a workload's set-up (generating a million pairs leaves gigabytes of
 * it), so that it is not collected inside the next timed run. Needs --expose-gc (bench/run.ts passes
 * it to every workload); without it, nothing happens.
 */
export function settle(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/**
 * A flat copy of a generated text. Texts read from the database or a file are flat strings; a string
 * built by concatenation is a V8 cons string (a tree of pieces) that is copied flat on its first read,
 * so a generated corpus of cons strings would make the measured code pay a copy and its garbage per
 * text that real input does not (measured on the audit workload: 1.3× the time).
 */
export function flatString(s: string): string {
  return Buffer.from(s, "utf8").toString("utf8");
}

export function percentile(sorted: readonly number[], p: number): number {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i]!;
}

/**
 * How far V8 lets the heap grow past what a full garbage collection found alive. By default it
 * lets it grow to up to 4× (its growing factor adapts between 1.1 and 4 to the collector's speed):
 * a command that makes much short-lived garbage while it keeps a large report alive (`audit`,
 * `check` of a million renderings) then peaked at 2–3× its live data. A fixed factor of 1.5 keeps the
 * peak near what is alive at a few per cent of CPU (measured: `selaras audit` of 1,000,000 pairs with
 * a finding each, 525–609 MiB → about 400 MiB; see docs/benchmarks-audit.md).
 * The flag is read whenever V8 sets the next collection's limit, so setting it after start works
 * (it applies to the worker threads started afterwards too).
 */
import * as v8 from "node:v8";

export const HEAP_GROWING_PERCENT = 50;

let bounded = false;

/** Bounds the heap's growth (above) for the rest of the process. */
export function boundHeapGrowth(): void {
  if (bounded) return;
  bounded = true;
  v8.setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);
}

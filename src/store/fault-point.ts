/**
 * Test-only fault points (docs/architecture.md, "Fault points"): named moments of a command where the
 * fault tests (test/e2e/faults.test.ts) kill it, chosen by what it has done rather than by the clock.
 * With `SELARAS_FAULT_POINT=<name>` (or `<name>@<n>`, the n-th time the point is reached) in the
 * environment, the process writes `selaras: fault point <name>@<n>` to standard error and kills itself
 * with SIGKILL there, as `kill -9` would. Without it, `faultPoint` is a function that does nothing
 * (the variable is read once, when this module loads).
 */
import * as fs from "node:fs";

/** The points, in the order a command reaches them. */
export type FaultPointName =
  /** store.transaction: the write lock not yet asked for, nothing written (store/index.ts). */
  | "before-begin"
  /** ingest: inside its transaction, a document written (app/ingest.ts). */
  | "ingest-document"
  /** import: inside its transaction, a unit read (the units before it stored or pending) (app/import.ts). */
  | "import-unit"
  /** store.transaction: the transaction's work done, its files renamed into place, COMMIT not yet (store/index.ts). */
  | "before-commit"
  /** store.transaction: COMMIT done, the command's later steps (its output, its report) not (store/index.ts). */
  | "after-commit"
  /** writeFilesAtomic, writeChunksAtomic, an export's files: every temporary file written in full, none renamed into place (io/files.ts, app/export.ts). */
  | "before-rename";

const asked = parse(process.env.SELARAS_FAULT_POINT);

function parse(v: string | undefined): { name: string; at: number } | undefined {
  if (!v) return undefined;
  const m = /^([a-z-]+)(?:@(\d+))?$/.exec(v);
  if (!m) throw new Error(`SELARAS_FAULT_POINT: not <name> or <name>@<n>: ${v}`);
  return { name: m[1]!, at: m[2] === undefined ? 1 : Number(m[2]) };
}

let reached = 0;
function kill(name: FaultPointName): void {
  if (name !== asked!.name || ++reached !== asked!.at) return;
  fs.writeSync(2, `selaras: fault point ${name}@${reached}\n`);
  process.kill(process.pid, "SIGKILL");
}

/** Kills the process here when SELARAS_FAULT_POINT names this point (test-only; see above). */
export const faultPoint: (name: FaultPointName) => void = asked ? kill : () => undefined;

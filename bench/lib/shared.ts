/**
 * The shared input folder (schemas, the alignment data) that benchmarks and tests read by path — the
 * alignment data may not be copied into the project. It is `shared/` beside the repository (found from
 * bench/ or dist/bench/), or wherever $SELARAS_SHARED says.
 */
import * as fs from "node:fs";
import * as path from "node:path";

export const SHARED: string =
  process.env.SELARAS_SHARED ??
  [path.resolve(__dirname, "..", "..", "..", "shared"), path.resolve(__dirname, "..", "..", "..", "..", "shared")].find((d) => fs.existsSync(d)) ??
  path.resolve(__dirname, "..", "..", "..", "shared");

/** A path inside the shared folder; throws, naming the folder and $SELARAS_SHARED, when it is not there. */
export function sharedPath(...parts: string[]): string {
  const p = path.join(SHARED, ...parts);
  if (!fs.existsSync(p)) {
    throw new Error(`${p} not found: the tests and benchmarks read the shared folder (schemas, alignment data) by path — clone the repository next to it (../shared) or set SELARAS_SHARED to it`);
  }
  return p;
}

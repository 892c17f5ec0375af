/**
 * How e2e tests start the real CLI as a child process: the built dist/src/cli/bin.js when it is at
 * least as new as every source file (as in CI, where npm ci builds), else the TypeScript through tsx.
 */
import * as fs from "node:fs";
import * as path from "node:path";

const REPO = path.resolve(__dirname, "../../..");

function newest(dir: string): number {
  let t = 0;
  for (const e of fs.readdirSync(dir, { withFileTypes: true })) {
    const p = path.join(dir, e.name);
    t = Math.max(t, e.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

let cached: string[] | undefined;
/** argv (after process.execPath) that runs the CLI: [...node options, script]. */
export function cliArgv(): string[] {
  if (cached) return cached;
  const built = path.join(REPO, "dist/src/cli/bin.js");
  const fresh = fs.existsSync(built) && fs.statSync(built).mtimeMs >= 0 && newest(path.join(REPO, "dist/src")) >= newest(path.join(REPO, "src"));
  cached = fresh ? [built] : ["--import", "tsx", path.join(REPO, "src/cli/bin.ts")];
  return cached;
}

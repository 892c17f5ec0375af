/**
 * Who is saving: the one author resolver of every command that records an author (`translate`,
 * `translate set`, `segments join|split`, `translations import`, `check ignore`, …).
 * Precedence, first non-empty wins:
 *   1. the command's flag (`--translator`, `--author`);
 *   2. the environment variable SELARAS_AUTHOR;
 *   3. `git config user.name` (run in the working directory);
 *   4. the operating-system user name;
 *   5. "unknown".
 */
import { execFileSync } from "node:child_process";
import * as os from "node:os";

/** The author of an imported unit that names none, when the import names none either (`import --author`). */
export const IMPORT_AUTHOR = "import";

export function resolveAuthor(explicit: string | undefined, cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  if (explicit && explicit.trim()) return explicit.trim();
  const fromEnv = env.SELARAS_AUTHOR;
  if (fromEnv && fromEnv.trim()) return fromEnv.trim();
  try {
    const name = execFileSync("git", ["config", "user.name"], { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 3000 }).trim();
    if (name) return name;
  } catch { /* no git, or no user.name */ }
  try { return os.userInfo().username || "unknown"; } catch { return "unknown"; }
}

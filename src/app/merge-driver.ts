/**
 * `selaras translations merge <base> <ours> <theirs> [path]`: git's merge driver for
 * translations/ files, translations/suppressions.tsv and the glossary/ files (`.gitattributes`:
 * `translations/*.translations.txt merge=selaras`, `glossary/*.tsv merge=selaras`; the
 * driver: `git config merge.selaras.driver "node dist/src/cli/bin.js translations merge %O %A %B %P"`).
 * git gives the three versions as temporary files; the result is written over `ours` (%A), and
 * the exit code says whether conflicts are left (1) or not (0). A version that is not a
 * file of its kind that parses is merged line by line by `git merge-file`, as git would have.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import { UsageError } from "../errors";
import { writeFileAtomic } from "../io/files";
import * as path from "node:path";
import { mergeSuppressions, mergeTranslations } from "../translations/merge";
import { mergeGlossaryTsv } from "../glossary/merge";
import { isSelarasTsv } from "../glossary/tsv";
import { SUPPRESSIONS_HEADER } from "../translations/suppressions";
import { DEFAULT_SUPPRESSIONS_FILE } from "./check";

export interface DriverResult {
  /** Conflicts left between markers in `ours` (0: merged). */
  readonly conflicts: number;
  /** Merged record by record (false: line by line, one of the versions did not parse). */
  readonly byRecord: boolean;
}

const read = (file: string): string => {
  try {
    return fs.readFileSync(file, "utf8");
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") throw new UsageError("path-not-found", { file });
    throw new UsageError("file-unreadable", { file, reason: (e as Error).message });
  }
};

/** Merges `base`, `ours` and `theirs` into `ours`: a translations file, or the suppressions file (`path` named so, or `ours` holding its header). */
export function runMergeDriver(base: string, ours: string, theirs: string, file?: string): DriverResult {
  const [b, o, t] = [read(base), read(ours), read(theirs)];
  const suppressions = file !== undefined ? path.basename(file) === path.basename(DEFAULT_SUPPRESSIONS_FILE) : o.split("\n").some((l) => l.trim() === SUPPRESSIONS_HEADER);
  // (a file of glossary/: by its path, else by its header)
  const glossary = !suppressions && (file !== undefined ? /(^|[\\/])glossary[\\/][^\\/]+\.tsv$/i.test(file) : isSelarasTsv(o));
  const merged = suppressions ? mergeSuppressions(b, o, t, SUPPRESSIONS_HEADER) : glossary ? mergeGlossaryTsv(b, o, t) : mergeTranslations(b, o, t);
  if (merged) {
    writeFileAtomic(ours, merged.text);
    return { conflicts: merged.conflicts, byRecord: true };
  }
  const r = spawnSync("git", ["merge-file", "-L", "ours", "-L", "base", "-L", "theirs", ours, base, theirs], { encoding: "utf8" });
  if (r.status === null || r.status < 0) throw new UsageError("merge-driver-git-failed", { reason: r.error?.message ?? r.stderr.trim() });
  return { conflicts: r.status, byRecord: false };
}

/**
 * The reviewable suppressions file, translations/suppressions.tsv: one silenced check on one pair
 * per line (document, check, hash, reason, author, source, target), after two comment lines and a
 * header; rows sorted by document, ref and check so that the file diffs well. Pure: no I/O (the app
 * reads and writes the file, src/app/check.ts).
 */
import { ParseError } from "../errors";
import type { NewSuppression } from "../model";
import { splitLines } from "../text/decode";

export const SUPPRESSIONS_HEADER = "document\tcheck\thash\treason\tauthor\tsource\ttarget";

const cell = (s: string) => s.replace(/[\t\r\n]+/g, " ");

export function serializeSuppressions(rows: readonly NewSuppression[]): string {
  const sorted = [...rows].sort((a, b) => a.document.localeCompare(b.document) || a.ref.localeCompare(b.ref, "en", { numeric: true }) || a.checkId.localeCompare(b.checkId));
  return [
    "# Selaras check suppressions: one silenced check on one pair per line. A line applies while the",
    "# pair's source and target text are unchanged (hash); `selaras check ignore <ref> <check> --reason … --save` adds one.",
    SUPPRESSIONS_HEADER,
    ...sorted.map((r) => [r.document, r.checkId, r.pairHash, cell(r.reason), cell(r.author), cell(r.source), cell(r.target)].join("\t")),
  ].join("\n") + "\n";
}

/**
 * Reads the file's rows (origin `file`; no ref or time: the file does not keep them).
 * `isCheckId` tells a known check id (the check registry's).
 * @throws ParseError `suppressions-bad-header` | `suppressions-bad-row` | `suppressions-unknown-check` |
 *   `suppressions-bad-hash` | `suppressions-no-reason` {file, line, ...}
 */
export function parseSuppressions(text: string, file: string, isCheckId: (id: string) => boolean): NewSuppression[] {
  const out: NewSuppression[] = [];
  let header = false;
  splitLines(text).forEach((line, i) => {
    if (line.trim() === "" || line.startsWith("#")) return;
    if (!header) {
      if (line.trim() !== SUPPRESSIONS_HEADER) throw new ParseError("suppressions-bad-header", { file, line: i + 1 });
      header = true;
      return;
    }
    const c = line.split("\t");
    if (c.length !== 7) throw new ParseError("suppressions-bad-row", { file, line: i + 1, columns: c.length });
    const [document, checkId, hash, reason, author, source, target] = c as [string, string, string, string, string, string, string];
    if (!isCheckId(checkId)) throw new ParseError("suppressions-unknown-check", { file, line: i + 1, checkId });
    if (!/^[0-9a-f]{16}$/.test(hash)) throw new ParseError("suppressions-bad-hash", { file, line: i + 1, hash });
    if (!reason.trim()) throw new ParseError("suppressions-no-reason", { file, line: i + 1 });
    out.push({ document, checkId, pairHash: hash, ref: "", reason, author, origin: "file", source, target, createdAt: "" });
  });
  return out;
}

/** Word diffs on the terminal: deletions red and struck through, insertions green; plain `[-x-]{+y+}` when piped. */
import picocolors from "picocolors";

/** Colours forced on: callers only colour when ctx.color (a terminal, NO_COLOR not set). */
const pc = picocolors.createColors(true);
import type { DiffPart } from "../../model";
import { plainWordDiff } from "../../app/translate";

export function renderWordDiff(parts: readonly DiffPart[], tty: boolean): string {
  if (!tty) return plainWordDiff(parts);
  return parts.map((p) => (p.kind === "same" ? p.text : p.kind === "removed" ? pc.red(pc.strikethrough(p.text)) : pc.green(pc.underline(p.text)))).join("");
}

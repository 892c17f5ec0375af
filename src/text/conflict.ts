/**
 * git's merge-conflict markers left in a file: a merge that could not combine two changes writes
 *
 *     <<<<<<< HEAD
 *     (our lines)
 *     ||||||| base          (only with merge.conflictStyle diff3 / zdiff3)
 *     (the common ancestor's lines)
 *     =======
 *     (their lines)
 *     >>>>>>> their-branch
 *
 * A file holding them is half a merge: read as data, the markers would become Indonesian sentences,
 * glossary rows or English. Every reader refuses such a file (decodeText), naming the marker's line.
 */

/** A marker line found: its line (1-based) and the marker as written (`<<<<<<< HEAD`). */
export interface ConflictMarker {
  readonly line: number;
  readonly marker: string;
}

const OPEN = "<<<<<<<";
const CLOSE = ">>>>>>>";

/** `line` is `mark` alone or `mark` followed by a space (git writes `<<<<<<< HEAD`), a CR allowed at its end. */
function isMarker(line: string, mark: string): boolean {
  if (!line.startsWith(mark)) return false;
  const rest = line.length > mark.length && line.endsWith("\r") ? line.slice(mark.length, -1) : line.slice(mark.length);
  return rest === "" || rest.charCodeAt(0) === 0x20;
}

/**
 * The first line of `text` that is a conflict's opening marker (`<<<<<<< …`), or, when a conflict was
 * half resolved (its opening line deleted), the first `=======` line followed later by a closing one
 * (`>>>>>>> …`). Cheap for the usual text: nothing is split unless `<<<<<<<` or `>>>>>>>` occurs.
 */
export function findConflictMarker(text: string): ConflictMarker | undefined {
  if (!text.includes(OPEN) && !text.includes(CLOSE)) return undefined;
  const lines = text.split("\n");
  let separator: ConflictMarker | undefined;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (isMarker(line, OPEN)) return { line: i + 1, marker: line.replace(/\r$/, "") };
    if (separator === undefined && (line === "=======" || line === "=======\r")) separator = { line: i + 1, marker: "=======" };
    else if (separator !== undefined && isMarker(line, CLOSE)) return separator;
  }
  return undefined;
}

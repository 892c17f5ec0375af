/**
 * Size limits on input (docs/guarantees.md, "Size limits"): past them an input is refused with a
 * clear error naming the file and line, instead of costing memory and time far above its size.
 * Pure: takes bytes or strings, returns what it found.
 */

/** Longest line of a text file read by Selaras (articles, pairs, glossaries, TSV/Moses/JSONL…), in bytes. */
export const MAX_LINE_BYTES = 1_000_000;
/** Longest sentence (a segment of an article) or text of an imported unit, in characters (UTF-16 units). */
export const MAX_UNIT_CHARS = 100_000;

/** The first line longer than `max` bytes: its 1-based number and length; undefined when none. */
export function findLongLine(bytes: Uint8Array, max = MAX_LINE_BYTES): { line: number; bytes: number } | undefined {
  if (bytes.length <= max) return undefined;
  let start = 0;
  let line = 1;
  for (;;) {
    const nl = bytes.indexOf(10, start);
    const end = nl === -1 ? bytes.length : nl;
    const len = end > start && bytes[end - 1] === 13 ? end - start - 1 : end - start;
    if (len > max) return { line, bytes: len };
    if (nl === -1) return undefined;
    start = nl + 1;
    line++;
  }
}

/**
 * Tracks line lengths across the chunks of a stream: `feed` each chunk in order; it returns the
 * first line longer than `max` bytes (number, length so far; `open`: the line goes on past this
 * chunk, so its length is only the part seen) as soon as it is seen.
 */
export function lineLengthTracker(max = MAX_LINE_BYTES) {
  let line = 1;
  let current = 0;
  return {
    feed(bytes: Uint8Array): { line: number; bytes: number; open: boolean } | undefined {
      let start = 0;
      for (;;) {
        const nl = bytes.indexOf(10, start);
        current += (nl === -1 ? bytes.length : nl) - start;
        if (current > max + 1) return { line, bytes: current, open: nl === -1 }; // (+1: a CR before the LF)
        if (nl === -1) return undefined;
        line++;
        current = 0;
        start = nl + 1;
      }
    },
  };
}

/** 1-based line of a character offset in a text. */
export function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

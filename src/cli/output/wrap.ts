/**
 * Word wrapping for a terminal of a known width (the translation session's sentences, matches and
 * findings): a line longer than the terminal is broken at spaces, and its continuation lines are
 * indented under the text after the line's label (`  before: `, `  » `, `    1. [97%] `), so a
 * sentence reads as a block instead of being cut mid-word at the last column. Colour codes (SGR
 * sequences) take no room; wide characters (CJK, most emoji) take two columns. A word longer than
 * the room left is cut where the line ends.
 */

// eslint-disable-next-line no-control-regex -- the escape character starts the colour codes counted out
const SGR = /\x1b\[[0-9;]*m/g;

/** Columns a string takes on a terminal (colour codes none, wide characters two). */
export function displayWidth(text: string): number {
  const plain = text.includes("\x1b") ? text.replace(SGR, "") : text;
  let width = 0;
  for (const ch of plain) {
    const cp = ch.codePointAt(0)!;
    if (cp < 0x300) { width++; continue; } // the common case: Latin
    if ((cp >= 0x300 && cp <= 0x36f) || (cp >= 0x200b && cp <= 0x200f) || cp === 0xfe0f) continue; // combining marks, zero-width, emoji presentation
    width += isWide(cp) ? 2 : 1;
  }
  return width;
}

function isWide(cp: number): boolean {
  return (cp >= 0x1100 && cp <= 0x115f) || (cp >= 0x2e80 && cp <= 0xa4cf) || (cp >= 0xac00 && cp <= 0xd7a3)
    || (cp >= 0xf900 && cp <= 0xfaff) || (cp >= 0xfe30 && cp <= 0xfe4f) || (cp >= 0xff00 && cp <= 0xff60)
    || (cp >= 0xffe0 && cp <= 0xffe6) || (cp >= 0x1f300 && cp <= 0x1faff) || (cp >= 0x20000 && cp <= 0x3fffd);
}

/** The label a line starts with: indentation, then `word: `, `» `, or `N. ` with an optional `[…] `. */
const LABEL = /^ *(?:[\p{L}-]+: +|» |\d+\. (?:\[[^\]]*\] )?)?/u;

/**
 * `line` broken into lines of at most `width` columns, continuation lines indented under the text
 * after its label (at most half the width). A line that fits, or a width under 20, is left as it is.
 */
export function wrapLine(line: string, width: number | undefined): string[] {
  if (width === undefined || width < 20 || displayWidth(line) <= width) return [line];
  const plain = line.replace(SGR, "");
  const label = LABEL.exec(plain)?.[0] ?? "";
  const indent = " ".repeat(Math.min(displayWidth(label), Math.floor(width / 2)));
  // words with the spaces before them; colour codes stay inside the word they touch
  const words = line.split(/(?<= )(?=[^ ])/);
  const out: string[] = [];
  let current = "";
  let used = 0;
  for (const word of words) {
    const w = displayWidth(word);
    const bare = word.replace(/ +$/, "");
    if (used > displayWidth(indent) && used + displayWidth(bare) > width) {
      out.push(current.replace(/ +$/, ""));
      current = indent;
      used = indent.length;
    }
    if (used + displayWidth(bare) <= width) { current += word; used += w; continue; }
    // a word longer than the room: cut at the end of each line
    for (const ch of word) {
      const cw = displayWidth(ch);
      if (used + cw > width && used > displayWidth(indent)) { out.push(current); current = indent; used = indent.length; }
      current += ch;
      used += cw;
    }
  }
  if (current.trim() !== "") out.push(current.replace(/ +$/, ""));
  return out;
}

/**
 * Control characters in text. Tab, line feed and carriage return are text; every other C0 control
 * (U+0000–U+001F), DEL (U+007F) and the C1 controls (U+0080–U+009F) are not: ESC starts terminal
 * escape sequences, BS and DEL rewrite what a reader sees, and XML cannot carry most of them, so a
 * TMX/XLIFF export would fail on them later. Selaras refuses them where text comes in (files,
 * command-line renderings, imported units) and shows them as visible symbols on the terminal.
 * Pure: no I/O.
 */

// eslint-disable-next-line no-control-regex
const CONTROL_RE = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f]/;
// eslint-disable-next-line no-control-regex
const CONTROL_RE_G = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f]/g;

export interface ControlChar {
  /** Index into the string. */
  readonly index: number;
  /** 1-based line and column of the character. */
  readonly line: number;
  readonly column: number;
  /** `U+001B`. */
  readonly char: string;
}

/** The first control character that is not tab, LF or CR, or undefined. */
export function findControlChar(text: string): ControlChar | undefined {
  const m = CONTROL_RE.exec(text);
  if (!m) return undefined;
  const index = m.index;
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { index, line, column: index - lineStart + 1, char: codePointName(text.charCodeAt(index)) };
}

const LONE_SURROGATE_RE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/**
 * The first half of a UTF-16 surrogate pair standing alone (text cut in the middle of an emoji, a
 * broken paste), or undefined: no UTF-8 can hold it, so the database would store three U+FFFD
 * instead and the text read back would not be the text saved.
 */
export function findLoneSurrogate(text: string): { readonly index: number; readonly char: string } | undefined {
  const m = LONE_SURROGATE_RE.exec(text);
  return m ? { index: m.index, char: codePointName(text.charCodeAt(m.index)) } : undefined;
}

export function codePointName(code: number): string {
  return "U+" + code.toString(16).toUpperCase().padStart(4, "0");
}

/**
 * Colour and style sequences Selaras itself prints on a terminal (picocolors: bold, dim, italic,
 * underline, inverse, strikethrough, foreground and background colours, and their resets). Not
 * conceal (8) or blink (5, 6), and nothing that moves the cursor or clears the screen.
 */
// eslint-disable-next-line no-control-regex
const SGR_RE = /\u001b\[((?:\d{1,3};)*\d{1,3})?m/y;
const SGR_ALLOWED = (params: string | undefined) =>
  (params ?? "0").split(";").every((p) => { const n = Number(p); return n !== 5 && n !== 6 && n !== 8 && n <= 107; });

/**
 * Text made safe to print on a terminal: C0 controls (but tab and newline) become the Unicode
 * control pictures (ESC → ␛), DEL becomes ␡ and C1 controls become `<U+009B>`, so no escape
 * sequence from a corpus or a user reaches the terminal and what was there stays visible. With
 * `keepColours`, the colour/style sequences listed above are left as they are.
 */
export function sanitizeTerminal(text: string, keepColours = false): string {
  if (!CONTROL_RE_G.test(text)) return text;
  CONTROL_RE_G.lastIndex = 0;
  return text.replace(CONTROL_RE_G, (c, offset: number) => {
    const code = c.charCodeAt(0);
    if (code === 0x1b && keepColours) {
      SGR_RE.lastIndex = offset;
      const m = SGR_RE.exec(text);
      if (m && SGR_ALLOWED(m[1])) return c;
    }
    if (code < 0x20) return String.fromCharCode(0x2400 + code);
    if (code === 0x7f) return "\u2421";
    return `<${codePointName(code)}>`;
  });
}

/** JSON.stringify escapes C0 controls; this also escapes DEL and the C1 controls (still valid JSON). */
export function escapeJsonControls(json: string): string {
  return json.replace(/[\u007f-\u009f]/g, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

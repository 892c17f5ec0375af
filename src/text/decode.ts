/**
 * decodeText — the one door through which every file Selaras reads becomes a string.
 * Strict UTF-8 (invalid bytes → ParseError with the byte offset and line) or UTF-16 with a
 * byte-order mark (read through Utf16Transcoder); a leading BOM is dropped, binary content (NUL
 * bytes) is refused. CRLF is left as it is: callers that work
 * per line use `splitLines`, which accepts LF, CRLF and CR. Pure: no I/O.
 */
import { ParseError } from "../errors";
import { findControlChar } from "./control";
import { findConflictMarker } from "./conflict";

const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: false });

export interface DecodeOptions {
  /** Refuse an empty (or whitespace-only) file. */
  allowEmpty?: boolean;
}

/** Line number (1-based) of a byte offset. */
function lineOfByte(buf: Uint8Array, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < buf.length; i++) if (buf[i] === 0x0a) line++;
  return line;
}

/** Byte offset of the first invalid UTF-8 sequence, or -1. */
export function findInvalidUtf8(buf: Uint8Array): number {
  let i = 0;
  const n = buf.length;
  while (i < n) {
    const b = buf[i]!;
    if (b < 0x80) { i++; continue; }
    let need: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) { need = 1; min = 0x80; }
    else if (b >= 0xe0 && b <= 0xef) { need = 2; min = 0x800; }
    else if (b >= 0xf0 && b <= 0xf4) { need = 3; min = 0x10000; }
    else return i;
    if (i + need >= n) return i;
    let cp = b & (0x3f >> need);
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
      cp = (cp << 6) | (c & 0x3f);
    }
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return i;
    i += need + 1;
  }
  return -1;
}

/** An XML declaration's encoding: `<?xml version="1.0" encoding="ISO-8859-1"?>`. */
const XML_ENCODING = /^(?:\ufeff)?\s*<\?xml\s[^>]*?\bencoding\s*=\s*["']([A-Za-z][A-Za-z0-9._-]{0,39})["']/;

/**
 * The error for bytes that are not UTF-8 at `offset` (`line`): `file-not-utf8`, or, when the file's
 * first bytes `head` declare another encoding in an XML declaration (`encoding="ISO-8859-1"`),
 * `file-not-utf8-declared` naming it — the file is not broken, it is in an encoding Selaras does not
 * read, and converting it (iconv) is the way.
 */
export function notUtf8Error(file: string, offset: number, line: number, head?: Uint8Array): ParseError {
  const declared = head ? XML_ENCODING.exec(Buffer.from(head.subarray(0, 256)).toString("latin1"))?.[1] : undefined;
  if (declared !== undefined && !/^utf-?8$/i.test(declared)) return new ParseError("file-not-utf8-declared", { file, offset, line, encoding: declared });
  return new ParseError("file-not-utf8", { file, offset, line });
}

export type Utf16 = "UTF-16LE" | "UTF-16BE";

/** The UTF-16 a byte-order mark at the start of `buf` announces (FF FE: little-endian, FE FF: big-endian), or undefined. */
export function utf16Bom(buf: Uint8Array): Utf16 | undefined {
  if (buf.length < 2) return undefined;
  if (buf[0] === 0xff && buf[1] === 0xfe) return "UTF-16LE";
  if (buf[0] === 0xfe && buf[1] === 0xff) return "UTF-16BE";
  return undefined;
}

/**
 * UTF-16 with a byte-order mark (what Windows tools write: Notepad's "Unicode", Trados Studio's TMX
 * exports) read as UTF-8: each chunk of the file becomes the UTF-8 bytes of the same text (the mark
 * dropped), so the UTF-8 readers after it read the file unchanged — the same checks, lines and units.
 * Byte offsets in their errors then count the UTF-8 bytes, not the file's. Chunks may end inside a
 * character; the next one finishes it.
 */
export class Utf16Transcoder {
  private readonly decoder: InstanceType<typeof TextDecoder>;
  private line = 1;
  /** The last chunk ended with a high surrogate whose low half is still to come. */
  private high = false;

  constructor(private readonly file: string, readonly encoding: Utf16) {
    this.decoder = new TextDecoder(encoding === "UTF-16LE" ? "utf-16le" : "utf-16be", { fatal: true, ignoreBOM: false });
  }

  /**
   * The UTF-8 bytes of the next chunk; `last` for the end of the file.
   * @throws ParseError code `file-not-utf16` {file, line, encoding}: a lone surrogate or an odd last byte
   */
  feed(bytes: Uint8Array, last: boolean): Buffer {
    let text: string;
    try {
      text = this.decoder.decode(bytes, { stream: !last });
    } catch {
      throw new ParseError("file-not-utf16", { file: this.file, line: this.line + this.linesBeforeFault(bytes), encoding: this.encoding });
    }
    this.line += countLf(text);
    const n = bytes.length & ~1;
    if (n > 0) {
      const u = this.unit(bytes, n - 2);
      this.high = u >= 0xd800 && u <= 0xdbff;
    }
    return Buffer.from(text, "utf8");
  }

  private unit(bytes: Uint8Array, i: number): number {
    return this.encoding === "UTF-16LE" ? bytes[i]! | (bytes[i + 1]! << 8) : (bytes[i]! << 8) | bytes[i + 1]!;
  }

  /** Line feeds in `bytes` before its first unit that is not UTF-16 (a surrogate without its other half). */
  private linesBeforeFault(bytes: Uint8Array): number {
    let lines = 0;
    let high = this.high;
    for (let i = 0; i + 1 < bytes.length; i += 2) {
      const u = this.unit(bytes, i);
      const isLow = u >= 0xdc00 && u <= 0xdfff;
      if (high) {
        if (!isLow) return lines;
        high = false;
      } else if (u >= 0xd800 && u <= 0xdbff) high = true;
      else if (isLow) return lines;
      else if (u === 10) lines++;
    }
    return lines;
  }
}

function countLf(text: string): number {
  let n = 0;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) n++;
  return n;
}

/**
 * UTF-16 without a byte-order mark: text in a Latin script has a NUL in every other byte (the high
 * byte of each character). Looks at the first 4 KB; "UTF-16LE", "UTF-16BE" or undefined.
 */
export function guessUtf16(buf: Uint8Array): Utf16 | undefined {
  const n = Math.min(buf.length, 4096) & ~1;
  if (n < 16) return undefined; // too little to tell from binary
  let evenNul = 0, oddNul = 0;
  for (let i = 0; i < n; i += 2) {
    if (buf[i] === 0) evenNul++;
    if (buf[i + 1] === 0) oddNul++;
  }
  const pairs = n / 2;
  if (oddNul >= pairs * 0.5 && evenNul <= pairs * 0.05) return "UTF-16LE";
  if (evenNul >= pairs * 0.5 && oddNul <= pairs * 0.05) return "UTF-16BE";
  return undefined;
}

/**
 * Decode a file's bytes as UTF-8 text (or UTF-16 with a byte-order mark). `file` is only used in error data.
 * Control characters other than tab, LF and CR (ESC, BS, DEL, C1...) are refused with their line:
 * they would reach terminals as escape sequences and make XML exports fail later.
 * @throws ParseError code `file-not-utf16` {file, line, encoding}, `file-utf16-no-bom` {file, line, encoding},
 *         `file-control-char` {file, line, column, char}, `file-not-utf8` {file, offset, line}, `file-binary` {file, offset},
 *         `file-empty` {file}
 */
export function decodeText(buf: Uint8Array, file: string, options: DecodeOptions = {}): string {
  const utf16 = utf16Bom(buf);
  if (utf16) buf = new Utf16Transcoder(file, utf16).feed(buf, true);
  const nul = buf.indexOf(0);
  if (nul !== -1) {
    const utf16 = guessUtf16(buf);
    if (utf16) throw new ParseError("file-utf16-no-bom", { file, line: 1, encoding: utf16 });
    throw new ParseError("file-binary", { file, offset: nul, line: lineOfByte(buf, nul) });
  }
  let text: string;
  try {
    text = decoder.decode(buf);
  } catch {
    const offset = findInvalidUtf8(buf);
    throw notUtf8Error(file, offset, lineOfByte(buf, Math.max(0, offset)), buf);
  }
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  const control = findControlChar(text);
  if (control) throw new ParseError("file-control-char", { file, line: control.line, column: control.column, char: control.char });
  const conflict = findConflictMarker(text);
  if (conflict) throw new ParseError("file-merge-conflict", { file, line: conflict.line, marker: conflict.marker });
  if (!options.allowEmpty && text.trim() === "") throw new ParseError("file-empty", { file });
  return text;
}

/** Split text into lines, accepting LF, CRLF and lone CR; a final newline does not add an empty line. */
export function splitLines(text: string): string[] {
  const lines = text.split(/\r\n|\n|\r/);
  if (lines.length > 0 && lines[lines.length - 1] === "") lines.pop();
  return lines;
}

/** The first non-blank line of `text` from `from`, trimmed ("" if none), without splitting the whole text. */
export function firstNonBlankLine(text: string, from: number): string {
  const re = /\r\n|\n|\r/g;
  re.lastIndex = from;
  let start = from;
  for (;;) {
    const m = re.exec(text);
    const line = text.slice(start, m ? m.index : text.length).trim();
    if (line !== "" || !m) return line;
    start = m.index + m[0].length;
  }
}

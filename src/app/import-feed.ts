/**
 * Reading the units of an import: the file (or the parts of a Moses set) read in 1 MiB chunks,
 * decoded strictly as UTF-8 (no NUL; UTF-16 with a byte-order mark is read as UTF-8 through
 * Utf16Transcoder) and parsed by the format's streaming reader, which
 * checks each unit by the import's rules (checkImportUnit: known status, real date, no control
 * character), naming the file and line of a unit it refuses (or handing that refusal to `onRefused`
 * and reading on: ReadOptions.onRefused).
 */
import * as fs from "node:fs";
import { ParseError } from "../errors";
import { checkImportUnit, type Format, type ParallelUnit, type UnitPlace } from "../formats";
import { findInvalidUtf8, guessUtf16, notUtf8Error, utf16Bom, Utf16Transcoder } from "../text/decode";
import { restOfLine } from "../io/files";
import { lineLengthTracker, MAX_LINE_BYTES } from "../text/limits";

/** Formats read line by line: a line past MAX_LINE_BYTES is refused (XML formats may be one long line). */
const LINE_FORMATS = new Set(["tsv", "csv", "moses", "jsonl"]);

const CHUNK = 1 << 20;

/** The bytes of a UTF-8 character left unfinished at the end of a chunk (empty when none). */
function incompleteTail(bytes: Uint8Array): Uint8Array {
  for (let i = bytes.length - 1; i >= Math.max(0, bytes.length - 3); i--) {
    const b = bytes[i]!;
    if ((b & 0xc0) === 0x80) continue;
    const need = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : b >= 0xc0 ? 2 : 1;
    return bytes.length - i < need ? bytes.subarray(i) : bytes.subarray(bytes.length);
  }
  return bytes.subarray(bytes.length);
}

/** Streams the parts of a file set into a reader: chunks, round robin, strict UTF-8, no NUL. */
export function readUnits(format: Format, files: Readonly<Record<string, string>>, onUnit: (u: ParallelUnit, where?: UnitPlace) => void,
  onBytes?: (bytes: number) => void, sourceIsIndonesian?: boolean, targetLang?: string, onRefused?: (error: ParseError) => void): void {
  // (where each unit was read, as the reader checked it just before handing it on: its file and line)
  let place: UnitPlace | undefined;
  const first = Object.values(files)[0] ?? "";
  const check = (u: ParallelUnit, where: UnitPlace): ParallelUnit => {
    place = where.line > 0 ? { file: where.file || first, line: where.line } : undefined;
    return checkImportUnit(u, where);
  };
  const reader = format.createReader((u) => { const where = place; place = undefined; onUnit(u, where); }, {
    files, check, sourceIsIndonesian, ...(targetLang !== undefined ? { targetLang } : {}), ...(onRefused ? { onRefused } : {}),
  });
  const states = Object.entries(files).map(([part, file]) => ({
    part, file, fd: fs.openSync(file, "r"), decoder: new TextDecoder("utf-8", { fatal: true }), done: false, bytes: 0, lines: 1, first: true, tail: Buffer.alloc(0), head: undefined as Buffer | undefined,
    utf16: undefined as Utf16Transcoder | undefined,
    longLines: LINE_FORMATS.has(format.id) ? lineLengthTracker() : undefined,
  }));
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    let total = 0;
    /** Only white space (and a byte-order mark) read so far: such a file holds no unit, as an empty one. */
    let blank = true;
    while (states.some((s) => !s.done)) {
      for (const s of states) {
        if (s.done) continue;
        const n = fs.readSync(s.fd, buf, 0, CHUNK, null);
        let bytes: Uint8Array = buf.subarray(0, n);
        if (s.bytes === 0) {
          const bom = utf16Bom(bytes);
          if (bom) s.utf16 = new Utf16Transcoder(s.file, bom);
        }
        if (s.utf16) bytes = s.utf16.feed(bytes, n === 0);
        if (s.bytes === 0) s.head = Buffer.from(bytes.subarray(0, 256));
        const nul = bytes.indexOf(0);
        if (nul !== -1) {
          const utf16 = s.bytes === 0 ? guessUtf16(bytes) : undefined;
          if (utf16) throw new ParseError("file-utf16-no-bom", { file: s.file, line: 1, encoding: utf16 });
          throw new ParseError("file-binary", { file: s.file, offset: s.bytes + nul, line: s.lines + countNl(bytes, nul) });
        }
        const long = s.longLines?.feed(bytes);
        if (long) {
          // the whole line's length, as `ingest` gives it (a regular file: read on to its end, a chunk at a time)
          const bytes = long.open && fs.fstatSync(s.fd).isFile() && !s.utf16 ? long.bytes + restOfLine(s.fd) : long.bytes;
          throw new ParseError("line-too-long", { file: s.file, line: long.line, bytes, limit: MAX_LINE_BYTES });
        }
        let text: string;
        try {
          text = s.decoder.decode(bytes, { stream: n > 0 });
        } catch {
          // The previous chunk may have ended inside a character: look for the fault from its start (a fault
          // there is before this chunk: `at` below 0, its offset in the file the bytes before it, its line this one's first).
          const at = Math.max(-s.tail.length, findInvalidUtf8(Buffer.concat([s.tail, bytes])) - s.tail.length);
          throw notUtf8Error(s.file, s.bytes + at, s.lines + countNl(bytes, at), s.head ?? bytes);
        }
        s.tail = Buffer.from(incompleteTail(bytes));
        if (s.first && text.length > 0) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          s.first = false;
        }
        s.bytes += n;
        s.lines += countNl(bytes, bytes.length);
        total += n;
        onBytes?.(total);
        if (blank && /[^\s\ufeff]/.test(text)) blank = false;
        if (text) reader.write(s.part, text);
        if (n === 0) s.done = true;
      }
    }
    if (blank) throw new ParseError("file-empty", { file: Object.values(files)[0] });
    reader.end();
  } finally {
    for (const s of states) fs.closeSync(s.fd);
  }
}

function countNl(bytes: Uint8Array, end: number): number {
  let n = 0;
  for (let i = bytes.indexOf(10); i !== -1 && i < end; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

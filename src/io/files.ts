/**
 * File helpers for the app layer: collecting input files, reading them through decodeText,
 * and writing output atomically (temporary file + rename).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { createHash } from "node:crypto";
import { transliterate } from "transliteration";
import { ioError, ParseError, UsageError } from "../errors";

export { ioError } from "../errors";
import { decodeText, findInvalidUtf8, guessUtf16, utf16Bom, Utf16Transcoder, type DecodeOptions } from "../text/decode";
import { findControlChar } from "../text/control";
import { findLongLine, lineLengthTracker, MAX_LINE_BYTES } from "../text/limits";
import { noteReplacing, tempPathFor } from "../store/file-journal";
import { faultPoint } from "../store/fault-point";

export { noteReplacing, removeFileJournaled, sweepStaleTemporaries, tempPathFor, withFileJournal } from "../store/file-journal";

/** Bytes read at a time by the streaming readers (readLines, the long-line scan). */
const LINE_CHUNK = 1 << 20;

/** Reads a text file strictly (UTF-8 or UTF-16 with a byte-order mark, no NUL, BOM dropped). `-` reads standard input. */
export function readTextFile(file: string, options: DecodeOptions = {}): string {
  if (file !== "-") refuseLongLine(file);
  let buf: Buffer;
  try {
    buf = file === "-" ? fs.readFileSync(0) : fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new UsageError("path-not-found", { file });
    if (err.code === "EISDIR") throw new UsageError("path-is-directory", { file });
    throw new UsageError("file-unreadable", { file, reason: err.message });
  }
  const name = file === "-" ? "<stdin>" : file;
  buf = asUtf8(buf, name);
  const long = findLongLine(buf);
  if (long) throw new ParseError("line-too-long", { file: name, line: long.line, bytes: long.bytes, limit: MAX_LINE_BYTES });
  return decodeText(buf, name, options);
}

/**
 * A file larger than one line may be is first read a chunk at a time for a line past
 * MAX_LINE_BYTES: such a line is refused having read up to it, not the whole file (a 50 MB line
 * costs a chunk of memory, not 50 MB and its string). Errors opening the file are left to the reader.
 */
function refuseLongLine(file: string): void {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
  } catch {
    return;
  }
  try {
    const stat = fs.fstatSync(fd);
    if (!stat.isFile() || stat.size <= MAX_LINE_BYTES) return;
    const tracker = lineLengthTracker();
    const buf = Buffer.allocUnsafe(LINE_CHUNK);
    let utf16: Utf16Transcoder | undefined;
    for (let first = true; ; first = false) {
      const n = fs.readSync(fd, buf, 0, LINE_CHUNK, null);
      if (n === 0) return;
      let bytes: Uint8Array = buf.subarray(0, n);
      const bom = first ? utf16Bom(bytes) : undefined;
      if (bom) utf16 = new Utf16Transcoder(file, bom);
      if (utf16) bytes = utf16.feed(bytes, false);
      const long = tracker.feed(bytes);
      if (long) throw new ParseError("line-too-long", { file, line: long.line, bytes: long.open ? long.bytes + restOfLine(fd) : long.bytes, limit: MAX_LINE_BYTES });
    }
  } finally {
    fs.closeSync(fd);
  }
}

/** A file's bytes as UTF-8: UTF-16 with a byte-order mark transcoded (Utf16Transcoder), anything else as it is. */
function asUtf8<T extends Uint8Array>(buf: T, name: string): T | Buffer {
  const bom = utf16Bom(buf);
  return bom ? new Utf16Transcoder(name, bom).feed(buf, true) : buf;
}

/** Bytes from the read position of an open file to the end of the line (its CR not counted), a chunk at a time. */
export function restOfLine(fd: number): number {
  const buf = Buffer.allocUnsafe(LINE_CHUNK);
  let bytes = 0;
  for (;;) {
    const n = fs.readSync(fd, buf, 0, LINE_CHUNK, null);
    if (n === 0) return bytes;
    const nl = buf.subarray(0, n).indexOf(10);
    if (nl !== -1) return bytes + (nl > 0 && buf[nl - 1] === 13 ? nl - 1 : nl);
    bytes += n;
  }
}

/** Bytes read already (standard input, read by the CLI from its I/O) and the name errors give them. */
export interface InputBytes { readonly name: string; readonly bytes: Uint8Array }
/** A file to read (`-`: the process's standard input), or bytes read already. */
export type TextInput = string | InputBytes;

/** The name of an input as errors and results give it (`<stdin>` for standard input). */
export const inputName = (input: TextInput): string => (typeof input === "string" ? (input === "-" ? "<stdin>" : input) : input.name);

/** Reads a TextInput: a file as readTextFile does, bytes read already with exactly the same checks. */
export function readTextInput(input: TextInput, options: DecodeOptions = {}): string {
  if (typeof input === "string") return readTextFile(input, options);
  const bytes = asUtf8(input.bytes, input.name);
  const long = findLongLine(bytes);
  if (long) throw new ParseError("line-too-long", { file: input.name, line: long.line, bytes: long.bytes, limit: MAX_LINE_BYTES });
  return decodeText(bytes, input.name, options);
}

/**
 * Checks a text given as a string (pasted or uploaded in the workbench) exactly as readTextFile checks
 * a file's bytes (lines up to MAX_LINE_BYTES, UTF-8 without NUL or control characters, not empty),
 * naming it `name` in errors. Returns the text (BOM dropped).
 */
export function readTextString(text: string, name: string, options: DecodeOptions = {}): string {
  const buf = Buffer.from(text, "utf8");
  const long = findLongLine(buf);
  if (long) throw new ParseError("line-too-long", { file: name, line: long.line, bytes: long.bytes, limit: MAX_LINE_BYTES });
  return decodeText(buf, name, options);
}

/**
 * Expands files and folders into a sorted list of files with one of `extensions`.
 * A folder without such files, or a missing path, is an error.
 */
export function collectFiles(inputs: readonly string[], extensions: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats;
    try {
      st = fs.statSync(input);
    } catch {
      throw new UsageError("path-not-found", { file: input });
    }
    if (st.isDirectory()) {
      const found = fs
        .readdirSync(input, { withFileTypes: true })
        .filter((d) => d.isFile() && extensions.some((x) => d.name.toLowerCase().endsWith(x)))
        .map((d) => path.join(input, d.name))
        .sort();
      if (found.length === 0) throw new ParseError("dir-no-text", { file: input, extensions: extensions.join(", ") });
      out.push(...found);
    } else {
      out.push(input);
    }
  }
  return out;
}

/**
 * The file a write to `file` replaces: `file`, or the file it points to when it is a symbolic link
 * (links followed to the end). A link a person made (`exports/corpus.tmx` → a shared folder's file)
 * stays a link: the rename into place replaced the link itself with a regular file.
 */
export function linkTarget(file: string): string {
  let at = file;
  for (let hops = 0; hops < 40; hops++) {
    let link: string;
    try {
      if (!fs.lstatSync(at).isSymbolicLink()) return at;
      link = fs.readlinkSync(at);
    } catch {
      return at;
    }
    at = path.resolve(path.dirname(path.resolve(at)), link);
  }
  return at;
}


/**
 * Refuses an output file a person named (`--out`) whose folder does not exist, before anything is
 * done: a missing folder is a typo more often than a wish (`--out exprots/corpus.tmx`), so it is
 * named, as `--db` does, instead of being made. Every `--out` goes through here (that of
 * `translations export`, a folder, too: it is made, the folder holding it is not).
 * @throws UsageError `out-no-folder` {file, folder}
 */
export function requireOutFolder(file: string): void {
  const folder = path.dirname(file);
  if (!fs.existsSync(folder)) throw new UsageError("out-no-folder", { file, folder });
}

/**
 * Refuses an output path that is (or must be) a folder: `--out some/dir/` or an existing folder.
 * @throws UsageError `out-is-directory` {file}
 */
export function refuseDirectoryTarget(file: string): void {
  let isDir = /[\\/]$/.test(file);
  if (!isDir) {
    try {
      isDir = fs.statSync(file).isDirectory();
    } catch {
      isDir = false;
    }
  }
  if (isDir) throw new UsageError("out-is-directory", { file });
}

/** Writes a file atomically: a temporary file next to it, then rename. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  writeFilesAtomic([[file, data]]);
}

/**
 * Writes several files all or nothing (as far as a file system allows): every file is first
 * written in full to a temporary file beside it; only when all are written are they renamed into
 * place. A full disk, a file-size limit or a permission problem while writing leaves every target
 * as it was and removes the temporary files.
 * @throws UsageError `out-is-directory` {file}, `io-*` {file, reason} (see ioError)
 */
export function writeFilesAtomic(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void {
  const temps = writeTemporaries(files);
  try {
    for (const t of temps) noteReplacing(t.file);
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, { force: true });
    throw e;
  }
  if (temps.length > 0) faultPoint("before-rename");
  for (let i = 0; i < temps.length; i++) {
    const { tmp, file } = temps[i]!;
    try {
      fs.renameSync(tmp, file);
    } catch (e) {
      for (const rest of temps.slice(i)) fs.rmSync(rest.tmp, { force: true });
      throw ioError(e, file);
    }
  }
}

/**
 * The first half of writeFilesAtomic (and of io/parallel-files.ts): every file written in full to
 * a temporary file beside it, its folder made if need be; on any failure the temporary files are
 * removed and every target is as it was. Returns them for the renames.
 * @throws UsageError `out-is-directory` {file}, `io-*` {file, reason} (see ioError)
 */
export function writeTemporaries(files: ReadonlyArray<readonly [string, string | Uint8Array]>): Array<{ file: string; tmp: string }> {
  for (const [file] of files) refuseDirectoryTarget(file);
  const temps: Array<{ file: string; tmp: string }> = [];
  const made = new Set<string>();
  try {
    for (const [named, data] of files) {
      const file = linkTarget(named);
      const dir = path.dirname(path.resolve(file));
      if (!made.has(dir)) {
        try {
          fs.mkdirSync(dir, { recursive: true });
        } catch (e) {
          throw ioError(e, path.dirname(file));
        }
        made.add(dir);
      }
      const tmp = tempPathFor(file);
      temps.push({ file, tmp });
      try {
        fs.writeFileSync(tmp, data);
      } catch (e) {
        throw ioError(e, file);
      }
    }
  } catch (e) {
    for (const t of temps) fs.rmSync(t.tmp, { force: true });
    throw e;
  }
  return temps;
}

/**
 * A piece of a file being written that another file holds: `ready` resolves, once that file holds
 * all of it, to that file (open for reading and writing) and how many of its first bytes are the
 * piece (a rejection fails the write with its error). writeChunksAtomic moves them in and leaves
 * that file empty.
 */
export interface HeldBytes {
  ready(): Promise<{ readonly fd: number; readonly bytes: number }>;
}

/** Bytes moved at a time from a file holding a piece (see writeChunksAtomic). */
const MOVE_BLOCK = 1 << 20;

/**
 * writeFileAtomic for text made piece by piece (a large report): the pieces (text, or its UTF-8
 * bytes, good until the next is asked for) are written to the temporary file as they come, never
 * joined; errors as writeFilesAtomic's. A piece another file holds (HeldBytes) is moved in from
 * its end backwards, that file cut short behind each block read: the blocks it lets go of serve the
 * new file's, so its bytes cost about a copy in memory, not a second write to new blocks (on some
 * systems ~10 ms a MiB). A failure of the pieces themselves (a held piece's too) removes the
 * temporary file and leaves the target as it was.
 * (The writes stay in this thread: written from the libuv pool while this thread makes the next
 * pieces, a million pairs' report took ~1 s more system time and its making slowed, measured.)
 * @throws UsageError `out-is-directory` {file}, `io-*` {file, reason} (see ioError)
 */
export async function writeChunksAtomic(named: string, chunks: Iterable<string | Uint8Array | HeldBytes> | AsyncIterable<string | Uint8Array | HeldBytes>): Promise<void> {
  refuseDirectoryTarget(named);
  const file = linkTarget(named);
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } catch (e) {
    throw ioError(e, path.dirname(file));
  }
  const tmp = tempPathFor(file);
  let written = 0;
  try {
    let fd: number;
    try {
      fd = fs.openSync(tmp, "w");
    } catch (e) {
      throw ioError(e, file);
    }
    try {
      let b: Buffer | undefined;
      for await (const c of chunks) {
        try {
          if (typeof c === "string" || c instanceof Uint8Array) {
            const bytes = typeof c === "string" ? Buffer.from(c, "utf8") : c;
            for (let at = 0; at < bytes.length;) { const n = fs.writeSync(fd, bytes, at, bytes.length - at, written); at += n; written += n; }
          } else {
            const { fd: from, bytes } = await c.ready();
            b ??= Buffer.allocUnsafeSlow(MOVE_BLOCK);
            for (let end = bytes; end > 0;) {
              // (blocks at multiples of MOVE_BLOCK: each cut lets go of whole pages)
              const start = (end - 1) - ((end - 1) % MOVE_BLOCK);
              for (let got = 0; got < end - start;) {
                const r = fs.readSync(from, b, got, end - start - got, start + got);
                if (r === 0) throw new Error("Invariant failed: a held piece is shorter than it said");
                got += r;
              }
              fs.ftruncateSync(from, start);
              for (let put = 0; put < end - start;) put += fs.writeSync(fd, b, put, end - start - put, written + start + put);
              end = start;
            }
            written += bytes;
          }
        } catch (e) {
          throw ioError(e, file);
        }
      }
    } finally {
      fs.closeSync(fd);
    }
    faultPoint("before-rename");
    try {
      fs.renameSync(tmp, file);
    } catch (e) {
      throw ioError(e, file);
    }
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** What a document slug may be: lower-case ASCII letters, digits and hyphens, starting with a letter or digit. */
export const SLUG_RE = /^[a-z0-9][a-z0-9-]*$/;

/** Lower-case ASCII letters, digits and single hyphens ("" when nothing is left). */
function slugText(text: string): string {
  return text.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
}

/**
 * A slug from a file name: lower-case letters, digits and hyphens. Names in other scripts are
 * transliterated (`берита.txt` → `berita`, `新闻.txt` → `xin-wen`); a name with nothing readable
 * left gets `document-` and a short hash of the name, so two such names never share a slug.
 */
export function slugFromPath(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  const plain = slugText(base);
  // Only names with letters outside Latin need transliteration (Latin ones keep today's slugs).
  const latinOnly = /^[\p{Script=Latin}\p{Script=Common}\p{Script=Inherited}]*$/u.test(base);
  const slug = latinOnly ? plain : slugText(transliterate(base)) || plain;
  if (slug !== "") return slug;
  return "document-" + createHash("sha256").update(base.normalize("NFC")).digest("hex").slice(0, 8);
}
/** One line of a text file read as a stream (readLines). */
export interface FileLine {
  /** 1-based. */
  readonly line: number;
  /** Without its line end. */
  readonly text: string;
}


/**
 * The lines of a text file, read in 1 MiB chunks (memory: a chunk and a line, whatever the file's
 * size), with the checks readTextFile makes: UTF-8 (or UTF-16 with a byte-order mark), no NUL, no control
 * characters, no line past MAX_LINE_BYTES, not empty unless allowed; a leading BOM is dropped. Lines
 * end at LF, CRLF or a lone CR, as splitLines. Errors are thrown as the reading reaches them, with
 * the file and line. Standard input (`-`) cannot be read twice: use readTextFile for it.
 */
export function* readLines(file: string, options: DecodeOptions = {}): Generator<FileLine> {
  let fd: number;
  try {
    fd = fs.openSync(file, "r");
    if (fs.fstatSync(fd).isDirectory()) { fs.closeSync(fd); throw Object.assign(new Error("EISDIR"), { code: "EISDIR" }); }
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new UsageError("path-not-found", { file });
    if (err.code === "EISDIR") throw new UsageError("path-is-directory", { file });
    throw new UsageError("file-unreadable", { file, reason: err.message });
  }
  const decoder = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
  const long = lineLengthTracker();
  const buf = Buffer.allocUnsafe(LINE_CHUNK);
  let offset = 0;
  let line = 1;
  let carry = "";
  let first = true;
  let blank = true;
  let tail: Uint8Array = new Uint8Array(0);
  let utf16: Utf16Transcoder | undefined;
  function* emit(text: string): Generator<FileLine> {
    const control = findControlChar(text);
    if (control) throw new ParseError("file-control-char", { file, line, column: control.column, char: control.char });
    if (blank && text.trim() !== "") blank = false;
    yield { line, text };
    line++;
  }
  try {
    for (;;) {
      let n: number;
      try {
        n = fs.readSync(fd, buf, 0, LINE_CHUNK, null);
      } catch (e) {
        throw new UsageError("file-unreadable", { file, reason: (e as Error).message });
      }
      let bytes: Uint8Array = buf.subarray(0, n);
      if (offset === 0) {
        const bom = utf16Bom(bytes);
        if (bom) utf16 = new Utf16Transcoder(file, bom);
      }
      if (utf16) bytes = utf16.feed(bytes, n === 0);
      const nul = bytes.indexOf(0);
      if (nul !== -1) {
        const guessed = offset === 0 ? guessUtf16(bytes) : undefined;
        if (guessed) throw new ParseError("file-utf16-no-bom", { file, line: 1, encoding: guessed });
        throw new ParseError("file-binary", { file, offset: offset + nul, line: lineOfByteIn(bytes, nul, line) });
      }
      const tooLong = long.feed(bytes);
      if (tooLong) throw new ParseError("line-too-long", { file, line: tooLong.line, bytes: tooLong.open ? tooLong.bytes + restOfLine(fd) : tooLong.bytes, limit: MAX_LINE_BYTES });
      let text: string;
      try {
        text = decoder.decode(bytes, { stream: n > 0 });
      } catch {
        const joined = Buffer.concat([tail, bytes]);
        const at = Math.max(0, findInvalidUtf8(joined) - tail.length);
        throw new ParseError("file-not-utf8", { file, offset: offset + at, line: lineOfByteIn(bytes, at, line) });
      }
      tail = Uint8Array.from(bytes.subarray(Math.max(0, bytes.length - 3)));
      offset += n;
      if (first && text.length > 0) {
        if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
        first = false;
      }
      text = carry + text;
      carry = "";
      // the lines complete in this chunk; a CR at its very end may be the first half of a CRLF
      let start = 0;
      for (;;) {
        let i = start;
        const len = text.length;
        while (i < len) {
          const c = text.charCodeAt(i);
          if (c === 10 || c === 13) break;
          i++;
        }
        if (i === len) break;
        if (text.charCodeAt(i) === 13 && i + 1 === len && n > 0) break;
        yield* emit(text.slice(start, i));
        start = i + (text.charCodeAt(i) === 13 && text.charCodeAt(i + 1) === 10 ? 2 : 1);
      }
      carry = text.slice(start);
      if (n === 0) break;
    }
    if (carry !== "") yield* emit(carry);
    if (blank && !options.allowEmpty) throw new ParseError("file-empty", { file });
  } finally {
    fs.closeSync(fd);
  }
}

/** The line of a byte of the current chunk: the line being read plus the line ends before it. */
function lineOfByteIn(bytes: Uint8Array, at: number, line: number): number {
  let n = line;
  for (let i = bytes.indexOf(10); i !== -1 && i < at; i = bytes.indexOf(10, i + 1)) n++;
  return n;
}

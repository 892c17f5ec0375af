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
import { decodeText, type DecodeOptions } from "../text/decode";
import { findLongLine, MAX_LINE_BYTES } from "../text/limits";

/** Reads a text file strictly (UTF-8, no NUL, BOM dropped). `-` reads standard input. */
export function readTextFile(file: string, options: DecodeOptions = {}): string {
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

/** A temporary file next to `file` (hidden, unique to this process). */
function tempPathFor(file: string): string {
  const dir = path.dirname(path.resolve(file));
  return path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.${tmpCounter++}.tmp`);
}
let tmpCounter = 0;

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
  for (const [file] of files) refuseDirectoryTarget(file);
  const temps: Array<[string, string]> = [];
  try {
    for (const [file, data] of files) {
      try {
        fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
      } catch (e) {
        throw ioError(e, path.dirname(file));
      }
      const tmp = tempPathFor(file);
      temps.push([tmp, file]);
      try {
        fs.writeFileSync(tmp, data);
      } catch (e) {
        throw ioError(e, file);
      }
    }
  } catch (e) {
    for (const [tmp] of temps) fs.rmSync(tmp, { force: true });
    throw e;
  }
  for (let i = 0; i < temps.length; i++) {
    const [tmp, file] = temps[i]!;
    try {
      fs.renameSync(tmp, file);
    } catch (e) {
      for (const [rest] of temps.slice(i)) fs.rmSync(rest, { force: true });
      throw ioError(e, file);
    }
  }
}

/**
 * writeFileAtomic for text made piece by piece (a large report): the pieces are written to the
 * temporary file as they come, never joined; errors as writeFilesAtomic's.
 * @throws UsageError `out-is-directory` {file}, `io-*` {file, reason} (see ioError)
 */
export function writeChunksAtomic(file: string, chunks: Iterable<string>): void {
  refuseDirectoryTarget(file);
  try {
    fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  } catch (e) {
    throw ioError(e, path.dirname(file));
  }
  const tmp = tempPathFor(file);
  try {
    let fd: number;
    try {
      fd = fs.openSync(tmp, "w");
    } catch (e) {
      throw ioError(e, file);
    }
    try {
      for (const c of chunks) {
        try {
          fs.writeSync(fd, c);
        } catch (e) {
          throw ioError(e, file);
        }
      }
    } finally {
      fs.closeSync(fd);
    }
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
/**
 * File helpers for the app layer: collecting input files, reading them through decodeText,
 * and writing output atomically (temporary file + rename).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ParseError, UsageError } from "../errors";
import { decodeText, type DecodeOptions } from "../text/decode";

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
  return decodeText(buf, file === "-" ? "<stdin>" : file, options);
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

/** Writes a file atomically: a temporary file next to it, then rename. */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    fs.writeFileSync(tmp, data);
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** writeFileAtomic for text made piece by piece (a large report): the pieces are written as they come, never joined. */
export function writeChunksAtomic(file: string, chunks: Iterable<string>): void {
  const dir = path.dirname(path.resolve(file));
  fs.mkdirSync(dir, { recursive: true });
  const tmp = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
  try {
    const fd = fs.openSync(tmp, "w");
    try {
      for (const c of chunks) fs.writeSync(fd, c);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
  } catch (e) {
    fs.rmSync(tmp, { force: true });
    throw e;
  }
}

/** A slug from a file name: lower-case letters, digits and hyphens. */
export function slugFromPath(file: string): string {
  const base = path.basename(file).replace(/\.[^.]+$/, "");
  return base.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "document";
}

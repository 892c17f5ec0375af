/**
 * `--out` that is not a file to replace: `-` (standard output) and an existing FIFO, terminal or other
 * device (`--out /dev/stdout`, `--out >(gzip > x.gz)`, a named pipe). The app writes every output
 * atomically, a temporary file beside the target renamed over it; over a device that rename replaced
 * the device's name (as root, `/dev/stdout` became a regular file) or failed for want of a folder one
 * may write in. Here such an output is written as usual to a private temporary folder, then its bytes
 * are copied to the target in order, and the temporary folder removed.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { StringDecoder } from "node:string_decoder";
import { ioError } from "../errors";
import type { CommandContext } from "./context";

/** Is `out` standard output (`-`) or an existing file that is neither a regular file nor a folder? */
export function isStreamTarget(out: string): boolean {
  if (out === "-") return true;
  try {
    const st = fs.statSync(out);
    return !st.isFile() && !st.isDirectory();
  } catch {
    return false;
  }
}

/**
 * Runs `write` with the path it should write: `out` itself when that is an ordinary file path, else a
 * temporary file (named as `out` in every message) whose bytes, and those of the files `write`
 * returns (Moses: three), are then copied to `out` (standard output for `-`).
 */
export async function writeToOut<T>(ctx: CommandContext, out: string, write: (file: string) => T | Promise<T>, filesOf: (result: T) => readonly string[] = () => []): Promise<T> {
  if (!isStreamTarget(out)) return write(out);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-out-"));
  try {
    const file = path.join(dir, out === "-" ? "stdout" : path.basename(out));
    ctx.name(file, out === "-" ? "-" : ctx.shown(out));
    const result = await write(file);
    const files = filesOf(result);
    for (const f of files.length ? files : [file]) copyBytes(ctx, f, out);
    return result;
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** The bytes of `from` to `out` (`-`: the CLI's standard output, which drops them once its reader has gone). */
function copyBytes(ctx: CommandContext, from: string, out: string): void {
  const buf = Buffer.allocUnsafe(1 << 20);
  const src = fs.openSync(from, "r");
  let dst: number | undefined;
  try {
    // (a device opened for writing, not replaced: "w" on a FIFO or terminal truncates nothing)
    if (out !== "-") {
      try {
        dst = fs.openSync(out, "w");
      } catch (e) {
        throw ioError(e, out);
      }
    }
    const decoder = new StringDecoder("utf8");
    for (let n = fs.readSync(src, buf, 0, buf.length, null); n > 0; n = fs.readSync(src, buf, 0, buf.length, null)) {
      if (dst === undefined) ctx.io.stdout(decoder.write(buf.subarray(0, n)));
      else {
        try {
          for (let off = 0; off < n;) off += fs.writeSync(dst, buf, off, n - off);
        } catch (e) {
          // (the reader of a pipe has gone: as on standard output, the rest is dropped quietly)
          if ((e as NodeJS.ErrnoException).code === "EPIPE") return;
          throw ioError(e, out);
        }
      }
    }
    if (dst === undefined) { const rest = decoder.end(); if (rest) ctx.io.stdout(rest); }
  } finally {
    fs.closeSync(src);
    if (dst !== undefined) fs.closeSync(dst);
  }
}

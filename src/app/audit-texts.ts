/**
 * The texts of some pairs of an audit run kept for its report (./audit-workers.ts): the violated
 * pairs' source, target and document, as UTF-8 outside the heap, so that the report does not read
 * them again one by one from the database (scattered reads: ~10 µs a pair, the slowest part of
 * writing it). Up to a number of bytes in memory; past that, when the run allows it, in a temporary
 * file (unlinked as soon as it is open where the system allows it, closed by `close`): a pair read
 * back from it costs one small read of the operating system's cache, not the process's memory (a
 * file no larger than the memory budget is read back whole, once: the report may hold twice it).
 * What cannot be kept (past both budgets, a file that cannot be written) is read again.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";

/** A pair's texts as kept. */
export interface KeptTexts {
  readonly source: string;
  readonly target: string;
  readonly document: string;
}

/** Size of the blocks the texts are written into (a larger text gets a block of its own). */
const BLOCK = 1 << 20;

export class PairTextCache {
  /** Per block: its bytes while in memory, null once written to the file. */
  private readonly blocks: (Buffer | null)[] = [];
  /** Per block written to the file: where it starts there. */
  private readonly fileAt: number[] = [];
  /** Bytes used in the last block. */
  private used = 0;
  /** Bytes of texts in blocks in memory, and in the file. */
  private inMemory = 0;
  private onDisk = 0;
  /** Per pair index: its entry + 1 (0: none). */
  private readonly entry: Int32Array;
  /** Per entry: block, start, end of source, end of target, end of document. */
  private cols = new Int32Array(0);
  private entries = 0;
  /** The file (undefined: not opened yet; null: none, it could not be written or was closed). */
  private fd: number | null | undefined;
  /** Its path while it could not be unlinked yet (removed by close). */
  private file: string | undefined;
  /** Where a text read back from the file is read into. */
  private scratch = Buffer.alloc(0);
  /** The file read back whole, when it is no larger than the memory budget (see readBack; null: it could not be). */
  private back: Buffer | null | undefined;
  private full = false;
  /** (smaller with a small budget: a test's few pairs fill several) */
  private readonly blockSize: number;

  /**
   * `budget` bytes in memory (0: none kept), then `spillBytes` in a temporary file in `dir`
   * (default: the system's temporary folder; 0: no file).
   */
  constructor(capacity: number, private readonly budget: number, private readonly spillBytes = 0, private readonly dir?: string) {
    this.entry = new Int32Array(budget > 0 ? capacity : 0);
    this.blockSize = Math.min(BLOCK, Math.max(256, budget));
  }

  /** Does it keep texts at all (a budget in memory)? */
  get keeps(): boolean {
    return this.entry.length > 0;
  }

  /** Keeps the texts of pair i (once; nothing once the budgets are spent). */
  add(i: number, source: string, target: string, document: string | undefined): void {
    if (this.full || this.entry.length === 0 || this.entry[i] !== 0 || document === undefined) return;
    const a = Buffer.byteLength(source), b = Buffer.byteLength(target), c = Buffer.byteLength(document);
    const size = a + b + c;
    const last = this.blocks[this.blocks.length - 1] ?? undefined;
    const blk = last !== undefined && this.used + size <= last.length ? last : this.nextBlock(last, size);
    if (blk === undefined) { this.full = true; return; }
    const at = this.used;
    blk.write(source, at, a, "utf8"); blk.write(target, at + a, b, "utf8"); blk.write(document, at + a + b, c, "utf8");
    this.used += size;
    this.inMemory += size;
    if ((this.entries + 1) * 5 > this.cols.length) { const n = new Int32Array(Math.max(5 * 1024, this.cols.length * 2)); n.set(this.cols); this.cols = n; }
    const o = this.entries * 5;
    const cols = this.cols;
    cols[o] = this.blocks.length - 1; cols[o + 1] = at; cols[o + 2] = at + a; cols[o + 3] = at + a + b; cols[o + 4] = at + size;
    this.entry[i] = ++this.entries;
  }

  /** The kept texts of pair i, or undefined. */
  get(i: number): KeptTexts | undefined {
    const e = this.entry.length ? this.entry[i]! - 1 : -1;
    if (e < 0) return undefined;
    const o = e * 5, b = this.cols[o]!;
    const a = this.cols[o + 1]!, s = this.cols[o + 2]!, t = this.cols[o + 3]!, d = this.cols[o + 4]!;
    let blk = this.blocks[b];
    let base = 0;
    const back = blk === null ? this.readBack() : undefined;
    if (back !== undefined) {
      blk = back;
      base = -this.fileAt[b]!;
    } else if (blk === null) {
      // written to the file: read these texts back into the scratch buffer
      if (this.fd === null || this.fd === undefined) return undefined;
      if (this.scratch.length < d - a) this.scratch = Buffer.allocUnsafe(Math.max(d - a, 64 << 10));
      const n = fs.readSync(this.fd, this.scratch, 0, d - a, this.fileAt[b]! + a);
      if (n !== d - a) return undefined;
      blk = this.scratch;
      base = a;
    }
    return { source: blk!.toString("utf8", a - base, s - base), target: blk!.toString("utf8", s - base, t - base), document: blk!.toString("utf8", t - base, d - base) };
  }

  /** Bytes of the kept source and target of pair i (UTF-8), or -1 when they are not kept (see copyTexts). */
  textsSize(i: number): number {
    const e = this.entry.length ? this.entry[i]! - 1 : -1;
    if (e < 0 || (this.blocks[this.cols[e * 5]!] === null && typeof this.fd !== "number")) return -1;
    return this.cols[e * 5 + 3]! - this.cols[e * 5 + 1]!;
  }

  /**
   * Copies the kept source and target of pair i (textsSize(i) bytes, as UTF-8) into `into` at `at`
   * (read from the file straight there when written to it); the bytes of its source, or -1 when they
   * could not be read.
   */
  copyTexts(i: number, into: Buffer, at: number): number {
    const e = this.entry.length ? this.entry[i]! - 1 : -1;
    if (e < 0) return -1;
    const o = e * 5, blk = this.blocks[this.cols[o]!];
    const a = this.cols[o + 1]!, s = this.cols[o + 2]!, t = this.cols[o + 3]!;
    if (blk === null || blk === undefined) {
      if (typeof this.fd !== "number") return -1;
      const from = this.fileAt[this.cols[o]!]! + a;
      const back = this.readBack();
      if (back !== undefined) into.set(new Uint8Array(back.buffer, back.byteOffset + from, t - a), at);
      else if (fs.readSync(this.fd, into, at, t - a, from) !== t - a) return -1;
    } else into.set(new Uint8Array(blk.buffer, blk.byteOffset + a, t - a), at);
    return s - a;
  }

  /**
   * The whole file, read back once, when it holds no more than the memory budget: a report reads
   * its texts at random (a concept's violations are spread over the run), one small read each
   * otherwise (a million pairs: ~150,000 reads). Undefined when it is larger or cannot be read.
   */
  private readBack(): Buffer | undefined {
    if (this.back === undefined && typeof this.fd === "number") {
      this.back = null;
      if (this.onDisk <= this.budget) {
        const back = Buffer.allocUnsafe(this.onDisk);
        try {
          let done = 0;
          for (let n = 1; done < back.length && n > 0; done += n) n = fs.readSync(this.fd, back, done, back.length - done, done);
          if (done === back.length) this.back = back;
        } catch {
          // (then a pair at a time)
        }
      }
    }
    return this.back ?? undefined;
  }

  /** Lets go of the file (the texts written there are read again from where they came from). */
  close(): void {
    if (typeof this.fd === "number") {
      try { fs.closeSync(this.fd); } catch { /* closed already */ }
    }
    this.fd = null;
    this.back = undefined;
    if (this.file !== undefined) {
      try { fs.rmSync(this.file, { force: true }); } catch { /* (a temporary file) */ }
      this.file = undefined;
    }
  }

  /** A block for `size` more bytes after `last` (full): a new one in memory, or `last` again once written to the file; undefined when both budgets are spent. */
  private nextBlock(last: Buffer | undefined, size: number): Buffer | undefined {
    if (last !== undefined && this.inMemory >= this.budget) {
      // past the memory budget: the full block goes to the file, its memory serves the next one
      if (!this.spill(last)) return undefined;
      this.inMemory -= this.used;
      this.blocks[this.blocks.length - 1] = null;
      if (last.length < size) last = undefined;
    } else if (this.inMemory >= this.budget) {
      return undefined;
    } else {
      last = undefined;
    }
    const blk = last ?? Buffer.allocUnsafe(Math.max(this.blockSize, size));
    this.blocks.push(blk);
    this.used = 0;
    return blk;
  }

  /** Writes the last block (its used bytes) to the file; false when it cannot be (then nothing more is kept). */
  private spill(blk: Buffer): boolean {
    if (this.onDisk + this.used > this.spillBytes) return false;
    if (this.fd === undefined) this.fd = this.open();
    if (this.fd === null) return false;
    try {
      let done = 0;
      while (done < this.used) done += fs.writeSync(this.fd, blk, done, this.used - done, this.onDisk + done);
    } catch {
      // (a full disk, a file size limit: the rest is read again)
      this.close();
      return false;
    }
    this.fileAt[this.blocks.length - 1] = this.onDisk;
    this.onDisk += this.used;
    this.back = undefined;
    return true;
  }

  private open(): number | null {
    if (this.spillBytes <= 0) return null;
    const file = path.join(this.dir ?? os.tmpdir(), `selaras-audit-${process.pid}-${crypto.randomUUID()}.tmp`);
    let fd: number;
    try {
      fd = fs.openSync(file, "wx+", 0o600);
    } catch {
      return null;
    }
    // unlinked at once (nothing is left behind, whatever ends the process) where the system allows it
    try {
      fs.unlinkSync(file);
    } catch {
      this.file = file;
    }
    return fd;
  }
}

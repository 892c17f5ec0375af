/**
 * Reading the units of an import: the file (or the parts of a Moses set) read in 1 MiB chunks,
 * decoded strictly as UTF-8 and parsed by the format's streaming reader — in this thread for small
 * inputs, or in a worker thread (./import-worker.ts) for large ones, so that parsing overlaps the
 * database writes of the importing thread. The worker sends the units in packed batches (one string
 * and the field lengths) over a MessageChannel the importing thread reads synchronously (it is
 * inside a database transaction and cannot await): it blocks on a shared counter until a batch is
 * there, and the worker stays at most a few batches ahead, so memory stays flat. Errors (ParseError
 * with file and line) cross back with their class, code and data.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import { FormatError, NotFoundError, ParseError, SelarasError, StoreError, UsageError } from "../errors";
import type { Format, ParallelUnit } from "../formats";
import { findInvalidUtf8, refuseUtf16 } from "../text/decode";

const CHUNK = 1 << 20;
/** Units per batch sent by the worker. */
export const BATCH = 256;
/** Batches the worker may be ahead of the importing thread. */
const AHEAD = 4;
/**
 * The worker's young generation, MiB. V8's default (tens of MiB per thread) took the import's peak
 * RSS from ~155 to ~265 MiB in the tmx benchmark; at 2 MiB it is ~175 MiB, at no measurable cost.
 */
const WORKER_YOUNG_MIB = 2;
/** Inputs from this size on are parsed in a worker thread (starting one costs ~50 ms). */
export const WORKER_MIN_BYTES = 8 << 20;

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

/** Streams the parts of a file set into a reader: chunks, round robin, strict UTF-8, no NUL (this thread). */
export function readFiles(format: Format, files: Readonly<Record<string, string>>, onUnit: (u: ParallelUnit) => void, onBytes?: (bytes: number) => void): void {
  const reader = format.createReader(onUnit, { files });
  const states = Object.entries(files).map(([part, file]) => ({
    part, file, fd: fs.openSync(file, "r"), decoder: new TextDecoder("utf-8", { fatal: true }), done: false, bytes: 0, lines: 1, first: true, tail: Buffer.alloc(0),
  }));
  const buf = Buffer.allocUnsafe(CHUNK);
  try {
    let total = 0;
    while (states.some((s) => !s.done)) {
      for (const s of states) {
        if (s.done) continue;
        const n = fs.readSync(s.fd, buf, 0, CHUNK, null);
        const bytes = buf.subarray(0, n);
        if (s.bytes === 0) refuseUtf16(bytes, s.file);
        const nul = bytes.indexOf(0);
        if (nul !== -1) throw new ParseError("file-binary", { file: s.file, offset: s.bytes + nul, line: s.lines + countNl(bytes, nul) });
        let text: string;
        try {
          text = s.decoder.decode(bytes, { stream: n > 0 });
        } catch {
          // The previous chunk may have ended inside a character: look for the fault from its start.
          const at = Math.max(0, findInvalidUtf8(Buffer.concat([s.tail, bytes])) - s.tail.length);
          throw new ParseError("file-not-utf8", { file: s.file, offset: s.bytes + at, line: s.lines + countNl(bytes, at) });
        }
        s.tail = Buffer.from(incompleteTail(bytes));
        if (s.first && text.length > 0) {
          if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
          s.first = false;
        }
        s.bytes += n;
        s.lines += countNl(bytes, n);
        total += n;
        onBytes?.(total);
        if (text) reader.write(s.part, text);
        if (n === 0) s.done = true;
      }
    }
    if (total === 0) throw new ParseError("file-empty", { file: Object.values(files)[0] });
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


/** A batch of units as one string and the length of every field (cheap to copy between threads). */
export interface PackedUnits {
  readonly text: string;
  /** Per unit: id, document, source, target, status, author, changed, segment count, segment lengths. */
  readonly lengths: Uint32Array;
  /** Bytes of input read when the batch was sent. */
  readonly bytes: number;
}

export function packUnits(units: readonly ParallelUnit[], bytes: number): PackedUnits {
  const parts: string[] = [];
  const lengths: number[] = [];
  for (const u of units) {
    parts.push(u.id, u.document, u.source, u.target, u.status, u.author, u.changed, ...u.segments);
    lengths.push(u.id.length, u.document.length, u.source.length, u.target.length, u.status.length, u.author.length, u.changed.length, u.segments.length);
    for (const s of u.segments) lengths.push(s.length);
  }
  return { text: parts.join(""), lengths: Uint32Array.from(lengths), bytes };
}

export function unpackUnits(p: PackedUnits, onUnit: (u: ParallelUnit) => void): void {
  const { text, lengths } = p;
  let at = 0;
  const next = (n: number) => text.slice(at, (at += n));
  for (let k = 0; k < lengths.length;) {
    const id = next(lengths[k++]!);
    const document = next(lengths[k++]!);
    const source = next(lengths[k++]!);
    const target = next(lengths[k++]!);
    const status = next(lengths[k++]!);
    const author = next(lengths[k++]!);
    const changed = next(lengths[k++]!);
    const count = lengths[k++]!;
    const segments: string[] = new Array(count);
    for (let i = 0; i < count; i++) segments[i] = next(lengths[k++]!);
    onUnit({ id, document, segments, source, target, status, author, changed });
  }
}

/** What the worker sends: a batch, the end, or an error. */
export type WorkerMessage =
  | { readonly units: PackedUnits }
  | { readonly end: true; readonly bytes: number }
  | { readonly error: { readonly kind: string; readonly code?: string; readonly data?: Record<string, unknown>; readonly message: string } };

/** Control words shared with the worker. */
export const CTL_SENT = 0;
export const CTL_TAKEN = 1;
export const CTL_ABORT = 2;
export { AHEAD };

const ERRORS: Record<string, new (code: string, data: never) => SelarasError> = {
  FormatError, NotFoundError, ParseError, SelarasError, StoreError, UsageError,
};

function workerScript(): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(__dirname, ts ? "import-worker.ts" : "import-worker.js");
  // from source (tsx, ts-jest) the worker needs a TypeScript loader too
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs")] } : { file };
}

/**
 * Reads every unit of a file set, calling `onUnit` in file order, synchronously. `worker`: parse in
 * a worker thread (default: when the input is at least WORKER_MIN_BYTES).
 */
export function readUnits(format: Format, files: Readonly<Record<string, string>>, onUnit: (u: ParallelUnit) => void,
  onBytes?: (bytes: number) => void, worker?: boolean): void {
  const total = Object.values(files).reduce((n, f) => n + fs.statSync(f).size, 0);
  if (!(worker ?? total >= WORKER_MIN_BYTES)) { readFiles(format, files, onUnit, onBytes); return; }
  const ctl = new Int32Array(new SharedArrayBuffer(12));
  const { port1, port2 } = new MessageChannel();
  const { file, execArgv } = workerScript();
  const w = new Worker(file, {
    workerData: { format: format.id, files, ctl, port: port2 }, transferList: [port2 as unknown as MessagePort],
    resourceLimits: { maxYoungGenerationSizeMb: WORKER_YOUNG_MIB },
    ...(execArgv ? { execArgv } : {}),
  });
  w.unref();
  let failed: Error | undefined;
  w.on("error", (e) => { failed = e; });
  try {
    let taken = 0;
    for (;;) {
      const got = receiveMessageOnPort(port1);
      if (!got) {
        if (failed) throw failed;
        // Nothing queued: sleep until the worker counts another message (or 1 s, to notice a crash).
        if (Atomics.wait(ctl, CTL_SENT, taken, 1000) === "timed-out" && !failed && w.threadId === -1) throw new Error("import worker stopped");
        continue;
      }
      taken++;
      Atomics.store(ctl, CTL_TAKEN, taken);
      Atomics.notify(ctl, CTL_TAKEN);
      const m = got.message as WorkerMessage;
      if ("error" in m) {
        const E = ERRORS[m.error.kind];
        throw E && m.error.code ? new E(m.error.code, m.error.data as never) : new Error(m.error.message);
      }
      if ("end" in m) { onBytes?.(m.bytes); return; }
      unpackUnits(m.units, onUnit);
      onBytes?.(m.units.bytes);
    }
  } finally {
    // Wake a worker waiting for room, tell it to stop, and let it go.
    Atomics.store(ctl, CTL_ABORT, 1);
    Atomics.notify(ctl, CTL_TAKEN);
    port1.close();
    void w.terminate();
  }
}

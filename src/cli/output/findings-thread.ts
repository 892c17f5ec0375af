/**
 * The `findings` of a JSON audit report written in another thread while this one writes the rest:
 * the findings list as plain data (ListedFindings.parts: packed columns and the run's refs, moved,
 * not copied) goes to a worker thread (./findings-worker.ts) that renders them exactly as this
 * thread would (findingsJsonChunks, with its own i18next of the same language) into a file of its
 * own next to the report, and says in shared memory how far it got. When the writer reaches the
 * `findings` member it waits (without blocking) for the worker to end, then moves that file's bytes
 * in (HeldBytes: from its end backwards, the file cut short behind each block, whose blocks then
 * serve the report's), then removes it. The worker is never held back and nothing piles up in memory
 * (the bytes wait in the file), so on a second core the report's tail costs the time of its larger
 * part plus about a copy in memory of the findings' bytes, not the time of both parts.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { AuditReport, HeldBytes } from "../../app/audit";
import { ioError, SelarasError } from "../../errors";
import type { Lang } from "../../i18n";
import { workerScript } from "../../app/worker-script";

/** Fewer findings than this are written in this thread (a thread's start costs more than they do). */
const MIN_FINDINGS = 20_000;
/** The worker's young generation (MB): its garbage is short-lived, and every MB of it is resident (16: +32 MiB at the peak of a finding on each of 1M pairs). */
const YOUNG_GENERATION_MB = 4;
/** How long the writer waits for the worker to get further before it gives up (it failed without a word), and how often it looks. */
const STALLED_MS = 60_000;
const POLL_MS = 2;

/** The worker's state (STATE in `flags`). */
export const WRITING = 1, DONE = 2, FAILED = 3;
/** Int32 words of `flags`: the state, and a count the worker moves (and notifies) after each write. */
export const STATE = 0, MOVES = 1;

/** What the worker is started with. */
export interface FindingsWorkerSetup {
  readonly lang: Lang;
  readonly parts: NonNullable<ReturnType<NonNullable<AuditReport["findings"]["parts"]>>>;
  /** The file it writes the findings' UTF-8 to. */
  readonly file: string;
  /** Its error, if it fails. */
  readonly port: MessagePort;
  /** Int32 [state, moves]. */
  readonly flags: SharedArrayBuffer;
  /** BigInt64 [bytes written]. */
  readonly written: SharedArrayBuffer;
  /** Bytes per write (default 1 MiB). */
  readonly pieceBytes?: number;
}

let made = 0;

/**
 * Starts rendering the report's findings in a worker thread, where that pays (an audit engine's
 * list of at least MIN_FINDINGS); `t` must be the CLI's createT(lang); its file goes to `dir`, or
 * the folder of `report` (the file the report is written to: an I/O error names it), or the
 * system's temporary folder. The list's columns move to the worker: it cannot be read here any more.
 * The result gives the bytes as one piece that file holds (ready once the worker has written them
 * all), and `stop` ends the worker and removes its file (after the piece, or when the report is not
 * written to the end). Undefined: the findings stay here.
 */
export function findingsInThread(a: AuditReport, lang: Lang, options: { readonly report?: string; readonly dir?: string; readonly minFindings?: number; readonly pieceBytes?: number } = {}): { pieces: () => Iterable<HeldBytes>; stop: () => void } | undefined {
  if (a.findings.length < (options.minFindings ?? MIN_FINDINGS)) return undefined;
  const parts = a.findings.parts?.();
  if (parts === undefined) return undefined;
  const dir = options.dir ?? (options.report !== undefined ? path.dirname(options.report) : os.tmpdir());
  const file = path.join(dir, `.selaras-findings-${process.pid}-${Date.now()}-${made++}.tmp`);
  const { port1, port2 } = new MessageChannel();
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const written = new BigInt64Array(new SharedArrayBuffer(8));
  const { file: script, execArgv } = workerScript(__dirname, "findings-worker");
  const setup: FindingsWorkerSetup = { lang, parts, file, port: port2, flags: flags.buffer as SharedArrayBuffer, written: written.buffer as SharedArrayBuffer, pieceBytes: options.pieceBytes };
  let worker: Worker;
  try {
    worker = new Worker(script, { workerData: setup, transferList: [port2, ...parts.transfer], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, ...(execArgv ? { execArgv } : {}) });
  } catch {
    port1.close();
    return undefined;
  }
  // (the worker's end or failure is read from the shared state: no event of it keeps the process
  // up. A worker that ends without saying DONE or FAILED — it could not load, ran out of memory or
  // was stopped — is seen by its exit, and the writer gives up at once; STALLED_MS is for one that
  // hangs)
  worker.unref();
  let exited = false;
  worker.on("error", () => {});
  worker.on("exit", () => { exited = true; });
  let fd = -1;
  let finished = false;
  const stop = () => {
    if (finished) return;
    finished = true;
    port1.close();
    void worker.terminate();
    if (fd >= 0) fs.closeSync(fd);
    try {
      fs.rmSync(file, { force: true });
    } catch {
      // (there is none: it could not be made)
    }
  };
  /** Resolves once the worker has written every finding: its file (open to be moved from) and its length. */
  const ready = async (): Promise<{ fd: number; bytes: number }> => {
    let last = Date.now();
    let seen = -1;
    for (;;) {
      if (finished) throw new Error("Invariant failed: the findings thread was stopped");
      // (read before the state: a worker that said DONE and then exited is DONE)
      const gone = exited;
      const moves = Atomics.load(flags, MOVES);
      const state = Atomics.load(flags, STATE);
      if (state === FAILED) {
        const m = receiveMessageOnPort(port1)?.message as { error?: string; code?: string } | undefined;
        // (its file could not be written: as the report's own write failing, named by the report)
        const e = Object.assign(new Error(m?.error ?? "Invariant failed: the findings thread failed"), m?.code ? { code: m.code } : {});
        throw ioError(e, options.report ?? file);
      }
      if (state === DONE) {
        fd = fs.openSync(file, "r+");
        return { fd, bytes: Number(Atomics.load(written, 0)) };
      }
      if (gone) throw new SelarasError("io-report-thread-stopped", { file: options.report ?? file });
      if (moves !== seen) { seen = moves; last = Date.now(); }
      else if (Date.now() - last > STALLED_MS) throw new SelarasError("io-report-thread-stopped", { file: options.report ?? file });
      // (this thread's writes go on meanwhile: it waits without blocking)
      await new Promise((r) => setTimeout(r, POLL_MS));
    }
  };
  function* pieces(): Generator<HeldBytes> {
    try {
      yield { ready };
    } finally {
      stop();
    }
  }
  return { pieces, stop };
}

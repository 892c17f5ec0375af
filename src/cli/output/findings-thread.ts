/**
 * The `findings` of a JSON audit report written in another thread while this one writes the rest:
 * the findings list as plain data (ListedFindings.parts: packed columns and the run's refs) goes to
 * a worker thread (./findings-worker.ts) that renders them exactly as this thread would
 * (findingsJsonChunks, with its own i18next instance of the same language) and sends the UTF-8 back
 * in pieces of about 1 MiB (transferred, not copied), a few at most ahead of the writer (a shared
 * counter holds the worker back: the pieces do not pile up in memory). The writer takes them, in
 * order, when it reaches the `findings` member; on a quiet second core the report's tail then costs
 * the time of its larger part, not of both.
 */
import * as path from "node:path";
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from "node:worker_threads";
import type { AuditReport } from "../../app/audit";
import type { Lang } from "../../i18n";

/** Pieces sent and not yet taken at most (each about 1 MiB). */
export const PIECES_AHEAD = 4;
/**
 * The pieces travel in shared memory: SLOTS slots (of slotBytes: a piece fits), used in turn. The writer is done with a piece when it takes the next, and the worker
 * is at most PIECES_AHEAD ahead: a slot is used again only once its piece is written. (Pieces
 * moved to the writer's thread instead would be garbage there until its collector frees them: a
 * report's worth of them, at worst.)
 */
export const SLOTS = PIECES_AHEAD + 1;
/** The size of a piece (Gathered's default), and of a slot: a piece and the text that fills it past its size. */
export const PIECE_BYTES = 1 << 20;
export const slotBytes = (pieceBytes: number): number => pieceBytes + (pieceBytes >> 2);
const YOUNG_GENERATION_MB = 4;
/** How long the writer waits for a piece before it gives up (the worker thread failed without a word). */
const STALLED_MS = 60_000;
/** Fewer findings than this are written in this thread (a thread's start costs more than they do). */
export const MIN_FINDINGS = 20_000;

/** What the worker is started with. */
export interface FindingsWorkerSetup {
  readonly lang: Lang;
  readonly parts: NonNullable<ReturnType<NonNullable<AuditReport["findings"]["parts"]>>>;
  readonly port: MessagePort;
  /** [pieces sent and not taken, unused] */
  readonly flags: SharedArrayBuffer;
  /** SLOTS × slotBytes(pieceBytes) */
  readonly slots: SharedArrayBuffer;
  readonly pieceBytes: number;
}

/** A message of the worker: a piece of the findings' UTF-8, the end, or what went wrong. */
export type FindingsWorkerMessage = { slot: number; length: number } | { piece: ArrayBuffer } | { done: true } | { error: string };

function workerScript(): { file: string; execArgv?: string[] } {
  const ts = __filename.endsWith(".ts");
  const file = path.join(__dirname, ts ? "findings-worker.ts" : "findings-worker.js");
  return ts ? { file, execArgv: ["--require", require.resolve("tsx/cjs"), ...process.execArgv] } : { file };
}

/**
 * Starts rendering the report's findings in a worker thread, where that pays (an audit engine's
 * list of at least MIN_FINDINGS); `t` must be the CLI's createT(lang). The list's columns move to
 * the worker: it cannot be read here any more. The result gives the pieces, in order (blocking
 * until each has come), and stops the worker if the report is not written to the end. Undefined:
 * the findings stay in this thread.
 */
export function findingsInThread(a: AuditReport, lang: Lang, minFindings = MIN_FINDINGS, pieceBytes = PIECE_BYTES): { pieces: () => Iterable<Uint8Array>; stop: () => void } | undefined {
  if (a.findings.length < minFindings) return undefined;
  const parts = a.findings.parts?.();
  if (parts === undefined) return undefined;
  const { port1, port2 } = new MessageChannel();
  const flags = new Int32Array(new SharedArrayBuffer(8));
  const { file, execArgv } = workerScript();
  const slot = slotBytes(pieceBytes);
  const slots = new SharedArrayBuffer(SLOTS * slot);
  const setup: FindingsWorkerSetup = { lang, parts, port: port2, flags: flags.buffer as SharedArrayBuffer, slots, pieceBytes };
  let worker: Worker;
  try {
    // (the findings' columns are moved, not copied: this thread writes them no more; a small young
    // generation: the worker's garbage is short-lived, and every MB of it would be resident)
    worker = new Worker(file, { workerData: setup, transferList: [port2, ...parts.transfer], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB }, ...(execArgv ? { execArgv } : {}) });
  } catch {
    port1.close();
    return undefined;
  }
  // (the worker's end or failure is read from its messages: no event of it keeps the process up; a
  // worker that cannot even load sends none, and the writer gives up after STALLED_MS)
  worker.unref();
  worker.on("error", () => {});
  let finished = false;
  const stop = () => {
    if (finished) return;
    finished = true;
    port1.close();
    void worker.terminate();
  };
  function* pieces(): Generator<Uint8Array> {
    try {
      let last = Date.now();
      for (;;) {
        const m = receiveMessageOnPort(port1)?.message as FindingsWorkerMessage | undefined;
        if (m === undefined) {
          if (Date.now() - last > STALLED_MS) throw new Error("Invariant failed: the findings thread sent nothing for a minute");
          // nothing sent yet: wait for the counter to move (the worker adds to it after each message)
          if (Atomics.load(flags, 0) === 0) Atomics.wait(flags, 0, 0, 1000);
          else Atomics.wait(flags, 1, 0, 1);
          continue;
        }
        last = Date.now();
        Atomics.sub(flags, 0, 1);
        Atomics.notify(flags, 0);
        if ("error" in m) throw new Error(m.error);
        if ("done" in m) return;
        yield "slot" in m ? new Uint8Array(slots, m.slot * slot, m.length) : new Uint8Array(m.piece);
      }
    } finally {
      stop();
    }
  }
  return { pieces, stop };
}

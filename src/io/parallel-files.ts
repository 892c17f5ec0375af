/**
 * writeFilesAtomic for a long-running writer that rewrites many files at once (the workbench
 * server: each batch of saves rewrites the translations/ file of every document it touched).
 *
 * Replacing a file by rename is not free: on ext4 (auto_da_alloc) renaming a freshly written file
 * over an existing one starts writing the new file's data out, and the call waits for the disk
 * queue — measured here at 0.2–1 ms a file, most of it waiting, not computing. One after another,
 * eighteen files hold the server for that many milliseconds. This writer does the same steps as
 * writeFilesAtomic — every file written in full to a temporary file beside it, only then all renamed
 * into place; a failure while writing leaves every target as it was and removes the temporary
 * files — but the writes, then the renames, run side by side on Node's I/O threads (from a worker
 * thread), while the calling thread waits for them (Atomics.wait): the wait is the slowest file, not
 * the sum. The caller still returns only once every file is in place, so what it does next (commit,
 * answer) comes after the files, as with writeFilesAtomic.
 */
import * as fs from "node:fs";
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { ioError, SelarasError } from "../errors";
import { noteReplacing, writeFilesAtomic, writeTemporaries } from "./files";

/** The worker: renames the files side by side; a failed rename's temporary file is removed. */
export const WRITER_WORKER = `
const { workerData } = require("node:worker_threads");
const fs = require("node:fs");
const { port, flag } = workerData;
const done = new Int32Array(flag);
port.on("message", ({ jobs }) => {
  const failed = new Array(jobs.length).fill(null);
  let left = jobs.length;
  const finish = () => {
    const i = failed.findIndex((e) => e !== null);
    port.postMessage(i === -1 ? { ok: true } : { index: i, code: failed[i].code, message: String(failed[i].message) });
    Atomics.store(done, 0, 1);
    Atomics.notify(done, 0);
  };
  jobs.forEach((j, i) => fs.rename(j.tmp, j.file, (e) => {
    if (!e) { if (--left === 0) finish(); return; }
    failed[i] = e;
    fs.rm(j.tmp, { force: true }, () => { if (--left === 0) finish(); });
  }));
});
// a worker that stops (an error of its own) wakes the waiting thread instead of leaving it to time out
process.on("exit", () => { Atomics.store(done, 0, 1); Atomics.notify(done, 0); });
`;

/** Longest wait for the worker (a disk this slow is failing): then the batch fails, as a full disk would make it. */
const WAIT_MS = 120_000;

export interface ParallelWriterOptions {
  /** Longest wait for a batch's renames, in milliseconds (default 120 s): then `io-write-timeout`. */
  waitMs?: number;
  /**
   * The worker thread's source (default WRITER_WORKER). Only for tests, to make the worker stop the
   * way a failing one would (test/io/parallel-files.test.ts); nothing in src or the CLI sets it.
   */
  workerSource?: string;
}

type Outcome = { ok: true } | { ok?: false; index: number; code?: string; message: string };

export interface ParallelWriter {
  /** writeFilesAtomic, the files written and renamed side by side. */
  writeAll(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void;
  /** Stops the worker (the writer falls back to writeFilesAtomic if used again). */
  close(): void;
}

/**
 * A writer that fails with `io-write-timeout` {file, files, seconds} when the renames of a batch do
 * not finish in time (some of the files may then be the new version, some the old), and with
 * `io-writer-stopped` {file, files} when its worker thread stopped without an answer. Either way the
 * worker is let go: the next batch starts a new one, so a late answer cannot pass for its own.
 */
export function createParallelWriter(options: ParallelWriterOptions = {}): ParallelWriter {
  const waitMs = options.waitMs ?? WAIT_MS;
  const source = options.workerSource ?? WRITER_WORKER;
  let worker: Worker | undefined;
  let port: MessagePort | undefined;
  let done: Int32Array | undefined;
  let closed = false;
  const start = () => {
    const channel = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    const w = new Worker(source, { eval: true, workerData: { port: channel.port2, flag }, transferList: [channel.port2] });
    // A worker that dies of an error of its own during a batch wakes the waiting thread (its exit
    // handler), which fails the batch with io-writer-stopped. One that dies between batches is let go
    // when this thread hears of it, so the next batch starts a new one instead of waiting for the
    // dead one to time out; its error, unheard, would stop this process.
    w.on("error", () => {});
    w.on("exit", () => { if (worker === w) stop(); });
    w.unref();
    worker = w;
    port = channel.port1;
    done = new Int32Array(flag);
  };
  const stop = () => {
    void worker?.terminate();
    port?.close();
    worker = undefined;
  };
  return {
    writeAll(files) {
      // One file, or after close: nothing to overlap.
      if (files.length < 2 || closed) return writeFilesAtomic(files);
      // Every temporary file written in full first (all or none), as writeFilesAtomic does.
      const jobs = writeTemporaries(files);
      try {
        for (const j of jobs) noteReplacing(j.file);
      } catch (e) {
        for (const j of jobs) fs.rmSync(j.tmp, { force: true });
        throw e;
      }
      if (!worker) start();
      Atomics.store(done!, 0, 0);
      port!.postMessage({ jobs });
      const waited = Atomics.wait(done!, 0, 0, waitMs);
      const outcome = waited === "timed-out" ? undefined : receiveMessageOnPort(port!)?.message as Outcome | undefined;
      if (!outcome) {
        stop();
        // the batch's temporary files, removed when the disk answers again (without waiting for it:
        // a rename still on its way then fails, or the removal finds the file gone — either way each
        // target is its old or its new version, and no temporary file stays behind)
        for (const j of jobs) fs.rm(j.tmp, { force: true }, () => {});
        const data = { file: files[0]![0], files: files.length };
        throw waited === "timed-out" ? new SelarasError("io-write-timeout", { ...data, seconds: waitMs / 1000 }) : new SelarasError("io-writer-stopped", data);
      }
      if (outcome.ok) return;
      throw ioError(Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {}), files[outcome.index]![0]);
    },
    close() {
      closed = true;
      stop();
    },
  };
}

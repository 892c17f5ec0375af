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
import { MessageChannel, Worker, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import { ioError } from "../errors";
import { writeFilesAtomic, writeTemporaries } from "./files";

/** The worker: renames the files side by side; a failed rename's temporary file is removed. */
const WORKER = `
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
`;

/** Longest wait for the worker (a disk this slow is failing): then the batch fails, as a full disk would make it. */
const WAIT_MS = 120_000;

type Outcome = { ok: true } | { ok?: false; index: number; code?: string; message: string };

export interface ParallelWriter {
  /** writeFilesAtomic, the files written and renamed side by side. */
  writeAll(files: ReadonlyArray<readonly [string, string | Uint8Array]>): void;
  /** Stops the worker (the writer falls back to writeFilesAtomic if used again). */
  close(): void;
}

export function createParallelWriter(): ParallelWriter {
  let worker: Worker | undefined;
  let port: MessagePort | undefined;
  let done: Int32Array | undefined;
  let closed = false;
  const start = () => {
    const channel = new MessageChannel();
    const flag = new SharedArrayBuffer(4);
    worker = new Worker(WORKER, { eval: true, workerData: { port: channel.port2, flag }, transferList: [channel.port2] });
    worker.unref();
    port = channel.port1;
    done = new Int32Array(flag);
  };
  return {
    writeAll(files) {
      // One file, or after close: nothing to overlap.
      if (files.length < 2 || closed) return writeFilesAtomic(files);
      // Every temporary file written in full first (all or none), as writeFilesAtomic does.
      const jobs = writeTemporaries(files);
      if (!worker) start();
      Atomics.store(done!, 0, 0);
      port!.postMessage({ jobs });
      if (Atomics.wait(done!, 0, 0, WAIT_MS) === "timed-out") throw new Error(`file writer: no answer in ${WAIT_MS / 1000} s`);
      const outcome = receiveMessageOnPort(port!)?.message as Outcome | undefined;
      if (!outcome) throw new Error("file writer: no answer");
      if (outcome.ok) return;
      throw ioError(Object.assign(new Error(outcome.message), outcome.code ? { code: outcome.code } : {}), files[outcome.index]![0]);
    },
    close() {
      closed = true;
      void worker?.terminate();
      port?.close();
      worker = undefined;
    },
  };
}

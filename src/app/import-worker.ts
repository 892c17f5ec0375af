/**
 * Worker-thread entry of a large import (./import-feed.ts): reads and parses the input files and
 * sends the units in packed batches, staying at most AHEAD batches ahead of the importing thread.
 */
import { workerData, type MessagePort } from "node:worker_threads";
import { SelarasError } from "../errors";
import { formats, type ParallelUnit } from "../formats";
import { AHEAD, BATCH, CTL_ABORT, CTL_SENT, CTL_TAKEN, packUnits, readFiles, type WorkerMessage } from "./import-feed";

const { format, files, ctl, port } = workerData as { format: string; files: Record<string, string>; ctl: Int32Array; port: MessagePort };

class Aborted extends Error {}

let sent = 0;
const send = (m: WorkerMessage): void => {
  port.postMessage(m);
  sent++;
  Atomics.store(ctl, CTL_SENT, sent);
  Atomics.notify(ctl, CTL_SENT);
};

let batch: ParallelUnit[] = [];
let bytes = 0;
const flush = (): void => {
  if (batch.length === 0) return;
  send({ units: packUnits(batch, bytes) });
  batch = [];
  // Room: at most AHEAD batches not yet taken by the importing thread.
  for (let taken = Atomics.load(ctl, CTL_TAKEN); sent - taken > AHEAD; taken = Atomics.load(ctl, CTL_TAKEN)) {
    if (Atomics.load(ctl, CTL_ABORT)) throw new Aborted();
    Atomics.wait(ctl, CTL_TAKEN, taken, 1000);
  }
  if (Atomics.load(ctl, CTL_ABORT)) throw new Aborted();
};

try {
  readFiles(formats[format]!, files, (u) => { batch.push(u); if (batch.length >= BATCH) flush(); }, (b) => { bytes = b; });
  flush();
  send({ end: true, bytes });
} catch (e) {
  if (!(e instanceof Aborted)) {
    const err = e as Error;
    send({
      error: e instanceof SelarasError
        ? { kind: err.constructor.name, code: e.code, data: e.data as Record<string, unknown>, message: err.message }
        : { kind: "Error", message: String(err?.stack ?? err?.message ?? e) },
    });
  }
}

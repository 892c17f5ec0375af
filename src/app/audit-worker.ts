/**
 * Worker-thread entry of the parallel audit (./audit-workers.ts). Reading a database, it first
 * opens it and begins its read transaction, before anything else is loaded: the main thread holds
 * writers off until every worker has (src/store/snapshot.ts), so that all read one snapshot. Then
 * it serves chunks (serveWorker).
 */
import { parentPort, workerData } from "node:worker_threads";
import { openSnapshotReader, type SnapshotReader } from "../store/snapshot";
import type { WorkerSetup } from "./audit-workers";

const setup = workerData as WorkerSetup;
let reader: SnapshotReader | undefined;
if (setup.db) {
  const flags = new Int32Array(setup.db.flags);
  try {
    reader = openSnapshotReader(setup.db.file);
    Atomics.store(flags, setup.db.slot, 1);
  } catch {
    // (the main thread then reads for this worker)
    Atomics.store(flags, setup.db.slot, 2);
  }
  Atomics.notify(flags, setup.db.slot);
}
// loaded once the snapshot is taken
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { serveWorker } = require("./audit-workers") as typeof import("./audit-workers");
serveWorker(parentPort!, setup, reader);

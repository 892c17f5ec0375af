/**
 * An export download off the server's thread (./export-routes.ts): a corpus export takes seconds
 * (1,000,000 units: ~7 s), and the server would answer nobody meanwhile. This worker opens the
 * database read-only and runs the same app function as `selaras export` (exportParallel) into the
 * route's temporary file, then posts the number of units or the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { exportParallel, type ExportOptions } from "../app/export";
import { openProject } from "../app/project";
import { replyOf } from "./worker-job";

export interface ExportJob { readonly dbFile: string; readonly options: ExportOptions }

const job = workerData as ExportJob;
parentPort!.postMessage(replyOf(() => {
  const store = openProject(job.dbFile, { readonly: true });
  try {
    return exportParallel(store, job.options).units;
  } finally {
    store.close();
  }
}));

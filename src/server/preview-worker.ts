/**
 * The glossary preview off the server's thread: re-checking every rendering twice (with and without
 * the new concept) takes seconds on a large corpus, and the server would answer nobody meanwhile.
 * This worker opens the database read-only and runs the same app function as the route would
 * (addConcept with dryRun, `selaras glossary add --dry-run`), then posts the result or the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { addConcept, conceptFromFields, type ConceptFields } from "../app/glossary";
import { openProject } from "../app/project";
import { replyOf } from "./worker-job";

export interface PreviewJob { readonly dbFile: string; readonly dir: string; readonly file: string; readonly concept: ConceptFields }

const job = workerData as PreviewJob;
parentPort!.postMessage(replyOf(() => {
  const store = openProject(job.dbFile, { readonly: true });
  try {
    return addConcept(store, conceptFromFields(job.concept), { dir: job.dir, file: job.file, dryRun: true, now: new Date().toISOString() });
  } finally {
    store.close();
  }
}));

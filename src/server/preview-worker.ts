/**
 * The glossary preview off the server's thread: re-checking every rendering twice (with and without
 * the new concept) takes seconds on a large corpus, and the server would answer nobody meanwhile.
 * This worker opens the database read-only and runs the same app function as the route would
 * (addConcept, setConcept or removeConcept with dryRun: `selaras glossary add|set|remove --dry-run`),
 * then posts the result or the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { addConcept, changesFromEdit, conceptFromFields, removeConcept, setConcept, type ConceptEdit, type ConceptFields } from "../app/glossary";
import { openProject } from "../app/project";
import { replyOf } from "./worker-job";

/** A new concept (add), an edit of concept `id` (set), or its removal. */
export type PreviewJob = { readonly dbFile: string; readonly dir: string } & (
  | { readonly kind?: "add"; readonly file: string; readonly concept: ConceptFields }
  | { readonly kind: "set"; readonly id: string; readonly edit: ConceptEdit }
  | { readonly kind: "remove"; readonly id: string });

const job = workerData as PreviewJob;
parentPort!.postMessage(replyOf(() => {
  const store = openProject(job.dbFile, { readonly: true });
  try {
    const options = { dir: job.dir, dryRun: true, now: new Date().toISOString() };
    if (job.kind === "set") return setConcept(store, job.id, changesFromEdit(job.edit), options);
    if (job.kind === "remove") return removeConcept(store, job.id, options);
    return addConcept(store, conceptFromFields(job.concept), { ...options, file: job.file });
  } finally {
    store.close();
  }
}));

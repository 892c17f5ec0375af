/**
 * The glossary preview off the server's thread: re-checking every rendering twice (with and without
 * the new concept) takes seconds on a large corpus, and the server would answer nobody meanwhile.
 * This worker opens the database read-only and runs the same app function as the route would
 * (addConcept with dryRun, `selaras glossary add --dry-run`), then posts the result or the error.
 */
import { parentPort, workerData } from "node:worker_threads";
import { addConcept, conceptFromFields, type ConceptFields } from "../app/glossary";
import { openProject } from "../app/project";
import { isSelarasError } from "../errors";

export interface PreviewJob { readonly dbFile: string; readonly dir: string; readonly file: string; readonly concept: ConceptFields }
export type PreviewReply =
  | { readonly ok: true; readonly result: ReturnType<typeof addConcept> }
  | { readonly ok: false; readonly kind: string; readonly code: string; readonly data: Record<string, unknown>; readonly message: string };

const job = workerData as PreviewJob;
let reply: PreviewReply;
try {
  const store = openProject(job.dbFile, { readonly: true });
  try {
    reply = { ok: true, result: addConcept(store, conceptFromFields(job.concept), { dir: job.dir, file: job.file, dryRun: true, now: new Date().toISOString() }) };
  } finally {
    store.close();
  }
} catch (e) {
  reply = isSelarasError(e)
    ? { ok: false, kind: e.constructor.name, code: e.code, data: { ...e.data }, message: e.message }
    : { ok: false, kind: "Error", code: "internal", data: {}, message: String((e as Error)?.message ?? e) };
}
parentPort!.postMessage(reply);

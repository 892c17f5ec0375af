/**
 * A server job off the server's own thread (a glossary preview, an export): an app function run in
 * a worker thread on its own read-only connection, so that the server keeps answering the team
 * meanwhile. The worker's script answers once (replyOf); runInWorker rethrows its error with its
 * class and code, and stops the worker when the asker goes away (`signal`, see gone) or the job takes
 * longer than `timeoutMs`; a worker that ends without an answer fails the job. None is left running
 * with nobody waiting for it.
 */
import { Worker } from "node:worker_threads";
import type { FastifyReply } from "fastify";
import { workerScript } from "../app/worker-script";
import * as errors from "../errors";
import { isSelarasError, SelarasError } from "../errors";
import type { Store } from "../store";

/** A worker job's one answer: its result, or its error as data (class name, code, data). */
export type JobReply<T> =
  | { readonly ok: true; readonly result: T }
  | { readonly ok: false; readonly kind: string; readonly code: string; readonly data: Record<string, unknown>; readonly message: string };

/** The answer of `fn` as a worker posts it. */
export function replyOf<T>(fn: () => T): JobReply<T> {
  try {
    return { ok: true, result: fn() };
  } catch (e) {
    return isSelarasError(e)
      ? { ok: false, kind: e.constructor.name, code: e.code, data: { ...e.data }, message: e.message }
      : { ok: false, kind: "Error", code: "internal", data: {}, message: String((e as Error)?.message ?? e) };
  }
}

/** The error codes of a job's failures: it took too long, its asker went away, its worker ended without an answer. */
export interface JobCodes { readonly timeout: string; readonly cancelled: string; readonly stopped: string }

/** Runs the worker script `name` (beside this module) with `job` as its workerData; resolves with its result. */
export function runInWorker<T>(name: string, job: unknown, o: { signal: AbortSignal; timeoutMs: number; codes: JobCodes }): Promise<T> {
  const { file, execArgv } = workerScript(__dirname, name);
  const { signal, timeoutMs, codes } = o;
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
    let done = false;
    const end = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener("abort", abort);
      fn();
    };
    const stop = (e: SelarasError) => end(() => { void w.terminate(); reject(e); });
    const abort = () => stop(new SelarasError(codes.cancelled, {}));
    const timer = setTimeout(() => stop(new SelarasError(codes.timeout, { seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
    if (signal.aborted) { abort(); return; }
    signal.addEventListener("abort", abort);
    w.once("message", (m: JobReply<T>) => end(() => {
      if (m.ok) { resolve(m.result); return; }
      const Kind = (errors as unknown as Record<string, new (code: string, data: Record<string, unknown>) => SelarasError>)[m.kind];
      reject(Kind && Kind.prototype instanceof SelarasError ? new Kind(m.code, m.data) : new Error(m.message));
    }));
    w.once("error", (e) => end(() => reject(e)));
    w.once("exit", (code) => end(() => reject(new SelarasError(codes.stopped, { code }))));
  });
}

/** The database file a worker thread can open a connection of its own to; null for one in memory (the job then runs here). */
export function workerDbFile(store: Store): string | null {
  const file = store.db.name;
  return file && file !== ":memory:" ? file : null;
}

/** Aborted when the connection closes before the answer was sent (the asker went away). */
export function gone(reply: FastifyReply): AbortSignal {
  const c = new AbortController();
  reply.raw.once("close", () => { if (!reply.raw.writableEnded) c.abort(); });
  return c.signal;
}

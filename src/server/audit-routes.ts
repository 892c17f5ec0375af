/**
 * The workbench's audit route: `GET /api/audit` runs the one audit engine (`auditDatabase`, the
 * function `selaras audit` calls) over every rendering in the database and answers its report as
 * JSON (`selaras audit --format json` without the rendered messages: the page words them through
 * i18next). The page renders it (views/Audit.tsx) with every finding linked to its unit: the CLI's
 * HTML report carries inline CSS and script, which the workbench's Content-Security-Policy forbids.
 *
 * The audit's chunks are audited in worker threads only, so this thread keeps answering the team's
 * other requests meanwhile. A shared server runs one audit at a time (an audit takes every core's
 * worker threads and holds its report in memory): a request that comes while one runs waits for it
 * to end and then gets the next run, one run for every request that came meanwhile. So each answer
 * is an audit started after its request came (it sees every save made before it), and a team
 * pressing "audit" together costs two runs, not one per person.
 */
import type { FastifyInstance } from "fastify";
import { auditDatabase } from "../app/audit";
import type { RouteContext } from "./route-context";

type Answer = ReturnType<typeof answerOf>;

function answerOf(r: Awaited<ReturnType<typeof auditDatabase>>) {
  return { ...r.audit, findings: [...r.audit.findings], glossary: r.glossary, suppressions: { lapsed: r.suppressions.lapsed.length, unused: r.suppressions.unused.length } };
}

export function registerAuditRoutes(app: FastifyInstance, ctx: RouteContext): void {
  /** The run under way, and the one the requests that came during it wait for. */
  let running: Promise<Answer> | null = null;
  let next: Promise<Answer> | null = null;
  const start = (): Promise<Answer> => {
    // (the chunks audited in worker threads only: this thread, which answers every other request,
    // only hands them out and merges; measured on 200,000 pairs, other requests during an audit
    // took a median 2 ms instead of 43-52 ms, the audit 10-25% longer: docs/workbench.md)
    const run = auditDatabase(ctx.store, { root: ctx.root ?? ".", mainThreadAudits: false }).then(answerOf);
    running = run;
    const clear = () => { if (running === run) running = null; };
    run.then(clear, clear);
    return run;
  };
  const audit = (): Promise<Answer> => {
    // (a run about to start after the one under way: this request's too)
    if (next !== null) return next;
    if (running === null) return start();
    // (after the run under way, whether it succeeded or failed: its failure is its own requests')
    const settle = () => { next = null; return start(); };
    next = running.then(settle, settle);
    return next;
  };
  app.get("/api/audit", audit);
}

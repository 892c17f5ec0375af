/**
 * The workbench's audit route: `GET /api/audit` runs the one audit engine (`auditDatabase`, the
 * function `selaras audit` calls) over every rendering in the database and answers its report as
 * JSON (`selaras audit --format json` without the rendered messages: the page words them through
 * i18next). The page renders it (views/Audit.tsx) with every finding linked to its unit: the CLI's
 * HTML report carries inline CSS and script, which the workbench's Content-Security-Policy forbids.
 */
import type { FastifyInstance } from "fastify";
import { auditDatabase } from "../app/audit";
import type { RouteContext } from "./route-context";

export function registerAuditRoutes(app: FastifyInstance, ctx: RouteContext): void {
  app.get("/api/audit", async () => {
    const r = await auditDatabase(ctx.store, { root: ctx.root ?? "." });
    return { ...r.audit, findings: [...r.audit.findings], glossary: r.glossary, suppressions: { lapsed: r.suppressions.lapsed.length, unused: r.suppressions.unused.length } };
  });
}

/** What the route files (glossary-routes, audit-routes, export-routes) get from buildServer. */
import type { FastifyRequest } from "fastify";
import type { Lang } from "../i18n";
import type { Store } from "../store";
import type { Actor } from "../translations/lifecycle";

export interface RouteContext {
  readonly store: Store;
  /** Project folder (glossary/, translations/); undefined: the server's working folder. */
  readonly root?: string;
  /** How long the last audit's report is kept for its pages (ServerOptions.auditKeepMs). */
  readonly auditKeepMs?: number;
  /** How long a glossary preview may take (ServerOptions.previewTimeoutMs). */
  readonly previewTimeoutMs?: number;
  /** Who is asking (the local user without users; null: nobody logged in). */
  who(req: FastifyRequest): { readonly name: string; readonly role: Actor } | null;
  /** Rebuilds the helper (glossary hints, `createAssist`) after the glossary changed. */
  reloadAssist(): void;
  /** A finding's message as the page words it in `lang` (its own i18next resources, pageResources). */
  findingText(lang: Lang, f: { checkId: string; messageId: string; data?: unknown }): string;
  /** Tells the pages that many units of a document changed through this server (see LiveHub.documentChanged). */
  documentChanged(document: string): void;
}

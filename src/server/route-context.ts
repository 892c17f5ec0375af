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
  /** Pairs per chunk of the audit (ServerOptions.auditChunkSize). */
  readonly auditChunkSize?: number;
  /** How long a glossary preview may take (ServerOptions.previewTimeoutMs). */
  readonly previewTimeoutMs?: number;
  /** Who is asking (the local user without users; null: nobody logged in). */
  who(req: FastifyRequest): { readonly name: string; readonly role: Actor } | null;
  /** Rebuilds the helper (glossary hints, `createAssist`) after the glossary changed. */
  reloadAssist(): void;
  /** A finding's message as the page words it in `lang` (its own i18next resources, pageResources). */
  findingText(lang: Lang, f: { checkId: string; messageId: string; data?: unknown }): string;
  /** A check's name as the page shows it in `lang` (web.check-name; its id when it has none). */
  checkName(lang: Lang, checkId: string): string;
  /** Tells the pages that many units of a document changed through this server (see LiveHub.documentChanged). */
  documentChanged(document: string): void;
}

/**
 * The response header naming the change mark (store.changeKey) a page's first read was answered at:
 * the live stream's `hello` says the mark it starts at, and a page whose read saw another reads again (live.ts).
 */
export const CHANGE_HEADER = "x-selaras-change";

// (query strings are strings: the server coerces nothing, so counts are patterns)
/** A query's page size: 1–10,000. */
export const QUERY_LIMIT = { type: "string", pattern: "^(?:[1-9][0-9]{0,3}|10000)$" } as const;
/** A query's offset: up to 9 digits. */
export const QUERY_OFFSET = { type: "string", pattern: "^[0-9]{1,9}$" } as const;

/**
 * The workbench's HTTP server (`selaras serve`): Fastify (schema-validated JSON routes, in-process
 * `inject` for tests). Thin like the CLI: each /api route calls one app-layer function, the same
 * ones the CLI calls (documentStatus, documentUnits, setUnit, unitHelp, renderingHistory, join /
 * unjoin through inStep), and maps thrown SelarasErrors to HTTP statuses with `{code, data}` bodies.
 *
 * Security from the start:
 *   - every response carries a restrictive Content-Security-Policy (scripts and styles from this
 *     origin only, no inline code, no framing), nosniff and no-referrer;
 *   - every state-changing request (anything but GET/HEAD) must carry the per-server CSRF token
 *     (`x-selaras-csrf`, given to the page in a meta tag) and, when the browser sends them, an
 *     Origin equal to the server's and `Sec-Fetch-Site: same-origin`;
 *   - the Host header is checked against the addresses the server listens on (no DNS rebinding);
 *   - the page renders every text through Preact (escaped); the HTML shell holds no corpus text.
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import Fastify, { type FastifyInstance, type FastifyReply } from "fastify";
import { documentUnits, inStep } from "../app/lifecycle";
import { createSaveQueue, type Saved } from "./saves";
import { createStatusCache } from "./status-cache";
import { createLiveHub, registerLiveRoutes, type DraftedRecord } from "./live";
import { joinUnits, unjoinUnit } from "../app/segments";
import { renderingHistory, showUnit } from "../app/translate";
import { shownFile } from "../app/translations";
import { changedUnit, editorUnit, unitHelp, unitSummary } from "../app/workbench";
import { access, ACTIONS, authorize, login, sessionSecret, sessionUser, USER_ROLES, type Action, type UserRole } from "../app/users";
import { registerAlignRoutes } from "./align-routes";
import { clearSessionCookie, readCookie } from "../app/session-cookie";
import { createAssist, type Assist } from "../app/assist";
import { DEFAULT_GLOSSARY_DIR, glossaryFolderState } from "../app/glossary-source";
import { syncGlossaryIfChanged } from "../app/glossary";
import { checkMessageTree } from "../check";
import { wordDiff } from "../diff/word-diff";
import { AuthError, ConflictError, ForbiddenError, NotFoundError, ParseError, FormatError, UsageError, StoreError, isSelarasError } from "../errors";
import { createTOfTree, loadResources, LANGS, type Lang, type TFunction } from "../i18n";
import type { Store } from "../store";
import type { Actor } from "../translations/lifecycle";
import { registerEditorRoutes } from "./editor-routes";
import { requestProblem } from "./request-errors";
import { createTranslationsWatch } from "./translations-watch";
import { registerGlossaryRoutes } from "./glossary-routes";
import { registerAuditRoutes } from "./audit-routes";
import { registerExportRoutes } from "./export-routes";
import { CHANGE_HEADER, type RouteContext } from "./route-context";
import { startTmCatchUp, TM_SYNC_SLICE } from "../app/tm-catch-up";

export interface ServerOptions {
  readonly store: Store;
  /** Project folder whose translations/ files are kept in step (see projectRoot). */
  readonly root?: string;
  /** Who saves (the local user when no users are configured) and as which actor. */
  readonly author: string;
  readonly actor?: Actor;
  /** Interface language the page starts in. */
  readonly lang?: Lang;
  /** Host headers accepted (`127.0.0.1:4173`, `localhost:4173`); none given: not checked (in-process tests). */
  readonly allowedHosts?: readonly string[];
  /** CSRF token (random per server when not given). */
  readonly csrfToken?: string;
  /** Folder of the built page (app.js, app.css); default: dist/web. */
  readonly assetsDir?: string;
  /** How long the last audit's report is kept for its pages after it was last asked of (default 15 minutes; see audit-routes.ts). */
  readonly auditKeepMs?: number;
  /** Pairs per chunk of the audit (default 5,000; a corpus of one chunk is audited on the server's thread); for tests. */
  readonly auditChunkSize?: number;
  /** How long a glossary preview (in its worker thread) may take before it is stopped (default 10 minutes; see glossary-routes.ts). */
  readonly previewTimeoutMs?: number;
  /** Fold the translation memory's logged changes in the background (`selaras serve`; see tm-catch-up.ts). */
  readonly tmCatchUp?: boolean;
  /**
   * Once listening, count the dashboard's documents and make the saves' checks ready (`selaras
   * serve`): the first person after a restart then does not wait for them (200,000 pairs: ~0.5 s
   * alone, 1.3 s at a load of 20, before their dashboard answered).
   */
  readonly warmUp?: boolean;
}

export const CSP = [
  "default-src 'none'", "script-src 'self'", "style-src 'self'", "img-src 'self' data:", "connect-src 'self'",
  "font-src 'self'", "base-uri 'none'", "form-action 'self'", "frame-ancestors 'none'",
].join("; ");

export const CSRF_HEADER = "x-selaras-csrf";
/**
 * The change mark (store.changeKey) a unit list, the dashboard's counts, the glossary's list or an
 * audit were read at, sent with them (route-context.ts); the live stream's `hello` carries the mark
 * at its start, and a page re-reads only when they differ (a save landed between its first read and
 * its stream: src/web/client/live.ts).
 */
export { CHANGE_HEADER };
/** How often a request may look at the glossary/ folder's files, and how long they must be still before they are read (lookAtFolder in buildServer). */
export const FOLDER_LOOK_MS = 500;
export const FOLDER_SETTLE_MS = 300;
export const SESSION_COOKIE = "selaras_session";

/** Where the esbuild bundle is: dist/web next to dist/src (compiled) or from src (ts-jest). */
export function defaultAssetsDir(): string {
  const candidates = [path.resolve(__dirname, "../../web"), path.resolve(__dirname, "../../dist/web")];
  return candidates.find((c) => fs.existsSync(path.join(c, "app.js"))) ?? candidates[candidates.length - 1]!;
}

/** HTTP status for an error the app layer threw on purpose. */
export function statusOf(e: unknown): number {
  if (e instanceof ConflictError) return 409;
  if (e instanceof NotFoundError) return 404;
  if (e instanceof AuthError) return 401;
  if (e instanceof ForbiddenError) return 403;
  if (e instanceof UsageError) {
    if (e.code === "transition-refused") return 403;
    if (e.code === "translations-file-changed" || e.code === "translations-file-unread") return 409;
    return 400;
  }
  if (e instanceof ParseError || e instanceof FormatError) return 400;
  if (isSelarasError(e) && (e.code === "preview-timeout" || e.code === "export-timeout")) return 503;
  return 500;
}

const unitBody = {
  type: "object",
  additionalProperties: false,
  required: ["target", "baseRevision"],
  properties: {
    target: { type: "string", maxLength: 100000 },
    baseRevision: { type: "integer", minimum: 0 },
    /** The Indonesian the English was written for (the unit's `source` as read): another one now is 409 `unit-source-changed`. */
    source: { type: "string", maxLength: 1000000 },
    confirm: { type: "boolean", default: false },
    /** Confirm to `reviewed` (review mode) instead of `translated`. */
    review: { type: "boolean", default: false },
    accept: { type: "string", maxLength: 2000 },
    note: { type: "string", maxLength: 2000 },
  },
} as const;

interface UnitBody { target: string; baseRevision: number; source?: string; confirm: boolean; review: boolean; accept?: string; note?: string }

/** The i18next resources the page needs: its own words, error messages, check messages. */
export function pageResources(lang: Lang): Record<string, unknown> {
  const all = loadResources(lang) as Record<string, unknown>;
  const check = all.check ?? (lang === "en" ? checkMessageTree().check : {});
  // The audit page words its report with the CLI's own audit words (`cli.audit.*`).
  const audit = (all.cli as Record<string, unknown> | undefined)?.audit ?? {};
  return { web: all.web ?? {}, error: all.error ?? {}, check, cli: { audit } };
}

function shell(token: string, lang: Lang): string {
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="selaras-csrf" content="${token}">
<meta name="selaras-lang" content="${lang}">
<title>Selaras</title>
<link rel="stylesheet" href="/assets/app.css">
</head>
<body>
<div id="app"></div>
<script src="/assets/app.js"></script>
</body>
</html>
`;
}

export function buildServer(o: ServerOptions): FastifyInstance {
  // Strict validation: unknown fields and wrong types are refused (400), never stripped or coerced.
  const app = Fastify({ logger: false, bodyLimit: 1024 * 1024, ajv: { customOptions: { removeAdditional: false, coerceTypes: false } } });
  const { store } = o;
  const token = o.csrfToken ?? crypto.randomBytes(24).toString("hex");
  const lang: Lang = o.lang ?? "en";
  const assets = o.assetsDir ?? defaultAssetsDir();
  const actor: Actor = o.actor ?? "admin";
  // Read at each request: startServer fills it in once the port is known.
  const allowed = o.allowedHosts;
  // The glossary helper (the unit help's and document terms' hints): made again when the database's
  // glossary changed (store.glossary.changeKey: a `glossary sync` beside the server, an edit from the
  // page), as the saves' checks are; POST /api/reload makes it again whatever changed (a folder's glossary).
  const glossaryKey = (): string | undefined => { try { return store.glossary.changeKey(); } catch { return undefined; } };
  // (the glossary/ folder as it was when the helper was made: see lookAtFolder)
  const folder = o.root !== undefined ? path.join(o.root, DEFAULT_GLOSSARY_DIR) : undefined;
  let folderKey = folder !== undefined ? glossaryFolderState(folder).key : "-";
  let assist = createAssist(store, o.root);
  let assistKey = glossaryKey();
  const reloadAssist = (): void => {
    assistKey = glossaryKey();
    if (folder !== undefined) folderKey = glossaryFolderState(folder).key;
    assist = createAssist(store, o.root);
    // (the pages read their terms and findings again: live.ts `glossary`)
    live.glossaryChanged();
  };
  // Saves: batched per event-loop turn, one gate kept while the database is unchanged (src/server/saves.ts).
  // (the dashboard's counts: counted again for the documents this server changed, which the live hub announces)
  const status = createStatusCache(store);
  // (at every poll while anyone listens: the glossary's files and key looked at, so that a change is
  // announced — the pages' term highlights and findings follow it — with nobody asking for help)
  const live = createLiveHub(store, (documentOrRef) => status.touched(documentOrRef), (documents) => { if (documents === "all") lookAtTranslations?.all(); else for (const d of documents) lookAtTranslations?.(d); }, () => { currentAssist(); });
  const saves = createSaveQueue(store, o.root, (results) => live.unitsSaved(results));
  /**
   * A glossary kept only in the project's glossary/ folder (the database holds none: the hints and
   * the saves' checks read the folder) changes under the server, by hand or by `git pull`: its files'
   * names, sizes and times are looked at, at most every FOLDER_LOOK_MS, by the requests that use the
   * glossary (unit help, a document's terms and findings, a save). A change is taken once no file
   * was written for FOLDER_SETTLE_MS (a file being written is not read half-way); the helper is made
   * again and the saves' gate at the next save. A folder that does not load (a conflict left by a
   * merge, a bad row) keeps the glossary before it — hints and saves go on — until it changes again.
   */
  let folderLooked = -Infinity;
  const lookAtFolder = (): void => {
    if (folder === undefined) return;
    const now = Date.now();
    if (now - folderLooked < FOLDER_LOOK_MS) return;
    folderLooked = now;
    let synced = false;
    try { synced = store.glossary.count() > 0; } catch { /* a database without a glossary table: the folder's */ }
    const seen = glossaryFolderState(folder);
    if (seen.key === folderKey) return;
    // (still being written: the next request looks again)
    if (Date.now() - seen.newest < FOLDER_SETTLE_MS) { folderLooked = -Infinity; return; }
    if (synced) {
      // The database holds the glossary (npm start, `glossary sync`): the folder pulled under the
      // server is synced into it, as `glossary sync` would (nothing written when they already agree:
      // this server's own edits, or a `glossary add` beside it); a folder that does not load, or a
      // database another process is writing, keeps the glossary the database holds — looked at again
      // when the folder changes, or at the next look.
      if (store.db.inTransaction) { folderLooked = -Infinity; return; }
      let changed;
      try { changed = syncGlossaryIfChanged(store, folder, new Date().toISOString()); } catch (e) {
        // (a folder that does not load waits for its next change; a locked database, the next look)
        if (isSelarasError(e) && !(e instanceof StoreError)) folderKey = seen.key;
        return;
      }
      folderKey = seen.key;
      if (changed) { reloadAssist(); saves.reset(); }
      return;
    }
    folderKey = seen.key;
    let made: Assist;
    try { made = createAssist(store, o.root); } catch { return; }
    assist = made;
    assistKey = glossaryKey();
    saves.reset();
    live.glossaryChanged();
  };
  const currentAssist = () => {
    lookAtFolder();
    if (glossaryKey() !== assistKey) reloadAssist();
    return assist;
  };
  const currentGate = () => { lookAtFolder(); return saves.gate(); };
  // A document's translations/ file changed under the server (git pull): loaded before a request
  // reads or writes that document's units (translations-watch.ts).
  const lookAtTranslations = o.root !== undefined
    ? createTranslationsWatch(store, o.root, { author: o.author, gate: currentGate, loaded: (result, noted) => {
      // (a colleague's confirmed record the checks refused was kept as a draft: said to the pages, by unit)
      const drafted = result.refused.map((r): DraftedRecord => {
        let author: string | null = null;
        try { author = changedUnit(store, r.ref).author; } catch { /* a unit gone since: no author */ }
        return { ref: r.ref, requested: r.status, author, file: shownFile(o.root, r.file), findings: r.findings };
      });
      live.ownRefusals(noted.after, noted.upTo);
      for (const d of result.documents) live.documentChanged(d, drafted.filter((x) => x.ref.slice(0, x.ref.lastIndexOf(":")) === d));
    } })
    : undefined;
  app.addHook("onClose", async () => { saves.close(); });
  /**
   * Login sessions are signed, expiring cookies (app/session-cookie.ts) with the server's secret
   * kept in the database: they survive a restart, and end when the user is removed or their token
   * rotated (`users token`).
   */
  const secret = sessionSecret(store, new Date().toISOString());
  /** Sessions logged out since this server started (a copied cookie is refused after logout). */
  const loggedOut = new Set<string>();
  interface Who { readonly name: string; readonly role: Actor }
  /** Who is asking: the local user while no users exist, else the logged-in user (null: nobody). */
  function who(cookie: string | undefined): Who | null {
    if (store.users.count() === 0) return { name: o.author, role: actor };
    const value = readCookie(cookie);
    if (value !== undefined && loggedOut.has(value)) return null;
    return sessionUser(store, cookie, { secret, now: Date.now() });
  }
  const OPEN_ROUTES = ["/api/login", "/api/session", "/api/i18n/"];
  /**
   * THE role check of a request (the app layer's `access`: users.ts): who is asking (a logged-out
   * cookie counts as nobody) and may their role do `action` — 401 `login-required`, 403
   * `role-forbidden` / `transition-refused`. Every route that changes something calls it first.
   */
  function allow(cookie: string | undefined, action: Action, unit?: { ref?: string }): Who {
    const value = readCookie(cookie);
    if (value !== undefined && loggedOut.has(value) && store.users.count() > 0) throw new AuthError("login-required", {});
    return access(store, cookie, action, { secret, now: Date.now(), local: { name: o.author, role: USER_ROLES.includes(actor as UserRole) ? actor as UserRole : "translator" }, ...(unit ? { unit } : {}) });
  }
  const adminNames = (): string[] => store.users.all().filter((u) => u.role === "admin").map((u) => u.name);

  const fail = (reply: FastifyReply, status: number, code: string, data: Record<string, unknown> = {}) =>
    reply.code(status).type("application/json; charset=utf-8").send({ code, data });

  app.addHook("onRequest", async (req, reply) => {
    reply.header("content-security-policy", CSP);
    reply.header("x-content-type-options", "nosniff");
    reply.header("referrer-policy", "no-referrer");
    reply.header("x-frame-options", "DENY");
    reply.header("cross-origin-opener-policy", "same-origin");
    reply.header("cross-origin-resource-policy", "same-origin");
    const host = String(req.headers.host ?? "").toLowerCase();
    if (allowed && !allowed.includes(host)) return fail(reply, 421, "bad-host", { host });
    if (req.method !== "GET" && req.method !== "HEAD") {
      const origin = req.headers.origin;
      if (origin !== undefined) {
        let originHost = "";
        try { originHost = new URL(origin).host.toLowerCase(); } catch { originHost = ""; }
        if (originHost !== host) return fail(reply, 403, "csrf-origin", { origin });
      }
      const site = req.headers["sec-fetch-site"];
      if (site !== undefined && site !== "same-origin") return fail(reply, 403, "csrf-origin", { site: String(site) });
      const sent = req.headers[CSRF_HEADER];
      const ok = typeof sent === "string" && sent.length === token.length && crypto.timingSafeEqual(Buffer.from(sent), Buffer.from(token));
      if (!ok) return fail(reply, 403, "csrf-token", {});
    }
    if (req.url.startsWith("/api/") && !OPEN_ROUTES.some((r) => req.url.startsWith(r)) && !who(req.headers.cookie)) {
      return fail(reply, 401, "login-required", {});
    }
    return undefined;
  });

  if (lookAtTranslations) {
    app.addHook("preHandler", async (req) => {
      if (!req.url.startsWith("/api/")) return;
      const p = req.params as { slug?: unknown; ref?: unknown } | undefined;
      const slug = typeof p?.slug === "string" ? p.slug : typeof p?.ref === "string" && p.ref.includes(":") ? p.ref.slice(0, p.ref.lastIndexOf(":")) : undefined;
      if (slug) lookAtTranslations(slug);
    });
  }

  // (a file or folder of the project named in an error as the people at the page know it, from the
  // project folder: `translations/a.translations.txt`, `glossary`, not the server's absolute path)
  const projectDir = o.root !== undefined ? path.resolve(o.root) : undefined;
  const inProject = (v: unknown): unknown => {
    if (typeof v !== "string" || projectDir === undefined || !path.isAbsolute(v)) return v;
    const rel = path.relative(projectDir, v);
    return rel === "" ? "." : rel.startsWith("..") || path.isAbsolute(rel) ? v : rel.split(path.sep).join("/");
  };
  app.setErrorHandler((err, _req, reply) => {
    // (an action that is for admins, refused: the answer names them — as GET /api/admins — for the page to say whom to ask)
    if (isSelarasError(err)) return fail(reply, statusOf(err), err.code, { ...Object.fromEntries(Object.entries(err.data).map(([k, v]) => [k, inProject(v)])), ...(err.code === "role-forbidden" ? { admins: adminNames() } : {}) });
    const e = err as { validation?: unknown; statusCode?: number; message?: string; code?: string };
    // (what is wrong as codes the page words in its language — request-errors.ts; `message` is Fastify's English, for scripts)
    if (e.validation) return fail(reply, 400, "invalid-request", { message: e.message ?? "", ...requestProblem(e) });
    if (e.statusCode && e.statusCode < 500) return fail(reply, e.statusCode, "invalid-request", { message: e.message ?? "", ...requestProblem(e) });
    return fail(reply, 500, "internal", { message: e.message ?? String(err) });
  });
  // An address that is none of the workbench's pages, asked for by a browser (a mistyped link, an old
  // bookmark): the page, which says so in the person's language with the way on (views/NotFound.tsx),
  // not the API's JSON; the API, the assets and scripts keep the JSON answer.
  app.setNotFoundHandler((req, reply) => {
    const url = req.url;
    if ((req.method === "GET" || req.method === "HEAD") && !url.startsWith("/api/") && !url.startsWith("/assets/") && String(req.headers.accept ?? "").includes("text/html")) {
      return reply.code(404).type("text/html; charset=utf-8").header("cache-control", "no-store").send(shell(token, lang));
    }
    return fail(reply, 404, "not-found", { path: url });
  });

  // The page: one shell for every view; the bundle routes by path.
  const page = async (_req: unknown, reply: FastifyReply) => reply.type("text/html; charset=utf-8").header("cache-control", "no-store").send(shell(token, lang));
  app.get("/", page);
  // Browsers ask for an icon on every page; the workbench has none (no 404 in the page's console).
  app.get("/favicon.ico", async (_req, reply) => reply.code(204).send());
  app.get("/documents/:slug", page);
  app.get("/documents/:slug/align", page);
  app.get("/glossary", page);
  app.get("/audit", page);
  for (const [name, type] of [["app.js", "text/javascript; charset=utf-8"], ["app.css", "text/css; charset=utf-8"]] as const) {
    app.get(`/assets/${name}`, async (_req, reply) => {
      const file = path.join(assets, name);
      if (!fs.existsSync(file)) return fail(reply, 404, "page-not-built", { file });
      return reply.type(type).header("cache-control", "no-cache").send(fs.readFileSync(file));
    });
  }

  app.get<{ Params: { lang: string } }>("/api/i18n/:lang", {
    schema: { params: { type: "object", properties: { lang: { type: "string", enum: [...LANGS] } }, required: ["lang"] } },
  }, async (req) => pageResources(req.params.lang as Lang));

  // The dashboard's counts, made again only where the database changed since (status-cache.ts): on
  // 1,000,000 segments counting them all takes seconds, and every visit to the dashboard asks for them.
  // (and sent as the JSON made of them: 5,000 documents are 1.2 MB of it, 0.1-0.3 s to write out,
  // which 30 people opening the dashboard after a restart each waited for in turn: 8 s median)
  let dashboard: { readonly value: unknown; readonly json: string } | null = null;
  const dashboardJson = (): string => {
    const value = status.get();
    if (dashboard?.value !== value) dashboard = { value, json: JSON.stringify(value) };
    return dashboard.json;
  };
  // (translations/ files pulled under the server are loaded first, the open documents' or not: translations-watch.ts `all`)
  app.get("/api/documents", async (_req, reply) => {
    lookAtTranslations?.all();
    // (the change mark the counts were read at — taken before them: a write in between makes it older,
    // never newer — which the live stream's `hello` is compared with: live.ts)
    return reply.header(CHANGE_HEADER, store.changeKey()).type("application/json; charset=utf-8").send(dashboardJson());
  });
  // Stale units also carry `sourceDiff`: the Indonesian their English was written for → the current one.
  // A document's unit list is kept (as JSON) until anything is written to the database, by this
  // server or another process (store.changeKey): several people opening one long document cost one read.
  const unitLists = new Map<string, { key: string; json: string }>();
  app.get<{ Params: { slug: string } }>("/api/documents/:slug/units", async (req, reply) => {
    const key = store.changeKey();
    let hit = unitLists.get(req.params.slug);
    if (!hit || hit.key !== key) {
      const json = JSON.stringify(documentUnits(store, req.params.slug).map((u) => editorUnit(store, u.stale ? { ...u, sourceDiff: showUnit(store, u.ref).rendering?.sourceDiff ?? [] } : u)));
      hit = { key, json };
      unitLists.delete(req.params.slug);
      unitLists.set(req.params.slug, hit);
      if (unitLists.size > 32) unitLists.delete(unitLists.keys().next().value!);
    }
    return reply.header(CHANGE_HEADER, hit.key).type("application/json; charset=utf-8").send(hit.json);
  });
  app.get<{ Params: { ref: string } }>("/api/units/:ref", async (req) => editorUnit(store, unitSummary(store, req.params.ref)));
  app.get<{ Params: { ref: string }; Querystring: { target?: string } }>("/api/units/:ref/help", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { target: { type: "string", maxLength: 100000 } } } },
  }, async (req) => unitHelp(store, req.params.ref, { assist: currentAssist(), gate: currentGate(), tmSyncLimit: TM_SYNC_SLICE, ...(req.query.target !== undefined ? { target: req.query.target } : {}) }));
  app.get<{ Params: { ref: string } }>("/api/units/:ref/history", async (req) => renderingHistory(store, req.params.ref));

  app.put<{ Params: { ref: string }; Body: UnitBody }>("/api/units/:ref", { schema: { body: unitBody } }, async (req, reply) => {
    const b = req.body;
    let me: Who;
    try {
      me = allow(req.headers.cookie, `unit.${b.confirm ? (b.review ? "reviewed" : "translated") : "draft"}`, { ref: req.params.ref });
    } catch (e) {
      // (a role that may not make the move: the refusal names the unit's state, as setUnit's does — not "*")
      if (e instanceof ForbiddenError && e.code === "transition-refused") {
        let from: string | undefined;
        try { from = unitSummary(store, req.params.ref).state; } catch { /* an unknown ref: the refusal as it is */ }
        if (from !== undefined) throw new ForbiddenError(e.code, { ...e.data, from });
      }
      throw e;
    }
    let saved: Saved;
    lookAtFolder();
    try {
      saved = await saves.save(req.params.ref, {
        text: b.target, state: b.confirm ? (b.review ? "reviewed" : "translated") : "draft", actor: me.role, author: me.name,
        baseRevision: b.baseRevision, ...(b.source !== undefined ? { source: b.source } : {}), now: new Date().toISOString(), ...(b.accept !== undefined ? { accept: b.accept } : {}), ...(b.note !== undefined ? { note: b.note } : {}),
      });
    } catch (e) {
      if (e instanceof ConflictError) {
        // Both texts: the stored one (`data.text`, by someone else) and the one sent (`data.yours`),
        // with the word diff from theirs to yours; and the stored unit's `state` and `stale` (the
        // row's state chip shows theirs while the conflict is open).
        const theirs = String(e.data.text ?? "");
        let stored: { state: string; stale: boolean } | undefined;
        try { const u = unitSummary(store, String(e.data.ref ?? req.params.ref)); stored = { state: u.state, stale: u.stale }; } catch { /* (a unit gone meanwhile: the conflict as it is) */ }
        return fail(reply, 409, e.code, { ...e.data, ...stored, yours: b.target, diff: wordDiff(theirs, b.target) });
      }
      throw e;
    }
    const { result, unit } = saved;
    const body = {
      unit: editorUnit(store, unit), state: result.state, requested: result.requested, refused: result.refused,
      findings: result.findings, accepted: result.accepted, revision: result.revision,
      propagated: result.propagated, files: result.files,
    };
    if (result.refused) return reply.code(422).send({ code: "confirmation-refused", data: { ref: result.ref }, ...body });
    return body;
  });

  const joinBody = { type: "object", additionalProperties: false, required: ["with"], properties: { with: { type: "string", maxLength: 200 } } } as const;
  app.post<{ Params: { ref: string }; Body: { with: string } }>("/api/units/:ref/join", { schema: { body: joinBody } }, async (req) => {
    const now = new Date().toISOString();
    const me = allow(req.headers.cookie, "segments.edit");
    const joined = inStep(store, o.root, () => joinUnits(store, req.params.ref, req.body.with, me.name, now), (r) => [r.document]);
    live.unitsChanged("joined", joined.document, joined.ref);
    return joined;
  });
  app.post<{ Params: { ref: string } }>("/api/units/:ref/unjoin", async (req) => {
    const now = new Date().toISOString();
    const me = allow(req.headers.cookie, "segments.edit");
    const unjoined = inStep(store, o.root, () => unjoinUnit(store, req.params.ref, me.name, now), (r) => [r.document]);
    live.unitsChanged("unjoined", unjoined.document, unjoined.unit);
    return unjoined;
  });

  // The editor's split, join suggestions, document terms, findings counts and notes (src/server/editor-routes.ts).
  registerEditorRoutes(app, {
    store, root: o.root, author: (cookie) => allow(cookie, "segments.edit").name, assist: currentAssist, gate: currentGate,
    split: (document, ref) => live.unitsChanged("split", document, ref),
    noted: (ref) => live.refsSaved([ref]),
  });

  /**
   * What the person's role may ask for (the app layer's `authorize`, the table every route checks):
   * the page offers only these (a translator is not offered review mode, to be refused on saving).
   */
  const may = (user: Who | null): Action[] => (user && USER_ROLES.includes(user.role as UserRole) ? ACTIONS.filter((a) => authorize(user.role as UserRole, a).ok) : []);
  app.get("/api/session", async (req) => {
    const user = who(req.headers.cookie);
    return { user, loginRequired: store.users.count() > 0, may: may(user) };
  });
  /**
   * Who may change what a translator or reviewer may not (the glossary, the project's articles): the
   * admins' names, for the page to say whom to ask (an empty dashboard, a glossary a translator may
   * not edit). `loginRequired` false: no users, the workbench is the local user's.
   */
  app.get("/api/admins", async (req) => {
    allow(req.headers.cookie, "read");
    return { admins: adminNames(), loginRequired: store.users.count() > 0 };
  });
  const loginBody = { type: "object", additionalProperties: false, required: ["token"], properties: { token: { type: "string", minLength: 1, maxLength: 200 } } } as const;
  app.post<{ Body: { token: string } }>("/api/login", { schema: { body: loginBody } }, async (req, reply) => {
    const session = login(store, req.body.token, { secret, now: Date.now() });
    if (!session) return fail(reply, 401, "login-failed", {});
    reply.header("set-cookie", session.cookie);
    return { user: { name: session.user.name, role: session.user.role }, may: may(session.user) };
  });
  app.post("/api/logout", async (req, reply) => {
    const value = readCookie(req.headers.cookie);
    if (value !== undefined) loggedOut.add(value);
    reply.header("set-cookie", clearSessionCookie());
    return { user: null, may: [] };
  });

  // ---- Presence and live updates (h14s): GET /api/events (SSE), POST /api/presence — src/server/live.ts ----
  registerLiveRoutes(app, live, (cookie, action) => allow(cookie, action));

  /** The glossary may change under a long-running server (glossary sync): rebuild the helper on demand. */
  app.post("/api/reload", async (req) => { allow(req.headers.cookie, "read"); reloadAssist(); saves.reset(); return { ok: true }; });

  /** The page's words per language, made once (findings searched by their text: GET /api/audit/findings). */
  const pageT: Partial<Record<Lang, TFunction>> = {};
  // The glossary, audit, export and alignment review routes (their own files).
  const routes: RouteContext = { store, ...(o.root !== undefined ? { root: o.root } : {}), ...(o.auditKeepMs !== undefined ? { auditKeepMs: o.auditKeepMs } : {}), ...(o.auditChunkSize !== undefined ? { auditChunkSize: o.auditChunkSize } : {}), ...(o.previewTimeoutMs !== undefined ? { previewTimeoutMs: o.previewTimeoutMs } : {}), who: (req) => who(req.headers.cookie), reloadAssist: () => { reloadAssist(); saves.reset(); }, documentChanged: (d) => live.documentChanged(d),
    findingText: (lang, f) => (pageT[lang] ??= createTOfTree(lang, pageResources(lang)))(`check.${f.checkId}.${f.messageId}`, (f.data ?? {}) as Record<string, unknown>),
    checkName: (lang, checkId) => (pageT[lang] ??= createTOfTree(lang, pageResources(lang)))(`web.check-name.${checkId}`, { defaultValue: checkId }) };
  registerGlossaryRoutes(app, routes);
  registerAuditRoutes(app, routes);
  if (o.warmUp) {
    app.addHook("onListen", async () => {
      // (in the next turns, after the listen's own: a request that comes meanwhile is answered between them)
      setImmediate(() => {
        // (translations/ files judged first: the first look at each reads it — translations-watch.ts `all`)
        try { lookAtTranslations?.all(); dashboardJson(); } catch { /* a locked or closing database: the first request counts */ }
        setImmediate(() => { try { saves.gate(); } catch { /* as above */ } });
      });
    });
  }
  if (o.tmCatchUp) {
    const catchUp = startTmCatchUp(store);
    app.addHook("onClose", async () => catchUp.stop());
  }
  registerExportRoutes(app, routes);
  registerAlignRoutes(app, routes);

  return app;
}

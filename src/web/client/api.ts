/** The page's shared plumbing: API types, the fetch wrapper (CSRF header), i18next loading, texts for errors and findings. */
import i18next from "i18next";
import { asSentence, endSentence } from "./sentence";
export { asSentence } from "./sentence";


/** The page's translate function (i18next's t, narrowed to strings). */
export type TFunction = (key: string, data?: Record<string, unknown>) => string;
export interface DiffPart { text: string; kind: "same" | "added" | "removed" }
export type State = "untranslated" | "draft" | "aligned" | "translated" | "reviewed";
/** `tags`: a unit imported with inline codes: its Indonesian with them as tags, what each stands for (its `target` carries them too). */
export interface Unit { ref: string; source: string; target: string | null; state: State; stale: boolean; revision: number; sourceDiff?: DiffPart[]; note?: string; tags?: { source: string; codes: Array<{ tag: string; label: string }>; lost?: boolean } }
export interface Finding { checkId: string; severity: string; messageId: string; data: Record<string, string | number>; suppressed?: boolean }
export interface DocRow {
  document: string; title: string; translatable: number; translated: number; reviewed: number; draft: number;
  aligned: number; untranslated: number; stale: number; words: number; percent: number;
}
export interface TermHint { source: string; entry: string; preferred: string[]; admitted: string[]; forbidden: string[]; dnt: boolean; note?: string }
export interface TmMatch { similarity: number; sourceText: string; text: string; status?: string; exact?: boolean; reordered?: boolean; sameQuotation?: boolean; fragment?: "within" | "covers" | "assembled"; parts?: Array<{ sourceText: string; text: string }>; originFile?: string; keptId?: number; diff?: DiffPart[]; adapted?: { text: string } }
export interface Help { ref: string; terms: TermHint[]; spans?: Array<{ start: number; end: number; entry: string }>; tm: TmMatch[]; findings: Finding[] }
export interface History { ref: string; revisions: Array<{ revision: number; text: string; status: string; author: string; note: string | null; time: string; diff: DiffPart[] }> }
export class ApiError extends Error {
  constructor(readonly status: number, readonly body: { code: string; data: Record<string, unknown> } & Record<string, unknown>) { super(body.code); }
}

/** The server's CSRF token, from the page's meta tag; a new one after the server restarted (refreshCsrf). */
export let csrf = document.querySelector<HTMLMetaElement>('meta[name="selaras-csrf"]')?.content ?? "";
/** The page's languages (src/i18n/locales). */
export const LANGS = ["en", "id"] as const;
/** A language the page has, else null. */
export const pageLang = (v: string | null | undefined): string | null => (v && (LANGS as readonly string[]).includes(v) ? v : null);
/**
 * The language the page starts in: the address's `?lang=en|id` (a link sent to a colleague, which the
 * page then remembers), else the one chosen last in this browser, else the server's (`serve --lang`, LANG).
 */
const addressLang = pageLang(new URLSearchParams(location.search).get("lang"));
export const startLang = addressLang ?? pageLang(localStorage.getItem("selaras-lang"))
  ?? pageLang(document.querySelector<HTMLMetaElement>('meta[name="selaras-lang"]')?.content) ?? "en";
// (remembered as the page is read, not after its first paint: a link followed by another at once keeps it)
if (addressLang) localStorage.setItem("selaras-lang", addressLang);

/**
 * Reads the server's current CSRF token from its page (a restarted server has a new one) and puts it
 * in this page's meta tag too (presence reports read it there): what the person typed stays in the
 * page instead of being lost to the reload the refused request would otherwise need.
 */
async function refreshCsrf(): Promise<boolean> {
  try {
    const html = await (await fetch("/", { credentials: "same-origin" })).text();
    const token = new DOMParser().parseFromString(html, "text/html").querySelector<HTMLMetaElement>('meta[name="selaras-csrf"]')?.content;
    if (!token || token === csrf) return false;
    csrf = token;
    document.querySelector<HTMLMetaElement>('meta[name="selaras-csrf"]')?.setAttribute("content", token);
    return true;
  } catch { return false; }
}

/** Told when a request meets 401 `login-required` (the session ended): the shell asks for the token over the page, which stays as it is. */
export const LOGIN_REQUIRED_EVENT = "selaras-login-required";

/** No answer from the server (the network dropped, the server restarting), or not its JSON: nothing was done that the page knows of. */
export class NetworkError extends Error {
  constructor() { super("network-error"); }
}

export async function api<T>(method: string, url: string, body?: unknown): Promise<T> {
  const send = () => fetch(url, {
    method, credentials: "same-origin",
    headers: { ...(body !== undefined ? { "content-type": "application/json" } : {}), ...(method !== "GET" ? { "x-selaras-csrf": csrf } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  });
  /** A network failure, or an answer that is not the server's JSON (a proxy's error page): NetworkError. */
  const answer = async (r: Response): Promise<unknown> => { try { return await r.json(); } catch { throw new NetworkError(); } };
  let res: Response;
  try { res = await send(); } catch { throw new NetworkError(); }
  let json = await answer(res);
  // The server restarted since the page was read (a new CSRF token): the request was refused before
  // anything was done, so it is sent once more with the new token.
  if (res.status === 403 && (json as { code?: string }).code === "csrf-token" && await refreshCsrf()) {
    try { res = await send(); } catch { throw new NetworkError(); }
    json = await answer(res);
  }
  if (res.status === 401 && (json as { code?: string }).code === "login-required" && url !== "/api/session") window.dispatchEvent(new Event(LOGIN_REQUIRED_EVENT));
  if (!res.ok) throw new ApiError(res.status, json as ApiError["body"]);
  const mark = method === "GET" ? res.headers.get("x-selaras-change") : null;
  // (by the address without its query: a search typed since the first read is the read the stream is compared with)
  if (mark !== null) { const at = url.split("?")[0]!; readMarks.set(at, mark); window.dispatchEvent(new CustomEvent(READ_EVENT, { detail: at })); }
  return json as T;
}

/**
 * The change mark (the server's `x-selaras-change`) each address (without its query) was last read
 * at: a unit list, the dashboard's counts, the glossary's list, an audit. The live stream's `hello` says the mark it starts at; a page re-reads only when
 * the two differ (src/web/client/live.ts, `sameAsRead`).
 */
export const readMarks = new Map<string, string>();
/** Told (detail: the address) when a read with a change mark answered. */
export const READ_EVENT = "selaras-read";

export async function loadT(lang: string): Promise<TFunction> {
  const resources = await api<Record<string, unknown>>("GET", `/api/i18n/${lang}`);
  const inst = i18next.createInstance();
  await inst.init({ lng: lang, resources: { [lang]: { translation: resources } }, interpolation: { escapeValue: false } } as never);
  document.documentElement.lang = lang;
  return inst.t.bind(inst) as unknown as TFunction;
}

export const needsWork = (u: Unit) => u.stale || (u.state !== "translated" && u.state !== "reviewed");
export const encodeRef = (ref: string) => encodeURIComponent(ref);

/**
 * Grows a textarea to its content (no inner scrolling: the whole English stays visible). Browsers
 * with CSS `field-sizing: content` do it themselves; elsewhere only while typing (measuring every
 * row on mount forces one layout per row: seconds for a 2,000-unit document).
 */
export const cssSizing = typeof CSS !== "undefined" && CSS.supports("field-sizing", "content");
export function autosize(el: HTMLTextAreaElement) {
  if (cssSizing) return;
  el.style.height = "auto";
  el.style.height = `${el.scrollHeight + 2}px`;
}

/** The document a "no document" answer suggests (a near name of one that is there), else null. */
export function suggestedDocument(e: unknown): string | null {
  return e instanceof ApiError && e.body.code === "not-found-document" && typeof e.body.data.suggestion === "string" ? e.body.data.suggestion : null;
}

export function errorText(t: TFunction, e: unknown): string {
  if (e instanceof ApiError) return asSentence(apiErrorText(t, e), e.body.data);
  if (e instanceof NetworkError) return endSentence(t("web.network-error") as string);
  return endSentence(t("web.error-code", { code: String((e as Error)?.message ?? e) }) as string);
}

function apiErrorText(t: TFunction, e: ApiError): string {
  const key = `error.${e.body.code}`;
  const data = { ...e.body.data };
  // (a request the server refused before reading it: what is wrong as codes — src/server/request-errors.ts —
  // worded here in the page's language, not the validator's English `message`)
  if (e.body.code === "invalid-request" && typeof data.reason === "string") {
    const field = typeof data.field === "string" ? data.field : "body";
    const reasonKey = `error.invalid-request-reason.${data.reason}`;
    const msg = t(reasonKey, { ...data, field: t(`web.request-field.${field}`, { defaultValue: field }) } as never) as string;
    if (msg !== reasonKey) return msg;
  }
  // (malformed XML: a common reason by its code, in the page's language; the parser's English otherwise)
  if ((e.body.code === "xml-malformed" || e.body.code === "glossary-xml-malformed") && typeof data.problem === "string") {
    // (an undefined entity the reference check found is named, as the CLI says it: src/cli/output/errors.ts)
    const named = data.problem === "undefined-entity" && typeof data.name === "string" && data.name !== "";
    data.reason = t(`error.xml-problem.${data.problem}${named ? "-named" : ""}`, { name: data.name ?? "", endTag: data.endTag ?? "", defaultValue: data.reason } as never);
  }
  // (a refused move names why by a code: worded in the page's language)
  if (e.body.code === "transition-refused") {
    if (typeof data.reason === "string") data.reason = t(`error.transition-reason.${data.reason}`, { defaultValue: data.reason });
    for (const k of ["from", "to"] as const) if (typeof data[k] === "string" && data[k] !== "*") data[k] = t(`web.state.${data[k] as string}`);
  }
  // (and who: "penerjemah", not the role's code)
  if (e.body.code === "transition-refused" || e.body.code === "role-forbidden") {
    for (const k of ["actor", "role"] as const) if (typeof data[k] === "string") data[k] = t(`web.role.${data[k] as string}`, { defaultValue: data[k] as string });
  }
  // (an action for admins: the refusal names them — the server's `admins` — as a list in the page's language)
  if (e.body.code === "role-forbidden" && Array.isArray(data.admins)) {
    const admins = (data.admins as unknown[]).filter((a): a is string => typeof a === "string");
    if (admins.length > 0) Object.assign(data, { admins, count: admins.length });
    else data.context = "no-admin";
  }
  // (a new concept's bad field is named by its label in the form: there is no file and line yet)
  if (typeof data.field === "string" && data.file === undefined) {
    data.field = t(`web.glossary.add.${data.field === "source" ? "sources" : data.field}`, { defaultValue: data.field });
    data.context = "field";
  }
  // (a near name for a typo, where the message has a place for it, as the CLI words it: error.<code>_suggestion)
  if (typeof data.suggestion === "string" && data.context === undefined) data.context = "suggestion";
  // (a database that holds no documents: the message says so, as the CLI's does)
  if (e.body.code === "not-found-document" && data.documents === 0 && data.context === undefined) data.context = "empty";
  // (the page's own wording first, where the CLI's names a command to run: web.page-error.<code>,
  // in page terms — the Documents page, an Unjoin button, who can mend a file)
  const pageKey = `web.page-error.${e.body.code}`;
  const pageMsg = t(pageKey, data as never) as string;
  if (pageMsg !== pageKey) return pageMsg;
  const msg = t(key, data as never) as string;
  return msg === key ? (t("web.error-code", { code: e.body.code }) as string) : msg;
}

export function findingText(t: TFunction, f: Finding): string {
  return t(`check.${f.checkId}.${f.messageId}`, f.data as never) as string;
}

/** `may`: the actions the person's role may ask for (src/app/users.ts `Action`: unit.reviewed, glossary.edit …). */
export interface Session { user: { name: string; role: string } | null; loginRequired: boolean; may: string[] }
/** Whether the person's role may ask for `action` (the server's own table, sent as the session's `may`): the page never decides by the role's name. */
export const mayDo = (s: Pick<Session, "may">, action: string): boolean => s.may.includes(action);
/** Whether the person's role may move a unit to `state` (the session's `may` holds `unit.<state>`). */
export const mayMoveTo = (s: Session, state: string): boolean => mayDo(s, `unit.${state}`);

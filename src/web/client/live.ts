/**
 * Presence and live updates for the editor (server-sent events from GET /api/events; see
 * src/server/live.ts). `useLive(slug, handlers)`:
 *   - reports which unit this page has open: the row (`[data-ref]`) holding the keyboard focus, sent
 *     as POST /api/presence {document, ref|null} when it changes (no change to the views needed);
 *   - returns who else has which unit of this document open: ref → names (this person left out);
 *   - calls `handlers.unit` for every unit of this document saved by someone (here or by a CLI
 *     command beside the server) and `handlers.changed` when its units were joined, unjoined or split (here or by a command beside the server),
 *     or its translations/ file was loaded after a pull; `handlers.glossary` when the glossary changed.
 * `mergeLive` applies a saved unit to the page's list unless the row has unsaved local edits (then
 * the person's own save meets the conflict, and nothing they typed is lost).
 */
import { useEffect, useRef, useState } from "preact/hooks";
import { READ_EVENT, readMarks, type Finding } from "./api";

/**
 * Calls `stale` when what the page first read at `url` is older than the stream that just said hello
 * (`mark`, its change mark): a save that landed between the two would otherwise never be shown. The
 * read still under way: compared when it answers. The same mark: nothing to do (no request). Returns
 * the function that stops waiting.
 */
function afterFirstRead(url: string, mark: string | null | undefined, stale: () => void): () => void {
  if (mark === undefined || mark === null) { stale(); return () => undefined; }
  const seen = readMarks.get(url);
  if (seen !== undefined) { if (seen !== mark) stale(); return () => undefined; }
  const onRead = (e: Event) => {
    if ((e as CustomEvent<string>).detail !== url) return;
    window.removeEventListener(READ_EVENT, onRead);
    if (readMarks.get(url) !== mark) stale();
  };
  window.addEventListener(READ_EVENT, onRead);
  return () => window.removeEventListener(READ_EVENT, onRead);
}

export interface LiveUnit {
  readonly kind: "saved";
  readonly document: string;
  readonly ref: string;
  readonly source: string;
  readonly target: string | null;
  readonly state: string;
  readonly stale: boolean;
  readonly revision: number;
  readonly renderingId: number | null;
  readonly author: string | null;
  /** The note on its English, when there is one. */
  readonly note?: string;
}

interface PresenceEvent { readonly name: string; readonly document: string; readonly ref: string | null }

/** A confirmed record of a pulled translations/ file the checks refused: kept as a draft (src/server/live.ts). */
export interface DraftedRecord { readonly ref: string; readonly requested: string; readonly author: string | null; readonly file?: string | null; readonly findings: Finding[] }

/** A document's units changed shape: joined, unjoined or split in the workbench (with the unit's ref), or by other means (`drafted`: a pulled file's refused records). */
export type ShapeEvent = { kind: "joined" | "unjoined" | "split"; document: string; ref: string } | { kind: "changed"; document: string; drafted?: DraftedRecord[] };

export interface LiveHandlers {
  /** `me`: the name this page is logged in as (its own saves come back too). */
  unit(u: LiveUnit, me: string | null): void;
  changed(e: ShapeEvent): void;
  /** The glossary the hints and checks use changed (a folder's files pulled, a sync, an edit): terms and findings are read again. */
  glossary?(): void;
}

const csrf = (): string => document.querySelector<HTMLMetaElement>('meta[name="selaras-csrf"]')?.content ?? "";

function report(slug: string, ref: string | null): void {
  void fetch("/api/presence", {
    method: "POST", credentials: "same-origin",
    headers: { "content-type": "application/json", "x-selaras-csrf": csrf() },
    body: JSON.stringify({ document: slug, ref }),
  }).catch(() => undefined);
}

/** The unit row holding the focus, if any. */
const focusedRow = (): string | null => (document.activeElement as HTMLElement | null)?.closest?.("[data-ref]")?.getAttribute("data-ref") ?? null;

export function useLive(slug: string, handlers: LiveHandlers): Record<string, string[]> {
  const [present, setPresent] = useState<Record<string, string[]>>({});
  const h = useRef(handlers);
  h.current = handlers;
  useEffect(() => {
    if (typeof EventSource === "undefined") return undefined;
    let me: string | null = null;
    const where = new Map<string, PresenceEvent>();
    const publish = () => {
      const byRef: Record<string, string[]> = {};
      for (const p of where.values()) if (p.name !== me && p.document === slug && p.ref) (byRef[p.ref] ??= []).push(p.name);
      setPresent(byRef);
    };
    // What this page has open: the focused row, reported when it changes (a blur that moves to
    // another row is one change, not two).
    let open: string | null = null;
    let timer: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let connected = false;
    let waiting = (): void => undefined;
    /**
     * The stream, opened again when it breaks for good: the browser retries a dropped connection by
     * itself, but not one refused (401 after the session ended, a proxy's error page), and the page
     * would then miss every save by others. On every new connection but the first, what was saved
     * meanwhile is read again (`changed`), and this page's open unit is reported again (a restarted
     * server knows of nobody). On the first, only when the stream's change mark differs from the one
     * the page's first unit list was read at (a save between the two: `afterFirstRead`).
     */
    const connect = () => {
      const es = new EventSource("/api/events");
      source = es;
      es.addEventListener("hello", (e) => {
        const hello = JSON.parse((e as MessageEvent).data) as { name: string; change?: string | null };
        me = hello.name;
        publish();
        if (connected) { h.current.changed({ kind: "changed", document: slug }); open = null; onFocus(); }
        else waiting = afterFirstRead(`/api/documents/${encodeURIComponent(slug)}/units`, hello.change, () => h.current.changed({ kind: "changed", document: slug }));
        connected = true;
      });
      es.addEventListener("presence", (e) => {
        const p = JSON.parse((e as MessageEvent).data) as PresenceEvent;
        if (p.ref === null) where.delete(p.name); else where.set(p.name, p);
        publish();
      });
      es.addEventListener("unit", (e) => {
        const u = JSON.parse((e as MessageEvent).data) as LiveUnit | ShapeEvent;
        if (u.document !== slug) return;
        if (u.kind === "saved") h.current.unit(u, me); else h.current.changed(u);
      });
      es.addEventListener("glossary", () => { h.current.glossary?.(); });
      es.addEventListener("error", () => {
        if (es.readyState !== EventSource.CLOSED || source !== es) return;
        where.clear();
        publish();
        retry = setTimeout(connect, 3000);
      });
    };
    const onFocus = () => {
      if (timer) clearTimeout(timer);
      timer = setTimeout(() => {
        const ref = focusedRow();
        if (ref !== open) { open = ref; report(slug, ref); }
      }, 50);
    };
    connect();
    document.addEventListener("focusin", onFocus);
    document.addEventListener("focusout", onFocus);
    return () => {
      source?.close();
      source = undefined;
      waiting();
      if (retry) clearTimeout(retry);
      if (timer) clearTimeout(timer);
      document.removeEventListener("focusin", onFocus);
      document.removeEventListener("focusout", onFocus);
      if (open !== null) report(slug, null);
    };
  }, [slug]);
  return present;
}

/** Not more often than this does a page that follows counts read them again (the dashboard). */
export const FOLLOW_MS = 2000;

/**
 * Calls `read` when any unit of any document changed (saved here, by a colleague, by a command beside
 * the server, a pulled translations/ file loaded, units joined or split) — at most once every FOLLOW_MS,
 * the last change always followed by a read. The stream asks the server to look at every
 * translations/ file while it is open (`?watch=all`), not only the documents someone has open. A stream
 * refused for good is opened again every 3 s, and the counts read again once it is back.
 */
export function useFollowChanges(read: () => void): void {
  const r = useRef(read);
  r.current = read;
  const timer = useRef<{ last: number; later?: ReturnType<typeof setTimeout> }>({ last: -Infinity });
  useEffect(() => () => {
    if (timer.current.later) clearTimeout(timer.current.later);
    timer.current.later = undefined;
  }, []);
  useStoreChanges("/api/documents", FOLLOW_ALL, () => {
    const t = timer.current;
    if (t.later) return;
    const wait = Math.max(0, t.last + FOLLOW_MS - Date.now());
    t.later = setTimeout(() => { t.later = undefined; t.last = Date.now(); r.current(); }, wait);
  });
}

/** What the dashboard follows: every unit of every document, every translations/ file looked at. */
const FOLLOW_ALL = { unit: true, watch: "all" } as const;

/**
 * For a page that shows what it read once (the glossary's list, an audit, a document's alignment
 * state): calls `changed` when the store changed since — the stream's events named in `on`
 * (`glossary`: the glossary the hints and checks use; `unit`: any unit saved, joined, split or
 * re-read, of `document` only when given), or a first `hello` whose change mark differs from the one
 * the page's read at `firstRead` (an address without its query: api.ts `readMarks`) was answered with,
 * or any later `hello` (the stream was broken: what happened meanwhile was not heard). `watch` "all":
 * the server looks at every translations/ file while the page listens (the page covers every document).
 * A stream refused for good is opened again every 3 s.
 */
export function useStoreChanges(firstRead: string, on: { readonly unit?: boolean; readonly glossary?: boolean; readonly document?: string; readonly watch?: "all" }, changed: () => void): void {
  const c = useRef(changed);
  c.current = changed;
  const { unit, glossary, document: doc, watch } = on;
  useEffect(() => {
    if (typeof EventSource === "undefined") return undefined;
    let retry: ReturnType<typeof setTimeout> | undefined;
    let source: EventSource | undefined;
    let connected = false;
    let waiting = (): void => undefined;
    const connect = () => {
      const es = new EventSource(`/api/events${watch === "all" ? "?watch=all" : ""}`);
      source = es;
      es.addEventListener("hello", (e) => {
        if (connected) c.current();
        else waiting = afterFirstRead(firstRead, (JSON.parse((e as MessageEvent).data) as { change?: string | null }).change, () => c.current());
        connected = true;
      });
      if (unit) es.addEventListener("unit", (e) => { if (doc === undefined || (JSON.parse((e as MessageEvent).data) as { document?: string }).document === doc) c.current(); });
      if (glossary) es.addEventListener("glossary", () => c.current());
      es.addEventListener("error", () => {
        if (es.readyState !== EventSource.CLOSED || source !== es) return;
        retry = setTimeout(connect, 3000);
      });
    };
    connect();
    return () => {
      source?.close();
      source = undefined;
      waiting();
      if (retry) clearTimeout(retry);
    };
  }, [firstRead, unit, glossary, doc, watch]);
}

/**
 * The list with a unit saved by someone applied: only a newer revision, and only when the row
 * holds no unsaved text of this person (`texts`: the text in each touched field) and no save of
 * theirs is under way (`busy`). The field then shows the new English.
 */
export function mergeLive<U extends { ref: string; revision: number; target: string | null }>(list: U[] | null, u: LiveUnit, texts: Map<string, string>, busy: Set<string>): U[] | null {
  if (!list) return list;
  return list.map((x) => {
    if (x.ref !== u.ref || u.revision <= x.revision || busy.has(x.ref)) return x;
    const mine = texts.get(x.ref);
    if (mine !== undefined && mine !== (x.target ?? "")) return x;
    texts.delete(x.ref);
    return { ...x, target: u.target, state: u.state, stale: u.stale, revision: u.revision, source: u.source, note: u.note };
  });
}

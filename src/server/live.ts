/**
 * Presence and live updates for the workbench (server-sent events).
 *
 *   GET  /api/events    text/event-stream, logged-in like every /api route (`?watch=all`: the page
 *                       follows every document — every translations/ file is looked at while it listens). Events:
 *     `hello`    {name, change}               who this stream belongs to (sent first), and the change mark
 *                                             (store.changeKey) it starts at: a page whose first read
 *                                             (`x-selaras-change`) saw another mark reads again
 *     `presence` {name, document, ref|null}   someone opened a unit (ref) or left it (null); on
 *                                             connect one event per person already somewhere
 *     `unit`     {kind: "saved", document, ref, source, target, state, stale, revision, renderingId, author}
 *                                             a unit's English was saved (here, or by a CLI command)
 *     `unit`     {kind: "joined" | "unjoined" | "split", document, ref}   the units of a document changed
 *     `unit`     {kind: "changed", document, drafted?}  many units of a document changed (an alignment applied
 *                                             in the workbench, a large import), or its units changed
 *                                             shape beside the server (`segments join`, `segments split`
 *                                             or `ingest` run by a CLI command); `drafted`: confirmed
 *                                             records of a translations/ file the checks kept as drafts
 *                                             (a pulled file the server loaded, or `translations import`
 *                                             run beside it: store/import-refusals.ts)
 *   and a comment line every 20 s (heartbeat; proxies keep the stream open).
 *   POST /api/presence {document, ref|null}  (CSRF-protected like every POST) → {ok: true}
 *
 * Saves made through this server are announced when their batch commits. Saves made by other
 * processes (CLI commands beside the server) are found once a second while someone listens: the
 * store's othersChangeKey says another connection wrote to the corpus (a user or token added beside
 * the server does not move it), `unitsChangedSince` says which units and
 * `structureChangedSince` which documents were joined, split or re-ingested.
 * A person's presence ends when their last stream closes.
 */
import type { ServerResponse } from "node:http";
import type { FastifyInstance } from "fastify";
import type { SaveUnitResult, UnitFinding } from "../app/lifecycle";
import type { Action } from "../app/users";
import { changedUnit, editorUnit, latestSave, structureChangedSince, structureMark, unitsChangedSince, unitsWrittenSince, writeMark, type ChangedUnit, type WriteMark } from "../app/workbench";
import type { StructureMark } from "../store/segment-edits";
import type { Store } from "../store";

const HEARTBEAT_MS = 20_000;
const POLL_MS = 1_000;

export interface Presence {
  readonly name: string;
  readonly document: string;
  readonly ref: string | null;
}

/** A confirmed record of a pulled translations/ file that the checks refused: stored as a draft. */
export interface DraftedRecord {
  readonly ref: string;
  /** The state the record asked for (`translated`, `reviewed`). */
  readonly requested: string;
  /** The record's author (null: the file named none). */
  readonly author: string | null;
  /** The file it was read from (translations/<doc>.translations.txt inside the project, else its whole path; null: not known). */
  readonly file: string | null;
  /** The checks' findings on it, as a refused save's 422 gives them (its unsuppressed errors refused it). */
  readonly findings: readonly UnitFinding[];
}

interface Client {
  readonly name: string;
  readonly res: ServerResponse;
  /** A page that follows every document's counts (the dashboard: `?watch=all`). */
  readonly all: boolean;
}

export interface LiveHub {
  /** Announces units saved through this server (after their commit). */
  unitsSaved(results: readonly SaveUnitResult[]): void;
  /** Announces units changed through this server otherwise (a note: their revision moved on), by ref. */
  refsSaved(refs: readonly string[]): void;
  /** Announces that a document's units were joined, unjoined or split. */
  unitsChanged(kind: "joined" | "unjoined" | "split", document: string, ref: string): void;
  /** Announces that many units of a document changed through this server (an alignment applied, a pulled file loaded): the page reads them again. */
  documentChanged(document: string, drafted?: readonly DraftedRecord[]): void;
  /**
   * The import refusals with ids after `after` up to `upTo` were noted by this server (a pulled file
   * it loaded) and announced with their document's `changed`: the look for other processes' refusals
   * skips them (another process writing in the same second used to have them said twice).
   */
  ownRefusals(after: number, upTo: number): void;
  /** Announces that the glossary the hints and checks use changed: the pages read their terms and findings again. */
  glossaryChanged(): void;
  /** Someone opened a unit (ref) or none (null) in a document. */
  present(p: Presence): void;
  /** Adds a stream (`all`: its page follows every document, so every translations/ file is looked at); returns the function that removes it. */
  attach(name: string, res: ServerResponse, all?: boolean): () => void;
  /** Ends every stream and timer (server closing). */
  close(): void;
  /** Open streams (tests, diagnostics). */
  readonly size: number;
}

const frame = (event: string, data: unknown): string => `event: ${event}\ndata: ${JSON.stringify(data)}\n\n`;

/**
 * The live hub of a store. `changed` hears of every change this server announces, whether anyone
 * listens or not, by document slug or unit ref (the dashboard's counts: status-cache.ts). `watch` is
 * given, at every poll, the documents someone has open (their translations/ files: translations-watch.ts),
 * or "all" while a page that follows every document listens (the dashboard: `GET /api/events?watch=all`).
 * `tick` is called at every poll while anyone listens (the glossary's files looked at: app.ts).
 */
export function createLiveHub(store: Store, changed: (documentOrRef: string) => void = () => {}, watch: (documents: readonly string[] | "all") => void = () => {}, tick: () => void = () => {}): LiveHub {
  const clients = new Set<Client>();
  const presence = new Map<string, Presence>();
  let since = "";
  let shape: StructureMark | undefined;
  let others = "";
  /** The newest import refusal seen (store.importRefusals): the ones after it are another process's to announce. */
  /** The newest rendering and revision ids seen (unitsWrittenSince). */
  let written_: WriteMark = { rendering: 0, revision: 0 };
  let refusals = 0;
  /** Id ranges (after, upTo] of refusals this server noted and announced itself (ownRefusals). */
  let own: Array<readonly [number, number]> = [];
  let timers: NodeJS.Timeout[] = [];

  const broadcast = (event: string, data: unknown): void => {
    const text = frame(event, data);
    for (const c of clients) c.res.write(text);
  };
  const sendUnits = (units: readonly ChangedUnit[]): void => {
    // (a unit with inline codes as the editor shows it: its English with its tags)
    for (const u of units) broadcast("unit", { kind: "saved", ...editorUnit(store, u) });
  };
  /** Saves by other processes: look only when another connection wrote to the corpus. */
  const poll = (): void => {
    try { tick(); } catch { /* the next tick */ }
    // (the documents someone has open: their files changed under the server are loaded — translations-watch.ts)
    // (every file, while a page that follows every document listens: the dashboard)
    if ([...clients].some((c) => c.all)) {
      try { watch("all"); } catch { /* the next tick */ }
    } else if (presence.size > 0) {
      try { watch([...new Set([...presence.values()].map((p) => p.document))]); } catch { /* the next tick */ }
    }
    let key: string;
    try { key = store.othersChangeKey(); } catch { return; /* a locked or closing database: the next tick tries again */ }
    if (key === others) return;
    try {
      const { units, documents, latest } = unitsChangedSince(store, since);
      since = latest;
      // (and what was written with an older date than the newest save: an import keeps its records' dates)
      const written = unitsWrittenSince(store, written_);
      written_ = written.mark;
      const said = new Set(units.map((u) => u.ref));
      sendUnits([...units, ...written.units.filter((u) => !said.has(u.ref))]);
      documents.push(...written.documents);
      // a large import, or joins, splits and re-ingests: those documents are read again whole
      const whole = new Set(documents);
      if (shape) {
        const moved = structureChangedSince(store, shape);
        shape = moved.mark;
        for (const d of moved.documents) whole.add(d);
      }
      // confirmed records a command beside the server (`translations import`) kept as drafts: said
      // with their document's `changed`, as the pulled-file watch says them (translations-watch.ts)
      const drafted = refusedSince();
      for (const d of drafted.keys()) whole.add(d);
      for (const document of whole) broadcast("unit", { kind: "changed", document, ...(drafted.get(document)?.length ? { drafted: drafted.get(document) } : {}) });
      // (taken only now: a read that threw leaves the key unseen, and the next tick reads the change
      // again — set before, that change was never announced; what was sent moved `since` and `shape` on)
      others = key;
    } catch { /* a locked or closing database: the next tick tries again */ }
  };
  /**
   * This server's saves were just announced: when no other process wrote to the corpus since the last
   * poll (othersChangeKey unchanged), every save since the mark is this server's, and the poll must not
   * announce them again at the next commit of a command beside the server.
   */
  const announced = (): void => {
    if (timers.length && store.othersChangeKey() === others) { since = latestSave(store); written_ = writeMark(store); refusals = latestRefusal(); }
  };
  const latestRefusal = (): number => { try { return store.importRefusals.latest(); } catch { return refusals; /* a database without the table (read-only, older) */ } };
  /** The refusals noted since the last look, by document (the latest of a unit only); the mark moves on. */
  const refusedSince = (): Map<string, DraftedRecord[]> => {
    const out = new Map<string, Map<string, DraftedRecord>>();
    let rows;
    try { rows = store.importRefusals.since(refusals); } catch { return new Map(); }
    for (const r of rows) {
      refusals = r.id;
      if (own.some(([after, upTo]) => r.id > after && r.id <= upTo)) continue;
      let findings: UnitFinding[];
      try { findings = JSON.parse(r.findings) as UnitFinding[]; } catch { findings = []; }
      let byRef = out.get(r.document);
      if (!byRef) out.set(r.document, (byRef = new Map()));
      byRef.delete(r.ref);
      byRef.set(r.ref, { ref: r.ref, requested: r.requested, author: r.author, file: r.file, findings });
    }
    own = own.filter(([, upTo]) => upTo > refusals);
    return new Map([...out].map(([d, m]) => [d, [...m.values()]]));
  };
  const start = (): void => {
    others = store.othersChangeKey();
    since = latestSave(store);
    written_ = writeMark(store);
    shape = structureMark(store);
    refusals = latestRefusal();
    timers = [
      setInterval(poll, POLL_MS),
      setInterval(() => { for (const c of clients) c.res.write(": ping\n\n"); }, HEARTBEAT_MS),
    ];
    for (const t of timers) t.unref();
  };
  const stop = (): void => {
    for (const t of timers) clearInterval(t);
    timers = [];
  };

  return {
    unitsSaved(results) {
      this.refsSaved(results.flatMap((r) => [r.ref, ...r.propagated.map((p) => p.ref)]));
    },
    refsSaved(refs) {
      for (const ref of refs) changed(ref);
      if (clients.size === 0) return;
      const units: ChangedUnit[] = [];
      for (const ref of new Set(refs)) {
        try { units.push(changedUnit(store, ref)); } catch { /* a propagated copy inside a joined unit: its own save announces it */ }
      }
      sendUnits(units);
      announced();
    },
    unitsChanged(kind, document, ref) {
      changed(document);
      broadcast("unit", { kind, document, ref });
      // Announced now: the poll need not announce it again. When no other process committed since
      // the last poll (othersChangeKey unchanged), every change of shape since the mark is this server's.
      if (shape && store.othersChangeKey() === others) shape = structureMark(store);
    },
    ownRefusals(after, upTo) {
      if (upTo > after) own.push([after, upTo]);
    },
    documentChanged(document, drafted) {
      changed(document);
      broadcast("unit", { kind: "changed", document, ...(drafted?.length ? { drafted } : {}) });
      announced();
    },
    glossaryChanged() {
      broadcast("glossary", {});
    },
    present(p) {
      const before = presence.get(p.name);
      if (before && before.document === p.document && before.ref === p.ref) return;
      if (p.ref === null) presence.delete(p.name); else presence.set(p.name, p);
      // Leaving one document for another: the first one hears the person left.
      if (before && before.document !== p.document && before.ref !== null) broadcast("presence", { name: p.name, document: before.document, ref: null });
      broadcast("presence", p);
    },
    attach(name, res, all = false) {
      const client: Client = { name, res, all };
      if (clients.size === 0) start();
      clients.add(client);
      // (the mark after start(): a change after it is announced by this stream — this server's at its
      // commit, another process's by the poll, whose marks start() took — one before it moved the mark)
      let change: string | null;
      try { change = store.changeKey(); } catch { change = null; /* a locked database: the page reads again */ }
      res.write(frame("hello", { name, change }));
      for (const p of presence.values()) res.write(frame("presence", p));
      return () => {
        if (!clients.delete(client)) return;
        if (![...clients].some((c) => c.name === name)) {
          const p = presence.get(name);
          if (p) {
            presence.delete(name);
            broadcast("presence", { name, document: p.document, ref: null });
          }
        }
        if (clients.size === 0) stop();
      };
    },
    close() {
      stop();
      for (const c of clients) c.res.end();
      clients.clear();
      presence.clear();
    },
    get size() { return clients.size; },
  };
}

const presenceBody = {
  type: "object",
  additionalProperties: false,
  required: ["document", "ref"],
  properties: {
    document: { type: "string", minLength: 1, maxLength: 200 },
    ref: { anyOf: [{ type: "string", minLength: 1, maxLength: 200 }, { type: "null" }] },
  },
} as const;

/**
 * The routes. `allow` is the server's role check (users.ts `access`): it throws 401/403.
 */
export function registerLiveRoutes(app: FastifyInstance, hub: LiveHub, allow: (cookie: string | undefined, action: Action) => { readonly name: string }): void {
  app.get("/api/events", async (req, reply) => {
    const me = allow(req.headers.cookie, "read");
    reply.hijack();
    const res = reply.raw;
    res.writeHead(200, {
      ...(reply.getHeaders() as Record<string, string>),
      "content-type": "text/event-stream; charset=utf-8",
      "cache-control": "no-store",
      connection: "keep-alive",
      "x-accel-buffering": "no",
    });
    const detach = hub.attach(me.name, res, (req.query as { watch?: string }).watch === "all");
    req.raw.on("close", detach);
    res.on("close", detach);
    return undefined;
  });
  app.post<{ Body: { document: string; ref: string | null } }>("/api/presence", { schema: { body: presenceBody } }, async (req) => {
    const me = allow(req.headers.cookie, "read");
    hub.present({ name: me.name, document: req.body.document, ref: req.body.ref });
    return { ok: true };
  });
  // Open streams would keep close() waiting: end them first.
  app.addHook("preClose", async () => { hub.close(); });
}

/**
 * The editor's routes beyond the unit list and the save (registered by buildServer): split, the
 * suspect-fragment join suggestions, glossary terms of a whole document (highlighted in every row),
 * findings counted per unit (the "with findings" filter) and notes. Thin like the others: each route
 * calls one app-layer function; changes to joins, splits and notes go through `inStep`, so the
 * document's translations/ file is rewritten in the same transaction.
 */
import type { FastifyInstance } from "fastify";
import { inStep, type Gate } from "../app/lifecycle";
import { suggestJoins } from "../app/segments";
import { documentFindings, documentTerms, saveUnitNote, splitUnit } from "../app/workbench";
import type { Assist } from "../app/assist";
import type { Store } from "../store";

export interface EditorRouteContext {
  readonly store: Store;
  readonly root: string | undefined;
  /** The person asking (the onRequest hook has already refused anyone not logged in). */
  /** Who is asking, after the role check of a change (throws 401/403). */
  readonly author: (cookie: string | undefined) => string;
  /** The current glossary helper (rebuilt by POST /api/reload). */
  readonly assist: () => Assist;
  /** The checks a confirmation runs (the save queue's gate): what the findings counts show. */
  readonly gate: () => Gate;
  /** Tells the other people on the document that its units changed (the live hub). */
  readonly split?: (document: string, ref: string) => void;
  /** Tells them a unit's note changed (its revision moved on: the live hub's `saved`). */
  readonly noted?: (ref: string) => void;
}

const splitBody = {
  type: "object", additionalProperties: false, required: ["offset"],
  properties: { offset: { type: "integer", minimum: 0, maximum: 1000000 } },
} as const;
const noteBody = {
  type: "object", additionalProperties: false, required: ["note", "baseRevision"],
  properties: { note: { type: "string", maxLength: 2000 }, baseRevision: { type: "integer", minimum: 0 } },
} as const;

export function registerEditorRoutes(app: FastifyInstance, c: EditorRouteContext): void {
  const { store } = c;

  // POST /api/units/<ref>/split {offset}: cut the unit's source (as listed) at `offset`.
  app.post<{ Params: { ref: string }; Body: { offset: number } }>("/api/units/:ref/split", { schema: { body: splitBody } }, async (req) => {
    const author = c.author(req.headers.cookie);
    const r = inStep(store, c.root, () => splitUnit(store, req.params.ref, req.body.offset, author, new Date().toISOString()), (x) => [x.document]);
    c.split?.(r.document, r.units[0]);
    return r;
  });

  // GET /api/documents/<slug>/suggestions: joins suggested for the suspect fragments (`segments suggest`).
  app.get<{ Params: { slug: string } }>("/api/documents/:slug/suggestions", async (req) => suggestJoins(store, [req.params.slug]));

  // GET /api/documents/<slug>/terms: glossary concepts and where they occur in each unit's source.
  app.get<{ Params: { slug: string } }>("/api/documents/:slug/terms", async (req) => documentTerms(store, req.params.slug, { assist: c.assist() }));

  // GET /api/documents/<slug>/findings: {ref: {error, warning}} for the units whose English the checks flag.
  app.get<{ Params: { slug: string } }>("/api/documents/:slug/findings", async (req) => documentFindings(store, req.params.slug, { gate: c.gate() }));

  // PUT /api/units/<ref>/note {note, baseRevision}: a note on the English, text and state kept.
  app.put<{ Params: { ref: string }; Body: { note: string; baseRevision: number } }>("/api/units/:ref/note", { schema: { body: noteBody } }, async (req) => {
    const ref = req.params.ref;
    const author = c.author(req.headers.cookie); // (and the role check: app/users.ts access, segments.edit)
    const u = inStep(store, c.root, () => saveUnitNote(store, ref, req.body.note, { baseRevision: req.body.baseRevision, author, now: new Date().toISOString() }), (x) => [x.ref.slice(0, x.ref.lastIndexOf(":"))]);
    c.noted?.(u.ref);
    return u;
  });
}

/**
 * The workbench's glossary routes: search and read concepts (as `selaras glossary list` does, through
 * searchConcepts), preview a new concept (the `--dry-run` of `selaras glossary add`: the findings it
 * would add or remove across the corpus, nothing written) and add it (addConcept: the line appended to
 * a file of `glossary/`, then the database synced, as `selaras glossary add` does). Changing the
 * glossary is for admins (assertAuthorized "glossary.edit"); the helper's hints are rebuilt after it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { FastifyInstance, FastifyRequest } from "fastify";
import {
  addConcept, changesFromEdit, conceptCells, conceptFromFields, DEFAULT_GLOSSARY_DIR, EDITABLE_CELLS, removeConcept, setConcept, type ConceptEdit, DEFAULT_GLOSSARY_FILE, glossaryFiles, loadGlossary, conceptSearch, type ConceptFields, type EditResult,
} from "../app/glossary";
import { assertAuthorized, type UserRole } from "../app/users";
import { ConflictError, NotFoundError, ParseError, UsageError } from "../errors";
import { ENFORCE_LEVELS, type Concept } from "../glossary";
import type { PreviewJob } from "./preview-worker";
import { QUERY_LIMIT, QUERY_OFFSET, CHANGE_HEADER, type RouteContext } from "./route-context";
import { gone, runInWorker, workerDbFile } from "./worker-job";

/** How long a preview may take before it is stopped (ServerOptions.previewTimeoutMs): 16 s for 50,000 renderings at a load of 17; a corpus 20 times that still fits. */
const PREVIEW_TIMEOUT_MS = 10 * 60_000;

/** `addConcept(…, {dryRun})` in a worker thread (./preview-worker.ts) on its own read-only connection (see runInWorker). */
function previewInWorker(job: PreviewJob, signal: AbortSignal, timeoutMs: number): Promise<EditResult> {
  return runInWorker<EditResult>("preview-worker", job, { signal, timeoutMs, codes: { timeout: "preview-timeout", cancelled: "preview-cancelled", stopped: "preview-worker-stopped" } });
}

const forms = { type: "array", maxItems: 50, items: { type: "string", minLength: 1, maxLength: 500 } } as const;
const text = { type: "string", maxLength: 2000 } as const;
const conceptSchema = {
  type: "object",
  additionalProperties: false,
  required: ["id", "sources"],
  properties: {
    id: { type: "string", minLength: 1, maxLength: 200 },
    sources: { ...forms, minItems: 1 },
    preferred: forms, admitted: forms, forbidden: forms,
    dnt: { type: "boolean" },
    enforce: { type: "string", enum: [...ENFORCE_LEVELS] },
    unverified: { type: "boolean" },
    pos: text, domain: text, note: text, example: text,
  },
} as const;
/** `file`: a plain `.tsv` file name inside glossary/ (as `glossary add --into`). */
const addBody = {
  type: "object",
  additionalProperties: false,
  required: ["concept"],
  properties: { concept: conceptSchema, file: { type: "string", pattern: "^[A-Za-z0-9][A-Za-z0-9._-]{0,99}\\.tsv$" } },
} as const;
interface AddBody { concept: ConceptFields; file?: string }
/** An edit (`glossary set`): the cells that change, written as in the files, and flags; `dryRun`: the preview only. */
const editBody = {
  type: "object",
  additionalProperties: false,
  properties: {
    cells: { type: "object", additionalProperties: false, properties: Object.fromEntries(EDITABLE_CELLS.map((c) => [c, { type: "string", maxLength: 20000 }])) },
    dnt: { type: "boolean" }, enforce: { type: "string", enum: [...ENFORCE_LEVELS] }, unverified: { type: "boolean" }, dryRun: { type: "boolean" },
  },
} as const;
interface EditBody extends ConceptEdit { dryRun?: boolean }

/** A concept as the page shows it: its file relative to the project folder. */
function view(c: Concept, root: string) {
  const { file, ...rest } = c;
  return { ...rest, ...(file !== undefined ? { file: path.relative(root, path.resolve(root, file)).split(path.sep).join("/") } : {}) };
}
/** One concept for its page: also its cells as the file writes them (what the edit form starts from). */
const viewOne = (c: Concept, root: string) => ({ ...view(c, root), cells: conceptCells(c) });

export function registerGlossaryRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;
  const root = ctx.root ?? ".";
  const dir = path.join(root, DEFAULT_GLOSSARY_DIR);
  /**
   * The glossary `glossary list` reads here (the database's if it holds one, else the glossary/
   * folder), searchable and by id: kept while the database's glossary is unchanged
   * (store.glossary.changeKey: a save of a rendering, a login or a user added keeps it; a write to
   * the glossary's tables by this server or another process does not), so typing in the page's search box does not read and normalise
   * 50,000 concepts per keystroke (0.75 s each; 1.5-4 s on a busy machine). The glossary/ folder (a
   * database without a glossary) is read every time, as it can change unseen.
   */
  let kept: { key: string; all: Concept[]; search: (text: string) => Concept[]; byId: Map<string, Concept> } | null = null;
  const glossary = () => {
    const key = store.glossary.changeKey();
    if (kept?.key === key) return kept;
    const fromDb = store.glossary.count() > 0;
    const all: Concept[] = fromDb ? store.glossary.all() : fs.existsSync(dir) ? loadGlossary(dir) : [];
    const made = { key, all, search: conceptSearch(all), byId: new Map(all.map((c) => [c.id, c])) };
    kept = fromDb ? made : null;
    return made;
  };
  const admin = (req: FastifyRequest) => {
    const me = ctx.who(req)!;
    assertAuthorized({ name: me.name, role: me.role as UserRole }, "glossary.edit");
  };
  /** A duplicate id or source form is a conflict with what is there (409); other invalid concepts are 400. */
  // (a duplicate on the line an edit would write comes as a UsageError naming the field: the same conflict)
  const conflict = (e: unknown): unknown =>
    (e instanceof ParseError || e instanceof UsageError) && (e.code === "glossary-duplicate-id" || e.code === "glossary-duplicate-source") ? new ConflictError(e.code, e.data) : e;
  function edit<T>(fn: () => Promise<T>): Promise<T>;
  function edit<T>(fn: () => T): T;
  function edit<T>(fn: () => T | Promise<T>): T | Promise<T> {
    try {
      const r = fn();
      return r instanceof Promise ? r.catch((e: unknown) => { throw conflict(e); }) : r;
    } catch (e) {
      throw conflict(e);
    }
  }

  app.get<{ Querystring: { q?: string; limit?: string; offset?: string } }>("/api/glossary", {
    schema: {
      querystring: {
        type: "object", additionalProperties: false,
        properties: { q: { type: "string", maxLength: 500 }, limit: QUERY_LIMIT, offset: QUERY_OFFSET },
      },
    },
  }, async (req, reply) => {
    // (the change mark the list was read at — taken before it: a write in between makes it older,
    // never newer — which the page's live stream's `hello` is compared with: live.ts)
    reply.header(CHANGE_HEADER, store.changeKey());
    const g = glossary();
    const found = g.search(req.query.q ?? "");
    // (without limit or offset: every match, as before they existed)
    const from = Number(req.query.offset ?? 0);
    const page = req.query.limit !== undefined || from > 0 ? found.slice(from, req.query.limit !== undefined ? from + Number(req.query.limit) : undefined) : found;
    return {
      total: g.all.length,
      matched: found.length,
      offset: from,
      concepts: page.map((c) => view(c, root)),
      files: fs.existsSync(dir) ? glossaryFiles(dir).filter((f) => f.toLowerCase().endsWith(".tsv")).map((f) => path.basename(f)) : [],
      defaultFile: DEFAULT_GLOSSARY_FILE,
    };
  });

  app.get<{ Params: { id: string } }>("/api/glossary/:id", async (req) => {
    const c = glossary().byId.get(req.params.id);
    if (!c) throw new NotFoundError("glossary-entry-not-found", { entry: req.params.id, dir });
    return viewOne(c, root);
  });

  /** A preview (dry run) of an edit or removal: off the server's thread when the database is a file, as the add's. */
  const previewOf = async (job: { kind: "set"; id: string; edit: ConceptEdit } | { kind: "remove"; id: string }, run: () => EditResult, signal: AbortSignal) => {
    const dbFile = workerDbFile(store);
    const r = dbFile
      ? await edit(() => previewInWorker({ dbFile, dir: path.resolve(dir), ...job }, signal, ctx.previewTimeoutMs ?? PREVIEW_TIMEOUT_MS))
      : edit(run);
    return { ...r, file: path.basename(r.file) };
  };

  app.put<{ Params: { id: string }; Body: EditBody }>("/api/glossary/:id", { schema: { body: editBody } }, async (req, reply) => {
    admin(req);
    const { dryRun, ...e } = req.body;
    const id = req.params.id;
    const changes = changesFromEdit(e);
    if (dryRun) return previewOf({ kind: "set", id, edit: e }, () => setConcept(store, id, changes, { dir, dryRun: true, now: new Date().toISOString() }), gone(reply));
    const r = edit(() => setConcept(store, id, changes, { dir, now: new Date().toISOString() }));
    if (!r.unchanged) ctx.reloadAssist();
    // (the glossary read again once, for this answer and the searches after it)
    const now = glossary().byId.get(id);
    return { file: path.basename(r.file), entries: r.entries, sync: r.sync, unchanged: r.unchanged === true, concept: now ? viewOne(now, root) : null };
  });

  app.delete<{ Params: { id: string }; Querystring: { dryRun?: string } }>("/api/glossary/:id", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { dryRun: { type: "string", enum: ["1", "true", "0", "false"] } } } },
  }, async (req, reply) => {
    admin(req);
    const id = req.params.id;
    if (req.query.dryRun === "1" || req.query.dryRun === "true") return previewOf({ kind: "remove", id }, () => removeConcept(store, id, { dir, dryRun: true, now: new Date().toISOString() }), gone(reply));
    const r = edit(() => removeConcept(store, id, { dir, now: new Date().toISOString() }));
    ctx.reloadAssist();
    return { file: path.basename(r.file), entries: r.entries, sync: r.sync, deleted: r.deleted === true };
  });

  app.post<{ Body: AddBody }>("/api/glossary/preview", { schema: { body: addBody } }, async (req, reply) => {
    admin(req);
    const concept = conceptFromFields(req.body.concept);
    const file = req.body.file ?? DEFAULT_GLOSSARY_FILE;
    // Off the server's thread when the database is a file (the check runs take seconds on a large corpus).
    const dbFile = workerDbFile(store);
    const r = dbFile
      ? await edit(() => previewInWorker({ dbFile, dir: path.resolve(dir), file, concept: req.body.concept }, gone(reply), ctx.previewTimeoutMs ?? PREVIEW_TIMEOUT_MS))
      : edit(() => addConcept(store, concept, { dir, file, dryRun: true, now: new Date().toISOString() }));
    return { ...r, file: path.basename(r.file), concept: view(concept, root) };
  });

  app.post<{ Body: AddBody }>("/api/glossary", { schema: { body: addBody } }, async (req, reply) => {
    admin(req);
    const concept = conceptFromFields(req.body.concept);
    const r = edit(() => addConcept(store, concept, { dir, file: req.body.file ?? DEFAULT_GLOSSARY_FILE, now: new Date().toISOString() }));
    ctx.reloadAssist();
    const added = glossary().byId.get(concept.id);
    return reply.code(201).send({ file: path.basename(r.file), entries: r.entries, sync: r.sync, concept: added ? view(added, root) : null });
  });
}

/**
 * The workbench's glossary routes: search and read concepts (as `selaras glossary list` does, through
 * searchConcepts), preview a new concept (the `--dry-run` of `selaras glossary add`: the findings it
 * would add or remove across the corpus, nothing written) and add it (addConcept: the line appended to
 * a file of `glossary/`, then the database synced, as `selaras glossary add` does). Changing the
 * glossary is for admins (assertAuthorized "glossary.edit"); the helper's hints are rebuilt after it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { Worker } from "node:worker_threads";
import type { FastifyInstance, FastifyReply, FastifyRequest } from "fastify";
import {
  addConcept, conceptFromFields, DEFAULT_GLOSSARY_DIR, DEFAULT_GLOSSARY_FILE, glossaryFiles, loadGlossary, searchConcepts, type ConceptFields, type EditResult,
} from "../app/glossary";
import { assertAuthorized, type UserRole } from "../app/users";
import * as errors from "../errors";
import { ConflictError, NotFoundError, ParseError, SelarasError } from "../errors";
import { ENFORCE_LEVELS, type Concept } from "../glossary";
import type { PreviewJob, PreviewReply } from "./preview-worker";
import type { RouteContext } from "./route-context";
import { workerScript } from "../app/worker-script";

/** How long a preview may take before it is stopped (ServerOptions.previewTimeoutMs): 16 s for 50,000 renderings at a load of 17; a corpus 20 times that still fits. */
const PREVIEW_TIMEOUT_MS = 10 * 60_000;

/**
 * `addConcept(…, {dryRun})` in a worker thread (./preview-worker.ts) on its own read-only connection;
 * its error rethrown here. The worker is stopped when the asker goes away (`signal`) or the preview
 * takes longer than `timeoutMs` (preview-timeout), and one that ends without a word fails it
 * (preview-worker-stopped): none is left running with nobody waiting for it.
 */
function previewInWorker(job: PreviewJob, signal: AbortSignal, timeoutMs: number): Promise<EditResult> {
  const { file, execArgv } = workerScript(__dirname, "preview-worker");
  return new Promise((resolve, reject) => {
    const w = new Worker(file, { workerData: job, ...(execArgv ? { execArgv } : {}) });
    let done = false;
    const end = (fn: () => void) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      signal.removeEventListener("abort", abort);
      fn();
    };
    const stop = (e: SelarasError) => end(() => { void w.terminate(); reject(e); });
    const abort = () => stop(new SelarasError("preview-cancelled", {}));
    const timer = setTimeout(() => stop(new SelarasError("preview-timeout", { seconds: Math.round(timeoutMs / 1000) })), timeoutMs);
    if (signal.aborted) { abort(); return; }
    signal.addEventListener("abort", abort);
    w.once("message", (m: PreviewReply) => end(() => {
      if (m.ok) { resolve(m.result); return; }
      const Kind = (errors as unknown as Record<string, new (code: string, data: Record<string, unknown>) => SelarasError>)[m.kind];
      reject(Kind && Kind.prototype instanceof SelarasError ? new Kind(m.code, m.data) : new Error(m.message));
    }));
    w.once("error", (e) => end(() => reject(e)));
    w.once("exit", (code) => end(() => reject(new SelarasError("preview-worker-stopped", { code }))));
  });
}

/** Aborted when the connection closes before the answer was sent (the asker went away). */
function gone(reply: FastifyReply): AbortSignal {
  const c = new AbortController();
  reply.raw.once("close", () => { if (!reply.raw.writableEnded) c.abort(); });
  return c.signal;
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

/** A concept as the page shows it: its file relative to the project folder. */
function view(c: Concept, root: string) {
  const { file, ...rest } = c;
  return { ...rest, ...(file !== undefined ? { file: path.relative(root, path.resolve(root, file)).split(path.sep).join("/") } : {}) };
}

export function registerGlossaryRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const { store } = ctx;
  const root = ctx.root ?? ".";
  const dir = path.join(root, DEFAULT_GLOSSARY_DIR);
  /** The glossary `glossary list` reads here: the database's if it holds one, else the glossary/ folder. */
  const concepts = (): Concept[] => (store.glossary.count() > 0 ? store.glossary.all() : fs.existsSync(dir) ? loadGlossary(dir) : []);
  const admin = (req: FastifyRequest) => {
    const me = ctx.who(req)!;
    assertAuthorized({ name: me.name, role: me.role as UserRole }, "glossary.edit");
  };
  /** A duplicate id or source form is a conflict with what is there (409); other invalid concepts are 400. */
  const conflict = (e: unknown): unknown =>
    e instanceof ParseError && (e.code === "glossary-duplicate-id" || e.code === "glossary-duplicate-source") ? new ConflictError(e.code, e.data) : e;
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

  app.get<{ Querystring: { q?: string } }>("/api/glossary", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { q: { type: "string", maxLength: 500 } } } },
  }, async (req) => {
    const all = concepts();
    return {
      total: all.length,
      concepts: searchConcepts(all, req.query.q ?? "").map((c) => view(c, root)),
      files: fs.existsSync(dir) ? glossaryFiles(dir).filter((f) => f.toLowerCase().endsWith(".tsv")).map((f) => path.basename(f)) : [],
      defaultFile: DEFAULT_GLOSSARY_FILE,
    };
  });

  app.get<{ Params: { id: string } }>("/api/glossary/:id", async (req) => {
    const c = concepts().find((x) => x.id === req.params.id);
    if (!c) throw new NotFoundError("glossary-entry-not-found", { entry: req.params.id, dir });
    return view(c, root);
  });

  app.post<{ Body: AddBody }>("/api/glossary/preview", { schema: { body: addBody } }, async (req, reply) => {
    admin(req);
    const concept = conceptFromFields(req.body.concept);
    const file = req.body.file ?? DEFAULT_GLOSSARY_FILE;
    // Off the server's thread when the database is a file (the check runs take seconds on a large corpus).
    const dbFile = store.db.name;
    const r = dbFile && dbFile !== ":memory:"
      ? await edit(() => previewInWorker({ dbFile, dir: path.resolve(dir), file, concept: req.body.concept }, gone(reply), ctx.previewTimeoutMs ?? PREVIEW_TIMEOUT_MS))
      : edit(() => addConcept(store, concept, { dir, file, dryRun: true, now: new Date().toISOString() }));
    return { ...r, file: path.basename(r.file), concept: view(concept, root) };
  });

  app.post<{ Body: AddBody }>("/api/glossary", { schema: { body: addBody } }, async (req, reply) => {
    admin(req);
    const concept = conceptFromFields(req.body.concept);
    const r = edit(() => addConcept(store, concept, { dir, file: req.body.file ?? DEFAULT_GLOSSARY_FILE, now: new Date().toISOString() }));
    ctx.reloadAssist();
    const added = store.glossary.all().find((c) => c.id === concept.id);
    return reply.code(201).send({ file: path.basename(r.file), entries: r.entries, sync: r.sync, concept: added ? view(added, root) : null });
  });
}

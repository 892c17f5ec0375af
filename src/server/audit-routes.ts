/**
 * The workbench's audit route: `GET /api/audit` runs the one audit engine (`auditDatabase`, the
 * function `selaras audit` calls) over every rendering in the database and answers its report as
 * JSON (`selaras audit --format json` without the rendered messages: the page words them through
 * i18next). The page renders it (views/Audit.tsx) with every finding linked to its unit: the CLI's
 * HTML report carries inline CSS and script, which the workbench's Content-Security-Policy forbids.
 *
 * The audit's chunks are audited in worker threads only, so this thread keeps answering the team's
 * other requests meanwhile (a corpus of one chunk, up to 5,000 pairs, is audited here: ~0.2 s). A shared server runs one audit at a time (an audit takes every core's
 * worker threads and holds its report in memory), and a run is shared while nothing it read changed:
 * the database (store.changeKey: renderings, suppressions, the database's glossary, whatever this
 * server or another process writes) and, when the database holds no glossary, the project's
 * glossary/ folder (its files' names, sizes and times). An opening with nothing changed since the
 * last run (or the run under way) started gets that run, without auditing again; one after a
 * change waits for the run under way and then gets the next, one run for every request that came
 * meanwhile. So each answer sees every save made before its request, and a team opening the page
 * together costs one run (two when someone saved during it), not one per person.
 *
 * A corpus's report is large (200,000 pairs: 31 MB of JSON, 40,000 findings, each concept's
 * violations with both texts). `GET /api/audit?limit=n` answers it a page at a time, as the page asks
 * for it: the first n findings that pass the filters (`check`, `severity`, `q` with `lang`), each concept's lists
 * cut to `lists` (default 20, 0: none; with their `totals`), no pair texts, and the `run` the rest is asked of:
 * `GET /api/audit/findings?run&offset&limit…` (more findings, other filters) and
 * `GET /api/audit/concepts/<id>?run` (a concept's lists in full). The server keeps the last run's
 * report for them until the next run (after a change) replaces it: then 409 audit-run-replaced
 * naming the latest run, which the page goes on with. A report nobody asked of for 15 minutes is
 * let go (it can be hundreds of MB); a page of it asked later with nothing changed is answered from
 * a run made again under the same name (the same inputs, the same report), never a 409.
 */
import * as path from "node:path";
import type { FastifyInstance } from "fastify";
import { auditDatabase } from "../app/audit";
import { DEFAULT_GLOSSARY_DIR, glossaryFolderState } from "../app/glossary-source";
import { ConflictError, NotFoundError } from "../errors";
import { LANGS, type Lang } from "../i18n";
import { QUERY_LIMIT as limitProp, QUERY_OFFSET as offsetProp, CHANGE_HEADER, type RouteContext } from "./route-context";

type Answer = ReturnType<typeof answerOf>;
type Finding = Answer["findings"][number];

function answerOf(r: Awaited<ReturnType<typeof auditDatabase>>) {
  return { ...r.audit, findings: [...r.audit.findings], glossary: r.glossary, suppressions: { lapsed: r.suppressions.lapsed, unused: r.suppressions.unused } };
}

/** A run's answer kept for its pages: `run` names it; its findings' search texts are made once per language, when first searched. */
interface Kept {
  readonly run: string;
  /** What the run read (inputsKey, taken as it started). */
  readonly key: string;
  /** The database's change mark as the run started (store.changeKey: sent as `x-selaras-change`). */
  readonly mark: string;
  readonly answer: Answer;
  readonly search: Partial<Record<Lang, string[]>>;
}

/**
 * The filters of the findings' pages: a check, a severity (`suppressed`: the suppressed ones), words
 * of the ref, the check (its id or its name), the message as the page words it in `lang` (default English) or its data
 * (the term, the expected rendering, the number…).
 */
interface Filters { check?: string; severity?: string; q?: string; lang?: Lang }

/** What a finding is searched by, lower-cased: its ref, check (its id and its name as the page shows it), message (in the page's words) and data values. */
function searchText(f: Finding, name: string, message: string): string {
  const values = Object.values((f.data ?? {}) as Record<string, unknown>).filter((v) => typeof v === "string" || typeof v === "number");
  return `${f.ref} ${f.checkId} ${name} ${message} ${values.join(" ")}`.toLowerCase();
}

/** The findings that pass the filters, from `offset`, at most `limit` of them, and how many pass in all. */
function pageOf(kept: Kept, f: Filters, offset: number, limit: number, wording: RouteContext["findingText"], naming: RouteContext["checkName"]): { findings: Finding[]; matched: number } {
  const all = kept.answer.findings;
  const words = (f.q ?? "").toLowerCase().split(/\s+/).filter(Boolean);
  const lang = f.lang ?? "en";
  const search = words.length ? (kept.search[lang] ??= all.map((x) => searchText(x, naming(lang, x.checkId), wording(lang, x)))) : [];
  const out: Finding[] = [];
  let matched = 0;
  for (let i = 0; i < all.length; i++) {
    const x = all[i]!;
    if (f.check && x.checkId !== f.check) continue;
    if (f.severity && (f.severity === "suppressed" ? !x.suppressed : x.severity !== f.severity || x.suppressed)) continue;
    if (words.length && !words.every((w) => search[i]!.includes(w))) continue;
    if (matched >= offset && out.length < limit) out.push(x);
    matched++;
  }
  return { findings: out, matched };
}

type ConceptAnswer = Answer["conceptAudits"][number];

/** A concept's lists without the pairs' texts (the page shows the ref and the finding), the violations cut to `limit`. */
function conceptLists(c: ConceptAnswer, limit: number) {
  const violations = [];
  let open = 0;
  for (const v of c.violations) {
    if (!v.suppressed) open++;
    if (violations.length < limit) violations.push({ ref: v.ref, checkId: v.checkId, severity: v.severity, messageId: v.messageId, data: v.data, offending: v.offending, suppressed: v.suppressed });
  }
  return {
    violations,
    forbidden: c.forbidden.slice(0, limit),
    untranslated: c.untranslated.slice(0, limit),
    totals: { violations: c.violations.length, open, forbidden: c.forbidden.length, untranslated: c.untranslated.length },
  };
}

const filterProps = {
  check: { type: "string", maxLength: 100 },
  severity: { type: "string", enum: ["error", "warning", "info", "suppressed"] },
  q: { type: "string", maxLength: 500 },
  lang: { type: "string", enum: [...LANGS] },
} as const;
/** How long the last run's report is kept after it was last asked of (then its pages answer 409 and the page audits again). */
const KEEP_MS = 15 * 60_000;
/** Items of each concept's lists a page of the report carries (`lists`; the rest: /api/audit/concepts/<id>). */
const CONCEPT_LISTS = 20;

export function registerAuditRoutes(app: FastifyInstance, ctx: RouteContext): void {
  /**
   * What a run's report depends on, as a key (equal keys: the same report): the database — its
   * renderings, suppressions and glossary (store.changeKey) — and, when it holds no glossary, the
   * project's glossary/ folder the audit then reads (chooseGlossary).
   */
  const inputsKey = (): string => inputs().key;
  const inputs = (): { key: string; mark: string } => {
    const db = ctx.store.changeKey();
    let own = 0;
    try {
      own = ctx.store.glossary.count();
    } catch {
      own = 0; // (a database without a glossary table: the folder's)
    }
    return { key: own > 0 ? db : `${db}|${glossaryFolderState(path.join(ctx.root ?? ".", DEFAULT_GLOSSARY_DIR)).key}`, mark: db };
  };
  /** The run under way (and what it read), and the one the requests that came after a change wait for. */
  let running: { readonly run: Promise<Kept>; readonly key: string } | null = null;
  let next: Promise<Kept> | null = null;
  /** The last run's report, for its pages (let go KEEP_MS after it was last asked of: it can be hundreds of MB). */
  let kept: Kept | null = null;
  /** The last run's name and key, kept after its report was let go: a run with the same key takes its name. */
  let named: { readonly run: string; readonly key: string } | null = null;
  let runs = 0;
  let expiry: NodeJS.Timeout | undefined;
  const keep = (k: Kept): Kept => {
    clearTimeout(expiry);
    expiry = setTimeout(() => { if (kept === k) kept = null; }, ctx.auditKeepMs ?? KEEP_MS);
    expiry.unref();
    return k;
  };
  app.addHook("onClose", async () => { clearTimeout(expiry); kept = null; });
  const start = (): Promise<Kept> => {
    // (the key before the run reads: a write during the run makes the next opening audit again)
    const { key, mark } = inputs();
    const name = named !== null && named.key === key ? named.run : `${Date.now().toString(36)}-${++runs}`;
    // (the chunks audited in worker threads only: this thread, which answers every other request,
    // only hands them out and merges; measured on 200,000 pairs, other requests during an audit
    // took a median 2 ms instead of 43-52 ms, the audit 10-25% longer: docs/workbench.md. A corpus
    // of one chunk, up to 5,000 pairs, is audited here: ~0.2 s, where a worker's start took 1.2 s)
    const run = auditDatabase(ctx.store, { root: ctx.root ?? ".", mainThreadAudits: "beyond-one-chunk", ...(ctx.auditChunkSize !== undefined ? { chunkSize: ctx.auditChunkSize, minPairsPerWorker: 1 } : {}) }).then((r) => {
      named = { run: name, key };
      return keep(kept = { run: name, key, mark, answer: answerOf(r), search: {} });
    });
    running = { run, key };
    const clear = () => { if (running?.run === run) running = null; };
    run.then(clear, clear);
    return run;
  };
  const audit = async (): Promise<Kept> => {
    const key = inputsKey();
    // (nothing changed since the kept run, or since the run under way started: that run)
    if (kept !== null && kept.key === key) return keep(kept);
    if (running !== null && running.key === key) return running.run;
    // (a run about to start after the one under way: this request's too)
    if (next !== null) return next;
    if (running === null) return start();
    // (after the run under way, whether it succeeded or failed: its failure is its own requests')
    const settle = () => { next = null; return kept !== null && kept.key === inputsKey() ? keep(kept) : start(); };
    next = running.run.then(settle, settle);
    return next;
  };
  /** The kept run `run` names (409 once another run, after a change, replaced it). */
  const keptRun = async (run: string): Promise<Kept> => {
    if (kept !== null && kept.run === run) return keep(kept);
    // (its report let go, nothing changed since: made again under its name, the same report)
    if (kept === null && named !== null && named.run === run && named.key === inputsKey()) {
      const k = await audit();
      if (k.run === run) return k;
    }
    // (`latest`: the run that replaced it, whose pages the asker can go on with instead of auditing again)
    throw new ConflictError("audit-run-replaced", { run, latest: kept?.run ?? "" });
  };
  app.get<{ Querystring: Filters & { limit?: string; lists?: string; run?: string } }>("/api/audit", {
    schema: { querystring: { type: "object", additionalProperties: false, properties: { ...filterProps, limit: limitProp, run: { type: "string", maxLength: 100 }, lists: { type: "string", pattern: "^(?:0|[1-9][0-9]{0,3}|10000)$" } } } },
  }, async (req, reply) => {
    const { limit: asked, lists, run, ...filters } = req.query;
    // (`run`: that run's report when it is still the kept one, without auditing again)
    const k = run !== undefined && kept !== null && kept.run === run ? keep(kept) : await audit();
    // (the change mark the run read at: the page's live stream compares its `hello` with it — live.ts)
    reply.header(CHANGE_HEADER, k.mark);
    if (asked === undefined) return k.answer;
    const limit = Number(asked), perConcept = Number(lists ?? CONCEPT_LISTS);
    const page = pageOf(k, filters, 0, limit, ctx.findingText, ctx.checkName);
    return {
      ...k.answer,
      run: k.run,
      conceptAudits: k.answer.conceptAudits.map((c) => ({ ...c, ...conceptLists(c, perConcept) })),
      findings: page.findings,
      findingsTotal: k.answer.findings.length,
      findingsMatched: page.matched,
    };
  });
  app.get<{ Querystring: Filters & { run: string; offset?: string; limit?: string } }>("/api/audit/findings", {
    schema: { querystring: { type: "object", additionalProperties: false, required: ["run"], properties: { ...filterProps, run: { type: "string", maxLength: 100 }, offset: offsetProp, limit: limitProp } } },
  }, async (req) => {
    const { run, offset: from, limit: asked, ...filters } = req.query;
    const offset = Number(from ?? 0), limit = Number(asked ?? 500);
    const k = await keptRun(run);
    const page = pageOf(k, filters, offset, limit, ctx.findingText, ctx.checkName);
    return { run, offset, findings: page.findings, findingsTotal: k.answer.findings.length, findingsMatched: page.matched };
  });
  app.get<{ Params: { id: string }; Querystring: { run: string } }>("/api/audit/concepts/:id", {
    schema: { querystring: { type: "object", additionalProperties: false, required: ["run"], properties: { run: { type: "string", maxLength: 100 } } } },
  }, async (req) => {
    const k = await keptRun(req.query.run);
    const c = k.answer.conceptAudits.find((x) => x.id === req.params.id);
    if (!c) throw new NotFoundError("audit-concept-not-found", { entry: req.params.id });
    return { run: k.run, id: c.id, ...conceptLists(c, Infinity) };
  });
}

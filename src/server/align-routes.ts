/**
 * The workbench's alignment review routes (registered by buildServer):
 *   POST /api/documents/:slug/align/preview {english, name?, presplit?}  → proposeAlignment (writes nothing)
 *   POST /api/documents/:slug/align {english, name?, presplit?, beads?}  → applyAlignment (`align --doc`)
 *   GET  /api/documents/:slug/align                                    → the document's status (as `selaras
 *        status <slug>`), or `not-found-document`: the page says at once that there is no such document
 * Thin like the CLI: validate the body, check the role (`align.store`: translator, reviewer, admin),
 * call the app layer. The English travels as text (the page reads an uploaded file itself); its
 * limits are the CLI's: lines up to 1,000,000 bytes (`line-too-long`), no NUL or control characters,
 * not empty (`file-empty`); a body above BODY_LIMIT is refused with 413.
 */
import type { FastifyInstance, FastifyRequest } from "fastify";
import { applyAlignment, proposeAlignment, type ReviewedBead } from "../app/align";
import { checkGlossary } from "../app/check";
import { documentStatus } from "../app/status";
import { assertAuthorized, type User } from "../app/users";
import { AuthError } from "../errors";
import { compileGlossary, type GlossaryMatcher } from "../glossary";
import { CHANGE_HEADER, type RouteContext } from "./route-context";

/** A body up to 16 MiB: an English text as long as a long book, in JSON. */
export const ALIGN_BODY_LIMIT = 16 * 1024 * 1024;

const textFields = {
  english: { type: "string" },
  /** The uploaded file's name (named in errors and in the result); default `<text>`. */
  name: { type: "string", minLength: 1, maxLength: 300 },
  presplit: { type: "boolean", default: false },
} as const;

const previewBody = { type: "object", additionalProperties: false, required: ["english"], properties: textFields } as const;
const ordinals = { type: "array", maxItems: 1000, items: { type: "integer", minimum: 0 } } as const;
const applyBody = {
  type: "object", additionalProperties: false, required: ["english"],
  properties: {
    ...textFields,
    beads: {
      type: "array", maxItems: 1_000_000,
      items: { type: "object", additionalProperties: false, required: ["segments", "sentences"], properties: { segments: ordinals, sentences: ordinals } },
    },
  },
} as const;

interface TextBody { english: string; name?: string; presplit: boolean }
interface ApplyBody extends TextBody { beads?: ReviewedBead[] }

/** `o.root`: translations/ kept in step there, and its glossary/ read when the database has none. */
export function registerAlignRoutes(app: FastifyInstance, o: RouteContext): void {
  const { store } = o;
  /** Glossary concepts are anchors, as with `align --doc`: the database's glossary, else the project's glossary/. */
  function glossary(): GlossaryMatcher | undefined {
    if (o.root !== undefined) return checkGlossary(store, undefined, o.root).matcher;
    return store.glossary.count() > 0 ? compileGlossary(store.glossary.all()) : undefined;
  }
  function allowed(req: FastifyRequest): User {
    const me = o.who(req) as User | null;
    if (!me) throw new AuthError("login-required", {});
    assertAuthorized(me, "align.store");
    return me;
  }
  const textOptions = (b: TextBody) => ({ presplit: b.presplit, ...(b.name !== undefined ? { name: b.name } : {}), glossary: glossary() });

  // (read before the form is shown: a name without a document is said at once, not on "Propose beads")
  // (with the change mark it was read at — taken before it — which the page's live stream's `hello` is
  // compared with: the page shows the document's units as they are, a colleague's pairing included — live.ts)
  app.get<{ Params: { slug: string } }>("/api/documents/:slug/align", async (req, reply) => {
    reply.header(CHANGE_HEADER, store.changeKey());
    return documentStatus(store, [req.params.slug], { strict: true })[0];
  });

  app.post<{ Params: { slug: string }; Body: TextBody }>("/api/documents/:slug/align/preview", {
    bodyLimit: ALIGN_BODY_LIMIT, schema: { body: previewBody },
  }, async (req) => {
    allowed(req);
    return proposeAlignment(store, req.params.slug, req.body.english, textOptions(req.body));
  });

  app.post<{ Params: { slug: string }; Body: ApplyBody }>("/api/documents/:slug/align", {
    bodyLimit: ALIGN_BODY_LIMIT, schema: { body: applyBody },
  }, async (req) => {
    allowed(req);
    const b = req.body;
    // One transaction with the document's translations/ file kept in step (inStep, inside applyAlignment).
    const r = applyAlignment(store, req.params.slug, b.english, b.beads, {
      ...textOptions(b), now: new Date().toISOString(), ...(o.root !== undefined ? { root: o.root } : {}),
    });
    // (the pages showing the document read its units again: the English it now has)
    if (r.created + r.replaced > 0) o.documentChanged(req.params.slug);
    return r;
  });
}

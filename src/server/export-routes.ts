/**
 * Export downloads: `GET /api/export?format=…&document=…&status=…` answers the file `selaras export`
 * writes for the same options — the same function (exportParallel) writes it into a temporary folder,
 * in a worker thread on its own read-only connection (./export-worker.ts: the server keeps answering
 * meanwhile; stopped when the asker goes away), and its bytes are streamed as an attachment (the
 * folder removed once sent). Moses is three files: `part=id|en|ids` picks one.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import type { FastifyInstance } from "fastify";
import { exportParallel, type ExportOptions } from "../app/export";
import { UsageError } from "../errors";
import { FORMAT_IDS, formats } from "../formats";
import type { ExportJob } from "./export-worker";
import type { RouteContext } from "./route-context";
import { gone, runInWorker, workerDbFile } from "./worker-job";

/** How long an export may take before it is stopped (1,000,000 units take ~7 s). */
const EXPORT_TIMEOUT_MS = 30 * 60_000;
const EXPORT_CODES = { timeout: "export-timeout", cancelled: "export-cancelled", stopped: "export-worker-stopped" } as const;

/** Content types by format (Moses parts are plain text). */
export const EXPORT_TYPES: Readonly<Record<string, string>> = {
  jsonl: "application/jsonl; charset=utf-8",
  moses: "text/plain; charset=utf-8",
  tmx: "application/x-tmx+xml; charset=utf-8",
  tsv: "text/tab-separated-values; charset=utf-8",
  xliff: "application/xliff+xml; charset=utf-8",
  xliff12: "application/xliff+xml; charset=utf-8",
};

interface Query { format: string; document?: string | string[]; status?: string | string[]; part?: string; boilerplate?: Flag; stale?: Flag; untranslated?: Flag }
/** Query flags (the query string is not coerced: strings only). */
type Flag = "1" | "0" | "true" | "false";
const on = (f: Flag | undefined) => f === "1" || f === "true";
const flag = { type: "string", enum: ["1", "0", "true", "false"] } as const;

const list = (v: string | string[] | undefined) => (v === undefined ? [] : Array.isArray(v) ? v : [v]).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean);

export function registerExportRoutes(app: FastifyInstance, ctx: RouteContext): void {
  const names = { type: "array", maxItems: 1000, items: { type: "string", minLength: 1, maxLength: 200 } } as const;
  app.get<{ Querystring: Query }>("/api/export", {
    schema: {
      querystring: {
        type: "object", additionalProperties: false, required: ["format"],
        properties: {
          format: { type: "string", enum: [...FORMAT_IDS] },
          document: { anyOf: [{ type: "string", minLength: 1, maxLength: 200 }, names] },
          status: { anyOf: [{ type: "string", maxLength: 200 }, names] },
          part: { type: "string", maxLength: 20 },
          boilerplate: flag, stale: flag, untranslated: flag,
        },
      },
    },
  }, async (req, reply) => {
    const q = req.query;
    const format = formats[q.format]!;
    const parts = format.parts;
    const part = q.part ?? (parts.length === 1 ? parts[0]! : undefined);
    if (part === undefined || !parts.includes(part)) throw new UsageError("export-bad-part", { format: format.id, part: q.part ?? "", known: parts.join(", ") });
    const documents = list(q.document);
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-export-"));
    const cleanup = () => fs.rmSync(tmp, { recursive: true, force: true });
    try {
      const stem = documents.length === 1 ? documents[0]!.replace(/[^A-Za-z0-9._-]+/g, "-") : "corpus";
      const out = path.join(tmp, `${stem}${format.extensions[0]}`);
      const options: ExportOptions = {
        format: format.id, out, documents, statuses: list(q.status),
        includeBoilerplate: on(q.boilerplate), includeStale: on(q.stale), includeUntranslated: on(q.untranslated),
      };
      // Off the server's thread when the database is a file (a corpus export takes seconds)
      const dbFile = workerDbFile(ctx.store);
      const units = dbFile
        ? await runInWorker<number>("export-worker", { dbFile, options } satisfies ExportJob, { signal: gone(reply), timeoutMs: EXPORT_TIMEOUT_MS, codes: EXPORT_CODES })
        : exportParallel(ctx.store, options).units;
      const file = format.partPaths(out)[part]!;
      // Streamed from the temporary file (a corpus export can be large), removed once sent or aborted.
      const stream = fs.createReadStream(file);
      stream.once("close", cleanup);
      return reply
        .type(EXPORT_TYPES[format.id] ?? "application/octet-stream")
        .header("content-disposition", `attachment; filename="${path.basename(file)}"`)
        .header("content-length", String(fs.statSync(file).size))
        .header("cache-control", "no-store")
        .header("x-selaras-units", String(units))
        .send(stream);
    } catch (e) {
      cleanup();
      throw e;
    }
  });
}

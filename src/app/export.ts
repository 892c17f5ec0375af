/**
 * exportParallel — renderings out to TMX/XLIFF/TSV/Moses/JSONL. Streams: rows come from SQLite one
 * at a time (`iterate`), each unit is written to a temporary file next to its destination, and only
 * when every part is complete are the temporary files renamed over the destinations, so a failed
 * export never leaves a half file (or half a Moses pair).
 *
 * Policy: boilerplate segments and untranslated segments are left out unless asked for; drafts are
 * left out unless asked for by status; a stale rendering (its sentence changed since it was written)
 * is left out unless `includeStale`, and then exported with the source it was written for; an
 * orphaned rendering (its sentence was removed) is never exported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { NotFoundError, UsageError } from "../errors";
import { FORMAT_IDS, formats, type Format, type ParallelUnit } from "../formats";
import type { Store } from "../store";
import type { ExchangeRow } from "../store/exchange";
import { RENDERING_STATUSES } from "../store/renderings";
import { normalizeText } from "../text/normalize";
import { TOOL_NAME, VERSION } from "../version";

export const DEFAULT_EXPORT_STATUSES: readonly string[] = ["translated", "reviewed", "aligned"];

export interface ExportOptions {
  readonly format: string;
  /** Output path (Moses: the common stem, `<out>.id`, `<out>.en`, `<out>.ids`). */
  readonly out: string;
  readonly documents?: readonly string[];
  readonly statuses?: readonly string[];
  readonly includeBoilerplate?: boolean;
  readonly includeStale?: boolean;
  /** Also export segments without a rendering (empty target): a job for another CAT tool. */
  readonly includeUntranslated?: boolean;
  readonly onProgress?: (done: number) => void;
}

export interface ExportResult {
  readonly format: string;
  readonly files: string[];
  readonly units: number;
  readonly skipped: { readonly boilerplate: number; readonly stale: number; readonly orphaned: number };
}

/** `2024-06-19T10:00:00.123Z` → `2024-06-19T10:00:00Z` ("" when not a date). */
export function isoSecond(s: string | null | undefined): string {
  if (!s) return "";
  if (/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z$/.test(s)) return s.slice(0, 19) + "Z";
  const t = Date.parse(s);
  return Number.isNaN(t) ? "" : new Date(t).toISOString().slice(0, 19) + "Z";
}

export function getFormat(id: string): Format {
  const f = formats[id];
  if (!f) throw new UsageError("format-unknown", { format: id, known: FORMAT_IDS.join(", ") });
  return f;
}

/** Buffered writes to temporary files, renamed into place by commit(), removed by abort(). */
class AtomicParts {
  private readonly fds = new Map<string, number>();
  private readonly tmp = new Map<string, string>();
  private readonly buf = new Map<string, string[]>();
  private readonly size = new Map<string, number>();
  constructor(private readonly paths: Record<string, string>) {
    for (const [part, file] of Object.entries(paths)) {
      const dir = path.dirname(path.resolve(file));
      fs.mkdirSync(dir, { recursive: true });
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UsageError("path-is-directory", { file });
      const t = path.join(dir, `.${path.basename(file)}.${process.pid}.${Date.now()}.tmp`);
      this.tmp.set(part, t);
      this.fds.set(part, fs.openSync(t, "w"));
      this.buf.set(part, []);
      this.size.set(part, 0);
    }
  }
  write(part: string, text: string): void {
    const b = this.buf.get(part)!;
    b.push(text);
    const n = this.size.get(part)! + text.length;
    if (n >= 1 << 18) this.flush(part);
    else this.size.set(part, n);
  }
  private flush(part: string): void {
    const b = this.buf.get(part)!;
    if (b.length > 0) fs.writeSync(this.fds.get(part)!, b.join(""));
    this.buf.set(part, []);
    this.size.set(part, 0);
  }
  commit(): string[] {
    for (const part of this.fds.keys()) this.flush(part);
    for (const fd of this.fds.values()) fs.closeSync(fd);
    this.fds.clear();
    for (const [part, t] of this.tmp) fs.renameSync(t, this.paths[part]!);
    this.tmp.clear();
    return Object.values(this.paths);
  }
  abort(): void {
    for (const fd of this.fds.values()) { try { fs.closeSync(fd); } catch { /* already closed */ } }
    for (const t of this.tmp.values()) fs.rmSync(t, { force: true });
  }
}

/** Exports renderings; see the module comment for what is left out. */
export function exportParallel(store: Store, options: ExportOptions): ExportResult {
  const format = getFormat(options.format);
  const documents = [...new Set(options.documents ?? [])];
  for (const d of documents) if (!store.documents.bySlug(d)) throw new NotFoundError("not-found-document", { document: d });
  const statuses = options.statuses && options.statuses.length > 0 ? [...new Set(options.statuses)] : [...DEFAULT_EXPORT_STATUSES];
  for (const st of statuses) {
    if (!(RENDERING_STATUSES as readonly string[]).includes(st)) {
      throw new UsageError("export-bad-status", { status: st, known: RENDERING_STATUSES.join(", ") });
    }
  }
  const filter = { documents, statuses, includeUntranslated: options.includeUntranslated ?? false };
  const created = isoSecond(store.exchange.lastChange(filter));
  const skipped = { boilerplate: 0, stale: 0, orphaned: 0 };
  const files = new AtomicParts(format.partPaths(options.out));
  let units = 0;
  try {
    const writer = format.createWriter((part, text) => files.write(part, text), {
      tool: TOOL_NAME, toolVersion: VERSION, ...(created ? { created } : {}),
    });
    for (const row of store.exchange.iterate(filter)) {
      const unit = toUnit(row, options, skipped);
      if (!unit) continue;
      writer.write(unit);
      units++;
      if (options.onProgress && units % 1000 === 0) options.onProgress(units);
    }
    writer.end();
    const written = files.commit();
    options.onProgress?.(units);
    return { format: format.id, files: written, units, skipped };
  } catch (e) {
    files.abort();
    throw e;
  }
}

function toUnit(row: ExchangeRow, options: ExportOptions, skipped: { boilerplate: number; stale: number; orphaned: number }): ParallelUnit | null {
  if (row.removed) { skipped.orphaned++; return null; }
  if (row.boilerplate && !options.includeBoilerplate) { skipped.boilerplate++; return null; }
  let source = row.currentSource;
  if (row.renderingId !== null && row.savedSource !== row.currentSource && normalizeText(row.savedSource) !== normalizeText(row.currentSource)) {
    if (!options.includeStale) { skipped.stale++; return null; }
    source = row.savedSource;
  }
  return {
    id: row.renderingId === null ? "" : String(row.renderingId),
    document: row.document,
    segments: row.ordinals.split(" ").map((o) => `${row.document}:${o}`),
    source,
    target: row.target,
    status: row.status,
    author: row.author,
    changed: isoSecond(row.updatedAt),
  };
}

/** The path an export of the whole corpus gets in `dir` for a format (pipeline step). */
export function corpusExportPath(dir: string, format: Format): string {
  return path.join(dir, `corpus${format.extensions[0]}`);
}

/** The folder (under the repository root) the pipeline writes the corpus's exports to. */
export const EXPORTS_DIR = "exports";

/**
 * Pipeline step: every format of the whole corpus (default filters) into `dir`, as
 * `corpus.tmx`, `corpus.xlf`, `corpus.tsv`, `corpus.jsonl`, `corpus.id`/`.en`/`.ids`. Dates come
 * from the renderings, never the clock, so an unchanged database gives identical bytes.
 */
export function exportCorpus(store: Store, dir: string): ExportResult[] {
  return Object.values(formats).map((f) => exportParallel(store, { format: f.id, out: corpusExportPath(dir, f) }));
}

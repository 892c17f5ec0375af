/**
 * exportParallel — renderings out to TMX/XLIFF/TSV/Moses/JSONL. Streams: rows come from SQLite one
 * at a time (`iterate`), each unit is written to a temporary file next to its destination, and only
 * when every part is complete are the temporary files renamed over the destinations, so a failed
 * export never leaves a half file (or half a Moses pair).
 *
 * Policy: boilerplate segments and untranslated segments are left out unless asked for; drafts are
 * left out unless asked for by status; a stale rendering (its sentence changed since it was written)
 * is left out unless `includeStale`, and then exported with the source it was written for; an
 * orphaned rendering (one of its sentences was removed) is never exported. Units come in article
 * order (document slug, then segment ordinal; a joined rendering where its last segment is).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { FormatError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import { ioError, linkTarget, requireOutFolder, tempPathFor } from "../io/files";
import { faultPoint } from "../store/fault-point";
import { FORMAT_IDS, formats, type Format, type ParallelUnit } from "../formats";
import { DIALECT_FORMAT, type MarkupDialect } from "../formats/markup";
import { isEnglish } from "../formats/text";
import type { Store } from "../store";
import type { ExchangeRow } from "../store/exchange";
import { RENDERING_STATUSES } from "../store/renderings";
import { normalizeText } from "../text/normalize";
import { joinSource } from "./status";
import { TOOL_NAME, VERSION } from "../version";
import { assignSplits, countWords, createCorpusFilter, createStats, filters, parseSplit, splitPath, SPLITS, type CorpusFilterOptions, type CorpusStats, type Dropped, type SplitName } from "./corpus";

/**
 * Confirmed units only (translations/lifecycle.ts): machine alignments and drafts are exported
 * only when asked for (`--status aligned`, `--status all`). Until the unit lifecycle the default
 * included `aligned`.
 */
/** The parallel-text formats, by id (the `--format` choices). */
export { FORMAT_IDS };

export const DEFAULT_EXPORT_STATUSES: readonly string[] = ["translated", "reviewed"];

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
  /**
   * Write each rendering's note where the format has a place for it (TMX `<note>`, XLIFF 1.2 `<note>`,
   * XLIFF 2.0 `<notes>`, JSONL `note`); default true, `--no-notes` leaves them out.
   */
  readonly notes?: boolean;
  /**
   * Leave out of this format a unit it cannot carry (UNWRITABLE: a line break or control character in
   * Moses, a character XML 1.0 forbids in TMX or XLIFF 1.2), listing it in `leftOut`, instead of
   * refusing the whole export. The pipeline's: one rendering must not stop the corpus's exports (the
   * formats that can carry it still hold it). `selaras export` refuses, naming the unit.
   */
  readonly leaveOutUnwritable?: boolean;
  readonly onProgress?: (done: number) => void;
  /**
   * For machine-translation training (src/app/corpus.ts): clean the texts, drop pairs (empty sides,
   * word counts, length ratio, identical sides, duplicates), all off unless asked for.
   */
  readonly corpus?: CorpusFilterOptions;
  /** Documents whole into train/dev/test files (`--split test=10%,dev=5%`), placed by `splitSeed`. */
  readonly split?: string;
  readonly splitSeed?: string;
  /** Count pairs and words (ExportResult.stats); implied by `corpus` filters and `split`. */
  readonly stats?: boolean;
  /**
   * `--target-lang en-GB`: the English language tag a TMX or XLIFF declares for the target (default
   * `en`; `_` written as `-`). Refused for another language and for the formats that declare none.
   */
  readonly targetLang?: string;
}

export interface ExportResult {
  readonly format: string;
  readonly files: string[];
  readonly units: number;
  readonly skipped: { readonly boilerplate: number; readonly stale: number; readonly orphaned: number; /** Machine alignments not asked for (`--status aligned`). */ readonly aligned?: number };
  /**
   * Units exported that were imported with inline codes (rendering_code): written with them
   * (`kept`), or without them because this format cannot carry another format's codes (`format`,
   * e.g. TSV, Moses, or TMX codes in XLIFF), or because the English or the source changed since
   * (`edited`: changed without its tags — by an import, an alignment, or `en:` edited by hand; an edit
   * with the tags in the session or the workbench keeps them, formats/tags.ts). Absent when none.
   */
  readonly codes?: { readonly kept: number; readonly format: number; readonly edited: number };
  /** With a filter option: pairs dropped, by reason (corpus.ts). */
  readonly dropped?: Dropped;
  /** With `--normalize`: units whose text it changed. */
  readonly normalized?: number;
  /** With `--stats`, a filter or `--split`: the datasheet of what was written. */
  readonly stats?: CorpusStats;
  /** With `--split`: each split's files and datasheet (train, dev, test). */
  readonly splits?: Record<string, { readonly files: string[]; readonly stats: CorpusStats }>;
  /** With leaveOutUnwritable: the units this format could not carry, left out (absent when none). */
  readonly leftOut?: Array<{ readonly code: string; readonly unit: string; readonly segments: readonly string[]; readonly field: string; readonly char: string }>;
}

/** The refusals of a writer that concern one unit's text alone (the writers check before writing anything of it). */
const UNWRITABLE = new Set(["moses-line-break", "moses-control-char", "xml-forbidden-char"]);

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

/** Bytes buffered per part before a write. */
const WRITE_BUFFER = 1 << 20;

/**
 * Buffered writes to temporary files, renamed into place by commit(), removed by abort(). Text is
 * encoded straight into one buffer per part (no joined strings); a text longer than the room left
 * is written through.
 */
class AtomicParts {
  private readonly fds = new Map<string, number>();
  private readonly tmp = new Map<string, string>();
  /** What each part's temporary file is renamed to: its path, or the file a link there points to (the link kept). */
  private readonly into = new Map<string, string>();
  private readonly buf = new Map<string, { bytes: Buffer; used: number }>();
  /** The file being written when something fails (named in the error, not its temporary file). */
  target: string;
  constructor(private readonly paths: Record<string, string>) {
    this.target = Object.values(paths)[0] ?? "";
    for (const file of Object.values(paths)) {
      if (fs.existsSync(file) && fs.statSync(file).isDirectory()) throw new UsageError("path-is-directory", { file });
      requireOutFolder(file);
    }
    try {
      for (const [part, file] of Object.entries(paths)) {
        this.target = file;
        const real = linkTarget(file);
        const t = tempPathFor(real);
        this.into.set(part, real);
        this.tmp.set(part, t);
        this.fds.set(part, fs.openSync(t, "w"));
        this.buf.set(part, { bytes: Buffer.allocUnsafe(WRITE_BUFFER), used: 0 });
      }
    } catch (e) {
      this.abort();
      throw e;
    }
  }
  write(part: string, text: string): void {
    this.target = this.paths[part]!;
    const b = this.buf.get(part)!;
    // UTF-8 takes at most 3 bytes per UTF-16 code unit.
    if (b.used + text.length * 3 > WRITE_BUFFER) {
      this.flush(part);
      if (text.length * 3 > WRITE_BUFFER) { fs.writeSync(this.fds.get(part)!, text); return; }
    }
    b.used += b.bytes.write(text, b.used);
  }
  private flush(part: string): void {
    const b = this.buf.get(part)!;
    const fd = this.fds.get(part)!;
    this.target = this.paths[part]!;
    for (let at = 0; at < b.used;) at += fs.writeSync(fd, b.bytes, at, b.used - at);
    b.used = 0;
  }
  commit(): string[] {
    for (const part of this.fds.keys()) this.flush(part);
    for (const fd of this.fds.values()) fs.closeSync(fd);
    this.fds.clear();
    faultPoint("before-rename");
    for (const [part, t] of this.tmp) { this.target = this.paths[part]!; fs.renameSync(t, this.into.get(part)!); }
    this.tmp.clear();
    return Object.values(this.paths);
  }
  abort(): void {
    for (const fd of this.fds.values()) { try { fs.closeSync(fd); } catch { /* already closed */ } }
    for (const t of this.tmp.values()) fs.rmSync(t, { force: true });
  }
}

/** Exports renderings; see the module comment for what is left out. */
/** The formats whose files declare the target's language (`--target-lang`). */
const LANGUAGE_FORMATS = new Set(["tmx", "xliff", "xliff12"]);

/**
 * The English tag an export declares (ExportOptions.targetLang), `_` as `-`; undefined for the
 * default. A tag of another language, one that is no language tag (BCP 47's letters, digits and
 * hyphens) or one for a format that declares no language is a UsageError.
 */
export function exportTargetLang(tag: string | undefined, format: string): string | undefined {
  if (tag === undefined) return undefined;
  const t = tag.trim().replace(/_/g, "-");
  if (!isEnglish(t) || !/^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{1,8})*$/.test(t)) throw new UsageError("import-target-lang-not-english", { lang: tag });
  if (!LANGUAGE_FORMATS.has(format)) throw new UsageError("export-target-lang-format", { format });
  return t;
}

export function exportParallel(store: Store, options: ExportOptions): ExportResult {
  const format = getFormat(options.format);
  const documents = [...new Set(options.documents ?? [])];
  for (const d of documents) if (!store.documents.bySlug(d)) throw documentNotFound(store, d);
  const asked = options.statuses && options.statuses.length > 0 ? options.statuses : DEFAULT_EXPORT_STATUSES;
  const statuses = new Set(asked.includes("all") ? RENDERING_STATUSES : asked);
  for (const st of statuses) {
    if (!(RENDERING_STATUSES as readonly string[]).includes(st)) {
      throw new UsageError("export-bad-status", { status: st, known: [...RENDERING_STATUSES, "all"].join(", ") });
    }
  }
  const skipped = { boilerplate: 0, stale: 0, orphaned: 0, aligned: 0 };
  if (/[\\/]$/.test(options.out)) throw new UsageError("out-is-directory", { file: options.out });
  const targetLang = exportTargetLang(options.targetLang, format.id);
  const corpus = options.corpus ?? {};
  const filter = corpus.normalize || filters(corpus) ? createCorpusFilter(corpus) : undefined;
  /**
   * Each document's split (`--split`), over the documents asked for (all when none) that hold a
   * rendering of a status asked for (documents nothing can come from would count in the sizes).
   */
  const splitOf = options.split !== undefined
    ? assignSplits(store.exchange.renderedDocuments([...statuses]).filter((d) => documents.length === 0 || documents.includes(d)), parseSplit(options.split), options.splitSeed ?? "selaras")
    : undefined;
  const outs: Partial<Record<SplitName, string>> = splitOf ? Object.fromEntries(SPLITS.map((sp) => [sp, splitPath(options.out, sp, format.extensions)])) : { train: options.out };
  const parts: Partial<Record<SplitName, AtomicParts>> = {};
  const abortAll = () => { for (const p of Object.values(parts)) p.abort(); };
  for (const [sp, out] of Object.entries(outs) as [SplitName, string][]) {
    try {
      parts[sp] = new AtomicParts(format.partPaths(out));
    } catch (e) {
      abortAll();
      throw ioError(e, out);
    }
  }
  const files = parts.train!;
  let units = 0;
  let failing: AtomicParts = files;
  const counting = Boolean(options.stats || filter && filters(corpus) || splitOf);
  const all = counting ? createStats() : undefined;
  const perSplit = splitOf ? Object.fromEntries(SPLITS.map((sp) => [sp, createStats()])) as Record<SplitName, ReturnType<typeof createStats>> : undefined;
  const notes = options.notes !== false && store.exchange.hasNotes({ documents });
  const leftOut: NonNullable<ExportResult["leftOut"]> = [];
  try {
    // No file-level date: it would have to be known before the first unit, and "now" would make
    // two exports of the same database differ.
    const writers = Object.fromEntries((Object.entries(parts) as [SplitName, AtomicParts][]).map(([sp, p]) =>
      [sp, format.createWriter((part, text) => { failing = p; p.write(part, text); }, { tool: TOOL_NAME, toolVersion: VERSION, ...(targetLang ? { targetLang } : {}), ...(notes ? { notes } : {}) })])) as Partial<Record<SplitName, ReturnType<Format["createWriter"]>>>;
    const emit = (unit: ParallelUnit) => {
      const u = filter ? filter.accept(unit) : unit;
      if (!u) return;
      const sp = splitOf ? splitOf.get(u.document) ?? "train" : "train";
      try {
        writers[sp]!.write(u);
      } catch (e) {
        if (!(options.leaveOutUnwritable && e instanceof FormatError && UNWRITABLE.has(e.code))) throw e;
        leftOut.push({ code: e.code, unit: u.id, segments: u.segments, field: String(e.data.field ?? ""), char: String(e.data.char ?? "") });
        return;
      }
      if (all) {
        const [sw, tw] = filter ? filter.words(u) : [countWords(u.source), countWords(u.target)];
        all.add(u, sw, tw);
        perSplit?.[sp].add(u, sw, tw);
      }
      units++;
      if (options.onProgress && units % 1000 === 0) options.onProgress(units);
    };
    // The unit's `id`: its number in article order over the project (see ExchangeRepo.unitNumbers),
    // not the database's rendering id, which depends on the order things were done in.
    const numbers = store.exchange.unitNumbers();
    /** Inline codes kept with renderings (none in most databases: then no look-up per unit). */
    const codes = store.exchange.hasCodes() ? { kept: 0, format: 0, edited: 0 } : undefined;
    const withCodes = (u: ParallelUnit | null, renderingId: number): ParallelUnit | null => {
      const c = u && codes ? store.exchange.codesOf(renderingId) : undefined;
      if (!u || !c || !codes) return u;
      if (DIALECT_FORMAT[c.dialect as MarkupDialect] !== format.id) { codes.format++; return u; }
      if (u.source !== c.plainSource || u.target !== c.plainTarget) { codes.edited++; return u; }
      codes.kept++;
      return { ...u, markup: { dialect: c.dialect as MarkupDialect, source: c.source, target: c.target, ...(c.data !== undefined ? { data: c.data } : {}) } };
    };
    /** Renderings over several segments, until their last segment has been seen. */
    const pending = new Map<number, ExchangeRow[]>();
    for (const row of store.exchange.iterate({ documents })) {
      if (row.renderingId === null) {
        if (options.includeUntranslated && (row.kind !== "boilerplate" || options.includeBoilerplate)) {
          emit({ id: "", document: row.document, segments: [`${row.document}:${row.ordinal}`], source: row.text, target: "", status: "", author: "", changed: "" });
        }
        continue;
      }
      if (!statuses.has(row.status!)) {
        if (row.status === "aligned" && (row.span === 1 || row.position === 0) && row.kind !== "boilerplate") skipped.aligned++;
        continue;
      }
      if (row.span === 1) {
        const u = withCodes(renderingUnit([row], options, skipped, numbers), row.renderingId);
        if (u) emit(u);
        continue;
      }
      const rows = pending.get(row.renderingId) ?? [];
      rows.push(row);
      if (rows.length < row.span!) { pending.set(row.renderingId, rows); continue; }
      pending.delete(row.renderingId);
      const u = withCodes(renderingUnit(rows.sort((a, b) => a.position! - b.position!), options, skipped, numbers), row.renderingId);
      if (u) emit(u);
    }
    // Whatever is still pending lost some of its segments: orphaned renderings are never exported.
    skipped.orphaned += pending.size;
    for (const w of Object.values(writers)) w!.end();
    const written: Partial<Record<SplitName, string[]>> = {};
    for (const [sp, p] of Object.entries(parts) as [SplitName, AtomicParts][]) { failing = p; written[sp] = p.commit(); }
    options.onProgress?.(units);
    return {
      format: format.id, files: SPLITS.flatMap((sp) => written[sp] ?? []), units, skipped,
      ...(codes && codes.kept + codes.format + codes.edited > 0 ? { codes } : {}),
      ...(filter && filters(corpus) ? { dropped: filter.dropped } : {}),
      ...(filter && corpus.normalize ? { normalized: filter.normalized } : {}),
      ...(all ? { stats: all.stats } : {}),
      ...(perSplit ? { splits: Object.fromEntries(SPLITS.map((sp) => [sp, { files: written[sp] ?? [], stats: perSplit[sp].stats }])) } : {}),
      ...(leftOut.length > 0 ? { leftOut } : {}),
    };
  } catch (e) {
    abortAll();
    throw ioError(e, failing.target);
  }
}

type Skipped = { boilerplate: number; stale: number; orphaned: number; aligned: number };

function renderingUnit(rows: ExchangeRow[], options: ExportOptions, skipped: Skipped, numbers: Int32Array): ParallelUnit | null {
  const first = rows[0]!;
  if (!options.includeBoilerplate && rows.some((r) => r.kind === "boilerplate")) { skipped.boilerplate++; return null; }
  const current = rows.length === 1 ? first.text : joinSource(rows.map((r) => r.text));
  let source = current;
  const saved = first.savedSource!;
  if (saved !== current && normalizeText(saved) !== normalizeText(current)) {
    if (!options.includeStale) { skipped.stale++; return null; }
    source = saved;
  }
  return {
    id: String(numbers[first.renderingId!] || first.renderingId),
    document: first.document,
    segments: rows.map((r) => `${r.document}:${r.ordinal}`),
    source,
    target: first.target!,
    status: first.status!,
    author: first.author!,
    changed: isoSecond(first.updatedAt),
    ...(first.note && options.notes !== false ? { note: first.note } : {}),
  };
}

/** The path an export of the whole corpus gets in `dir` for a format (pipeline step). */
export function corpusExportPath(dir: string, format: Format): string {
  return path.join(dir, `corpus${format.extensions[0]}`);
}

/** The folder (under the repository root) the pipeline writes the corpus's exports to. */
export const EXPORTS_DIR = "exports";

/**
 * Pipeline step: every format of the whole corpus (default filters, translators' notes left out: the
 * corpus files are the shipped parallel text, whose bytes do not change with a note) into `dir`, as
 * `corpus.tmx`, `corpus.xlf` (XLIFF 2.0), `corpus.xliff12.xlf` (XLIFF 1.2), `corpus.tsv`,
 * `corpus.jsonl`, `corpus.id`/`.en`/`.ids`. A unit a format cannot carry is left out of that format
 * alone and listed (`leftOut`): the pipeline's exports never fail on one rendering's text. Dates come
 * from the renderings, never the clock, so an unchanged database gives identical bytes.
 */
export function exportCorpus(store: Store, dir: string): ExportResult[] {
  fs.mkdirSync(dir, { recursive: true });
  return Object.values(formats).map((f) => exportParallel(store, { format: f.id, out: corpusExportPath(dir, f), notes: false, leaveOutUnwritable: true }));
}

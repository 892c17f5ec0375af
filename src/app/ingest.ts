/**
 * ingestFiles — the ingest use case: article files → documents and segments, in one transaction.
 * Re-ingesting an unchanged file changes nothing; an edited file keeps the identity of every
 * unchanged sentence (see ingest/reconcile.ts), so renderings survive; renderings of changed
 * sentences become stale and those of removed sentences are kept as orphans, and all are reported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ParseError, UsageError } from "../errors";
import { collectFiles, readTextFile, slugFromPath, SLUG_RE, writeFilesAtomic } from "../io/files";
import { readArticle } from "../ingest/read-article";
import { decodeHtml, htmlToArticle } from "../ingest/html";
import { markdownToArticle } from "../ingest/markdown";
import { decodeText } from "../text/decode";
import { movedSentences, reconcileSegments } from "../ingest/reconcile";
import { applySplits } from "../ingest/splits";
import { segmentArticle } from "../segment";
import { countWords, normHash, sha256 } from "../text/normalize";
import { lineAt, MAX_UNIT_CHARS } from "../text/limits";
import type { Store } from "../store";
import type { NewSegment } from "../store/documents";
import { wordDiff } from "../diff/word-diff";
import type { DiffPart } from "../model";
import { isStale, joinSource } from "./status";
import { faultPoint } from "../store/fault-point";

export const ARTICLE_EXTENSIONS = [".txt"] as const;
/**
 * Articles `selaras ingest` converts into the corpus text format (a page saved from the browser, a
 * Markdown export): the text is written to `corpus/<slug>.txt` and that file is ingested, so the
 * project folder keeps the article as text, the segments' offsets point into it, and a rebuild from
 * the folder (`npm start`) gives the same database. The page itself is not kept.
 */
export const CONVERTED_EXTENSIONS = [".html", ".htm", ".xhtml", ".md", ".markdown"] as const;
const isConverted = (file: string): boolean => CONVERTED_EXTENSIONS.some((x) => file.toLowerCase().endsWith(x));

/** An HTML page's article or a Markdown file's text, in the corpus text format. */
export function convertArticle(file: string): string {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === "ENOENT") throw new UsageError("path-not-found", { file });
    if (err.code === "EISDIR") throw new UsageError("path-is-directory", { file });
    throw new UsageError("file-unreadable", { file, reason: err.message });
  }
  const strict = (b: Uint8Array) => decodeText(b, file);
  if (/\.(?:md|markdown)$/i.test(file)) return markdownToArticle(strict(bytes), file);
  return htmlToArticle(decodeHtml(bytes, file, strict), file).text;
}

export interface IngestFileResult {
  readonly file: string;
  readonly document: string;
  readonly status: "new" | "updated" | "unchanged";
  readonly segments: number;
  readonly boilerplate: number;
  readonly inserted: number;
  readonly changed: number;
  readonly removed: number;
  /** Sentences kept that moved in the article (a paragraph moved: its sentences; their English moves with them). */
  readonly reordered: number;
  /**
   * Sentences kept whose text differs only in what does not make another sentence (spacing inside
   * it, straight or curly quote marks, Unicode composition): their English stays current.
   */
  readonly retouched: number;
  /** Renderings whose sentence changed: kept, now stale. */
  readonly staleRenderings: Array<{ renderingId: number; segmentId: number; oldText: string; newText: string }>;
  /**
   * The corpus text file this input was converted into (an HTML page or a Markdown file: the file
   * ingested, and kept), or null (a text article, ingested as it is).
   */
  readonly convertedTo: string | null;
  /** Renderings whose sentence vanished: kept, orphaned. */
  readonly orphanedRenderings: Array<{ renderingId: number; segmentId: number; oldText: string }>;
  /**
   * Renderings whose sentence is now read as boilerplate (a credit line the segmenter's rules now
   * catch, `Sumber: Antara`): kept on it, no longer counted as translation work.
   */
  readonly boilerplateRenderings: Array<{ renderingId: number; segmentId: number; text: string }>;
  /**
   * Renderings that were stale and whose sentence is now again the text the English was written
   * for (an edit undone, a typo put back): current again, nothing to do.
   */
  readonly currentAgainRenderings: Array<{ renderingId: number; segmentId: number; oldText: string; newText: string }>;
  /** An unchanged article read from another file than before (`--as`: moved or renamed): where it is now is remembered. */
  readonly moved: boolean;
  /** Orphaned renderings whose sentence is back in the article (word for word): attached to it again. */
  readonly restoredRenderings: Array<{ renderingId: number; segmentId: number; text: string }>;
}

/** How a stale rendering's sentence changed (word by word), for the ingest report. */
export function staleDiff(stale: { readonly oldText: string; readonly newText: string }): DiffPart[] {
  return wordDiff(stale.oldText, stale.newText);
}

/**
 * The lists of a result where no rendering was touched. Every field of the result is always present
 * (`ingest --json` is a public shape, docs/reference/commands.md: a script may read
 * `restoredRenderings.length` without testing for the field first).
 */
function noRenderings(): Pick<IngestFileResult, "staleRenderings" | "orphanedRenderings" | "restoredRenderings" | "currentAgainRenderings" | "boilerplateRenderings"> {
  return { staleRenderings: [], orphanedRenderings: [], restoredRenderings: [], currentAgainRenderings: [], boilerplateRenderings: [] };
}

export interface IngestOptions {
  readonly onProgress?: (done: number, total: number, file: string) => void;
  /**
   * Runs inside the ingest's transaction after the last file, with the results: what it writes is
   * part of the ingest, and its failure rolls the ingest back (`selaras ingest` keeps the
   * translations/ files of updated documents in step there).
   */
  readonly inTransaction?: (results: readonly IngestFileResult[]) => void;
  readonly now: string;
  /**
   * The document's slug, for one file (`ingest <file> --as <slug>`). A new slug gives the article
   * its own document; the slug of an existing document says "this file is that article" (moved or
   * renamed) and updates it like a re-ingest.
   */
  readonly as?: string;
  /**
   * The caller's working folder: a document's source path is kept relative to it when the file is
   * inside it (the CLI passes its cwd). Default ".", a relative path (the app never reads the process's working folder itself).
   */
  readonly cwd?: string;
  /**
   * The project's corpus folder: given, HTML pages and Markdown files (CONVERTED_EXTENSIONS, named or
   * in a folder) are converted into `<corpus>/<slug>.txt` and that file is ingested. Not given, only
   * text articles are collected from folders (the pipeline reads corpus/ so).
   */
  readonly corpus?: string;
  /**
   * Renamed articles (`selaras ingest` sets it; the pipeline finds them itself, from translations/):
   * a file that is the article a document was last read from (`--as` after a rename) is that
   * document again, not a new one named after the file; and a file that would become a new document
   * although its text is, word for word, that of a document with English whose article file is gone
   * (the article renamed: a new document would hold none of its English) is refused, naming `--as`.
   */
  readonly renames?: boolean;
}

/**
 * Is `file` the file a document was ingested from? The stored path is relative to the folder the
 * ingest ran in. When it names an existing file from here, the two must be the same file (a
 * different file is a different article, even a copy). When it names nothing from here (another
 * working folder, or the file was moved), the stored path must be the tail of `file`'s path, at
 * least a folder and the name (`corpus/berita.txt`); a bare name cannot tell and is refused.
 */
function sameSource(stored: string | null, file: string, cwd: string): boolean {
  if (stored === null) return true; // documents from before source paths were kept: cannot tell
  // (a stored path is relative to the project folder, the caller's cwd, when the article is inside it)
  const abs = path.resolve(cwd, file);
  const storedAbs = path.resolve(cwd, stored);
  if (storedAbs === abs) return true;
  const st = fs.statSync(storedAbs, { throwIfNoEntry: false });
  if (st) {
    const now = fs.statSync(abs);
    return st.ino === now.ino && st.dev === now.dev;
  }
  const tail = path.normalize(stored).split(/[\\/]/).filter((p) => p !== "" && p !== "." && p !== "..");
  return tail.length >= 2 && abs.split(path.sep).slice(-tail.length).join("/") === tail.join("/");
}

/** A free slug for a clashing file: `<folder>-<slug>`, else `<slug>-2`, `<slug>-3`, ... */
function suggestSlug(store: Store, file: string, slug: string, taken: ReadonlySet<string>): string {
  const free = (s: string) => SLUG_RE.test(s) && !taken.has(s) && !store.documents.bySlug(s);
  const folder = slugFromPath(path.basename(path.dirname(path.resolve(file))) + ".txt");
  if (folder && !folder.startsWith("document-") && free(`${folder}-${slug}`)) return `${folder}-${slug}`;
  for (let n = 2; ; n++) if (free(`${slug}-${n}`)) return `${slug}-${n}`;
}

export function ingestFiles(store: Store, inputs: readonly string[], options: IngestOptions): IngestFileResult[] {
  const convert = options.corpus !== undefined;
  const files = collectFiles(inputs, convert ? [...ARTICLE_EXTENSIONS, ...CONVERTED_EXTENSIONS] : ARTICLE_EXTENSIONS);
  if (options.as !== undefined) {
    if (!SLUG_RE.test(options.as)) throw new UsageError("ingest-bad-slug", { slug: options.as });
    if (new Set(files.map((f) => path.resolve(f))).size !== 1) throw new UsageError("ingest-as-one-file", { slug: options.as, count: files.length });
  }
  const converts = (f: string) => convert && isConverted(f);
  const cwd = options.cwd ?? ".";
  // (a document's article renamed and read as it with --as: the file is that document's from then on)
  const bySource = new Map<string, string>();
  if (options.renames && options.as === undefined) {
    for (const d of store.documents.all()) if (d.sourcePath !== null && d.slug !== slugFromPath(d.sourcePath)) bySource.set(path.resolve(cwd, d.sourcePath), d.slug);
  }
  const slugOf = (f: string) => options.as ?? bySource.get(path.resolve(cwd, f)) ?? slugFromPath(f);
  const targetOf = (f: string) => (converts(f) ? path.resolve(cwd, options.corpus!, `${slugOf(f)}.txt`) : path.resolve(cwd, f));
  const slugs = new Map<string, string>();
  for (const f of files) {
    const slug = slugOf(f);
    const other = slugs.get(slug);
    // (a page and the text it was converted into, both in the folder, are one article)
    const sameArticle = other !== undefined && converts(other) !== converts(f) && targetOf(other) === targetOf(f);
    if (other !== undefined && path.resolve(other) !== path.resolve(f) && !sameArticle) {
      throw new ParseError("slug-clash", { file: f, other, slug, suggestion: suggestSlug(store, f, slug, new Set(slugs.keys())) });
    }
    if (other === undefined || converts(f)) slugs.set(slug, f);
  }
  // Pages and Markdown files become corpus text, all of them before anything is written: a page
  // that cannot be read stops the ingest with nothing written. A corpus file of that name holding
  // another text (edited by hand, another article) is not overwritten.
  const converted = new Map<string, { target: string; text: string; fresh: boolean }>();
  for (const f of slugs.values()) {
    if (!converts(f)) continue;
    const text = convertArticle(f);
    const target = targetOf(f);
    const before = fs.existsSync(target) ? articleText(target) : undefined;
    if (before !== undefined && before !== text) throw new UsageError("ingest-converted-exists", { file: f, target: shownPath(target, cwd) });
    converted.set(f, { target, text, fresh: before === undefined });
  }
  const now = options.now;
  if (options.renames) refuseRenamed(store, [...slugs.entries()].filter(([, f]) => !converts(f)), options.as !== undefined, cwd);
  // (the corpus files it makes are written in the transaction: if the ingest fails, its COMMIT
  // included, the store's file journal removes them again)
  return store.transaction(() => {
    const fresh = [...converted.values()].filter((c) => c.fresh);
    writeFilesAtomic(fresh.map((c) => [c.target, c.text] as const));
    const results: IngestFileResult[] = [];
    const todo = [...slugs.values()];
    todo.forEach((file, k) => {
      const c = converted.get(file);
      results.push({ ...ingestOne(store, c ? c.target : file, slugOf(file), now, options.as !== undefined, cwd), file, convertedTo: c ? shownPath(c.target, cwd) : null });
      options.onProgress?.(k + 1, todo.length, file);
      faultPoint("ingest-document");
    });
    options.inTransaction?.(results);
    return results;
  });
}

/**
 * A file that would become a new document (its name gives no existing document, no --as) whose
 * text is the text of a document with English whose article file is gone: the article renamed.
 * Refused before anything is written, naming both ways on (`--as <old>`, `--as <new>`).
 */
function refuseRenamed(store: Store, files: ReadonlyArray<readonly [string, string]>, explicit: boolean, cwd: string): void {
  if (explicit) return;
  const fresh = files.filter(([slug]) => !store.documents.bySlug(slug));
  if (!fresh.length) return;
  // (the documents with English whose article is gone, by text: one read of the document table)
  const gone = new Map<string, { slug: string; sourcePath: string }>();
  for (const d of store.documents.all()) {
    if (d.sourcePath === null || gone.has(d.contentHash) || fs.existsSync(path.resolve(cwd, d.sourcePath))) continue;
    if (store.renderings.ofDocument(d.id).length > 0) gone.set(d.contentHash, { slug: d.slug, sourcePath: d.sourcePath });
  }
  if (!gone.size) return;
  for (const [slug, file] of fresh) {
    const other = gone.get(sha256(articleText(file)));
    if (other) {
      throw new UsageError("ingest-renamed", { file, slug, other: other.slug, otherFile: other.sourcePath });
    }
  }
}

/** `file` relative to `cwd` when inside it, else absolute. */
function shownPath(file: string, cwd: string): string {
  const rel = path.relative(path.resolve(cwd), path.resolve(file));
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? path.resolve(file) : rel;
}

/**
 * An article file's text as stored and hashed: line ends do not make an article different (a CRLF
 * copy is stored exactly like the LF one, same hash, same offsets), so re-ingesting it after a CRLF
 * checkout changes nothing, and a renamed copy is known by the same hash.
 */
function articleText(file: string): string {
  return readTextFile(file).replace(/\r\n?/g, "\n");
}

function ingestOne(store: Store, file: string, slug: string, now: string, explicit: boolean, cwd: string): Omit<IngestFileResult, "convertedTo"> {
  const text = articleText(file);
  const hash = sha256(text);
  const existing = store.documents.bySlug(slug);
  // A document's identity includes where it came from: another file whose name gives the same
  // slug is another article, never merged into this one (its segments would be replaced and the
  // renderings orphaned). An identical copy is the same article; `--as <slug>` says so explicitly.
  if (existing && !explicit && existing.contentHash !== hash && !sameSource(existing.sourcePath, file, cwd)) {
    throw new UsageError("ingest-slug-taken", {
      file, slug, other: existing.sourcePath ?? "", suggestion: suggestSlug(store, file, slug, new Set()),
    });
  }
  const article = readArticle(text, file);
  // Splits made by translators (selaras segments split) are re-applied, so they survive re-ingest.
  const spans = applySplits(segmentArticle(text), existing ? store.segmentEdits.splitsOf(existing.id) : []);
  const long = spans.find((s) => s.text.length > MAX_UNIT_CHARS);
  if (long) throw new ParseError("unit-too-long", { file, line: lineAt(text, long.start), chars: long.text.length, limit: MAX_UNIT_CHARS });
  const fresh: NewSegment[] = spans.map((s, i) => ({
    ordinal: i + 1, paragraph: s.paragraph, text: s.text, start: s.start, end: s.end, kind: s.kind,
    suspect: s.suspect, normHash: normHash(s.text), words: countWords(s.text),
  }));
  const boilerplate = fresh.filter((s) => s.kind === "boilerplate").length;
  // The title: the header's `title:`, else the headline (the first line that is not boilerplate), else
  // (an article without its headline) the first line that is not boilerplate, else the document's name —
  // never a notification banner or an ad slot.
  const headline = spans.filter((s) => s.kind === "headline").map((s) => s.text).join(" ");
  const firstText = spans.find((s) => s.kind !== "boilerplate");
  const title = article.meta.title?.trim() || headline || (firstText ? lineOf(text, firstText.start) : slug);
  const base = { file, document: slug, segments: fresh.length, boilerplate };
  // Relative to the current folder (the project folder) when inside it, else absolute, so the
  // translations/ file can name an article kept outside the project (lifecycle: files in step).
  const rel = path.relative(path.resolve(cwd), path.resolve(file));
  const sourcePath = rel === "" ? file : rel.startsWith("..") || path.isAbsolute(rel) ? path.resolve(file) : rel;
  if (!existing) {
    const id = store.documents.insert({ slug, title, sourcePath, contentHash: hash, meta: { ...article.meta } }, now);
    for (const seg of fresh) store.documents.insertSegment(id, seg, now);
    return { ...base, status: "new", inserted: fresh.length, changed: 0, removed: 0, reordered: 0, retouched: 0, ...noRenderings(), moved: false };
  }
  const old = store.documents.segments(existing.id);
  const sameSegments = old.length === fresh.length && old.every((o, i) =>
    o.normHash === fresh[i]!.normHash && o.text === fresh[i]!.text && o.start === fresh[i]!.start && o.kind === fresh[i]!.kind && o.suspect === fresh[i]!.suspect && o.paragraph === fresh[i]!.paragraph);
  if (existing.contentHash === hash && sameSegments) {
    // (the title rule may have changed since the document was stored: its title follows; and an
    // article moved or renamed — `--as`, or its old file is gone — is remembered where it is now,
    // so that its translations file names it for a rebuild; nothing else)
    // (not the same path seen from another working folder, `cd corpus && selaras ingest berita.txt`)
    const moved = existing.sourcePath !== sourcePath && (explicit || existing.sourcePath === null
      || (!fs.existsSync(path.resolve(cwd, existing.sourcePath)) && !sameSource(existing.sourcePath, file, cwd)));
    if (existing.title !== title || moved) store.documents.update(existing.id, { title, sourcePath: moved ? sourcePath : existing.sourcePath, contentHash: hash, meta: existing.meta }, now);
    return { ...base, status: "unchanged", inserted: 0, changed: 0, removed: 0, reordered: 0, retouched: 0, ...noRenderings(), moved };
  }
  store.documents.update(existing.id, { title, sourcePath, contentHash: hash, meta: { ...article.meta } }, now);
  // (which old segments hold English: where a sentence is repeated, those are the copies kept)
  const held = new Set(store.renderings.ofDocument(existing.id).flatMap((r) => r.segmentIds));
  const ops = reconcileSegments(
    old.map((o) => ({ hash: o.normHash, text: o.text, held: held.has(o.id) })),
    fresh.map((f) => ({ hash: f.normHash, text: f.text })),
  );
  const oldText = new Map(old.map((o) => [o.id, o.text]));
  const textBefore = (id: number) => oldText.get(id) ?? store.documents.segmentById(id)?.text ?? "";
  store.documents.clearOrdinals(existing.id);
  let inserted = 0, changed = 0, removed = 0, retouched = 0;
  const orphanedRenderings: IngestFileResult["orphanedRenderings"] = [];
  const boilerplateRenderings: NonNullable<IngestFileResult["boilerplateRenderings"]> = [];
  const restoredRenderings: NonNullable<IngestFileResult["restoredRenderings"]> = [];
  // Renderings whose source this ingest touched (a sentence changed, a member of a joined unit
  // left), with their source before it: whether each is stale is decided once every op is applied.
  const touched = new Map<number, { segmentId: number; oldText: string }>();
  const touch = (r: { id: number; segmentIds: readonly number[] }, segmentId: number) => {
    if (!touched.has(r.id)) touched.set(r.id, { segmentId, oldText: joinSource(r.segmentIds.map(textBefore)) });
  };
  for (const op of ops) {
    if (op.op === "keep") {
      const o = old[op.oldIndex]!, n = fresh[op.newIndex]!;
      if (o.text !== n.text) retouched++;
      store.documents.updateSegment(o.id, n, now);
      const r = o.kind !== "boilerplate" && n.kind === "boilerplate" ? store.renderings.forSegment(o.id) : undefined;
      if (r) boilerplateRenderings.push({ renderingId: r.id, segmentId: o.id, text: n.text });
    } else if (op.op === "change") {
      const o = old[op.oldIndex]!;
      const n = fresh[op.newIndex]!;
      const r = store.renderings.forSegment(o.id);
      if (r) touch(r, o.id);
      store.documents.updateSegment(o.id, n, now);
      changed++;
    } else if (op.op === "insert") {
      const n = fresh[op.newIndex]!;
      // (a sentence removed earlier and now back, its rendering kept as an orphan: the rendering is
      // attached again, as it was, instead of a new bare segment)
      const orphan = n.kind === "boilerplate" ? undefined : store.documents.orphanByText(existing.id, n.normHash, n.text);
      if (orphan) {
        store.documents.updateSegment(orphan.segment.id, n, now);
        restoredRenderings.push({ renderingId: orphan.renderingId, segmentId: orphan.segment.id, text: n.text });
      } else store.documents.insertSegment(existing.id, n, now);
      inserted++;
    }
  }
  for (const op of ops) {
    if (op.op !== "remove") continue;
    const o = old[op.oldIndex]!;
    removed++;
    const r = store.renderings.forSegment(o.id);
    // A member of a joined unit whose other sentences are still in the article: the English stays
    // on them (stale: its source lost a sentence), as a rebuild from the translations file places it.
    if (r && r.segmentIds.length > 1 && r.segmentIds.some((id) => id !== o.id && store.documents.segmentById(id)?.ordinal != null)) {
      touch(r, o.id);
      const prev = store.segmentEdits.prevJoined(o.id);
      const next = store.segmentEdits.nextJoined(o.id);
      const author = prev !== undefined ? store.segmentEdits.joinAuthor(prev) : undefined;
      store.renderings.detachSegment(r.id, o.id);
      store.documents.removeSegment(o.id, now); // (no rendering holds it now: its row and join links go)
      if (prev !== undefined && next !== undefined) store.segmentEdits.join(prev, next, author ?? "selaras", now);
      continue;
    }
    if (store.documents.removeSegment(o.id, now) && r && !orphanedRenderings.some((x) => x.renderingId === r.id)) {
      orphanedRenderings.push({ renderingId: r.id, segmentId: o.id, oldText: o.text });
      // (an orphan is the sentence its English was written for: a stale one's changed text went with it,
      // as a rebuild from the translations file, which keeps that source, has it; it comes back by that text)
      if (r.segmentIds.length === 1 && isStale(r.sourceText, [o.text])) store.documents.setRemovedText(o.id, r.sourceText, normHash(r.sourceText), now);
    }
  }
  // Stale is the English's saved source against the sentence now: an edit undone (a typo put back)
  // makes the rendering current again, and is reported so, not as stale.
  const staleRenderings: IngestFileResult["staleRenderings"] = [];
  const currentAgainRenderings: NonNullable<IngestFileResult["currentAgainRenderings"]> = [];
  for (const [renderingId, t] of touched) {
    const r = store.renderings.byId(renderingId)!;
    const segs = r.segmentIds.map((id) => store.documents.segmentById(id)!);
    if (segs.some((s) => s.ordinal === null)) continue; // orphaned: reported as such
    const newText = joinSource(segs.map((s) => s.text));
    if (isStale(r.sourceText, segs.map((s) => s.text))) staleRenderings.push({ renderingId, segmentId: segs[0]!.id, oldText: t.oldText, newText });
    else if (isStale(r.sourceText, [t.oldText])) currentAgainRenderings.push({ renderingId, segmentId: segs[0]!.id, oldText: t.oldText, newText });
  }
  // (the report in article order)
  const ordinalOf = (segmentId: number) => store.documents.segmentById(segmentId)?.ordinal ?? Infinity;
  staleRenderings.sort((a, b) => ordinalOf(a.segmentId) - ordinalOf(b.segmentId));
  currentAgainRenderings.sort((a, b) => ordinalOf(a.segmentId) - ordinalOf(b.segmentId));
  restoredRenderings.sort((a, b) => ordinalOf(a.segmentId) - ordinalOf(b.segmentId));
  return {
    ...base, status: "updated", inserted, changed, removed, reordered: movedSentences(ops), retouched, staleRenderings, orphanedRenderings,
    restoredRenderings, currentAgainRenderings, boilerplateRenderings, moved: false,
  };
}

/** The line of `text` that holds offset `at`, trimmed. */
function lineOf(text: string, at: number): string {
  const start = Math.max(text.lastIndexOf("\n", at - 1), text.lastIndexOf("\r", at - 1)) + 1;
  const ends = [text.indexOf("\n", at), text.indexOf("\r", at)].filter((i) => i >= 0);
  return text.slice(start, ends.length ? Math.min(...ends) : text.length).trim();
}

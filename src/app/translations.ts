/**
 * `selaras translations export|import`: the database ↔ the reviewable files in `translations/`
 * (format: src/translations/format.ts). Import is one transaction, idempotent, and never attaches a
 * rendering silently to a sentence it was not written for:
 *   1. the record's ordinals hold exactly its source text → attached there;
 *   2. else the same text is found elsewhere in the document (sentences moved) → attached there;
 *   3. else the ordinals exist → attached there as STALE (the saved source differs) and reported —
 *      after every record of 1 and 2, and never over a rendering of the sentence as it is now (one
 *      of them, or one already stored): then it is kept as an ORPHAN and reported;
 *   4. else (the ordinals are past the end) → kept as an ORPHAN and reported.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ParseError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import { readTextFile, slugFromPath, writeFilesAtomic } from "../io/files";
import type { Store } from "../store";
import type { Document, Rendering, RenderingOrigin, Segment } from "../model";
import { normHash, normalizeText, projectFileHash } from "../text/normalize";
import { wordDiff } from "../diff/word-diff";
import type { DiffPart } from "../model";
import {
  parseTranslations, readTranslationsHeader, writeTranslations, TRANSLATIONS_EXTENSION,
  type RenderingRecord, type SplitRecord, type TranslationRecord,
} from "../translations/format";
import type { Gate, UnitFinding } from "./lifecycle";
import type { RenderingCodes } from "../store/exchange";
import { plainOf, tagUnit } from "../formats/tags";
import { isConfirmation } from "../translations/lifecycle";
import { joinSource } from "./status";
import { IN_PLACE_THRESHOLD, textSimilarity } from "../ingest/reconcile";
import { joinUnitsInTx, refOf, splitParts, splitSegmentInTx, unitsOf, documentView } from "./segments";

export const TRANSLATIONS_DIR = "translations";

export interface ExportedFile {
  readonly document: string;
  readonly file: string;
  readonly records: number;
}

/** One unit of a document as its translations/ file records it (see documentRecords). */
export interface UnitRecord {
  /** The unit's segments (ids, and their ordinals), in order. */
  readonly segmentIds: readonly number[];
  readonly ordinals: readonly number[];
  /** Its record: its rendering, or for a join without English the join alone; none for a single segment without English. */
  readonly record?: RenderingRecord;
}

/**
 * What a document's translations/ file holds, by part: the split records, then one entry per unit
 * in order (every unit, with or without a record), then the renderings whose sentences left the
 * article (orphans). `translationRecords` is these records in that order.
 */
export interface DocumentRecords {
  readonly splits: SplitRecord[];
  readonly units: UnitRecord[];
  readonly orphans: RenderingRecord[];
}

/** The record of a rendering over segments with these ordinals (none: an orphan). */
export function renderingRecord(slug: string, r: Rendering, ordinals: readonly number[], codes?: RenderingCodes): RenderingRecord {
  return {
    kind: "rendering", document: slug, ordinals, source: r.sourceText, text: r.text, status: r.status,
    ...(r.origin !== "manual" ? { origin: r.origin } : {}),
    author: r.author, time: r.updatedAt,
    ...(r.score !== null ? { score: r.score } : {}),
    ...(r.note ? { note: r.note } : {}),
    ...(codes ? { codes: { dialect: codes.dialect, source: codes.source, target: codes.target, ...(codes.data != null ? { data: codes.data } : {}) } } : {}),
  };
}

/** A record's codes as the database keeps them: the plain texts they read as (the record's when they still give them). */
function recordedCodes(c: NonNullable<RenderingRecord["codes"]>, source: string, text: string): RenderingCodes {
  const plainSource = plainOf(c.source), plainTarget = plainOf(c.target);
  const same = (a: string | null, b: string) => a !== null && a.replace(/\s+/g, " ").trim() === b.replace(/\s+/g, " ").trim();
  return { ...c, plainSource: same(plainSource, source) ? source : plainSource ?? "", plainTarget: same(plainTarget, text) ? text : plainTarget ?? "" };
}

/**
 * The inline codes a rendering's record carries: its rendering_code row while it is the markup of the
 * rendering's Indonesian and English (a unit imported with codes, edited with its tags); else none.
 * `any`: does the database keep codes at all (asked once per document: most keep none).
 */
export function recordCodes(store: Store, r: Rendering, any = store.exchange.hasCodes()): RenderingCodes | undefined {
  if (!any) return undefined;
  const c = store.exchange.codesOf(r.id);
  return c && c.plainSource === r.sourceText && c.plainTarget === r.text ? c : undefined;
}

/** The record of a unit: its rendering's; a join without English is recorded alone; else none. */
export function unitRecord(slug: string, ordinals: readonly number[], source: string, rendering: Rendering | undefined, codes?: RenderingCodes): RenderingRecord | undefined {
  if (rendering) return renderingRecord(slug, rendering, ordinals, codes);
  return ordinals.length > 1 ? { kind: "rendering", document: slug, ordinals, source } : undefined;
}

export function documentRecords(store: Store, doc: Document): DocumentRecords {
  // One read of the document (segments, renderings, units), not one per use.
  const view = documentView(store, doc);
  const anyCodes = store.exchange.hasCodes();
  const segs = view.segments;
  const splits: SplitRecord[] = [];
  for (const sp of store.segmentEdits.splitsOf(doc.id)) {
    const parts = splitParts(sp.text, sp.splitAt);
    const first = parts && segs.find((s) => normalizeText(s.text) === normalizeText(parts[0]));
    splits.push({ kind: "split", document: doc.slug, ordinal: first?.ordinal ?? 1, at: sp.splitAt, source: sp.text });
  }
  const units = view.units.map((u): UnitRecord => {
    const ordinals = u.segments.map((s) => s.ordinal!);
    const record = unitRecord(doc.slug, ordinals, u.source, u.rendering, u.rendering ? recordCodes(store, u.rendering, anyCodes) : undefined);
    return { segmentIds: u.segments.map((s) => s.id), ordinals, ...(record ? { record } : {}) };
  });
  const current = new Set(segs.map((s) => s.id));
  const orphans = view.renderings.filter((r) => !r.segmentIds.some((id) => current.has(id))).map((r) => renderingRecord(doc.slug, r, [], recordCodes(store, r, anyCodes)));
  return { splits, units, orphans };
}

export function translationRecords(store: Store, doc: Document): TranslationRecord[] {
  const d = documentRecords(store, doc);
  return [...d.splits, ...d.units.flatMap((u) => (u.record ? [u.record] : [])), ...d.orphans];
}

/**
 * Where the article of a document lives, for the file header, when it is not in `<root>/corpus/`
 * (relative to the project folder when inside it, else absolute), or is there under a file name
 * that does not give the document's name (an article renamed, `ingest corpus/new.txt --as old`:
 * the rebuild reads it as that document); undefined for the other corpus articles.
 */
export function articleSourceFor(doc: Document, root: string): string | undefined {
  if (!doc.sourcePath) return undefined;
  const abs = path.resolve(root, doc.sourcePath);
  const corpus = path.resolve(root, "corpus");
  const inCorpus = path.relative(corpus, abs);
  if (!inCorpus.startsWith("..") && !path.isAbsolute(inCorpus) && path.dirname(inCorpus) === "." && slugFromPath(abs) === doc.slug) return undefined;
  const rel = path.relative(path.resolve(root), abs);
  return !rel.startsWith("..") && !path.isAbsolute(rel) ? rel.split(path.sep).join("/") : abs;
}

/**
 * The text of a document's translations/ file, or null when it has nothing to record (no
 * rendering, join or split); with `empty`, the header alone in that case.
 */
export function documentFileText(store: Store, doc: Document, root: string, o: { empty?: boolean } = {}): string | null {
  const records = translationRecords(store, doc);
  if (records.length === 0 && !o.empty) return null;
  const source = articleSourceFor(doc, root);
  return writeTranslations(doc.slug, records, source !== undefined ? { source } : {});
}

/** Writes one file per document that has renderings, joins or splits. */
export function exportTranslations(store: Store, outDir: string, slugs: readonly string[] | undefined, root: string): ExportedFile[] {
  const docs = slugs && slugs.length ? slugs.map((s) => {
    const d = store.documents.bySlug(s);
    if (!d) throw documentNotFound(store, s);
    return d;
  }) : store.documents.all();
  const out: ExportedFile[] = [];
  const files: Array<[string, string]> = [];
  for (const doc of docs) {
    const records = translationRecords(store, doc);
    if (records.length === 0) continue;
    const file = path.join(outDir, `${doc.slug}${TRANSLATIONS_EXTENSION}`);
    const source = articleSourceFor(doc, root);
    files.push([file, writeTranslations(doc.slug, records, source !== undefined ? { source } : {})]);
    out.push({ document: doc.slug, file, records: records.length });
  }
  // All files or none: a full disk must not leave some documents' files new and others old.
  // Files written into the project's own translations/ folder are what the database now knows of
  // them: written in the transaction that records them, so that one fails with the other.
  if (path.resolve(outDir) === path.resolve(root, TRANSLATIONS_DIR)) {
    store.transaction(() => {
      writeFilesAtomic(files);
      for (const [file, text] of files) store.projectFiles.record(path.basename(file).slice(0, -TRANSLATIONS_EXTENSION.length), projectFileHash(text));
    });
  } else {
    writeFilesAtomic(files);
  }
  return out;
}

export interface ImportIssue {
  readonly file: string;
  readonly line: number;
  readonly ref: string;
  readonly source: string;
  /** For stale: the record's source → the segment's current text. */
  readonly diff?: DiffPart[];
  /** For orphaned: nothing newly orphaned — the file says `@ orphan`, or the database already held it as one. */
  readonly known?: boolean;
}

export interface ImportResult {
  readonly files: string[];
  readonly created: number;
  readonly updated: number;
  readonly unchanged: number;
  readonly joined: number;
  readonly split: number;
  readonly moved: ImportIssue[];
  readonly stale: ImportIssue[];
  readonly orphaned: ImportIssue[];
  readonly conflicts: ImportIssue[];
  readonly splitsNotFound: ImportIssue[];
  /** Confirmed records the checks refused (an unsuppressed error): stored as draft. */
  readonly refused: Array<ImportIssue & { readonly status: string; readonly findings: UnitFinding[] }>;
  /** Files whose document is not in the database (with `missingDocuments: "warn"`): skipped. */
  readonly missing: Array<{ readonly file: string; readonly document: string; readonly source?: string }>;
  /** Documents whose records were read (their translations/ files are kept in step by the CLI). */
  readonly documents: string[];
}

/** Files to import: a folder (its *.translations.txt files) or single files. */
export function translationFiles(inputs: readonly string[]): string[] {
  const out: string[] = [];
  for (const input of inputs) {
    let st: fs.Stats;
    try { st = fs.statSync(input); } catch { throw new UsageError("path-not-found", { file: input }); }
    if (st.isDirectory()) {
      out.push(...fs.readdirSync(input).filter((f) => f.endsWith(TRANSLATIONS_EXTENSION)).sort().map((f) => path.join(input, f)));
    } else out.push(input);
  }
  return out;
}

export interface ImportOptions {
  readonly author: string;
  readonly now: string;
  /** Checks confirmed records (lifecycle.createGate); without it, records are stored as they say. */
  readonly gate?: Gate;
  /** The project folder: what is read from its translations/ files is recorded (files in step, app/lifecycle.ts). */
  readonly root?: string;
  /** A file whose document is unknown: an error (exit 2, the default) or a warning and the file skipped (the rebuild). */
  readonly missingDocuments?: "error" | "warn";
}

export function importTranslations(store: Store, inputs: readonly string[], o: ImportOptions): ImportResult {
  const files = translationFiles(inputs);
  const missing: ImportResult["missing"] = [];
  const seen: Array<[string, string]> = [];
  const parsed = files.flatMap((file) => {
    const text = readTextFile(file);
    const records = parseTranslations(text, file);
    // what the database last read of each document's own file (files in step, app/lifecycle.ts)
    const own = readTranslationsHeader(text).document;
    if (o.root !== undefined && own !== undefined && path.resolve(file) === path.resolve(o.root, TRANSLATIONS_DIR, `${own}${TRANSLATIONS_EXTENSION}`) && store.documents.bySlug(own)) seen.push([own, projectFileHash(fs.readFileSync(file, "utf8"))]);
    if (o.missingDocuments === "warn") {
      const header = readTranslationsHeader(text);
      const unknown = [...new Set([header.document, ...records.map((r) => r.document)].filter((d): d is string => !!d))].find((d) => !store.documents.bySlug(d));
      if (unknown !== undefined) {
        missing.push({ file, document: unknown, ...(header.source !== undefined ? { source: header.source } : {}) });
        return [];
      }
    }
    return [{ file, records }];
  });
  const now = o.now;
  return store.transaction(() => {
    const res = {
      files, created: 0, updated: 0, unchanged: 0, joined: 0, split: 0,
      moved: [] as ImportIssue[], stale: [] as ImportIssue[], orphaned: [] as ImportIssue[], conflicts: [] as ImportIssue[], splitsNotFound: [] as ImportIssue[],
      refused: [] as ImportResult["refused"], missing,
      documents: [...new Set(parsed.flatMap((p) => p.records.map((r) => r.document)))].sort(),
    };
    for (const [doc, hash] of seen) store.projectFiles.record(doc, hash);
    for (const { file, records } of parsed) {
      const docs = new Map<string, Document>();
      const docOf = (r: TranslationRecord): Document => {
        let d = docs.get(r.document);
        if (!d) {
          d = store.documents.bySlug(r.document);
          if (!d) throw new ParseError("translations-unknown-document", { file, line: r.line ?? 0, document: r.document });
          docs.set(r.document, d);
        }
        return d;
      };
      for (const r of records) if (r.kind === "split") applySplit(store, docOf(r), r, file, o.author, now, res);
      // Records whose sentence is found (where it was, or moved) first, then the ones placed by
      // position only (stale): a stale placement never takes a sentence another record of the
      // file is found on — in a file written before the article was segmented again, `:10` may
      // name a sentence that is gone while the record of the sentence now at :10 says `:11`.
      // (each document's segments read once for this: only splits, applied above, change them)
      // (and for placing every record: joins and orphans below change no current segment; read per
      // record, a document of n records cost n² — 14,000 records took 9 minutes)
      const segmentsOf = new Map<number, DocSegments>();
      const segments = (d: Document) => { let s = segmentsOf.get(d.id); if (!s) segmentsOf.set(d.id, (s = docSegments(store.documents.segments(d.id)))); return s; };
      const renderings = records.filter((r): r is RenderingRecord => r.kind === "rendering");
      const later = new Set(renderings.filter((r) => r.text !== undefined && r.ordinals.length > 0 && locate(segments(docOf(r)), r)?.how === "stale"));
      for (const r of renderings) if (!later.has(r)) applyRendering(store, docOf(r), segments(docOf(r)), r, file, o.author, now, res, o.gate, o.root);
      for (const r of later) applyRendering(store, docOf(r), segments(docOf(r)), r, file, o.author, now, res, o.gate, o.root);
    }
    return res;
  });
}

type Mutable = { -readonly [K in keyof ImportResult]: ImportResult[K] };

function applySplit(store: Store, doc: Document, r: SplitRecord, file: string, author: string, now: string, res: Mutable): void {
  const parts = splitParts(r.source, r.at);
  const issue = { file, line: r.line ?? 0, ref: `${doc.slug}:${r.ordinal}`, source: r.source };
  if (!parts) { res.splitsNotFound.push(issue); return; }
  const segs = store.documents.segments(doc.id);
  const whole = segs.find((s) => normalizeText(s.text) === normalizeText(r.source));
  if (whole) {
    splitSegmentInTx(store, { document: doc, segment: whole }, r.at, author, now);
    res.split++;
    return;
  }
  const done = segs.some((s, i) => normalizeText(s.text) === normalizeText(parts[0]) && segs[i + 1] && normalizeText(segs[i + 1]!.text) === normalizeText(parts[1]));
  if (done) store.segmentEdits.addSplit(doc.id, normHash(r.source), r.source, r.at, author, now);
  else res.splitsNotFound.push(issue);
}

/** A document's current segments, with what placing records looks up: index by ordinal, one-sentence texts. */
interface DocSegments {
  readonly list: readonly Segment[];
  readonly byOrdinal: ReadonlyMap<number, number>;
  /** Normalised text of each segment → its indexes, in order. */
  readonly byText: ReadonlyMap<string, readonly number[]>;
}

function docSegments(list: readonly Segment[]): DocSegments {
  const byOrdinal = new Map<number, number>();
  const byText = new Map<string, number[]>();
  list.forEach((s, i) => {
    if (s.ordinal !== null) byOrdinal.set(s.ordinal, i);
    const t = normalizeText(s.text);
    const at = byText.get(t);
    if (at) at.push(i); else byText.set(t, [i]);
  });
  return { list, byOrdinal, byText };
}

/** Finds where a record belongs; see the file header for the order of preference. */
function locate(d: DocSegments, r: RenderingRecord): { segments: Segment[]; how: "exact" | "moved" | "stale" } | undefined {
  const segs = d.list;
  const k = r.ordinals.length;
  const want = normalizeText(r.source);
  const at = d.byOrdinal.get(r.ordinals[0]!) ?? -1;
  // (a join over boilerplate lines, `doc:8+11`: its members are the next segments that are no boilerplate line,
  // stepping over such lines between them; a record of consecutive ordinals is a run of consecutive segments)
  const gaps = r.ordinals.some((o, j) => j > 0 && o !== r.ordinals[j - 1]! + 1);
  const run = (i: number): Segment[] | undefined => {
    if (!gaps) return i + k <= segs.length ? segs.slice(i, i + k) : undefined;
    if (i >= segs.length || segs[i]!.kind === "boilerplate") return undefined;
    const out = [segs[i]!];
    for (let j = i + 1; out.length < k && j < segs.length; j++) if (segs[j]!.kind !== "boilerplate") out.push(segs[j]!);
    return out.length === k ? out : undefined;
  };
  const textOf = (i: number) => { const m = run(i); return m ? normalizeText(joinSource(m.map((s) => s.text))) : undefined; };
  if (at >= 0 && textOf(at) === want) return { segments: run(at)!, how: "exact" };
  let best = -1;
  // (one sentence: its places by text; several: each place is tried)
  const places = k === 1 ? d.byText.get(want) ?? [] : segs.map((_, i) => i);
  for (const i of places) {
    if (i + k <= segs.length && (k === 1 || textOf(i) === want) && (best === -1 || Math.abs(i - at) < Math.abs(best - at))) best = i;
  }
  if (best >= 0) return { segments: run(best)!, how: "moved" };
  // By position only when the sentence there shares words with the record's (an edited sentence, as
  // ingest takes an edit in place: reconcile.ts IN_PLACE_THRESHOLD): a sentence about something else
  // in that place (the record's sentence was deleted) does not take its English, which stays an orphan.
  const there = at >= 0 ? run(at) : undefined;
  if (there && textSimilarity(r.source, joinSource(there.map((s) => s.text))) >= IN_PLACE_THRESHOLD) {
    return { segments: there, how: "stale" };
  }
  return undefined;
}

function ensureJoins(store: Store, segments: readonly Segment[], author: string, now: string): boolean {
  let changed = false;
  for (let i = 0; i + 1 < segments.length; i++) {
    if (store.segmentEdits.nextJoined(segments[i]!.id) === segments[i + 1]!.id) continue;
    store.segmentEdits.join(segments[i]!.id, segments[i + 1]!.id, author, now);
    changed = true;
  }
  return changed;
}

/**
 * A translations file as a page names it: project-relative (`translations/x.translations.txt`, `/`
 * separators) inside the project `root`, else its whole path (a file imported from elsewhere).
 */
export function shownFile(root: string | undefined, file: string): string {
  const abs = path.resolve(file);
  if (root === undefined) return abs;
  const rel = path.relative(path.resolve(root), abs);
  return rel === "" || rel.startsWith("..") || path.isAbsolute(rel) ? abs : rel.split(path.sep).join("/");
}

function applyRendering(store: Store, doc: Document, docSegs: DocSegments, r: RenderingRecord, file: string, fallbackAuthor: string, now: string, res: Mutable, gate?: Gate, root?: string): void {
  const line = r.line ?? 0;
  const author = r.author ?? fallbackAuthor;
  const time = r.time ?? now;
  const origin = (r.origin ?? "manual") as RenderingOrigin;
  if (r.ordinals.length === 0) return applyOrphan(store, doc, r, file, author, time, origin, res);
  const place = locate(docSegs, r);
  const issue = (segments: readonly Segment[]): ImportIssue => ({ file, line, ref: refOf(doc, segments), source: r.source });
  if (!place) {
    if (r.text === undefined) { res.conflicts.push({ file, line, ref: `${doc.slug}:${r.ordinals.join("+")}`, source: r.source }); return; }
    return applyOrphan(store, doc, r, file, author, time, origin, res);
  }
  const { segments, how } = place;
  if (r.text === undefined) {
    // A join without a rendering.
    if (how === "stale") { res.conflicts.push(issue(segments)); return; }
    for (let i = 0; i + 1 < segments.length; i++) {
      const units = unitsOf(store, doc);
      const ua = units.find((u) => u.segments.some((s) => s.id === segments[i]!.id));
      if (ua?.segments.some((s) => s.id === segments[i + 1]!.id)) { if (ensureJoins(store, [segments[i]!, segments[i + 1]!], author, time)) res.joined++; continue; }
      joinUnitsInTx(store, { document: doc, segment: segments[i]! }, { document: doc, segment: segments[i + 1]! }, author, time);
      res.joined++;
    }
    return;
  }
  const ids = segments.map((s) => s.id);
  const existing = [...new Map(ids.map((id) => store.renderings.forSegment(id)).filter((x): x is Rendering => x !== undefined).map((x) => [x.id, x])).values()];
  // (placed by position only, over a rendering of the sentence as it is now: that rendering stays,
  // and this one is kept as an orphan — nothing a translator wrote is overwritten by a guess)
  // (nor over one that is current on its own sentence, when the record's place covers more: a file
  // whose join's sentences were deleted names the places of the sentences after them)
  if (how === "stale") {
    const current = (e: Rendering) => normalizeText(e.sourceText) === normalizeText(joinSource(e.segmentIds.map((id) => store.documents.segmentById(id)?.text ?? "")));
    if (existing.some(current)) return applyOrphan(store, doc, r, file, author, time, origin, res);
  }
  if (existing.some((e) => e.segmentIds.some((id) => !ids.includes(id)))) { res.conflicts.push(issue(segments)); return; }
  if (segments.length > 1 && ensureJoins(store, segments, author, time)) res.joined++;
  let status = r.status ?? "translated";
  // A confirmation read from a file is checked like any other (lifecycle): an unsuppressed error
  // on the text against the current source stores it as a draft, reported. A record placed as
  // stale is not a confirmation of the current source: it stays stale (and unchecked) until a
  // person confirms it, as it was in the database that wrote it.
  if (gate && isConfirmation(status) && how !== "stale") {
    const same = existing.length === 1 && existing[0]!.text === r.text && existing[0]!.status === status;
    if (!same) {
      const tagged = r.codes ? tagUnit(r.codes, r.source, r.text) : null;
      const findings = gate.check(doc.slug, joinSource(segments.map((s) => s.text)), r.text, tagged && r.source === joinSource(segments.map((s) => s.text)) ? { source: tagged.sourceTags, target: tagged.targetTags } : undefined);
      if (findings.some((f) => f.severity === "error" && !f.suppressed)) {
        res.refused.push({ ...issue(segments), status, findings });
        // (noted in the database too: a workbench beside this command tells its pages — server/live.ts)
        store.importRefusals.add({ document: doc.slug, ref: refOf(doc, segments), requested: status, author, file: shownFile(root, file), findings: JSON.stringify(findings), createdAt: now });
        status = "draft";
      }
    }
  }
  const input = { segmentIds: ids, text: r.text, sourceText: r.source, status, origin, author, score: r.score ?? null, note: r.note ?? null, now: time };
  if (existing.length === 0) {
    store.renderings.create(input);
    res.created++;
  } else {
    const [keep, ...others] = existing;
    for (const x of others) { store.renderings.moveRevisions(x.id, keep!.id); store.renderings.remove(x.id); }
    // (who saved it and when count too, where the record says: a colleague who saved the same
    // English later, pulled, is its author now — kept as it was, the next save in the document
    // wrote this database's author and time over theirs in the file)
    const same = others.length === 0 && keep!.text === input.text && keep!.sourceText === input.sourceText && keep!.status === input.status
      && (keep!.note ?? null) === input.note && keep!.origin === input.origin && keep!.segmentIds.length === ids.length && keep!.segmentIds.every((id, i) => id === ids[i])
      && (r.author === undefined || keep!.author === r.author) && (r.time === undefined || keep!.updatedAt === r.time) && (r.score === undefined || keep!.score === r.score);
    if (same) res.unchanged++;
    else { store.renderings.update(keep!.id, input); res.updated++; }
  }
  // the record's inline codes go with its English (a rebuild keeps them for an export in their format)
  // (codes whose English is not the record's — `en:` edited by hand since — are kept as what they
  // read as: an export then writes the English without them, and the editors say the tags are lost)
  if (r.codes) {
    const id = store.renderings.forSegment(ids[0]!)!.id;
    store.exchange.setCodes(id, recordedCodes(r.codes, r.source, r.text));
  }
  if (how === "moved") res.moved.push(issue(segments));
  if (how === "stale") res.stale.push({ ...issue(segments), diff: wordDiff(r.source, joinSource(segments.map((s) => s.text))) });
}

function applyOrphan(store: Store, doc: Document, r: RenderingRecord, file: string, author: string, time: string, origin: RenderingOrigin, res: Mutable): void {
  const issue = { file, line: r.line ?? 0, ref: `${doc.slug}:${r.ordinals.join("+") || "orphan"}`, source: r.source, ...(r.ordinals.length === 0 ? { known: true } : {}) };
  const want = normalizeText(r.source);
  for (const seg of store.segmentEdits.removedOf(doc.id)) {
    const existing = store.renderings.forSegment(seg.id);
    if (existing && normalizeText(existing.sourceText) === want && existing.text === r.text) { res.unchanged++; res.orphaned.push({ ...issue, known: true }); return; }
  }
  const segId = store.segmentEdits.insertRemoved(doc.id, r.source, normHash(r.source), time);
  const id = store.renderings.create({ segmentIds: [segId], text: r.text!, sourceText: r.source, status: r.status ?? "translated", origin, author, score: r.score ?? null, note: r.note ?? null, now: time });
  if (r.codes) store.exchange.setCodes(id, recordedCodes(r.codes, r.source, r.text!));
  res.created++;
  res.orphaned.push(issue);
}

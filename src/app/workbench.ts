/**
 * What the workbench (`selaras serve`) and scripts read about units beyond the lifecycle's
 * documentUnits / setUnit: one unit's summary after a save, and the help shown next to a unit
 * (glossary terms in its source, translation-memory matches, the pair checks' findings on its English).
 * The same functions the session uses (createAssist, tmLookup); no second set of rules.
 */
import type { Store } from "../store";
import type { StructureMark } from "../store/segment-edits";
import { createAssist, type Assist, type TermHint, type TermSpan } from "./assist";
import { documentBySlug, resolveUnitRef, refOf, unitOf, unitsOf } from "./segments";

/** The split a person asks for lives with the other unit edits (app/segments.ts); the workbench's routes import it from here. */
export { splitUnit, type SplitUnitResult } from "./segments";
import { codedUnit, createGate, unitRevision, unitSummaryOf, type Gate, type UnitFinding, type UnitSummary } from "./lifecycle";
import { tagUnit, untag } from "../formats/tags";
import type { Unit } from "../model";
import { tmLookup, type TmMatch } from "./translate";
import { substituteNumbers, type NumberSubstitution } from "../text/substitute-numbers";
import { ConflictError, UsageError } from "../errors";
import { findControlChar } from "../text/control";

/** One whole unit (`doc:8` or `doc:8+9`) as documentUnits lists it. */
export function unitSummary(store: Store, ref: string): UnitSummary {
  return unitSummaryOf(store, resolveUnitRef(store, ref));
}

export interface UnitHelp {
  readonly ref: string;
  /** Glossary concepts found in the source, with their preferred/admitted/forbidden renderings. */
  readonly terms: TermHint[];
  /** Where the terms occur in the source (offsets), for highlighting them. */
  readonly spans: TermSpan[];
  /**
   * Translation-memory matches (the unit's own rendering left out), best first; `diff` is the word
   * diff from the match's Indonesian to this unit's; `adapted` the match's English with this unit's
   * numbers put in, when the two sources differ only in numbers (as the session offers it).
   */
  readonly tm: Array<TmMatch & { adapted?: NumberSubstitution }>;
  /**
   * Findings on the stored English (or on `target` when given): the checks a confirmation runs (the
   * lifecycle's gate), errors and warnings, suppressed ones marked — what Ctrl+Enter would meet.
   */
  readonly findings: UnitFinding[];
}

/** The glossary terms, TM matches and findings for one unit; `target` checks a text not yet saved. */
export function unitHelp(store: Store, ref: string, o: { target?: string; assist?: Assist; gate?: Gate; tmSyncLimit?: number } = {}): UnitHelp {
  const u = resolveUnitRef(store, ref);
  const assist = o.assist ?? createAssist(store);
  const unitRef = refOf(u.document, u.segments);
  const target = o.target ?? u.rendering?.text ?? "";
  const exclude = new Set<number>(u.rendering ? [u.rendering.id] : []);
  // (a match whose English is the unit's own, as its propagated copies are, tells nothing: as the session)
  const own = u.rendering?.text.trim();
  return {
    ref: unitRef,
    terms: assist.terms(u.source),
    spans: assist.spans(u.source),
    tm: tmLookup(store, u.source, { exclude, limit: 5, ...(own ? { excludeText: own } : {}), ...(u.segments.length > 1 ? { sentences: u.segments.map((s) => s.text) } : {}), ...(o.tmSyncLimit !== undefined ? { syncLimit: o.tmSyncLimit } : {}) }).map((m) => {
      const adapted = m.exact ? null : substituteNumbers(m.sourceText, m.text, u.source);
      return adapted ? { ...m, adapted } : m;
    }),
    findings: target.trim() === "" ? [] : helpFindings(store, u, o.target, o.gate),
  };
}

/**
 * The findings on a text typed for a unit, or on its stored English (`typed` undefined), checked as a
 * save or a confirmation checks it (a unit with inline codes: the typed text's tags, or the stored ones).
 */
function helpFindings(store: Store, u: Unit, typedText: string | undefined, gate: Gate | undefined): UnitFinding[] {
  const coded = codedUnit(store, u);
  const target = typedText ?? u.rendering?.text ?? "";
  const typed = coded && typedText !== undefined ? untag(target.trim(), coded.tagged.codes) : undefined;
  const tags = coded ? { source: coded.tagged.sourceTags, target: typed ? typed.tags : coded.tagged.targetTags } : undefined;
  const text = typed ? typed.plain.trim() : target.trim();
  return text === "" ? [] : (gate ?? createGate(store)).check(u.document.slug, u.source, text, tags);
}

/**
 * A unit as the workbench's editor shows it: a unit imported with inline codes has its English with
 * the codes as tags (`target`: what the translator edits and sends back; `{1}`…`{/1}`, `{2/}`) and
 * `tags`: its Indonesian with them, what each stands for, and `lost` when the English stored was
 * edited without them. Every other unit as it is.
 */
export function editorUnit<U extends UnitSummary>(store: Store, u: U): U & { tags?: EditorTags } {
  if (u.renderingId === null || !store.exchange.hasCodes()) return u;
  const codes = store.exchange.codesOf(u.renderingId);
  if (!codes || codes.plainSource !== u.source || u.target === null) return u;
  const tagged = tagUnit(codes, codes.plainSource, u.target);
  if (!tagged) return u;
  return {
    ...u, target: tagged.target ?? u.target,
    tags: { source: tagged.source, codes: tagged.codes.map((c) => ({ tag: c.paired ? `{${c.n}}…{/${c.n}}` : `{${c.n}/}`, label: c.label })), ...(tagged.target === null ? { lost: true } : {}) },
  };
}

export interface EditorTags {
  readonly source: string;
  readonly codes: ReadonlyArray<{ readonly tag: string; readonly label: string }>;
  readonly lost?: boolean;
}

/** A unit as `documentUnits` lists it, with its document (what the workbench's live updates send). */
export interface ChangedUnit extends UnitSummary {
  readonly document: string;
  /** Who saved the English last. */
  readonly author: string | null;
}

/** One whole unit by ref, with its document and author. */
export function changedUnit(store: Store, ref: string): ChangedUnit {
  const u = resolveUnitRef(store, ref);
  return { ...unitSummaryOf(store, u), document: u.document.slug, author: u.rendering?.author ?? null };
}

/**
 * What was saved after `since` (a rendering's updated_at; '' = ever) and the newest time seen (the
 * next call's `since`): each unit, or — when more than `limit` were saved (an import) — the
 * documents that changed, to be read again whole. How the workbench notices saves made beside it by
 * CLI commands (`translate set`, `import`): SQLite tells it another process committed, this says what.
 */
export function unitsChangedSince(store: Store, since: string, limit = 500): { units: ChangedUnit[]; documents: string[]; latest: string } {
  const rows = store.renderings.changedSince(since, limit + 1);
  if (rows.length > limit) return { units: [], documents: store.renderings.documentsChangedSince(since), latest: store.renderings.latestUpdate() };
  const units: ChangedUnit[] = [];
  const seen = new Set<string>();
  for (const r of rows) {
    const seg = store.documents.segmentById(r.segmentId);
    const doc = seg && store.documents.byId(seg.documentId);
    const u = doc && unitOf(store, doc, r.segmentId);
    if (!u) continue;
    const s = unitSummaryOf(store, u);
    if (seen.has(s.ref)) continue;
    seen.add(s.ref);
    units.push({ ...s, document: u.document.slug, author: u.rendering?.author ?? null });
  }
  return { units, documents: [], latest: rows.length ? rows[rows.length - 1]!.updatedAt : since };
}

/**
 * Documents whose units changed shape after `mark` (joins, unjoins, splits, a re-ingest of the
 * article), by this or another process, and the mark to pass next time. How the workbench notices
 * `segments join`, `segments split` or `ingest` run beside it.
 */
export function structureChangedSince(store: Store, mark: StructureMark): { documents: string[]; mark: StructureMark } {
  const next = store.segmentEdits.structureMark();
  if (next.event === mark.event && next.split === mark.split && next.updated === mark.updated) return { documents: [], mark };
  return { documents: store.segmentEdits.structureChangedSince(mark), mark: next };
}

/** Where `structureChangedSince` starts: the current shape of every document. */
export function structureMark(store: Store): StructureMark {
  return store.segmentEdits.structureMark();
}

/** Where `unitsWrittenSince` starts: the newest rendering and revision ids. */
export type WriteMark = { readonly rendering: number; readonly revision: number };
export const writeMark = (store: Store): WriteMark => store.renderings.writeMark();

/**
 * The units whose English was created or saved again after `mark` whatever their updated_at (a
 * `translations import` beside the server keeps each record's own date, older than the newest save:
 * `unitsChangedSince` never saw it), and the next mark; over `limit`, the documents to read again whole.
 */
export function unitsWrittenSince(store: Store, mark: WriteMark, limit = 500): { units: ChangedUnit[]; documents: string[]; mark: WriteMark } {
  const next = store.renderings.writeMark();
  if (next.rendering === mark.rendering && next.revision === mark.revision) return { units: [], documents: [], mark };
  const segments = store.renderings.writtenSince(mark, limit + 1);
  const units: ChangedUnit[] = [];
  const documents = new Set<string>();
  const seen = new Set<string>();
  for (const id of segments) {
    const seg = store.documents.segmentById(id);
    const doc = seg && store.documents.byId(seg.documentId);
    if (!doc) continue;
    if (segments.length > limit) { documents.add(doc.slug); continue; }
    const u = unitOf(store, doc, id);
    if (!u) continue;
    const s = unitSummaryOf(store, u);
    if (seen.has(s.ref)) continue;
    seen.add(s.ref);
    units.push({ ...s, document: u.document.slug, author: u.rendering?.author ?? null });
  }
  return { units, documents: [...documents].sort(), mark: next };
}

/** Where `unitsChangedSince` starts: the newest save so far. */
export function latestSave(store: Store): string {
  return store.renderings.latestUpdate();
}

/** The glossary terms of every unit of a document: the concepts once, the spans per unit ref. */
export interface DocumentTerms {
  readonly concepts: Record<string, TermHint>;
  readonly units: Record<string, TermSpan[]>;
}

/** Glossary terms in the sources of a document's units (the workbench highlights them in every row). */
export function documentTerms(store: Store, slug: string, o: { assist?: Assist } = {}): DocumentTerms {
  const doc = documentBySlug(store, slug);
  const assist = o.assist ?? createAssist(store);
  const concepts: Record<string, TermHint> = {};
  const units: Record<string, TermSpan[]> = {};
  if (!assist.hasGlossary) return { concepts, units };
  for (const u of unitsOf(store, doc)) {
    if (u.boilerplate) continue;
    const spans = assist.spans(u.source);
    if (spans.length === 0) continue;
    units[refOf(doc, u.segments)] = spans;
    for (const h of assist.terms(u.source)) if (!(h.entry in concepts)) concepts[h.entry] = h;
  }
  return { concepts, units };
}

/** Per unit with English: how many open findings (errors, warnings; suppressed ones left out) a confirmation would meet. */
export interface UnitFindingCount { readonly error: number; readonly warning: number }

/**
 * The findings of the checks a confirmation runs (the lifecycle's gate) on each unit of a document
 * that has English, counted per unit: `{ref: {error, warning}}`, units without findings left out.
 */
export function documentFindings(store: Store, slug: string, o: { gate?: Gate; root?: string } = {}): Record<string, UnitFindingCount> {
  const doc = documentBySlug(store, slug);
  const gate = o.gate ?? createGate(store, undefined, o.root);
  const out: Record<string, UnitFindingCount> = {};
  for (const u of unitsOf(store, doc)) {
    const text = u.rendering?.text.trim() ?? "";
    if (u.boilerplate || text === "") continue;
    const open = helpFindings(store, u, undefined, gate).filter((f) => !f.suppressed);
    if (open.length === 0) continue;
    out[refOf(doc, u.segments)] = { error: open.filter((f) => f.severity === "error").length, warning: open.filter((f) => f.severity === "warning").length };
  }
  return out;
}

/**
 * A note on a unit's English, its text and state kept (a new revision carrying the note, as the
 * session's `:note`), recorded as the session records it: its revision's author is `o.author`, who
 * wrote the note, at `o.now` (the history and the translations/ file then say who added it and when,
 * not the English's author). `baseRevision` as for a save: an older one is a conflict. A unit without English has nothing to hold the note
 * (`note-needs-english`: send it with the save instead).
 */
export function saveUnitNote(store: Store, ref: string, note: string, o: { baseRevision?: number; author: string; now: string }): UnitSummary {
  return store.transaction(() => {
    const u = resolveUnitRef(store, ref);
    const unitRef = refOf(u.document, u.segments);
    const revision = unitRevision(store, u);
    const r = u.rendering;
    if (o.baseRevision !== undefined && o.baseRevision !== revision) {
      throw new ConflictError("unit-conflict", { ref: unitRef, baseRevision: o.baseRevision, revision, text: r?.text ?? "" });
    }
    if (!r) throw new UsageError("note-needs-english", { ref: unitRef });
    const control = findControlChar(note);
    if (control) throw new UsageError("text-control-char", { what: "--note", column: control.index + 1, char: control.char });
    const text = note.trim();
    if ((r.note ?? "") !== text) {
      store.renderings.update(r.id, {
        text: r.text, sourceText: r.sourceText, status: r.status, origin: r.origin, author: o.author, score: r.score,
        note: text === "" ? null : text, now: o.now, noteOnly: true,
      });
    }
    return unitSummary(store, unitRef);
  });
}

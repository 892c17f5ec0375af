/**
 * What the workbench (`selaras serve`) and scripts read about units beyond the lifecycle's
 * documentUnits / setUnit: one unit's summary after a save, and the help shown next to a unit
 * (glossary terms in its source, translation-memory matches, the pair checks' findings on its English).
 * The same functions the session uses (createAssist, tmLookup); no second set of rules.
 */
import type { Store } from "../store";
import { createAssist, type Assist, type TermHint } from "./assist";
import { resolveUnitRef, refOf, unitOf } from "./segments";
import { createGate, unitIsStale, unitRevision, type Gate, type UnitFinding, type UnitSummary } from "./lifecycle";
import { tmLookup, type TmMatch } from "./translate";
import { stateOf, type StoredState } from "../translations/lifecycle";

/** One whole unit (`doc:8` or `doc:8+9`) as documentUnits lists it. */
export function unitSummary(store: Store, ref: string): UnitSummary {
  const u = resolveUnitRef(store, ref);
  return {
    ref: refOf(u.document, u.segments), source: u.source, target: u.rendering?.text ?? null,
    state: stateOf(u.rendering?.status as StoredState | undefined), stale: unitIsStale(u),
    revision: unitRevision(store, u), renderingId: u.rendering?.id ?? null,
  };
}

export interface UnitHelp {
  readonly ref: string;
  /** Glossary concepts found in the source, with their preferred/admitted/forbidden renderings. */
  readonly terms: TermHint[];
  /** Translation-memory matches (the unit's own rendering left out), best first. */
  readonly tm: TmMatch[];
  /**
   * Findings on the stored English (or on `target` when given): the checks a confirmation runs (the
   * lifecycle's gate), errors and warnings, suppressed ones marked — what Ctrl+Enter would meet.
   */
  readonly findings: UnitFinding[];
}

/** The glossary terms, TM matches and findings for one unit; `target` checks a text not yet saved. */
export function unitHelp(store: Store, ref: string, o: { target?: string; assist?: Assist; gate?: Gate } = {}): UnitHelp {
  const u = resolveUnitRef(store, ref);
  const assist = o.assist ?? createAssist(store);
  const unitRef = refOf(u.document, u.segments);
  const target = o.target ?? u.rendering?.text ?? "";
  const exclude = new Set<number>(u.rendering ? [u.rendering.id] : []);
  return {
    ref: unitRef,
    terms: assist.terms(u.source),
    tm: tmLookup(store, u.source, { exclude, limit: 5 }),
    findings: target.trim() === "" ? [] : (o.gate ?? createGate(store)).check(u.document.slug, u.source, target.trim()),
  };
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
  return { ...summaryOf(store, u), document: u.document.slug, author: u.rendering?.author ?? null };
}

function summaryOf(store: Store, u: ReturnType<typeof resolveUnitRef>): UnitSummary {
  return {
    ref: refOf(u.document, u.segments), source: u.source, target: u.rendering?.text ?? null,
    state: stateOf(u.rendering?.status as StoredState | undefined), stale: unitIsStale(u),
    revision: unitRevision(store, u), renderingId: u.rendering?.id ?? null,
  };
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
    const s = summaryOf(store, u);
    if (seen.has(s.ref)) continue;
    seen.add(s.ref);
    units.push({ ...s, document: u.document.slug, author: u.rendering?.author ?? null });
  }
  return { units, documents: [], latest: rows.length ? rows[rows.length - 1]!.updatedAt : since };
}

/** Where `unitsChangedSince` starts: the newest save so far. */
export function latestSave(store: Store): string {
  return store.renderings.latestUpdate();
}

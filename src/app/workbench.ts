/**
 * What the workbench (`selaras serve`) and scripts read about units beyond the lifecycle's
 * documentUnits / setUnit: one unit's summary after a save, and the help shown next to a unit
 * (glossary terms in its source, translation-memory matches, the pair checks' findings on its English).
 * The same functions the session uses (createAssist, tmLookup); no second set of rules.
 */
import type { Store } from "../store";
import { createAssist, type Assist, type TermHint } from "./assist";
import { resolveUnitRef, refOf } from "./segments";
import { createGate, unitIsStale, unitRevision, type Gate, type UnitFinding, type UnitSummary } from "./lifecycle";
import { tmLookup, type TmMatch } from "./translate";
import type { RenderingState as StoredState } from "../model";
import { stateOf } from "../translations/lifecycle";

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

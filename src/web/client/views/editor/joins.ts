/** The editor's join suggestions and unit refs (no page globals: unit-tested in Node). */
import type { Unit } from "../../api";

/** A suggested join as `GET /api/documents/<slug>/suggestions` gives it (`fragment`: the ref `reason` is said of). */
export interface Suggestion { document: string; refs: [string, string]; reason: string; texts: [string, string]; fragment?: string }

/** `doc:3+4` → [`doc:3`, `doc:4`]. */
export function refMembers(ref: string): string[] {
  const m = /^(.*):(\d+(?:\+\d+)*)$/.exec(ref);
  return m ? m[2]!.split("+").map((n) => `${m[1]}:${n}`) : [ref];
}

/**
 * The join suggestions by unit: each suggestion is shown on both units it would join (the first
 * gets `next`, the second `previous`), with the member refs a join request names; `own`: the reason
 * describes this unit (its fragment), else the other one ("the next unit starts in lower case").
 */
export interface RowSuggestion { reason: string; side: "next" | "previous"; a: string; b: string; own: boolean }
export function suggestionsByUnit(units: readonly Pick<Unit, "ref">[], suggestions: readonly Suggestion[]): Map<string, RowSuggestion[]> {
  const unitOf = new Map<string, string>();
  for (const u of units) for (const m of refMembers(u.ref)) unitOf.set(m, u.ref);
  const out = new Map<string, RowSuggestion[]>();
  const add = (ref: string | undefined, s: RowSuggestion) => { if (ref) (out.get(ref) ?? out.set(ref, []).get(ref)!).push(s); };
  for (const s of suggestions) {
    const [a, b] = s.refs;
    const ua = unitOf.get(a), ub = unitOf.get(b);
    if (!ua || !ub || ua === ub) continue;
    const of = s.fragment === undefined ? undefined : unitOf.get(s.fragment);
    add(ua, { reason: s.reason, side: "next", a, b, own: of === undefined || of === ua });
    add(ub, { reason: s.reason, side: "previous", a, b, own: of === undefined || of === ub });
  }
  return out;
}

/**
 * A row's words for a suggestion: the reason said of the unit it describes — this one ("Looks like one
 * sentence with the next unit (ends in the middle of a phrase)") or the other ("… with the next unit
 * (the next unit starts in lower case)").
 */
export function suggestionText(t: (key: string, data?: Record<string, unknown>) => string, s: RowSuggestion): string {
  return t(`web.editor.suggest-${s.side}`, { reason: t(`web.editor.${s.own ? "reason" : `reason-${s.side}`}.${s.reason}`, { defaultValue: s.reason }) });
}

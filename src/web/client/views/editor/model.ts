/** The editor's data beyond the unit list (join suggestions, document terms, findings counts) and its pure helpers. */
import { needsWork, type TermHint, type Unit } from "../../api";
import { refMembers } from "./joins";

export { refMembers, suggestionsByUnit, suggestionText, type RowSuggestion, type Suggestion } from "./joins";

export interface TermSpan { start: number; end: number; entry: string }
export interface DocTerms { concepts: Record<string, TermHint>; units: Record<string, TermSpan[]> }
export type FindingCounts = Record<string, { error: number; warning: number }>;

/** The filter menu's values (`all` and `work` are part of the page's contract: tests select them). */
export const FILTERS = ["all", "work", "untranslated", "review", "findings"] as const;
export type Filter = (typeof FILTERS)[number];
/** The states a filter keeps (its menu option names the filter only; the states are said beside it once chosen: a menu as wide as "Perlu dikerjakan (belum diterjemahkan, …)" took 460 px). */
export const FILTER_STATES: Partial<Record<Filter, readonly string[]>> = { work: ["untranslated", "draft", "aligned", "stale"], review: ["aligned", "draft", "stale"] };

/**
 * The first segment of the next unit, per unit, where the two can be joined: the next unit's first
 * segment follows this unit's last one (`doc:3` and `doc:4+5`), or only boilerplate lies between them —
 * the units of the page are every unit but boilerplate ones, so a gap in the ordinals is boilerplate
 * (a printed page's number and running head inside a cut sentence, a `Baca juga:` line): the join steps
 * over it (segments.ts boilerplateGap; one someone rendered or joined makes the join refused, with its message).
 */
export function joinableNext(units: readonly Pick<Unit, "ref">[]): Map<string, string> {
  const m = new Map<string, string>();
  units.forEach((u, i) => {
    const n = units[i + 1];
    if (!n) return;
    const last = refMembers(u.ref).at(-1)!, first = refMembers(n.ref)[0]!;
    const k = last.lastIndexOf(":"), j = first.lastIndexOf(":");
    if (first.slice(0, j) === last.slice(0, k) && Number(first.slice(j + 1)) > Number(last.slice(k + 1))) m.set(u.ref, first);
  });
  return m;
}

/** Lower case without diacritics, for the search box (`Kerjasama` finds `kerjasama`, `cafe` finds `café`). */
export function fold(text: string): string {
  return text.normalize("NFD").replace(/\p{M}/gu, "").toLowerCase();
}

/** Does a unit pass the filter and the search text (in either language; typed English counts too)? */
export function keepUnit(u: Unit, filter: Filter, query: string, findings: FindingCounts, typed?: string): boolean {
  switch (filter) {
    case "work": if (!needsWork(u)) return false; break;
    case "untranslated": if (u.state !== "untranslated") return false; break;
    case "review": if (!(u.stale || u.state === "aligned" || u.state === "draft")) return false; break;
    case "findings": if (!findings[u.ref]) return false; break;
    default: break;
  }
  const q = fold(query.trim());
  if (q === "") return true;
  return fold(u.source).includes(q) || fold(typed ?? u.target ?? "").includes(q);
}

/** Non-overlapping term spans in order (a longer match wins over one inside it). */
export function cleanSpans(spans: readonly TermSpan[] | undefined): TermSpan[] {
  const sorted = [...(spans ?? [])].sort((x, y) => x.start - y.start || y.end - x.end);
  const out: TermSpan[] = [];
  for (const s of sorted) if (out.length === 0 || s.start >= out[out.length - 1]!.end) out.push(s);
  return out;
}

/** What clicking a term inserts: its first preferred rendering (a do-not-translate term: itself). */
export function termInsert(term: TermHint | undefined, sourceText: string): string | undefined {
  if (!term) return undefined;
  if (term.dnt) return sourceText;
  return term.preferred[0] ?? term.admitted[0];
}

/** The forbidden renderings of a term that the English contains (case-insensitive, whole words). */
export function forbiddenUsed(term: TermHint | undefined, english: string): string[] {
  if (!term || english === "") return [];
  const low = english.toLowerCase();
  return term.forbidden.filter((f) => {
    const i = low.indexOf(f.toLowerCase());
    if (i < 0) return false;
    const before = i === 0 ? "" : low[i - 1]!, after = low[i + f.length] ?? "";
    return !/[\p{L}\p{N}]/u.test(before) && !/[\p{L}\p{N}]/u.test(after);
  });
}

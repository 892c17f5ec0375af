/**
 * What the translation session shows and checks next to each sentence: the glossary terms found in
 * the source (from the database glossary, as `glossary sync` stored it, else the project's `glossary/`:
 * glossary-source.ts workingGlossary) and the findings of the
 * checks on (source, English). Built once per session.
 */
import * as path from "node:path";
import type { Store } from "../store";
import type { GlossaryMatcher, SourceMatch } from "../glossary/types";
import { runChecks } from "../check/run";
import { acronymInName } from "../check/util";
import { pairHash } from "./check";
import { DEFAULT_GLOSSARY_DIR, glossaryOutdated, workingMatcher } from "./glossary-source";

export interface TermHint {
  readonly source: string;
  readonly entry: string;
  readonly preferred: string[];
  readonly admitted: string[];
  readonly forbidden: string[];
  readonly dnt: boolean;
  /** The glossary's note on the concept (usage, register, source), when it has one. */
  readonly note?: string;
}

export interface TermSpan {
  readonly start: number;
  readonly end: number;
  /** Concept id (the `entry` of its TermHint). */
  readonly entry: string;
}

export interface FindingView {
  readonly checkId: string;
  readonly severity: "error" | "warning" | "info";
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
}

export interface Assist {
  readonly hasGlossary: boolean;
  /** Is the database's glossary used and the project's glossary/ changed since it was synced? (Reads the folder: asked by the CLI session, once.) */
  glossaryOutdated(): boolean;
  readonly hasChecks: boolean;
  terms(source: string): TermHint[];
  /** Where each glossary term occurs in the source (UTF-16 offsets), in order: for highlighting. */
  spans(source: string): TermSpan[];
  check(ref: string, source: string, target: string): FindingView[];
  /** The findings on a stored pair as `check` reports them: warnings and errors, suppressed ones left out. */
  current(document: string, ref: string, source: string, target: string): FindingView[];
}

export function termHints(matches: readonly SourceMatch[], notes: ReadonlyMap<string, string> = new Map()): TermHint[] {
  const seen = new Set<string>();
  const out: TermHint[] = [];
  for (const m of matches) {
    if (seen.has(m.entry)) continue;
    seen.add(m.entry);
    out.push({
      source: m.text, entry: m.entry, dnt: m.dnt,
      preferred: m.renderings.filter((r) => r.status === "preferred").map((r) => r.text),
      admitted: m.renderings.filter((r) => r.status === "admitted").map((r) => r.text),
      forbidden: m.renderings.filter((r) => r.status === "forbidden").map((r) => r.text),
      ...(notes.get(m.entry) ? { note: notes.get(m.entry)! } : {}),
    });
  }
  return out;
}

/** The glossary terms of a source, without an acronym that is part of a name or a person's initials (as the checks read them: `PT AS Teknologi`, `tersangka AS (34)`). */
function termsIn(matcher: GlossaryMatcher, source: string): SourceMatch[] {
  return matcher.matchSource(source).filter((m) => !acronymInName(source, m.start, m.end));
}

/** The session's and workbench's helper; `root`: the project (its `glossary/` when the database holds no glossary). */
export function createAssist(store: Store, root?: string): Assist {
  const { concepts, matcher } = workingMatcher(store, root);
  const notes = new Map<string, string>();
  for (const c of concepts) if (c.note && c.note.trim()) notes.set(c.id, c.note.trim());
  const check = (ref: string, source: string, target: string): FindingView[] => {
    const run = runChecks([{ ref, source, target }], matcher ? { matcher } : {});
    return run.findings
      .filter((f) => f.severity !== "info")
      .map((f) => ({ checkId: f.checkId, severity: f.severity, messageId: f.messageId, data: f.data }));
  };
  return {
    hasGlossary: matcher !== undefined,
    glossaryOutdated: () => root !== undefined && glossaryOutdated(store, path.join(root, DEFAULT_GLOSSARY_DIR)),
    hasChecks: true,
    terms: (source) => (matcher ? termHints(termsIn(matcher, source), notes) : []),
    spans: (source) => (matcher ? termsIn(matcher, source).map((m) => ({ start: m.start, end: m.end, entry: m.entry })) : []),
    check,
    current(document, ref, source, target) {
      const found = check(ref, source, target);
      if (found.length === 0) return found;
      const hash = pairHash(source, target);
      const silenced = new Set(store.findings.silencedChecks(document, hash));
      return found.filter((f) => !silenced.has(f.checkId));
    },
  };
}

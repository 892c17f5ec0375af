/**
 * Glossary domain types — the contract between the glossary (files, store, matcher), the checks,
 * the aligner and the translation session. Pure types: no imports, no I/O.
 */
import type { Concept, EnforceLevel, TermRendering, TermStatus as RenderingStatus } from "../model";

export { ENFORCE_LEVELS, type Concept, type EnforceLevel, type SourceForm, type TermRendering, type TermStatus } from "../model";
/** The name TermStatus had before src/model.ts. */
export type { TermStatus as RenderingStatus } from "../model";

/** A glossary term found in an Indonesian text. Offsets are UTF-16, into the text given. */
export interface SourceMatch {
  readonly start: number;
  readonly end: number;
  /** The text as it appears in the input (`DMZ-nya` → `DMZ`: the clitic is not part of the match). */
  readonly text: string;
  /** The matched source form as written in the glossary. */
  readonly source: string;
  /** Concept id. */
  readonly entry: string;
  readonly renderings: readonly TermRendering[];
  readonly dnt: boolean;
}

/** A glossary rendering (any status) found in an English text. */
export interface TargetMatch {
  readonly start: number;
  readonly end: number;
  readonly text: string;
  /** The rendering as written in the glossary (or the DNT source form). */
  readonly rendering: string;
  readonly entry: string;
  readonly status: RenderingStatus;
}

/** A compiled glossary: built once, used for millions of sentences. */
export interface GlossaryMatcher {
  readonly concepts: ReadonlyMap<string, Concept>;
  /** Every glossary term in an Indonesian text, longest match first, no overlaps, in text order. */
  matchSource(text: string): SourceMatch[];
  /** Every glossary rendering (and every DNT source form) in an English text, same rules. */
  matchTarget(text: string): TargetMatch[];
}

/** The level the checks apply to a concept: `hint` when unverified, else its level (default `error`). */
export function enforceLevel(c: Pick<Concept, "enforce" | "unverified"> | undefined): EnforceLevel {
  if (!c) return "error";
  return c.unverified ? "hint" : c.enforce ?? "error";
}

/**
 * Entries an import leaves out, by the line they start on: without an Indonesian term (a multilingual
 * termbase holds many), without an English one (and not marked do-not-translate). Only an import
 * collects them; reading a glossary folder keeps such an entry, and validation refuses it (file:line).
 */
export interface SkippedEntries {
  readonly noIndonesian: number[];
  readonly noEnglish: number[];
}

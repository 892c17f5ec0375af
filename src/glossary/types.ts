/**
 * Glossary domain types — the contract between the glossary (files, store, matcher), the checks,
 * the aligner and the translation session. Pure types: no imports, no I/O.
 */
export type RenderingStatus = "preferred" | "admitted" | "forbidden";

/**
 * How hard the checks enforce a concept: `error` (a key term: names, institutions, KCNA, DMZ — a
 * wrong or missing rendering is an error), `warning` (a term of the domain with several good
 * renderings), `hint` (general vocabulary: weekdays, everyday nouns, country adjectives — the
 * glossary still feeds the aligner, the hints and the audit, and the checks report at most info).
 */
export type EnforceLevel = "error" | "warning" | "hint";
export const ENFORCE_LEVELS: readonly EnforceLevel[] = ["error", "warning", "hint"];

/** One Indonesian source form of a concept (full form, abbreviation, informal form). */
export interface SourceForm {
  readonly text: string;
  /** Only matches exactly as written (`AS`, `Gedung Putih`). Otherwise case-insensitive. */
  readonly caseSensitive: boolean;
  readonly kind?: "full" | "abbreviation" | "informal" | "variant";
}

/** One English rendering of a concept with its status. */
export interface TermRendering {
  readonly text: string;
  readonly status: RenderingStatus;
  readonly caseSensitive: boolean;
  /** For a forbidden rendering: the preferred text to use instead. */
  readonly replacement?: string;
}

/** A glossary entry (concept). */
export interface Concept {
  /** Stable identifier (kebab-case), e.g. `north-korea`. */
  readonly id: string;
  readonly sources: readonly SourceForm[];
  readonly renderings: readonly TermRendering[];
  /** Do not translate: the source form itself must appear in the English. */
  readonly dnt: boolean;
  /** Enforcement level (default `error`). */
  readonly enforce?: EnforceLevel;
  /** Not verified against a reliable source: never enforced (the checks report at most info). */
  readonly unverified?: boolean;
  readonly pos?: string;
  readonly domain?: string;
  readonly note?: string;
  readonly example?: string;
  /** Where the concept was read from (for error messages). */
  readonly file?: string;
  readonly line?: number;
}

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

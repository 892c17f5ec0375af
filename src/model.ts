/**
 * THE domain model: the types every layer speaks (document, segment, unit, rendering, state,
 * concept, finding). Declared here once; the store, the app, the server, the CLI and the pure
 * modules import them from here (older module paths re-export them under the names they had).
 * Pure types and constant lists only: no imports, no I/O.
 */

/* ------------------------------------------------------------------ documents and segments */

/** What part of an article a segment is. */
export type SegmentKind = "headline" | "body" | "caption" | "dateline" | "boilerplate";
export const SEGMENT_KINDS: readonly SegmentKind[] = ["headline", "body", "caption", "dateline", "boilerplate"];

/** An ingested article. */
export interface Document {
  readonly id: number;
  readonly slug: string;
  readonly title: string;
  readonly sourcePath: string | null;
  readonly contentHash: string;
  readonly meta: Record<string, string>;
  readonly ingestedAt: string;
  readonly updatedAt: string;
}

/** One Indonesian sentence of a document (ordinal null: removed by a re-ingest, kept for its rendering). */
export interface Segment {
  readonly id: number;
  readonly documentId: number;
  readonly ordinal: number | null;
  readonly paragraph: number;
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly suspect: string | null;
  readonly normHash: string;
  readonly removedAt: string | null;
}

/* ------------------------------------------------------------------ states and renderings */

/** The state of a translation unit (src/translations/lifecycle.ts holds the transitions). */
export type UnitState = "untranslated" | "draft" | "aligned" | "translated" | "reviewed";
export const UNIT_STATES: readonly UnitState[] = ["untranslated", "draft", "aligned", "translated", "reviewed"];

/** The states a stored rendering can have (every unit state but `untranslated`). */
export type RenderingState = Exclude<UnitState, "untranslated">;
/** In the order the CLI lists them (`--status` choices, messages). */
export const RENDERING_STATES: readonly RenderingState[] = ["draft", "translated", "reviewed", "aligned"];

/** Where a rendering came from. `aligned` and `propagated` are machine-made and may be replaced. */
export type RenderingOrigin = "manual" | "aligned" | "propagated" | "imported" | "file";

/** An English text paired with one or more segments (the current version; older ones are revisions). */
export interface Rendering {
  readonly id: number;
  readonly text: string;
  readonly sourceText: string;
  readonly status: RenderingState;
  readonly origin: RenderingOrigin;
  readonly author: string;
  readonly score: number | null;
  readonly note: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /** Segment ids in order. */
  readonly segmentIds: number[];
}

/** One translation unit: adjacent current segments rendered together. */
export interface Unit {
  readonly document: Document;
  readonly segments: Segment[];
  readonly rendering: Rendering | undefined;
  readonly source: string;
  readonly boilerplate: boolean;
}

/* ------------------------------------------------------------------ glossary concepts */

/** The status of a glossary rendering of a concept. */
export type TermStatus = "preferred" | "admitted" | "forbidden";

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
  readonly status: TermStatus;
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

/* ------------------------------------------------------------------ findings */

export type Category = "critical" | "functional" | "cosmetic";
export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

/** A span of a text with the text it covers. Offsets are UTF-16 indices. */
export interface SpanText {
  readonly start: number;
  readonly end: number;
  readonly text: string;
}

/** What a check reported about one pair. `Id` is the check id (src/check narrows it to CheckId). */
export interface Finding<Id extends string = string> {
  readonly ref: string;
  /** Index of the pair in the run. */
  readonly index: number;
  readonly line?: number;
  readonly checkId: Id;
  readonly severity: Severity;
  readonly category: Category;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly source?: SpanText;
  readonly target?: SpanText;
  readonly fix?: { readonly start: number; readonly end: number; readonly text: string };
  /** Refs of the other pairs involved (consistency checks). */
  readonly related?: readonly string[];
}

/**
 * A check silenced on one pair: keyed by document + check id + a hash of the pair's normalised
 * source and target, so it survives re-runs and re-ingests and lapses when either text changes.
 * `origin` is `cli` (`check ignore`) or `file` (translations/suppressions.tsv).
 */
export interface Suppression {
  readonly id: number;
  readonly document: string;
  readonly checkId: string;
  readonly pairHash: string;
  /** The ref when it was suppressed (informative: ordinals move). */
  readonly ref: string;
  readonly reason: string;
  readonly author: string;
  readonly origin: "cli" | "file";
  readonly source: string;
  readonly target: string;
  readonly createdAt: string;
}

/** A suppression not stored yet (or read from translations/suppressions.tsv). */
export type NewSuppression = Omit<Suppression, "id">;

/**
 * The stored suppressions as the audit matches them, column by column, in the order of
 * Findings.suppressions(): ids, documents, check ids and pair hashes, no texts and no object per
 * suppression (a million of them take ~60 MB, not the ~2 GB of their rows with both texts).
 * `documents` and `checkIds` are the distinct values, `document[k]` and `checkId[k]` index them.
 */
export interface SuppressionKeys {
  readonly ids: Int32Array;
  readonly documents: readonly string[];
  readonly document: Int32Array;
  readonly checkIds: readonly string[];
  readonly checkId: Int32Array;
  readonly hashes: readonly string[];
}

/* ------------------------------------------------------------------ word differences */

/** One piece of a word-level difference between two texts (src/diff/word-diff.ts computes them). */
export interface DiffPart {
  readonly text: string;
  readonly kind: "same" | "added" | "removed";
}

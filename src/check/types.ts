/**
 * The uniform QA-check interface (ARCHITECTURE.md 8.5). A check is a pure function of one pair —
 * (source, target, the glossary terms matched on both sides, options) — or, for corpus-level checks
 * (consistency, length outliers), of every pair at once. Checks never throw on odd text; the runner
 * (./run.ts) still wraps a crash with the check id and the pair's ref. Pure: no I/O, no i18n.
 */
import type { Concept, SourceMatch, TargetMatch } from "../glossary/types";
import type { Tokens } from "../glossary/tokenize";
import type { TagRef } from "../formats/tags";

/** What a check sees for one pair. Offsets are UTF-16 indices. */
export interface CheckInput {
  /** Indonesian sentence(s). */
  readonly source: string;
  /** English rendering. */
  readonly target: string;
  /** Glossary terms found in `source` (empty without a glossary). */
  readonly sourceTerms: readonly SourceMatch[];
  /** Glossary renderings (and DNT source forms) found in `target`. */
  readonly targetTerms: readonly TargetMatch[];
  /** The glossary's concepts by id (for replacements of forbidden renderings), when there is one. */
  readonly concepts?: ReadonlyMap<string, Concept>;
  /**
   * The tokens of `source` and `target` (src/glossary/tokenize.ts), when the caller has them (the
   * audit: the glossary matcher's). Valid only while the check runs, and only where `tokens.source`
   * is the text. A check may read them instead of the text; it reports the same either way.
   */
  readonly sourceTokens?: Tokens | null;
  readonly targetTokens?: Tokens | null;
  /**
   * The inline codes of a unit imported with them (src/formats/tags.ts), as tags in order: the
   * source's and the target's. Absent for a pair without codes (every pair of a plain corpus).
   */
  readonly tags?: { readonly source: readonly TagRef[]; readonly target: readonly TagRef[] };
}

/**
 * The result of a check that finds nothing, shared (frozen: no array is made per pair and check;
 * a caller reads the problems a check returns, never changes them).
 */
export const NO_PROBLEMS: Problem[] = Object.freeze([]) as unknown as Problem[];

export interface Span {
  readonly start: number;
  readonly end: number;
}

/** What a check returns. The runner adds checkId, severity and the pair's identity. */
export interface Problem {
  /** A key of meta.messages. */
  readonly messageId: string;
  /** {{placeholders}} for the message. */
  readonly data?: Readonly<Record<string, string | number>>;
  /** The span of `source` involved. */
  readonly source?: Span;
  /** The span of `target` involved. */
  readonly target?: Span;
  /** A suggested fix: replace `target` text in `range` with `text`. */
  readonly fix?: { readonly start: number; readonly end: number; readonly text: string };
  /** Other pairs involved (corpus-level checks), by index into the corpus. */
  readonly related?: readonly number[];
  /**
   * The most this problem weighs (a glossary concept's enforcement level: `warning`, or `info` for a
   * hint): the finding gets the lower of it and the check's configured severity.
   */
  readonly severity?: Severity;
}

import { SEVERITIES, type Category, type Severity } from "../model";

export { SEVERITIES, type Category, type Severity } from "../model";

/** The lower of a check's severity and a problem's cap (`error` > `warning` > `info`). */
export function capSeverity(severity: Severity, cap: Severity | undefined): Severity {
  return cap && SEVERITIES.indexOf(cap) > SEVERITIES.indexOf(severity) ? cap : severity;
}

export interface CheckMeta {
  /** kebab-case; == file name == registry key == i18n key segment. */
  readonly id: string;
  readonly category: Category;
  readonly defaultSeverity: Severity;
  readonly enabledByDefault: boolean;
  /** `pair`: sees one pair; `corpus`: sees every pair of the run at once. */
  readonly scope: "pair" | "corpus";
  /** What the check reads and when it can report anything: the audit engine derives its work from it. */
  readonly needs: CheckNeeds;
  /** One English sentence; the check table in docs/guide/review.md is tested against it. */
  readonly description: string;
  /** messageId → English template with {{placeholders}}. */
  readonly messages: Readonly<Record<string, string>>;
}

/**
 * A condition on a pair's glossary matches that the audit engine (./audit-stream.ts) knows before it
 * runs any check, from the matcher's integers alone:
 * - `term-repeated`: a concept occurs twice or more in the source;
 * - `term-unrendered`: a concept (not do-not-translate) of the source has no allowed rendering in the target;
 * - `dnt-unrendered`: a do-not-translate concept of the source has no allowed form in the target;
 * - `forbidden-rendering`: the target has a forbidden rendering;
 * - `unexpected-rendering`: the target has an allowed rendering of no concept of the source.
 */
export type TermCondition = "term-repeated" | "term-unrendered" | "dnt-unrendered" | "forbidden-rendering" | "unexpected-rendering";
export const TERM_CONDITIONS: readonly TermCondition[] = ["term-repeated", "term-unrendered", "dnt-unrendered", "forbidden-rendering", "unexpected-rendering"];

/** What a check needs (CheckMeta.needs). */
export interface CheckNeeds {
  /**
   * What of the pair it reads: `text` (the two texts only: form and number checks), `target-terms`
   * (also the glossary matches of the target), `terms` (the glossary matches of both sides and the
   * concepts; without a glossary it reports nothing).
   */
  readonly reads: "text" | "target-terms" | "terms";
  /**
   * `target-terms` only: it reads no more of the target's terms than where they are (start, end), and
   * takes them from `targetTokens.matches` when those tokens carry the matcher's matches
   * (`targetTokens.nm >= 0`): the audit then gives it no match objects (targetTerms empty).
   */
  readonly spans?: boolean;
  /** It reports only on a pair where any of these holds (the engine runs it only there); absent: on any pair. */
  readonly when?: readonly TermCondition[];
  /**
   * Corpus checks. `same-source` / `same-target`: it reports only pairs whose normalised source /
   * target text another pair shares (the engine groups the pairs by that text and gives the check
   * the groups only); `measure`: it reads one number per pair (CorpusCheck.measure) and compares it
   * with the run's (CorpusCheck.judge).
   */
  readonly corpus?: "same-source" | "same-target" | "measure";
  /**
   * It reads the unit's inline codes (CheckInput.tags) and reports nothing on a pair without them: a
   * pairs file and the labelled evaluations skip it; a confirmation runs it on the unit's tags
   * (app/lifecycle.ts), `check` and the audit on the stored pairs whose rendering keeps codes (the
   * audit engine only on those: app/pair-read.ts tagsLookup).
   */
  readonly tags?: boolean;
}

export interface PairCheck<O extends object = Record<string, never>> {
  readonly meta: CheckMeta & { readonly scope: "pair" };
  readonly defaultOptions: O;
  check(input: CheckInput, options: O): Problem[];
}

/** A problem of a corpus-level check, attached to the pair at `index`. */
export interface CorpusProblem extends Problem {
  readonly index: number;
}

export interface CorpusCheck<O extends object = Record<string, never>> {
  readonly meta: CheckMeta & { readonly scope: "corpus" };
  readonly defaultOptions: O;
  checkCorpus(inputs: readonly CheckInput[], options: O): CorpusProblem[];
  /** needs.corpus `measure`: the pair's number (undefined: not measured); checkCorpus = judge of the measures. */
  measure?(input: CheckInput, options: O): number | undefined;
  /** needs.corpus `measure`: the problems, from every pair's measure in run order (NaN: not measured). */
  judge?(measures: ArrayLike<number>, options: O): CorpusProblem[];
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Check = PairCheck<any> | CorpusCheck<any>;

/** Type inference only. */
export const defineCheck = <O extends object>(check: PairCheck<O>): PairCheck<O> => check;
export const defineCorpusCheck = <O extends object>(check: CorpusCheck<O>): CorpusCheck<O> => check;

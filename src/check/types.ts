/**
 * The uniform QA-check interface (ARCHITECTURE.md 8.5). A check is a pure function of one pair —
 * (source, target, the glossary terms matched on both sides, options) — or, for corpus-level checks
 * (consistency, length outliers), of every pair at once. Checks never throw on odd text; the runner
 * (./run.ts) still wraps a crash with the check id and the pair's ref. Pure: no I/O, no i18n.
 */
import type { Concept, SourceMatch, TargetMatch } from "../glossary/types";

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
}

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

export type Category = "critical" | "functional" | "cosmetic";
export type Severity = "error" | "warning" | "info";
export const SEVERITIES: readonly Severity[] = ["error", "warning", "info"];

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
  /** One English sentence; the README's check table is tested against it. */
  readonly description: string;
  /** messageId → English template with {{placeholders}}. */
  readonly messages: Readonly<Record<string, string>>;
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
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type Check = PairCheck<any> | CorpusCheck<any>;

/** Type inference only. */
export const defineCheck = <O extends object>(check: PairCheck<O>): PairCheck<O> => check;
export const defineCorpusCheck = <O extends object>(check: CorpusCheck<O>): CorpusCheck<O> => check;

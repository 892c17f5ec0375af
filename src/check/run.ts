/**
 * runChecks — the pure runner. Matches the glossary once per pair, runs every enabled pair check on
 * every pair and every corpus check on all pairs at once, fills in identity, severity and the text
 * of the spans, and wraps a crashing check with its id and the pair's ref (Translate Toolkit's
 * run_filters). No I/O.
 */
import { SelarasError } from "../errors";
import type { Finding as ModelFinding, SpanText } from "../model";
import type { GlossaryMatcher } from "../glossary/types";
import { checks, type CheckId } from "./registry";
import { capSeverity, type Check, type CheckInput, type CorpusProblem, type Problem, type Severity } from "./types";

export interface PairToCheck {
  /** `<slug>:<ordinal>` for the database, `line:<n>` for a pairs file. */
  readonly ref: string;
  readonly source: string;
  readonly target: string;
  /** Line number in a pairs file. */
  readonly line?: number;
  /** The unit's inline codes as tags (CheckInput.tags), when it has any. */
  readonly tags?: CheckInput["tags"];
}

export interface CheckConfig {
  /** Run only these checks (default: every check enabled by default). */
  readonly only?: readonly CheckId[];
  readonly disable?: readonly CheckId[];
  readonly severity?: Partial<Record<CheckId, Severity>>;
  readonly options?: Partial<Record<CheckId, Record<string, unknown>>>;
}



export type { SpanText } from "../model";
/** A finding of one of the registered checks (src/model.ts's Finding with the check ids narrowed). */
export type Finding = ModelFinding<CheckId>;

export interface CheckRun {
  readonly findings: Finding[];
  /** The inputs as the checks saw them (with glossary matches), index-aligned with the pairs. */
  readonly inputs: CheckInput[];
}

export function enabledChecks(config: CheckConfig = {}): [CheckId, Check][] {
  return (Object.entries(checks) as [CheckId, Check][]).filter(([id, c]) =>
    (config.only ? config.only.includes(id) : c.meta.enabledByDefault) && !config.disable?.includes(id),
  );
}

/** Builds the check inputs (one glossary match per side per pair); reports progress every 1,000 pairs. */
export function buildInputs(pairs: readonly PairToCheck[], matcher?: GlossaryMatcher, onProgress?: (done: number, total: number) => void): CheckInput[] {
  const out: CheckInput[] = new Array(pairs.length);
  for (let i = 0; i < pairs.length; i++) {
    const p = pairs[i]!;
    const input: CheckInput = {
      source: p.source,
      target: p.target,
      sourceTerms: matcher ? matcher.matchSource(p.source) : [],
      targetTerms: matcher ? matcher.matchTarget(p.target) : [],
      concepts: matcher?.concepts,
    };
    // (a unit imported with inline codes: its tags, for inline-code-mismatch)
    out[i] = p.tags ? { ...input, tags: p.tags } : input;
    if (onProgress && (i + 1) % 1000 === 0) onProgress(i + 1, pairs.length);
  }
  onProgress?.(pairs.length, pairs.length);
  return out;
}

/** A check's problem as a finding of the run (identity, severity, the text of the spans). */
function toFinding(pairs: readonly PairToCheck[], config: CheckConfig, id: CheckId, check: Check, index: number, p: Problem): Finding {
  if (!(p.messageId in check.meta.messages)) throw new Error(`Invariant failed: ${id} reported unknown messageId "${p.messageId}"`);
  const severity = capSeverity(config.severity?.[id] ?? check.meta.defaultSeverity, p.severity);
  return findingFromProblem(pairs[index]!, index, id, severity, check.meta.category, p, p.related?.map((i) => pairs[i]!.ref));
}

/**
 * The finding a problem makes, its fields in the order every report writes them (the streamed
 * `check` builds its findings here too, so both give the same bytes).
 */
export function findingFromProblem(
  pair: Pick<PairToCheck, "ref" | "source" | "target" | "line">, index: number, id: CheckId, severity: Finding["severity"],
  category: Finding["category"], p: Problem, related?: readonly string[],
): Finding {
  const span = (text: string, s: { start: number; end: number } | undefined): SpanText | undefined =>
    s ? { start: s.start, end: s.end, text: text.slice(s.start, s.end) } : undefined;
  const source = span(pair.source, p.source);
  const target = span(pair.target, p.target);
  return {
    ref: pair.ref,
    index,
    ...(pair.line !== undefined ? { line: pair.line } : {}),
    checkId: id,
    severity,
    category,
    messageId: p.messageId,
    data: p.data ?? {},
    ...(source ? { source } : {}),
    ...(target ? { target } : {}),
    ...(p.fix ? { fix: p.fix } : {}),
    ...(p.related && related ? { related } : {}),
  };
}

const byCheckId = (a: CheckId, b: CheckId) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * `runChecks` for one pair at a time, set up once: the enabled checks, their options and their
 * order are worked out when it is made, not for every pair (the lifecycle's gate checks every
 * confirmation of an import this way). `check(pair)` returns exactly
 * `runChecks([pair], { matcher, config }).findings`.
 */
export function pairChecker(options: { readonly matcher?: GlossaryMatcher; readonly config?: CheckConfig } = {}): (pair: PairToCheck) => Finding[] {
  const config = options.config ?? {};
  const matcher = options.matcher;
  // runChecks sorts a pair's findings by check id, stably: running the checks in id order gives that order.
  const list = enabledChecks(config)
    .map(([id, check]) => ({ id, check, opts: { ...check.defaultOptions, ...(config.options?.[id] ?? {}) } }))
    .sort((a, b) => byCheckId(a.id, b.id));
  return (pair) => {
    const pairs = [pair];
    const input: CheckInput = {
      source: pair.source,
      target: pair.target,
      sourceTerms: matcher ? matcher.matchSource(pair.source) : [],
      targetTerms: matcher ? matcher.matchTarget(pair.target) : [],
      concepts: matcher?.concepts,
      ...(pair.tags ? { tags: pair.tags } : {}),
    };
    let findings: Finding[] | undefined;
    for (const { id, check, opts } of list) {
      if ("check" in check) {
        let problems: Problem[];
        try {
          problems = check.check(input, opts);
        } catch (cause) {
          throw new SelarasError("check-crashed", { checkId: id, ref: pair.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
        }
        for (const p of problems) (findings ??= []).push(toFinding(pairs, config, id, check, 0, p));
      } else {
        let problems: CorpusProblem[];
        try {
          problems = check.checkCorpus([input], opts);
        } catch (cause) {
          throw new SelarasError("check-crashed", { checkId: id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
        }
        // a corpus of one pair: every problem is on it (index 0), as in runChecks
        for (const p of problems) (findings ??= []).push(toFinding(pairs, config, id, check, p.index, p));
      }
    }
    return findings ?? [];
  };
}

export function runChecks(
  pairs: readonly PairToCheck[],
  options: {
    readonly matcher?: GlossaryMatcher;
    readonly config?: CheckConfig;
    readonly inputs?: CheckInput[];
    /** Called as the pairs are matched against the glossary (the long part of a large run). */
    readonly onProgress?: (done: number, total: number) => void;
  } = {},
): CheckRun {
  const config = options.config ?? {};
  const inputs = options.inputs ?? buildInputs(pairs, options.matcher, options.onProgress);
  const findings: Finding[] = [];
  const emit = (id: CheckId, check: Check, index: number, p: Problem) => { findings.push(toFinding(pairs, config, id, check, index, p)); };
  for (const [id, check] of enabledChecks(config)) {
    const opts = { ...check.defaultOptions, ...(config.options?.[id] ?? {}) };
    if ("check" in check) {
      for (let i = 0; i < inputs.length; i++) {
        let problems: Problem[];
        try {
          problems = check.check(inputs[i]!, opts);
        } catch (cause) {
          throw new SelarasError("check-crashed", { checkId: id, ref: pairs[i]!.ref, message: String((cause as Error)?.message ?? cause) }, { cause });
        }
        for (const p of problems) emit(id, check, i, p);
      }
    } else {
      let problems: CorpusProblem[];
      try {
        problems = check.checkCorpus(inputs, opts);
      } catch (cause) {
        throw new SelarasError("check-crashed", { checkId: id, ref: "*", message: String((cause as Error)?.message ?? cause) }, { cause });
      }
      for (const p of problems) emit(id, check, p.index, p);
    }
  }
  // by pair, then check id; within a check, in the order it reported (Array.prototype.sort is stable)
  findings.sort((a, b) => a.index - b.index || byCheckId(a.checkId, b.checkId));
  return { findings, inputs };
}

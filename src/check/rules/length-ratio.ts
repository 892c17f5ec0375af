/**
 * length-ratio — the target's length is far outside the corpus norm for its source's length
 * (Translate Toolkit `long`/`short`, Okapi length check), a sign of a missing or extra sentence.
 * Corpus-level and robust: the log of (target chars / source chars) is compared with the median of
 * the run, scaled by the median absolute deviation (MAD × 1.4826, never below `minScale`); a pair is
 * reported when it lies more than `k` scales away. Runs with fewer than `minPairs` measurable pairs
 * use a fixed norm instead (`defaultRatio`). Short sources (under `minSourceChars`) are skipped.
 */
import { defineCorpusCheck, type CorpusProblem } from "../types";
import { median } from "../util";

type Options = { k: number; minScale: number; minPairs: number; minSourceChars: number; defaultRatio: number; defaultScale: number };

/** The log of (target chars / source chars), for a source long enough and a target with text. */
function measure({ source, target }: { source: string; target: string }, o: Options): number | undefined {
  const s = source.trim().length;
  const t = target.trim().length;
  return s >= o.minSourceChars && t > 0 ? Math.log(t / s) : undefined;
}

function judge(logs: ArrayLike<number>, o: Options): CorpusProblem[] {
  // (in a typed array: a run measures a million pairs)
  const all = new Float64Array(logs.length);
  let n = 0;
  for (let i = 0; i < logs.length; i++) { const x = logs[i]!; if (!Number.isNaN(x)) all[n++] = x; }
  const measured = all.subarray(0, n);
  let center = Math.log(o.defaultRatio);
  let scale = o.defaultScale;
  if (n >= o.minPairs) {
    center = median(measured);
    // (the deviations in place: median reads a copy)
    for (let k = 0; k < n; k++) measured[k] = Math.abs(measured[k]! - center);
    scale = Math.max(o.minScale, 1.4826 * median(measured));
  }
  const problems: CorpusProblem[] = [];
  for (let index = 0; index < logs.length; index++) {
    const x = logs[index]!;
    if (Number.isNaN(x) || Math.abs(x - center) <= o.k * scale) continue;
    problems.push({
      index,
      messageId: x > center ? "long" : "short",
      data: { ratio: Math.exp(x).toFixed(2), norm: Math.exp(center).toFixed(2) },
    });
  }
  return problems;
}

export default defineCorpusCheck<Options>({
  meta: {
    id: "length-ratio",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "corpus",
    needs: { reads: "text", corpus: "measure" },
    description: "The target is much longer or shorter than the corpus norm for its source.",
    messages: {
      long: "The target is {{ratio, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}× the length of the source; the corpus norm is {{norm, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}×.",
      short: "The target is only {{ratio, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}× the length of the source; the corpus norm is {{norm, number(minimumFractionDigits: 2; maximumFractionDigits: 2)}}×.",
    },
  },
  defaultOptions: { k: 5, minScale: 0.1, minPairs: 30, minSourceChars: 25, defaultRatio: 0.95, defaultScale: 0.15 },
  checkCorpus(inputs, o) {
    const measures = new Float64Array(inputs.length);
    for (let i = 0; i < inputs.length; i++) measures[i] = measure(inputs[i]!, o) ?? NaN;
    return judge(measures, o);
  },
  measure,
  judge,
});

/**
 * Precision and recall of every pair-level check on the labelled pairs (test/fixtures/check/labelled.tsv,
 * ≥ 150 pairs, closed world: a check not listed under `must` must stay silent). The table in docs/guide/review.md is
 * generated from these figures and must match them.
 */
import { loadLabelled, scoreLabelled, type Score } from "./labelled";
import { allDocsText } from "../helpers/docs";

export function precisionRecallTable(scores: readonly Score[]): string {
  const rows = scores.map((s) => `| \`${s.check}\` | ${s.positives} | ${s.tp} | ${s.fp} | ${s.fn} | ${s.precision.toFixed(2)} | ${s.recall.toFixed(2)} |`);
  return ["| check | must fire | true pos. | false pos. | missed | precision | recall |", "|---|---:|---:|---:|---:|---:|---:|", ...rows].join("\n");
}

describe("labelled pairs", () => {
  const { scores, errors, pairs } = scoreLabelled();

  it("has at least 150 labelled pairs, each check with positive cases", () => {
    expect(pairs).toBeGreaterThanOrEqual(150);
    for (const s of scores) expect({ check: s.check, positives: s.positives > 0 }).toEqual({ check: s.check, positives: true });
  });

  it("covers the traps", () => {
    const text = loadLabelled().map((p) => `${p.source}\t${p.target}`).join("\n");
    for (const trap of [" as ", " AS ", "Gedung Putih", "gedung putih", "North Korea's", "missiles", "Selatan-AS-Jepang", "Rusia-Korea Utara", "11.000", "2,5", "1,5 juta", "(Korut)"]) {
      expect(text).toContain(trap);
    }
  });

  it("glossary checks reach precision and recall of at least 0.95", () => {
    for (const s of scores.filter((x) => x.check.startsWith("glossary-"))) {
      expect({ check: s.check, precision: s.precision >= 0.95, recall: s.recall >= 0.95 }).toEqual({ check: s.check, precision: true, recall: true });
    }
  });

  it("every check is right on every labelled pair", () => {
    expect(errors).toEqual([]);
  });

  it("the docs show these figures", () => {
    const readme = allDocsText();
    expect(readme).toContain(precisionRecallTable(scores));
  });
});

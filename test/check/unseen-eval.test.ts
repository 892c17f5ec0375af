/**
 * The checks on unseen news pairs (bench/check-eval.ts): ≥ 300 labelled pairs built from the shared
 * alignment data's test half, with planted errors of documented kinds. The floors asserted here are
 * well below the measured figures; docs/checks.md shows the measured tables, and must match them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { evaluate, markdown, KINDS } from "../../bench/check-eval";

describe("checks on unseen news pairs (shared alignment data, planted errors)", () => {
  const r = evaluate();

  it("has at least 300 labelled pairs, with every kind of planted error and clean pairs", () => {
    expect(r.pairs.length).toBeGreaterThanOrEqual(300);
    for (const kind of KINDS.filter((k) => k !== "real")) {
      expect({ kind, pairs: (r.byKind.get(kind)?.pairs ?? 0) >= 5 }).toEqual({ kind, pairs: true });
    }
    expect(r.byKind.get("clean")!.pairs).toBeGreaterThanOrEqual(150);
  });

  it("flags pairs at error severity with precision and recall of at least 0.9", () => {
    expect({ precision: r.overall.precision >= 0.9, recall: r.overall.recall >= 0.9 }).toEqual({ precision: true, recall: true });
  });

  it("catches every planted kind in at least nine pairs of ten", () => {
    for (const [kind, k] of r.byKind) {
      if (kind === "clean") continue;
      expect({ kind, caught: k.flagged / k.pairs >= 0.9 }).toEqual({ kind, caught: true });
    }
  });

  it("docs/checks.md shows these figures", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/checks.md"), "utf8");
    expect(doc).toContain(markdown(r));
  });
});

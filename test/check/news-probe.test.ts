/**
 * The fresh news pairs of test/fixtures/check/news-probe.tsv (elections, economy, sport, disasters, health,
 * law, tech, dates; one planted error in each `err` pair) through the pair checks with the shipped
 * glossary: every planted error is flagged at error severity, and the good translations flagged are
 * exactly the free rendering still reported (docs/checks.md).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadGlossaryMatcher } from "../../src/app/glossary";
import { runChecks } from "../../src/check";

const rows = fs.readFileSync(path.resolve(__dirname, "../fixtures/check/news-probe.tsv"), "utf8").split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#") && !l.startsWith("set\t"))
  .map((l) => { const [set, label, kind, source, target] = l.split("\t"); return { set: set!, label: label!, kind: kind!, source: source!, target: target! }; });

describe("fresh news pairs", () => {
  const glossary = loadGlossaryMatcher(path.resolve(__dirname, "../../glossary"));
  const run = runChecks(rows.map((r, i) => ({ ref: String(i), source: r.source, target: r.target })), { matcher: glossary, config: {} });
  const flagged = new Set(run.findings.filter((f) => f.severity === "error").map((f) => f.index));

  it("has the pairs it says", () => {
    expect(rows.length).toBe(334);
    expect(rows.filter((r) => r.label === "err").length).toBe(106);
  });

  it("flags every planted error at error severity", () => {
    expect(rows.flatMap((r, i) => (r.label === "err" && !flagged.has(i) ? [`${r.kind}: ${r.source} → ${r.target}`] : []))).toEqual([]);
  });

  it("flags only this good translation (a free rendering a reviewer accepts)", () => {
    expect(rows.flatMap((r, i) => (r.label === "ok" && flagged.has(i) ? [r.target] : []))).toEqual([
      "Indonesia won a gold and two silvers.",
    ]);
  });
});

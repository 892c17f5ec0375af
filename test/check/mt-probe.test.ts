/**
 * Machine-translated English (test/fixtures/check/mt-probe.tsv): 198 Indonesian news sentences with the
 * English an MT engine gives — 84 with one typical MT error (a negation dropped or added, a clause or
 * list item left out, a number changed, Indonesian words left in, a name mangled, a stutter, a truncated
 * sentence, a rise rendered as a fall, quotation marks dropped), 114 careful translations — through
 * every check with the shipped glossary, as `selaras check` runs them. The correct half and the MT half
 * are two corpora (each source once in each). Every pair's findings are asserted exactly (the `got`
 * column: check:message:severity), and docs/checks.md shows the figures per kind.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadGlossaryMatcher } from "../../src/app/glossary";
import { runChecks, type Finding } from "../../src/check";

interface Row { id: string; label: string; kind: string; source: string; target: string; want: string; got: string }
const rows: Row[] = fs.readFileSync(path.resolve(__dirname, "../fixtures/check/mt-probe.tsv"), "utf8").split("\n")
  .filter((l) => l.trim() !== "" && !l.startsWith("#") && !l.startsWith("id\t"))
  .map((l) => { const [id, label, kind, source, target, want, got] = l.split("\t"); return { id: id!, label: label!, kind: kind!, source: source!, target: target!, want: want!, got: got ?? "" }; });

export function mtProbeFindings(): Map<string, Finding[]> {
  const glossary = loadGlossaryMatcher(path.resolve(__dirname, "../../glossary"));
  const by = new Map<string, Finding[]>(rows.map((r) => [r.id, []]));
  for (const label of ["ok", "err"]) {
    const run = runChecks(rows.filter((r) => r.label === label).map((r) => ({ ref: r.id, source: r.source, target: r.target })), { matcher: glossary, config: {} });
    for (const f of run.findings) by.get(f.ref)!.push(f);
  }
  return by;
}

/** The table of docs/checks.md: per kind, the pairs, those flagged at warning or error, at error, by the check meant. */
export function mtProbeTable(by: Map<string, Finding[]>): string {
  const kinds = new Map<string, { n: number; warn: number; error: number; meant: number }>();
  for (const r of rows) {
    const k = r.label === "ok" ? "correct translations" : r.kind;
    const s = kinds.get(k) ?? { n: 0, warn: 0, error: 0, meant: 0 };
    const fs_ = by.get(r.id)!;
    s.n++;
    if (fs_.some((f) => f.severity !== "info")) s.warn++;
    if (fs_.some((f) => f.severity === "error")) s.error++;
    if (r.want && fs_.some((f) => f.checkId === r.want && f.severity !== "info")) s.meant++;
    kinds.set(k, s);
  }
  const lines = [...kinds].map(([k, s]) => `| ${k} | ${s.n} | ${s.warn} | ${s.error} | ${k === "correct translations" ? "–" : s.meant} |`);
  return ["| kind | pairs | flagged (warning or error) | flagged as error | by the check meant |", "|---|---:|---:|---:|---:|", ...lines].join("\n");
}

describe("machine-translated English", () => {
  const by = mtProbeFindings();

  it("has the pairs it says", () => {
    expect(rows.length).toBe(198);
    expect(rows.filter((r) => r.label === "err").length).toBe(84);
    expect(new Set(rows.map((r) => r.id)).size).toBe(198);
  });

  it("reports exactly the findings of the got column on every pair", () => {
    const got = (id: string) => by.get(id)!.map((f) => `${f.checkId}:${f.messageId}:${f.severity}`).join(" ");
    expect(rows.filter((r) => got(r.id) !== r.got).map((r) => `${r.id} ${r.target} → ${got(r.id) || "(none)"} (want ${r.got || "(none)"})`)).toEqual([]);
  });

  it("flags no correct translation at warning or error", () => {
    expect(rows.filter((r) => r.label === "ok" && by.get(r.id)!.some((f) => f.severity !== "info")).map((r) => r.target)).toEqual([]);
  });

  it("docs/checks.md shows these figures", () => {
    const doc = fs.readFileSync(path.resolve(__dirname, "../../docs/checks.md"), "utf8");
    expect(doc).toContain(mtProbeTable(by));
  });
});

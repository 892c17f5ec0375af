/**
 * The genre probe (test/fixtures/check/genre-probe.tsv, genre-probe-2.tsv, genre-probe-3.tsv, genre-probe-4.tsv, genre-probe-5.tsv): unseen Indonesian→English news
 * pairs in genres and shapes the other probes lack, each labelled by hand with the checks a reviewer
 * expects at warning or error (`want`) before Selaras ran on it. Run with the shipped glossary as `selaras
 * check --pairs` runs them, in corpora where each source appears once (the good pairs one corpus, the bad
 * ones as few as keep their sources distinct: the corpus checks would otherwise compare two renderings of
 * one source). Shared by test/check/genre-probe.test.ts, number-probe.test.ts and the table in docs/checks.md.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { runChecks, type CheckId, type Finding } from "../../src/check";
import { loadGlossaryMatcher } from "../../src/app/glossary";

export interface ProbeRow { id: string; batch: 1 | 2 | 3 | 4 | 5; label: "ok" | "err"; kind: string; source: string; target: string; want: string[]; got: string }

export function loadProbe(): ProbeRow[] {
  return ([[1, "genre-probe.tsv"], [2, "genre-probe-2.tsv"], [3, "genre-probe-3.tsv"], [4, "genre-probe-4.tsv"], [5, "genre-probe-5.tsv"]] as const)
    .flatMap(([batch, file]) => loadProbeFile(file, batch));
}

/** One labelled file of test/fixtures/check (id, label, kind, source, target, want, got), its rows of `batch`. */
export function loadProbeFile(file: string, batch: ProbeRow["batch"]): ProbeRow[] {
  const rows: ProbeRow[] = [];
  for (const line of fs.readFileSync(path.resolve(__dirname, "../fixtures/check", file), "utf8").split("\n")) {
    if (line.trim() === "" || line.startsWith("#") || line.startsWith("id\t")) continue;
    const [id, label, kind, source, target, want, got] = line.split("\t");
    rows.push({ id: id!, batch, label: label as "ok" | "err", kind: kind!, source: source!, target: target!, want: want ? want.split(",") : [], got: got ?? "" });
  }
  return rows;
}

/** Every pair's findings, through every check with the shipped glossary, in the corpora below. */
export function probeFindings(rows: readonly ProbeRow[]): Map<string, Finding[]> {
  const glossary = loadGlossaryMatcher(path.resolve(__dirname, "../../glossary"));
  const by = new Map<string, Finding[]>(rows.map((r) => [r.id, []]));
  for (const corpus of corpora(rows)) {
    for (const f of runChecks(corpus.map((r) => ({ ref: r.id, source: r.source, target: r.target })), { matcher: glossary, config: {} }).findings) by.get(f.ref)!.push(f);
  }
  return by;
}

/** The corpora the pairs are checked in: the good pairs, then the bad ones split so that no source repeats within one. */
export function corpora(rows: readonly ProbeRow[]): ProbeRow[][] {
  const out: ProbeRow[][] = [rows.filter((r) => r.label === "ok")];
  const bad: { rows: ProbeRow[]; sources: Set<string> }[] = [];
  for (const r of rows.filter((x) => x.label === "err")) {
    let c = bad.find((b) => !b.sources.has(r.source));
    if (c === undefined) bad.push(c = { rows: [], sources: new Set() });
    c.rows.push(r);
    c.sources.add(r.source);
  }
  return [...out, ...bad.map((b) => b.rows)];
}

/** A pair's findings as the `got` column writes them: check:message:severity, space-separated, in the order reported. */
export const gotOf = (fs_: readonly Finding[]): string => fs_.map((f) => `${f.checkId}:${f.messageId}:${f.severity}`).join(" ");

export interface ProbeRate { check: CheckId; mustFire: number; tp: number; fpGood: number; fpBad: number; missed: number }

/**
 * Per check, at warning or error: must fire (pairs labelled with it), true positives, firings on good
 * pairs (false alarms), firings on bad pairs not labelled with it (beside the labelled check, on the same
 * error: `glossary-unexpected-term` naming the wrong country), misses.
 */
export function rates(rows: readonly ProbeRow[], by: ReadonlyMap<string, readonly Finding[]>): ProbeRate[] {
  const ids = new Set<CheckId>();
  for (const r of rows) {
    for (const w of r.want) if (w !== "none") ids.add(w as CheckId);
    for (const f of by.get(r.id) ?? []) if (f.severity !== "info") ids.add(f.checkId);
  }
  return [...ids].sort().map((check) => {
    let mustFire = 0, tp = 0, fpGood = 0, fpBad = 0, missed = 0;
    for (const r of rows) {
      const fired = (by.get(r.id) ?? []).some((f) => f.checkId === check && f.severity !== "info");
      const want = r.want.includes(check);
      if (want) mustFire++;
      if (fired && want) tp++;
      else if (fired && r.label === "ok") fpGood++;
      else if (fired) fpBad++;
      else if (want) missed++;
    }
    return { check, mustFire, tp, fpGood, fpBad, missed };
  });
}

/** By pair: bad pairs flagged and good pairs flagged, at warning or error and at error. */
export function byPair(rows: readonly ProbeRow[], by: ReadonlyMap<string, readonly Finding[]>, error: boolean) {
  const flagged = (r: ProbeRow) => (by.get(r.id) ?? []).some((f) => (error ? f.severity === "error" : f.severity !== "info"));
  const bad = rows.filter((r) => r.label === "err"), good = rows.filter((r) => r.label === "ok");
  const tp = bad.filter(flagged).length, fp = good.filter(flagged).length;
  return { bad: bad.length, good: good.length, tp, fp, precision: tp + fp === 0 ? 1 : tp / (tp + fp), recall: tp / bad.length };
}

/**
 * The tables docs/checks.md shows: per check, then by pair at warning or error and at error, for each
 * set `sets` names (a label and its rows; by default the five batches).
 */
export function probeTables(rows: readonly ProbeRow[], by: ReadonlyMap<string, readonly Finding[]>, sets?: ReadonlyArray<readonly [string, readonly ProbeRow[]]>): string {
  const lines = [
    "| check | must fire | true pos. | false alarms (good pairs) | beside another check (bad pairs) | missed |",
    "|---|---:|---:|---:|---:|---:|",
    ...rates(rows, by).map((r) => `| \`${r.check}\` | ${r.mustFire} | ${r.tp} | ${r.fpGood} | ${r.fpBad} | ${r.missed} |`),
    "",
    "| by pair | bad pairs | flagged | good pairs | flagged | precision | recall |",
    "|---|---:|---:|---:|---:|---:|---:|",
  ];
  for (const [label, set] of sets ?? ([1, 2, 3, 4, 5] as const).map((b) => [`batch ${b}`, rows.filter((r) => r.batch === b)] as const)) {
    for (const error of [false, true]) {
      const p = byPair(set, by, error);
      lines.push(`| ${label}, at ${error ? "error" : "warning or error"} | ${p.bad} | ${p.tp} | ${p.good} | ${p.fp} | ${p.precision.toFixed(2)} | ${p.recall.toFixed(2)} |`);
    }
  }
  return lines.join("\n");
}

/**
 * The four tests every labelled probe makes: its counts, every pair's exact findings (`got`), no good pair
 * flagged at warning or error (but `knownFalseAlarms`), every bad pair flagged by its labelled check but the known misses.
 */
export function probeContract(rows: readonly ProbeRow[], by: ReadonlyMap<string, readonly Finding[]>, o: { pairs: number; good: number; knownMisses: Readonly<Record<string, string>>; knownFalseAlarms?: Readonly<Record<string, string>> }): void {
  const serious = (id: string) => by.get(id)!.filter((f) => f.severity !== "info");
  it("has the pairs it says, each id once, each bad pair labelled", () => {
    expect(rows.length).toBe(o.pairs);
    expect(rows.filter((r) => r.label === "ok").length).toBe(o.good);
    expect(rows.filter((r) => r.label === "err").length).toBe(o.pairs - o.good);
    expect(new Set(rows.map((r) => r.id)).size).toBe(o.pairs);
    expect(rows.filter((r) => r.label === "err" && r.want.length === 0).map((r) => r.id)).toEqual([]);
  });

  it("reports exactly the findings of the got column on every pair", () => {
    expect(rows.filter((r) => gotOf(by.get(r.id)!) !== r.got).map((r) => `${r.id} ${r.target} → ${gotOf(by.get(r.id)!) || "(none)"} (want ${r.got || "(none)"})`)).toEqual([]);
  });

  if (o.knownFalseAlarms === undefined) {
    it("flags no good translation at warning or error", () => {
      expect(rows.filter((r) => r.label === "ok" && serious(r.id).length > 0).map((r) => `${r.id} ${r.target}`)).toEqual([]);
    });
  } else {
    const known = Object.keys(o.knownFalseAlarms);
    it("flags no good translation at warning or error, but the known false alarms", () => {
      expect(rows.filter((r) => r.label === "ok" && serious(r.id).length > 0).map((r) => r.id)).toEqual(known);
    });
  }

  it("flags every bad pair by the check it was labelled with, but the known misses", () => {
    const missed = rows.filter((r) => r.label === "err" && (r.want.includes("none")
      ? serious(r.id).length === 0
      : !r.want.every((c) => serious(r.id).some((f) => f.checkId === c))));
    expect(missed.map((r) => r.id)).toEqual(Object.keys(o.knownMisses));
  });
}

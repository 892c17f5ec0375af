/**
 * Probe (issue #16, not a workload of `npm run bench`): `selaras audit --format json --out` end to
 * end — the call the command makes (auditDatabaseReport, the report rendered and written as the
 * command writes it) — in ONE thread, run as today, then with every pair's results replayed from
 * encoded entries recorded in an earlier run (./result-replay.ts): how much of the run a per-pair
 * result cache that still reads the pairs' texts removes, and what remains (reading, the
 * aggregates, merging, corpus checks, the report).
 * `node dist/bench/probes/audit-result-cache-e2e.js <database> [root=.] [out folder=os.tmpdir()]`
 * Runs: computed, recording, replayed, computed, replayed; the reports of computed and replayed runs
 * must be the same bytes (checked). Per run: wall seconds and process CPU seconds to the end of the
 * per-pair engine (the last progress call), to the start of the report (corpus checks done), to
 * the report written.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { auditDatabaseReport, writeReport } from "../../src/app/audit";
import { auditPlan } from "../../src/check/audit-stream";
import { renderAuditBytes } from "../../src/cli/output/audit";
import { createT } from "../../src/i18n";
import type { Concept } from "../../src/glossary/types";
import * as M from "../../src/glossary/match";
import { openStore } from "../../src/store";
import { Replay, type Mode } from "./result-replay";

const now = () => performance.now() / 1000;
const cpu = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1e6; };

async function main(): Promise<void> {
  const [file, root, outDir] = [process.argv[2], process.argv[3] ?? ".", process.argv[4] ?? os.tmpdir()];
  if (!file) throw new Error("usage: node dist/bench/probes/audit-result-cache-e2e.js <database> [root] [out folder]");
  const t = createT("en");
  // one compiled glossary for every run (the runs compile the same concepts), its scan wrapped
  const compile = M.compileGlossary;
  let replay: Replay | undefined;
  let matcher: M.CompiledGlossary | undefined;
  (M as unknown as Record<string, unknown>).compileGlossary = (concepts: readonly Concept[]) => {
    if (matcher === undefined) {
      matcher = compile(concepts);
      replay = new Replay(matcher.flat, auditPlan(), true);
    }
    if (concepts.length !== matcher.flat.concepts.length) throw new Error("another glossary compiled");
    return matcher;
  };
  const once = async (mode: Mode, out: string) => {
    replay?.begin(mode);
    let engineEnd = [0, 0], checksEnd = [0, 0];
    const w0 = now(), c0 = cpu();
    const store = openStore(file);
    try {
      await auditDatabaseReport(store, {
        root, workers: 1, compareGlossaryFolder: true,
        onProgress: () => { engineEnd = [now(), cpu()]; },
      }, async (result) => {
        checksEnd = [now(), cpu()];
        await writeReport(out, renderAuditBytes("json", t, result.audit, "en", { findingsThread: true, report: out }));
      });
    } finally {
      store.close();
    }
    replay?.flush();
    const end = [now(), cpu()];
    const f = (x: number) => Number(x.toFixed(2));
    return { mode, wall: { engine: f(engineEnd[0]! - w0), corpusChecks: f(checksEnd[0]! - engineEnd[0]!), report: f(end[0]! - checksEnd[0]!), total: f(end[0]! - w0) }, cpu: { engine: f(engineEnd[1]! - c0), corpusChecks: f(checksEnd[1]! - engineEnd[1]!), report: f(end[1]! - checksEnd[1]!), total: f(end[1]! - c0) }, load: os.loadavg().map((x) => x.toFixed(1)).join(" ") };
  };
  const out = (k: string) => path.join(outDir, `probe-audit-${k}.json`);
  // the first run compiles the glossary (and wraps it): it runs as today
  const runs = [await once("off", out("computed1"))];
  if (!replay) throw new Error("no glossary compiled");
  runs.push(await once("record", out("recorded")));
  runs.push(await once("replay", out("replayed1")));
  runs.push(await once("off", out("computed2")));
  runs.push(await once("replay", out("replayed2")));
  const same = ["recorded", "replayed1", "computed2", "replayed2"].every((k) => fs.readFileSync(out(k)).equals(fs.readFileSync(out("computed1"))));
  for (const r of runs) process.stdout.write(JSON.stringify(r) + "\n");
  process.stdout.write(JSON.stringify({ reportBytes: fs.statSync(out("computed1")).size, entryBlocks: replay.blocks.length, entryBytes: replay.blocks.reduce((a, b) => a + b.length, 0), reportsIdentical: same }) + "\n");
  for (const k of ["computed1", "recorded", "replayed1", "computed2", "replayed2"]) fs.rmSync(out(k), { force: true });
  if (!same) process.exitCode = 1;
}

void main();

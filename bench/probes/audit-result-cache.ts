/**
 * Probe (issue #16, not a workload of `npm run bench`): what a cache of each pair's audit results
 * would save. `node dist/bench/probes/audit-result-cache.js <database> [pairs=100000] [root=.]`
 *
 * It reads the first `pairs` pairs of a database (e.g. the 1M bench database, /tmp/aud/mkdb.js) and
 * runs the audit engine's chunk step (auditChunk, 5,000 pairs a chunk, one thread) three ways:
 * computed (today); recording every per-pair result (the glossary scan's output, the consistency
 * keys, each pair check's problems, the measures, the candidate-term spans); and replaying those
 * results instead of computing them — what a warm cache that still reads the pairs' texts would do.
 * The chunk aggregates of the replay must equal the computed ones (checked: `aggregatesIdentical`).
 * The records are also encoded to a binary entry per pair (documents of 40 pairs a blob), decoded
 * again and replayed from the decoded copy; then the aggregates are merged (AuditMerger.add, this
 * thread in a run) and the corpus checks run (finish). Figures: CPU µs per pair.
 *
 * The replay wraps the engine's inputs (./result-replay.ts): nothing in src changes.
 */
import * as os from "node:os";
import * as A from "../../src/check/audit";
import * as AS from "../../src/check/audit-stream";
import { compileGlossary } from "../../src/glossary";
import type { CompiledGlossary } from "../../src/glossary/match";
import { chooseCheckGlossary } from "../../src/app/check";
import { readRun } from "../../src/app/pair-read";
import type { PairToCheck } from "../../src/check/run";
import { openStore } from "../../src/store";
import { BLOCK, decodeEntries, encodeEntries, Replay, type Entry } from "./result-replay";

const CHUNK = 5000;
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };

function main(): void {
  const [file, count, root] = [process.argv[2], Number(process.argv[3] ?? 100_000), process.argv[4] ?? "."];
  if (!file) throw new Error("usage: node dist/bench/probes/audit-result-cache.js <database> [pairs] [root]");
  const store = openStore(file);
  const g = chooseCheckGlossary(store, undefined, root);
  const documents = store.findings.documentsInOrder();
  let t = cpuMs();
  let pairs: PairToCheck[] = [];
  for (let d = 0; d < documents.length && pairs.length < count; d += 50) {
    const run = documents.slice(d, d + 50);
    for (const p of readRun(run, store.findings.pairTuplesOf(run)).pairs) pairs.push(p);
  }
  const readMs = cpuMs() - t;
  store.close();
  pairs = pairs.slice(0, count);
  const N = pairs.length;
  const matcher = compileGlossary(g.concepts) as CompiledGlossary;
  const known = A.knownSources(g.concepts);
  const flat = matcher.flat;
  const plan = AS.auditPlan();
  const runAll = () => { const out: AS.ChunkAggregate[] = []; for (let s = 0; s < N; s += CHUNK) out.push(AS.auditChunk(pairs.slice(s, s + CHUNK), s, matcher, known, {})); return out; };
  const json = (x: unknown) => JSON.stringify(x, (_k, v: unknown) => (ArrayBuffer.isView(v) ? Array.from(v as Int32Array) : v));

  const replay = new Replay(flat, plan, false);
  const timed = (m: "off" | "record" | "replay") => { replay.begin(m); const t0 = cpuMs(); const out = runAll(); return { ms: cpuMs() - t0, out }; };
  timed("off"); // (the code optimised first)
  const recorded = timed("record");
  const cold1 = timed("off");
  const warm1 = timed("replay");
  const warm2 = timed("replay");
  const cold2 = timed("off");
  const warm3 = timed("replay");
  // the records as cache entries: encoded a document at a time, decoded again (three times: the last counts), replayed
  t = cpuMs();
  const blobs: Buffer[] = [];
  for (let s = 0; s < N; s += BLOCK) blobs.push(encodeEntries(replay.entries.slice(s, s + BLOCK), plan.pair.length));
  const encodeMs = cpuMs() - t;
  const decoded: Entry[] = new Array(N);
  const decodeMs: number[] = [];
  for (let k = 0; k < 3; k++) { t = cpuMs(); blobs.forEach((b, d) => decodeEntries(b, decoded, d * BLOCK)); decodeMs.push(cpuMs() - t); }
  replay.entries = decoded;
  timed("replay");
  const warmDecoded = timed("replay");
  replay.begin("off");
  // this thread's share in a run: merging the chunks' aggregates, then the corpus checks
  t = cpuMs();
  const merger = new AS.AuditMerger(N, AS.arrayAccess(pairs), g.concepts, {}, () => -1);
  for (const a of cold1.out) merger.add(a);
  const mergeMs = cpuMs() - t;
  t = cpuMs();
  merger.finish(N);
  const finishMs = cpuMs() - t;
  const expected = json(cold1.out);
  const identical = [recorded, cold2, warm1, warm2, warm3, warmDecoded].every((x) => json(x.out) === expected);
  const us = (ms: number) => Number(((1000 * ms) / N).toFixed(2));
  process.stdout.write(JSON.stringify({
    pairs: N, readPairsUs: us(readMs), computedUs: [us(cold1.ms), us(cold2.ms)], replayedUs: [us(warm1.ms), us(warm2.ms), us(warm3.ms)],
    recordingUs: us(recorded.ms), encodeUs: us(encodeMs), decodeUs: decodeMs.map(us), entryBytes: Number((blobs.reduce((a, b) => a + b.length, 0) / N).toFixed(1)),
    replayedFromDecodedUs: us(warmDecoded.ms), mergeUs: us(mergeMs), corpusChecksUs: us(finishMs), aggregatesIdentical: identical,
    load: os.loadavg().map((x) => x.toFixed(1)).join(" "),
  }) + "\n");
  if (!identical) process.exitCode = 1;
}

main();

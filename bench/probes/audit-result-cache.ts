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
 * The replay is made by wrapping the engine's inputs (the compiled glossary's scan, the plan's
 * checks, two exported helpers) for the length of the probe: nothing in src changes.
 */
import * as os from "node:os";
import * as A from "../../src/check/audit";
import * as AS from "../../src/check/audit-stream";
import type { CheckInput, PairCheck, Problem } from "../../src/check/types";
import { compileGlossary } from "../../src/glossary";
import type { CompiledGlossary } from "../../src/glossary/match";
import * as TK from "../../src/glossary/tokenize";
import { chooseCheckGlossary } from "../../src/app/check";
import { readRun } from "../../src/app/pair-read";
import type { PairToCheck } from "../../src/check/run";
import { openStore } from "../../src/store";

type Span = { term: string; kind: string };
interface Entry {
  ns: number; so: Int32Array; nt: number; to: Int32Array | null;
  sPlain: boolean; tPlain: boolean;
  keys: number[]; k: number;
  probs: (Problem[] | undefined)[];
  meas: (number | undefined)[];
  spans: readonly Span[] | null;
}

const CHUNK = 5000, DOC = 40;
const EMPTY: never[] = [];
const cpuMs = () => { const c = process.cpuUsage(); return (c.user + c.system) / 1000; };
/** A module's exports, to wrap one of them for the probe (TypeScript-compiled CommonJS: plain properties, read at each call). */
const mutable = (m: object) => m as unknown as Record<string, unknown>;

/** A growing byte buffer with varints, zigzag integers, doubles and length-prefixed UTF-8. */
class Writer {
  b = Buffer.allocUnsafe(1 << 16);
  n = 0;
  room(k: number): void { if (this.n + k > this.b.length) { const c = Buffer.allocUnsafe(Math.max(this.b.length * 2, this.n + k)); this.b.copy(c, 0, 0, this.n); this.b = c; } }
  u(x: number): void { this.room(5); while (x > 127) { this.b[this.n++] = (x & 127) | 128; x >>>= 7; } this.b[this.n++] = x; }
  i(x: number): void { this.u(((x << 1) ^ (x >> 31)) >>> 0); }
  f(x: number): void { this.room(8); this.b.writeDoubleLE(x, this.n); this.n += 8; }
  s(str: string): void { this.room(3 * str.length + 4); const at = this.n; this.n += 4; const k = this.b.write(str, this.n, "utf8"); this.b.writeUInt32LE(k, at); this.n += k; }
  done(): Buffer { return Buffer.from(this.b.subarray(0, this.n)); }
}
class Reader {
  n = 0;
  constructor(private readonly b: Buffer) {}
  u(): number { let x = 0, sh = 0, c: number; do { c = this.b[this.n++]!; x |= (c & 127) << sh; sh += 7; } while (c & 128); return x >>> 0; }
  i(): number { const z = this.u(); return (z >>> 1) ^ -(z & 1); }
  f(): number { const x = this.b.readDoubleLE(this.n); this.n += 8; return x; }
  s(): string { const k = this.b.readUInt32LE(this.n); this.n += 4; const str = this.b.toString("utf8", this.n, this.n + k); this.n += k; return str; }
}

function encodeDocument(entries: readonly Entry[], checks: number): Buffer {
  const w = new Writer();
  w.u(entries.length);
  for (const e of entries) {
    w.u(0x12345678); // (stands for the hash of the pair's inputs, compared when read)
    w.u(e.ns); for (let k = 0; k < 3 * e.ns; k++) w.u(e.so[k]!);
    w.u(e.nt); for (let k = 0; k < 3 * e.nt; k++) w.u(e.to![k]!);
    w.u((e.sPlain ? 1 : 0) | (e.tPlain ? 2 : 0));
    w.u(e.keys.length); for (const k of e.keys) w.i(k);
    w.u(e.meas.length); for (const x of e.meas) w.f(x ?? NaN);
    const spans = e.spans ?? EMPTY;
    w.u(spans.length); for (const sp of spans) { w.s(sp.term); w.u(sp.kind === "acronym" ? 0 : 1); }
    let np = 0;
    for (let c = 0; c < checks; c++) if (e.probs[c]) np++;
    w.u(np); for (let c = 0; c < checks; c++) if (e.probs[c]) { w.u(c); w.s(JSON.stringify(e.probs[c])); }
  }
  return w.done();
}

function decodeDocument(b: Buffer, into: Entry[], at: number): void {
  const r = new Reader(b);
  const n = r.u();
  for (let j = 0; j < n; j++) {
    r.u();
    const ns = r.u(); const so = new Int32Array(3 * ns); for (let k = 0; k < so.length; k++) so[k] = r.u();
    const nt = r.u(); const to = new Int32Array(3 * nt); for (let k = 0; k < to.length; k++) to[k] = r.u();
    const fl = r.u();
    const nk = r.u(); const keys: number[] = new Array(nk); for (let k = 0; k < nk; k++) keys[k] = r.i();
    const nm = r.u(); const meas: (number | undefined)[] = new Array(nm); for (let k = 0; k < nm; k++) { const x = r.f(); meas[k] = Number.isNaN(x) ? undefined : x; }
    const nsp = r.u(); const spans: Span[] = nsp ? new Array(nsp) : EMPTY; for (let k = 0; k < nsp; k++) { const term = r.s(); spans[k] = { term, kind: r.u() === 0 ? "acronym" : "name" }; }
    const np = r.u(); const probs: (Problem[] | undefined)[] = []; for (let k = 0; k < np; k++) { const c = r.u(); probs[c] = JSON.parse(r.s()) as Problem[]; }
    into[at + j] = { ns, so, nt, to, sPlain: (fl & 1) !== 0, tPlain: (fl & 2) !== 0, keys, k: 0, probs, meas, spans };
  }
}

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

  // the wrapped inputs: "off" passes through, "record" keeps each pair's results, "replay" gives them back
  let mode: "off" | "record" | "replay" = "off";
  let cur = -1;
  let rec: Entry[] = new Array(N);
  let r: Entry = undefined as unknown as Entry;
  const f = flat as unknown as Record<string, unknown>;
  const scanSource = flat.scanSource, scanTarget = flat.scanTarget;
  const sourceOut = Object.getOwnPropertyDescriptor(flat, "sourceOut")!.get!, targetOut = Object.getOwnPropertyDescriptor(flat, "targetOut")!.get!;
  const ST = flat.sourceTokens!, TT = flat.targetTokens!;
  f.scanSource = (text: string): number => {
    if (mode === "off") return scanSource(text);
    cur++;
    if (mode === "record") {
      const n = scanSource(text);
      r = rec[cur] = { ns: n, so: (sourceOut() as Int32Array).slice(0, 3 * n), nt: 0, to: null, sPlain: ST.plain && ST.source === text, tPlain: false, keys: [], k: 0, probs: [], meas: [], spans: null };
      return n;
    }
    r = rec[cur]!;
    ST.source = r.sPlain ? text : ""; ST.plain = r.sPlain; r.k = 0;
    return r.ns;
  };
  f.scanTarget = (text: string): number => {
    if (mode === "off") return scanTarget(text);
    if (mode === "record") { const n = scanTarget(text); r.nt = n; r.to = (targetOut() as Int32Array).slice(0, 3 * n); r.tPlain = TT.plain && TT.source === text; return n; }
    TT.source = r.tPlain ? text : ""; TT.plain = r.tPlain;
    return r.nt;
  };
  Object.defineProperty(flat, "sourceOut", { get: () => (mode === "replay" ? r.so : sourceOut()) });
  Object.defineProperty(flat, "targetOut", { get: () => (mode === "replay" ? r.to : targetOut()) });
  const tokensKey = TK.tokensKey;
  mutable(TK).tokensKey = (tokens: TK.Tokens): number => {
    if (mode === "off") return tokensKey(tokens);
    if (mode === "record") { const k = tokensKey(tokens); r.keys.push(k); return k; }
    return r.keys[r.k++]!;
  };
  const spansOf = A.candidateSpansFlat;
  mutable(A).candidateSpansFlat = (text: string, covered: ArrayLike<number>, n: number, tokens: TK.Tokens | null) => {
    if (mode === "off") return spansOf(text, covered, n, tokens);
    if (mode === "record") { const s = spansOf(text, covered, n, tokens); r.spans = s.length ? s.map((x) => ({ ...x })) : EMPTY; return s; }
    return r.spans;
  };
  plan.pair.forEach((pe, idx) => {
    const orig = pe.check, w = Object.create(orig) as PairCheck<object>;
    w.check = (input: CheckInput, o: object): Problem[] => {
      if (mode === "off") return orig.check(input, o);
      if (mode === "record") { const q = orig.check(input, o); if (q.length) r.probs[idx] = q.map((x) => ({ ...x })); return q; }
      return r.probs[idx] ?? EMPTY;
    };
    (pe as { check: PairCheck<object> }).check = w;
  });
  plan.measures.forEach((pe, idx) => {
    const orig = pe.check, w = Object.create(orig) as typeof orig;
    w.measure = (input: CheckInput, o: object): number | undefined => {
      if (mode === "off") return orig.measure!(input, o);
      if (mode === "record") { const x = orig.measure!(input, o); r.meas[idx] = x; return x; }
      return r.meas[idx];
    };
    (pe as { check: typeof orig }).check = w;
  });

  const timed = (m: typeof mode) => { mode = m; cur = -1; const t0 = cpuMs(); const out = runAll(); return { ms: cpuMs() - t0, out }; };
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
  for (let s = 0; s < N; s += DOC) blobs.push(encodeDocument(rec.slice(s, s + DOC), plan.pair.length));
  const encodeMs = cpuMs() - t;
  const decoded: Entry[] = new Array(N);
  const decodeMs: number[] = [];
  for (let k = 0; k < 3; k++) { t = cpuMs(); blobs.forEach((b, d) => decodeDocument(b, decoded, d * DOC)); decodeMs.push(cpuMs() - t); }
  rec = decoded;
  timed("replay");
  const warmDecoded = timed("replay");
  mode = "off";
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

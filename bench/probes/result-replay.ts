/**
 * The machinery of the result-cache probes (./audit-result-cache.ts, ./audit-result-cache-e2e.ts):
 * wraps the audit engine's per-pair inputs — the compiled glossary's scan (and its output), the
 * consistency keys (tokensKey), the candidate-term spans, every pair check of the plan and every
 * measure — so that a run can record each pair's results and a later run over the same pairs, in
 * the same order, get them back instead of computing them. Records are kept as objects or encoded
 * (a binary entry per pair, blocks of 40 pairs: what a cache row per document would hold), decoded
 * block by block as the replay reaches them. Nothing in src changes: the wrapped functions are
 * TypeScript-compiled CommonJS exports (plain properties, read at each call) and the plan's objects.
 */
import * as A from "../../src/check/audit";
import type { AuditPlan } from "../../src/check/audit-stream";
import type { CheckInput, PairCheck, Problem } from "../../src/check/types";
import type { FlatMatcher } from "../../src/glossary/match";
import * as TK from "../../src/glossary/tokenize";

type Span = { term: string; kind: string };
/** One pair's results. */
export interface Entry {
  ns: number; so: Int32Array; nt: number; to: Int32Array | null;
  sPlain: boolean; tPlain: boolean;
  keys: number[]; k: number;
  probs: (Problem[] | undefined)[];
  meas: (number | undefined)[];
  spans: readonly Span[] | null;
}

export const BLOCK = 40;
const EMPTY: never[] = [];
/** A module's exports, to wrap one of them. */
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

/** Entries as one binary block (`checks`: the plan's pair checks). */
export function encodeEntries(entries: readonly Entry[], checks: number): Buffer {
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

/** A block's entries into `into` from `at`. */
export function decodeEntries(b: Buffer, into: Entry[], at: number): void {
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

export type Mode = "off" | "record" | "replay";

/** The wrapped engine: `begin` a run in a mode; records kept as objects (`entries`) or encoded (`blocks`). */
export class Replay {
  mode: Mode = "off";
  private cur = -1;
  private r: Entry = undefined as unknown as Entry;
  /** Records as objects (encoded: false), by pair number. */
  entries: Entry[] = [];
  /** Records encoded, BLOCK pairs each (encoded: true). */
  readonly blocks: Buffer[] = [];
  private readonly window: Entry[] = new Array(BLOCK);
  private pending: Entry[] = [];
  private readonly checks: number;

  constructor(flat: FlatMatcher, plan: AuditPlan, private readonly encoded: boolean) {
    const f = flat as unknown as Record<string, unknown>;
    const scanSource = flat.scanSource, scanTarget = flat.scanTarget;
    const sourceOut = Object.getOwnPropertyDescriptor(flat, "sourceOut")!.get!, targetOut = Object.getOwnPropertyDescriptor(flat, "targetOut")!.get!;
    const ST = flat.sourceTokens!, TT = flat.targetTokens!;
    const checks = (this.checks = plan.pair.length);
    f.scanSource = (text: string): number => {
      if (this.mode === "off") return scanSource(text);
      const i = ++this.cur;
      if (this.mode === "record") {
        if (this.encoded && this.pending.length === BLOCK) { this.blocks.push(encodeEntries(this.pending, checks)); this.pending = []; }
        const n = scanSource(text);
        const e: Entry = { ns: n, so: (sourceOut() as Int32Array).slice(0, 3 * n), nt: 0, to: null, sPlain: ST.plain && ST.source === text, tPlain: false, keys: [], k: 0, probs: [], meas: [], spans: null };
        this.r = e;
        if (this.encoded) this.pending.push(e);
        else this.entries[i] = e;
        return n;
      }
      if (this.encoded) {
        if (i % BLOCK === 0) decodeEntries(this.blocks[i / BLOCK]!, this.window, 0);
        this.r = this.window[i % BLOCK]!;
      } else this.r = this.entries[i]!;
      const r = this.r;
      ST.source = r.sPlain ? text : ""; ST.plain = r.sPlain; r.k = 0;
      return r.ns;
    };
    f.scanTarget = (text: string): number => {
      if (this.mode === "off") return scanTarget(text);
      const r = this.r;
      if (this.mode === "record") { const n = scanTarget(text); r.nt = n; r.to = (targetOut() as Int32Array).slice(0, 3 * n); r.tPlain = TT.plain && TT.source === text; return n; }
      TT.source = r.tPlain ? text : ""; TT.plain = r.tPlain;
      return r.nt;
    };
    Object.defineProperty(flat, "sourceOut", { get: () => (this.mode === "replay" ? this.r.so : sourceOut()) });
    Object.defineProperty(flat, "targetOut", { get: () => (this.mode === "replay" ? this.r.to : targetOut()) });
    const tokensKey = TK.tokensKey;
    mutable(TK).tokensKey = (tokens: TK.Tokens): number => {
      if (this.mode === "off") return tokensKey(tokens);
      if (this.mode === "record") { const k = tokensKey(tokens); this.r.keys.push(k); return k; }
      return this.r.keys[this.r.k++]!;
    };
    const spansOf = A.candidateSpansFlat;
    mutable(A).candidateSpansFlat = (text: string, covered: ArrayLike<number>, n: number, tokens: TK.Tokens | null) => {
      if (this.mode === "off") return spansOf(text, covered, n, tokens);
      if (this.mode === "record") { const s = spansOf(text, covered, n, tokens); this.r.spans = s.length ? s.map((x) => ({ ...x })) : EMPTY; return s; }
      return this.r.spans;
    };
    plan.pair.forEach((pe, idx) => {
      const orig = pe.check, w = Object.create(orig) as PairCheck<object>;
      w.check = (input: CheckInput, o: object): Problem[] => {
        if (this.mode === "off") return orig.check(input, o);
        if (this.mode === "record") { const q = orig.check(input, o); if (q.length) this.r.probs[idx] = q.map((x) => ({ ...x })); return q; }
        return this.r.probs[idx] ?? EMPTY;
      };
      (pe as { check: PairCheck<object> }).check = w;
    });
    plan.measures.forEach((pe, idx) => {
      const orig = pe.check, w = Object.create(orig) as typeof orig;
      w.measure = (input: CheckInput, o: object): number | undefined => {
        if (this.mode === "off") return orig.measure!(input, o);
        if (this.mode === "record") { const x = orig.measure!(input, o); this.r.meas[idx] = x; return x; }
        return this.r.meas[idx];
      };
      (pe as { check: typeof orig }).check = w;
    });
  }

  /** A run from its first pair in `mode`. */
  begin(mode: Mode): void {
    this.flush();
    this.mode = mode;
    this.cur = -1;
  }

  /** The last block recorded (encoded). */
  flush(): void {
    if (this.mode === "record" && this.encoded && this.pending.length > 0) { this.blocks.push(encodeEntries(this.pending, this.checks)); this.pending = []; }
  }
}

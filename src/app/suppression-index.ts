/**
 * The stored suppressions matched to the pairs of a run (`selaras audit`, `selaras check`): a
 * suppression silences one check's findings on a pair of its document whose texts hash to its
 * pair hash (pairHash, ./check-stream.ts). Only the pairs of a document with suppressions are
 * hashed. Suppressions are numbered by their place in the SuppressionKeys (src/model.ts): columns,
 * no object or string made per suppression, so a million of them take tens of MB, not gigabytes.
 * It also tells which lapsed (no pair of their document has their hash any more) and which are
 * unused (live, silencing nothing).
 */
import type { PairToCheck } from "../check/run";
import type { SuppressionKeys } from "../model";
import { normalizeText, sha256 } from "../text/normalize";

/** The identity of a pair's texts: a suppression applies while it is unchanged. */
export function pairHash(source: string, target: string): string {
  return sha256(`${normalizeText(source)}\u241f${normalizeText(target)}`).slice(0, 16);
}

/** A suppression as an object: the findings of `checkId` on a pair of `document` whose texts hash to `pairHash`. */
export interface SuppressionKey {
  readonly document: string;
  readonly checkId: string;
  readonly pairHash: string;
}

/** A pair as matched: a database pair knows its document. */
type Pair = PairToCheck & { readonly document?: string };

/** Suppressions as objects as SuppressionKeys, numbered in their order (ids 0, 1, …). */
export function suppressionKeysOf(rows: readonly SuppressionKey[]): SuppressionKeys {
  const documents: string[] = [], checkIds: string[] = [];
  const docOf = new Map<string, number>(), checkOf = new Map<string, number>();
  const number = (x: string, of: Map<string, number>, list: string[]): number => {
    let n = of.get(x);
    if (n === undefined) { of.set(x, (n = list.length)); list.push(x); }
    return n;
  };
  return {
    ids: Int32Array.from(rows, (_r, k) => k),
    document: Int32Array.from(rows, (r) => number(r.document, docOf, documents)),
    checkId: Int32Array.from(rows, (r) => number(r.checkId, checkOf, checkIds)),
    documents, checkIds, hashes: rows.map((r) => r.pairHash),
  };
}

/** The suppressions of a chunk of pairs: [pair index in the chunk, check id, suppression number] in columns. */
export interface ChunkMatches {
  readonly pair: Int32Array;
  readonly checkIds: string[];
  readonly ids: Int32Array;
}

export class SuppressionIndex {
  /** Per document (by name): its suppressions' numbers, ordered by pair hash (then number). */
  private readonly byDocument = new Map<string, Int32Array>();
  /** Per suppression: a pair of its document has its hash (it is live). */
  private readonly live: Uint8Array;
  private readonly hashes = new Map<Pair, string>();
  constructor(readonly keys: SuppressionKeys) {
    const n = keys.hashes.length;
    this.live = new Uint8Array(n);
    // a counting sort of the numbers by document
    const starts = new Int32Array(keys.documents.length + 1);
    for (let k = 0; k < n; k++) starts[keys.document[k]! + 1]!++;
    for (let d = 0; d < keys.documents.length; d++) starts[d + 1]! += starts[d]!;
    const order = new Int32Array(n);
    const at = starts.slice(0, keys.documents.length);
    for (let k = 0; k < n; k++) order[at[keys.document[k]!]!++] = k;
    // (each document's by hash: a pair finds its own by binary search, not by reading all of a
    // document's, which a document with thousands of suppressions made quadratic)
    const { hashes } = keys;
    keys.documents.forEach((d, j) => this.byDocument.set(d, order.subarray(starts[j]!, starts[j + 1]!).sort((a, b) => (hashes[a]! < hashes[b]! ? -1 : hashes[a]! > hashes[b]! ? 1 : a - b))));
  }
  /** The part of a document's numbers whose hash is `h`: [from, to). */
  private range(rows: Int32Array, h: string): [number, number] {
    const { hashes } = this.keys;
    let lo = 0, hi = rows.length;
    while (lo < hi) { const mid = (lo + hi) >>> 1; if (hashes[rows[mid]!]! < h) lo = mid + 1; else hi = mid; }
    let to = lo;
    while (to < rows.length && hashes[rows[to]!] === h) to++;
    return [lo, to];
  }
  get size(): number {
    return this.keys.hashes.length;
  }
  /** The pair's hash when its document has suppressions (its live ones are marked), else undefined. */
  hashOf(p: Pair): string | undefined {
    const rows = p.document === undefined ? undefined : this.byDocument.get(p.document);
    if (rows === undefined) return undefined;
    const h = pairHash(p.source, p.target);
    const [from, to] = this.range(rows, h);
    for (let x = from; x < to; x++) this.live[rows[x]!] = 1;
    return h;
  }
  /** The suppression of a check's findings on a pair of `document` whose hash is `hash` (-1: none). */
  find(document: string | undefined, hash: string | undefined, checkId: string): number {
    const rows = document === undefined || hash === undefined ? undefined : this.byDocument.get(document);
    if (rows === undefined || hash === undefined) return -1;
    const { checkIds } = this.keys;
    const [from, to] = this.range(rows, hash);
    for (let x = from; x < to; x++) if (checkIds[this.keys.checkId[rows[x]!]!] === checkId) return rows[x]!;
    return -1;
  }
  /** The suppressions of a chunk of pairs, and the suppressions live in it (numbers), for another thread. */
  forChunk(pairs: readonly Pair[]): { suppress?: ChunkMatches; live: number[] } {
    const live: number[] = [];
    if (this.byDocument.size === 0) return { live };
    const { checkIds, checkId } = this.keys;
    const pair: number[] = [], checks: string[] = [], ids: number[] = [];
    for (let i = 0; i < pairs.length; i++) {
      const p = pairs[i]!;
      const rows = p.document === undefined ? undefined : this.byDocument.get(p.document);
      if (rows === undefined) continue;
      const [from, to] = this.range(rows, pairHash(p.source, p.target));
      for (let x = from; x < to; x++) {
        const k = rows[x]!;
        live.push(k);
        pair.push(i); checks.push(checkIds[checkId[k]!]!); ids.push(k);
      }
    }
    return pair.length ? { suppress: { pair: Int32Array.from(pair), checkIds: checks, ids: Int32Array.from(ids) }, live } : { live };
  }
  /** Notes suppressions live (in a chunk another thread matched). */
  markLive(live: readonly number[]): void {
    for (const k of live) this.live[k] = 1;
  }
  /** The suppression of a check's findings on a pair (-1: none); its hash is kept for the next asking. */
  of(p: Pair, checkId: string): number {
    if (p.document === undefined || !this.byDocument.has(p.document)) return -1;
    let h = this.hashes.get(p);
    if (h === undefined) this.hashes.set(p, (h = pairHash(p.source, p.target)));
    return this.find(p.document, h, checkId);
  }
  /**
   * Lapsed: no pair of its document has its hash any more; unused: live but silencing nothing
   * (`used`). Only suppressions of the documents `inScope` accepts (all without it), in number order.
   */
  outcome(used: (k: number) => boolean, inScope?: (document: string) => boolean): { lapsed: number[]; unused: number[] } {
    const { hashes } = this.keys;
    const lapsed: number[] = [], unused: number[] = [];
    // (suppressions of one document and hash are live together: a document's live hashes)
    const liveHash = new Set<string>();
    const out = new Uint8Array(hashes.length); // 1 lapsed, 2 unused
    for (const [document, rows] of this.byDocument) {
      if (inScope && !inScope(document)) continue;
      liveHash.clear();
      for (const k of rows) if (this.live[k]) liveHash.add(hashes[k]!);
      for (const k of rows) {
        if (!liveHash.has(hashes[k]!)) out[k] = 1;
        else if (!used(k)) out[k] = 2;
      }
    }
    for (let k = 0; k < out.length; k++) {
      if (out[k] === 1) lapsed.push(k);
      else if (out[k] === 2) unused.push(k);
    }
    return { lapsed, unused };
  }
}

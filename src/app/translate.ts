/**
 * Translating: saving renderings (with revisions and propagation), showing a unit, its history,
 * and translation-memory lookups. The interactive session (app/session.ts) and the non-interactive
 * commands (`translate set|show`, `history`) both go through these functions.
 */
import { findControlChar, findLoneSurrogate } from "../text/control";
import { UsageError } from "../errors";
import type { Store } from "../store";
import type { Rendering, RenderingOrigin, RenderingState as RenderingStatus, Unit } from "../model";
import { RENDERING_STATUSES } from "../store/renderings";
import { KEPT, type TmUnit } from "../store/tm";
import { normalizeText } from "../text/normalize";
import { wordDiff } from "../diff/word-diff";
import type { DiffPart } from "../model";

/** The plain form of a word diff (`[-removed-]{+added+}`), for output that is not a terminal. */
export { plainWordDiff } from "../diff/word-diff";
import { requiredRareWords, tmTokens, tokenSimilarity } from "../translations/similarity";
import { isStale, joinSource } from "./status";
import { refOf, resolveRef, resolveUnitRef, unitOf } from "./segments";

/** The statuses a rendering can have (the CLI offers them as --status choices). */
export { RENDERING_STATUSES };

/** Author of a save: see app/author.ts (flag, SELARAS_AUTHOR, git user.name, OS user). */
export { resolveAuthor } from "./author";

export function parseStatus(value: string | undefined, fallback: RenderingStatus = "translated"): RenderingStatus {
  if (value === undefined) return fallback;
  if (!(RENDERING_STATUSES as readonly string[]).includes(value)) throw new UsageError("bad-status", { status: value, allowed: RENDERING_STATUSES.join(", ") });
  return value as RenderingStatus;
}

export interface Propagated {
  readonly ref: string;
  readonly renderingId: number;
  readonly action: "created" | "updated";
}

export interface SaveResult {
  readonly ref: string;
  readonly renderingId: number;
  readonly action: "created" | "updated" | "unchanged";
  readonly propagated: Propagated[];
}

export interface SaveOptions {
  readonly text: string;
  readonly status: RenderingStatus;
  readonly origin?: RenderingOrigin;
  readonly author: string;
  readonly note?: string | null;
  readonly now: string;
  /** Give identical source sentences elsewhere the same rendering (default true). */
  readonly propagate?: boolean;
}

/** Saves the English of one unit inside the caller's transaction. */
export function saveUnitInTx(store: Store, unit: Unit, o: SaveOptions): SaveResult {
  const text = o.text.trim();
  if (text === "") throw new UsageError("empty-rendering", { ref: refOf(unit.document, unit.segments) });
  // Control characters are refused at the door: in the English, the note and the author's name
  // (all three travel into exports, where XML cannot hold them, and onto terminals).
  for (const [what, value] of [[refOf(unit.document, unit.segments), text], ["--note", o.note ?? ""], ["--translator", o.author]] as const) {
    const control = findControlChar(value);
    if (control) throw new UsageError("text-control-char", { what, column: control.index + 1, char: control.char });
    const lone = findLoneSurrogate(value);
    if (lone) throw new UsageError("text-lone-surrogate", { what, column: lone.index + 1, char: lone.char });
  }
  const segmentIds = unit.segments.map((s) => s.id);
  const sourceText = joinSource(unit.segments.map((s) => s.text));
  const origin = o.origin ?? "manual";
  const note = o.note === undefined ? unit.rendering?.note ?? null : o.note;
  let renderingId: number;
  let action: SaveResult["action"];
  const r = unit.rendering;
  if (!r) {
    renderingId = store.renderings.create({ segmentIds, text, sourceText, status: o.status, origin, author: o.author, note, now: o.now });
    action = "created";
  } else {
    renderingId = r.id;
    const same = r.text === text && r.status === o.status && r.sourceText === sourceText && (r.note ?? null) === (note ?? null)
      && r.segmentIds.length === segmentIds.length && r.segmentIds.every((id, i) => id === segmentIds[i]);
    if (same) action = "unchanged";
    else {
      store.renderings.update(r.id, { segmentIds, text, sourceText, status: o.status, origin, author: o.author, score: origin === r.origin ? r.score : null, note, now: o.now });
      action = "updated";
    }
  }
  const propagated = o.propagate === false || origin === "propagated" || unit.segments.length !== 1
    ? [] : propagateInTx(store, unit, renderingId, text, o);
  return { ref: refOf(unit.document, unit.segments), renderingId, action, propagated };
}

/**
 * Propagation: every other current segment with the same normalised source text gets the same
 * rendering (origin `propagated`) if it has none, or if its rendering was itself propagated.
 * A rendering a person wrote (or an aligner paired) is never overwritten. Joined segments are skipped.
 */
function propagateInTx(store: Store, unit: Unit, fromId: number, text: string, o: SaveOptions): Propagated[] {
  const seg = unit.segments[0]!;
  const out: Propagated[] = [];
  for (const other of store.renderings.segmentsWithHash(seg.normHash)) {
    if (other.segmentId === seg.id) continue;
    if (store.segmentEdits.nextJoined(other.segmentId) !== undefined || store.segmentEdits.prevJoined(other.segmentId) !== undefined) continue;
    const target = store.documents.segmentById(other.segmentId)!;
    const doc = store.documents.byId(target.documentId)!;
    const ref = `${doc.slug}:${target.ordinal}`;
    const note = `propagated from rendering #${fromId}`;
    if (other.renderingId === null) {
      const id = store.renderings.create({ segmentIds: [target.id], text, sourceText: target.text, status: o.status, origin: "propagated", author: o.author, note, now: o.now });
      out.push({ ref, renderingId: id, action: "created" });
      continue;
    }
    const existing = store.renderings.byId(other.renderingId)!;
    if (existing.origin !== "propagated" || existing.segmentIds.length !== 1) continue;
    if (existing.text === text && existing.status === o.status && existing.sourceText === target.text) continue;
    store.renderings.update(existing.id, { text, sourceText: target.text, status: o.status, origin: "propagated", author: o.author, note, now: o.now });
    out.push({ ref, renderingId: existing.id, action: "updated" });
  }
  return out;
}

/**
 * Stores English for the unit of a ref, as given, in one transaction: the low-level save, with no
 * checks and no files (tests and benchmarks seed databases with it). Every entry point — `translate
 * set`, the session, the workbench — goes through the checked save of app/lifecycle.ts (`setUnit`).
 */
export function setTranslation(store: Store, ref: string, o: SaveOptions): SaveResult {
  return store.transaction(() => {
    const { document, segment } = resolveRef(store, ref);
    if (segment.ordinal === null) throw new UsageError("segment-removed", { ref });
    const unit = unitOf(store, document, segment.id)!;
    return saveUnitInTx(store, unit, o);
  });
}

export interface RenderingView {
  readonly id: number;
  readonly text: string;
  readonly sourceText: string;
  readonly status: RenderingStatus;
  readonly origin: string;
  readonly author: string;
  readonly note: string | null;
  readonly score: number | null;
  readonly updatedAt: string;
  readonly stale: boolean;
  readonly orphaned: boolean;
  /** Saved source → current source, word by word (empty when not stale). */
  readonly sourceDiff: DiffPart[];
}

export interface UnitView {
  readonly ref: string;
  readonly document: string;
  readonly segments: Array<{ id: number; ordinal: number | null; text: string; kind: string; suspect: string | null }>;
  readonly source: string;
  readonly rendering: RenderingView | null;
  /** The unit's state by the lifecycle (docs/lifecycle.md) and its revision (0 without English). */
  readonly state?: string;
  readonly revision?: number;
}

export function viewRendering(store: Store, r: Rendering): RenderingView {
  const segs = r.segmentIds.map((id) => store.documents.segmentById(id)!);
  const current = joinSource(segs.map((s) => s.text));
  const stale = isStale(r.sourceText, segs.map((s) => s.text));
  return {
    id: r.id, text: r.text, sourceText: r.sourceText, status: r.status, origin: r.origin, author: r.author, note: r.note,
    score: r.score, updatedAt: r.updatedAt, stale, orphaned: segs.some((s) => s.removedAt !== null),
    sourceDiff: stale ? wordDiff(r.sourceText, current) : [],
  };
}

/** `selaras translate show <ref>`. */
export function showUnit(store: Store, ref: string, o: { anyMember?: boolean } = {}): UnitView {
  // A ref naming one member of a joined unit is refused (it names the unit), except for `history`.
  const { document, segment } = /^\d+$/.test(ref.trim()) || o.anyMember ? resolveRef(store, ref.replace(/(:\d+)(?:\+\d+)+$/, "$1")) : (() => {
    const u = resolveUnitRef(store, ref);
    return { document: u.document, segment: u.segments[0]! };
  })();
  if (segment.ordinal === null) {
    const r = store.renderings.forSegment(segment.id);
    return {
      ref: `${document.slug}#${segment.id}`, document: document.slug,
      segments: [{ id: segment.id, ordinal: null, text: segment.text, kind: segment.kind, suspect: segment.suspect }],
      source: segment.text, rendering: r ? viewRendering(store, r) : null,
    };
  }
  const unit = unitOf(store, document, segment.id)!;
  return {
    ref: refOf(document, unit.segments), document: document.slug,
    segments: unit.segments.map((s) => ({ id: s.id, ordinal: s.ordinal, text: s.text, kind: s.kind, suspect: s.suspect })),
    source: unit.source, rendering: unit.rendering ? viewRendering(store, unit.rendering) : null,
    state: unit.rendering?.status ?? "untranslated", revision: unit.rendering ? store.renderings.revisionNumber(unit.rendering.id) : 0,
  };
}

export interface HistoryEntry {
  readonly revision: number;
  readonly text: string;
  readonly sourceText: string;
  readonly status: string;
  readonly author: string;
  readonly note: string | null;
  readonly time: string;
  /** Previous revision's text → this one, word by word (the first revision: all added). */
  readonly diff: DiffPart[];
}

export interface HistoryView {
  readonly ref: string;
  readonly renderingId: number | null;
  readonly revisions: HistoryEntry[];
  /** Joins and unjoins of the unit's segments, oldest first. */
  readonly events: Array<{ kind: "join" | "unjoin"; ref: string; author: string; time: string }>;
}

/** `selaras history <ref>`: every saved version, oldest first, each with its word diff. */
export function renderingHistory(store: Store, ref: string): HistoryView {
  const view = showUnit(store, ref, { anyMember: true });
  const events = store.segmentEdits.eventsOf(view.segments.map((s) => s.id));
  if (!view.rendering) return { ref: view.ref, renderingId: null, revisions: [], events };
  const revs = store.renderings.revisions(view.rendering.id);
  return {
    ref: view.ref,
    renderingId: view.rendering.id,
    revisions: revs.map((r, i) => ({
      revision: i + 1, text: r.text, sourceText: r.sourceText, status: r.status, author: r.author, note: r.note, time: r.createdAt,
      diff: wordDiff(i === 0 ? "" : revs[i - 1]!.text, r.text),
    })),
    events,
  };
}

export interface TmMatch {
  /** The rendering matched, or 0 for a unit kept from an import (`import --keep-tm`): then `keptId`. */
  readonly renderingId: number;
  /** The kept unit (tm_unit id) and the file it came from, for a match from kept translation memory. */
  readonly keptId?: number;
  readonly originFile?: string;
  /** 0..1, see translations/similarity.ts. */
  readonly similarity: number;
  readonly exact: boolean;
  readonly sourceText: string;
  readonly text: string;
  readonly status: string;
  /** Stored source → this source, word by word. */
  readonly diff: DiffPart[];
}

export interface TmOptions {
  readonly threshold?: number;
  readonly limit?: number;
  /** Renderings not to offer (the unit's own). */
  readonly exclude?: ReadonlySet<number>;
  /** How many of the index's best-ranked candidates are scored exactly (default 60). */
  readonly maxCandidates?: number;
  /**
   * At most this many logged rendering changes are folded into the index first (default: all):
   * after a bulk import the rest are left to later lookups or a catch-up (see syncTm), so that one
   * lookup does not take seconds (the workbench's help; 1,000,000 new renderings: ~11 s).
   */
  readonly syncLimit?: number;
}

export const TM_THRESHOLD = 0.7;

/**
 * Brings the translation-memory word index up to date, its words being the similarity measure's
 * tokens (with `limit`: its oldest `limit` logged changes). Returns how many changes were folded.
 */
export function syncTm(store: Store, limit = Infinity): number {
  return store.tm.sync(tmTokens, limit);
}

/**
 * Translation-memory lookup through the word index (store/tm.ts): read the posting lists of the
 * rarest words of the query only (enough of them that every match at the threshold contains at
 * least one, see similarity.ts), rank the renderings found by the summed idf of the words they
 * contain, and score the best 60 exactly with the word-level similarity.
 * Exact = same normalised source text.
 */
export function tmLookup(store: Store, source: string, o: TmOptions = {}): TmMatch[] {
  const threshold = o.threshold ?? TM_THRESHOLD;
  const limit = o.limit ?? 3;
  const qTokens = tmTokens(source);
  if (qTokens.length === 0) return [];
  syncTm(store, o.syncLimit);
  const max = o.maxCandidates ?? 60;
  // Renderings, then units kept from imports (an index of their own, store/tm.ts): both scored alike.
  const units = [
    ...store.tm.units(candidates(store, qTokens, threshold, "", max)),
    ...store.tm.keptUnits(candidates(store, qTokens, threshold, KEPT, max)),
  ];
  return scoreCandidates(source, qTokens, units, threshold, limit, o.exclude);
}

/** The `max` best-ranked ids of one index (renderings: "", kept units: KEPT) for a query. */
function candidates(store: Store, qTokens: string[], threshold: number, ns: string, max: number): number[] {
  const size = store.tm.approximateSize(ns);
  if (size === 0) return []; // an empty index (no unit kept from imports, say): no word lookups
  // Words absent from the index are kept in the count: they cannot lead to a candidate, and every
  // match still contains one of the chosen words (the absent ones are among those it misses).
  const distinct = [...new Set(qTokens)].map((w) => ({ w, df: store.tm.documentFrequency(ns + w) }));
  distinct.sort((a, b) => a.df - b.df || (a.w < b.w ? -1 : 1));
  const need = requiredRareWords(qTokens.length, threshold);
  // Each id found scores the idf of the chosen words it contains (accumulated in a typed array
  // indexed by id); the best `max` are kept in a small heap and scored exactly.
  const total = Math.max(2, size);
  const lists = distinct.slice(0, need).filter((x) => x.df > 0).map((x) => ({ ids: store.tm.postings(ns + x.w), idf: Math.log(total / x.df) }));
  if (lists.length === 0) return [];
  let maxId = 0;
  let count = 0;
  for (const l of lists) {
    count += l.ids.length;
    const a = l.ids;
    for (let k = 0; k < a.length; k++) if (a[k]! > maxId) maxId = a[k]!;
  }
  const acc = scratch(store, ns, maxId + 1);
  const touched = new Int32Array(count);
  let nt = 0;
  for (const l of lists) {
    const a = l.ids;
    const idf = l.idf;
    for (let k = 0; k < a.length; k++) {
      const id = a[k]!;
      if (acc[id] === 0) touched[nt++] = id;
      acc[id] += idf;
    }
  }
  const ids = topByScore(touched.subarray(0, nt), acc, max);
  for (let k = 0; k < nt; k++) acc[touched[k]!] = 0; // leave the scratch array zeroed for the next lookup
  return ids;
}

/** One zeroed score array per store and index, reused across lookups (grown when ids are added). */
const scratchArrays = new WeakMap<object, Map<string, Float64Array>>();
function scratch(store: Store, ns: string, size: number): Float64Array {
  let byNs = scratchArrays.get(store);
  if (!byNs) scratchArrays.set(store, (byNs = new Map()));
  let a = byNs.get(ns);
  if (!a || a.length < size) {
    a = new Float64Array(Math.max(size, Math.ceil((a?.length ?? 0) * 1.5)));
    byNs.set(ns, a);
  }
  return a;
}

/** The `k` ids with the highest scores (a binary min-heap of size k), in no particular order. */
function topByScore(ids: Int32Array, score: Float64Array, k: number): number[] {
  if (ids.length <= k) return Array.from(ids);
  const heap = new Int32Array(k);
  let n = 0;
  const less = (a: number, b: number) => score[a]! < score[b]! || (score[a] === score[b] && a > b);
  const down = (i: number) => {
    for (;;) {
      const l = 2 * i + 1, r = l + 1;
      let m = i;
      if (l < n && less(heap[l]!, heap[m]!)) m = l;
      if (r < n && less(heap[r]!, heap[m]!)) m = r;
      if (m === i) return;
      const t = heap[i]!; heap[i] = heap[m]!; heap[m] = t; i = m;
    }
  };
  for (const id of ids) {
    if (n < k) {
      let i = n++;
      heap[i] = id;
      while (i > 0) { const p = (i - 1) >> 1; if (!less(heap[i]!, heap[p]!)) break; const t = heap[i]!; heap[i] = heap[p]!; heap[p] = t; i = p; }
    } else if (less(heap[0]!, id)) { heap[0] = id; down(0); }
  }
  return Array.from(heap.subarray(0, n));
}

/** Scores candidate TM units against a source (tmLookup's last step; bench/lib/tm-full-scan.ts reuses it). */
export function scoreCandidates(source: string, qTokens: string[], units: ReadonlyArray<TmUnit>, threshold: number, limit: number, exclude?: ReadonlySet<number>): TmMatch[] {
  const norm = normalizeText(source);
  const scored: Array<{ u: (typeof units)[number]; sim: number; exact: boolean }> = [];
  for (const u of units) {
    if (u.renderingId !== 0 && exclude?.has(u.renderingId)) continue;
    const t = tmTokens(u.sourceText);
    if (t.length * threshold > qTokens.length || qTokens.length * threshold > t.length) continue;
    const sim = tokenSimilarity(qTokens, t);
    if (sim < threshold) continue;
    scored.push({ u, sim, exact: normalizeText(u.sourceText) === norm });
  }
  // renderings before kept units at equal similarity, then by id
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || b.sim - a.sim
    || Number(a.u.renderingId === 0) - Number(b.u.renderingId === 0) || a.u.renderingId - b.u.renderingId || (a.u.keptId ?? 0) - (b.u.keptId ?? 0));
  const seen = new Set<string>();
  const out: TmMatch[] = [];
  for (const s of scored) {
    const key = `${normalizeText(s.u.sourceText)}\u0000${s.u.text}`;
    if (seen.has(key)) continue; // the same pair stored twice (e.g. propagated) is offered once
    seen.add(key);
    out.push({
      renderingId: s.u.renderingId, ...(s.u.keptId !== undefined ? { keptId: s.u.keptId, originFile: s.u.originFile } : {}),
      similarity: Math.round(s.sim * 1000) / 1000, exact: s.exact, sourceText: s.u.sourceText, text: s.u.text, status: s.u.status,
      diff: wordDiff(s.u.sourceText, source),
    });
    if (out.length >= limit) break;
  }
  return out;
}


/**
 * Segment references, translation units (join groups), joins, splits and join suggestions.
 *
 * A reference is `<document-slug>:<n>` (1-based ordinal among the current segments) or a segment id.
 * A translation unit is one segment, or several adjacent segments joined by the translator (rows of
 * segment_join) or covered by one rendering (e.g. an aligner's 2→1 pair). A join is persistent: it is
 * keyed by segment ids, which survive re-ingest of unchanged sentences, and it is written to the
 * `translations/` files as a record over several ordinals (`doc:4+5`). A split is recorded by the
 * text it cut and re-applied by every ingest (src/ingest/splits.ts).
 */
import { NotFoundError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import type { Store } from "../store";
import type { Document, Rendering, RenderingState, Segment, Unit } from "../model";
import type { SplitRow } from "../store/segment-edits";

export type { Unit } from "../model";
import { normHash, normalizeText } from "../text/normalize";
import { joinSource } from "./status";
import { FOCUS_ADVERBS, SUBORDINATORS } from "../segment/rules/suspect";
import { suspectReason } from "../segment/suspect";
import { englishSentences } from "../segment/english";
import { alignSentences } from "../align";

export interface ResolvedRef {
  readonly document: Document;
  readonly segment: Segment;
}

/** `<slug>:<n>` or a numeric segment id → the segment (current or removed, for ids). */
export function resolveRef(store: Store, ref: string): ResolvedRef {
  const m = /^(.+):(\d+)$/.exec(ref.trim());
  if (m) {
    const document = store.documents.bySlug(m[1]!);
    if (!document) throw documentNotFound(store, m[1]!);
    const segment = store.documents.segmentByOrdinal(document.id, Number(m[2]));
    if (!segment) throw new NotFoundError("not-found-ref", { ref, count: store.documents.segments(document.id).length });
    return { document, segment };
  }
  if (/^\d+$/.test(ref.trim())) {
    const segment = store.documents.segmentById(Number(ref));
    if (!segment) throw new NotFoundError("not-found-segment", { ref });
    return { document: store.documents.byId(segment.documentId)!, segment };
  }
  throw new NotFoundError("bad-ref", { ref });
}

/** The unit a reference names. A single member of a joined unit is refused (exit 2), naming the unit. */
export function resolveUnitRef(store: Store, ref: string): Unit {
  const trimmed = ref.trim();
  const m = /^(.+):(\d+)((?:\+\d+)+)$/.exec(trimmed);
  const first = m ? `${m[1]}:${m[2]}` : trimmed;
  const { document, segment } = resolveRef(store, first);
  if (segment.ordinal === null) throw new UsageError("segment-removed", { ref });
  const unit = unitOf(store, document, segment.id, segment)!;
  const unitRef = refOf(document, unit.segments);
  if (m) {
    const asked = `${m[1]}:${[m[2], ...m[3]!.slice(1).split("+")].map(Number).join("+")}`;
    if (asked !== unitRef) throw new UsageError("ref-not-a-unit", { ref, unit: unitRef });
  } else if (unit.segments.length > 1) {
    throw new UsageError("ref-in-joined-unit", { ref, unit: unitRef });
  }
  return unit;
}

export function documentBySlug(store: Store, slug: string): Document {
  const d = store.documents.bySlug(slug);
  if (!d) throw documentNotFound(store, slug);
  return d;
}

export function refOf(document: Document, segments: readonly Segment[]): string {
  const ords = segments.map((s) => s.ordinal).filter((o): o is number => o !== null);
  return ords.length ? `${document.slug}:${ords.join("+")}` : `${document.slug}#${segments.map((s) => s.id).join("+")}`;
}


/** The translation units of a document in order (boilerplate included, flagged). */
export function unitsOf(store: Store, document: Document): Unit[] {
  return documentView(store, document).units;
}

/** A document read once: its current segments, the renderings touching it (by id), and its units. */
export interface DocumentView {
  readonly segments: Segment[];
  readonly renderings: Rendering[];
  readonly units: Unit[];
}

export function documentView(store: Store, document: Document): DocumentView {
  const segs = store.documents.segments(document.id);
  const all = store.renderings.ofDocument(document.id);
  const index = new Map(segs.map((s, i) => [s.id, i]));
  const parent = segs.map((_, i) => i);
  const find = (i: number): number => { while (parent[i] !== i) { parent[i] = parent[parent[i]!]!; i = parent[i]!; } return i; };
  const union = (a: number, b: number) => { const ra = find(a), rb = find(b); if (ra !== rb) parent[Math.max(ra, rb)] = Math.min(ra, rb); };
  for (const [a, b] of store.segmentEdits.joinsOf(document.id)) {
    const ia = index.get(a), ib = index.get(b);
    if (ia !== undefined && ib !== undefined) union(ia, ib);
  }
  const renderings = new Map<number, Rendering>();
  for (const r of all) {
    const members = r.segmentIds.map((id) => index.get(id)).filter((i): i is number => i !== undefined);
    for (let k = 1; k < members.length; k++) union(members[0]!, members[k]!);
    for (const id of r.segmentIds) renderings.set(id, r);
  }
  const groups = new Map<number, Segment[]>();
  segs.forEach((s, i) => { const root = find(i); (groups.get(root) ?? groups.set(root, []).get(root)!).push(s); });
  const units = [...groups.entries()].sort((a, b) => a[0] - b[0]).map(([, members]) => {
    const rendering = members.map((s) => renderings.get(s.id)).find((r) => r !== undefined);
    return {
      document, segments: members, rendering, source: joinSource(members.map((s) => s.text)),
      boilerplate: members.every((s) => s.kind === "boilerplate"),
    };
  });
  return { segments: segs, renderings: all, units };
}

/**
 * The unit a segment belongs to: the same unit `unitsOf` finds for it, reached from the segment
 * alone (its joins and its rendering's segments, followed until closed) in a few indexed queries,
 * never by reading the whole document (a save to a 2,000-unit document costs what one to a
 * 20-unit one does). Undefined for a removed segment or one of another document.
 */
export function unitOf(store: Store, document: Document, segmentId: number, row?: Segment): Unit | undefined {
  const members = new Map<number, Segment>();
  const renderings = new Map<number, Rendering>();
  const queue: number[] = [];
  const visit = (id: number | undefined, row?: Segment): void => {
    if (id === undefined || members.has(id)) return;
    const seg = row ?? store.documents.segmentById(id);
    // Like unitsOf: only current segments of this document are members (a join or rendering through a removed one does not link).
    if (!seg || seg.documentId !== document.id || seg.ordinal === null) return;
    members.set(id, seg);
    queue.push(id);
  };
  visit(segmentId, row?.id === segmentId ? row : undefined);
  if (members.size === 0) return undefined;
  while (queue.length > 0) {
    const id = queue.pop()!;
    visit(store.segmentEdits.nextJoined(id));
    visit(store.segmentEdits.prevJoined(id));
    const r = store.renderings.forSegment(id);
    if (r && !renderings.has(r.id)) {
      renderings.set(r.id, r);
      for (const sid of r.segmentIds) visit(sid);
    }
  }
  const segments = [...members.values()].sort((a, b) => a.ordinal! - b.ordinal!);
  const bySegment = new Map<number, Rendering>();
  for (const r of renderings.values()) for (const sid of r.segmentIds) bySegment.set(sid, r);
  const rendering = segments.map((s) => bySegment.get(s.id)).find((r) => r !== undefined);
  return {
    document, segments, rendering, source: joinSource(segments.map((s) => s.text)),
    boilerplate: segments.every((s) => s.kind === "boilerplate"),
  };
}

const STATUS_RANK: Record<RenderingState, number> = { draft: 0, aligned: 1, translated: 2, reviewed: 3 };

export interface JoinResult {
  readonly document: string;
  readonly ref: string;
  readonly source: string;
  /** Id of the rendering that now covers the joined unit, if any. */
  readonly renderingId: number | null;
  /** Renderings merged into it (their text and history are kept in it). */
  readonly merged: number[];
  /** The two segments were the parts of a recorded split: they are the one sentence they were again. */
  readonly unsplit?: boolean;
}

/**
 * Joins the units of two adjacent segments. Renderings follow: two renderings merge into one
 * (texts concatenated, both histories kept); one rendering grows to cover the new unit and keeps
 * its saved source, so it shows as stale until the translator revises it.
 *
 * This is the join a person asks for (`segments join`, the session's `:join`, the workbench): two
 * segments that a recorded split made are put back into the one segment they were (the split is
 * undone: see `joinUnitsInTx`'s `asked`).
 */
export function joinUnits(store: Store, refA: string, refB: string, author: string, now: string): JoinResult {
  return store.transaction(() => joinUnitsInTx(store, resolveMemberRef(store, refA), resolveMemberRef(store, refB), author, now, { asked: true }));
}

/**
 * A unit named by any of its segments (`doc:3`, a segment id) or by itself (`doc:2+3`, which must
 * be the unit there: else `ref-not-a-unit`): the segment named, or the unit's first.
 */
function resolveMemberRef(store: Store, ref: string): ResolvedRef {
  if (!/\+\d+\s*$/.test(ref)) return resolveRef(store, ref);
  const unit = resolveUnitRef(store, ref);
  return { document: unit.document, segment: unit.segments[0]! };
}

/**
 * `asked`: a person's join (not a translations file's or an import's, which restore what a file
 * records): it undoes a split where the two segments are its parts.
 */
export function joinUnitsInTx(store: Store, a: ResolvedRef, b: ResolvedRef, author: string, now: string, o: { asked?: boolean } = {}): JoinResult {
  if (a.document.id !== b.document.id || a.segment.ordinal === null || b.segment.ordinal === null) {
    throw new UsageError("segments-not-adjacent", { a: refOf(a.document, [a.segment]), b: refOf(b.document, [b.segment]) });
  }
  const [first, second] = a.segment.ordinal <= b.segment.ordinal ? [a, b] : [b, a];
  const ua = unitOf(store, a.document, first.segment.id, first.segment)!;
  const ub = unitOf(store, a.document, second.segment.id, second.segment)!;
  if (ua.segments.some((s) => s.id === second.segment.id)) {
    // (two parts of a split that one rendering covers, as `segments split` leaves a rendered sentence: one sentence again)
    const at = ua.segments.findIndex((s) => s.id === first.segment.id);
    const split = o.asked && ua.segments[at + 1]?.id === second.segment.id ? recordedSplitBetween(store, a.document, first.segment, second.segment) : undefined;
    if (split) return unsplitInTx(store, a.document, ua, ua, first.segment, second.segment, split, author, now);
    throw new UsageError("segments-already-joined", { ref: refOf(a.document, ua.segments) });
  }
  const lastA = ua.segments[ua.segments.length - 1]!;
  const firstB = ub.segments[0]!;
  if (firstB.ordinal! <= lastA.ordinal! || boilerplateGap(store, a.document, lastA, firstB) === undefined) {
    throw new UsageError("segments-not-adjacent", { a: refOf(a.document, [first.segment]), b: refOf(a.document, [second.segment]) });
  }
  const split = o.asked ? recordedSplitBetween(store, a.document, lastA, firstB) : undefined;
  if (split) return unsplitInTx(store, a.document, ua, ub, lastA, firstB, split, author, now);
  store.segmentEdits.join(lastA.id, firstB.id, author, now);
  const segments = [...ua.segments, ...ub.segments];
  const segmentIds = segments.map((s) => s.id);
  const ra = ua.rendering;
  const rb = ub.rendering;
  let renderingId: number | null = null;
  const merged: number[] = [];
  const keep = ra ?? rb;
  if (keep) {
    renderingId = keep.id;
    if (ra && rb) {
      store.renderings.moveRevisions(rb.id, ra.id);
      store.renderings.remove(rb.id);
      merged.push(rb.id);
    }
    const text = ra && rb ? `${ra.text} ${rb.text}` : keep.text;
    const sourceText = ra && rb ? joinSource([ra.sourceText, rb.sourceText]) : keep.sourceText;
    const status = ra && rb ? (STATUS_RANK[ra.status] <= STATUS_RANK[rb.status] ? ra.status : rb.status) : keep.status;
    const origin = ra && rb && (ra.origin === "manual" || rb.origin === "manual") ? "manual" : keep.origin;
    store.renderings.update(keep.id, { segmentIds, text, sourceText, status, origin, author, score: keep.score, note: keep.note, now });
  }
  store.segmentEdits.addEvent(segmentIds, "join", refOf(a.document, segments), author, now);
  return { document: a.document.slug, ref: refOf(a.document, segments), source: joinSource(segments.map((s) => s.text)), renderingId, merged };
}

/**
 * The segments between `last` and `first` (ordinals) that a join steps over, when all of them are boilerplate
 * lines standing alone — a printed page's number and running head between a sentence's halves (a PDF pasted),
 * a `Baca juga:` line inside a paragraph —: no rendering, no join. Empty when the two are neighbours; undefined
 * when anything else lies between (a sentence, or a boilerplate line someone rendered or joined). The joined
 * unit's source is its members' text, without the lines it steps over, and those stay units of their own.
 */
export function boilerplateGap(store: Store, document: Document, last: Segment, first: Segment): Segment[] | undefined {
  const gap: Segment[] = [];
  for (let n = last.ordinal! + 1; n < first.ordinal!; n++) {
    const s = store.documents.segmentByOrdinal(document.id, n);
    if (!s || s.kind !== "boilerplate" || store.renderings.forSegment(s.id) !== undefined
      || store.segmentEdits.nextJoined(s.id) !== undefined || store.segmentEdits.prevJoined(s.id) !== undefined) return undefined;
    gap.push(s);
  }
  return gap;
}

/** The newest recorded split of the document whose two parts are these two segments, if any. */
function recordedSplitBetween(store: Store, document: Document, a: Segment, b: Segment): SplitRow | undefined {
  const rows = store.segmentEdits.splitsOf(document.id);
  if (rows.length === 0) return undefined;
  const [ta, tb] = [normalizeText(a.text), normalizeText(b.text)];
  for (let k = rows.length - 1; k >= 0; k--) {
    const parts = splitParts(rows[k]!.text, rows[k]!.splitAt);
    if (parts && normalizeText(parts[0]) === ta && normalizeText(parts[1]) === tb) return rows[k];
  }
  return undefined;
}

/**
 * Undoes a split: the two parts (the last segment of `ua`, the first of `ub`) become the one
 * segment they were (its text as before the cut, the first part's identity), the split record is
 * forgotten (ingest and the rebuild no longer cut there, the translations/ file loses its `@ split`),
 * and the units around them join as `segments join` joins them: two renderings merge into one
 * (texts concatenated, both histories kept; its saved source is the whole sentence again when it was
 * the two parts' current text), one rendering grows to cover the sentence.
 */
function unsplitInTx(store: Store, document: Document, ua: Unit, ub: Unit, a: Segment, b: Segment, split: SplitRow, author: string, now: string): JoinResult {
  const same = ua === ub;
  const all = same ? ua.segments : [...ua.segments, ...ub.segments];
  const before = joinSource(all.map((s) => s.text));
  const segments = all.filter((s) => s.id !== b.id).map((s) => (s.id === a.id ? { ...s, text: split.text } : s));
  const after = joinSource(segments.map((s) => s.text));
  const segmentIds = segments.map((s) => s.id);
  // the second part's join with what follows it becomes the sentence's
  const following = all[all.findIndex((s) => s.id === b.id) + 1];
  if (store.segmentEdits.nextJoined(b.id) !== undefined) store.segmentEdits.unjoin(b.id);
  if (store.segmentEdits.nextJoined(a.id) !== undefined) store.segmentEdits.unjoin(a.id);
  if (following) store.segmentEdits.join(a.id, following.id, author, now);
  const ra = ua.rendering;
  const rb = same ? undefined : ub.rendering;
  const keep = ra ?? rb;
  const merged: number[] = [];
  if (keep) {
    if (ra && rb) {
      store.renderings.moveRevisions(rb.id, ra.id);
      store.renderings.remove(rb.id);
      merged.push(rb.id);
    }
    const joined = ra && rb ? joinSource([ra.sourceText, rb.sourceText]) : keep.sourceText;
    const sourceText = normalizeText(joined) === normalizeText(before) ? after : joined;
    const text = ra && rb ? `${ra.text} ${rb.text}` : keep.text;
    const status = ra && rb ? (STATUS_RANK[ra.status] <= STATUS_RANK[rb.status] ? ra.status : rb.status) : keep.status;
    const origin = ra && rb && (ra.origin === "manual" || rb.origin === "manual") ? "manual" : keep.origin;
    store.renderings.update(keep.id, { segmentIds, text, sourceText, status, origin, author, score: keep.score, note: keep.note, now });
  }
  store.segmentEdits.setText(a.id, split.text, b.end, normHash(split.text), now);
  store.documents.removeSegment(b.id, now);
  store.segmentEdits.closeGapAfter(document.id, b.ordinal!);
  store.segmentEdits.deleteSplit(split.id);
  const unit = unitOf(store, document, a.id)!;
  const ref = refOf(document, unit.segments);
  store.segmentEdits.addEvent(unit.segments.map((s) => s.id), "join", ref, author, now);
  return { document: document.slug, ref, source: unit.source, renderingId: keep?.id ?? null, merged, unsplit: true };
}

export interface UnjoinResult {
  readonly document: string;
  /** The unit that was undone (`doc:8+9`). */
  readonly unit: string;
  /** The units it became, in order. */
  readonly refs: string[];
  /** The rendering now on the first member, as a draft (null when the unit had no English). */
  readonly renderingId: number | null;
  /** The member the rendering (and its history) now belongs to. */
  readonly firstRef: string;
  /** Every member that has English after the unjoin (all drafts), in order. */
  readonly drafts: Array<{ readonly ref: string; readonly renderingId: number }>;
}

/**
 * `selaras segments unjoin <ref>`: undoes a join (made by a person, by a translations file, or by
 * the aligner's 2→1 pair). The member segments become units of their own again; the English stays
 * on the first member as a `draft` (keeping the joined source it was written for, so it shows as
 * stale with what was cut off until a person confirms it); the history records the unjoin.
 */
/** The segment an English text matches best (the aligner's 1-1 score; the first on a tie). */
function bestMatch(segments: readonly Segment[], english: string): Segment {
  let best = segments[0]!;
  let score = -Infinity;
  for (const seg of segments) {
    const x = alignSentences([seg.text], [english])[0]?.score ?? 0;
    if (x > score) { score = x; best = seg; }
  }
  return best;
}

export function unjoinUnit(store: Store, ref: string, author: string, now: string): UnjoinResult {
  return store.transaction(() => unjoinUnitInTx(store, ref, author, now));
}

export function unjoinUnitInTx(store: Store, ref: string, author: string, now: string, o: { readonly split?: boolean } = {}): UnjoinResult {
  const { document, segment } = resolveMemberRef(store, ref);
  if (segment.ordinal === null) throw new UsageError("segment-removed", { ref });
  const unit = unitOf(store, document, segment.id, segment)!;
  const unitRef = refOf(document, unit.segments);
  if (unit.segments.length < 2) throw new UsageError("not-joined", { ref: unitRef });
  const ids = unit.segments.map((s) => s.id);
  for (const id of ids) if (store.segmentEdits.nextJoined(id) !== undefined) store.segmentEdits.unjoin(id);
  const r = unit.rendering;
  let keptOn = unit.segments[0]!;
  const drafts: Array<{ ref: string; renderingId: number }> = [];
  if (r) {
    // Where the English goes: its sentences aligned with the members (the aligner, as `align --doc`
    // uses it). When every pair is one member to its own English, each member gets its English as
    // a draft (the rendering and its history stay with the first one that gets English); a member
    // with no English is untranslated. Otherwise the whole English goes to the member it matches best
    // (the aligner's score of each member alone against it; the first on a tie), keeping the joined
    // source it was written for, so it shows as stale with what was cut off.
    const english = englishSentences(r.text);
    const beads = english.length > 1 || unit.segments.length > 1 ? alignSentences(unit.segments.map((x) => x.text), english) : [];
    const oneToOne = beads.length > 0 && beads.every((b) => b.src.length <= 1) && beads.some((b) => b.src.length === 1 && b.tgt.length > 0);
    const parts = oneToOne
      ? beads.filter((b) => b.src.length === 1 && b.tgt.length > 0).map((b) => ({ seg: unit.segments[b.src[0]!]!, text: b.tgt.map((k) => english[k]!).join(" ") }))
      : [{ seg: bestMatch(unit.segments, r.text), text: r.text }];
    // English sentences paired with no member stay with the first part (nothing is dropped).
    if (oneToOne) {
      const used = new Set(beads.filter((b) => b.src.length === 1).flatMap((b) => b.tgt));
      const loose = english.filter((_, k) => !used.has(k));
      if (loose.length) parts[0] = { seg: parts[0]!.seg, text: [parts[0]!.text, ...loose].join(" ") };
    }
    keptOn = parts[0]!.seg;
    store.renderings.update(r.id, {
      segmentIds: [keptOn.id], text: parts[0]!.text, sourceText: oneToOne ? keptOn.text : r.sourceText, status: "draft", origin: r.origin, author, score: r.score, note: r.note, now,
    });
    drafts.push({ ref: refOf(document, [keptOn]), renderingId: r.id });
    for (const p of parts.slice(1)) {
      const id = store.renderings.create({ segmentIds: [p.seg.id], text: p.text, sourceText: p.seg.text, status: "draft", origin: r.origin, author, score: r.score, note: r.note, now });
      drafts.push({ ref: refOf(document, [p.seg]), renderingId: id });
    }
  }
  // (a split's own handing out of the English is recorded as the split, by splitSegmentInTx)
  if (!o.split) store.segmentEdits.addEvent(ids, "unjoin", unitRef, author, now);
  return {
    document: document.slug, unit: unitRef, refs: unit.segments.map((s) => refOf(document, [s])),
    renderingId: r?.id ?? null, firstRef: refOf(document, [keptOn]), drafts,
  };
}

export interface SplitResult {
  readonly document: string;
  readonly first: { ref: string; text: string };
  readonly second: { ref: string; text: string };
  readonly renderingId: number | null;
}

/**
 * Cuts a segment's text at a character offset; the two parts become two segments (`segments split`).
 * A cut inside a word (a letter or digit on both sides) is refused (`split-inside-word`).
 */
export function splitSegment(store: Store, ref: string, offset: number, author: string, now: string): SplitResult {
  return store.transaction(() => {
    const at = resolveRef(store, ref);
    refuseCutInsideWord(at.segment.text, offset, refOf(at.document, [at.segment]), offset);
    return splitSegmentInTx(store, at, offset, author, now);
  });
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;

/** A person's cut between two letters or digits ("depan m|ereka") is refused, naming the word. */
function refuseCutInsideWord(text: string, at: number, ref: string, offset: number): void {
  if (at <= 0 || at >= text.length || !WORD_CHAR.test(text[at - 1]!) || !WORD_CHAR.test(text[at]!)) return;
  let start = at, end = at;
  while (start > 0 && WORD_CHAR.test(text[start - 1]!)) start--;
  while (end < text.length && WORD_CHAR.test(text[end]!)) end++;
  throw new UsageError("split-inside-word", { ref, offset, word: text.slice(start, end), before: text.slice(start, at), after: text.slice(at, end) });
}

export interface SplitUnitResult extends SplitResult {
  /** The units holding the two parts afterwards (one unit `doc:4+5` when the English still covers both). */
  readonly units: [string, string];
  /** Where the English went (as `segments unjoin` sends it: each part its own English as a draft, or the whole to one part). */
  readonly drafts: Array<{ readonly ref: string; readonly renderingId: number }>;
}

/**
 * A person's split of a unit (the session's `:split`, the workbench): the unit `ref` is cut at a
 * character offset of its source as shown (`unitSummary(…).source`); the member segment holding
 * that offset is cut there (`splitSegmentInTx`, recorded for ingest and the translations/ file).
 * Refused: a cut inside a word (`split-inside-word`) or where two joined segments meet
 * (`split-at-join`: unjoin the unit instead). The English of a one-sentence unit goes to the two
 * parts as `segments unjoin` sends it (each its own English as a draft when the aligner pairs
 * them one to one, else the whole English to the part it matches best, stale); the English of a
 * joined unit keeps covering the parts (as `segments split` leaves it). Joining the two parts
 * again undoes the split (`joinUnits`). Call inside `inStep`.
 */
export function splitUnit(store: Store, ref: string, offset: number, author: string, now: string): SplitUnitResult {
  return store.transaction(() => {
    const u = resolveUnitRef(store, ref);
    const { segment: seg, at } = cutOf(u, offset);
    const r = splitSegmentInTx(store, { document: u.document, segment: seg }, at, author, now);
    let drafts: Array<{ ref: string; renderingId: number }> = [];
    if (r.renderingId !== null && u.segments.length === 1) drafts = unjoinUnitInTx(store, r.first.ref, author, now, { split: true }).drafts;
    const unitOfOrdinal = (n: number) => { const x = unitOf(store, u.document, store.documents.segmentByOrdinal(u.document.id, n)!.id)!; return refOf(u.document, x.segments); };
    return { ...r, units: [unitOfOrdinal(seg.ordinal!), unitOfOrdinal(seg.ordinal! + 1)], drafts };
  });
}

/** Would `splitUnit(ref, offset)` cut there? Throws its refusal (nothing is written); the session asks before showing the parts. */
export function checkSplit(store: Store, ref: string, offset: number): void {
  cutOf(resolveUnitRef(store, ref), offset);
}

/** The member segment an offset of the unit's source (as shown) falls inside, and the offset in it; or the refusal. */
function cutOf(u: Unit, offset: number): { segment: Segment; at: number } {
  const unitRef = refOf(u.document, u.segments);
  if (!Number.isInteger(offset) || offset <= 0 || offset >= u.source.length) {
    throw new UsageError("split-bad-offset", { ref: unitRef, offset, length: u.source.length });
  }
  // Members are joined with one space (joinSource): find the member the offset falls inside.
  let start = 0;
  for (const seg of u.segments) {
    const end = start + seg.text.length;
    if (offset < end && offset > start) {
      refuseCutInsideWord(seg.text, offset - start, unitRef, offset);
      return { segment: seg, at: offset - start };
    }
    if (offset >= end && offset <= end + 1) break;
    start = end + 1;
  }
  throw new UsageError("split-at-join", { ref: unitRef, offset });
}

/**
 * Where a person's `:split <where>` cuts a unit's source: a number is a character offset (as
 * `segments split` takes it); words are the start of the second part ("mereka membawa"), found as
 * whole words after the start (case ignored when no exact match). Returns the offset, or why not:
 * `split-not-found`, `split-ambiguous` (found more than once: give more words, or the offset).
 */
export function findSplitPoint(source: string, where: string): { offset: number } | { code: "split-not-found" | "split-ambiguous"; data: Record<string, string | number> } {
  const spec = where.trim();
  if (/^\d+$/.test(spec)) return { offset: Number(spec) };
  const places = (text: string, want: string): number[] => {
    const out: number[] = [];
    if (want === "") return out;
    for (let i = text.indexOf(want, 1); i >= 0; i = text.indexOf(want, i + 1)) {
      const end = i + want.length;
      const startsWord = !WORD_CHAR.test(text[i - 1]!) || !WORD_CHAR.test(want[0]!);
      const endsWord = end >= text.length || !WORD_CHAR.test(text[end]!) || !WORD_CHAR.test(want[want.length - 1]!);
      if (startsWord && endsWord) out.push(i);
    }
    return out;
  };
  let found = places(source, spec);
  if (found.length === 0) found = places(source.toLowerCase(), spec.toLowerCase());
  if (found.length === 0) return { code: "split-not-found", data: { words: spec } };
  if (found.length > 1) return { code: "split-ambiguous", data: { words: spec, count: found.length } };
  return { offset: found[0]! };
}

export function splitParts(text: string, offset: number): [string, string, number] | undefined {
  if (!Number.isInteger(offset) || offset <= 0 || offset >= text.length) return undefined;
  const first = text.slice(0, offset).trimEnd();
  const rest = text.slice(offset);
  const second = rest.trimStart();
  if (first === "" || second === "") return undefined;
  return [first, second, offset + (rest.length - second.length)];
}

export function splitSegmentInTx(store: Store, ref: ResolvedRef, offset: number, author: string, now: string): SplitResult {
  const seg = ref.segment;
  if (seg.ordinal === null) throw new UsageError("segment-removed", { ref: String(seg.id) });
  const parts = splitParts(seg.text, offset);
  if (!parts) throw new UsageError("split-bad-offset", { ref: refOf(ref.document, [seg]), offset, length: seg.text.length });
  const [first, second, secondOffset] = parts;
  store.segmentEdits.addSplit(ref.document.id, seg.normHash, seg.text, offset, author, now);
  const cutRef = refOf(ref.document, [seg]);
  store.segmentEdits.openGapAfter(ref.document.id, seg.ordinal);
  store.segmentEdits.setText(seg.id, first, seg.start + first.length, normHash(first), now);
  const newId = store.documents.insertSegment(ref.document.id, {
    ordinal: seg.ordinal + 1, paragraph: seg.paragraph, text: second, start: seg.start + secondOffset, end: seg.end,
    kind: seg.kind, suspect: null, normHash: normHash(second),
  }, now);
  const next = store.segmentEdits.nextJoined(seg.id);
  if (next !== undefined) { store.segmentEdits.unjoin(seg.id); store.segmentEdits.join(newId, next, author, now); }
  // The history of both parts shows the cut (one row per part, as a join's)
  store.segmentEdits.addEvent([seg.id, newId], "split", cutRef, author, now);
  const r = store.renderings.forSegment(seg.id);
  if (r) {
    const ids = r.segmentIds.flatMap((id) => (id === seg.id ? [id, newId] : [id]));
    store.segmentEdits.join(seg.id, newId, author, now);
    store.renderings.update(r.id, { segmentIds: ids, text: r.text, sourceText: r.sourceText, status: r.status, origin: r.origin, author: r.author, score: r.score, note: r.note, now });
  }
  return {
    document: ref.document.slug,
    first: { ref: `${ref.document.slug}:${seg.ordinal}`, text: first },
    second: { ref: `${ref.document.slug}:${seg.ordinal + 1}`, text: second },
    renderingId: r?.id ?? null,
  };
}

export interface JoinSuggestion {
  readonly document: string;
  readonly refs: [string, string];
  /** Why one of the two looks like a fragment (`lowercase-start`, …): said of `fragment`. */
  readonly reason: string;
  readonly texts: [string, string];
  /** The ref (one of `refs`) that `reason` describes: the second when it starts in lower case, the first when it ends mid-phrase. */
  readonly fragment: string;
}

/**
 * Which neighbour a suspect fragment belongs with, from the segmenter's reason:
 *   lowercase-start, no-verb               → the previous segment (a tail: "… pemimpin. Korea Utara Kim …")
 *   ends-mid-phrase                        → the next one ("… maju yang. Signifikan …")
 *   starts-with-connector                  → the next one after a subordinating conjunction ("Ketika …",
 *                                            a clause waiting for its main clause), else the previous ("yang …")
 *   anything else                          → the previous one if it starts in lower case, else the next.
 */
export function joinDirection(text: string, reason: string): "previous" | "next" {
  const words = text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  switch (reason) {
    case "lowercase-start":
    case "no-verb":
      return "previous";
    case "ends-mid-phrase":
      return "next";
    case "starts-with-connector": {
      const sub = SUBORDINATORS.has(words[0] ?? "") || (FOCUS_ADVERBS.has(words[0] ?? "") && SUBORDINATORS.has(words[1] ?? ""));
      return sub ? "next" : "previous";
    }
    default: {
      const first = text.match(/\p{L}/u)?.[0];
      return first !== undefined && first === first.toLowerCase() && first !== first.toUpperCase() ? "previous" : "next";
    }
  }
}

/**
 * Suggested joins for the suspect fragments found at ingest, within a paragraph, never inside a unit; and over
 * boilerplate lines alone between two paragraphs (boilerplateGap: a printed page's number and running head)
 * when the text before them has no final stop — a sentence the page cut (`… tim evaluasi mencatat` / `- 2 -` /
 * `bahwa sebagian kasus …`); there also between two paragraphs of one sentence each, which ingest does not judge,
 * when one half reads as a fragment toward the other (suspectReason now).
 */
export function suggestJoins(store: Store, slugs?: readonly string[]): JoinSuggestion[] {
  const docs = slugs && slugs.length ? slugs.map((s) => documentBySlug(store, s)) : store.documents.all();
  return docs.flatMap((doc) => documentJoins(store, doc, unitsOf(store, doc)).map((j) => j.suggestion));
}

/**
 * The fragment hint a unit shows in the session (`selaras translate`): the join `suggestJoins` offers whose
 * judged half (the suspect fragment, or the half of a page break read as a fragment) is in the unit, with the
 * neighbour it joins; null when no suggested join involves the unit (one rule for the hint, the list and the workbench).
 */
export function unitJoinHint(store: Store, doc: Document, units: readonly Unit[], unit: Unit): { reason: string; joins: "previous" | "next" } | null {
  const ids = new Set(unit.segments.map((s) => s.id));
  const j = documentJoins(store, doc, units).find((x) => ids.has(x.judged));
  return j ? { reason: j.suggestion.reason, joins: j.joins } : null;
}

/**
 * suggestJoins for one document, in the document's order, each with its judged segment and the way it joins.
 * `units`: the document's units as unitsOf read them, every current segment in one (the segments are taken
 * from them, not read again: the session asks this for every unit it shows, and reading a 2,000-segment
 * document's segments twice more cost ~25 ms a unit).
 */
function documentJoins(store: Store, doc: Document, units: readonly Unit[]): Array<{ suggestion: JoinSuggestion; judged: number; joins: "previous" | "next" }> {
  const unitIndex = new Map<number, number>();
  units.forEach((u, i) => u.segments.forEach((s) => unitIndex.set(s.id, i)));
  const segs = units.flatMap((u) => u.segments).sort((a, b) => a.ordinal! - b.ordinal!);
  const byOrdinal = new Map(segs.map((s) => [s.ordinal!, s]));
  const seen = new Set<string>();
  const found: Array<{ at: number; suggestion: JoinSuggestion; judged: number; joins: "previous" | "next" }> = [];
  // (the suspect fragments, boilerplate lines aside, in order)
  for (const s of segs) {
    if (s.suspect === null || s.kind === "boilerplate") continue;
    const reason = s.suspect ?? "";
    const withPrev = joinDirection(s.text, reason) === "previous";
    const step = withPrev ? -1 : 1;
    let other = byOrdinal.get(s.ordinal! + step);
    if (other?.kind === "boilerplate") {
      // (over boilerplate lines alone, to a fragment the page cut: the first half without a final stop)
      while (other?.kind === "boilerplate") other = byOrdinal.get(other.ordinal! + step);
      const [x, y] = withPrev ? [other, s] : [s, other];
      if (!x || !y || /[.!?…:;]["”’)\]]*$/u.test(x.text) || boilerplateGap(store, doc, x, y) === undefined) continue;
    } else if (!other || other.paragraph !== s.paragraph) continue;
    if (!other || unitIndex.get(other.id) === unitIndex.get(s.id)) continue;
    const [x, y] = withPrev ? [other, s] : [s, other];
    const key = `${x.id}-${y.id}`;
    if (seen.has(key)) continue;
    seen.add(key);
    found.push({ at: x.ordinal!, judged: s.id, joins: withPrev ? "previous" : "next", suggestion: { document: doc.slug, refs: [`${doc.slug}:${x.ordinal}`, `${doc.slug}:${y.ordinal}`], reason, texts: [x.text, y.text], fragment: `${doc.slug}:${s.ordinal}` } });
  }
  // A page break between two paragraphs of one sentence each (`… tim evaluasi mencatat` / `- 2 -` / `bahwa …`):
  // the segmenter judges no sentence alone on its line, so neither half was flagged at ingest; the halves are
  // judged here, only over such a gap and only when the first has no final stop.
  for (const x of segs) {
    if (x.kind !== "body" || byOrdinal.get(x.ordinal! + 1)?.kind !== "boilerplate" || /[.!?…:;]["”’)\]]*$/u.test(x.text)) continue;
    let y = byOrdinal.get(x.ordinal! + 1);
    while (y?.kind === "boilerplate") y = byOrdinal.get(y.ordinal! + 1);
    if (!y || y.kind !== "body" || x.suspect || y.suspect || unitIndex.get(x.id) === unitIndex.get(y.id)) continue;
    const after = suspectReason(y.text), before = suspectReason(x.text);
    const judgedAfter = after !== null && joinDirection(y.text, after) === "previous";
    const reason = judgedAfter ? after : before !== null && joinDirection(x.text, before) === "next" ? before : null;
    const key = `${x.id}-${y.id}`;
    if (reason === null || seen.has(key) || boilerplateGap(store, doc, x, y) === undefined) continue;
    seen.add(key);
    found.push({ at: x.ordinal!, judged: judgedAfter ? y.id : x.id, joins: judgedAfter ? "previous" : "next", suggestion: { document: doc.slug, refs: [`${doc.slug}:${x.ordinal}`, `${doc.slug}:${y.ordinal}`], reason, texts: [x.text, y.text], fragment: `${doc.slug}:${(judgedAfter ? y : x).ordinal}` } });
  }
  // (in the document's order; a stable sort keeps the suspects' own order)
  return found.sort((a, b) => a.at - b.at);
}

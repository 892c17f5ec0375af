/**
 * Translating: saving renderings (with revisions and propagation), showing a unit, its history,
 * and translation-memory lookups. The interactive session (app/session.ts) and the non-interactive
 * commands (`translate set|show`, `history`) both go through these functions.
 */
import { findControlChar, findLoneSurrogate } from "../text/control";
import { MAX_UNIT_CHARS } from "../text/limits";
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
import { clauseCuts, couldReorderBetter, hasClauseMark, reorderedSimilarity, requiredRareWords, inSet, tmCandidateWords, tmInfixDistance, tmInfixMatch, tmScoreTokens, tmSimilarity, tmTokens } from "../translations/similarity";
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
  // Nor a text longer than an import takes (MAX_UNIT_CHARS): it would be exported, and the export
  // refused by every import of it, our own included.
  for (const [what, value] of [[refOf(unit.document, unit.segments), text], ["--note", o.note ?? ""]] as const) {
    if (value.length > MAX_UNIT_CHARS) throw new UsageError("text-too-long", { what, chars: value.length, limit: MAX_UNIT_CHARS });
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
  // A ref naming one member of a joined unit is refused (it names the unit), except for `history`;
  // a unit's ref (`doc:2+3`) must be the unit there, for `history` too (`doc:2+9` is no unit: refused, naming it).
  const { document, segment } = /^\d+$/.test(ref.trim()) || (o.anyMember && !/:\d+(?:\+\d+)+\s*$/.test(ref)) ? resolveRef(store, ref) : (() => {
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
  /** Joins, unjoins and splits of the unit's segments, oldest first. */
  readonly events: Array<{ kind: "join" | "unjoin" | "split"; ref: string; author: string; time: string }>;
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
  /** The similarity is that of the two sources with the clauses of one taken in the other order (see similarity.ts reorderedSimilarity). */
  readonly reordered?: boolean;
  /** Offered for its quotation: the same quoted words as this source, the rest (the attribution) different; `similarity` may be below the threshold. */
  readonly sameQuotation?: boolean;
  /**
   * Offered for a part (see FRAGMENT_THRESHOLD): `within`, this sentence is part of the stored,
   * longer one (a sentence split in two); `covers`, the stored sentence is part of this longer one
   * (two sentences joined). `similarity` is the whole sentences' similarity, below the threshold.
   * `assembled`: stored sentences that follow one another in this one (two or more joined since),
   * their English joined in that order (`parts`); `sourceText` is their sources joined, and
   * `similarity` that of the joined sources to this one, at least the threshold.
   */
  readonly fragment?: "within" | "covers" | "assembled";
  /** The stored pairs an assembled match is made of, in this sentence's order. */
  readonly parts?: ReadonlyArray<{ readonly renderingId: number; readonly keptId?: number; readonly sourceText: string; readonly text: string; readonly status: string }>;
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
  /** English not to offer (the unit's own, which its propagated copies carry): left out before the limit is applied. */
  readonly excludeText?: string;
  /** How many of the index's best-ranked candidates are scored exactly (default 60). */
  readonly maxCandidates?: number;
  /**
   * The sentences of a unit that joins several (its segments' texts): each one's own candidates are
   * read from the index too, so that the stored English of each can be offered joined (`assembled`)
   * even when the whole's rarest words all fall in one of them.
   */
  readonly sentences?: readonly string[];
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
  // the index's words to read: enough of the rarest that every match at the threshold on the scored
  // words (numbers whole, a changed number or weekday cheap: similarity.ts) contains one
  // (and the rarest of all its words, numbers included, as before: a match with the same numbers
  // ranks first among many that differ only in them)
  const scored = tmScoreTokens(source);
  const picks = [{ words: qTokens, need: requiredRareWords(qTokens.length, threshold) }];
  const plain = tmCandidateWords(qTokens, scored.length, threshold);
  if (plain) picks.push(plain);
  syncTm(store, o.syncLimit);
  const max = o.maxCandidates ?? 60;
  // Renderings, then units kept from imports (an index of their own, store/tm.ts): both scored alike.
  const notOwn = (u: TmUnit) => o.excludeText === undefined || u.text.trim() !== o.excludeText;
  const units = [
    ...store.tm.units(candidates(store, picks, "", max)),
    ...store.tm.keptUnits(candidates(store, picks, KEPT, max)),
  ].filter(notOwn);
  const tokens = new Map<TmUnit, string[]>(); // (each candidate's words, for the part matches too)
  const found = scoreCandidates(source, units, threshold, limit, o.exclude, tokens);
  if (found.length >= limit) return found;
  // a quotation repeated with another attribution (`"…," kata Bupati` where the day before it was
  // `"…," kata Kepala Basarnas`): the stored pair is offered for its quotation even below the
  // threshold, labelled as such, after the matches at the threshold
  const quote = quotationTokens(source);
  let out = found;
  if (quote !== null) {
    const quotePick = [{ words: tmTokens(quote.join(" ")), need: QUOTE_RARE_WORDS }];
    const quoted = [
      ...store.tm.units(candidates(store, quotePick, "", max)),
      ...store.tm.keptUnits(candidates(store, quotePick, KEPT, max)),
    ].filter(notOwn);
    out = [...out, ...sameQuotation(source, scored, quote, quoted, out, limit - out.length, o.exclude)];
  }
  if (out.length >= limit) return out;
  // a unit joining sentences: each sentence's candidates too (at the parts' threshold)
  const pool = o.sentences && o.sentences.length > 1 ? [...units, ...sentenceCandidates(store, o.sentences, units, max).filter(notOwn)] : units;
  // two or more stored sentences joined since into this one: their English joined, labelled
  const assembled = assembledMatch(source, scored, pool, tokens, threshold, out, o.exclude);
  if (assembled) out = [...out, assembled];
  if (out.length >= limit) return out;
  // a sentence split in two, or two joined, since the stored one: its part, labelled, after the rest
  return [...out, ...fragmentMatches(source, scored, pool, tokens, threshold, out, limit - out.length, o.exclude)];
}

/** The candidates of each sentence of a joined unit (enough of its rarest words that every part at FRAGMENT_THRESHOLD contains one) not among `had`. */
function sentenceCandidates(store: Store, sentences: readonly string[], had: readonly TmUnit[], max: number): TmUnit[] {
  const key = (u: TmUnit) => `${u.renderingId}:${u.keptId ?? 0}`;
  const seen = new Set(had.map(key));
  const out: TmUnit[] = [];
  for (const sentence of sentences) {
    const words = tmTokens(sentence);
    if (words.length < MIN_ASSEMBLED_PART_WORDS) continue;
    const picks = [{ words, need: requiredRareWords(words.length, FRAGMENT_THRESHOLD) }];
    for (const u of [...store.tm.units(candidates(store, picks, "", max)), ...store.tm.keptUnits(candidates(store, picks, KEPT, max))]) {
      if (seen.has(key(u))) continue;
      seen.add(key(u));
      out.push(u);
    }
  }
  return out;
}

/** A stored sentence is a part of an assembled match when it has at least this many words… */
export const MIN_ASSEMBLED_PART_WORDS = 3;
/** …and the parts leave at most this share of this sentence's words uncovered. */
const ASSEMBLED_COVERAGE = 0.8;

/**
 * Stored sentences that follow one another inside this one (sentences of the earlier story joined
 * since, or two short ones a writer ran together): each found in it with at least FRAGMENT_THRESHOLD
 * of its words kept, none overlapping another, together covering at least 80% of its words, in
 * their order here. Offered when their sources joined are as similar to this one as an ordinary
 * match must be (the threshold): then their English joined is this sentence's English but for what
 * the joining changed. The best-kept parts are taken first; null when fewer than two fit.
 */
function assembledMatch(source: string, qTokens: string[], units: readonly TmUnit[], tokens: ReadonlyMap<TmUnit, string[]>, threshold: number, offered: readonly TmMatch[], exclude?: ReadonlySet<number>): TmMatch | null {
  const n = qTokens.length;
  if (n < 2 * MIN_ASSEMBLED_PART_WORDS) return null;
  const qSet = new Set(qTokens);
  const found: Array<{ u: TmUnit; start: number; end: number; part: number; words: number }> = [];
  const seen = new Set<string>();
  for (const u of units) {
    if (u.renderingId !== 0 && exclude?.has(u.renderingId)) continue;
    const t = tokens.get(u) ?? tmScoreTokens(u.sourceText);
    if (t.length < MIN_ASSEMBLED_PART_WORDS || t.length > n - MIN_ASSEMBLED_PART_WORDS) continue;
    if (inSet(t, qSet) < FRAGMENT_THRESHOLD * t.length) continue;
    const key = normalizeText(u.sourceText);
    if (seen.has(key)) continue;
    const { distance, end } = tmInfixMatch(t, qTokens);
    const part = 1 - distance / t.length;
    if (part < FRAGMENT_THRESHOLD) continue;
    seen.add(key);
    found.push({ u, start: Math.max(0, end - t.length), end, part, words: t.length });
  }
  if (found.length < 2) return null;
  // the best-kept, then the longest, parts first; a part may overlap the ones taken by a word (its
  // start is estimated)
  found.sort((a, b) => b.part - a.part || b.words - a.words || statusRank(a.u.status) - statusRank(b.u.status) || a.u.renderingId - b.u.renderingId);
  const taken: typeof found = [];
  for (const f of found) {
    if (taken.every((g) => f.end <= g.start + 1 || f.start + 1 >= g.end)) taken.push(f);
  }
  if (taken.length < 2) return null;
  taken.sort((a, b) => a.start - b.start);
  const covered = taken.reduce((sum, f) => sum + Math.min(f.end, n) - f.start, 0);
  if (covered < ASSEMBLED_COVERAGE * n) return null;
  const sourceText = taken.map((f) => f.u.sourceText.trim()).join(" ");
  const text = taken.map((f) => f.u.text.trim()).join(" ");
  const sim = tmSimilarity(qTokens, tmScoreTokens(sourceText));
  if (sim < threshold) return null;
  if (offered.some((m) => m.text === text)) return null;
  const status = taken.map((f) => f.u.status).reduce((a, b) => (statusRank(b) > statusRank(a) ? b : a));
  return {
    renderingId: taken[0]!.u.renderingId, similarity: Math.round(sim * 1000) / 1000, exact: false, fragment: "assembled",
    parts: taken.map(({ u }) => ({ renderingId: u.renderingId, ...(u.keptId !== undefined ? { keptId: u.keptId } : {}), sourceText: u.sourceText, text: u.text, status: u.status })),
    sourceText, text, status, diff: wordDiff(sourceText, source),
  };
}

/** A part matched approximately (tmInfixDistance) is offered when at least this much of it is kept. */
export const FRAGMENT_THRESHOLD = 0.8;
/** The shorter sentence has at least this many words (a short phrase or a headline is inside many sentences)… */
export const MIN_FRAGMENT_WORDS = 8;
/** …and at least this share of the longer one's words (a sentence split in three still counts; a few words of a long one do not). */
export const MIN_FRAGMENT_SHARE = 0.3;

/**
 * The candidates of which this sentence is a part, or which are a part of it, outside the ordinary
 * matches' length band (a sentence of the earlier story split in two, or two of them joined): the
 * shorter one found inside the longer with at most (1 − FRAGMENT_THRESHOLD) of its words edited.
 * Best part first, then the whole sentences' similarity; each stored pair once.
 */
function fragmentMatches(source: string, qTokens: string[], units: readonly TmUnit[], tokens: ReadonlyMap<TmUnit, string[]>, threshold: number, offered: readonly TmMatch[], limit: number, exclude?: ReadonlySet<number>): TmMatch[] {
  if (limit <= 0 || qTokens.length === 0) return [];
  const key = (sourceText: string, text: string) => `${normalizeText(sourceText)}\u0000${text}`;
  const seen = new Set(offered.map((m) => key(m.sourceText, m.text)));
  const scored: Array<{ u: TmUnit; part: number; sim: number; fragment: "within" | "covers" }> = [];
  let qSet: Set<string> | undefined;
  for (const u of units) {
    if (u.renderingId !== 0 && exclude?.has(u.renderingId)) continue;
    const t = tokens.get(u) ?? tmScoreTokens(u.sourceText);
    const [shorter, longer, fragment] = qTokens.length < t.length ? [qTokens, t, "within" as const] : [t, qTokens, "covers" as const];
    if (shorter.length < MIN_FRAGMENT_WORDS || shorter.length < MIN_FRAGMENT_SHARE * longer.length) continue;
    // (inside the ordinary band the whole sentences are compared: scoreCandidates)
    if (shorter.length >= threshold * longer.length) continue;
    // (a cheap bound first: at most inSet(t, q) words of either can be kept in place, repeats and
    // the placeables counted generously; each other word of the shorter one costs an edit)
    if (inSet(t, qSet ??= new Set(qTokens)) < FRAGMENT_THRESHOLD * shorter.length) continue;
    const part = 1 - tmInfixDistance(shorter, longer) / shorter.length;
    if (part < FRAGMENT_THRESHOLD) continue;
    scored.push({ u, part, sim: tmSimilarity(qTokens, t), fragment });
  }
  scored.sort((a, b) => b.part - a.part || b.sim - a.sim || statusRank(a.u.status) - statusRank(b.u.status)
    || Number(a.u.renderingId === 0) - Number(b.u.renderingId === 0) || a.u.renderingId - b.u.renderingId || (a.u.keptId ?? 0) - (b.u.keptId ?? 0));
  const out: TmMatch[] = [];
  for (const { u, sim, fragment } of scored) {
    if (out.length >= limit) break;
    const k = key(u.sourceText, u.text);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(matchOf(u, sim, source, { exact: false, fragment }));
  }
  return out;
}

/** A match as offered: the unit, its similarity (to three places), what it is, and the word diff from its source to this one. */
function matchOf(u: TmUnit, sim: number, source: string, kind: Pick<TmMatch, "exact" | "reordered" | "sameQuotation" | "fragment">): TmMatch {
  return {
    renderingId: u.renderingId, ...(u.keptId !== undefined ? { keptId: u.keptId, originFile: u.originFile } : {}),
    similarity: Math.round(sim * 1000) / 1000, ...kind, sourceText: u.sourceText, text: u.text, status: u.status,
    diff: wordDiff(u.sourceText, source),
  };
}

/** A quotation shorter than this many words is not matched on its own (`"Kami siap,"` is in many stories). */
export const MIN_QUOTE_WORDS = 6;
/** How many of the quotation's rarest words its candidates are ranked by. */
const QUOTE_RARE_WORDS = 3;

/** The words of the first quotation in a text ("…" or “…”) when it has at least MIN_QUOTE_WORDS, else null. */
export function quotationTokens(text: string): string[] | null {
  const m = /["\u201C]([^"\u201C\u201D]+)["\u201D]/.exec(text);
  if (!m) return null;
  const words = tmScoreTokens(m[1]!);
  return words.length >= MIN_QUOTE_WORDS ? words : null;
}

/** The units whose first quotation has the same words as this source's, not offered already, most similar first. */
function sameQuotation(source: string, qTokens: string[], quote: readonly string[], units: readonly TmUnit[], offered: readonly TmMatch[], limit: number, exclude?: ReadonlySet<number>): TmMatch[] {
  const key = (sourceText: string, text: string) => `${normalizeText(sourceText)}\u0000${text}`;
  const seen = new Set(offered.map((m) => key(m.sourceText, m.text)));
  const same = (ws: readonly string[] | null) => ws !== null && ws.length === quote.length && ws.every((w, i) => w === quote[i]);
  const scored = units
    .filter((u) => !(u.renderingId !== 0 && exclude?.has(u.renderingId)) && same(quotationTokens(u.sourceText)))
    .map((u) => ({ u, sim: tmSimilarity(qTokens, tmScoreTokens(u.sourceText)) }));
  scored.sort((a, b) => b.sim - a.sim || statusRank(a.u.status) - statusRank(b.u.status)
    || Number(a.u.renderingId === 0) - Number(b.u.renderingId === 0) || a.u.renderingId - b.u.renderingId || (a.u.keptId ?? 0) - (b.u.keptId ?? 0));
  const out: TmMatch[] = [];
  for (const { u, sim } of scored) {
    if (out.length >= limit) break;
    const k = key(u.sourceText, u.text);
    if (seen.has(k)) continue;
    seen.add(k);
    out.push(matchOf(u, sim, source, { exact: false, sameQuotation: true }));
  }
  return out;
}

/**
 * The `max` best-ranked ids of one index (renderings: "", kept units: KEPT) for a query: the
 * posting lists read are, for each pick, its `need` rarest words (together, each word once).
 */
function candidates(store: Store, picks: ReadonlyArray<{ readonly words: readonly string[]; readonly need: number }>, ns: string, max: number): number[] {
  const size = store.tm.approximateSize(ns);
  if (size === 0) return []; // an empty index (no unit kept from imports, say): no word lookups
  // Words absent from the index are kept in the count: they cannot lead to a candidate, and every
  // match still contains one of the chosen words (the absent ones are among those it misses).
  const chosen = new Map<string, number>();
  for (const pick of picks) {
    const distinct = [...new Set(pick.words)].map((w) => ({ w, df: store.tm.documentFrequency(ns + w) }));
    distinct.sort((a, b) => a.df - b.df || (a.w < b.w ? -1 : 1));
    for (const x of distinct.slice(0, pick.need)) chosen.set(x.w, x.df);
  }
  // Each id found scores the idf of the chosen words it contains (accumulated in a typed array
  // indexed by id); the best `max` are kept in a small heap and scored exactly. (A word in every
  // rendering still scores a little: a zero would count an id as not yet seen.)
  const total = Math.max(2, size);
  const lists = [...chosen].filter(([, df]) => df > 0).map(([w, df]) => ({ ids: store.tm.postings(ns + w), idf: Math.log(total / df) + 1e-6 }));
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

/** Is a match's English unconfirmed (a draft, or paired by the aligner and not confirmed)? Such matches are offered, labelled with their state. */
export function unconfirmedMatch(status: string): boolean {
  return status === "draft" || status === "aligned";
}

/** Order among equally similar matches: reviewed, translated (or a kept unit), then draft, aligned. */
function statusRank(status: string): number {
  return status === "reviewed" ? 0 : status === "draft" ? 2 : status === "aligned" ? 3 : 1;
}

/** Scores candidate TM units against a source (tmLookup's last step; bench/lib/tm-full-scan.ts reuses it). */
export function scoreCandidates(source: string, units: ReadonlyArray<TmUnit>, threshold: number, limit: number, exclude?: ReadonlySet<number>, tokens?: Map<TmUnit, string[]>): TmMatch[] {
  const norm = normalizeText(source);
  const qTokens = tmScoreTokens(source);
  const qCuts = clauseCuts(source);
  const scored: Array<{ u: (typeof units)[number]; sim: number; exact: boolean; reordered: boolean }> = [];
  for (const u of units) {
    if (u.renderingId !== 0 && exclude?.has(u.renderingId)) continue;
    const t = tmScoreTokens(u.sourceText);
    tokens?.set(u, t);
    if (t.length * threshold > qTokens.length || qTokens.length * threshold > t.length) continue;
    let sim = tmSimilarity(qTokens, t, threshold);
    // the same clauses in another order (a follow-up story moves the time or the attribution to
    // the front): scored as that order, one edit more, and said so
    let reordered = false;
    if (sim < 1 && (qCuts.length > 0 || hasClauseMark(u.sourceText)) && couldReorderBetter(qTokens, t, Math.max(threshold, sim))) {
      const r = reorderedSimilarity(qTokens, qCuts, t, clauseCuts(u.sourceText), Math.max(threshold, sim));
      if (r > sim) { sim = r; reordered = true; }
    }
    if (sim < threshold) continue;
    scored.push({ u, sim, exact: normalizeText(u.sourceText) === norm, reordered });
  }
  // at equal similarity: a confirmed English (reviewed, translated) before an unconfirmed one (a
  // draft, a machine alignment), renderings before kept units, then by id
  scored.sort((a, b) => Number(b.exact) - Number(a.exact) || b.sim - a.sim || statusRank(a.u.status) - statusRank(b.u.status)
    || Number(a.u.renderingId === 0) - Number(b.u.renderingId === 0) || a.u.renderingId - b.u.renderingId || (a.u.keptId ?? 0) - (b.u.keptId ?? 0));
  const seen = new Set<string>();
  const out: TmMatch[] = [];
  for (const s of scored) {
    const key = `${normalizeText(s.u.sourceText)}\u0000${s.u.text}`;
    if (seen.has(key)) continue; // the same pair stored twice (e.g. propagated) is offered once
    seen.add(key);
    out.push(matchOf(s.u, s.sim, source, { exact: s.exact, ...(s.reordered ? { reordered: true } : {}) }));
    if (out.length >= limit) break;
  }
  return out;
}


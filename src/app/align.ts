/**
 * Alignment use cases.
 *  - alignFiles: two text files → sentences of each side and beads (stateless). Without `presplit` the
 *    source is split by the Indonesian segmenter (boilerplate dropped) and the target by the English
 *    splitter; with it, every line is one sentence.
 *  - alignDocument: a stored Indonesian document + an English text → renderings with status and
 *    origin `aligned`, in one transaction. A rendering a person wrote (origin not machine-made) is
 *    never replaced; an earlier machine rendering is. Beads scoring below the review threshold are
 *    reported for review. alignDocumentText does the same for a text given as a string.
 *  - proposeAlignment / applyAlignment: the workbench's alignment review. The aligner's beads with
 *    scores (nothing written), then the beads a person reviewed stored as alignDocument stores them.
 */
import { alignSentences, englishOutOfOrder, indonesianShare, type AlignOptions, type Bead } from "../align";
import { ParseError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import type { GlossaryMatcher } from "../glossary/types";
import { inputName, readTextInput, readTextString, type TextInput } from "../io/files";
import { segmentArticle } from "../segment";
import { englishSentences } from "../segment/english";
import type { Store } from "../store";
import type { Rendering, SegmentKind } from "../model";
import { MACHINE_ORIGINS } from "../store/renderings";
import { splitLines } from "../text/decode";
import { joinSource } from "./status";
import { stateOf, transition } from "../translations/lifecycle";
import { inStep } from "./lifecycle";

/** Beads scoring below this are listed for review (on the panl-bppt dev cases, mixed + hard, it flags 5.0%
 *  of the pairs, 46% of them wrong, and catches 46% of the wrong pairs; see docs/guide/align.md). */
export const REVIEW_THRESHOLD = 0.3;
export const ALIGN_AUTHOR = "selaras-align";

/**
 * An English text in which neither side has this share of its sentences in beads scoring at least
 * REVIEW_THRESHOLD is not a translation of the document (another article's English, the wrong file):
 * `align --doc` refuses it rather than replace earlier pairs with pairs of unrelated sentences (--force
 * stores it anyway). The share is the better of the two sides', so an abridged English (a shorter
 * version whose every sentence pairs) is not refused for the Indonesian it leaves out. Measured so
 * (4 Dec 2026): translations reach 0.67 and more (shared/data/align mixed and hard cases, with their
 * merges, deletions and inserted unrelated sentences; 0.73 on news articles with dropped sentences,
 * added background and a moved paragraph); another text's English 0.46 at most, mostly below 0.3
 * (330 mismatched pairs of those texts; median 0.08).
 */
export const MIN_PAIRED_SHARE = 0.5;
/** Fewer sentences than this on a side: too few for the share to say anything. */
const MIN_SENTENCES_FOR_SHARE = 3;

/**
 * A side with more than this many times the other's sentences is long enough for the other side's
 * sentences to find partners by chance: the shorter side's share counts only its pairs inside one stretch
 * of the longer side (SHARE_WINDOW).
 */
const UNBALANCED = 2;
/**
 * The stretch of the longer side a translation of the shorter one lies in: this many sentences per
 * sentence of the shorter side, plus SHARE_WINDOW_SLACK. Measured so (6 Dec 2026) on the 30 news articles
 * of test/fixtures/align-*: against 300 lines of other English news an article paired a median 44% of its
 * sentences at score ≥ 0.3 (at most 68%; 10 of 30 passed as translations), against 1,000 lines 45% (66%; 12
 * passed), their English against 300 and 1,000 lines of other Indonesian 3 and 9 passed; counting one
 * stretch, a median 23% and 16% (at most 44% and 25%), none passed. Their real English editions pair 76%
 * or more, abridged to three paragraphs 66% or more. Since the aligner leaves the longer side's sentences
 * alone more cheaply on such texts (align/aligner.ts, longerSkip; 6 Dec 2026): their English inside 300 lines
 * of other news before and 300 after pairs 66% or more (one had been refused, 35%), against 100 lines of
 * other news at most 43% (two had passed, 56% and 50%), against 300 at most 12%.
 */
const SHARE_WINDOW = 3;
const SHARE_WINDOW_SLACK = 10;

/**
 * The larger of the two sides' shares of sentences in beads scoring at least REVIEW_THRESHOLD; on
 * unbalanced texts (UNBALANCED) the shorter side's share counts only its pairs whose sentences of the
 * longer side lie in the one stretch of SHARE_WINDOW that holds the most of them.
 */
export function pairedShare(beads: readonly Bead[]): number {
  let src = 0, tgt = 0, srcPaired = 0, tgtPaired = 0;
  for (const b of beads) {
    src += b.src.length;
    tgt += b.tgt.length;
    if (b.src.length > 0 && b.tgt.length > 0 && b.score >= REVIEW_THRESHOLD) {
      srcPaired += b.src.length;
      tgtPaired += b.tgt.length;
    }
  }
  const shorter = Math.min(src, tgt);
  if (shorter > 0 && Math.max(src, tgt) > UNBALANCED * shorter) {
    const sourceShorter = src <= tgt;
    // (where each good bead lies on the longer side, and how many of the shorter side's sentences it holds)
    const at: Array<[number, number]> = [];
    for (const b of beads) {
      if (b.src.length === 0 || b.tgt.length === 0 || b.score < REVIEW_THRESHOLD) continue;
      at.push(sourceShorter ? [Math.min(...b.tgt), b.src.length] : [Math.min(...b.src), b.tgt.length]);
    }
    at.sort((x, y) => x[0] - y[0]);
    const width = SHARE_WINDOW * shorter + SHARE_WINDOW_SLACK;
    let best = 0, sum = 0, lo = 0;
    for (let hi = 0; hi < at.length; hi++) {
      sum += at[hi]![1];
      while (at[hi]![0] - at[lo]![0] >= width) sum -= at[lo++]![1];
      best = Math.max(best, sum);
    }
    if (sourceShorter) srcPaired = best;
    else tgtPaired = best;
  }
  return Math.max(src === 0 ? 0 : srcPaired / src, tgt === 0 ? 0 : tgtPaired / tgt);
}

/** How well two texts pair, as `align --doc` judges it before storing anything. */
export interface PairedShare {
  /** pairedShare of the beads, in percent (rounded down: 49.6% is not "50%, the minimum"). */
  readonly paired: number;
  /** MIN_PAIRED_SHARE in percent. */
  readonly minPaired: number;
  /**
   * The English does not look like a translation of the Indonesian: both sides have at least
   * MIN_SENTENCES_FOR_SHARE sentences and fewer than MIN_PAIRED_SHARE of either side pair well.
   * `align --doc` refuses such a text (`align-not-translation`); the stateless `align` and the
   * workbench's proposal warn.
   */
  readonly notTranslation: boolean;
}

export function judgeShare(beads: readonly Bead[], sources: number, targets: number): PairedShare {
  const share = pairedShare(beads);
  const judged = sources >= MIN_SENTENCES_FOR_SHARE && targets >= MIN_SENTENCES_FOR_SHARE;
  return { paired: Math.floor(share * 100), minPaired: Math.round(MIN_PAIRED_SHARE * 100), notTranslation: judged && share < MIN_PAIRED_SHARE };
}

/** Whether the English side reads as Indonesian (align/language.ts), as `align --doc` judges it before storing anything. */
export interface EnglishCheck {
  /**
   * The "English" text is Indonesian: more than half of its commonest function words (`yang`, `dan`, `di`
   * … against `the`, `of`, `and` …) are Indonesian — the Indonesian article pasted or chosen by mistake,
   * or the two files given in the wrong order. `align --doc` refuses it (`align-not-english`); the
   * stateless `align` and the workbench's proposal warn.
   */
  readonly notEnglish: boolean;
  /** The share of its function words that are Indonesian, in percent (rounded down); 0 when notEnglish is false. */
  readonly indonesianWords: number;
}

export function judgeEnglish(target: readonly string[]): EnglishCheck {
  const share = indonesianShare(target);
  return { notEnglish: share !== null, indonesianWords: share === null ? 0 : Math.floor(share * 100) };
}

export interface AlignFilesOptions {
  readonly presplit?: boolean;
  readonly glossary?: GlossaryMatcher;
}

export interface AlignFilesResult extends PairedShare, EnglishCheck {
  readonly source: string[];
  readonly target: string[];
  readonly beads: Bead[];
}

/** Sentences of an Indonesian text: the segmenter's non-boilerplate segments. */
export function indonesianSentences(text: string): string[] {
  return indonesianUnits(text).map((s) => s.text);
}

/** The segmenter's non-boilerplate segments with their kind (a dateline is aligned with the sentence after it). */
function indonesianUnits(text: string): AlignUnit[] {
  return segmentArticle(text).filter((s) => s.kind !== "boilerplate").map((s) => ({ text: s.text, kind: s.kind, paragraph: s.paragraph }));
}

/** An Indonesian segment to align: its text, and its kind when it comes from the segmenter. */
interface AlignUnit {
  readonly text: string;
  readonly kind?: SegmentKind;
  /** The paragraph it comes from, when known (a subheading is alone in its paragraph). */
  readonly paragraph?: number;
}

/** Ends like a sentence or a clause (a stop, a question or exclamation mark, a colon, a closing quote or bracket). */
const SENTENCE_END = /[.!?…:;,"”'’)\]]\s*$/u;

/**
 * A subheading inside the text (`Guru Honorer Dapat Tunjangan` between a digest's items): a body
 * segment alone in its paragraph that does not end as a sentence does.
 */
function isSubheading(units: readonly AlignUnit[], k: number): boolean {
  const u = units[k]!;
  if (u.kind !== "body" || u.paragraph === undefined || SENTENCE_END.test(u.text)) return false;
  return units[k - 1]?.paragraph !== u.paragraph && units[k + 1]?.paragraph !== u.paragraph;
}

/**
 * alignSentences over segments, a dateline (`Jakarta (ANTARA) -`, `Medan, Kompas.com -`) kept with
 * the sentence after it: the English opens its first sentence with the dateline (`JAKARTA (ANTARA) -
 * The …`), so the two are one unit. Aligned alone, the dateline took a place in the bead's shape (a
 * first paragraph merged into one English sentence became a 3-1 bead, its last sentence left
 * unpaired) or was paired with an English headline naming the same city. A headline is never joined
 * with a sentence that is not one (AlignOptions.headlines): an English without the title left it
 * folded into the lead's bead. Nor is a subheading (isSubheading): a digest's heading of an item the
 * English dropped was glued to the sentence before it. Nor is a photo caption joined with any other sentence
 * (AlignOptions.captions): a caption above the lead, which the English left out, was glued to the lead. Beads index `units`.
 */
export function alignUnits(units: readonly AlignUnit[], target: readonly string[], options: AlignOptions = {}): Bead[] {
  const groups: number[][] = [];
  let open: number[] | null = null;
  units.forEach((u, k) => {
    if (open) open.push(k);
    else groups.push((open = [k]));
    if (u.kind !== "dateline" || k + 1 === units.length) open = null;
  });
  const headlines = groups.map((g) => units[g[0]!]!.kind === "headline" || isSubheading(units, g[0]!));
  const captions = groups.map((g) => units[g[0]!]!.kind === "caption");
  const opts = { ...options, ...(headlines.includes(true) ? { headlines } : {}), ...(captions.includes(true) ? { captions } : {}) };
  if (groups.length === units.length) return alignSentences(units.map((u) => u.text), target, opts);
  const beads = alignSentences(groups.map((g) => g.map((k) => units[k]!.text).join(" ")), target, opts);
  return beads.map((b) => ({ ...b, src: b.src.flatMap((k) => groups[k]!) }));
}

/**
 * The sentences of one side. A side without any sentence (an empty or blank file, a wrong path's
 * placeholder) is an error: aligning against nothing would pair every sentence with nothing.
 * @throws ParseError `file-empty` {file}, `align-no-sentences` {file}
 */
function readSentences(file: TextInput, lang: "id" | "en", presplit: boolean): string[] {
  return sentencesOf(readTextInput(file), inputName(file), lang, presplit);
}

function sentencesOf(text: string, file: string, lang: "id" | "en", presplit: boolean): string[] {
  const sentences = presplit ? splitLines(text) : lang === "id" ? indonesianSentences(text) : englishSentences(text);
  if (!sentences.some((s) => s.trim() !== "")) throw new ParseError("align-no-sentences", { file });
  return sentences;
}

export function alignFiles(sourceFile: TextInput, targetFile: TextInput, options: AlignFilesOptions = {}): AlignFilesResult {
  const presplit = options.presplit ?? false;
  const sourceText = readTextInput(sourceFile);
  const units = presplit ? sentencesOf(sourceText, inputName(sourceFile), "id", true).map((text) => ({ text })) : indonesianUnits(sourceText);
  if (!units.some((u) => u.text.trim() !== "")) throw new ParseError("align-no-sentences", { file: inputName(sourceFile) });
  const target = readSentences(targetFile, "en", presplit);
  const beads = alignUnits(units, target, options.glossary ? { glossary: options.glossary } : {});
  return { source: units.map((u) => u.text), target, beads, ...judgeShare(beads, units.length, target.length), ...judgeEnglish(target) };
}

export type AlignedBeadStatus = "created" | "replaced" | "unchanged" | "kept" | "unpaired-source" | "unpaired-target";

export interface AlignedBead {
  /** 1-based ordinals of the document's segments (as `status` and `translate` show them). */
  readonly segments: number[];
  /** 0-based indices of the English sentences. */
  readonly sentences: number[];
  readonly source: string;
  readonly target: string;
  /** The aligner's score; null for a bead a person changed in the workbench's review. */
  readonly score: number | null;
  readonly status: AlignedBeadStatus;
  /** The rendering written (created / replaced / unchanged) or the person's rendering kept. */
  readonly renderingId: number | null;
  /** Kept only: every rendering a person wrote among the bead's units (a pair over units translated apart has several). */
  readonly renderingIds?: number[];
  readonly review: boolean;
  /** Paired out of order (the aligner's second pass): the English has these sentences elsewhere, a moved paragraph. Absent otherwise. */
  readonly moved?: true;
  /**
   * A segment without counterpart whose content the English folded into another pair's sentences
   * (0-based indices of those English sentences): listed for review with it. Absent otherwise.
   */
  readonly foldedInto?: number[];
}

export interface AlignDocumentResult {
  readonly document: string;
  readonly file: string;
  readonly segments: number;
  readonly sentences: number;
  readonly threshold: number;
  readonly created: number;
  readonly replaced: number;
  readonly unchanged: number;
  readonly kept: number;
  readonly unpairedSource: number;
  readonly unpairedTarget: number;
  readonly beads: AlignedBead[];
  /** Paired beads scoring below the threshold, for review. */
  readonly review: AlignedBead[];
}

export interface AlignDocumentOptions {
  readonly presplit?: boolean;
  readonly glossary?: GlossaryMatcher;
  readonly threshold?: number;
  readonly now: string;
  /** Project folder whose translations/ file of the document is kept in step. */
  readonly root?: string;
  /** Store the pairs even when the English does not look like a translation of the document (MIN_PAIRED_SHARE) or reads as Indonesian (judgeEnglish). */
  readonly force?: boolean;
}

/** A rendering the aligner may replace or withdraw: its own, still unconfirmed. */
function machineOnly(r: Rendering): boolean {
  return MACHINE_ORIGINS.has(r.origin) && transition(stateOf(r.status), "aligned", "aligner").ok;
}

/**
 * Withdraws a machine pair, and the joins the aligner's pair implied (a translations file records a
 * 2-1 pair as a join, which a rebuild makes explicit): a person's joins stay.
 */
function removeMachine(store: Store, r: Rendering): void {
  for (let k = 0; k + 1 < r.segmentIds.length; k++) {
    const a = r.segmentIds[k]!;
    if (store.segmentEdits.nextJoined(a) === r.segmentIds[k + 1] && store.segmentEdits.joinAuthor(a) === ALIGN_AUTHOR) store.segmentEdits.unjoin(a);
  }
  store.renderings.remove(r.id);
}

/** An English text given as a string (pasted or uploaded in the workbench), read as a file would be. */
export const TEXT_NAME = "<text>";

/** The document's non-boilerplate segments, the units the aligner pairs. */
function alignableSegments(store: Store, document: string) {
  const doc = store.documents.bySlug(document);
  if (!doc) throw documentNotFound(store, document);
  return { doc, segs: store.documents.segments(doc.id).filter((s) => s.kind !== "boilerplate") };
}

/**
 * The English sentences of a text already checked as a file read checks it (readTextFile or
 * readTextString). An English text with no sentence would withdraw every earlier alignment: almost
 * certainly the wrong file, so it is refused (the stateless `align` accepts an empty side).
 * @throws ParseError `align-no-sentences` {file}, `file-empty` {file}
 */
function englishOf(text: string, name: string, presplit: boolean): string[] {
  const target = sentencesOf(text, name, "en", presplit);
  if (target.length === 0) throw new ParseError("file-empty", { file: name });
  return target;
}

/**
 * `selaras align --doc <document> <english-file>`: reads the file and aligns its text
 * (alignDocumentText), naming the file in the result and in errors.
 * @throws ParseError `align-not-translation` {file, document, share, min, score} when less than
 *         MIN_PAIRED_SHARE of the sentences pair with a score of at least REVIEW_THRESHOLD (unless `force`);
 *         `align-not-english` {file, document, share} when the English reads as Indonesian (judgeEnglish; unless `force`)
 */
export function alignDocument(store: Store, document: string, englishFile: TextInput, options: AlignDocumentOptions): AlignDocumentResult {
  alignableSegments(store, document); // an unknown document is named before the file is read
  return alignChecked(store, document, readTextInput(englishFile), inputName(englishFile), undefined, options);
}

export interface AlignTextOptions extends AlignDocumentOptions {
  /** What the text is called in the result (`file`) and in errors (default `<text>`): an uploaded file's name. */
  readonly name?: string;
}

/**
 * alignDocument for an English text given as a string (the workbench's paste or upload): the same
 * checks as a file read (lines up to 1,000,000 bytes, no NUL or control characters, not empty),
 * the same result.
 */
export function alignDocumentText(store: Store, document: string, english: string, options: AlignTextOptions): AlignDocumentResult {
  const name = options.name ?? TEXT_NAME;
  alignableSegments(store, document);
  return alignChecked(store, document, readTextString(english, name), name, undefined, options);
}

/** One bead of a proposal: what the aligner would store, before anything is written. */
export interface ProposedBead {
  /** 1-based ordinals of the document's segments (empty: an English sentence without counterpart). */
  readonly segments: number[];
  /** 0-based indices of the English sentences (empty: a segment without counterpart). */
  readonly sentences: number[];
  readonly score: number;
  /** Scores below the threshold (the aligner's own confidence; an unpaired sentence scores 0), unless a person's English covers it. */
  readonly low: boolean;
  /** A person's English already covers these segments: applying keeps it (`current`). */
  readonly kept: boolean;
  readonly current: string | null;
  /** Paired out of order: the English has these sentences elsewhere (a moved paragraph). Absent otherwise. */
  readonly moved?: true;
  /** A segment without counterpart that the English folded into these sentences of another bead (0-based). Absent otherwise. */
  readonly foldedInto?: number[];
}

export interface AlignProposal extends PairedShare, EnglishCheck {
  readonly document: string;
  readonly file: string;
  readonly threshold: number;
  /** The document's non-boilerplate segments in order: ordinal, unit ref, Indonesian. */
  readonly segments: Array<{ readonly ordinal: number; readonly ref: string; readonly text: string }>;
  /** The English sentences, 0-based. */
  readonly sentences: string[];
  readonly beads: ProposedBead[];
  readonly low: number;
  readonly kept: number;
}

/**
 * The workbench's alignment review, step 1: the beads the aligner proposes for an English text and a
 * stored document, with scores and low ones flagged. Writes nothing.
 * @throws NotFoundError `not-found-document`; ParseError as alignDocumentText
 */
export function proposeAlignment(store: Store, document: string, english: string, options: Omit<AlignTextOptions, "now"> = {}): AlignProposal {
  const name = options.name ?? TEXT_NAME;
  const { doc, segs } = alignableSegments(store, document);
  const target = englishOf(readTextString(english, name), name, options.presplit ?? false);
  const threshold = options.threshold ?? REVIEW_THRESHOLD;
  const beads = alignUnits(segs, target, options.glossary ? { glossary: options.glossary } : {});
  const out: ProposedBead[] = beads.map((b) => {
    let person: Rendering | undefined;
    for (const k of b.src) {
      const r = store.renderings.forSegment(segs[k]!.id);
      if (r && !machineOnly(r)) { person = r; break; }
    }
    // A person's English is never touched: such a bead is not low (nothing to review), and when it
    // pairs English sentences too they are not stored (kept, as applyAlignment reports it).
    const kept = person !== undefined && b.tgt.length > 0;
    return {
      segments: b.src.map((k) => segs[k]!.ordinal!), sentences: b.tgt, score: b.score,
      low: person === undefined && b.score < threshold, kept, current: kept ? person!.text : null,
      ...(b.moved ? { moved: true as const } : {}),
      ...(b.foldedInto ? { foldedInto: b.foldedInto } : {}),
    };
  });
  return {
    document: doc.slug, file: name, threshold,
    segments: segs.map((s) => ({ ordinal: s.ordinal!, ref: `${doc.slug}:${s.ordinal!}`, text: s.text })),
    sentences: target, beads: out,
    low: out.filter((b) => b.low).length, kept: out.filter((b) => b.kept).length,
    ...judgeShare(beads, segs.length, target.length),
    ...judgeEnglish(target),
  };
}

/** A bead as a person left it in the review: segment ordinals (1-based) and English sentence indices (0-based). */
export interface ReviewedBead {
  readonly segments: readonly number[];
  readonly sentences: readonly number[];
}

/**
 * The workbench's alignment review, step 2: stores the beads a person reviewed exactly as
 * `align --doc` stores the aligner's (one transaction, status and origin `aligned`, a person's
 * English kept and reported, an earlier machine pair replaced, translations/ file in step). The
 * beads must cover every non-boilerplate segment once, in order, and every English sentence once, in
 * any order (reviewedBeads); a bead the person left as proposed keeps the aligner's score, one they
 * changed has none (null). Without `beads` the aligner's proposal is stored (= alignDocumentText).
 * @throws UsageError `align-beads-segments` {bead, expected, got}, `align-beads-sentences` {bead,
 *         got, count}, `align-beads-sentence-twice` {bead, got, other}, `align-bead-empty` {bead},
 *         `align-beads-incomplete` {segments, sentences}
 */
export function applyAlignment(store: Store, document: string, english: string, beads: readonly ReviewedBead[] | undefined, options: AlignTextOptions): AlignDocumentResult {
  const name = options.name ?? TEXT_NAME;
  alignableSegments(store, document);
  return alignChecked(store, document, readTextString(english, name), name, beads, options);
}

/**
 * Reviewed beads → the aligner's index form, after checking they cover both sides: every segment
 * once, in order (beads follow the document), and every English sentence once, in any order (a
 * paragraph the English moved, as the aligner proposed it or as the person paired it). A bead's
 * English is joined in the English's order. A bead left as proposed is `moved` as the aligner marked
 * it; one the person made is `moved` when its English is out of order with the others'.
 */
function reviewedBeads(reviewed: readonly ReviewedBead[], segs: ReadonlyArray<{ ordinal: number | null }>, sentences: number, proposal: Bead[]): Array<{ src: number[]; tgt: number[]; score: number | null; moved?: true }> {
  const index = new Map<number, number>();
  segs.forEach((s, k) => index.set(s.ordinal!, k));
  const keyOf = (src: readonly number[], tgt: readonly number[]): string => `${src.join(",")}|${tgt.join(",")}`;
  const scores = new Map(proposal.map((b) => [keyOf(b.src, b.tgt), b.score]));
  /** The bead (1-based) that named each English sentence, 0: none yet. */
  const namedBy = new Int32Array(sentences);
  let nextSeg = 0;
  const out = reviewed.map((b, n) => {
    if (b.segments.length === 0 && b.sentences.length === 0) throw new UsageError("align-bead-empty", { bead: n + 1 });
    const src = b.segments.map((o) => {
      const expected = segs[nextSeg]?.ordinal ?? "-";
      if (index.get(o) !== nextSeg) throw new UsageError("align-beads-segments", { bead: n + 1, expected, got: o });
      return nextSeg++;
    });
    const tgt = [...b.sentences].sort((x, y) => x - y);
    for (const j of tgt) {
      if (j >= sentences) throw new UsageError("align-beads-sentences", { bead: n + 1, got: j + 1, count: sentences });
      if (namedBy[j] !== 0) throw new UsageError("align-beads-sentence-twice", { bead: n + 1, got: j + 1, other: namedBy[j]! });
      namedBy[j] = n + 1;
    }
    return { src, tgt, score: scores.get(keyOf(src, tgt)) ?? null };
  });
  const unnamed = namedBy.filter((k) => k === 0).length;
  if (nextSeg !== segs.length || unnamed > 0) {
    throw new UsageError("align-beads-incomplete", { segments: segs.length - nextSeg, sentences: unnamed });
  }
  // (a bead left as proposed keeps the aligner's mark; one the person made is moved when its English is out of order)
  const proposed = new Map(proposal.map((b) => [keyOf(b.src, b.tgt), b.moved === true]));
  const outOfOrder = englishOutOfOrder(out);
  return out.map((b, k) => ((proposed.get(keyOf(b.src, b.tgt)) ?? outOfOrder[k]) ? { ...b, moved: true as const } : b));
}

function alignChecked(store: Store, document: string, text: string, name: string, reviewed: readonly ReviewedBead[] | undefined, options: AlignDocumentOptions): AlignDocumentResult {
  const { doc, segs } = alignableSegments(store, document);
  const target = englishOf(text, name, options.presplit ?? false);
  const proposal = alignUnits(segs, target, options.glossary ? { glossary: options.glossary } : {});
  if (!reviewed && !options.force) {
    // the Indonesian given as the English pairs with itself perfectly: the share below would not see it
    const english = judgeEnglish(target);
    if (english.notEnglish) throw new ParseError("align-not-english", { file: name, document, share: english.indonesianWords });
    const judged = judgeShare(proposal, segs.length, target.length);
    if (judged.notTranslation) {
      throw new ParseError("align-not-translation", { file: name, document, share: judged.paired, min: judged.minPaired, score: REVIEW_THRESHOLD });
    }
  }
  const beads = reviewed ? reviewedBeads(reviewed, segs, target.length, proposal) : proposal;
  const threshold = options.threshold ?? REVIEW_THRESHOLD;
  const now = options.now;

  // One transaction; the document's translations/ file is rewritten in it (inStep).
  return inStep(store, options.root, () => {
    const out: AlignedBead[] = [];
    for (const b of beads) {
      const bs = b.src.map((k) => segs[k]!);
      const source = joinSource(bs.map((s) => s.text));
      const text = b.tgt.map((k) => target[k]!).join(" ");
      const folded = "foldedInto" in b && b.foldedInto ? { foldedInto: b.foldedInto } : {};
      const base = { segments: bs.map((s) => s.ordinal!), sentences: b.tgt, source, target: text, score: b.score, ...(b.moved ? { moved: true as const } : {}), ...folded };
      if (b.tgt.length === 0) {
        // no English counterpart: an earlier machine alignment of these segments is withdrawn
        for (const s of bs) {
          const r = store.renderings.forSegment(s.id);
          if (r && machineOnly(r)) removeMachine(store, r);
        }
        out.push({ ...base, status: "unpaired-source", renderingId: null, review: false });
        continue;
      }
      if (b.src.length === 0) {
        out.push({ ...base, status: "unpaired-target", renderingId: null, review: false });
        continue;
      }
      const existing = new Map<number, Rendering>();
      for (const s of bs) {
        const r = store.renderings.forSegment(s.id);
        if (r) existing.set(r.id, r);
      }
      const review = b.score !== null && b.score < threshold;
      // The aligner may only move a unit from untranslated or aligned (translations/lifecycle.ts):
      // English a person wrote or confirmed, or a copy of it, is kept, and not listed for review
      // again with the aligner's English (a person has already decided there).
      const people = [...existing.values()].filter((r) => !machineOnly(r));
      if (people.length > 0) {
        out.push({ ...base, status: "kept", renderingId: people[0]!.id, renderingIds: people.map((r) => r.id), review: false });
        continue;
      }
      const segmentIds = bs.map((s) => s.id);
      const same = existing.size === 1 ? [...existing.values()][0]! : undefined;
      if (same && same.origin === "aligned" && same.text === text && same.sourceText === source && same.segmentIds.join() === segmentIds.join()) {
        out.push({ ...base, status: "unchanged", renderingId: same.id, review });
        continue;
      }
      for (const r of existing.values()) removeMachine(store, r);
      const id = store.renderings.create({
        segmentIds, text, sourceText: source, status: "aligned", origin: "aligned", author: ALIGN_AUTHOR, score: b.score, now,
      });
      out.push({ ...base, status: existing.size > 0 ? "replaced" : "created", renderingId: id, review });
    }
    const count = (st: AlignedBeadStatus): number => out.filter((x) => x.status === st).length;
    return {
      document: doc.slug,
      file: name,
      segments: segs.length,
      sentences: target.length,
      threshold,
      created: count("created"),
      replaced: count("replaced"),
      unchanged: count("unchanged"),
      kept: count("kept"),
      unpairedSource: count("unpaired-source"),
      unpairedTarget: count("unpaired-target"),
      beads: out,
      review: out.filter((x) => x.review),
    };
  }, () => [doc.slug]);
}

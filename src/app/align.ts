/**
 * Alignment use cases.
 *  - alignFiles: two text files → sentences of each side and beads (stateless). Without `presplit` the
 *    source is split by the Indonesian segmenter (boilerplate dropped) and the target by the English
 *    splitter; with it, every line is one sentence.
 *  - alignDocument: a stored Indonesian document + an English text → renderings with status and
 *    origin `aligned`, in one transaction. A rendering a person wrote (origin not machine-made) is
 *    never replaced; an earlier machine rendering is. Beads scoring below the review threshold are
 *    reported for review.
 */
import { alignSentences, type Bead } from "../align";
import { NotFoundError, ParseError } from "../errors";
import type { GlossaryMatcher } from "../glossary/types";
import { readTextFile } from "../io/files";
import { segmentArticle } from "../segment";
import { englishSentences } from "../segment/english";
import type { Store } from "../store";
import type { Rendering } from "../model";
import { MACHINE_ORIGINS } from "../store/renderings";
import { splitLines } from "../text/decode";
import { joinSource } from "./status";
import { stateOf, transition } from "../translations/lifecycle";
import { keepFilesInStep } from "./lifecycle";

/** Beads scoring below this are listed for review (on the panl-bppt dev cases it flags 5.4% of the
 *  pairs, 47% of them wrong, and catches 42% of the wrong pairs; see docs/guide/align.md). */
export const REVIEW_THRESHOLD = 0.3;
export const ALIGN_AUTHOR = "selaras-align";

export interface AlignFilesOptions {
  readonly presplit?: boolean;
  readonly glossary?: GlossaryMatcher;
}

export interface AlignFilesResult {
  readonly source: string[];
  readonly target: string[];
  readonly beads: Bead[];
}

/** Sentences of an Indonesian text: the segmenter's non-boilerplate segments. */
export function indonesianSentences(text: string): string[] {
  return segmentArticle(text).filter((s) => s.kind !== "boilerplate").map((s) => s.text);
}

/**
 * The sentences of one side. A side without any sentence (an empty or blank file, a wrong path's
 * placeholder) is an error: aligning against nothing would pair every sentence with nothing.
 * @throws ParseError `file-empty` {file}, `align-no-sentences` {file}
 */
function readSentences(file: string, lang: "id" | "en", presplit: boolean): string[] {
  const text = readTextFile(file);
  const sentences = presplit ? splitLines(text) : lang === "id" ? indonesianSentences(text) : englishSentences(text);
  if (!sentences.some((s) => s.trim() !== "")) throw new ParseError("align-no-sentences", { file });
  return sentences;
}

export function alignFiles(sourceFile: string, targetFile: string, options: AlignFilesOptions = {}): AlignFilesResult {
  const source = readSentences(sourceFile, "id", options.presplit ?? false);
  const target = readSentences(targetFile, "en", options.presplit ?? false);
  const beads = alignSentences(source, target, options.glossary ? { glossary: options.glossary } : {});
  return { source, target, beads };
}

export type AlignedBeadStatus = "created" | "replaced" | "unchanged" | "kept" | "unpaired-source" | "unpaired-target";

export interface AlignedBead {
  /** 1-based ordinals of the document's segments (as `status` and `translate` show them). */
  readonly segments: number[];
  /** 0-based indices of the English sentences. */
  readonly sentences: number[];
  readonly source: string;
  readonly target: string;
  readonly score: number;
  readonly status: AlignedBeadStatus;
  /** The rendering written (created / replaced / unchanged) or the person's rendering kept. */
  readonly renderingId: number | null;
  readonly review: boolean;
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

export function alignDocument(store: Store, document: string, englishFile: string, options: AlignDocumentOptions): AlignDocumentResult {
  const doc = store.documents.bySlug(document);
  if (!doc) throw new NotFoundError("not-found-document", { document });
  const target = readSentences(englishFile, "en", options.presplit ?? false);
  // An English text with no sentence would withdraw every earlier alignment: almost certainly the
  // wrong file, so it is refused (the stateless `align` accepts an empty side).
  if (target.length === 0) throw new ParseError("file-empty", { file: englishFile });
  const segs = store.documents.segments(doc.id).filter((s) => s.kind !== "boilerplate");
  const beads = alignSentences(segs.map((s) => s.text), target, options.glossary ? { glossary: options.glossary } : {});
  const threshold = options.threshold ?? REVIEW_THRESHOLD;
  const now = options.now;

  return store.transaction(() => {
    const out: AlignedBead[] = [];
    for (const b of beads) {
      const bs = b.src.map((k) => segs[k]!);
      const source = joinSource(bs.map((s) => s.text));
      const text = b.tgt.map((k) => target[k]!).join(" ");
      const base = { segments: bs.map((s) => s.ordinal!), sentences: b.tgt, source, target: text, score: b.score };
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
      const review = b.score < threshold;
      // The aligner may only move a unit from untranslated or aligned (translations/lifecycle.ts):
      // English a person wrote or confirmed, or a copy of it, is kept, and not listed for review
      // again with the aligner's English (a person has already decided there).
      const person = [...existing.values()].find((r) => !machineOnly(r));
      if (person) {
        out.push({ ...base, status: "kept", renderingId: person.id, review: false });
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
    keepFilesInStep(store, options.root, [doc.slug]);
    const count = (st: AlignedBeadStatus): number => out.filter((x) => x.status === st).length;
    return {
      document: doc.slug,
      file: englishFile,
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
  });
}

/**
 * runSession — the translator's session (`selaras translate [<document>|<document>:<n>]`). Walks the
 * translation units of one document (or all) in order — by default those with no rendering, an
 * aligned (machine) or draft rendering waiting for confirmation, or a stale one; `all`: every unit;
 * `review`: those with findings, stale or aligned — starting at a given unit if asked. For each it
 * shows context, glossary terms (with notes), translation-memory matches (with this sentence's
 * numbers when only numbers differ) and the current rendering with its findings, reads the English,
 * runs the checks, and saves. `:tm N` / `:g N` put a match or a glossary rendering into the line
 * being edited (ReadOptions.prefill), never straight into the database.
 *
 * Input is a stream of lines (a terminal through readline, or piped standard input): a line that
 * starts with ':' is a command (:help lists them, '::' escapes a leading colon), anything else is
 * the English. Every save is its own transaction, so Ctrl-C or end of input keeps everything
 * confirmed so far and leaves the rest untouched. The caller renders the events (no i18n here).
 */
import type { Store } from "../store";
import type { Document, Unit } from "../model";
import type { Assist, FindingView, TermHint } from "./assist";
import { startTmCatchUp, TM_SYNC_SLICE } from "./tm-catch-up";
import { checkSplit, findSplitPoint, joinUnitsInTx, refOf, splitUnit, unitJoinHint, unitOf, unitsOf, unjoinUnitInTx, type JoinResult, type SplitUnitResult, type UnjoinResult } from "./segments";
import {
  renderingHistory, syncTm, tmLookup, viewRendering,
  type HistoryView, type RenderingView, type SaveResult, type TmMatch,
} from "./translate";
import { isStale } from "./status";
import { findControlChar } from "../text/control";
import { resolveRef } from "./segments";
import { NotFoundError, UsageError } from "../errors";
import { documentNotFound } from "./not-found";
import { substituteNumbers, type NumberSubstitution, type NumberReplacement } from "../text/substitute-numbers";
import { changedUnits, codedUnit, createGate, inStep, keepFilesInStep, saveUnitChecked, savingTransaction, type SaveUnitResult } from "./lifecycle";
import { createFileTexts, type FileTexts } from "./file-texts";
import { saveUnitNote } from "./workbench";

/** The longest text a unit may have (src/text/limits.ts): the terminal's line reader takes no longer paste. */
import { MAX_UNIT_CHARS } from "../text/limits";
export { MAX_UNIT_CHARS };

export interface SessionOptions {
  readonly documents: readonly Document[];
  readonly all: boolean;
  /** Walk the units to review instead: those with findings, stale ones and unconfirmed alignments. */
  readonly review?: boolean;
  /** Start at the unit holding this segment (`translate <doc>:<n>`); it is shown even when it needs no work. */
  readonly start?: number;
  readonly author: string;
  readonly propagate: boolean;
  readonly assist: Assist;
  readonly now: () => string;
  /** Project folder whose translations/ files are kept in step with every save (lifecycle.projectRoot). */
  readonly root?: string;
}

export type PromptKind = "english" | "findings" | "confirm-split";

export interface ReadOptions {
  /** Text put into the line being edited (a terminal shows it after the prompt, ready to edit). */
  readonly prefill?: string;
  /** The prefill was inserted on request (`:tm N`, `:g N`): an empty line takes it as it is (piped input). */
  readonly insert?: boolean;
}

export interface SessionIO {
  /** The next line, or null at end of input or on Ctrl-C. */
  readLine(kind: PromptKind, options?: ReadOptions): Promise<string | null>;
  /** After readLine gave null: the text that was in the line being edited (a terminal's Ctrl-C), if any. */
  unsaved?(): string | null;
  emit(event: SessionEvent): void;
}

export interface UnitShown {
  readonly position: number;
  readonly total: number;
  readonly ref: string;
  readonly document: string;
  readonly source: string;
  readonly previous: string | null;
  readonly next: string | null;
  readonly suspect: string | null;
  /** With `suspect`: which neighbour the fragment seems to belong with. */
  readonly suspectJoins: "previous" | "next" | null;
  readonly terms: TermHint[];
  /** Matches; `adapted` is the match's English with this sentence's numbers (sources differ only in numbers). */
  readonly tm: Array<TmMatch & { readonly adapted?: NumberSubstitution }>;
  readonly rendering: RenderingView | null;
  /** The checks' findings on the current rendering (suppressed ones left out). */
  readonly findings: FindingView[];
  /** A stale rendering whose source changed only in numbers: its English with the new numbers (`:edit` inserts it). */
  readonly adapted: NumberSubstitution | null;
  /**
   * A unit imported with inline codes (formats/tags.ts): its Indonesian and English with the codes as
   * tags ({1}…{/1}, {2/}; the English null when it was edited without them), and what each tag stands
   * for. The English typed keeps the tags where the translator puts them; `:edit` inserts it with them.
   */
  readonly tags?: { readonly source: string; readonly target: string | null; readonly codes: ReadonlyArray<{ readonly tag: string; readonly label: string }> };
}

export type SessionEvent =
  | { type: "start"; total: number; documents: string[]; mode: "work" | "all" | "review" }
  | { type: "unit"; unit: UnitShown }
  | { type: "findings"; ref: string; findings: FindingView[]; /** false: shown after a save that went through (warnings only). */ blocking?: boolean }
  | { type: "saved"; result: SaveResult }
  | { type: "confirmed"; result: SaveResult }
  | { type: "skipped"; ref: string }
  /** Text left in the line at Ctrl-C: kept as a draft, or (the unit has confirmed English) only shown. */
  | { type: "left"; ref: string; text: string; kept: boolean }
  | { type: "joined"; result: JoinResult }
  /** `:split <where>`: the two parts it would make, before the person says yes (`y`). */
  | { type: "split-preview"; ref: string; first: string; second: string }
  | { type: "split"; result: SplitUnitResult }
  | { type: "split-cancelled"; ref: string }
  | { type: "unjoined"; result: UnjoinResult }
  /** A join, unjoin or split refused, with why (an error code of `error.*` and its data). */
  | { type: "refused"; action: "join" | "unjoin" | "split"; code: string; data: Record<string, unknown> }
  | { type: "note"; ref: string; saved: boolean }
  | { type: "history"; history: HistoryView }
  /**
   * The unit shown changed shape since it was read (a colleague split or joined it, or its article was
   * re-ingested): nothing was saved; `units` are what its sentences are now, `text` the English typed.
   */
  | { type: "unit-changed"; ref: string; units: Array<{ ref: string; source: string }>; text: string | null }
  | { type: "inserted"; ref: string; from: "tm" | "term" | "current"; n: number; text: string; replaced: readonly NumberReplacement[] }
  | { type: "help" }
  | { type: "notice"; code: "at-start" | "bad-command" | "bad-tm" | "nothing-to-confirm" | "accept-needs-reason" | "nothing-to-accept" | "bad-term" | "nothing-to-edit" | "control-char" | "control-char-note" | "bad-go" | "answer-too-long"; data?: Record<string, string | number> }
  | { type: "end"; summary: SessionSummary };

export interface SessionSummary {
  readonly saved: number;
  readonly confirmed: number;
  readonly skipped: number;
  readonly propagated: number;
  /** English left in the line at Ctrl-C or the end of input, kept as a draft of its unit (unchecked). */
  readonly keptDrafts: number;
  /** Units still waiting (no rendering, or unconfirmed, or stale) in the documents walked. */
  readonly remaining: number;
  /** Units whose confirmation the checks refused in this session and that were left as drafts (exit 1). */
  readonly refused: number;
  /** Notes typed (`:note`) for a unit without English that no save followed: not stored. */
  readonly unsavedNotes: number;
  readonly reason: "done" | "quit" | "end-of-input";
}

interface WalkItem { readonly document: Document; readonly firstSegmentId: number }

/**
 * Does a unit still need a person: no rendering, an aligned (machine-paired) or draft one waiting for
 * confirmation, or a stale one? (A propagated rendering counts as done: its source is identical to
 * one a person translated; `--all` revisits it.)
 */
export function needsWork(u: Unit): boolean {
  if (u.boilerplate) return false;
  const r = u.rendering;
  if (!r) return true;
  if (r.status === "aligned" || r.status === "draft") return true;
  return isStale(r.sourceText, u.segments.map((s) => s.text));
}

/**
 * Does a unit need a reviewer: a rendering that is stale, an unconfirmed machine alignment, or one
 * the checks report (warnings and errors not suppressed)?
 */
export function needsReview(u: Unit, findings: (u: Unit) => readonly FindingView[]): boolean {
  if (u.boilerplate || !u.rendering) return false;
  if (u.rendering.status === "aligned") return true;
  if (isStale(u.rendering.sourceText, u.segments.map((s) => s.text))) return true;
  return findings(u).length > 0;
}

export type WalkMode = "work" | "all" | "review";

export function sessionWalk(store: Store, documents: readonly Document[], all: boolean | WalkMode, findings?: (u: Unit) => readonly FindingView[]): WalkItem[] {
  const mode: WalkMode = all === true ? "all" : all === false ? "work" : all;
  const keep = (u: Unit) => mode === "all" || (mode === "review" ? needsReview(u, findings ?? (() => [])) : needsWork(u));
  return documents.flatMap((d) => unitsOf(store, d)
    .filter((u) => !u.boilerplate && keep(u))
    .map((u) => ({ document: d, firstSegmentId: u.segments[0]!.id })));
}

/**
 * What `selaras translate [<target>]` walks: no target = every document; a document slug; or a
 * segment reference `<doc>:<n>` = that document, starting at the unit holding segment n.
 */
export function sessionTarget(store: Store, target?: string): { documents: Document[]; start?: number } {
  if (target === undefined || target === "") return { documents: store.documents.all() };
  const document = store.documents.bySlug(target);
  if (document) return { documents: [document] };
  if (!target.includes(":")) throw documentNotFound(store, target);
  const { document: doc, segment } = resolveRef(store, target);
  if (segment.ordinal === null) throw new UsageError("segment-removed", { ref: target });
  return { documents: [doc], start: segment.id };
}

export async function runSession(store: Store, o: SessionOptions, io: SessionIO): Promise<SessionSummary> {
  // (a backlog of logged translation-memory changes, after a bulk import, is folded while the
  // translator reads and types, in slices short enough (~0.06 s) not to hold the keys back; each
  // sentence's lookup folds one slice at most)
  const catchUp = startTmCatchUp(store, { slice: 5_000 });
  // the document's translations/ file as its records' texts: a save replaces its unit's record instead
  // of reading and formatting the whole document again (as the workbench does; app/file-texts.ts)
  const files = o.root !== undefined ? createFileTexts() : undefined;
  try {
    return await walkSession(store, o, io, files);
  } finally {
    catchUp.stop();
    files?.close();
  }
}

async function walkSession(store: Store, o: SessionOptions, io: SessionIO, files: FileTexts | undefined): Promise<SessionSummary> {
  const now = o.now;
  const mode: WalkMode = o.review ? "review" : o.all ? "all" : "work";
  const currentFindings = (u: Unit): FindingView[] => u.rendering
    ? o.assist.current(u.document.slug, refOf(u.document, u.segments), u.source, u.rendering.text) : [];
  const inWalk = (u: Unit) => mode === "all" || (mode === "review" ? needsReview(u, currentFindings) : needsWork(u));
  const walk = sessionWalk(store, o.documents, mode, currentFindings);
  /**
   * The walk's index of the unit holding a segment, added to the walk in document order when it is
   * not in it (it needs nothing); null for a segment of none of the documents walked, or boilerplate.
   */
  const placeInWalk = (segmentId: number): number | null => {
    const doc = o.documents.find((d) => unitsOf(store, d).some((u) => u.segments.some((s) => s.id === segmentId)));
    const units = doc ? unitsOf(store, doc) : [];
    const unit = units.find((u) => u.segments.some((s) => s.id === segmentId));
    if (!doc || !unit || unit.boilerplate) return null;
    const first = unit.segments[0]!.id;
    const order = new Map(units.map((u, k) => [u.segments[0]!.id, k]));
    let at = walk.findIndex((w) => w.firstSegmentId === first);
    if (at < 0) {
      const rank = order.get(first)!;
      at = walk.findIndex((w) => w.document.id === doc.id && (order.get(w.firstSegmentId) ?? -1) > rank);
      if (at < 0) {
        // after the document's last unit in the walk (or at the end)
        const last = walk.map((w) => w.document.id).lastIndexOf(doc.id);
        at = last < 0 ? walk.length : last + 1;
      }
      walk.splice(at, 0, { document: doc, firstSegmentId: first });
    }
    return at;
  };
  let i = 0;
  // `translate <doc>:<n>`: begin at that unit
  if (o.start !== undefined) i = placeInWalk(o.start) ?? 0;
  const gate = createGate(store, undefined, o.root);
  const refusedUnits = new Set<number>();
  const counts = { saved: 0, confirmed: 0, skipped: 0, propagated: 0, keptDrafts: 0 };
  const finish = (reason: SessionSummary["reason"]): SessionSummary => {
    const remaining = o.documents.reduce((n, d) => n + unitsOf(store, d).filter(needsWork).length, 0);
    const summary = { ...counts, remaining, refused: refusedUnits.size, unsavedNotes: pendingNotes.size, reason };
    io.emit({ type: "end", summary });
    return summary;
  };
  // the opening line names only the documents with something to walk
  io.emit({ type: "start", total: walk.length, documents: [...new Set(walk.map((w) => w.document.slug))], mode });
  const pendingNotes = new Map<number, string>();
  const visited = new Set<number>(walk[i] ? [walk[i]!.firstSegmentId] : []);
  /** After `:go` back to an earlier sentence or to one that needed nothing: the first segment of the unit to resume at once it is done. */
  let resume = null as number | null;
  /** The document's units read right after a save, for the next unit (each save read it twice). */
  let afterSave = null as { documentId: number; units: Unit[] } | null;
  while (i < walk.length) {
    const item = walk[i]!;
    // the document as the last save left it (read right after it, with no wait between) or read now
    const units = afterSave?.documentId === item.document.id ? afterSave.units : unitsOf(store, item.document);
    afterSave = null;
    const ui = units.findIndex((u) => u.segments.some((s) => s.id === item.firstSegmentId));
    if (ui < 0) { walk.splice(i, 1); continue; }
    const unit = units[ui]!;
    if (!inWalk(unit) && !visited.has(item.firstSegmentId)) { walk.splice(i, 1); continue; } // e.g. filled by propagation
    visited.add(item.firstSegmentId);
    const ref = refOf(unit.document, unit.segments);
    const prev = units.slice(0, ui).reverse().find((u) => !u.boilerplate);
    const next = units.slice(ui + 1).find((u) => !u.boilerplate);
    const exclude = new Set<number>(unit.rendering ? [unit.rendering.id] : []);
    // (a match whose English is the unit's own, as its propagated copies are, tells nothing and is left out)
    const own = unit.rendering?.text.trim();
    const tm: Array<TmMatch & { adapted?: NumberSubstitution }> = tmLookup(store, unit.source, { exclude, syncLimit: TM_SYNC_SLICE, ...(own ? { excludeText: own } : {}), ...(unit.segments.length > 1 ? { sentences: unit.segments.map((s) => s.text) } : {}) }).map((m) => {
      const adapted = m.exact ? null : substituteNumbers(m.sourceText, m.text, unit.source);
      return adapted ? { ...m, adapted } : m;
    });
    const coded = codedUnit(store, unit);
    // (the hint comes from the joins `segments suggest` offers: one rule for both)
    const suspect = unitJoinHint(store, unit.document, units, unit);
    const staleAdapted = unit.rendering && isStale(unit.rendering.sourceText, unit.segments.map((s) => s.text))
      ? substituteNumbers(unit.rendering.sourceText, unit.rendering.text, unit.source) : null;
    io.emit({
      type: "unit",
      unit: {
        position: i + 1, total: walk.length, ref, document: unit.document.slug, source: unit.source,
        previous: prev?.source ?? null, next: next?.source ?? null,
        suspect: suspect?.reason ?? null, suspectJoins: suspect?.joins ?? null,
        terms: o.assist.terms(unit.source), tm,
        rendering: unit.rendering ? viewRendering(store, unit.rendering) : null,
        findings: currentFindings(unit),
        adapted: staleAdapted,
        ...(coded ? { tags: { source: coded.tagged.source, target: coded.tagged.target, codes: coded.tagged.codes.map((c) => ({ tag: c.paired ? `{${c.n}}…{/${c.n}}` : `{${c.n}/}`, label: c.label })) } } : {}),
      },
    });
    let pending: string | null = null;
    /** Text to put into the next line read (a TM match or glossary rendering asked for). In a terminal the
     *  English the checks refused is one up-arrow away (readline's history), so it is not pre-filled. */
    const line = { prefill: null as string | null };
    const insert = (from: "tm" | "term" | "current", n: number, text: string, replaced: readonly NumberReplacement[] = []) => {
      line.prefill = text;
      io.emit({ type: "inserted", ref, from, n, text, replaced });
    };
    let advance = 0;
    /** `:go N`: the walk's index to show next (advance 3). */
    let jumpTo: number | null = null;
    /**
     * Every save and confirmation goes through the lifecycle (app/lifecycle.ts): checked on the
     * text as stored; an unsuppressed error keeps it a draft (stored, nothing lost) and waits for a
     * new text or ':accept <reason>' (which records suppressions and confirms). Files stay in step.
     */
    let current = unit;
    /**
     * The unit shown as it is in the database now, when it is still the same sentences with the same
     * Indonesian (it may have been renumbered: a colleague's split before it); null when a colleague
     * split, joined or re-ingested it since it was read (a save would go to the sentences as they were).
     */
    const sameUnitNow = (): Unit | null => {
      const fresh = unitOf(store, current.document, current.segments[0]!.id);
      return fresh && fresh.segments.length === current.segments.length && fresh.segments.every((x, k) => x.id === current.segments[k]!.id && x.text === current.segments[k]!.text)
        ? fresh : null;
    };
    /** Refuses a save to a unit that changed shape: says so, shows its sentences now, and shows them again. */
    const changedShape = (text: string | null): void => {
      const firsts = new Set<number>();
      // its sentences now: from the unit holding the first of them to the one before the unit that followed it
      const all = unitsOf(store, unit.document);
      const mine = (u: Unit) => u.segments.some((x) => current.segments.some((c) => c.id === x.id));
      const start = all.findIndex(mine);
      const followed = units[ui + 1]?.segments[0]!.id;
      let end = followed === undefined ? -1 : all.findIndex((u) => u.segments.some((x) => x.id === followed));
      if (end < 0) end = all.length - [...all].reverse().findIndex(mine);
      else if (mine(all[end]!)) end++;
      const now = start < 0 ? [] : all.slice(start, Math.max(end, start + 1)).filter((u) => !u.boilerplate);
      for (const u of now) firsts.add(u.segments[0]!.id);
      io.emit({ type: "unit-changed", ref, units: now.map((u) => ({ ref: refOf(u.document, u.segments), source: u.source })), text });
      // the walk shows the sentences as they are now, from the first of them
      const at = walk.findIndex((w) => w.firstSegmentId === item.firstSegmentId);
      const first = now[0]?.segments[0]!.id;
      if (first !== undefined && at >= 0) walk[at] = { document: unit.document, firstSegmentId: first };
      let k = at + 1;
      for (const id of firsts) if (id !== first && !walk.some((w) => w.firstSegmentId === id)) { walk.splice(k++, 0, { document: unit.document, firstSegmentId: id }); visited.add(id); }
      if (first !== undefined) visited.add(first);
      pending = null;
      advance = 2;
    };
    const commit = (text: string | undefined, accept: string | undefined, event: "saved" | "confirmed"): SaveUnitResult | null => {
      const noteText = pendingNotes.get(unit.segments[0]!.id);
      const result = savingTransaction(store, files, () => {
        // (read in the save's transaction: no one changes the unit between the look and the save)
        const same = sameUnitNow();
        if (!same) return null;
        current = same;
        const { touched, suppressions, ...r } = saveUnitChecked(store, current, {
          ...(text !== undefined ? { text } : {}), state: "translated", author: o.author, now: now(), propagate: o.propagate,
          ...(accept !== undefined ? { accept } : {}),
          ...(accept !== undefined && event === "saved" ? { note: accept } : noteText !== undefined ? { note: noteText } : {}),
        }, gate);
        const written = keepFilesInStep(store, o.root, touched, suppressions, files ? { files, changed: changedUnits([r]) } : {});
        // the memory's index takes this save in now, inside the transaction: the next unit's lookup then
        // writes nothing, and the kept file texts stay current (any write after a save makes them read the
        // document whole again)
        if (files) syncTm(store, TM_SYNC_SLICE);
        return { ...r, files: written };
      });
      if (!result) { changedShape(text ?? null); return null; }
      pendingNotes.delete(unit.segments[0]!.id);
      const read = unitsOf(store, unit.document);
      const fresh = read.find((u) => u.segments.some((x) => x.id === unit.segments[0]!.id));
      if (fresh) current = fresh;
      const shown = result.findings.filter((f) => !f.suppressed).map(({ suppressed: _s, ...f }) => f);
      if (result.refused) {
        refusedUnits.add(unit.segments[0]!.id);
        pending = text ?? current.rendering?.text ?? null;
        io.emit({ type: "findings", ref, findings: shown });
        return result;
      }
      if (shown.length) io.emit({ type: "findings", ref, findings: shown, blocking: false });
      refusedUnits.delete(unit.segments[0]!.id);
      pending = null;
      if (event === "saved") counts.saved++;
      else counts.confirmed++;
      counts.propagated += result.propagated.length;
      io.emit({ type: event, result });
      advance = 1;
      // the next unit is shown straight away (no input read in between): it is taken from this read
      afterSave = { documentId: unit.document.id, units: read };
      return result;
    };
    /**
     * Ctrl-C with English in the line: nothing typed is lost. It is stored as a draft of this unit
     * (unchecked, not propagated; the next session walks it and `:edit` takes it up) unless the unit
     * has confirmed English, which a half-typed line must not replace: then it is only printed.
     */
    const keepLeft = (left: string | null) => {
      const text = left?.trim() ?? "";
      if (text === "" || findControlChar(text) || !/[^\s\p{Cf}]/u.test(text)) return;
      const same = sameUnitNow();
      if (!same) { io.emit({ type: "left", ref, text, kept: false }); return; }
      current = same;
      const r = current.rendering;
      const kept = !r || r.status === "draft" || r.status === "aligned";
      if (kept) {
        store.transaction(() => {
          const { touched, suppressions } = saveUnitChecked(store, current, { text, state: "draft", author: o.author, now: now(), propagate: false }, gate);
          keepFilesInStep(store, o.root, touched, suppressions);
        });
        counts.keptDrafts++;
      }
      io.emit({ type: "left", ref, text, kept });
    };
    const trySave = (text: string) => {
      // Control characters (a pasted escape sequence) are refused here: the person types it again.
      const control = findControlChar(text);
      if (control) { io.emit({ type: "notice", code: "control-char", data: { char: control.char, column: control.index + 1 } }); return; }
      commit(text, undefined, "saved");
    };
    while (advance === 0) {
      const offered = line.prefill;
      line.prefill = null;
      const read = await io.readLine(pending === null ? "english" : "findings", offered !== null ? { prefill: offered, insert: true } : undefined);
      if (read === null) {
        keepLeft(io.unsaved?.() ?? null);
        return finish("end-of-input");
      }
      const input = read.trim();
      if (input === "") continue;
      // (a piped answer longer than a unit takes, which a terminal's line reader refuses as typed: not
      // saved, and this unit skipped, so that the lines after it still answer the units after it)
      if (input.length > MAX_UNIT_CHARS) {
        io.emit({ type: "notice", code: "answer-too-long", data: { chars: input.length, limit: MAX_UNIT_CHARS } });
        counts.skipped++;
        io.emit({ type: "skipped", ref });
        advance = 1;
        continue;
      }
      if (input.startsWith(":") && !input.startsWith("::")) {
        const m = /^:(\S+)\s*(.*)$/.exec(input)!;
        const cmd = m[1]!.toLowerCase();
        const arg = m[2]!.trim();
        if (cmd === "help" || cmd === "?") io.emit({ type: "help" });
        else if (cmd === "quit" || cmd === "q") return finish("quit");
        else if (cmd === "skip" || cmd === "s") { counts.skipped++; io.emit({ type: "skipped", ref }); advance = 1; }
        else if (cmd === "go") {
          // `:go N` (a sentence of this document) or `:go doc:N`: that unit next, even one that needs nothing
          let target: number | null = null;
          const walked = walk.length;
          try {
            const { segment } = resolveRef(store, arg.includes(":") ? arg : `${unit.document.slug}:${arg}`);
            if (/^\S+$/.test(arg) && segment.ordinal !== null) target = placeInWalk(segment.id);
          } catch { target = null; }
          if (target === null) io.emit({ type: "notice", code: "bad-go", data: { ref: arg } });
          else {
            visited.add(walk[target]!.firstSegmentId); // shown even when it needs nothing
            // back to an earlier sentence, or to one that needed nothing (to fix it, in either direction: it was
            // added to the walk): once it is saved or skipped, the walk resumes here; forward to one still to do
            // goes on from there
            const here = walk.findIndex((w) => w.firstSegmentId === item.firstSegmentId);
            resume = target < here || walk.length > walked ? item.firstSegmentId : null;
            jumpTo = target;
            advance = 3;
          }
        } else if (cmd === "back" || cmd === "b") {
          if (i === 0) io.emit({ type: "notice", code: "at-start" });
          else advance = -1;
        } else if (cmd === "tm") {
          // the match goes into the line being edited (with this sentence's numbers), not straight into the database
          const n = Number(arg === "" ? "1" : arg);
          const match = Number.isInteger(n) ? tm[n - 1] : undefined;
          if (!match) io.emit({ type: "notice", code: "bad-tm", data: { n: arg || "1" } });
          else insert("tm", n, match.adapted?.text ?? match.text, match.adapted?.replaced ?? []);
        } else if (cmd === "g" || cmd === "term") {
          // a glossary rendering goes into the line (in a terminal, Tab completes renderings mid-line too)
          const n = Number(arg === "" ? "1" : arg);
          const term = Number.isInteger(n) ? o.assist.terms(unit.source)[n - 1] : undefined;
          const rendering = term ? (term.dnt ? term.source : term.preferred[0] ?? term.admitted[0]) : undefined;
          if (rendering === undefined) io.emit({ type: "notice", code: "bad-term", data: { n: arg || "1" } });
          else insert("term", n, rendering);
        } else if (cmd === "edit" || cmd === "e") {
          // the current English into the line (a stale one with the new numbers when only numbers changed)
          // (after a refused save the English stored as a draft is the current one)
          const r = current.rendering;
          if (!r) io.emit({ type: "notice", code: "nothing-to-edit" });
          else if (staleAdapted && r.id === unit.rendering?.id && r.text === unit.rendering.text) insert("current", 0, staleAdapted.text, staleAdapted.replaced);
          else {
            // (with its codes as tags, as they are now: a refused save's draft has the tags it was typed with)
            const tagged = codedUnit(store, current)?.tagged.target;
            insert("current", 0, tagged ?? r.text);
          }
        } else if (cmd === "ok") {
          if (!current.rendering) io.emit({ type: "notice", code: "nothing-to-confirm" });
          else commit(undefined, undefined, "confirmed");
        } else if (cmd === "accept") {
          if (pending === null) io.emit({ type: "notice", code: "nothing-to-accept" });
          else if (arg === "") io.emit({ type: "notice", code: "accept-needs-reason" });
          else commit(pending, arg, "saved");
        } else if (cmd === "join" || cmd === "j" || cmd === "unjoin" || cmd === "u" || cmd === "split") {
          // Joins, unjoins and splits as the CLI's `segments` commands and the workbench make them
          // (app/segments.ts), the translations/ file kept in step; the unit is shown again as it is now.
          const action = cmd === "j" ? "join" : cmd === "u" ? "unjoin" : cmd as "join" | "unjoin" | "split";
          const refuse = (e: unknown) => {
            const err = e as { code?: string; data?: Record<string, unknown> };
            if (typeof err.code !== "string" || !(e instanceof UsageError || e instanceof NotFoundError)) throw e;
            io.emit({ type: "refused", action, code: err.code, data: err.data ?? {} });
          };
          /** Units the walk must now show after this one (the parts an unjoin or a split made). */
          const walkAlso = (firstSegmentIds: readonly number[]) => {
            let at = i + 1;
            for (const id of firstSegmentIds) {
              if (id === item.firstSegmentId || walk.some((w) => w.firstSegmentId === id)) continue;
              walk.splice(at++, 0, { document: unit.document, firstSegmentId: id });
              visited.add(id);
            }
          };
          const firstIdsOf = (refs: readonly string[]) => refs.map((r) => resolveRef(store, r.replace(/(:\d+)(?:\+\d+)+$/, "$1")).segment.id);
          if (action === "join") {
            // (the next unit that is no boilerplate: a join steps over boilerplate lines alone, a printed page's
            // number and running head inside a cut sentence; joinUnitsInTx refuses any other gap)
            let nx = ui + 1;
            while (units[nx]?.boilerplate === true) nx++;
            const nextUnit = units[nx];
            if (!nextUnit) io.emit({ type: "refused", action, code: "join-no-next", data: { ref } });
            else {
              try {
                const result = inStep(store, o.root, () => joinUnitsInTx(store,
                  { document: unit.document, segment: unit.segments[unit.segments.length - 1]! },
                  { document: unit.document, segment: nextUnit.segments[0]! }, o.author, now(), { asked: true }), (x) => [x.document]);
                const gone = walk.findIndex((w, k) => k > i && nextUnit.segments.some((s) => s.id === w.firstSegmentId));
                if (gone >= 0) walk.splice(gone, 1);
                io.emit({ type: "joined", result });
                advance = 2; // show the joined unit again
              } catch (e) { refuse(e); }
            }
          } else if (action === "unjoin") {
            try {
              const result = inStep(store, o.root, () => store.transaction(() => unjoinUnitInTx(store, `${unit.document.slug}:${unit.segments[0]!.ordinal}`, o.author, now())), (x) => [x.document]);
              walkAlso(firstIdsOf(result.refs));
              io.emit({ type: "unjoined", result });
              advance = 2;
            } catch (e) { refuse(e); }
          } else if (arg === "") io.emit({ type: "refused", action, code: "split-where", data: { ref } });
          else {
            const point = findSplitPoint(unit.source, arg);
            let refused = false;
            if ("code" in point) { io.emit({ type: "refused", action, code: point.code, data: { ref, ...point.data } }); refused = true; }
            else try { checkSplit(store, ref, point.offset); } catch (e) { refuse(e); refused = true; }
            if (!refused && !("code" in point)) {
              const cut = point.offset;
              const first = unit.source.slice(0, cut).trimEnd(), second = unit.source.slice(cut).trimStart();
              io.emit({ type: "split-preview", ref, first, second });
              const answer = await io.readLine("confirm-split");
              if (answer === null) { keepLeft(null); return finish("end-of-input"); }
              if (!/^(y|yes|ya)$/i.test(answer.trim())) io.emit({ type: "split-cancelled", ref });
              else {
                try {
                  const result = inStep(store, o.root, () => splitUnit(store, ref, cut, o.author, now()), (x) => [x.document]);
                  walkAlso(firstIdsOf([...new Set(result.units)]));
                  io.emit({ type: "split", result });
                  advance = 2;
                } catch (e) { refuse(e); }
              }
            }
          }
        } else if (cmd === "note") {
          if (arg === "") io.emit({ type: "notice", code: "bad-command", data: { command: input } });
          else if (current.rendering) {
            // (the workbench's own call: the note trimmed, an unchanged note no new revision; a control
            // character refused as in the English, the person types it again)
            const control = findControlChar(arg);
            if (control) io.emit({ type: "notice", code: "control-char-note", data: { char: control.char, column: control.index + 1 } });
            else {
              inStep(store, o.root, () => saveUnitNote(store, ref, arg, { author: o.author, now: now() }), () => [unit.document.slug]);
              io.emit({ type: "note", ref, saved: true });
              advance = 2;
            }
          } else {
            pendingNotes.set(unit.segments[0]!.id, arg);
            io.emit({ type: "note", ref, saved: false });
          }
        } else if (cmd === "history" || cmd === "h") io.emit({ type: "history", history: renderingHistory(store, `${unit.document.slug}:${unit.segments[0]!.ordinal}`) });
        else io.emit({ type: "notice", code: "bad-command", data: { command: input } });
        continue;
      }
      trySave(input.startsWith("::") ? input.slice(1) : input);
    }
    const back = resume !== null && advance === 1 ? walk.findIndex((w) => w.firstSegmentId === resume) : -1;
    if (advance === 1) resume = null;
    if (back >= 0) i = back;
    else if (advance === 1) i++;
    else if (advance === -1) i--;
    else if (advance === 3 && jumpTo !== null) i = jumpTo;
    // advance === 2: show the same unit again (after a join or a note)
  }
  return finish("done");
}

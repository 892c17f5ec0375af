/**
 * runSession — the translator's session (`selaras translate [<document>]`). Walks the translation
 * units of one document (or all) in order — by default those with no rendering, an aligned (machine)
 * or draft rendering waiting for confirmation, or a stale one — and for each shows context, glossary
 * terms and translation-memory matches, reads the English, runs the checks, and saves.
 *
 * Input is a stream of lines (a terminal through readline, or piped standard input): a line that
 * starts with ':' is a command (:help lists them, '::' escapes a leading colon), anything else is
 * the English. Every save is its own transaction, so Ctrl-C or end of input keeps everything
 * confirmed so far and leaves the rest untouched. The caller renders the events (no i18n here).
 */
import type { Store } from "../store";
import type { DocumentRow } from "../store/documents";
import type { Assist, FindingView, TermHint } from "./assist";
import { joinUnitsInTx, refOf, unitsOf, type JoinResult, type Unit } from "./segments";
import {
  renderingHistory, tmLookup, viewRendering,
  type HistoryView, type RenderingView, type SaveResult, type TmMatch,
} from "./translate";
import { isStale } from "./status";
import { findControlChar } from "../text/control";
import { createGate, inStep, keepFilesInStep, saveUnitChecked, type SaveUnitResult } from "./lifecycle";

export interface SessionOptions {
  readonly documents: readonly DocumentRow[];
  readonly all: boolean;
  readonly author: string;
  readonly propagate: boolean;
  readonly assist: Assist;
  readonly now?: () => string;
  /** Project folder whose translations/ files are kept in step with every save (lifecycle.projectRoot). */
  readonly root?: string;
}

export type PromptKind = "english" | "findings";

export interface SessionIO {
  /** The next line, or null at end of input or on Ctrl-C. */
  readLine(kind: PromptKind): Promise<string | null>;
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
  readonly terms: TermHint[];
  readonly tm: TmMatch[];
  readonly rendering: RenderingView | null;
}

export type SessionEvent =
  | { type: "start"; total: number; documents: string[] }
  | { type: "unit"; unit: UnitShown }
  | { type: "findings"; ref: string; findings: FindingView[]; /** false: shown after a save that went through (warnings only). */ blocking?: boolean }
  | { type: "saved"; result: SaveResult }
  | { type: "confirmed"; result: SaveResult }
  | { type: "skipped"; ref: string }
  | { type: "joined"; result: JoinResult }
  | { type: "note"; ref: string; saved: boolean }
  | { type: "history"; history: HistoryView }
  | { type: "help" }
  | { type: "notice"; code: "at-start" | "bad-command" | "bad-tm" | "nothing-to-confirm" | "accept-needs-reason" | "nothing-to-accept" | "cannot-join" | "control-char"; data?: Record<string, string | number> }
  | { type: "end"; summary: SessionSummary };

export interface SessionSummary {
  readonly saved: number;
  readonly confirmed: number;
  readonly skipped: number;
  readonly propagated: number;
  /** Units still waiting (no rendering, or unconfirmed, or stale) in the documents walked. */
  readonly remaining: number;
  /** Units whose confirmation the checks refused in this session and that were left as drafts (exit 1). */
  readonly refused: number;
  readonly reason: "done" | "quit" | "end-of-input";
}

interface WalkItem { readonly document: DocumentRow; readonly firstSegmentId: number }

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

export function sessionWalk(store: Store, documents: readonly DocumentRow[], all: boolean): WalkItem[] {
  return documents.flatMap((d) => unitsOf(store, d)
    .filter((u) => !u.boilerplate && (all || needsWork(u)))
    .map((u) => ({ document: d, firstSegmentId: u.segments[0]!.id })));
}

export async function runSession(store: Store, o: SessionOptions, io: SessionIO): Promise<SessionSummary> {
  const now = o.now ?? (() => new Date().toISOString());
  const walk = sessionWalk(store, o.documents, o.all);
  const gate = createGate(store);
  const refusedUnits = new Set<number>();
  const counts = { saved: 0, confirmed: 0, skipped: 0, propagated: 0 };
  const finish = (reason: SessionSummary["reason"]): SessionSummary => {
    const remaining = o.documents.reduce((n, d) => n + unitsOf(store, d).filter(needsWork).length, 0);
    const summary = { ...counts, remaining, refused: refusedUnits.size, reason };
    io.emit({ type: "end", summary });
    return summary;
  };
  io.emit({ type: "start", total: walk.length, documents: o.documents.map((d) => d.slug) });
  let i = 0;
  const pendingNotes = new Map<number, string>();
  const visited = new Set<number>();
  while (i < walk.length) {
    const item = walk[i]!;
    const units = unitsOf(store, item.document);
    const ui = units.findIndex((u) => u.segments.some((s) => s.id === item.firstSegmentId));
    if (ui < 0) { walk.splice(i, 1); continue; }
    const unit = units[ui]!;
    if (!o.all && !needsWork(unit) && !visited.has(item.firstSegmentId)) { walk.splice(i, 1); continue; } // e.g. filled by propagation
    visited.add(item.firstSegmentId);
    const ref = refOf(unit.document, unit.segments);
    const prev = units.slice(0, ui).reverse().find((u) => !u.boilerplate);
    const next = units.slice(ui + 1).find((u) => !u.boilerplate);
    const exclude = new Set<number>(unit.rendering ? [unit.rendering.id] : []);
    const tm = tmLookup(store, unit.source, { exclude });
    io.emit({
      type: "unit",
      unit: {
        position: i + 1, total: walk.length, ref, document: unit.document.slug, source: unit.source,
        previous: prev?.source ?? null, next: next?.source ?? null,
        suspect: unit.segments.map((s) => s.suspect).find((s) => s) ?? null,
        terms: o.assist.terms(unit.source), tm,
        rendering: unit.rendering ? viewRendering(store, unit.rendering) : null,
      },
    });
    let pending: string | null = null;
    let advance = 0;
    /**
     * Every save and confirmation goes through the lifecycle (app/lifecycle.ts): checked on the
     * text as stored; an unsuppressed error keeps it a draft (stored, nothing lost) and waits for a
     * new text or ':accept <reason>' (which records suppressions and confirms). Files stay in step.
     */
    let current = unit;
    const commit = (text: string | undefined, accept: string | undefined, event: "saved" | "confirmed"): SaveUnitResult => {
      const noteText = pendingNotes.get(unit.segments[0]!.id);
      const result = store.transaction(() => {
        const { touched, suppressions, ...r } = saveUnitChecked(store, current, {
          ...(text !== undefined ? { text } : {}), state: "translated", author: o.author, now: now(), propagate: o.propagate,
          ...(accept !== undefined ? { accept } : {}),
          ...(accept !== undefined && event === "saved" ? { note: accept } : noteText !== undefined ? { note: noteText } : {}),
        }, gate);
        return { ...r, files: keepFilesInStep(store, o.root, touched, suppressions) };
      });
      pendingNotes.delete(unit.segments[0]!.id);
      const fresh = unitsOf(store, unit.document).find((u) => u.segments.some((x) => x.id === unit.segments[0]!.id));
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
      return result;
    };
    const trySave = (text: string) => {
      // Control characters (a pasted escape sequence) are refused here: the person types it again.
      const control = findControlChar(text);
      if (control) { io.emit({ type: "notice", code: "control-char", data: { char: control.char, column: control.index + 1 } }); return; }
      commit(text, undefined, "saved");
    };
    while (advance === 0) {
      const line = await io.readLine(pending === null ? "english" : "findings");
      if (line === null) return finish("end-of-input");
      const input = line.trim();
      if (input === "") continue;
      if (input.startsWith(":") && !input.startsWith("::")) {
        const m = /^:(\S+)\s*(.*)$/.exec(input)!;
        const cmd = m[1]!.toLowerCase();
        const arg = m[2]!.trim();
        if (cmd === "help" || cmd === "?") io.emit({ type: "help" });
        else if (cmd === "quit" || cmd === "q") return finish("quit");
        else if (cmd === "skip" || cmd === "s") { counts.skipped++; io.emit({ type: "skipped", ref }); advance = 1; }
        else if (cmd === "back" || cmd === "b") {
          if (i === 0) io.emit({ type: "notice", code: "at-start" });
          else advance = -1;
        } else if (cmd === "tm") {
          const n = Number(arg);
          const match = Number.isInteger(n) ? tm[n - 1] : undefined;
          if (!match) io.emit({ type: "notice", code: "bad-tm", data: { n: arg } });
          else trySave(match.text);
        } else if (cmd === "ok") {
          if (!current.rendering) io.emit({ type: "notice", code: "nothing-to-confirm" });
          else commit(undefined, undefined, "confirmed");
        } else if (cmd === "accept") {
          if (pending === null) io.emit({ type: "notice", code: "nothing-to-accept" });
          else if (arg === "") io.emit({ type: "notice", code: "accept-needs-reason" });
          else commit(pending, arg, "saved");
        } else if (cmd === "join" || cmd === "j") {
          const nextUnit = units[ui + 1];
          if (!nextUnit || nextUnit.boilerplate) io.emit({ type: "notice", code: "cannot-join", data: { reason: "no-next" } });
          else {
            try {
              const result = inStep(store, o.root, () => joinUnitsInTx(store,
                { document: unit.document, segment: unit.segments[unit.segments.length - 1]! },
                { document: unit.document, segment: nextUnit.segments[0]! }, o.author, now()), (x) => [x.document]);
              const gone = walk.findIndex((w, k) => k > i && nextUnit.segments.some((s) => s.id === w.firstSegmentId));
              if (gone >= 0) walk.splice(gone, 1);
              io.emit({ type: "joined", result });
              advance = 2; // show the joined unit again
            } catch (e) {
              io.emit({ type: "notice", code: "cannot-join", data: { reason: String((e as { code?: string }).code ?? e) } });
            }
          }
        } else if (cmd === "note") {
          if (arg === "") io.emit({ type: "notice", code: "bad-command", data: { command: input } });
          else if (current.rendering) {
            const r = current.rendering;
            inStep(store, o.root, () => store.renderings.update(r.id, { text: r.text, sourceText: r.sourceText, status: r.status, origin: r.origin, author: o.author, score: r.score, note: arg, now: now() }), () => [unit.document.slug]);
            io.emit({ type: "note", ref, saved: true });
            advance = 2;
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
    if (advance === 1) i++;
    else if (advance === -1) i--;
    // advance === 2: show the same unit again (after a join or a note)
  }
  return finish("done");
}

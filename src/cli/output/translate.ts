/** Human-readable output of translate set/show, history, translations import/export, segments. */
import { readableTime } from "./time";
import type { SaveUnitResult } from "../../app/lifecycle";
import { findingMessage } from "./stylish";
import picocolors from "picocolors";

/** Colours forced on: callers only colour when ctx.color (a terminal, NO_COLOR not set). */
const pc = picocolors.createColors(true);
import type { HistoryView, SaveResult, UnitView } from "../../app/translate";
import type { ExportedFile, ImportResult } from "../../app/translations";
import type { JoinResult, JoinSuggestion, SplitResult, UnjoinResult } from "../../app/segments";
import type { CommandContext } from "../context";
import { renderWordDiff } from "./diff";
import { IMPORT_AUTHOR } from "../../app/author";

export function renderSave(ctx: CommandContext, r: SaveResult & Partial<SaveUnitResult>): void {
  for (const f of r.findings ?? []) {
    const line = ctx.t("cli.translate.finding", { severity: ctx.t(`cli.check.severity.${f.severity}`), check: f.checkId, message: findingMessage(ctx.t, f) });
    ctx.out(f.suppressed ? ctx.t("cli.translate.finding-accepted", { finding: line }) : line);
  }
  if (r.refused) ctx.out(ctx.t("cli.translate.refused", { ref: r.ref, id: r.renderingId, status: ctx.t(`cli.translate.state.${r.requested}`, { defaultValue: r.requested }) }));
  else ctx.out(ctx.t(`cli.translate.saved-${r.action}`, { ref: r.ref, id: r.renderingId }));
  for (const a of r.accepted ?? []) ctx.out(ctx.t("cli.translate.accepted", { check: a.checkId, reason: a.reason }));
  renderPropagated(ctx, r);
}

/**
 * An author as a person reads it: the name an import gives a unit that named none (`import`) is said
 * as what it is, in the reader's language, not as a person's name ("by import", "oleh import").
 */
export const authorShown = (t: CommandContext["t"], author: string): string => (author === IMPORT_AUTHOR ? t("cli.translate.author-import") : author);

export function renderPropagated(ctx: CommandContext, r: SaveResult): void {
  if (r.propagated.length === 0) return;
  ctx.out(ctx.t("cli.translate.propagated", { count: r.propagated.length, refs: r.propagated.map((p) => p.ref).join(", ") }));
}

export function renderUnit(ctx: CommandContext, v: UnitView): void {
  const { t } = ctx;
  ctx.out(t("cli.translate.show-ref", { ref: v.ref }));
  ctx.out(t("cli.translate.show-source", { text: v.source }));
  const r = v.rendering;
  if (!r) { ctx.out(t("cli.translate.show-none")); return; }
  ctx.out(t("cli.translate.show-english", { text: r.text }));
  ctx.out(t("cli.translate.show-meta", { id: r.id, status: t(`cli.translate.state.${r.status}`), origin: t(`cli.translate.origin.${r.origin}`), author: authorShown(t, r.author), time: readableTime(ctx, r.updatedAt) }));
  // (a note of several lines, as an import joins two, keeps its later lines under the first)
  if (r.note) ctx.out(t("cli.translate.show-note", { note: r.note.split(/\r?\n/).map((line, i) => (i > 0 && line !== "" ? "    " + line : line)).join("\n") }));
  if (r.orphaned) ctx.out(t("cli.translate.show-orphaned"));
  if (r.stale) {
    ctx.out(t("cli.translate.show-stale"));
    ctx.out("  " + renderWordDiff(r.sourceDiff, ctx.color));
  }
}

export function renderHistory(ctx: CommandContext, h: HistoryView): void {
  const { t } = ctx;
  const events = () => { for (const e of h.events ?? []) ctx.out(t(`cli.history.${e.kind}`, { ref: e.ref, author: e.author, time: readableTime(ctx, e.time) })); };
  if (h.renderingId === null) { ctx.out(t("cli.history.none", { ref: h.ref })); events(); return; }
  ctx.out(t("cli.history.title", { ref: h.ref, id: h.renderingId, count: h.revisions.length }));
  for (const r of h.revisions) {
    const head = t("cli.history.revision", { n: r.revision, time: readableTime(ctx, r.time), author: authorShown(t, r.author), status: t(`cli.translate.state.${r.status}`) });
    ctx.out(ctx.color ? pc.bold(head) : head);
    ctx.out("  " + renderWordDiff(r.diff, ctx.color));
    if (r.note) ctx.out("  " + t("cli.translate.show-note", { note: r.note }));
  }
  events();
}

export function renderUnjoin(ctx: CommandContext, r: UnjoinResult): void {
  ctx.out(ctx.t("cli.segments.unjoined", { unit: r.unit, refs: r.refs.join(", ") }));
  for (const d of r.drafts) ctx.out(ctx.t("cli.segments.unjoined-english", { ref: d.ref, id: d.renderingId }));
}

export function renderExport(ctx: CommandContext, files: readonly ExportedFile[]): void {
  for (const f of files) ctx.out(ctx.t("cli.translations.exported", { file: f.file, count: f.records }));
  ctx.out(ctx.t("cli.translations.export-summary", { count: files.length }));
}

export function renderImport(ctx: CommandContext, r: ImportResult): void {
  const { t } = ctx;
  ctx.out(t("cli.translations.import-summary", { count: r.files.length, created: r.created, updated: r.updated, unchanged: r.unchanged, joined: r.joined, split: r.split }));
  for (const m of r.moved) ctx.out("  " + t("cli.translations.moved", { file: m.file, line: m.line, ref: m.ref }));
  for (const s of r.stale) {
    ctx.out("  " + t("cli.translations.stale", { file: s.file, line: s.line, ref: s.ref }));
    if (s.diff) ctx.out("    " + renderWordDiff(s.diff, ctx.color));
  }
  for (const o of r.orphaned) ctx.out("  " + t("cli.translations.orphaned", { file: o.file, line: o.line, ref: o.ref }));
  for (const c of r.conflicts) ctx.out("  " + t("cli.translations.conflict", { file: c.file, line: c.line, ref: c.ref }));
  for (const c of r.splitsNotFound) ctx.out("  " + t("cli.translations.split-not-found", { file: c.file, line: c.line, ref: c.ref }));
  for (const x of r.refused ?? []) ctx.out("  " + t("cli.pipeline.refused", { file: x.file, line: x.line, ref: x.ref, status: t(`cli.translate.state.${x.status}`, { defaultValue: x.status }) }));
}

export function renderJoin(ctx: CommandContext, r: JoinResult): void {
  ctx.out(ctx.t("cli.segments.joined", { ref: r.ref }));
  ctx.out("  " + r.source);
  if (r.renderingId !== null) ctx.out(ctx.t("cli.segments.rendering-follows", { id: r.renderingId, count: r.merged.length }));
}

export function renderSplit(ctx: CommandContext, r: SplitResult): void {
  ctx.out(ctx.t("cli.segments.split", { first: r.first.ref, second: r.second.ref }));
  ctx.out(`  ${r.first.ref}  ${r.first.text}`);
  ctx.out(`  ${r.second.ref}  ${r.second.text}`);
  if (r.renderingId !== null) ctx.out(ctx.t("cli.segments.rendering-covers", { id: r.renderingId }));
}

export function renderSuggestions(ctx: CommandContext, list: readonly JoinSuggestion[]): void {
  if (list.length === 0) { ctx.out(ctx.t("cli.segments.no-suggestions")); return; }
  for (const s of list) {
    ctx.out(ctx.t("cli.segments.suggestion", { a: s.refs[0], b: s.refs[1], reason: ctx.t(`cli.segments.reason.${s.reason}`, { defaultValue: s.reason }) }));
    ctx.out(`  ${s.texts[0]}`);
    ctx.out(`  ${s.texts[1]}`);
    ctx.out(`  selaras segments join ${s.refs[0]} ${s.refs[1]}`);
  }
  ctx.out(ctx.t("cli.segments.suggest-summary", { count: list.length }));
}

/** Renders the translation session's events (colours on a terminal, plain text when piped). */
import picocolors from "picocolors";

/** Colours forced on: callers only colour when ctx.color (a terminal, NO_COLOR not set). */
const pc = picocolors.createColors(true);
import type { PromptKind, SessionEvent } from "../../app/session";
import type { FindingView } from "../../app/assist";
import type { CommandContext } from "../context";
import { renderWordDiff } from "./diff";
import { findingMessage } from "./stylish";
import { authorShown, renderHistory } from "./translate";
import { wrapLine } from "./wrap";

/** The findings the session prints under a rendering; the rest are counted. */
export const SHOWN_FINDINGS = 20;

export function createSessionRenderer(ctx: CommandContext, toStderr = false) {
  const { t } = ctx;
  const tty = ctx.color;
  const put = (line = "") => (toStderr ? ctx.err(line) : ctx.out(line));
  // on a terminal, long lines are wrapped at words with their continuation under the text (output/wrap.ts)
  const out = (line = "") => {
    const width = ctx.io.isTTY ? ctx.io.columns?.() : undefined;
    if (width === undefined) { put(line); return; }
    for (const part of line.split("\n")) for (const l of wrapLine(part, width)) put(l);
  };
  const dim = (s: string) => (tty ? pc.dim(s) : s);
  const bold = (s: string) => (tty ? pc.bold(s) : s);
  /** Is the English typed in a terminal line editor (insertions appear in the line), or piped? */
  const editing = ctx.io.stdinIsTTY && (ctx.io.isTTY || ctx.io.isErrTTY);
  const findingLine = (f: FindingView) => {
    const label = t(`cli.check.severity.${f.severity}`);
    const sev = tty ? (f.severity === "error" ? pc.red(label) : pc.yellow(label)) : label;
    return t("cli.session.finding", { severity: sev, check: f.checkId, message: findingMessage(t, f) });
  };
  /** A list of findings, at most SHOWN_FINDINGS of them, then how many more (a paste full of numbers has thousands; --json keeps them all). */
  const findingLines = (findings: readonly FindingView[]): void => {
    for (const f of findings.slice(0, SHOWN_FINDINGS)) out(findingLine(f));
    if (findings.length > SHOWN_FINDINGS) out(t("cli.session.findings-more", { count: findings.length - SHOWN_FINDINGS }));
  };
  const emit = (e: SessionEvent): void => {
    switch (e.type) {
      case "start":
        if (e.mode === "review") out(e.total === 0 ? t("cli.session.nothing-review") : t("cli.session.start-review", { count: e.total, documents: e.documents.join(", ") }));
        else out(e.total === 0 ? t("cli.session.nothing") : t("cli.session.start", { count: e.total, documents: e.documents.join(", ") }));
        return;
      case "unit": {
        const u = e.unit;
        out();
        out(bold(t("cli.session.position", { position: u.position, total: u.total, ref: u.ref })));
        if (u.previous !== null) out(dim(t("cli.session.previous", { text: u.previous })));
        out(bold(t("cli.session.source", { text: u.tags?.source ?? u.source })));
        if (u.next !== null) out(dim(t("cli.session.next", { text: u.next })));
        if (u.tags) out(t("cli.session.tags", { tags: u.tags.codes.map((c) => `${c.tag} ${c.label}`).join(", ") }));
        if (u.suspect) out(t(u.suspectJoins === "previous" ? "cli.session.suspect-previous" : "cli.session.suspect", { reason: t(`cli.segments.reason.${u.suspect}`, { defaultValue: u.suspect }) }));
        if (u.terms.length) {
          out(t("cli.session.terms"));
          u.terms.forEach((term, k) => {
            // numbered for ':g N'; the glossary's note (usage, register) under the term
            if (term.dnt) out(t("cli.session.term-dnt-numbered", { n: k + 1, source: term.source }));
            else {
              const ok = [...term.preferred, ...term.admitted].join(" / ");
              const forbidden = term.forbidden.length ? `; ${t("cli.session.term-forbidden", { forbidden: term.forbidden.join(", ") })}` : "";
              out(t("cli.session.term-numbered", { n: k + 1, source: term.source, renderings: (tty ? pc.green(ok) : ok) + (tty ? pc.red(forbidden) : forbidden) }));
            }
            if (term.note) out(dim(t("cli.session.term-note", { note: term.note })));
          });
        }
        if (u.tm.length) {
          out(t("cli.session.tm"));
          u.tm.forEach((m, k) => {
            out(t("cli.session.tm-match", { n: k + 1, percent: Math.round(m.similarity * 100), exact: (m.exact ? t("cli.session.tm-exact") : "") + (m.reordered ? t("cli.session.tm-reordered") : "") + (m.sameQuotation ? t("cli.session.tm-quotation") : "") + (m.fragment ? t(`cli.session.tm-${m.fragment}`, { count: m.parts?.length ?? 0 }) : ""), state: m.status === "draft" ? t("cli.session.tm-draft") : m.status === "aligned" ? t("cli.session.tm-aligned") : "", text: m.text }));
            if (!m.exact) out(t("cli.session.tm-diff", { diff: renderWordDiff(m.diff, tty) }));
            if (m.adapted) out(t("cli.session.tm-adapted", { text: m.adapted.text }));
            if (m.keptId !== undefined) out(t("cli.session.tm-kept", { file: m.originFile ?? "" }));
          });
        }
        if (u.rendering) {
          const r = u.rendering;
          out(t("cli.session.current", { status: t(`cli.translate.state.${r.status}`), origin: t(`cli.translate.origin.${r.origin}`), author: authorShown(t, r.author), text: u.tags?.target ?? r.text }));
          if (u.tags && u.tags.target === null) out(t("cli.session.tags-lost"));
          if (r.stale) {
            out(t("cli.session.stale"));
            out("    " + renderWordDiff(r.sourceDiff, tty));
            if (u.adapted) out(t("cli.session.stale-adapted", { text: u.adapted.text }));
          }
          if (u.findings.length) {
            out(t("cli.session.current-findings", { count: u.findings.length }));
            findingLines(u.findings);
          }
          if (r.status === "aligned" || r.status === "draft" || r.origin === "propagated") out(t("cli.session.current-confirm"));
        }
        return;
      }
      case "inserted": {
        out(t(`cli.session.inserted-${e.from}`, { n: e.n, text: e.text }));
        if (e.replaced.length) out(t("cli.session.inserted-numbers", { changes: e.replaced.map((r) => `${r.from} → ${r.to}`).join(", ") }));
        out(dim(t(editing ? "cli.session.inserted-edit" : "cli.session.inserted-piped")));
        return;
      }
      case "findings":
        out(t("cli.session.findings", { count: e.findings.length }));
        findingLines(e.findings);
        if (e.blocking !== false) out(t("cli.session.accept-hint"));
        return;
      case "saved":
      case "confirmed": {
        const line = t(`cli.session.${e.type}`, { ref: e.result.ref });
        out(tty ? pc.green(line) : line);
        if (e.result.propagated.length) out("  " + t("cli.translate.propagated", { count: e.result.propagated.length, refs: e.result.propagated.map((p) => p.ref).join(", ") }));
        return;
      }
      case "skipped": out(t("cli.session.skipped", { ref: e.ref })); return;
      case "left": out(t(e.kept ? "cli.session.left-draft" : "cli.session.left-shown", { ref: e.ref, text: e.text })); return;
      case "joined":
        out(t(e.result.unsplit ? "cli.session.unsplit" : "cli.session.joined", { ref: e.result.ref }));
        if (e.result.merged.length > 0) out(t("cli.session.joined-english", { ref: e.result.ref }));
        return;
      case "unjoined":
        out(t("cli.session.unjoined", { unit: e.result.unit, refs: e.result.refs.join(", ") }));
        for (const d of e.result.drafts) out(t("cli.session.english-draft", { ref: d.ref }));
        return;
      case "split-preview":
        out(t("cli.session.split-preview", { ref: e.ref }));
        out(`    ${e.first}`);
        out(dim("    ✂"));
        out(`    ${e.second}`);
        return;
      case "split-cancelled": out(t("cli.session.split-cancelled", { ref: e.ref })); return;
      case "split": {
        const r = e.result;
        out(t("cli.session.split", { first: r.units[0], second: r.units[1] }));
        if (r.units[0] === r.units[1]) out(t("cli.session.split-covered", { ref: r.units[0] }));
        for (const d of r.drafts) out(t("cli.session.english-draft", { ref: d.ref }));
        return;
      }
      case "refused":
        out(t(`cli.session.cannot-${e.action}`, { reason: t(`error.${e.code}`, e.data as Record<string, string>) }));
        return;
      case "note": out(t(e.saved ? "cli.session.note-saved" : "cli.session.note-pending", { ref: e.ref })); return;
      case "history": renderHistory(ctx, e.history); return;
      case "unit-changed":
        out(t("cli.session.unit-changed", { ref: e.ref }));
        for (const u of e.units) out(`    ${u.ref}  ${u.source}`);
        if (e.text !== null) out(t("cli.session.unit-changed-text", { text: e.text }));
        return;
      case "help": put(t("cli.session.help")); return;
      case "notice": out(t(`cli.session.${e.code}`, (e.data ?? {}) as Record<string, string>)); return;
      case "end":
        out();
        {
          // (only what happened, in words that say what each count is: "0 saved" beside an English kept as
          // a draft read as if it was lost, "0 confirmed" as if the saves were not)
          const s = e.summary;
          // (English left in the line at Ctrl-C and kept as a draft is named too: "nothing saved" below
          // "saved as a draft banjir:2" read as a contradiction)
          const list = ([["translated", s.saved], ["confirmed", s.confirmed], ["skipped", s.skipped], ["propagated", s.propagated], ["kept-drafts", s.keptDrafts]] as const)
            .filter(([, n]) => n > 0).map(([k, n]) => t(`cli.session.end-${k}`, { count: n }));
          out(list.length ? t("cli.session.end", { list: list.join(", ") }) : t(s.refused > 0 ? "cli.session.end-nothing-confirmed" : "cli.session.end-nothing"));
        }
        if (e.summary.refused > 0) out(t("cli.session.end-refused", { count: e.summary.refused }));
        if (e.summary.unsavedNotes > 0) out(t("cli.session.end-notes", { count: e.summary.unsavedNotes }));
        if (e.summary.remaining > 0) out(t("cli.session.end-remaining", { count: e.summary.remaining }));
        return;
    }
  };
  return {
    emit,
    prompt: (kind: PromptKind) => t(kind === "english" ? "cli.session.prompt" : kind === "confirm-split" ? "cli.session.prompt-split" : "cli.session.prompt-findings"),
  };
}

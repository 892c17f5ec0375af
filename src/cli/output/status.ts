/** Status table: a bar per document on a terminal, plain figures when piped. */
import pc from "picocolors";
import type { DocumentStatus } from "../../app/status";
import type { CommandContext } from "../context";
import { templated } from "./template";
import { decimalFormat } from "../../i18n";

function bar(percent: number, width = 20): string {
  const full = Math.round((percent / 100) * width);
  return "█".repeat(full) + "░".repeat(width - full);
}

/**
 * One line per document and a total. The lines are made by template (one t() call per message and
 * plural form, not per line) and written in chunks: the same bytes as t() and a write per line.
 */
export function renderStatus(ctx: CommandContext, rows: readonly DocumentStatus[]): void {
  const { t } = ctx;
  if (rows.length === 0) {
    ctx.out(t("cli.status.empty"));
    return;
  }
  const m = templated(t);
  const percent = decimalFormat(ctx.lang, 1);
  const tty = ctx.io.isTTY;
  let width = 0;
  for (const r of rows) width = Math.max(width, r.document.length);
  let buf = "";
  const out = (line: string) => {
    buf += line + "\n";
    if (buf.length >= 65536) { ctx.write(buf); buf = ""; }
  };
  let translated = 0, translatable = 0;
  for (const r of rows) {
    translated += r.translated;
    translatable += r.translatable;
    const figures = m("cli.status.row", {
      translated: r.translated, translatable: r.translatable, percent: percent(r.percent),
      count: r.segments, boilerplate: r.boilerplate, words: r.words,
    });
    const extras: string[] = [];
    // the lifecycle states besides translated (docs/lifecycle.md), each only when there is one
    if (r.reviewed) extras.push(m("cli.status.state-reviewed", { count: r.reviewed }));
    if (r.aligned) extras.push(m("cli.status.state-aligned", { count: r.aligned }));
    if (r.draft) extras.push(m("cli.status.state-draft", { count: r.draft }));
    if (r.stale) extras.push(m("cli.status.stale", { count: r.stale }));
    if (r.orphaned) extras.push(m("cli.status.orphaned", { count: r.orphaned }));
    if (r.suspect) extras.push(m("cli.status.suspect", { count: r.suspect }));
    const paint = ctx.color ? (r.percent >= 100 ? pc.green : pc.yellow) : (s: string) => s;
    const line = tty
      ? `${r.document.padEnd(width)}  ${paint(bar(r.percent))}  ${figures}`
      : `${r.document.padEnd(width)}  ${figures}`;
    out(extras.length ? `${line}  ${ctx.color ? pc.red(extras.join(", ")) : extras.join(", ")}` : line);
    for (const o of r.orphans ?? []) {
      out("  " + m("cli.status.orphan", { id: o.renderingId, source: o.sourceText, text: o.text }));
    }
  }
  out(m("cli.status.total", { count: rows.length, translated, translatable }));
  ctx.write(buf);
}

/** Status table: a bar per document on a terminal, plain figures when piped. */
import pc from "picocolors";
import type { DocumentStatus } from "../../app/status";
import type { CommandContext } from "../context";

function bar(percent: number, width = 20): string {
  const full = Math.round((percent / 100) * width);
  return "█".repeat(full) + "░".repeat(width - full);
}

export function renderStatus(ctx: CommandContext, rows: readonly DocumentStatus[]): void {
  const { t } = ctx;
  if (rows.length === 0) {
    ctx.out(t("cli.status.empty"));
    return;
  }
  const tty = ctx.io.isTTY;
  const width = Math.max(...rows.map((r) => r.document.length));
  for (const r of rows) {
    const figures = t("cli.status.row", {
      translated: r.translated, translatable: r.translatable, percent: r.percent.toFixed(1),
      count: r.segments, boilerplate: r.boilerplate, words: r.words,
    });
    const extras: string[] = [];
    // the lifecycle states besides translated (docs/lifecycle.md), each only when there is one
    if (r.reviewed) extras.push(t("cli.status.state-reviewed", { count: r.reviewed }));
    if (r.aligned) extras.push(t("cli.status.state-aligned", { count: r.aligned }));
    if (r.draft) extras.push(t("cli.status.state-draft", { count: r.draft }));
    if (r.stale) extras.push(t("cli.status.stale", { count: r.stale }));
    if (r.orphaned) extras.push(t("cli.status.orphaned", { count: r.orphaned }));
    if (r.suspect) extras.push(t("cli.status.suspect", { count: r.suspect }));
    const line = tty
      ? `${r.document.padEnd(width)}  ${(r.percent >= 100 ? pc.green : pc.yellow)(bar(r.percent))}  ${figures}`
      : `${r.document.padEnd(width)}  ${figures}`;
    ctx.out(extras.length ? `${line}  ${tty ? pc.red(extras.join(", ")) : extras.join(", ")}` : line);
    for (const o of r.orphans ?? []) {
      ctx.out("  " + t("cli.status.orphan", { id: o.renderingId, source: o.sourceText, text: o.text }));
    }
  }
  const total = rows.reduce((a, r) => ({ translated: a.translated + r.translated, translatable: a.translatable + r.translatable }), { translated: 0, translatable: 0 });
  ctx.out(t("cli.status.total", { count: rows.length, translated: total.translated, translatable: total.translatable }));
}

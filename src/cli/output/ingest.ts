/** Human-readable ingest report. */
import { staleDiff, type IngestFileResult } from "../../app/ingest";
import type { CommandContext } from "../context";
import { renderWordDiff } from "./diff";

export function renderIngest(ctx: CommandContext, results: readonly IngestFileResult[]): void {
  const { t } = ctx;
  for (const r of results) {
    ctx.out(t(`cli.ingest.file-${r.status}`, { document: r.document, count: r.segments, boilerplate: r.boilerplate }));
    if (r.convertedTo !== null) ctx.out(t("cli.ingest.converted", { file: r.file, target: r.convertedTo }));
    if (r.status === "updated") {
      ctx.out("  " + t("cli.ingest.changes", { inserted: r.inserted, changed: r.changed, removed: r.removed })
        + (r.reordered > 0 ? t("cli.ingest.reordered", { count: r.reordered }) : ""));
      if (r.retouched > 0) ctx.out("  " + t("cli.ingest.retouched", { count: r.retouched }));
      else if (r.inserted + r.changed + r.removed + r.reordered === 0 && !r.boilerplateRenderings.length && !r.staleRenderings.length && !r.orphanedRenderings.length) ctx.out("  " + t("cli.ingest.layout-only"));
    }
    for (const s of r.staleRenderings) {
      ctx.out("  " + t("cli.ingest.stale", { id: s.renderingId }));
      ctx.out("    " + renderWordDiff(staleDiff(s), ctx.color));
    }
    for (const s of r.currentAgainRenderings) {
      ctx.out("  " + t("cli.ingest.current-again", { id: s.renderingId }));
      ctx.out("    " + renderWordDiff(staleDiff(s), ctx.color));
    }
    for (const o of r.orphanedRenderings) {
      ctx.out("  " + t("cli.ingest.orphaned", { id: o.renderingId }));
      ctx.out("    - " + o.oldText);
    }
    for (const b of r.restoredRenderings) {
      ctx.out("  " + t("cli.ingest.restored", { id: b.renderingId }));
      ctx.out("    + " + b.text);
    }
    for (const b of r.boilerplateRenderings) {
      ctx.out("  " + t("cli.ingest.now-boilerplate", { id: b.renderingId }));
      ctx.out("    " + b.text);
    }
  }
  ctx.out(t("cli.ingest.summary", { count: results.length }));
}

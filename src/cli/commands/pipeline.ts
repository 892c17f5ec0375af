/**
 * `selaras pipeline [--root dir]` — the main job (`npm start`), ends by printing the status; exit code 1
 * when the checks found an unsuppressed error (every step has run), as `selaras check`.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import type { CommandModule } from "yargs";
import { UsageError } from "../../errors";
import { withStoreAsync, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const pipelineApp = (): typeof import("../../app/pipeline") => require("../../app/pipeline");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");
const statusOutput = (): typeof import("../output/status") => require("../output/status");
const diffOutput = (): typeof import("../output/diff") => require("../output/diff");
const ingestApp = (): typeof import("../../app/ingest") => require("../../app/ingest");

interface Args extends GlobalArgs { root: string }

export const pipelineCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "pipeline",
  describe: ctx.t("cli.pipeline.describe"),
  builder: (y) => y.option("root", { type: "string", default: ".", describe: ctx.t("cli.pipeline.root") }),
  handler: async (args) => {
    // A folder holding none of the project's folders is no project (a cron job started in the wrong
    // folder, a mistyped --root): refused before the database is made, not run on nothing (it made an
    // empty database and six empty exports, exit 0).
    if (!["corpus", "glossary", "translations"].some((d) => fs.existsSync(path.join(args.root, d)))) throw new UsageError("not-a-project", { dir: args.root });
    await withStoreAsync(ctx, args, async (store) => {
      const progress = progressOutput().createProgress(ctx, !args.json);
      const result = await pipelineApp().runPipeline(store, { now: ctx.now(),
        root: args.root,
        onStep: (step) => { if (!args.json) ctx.err(ctx.t("cli.pipeline.step", { step: ctx.t(`cli.pipeline.steps.${step}`) })); },
        onProgress: (d, n, label) => progress.update(d, n, label),
      });
      progress.stop();
      // Articles renamed without --as, recognised by their content.
      for (const r of result.renamed) ctx.err(ctx.t("cli.pipeline.renamed", { document: r.document, file: r.file, found: r.found, records: r.records }));
      // Documents whose article is gone: out of the database (their English in their file), or kept.
      for (const r of result.retired) {
        ctx.err(ctx.t(r.removed ? "cli.pipeline.retired" : "cli.pipeline.retired-kept", { document: r.document, article: r.article, file: path.relative(ctx.io.cwd, r.file) || r.file }));
      }
      // Translations files the rebuild could not load, and confirmations the checks refused: warnings.
      for (const m of result.translations?.missing ?? []) {
        const file = path.relative(ctx.io.cwd, m.file) || m.file;
        ctx.err(m.source !== undefined
          ? ctx.t("cli.pipeline.missing-article", { file, document: m.document, source: m.source })
          : ctx.t("cli.pipeline.missing-document", { file, document: m.document }));
      }
      // English the database holds that the document's file does not (the file lost it): kept, said
      for (const n of result.notInFiles) {
        ctx.err(ctx.t("cli.pipeline.not-in-file", { count: n.refs.length, refs: n.refs.join(", "), file: path.relative(ctx.io.cwd, n.file) || n.file, document: n.document }));
      }
      for (const r of result.translations?.refused ?? []) {
        ctx.err(ctx.t("cli.pipeline.refused", { file: path.relative(ctx.io.cwd, r.file) || r.file, line: r.line, ref: r.ref, status: ctx.t(`cli.translate.state.${r.status}`, { defaultValue: r.status }) }));
      }
      // What the ingest and the rebuild did to renderings whose sentence changed, vanished or is now
      // boilerplate (kept, never lost; said here as `selaras ingest` and `translations import` say it).
      for (const r of result.ingest) {
        const note = (text: string) => ctx.err(ctx.t("cli.pipeline.rendering", { document: r.document, note: text }));
        // (each with its sentence, as `selaras ingest` shows it: which one changed, and how)
        for (const x of r.staleRenderings) { note(ctx.t("cli.ingest.stale", { id: x.renderingId })); ctx.err("    " + diffOutput().renderWordDiff(ingestApp().staleDiff(x), false)); }
        for (const x of r.currentAgainRenderings) { note(ctx.t("cli.ingest.current-again", { id: x.renderingId })); ctx.err("    " + diffOutput().renderWordDiff(ingestApp().staleDiff(x), false)); }
        for (const x of r.orphanedRenderings) { note(ctx.t("cli.ingest.orphaned", { id: x.renderingId })); ctx.err("    - " + x.oldText); }
        for (const x of r.boilerplateRenderings) { note(ctx.t("cli.ingest.now-boilerplate", { id: x.renderingId })); ctx.err("    " + x.text); }
        for (const x of r.restoredRenderings) { note(ctx.t("cli.ingest.restored", { id: x.renderingId })); ctx.err("    + " + x.text); }
      }
      // (a record of a sentence no longer in the article, newly kept as an orphan)
      for (const o of result.translations?.orphaned ?? []) {
        if (!o.known) ctx.err(ctx.t("cli.translations.orphaned", { file: path.relative(ctx.io.cwd, o.file) || o.file, line: o.line, ref: o.ref }));
      }
      // (a unit an export format cannot carry: left out of that format alone, said on stderr)
      for (const e of result.exports) {
        for (const x of e.leftOut ?? []) {
          ctx.err(ctx.t("cli.pipeline.left-out", { format: e.format, unit: x.unit, ref: x.segments.join(" "), field: x.field, char: x.char }));
        }
      }
      // (as `selaras check`: an unsuppressed error fails the job, after every step has run)
      if (result.check.error > 0) ctx.setExitCode(1);
      if (args.json) ctx.json(result);
      else {
        ctx.out(ctx.t("cli.pipeline.db", { file: ctx.dbPath(args) }));
        statusOutput().renderStatus(ctx, result.status);
        const c = result.check;
        ctx.out(ctx.t("cli.pipeline.check-summary", { pairs: c.pairs, errors: c.error, warnings: c.warning, suppressed: c.suppressed }));
        const a = result.audit;
        ctx.out(ctx.t("cli.pipeline.audit-summary", { seen: a.conceptsSeen, never: a.conceptsNeverSeen, conflicts: a.conflicts, candidates: a.candidates }));
        if (result.exports.length > 0) {
          const files = result.exports.flatMap((e) => e.files.map((f) => path.relative(ctx.io.cwd, f) || f));
          ctx.out(ctx.t("cli.pipeline.exports", { units: result.exports[0]!.units, files: files.join(", ") }));
        }
      }
    });
  },
});

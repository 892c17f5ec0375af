/** `selaras export --format … --out <path>` — parallel text out (streamed, written atomically). */
import type { CommandModule } from "yargs";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const exportApp = (): typeof import("../../app/export") => require("../../app/export");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");

interface Args extends GlobalArgs {
  format: string;
  out: string;
  doc?: string[];
  status?: string[];
  "include-boilerplate"?: boolean;
  "include-stale"?: boolean;
  "include-untranslated"?: boolean;
}

export const exportCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "export",
  describe: ctx.t("cli.export.describe"),
  builder: (y) =>
    y
      .option("format", { type: "string", choices: exportApp().FORMAT_IDS, demandOption: true, describe: ctx.t("cli.export.format") })
      .option("out", { type: "string", demandOption: true, describe: ctx.t("cli.export.out") })
      .option("doc", { type: "string", array: true, describe: ctx.t("cli.export.doc") })
      .option("status", { type: "string", array: true, describe: ctx.t("cli.export.status") })
      .option("include-boilerplate", { type: "boolean", default: false, describe: ctx.t("cli.export.include-boilerplate") })
      .option("include-stale", { type: "boolean", default: false, describe: ctx.t("cli.export.include-stale") })
      .option("include-untranslated", { type: "boolean", default: false, describe: ctx.t("cli.export.include-untranslated") }),
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const progress = progressOutput().createProgress(ctx, !args.json, "cli.progress.export");
      const total = store.renderings.count();
      try {
        const result = exportApp().exportParallel(store, {
          format: args.format,
          out: args.out,
          documents: args.doc ?? [],
          statuses: (args.status ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean),
          includeBoilerplate: args["include-boilerplate"],
          includeStale: args["include-stale"],
          includeUntranslated: args["include-untranslated"],
          onProgress: (done) => progress.update(done, Math.max(done, total)),
        });
        progress.stop();
        if (args.json) { ctx.json(result); return; }
        ctx.out(ctx.t("cli.export.done", { count: result.units, format: result.format, files: result.files.join(", ") }));
        const { boilerplate, stale, orphaned } = result.skipped;
        if (boilerplate) ctx.out("  " + ctx.t("cli.export.skipped-boilerplate", { count: boilerplate }));
        if (stale) ctx.out("  " + ctx.t("cli.export.skipped-stale", { count: stale }));
        if (orphaned) ctx.out("  " + ctx.t("cli.export.skipped-orphaned", { count: orphaned }));
        if (result.skipped.aligned) ctx.out("  " + ctx.t("cli.export.skipped-aligned", { count: result.skipped.aligned }));
        if (result.codes?.kept) ctx.out("  " + ctx.t("cli.export.codes-kept", { count: result.codes.kept }));
        if (result.codes?.format) ctx.out("  " + ctx.t("cli.export.codes-format", { count: result.codes.format }));
        if (result.codes?.edited) ctx.out("  " + ctx.t("cli.export.codes-edited", { count: result.codes.edited }));
      } finally {
        progress.stop();
      }
    }, { existing: true });
  },
});

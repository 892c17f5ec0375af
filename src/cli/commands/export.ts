/** `selaras export --format … --out <path>` — parallel text out (streamed, written atomically). */
import type { CommandModule } from "yargs";
import { UsageError } from "../../errors";
import { withStoreAsync, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const exportApp = (): typeof import("../../app/export") => require("../../app/export");
const outTarget = (): typeof import("../out-target") => require("../out-target");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");

interface Args extends GlobalArgs {
  format: string;
  out: string;
  doc?: string[];
  status?: string[];
  "include-boilerplate"?: boolean;
  "include-stale"?: boolean;
  "include-untranslated"?: boolean;
  notes?: boolean;
  normalize?: boolean;
  dedupe?: boolean;
  "drop-identical"?: boolean;
  "min-words"?: number;
  "max-words"?: number;
  "max-ratio"?: number;
  split?: string;
  "split-seed"?: string;
  stats?: boolean;
  "target-lang"?: string;
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
      .option("include-untranslated", { type: "boolean", default: false, describe: ctx.t("cli.export.include-untranslated") })
      .option("notes", { type: "boolean", default: true, describe: ctx.t("cli.export.notes") })
      .option("normalize", { type: "boolean", default: false, describe: ctx.t("cli.export.normalize") })
      .option("dedupe", { type: "boolean", default: false, describe: ctx.t("cli.export.dedupe") })
      .option("drop-identical", { type: "boolean", default: false, describe: ctx.t("cli.export.drop-identical") })
      .option("min-words", { type: "number", describe: ctx.t("cli.export.min-words") })
      .option("max-words", { type: "number", describe: ctx.t("cli.export.max-words") })
      .option("max-ratio", { type: "number", describe: ctx.t("cli.export.max-ratio") })
      .option("split", { type: "string", describe: ctx.t("cli.export.split") })
      .option("split-seed", { type: "string", describe: ctx.t("cli.export.split-seed") })
      .option("stats", { type: "boolean", default: false, describe: ctx.t("cli.export.stats") })
      .option("target-lang", { type: "string", describe: ctx.t("cli.export.target-lang") }),
  handler: async (args) => {
    // `--out -` (standard output) or a device, a FIFO: the data goes there, so the summary goes to standard error
    const stream = outTarget().isStreamTarget(args.out);
    if (stream && args.format === "moses") throw new UsageError("out-stream-moses", { file: args.out });
    if (args.out === "-" && args.json) throw new UsageError("out-stdout-json", {});
    // (several files, one per split)
    if (stream && args.split !== undefined) throw new UsageError("out-stream-split", { file: args.out });
    const say = (line: string) => (stream ? ctx.err(line) : ctx.out(line));
    await withStoreAsync(ctx, args, async (store) => {
      const progress = progressOutput().createProgress(ctx, !args.json, "cli.progress.export");
      const total = store.renderings.count();
      try {
        const result = await outTarget().writeToOut(ctx, args.out, (out) => exportApp().exportParallel(store, {
          format: args.format,
          out,
          documents: args.doc ?? [],
          statuses: (args.status ?? []).flatMap((s) => s.split(",")).map((s) => s.trim()).filter(Boolean),
          includeBoilerplate: args["include-boilerplate"],
          includeStale: args["include-stale"],
          includeUntranslated: args["include-untranslated"],
          notes: args.notes,
          corpus: {
            normalize: args.normalize, dedupe: args.dedupe, dropIdentical: args["drop-identical"],
            minWords: args["min-words"], maxWords: args["max-words"], maxRatio: args["max-ratio"],
          },
          ...(args.split !== undefined ? { split: args.split } : {}),
          ...(args["split-seed"] !== undefined ? { splitSeed: args["split-seed"] } : {}),
          stats: args.stats,
          ...(args["target-lang"] !== undefined ? { targetLang: args["target-lang"] } : {}),
          onProgress: (done) => progress.update(done, Math.max(done, total)),
        }), (r) => r.files);
        progress.stop();
        if (args.json) { ctx.json(result); return; }
        say(ctx.t("cli.export.done", { count: result.units, format: result.format, files: result.files.map(ctx.shown).join(", ") }));
        const { boilerplate, stale, orphaned } = result.skipped;
        if (boilerplate) say("  " + ctx.t("cli.export.skipped-boilerplate", { count: boilerplate }));
        if (stale) say("  " + ctx.t("cli.export.skipped-stale", { count: stale }));
        if (orphaned) say("  " + ctx.t("cli.export.skipped-orphaned", { count: orphaned }));
        if (result.skipped.aligned) say("  " + ctx.t("cli.export.skipped-aligned", { count: result.skipped.aligned }));
        if (result.codes?.kept) say("  " + ctx.t("cli.export.codes-kept", { count: result.codes.kept }));
        if (result.codes?.format) say("  " + ctx.t("cli.export.codes-format", { count: result.codes.format }));
        if (result.codes?.edited) say("  " + ctx.t("cli.export.codes-edited", { count: result.codes.edited }));
        if (result.normalized) say("  " + ctx.t("cli.export.normalized", { count: result.normalized }));
        if (result.dropped) {
          const reasons = (Object.entries(result.dropped) as [string, number][]).filter(([, n]) => n > 0);
          const count = reasons.reduce((a, [, n]) => a + n, 0);
          if (count) say("  " + ctx.t("cli.export.dropped", { count, reasons: reasons.map(([k, n]) => ctx.t(`cli.export.dropped-${k}`, { count: n })).join(", ") }));
        }
        if (result.stats) {
          const line = (name: string, st: NonNullable<typeof result.stats>) => say("  " + ctx.t("cli.export.stats-line", {
            name, pairs: ctx.t("cli.export.stats-pairs", { count: st.pairs }), documents: ctx.t("cli.export.stats-documents", { count: st.documents }),
            sourceWords: ctx.t("cli.export.stats-source-words", { count: st.sourceWords }), targetWords: ctx.t("cli.export.stats-target-words", { count: st.targetWords }),
            statuses: Object.entries(st.byStatus).map(([k, n]) => `, ${k} ${n}`).join(""),
          }));
          line(ctx.t("cli.export.stats-all"), result.stats);
          for (const [name, sp] of Object.entries(result.splits ?? {})) line(name, sp.stats);
        }
      } finally {
        progress.stop();
      }
    }, { existing: true });
  },
});

/** `selaras translations export [--out dir] [documents..]`, `selaras translations import [paths..]` and `selaras translations merge` (git's merge driver). */
import type { CommandModule } from "yargs";
import { defineCommand } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const translationsApp = (): typeof import("../../app/translations") => require("../../app/translations");
const translateApp = (): typeof import("../../app/translate") => require("../../app/translate");
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const translateOutput = (): typeof import("../output/translate") => require("../output/translate");
const mergeDriverApp = (): typeof import("../../app/merge-driver") => require("../../app/merge-driver");
const projectApp = (): typeof import("../../app/project") => require("../../app/project");

export const translationsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "translations <action>",
  describe: ctx.t("cli.translations.describe"),
  builder: (y) => y
    .command(defineCommand({
      command: "export [documents..]",
      describe: ctx.t("cli.translations.export-describe"),
      builder: (yy) => yy
        .positional("documents", { type: "string", array: true, describe: ctx.t("cli.translations.documents") })
        .option("out", { type: "string", default: translationsApp().TRANSLATIONS_DIR, describe: ctx.t("cli.translations.out") }),
      handler: (args) => {
        // The folder --out is made when missing, as `export --out`'s file is, but not the folder
        // that holds it (`--out exprots/translations`): named, exit 2, as `export --out` does.
        projectApp().requireOutFolder(args.out);
        withStore(ctx, args, (store) => {
          const files = translationsApp().exportTranslations(store, args.out, args.documents, lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd) ?? ctx.io.cwd);
          if (args.json) ctx.json(files);
          else translateOutput().renderExport(ctx, files);
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "import [paths..]",
      describe: ctx.t("cli.translations.import-describe"),
      builder: (yy) => yy
        .positional("paths", { type: "string", array: true, describe: ctx.t("cli.translations.paths") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const paths = args.paths && args.paths.length ? args.paths : [ctx.path(translationsApp().TRANSLATIONS_DIR)];
          const root = lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd);
          const result = lifecycleApp().inStep(store, root, () => translationsApp().importTranslations(store, paths, { author: translateApp().resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), gate: lifecycleApp().createGate(store, undefined, root), now: ctx.now(), ...(root !== undefined ? { root } : {}) }), (r) => r.documents);
          if (args.json) ctx.json(result);
          else translateOutput().renderImport(ctx, result);
          if (result.refused.length) ctx.setExitCode(1);
        });
      },
    }))
    .command(defineCommand({
      command: "merge <base> <ours> <theirs> [path]",
      describe: ctx.t("cli.translations.merge-describe"),
      builder: (yy) => yy
        .positional("base", { type: "string", demandOption: true, describe: ctx.t("cli.translations.merge-base") })
        .positional("ours", { type: "string", demandOption: true, describe: ctx.t("cli.translations.merge-ours") })
        .positional("theirs", { type: "string", demandOption: true, describe: ctx.t("cli.translations.merge-theirs") })
        .positional("path", { type: "string", describe: ctx.t("cli.translations.merge-path") }),
      handler: (args) => {
        const r = mergeDriverApp().runMergeDriver(args.base, args.ours, args.theirs, args.path);
        if (r.conflicts > 0) {
          ctx.err(ctx.t("cli.translations.merge-conflicts", { count: r.conflicts, file: args.path ?? args.ours }));
          ctx.setExitCode(1);
        }
      },
    }))
    .demandCommand(1, ctx.t("cli.demand-command")),
  handler: () => undefined,
});

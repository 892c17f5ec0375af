/** `selaras translations export [--out dir] [documents..]` and `selaras translations import [paths..]`. */
import type { CommandModule } from "yargs";
import { exportTranslations, importTranslations, TRANSLATIONS_DIR } from "../../app/translations";
import { resolveAuthor } from "../../app/translate";
import { createGate, inStep, projectRoot } from "../../app/lifecycle";
import { defineCommand } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderExport, renderImport } from "../output/translate";

export const translationsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "translations <action>",
  describe: ctx.t("cli.translations.describe"),
  builder: (y) => y
    .command(defineCommand({
      command: "export [documents..]",
      describe: ctx.t("cli.translations.export-describe"),
      builder: (yy) => yy
        .positional("documents", { type: "string", array: true, describe: ctx.t("cli.translations.documents") })
        .option("out", { type: "string", default: TRANSLATIONS_DIR, describe: ctx.t("cli.translations.out") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const files = exportTranslations(store, args.out, args.documents, projectRoot(ctx.dbPath(args), ctx.io.cwd) ?? ctx.io.cwd);
          if (args.json) ctx.json(files);
          else renderExport(ctx, files);
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
          const paths = args.paths && args.paths.length ? args.paths : [TRANSLATIONS_DIR];
          const root = projectRoot(ctx.dbPath(args), ctx.io.cwd);
          const result = inStep(store, root, () => importTranslations(store, paths, { author: resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), gate: createGate(store), now: ctx.now(), ...(root !== undefined ? { root } : {}) }), (r) => r.documents);
          if (args.json) ctx.json(result);
          else renderImport(ctx, result);
          if (result.refused.length) ctx.setExitCode(1);
        });
      },
    }))
    .demandCommand(1, ctx.t("cli.demand-command")),
  handler: () => undefined,
});

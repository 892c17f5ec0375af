/** `selaras translations export [--out dir] [documents..]` and `selaras translations import [paths..]`. */
import type { Argv, CommandModule } from "yargs";
import { exportTranslations, importTranslations, TRANSLATIONS_DIR } from "../../app/translations";
import { resolveAuthor } from "../../app/translate";
import { createGate, inStep, projectRoot } from "../../app/lifecycle";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderExport, renderImport } from "../output/translate";

interface ExportArgs extends GlobalArgs { out: string; documents?: string[] }
interface ImportArgs extends GlobalArgs { paths?: string[]; translator?: string }

export const translationsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "translations <action>",
  describe: ctx.t("cli.translations.describe"),
  builder: (y) => y
    .command(<CommandModule<any, any>><unknown>{
      command: "export [documents..]",
      describe: ctx.t("cli.translations.export-describe"),
      builder: (yy: Argv) => yy
        .positional("documents", { type: "string", array: true, describe: ctx.t("cli.translations.documents") })
        .option("out", { type: "string", default: TRANSLATIONS_DIR, describe: ctx.t("cli.translations.out") }) as never,
      handler: (args: ExportArgs) => {
        withStore(ctx, args, (store) => {
          const files = exportTranslations(store, args.out, args.documents, projectRoot(ctx.dbPath(args), ctx.io.cwd) ?? ctx.io.cwd);
          if (args.json) ctx.json(files);
          else renderExport(ctx, files);
        }, { existing: true });
      },
    })
    .command(<CommandModule<any, any>><unknown>{
      command: "import [paths..]",
      describe: ctx.t("cli.translations.import-describe"),
      builder: (yy: Argv) => yy
        .positional("paths", { type: "string", array: true, describe: ctx.t("cli.translations.paths") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }) as never,
      handler: (args: ImportArgs) => {
        withStore(ctx, args, (store) => {
          const paths = args.paths && args.paths.length ? args.paths : [TRANSLATIONS_DIR];
          const root = projectRoot(ctx.dbPath(args), ctx.io.cwd);
          const result = inStep(store, root, () => importTranslations(store, paths, { author: resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), gate: createGate(store), ...(root !== undefined ? { root } : {}) }), (r) => r.documents);
          if (args.json) ctx.json(result);
          else renderImport(ctx, result);
          if (result.refused.length) ctx.setExitCode(1);
        });
      },
    })
    .demandCommand(1, ctx.t("cli.demand-command")) as never,
  handler: () => undefined,
});

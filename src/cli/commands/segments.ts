/** `selaras segments join <ref> <ref>`, `segments split <ref> <offset>`, `segments suggest [documents..]`. */
import type { Argv, CommandModule } from "yargs";
import { joinUnits, splitSegment, suggestJoins, unjoinUnit } from "../../app/segments";
import { inStep, projectRoot } from "../../app/lifecycle";
import { resolveAuthor } from "../../app/translate";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderJoin, renderSplit, renderSuggestions, renderUnjoin } from "../output/translate";

interface JoinArgs extends GlobalArgs { a: string; b: string; translator?: string }
interface SplitArgs extends GlobalArgs { ref: string; offset: number; translator?: string }
interface SuggestArgs extends GlobalArgs { documents?: string[] }

export const segmentsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "segments <action>",
  describe: ctx.t("cli.segments.describe"),
  builder: (y) => y
    .command(<CommandModule<any, any>><unknown>{
      command: "join <a> <b>",
      describe: ctx.t("cli.segments.join-describe"),
      builder: (yy: Argv) => yy
        .positional("a", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .positional("b", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }) as never,
      handler: (args: JoinArgs) => {
        withStore(ctx, args, (store) => {
          const r = inStep(store, projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => joinUnits(store, String(args.a), String(args.b), resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), new Date().toISOString()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else renderJoin(ctx, r);
        }, { existing: true });
      },
    })
    .command(<CommandModule<any, any>><unknown>{
      command: "split <ref> <offset>",
      describe: ctx.t("cli.segments.split-describe"),
      builder: (yy: Argv) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .positional("offset", { type: "number", demandOption: true, describe: ctx.t("cli.segments.offset") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }) as never,
      handler: (args: SplitArgs) => {
        withStore(ctx, args, (store) => {
          const r = inStep(store, projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => splitSegment(store, String(args.ref), Number(args.offset), resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), new Date().toISOString()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else renderSplit(ctx, r);
        }, { existing: true });
      },
    })
    .command(<CommandModule<any, any>><unknown>{
      command: "unjoin <ref>",
      describe: ctx.t("cli.segments.unjoin-describe"),
      builder: (yy: Argv) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }) as never,
      handler: (args: SplitArgs) => {
        withStore(ctx, args, (store) => {
          const r = inStep(store, projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => unjoinUnit(store, String(args.ref), resolveAuthor(args.translator, ctx.io.cwd), new Date().toISOString()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else renderUnjoin(ctx, r);
        });
      },
    })
    .command(<CommandModule<any, any>><unknown>{
      command: "suggest [documents..]",
      describe: ctx.t("cli.segments.suggest-describe"),
      builder: (yy: Argv) => yy.positional("documents", { type: "string", array: true, describe: ctx.t("cli.translations.documents") }) as never,
      handler: (args: SuggestArgs) => {
        withStore(ctx, args, (store) => {
          const list = suggestJoins(store, args.documents);
          if (args.json) ctx.json(list);
          else renderSuggestions(ctx, list);
        }, { existing: true });
      },
    })
    .demandCommand(1, ctx.t("cli.demand-command")) as never,
  handler: () => undefined,
});

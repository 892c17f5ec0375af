/** `selaras segments join <ref> <ref>`, `segments split <ref> <offset>`, `segments unjoin <ref>`, `segments suggest [documents..]`. */
import type { CommandModule } from "yargs";
import { defineCommand } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { UsageError } from "../../errors";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const segmentsApp = (): typeof import("../../app/segments") => require("../../app/segments");
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const translateApp = (): typeof import("../../app/translate") => require("../../app/translate");
const translateOutput = (): typeof import("../output/translate") => require("../output/translate");

export const segmentsCommand = (ctx: CommandContext): CommandModule<GlobalArgs, GlobalArgs> => ({
  command: "segments <action>",
  describe: ctx.t("cli.segments.describe"),
  builder: (y) => y
    .command(defineCommand({
      command: "join <a> <b>",
      describe: ctx.t("cli.segments.join-describe"),
      builder: (yy) => yy
        .positional("a", { type: "string", demandOption: true, describe: ctx.t("cli.translate.member-ref") })
        .positional("b", { type: "string", demandOption: true, describe: ctx.t("cli.translate.member-ref") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const r = lifecycleApp().inStep(store, lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => segmentsApp().joinUnits(store, String(args.a), String(args.b), translateApp().resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), ctx.now()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else translateOutput().renderJoin(ctx, r);
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "split <ref> <offset>",
      describe: ctx.t("cli.segments.split-describe"),
      builder: (yy) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .positional("offset", { type: "string", demandOption: true, describe: ctx.t("cli.segments.offset") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }),
      handler: (args) => {
        // (a character offset: digits only; `abc`, `-1`, `2.5` are refused before the database is opened)
        const offset = String(args.offset);
        if (!/^\d+$/.test(offset)) throw new UsageError("split-offset-not-integer", { ref: String(args.ref), offset });
        withStore(ctx, args, (store) => {
          const r = lifecycleApp().inStep(store, lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => segmentsApp().splitSegment(store, String(args.ref), Number(offset), translateApp().resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), ctx.now()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else translateOutput().renderSplit(ctx, r);
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "unjoin <ref>",
      describe: ctx.t("cli.segments.unjoin-describe"),
      builder: (yy) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.member-ref") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const r = lifecycleApp().inStep(store, lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd),
            () => segmentsApp().unjoinUnit(store, String(args.ref), translateApp().resolveAuthor(args.translator, ctx.io.cwd), ctx.now()), (x) => [x.document]);
          if (args.json) ctx.json(r);
          else translateOutput().renderUnjoin(ctx, r);
        });
      },
    }))
    .command(defineCommand({
      command: "suggest [documents..]",
      describe: ctx.t("cli.segments.suggest-describe"),
      builder: (yy) => yy.positional("documents", { type: "string", array: true, describe: ctx.t("cli.translations.documents") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const list = segmentsApp().suggestJoins(store, args.documents);
          if (args.json) ctx.json(list);
          else translateOutput().renderSuggestions(ctx, list);
        }, { existing: true });
      },
    }))
    .demandCommand(1, ctx.t("cli.demand-command")),
  handler: () => undefined,
});

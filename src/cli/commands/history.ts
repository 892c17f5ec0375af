/** `selaras history <ref>` — every saved version of a rendering with word-level differences. */
import type { CommandModule } from "yargs";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const translateApp = (): typeof import("../../app/translate") => require("../../app/translate");
const translateOutput = (): typeof import("../output/translate") => require("../output/translate");

interface Args extends GlobalArgs { ref: string }

export const historyCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "history <ref>",
  describe: ctx.t("cli.history.describe"),
  builder: (y) => y.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.member-ref") }),
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const h = translateApp().renderingHistory(store, String(args.ref));
      if (args.json) ctx.json(h);
      else translateOutput().renderHistory(ctx, h);
    }, { existing: true });
  },
});

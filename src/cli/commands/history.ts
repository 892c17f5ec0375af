/** `selaras history <ref>` — every saved version of a rendering with word-level differences. */
import type { CommandModule } from "yargs";
import { renderingHistory } from "../../app/translate";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderHistory } from "../output/translate";

interface Args extends GlobalArgs { ref: string }

export const historyCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "history <ref>",
  describe: ctx.t("cli.history.describe"),
  builder: (y) => y.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") }) as never,
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const h = renderingHistory(store, String(args.ref));
      if (args.json) ctx.json(h);
      else renderHistory(ctx, h);
    }, { existing: true });
  },
});

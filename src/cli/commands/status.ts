/** `selaras status [documents..]` — per-document progress. */
import type { CommandModule } from "yargs";
import { documentStatus } from "../../app/status";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderStatus } from "../output/status";

interface Args extends GlobalArgs { documents?: string[] }

export const statusCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "status [documents..]",
  describe: ctx.t("cli.status.describe"),
  builder: (y) => y.positional("documents", { type: "string", array: true, describe: ctx.t("cli.status.documents") }) as never,
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const rows = documentStatus(store, args.documents);
      if (args.json) ctx.json(rows);
      else renderStatus(ctx, rows);
    }, { existing: true });
  },
});

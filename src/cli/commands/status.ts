/** `selaras status [documents..]` — per-document progress. */
import type { CommandModule } from "yargs";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const statusApp = (): typeof import("../../app/status") => require("../../app/status");
const statusOutput = (): typeof import("../output/status") => require("../output/status");

interface Args extends GlobalArgs { documents?: string[] }

export const statusCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "status [documents..]",
  describe: ctx.t("cli.status.describe"),
  builder: (y) => y.positional("documents", { type: "string", array: true, describe: ctx.t("cli.status.documents") }),
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const rows = statusApp().documentStatus(store, args.documents, { strict: true });
      if (args.json) ctx.json(rows);
      else statusOutput().renderStatus(ctx, rows);
    }, { existing: true });
  },
});

/** `selaras ingest <paths..>` — articles into the database, one transaction. */
import type { CommandModule } from "yargs";
import { ingestFiles } from "../../app/ingest";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { createProgress } from "../output/progress";
import { renderIngest } from "../output/ingest";

interface Args extends GlobalArgs { paths: string[]; as?: string }

export const ingestCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "ingest <paths..>",
  describe: ctx.t("cli.ingest.describe"),
  builder: (y) => y.positional("paths", { type: "string", array: true, demandOption: true, describe: ctx.t("cli.ingest.paths") })
    .option("as", { type: "string", describe: ctx.t("cli.ingest.as") }),
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const progress = createProgress(ctx, !args.json, "cli.progress.ingest");
      try {
        const results = ingestFiles(store, args.paths, { now: ctx.now(),
          cwd: ctx.io.cwd,
          onProgress: (d, n, f) => progress.update(d, n, f), ...(args.as !== undefined ? { as: String(args.as) } : {}),
        });
        progress.stop();
        if (args.json) ctx.json(results);
        else renderIngest(ctx, results);
      } finally {
        progress.stop();
      }
    });
  },
});

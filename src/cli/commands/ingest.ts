/** `selaras ingest <paths..>` — articles into the database, one transaction. */
import * as path from "node:path";
import type { CommandModule } from "yargs";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const ingestApp = (): typeof import("../../app/ingest") => require("../../app/ingest");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");
const ingestOutput = (): typeof import("../output/ingest") => require("../output/ingest");
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");

interface Args extends GlobalArgs { paths: string[]; as?: string }

export const ingestCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "ingest <paths..>",
  describe: ctx.t("cli.ingest.describe"),
  builder: (y) => y.positional("paths", { type: "string", array: true, demandOption: true, describe: ctx.t("cli.ingest.paths") })
    .option("as", { type: "string", describe: ctx.t("cli.ingest.as") }),
  handler: (args) => {
    withStore(ctx, args, (store) => {
      const progress = progressOutput().createProgress(ctx, !args.json, "cli.progress.ingest");
      try {
        const results = ingestApp().ingestFiles(store, args.paths, { now: ctx.now(),
          cwd: ctx.io.cwd, renames: true,
          // (pages and Markdown files become text articles in the project's corpus/ folder)
          corpus: path.join(lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd) ?? ctx.io.cwd, "corpus"),
          onProgress: (d, n, f) => progress.update(d, n, f), ...(args.as !== undefined ? { as: String(args.as) } : {}),
          // (the translations/ files of updated documents follow their new numbers, in the same transaction;
          // the lifecycle module is loaded only when there is one)
          inTransaction: (results) => {
            const updated = results.filter((r) => r.status === "updated" || r.moved).map((r) => r.document);
            if (updated.length) lifecycleApp().keepKnownFilesInStep(store, lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd), updated);
          },
        });
        progress.stop();
        if (args.json) ctx.json(results);
        else ingestOutput().renderIngest(ctx, results);
      } finally {
        progress.stop();
      }
    });
  },
});

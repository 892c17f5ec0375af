/**
 * `selaras check [<document>] [--format stylish|json]` — every check on every rendering in the
 * database; `selaras check --pairs <file.tsv> [--glossary <file|dir>]` — stateless, for CI of other
 * projects; `selaras check ignore <ref> <checkId> --reason "…" [--save]` / `check unignore <ref> <checkId>`
 * — suppressions. Exit 1 when a finding at error severity is not suppressed.
 */
import * as path from "node:path";
import type { Argv, CommandModule } from "yargs";
import type { CheckConfig, CheckId, StreamedCheckReport } from "../../app/check";
import { UsageError } from "../../errors";
import { defineCommand, namesAreNotCommands } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { escapeJsonControls } from "../../text/control";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const checkApp = (): typeof import("../../app/check") => require("../../app/check");
const authorApp = (): typeof import("../../app/author") => require("../../app/author");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");
const stylishOutput = (): typeof import("../output/stylish") => require("../output/stylish");

interface Args extends GlobalArgs {
  documents?: string[];
  format?: "stylish" | "json";
  pairs?: string;
  glossary?: string;
  root: string;
  only?: string[];
  disable?: string[];
  "max-suppressions"?: number;
}

function config(args: Args): CheckConfig {
  const ids = [...(args.only ?? []), ...(args.disable ?? [])];
  for (const id of ids) if (!checkApp().CHECK_IDS.includes(id as CheckId)) throw new UsageError("check-unknown", checkApp().unknownCheck(id));
  return { ...(args.only?.length ? { only: args.only as CheckId[] } : {}), ...(args.disable?.length ? { disable: args.disable as CheckId[] } : {}) };
}

/** `--max-suppressions`: a whole number, 0 or more (undefined: every suppression listed). */
function maxSuppressions(args: Args): number | undefined {
  const n = args["max-suppressions"];
  if (n !== undefined && !(Number.isInteger(n) && n >= 0)) throw new UsageError("check-bad-max-suppressions", { value: String(n) });
  return n;
}

export function renderReport(ctx: CommandContext, report: StreamedCheckReport, json: boolean, maxListed?: number): void {
  if (report.glossary.outdated) ctx.err(ctx.t("cli.glossary.outdated"));
  // (control characters escaped as ctx.json does: a piece at a time, the same bytes)
  if (json) stylishOutput().writeFindingsJson((text) => ctx.io.stdout(escapeJsonControls(text)), ctx.t, report, maxListed);
  else stylishOutput().renderStylish(ctx, report);
  if (report.counts.error > 0) ctx.setExitCode(1);
}

/**
 * The suppressions file a `check ignore|unignore` keeps in step: `--save <file>`, else (`--save`
 * alone) `<root>/translations/suppressions.tsv`, else the project's (lifecycle.projectRoot): every
 * suppression is a project file, so a rebuild has the same findings.
 */
const saveFile = (ctx: CommandContext, args: GlobalArgs & { save?: unknown; root?: string }): string | undefined => {
  const save = args.save;
  if (typeof save === "string" && save !== "") return save;
  if (save === true || save === "") return `${(args.root ?? ".").replace(/\/$/, "")}/${checkApp().DEFAULT_SUPPRESSIONS_FILE}`;
  const root = lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd);
  return root === undefined ? undefined : path.join(root, checkApp().DEFAULT_SUPPRESSIONS_FILE);
};

export const checkCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "check [documents..]",
  describe: ctx.t("cli.check.describe"),
  builder: (y: Argv<GlobalArgs>) =>
    namesAreNotCommands(y)
      // not global: `check ignore --help` lists only its own options
      .positional("documents", { type: "string", array: true, describe: ctx.t("cli.check.document") })
      .global(...(["documents", false] as unknown as [string])) // yargs' typings omit global(key, false)
      .option("format", { type: "string", choices: ["stylish", "json"] as const, global: false, describe: ctx.t("cli.check.format") })
      .option("pairs", { type: "string", global: false, describe: ctx.t("cli.check.pairs") })
      .option("glossary", { type: "string", global: false, describe: ctx.t("cli.check.glossary") })
      .option("root", { type: "string", default: ".", global: false, describe: ctx.t("cli.check.root") })
      .option("only", { type: "string", array: true, global: false, describe: ctx.t("cli.check.only") })
      .option("disable", { type: "string", array: true, global: false, describe: ctx.t("cli.check.disable") })
      .option("max-suppressions", { type: "number", global: false, describe: ctx.t("cli.check.max-suppressions") })
      .command(defineCommand({
        command: "ignore <ref> <checkId>",
        describe: ctx.t("cli.check.ignore.describe"),
        builder: (b) =>
          b.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.check.ignore.ref") })
            .positional("checkId", { type: "string", demandOption: true, describe: ctx.t("cli.check.ignore.check") })
            .option("reason", { type: "string", demandOption: true, describe: ctx.t("cli.check.ignore.reason") })
            .option("author", { type: "string", describe: ctx.t("cli.check.ignore.author") })
            .option("save", { describe: ctx.t("cli.check.ignore.save") })
            .option("force", { type: "boolean", describe: ctx.t("cli.check.ignore.force") })
            .option("glossary", { type: "string", describe: ctx.t("cli.check.glossary") })
            .option("root", { type: "string", default: ".", describe: ctx.t("cli.check.root") }),
        handler: (args) => {
          withStore(ctx, args, (store) => {
            const row = checkApp().ignoreFinding(store, { now: ctx.now(),
              ref: args.ref, checkId: args.checkId, reason: args.reason ?? "",
              author: authorApp().resolveAuthor(args.author, ctx.io.cwd, ctx.io.env), saveTo: saveFile(ctx, args),
              force: args.force, root: args.root, glossary: args.glossary,
            });
            if (!row.reported) ctx.err(ctx.t("cli.check.ignore.forced-nothing", { checkId: row.checkId, ref: row.ref }));
            if (args.json) ctx.json(row);
            else ctx.out(ctx.t("cli.check.ignore.done", { checkId: row.checkId, ref: row.ref, reason: row.reason }));
          }, { existing: true });
        },
      }))
      .command(defineCommand({
        command: "unignore <ref> <checkId>",
        describe: ctx.t("cli.check.unignore.describe"),
        builder: (b) =>
          b.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.check.ignore.ref") })
            .positional("checkId", { type: "string", demandOption: true, describe: ctx.t("cli.check.ignore.check") })
            .option("save", { describe: ctx.t("cli.check.ignore.save") })
            .option("root", { type: "string", default: ".", describe: ctx.t("cli.check.root") }),
        handler: (args) => {
          withStore(ctx, args, (store) => {
            const removed = checkApp().unignoreFinding(store, { ref: args.ref, checkId: args.checkId, saveTo: saveFile(ctx, args) });
            if (args.json) ctx.json({ removed });
            else ctx.out(ctx.t(removed ? "cli.check.unignore.done" : "cli.check.unignore.none", { checkId: args.checkId, ref: args.ref }));
          }, { existing: true });
        },
      })),
  handler: async (args) => {
    const json = args.format === "json" || (args.format === undefined && Boolean(args.json));
    const maxListed = maxSuppressions(args);
    if (args.pairs !== undefined && args.documents?.length) throw new UsageError("check-pairs-and-document", { document: args.documents.join(" ") });
    // (`--pairs -`: standard input, read before the progress bar starts)
    const pairs = args.pairs !== undefined ? await ctx.input(args.pairs) : undefined;
    const progress = progressOutput().createProgress(ctx, !json, "cli.progress.checking");
    const onProgress = (done: number, total: number) => progress.update(done, total);
    if (pairs !== undefined) {
      checkApp().checkPairsFileStreamed(pairs, { glossary: args.glossary, root: args.root, config: config(args), onProgress }, (report) => {
        progress.stop();
        renderReport(ctx, report, json, maxListed);
      });
      return;
    }
    withStore(ctx, args, (store) => {
      checkApp().checkDatabaseStreamed(store, { documents: args.documents ?? [], glossary: args.glossary, root: args.root, config: config(args), onProgress, compareGlossaryFolder: true }, (report) => {
        progress.stop();
        renderReport(ctx, report, json, maxListed);
      });
    }, { existing: true });
  },
});


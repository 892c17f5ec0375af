/**
 * `selaras audit [--format text|json|md|html] [--out <file>]` — the corpus-wide glossary audit over
 * every rendering in the database (or `--pairs <file.tsv>`). Exit 1 when a finding at error
 * severity is not suppressed.
 */
import type { Argv, CommandModule } from "yargs";
import { UsageError } from "../../errors";
import { withStoreAsync, type CommandContext, type GlobalArgs } from "../context";
import type { AuditFormat } from "../output/audit";
import type { AuditResult } from "../../app/audit";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const auditApp = (): typeof import("../../app/audit") => require("../../app/audit");
const outTarget = (): typeof import("../out-target") => require("../out-target");
const progressOutput = (): typeof import("../output/progress") => require("../output/progress");
const auditOutput = (): typeof import("../output/audit") => require("../output/audit");
const projectApp = (): typeof import("../../app/project") => require("../../app/project");

interface Args extends GlobalArgs { format?: AuditFormat; out?: string; glossary?: string; root: string; pairs?: string; minCount?: number; cache?: boolean }

export const auditCommand = (ctx: CommandContext): CommandModule<GlobalArgs, Args> => ({
  command: "audit",
  describe: ctx.t("cli.audit.describe"),
  builder: (y: Argv<GlobalArgs>) =>
    y
      .option("format", { type: "string", choices: ["text", "json", "md", "html"] as const, describe: ctx.t("cli.audit.format") })
      .option("out", { type: "string", describe: ctx.t("cli.audit.out") })
      .option("glossary", { type: "string", describe: ctx.t("cli.check.glossary") })
      .option("pairs", { type: "string", describe: ctx.t("cli.check.pairs") })
      .option("root", { type: "string", default: ".", describe: ctx.t("cli.check.root") })
      .option("min-count", { type: "number", describe: ctx.t("cli.audit.min-count") })
      .option("cache", { type: "boolean", describe: ctx.t("cli.audit.cache") }),
  handler: async (args) => {
    // (`--out -` is standard output, where the report goes without --out)
    if (args.out === "-") delete args.out;
    const format: AuditFormat = args.format ?? (args.json ? "json" : "text");
    const progress = progressOutput().createProgress(ctx, format !== "json" || Boolean(args.out), "cli.progress.checking");
    const onProgress = (done: number, total: number) => progress.update(done, total);
    const minCount = args.minCount;
    if (minCount !== undefined && (!Number.isInteger(minCount) || minCount < 1)) throw new UsageError("bad-min-count", { value: String(minCount) });
    if (args.cache && args.pairs !== undefined) throw new UsageError("cache-needs-database", {});
    // (refused before the audit runs, as `export --out` does: a missing folder is named, not made)
    if (args.out) projectApp().requireOutFolder(args.out);
    const write = async (result: AuditResult) => {
      progress.stop();
      if (result.glossary.outdated) ctx.err(ctx.t("cli.glossary.outdated"));
      // written piece by piece: the report lists every finding
      if (args.out) {
        // (as UTF-8 made as it is written: the file takes bytes)
        // (a JSON report's findings written meanwhile in another thread: ctx.t is the language's own)
        // (a device or FIFO, `--out /dev/stdout`, is written, not replaced: see out-target.ts)
        const report = args.out;
        await outTarget().writeToOut(ctx, report, (file) => auditApp().writeReport(file, auditOutput().renderAuditBytes(format, ctx.t, result.audit, ctx.lang, { findingsThread: true, report })));
        // (standard output holds no data when the report went to a file: the line that says so goes there, as
        // `export --out`'s does; to standard error when the report itself went to a device or FIFO, and beside
        // JSON, as every summary is)
        const line = ctx.t("cli.audit.written", { file: args.out });
        if (outTarget().isStreamTarget(report) || format === "json") ctx.err(line);
        else ctx.out(line);
      } else for (const c of auditOutput().renderAuditChunks(format, ctx.t, result.audit, ctx.lang)) ctx.write(c);
      // (beside the report, which lists findings: `selaras check` lists these suppressions)
      if (result.suppressions.lapsed) ctx.err(ctx.t("cli.check.lapsed", { count: result.suppressions.lapsed }));
      if (result.suppressions.unused) ctx.err(ctx.t("cli.check.unused", { count: result.suppressions.unused }));
      if (result.audit.counts.error > 0) ctx.setExitCode(1);
    };
    if (args.pairs !== undefined) await write(await auditApp().auditPairsFile(await ctx.input(args.pairs), { glossary: args.glossary, root: args.root, onProgress, minCandidateCount: minCount }));
    // (the report is written before the database is closed, on the run's read snapshot: it reads its violations' texts again from it)
    else await withStoreAsync(ctx, args, (store) => auditApp().auditDatabaseReport(store, { glossary: args.glossary, root: args.root, onProgress, minCandidateCount: minCount, compareGlossaryFolder: true, cache: args.cache === true }, write), { existing: true });
  },
});

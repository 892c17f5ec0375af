/**
 * `selaras translate [<document>] [--all]` — the interactive session (terminal or piped input);
 * `selaras translate set <ref> <text> [--status s]` and `selaras translate show <ref> [--json]`.
 */
import * as path from "node:path";
import type { CommandModule } from "yargs";
import { createLineReader } from "../line-reader";
import { defineCommand, namesAreNotCommands } from "../command";
import { withStore, type CommandContext, type GlobalArgs } from "../context";

// Loaded when the command runs, not at every start of the CLI (docs/architecture.md#the-cli-starts-light).
const assistApp = (): typeof import("../../app/assist") => require("../../app/assist");
const sessionApp = (): typeof import("../../app/session") => require("../../app/session");
const translateApp = (): typeof import("../../app/translate") => require("../../app/translate");
const lifecycleApp = (): typeof import("../../app/lifecycle") => require("../../app/lifecycle");
const translateOutput = (): typeof import("../output/translate") => require("../output/translate");
const sessionOutput = (): typeof import("../output/session") => require("../output/session");

interface SessionArgs extends GlobalArgs { document?: string; all?: boolean; review?: boolean; translator?: string; propagate: boolean }

export const translateCommand = (ctx: CommandContext): CommandModule<GlobalArgs, SessionArgs> => ({
  command: "translate [document]",
  describe: ctx.t("cli.translate.describe"),
  builder: (y) => namesAreNotCommands(y)
    .command(defineCommand({
      command: "set <ref> <text>",
      describe: ctx.t("cli.translate.set-describe"),
      builder: (yy) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.unit-ref") })
        .positional("text", { type: "string", demandOption: true, describe: ctx.t("cli.translate.text") })
        .option("status", { type: "string", choices: translateApp().RENDERING_STATUSES as string[], describe: ctx.t("cli.translate.status") })
        .option("note", { type: "string", describe: ctx.t("cli.translate.note") })
        .option("accept", { type: "string", describe: ctx.t("cli.translate.accept") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") })
        .option("propagate", { type: "boolean", default: true, describe: ctx.t("cli.translate.propagate") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const result = lifecycleApp().setUnit(store, String(args.ref), {
            text: String(args.text), state: translateApp().parseStatus(args.status), author: translateApp().resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env),
            now: ctx.now(), propagate: args.propagate, ...(args.note !== undefined ? { note: args.note } : {}),
            ...(args.accept !== undefined ? { accept: args.accept } : {}),
          }, { root: lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd) });
          // (`files` as always, absolute; `relativeFiles` the same files from the folder the command ran in, as a script or git names them)
          if (args.json) ctx.json({ ...result, relativeFiles: result.files.map((f) => relativePath(ctx.io.cwd, f)) });
          else translateOutput().renderSave(ctx, result);
          if (result.refused) ctx.setExitCode(1);
        }, { existing: true });
      },
    }))
    .command(defineCommand({
      command: "show <ref>",
      describe: ctx.t("cli.translate.show-describe"),
      builder: (yy) => yy.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.unit-ref") }),
      handler: (args) => {
        withStore(ctx, args, (store) => {
          const view = translateApp().showUnit(store, String(args.ref));
          if (args.json) ctx.json(view);
          else translateOutput().renderUnit(ctx, view);
        }, { existing: true });
      },
    }))
    // not global: `translate set --help` and `translate show --help` list only their own options
    .positional("document", { type: "string", describe: ctx.t("cli.translate.target") })
    .global(...(["document", false] as unknown as [string])) // yargs' typings omit global(key, false)
    .option("all", { type: "boolean", global: false, describe: ctx.t("cli.translate.all") })
    .option("review", { type: "boolean", global: false, conflicts: "all", describe: ctx.t("cli.translate.review") })
    .option("translator", { type: "string", global: false, describe: ctx.t("cli.translate.translator") })
    .option("propagate", { type: "boolean", default: true, global: false, describe: ctx.t("cli.translate.propagate") }),
  handler: async (args) => {
    const store = ctx.openStore(args, { existing: true });
    const renderer = sessionOutput().createSessionRenderer(ctx, Boolean(args.json));
    // Typing at a terminal gets the line editor even when the output is piped (`| tee log`): it then
    // draws on standard error, and standard output stays plain text.
    const terminal = ctx.io.stdinIsTTY && (ctx.io.isTTY || ctx.io.isErrTTY);
    const reader = createLineReader({ input: ctx.io.stdin, output: terminal ? ctx.io.terminal ?? (ctx.io.isTTY ? process.stdout : process.stderr) : undefined, terminal }, renderer.prompt,
      { interrupted: ctx.t("cli.session.interrupted"), pasteTooLong: (chars, limit) => ctx.t("cli.session.paste-too-long", { chars, limit }),
        lineTooLong: (chars, limit, pasted) => ctx.t(pasted ? "cli.session.paste-line-too-long" : "cli.session.line-too-long", { chars, limit }) });
    try {
      const target = sessionApp().sessionTarget(store, args.document);
      const root = lifecycleApp().projectRoot(ctx.dbPath(args), ctx.io.cwd);
      const assist = assistApp().createAssist(store, root);
      if (assist.glossaryOutdated()) ctx.err(ctx.t("cli.glossary.outdated"));
      const summary = await sessionApp().runSession(store, { now: ctx.now,
        ...target, all: Boolean(args.all), review: Boolean(args.review),
        author: translateApp().resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), propagate: args.propagate,
        assist, root,
      }, {
        readLine: (kind, options) => reader.read(kind, options),
        unsaved: () => reader.unsaved(),
        emit: (e) => {
          if (e.type === "unit") reader.complete(e.unit.terms.flatMap((term) => (term.dnt ? [term.source] : [...term.preferred, ...term.admitted])));
          renderer.emit(e);
        },
      });
      if (args.json) ctx.json(summary);
      if (summary.refused > 0) ctx.setExitCode(1);
    } finally {
      reader.close();
      store.close();
    }
  },
});

/** `file` from the folder `cwd`, with `/` between names on every system (the file itself when on another drive). */
function relativePath(cwd: string, file: string): string {
  const rel = path.relative(cwd, file);
  return rel === "" || path.isAbsolute(rel) ? file : rel.split(path.sep).join("/");
}

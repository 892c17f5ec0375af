/**
 * `selaras translate [<document>] [--all]` — the interactive session (terminal or piped input);
 * `selaras translate set <ref> <text> [--status s]` and `selaras translate show <ref> [--json]`.
 */
import * as readline from "node:readline";
import type { Argv, CommandModule } from "yargs";
import { createAssist } from "../../app/assist";
import { documentBySlug } from "../../app/segments";
import { runSession } from "../../app/session";
import { parseStatus, resolveAuthor, showUnit } from "../../app/translate";
import { projectRoot, setUnit } from "../../app/lifecycle";
import { RENDERING_STATUSES } from "../../store/renderings";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderSave, renderUnit } from "../output/translate";
import { createSessionRenderer } from "../output/session";

interface SessionArgs extends GlobalArgs { document?: string; all?: boolean; translator?: string; propagate: boolean }
interface SetArgs extends GlobalArgs { ref: string; text: string; status?: string; translator?: string; propagate: boolean; note?: string; accept?: string }
interface ShowArgs extends GlobalArgs { ref: string }

/** Lines from standard input: readline on a terminal (Ctrl-C ends the session), plain lines when piped. */
function lineReader(ctx: CommandContext, promptText: (kind: "english" | "findings") => string) {
  const terminal = ctx.io.stdinIsTTY && ctx.io.isTTY;
  const rl = readline.createInterface({ input: ctx.io.stdin, output: terminal ? process.stdout : undefined, terminal });
  const queue: string[] = [];
  const waiting: Array<(line: string | null) => void> = [];
  let closed = false;
  rl.on("line", (line) => { const w = waiting.shift(); if (w) w(line); else queue.push(line); });
  rl.on("close", () => { closed = true; while (waiting.length) waiting.shift()!(null); });
  rl.on("SIGINT", () => rl.close());
  return {
    read(kind: "english" | "findings"): Promise<string | null> {
      if (queue.length) return Promise.resolve(queue.shift()!);
      if (closed) return Promise.resolve(null);
      if (terminal) { rl.setPrompt(promptText(kind)); rl.prompt(); }
      return new Promise((resolve) => waiting.push(resolve));
    },
    close: () => rl.close(),
  };
}

export const translateCommand = (ctx: CommandContext): CommandModule<GlobalArgs, SessionArgs> => ({
  command: "translate [document]",
  describe: ctx.t("cli.translate.describe"),
  builder: (y) => y
    .command(<CommandModule<any, any>><unknown>{
      command: "set <ref> <text>",
      describe: ctx.t("cli.translate.set-describe"),
      builder: (yy: Argv) => yy
        .positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") })
        .positional("text", { type: "string", demandOption: true, describe: ctx.t("cli.translate.text") })
        .option("status", { type: "string", choices: RENDERING_STATUSES as string[], describe: ctx.t("cli.translate.status") })
        .option("note", { type: "string", describe: ctx.t("cli.translate.note") })
        .option("accept", { type: "string", describe: ctx.t("cli.translate.accept") })
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") })
        .option("propagate", { type: "boolean", default: true, describe: ctx.t("cli.translate.propagate") }) as never,
      handler: (args: SetArgs) => {
        withStore(ctx, args, (store) => {
          const result = setUnit(store, String(args.ref), {
            text: String(args.text), state: parseStatus(args.status), author: resolveAuthor(args.translator, ctx.io.cwd),
            now: new Date().toISOString(), propagate: args.propagate, ...(args.note !== undefined ? { note: args.note } : {}),
            ...(args.accept !== undefined ? { accept: args.accept } : {}),
          }, { root: projectRoot(ctx.dbPath(args), ctx.io.cwd) });
          if (args.json) ctx.json(result);
          else renderSave(ctx, result);
          if (result.refused) ctx.setExitCode(1);
        }, { existing: true });
      },
    })
    .command(<CommandModule<any, any>><unknown>{
      command: "show <ref>",
      describe: ctx.t("cli.translate.show-describe"),
      builder: (yy: Argv) => yy.positional("ref", { type: "string", demandOption: true, describe: ctx.t("cli.translate.ref") }) as never,
      handler: (args: ShowArgs) => {
        withStore(ctx, args, (store) => {
          const view = showUnit(store, String(args.ref));
          if (args.json) ctx.json(view);
          else renderUnit(ctx, view);
        }, { existing: true });
      },
    })
    .positional("document", { type: "string", describe: ctx.t("cli.translate.document") })
    .option("all", { type: "boolean", default: false, describe: ctx.t("cli.translate.all") })
    .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") })
    .option("propagate", { type: "boolean", default: true, describe: ctx.t("cli.translate.propagate") }) as never,
  handler: async (args) => {
    const store = ctx.openStore(args, { existing: true });
    const renderer = createSessionRenderer(ctx, Boolean(args.json));
    const reader = lineReader(ctx, renderer.prompt);
    try {
      const documents = args.document ? [documentBySlug(store, args.document)] : store.documents.all();
      const summary = await runSession(store, {
        documents, all: Boolean(args.all), author: resolveAuthor(args.translator, ctx.io.cwd), propagate: args.propagate,
        assist: createAssist(store), root: projectRoot(ctx.dbPath(args), ctx.io.cwd),
      }, { readLine: (kind) => reader.read(kind), emit: renderer.emit });
      if (args.json) ctx.json(summary);
      if (summary.refused > 0) ctx.setExitCode(1);
    } finally {
      reader.close();
      store.close();
    }
  },
});

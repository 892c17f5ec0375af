/**
 * `selaras translate [<document>] [--all]` — the interactive session (terminal or piped input);
 * `selaras translate set <ref> <text> [--status s]` and `selaras translate show <ref> [--json]`.
 */
import * as readline from "node:readline";
import type { Argv, CommandModule } from "yargs";
import { createAssist } from "../../app/assist";
import { runSession, sessionTarget, type ReadOptions } from "../../app/session";
import { parseStatus, resolveAuthor, setTranslation, showUnit } from "../../app/translate";
import { RENDERING_STATUSES } from "../../store/renderings";
import { withStore, type CommandContext, type GlobalArgs } from "../context";
import { renderSave, renderUnit } from "../output/translate";
import { createSessionRenderer } from "../output/session";

interface SessionArgs extends GlobalArgs { document?: string; all?: boolean; review?: boolean; translator?: string; propagate: boolean }
interface SetArgs extends GlobalArgs { ref: string; text: string; status?: string; translator?: string; propagate: boolean; note?: string }
interface ShowArgs extends GlobalArgs { ref: string }

/**
 * Tab completion in the terminal: the longest tail of the line (from a word start) that begins one
 * of `words` (the glossary renderings of the sentence shown) is completed; at a space, all are listed.
 */
export function completeRendering(line: string, words: readonly string[]): [string[], string] {
  const starts = [0, ...[...line.matchAll(/\s+/g)].map((m) => m.index! + m[0].length)];
  for (const at of starts) {
    const tail = line.slice(at);
    if (tail === "") continue;
    // the typed case is kept ("Sta" + "te budget"), as readline only appends the rest
    const hits = words.filter((w) => w.length > tail.length && w.toLowerCase().startsWith(tail.toLowerCase())).map((w) => tail + w.slice(tail.length));
    if (hits.length) return [[...new Set(hits)], tail];
  }
  return line === "" || /\s$/.test(line) ? [[...words], ""] : [[], line];
}

/**
 * Lines from standard input: readline on a terminal (Ctrl-C ends the session), plain lines when piped.
 * On a terminal a requested insertion is put into the line being edited, commands (`:tm 1`) are kept
 * out of the up-arrow history (the texts stay in it), and Tab completes glossary renderings.
 * Piped, an insertion is taken as it is by an empty line.
 */
function lineReader(ctx: CommandContext, promptText: (kind: "english" | "findings") => string) {
  const terminal = ctx.io.stdinIsTTY && ctx.io.isTTY;
  let words: readonly string[] = [];
  const rl = readline.createInterface({
    input: ctx.io.stdin, output: terminal ? process.stdout : undefined, terminal,
    ...(terminal ? { completer: (line: string) => completeRendering(line, words), historySize: 200 } : {}),
  });
  const history = (): string[] => (rl as unknown as { history?: string[] }).history ?? [];
  const queue: string[] = [];
  const waiting: Array<(line: string | null) => void> = [];
  let closed = false;
  let offered: ReadOptions | undefined;
  rl.on("line", (line) => {
    const trimmed = line.trim();
    if (terminal && trimmed.startsWith(":") && !trimmed.startsWith("::") && history()[0] === line) history().shift();
    const w = waiting.shift();
    // piped: an empty line right after an insertion takes it as it is
    const value = !terminal && trimmed === "" && offered?.insert && offered.prefill !== undefined ? offered.prefill : line;
    offered = undefined;
    if (w) w(value); else queue.push(value);
  });
  rl.on("close", () => { closed = true; while (waiting.length) waiting.shift()!(null); });
  rl.on("SIGINT", () => rl.close());
  return {
    read(kind: "english" | "findings", options?: ReadOptions): Promise<string | null> {
      if (queue.length) {
        const line = queue.shift()!;
        if (!terminal && line.trim() === "" && options?.insert && options.prefill !== undefined) return Promise.resolve(options.prefill);
        return Promise.resolve(line);
      }
      if (closed) return Promise.resolve(null);
      offered = options;
      if (terminal) {
        rl.setPrompt(promptText(kind));
        rl.prompt();
        if (options?.prefill) {
          // the insertion is one up-arrow away even if the line is cleared
          if (history()[0] !== options.prefill) history().unshift(options.prefill);
          rl.write(options.prefill);
        }
      }
      return new Promise((resolve) => waiting.push(resolve));
    },
    /** The words Tab completes for the sentence shown. */
    complete(list: readonly string[]) { words = list; },
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
        .option("translator", { type: "string", describe: ctx.t("cli.translate.translator") })
        .option("propagate", { type: "boolean", default: true, describe: ctx.t("cli.translate.propagate") }) as never,
      handler: (args: SetArgs) => {
        withStore(ctx, args, (store) => {
          const result = setTranslation(store, String(args.ref), {
            text: String(args.text), status: parseStatus(args.status), author: resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env),
            now: new Date().toISOString(), propagate: args.propagate, ...(args.note !== undefined ? { note: args.note } : {}),
          });
          if (args.json) ctx.json(result);
          else renderSave(ctx, result);
        });
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
        });
      },
    })
    // not global: `translate set --help` and `translate show --help` list only their own options
    .positional("document", { type: "string", describe: ctx.t("cli.translate.target") })
    .global(...(["document", false] as unknown as [string])) // yargs' typings omit global(key, false)
    .option("all", { type: "boolean", global: false, describe: ctx.t("cli.translate.all") })
    .option("review", { type: "boolean", global: false, conflicts: "all", describe: ctx.t("cli.translate.review") })
    .option("translator", { type: "string", global: false, describe: ctx.t("cli.translate.translator") })
    .option("propagate", { type: "boolean", default: true, global: false, describe: ctx.t("cli.translate.propagate") }) as never,
  handler: async (args) => {
    const store = ctx.openStore(args);
    const renderer = createSessionRenderer(ctx, Boolean(args.json));
    const reader = lineReader(ctx, renderer.prompt);
    try {
      const target = sessionTarget(store, args.document);
      const summary = await runSession(store, {
        ...target, all: Boolean(args.all), review: Boolean(args.review),
        author: resolveAuthor(args.translator, ctx.io.cwd, ctx.io.env), propagate: args.propagate, assist: createAssist(store),
      }, {
        readLine: (kind, options) => reader.read(kind, options),
        emit: (e) => {
          if (e.type === "unit") reader.complete(e.unit.terms.flatMap((term) => (term.dnt ? [term.source] : [...term.preferred, ...term.admitted])));
          renderer.emit(e);
        },
      });
      if (args.json) ctx.json(summary);
    } finally {
      reader.close();
      store.close();
    }
  },
});

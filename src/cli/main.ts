/**
 * main(argv, io) → exit code. Builds the yargs parser, registers every command, runs it, and maps
 * anything thrown to a localised message and exit code 2. Never calls process.exit().
 */
import yargs from "yargs";
import { createT, resolveLang } from "../i18n";
import { UsageError } from "../errors";
import { commands } from "./commands";
import { createContext, type CliIO } from "./context";
import { renderError } from "./output/errors";
import { yargsStrings } from "./yargs-strings";
import { VERSION } from "../version";

/**
 * Standard output and error of the process. A reader that goes away (`selaras glossary list | head -1`)
 * makes writes fail with EPIPE: from then on output to that stream is dropped quietly, the command
 * finishes its work (a writing command still commits) and exits with its own exit code.
 */
export function processIO(cwd: string): CliIO {
  const closed = { out: false, err: false };
  const guard = (stream: NodeJS.WriteStream, which: "out" | "err") => {
    stream.on("error", (e: NodeJS.ErrnoException) => {
      if (e.code === "EPIPE" || e.code === "ERR_STREAM_DESTROYED") { closed[which] = true; return; }
      throw e;
    });
  };
  guard(process.stdout, "out");
  guard(process.stderr, "err");
  const write = (stream: NodeJS.WriteStream, which: "out" | "err", s: string) => {
    if (closed[which]) return;
    try {
      stream.write(s);
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === "EPIPE") closed[which] = true;
      else throw e;
    }
  };
  return {
    stdout: (s) => write(process.stdout, "out", s),
    stderr: (s) => write(process.stderr, "err", s),
    stdin: process.stdin,
    isTTY: Boolean(process.stdout.isTTY),
    isErrTTY: Boolean(process.stderr.isTTY),
    stdinIsTTY: Boolean(process.stdin.isTTY),
    columns: () => (process.stdout.isTTY ? process.stdout.columns : undefined),
    env: process.env,
    cwd,
  };
}

function langFlag(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--lang") return argv[i + 1];
    if (a.startsWith("--lang=")) return a.slice(7);
  }
  return undefined;
}

/**
 * The (sub)command being parsed when yargs failed (`check ignore`), or "" at the top level: read from
 * the usage line yargs set for it (`$0 check ignore <ref> <checkId>`).
 */
function commandPath(usage: unknown): string {
  try {
    const lines = (usage as { getUsage?: () => Array<[string, string]> }).getUsage?.() ?? [];
    const line = lines[0]?.[0] ?? "";
    if (!line.startsWith("$0 ")) return "";
    const words: string[] = [];
    for (const w of line.slice(3).split(/\s+/)) {
      if (!/^[a-z][\w-]*$/i.test(w)) break;
      words.push(w);
    }
    return words.join(" ");
  } catch {
    return "";
  }
}

/**
 * A lone `-` (standard input) as yargs should see it: yargs turns it into "" as an option's value and
 * drops it from a list of positionals, so it is replaced by this before parsing and put back after.
 */
const STDIN_ARG = "\uE002-";
const stdinBack = (v: unknown): unknown => (v === STDIN_ARG ? "-" : Array.isArray(v) ? v.map(stdinBack) : v);

/**
 * The options and positionals that name files or folders, in every command: resolved against the
 * CLI's working folder (io.cwd) before a handler sees them, so no command reads a relative path
 * against the process's (docs/architecture.md#paths-are-the-clis-to-resolve). `--db` is resolved
 * where the database is opened; `--save` alone (no value) and `-` (standard input) stay as they are.
 */
const PATH_ARGS = ["out", "root", "glossary", "dir", "pairs", "save", "file", "files", "paths"];

export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  const lang = resolveLang(langFlag(argv), io.env);
  const t = createT(lang);
  let exitCode = 0;
  const ctx = createContext(t, lang, io, (n) => { exitCode = Math.max(exitCode, n); });
  try {
    const args = argv.map((a) => (a === "-" ? STDIN_ARG : a));
    const parser = yargs(args)
      .scriptName("selaras")
      .locale("en")
      // @types/yargs declares string values only; yargs also takes its plural strings as {one, other}.
      .updateStrings(yargsStrings(t) as Record<string, string>)
      .usage(t("cli.usage"))
      .option("db", { type: "string", describe: t("cli.option.db"), global: true })
      .option("lang", { type: "string", choices: ["en", "id"], describe: t("cli.option.lang"), global: true })
      .option("json", { type: "boolean", describe: t("cli.option.json"), global: true })
      .strict()
      .demandCommand(1, t("cli.demand-command"))
      .recommendCommands()
      .help("help", t("yargs.show-help"))
      .alias("help", "h")
      .version("version", t("yargs.show-version"), VERSION)
      .wrap(Math.min(100, process.stdout.columns || 100))
      .exitProcess(false)
      .middleware((parsed) => {
        for (const k of Object.keys(parsed)) parsed[k] = stdinBack(parsed[k]);
        const resolve = (v: unknown): unknown => (typeof v === "string" && v !== "" ? ctx.path(v) : Array.isArray(v) ? v.map(resolve) : v);
        for (const k of PATH_ARGS) if (k in parsed) parsed[k] = resolve(parsed[k]);
      }, true)
      .fail((msg, err, y) => {
        if (err) throw err;
        throw new UsageError("usage", { message: msg.split(STDIN_ARG).join("-"), command: commandPath(y) });
      });
    for (const make of commands) parser.command(make(ctx));
    let helpOutput = "";
    await parser.parseAsync(args, {}, (_err, _args, output) => {
      if (output) helpOutput = output;
    });
    if (helpOutput) ctx.out(helpOutput);
    return exitCode;
  } catch (e) {
    if (e instanceof UsageError && e.code === "usage") {
      ctx.err(t("cli.error-prefix", { message: String(e.data.message ?? "") }));
      const command = String(e.data.command ?? "");
      ctx.err(command ? t("cli.see-command-help", { command: `selaras ${command}` }) : t("cli.see-help"));
      return 2;
    }
    ctx.err(renderError(e, t, { db: ctx.lastDb(), shown: ctx.shown }));
    return 2;
  }
}

/**
 * main(argv, io) → exit code. Builds the yargs parser, registers every command, runs it, and maps
 * anything thrown to a localised message and exit code 2. Never calls process.exit().
 */
import * as path from "node:path";
import yargs from "yargs";
import { createT, groupingCounts, resolveLang, type TFunction } from "../i18n";
import { NotFoundError, UsageError } from "../errors";
import { commands } from "./commands";
import { createContext, givenValue, isStoredDocument, type CliIO } from "./context";
import { errorJson, renderError } from "./output/errors";
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
 * Does the command line ask for JSON (`--json`, `--format json`; the last of `--json`/`--no-json`
 * counts)? Read from its words, not from yargs: an error may come before (or instead of) parsing.
 */
export function wantsJson(argv: readonly string[]): boolean {
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") break;
    if (a === "--json" || a === "--json=true") json = true;
    else if (a === "--no-json" || a === "--json=false") json = false;
    else if (a === "--format=json" || (a === "--format" && argv[i + 1] === "json")) json = true;
  }
  return json;
}

/** The edit distance of two option names (a typo: one or two letters off, or two swapped). */
function distance(a: string, b: string): number {
  const d: number[][] = Array.from({ length: a.length + 1 }, (_, i) => [i, ...new Array<number>(b.length).fill(0)]);
  for (let j = 1; j <= b.length; j++) d[0]![j] = j;
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(d[i - 1]![j]! + 1, d[i]![j - 1]! + 1, d[i - 1]![j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, d[i - 2]![j - 2]! + 1);
      d[i]![j] = v;
    }
  }
  return d[a.length]![b.length]!;
}

/** The option a mistyped name was meant to be (`fromat` → `format`), if one is close enough. */
export function closestOption(name: string, known: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const k of known) {
    if (k.length < 2) continue;
    const dd = distance(name, k);
    if (dd < bestD || (dd === bestD && best !== undefined && k.length < best.length)) { best = k; bestD = dd; }
  }
  if (best !== undefined && bestD <= Math.min(2, Math.max(1, Math.floor(name.length / 3)))) return best;
  // (a shorter or longer form of an option, `--document` for `--doc`, `--doc` for `--documents`: the
  // shortest option that begins with the name, else the longest that the name begins with)
  if (name.length < 3) return undefined;
  const longer = known.filter((k) => k.length > name.length && k.startsWith(name)).sort((a, b) => a.length - b.length)[0];
  return longer ?? known.filter((k) => k.length >= 3 && k.length < name.length && name.startsWith(k)).sort((a, b) => b.length - a.length)[0];
}

const kebab = (s: string): string => s.replace(/[A-Z]/g, (c) => "-" + c.toLowerCase());

/**
 * The options of the command line the command does not have, in order (`--fromat`, `-x`), each
 * with the option it was probably meant to be. Checked before yargs validates, so a typo is named
 * as such rather than reported as the required option it misspelt (`--fromat tmx`: "Missing
 * required argument: format").
 */
function unknownOptions(words: readonly string[], known: ReadonlySet<string>, booleans: ReadonlySet<string>): Array<{ option: string; suggestion?: string }> {
  const out: Array<{ option: string; suggestion?: string }> = [];
  const longs = [...known].filter((k) => k.length > 1 && !/[A-Z]/.test(k));
  const negated = [...booleans].filter((k) => k.length > 1 && !/[A-Z]/.test(k)).map((k) => `no-${k}`);
  for (const w of words) {
    if (w === "--") break;
    if (!w.startsWith("-") || w === "-" || /^-\d/.test(w) || w.startsWith(STDIN_ARG)) continue;
    const long = w.startsWith("--");
    const name = w.slice(long ? 2 : 1).split("=")[0]!;
    if (name === "") continue;
    if (!long) {
      // (-h, or a run of one-letter flags)
      const bad = [...name].filter((c) => !known.has(c));
      if (bad.length) out.push({ option: w.split("=")[0]! });
      continue;
    }
    const bare = name.startsWith("no-") && booleans.has(kebab(name.slice(3))) ? name.slice(3) : name;
    if (known.has(bare) || known.has(kebab(bare))) continue;
    const suggestion = closestOption(bare, name.startsWith("no-") ? [...longs, ...negated] : longs);
    // (each unknown option once, however often it is given: `--doc a --doc b`)
    if (out.some((o) => o.option === `--${name}`)) continue;
    out.push({ option: `--${name}`, ...(suggestion ? { suggestion: `--${suggestion}` } : {}) });
  }
  return out;
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
/**
 * A word after `--` that starts with "-" (an English text "- he said …", a file "-notes.txt"): the
 * Unix convention makes it an argument, not an option, but yargs does not fill a command's
 * positionals from the words after `--`. They go to yargs with this mark in front, taken off again.
 */
const DASH_ARG = "\uE003";
const stdinBack = (v: unknown): unknown => (v === STDIN_ARG ? "-" : typeof v === "string" && v.startsWith(DASH_ARG) ? v.slice(DASH_ARG.length) : Array.isArray(v) ? v.map(stdinBack) : v);
/** The command line as yargs gets it: `-` marked as standard input, and the words after `--` as arguments whatever they start with. */
function argsForYargs(argv: readonly string[]): string[] {
  const out: string[] = [];
  let after = false;
  for (const a of argv) {
    if (!after && a === "--") { after = true; continue; }
    out.push(a === "-" ? STDIN_ARG : after && a.startsWith("-") ? DASH_ARG + a : a);
  }
  return out;
}

/**
 * The options and positionals that name files or folders, in every command: resolved against the
 * CLI's working folder (io.cwd) before a handler sees them, so no command reads a relative path
 * against the process's (docs/architecture.md#paths-are-the-clis-to-resolve). `--db` is resolved
 * where the database is opened; `--save` alone (no value) and `-` (standard input) stay as they are.
 */
const PATH_ARGS = ["out", "root", "glossary", "dir", "pairs", "save", "file", "files", "paths"];

/** The positionals of the command being parsed, read from its usage line (`$0 check ignore <ref> <checkId>`). */
function positionalsOf(usage: unknown): Set<string> {
  return new Set(positionalTokens(usage).keys());
}

/** Each positional of the command's usage line and how that line writes it (`documents` → `[documents..]`, `file` → `<file>`). */
function positionalTokens(usage: unknown): Map<string, string> {
  try {
    const lines = (usage as { getUsage?: () => Array<[string, string]> }).getUsage?.() ?? [];
    return new Map([...(lines[0]?.[0] ?? "").matchAll(/[<[]([\w-]+)(?:\.\.)?[>\]]/g)].map((m) => [m[1]!, m[0]]));
  } catch {
    return new Map();
  }
}

/** yargs's "Not enough arguments" for a group of commands (`glossary <command>`, `segments <action>`) given none. */
function isGroupWithoutCommand(msg: string, y: unknown, args: readonly string[], t: TFunction): boolean {
  const prefixes = ["one", "other"].map((form) => t(`yargs.not-enough-args.${form}`).split("%s")[0]!).filter((p) => p !== "");
  if (!prefixes.some((p) => msg.startsWith(p))) return false;
  const positionals = [...positionalsOf(y)];
  if (positionals.length !== 1 || !["command", "action"].includes(positionals[0]!)) return false;
  // (nothing after the group's name but options)
  const depth = commandPath(y).split(" ").length;
  return commandWords(args).length <= depth;
}

/** The words of a command line that are not options, the global options' values (`--db x`, `--lang id`) aside. */
function commandWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === "--db" || a === "--lang") i++;
    else if (!a.startsWith("-")) words.push(a);
  }
  return words;
}

/**
 * yargs's "Invalid values:\n  Argument: format, Given: "pdf", Choices: "text", "json", …" for one
 * option as one line that names the option as it is typed, with the choice it is a typo of:
 * "--role: 'reviewr' is not one of translator, reviewer, admin (did you mean reviewer?)".
 * @throws UsageError `usage` {message, command, option, value, suggestion?}
 */
function invalidChoice(msg: string, y: unknown, t: TFunction): void {
  const head = t("yargs.invalid-values");
  const [a, b, c] = t("yargs.argument-choices").split("%s") as [string, string, string];
  const lines = msg.split("\n");
  if (lines.length !== 2 || lines[0] !== head) return;
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`^\\s*${esc(a)}([\\w-]+)${esc(b)}("(?:[^"\\\\]|\\\\.)*"|\\S+)${esc(c)}(.*)$`).exec(lines[1]!);
  if (!m) return;
  const read = (s: string): string => { try { return String(JSON.parse(s)); } catch { return s; } };
  const value = read(m[2]!);
  const choices = [...m[3]!.matchAll(/"((?:[^"\\]|\\.)*)"/g)].map((x) => read(x[0]));
  if (choices.length === 0) return;
  const option = `${m[1]!.length === 1 ? "-" : "--"}${m[1]}`;
  const suggestion = closestOption(value, choices);
  const data = { option, value, choices: choices.join(", ") };
  const message = suggestion !== undefined ? t("cli.invalid-choice-suggest", { ...data, suggestion }) : t("cli.invalid-choice", data);
  throw new UsageError("usage", { message, command: commandPath(y), option, value, ...(suggestion !== undefined ? { suggestion } : {}) });
}

/**
 * A command line whose command (or a group's sub-command) is no command: yargs says "Did you mean
 * ingest?" for `selaras ingets`, without saying what was wrong, and "Unknown argument: foo" for
 * `selaras foo`. Said as a command unknown, the near one named only when it is a typo of it (yargs
 * offered `add` for `glossary foo`).
 * @throws UsageError `usage` {message, command, value, suggestion?}
 */
function unknownCommand(msg: string, y: unknown, args: readonly string[], t: TFunction): void {
  const [before, after] = t("yargs.did-you-mean").split("%s") as [string, string | undefined];
  const offered = after !== undefined && msg.startsWith(before) && msg.endsWith(after) ? msg.slice(before.length, msg.length - after.length) : undefined;
  const command = commandPath(y);
  const unknownArg = ["one", "other"].some((f) => msg.startsWith(t(`yargs.unknown-argument.${f}`).split("%s")[0]!));
  if (offered === undefined && !(unknownArg && command === "")) return;
  // (the word where the command was expected: the positional after the command's own words, the
  // global options' values aside)
  const words = commandWords(args);
  const depth = command === "" ? 0 : command.split(" ").length;
  const typed = words[depth];
  if (typed === undefined) return;
  const suggestion = offered !== undefined && closestOption(typed, [offered]) === offered ? offered : undefined;
  const named = [command, typed].filter(Boolean).join(" ");
  const message = suggestion !== undefined
    ? t("cli.unknown-command-suggest", { command: named, suggestion: [command, suggestion].filter(Boolean).join(" ") })
    : t("cli.unknown-command", { command: named });
  throw new UsageError("usage", { message, command, value: typed, ...(suggestion !== undefined ? { suggestion } : {}) });
}

/**
 * The sub-commands of the command being parsed (`set`, `show` for `translate`): from the yargs
 * instance a middleware gets, or from the usage instance `fail` gets.
 */
function subcommandsOf(y: unknown): string[] {
  try {
    const i = y as { getInternalMethods?: () => { getCommandInstance(): { getCommands(): string[] } }; getCommands?: () => Array<[string]> };
    if (i.getInternalMethods) return i.getInternalMethods().getCommandInstance().getCommands();
    return (i.getCommands?.() ?? []).map((c) => c[0].split(/\s+/)[0]!).filter((c) => c !== "$0");
  } catch {
    return [];
  }
}

/**
 * A sub-command mistyped where the command also takes a name (`translate sett x y`, `check ignroe x
 * y`): the word where the sub-command goes, a typo of one, with arguments after it (a name alone,
 * `translate test`, is a document). Said as an unknown command is, with the sub-command it is a typo of.
 * @throws UsageError `usage` {message, command, value, suggestion}
 */
function subcommandTypo(args: readonly string[], command: string, subs: readonly string[], t: TFunction): void {
  if (command === "" || subs.length === 0) return;
  const words = commandWords(args);
  const depth = command.split(" ").length;
  const typed = words[depth];
  if (typed === undefined || words.length <= depth + 1 || subs.includes(typed)) return;
  const suggestion = closestOption(typed, subs);
  if (suggestion === undefined) return;
  const message = t("cli.unknown-command-suggest", { command: `${command} ${typed}`, suggestion: `${command} ${suggestion}` });
  throw new UsageError("usage", { message, command, value: typed, suggestion });
}

/** The ref of a unit (`doc:3`, `doc:2+3`): the document it names. */
const REF_RE = /^(.+):\d+(?:\+\d+)*$/;

/**
 * A group of commands (`segments`, `translations`, `glossary`, `users`) named without one of its
 * commands, or with a word that is none of them and no typo of one (`selaras segments antrean-merak`):
 * the group's commands named, and, when the word is a document or a unit's ref, the commands that
 * take it. A typo of a command is left to unknownCommand/subcommandTypo ("did you mean …").
 * @throws UsageError `usage` {message, command, commands, value?, document?, ref?}
 */
function groupWithoutCommand(y: unknown, args: readonly string[], argv: readonly string[], io: CliIO, t: TFunction, lang: string): void {
  const command = commandPath(y);
  const subs = subcommandsOf(y);
  if (command === "" || subs.length === 0) return;
  const typed = commandWords(args)[command.split(" ").length];
  if (typed !== undefined && (subs.includes(typed) || closestOption(typed, subs) !== undefined)) return;
  const commands = new Intl.ListFormat(lang, { type: "disjunction" }).format(subs);
  const data = { command, commands: subs };
  if (typed === undefined) throw new UsageError("usage", { message: t("cli.group.missing", { command, commands }), ...data });
  const lines = [t("cli.group.unknown", { command, typed, commands })];
  const ref = REF_RE.exec(typed);
  const document = ref ? ref[1]! : typed;
  const uses = groupUses(command, ref ? "ref" : isStoredDocument(typed, argv, io) ? "document" : "word");
  if (uses.length) {
    lines.push(t(`cli.group.${ref ? "is-ref" : uses.kind === "document" ? "is-document" : "maybe"}`, { word: typed }));
    for (const u of uses.list) lines.push(`  ${t(`cli.group.use.${u}`, { word: typed, document, ref: typed })}`);
  }
  throw new UsageError("usage", { message: lines.join("\n"), ...data, value: typed, ...(ref ? { ref: typed } : uses.kind === "document" ? { document: typed } : {}) });
}

/** What a person who typed a document, a unit's ref or another word after a group probably wanted (keys of cli.group.use). */
function groupUses(command: string, kind: "document" | "ref" | "word"): { kind: string; length: number; list: string[] } {
  const table: Record<string, Partial<Record<typeof kind, string[]>>> = {
    segments: { document: ["show-unit", "suggest", "segment"], ref: ["show", "split", "unjoin"] },
    translations: { document: ["export"], ref: ["show"] },
    glossary: { document: ["candidates", "glossary-list"], ref: ["show"], word: ["glossary-list"] },
    users: { word: ["user-token"] },
  };
  const list = table[command]?.[kind] ?? [];
  return { kind, length: list.length, list };
}

/**
 * yargs's "Not enough arguments: got 0, need at least 1" with the command's usage line after it
 * (`(selaras segment <file>)`): it named no argument.
 */
function argumentsNamed(message: string, usage: unknown, t: TFunction): string {
  const prefixes = ["one", "other"].map((form) => t(`yargs.not-enough-args.${form}`).split("%s")[0]!).filter((p) => p !== "");
  if (!prefixes.some((p) => message.startsWith(p))) return message;
  try {
    const line = (usage as { getUsage?: () => Array<[string, string]> }).getUsage?.()?.[0]?.[0] ?? "";
    return line.startsWith("$0 ") ? `${message} (selaras ${line.slice(3).trim()})` : message;
  } catch {
    return message;
  }
}

/**
 * yargs's "Missing required argument: reason, format" with the options named as they are typed
 * (`--reason, --format`); a positional keeps its bare name.
 */
function optionsNamed(message: string, usage: unknown, t: TFunction): string {
  for (const form of ["one", "other"]) {
    const prefix = t(`yargs.missing-required.${form}`).split("%s")[0]!;
    if (!prefix || !message.startsWith(prefix)) continue;
    const positionals = positionalsOf(usage);
    return prefix + message.slice(prefix.length).split(", ").map((n) => (positionals.has(n) || n.startsWith("-") ? n : `--${n}`)).join(", ");
  }
  return message;
}

/**
 * yargs's own view of the options of the command being parsed (every name and alias, and which
 * are boolean: `--no-<name>`); undefined when it cannot be read (then yargs's strict mode decides).
 */
function optionsOf(y: unknown): { known: Set<string>; declared: string[]; booleans: Set<string>; numbers: string[]; arrays: string[] } | undefined {
  try {
    const o = (y as { getOptions(): { key: Record<string, unknown>; alias: Record<string, string[]>; boolean: string[]; number: string[]; array: string[] } }).getOptions();
    const known = new Set<string>(Object.keys(o.key));
    for (const [k, as] of Object.entries(o.alias)) { known.add(k); for (const a of as) known.add(a); }
    for (const k of ["help", "h", "version"]) known.add(k);
    return { known, declared: Object.keys(o.key), booleans: new Set(o.boolean), numbers: o.number, arrays: o.array };
  } catch {
    return undefined;
  }
}

/** The command path of the yargs instance a middleware gets (`check ignore`), or "". */
function commandOf(y: unknown): string {
  try {
    const commands = (y as { getInternalMethods(): { getContext(): { commands: string[] } } }).getInternalMethods().getContext().commands;
    return commands.join(" ");
  } catch {
    return "";
  }
}

/** The options every command has (`--db`, `--lang`, `--json`, `--help`, `--version`). */
const GLOBAL_OPTIONS = new Set(["db", "lang", "json", "help", "version", "h"]);

/** List options that narrow what a command works on: given no value they are refused, not read as "all". */
const NARROWING_LISTS = new Set(["only", "doc", "status"]);

/** The usage instance of the yargs instance a middleware gets (its usage line names the command's positionals). */
function usageOf(y: unknown): unknown {
  try {
    return (y as { getInternalMethods(): { getUsageInstance(): unknown } }).getInternalMethods().getUsageInstance();
  } catch {
    return undefined;
  }
}

/**
 * The command line (`selaras check --doc x`) with `option` taken out and its values left as
 * arguments (`selaras check x`), as a person would type it (a word with a space in quotes).
 */
function asArguments(words: readonly string[], option: string): string {
  const out: string[] = [];
  for (const w of words) {
    if (w === option) continue;
    out.push(w.startsWith(`${option}=`) ? w.slice(option.length + 1) : w);
  }
  const typed = (w: string): string => {
    const v = w === STDIN_ARG ? "-" : w.startsWith(DASH_ARG) ? w.slice(DASH_ARG.length) : w;
    return v === "" || /[\s'"]/.test(v) ? JSON.stringify(v) : v;
  };
  return ["selaras", ...out.map(typed)].join(" ");
}

/**
 * Refuses an unknown option (with the option it was probably meant to be) and a number option given
 * something that is not a number (yargs reads `--port abc` as NaN, and a command then said
 * "127.0.0.1:NaN"): one check here for every command.
 * @throws UsageError `usage` {message, command, option, suggestion? | positional?} naming the first unknown option
 *   (`positional`: the option is the command's positional, to be given as arguments),
 *   or {message, command, option, value} naming the first value that is not a number
 */
function refuseUnknownOptions(words: readonly string[], parsed: Record<string, unknown>, y: unknown, t: TFunction): void {
  const options = optionsOf(y);
  if (!options) return;
  for (const name of options.numbers) {
    const v = parsed[name];
    if (!(typeof v === "number" && Number.isNaN(v)) && !(Array.isArray(v) && v.some((x) => typeof x === "number" && Number.isNaN(x)))) continue;
    const value = (givenValue(words, name) ?? "").split(STDIN_ARG).join("-");
    throw new UsageError("usage", { message: t("cli.not-a-number", { option: `--${name}`, value }), command: commandOf(y), option: `--${name}`, value });
  }
  // (a list option that narrows what a command works on, given no value: `--only` followed by another
  // option, "only these" of nothing, ran every check; `export --doc` exported every document. A list
  // option whose empty value means "none", `glossary set --admitted`, keeps it.)
  for (const name of options.arrays.filter((n) => NARROWING_LISTS.has(n))) {
    const v = parsed[name];
    if (Array.isArray(v) && v.length === 0 && words.slice(0, words.includes("--") ? words.indexOf("--") : undefined).includes(`--${name}`)) {
      throw new UsageError("usage", { message: t("cli.needs-value", { option: `--${name}` }), command: commandOf(y), option: `--${name}` });
    }
  }
  // (an option of one value given twice, `export --format tmx --format tsv`: yargs makes a list of it,
  // which the command then named as `unknown format '["tmx","tsv"]'`)
  const named = positionalsOf(y);
  for (const name of options.declared) {
    const v = parsed[name];
    if (!Array.isArray(v) || options.arrays.includes(name) || options.booleans.has(name) || named.has(name)) continue;
    const values = v.map((x) => `'${stdinBack(x)}'`).join(", ");
    throw new UsageError("usage", { message: t("cli.option-twice", { option: `--${name}`, values }), command: commandOf(y), option: `--${name}` });
  }
  const bad = unknownOptions(words, options.known, options.booleans);
  if (bad.length === 0) return;
  const first = bad[0]!;
  // (an option that is the command's positional, `check --doc x` for `check [documents..]`: the
  // command line as it works, the option's values as arguments)
  // (named as the usage line of --help writes it, `[documents..]`, the same in every language)
  const positionals = positionalTokens(usageOf(y));
  const positional = (b: { suggestion?: string }): string | undefined => (b.suggestion && positionals.has(b.suggestion.slice(2)) ? b.suggestion.slice(2) : undefined);
  const message = bad.map((b) => {
    const p = positional(b);
    if (p) return t("cli.unknown-option-positional", { option: b.option, positional: positionals.get(p), example: asArguments(words, b.option) });
    if (b.suggestion) return t("cli.unknown-option-suggest", { option: b.option, suggestion: b.suggestion });
    // (no option near it, `translate --as dewi`: the command's own options named, `--translator` among them)
    const own = options.declared.filter((n) => !GLOBAL_OPTIONS.has(n) && !positionals.has(n) && !/[A-Z]/.test(n) && n.length > 1).map((n) => `--${n}`);
    const command = commandOf(y);
    return own.length && command !== "" ? t("cli.unknown-option-list", { option: b.option, command, options: own.join(", ") }) : t("cli.unknown-option", { option: b.option });
  }).join("\n");
  const p = positional(first);
  throw new UsageError("usage", { message, command: commandOf(y), option: first.option, ...(p ? { positional: p } : first.suggestion ? { suggestion: first.suggestion } : {}) });
}

export async function main(argv: readonly string[], io0: CliIO): Promise<number> {
  const lang = resolveLang(langFlag(argv), io0.env);
  const json = wantsJson(argv);
  // (text output writes counts grouped as the language does, 12,345 or 12.345; JSON never)
  const t = json ? createT(lang) : groupingCounts(createT(lang), lang);
  let exitCode = 0;
  // (under --json a failure prints a JSON error on standard output, unless the command had begun its own)
  let wroteOut = false;
  const io: CliIO = { ...io0, stdout: (s) => { wroteOut = true; io0.stdout(s); } };
  const ctx = createContext(t, lang, io, (n) => { exitCode = Math.max(exitCode, n); }, argv);
  /** The command that ran and its sub-commands (a document not found that is a typo of one is said as such). */
  let parsing: { command: string; subs: string[] } | undefined;
  const args = argsForYargs(argv);
  try {
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
      // (yargs calls a middleware with the command's yargs instance too; @types/yargs declares the arguments alone)
      .middleware(((parsed: Record<string, unknown>, y: unknown) => {
        parsing = { command: commandOf(y), subs: subcommandsOf(y) };
        refuseUnknownOptions(args, parsed, y, t);
        for (const k of Object.keys(parsed)) parsed[k] = stdinBack(parsed[k]);
        const resolve = (v: unknown): unknown => (typeof v === "string" && v !== "" ? ctx.path(v) : Array.isArray(v) ? v.map(resolve) : v);
        for (const k of PATH_ARGS) if (k in parsed) parsed[k] = resolve(parsed[k]);
      }) as unknown as (parsed: Record<string, unknown>) => void, true)
      .fail((msg, err, y) => {
        if (err) throw err;
        if (msg === t("cli.demand-command") || isGroupWithoutCommand(msg, y, args, t) || msg.startsWith(t("yargs.did-you-mean").split("%s")[0]!)
          || ["one", "other"].some((f) => msg.startsWith(t(`yargs.unknown-argument.${f}`).split("%s")[0]!))) groupWithoutCommand(y, args, argv, io, t, lang);
        unknownCommand(msg, y, args, t);
        if (["one", "other"].some((f) => msg.startsWith(t(`yargs.unknown-argument.${f}`).split("%s")[0]!))) subcommandTypo(args, commandPath(y), subcommandsOf(y), t);
        invalidChoice(msg, y, t);
        // (a group named without its sub-command, `selaras glossary`: as `selaras users` and `selaras` say it,
        // not "Not enough arguments: got 0, need at least 1 (selaras glossary <command>)")
        if (isGroupWithoutCommand(msg, y, args, t)) throw new UsageError("usage", { message: t("cli.demand-command"), command: commandPath(y) });
        throw new UsageError("usage", { message: argumentsNamed(optionsNamed(msg.split(STDIN_ARG).join("-").split(DASH_ARG).join(""), y, t), y, t), command: commandPath(y) });
      });
    for (const make of commands) parser.command(make(ctx));
    let helpOutput = "";
    await parser.parseAsync(args, {}, (_err, _args, output) => {
      if (output) helpOutput = output;
    });
    if (helpOutput) ctx.out(helpOutput);
    return exitCode;
  } catch (e0) {
    let e = e0;
    // (`check ignroe x y`: the documents `ignroe`, `x`, `y` to check, none of them stored: the sub-command mistyped)
    if (e instanceof NotFoundError && e.code === "not-found-document" && parsing && commandWords(args)[parsing.command.split(" ").length] === e.data.document) {
      const notFound = e.data;
      try { subcommandTypo(args, parsing.command, parsing.subs, t); } catch (typo) { e = typo; }
      // (`translate foo`: no document, none near it in a database that has some, and no typo of a command
      // either: the command's commands named too)
      if (e === e0 && parsing.subs.length && notFound.suggestion === undefined && Number(notFound.documents) > 0) ctx.afterError(t("cli.group.or-command", { command: parsing.command, commands: new Intl.ListFormat(lang, { type: "disjunction" }).format(parsing.subs) }));
    }
    if (json && !wroteOut) ctx.json(errorJson(e, t, { db: ctx.lastDb(), shown: ctx.shown, cwd: path.resolve(io.cwd) }));
    if (e instanceof UsageError && e.code === "usage") {
      ctx.err(t("cli.error-prefix", { message: String(e.data.message ?? "") }));
      const command = String(e.data.command ?? "");
      ctx.err(command ? t("cli.see-command-help", { command: `selaras ${command}` }) : t("cli.see-help"));
    } else ctx.err(renderError(e, t, { db: ctx.lastDb(), shown: ctx.shown }));
    for (const line of ctx.errorHints()) ctx.err(line);
    // (a command copied from the documentation with its placeholder still in it, `--out <file>` quoted)
    for (const word of placeholders(argv)) ctx.err(t("cli.placeholder", { word }));
    return 2;
  }
}

/** HTML's inline tags: `<b>` in a text given on the command line is markup, not a placeholder. */
const HTML_TAGS = new Set(["a", "b", "i", "u", "s", "br", "em", "p", "q", "span", "strong", "sub", "sup", "small", "mark", "code", "del", "ins"]);

/**
 * The placeholders of the documentation left in a command line (`<file>`, `<document>`,
 * `translations/<document>.translations.txt`, `<source-file|->`), each once, in order.
 */
export function placeholders(argv: readonly string[]): string[] {
  const found: string[] = [];
  for (const word of argv) {
    if (/\s/.test(word)) continue;
    for (const m of word.matchAll(/<([a-z][a-z0-9_.|-]*)>/g)) {
      if (!HTML_TAGS.has(m[1]!) && !found.includes(m[0])) found.push(m[0]);
    }
  }
  return found;
}

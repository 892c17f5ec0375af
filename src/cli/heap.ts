/**
 * How far V8 lets the heap grow past what a full garbage collection found alive. By default it
 * lets it grow to up to 4× (its growing factor adapts between 1.1 and 4 to the collector's speed,
 * 4 being the ceiling when the heap may reach 2 GB or more, as on any machine with 8 GB of memory):
 * a command that makes much short-lived garbage while it keeps a large report alive (`audit`,
 * `check` of a million renderings) then peaked at 2–3× its live data. A fixed factor of 1.5
 * (`--heap-growing-percent=50`) keeps the peak near what is alive at a few per cent of CPU
 * (measured: `selaras audit` of 1,000,000 pairs with a finding each; see docs/benchmarks-audit.md).
 * `selaras pipeline` (`npm start`) audits and checks the whole project too: with the flag its peak
 * was 10–13% lower from ~50,000 pairs on, for 2–3% more CPU (docs/benchmarks-audit.md#the-heap-flag-on-the-command-line).
 *
 * V8 reads its flags when the process starts: Node documents a flag set later
 * (`v8.setFlagsFromString`) as undefined behaviour, and refuses this one in NODE_OPTIONS, and a
 * worker thread cannot have V8 flags of its own. So `selaras audit`, `check` and `pipeline` start the
 * CLI once more, in a child Node with the flag on its command line (it then holds for the worker
 * threads too), and wait for it: same arguments, same standard input, output and error, same
 * environment, its exit code (or signal) becomes this process's. That costs one more Node start
 * (~0.05 s of CPU, the waiting process's ~40 MB mostly shared with the child). Every other command
 * runs in this process, as before.
 *
 * This module is what bin.ts loads first: it must stay light (no yargs, no i18n).
 */
import { spawn } from "node:child_process";

export const HEAP_GROWING_PERCENT = 50;
export const HEAP_FLAG = `--heap-growing-percent=${HEAP_GROWING_PERCENT}`;

/** The commands that keep a large report alive while they make much garbage (pipeline: its audit and checks). */
const BOUNDED_COMMANDS: ReadonlySet<string> = new Set(["audit", "check", "pipeline"]);
/** The global options that take a value in the next argument (`--db audit.db`: not the command). */
const VALUE_OPTIONS: ReadonlySet<string> = new Set(["--db", "--lang"]);

/**
 * The command `argv` (the CLI's arguments) runs: its first word that is neither an option nor a
 * global option's value, or undefined. (A word yargs reads otherwise only costs or saves a restart:
 * the command runs the same either way.)
 */
export function commandOf(argv: readonly string[]): string | undefined {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i]!;
    if (a === "--") return argv[i + 1];
    if (VALUE_OPTIONS.has(a)) i++;
    else if (!a.startsWith("-")) return a;
  }
  return undefined;
}

/**
 * The Node options to run the CLI with for `argv` when this process (started with `execArgv`)
 * should not run it itself, else null: this process's options plus the heap flag, for `audit`,
 * `check` and `pipeline`, unless the flag is already set (this is the restarted process, or the user chose a
 * growing factor of their own).
 */
export function boundedExecArgv(argv: readonly string[], execArgv: readonly string[]): string[] | null {
  const command = commandOf(argv);
  if (command === undefined || !BOUNDED_COMMANDS.has(command)) return null;
  if (execArgv.some((a) => a === "--heap-growing-percent" || a.startsWith("--heap-growing-percent=") || a.startsWith("--heap_growing_percent"))) return null;
  return [...execArgv, HEAP_FLAG];
}

const FORWARDED_SIGNALS: readonly NodeJS.Signals[] = ["SIGINT", "SIGTERM", "SIGHUP"];
/** Set in the child's environment (and removed from it there): it was started by runInChild, whose channel it watches. */
export const CHILD_ENV = "SELARAS_HEAP_CHILD";

/**
 * In the child runInChild started (CHILD_ENV set): the first process can die without passing a
 * signal on (SIGKILL, a crash): the child then sees its channel to it close and stops as a SIGTERM
 * would stop it, instead of running on alone. The channel does not keep the child alive.
 */
export function watchParent(): void {
  if (process.env[CHILD_ENV] === undefined) return;
  delete process.env[CHILD_ENV];
  const channel = process.channel;
  if (!channel) return;
  channel.unref();
  process.once("disconnect", () => { process.kill(process.pid, "SIGTERM"); });
}

/**
 * Runs `script` with `argv` in a child Node started with `execArgv`, sharing this process's standard
 * streams and environment; resolves with its exit code. A signal this process gets is passed on to
 * the child; a child killed by a signal kills this process with the same signal (so the shell sees
 * what it would have seen). If this process dies without a word (SIGKILL), the child stops too
 * (watchParent). Rejects only when the child cannot be started (then it never ran).
 */
export function runInChild(script: string, argv: readonly string[], execArgv: readonly string[]): Promise<number> {
  return new Promise((resolve, reject) => {
    // (a channel beside the standard streams: it closes when this process dies, however it dies; see watchParent)
    const child = spawn(process.execPath, [...execArgv, script, ...argv], { stdio: ["inherit", "inherit", "inherit", "ipc"], env: { ...process.env, [CHILD_ENV]: "1" } });
    const forward = (signal: NodeJS.Signals) => { child.kill(signal); };
    const stop = () => { for (const s of FORWARDED_SIGNALS) process.off(s, forward); };
    for (const s of FORWARDED_SIGNALS) process.on(s, forward);
    child.on("error", (e) => { stop(); reject(e); });
    child.on("exit", (code, signal) => {
      stop();
      if (signal) process.kill(process.pid, signal);
      else resolve(code ?? 2);
    });
  });
}

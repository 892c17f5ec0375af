/**
 * The session's line input: readline on a terminal (line editing, history, Tab completion), plain
 * lines when piped. The session (app/session.ts) asks for one line at a time, optionally with text
 * to put into the line being edited.
 */
import * as readline from "node:readline";
import type { PromptKind, ReadOptions } from "../app/session";

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
export function createLineReader(
  streams: { input: NodeJS.ReadableStream; output?: NodeJS.WritableStream; terminal: boolean },
  promptText: (kind: PromptKind) => string,
) {
  const { terminal } = streams;
  let words: readonly string[] = [];
  const rl = readline.createInterface({
    input: streams.input, output: terminal ? streams.output : undefined, terminal,
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
    read(kind: PromptKind, options?: ReadOptions): Promise<string | null> {
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

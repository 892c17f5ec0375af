/**
 * The session's line input: readline on a terminal (line editing, history, Tab completion), plain
 * lines when piped. The session (app/session.ts) asks for one line at a time, optionally with text
 * to put into the line being edited.
 */
import { EventEmitter } from "node:events";
import * as readline from "node:readline";
import { Transform } from "node:stream";
import { MAX_UNIT_CHARS, type PromptKind, type ReadOptions } from "../app/session";

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
 * Back from Ctrl-Z (fg): readline pauses its input when the process continues and resumes it only at
 * its next prompt, so the keys typed after `fg` went nowhere and the session hung. On readline's
 * SIGCONT the line being edited is drawn again (when a line is awaited) and the input read again.
 */
export function readAfterStop(rl: readline.Interface, awaiting: () => boolean): void {
  rl.on("SIGCONT", () => { if (awaiting()) rl.prompt(true); else rl.resume(); });
}

/** Bracketed paste (xterm): the terminal wraps pasted text in these, so its line breaks are not Enter. */
const PASTE_START = "\x1b[200~";
const PASTE_END = "\x1b[201~";

/**
 * The longest paste taken into the line (characters, after flattening): the longest text a unit may have
 * (MAX_UNIT_CHARS, as imports and the workbench take); a longer one is refused, the line kept as it was.
 */
export const PASTE_LIMIT = MAX_UNIT_CHARS;

/** A bracketed paste as pasteFilter hands it on: its flattened text, or its length when over PASTE_LIMIT. */
export type Paste = { paste: string } | { tooLong: number };

/**
 * Terminal input with bracketed pastes taken out of the keys: the typed keys pass on as strings, and
 * each paste as one `Paste` object, in the order they came (a paste read over many chunks is handed
 * on whole at its end marker). Inside a paste, every run of line breaks and tabs between text becomes
 * one space (at the start or end of the paste, nothing), so a text pasted over several lines is one
 * rendering in the line being edited (not a line saved for this sentence and the rest typed into the
 * next one), and a pasted tab does not complete. The markers are taken out; a marker split across two
 * reads is held back until the next one. A paste longer than PASTE_LIMIT is not kept, only counted.
 */
export function pasteFilter(): Transform {
  let pasting = false;
  let held = "";
  // in a paste: the text so far (parts), its length; text seen yet; a run of breaks after it (one space if more text follows)
  let parts: string[] = [];
  let length = 0;
  let seenText = false;
  let breakSeen = false;
  const add = (text: string) => {
    length += text.length;
    if (length <= PASTE_LIMIT) parts.push(text);
  };
  return new Transform({
    decodeStrings: false,
    readableObjectMode: true,
    transform(chunk: Buffer | string, _enc, done) {
      let text = held + String(chunk);
      held = "";
      while (text !== "") {
        const marker = pasting ? PASTE_END : PASTE_START;
        const at = text.indexOf(marker);
        let part = at < 0 ? text : text.slice(0, at);
        if (at < 0) {
          // keep back the tail that may be the start of a marker cut in two
          for (let k = Math.min(marker.length - 1, part.length); k > 0; k--) {
            if (marker.startsWith(part.slice(part.length - k))) { held = part.slice(part.length - k); part = part.slice(0, part.length - k); break; }
          }
        }
        if (pasting) {
          for (const m of part.matchAll(/([\r\n\t]+)|[^\r\n\t]+/g)) {
            if (m[1] !== undefined) { breakSeen = seenText; continue; }
            if (breakSeen) add(" ");
            add(m[0]);
            breakSeen = false;
            seenText = true;
          }
        } else if (part !== "") this.push(part);
        if (at < 0) break;
        text = text.slice(at + marker.length);
        if (pasting) {
          this.push(length > PASTE_LIMIT ? { tooLong: length } : { paste: parts.join("") });
          parts = [];
          length = 0;
        }
        pasting = !pasting;
        breakSeen = false;
        seenText = false;
      }
      done();
    },
  });
}

/**
 * Lines from standard input: readline on a terminal (Ctrl-C ends the session), plain lines when piped.
 * On a terminal a requested insertion is put into the line being edited, commands (`:tm 1`) are kept
 * out of the up-arrow history (the texts stay in it), and Tab completes glossary renderings; a paste
 * over several lines is one line (bracketed paste), put where the cursor is (one longer than
 * PASTE_LIMIT is refused with `pasteTooLong`, the line kept as it was); Ctrl-C with text in the
 * line asks again before quitting (`interrupted` is shown), and the text left in the line is
 * `unsaved()` for the session to keep.
 * Piped, an insertion is taken as it is by an empty line.
 */
export function createLineReader(
  streams: { input: NodeJS.ReadableStream; output?: NodeJS.WritableStream; terminal: boolean },
  promptText: (kind: PromptKind) => string,
  messages: { interrupted?: string; pasteTooLong?: (length: number, limit: number) => string; lineTooLong?: (length: number, limit: number, pasted: boolean) => string } = {},
) {
  const { terminal } = streams;
  let words: readonly string[] = [];
  // On a terminal the keys go through pasteFilter, and readline reads them from `keys`, which passes
  // raw mode and pausing on to the real input. A paste is not given to readline as keys (its work
  // per key grows with the line: a 100 KB paste took minutes) but put into the line in one write,
  // between the keys read before and after it.
  const source = streams.input as NodeJS.ReadableStream & { isTTY?: boolean; setRawMode?: (on: boolean) => unknown };
  const filter = terminal ? pasteFilter() : null;
  const keys = filter ? Object.assign(new EventEmitter(), {
    isTTY: true,
    setRawMode: (on: boolean) => (typeof source.setRawMode === "function" ? source.setRawMode(on) : undefined),
    pause() { filter.pause(); return keys; },
    resume() { filter.resume(); return keys; },
  }) : null;
  const queue: string[] = [];
  const waiting: Array<(line: string | null) => void> = [];
  let closed = false;
  const rl = readline.createInterface({
    input: (keys ?? streams.input) as NodeJS.ReadableStream, output: terminal ? streams.output : undefined, terminal,
    ...(terminal ? { completer: (line: string) => completeRendering(line, words), historySize: 200 } : {}),
  });
  if (filter && keys) {
    source.pipe(filter);
    filter.on("data", (piece: string | Paste) => {
      if (typeof piece === "string") keys.emit("data", piece);
      else if (closed) return;
      else if ("tooLong" in piece) {
        // said on a line of its own, then the line being edited is drawn again as it was
        if (messages.pasteTooLong) streams.output?.write("\n" + messages.pasteTooLong(piece.tooLong, PASTE_LIMIT) + "\n");
        if (waiting.length) rl.prompt(true);
      } else if (piece.paste !== "") {
        // (a paste that would make the line longer than a line takes, with what is typed or pasted there already)
        const length = (rl as unknown as { line: string }).line.length + piece.paste.length;
        if (length > PASTE_LIMIT) {
          if (messages.lineTooLong) streams.output?.write("\n" + messages.lineTooLong(length, PASTE_LIMIT, true) + "\n");
          if (waiting.length) rl.prompt(true);
        } else rl.write(piece.paste);
      }
    });
    filter.on("end", () => keys.emit("end"));
    filter.on("error", (e) => keys.emit("error", e));
  }
  if (terminal) {
    // Node's readline appends every character of a multi-character read but the last one at the end
    // of the line, wherever the cursor is (it takes such a read for a paste to be appended):
    // a paste or fast keys in mid-line were scattered. Inserted at the cursor instead; a pasted
    // tab never reaches it (pasteFilter), so Tab is always a key.
    Object.defineProperty(rl, "isCompletionEnabled", { get: () => true, set: () => undefined, configurable: true });
    streams.output?.write("\x1b[?2004h");
  }
  const history = (): string[] => (rl as unknown as { history?: string[] }).history ?? [];
  let offered: ReadOptions | undefined;
  /** Ctrl-C was pressed once with text in the line (reset by every line submitted). */
  let warned = false;
  /** The text in the line when Ctrl-C ended the input (the session keeps it as a draft). */
  let left: string | null = null;
  rl.on("line", (line) => {
    // (a line typed past the limit a paste has, as a paste is refused: said, and given back to shorten)
    if (terminal && line.length > PASTE_LIMIT && waiting.length && messages.lineTooLong) {
      streams.output?.write(messages.lineTooLong(line.length, PASTE_LIMIT, false) + "\n");
      rl.prompt();
      rl.write(line);
      return;
    }
    const trimmed = line.trim();
    if (terminal && trimmed.startsWith(":") && !trimmed.startsWith("::") && history()[0] === line) history().shift();
    const w = waiting.shift();
    // piped: an empty line right after an insertion takes it as it is
    const value = !terminal && trimmed === "" && offered?.insert && offered.prefill !== undefined ? offered.prefill : line;
    offered = undefined;
    warned = false;
    if (w) w(value); else queue.push(value);
  });
  rl.on("close", () => {
    closed = true;
    if (filter) {
      // the real input stops with readline (it paused only the filter), and the terminal leaves bracketed paste
      source.unpipe(filter);
      source.pause();
      streams.output?.write("\x1b[?2004l");
    }
    while (waiting.length) waiting.shift()!(null);
  });
  readAfterStop(rl, () => waiting.length > 0);
  // Ctrl-C on an empty line quits; with text in the line, the first one says so and keeps the line
  rl.on("SIGINT", () => {
    const typed = (rl as unknown as { line: string }).line;
    if (typed.trim() === "" || warned || messages.interrupted === undefined) {
      if (typed.trim() !== "") left = typed;
      // (what the session prints next starts on a line of its own, not after the text left in the line)
      if (terminal) streams.output?.write("\n");
      rl.close();
      return;
    }
    warned = true;
    streams.output?.write("\n" + messages.interrupted + "\n");
    rl.prompt(true);
  });
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
    /** The text that was in the line when Ctrl-C ended the input, if any. */
    unsaved: (): string | null => left,
    /** The words Tab completes for the sentence shown. */
    complete(list: readonly string[]) { words = list; },
    close: () => rl.close(),
  };
}

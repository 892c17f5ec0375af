/**
 * The session's line input on a terminal (readline with terminal: true on fake streams, keys as a
 * terminal sends them): an insertion is put into the line being edited, commands stay out of the
 * up-arrow history while texts stay in it, Tab completes glossary renderings; and piped, an empty
 * line takes an insertion as it is.
 */
import { PassThrough } from "node:stream";
import * as readline from "node:readline";
import { createLineReader, pasteFilter, PASTE_LIMIT, readAfterStop } from "../../src/cli/line-reader";

const UP = "\x1b[A";
const LEFT = "\x1b[D";
const tick = () => new Promise((r) => setImmediate(r));

const PASTE = (text: string) => `\x1b[200~${text}\x1b[201~`;
const INTERRUPTED = "  Ctrl-C again quits, keeping the line you are typing as a draft; Enter saves it.";

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (d) => { screen += String(d); });
  const reader = createLineReader({ input, output, terminal: true }, (kind) => (kind === "english" ? "en> " : "fix> "), { interrupted: INTERRUPTED });
  /** Types keys one burst at a time, as a person would. */
  const type = async (...keys: string[]) => { for (const k of keys) { input.write(k); await tick(); } };
  return { reader, type, screen: () => screen.replace(/\x1b\[[0-9;]*[A-Za-z]/g, ""), raw: () => screen };
}

describe("createLineReader on a terminal", () => {
  it("puts an insertion into the line being edited: typing edits it, Enter submits the result", async () => {
    const t = terminal();
    const line = t.reader.read("english", { prefill: "The budget is Rp 800 billion.", insert: true });
    await t.type(LEFT, "\x7f", "!", "\r"); // cursor before '.', delete 'n', type '!'
    expect(await line).toBe("The budget is Rp 800 billio!.");
    expect(t.screen()).toContain("en> The budget is Rp 800 billion.");
    t.reader.close();
  });

  it("keeps commands out of the up-arrow history, texts (typed or inserted) in it", async () => {
    const t = terminal();
    const first = t.reader.read("english");
    await t.type("North Korea fired a missile.\r");
    expect(await first).toBe("North Korea fired a missile.");
    const cmd = t.reader.read("english");
    await t.type(":tm 1\r");
    expect(await cmd).toBe(":tm 1");
    const inserted = t.reader.read("english", { prefill: "Inserted text.", insert: true });
    await t.type("\x15", "\r"); // Ctrl-U clears the line: an empty line is not the insertion on a terminal
    expect(await inserted).toBe("");
    const recalled = t.reader.read("english");
    await t.type(UP, "\r");
    expect(await recalled).toBe("Inserted text.");
    const older = t.reader.read("english");
    await t.type(UP, UP, "\r"); // the submitted "Inserted text." then the first text; never ":tm 1"
    expect(await older).toBe("North Korea fired a missile.");
    t.reader.close();
  });

  it("completes a glossary rendering with Tab", async () => {
    const t = terminal();
    t.reader.complete(["White House", "North Korea"]);
    const line = t.reader.read("english");
    await t.type("Sanctions were announced by the Wh", "\t", ".\r");
    expect(await line).toBe("Sanctions were announced by the White House.");
    t.reader.close();
  });

  it("ends with null on Ctrl-C or end of input", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    await t.type("\x03");
    expect(await line).toBeNull();
  });
});

describe("createLineReader on a terminal: pastes and Ctrl-C", () => {
  it("takes a text pasted over several lines as one line (bracketed paste): nothing is submitted before Enter", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    await t.type(PASTE("The Jakarta disaster agency recorded water up to 1.2 meters\r\nat several\tpoints.\r\n"));
    await t.type(" Rain continues.", "\r");
    expect(await line).toBe("The Jakarta disaster agency recorded water up to 1.2 meters at several points. Rain continues.");
    expect(t.screen()).toContain("en> The Jakarta disaster agency");
    t.reader.close();
  });

  it("puts a paste (or keys read in one burst) where the cursor is, not at the end of the line", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    await t.type("Water rose to meters.");
    for (let k = 0; k < 7; k++) await t.type(LEFT); // before 'meters.'
    await t.type(PASTE("1.2 "));
    await t.type("\x01", "Flood: ", "\r"); // Ctrl-A, then a burst typed at the start
    expect(await line).toBe("Flood: Water rose to 1.2 meters.");
    t.reader.close();
  });

  it("turns the terminal's bracketed paste on while reading and off at the end", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    await t.type("\x04"); // Ctrl-D on an empty line: end of input
    expect(await line).toBeNull();
    expect(t.raw().startsWith("\x1b[?2004h")).toBe(true);
    expect(t.raw().endsWith("\x1b[?2004l")).toBe(true);
  });

  it("Ctrl-C with text in the line keeps it and asks again; Enter then saves it; Ctrl-C twice quits", async () => {
    const t = terminal();
    const kept = t.reader.read("english");
    await t.type("Half a sentence", "\x03");
    expect(t.screen()).toContain(`\n${INTERRUPTED}\n`);
    await t.type(" and the rest.", "\r");
    expect(await kept).toBe("Half a sentence and the rest.");
    const next = t.reader.read("english");
    await t.type("Another one", "\x03"); // warned again: a new line
    await t.type("\x03");
    expect(await next).toBeNull();
    expect(t.reader.unsaved()).toBe("Another one");
    expect(t.screen().split(INTERRUPTED).length - 1).toBe(2);
  });

  it("reads keys again after Ctrl-Z and fg (readline paused its input when the process continued)", async () => {
    // (readline's own Ctrl-Z stops the process: here its steps at SIGCONT are made by hand)
    const input = new PassThrough();
    const output = new PassThrough().resume();
    const rl = readline.createInterface({ input, output, terminal: true });
    let line: string | null = null;
    rl.on("line", (l) => { line = l; });
    readAfterStop(rl, () => line === null);
    input.write("Half typed");
    await tick();
    rl.pause(); // what readline does when the process continues, before it emits SIGCONT
    rl.emit("SIGCONT");
    input.write(" and more.\r");
    await tick();
    expect(line).toBe("Half typed and more.");
    rl.close();
  });

  it("Ctrl-C on an empty line quits at once", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    await t.type("\x03");
    expect(await line).toBeNull();
    expect(t.screen()).not.toContain(INTERRUPTED);
  });
});

describe("pasteFilter", () => {
  const through = async (...chunks: string[]) => {
    const f = pasteFilter();
    const out: unknown[] = [];
    f.on("data", (d) => { out.push(d); });
    for (const c of chunks) f.write(c);
    f.end();
    await new Promise((r) => f.on("end", r));
    return out;
  };
  it("hands on each paste whole, line breaks and tabs flattened to one space, markers dropped (even cut across reads), between the keys around it", async () => {
    expect(await through("ab\x1b[20", "0~one\r\n\r\ntwo\tthree\x1b[2", "01~\r")).toEqual(["ab", { paste: "one two three" }, "\r"]);
    expect(await through("\x1b[200~\r\nLine.\r\n\x1b[201~")).toEqual([{ paste: "Line." }]);
    expect(await through("\x1b[Dx\r")).toEqual(["\x1b[Dx\r"]); // keys outside a paste pass unchanged
    expect(await through("x\x1b[200~", "Wa", "ter\r", "\nrose.", "\x1b[201~y")).toEqual(["x", { paste: "Water rose." }, "y"]);
  });
  it("counts a paste longer than PASTE_LIMIT characters without keeping it", async () => {
    const long = "a".repeat(PASTE_LIMIT - 1);
    expect(await through(PASTE(long + "\r\nb"), "c")).toEqual([{ tooLong: PASTE_LIMIT + 1 }, "c"]);
    expect(await through(PASTE(long + "b"))).toEqual([{ paste: long + "b" }]);
  });
});

describe("createLineReader on a terminal: a large paste", () => {
  // ~95 KB of text over many lines (under PASTE_LIMIT), read in 4 KB chunks as a terminal sends it
  const lines = Array.from({ length: 1050 }, (_, i) => `Sentence ${i + 1}: the Jakarta disaster agency recorded water up to 1.${i % 10} meters\tat several points.`);
  const pasted = lines.join("\r\n");
  const flat = lines.join(" ").replace(/\t/g, " ");
  const inChunks = (text: string) => Array.from({ length: Math.ceil(text.length / 4096) }, (_, i) => text.slice(i * 4096, (i + 1) * 4096));

  it("puts a 95 KB paste into the line in one piece, where the cursor is, the keys before and after it in order", async () => {
    expect(pasted.length).toBeGreaterThan(95_000);
    expect(flat.length).toBeLessThanOrEqual(PASTE_LIMIT);
    const t = terminal();
    const line = t.reader.read("english");
    await t.type("Report: end.");
    for (let k = 0; k < 4; k++) await t.type(LEFT); // before 'end.'
    await t.type(...inChunks(`x${PASTE(pasted)}y `));
    await t.type("\r");
    expect(await line).toBe(`Report: x${flat}y end.`);
    t.reader.close();
  });

  it("refuses a paste longer than PASTE_LIMIT (100,000) characters with a message and keeps the line as it was", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let screen = "";
    output.on("data", (d) => { screen += String(d); });
    expect(PASTE_LIMIT).toBe(100_000);
    const reader = createLineReader({ input, output, terminal: true }, () => "en> ", { pasteTooLong: (n, limit) => `  paste of ${n} characters not taken (at most ${limit})` });
    const line = reader.read("english");
    input.write("Kept ");
    await tick();
    for (const c of inChunks(PASTE("b".repeat(PASTE_LIMIT + 5)))) { input.write(c); await tick(); }
    input.write("text.\r");
    expect(await line).toBe("Kept text.");
    expect(screen).toContain(`\n  paste of ${PASTE_LIMIT + 5} characters not taken (at most ${PASTE_LIMIT})\n`);
    reader.close();
  });
});

describe("createLineReader on piped input", () => {
  it("an empty line right after an insertion takes it; otherwise lines are as typed", async () => {
    const input = new PassThrough();
    const reader = createLineReader({ input, terminal: false }, () => "");
    input.end("\n\nTyped English.\n");
    expect(await reader.read("english", { prefill: "Inserted.", insert: true })).toBe("Inserted.");
    expect(await reader.read("english")).toBe("");
    expect(await reader.read("english", { prefill: "Inserted.", insert: true })).toBe("Typed English.");
    expect(await reader.read("english")).toBeNull();
  });
});

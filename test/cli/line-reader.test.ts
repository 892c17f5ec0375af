/**
 * The session's line input on a terminal (readline with terminal: true on fake streams, keys as a
 * terminal sends them): an insertion is put into the line being edited, commands stay out of the
 * up-arrow history while texts stay in it, Tab completes glossary renderings; and piped, an empty
 * line takes an insertion as it is.
 */
import { PassThrough } from "node:stream";
import { createLineReader } from "../../src/cli/line-reader";

const UP = "\x1b[A";
const LEFT = "\x1b[D";
const tick = () => new Promise((r) => setImmediate(r));

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (d) => { screen += String(d); });
  const reader = createLineReader({ input, output, terminal: true }, (kind) => (kind === "english" ? "en> " : "fix> "));
  /** Types keys one burst at a time, as a person would. */
  const type = async (...keys: string[]) => { for (const k of keys) { input.write(k); await tick(); } };
  return { reader, type, screen: () => screen.replace(/\x1b\[[0-9;]*[A-Za-z]/g, "") };
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

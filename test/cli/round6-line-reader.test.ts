/**
 * The session's line on a terminal holds at most PASTE_LIMIT (MAX_UNIT_CHARS) characters however
 * they come: a paste that would make the line longer with what is in it already is refused, the line
 * as it was; a line typed past the limit is refused on Enter and given back to shorten.
 */
import { PassThrough } from "node:stream";
import { createLineReader, PASTE_LIMIT } from "../../src/cli/line-reader";

const tick = () => new Promise((r) => setImmediate(r));
const PASTE = (text: string) => `\x1b[200~${text}\x1b[201~`;
const inChunks = (text: string) => Array.from({ length: Math.ceil(text.length / 4096) }, (_, i) => text.slice(i * 4096, (i + 1) * 4096));

function terminal() {
  const input = new PassThrough();
  const output = new PassThrough();
  let screen = "";
  output.on("data", (d) => { screen += String(d); });
  const reader = createLineReader({ input, output, terminal: true }, () => "en> ", {
    pasteTooLong: (n, limit) => `  paste of ${n} not taken (at most ${limit})`,
    lineTooLong: (n, limit, pasted) => `  ${pasted ? "paste making" : "line of"} ${n} not taken (at most ${limit})`,
  });
  const type = async (...keys: string[]) => { for (const k of keys) { input.write(k); await tick(); } };
  return { reader, type, screen: () => screen };
}

describe("the session's line holds at most PASTE_LIMIT characters", () => {
  it("two pastes under the limit each but over it together: the second is refused, the line as it was", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    const half = "a".repeat(PASTE_LIMIT / 2 + 10);
    await t.type(...inChunks(PASTE(half)));
    await t.type(...inChunks(PASTE("b".repeat(PASTE_LIMIT / 2))));
    await t.type("\r");
    expect(await line).toBe(half);
    expect(t.screen()).toContain(`\n  paste making ${PASTE_LIMIT + 10} not taken (at most ${PASTE_LIMIT})\n`);
    t.reader.close();
  });

  it("a line typed past the limit is refused on Enter and given back; shortened, it is taken", async () => {
    const t = terminal();
    const line = t.reader.read("english");
    // (a paste just under the limit, then keys typed past it)
    await t.type(...inChunks(PASTE("c".repeat(PASTE_LIMIT - 5))));
    await t.type("d", "d", "d", "d", "d", "d", "d", "\r");
    expect(t.screen()).toContain(`  line of ${PASTE_LIMIT + 2} not taken (at most ${PASTE_LIMIT})\n`);
    // the line is back in the editor: two Backspaces and Enter take it
    await t.type("\x7f", "\x7f", "\r");
    expect(await line).toBe("c".repeat(PASTE_LIMIT - 5) + "ddddd");
    t.reader.close();
  });
});

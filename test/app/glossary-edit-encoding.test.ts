/**
 * `glossary set/add/remove` change only what they are told to: a cell set then emptied gives the row
 * back byte for byte, and a file in UTF-16 (with its byte order mark) stays UTF-16 of the same byte order.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const SHORT_HEADER = "id\tsource\tpreferred\n";
const ROWS = "north-korea\tKorea Utara\t=North Korea\nwhite-house\t=Gedung Putih\t=White House\n";

function workspace(bytes: Buffer | string): { dir: string; file: string; db: string } {
  const dir = tempDir("selaras-glossary-enc-");
  fs.mkdirSync(path.join(dir, "glossary"));
  const file = path.join(dir, "glossary", "a.tsv");
  fs.writeFileSync(file, bytes);
  return { dir, file, db: path.join(dir, "s.db") };
}

const utf16 = (text: string, order: "le" | "be"): Buffer => {
  const le = Buffer.from("\uFEFF" + text, "utf16le");
  return order === "le" ? le : le.swap16();
};

describe("glossary set: a cell set then emptied", () => {
  it("gives the row back as it was (no trailing tab)", async () => {
    const { dir, file, db } = workspace(SHORT_HEADER + ROWS);
    const set = await run(["glossary", "set", "north-korea", "--note", "x", "--db", db], { cwd: dir });
    expect(set.code).toBe(0);
    expect(fs.readFileSync(file, "utf8").split("\n")[1]).toBe("north-korea\tKorea Utara\t=North Korea\t\t\t\t\t\tx");
    const unset = await run(["glossary", "set", "north-korea", "--note", "", "--db", db], { cwd: dir });
    expect(unset.code).toBe(0);
    // (the header keeps the columns it grew; the row is as it was)
    expect(fs.readFileSync(file, "utf8")).toBe("id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\n" + ROWS);
  });

  it("keeps empty cells written by hand that the edit did not touch", async () => {
    const text = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\n" + "north-korea\tKorea Utara\t=North Korea\t\t\t\t\t\t\n";
    const { dir, file, db } = workspace(text);
    expect((await run(["glossary", "set", "north-korea", "--preferred", "=DPRK", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(text.replace("=North Korea", "=DPRK"));
  });
});

describe.each(["le", "be"] as const)("a glossary file in UTF-16%s with its byte order mark", (order) => {
  it("stays in that encoding through set, add and remove; the database gets the edits", async () => {
    const { dir, file, db } = workspace(utf16(SHORT_HEADER + ROWS, order));
    expect((await run(["glossary", "set", "white-house", "--preferred", "=the White House", "--db", db], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(file)).toEqual(utf16(SHORT_HEADER + ROWS.replace("=White House", "=the White House"), order));
    const add = await run(["glossary", "add", "kremlin", "--source", "=Kremlin", "--preferred", "=Kremlin", "--into", "a.tsv", "--db", db], { cwd: dir });
    expect([add.code, add.stderr]).toEqual([0, ""]);
    const added = fs.readFileSync(file);
    expect(added.subarray(0, 2)).toEqual(Buffer.from(order === "le" ? [0xff, 0xfe] : [0xfe, 0xff]));
    expect(new TextDecoder(order === "le" ? "utf-16le" : "utf-16be").decode(added)).toContain("kremlin\t=Kremlin\t=Kremlin");
    expect((await run(["glossary", "remove", "north-korea", "--db", db], { cwd: dir })).code).toBe(0);
    const text = new TextDecoder(order === "le" ? "utf-16le" : "utf-16be").decode(fs.readFileSync(file));
    expect(text).not.toContain("north-korea");
    expect(text).toContain("white-house\t=Gedung Putih\t=the White House\n");
    const list = await run(["glossary", "list", "--json", "--db", db], { cwd: dir });
    expect(JSON.parse(list.stdout).map((c: { id: string }) => c.id).sort()).toEqual(["kremlin", "white-house"]);
  });
});

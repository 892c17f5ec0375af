/**
 * `translate set` takes no English (nor note) longer than an import takes (MAX_UNIT_CHARS): such a text
 * was saved, exported, and every import of the export, Selaras's own included, refused the whole file.
 */
import * as fs from "node:fs";
import { MAX_UNIT_CHARS } from "../../src/text/limits";
import { dumpDb, ingestedProject, run } from "../helpers/cli";

describe("translate set: the size limit of one unit", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => ({ dir, db } = await ingestedProject({ "satu.txt": "Presiden tiba di Jakarta.\n\nRapat berlangsung tiga jam.\n" })));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses an English or a note of 100,001 characters (exit 2, nothing saved) and takes 100,000", async () => {
    const before = dumpDb(db);
    const long = await run(["translate", "set", "satu:1", "--db", db, "--", "A".repeat(MAX_UNIT_CHARS + 1)], { cwd: dir });
    expect(long.code).toBe(2);
    expect(long.stderr).toBe("selaras: satu:1: a text of 100,001 characters, longer than the limit of 100,000 characters for one unit (an import refuses it, see docs/guarantees.md, size limits); nothing was saved\n");
    const note = await run(["translate", "set", "satu:1", "--db", db, "--note", "n".repeat(MAX_UNIT_CHARS + 1), "--", "The president arrived."], { cwd: dir });
    expect(note.code).toBe(2);
    expect(note.stderr).toContain("selaras: --note: a text of 100,001 characters");
    expect(dumpDb(db)).toBe(before);
    expect((await run(["translate", "set", "satu:1", "--db", db, "--", "A".repeat(MAX_UNIT_CHARS)], { cwd: dir })).code).toBe(0);
  });
});

/**
 * A piped session line longer than a unit takes (MAX_UNIT_CHARS, which a terminal's line reader refuses
 * as typed) is not saved: that unit is skipped, said in the interface language, and the lines after
 * it answer the units after it.
 */
import * as fs from "node:fs";
import { ingestedProject, run } from "../helpers/cli";
import { MAX_UNIT_CHARS } from "../../src/text/limits";

const ARTICLE = [
  "Banjir Rendam Jakarta Utara", "",
  "Hujan deras mengguyur Jakarta sejak Senin pagi.", "",
  "Ratusan rumah di Jakarta Utara terendam banjir.", "",
].join("\n");

describe("round seven: a piped answer over the limit", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => { ({ dir, db } = await ingestedProject({ "banjir.txt": ARTICLE }, "selaras-r7s-")); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const long = "x".repeat(MAX_UNIT_CHARS + 1);
  const show = async (ref: string) => JSON.parse((await run(["translate", "show", ref, "--db", db, "--json"], { cwd: dir })).stdout) as { rendering: { text: string } | null };

  it("is not saved; its unit is skipped and the next line answers the next unit", async () => {
    const r = await run(["translate", "banjir", "--translator", "Ani", "--db", db], { cwd: dir, stdin: `Floods Swamp North Jakarta\n${long}\nHundreds of homes in North Jakarta were flooded.\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\n  Not saved: the answer is 100,001 characters long, more than the 100,000 a unit takes; this unit is skipped, and the next line answers the next unit.\n  skipped banjir:2\n");
    expect(r.stdout).not.toContain("xxxxxxxxxx");
    expect((await show("banjir:1")).rendering?.text).toBe("Floods Swamp North Jakarta");
    expect((await show("banjir:2")).rendering).toBeNull();
    expect((await show("banjir:3")).rendering?.text).toBe("Hundreds of homes in North Jakarta were flooded.");
    expect(fs.readFileSync(`${dir}/translations/banjir.translations.txt`, "utf8")).not.toContain("xxxxxxxxxx");
  });

  it("says so in Indonesian", async () => {
    const r = await run(["translate", "banjir", "--translator", "Ani", "--db", db, "--lang", "id"], { cwd: dir, stdin: `${long}\n:q\n` });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\n  Tidak disimpan: jawaban sepanjang 100.001 karakter, lebih dari 100.000 yang muat dalam satu unit; unit ini dilewati, dan baris berikutnya menjawab unit berikutnya.\n");
    expect((await show("banjir:1")).rendering).toBeNull();
  });
});

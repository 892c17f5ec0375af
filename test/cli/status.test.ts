/** `selaras status`: per-document progress, a bar on a terminal, plain when piped, JSON with --json. */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const FIXTURE = path.join(__dirname, "../fixtures/translate/rapat-kabinet.txt");

describe("selaras status", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    await run(["ingest", FIXTURE, "--db", db]);
    await run(["translate", "set", "rapat-kabinet:3", "He met the ministers at the palace.", "--db", db, "--translator", "Ani"]);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("prints plain figures when piped and a bar on a terminal", async () => {
    const plain = await run(["status", "--db", db]);
    expect(plain.stdout).toBe(
      "rapat-kabinet  1/5 translated (20.0%), 5 segments, 0 boilerplate, 38 words\n" +
      "1 document: 1/5 segments translated.\n",
    );
    const tty = await run(["status", "--db", db], { isTTY: true });
    expect(tty.stdout).toContain("████░░░░░░░░░░░░░░░░");
  });

  it("refuses a document name it does not know (exit 2), as every other command does", async () => {
    for (const names of [["nope"], ["rapat-kabinet", "nope"]]) {
      const r = await run(["status", ...names, "--db", db]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe("selaras: no document 'nope' in the database ('selaras status' lists the documents)\n");
    }
    expect((await run(["status", "rapat-kabinet", "--db", db])).code).toBe(0);
  });

  it("names the document a mistyped or shortened name was meant to be, in both languages; an empty database says so", async () => {
    const err = async (args: string[]) => { const r = await run([...args, "--db", db]); return [r.code, r.stdout, r.stderr]; };
    expect(await err(["status", "rapat-kabinte"])).toEqual([2, "", "selaras: no document 'rapat-kabinte' in the database (did you mean 'rapat-kabinet'?)\n"]);
    expect(await err(["translate", "show", "rapat:2"])).toEqual([2, "", "selaras: no document 'rapat' in the database (did you mean 'rapat-kabinet'?)\n"]);
    expect(await err(["export", "--format", "tsv", "--out", "-", "--doc", "rapat-kabinet", "--doc", "kabinet", "--lang", "id"]))
      .toEqual([2, "", "selaras: tidak ada dokumen 'kabinet' di basis data ('selaras status' menampilkan daftar dokumennya)\n"]);
    const empty = path.join(dir, "users.db");
    expect((await run(["users", "add", "Ani", "--role", "translator", "--db", empty])).code).toBe(0);
    expect(await run(["status", "rapat-kabinet", "--db", empty])).toEqual({ code: 2, stdout: "", stderr: "selaras: no document 'rapat-kabinet': the database holds no documents yet ('selaras ingest <files>' stores articles)\n" });
    expect((await run(["translate", "rapat-kabinet", "--db", empty, "--lang", "id"])).stderr).toBe("selaras: tidak ada dokumen 'rapat-kabinet': basis data belum berisi dokumen ('selaras ingest <berkas>' menyimpan artikel)\n");
  });

  it("gives the documented JSON fields", async () => {
    const rows = JSON.parse((await run(["status", "--db", db, "--json"])).stdout);
    expect(rows).toEqual([{
      document: "rapat-kabinet", title: "Presiden tiba di Jakarta pada hari Senin.", segments: 5, boilerplate: 0, suspect: 0,
      translatable: 5, translated: 1, reviewed: 0, draft: 0, aligned: 0, untranslated: 4, stale: 0, orphaned: 0, words: 38, percent: 20, orphans: [],
    }]);
  });
});

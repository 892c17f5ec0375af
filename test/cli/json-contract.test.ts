/**
 * The CLI as a contract for scripts: under --json (or --format json) standard output holds one JSON
 * document, on failure too ({"error": {...}}, docs/reference/commands.md#errors-under---json); an
 * unknown option is refused with the option it was probably meant to be; a number option refuses a
 * word; `--out -` writes standard output and a device or FIFO given as --out is written, not replaced.
 */
import { execFileSync, spawn } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";

const FIXTURE = path.join(__dirname, "../fixtures/translate/rapat-kabinet.txt");

describe("the CLI's contract with scripts", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    expect((await run(["ingest", FIXTURE, "--db", db])).code).toBe(0);
    expect((await run(["translate", "set", "rapat-kabinet:3", "He met the ministers at the palace.", "--db", db, "--translator", "Ani"])).code).toBe(0);
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  describe("errors under --json: one JSON document on standard output, the sentence on standard error", () => {
    it("a missing database", async () => {
      const r = await run(["status", "--json", "--db", "nope.db"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: {
          code: "db-missing",
          message: "nope.db: no such database, and this command does not create one: check --db (or SELARAS_DB), or create it with `npm start` (the whole pipeline), `selaras pipeline` or `selaras ingest <articles>`",
          file: "nope.db", relativeFile: "nope.db", line: null, column: null, data: { file: "nope.db" },
        },
      });
      expect(r.stderr).toBe("selaras: nope.db: no such database, and this command does not create one: check --db (or SELARAS_DB), or create it with `npm start` (the whole pipeline), `selaras pipeline` or `selaras ingest <articles>`\n");
      expect(fs.existsSync(path.join(dir, "nope.db"))).toBe(false);
    });

    it("an unknown document; without --json standard output stays empty", async () => {
      const r = await run(["status", "nosuch", "--db", db, "--json"]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({ error: { code: "not-found-document", message: "no document 'nosuch' in the database ('selaras status' lists the documents)", file: null, relativeFile: null, line: null, column: null, data: { document: "nosuch", documents: 1 } } });
      const plain = await run(["status", "nosuch", "--db", db]);
      expect(plain).toEqual({ code: 2, stdout: "", stderr: "selaras: no document 'nosuch' in the database ('selaras status' lists the documents)\n" });
      // (the last of --json / --no-json counts)
      expect((await run(["status", "nosuch", "--db", db, "--json", "--no-json"])).stdout).toBe("");
    });

    it("a bad input line under --format json names the file and line, as given", async () => {
      fs.writeFileSync(path.join(dir, "pairs.tsv"), "Presiden tiba.\tThe President arrived.\nno tab here\n");
      const r = await run(["check", "--pairs", "pairs.tsv", "--format", "json"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: { code: "pairs-bad-line", message: "pairs.tsv:2: expected source<TAB>target (columns found: 1)", file: "pairs.tsv", relativeFile: "pairs.tsv", line: 2, column: null, data: { file: "pairs.tsv", line: 2, columns: 1 } },
      });
      expect(r.stderr).toBe("selaras: pairs.tsv:2: expected source<TAB>target (columns found: 1)\n");
    });

    it("the same document in Indonesian but for the message", async () => {
      const en = JSON.parse((await run(["history", "rapat-kabinet:99", "--db", db, "--json"])).stdout);
      const id = JSON.parse((await run(["history", "rapat-kabinet:99", "--db", db, "--json", "--lang", "id"])).stdout);
      expect(en.error.message).toBe("no segment rapat-kabinet:99 (the document has 5 segments)");
      expect(id.error.message).not.toBe(en.error.message);
      expect({ ...id.error, message: "" }).toEqual({ ...en.error, message: "" });
      expect(en.error.code).toBe("not-found-ref");
    });

    it("a command line yargs refuses: code usage", async () => {
      const r = await run(["export", "--format", "foo", "--out", "x.tmx", "--json", "--db", db]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: { code: "usage", message: "--format: 'foo' is not one of jsonl, moses, tmx, tsv, xliff, xliff12", file: null, relativeFile: null, line: null, column: null, data: { command: "export", option: "--format", value: "foo" } },
      });
      // (a typo of a choice: the choice it was meant to be)
      expect(JSON.parse((await run(["export", "--format", "tmxx", "--out", "x.tmx", "--json", "--db", db])).stdout)).toEqual({
        error: { code: "usage", message: "--format: 'tmxx' is not one of jsonl, moses, tmx, tsv, xliff, xliff12 (did you mean tmx?)", file: null, relativeFile: null, line: null, column: null, data: { command: "export", option: "--format", value: "tmxx", suggestion: "tmx" } },
      });
    });
  });

  describe("unknown options", () => {
    it.each([
      [["export", "--fromat", "tmx", "--out", "x.tmx"], "unknown option --fromat (did you mean --format?)", "export"],
      [["status", "--jsn"], "unknown option --jsn (did you mean --json?)", "status"],
      [["translate", "set", "rapat-kabinet:3", "x", "--no-propagte"], "unknown option --no-propagte (did you mean --no-propagate?)", "translate set"],
      [["check", "ignore", "rapat-kabinet:3", "number-mismatch", "--reasn", "x"], "unknown option --reasn (did you mean --reason?)", "check ignore"],
      [["status", "--frobnicate"], "unknown option --frobnicate", "status"],
      // (a longer or shorter form of an option)
      [["export", "--format", "tmx", "--output", "x.tmx"], "unknown option --output (did you mean --out?)", "export"],
      [["align", "--document", "rapat-kabinet", "x.en.txt"], "unknown option --document (did you mean --doc?)", "align"],
    ])("%j is refused before anything runs, with a suggestion", async (argv, message, command) => {
      const r = await run([...argv, "--db", db]);
      expect(r).toEqual({ code: 2, stdout: "", stderr: `selaras: ${message}\nRun 'selaras ${command} --help' for usage.\n` });
    });

    it("in Indonesian, and as JSON under --json", async () => {
      const r = await run(["export", "--fromat", "tmx", "--out", "x.tmx", "--lang", "id", "--json"]);
      expect(r.code).toBe(2);
      expect(r.stderr).toBe("selaras: opsi tak dikenal --fromat (maksud Anda --format?)\nJalankan 'selaras export --help' untuk petunjuk pemakaian.\n");
      expect(JSON.parse(r.stdout).error).toEqual({ code: "usage", message: "opsi tak dikenal --fromat (maksud Anda --format?)", file: null, relativeFile: null, line: null, column: null, data: { command: "export", option: "--fromat", suggestion: "--format" } });
    });

    it("an option that is the command's positional: the command line as it works, each option named once", async () => {
      expect(await run(["check", "--doc", "rapat-kabinet", "--doc=other", "--db", db])).toEqual({
        code: 2, stdout: "",
        stderr: `selaras: unknown option --doc: type the [documents..] argument (as in the usage line of --help) without an option: 'selaras check rapat-kabinet other --db ${db}'\nRun 'selaras check --help' for usage.\n`,
      });
      expect((await run(["translate", "--doc", "rapat-kabinet"])).stderr).toBe("selaras: unknown option --doc: type the [document] argument (as in the usage line of --help) without an option: 'selaras translate rapat-kabinet'\nRun 'selaras translate --help' for usage.\n");
    });

    it("an option that is the command's positional, in Indonesian and as JSON", async () => {
      const r = await run(["status", "--doc", "rapat kabinet", "--lang", "id", "--json", "--db", db]);
      expect(r.code).toBe(2);
      const message = `opsi tak dikenal --doc: tulis argumen [documents..] (seperti di baris pemakaian --help) tanpa opsi: 'selaras status "rapat kabinet" --lang id --json --db ${db}'`;
      expect(r.stderr).toBe(`selaras: ${message}\nJalankan 'selaras status --help' untuk petunjuk pemakaian.\n`);
      expect(JSON.parse(r.stdout).error).toEqual({ code: "usage", message, file: null, relativeFile: null, line: null, column: null, data: { command: "status", option: "--doc", positional: "documents" } });
    });

    it("options that exist pass: --no-<boolean>, --name=value, a negative number, '-' for standard input", async () => {
      expect((await run(["status", "--db", db, "--no-json"])).code).toBe(0);
      expect((await run(["status", `--db=${db}`, "--json=false"])).code).toBe(0);
      const seg = await run(["segment", "-", "--json"], { stdin: "Presiden tiba di Jakarta. Ia disambut menteri." });
      expect(seg.code).toBe(0);
      expect(JSON.parse(seg.stdout).map((s: { text: string }) => s.text)).toEqual(["Presiden tiba di Jakarta.", "Ia disambut menteri."]);
    });
  });

  it("a number option given a word is refused, naming the word", async () => {
    expect(await run(["serve", "--port", "abc", "--db", db])).toEqual({ code: 2, stdout: "", stderr: "selaras: --port takes a number, not 'abc'\nRun 'selaras serve --help' for usage.\n" });
    expect(await run(["audit", "--min-count=x", "--db", db])).toEqual({ code: 2, stdout: "", stderr: "selaras: --min-count takes a number, not 'x'\nRun 'selaras audit --help' for usage.\n" });
  });

  it("a list option given no value is refused (check --only ran every check, export --doc every document)", async () => {
    expect(await run(["check", "--only", "--format", "json", "--db", db])).toEqual({
      code: 2,
      stdout: JSON.stringify({ error: { code: "usage", message: "--only needs at least one value", file: null, relativeFile: null, line: null, column: null, data: { command: "check", option: "--only" } } }, null, 2) + "\n",
      stderr: "selaras: --only needs at least one value\nRun 'selaras check --help' for usage.\n",
    });
    expect(await run(["export", "--format", "tsv", "--out", path.join(dir, "n.tsv"), "--doc", "--db", db])).toEqual({ code: 2, stdout: "", stderr: "selaras: --doc needs at least one value\nRun 'selaras export --help' for usage.\n" });
    expect(fs.existsSync(path.join(dir, "n.tsv"))).toBe(false);
    // (glossary set --admitted with no value clears the list, as --admitted "" does)
    fs.mkdirSync(path.join(dir, "g2"), { recursive: true });
    fs.writeFileSync(path.join(dir, "g2", "terms.tsv"), "id\tsource\tpreferred\tadmitted\npresiden\tPresiden\t=President\t=head of state\n");
    const set = await run(["glossary", "set", "presiden", "--admitted", "--dir", "g2", "--db", path.join(dir, "g2.db"), "--json"], { cwd: dir });
    expect(set.code).toBe(0);
    expect(fs.readFileSync(path.join(dir, "g2", "terms.tsv"), "utf8")).not.toContain("head of state");
  });

  it("terms \"\" is an empty text, not standard input (a `while read` loop's input is left alone)", async () => {
    const r = await run(["terms", "", "--json", "--db", db], { stdin: "Presiden tiba.\n" });
    expect(r).toEqual({ code: 0, stdout: "[]\n", stderr: "" });
  });

  it("after --, a word that starts with '-' is an argument (an English text '- he said …'), and options after it are refused", async () => {
    const text = "- The ministers agreed, he said.";
    // (a database of its own: the tests after this one count the renderings of `db`)
    const own = tempDir();
    const db = path.join(own, "dash.db");
    expect((await run(["ingest", FIXTURE, "--db", db])).code).toBe(0);
    const r = await run(["translate", "set", "rapat-kabinet:4", "--db", db, "--translator", "Ani", "--json", "--", text]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const shown = JSON.parse((await run(["translate", "show", "rapat-kabinet:4", "--db", db, "--json"])).stdout) as { rendering: { text: string; author: string } };
    expect(shown.rendering).toMatchObject({ text, author: "Ani" });
    // (without --: an option, refused; with the options after --: arguments, too many)
    expect((await run(["translate", "set", "rapat-kabinet:4", text, "--db", db])).code).toBe(2);
    const late = await run(["translate", "set", "rapat-kabinet:4", "--db", db, "--", text, "--translator", "Ani"]);
    expect([late.code, late.stderr]).toEqual([2, "selaras: Unknown arguments: --translator, Ani\nRun 'selaras translate set --help' for usage.\n"]);
    // `-` after -- is still standard input
    const terms = await run(["terms", "--json", "--db", db, "--", "-"], { stdin: "Korea Utara\n" });
    expect(terms.code).toBe(0);
    expect((JSON.parse(terms.stdout) as Array<{ text: string; entry: string }>).map((m) => [m.text, m.entry])).toEqual([["Korea Utara", "north-korea"]]);
    fs.rmSync(own, { recursive: true, force: true });
  });

  it("every command that prints data prints one JSON document under --json, nothing on standard error", async () => {
    const cases: string[][] = [
      ["status"], ["translate", "show", "rapat-kabinet:3"], ["history", "rapat-kabinet:3"], ["segments", "suggest"],
      ["check"], ["check", "--format", "json"], ["audit"], ["users", "list"], ["terms", "Presiden tiba di Jakarta."],
      ["glossary", "list"], ["glossary", "candidates"], ["export", "--format", "tmx", "--out", path.join(dir, "all.tmx")],
      ["translations", "export", "--out", path.join(dir, "tr")],
    ];
    for (const argv of cases) {
      const r = await run([...argv, "--json", "--db", db]);
      expect([argv, r.code, r.stderr]).toEqual([argv, 0, ""]);
      expect(() => JSON.parse(r.stdout)).not.toThrow();
      expect(r.stdout.endsWith("}\n") || r.stdout.endsWith("]\n")).toBe(true);
    }
    const seg = await run(["segment", FIXTURE, "--json"]);
    expect(JSON.parse(seg.stdout)).toHaveLength(5);
  });

  it("users remove --json gives {name, role, removed}", async () => {
    expect((await run(["users", "add", "bob", "--role", "translator", "--db", db])).code).toBe(0);
    const r = await run(["users", "remove", "bob", "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toEqual({ name: "bob", role: "translator", removed: true });
  });

  it("pipeline refuses a folder that is no project (no corpus/, glossary/ or translations/), making nothing", async () => {
    const empty = tempDir();
    try {
      const r = await run(["pipeline", "--json"], { cwd: empty });
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout)).toEqual({
        error: { code: "not-a-project", message: ".: not a Selaras project (none of corpus/, glossary/, translations/ is in it); nothing was done: run the pipeline in the project folder, or give it with --root", file: null, relativeFile: null, line: null, column: null, data: { dir: "." } },
      });
      expect(r.stderr).toBe("selaras: .: not a Selaras project (none of corpus/, glossary/, translations/ is in it); nothing was done: run the pipeline in the project folder, or give it with --root\n");
      expect(fs.readdirSync(empty)).toEqual([]);
      const id = await run(["pipeline", "--root", "nosuch", "--lang", "id"], { cwd: empty });
      expect(id).toEqual({ code: 2, stdout: "", stderr: "selaras: nosuch: bukan proyek Selaras (tidak ada corpus/, glossary/, maupun translations/ di dalamnya); tidak ada yang dikerjakan: jalankan pipeline di folder proyek, atau beri foldernya dengan --root\n" });
      expect(fs.readdirSync(empty)).toEqual([]);
    } finally {
      fs.rmSync(empty, { recursive: true, force: true });
    }
  });

  it("glossary export --json: a summary with --out, refused without (its data is TSV or TBX)", async () => {
    fs.mkdirSync(path.join(dir, "gl"), { recursive: true });
    fs.writeFileSync(path.join(dir, "gl", "terms.tsv"), "id\tsource\tpreferred\npresiden\tPresiden\t=President\n");
    const r = await run(["glossary", "export", "--glossary", "gl", "--json"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(JSON.parse(r.stdout).error.code).toBe("glossary-export-json");
    expect(r.stderr).toBe("selaras: glossary export writes TSV or TBX, not JSON: without --out, leave out --json (the concepts as JSON: selaras glossary list --json)\n");
    const w = await run(["glossary", "export", "--glossary", "gl", "--format", "tbx", "--out", "g.tbx", "--json"], { cwd: dir });
    expect(w).toEqual({ code: 0, stdout: JSON.stringify({ format: "tbx", file: "g.tbx", concepts: 1 }, null, 2) + "\n", stderr: "" });
    expect(fs.readFileSync(path.join(dir, "g.tbx"), "utf8")).toContain("<term>President</term>");
  });

  describe("--out - and devices", () => {
    it("export --out - writes the export on standard output, the summary on standard error, no file named '-'", async () => {
      const file = await run(["export", "--format", "tsv", "--out", "x.tsv", "--db", db], { cwd: dir });
      expect(file.stdout).toBe("Exported 1 unit as tsv: x.tsv\n");
      const r = await run(["export", "--format", "tsv", "--out", "-", "--db", db], { cwd: dir });
      expect(r.code).toBe(0);
      expect(r.stdout).toBe(fs.readFileSync(path.join(dir, "x.tsv"), "utf8"));
      expect(r.stdout.split("\n")[1]).toMatch(/^Ia bertemu dengan para menteri di istana\.\tHe met the ministers at the palace\.\t/);
      expect(r.stderr).toBe("Exported 1 unit as tsv: -\n");
      expect(fs.existsSync(path.join(dir, "-"))).toBe(false);
    });

    it("refuses --out - for Moses (three files) and with --json (both want standard output)", async () => {
      expect(await run(["export", "--format", "moses", "--out", "-", "--db", db])).toEqual({
        code: 2, stdout: "", stderr: "selaras: -: Moses writes three files (<out>.id, <out>.en, <out>.ids), not one stream; give --out a file stem (or choose another --format)\n",
      });
      const r = await run(["export", "--format", "tsv", "--out", "-", "--json", "--db", db]);
      expect(r.code).toBe(2);
      expect(JSON.parse(r.stdout).error.code).toBe("out-stdout-json");
    });

    it("audit and glossary export take --out - as standard output", async () => {
      const a = await run(["audit", "--format", "json", "--db", db]);
      const b = await run(["audit", "--format", "json", "--out", "-", "--db", db]);
      expect(b.stdout).toBe(a.stdout);
      expect(JSON.parse(b.stdout).pairs).toBe(1);
      fs.mkdirSync(path.join(dir, "glossary"), { recursive: true });
      fs.writeFileSync(path.join(dir, "glossary", "terms.tsv"), "id\tsource\tpreferred\npresiden\tPresiden\t=President\n");
      const g = await run(["glossary", "export", "--glossary", "glossary", "--out", "-"], { cwd: dir });
      expect(g.code).toBe(0);
      expect(g.stdout).toBe((await run(["glossary", "export", "--glossary", "glossary"], { cwd: dir })).stdout);
      expect(g.stdout.split("\n")[0]).toBe("id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample");
    });

    it("a FIFO given as --out is written through, and stays a FIFO", async () => {
      const fifo = path.join(dir, "pipe");
      const got = path.join(dir, "got.jsonl");
      execFileSync("mkfifo", [fifo]);
      const reader = spawn("sh", ["-c", 'cat "$1" > "$2"', "sh", fifo, got]);
      const done = new Promise<number | null>((resolve) => reader.on("exit", resolve));
      const r = await run(["export", "--format", "jsonl", "--out", fifo, "--db", db]);
      expect(r.code).toBe(0);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`Exported 1 unit as jsonl: ${fifo}\n`);
      expect(await done).toBe(0);
      expect(fs.statSync(fifo).isFIFO()).toBe(true);
      const lines = fs.readFileSync(got, "utf8").trim().split("\n");
      expect(lines).toHaveLength(1);
      expect(JSON.parse(lines[0]!).target).toBe("He met the ministers at the palace.");
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    });
  });
});

/**
 * Small CLI defects of issue #13, each as a user meets it: `check` takes several documents,
 * a subcommand's --help lists only its own options, usage errors point to the subcommand's help,
 * and one author resolver (flag, SELARAS_AUTHOR, git user.name, OS user) for every command.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { resolveAuthor } from "../../src/app/author";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

const article = (n: number) => [
  `Rapat ${n}`, "",
  `Pemerintah menyiapkan ${n}.000 sekolah baru.`, "",
].join("\n");

describe("selaras check <documents...>", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    const files = [1, 2, 3].map((n) => {
      const f = path.join(dir, `rapat-${n}.txt`);
      fs.writeFileSync(f, article(n));
      return f;
    });
    expect((await run(["ingest", ...files, "--db", db])).code).toBe(0);
    const store = openStore(db);
    store.transaction(() => {
      for (const n of [1, 2, 3]) {
        const seg = store.documents.segmentByOrdinal(store.documents.bySlug(`rapat-${n}`)!.id, 2)!;
        // every document has one number error: 9,000 for n,000
        store.renderings.create({ segmentIds: [seg.id], text: "The government is preparing 9,000 new schools.", sourceText: seg.text, status: "translated", origin: "manual", author: "t", now: "2026-01-01T00:00:00.000Z" });
      }
    });
    store.close();
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const refs = async (args: string[]) => {
    const r = await run(["check", ...args, "--format", "json", "--db", db]);
    return { code: r.code, refs: [...new Set((JSON.parse(r.stdout).findings as Array<{ ref: string }>).map((f) => f.ref))], pairs: JSON.parse(r.stdout).pairs };
  };

  it("checks the documents named, like status does", async () => {
    expect(await refs(["rapat-1", "rapat-3"])).toEqual({ code: 1, refs: ["rapat-1:2", "rapat-3:2"], pairs: 2 });
    expect(await refs(["rapat-2"])).toEqual({ code: 1, refs: ["rapat-2:2"], pairs: 1 });
    expect(await refs([])).toEqual({ code: 1, refs: ["rapat-1:2", "rapat-2:2", "rapat-3:2"], pairs: 3 });
  });

  it("refuses an unknown document among them (exit 2), and documents together with --pairs", async () => {
    const r = await run(["check", "rapat-1", "nope", "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("nope");
    const p = path.join(dir, "p.tsv");
    fs.writeFileSync(p, "a\tb\n");
    const both = await run(["check", "rapat-1", "rapat-2", "--pairs", p, "--db", db]);
    expect(both.code).toBe(2);
    expect(both.stderr).toContain("rapat-1 rapat-2");
  });

  it("takes a document whose name is a few letters from a sub-command for that document (not 'did you mean set?')", async () => {
    for (const name of ["test", "sho", "ignor"]) {
      const f = path.join(dir, `${name}.txt`);
      fs.writeFileSync(f, article(4));
      expect((await run(["ingest", f, "--db", db])).code).toBe(0);
    }
    const session = await run(["translate", "test", "--db", db], { stdin: ":q\n" });
    expect(session.stderr).toBe("");
    expect(session.stdout).toContain("2 sentences to go in test.");
    expect(session.stdout).toContain("[1/2] test:1");
    expect(await refs(["ignor"])).toEqual({ code: 0, refs: [], pairs: 0 });
    const unknown = await run(["translate", "sett", "--db", db]);
    expect([unknown.code, unknown.stderr]).toEqual([2, "selaras: no document 'sett' in the database ('selaras status' lists the documents)\n'selaras translate' takes a document or one of its commands: set or show\n"]);
    // a parent without a document positional still suggests its sub-commands
    expect((await run(["glossary", "lst", "--db", db])).stderr).toBe("selaras: unknown command 'glossary lst' (did you mean 'glossary list'?)\nRun 'selaras glossary --help' for usage.\n");
  });
});

describe("a subcommand's --help lists only its own options", () => {
  const optionsOf = (help: string) => [...help.matchAll(/^\s+(?:-\w, )?--([\w-]+)/gm)].map((m) => m[1]).sort();
  const positionalsOf = (help: string) => {
    const block = /Positionals:\n([\s\S]*?)\n\n/.exec(help)?.[1] ?? "";
    return [...block.matchAll(/^ {2}(\w+)/gm)].map((m) => m[1]);
  };
  const GLOBAL = ["db", "help", "json", "lang", "version"];

  it.each([
    // [subcommand, options it declares itself, its positionals]
    ["check ignore", ["author", "force", "glossary", "reason", "root", "save"], ["ref", "checkId"]],
    ["check unignore", ["root", "save"], ["ref", "checkId"]],
    ["translate set", ["note", "propagate", "status", "translator"], ["ref", "text"]],
    ["translate show", [], ["ref"]],
  ])("selaras %s --help", async (command, own, positionals) => {
    const parent = optionsOf((await run([command.split(" ")[0]!, "--help"])).stdout).filter((o) => !GLOBAL.includes(o!) && !own.includes(o!));
    expect(parent.length).toBeGreaterThan(0);
    const r = await run([...command.split(" "), "--help"]);
    expect(r.code).toBe(0);
    const listed = optionsOf(r.stdout);
    expect(listed.filter((o) => parent.includes(o))).toEqual([]); // none of the parent's own options
    expect(own.filter((o) => !listed.includes(o))).toEqual([]); // all of its own
    expect(GLOBAL.filter((o) => !listed.includes(o))).toEqual([]);
    expect(positionalsOf(r.stdout)).toEqual(positionals);
  });

  it("the parent still lists its own", async () => {
    const r = await run(["check", "--help"]);
    expect(optionsOf(r.stdout)).toEqual([...GLOBAL, "disable", "format", "glossary", "max-suppressions", "only", "pairs", "root"].sort());
    expect(positionalsOf(r.stdout)).toEqual(["documents"]);
    const t = await run(["translate", "--help"]);
    expect(optionsOf(t.stdout)).toEqual([...GLOBAL, "all", "propagate", "review", "translator"].sort());
  });

  it("a parent's option is refused by the subcommand", async () => {
    const r = await run(["check", "ignore", "a:1", "number-mismatch", "--reason", "x", "--format", "json"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: unknown option --format ('selaras check ignore' takes --reason, --author, --save, --force, --glossary, --root)\nRun 'selaras check ignore --help' for usage.\n");
  });
});

describe("usage errors point to the help of the command being used", () => {
  it.each([
    [["check", "ignore", "x"], "selaras: Not enough arguments: got 1, need at least 2 (selaras check ignore <ref> <checkId>)\nRun 'selaras check ignore --help' for usage.\n"],
    [["check", "ignore", "a:1", "number-mismatch"], "selaras: Missing required argument: --reason\nRun 'selaras check ignore --help' for usage.\n"],
    [["translate", "set"], "selaras: Not enough arguments: got 0, need at least 2 (selaras translate set <ref> <text>)\nRun 'selaras translate set --help' for usage.\n"],
    [["status", "--nope"], "selaras: unknown option --nope\nRun 'selaras status --help' for usage.\n"],
    [["bogus"], "selaras: unknown command 'bogus'\nRun 'selaras --help' for usage.\n"],
    [["--db", "x.db", "ingets", "corpus"], "selaras: unknown command 'ingets' (did you mean 'ingest'?)\nRun 'selaras --help' for usage.\n"],
    // (yargs offered `add` for `foo`: a near command is named only for a typo of it)
    [["glossary", "foo"], "selaras: unknown command 'glossary foo': 'selaras glossary' takes sync, import, export, list, add, set, remove, or candidates\nperhaps you meant:\n  selaras glossary list foo   (the concepts that match a text)\nRun 'selaras glossary --help' for usage.\n"],
    // (a group without its sub-command, as `selaras users` says it: it said "Not enough arguments: got 0, need at least 1 (selaras glossary <command>)")
    [["glossary"], "selaras: 'selaras glossary' needs one of its commands: sync, import, export, list, add, set, remove, or candidates\nRun 'selaras glossary --help' for usage.\n"],
    [["segments", "--db", "x.db"], "selaras: 'selaras segments' needs one of its commands: join, split, unjoin, or suggest\nRun 'selaras segments --help' for usage.\n"],
    [["translations"], "selaras: 'selaras translations' needs one of its commands: export, import, or merge\nRun 'selaras translations --help' for usage.\n"],
    [["users"], "selaras: 'selaras users' needs one of its commands: add, list, remove, or token\nRun 'selaras users --help' for usage.\n"],
    // (an option of one value given twice: a list the command could not read, an internal error with its stack for --db and --translator)
    [["status", "--db", "a.db", "--db", "b.db"], "selaras: --db given more than once ('a.db', 'b.db'): give it once\nRun 'selaras status --help' for usage.\n"],
    [["translate", "set", "a:1", "Text.", "--translator", "Ani", "--translator", "Budi"], "selaras: --translator given more than once ('Ani', 'Budi'): give it once\nRun 'selaras translate set --help' for usage.\n"],
    [["export", "--format", "tmx", "--format", "tsv", "--out", "x"], "selaras: --format given more than once ('tmx', 'tsv'): give it once\nRun 'selaras export --help' for usage.\n"],
    [["segments", "joni", "a:1", "a:2"], "selaras: unknown command 'segments joni' (did you mean 'segments join'?)\nRun 'selaras segments --help' for usage.\n"],
  ])("%j", async (argv, stderr) => {
    const r = await run(argv);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(stderr);
  });

  it("in Indonesian too", async () => {
    const r = await run(["check", "ignore", "x", "--lang", "id"]);
    expect(r.code).toBe(2);
    expect(r.stderr.split("\n")[1]).toBe("Jalankan 'selaras check ignore --help' untuk petunjuk pemakaian.");
    expect(await run(["statsu", "--lang", "id"])).toEqual({ code: 2, stdout: "", stderr: "selaras: perintah tak dikenal 'statsu' (maksud Anda 'status'?)\nJalankan 'selaras --help' untuk petunjuk pemakaian.\n" });
    expect((await run(["glossary", "--lang", "id"])).stderr).toBe("selaras: 'selaras glossary' memerlukan salah satu perintahnya: sync, import, export, list, add, set, remove, atau candidates\nJalankan 'selaras glossary --help' untuk petunjuk pemakaian.\n");
    expect((await run(["export", "--format", "tmx", "--out", "x.tmx", "--out", "y.tmx", "--lang", "id"])).stderr).toBe("selaras: --out diberikan lebih dari sekali ('x.tmx', 'y.tmx'): berikan sekali saja\nJalankan 'selaras export --help' untuk petunjuk pemakaian.\n");
    expect((await run(["bogus", "--lang", "id"])).stderr).toBe("selaras: perintah tak dikenal 'bogus'\nJalankan 'selaras --help' untuk petunjuk pemakaian.\n");
  });

  it("an unknown command under --json: code usage, the word typed and the near command in data", async () => {
    const r = await run(["statsu", "--json"]);
    expect([r.code, JSON.parse(r.stdout)]).toEqual([2, { error: { code: "usage", message: "unknown command 'statsu' (did you mean 'status'?)", file: null, relativeFile: null, line: null, column: null, data: { command: "", value: "statsu", suggestion: "status" } } }]);
  });
});

describe("one author resolver: --translator/--author, SELARAS_AUTHOR, git user.name, OS user", () => {
  let dir: string;
  beforeEach(() => {
    dir = tempDir();
    execFileSync("git", ["init", "-q", dir]);
    execFileSync("git", ["config", "user.name", "Git User"], { cwd: dir });
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("resolveAuthor follows the documented precedence", () => {
    expect(resolveAuthor("  Flag User ", dir, { SELARAS_AUTHOR: "Env User" })).toBe("Flag User");
    expect(resolveAuthor(undefined, dir, { SELARAS_AUTHOR: "Env User" })).toBe("Env User");
    expect(resolveAuthor("", dir, { SELARAS_AUTHOR: "  " })).toBe("Git User");
    expect(resolveAuthor(undefined, dir, {})).toBe("Git User");
  });

  it("translate set and check ignore record the same default author", async () => {
    const db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "rapat.txt"), article(5));
    expect((await run(["ingest", path.join(dir, "rapat.txt"), "--db", db], { cwd: dir })).code).toBe(0);
    const authors = async (env: Record<string, string>, text: string) => {
      await run(["translate", "set", "rapat:2", text, "--db", db], { cwd: dir, env });
      const shown = JSON.parse((await run(["translate", "show", "rapat:2", "--db", db, "--json"], { cwd: dir })).stdout);
      const ignored = JSON.parse((await run(["check", "ignore", "rapat:2", "number-mismatch", "--reason", "test", "--force", "--db", db, "--json"], { cwd: dir, env })).stdout);
      return [shown.rendering.author, ignored.author];
    };
    expect(await authors({}, "The government is preparing 5,000 new schools.")).toEqual(["Git User", "Git User"]);
    expect(await authors({ SELARAS_AUTHOR: "Env User" }, "The government prepares 5,000 new schools.")).toEqual(["Env User", "Env User"]);
  });

  it("translate show writes the note under the rendering, indented as its other lines (both languages)", async () => {
    const db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "rapat.txt"), article(5));
    expect((await run(["ingest", path.join(dir, "rapat.txt"), "--db", db], { cwd: dir })).code).toBe(0);
    await run(["translate", "set", "rapat:2", "The government is preparing 5,000 new schools.", "--db", db, "--note", "Check the figure.\n\nEditor: fine."], { cwd: dir });
    const en = (await run(["translate", "show", "rapat:2", "--db", db, "--lang", "en"], { cwd: dir })).stdout.split("\n");
    expect(en.slice(4)).toEqual(["  note: Check the figure.", "", "    Editor: fine.", ""]);
    const id = (await run(["translate", "show", "rapat:2", "--db", db, "--lang", "id"], { cwd: dir })).stdout.split("\n");
    expect(id[4]).toBe("  catatan: Check the figure.");
  });
});

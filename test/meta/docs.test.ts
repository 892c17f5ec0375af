/**
 * The README and docs/ tell the truth about the CLI and hold together: every command in the README's
 * table (and in the command reference) exists with the flags it shows, the table renders as one
 * table, and every relative link leads to a file and, for `#anchor`, to a heading in it.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run } from "../helpers/cli";
import { anchors, commandLines, links, markdownFiles, readDoc, ROOT, tableAfter } from "../helpers/docs";
import { formatRef, parseTranslations, TRANSLATIONS_EXTENSION } from "../../src/translations/format";

/** The command words at the start of a usage line: `glossary add <id> …` → ["glossary", "add"]. */
function leadingWords(tokens: string[]): string[] {
  const words: string[] = [];
  for (const t of tokens) {
    if (!/^[a-z][a-z-]*$/.test(t)) break;
    words.push(t);
  }
  return words;
}

interface Row { cell: string; words: string[]; flags: string[] }

/** `selaras glossary add <id> --source <form>…` → words ["glossary", "add"], flags ["--source"]. */
function commandRow(cell: string): Row {
  const words = leadingWords(cell.replace(/^selaras\s+/, "").split(/\s+/));
  const flags = [...cell.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!.replace(/^no-/, ""));
  return { cell, words, flags };
}

function commandRows(file: string, heading: string): { rows: Row[]; strayRows: string[] } {
  const { rows, strayRows } = tableAfter(readDoc(file), heading);
  return { rows: rows.map((r) => r[0]!).filter((c) => c.startsWith("selaras ")).map(commandRow), strayRows };
}

/** The sub-commands `selaras <parent> --help` lists, e.g. ["glossary sync", "glossary add", …]. */
const listed = new Map<string, Promise<string[]>>();
function subcommands(parent: string[]): Promise<string[]> {
  const key = parent.join(" ");
  if (!listed.has(key)) {
    listed.set(key, run([...parent, "--help"]).then((r) => {
      expect(r.code).toBe(0);
      const prefix = ["selaras", ...parent].join(" ");
      return r.stdout.split("\n").map((l) => l.trim()).filter((l) => l.startsWith(prefix + " "))
        .map((l) => leadingWords(l.split(/\s{2,}/)[0]!.slice("selaras ".length).split(" ")).join(" "));
    }));
  }
  return listed.get(key)!;
}

async function checkRows(rows: Row[]): Promise<string[]> {
  const problems: string[] = [];
  for (const row of rows) {
    if (row.words.length === 0) { problems.push(`${row.cell}: no command name`); continue; }
    // The command (and each sub-command on its path) is listed by its parent's --help.
    for (let n = 1; n <= row.words.length; n++) {
      const name = row.words.slice(0, n).join(" ");
      if (!(await subcommands(row.words.slice(0, n - 1))).includes(name)) problems.push(`${row.cell}: "selaras ${name}" is not a command`);
    }
    const help = await run([...row.words, "--help"]);
    if (help.code !== 0) { problems.push(`${row.cell}: --help exits ${help.code}`); continue; }
    for (const f of row.flags) if (!new RegExp(`(^|\\s)--${f}(\\s|$)`, "m").test(help.stdout)) problems.push(`${row.cell}: no --${f} in "selaras ${row.words.join(" ")} --help"`);
  }
  return problems;
}

describe("README", () => {
  const readme = readDoc("README.md");

  it("fits on a few screens: at most 300 lines", () => {
    expect(readme.split("\n").length - (readme.endsWith("\n") ? 1 : 0)).toBeLessThanOrEqual(300);
  });

  it("renders its command table as one table", () => {
    const { rows, strayRows } = commandRows("README.md", "Commands");
    expect(strayRows).toEqual([]);
    expect(rows.length).toBeGreaterThan(20);
  });

  it("every command in its table exists, with the flags the table shows", async () => {
    expect(await checkRows(commandRows("README.md", "Commands").rows)).toEqual([]);
  });

  it("names the set-up and test commands, and the test command sets up what the tests need", () => {
    expect(readme).toContain("npm ci && npm start");
    expect(readme).toMatch(/^npm test\b/m);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
    expect(pkg.scripts.test).toBe("bash .ci/setup && eslint . && npm run typecheck && jest");
    expect(pkg.scripts.setup).toBe("bash .ci/setup");
    expect(pkg.scripts.lint).toBe("eslint .");
    // CI installs from scratch and runs the README's test command.
    expect(fs.readFileSync(path.join(ROOT, ".ci/run"), "utf8")).toMatch(/^npm ci\nnpm test\n$/m);
  });
});

describe("docs/reference/commands.md", () => {
  it("renders its table as one table, and every command and flag in it exists", async () => {
    const { rows, strayRows } = commandRows("docs/reference/commands.md", "Commands, flags and JSON output");
    expect(strayRows).toEqual([]);
    expect(rows.length).toBeGreaterThan(20);
    expect(await checkRows(rows)).toEqual([]);
  });

  it("has a row for every command and sub-command the CLI lists", async () => {
    const documented = new Set(commandRows("docs/reference/commands.md", "Commands, flags and JSON output").rows.map((r) => r.words.join(" ")));
    const missing: string[] = [];
    for (const top of await subcommands([])) {
      for (const name of [top, ...(await subcommands([top]))]) if (![...documented].some((d) => d === name || d.startsWith(name + " "))) missing.push(name);
    }
    expect(missing).toEqual([]);
  });
});

/** The options block of `selaras <words> --help`: each flag with the text of its entry (wrapped lines joined). */
function helpOptions(help: string): Map<string, string> {
  const out = new Map<string, string>();
  const body = help.slice(help.indexOf("\nOptions:\n"));
  let current: string | undefined;
  for (const line of body.split("\n").slice(2)) {
    const m = /^\s+(?:-\w, )?--([a-z][a-z-]*)\b(.*)$/.exec(line);
    if (m) { current = m[1]!; out.set(current, m[2]!); }
    else if (current && line.trim() !== "") out.set(current, out.get(current)! + " " + line.trim());
  }
  return out;
}

describe("selaras <command> --help agrees with docs/reference/commands.md", () => {
  const GLOBAL = new Set(["db", "lang", "json", "help", "version"]);
  const doc = readDoc("docs/reference/commands.md");
  const rows = commandRows("docs/reference/commands.md", "Commands, flags and JSON output").rows;
  /** The section on options several commands share ("`check` and `audit` take `--root`…"). */
  const shared = doc.slice(doc.indexOf("## Global options and exit codes"), doc.indexOf("## Commands, flags and JSON output"));

  /** Every command and sub-command the CLI lists, with its --help options. */
  async function commands(): Promise<{ name: string; options: Map<string, string> }[]> {
    const out: { name: string; options: Map<string, string> }[] = [];
    for (const top of await subcommands([])) {
      for (const name of [top, ...(await subcommands([top]))]) {
        const help = await run([...name.split(" "), "--help"]);
        expect(help.code).toBe(0);
        out.push({ name, options: helpOptions(help.stdout) });
      }
    }
    return out;
  }

  it("every flag, choice and default of every command is documented in its row (or in the section on shared options)", async () => {
    const problems: string[] = [];
    const all = (await commands()).filter((c, i, list) => list.findIndex((d) => d.name === c.name) === i);
    expect(all.length).toBeGreaterThan(30);
    for (const { name, options } of all) {
      const own = rows.filter((r) => r.words.join(" ") === name);
      // A parent (`glossary`, `users`) is documented by its sub-commands' rows.
      if (own.length === 0) { if (!rows.some((r) => r.words.join(" ").startsWith(name + " "))) problems.push(`${name}: no row`); continue; }
      const rowText = own.map((r) => r.cell).join("\n");
      const sharedText = shared.includes("`" + name.split(" ")[0] + "`") || shared.includes("`" + name + "`") ? shared : "";
      for (const [flag, entry] of options) {
        if (GLOBAL.has(flag)) continue;
        const flagRe = new RegExp(`(?<![\\w-])--(?:\\[?no-\\]?)?${flag}(?![\\w-])`);
        const where = flagRe.test(rowText) ? rowText : flagRe.test(sharedText) ? sharedText : undefined;
        if (where === undefined) { problems.push(`${name}: --${flag} is not documented`); continue; }
        const choices = /\[choices: ([^\]]*)\]/.exec(entry);
        for (const c of choices ? [...choices[1]!.matchAll(/"([^"]*)"/g)].map((m) => m[1]!) : []) {
          if (!where.includes(c)) problems.push(`${name}: --${flag} choice "${c}" is not documented`);
        }
        const def = /\[default: ("?)([^\]"]*)\1\]/.exec(entry)?.[2];
        if (def !== undefined && def !== "false" && def !== "true" && !`${rowText}\n${sharedText}`.includes(def)) problems.push(`${name}: --${flag} default ${def} is not documented`);
        // A number written after the flag in the row (`--threshold 0.3`) is its default.
        const shown = new RegExp(`--${flag} (\\d+(?:\\.\\d+)?)(?![\\w.])`).exec(rowText)?.[1];
        if (shown !== undefined && shown !== def) problems.push(`${name}: the row shows --${flag} ${shown}, --help says default ${def ?? "none"}`);
      }
    }
    expect(problems).toEqual([]);
  });
});

describe("the command lines in the code blocks of README.md and docs/", () => {
  const files = markdownFiles().filter((f) => commandLines(readDoc(f)).length > 0);

  it("finds them in the README and the guides", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/guide/translate.md", "docs/guide/review.md", "docs/guide/align.md", "docs/guide/glossary.md", "docs/guide/exchange.md"]));
  });

  it.each(files)("every command line in %s names a command, with options its --help lists", async (file) => {
    const problems: string[] = [];
    for (const line of commandLines(readDoc(file))) {
      // The command is the longest run of words that the CLI lists as (sub-)commands: `glossary add drone …` → glossary add.
      const tokens = line.slice("selaras ".length).split(/\s+/);
      const words: string[] = [];
      while (words.length < tokens.length && (await subcommands(words)).includes([...words, tokens[words.length]].join(" "))) words.push(tokens[words.length]!);
      if (words.length === 0) { problems.push(`${line}: no command`); continue; }
      const help = await run([...words, "--help"]);
      const flags = [...line.matchAll(/(?<![\w-])--([a-z][a-z-]*)/g)].map((m) => m[1]!.replace(/^no-/, ""));
      for (const f of flags) if (!new RegExp(`(^|\\s)--${f}(\\s|$)`, "m").test(help.stdout)) problems.push(`${line}: no --${f} in "selaras ${words.join(" ")} --help"`);
    }
    expect(problems).toEqual([]);
  });
});

describe("links in README.md and docs/", () => {
  const files = markdownFiles();

  it("finds the docs", () => {
    expect(files).toEqual(expect.arrayContaining(["README.md", "docs/README.md", "docs/reference/commands.md", "docs/architecture.md", "docs/benchmarks.md"]));
  });

  it.each(files)("every relative link in %s resolves (file, and heading for #anchor)", (file) => {
    const broken: string[] = [];
    for (const href of links(readDoc(file))) {
      if (/^[a-z][a-z0-9+.-]*:/i.test(href)) continue; // https:, mailto: …
      const [target, anchor] = href.split("#") as [string, string | undefined];
      const resolved = target === "" ? file : path.posix.normalize(path.posix.join(path.posix.dirname(file), decodeURIComponent(target)));
      const abs = path.join(ROOT, resolved);
      if (resolved.startsWith("..") || !fs.existsSync(abs)) { broken.push(`${href}: no file ${resolved}`); continue; }
      if (anchor !== undefined && (!resolved.endsWith(".md") || !anchors(fs.readFileSync(abs, "utf8")).has(decodeURIComponent(anchor)))) {
        broken.push(`${href}: no heading #${anchor} in ${resolved}`);
      }
    }
    expect(broken).toEqual([]);
  });
});

describe("example pairs shown in the docs", () => {
  /** Every rendering record of the shipped `translations/` files, by ref: `doc:8+9` → {source, text}. */
  const shipped = new Map<string, { source: string; text: string | undefined }>();
  const dir = path.join(ROOT, "translations");
  for (const f of fs.readdirSync(dir).filter((n) => n.endsWith(TRANSLATIONS_EXTENSION))) {
    for (const r of parseTranslations(fs.readFileSync(path.join(dir, f), "utf8"), f)) {
      if (r.kind === "rendering") shipped.set(formatRef(r.document, r.ordinals), { source: r.source, text: r.text });
    }
  }

  it.each([["README.md", "Example output"], ["docs/guide/translate.md", "Example pairs"]])(
    "every pair of the table in %s (under \"%s\") is the shipped corpus's, word for word", (file, heading) => {
      const { rows } = tableAfter(readDoc(file), heading);
      expect(rows.length).toBeGreaterThanOrEqual(2);
      const wrong: string[] = [];
      for (const [refCell, id, en] of rows) {
        const ref = refCell!.split(/\s/)[0]!;
        const rec = shipped.get(ref);
        if (!rec) wrong.push(`${ref}: no such record in translations/`);
        else {
          if (rec.source !== id) wrong.push(`${ref}: Indonesian is\n  ${rec.source}`);
          if (rec.text !== en) wrong.push(`${ref}: English is\n  ${rec.text}`);
        }
      }
      expect(wrong).toEqual([]);
    });
});

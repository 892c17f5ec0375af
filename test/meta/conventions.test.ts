/** Architecture rules, enforced by scanning import lines (ARCHITECTURE.md 8.3). */
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import { VERSION } from "../../src/version";
import { readDoc, tableAfter } from "../helpers/docs";

const SRC = path.resolve(__dirname, "../../src");

function files(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? files(p) : d.name.endsWith(".ts") ? [p] : [];
  });
}
function imports(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return [...text.matchAll(/(?:^|\n)\s*(?:import|export)[^'"\n]*?from\s+["']([^"']+)["']|require\(["']([^"']+)["']\)/g)].map((m) => m[1] ?? m[2]!);
}
const rel = (f: string) => path.relative(SRC, f).split(path.sep).join("/");

describe("architecture", () => {
  const all = files(SRC);

  it("only src/store imports better-sqlite3", () => {
    const offenders = all.filter((f) => imports(f).includes("better-sqlite3") && !rel(f).startsWith("store/"));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("pure modules import no store, app, cli, i18n, fs or database", () => {
    const pureDirs = ["segment/", "glossary/", "check/", "align/", "formats/", "text/", "diff/", "translations/", "xml/"];
    const forbidden = [/\/store(\/|$)/, /\/app(\/|$)/, /\/cli(\/|$)/, /\/i18n(\/|$)/, /^(node:)?fs(\/promises)?$/, /^better-sqlite3$/];
    const offenders: string[] = [];
    for (const f of all.filter((f) => pureDirs.some((d) => rel(f).startsWith(d)))) {
      // Loading files from disk is the job of src/app and src/io, never of a pure module.
      for (const imp of imports(f)) if (forbidden.some((re) => re.test(imp))) offenders.push(`${rel(f)} → ${imp}`);
    }
    expect(offenders).toEqual([]);
  });

  it("the CLI imports no store or check module", () => {
    // The CLI reaches the database and the checks only through src/app (ARCHITECTURE.md 8.3).
    // Every module specifier counts, multi-line imports and import("…") types included.
    const forbidden = [path.join(SRC, "store"), path.join(SRC, "check")];
    const offenders: string[] = [];
    for (const f of all.filter((f) => rel(f).startsWith("cli/"))) {
      const text = fs.readFileSync(f, "utf8");
      const specs = [...text.matchAll(/\bfrom\s*["']([^"']+)["']|\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
      for (const imp of [...new Set([...imports(f), ...specs])].filter((s) => s.startsWith("."))) {
        const target = path.resolve(path.dirname(f), imp);
        if (forbidden.some((d) => target === d || target.startsWith(d + path.sep))) offenders.push(`${rel(f)} → ${imp}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the CLI imports only the app layer (and the model, errors, i18n and its own output helpers)", () => {
    // Every piece of work goes through one app function, the same the server calls; the CLI
    // parses flags and renders. Allowed besides src/app: the shared vocabulary (model, errors,
    // version), the words (i18n), the terminal escaping of output (text/control) and, for
    // `selaras serve`, the server's entry point.
    const allowed = (target: string) => {
      const r = path.relative(SRC, target).split(path.sep).join("/");
      return /^(app|cli|i18n)(\/|$)/.test(r) || ["model", "errors", "version", "text/control", "server/serve"].includes(r);
    };
    const offenders: string[] = [];
    for (const f of all.filter((f) => rel(f).startsWith("cli/"))) {
      const text = fs.readFileSync(f, "utf8");
      const specs = [...text.matchAll(/\bfrom\s*["']([^"']+)["']|\b(?:import|require)\s*\(\s*["']([^"']+)["']\s*\)/g)].map((m) => m[1] ?? m[2]!);
      for (const imp of [...new Set([...imports(f), ...specs])].filter((s) => s.startsWith("."))) {
        if (!allowed(path.resolve(path.dirname(f), imp))) offenders.push(`${rel(f)} → ${imp}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the store keeps data and decides nothing about text (no translation, glossary or check logic)", () => {
    // e.g. the translation-memory index takes its words from the caller (store.tm.sync(tokens)).
    const offenders: string[] = [];
    for (const f of all.filter((f) => rel(f).startsWith("store/"))) {
      for (const imp of imports(f).filter((s) => s.startsWith("."))) {
        const r = path.relative(SRC, path.resolve(path.dirname(f), imp)).split(path.sep).join("/");
        if (!/^store(\/|$)/.test(r) && !["model", "errors"].includes(r)) offenders.push(`${rel(f)} → ${imp}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("every XML reader parses through the one safe-XML module (src/xml/safe.ts)", () => {
    // One place decides what a DOCTYPE means and that no entity is ever fetched or expanded.
    const offenders = all.filter((f) => imports(f).some((s) => s === "saxes" || s.startsWith("saxes/")) && rel(f) !== "xml/safe.ts");
    expect(offenders.map(rel)).toEqual([]);
    expect(imports(path.join(SRC, "xml/safe.ts"))).toEqual(["saxes"]);
  });

  it("src has no import cycles (type-only imports aside)", () => {
    // e.g. check/run.ts reads the registry (check/registry.ts), not the barrel that re-exports it;
    // app/check.ts and app/glossary.ts share app/glossary-source.ts instead of importing each other.
    const resolve = (from: string, spec: string): string | undefined =>
      [`${path.resolve(path.dirname(from), spec)}.ts`, path.join(path.resolve(path.dirname(from), spec), "index.ts")].find((c) => fs.existsSync(c));
    const graph = new Map<string, string[]>();
    for (const f of all.filter((f) => !rel(f).startsWith("web/client/"))) {
      const text = fs.readFileSync(f, "utf8");
      const deps = [...text.matchAll(/^\s*(?:import|export)\s+(type\s+)?[^;]*?from\s+["'](\.[^"']+)["']/gms)]
        .filter((m) => !m[1]).map((m) => resolve(f, m[2]!)).filter((d): d is string => d !== undefined);
      graph.set(f, deps);
    }
    const cycles: string[] = [];
    const state = new Map<string, "open" | "done">();
    const visit = (f: string, trail: string[]): void => {
      if (state.get(f) === "done") return;
      if (state.get(f) === "open") { cycles.push([...trail.slice(trail.indexOf(f)), f].map(rel).join(" → ")); return; }
      state.set(f, "open");
      for (const d of graph.get(f) ?? []) visit(d, [...trail, f]);
      state.set(f, "done");
    };
    for (const f of graph.keys()) visit(f, []);
    expect(cycles).toEqual([]);
  });

  it("test folders are named after the src folders they cover", () => {
    // Besides: helpers/ and fixtures/ (shared by the tests), meta/ (conventions), e2e/ (whole
    // stories through the CLI and the page) and corpus/ (the shipped corpus/ folder).
    const TEST = path.resolve(__dirname, "..");
    const special = new Set(["helpers", "fixtures", "meta", "e2e", "corpus"]);
    const srcDirs = new Set(fs.readdirSync(SRC, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name));
    const testDirs = fs.readdirSync(TEST, { withFileTypes: true }).filter((d) => d.isDirectory()).map((d) => d.name);
    expect(testDirs.filter((d) => !special.has(d) && !srcDirs.has(d))).toEqual([]);
  });

  it("the repository's top level is exactly the agreed layout", () => {
    const root = path.resolve(__dirname, "../..");
    const tracked = execFileSync("git", ["ls-files"], { cwd: root, encoding: "utf8" })
      .split("\n").filter(Boolean).map((f: string) => f.split("/")[0]);
    const allowed = new Set(["package.json", "package-lock.json", "tsconfig.json", "src", "corpus", "glossary", "translations", "test", "README.md", ".ci", "bench", "docs", ".gitignore", ".gitattributes", "eslint.config.mjs"]);
    expect([...new Set(tracked)].filter((f) => !allowed.has(f as string))).toEqual([]);
  });

  it("the version constant follows package.json", () => {
    const pkg = JSON.parse(fs.readFileSync(path.resolve(__dirname, "../../package.json"), "utf8"));
    expect(VERSION).toBe(pkg.version);
  });

  it("every command file has a row in the README's command table", () => {
    const table = tableAfter(readDoc("README.md"), "Commands").rows.map((r) => r[0]!);
    const names = fs.readdirSync(path.join(SRC, "cli/commands")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.replace(/\.ts$/, ""));
    expect(names.filter((n) => !table.some((c) => c === `selaras ${n}` || c.startsWith(`selaras ${n} `)))).toEqual([]);
  });

  it("src/app never reads the clock: the time comes from its caller (`now`)", () => {
    // The CLI passes ctx.now() (io.clock, default the system's), the server its request time, tests a
    // fixed one. (Date.now() naming a temporary file is not a time anything is dated with.)
    const offenders = all.filter((f) => rel(f).startsWith("app/") && /new Date\(\s*\)/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("starting the CLI loads no command's work: command files load the app, server and report modules when the command runs", () => {
    // (docs/architecture.md#the-cli-starts-light) A value import at the top of a command file, of
    // main.ts or of context.ts is loaded by every `selaras` start; only the CLI's plumbing and the
    // shared vocabulary may be. Type-only imports cost nothing at run time.
    const light = ["cli/context.ts", "cli/command.ts", "cli/line-reader.ts", "cli/main.ts", "cli/yargs-strings.ts", "cli/output/errors.ts",
      "cli/commands/index.ts", "errors.ts", "model.ts", "version.ts", "i18n/index.ts", "text/control.ts"];
    const startup = [...files(path.join(SRC, "cli/commands")), path.join(SRC, "cli/main.ts"), path.join(SRC, "cli/context.ts")];
    const offenders: string[] = [];
    for (const f of startup) {
      const text = fs.readFileSync(f, "utf8");
      for (const m of text.matchAll(/^import\s+(?!type\s)[^;]*?\bfrom\s+["']([^"']+)["'];/gm)) {
        const spec = m[1]!;
        if (!spec.startsWith(".")) {
          if (!spec.startsWith("node:") && spec !== "yargs") offenders.push(`${rel(f)} → ${spec}`);
          continue;
        }
        const base = path.resolve(path.dirname(f), spec);
        const target = rel(fs.existsSync(base + ".ts") ? base + ".ts" : path.join(base, "index.ts"));
        // (main.ts registers the command list; the list names each command's file)
        const ok = light.includes(target) || (["cli/commands/index.ts", "cli/main.ts"].includes(rel(f)) && target.startsWith("cli/commands/"));
        if (!ok) offenders.push(`${rel(f)} → ${spec}`);
      }
    }
    expect(offenders).toEqual([]);
  });

  it("the CLI and the app never read or change the process's working folder, except src/cli/bin.ts reading it once", () => {
    // (docs/architecture.md#paths-are-the-clis-to-resolve) The CLI resolves every relative path against
    // its io.cwd, which bin.ts reads from the process; main(argv, io) then runs the same from any
    // folder, and tests run it in-process without process.chdir (test/helpers/cli.ts).
    const offenders: string[] = [];
    for (const f of all.filter((f) => rel(f).startsWith("cli/") || rel(f).startsWith("app/"))) {
      const uses = fs.readFileSync(f, "utf8").match(/process\.(?:cwd|chdir)\s*\(/g) ?? [];
      if (rel(f) === "cli/bin.ts" ? uses.join() !== "process.cwd(" : uses.length) offenders.push(`${rel(f)}: ${uses.join(", ")}`);
    }
    expect(offenders).toEqual([]);
    const helper = fs.readFileSync(path.resolve(__dirname, "../helpers/cli.ts"), "utf8");
    expect(helper).not.toMatch(/process\.chdir\s*\(/);
  });

  it("src/app never reads process.cwd()", () => {
    // The app layer takes the project root and the working folder from its caller (the CLI passes
    // its context's cwd; library callers pass their own), so it runs the same from any folder.
    const offenders = all.filter((f) => rel(f).startsWith("app/") && /process\.cwd\s*\(/.test(fs.readFileSync(f, "utf8")));
    expect(offenders.map(rel)).toEqual([]);
  });

  it("the domain types are declared once, in src/model.ts", () => {
    // Other modules may re-export them (`export type { Document as DocumentRow } from "../model"`)
    // but never declare a second, drifting copy. The page (src/web/client) has its own JSON views.
    const names = ["Document", "DocumentRow", "Segment", "SegmentRow", "SegmentKind", "Unit", "Rendering", "RenderingRow",
      "UnitState", "RenderingState", "StoredState", "RenderingStatus", "FileStatus", "RenderingOrigin", "TermStatus",
      "EnforceLevel", "SourceForm", "TermRendering", "Concept", "Finding", "Severity", "Category", "SpanText"];
    const declared = new RegExp(`^export\\s+(?:interface|type)\\s+(${names.join("|")})\\b\\s*(?:[<={]|extends)`, "gm");
    const offenders: string[] = [];
    for (const f of all.filter((f) => rel(f) !== "model.ts" && !rel(f).startsWith("web/client/"))) {
      for (const m of fs.readFileSync(f, "utf8").matchAll(declared)) offenders.push(`${rel(f)}: ${m[1]}`);
    }
    // src/check narrows the model's Finding to its registered check ids: an alias, not a copy.
    expect(offenders).toEqual(["check/run.ts: Finding"]);
    const model = fs.readFileSync(path.join(SRC, "model.ts"), "utf8");
    expect(imports(path.join(SRC, "model.ts"))).toEqual([]);
    for (const n of ["Document", "Segment", "Unit", "Rendering", "UnitState", "RenderingState", "Concept", "Finding"]) {
      expect(model).toMatch(new RegExp(`export (interface|type) ${n}\\b`));
    }
  });

  it("commands are registered once, sorted by file name", () => {
    const text = fs.readFileSync(path.join(SRC, "cli/commands/index.ts"), "utf8");
    const names = [...text.matchAll(/from "\.\/([a-z-]+)"/g)].map((m) => m[1]!);
    expect(names).toEqual([...names].sort());
    const onDisk = fs.readdirSync(path.join(SRC, "cli/commands")).filter((f) => f.endsWith(".ts") && f !== "index.ts").map((f) => f.replace(/\.ts$/, "")).sort();
    expect(names).toEqual(onDisk);
  });
});

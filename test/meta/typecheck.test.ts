/**
 * jest only transpiles (ts-jest with the tsconfig's isolatedModules), so a test that calls a function
 * with the wrong arguments or reads a field that no longer exists runs anyway. `npm test` therefore
 * type-checks before jest: `npm run typecheck` = tsc over test/tsconfig.json (src/, bench/, test/) and
 * over src/web/tsconfig.json (the page). These tests keep every file inside one of those programs.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { execFileSync } from "node:child_process";
import ts from "typescript";

const ROOT = path.resolve(__dirname, "../..");
const scripts = (JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { scripts: Record<string, string> }).scripts;

/** The files a tsconfig's program starts from, relative to the repository, as tsc reads the config. */
function programFiles(config: string): Set<string> {
  const file = path.join(ROOT, config);
  const read = ts.readConfigFile(file, ts.sys.readFile);
  if (read.error) throw new Error(ts.flattenDiagnosticMessageText(read.error.messageText, "\n"));
  const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, path.dirname(file), undefined, file);
  expect(parsed.errors.map((d) => ts.flattenDiagnosticMessageText(d.messageText, "\n"))).toEqual([]);
  return new Set(parsed.fileNames.map((f) => path.relative(ROOT, f).split(path.sep).join("/")));
}

/** TypeScript files git tracks under these folders. */
function tracked(...dirs: string[]): string[] {
  return execFileSync("git", ["ls-files", "--", ...dirs], { cwd: ROOT, encoding: "utf8" })
    .split("\n").filter((f) => /\.tsx?$/.test(f));
}

describe("the type-check in npm test", () => {
  it("npm test type-checks after the lint and before jest", () => {
    expect(scripts.test).toMatch(/eslint \. && npm run typecheck && jest$/);
    expect(scripts.typecheck!.split(" && ")).toEqual(["tsc -p test", "tsc -p src/web/tsconfig.json"]);
  });

  it("checks every test, helper and benchmark with the code they call, strictly and without emitting", () => {
    const files = programFiles("test/tsconfig.json");
    const wanted = tracked("test", "bench", "src").filter((f) => !f.startsWith("src/web/client/"));
    expect(wanted.length).toBeGreaterThan(300);
    expect(wanted.filter((f) => !files.has(f))).toEqual([]);
    const { options } = ts.parseJsonConfigFileContent(ts.readConfigFile(path.join(ROOT, "test/tsconfig.json"), ts.sys.readFile).config, ts.sys, path.join(ROOT, "test"));
    expect({ strict: options.strict, noEmit: options.noEmit }).toEqual({ strict: true, noEmit: true });
  });

  it("checks every file of the page with the page's own (DOM) settings", () => {
    const files = programFiles("src/web/tsconfig.json");
    const wanted = tracked("src/web/client");
    expect(wanted.length).toBeGreaterThan(10);
    expect(wanted.filter((f) => !files.has(f))).toEqual([]);
  });
});

/**
 * Every error code thrown in src has a message in both locales (`error.<code>` in en and id):
 * an error without one would print as "unknown code" with raw JSON. Codes are found by scanning
 * the source for `new <Kind>Error("code"` and for the helpers that build codes from a prefix.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { loadResources } from "../../src/i18n";

const SRC = path.resolve(__dirname, "../../src");

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((d) => {
    const p = path.join(dir, d.name);
    return d.isDirectory() ? sourceFiles(p) : d.name.endsWith(".ts") ? [p] : [];
  });
}

function thrownCodes(): Map<string, string> {
  const codes = new Map<string, string>();
  const kinds = "SelarasError|ParseError|FormatError|UsageError|NotFoundError|StoreError|ConflictError|AuthError|ForbiddenError";
  for (const file of sourceFiles(SRC)) {
    const text = fs.readFileSync(file, "utf8");
    const rel = path.relative(SRC, file);
    for (const m of text.matchAll(new RegExp(`new (?:${kinds})\\(\\s*"([a-z0-9.-]+)"`, "g"))) codes.set(m[1]!, rel);
    // Codes chosen from a table (system and SQLite errors → Selaras codes).
    if (rel === "errors.ts" || rel === path.join("io", "files.ts") || rel === path.join("cli", "output", "errors.ts")) {
      for (const m of text.matchAll(/"((?:io|db)-[a-z-]+)"/g)) codes.set(m[1]!, rel);
    }
    // translations/format.ts: fail(line, "<reason>") throws `translations-<reason>`.
    if (rel === path.join("translations", "format.ts")) {
      for (const m of text.matchAll(/fail\([^,]+,\s*"([a-z-]+)"/g)) codes.set(`translations-${m[1]}`, rel);
    }
  }
  return codes;
}

const has = (tree: Record<string, unknown>, code: string): boolean => {
  const error = tree.error as Record<string, unknown> | undefined;
  return typeof error?.[code] === "string";
};

describe("error codes", () => {
  const codes = thrownCodes();
  it("finds the codes (the scan works)", () => {
    expect(codes.get("db-missing")).toBe(path.join("cli", "context.ts"));
    expect(codes.get("io-disk-full")).toBe("errors.ts");
    expect(codes.get("db-full")).toBe(path.join("cli", "output", "errors.ts"));
    expect(codes.get("translations-bad-time")).toBe(path.join("translations", "format.ts"));
    expect(codes.size).toBeGreaterThan(50);
  });
  it.each(["en", "id"] as const)("every thrown code has error.<code> in %s", (lang) => {
    const tree = loadResources(lang) as Record<string, unknown>;
    const missing = [...codes].filter(([code]) => !has(tree, code)).map(([code, file]) => `${code} (${file})`);
    expect(missing).toEqual([]);
  });
});

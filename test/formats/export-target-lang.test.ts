/**
 * `selaras export --target-lang en-GB`: a TMX or XLIFF export declares the English variant of a
 * project that translates into one (TMX `<tuv xml:lang>`, XLIFF 2.0 `trgLang`, 1.2 `target-language`);
 * valid against the schemas, read back by Translate Toolkit, and imported back unchanged. Without the
 * flag exports say `en`, as before.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, sharedPath, tempDir } from "../helpers/cli";
import { seedSmallDb, SLUG } from "./helpers";

let dir: string;
let small: string;
let fresh: string;
beforeEach(async () => {
  dir = tempDir();
  small = await seedSmallDb(dir);
  fresh = path.join(dir, "fresh.db");
  expect((await run(["ingest", path.join(dir, "v2", `${SLUG}.txt`), "--db", fresh])).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const CASES: Array<[string, string, string[]]> = [
  ["tmx", '<tuv xml:lang="en-GB"><seg>Floods Hit North Jakarta</seg></tuv>', ["--dtdvalid", path.join(sharedPath("schemas"), "tmx14.dtd")]],
  ["xliff", 'version="2.0" srcLang="id" trgLang="en-GB">', ["--schema", path.join(sharedPath("schemas"), "xliff_core_2.0.xsd")]],
  ["xliff12", 'source-language="id" target-language="en-GB" datatype="plaintext">', ["--schema", path.join(sharedPath("schemas"), "xliff-core-1.2-strict.xsd")]],
];

it.each(CASES)("%s: declares en-GB (en_GB given), validates, Translate Toolkit reads it, and export → import → export changes nothing", async (format, declared, validate) => {
  const out = path.join(dir, `a.${format}`);
  const r = await run(["export", "--format", format, "--out", out, "--db", small, "--target-lang", "en_GB"]);
  expect([r.code, r.stderr]).toEqual([0, ""]);
  const text = fs.readFileSync(out, "utf8");
  expect(text).toContain(declared);
  expect(text).not.toMatch(/(xml:lang|trgLang|target-language)="en"/);
  expect(() => execFileSync("xmllint", ["--noout", ...validate, out], { stdio: "pipe" })).not.toThrow();
  if (format !== "xliff") {
    const py = format === "tmx"
      ? "from translate.storage import tmx; import sys; f=tmx.tmxfile.parsefile(sys.argv[1]); print(len(f.units), f.units[0].target)"
      : "from translate.storage import xliff; import sys; f=xliff.xlifffile.parsefile(sys.argv[1]); print(len(f.units), f.units[0].target, f.gettargetlanguage())";
    expect(execFileSync("/usr/bin/python3", ["-c", py, out], { encoding: "utf8" })).toBe(`2 Floods Hit North Jakarta${format === "tmx" ? "" : " en-GB"}\n`);
  }
  const imported = await run(["import", out, "--db", fresh, "--json"]);
  expect([imported.code, imported.stderr]).toEqual([0, ""]);
  expect(JSON.parse(imported.stdout)).toMatchObject({ units: 2, created: 2, unmatched: 0 });
  const back = path.join(dir, `b.${format}`);
  expect((await run(["export", "--format", format, "--out", back, "--db", fresh, "--target-lang", "en-GB"])).code).toBe(0);
  const before = dumpDb(fresh);
  const again = await run(["import", back, "--db", fresh]);
  expect(again.code).toBe(0);
  expect(again.stdout).toBe(`${back}: 2 units read (${format})\n  0 new, 0 replaced, 2 unchanged, 0 without a target\n`);
  expect(dumpDb(fresh)).toBe(before);
  // (without the flag: en, as every export before it)
  const plain = path.join(dir, `c.${format}`);
  expect((await run(["export", "--format", format, "--out", plain, "--db", fresh])).code).toBe(0);
  expect(fs.readFileSync(plain, "utf8")).toBe(fs.readFileSync(back, "utf8").replace(/en-GB/g, "en"));
});

it("refused, exit 2, nothing written: a tag of another language, a format that declares no language (in both languages)", async () => {
  const out = path.join(dir, "x.tsv");
  const tsv = await run(["export", "--format", "tsv", "--out", out, "--db", small, "--target-lang", "en-GB"]);
  expect([tsv.code, tsv.stdout, tsv.stderr]).toEqual([2, "", "selaras: --target-lang is for TMX and XLIFF exports, which declare their languages; a tsv file does not\n"]);
  const id = await run(["export", "--format", "moses", "--out", out, "--db", small, "--target-lang", "en-GB", "--lang", "id"]);
  expect([id.code, id.stderr]).toEqual([2, "selaras: --target-lang hanya untuk ekspor TMX dan XLIFF, yang menyatakan bahasanya; berkas moses tidak menyatakannya\n"]);
  const de = await run(["export", "--format", "tmx", "--out", path.join(dir, "x.tmx"), "--db", small, "--target-lang", "de-DE"]);
  expect([de.code, de.stderr]).toEqual([2, "selaras: --target-lang de-DE: not an English language tag (en, en-GB, en-US…)\n"]);
  const bad = await run(["export", "--format", "tmx", "--out", path.join(dir, "x.tmx"), "--db", small, "--target-lang", "en GB"]);
  expect(bad.code).toBe(2);
  expect(fs.readdirSync(dir).filter((f) => f.startsWith("x."))).toEqual([]);
});

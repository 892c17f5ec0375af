/**
 * Inline codes through a real CAT round trip (test/fixtures/cat-exchange/c*, written as Okapi,
 * Trados Studio, OmegaT, Wordfast and XLIFF 2.0 tools write them): imported as text (what matches
 * Selaras' sentences), their markup kept with the rendering (rendering_code), written back by an
 * export in the same format — byte-exact goldens, valid against the shared schemas, read by
 * Translate Toolkit — and the same on the next import; an export that cannot carry them (TSV,
 * another XML format) or a rendering whose English changed since says so.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits, writeUnits } from "../../src/formats";
import { openStore } from "../../src/store";
import { ingestedProject, REPO, run, sharedPath } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const GOLDEN = path.join(FIXTURES, "golden");
const SCHEMAS = sharedPath("schemas");
const ARTICLE = "Banjir Melanda Jakarta\n\nHujan deras mengguyur Jakarta sejak Senin pagi. Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman. Gubernur meminta warga tetap waspada.\n";
const clock = () => new Date("2024-07-01T00:00:00Z");

/** [fixture, export format, the validation xmllint is given] */
const CASES: Array<[string, string, string[]]> = [
  ["c01-okapi-g-x.xlf", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
  ["c02-trados-bpt-ept.tmx", "tmx", ["--dtdvalid", path.join(SCHEMAS, "tmx14.dtd")]],
  ["c03-xliff20-pc-ph.xlf", "xliff", ["--schema", path.join(SCHEMAS, "xliff_core_2.0.xsd")]],
  ["c04-omegat-tags.tmx", "tmx", ["--dtdvalid", path.join(SCHEMAS, "tmx14.dtd")]],
  ["c05-bx-ex.xlf", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
  ["c06-it-ut-hi.tmx", "tmx", ["--dtdvalid", path.join(SCHEMAS, "tmx14.dtd")]],
  ["c07-xliff20-sc-ec-mrk.xlf", "xliff", ["--schema", path.join(SCHEMAS, "xliff_core_2.0.xsd")]],
  // (units cut into sentences: one unit per <mrk mtype="seg"> or <segment>, each with its own codes)
  ["c08-trados-segmented.sdlxliff", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
  ["c09-okapi-segmented.xlf", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
  ["c10-xliff20-segments.xlf", "xliff", ["--schema", path.join(SCHEMAS, "xliff_core_2.0.xsd")]],
  // (Phrase's brace-notation codes, {1>…<1} and {2}, become XLIFF 1.2 <bpt>/<ept>/<ph> holding them)
  ["c11-phrase-braces.mxliff", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
  ["c12-memoq.mqxliff", "xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
];

/**
 * The inline content of every `<seg>`, `<source>`, `<target>` and sentence (`<mrk mtype="seg">`) of a
 * file, self-closing tags written `<x/>`; with `phrase`, Phrase's brace notation as the XLIFF 1.2
 * codes it is read as (`{1>` a `<bpt>`, `<1}` an `<ept>`, `{2}` a `<ph>`).
 */
const inline = (xml: string, phrase = false): string[] =>
  [...xml.matchAll(/<(seg|source|target)(?:\s[^>]*)?>([\s\S]*?)<\/\1>/g), ...xml.matchAll(/<(mrk)\s[^>]*mtype="seg"[^>]*>([\s\S]*?)<\/\1>/g)]
    .map((m) => m[2]!.replace(/\s+\/>/g, "/>").replace(/>/g, "&gt;").replace(/&gt;/g, ">"))
    .map((s) => !phrase ? s : s.replace(/\{(\w+)>|&lt;(\w+)\}|\{(\d+)\}/g, (c, b?: string, e?: string, p?: string) =>
      b ? `<bpt id="${b}">${c}</bpt>` : e ? `<ept id="${e}">${c}</ept>` : `<ph id="${p}">${c}</ph>`));

describe("inline codes: import → export → re-import in the same format", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => ({ dir, db } = await ingestedProject({ "banjir-jakarta.txt": ARTICLE })));
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const cli = (...argv: string[]) => run([...argv, "--db", db], { cwd: dir, clock });

  it.each(CASES)("%s: the export in %s writes the codes back (golden), valid, and re-imports unchanged", async (name, format, validation) => {
    const input = path.join(FIXTURES, name);
    const imported = await cli("import", input, "--json");
    expect(JSON.parse(imported.stdout)).toMatchObject({ created: expect.any(Number), conflictCount: 0, unmatched: 0 });
    const units = JSON.parse(imported.stdout).created as number;
    expect(JSON.parse(imported.stdout).inlineCodes).toBe(units);

    const out = path.join(dir, `out${formats[format]!.extensions[0]}`);
    // (drafts too: a tool's unconfirmed segment keeps its codes as well)
    const exported = await cli("export", "--format", format, "--out", out, "--status", "all");
    expect(exported.stdout).toBe(`Exported ${units} unit${units > 1 ? "s" : ""} as ${format}: ${out}\n` +
      `  ${units} unit${units > 1 ? "s" : ""} written with the inline codes ${units > 1 ? "they were" : "it was"} imported with\n`);
    const text = fs.readFileSync(out, "utf8");
    const golden = path.join(GOLDEN, name);
    if (process.env.UPDATE_GOLDEN) fs.writeFileSync(golden, text);
    expect(text).toBe(fs.readFileSync(golden, "utf8"));
    // (every code of the tool's file is in the export, in place: the same inline content, sentence by sentence)
    const wanted = inline(fs.readFileSync(input, "utf8"), name.endsWith(".mxliff")).map((s) => s.trim());
    expect(inline(text).every((s) => wanted.includes(s))).toBe(true);
    expect(execFileSync("xmllint", ["--noout", ...validation, out], { stdio: "pipe" }).toString()).toBe("");

    // the export back into the same database: nothing changes; into a new one: the same export again
    const again = await cli("import", out, "--json");
    expect(JSON.parse(again.stdout)).toMatchObject({ created: 0, replaced: 0, unchanged: units, conflictCount: 0 });
    const db2 = path.join(dir, "second.db");
    fs.rmSync(path.join(dir, "translations"), { recursive: true, force: true });
    await run(["ingest", "corpus", "--db", db2], { cwd: dir });
    expect((await run(["import", out, "--db", db2], { cwd: dir, clock })).code).toBe(0);
    const out2 = path.join(dir, `second${formats[format]!.extensions[0]}`);
    expect((await run(["export", "--format", format, "--out", out2, "--status", "all", "--db", db2], { cwd: dir })).code).toBe(0);
    expect(fs.readFileSync(out2, "utf8")).toBe(text);
  });

  it("Translate Toolkit reads the exports with their codes (OmegaT's tags as its own <b0>, Wordfast's <it>, <ut>, Phrase's {1>…<1}; Trados' sentences one unit each)", async () => {
    const read = async (name: string, format: string): Promise<string[][]> => {
      // (a database of its own for each file: the export holds that file's units only)
      const own = path.join(dir, `${name}.db`);
      fs.rmSync(path.join(dir, "translations"), { recursive: true, force: true });
      await run(["ingest", "corpus", "--db", own], { cwd: dir });
      await run(["import", path.join(FIXTURES, name), "--db", own], { cwd: dir, clock });
      const out = path.join(dir, `${name}.${format === "tmx" ? "tmx" : "xlf"}`);
      await run(["export", "--format", format, "--out", out, "--db", own], { cwd: dir });
      const script = [
        "import json, sys",
        "from translate.storage import tmx, xliff",
        "f = (tmx.tmxfile if sys.argv[1].endswith('.tmx') else xliff.xlifffile).parsefile(sys.argv[1])",
        "print(json.dumps([[u.source, u.target] for u in f.units if u.source]))",
      ].join("\n");
      return JSON.parse(execFileSync("/usr/bin/python3", ["-c", script, out], { encoding: "utf8" })) as string[][];
    };
    expect(await read("c04-omegat-tags.tmx", "tmx")).toEqual([["<b0>Hujan deras</b0> mengguyur Jakarta sejak Senin pagi.", "<b0>Heavy rain</b0> has drenched Jakarta since Monday morning."]]);
    expect(await read("c06-it-ut-hi.tmx", "tmx")).toEqual([
      ["Sebanyak 1.200 warga mengungsi{\\b} ke tempat yang lebih aman.", "Some 1,200 residents fled{\\b} to safer places."],
      ["<i>Gubernur meminta warga tetap waspada.", "<i>The governor asked residents to stay alert."],
    ]);
    // (the sentences of a Trados paragraph, one unit each; Phrase's codes as the native code they hold)
    expect(await read("c08-trados-segmented.sdlxliff", "xliff12")).toEqual([
      ["Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning."],
      ["Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.", "Some 1,200 residents fled to safer places."],
      ["Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert."],
    ]);
    expect(await read("c11-phrase-braces.mxliff", "xliff12")).toEqual([
      ["{1>Hujan deras<1} mengguyur Jakarta sejak Senin pagi.", "{1>Heavy rain<1} has drenched Jakarta since Monday morning."],
      ["Sebanyak 1.200 warga mengungsi{2}ke tempat yang lebih aman.", "Some 1,200 residents fled{2}to safer places."],
    ]);
    expect(await read("c01-okapi-g-x.xlf", "xliff12")).toEqual([
      ["Hujan deras mengguyur Jakarta sejak Senin pagi.", "Heavy rain has drenched Jakarta since Monday morning."],
      ["Gubernur meminta warga tetap waspada.", "The governor asked residents to stay alert."],
    ]);
  });

  it("an export that cannot carry the codes (TSV, Moses, JSONL, another XML format) says so, and writes the text alone", async () => {
    await cli("import", path.join(FIXTURES, "c02-trados-bpt-ept.tmx"));
    for (const [format, file] of [["tsv", "o.tsv"], ["moses", "o"], ["jsonl", "o.jsonl"], ["xliff12", "o.xlf"]] as const) {
      const out = path.join(dir, file);
      const r = await cli("export", "--format", format, "--out", out);
      expect(r.stdout.split("\n")[1]).toBe("  2 units were imported with inline codes this format cannot carry: written as text alone (export them in the format they came in to keep them)");
    }
    expect(fs.readFileSync(path.join(dir, "o.tsv"), "utf8")).toContain("\tHeavy rain has drenched Jakarta since Monday morning.\t");
    expect(fs.readFileSync(path.join(dir, "o.xlf"), "utf8")).toContain("<target state=\"translated\">Heavy rain has drenched Jakarta since Monday morning.</target>");
    const json = await cli("export", "--format", "tsv", "--out", path.join(dir, "o.tsv"), "--json");
    expect(JSON.parse(json.stdout).codes).toEqual({ kept: 0, format: 2, edited: 0 });
  });

  it("English changed since the import: the unit is written without its codes, and the export says why", async () => {
    await cli("import", path.join(FIXTURES, "c02-trados-bpt-ept.tmx"));
    const store = openStore(db);
    try {
      const r = store.renderings.all().find((x) => x.text.startsWith("Some 1,200"))!;
      store.renderings.update(r.id, { text: "About 1,200 residents fled to safer places.", sourceText: r.sourceText, status: "translated", origin: "manual", author: "ani", now: "2024-07-02T00:00:00.000Z" });
    } finally {
      store.close();
    }
    const out = path.join(dir, "o.tmx");
    const r = await cli("export", "--format", "tmx", "--out", out);
    expect(r.stdout.split("\n").slice(1, 3)).toEqual([
      "  1 unit written with the inline codes it was imported with",
      "  1 unit written without its inline codes: its English or source changed since it was imported, so where they go is the translator's to say",
    ]);
    const text = fs.readFileSync(out, "utf8");
    expect(text).toContain('<seg><bpt i="1" type="1" x="1"/>Heavy rain<ept i="1"/> has drenched Jakarta since Monday morning.</seg>');
    expect(text).toContain("<seg>Sebanyak 1.200 warga mengungsi ke tempat yang lebih aman.</seg>");
    expect(text).toContain("<seg>About 1,200 residents fled to safer places.</seg>");
  });

  it("a database without codes exports as before: no look-ups, no message, no `codes` in --json", async () => {
    const out = path.join(dir, "o.tsv");
    const r = await cli("export", "--format", "tsv", "--out", out, "--json", "--include-untranslated");
    expect(JSON.parse(r.stdout).codes).toBeUndefined();
  });
});

describe("inline codes at the format level", () => {
  it("a read unit keeps its markup; a writer of the same dialect writes it in place of the text, another writes the text", () => {
    const tmx = fs.readFileSync(path.join(FIXTURES, "c02-trados-bpt-ept.tmx"), "utf8");
    const [u] = readUnits(formats.tmx!, { main: tmx });
    expect(u!.markup).toEqual({
      dialect: "tmx",
      source: '<bpt i="1" type="1" x="1"/>Hujan deras<ept i="1"/> mengguyur Jakarta sejak Senin pagi.',
      target: '<bpt i="1" type="1" x="1"/>Heavy rain<ept i="1"/> has drenched Jakarta since Monday morning.',
    });
    const options = { tool: "Selaras", toolVersion: "0" };
    expect(writeUnits(formats.tmx!, [u!], options).main).toContain('<tuv xml:lang="en"><seg><bpt i="1" type="1" x="1"/>Heavy rain<ept i="1"/> has drenched Jakarta since Monday morning.</seg></tuv>');
    expect(writeUnits(formats.xliff12!, [u!], options).main).toContain("<target state=\"translated\">Heavy rain has drenched Jakarta since Monday morning.</target>");
    // (read again: the same unit, codes and all)
    const back = readUnits(formats.tmx!, { main: writeUnits(formats.tmx!, [u!], options).main! })[0]!;
    expect([back.source, back.target, back.codes, back.markup]).toEqual([u!.source, u!.target, u!.codes, u!.markup]);
  });

  it("text and attributes with markup characters are escaped in the kept markup", () => {
    const tmx = '<tmx version="1.4"><header srclang="id" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="html"/><body>' +
      '<tu><tuv xml:lang="id"><seg>A &amp; B <ph x="1" type="a&quot;b">&lt;br/&gt;</ph>C</seg></tuv><tuv xml:lang="en"><seg>A &amp; B <ph x="1" type="a&quot;b">&lt;br/&gt;</ph>C</seg></tuv></tu></body></tmx>';
    const [u] = readUnits(formats.tmx!, { main: tmx });
    expect([u!.source, u!.markup!.source]).toEqual(["A & B C", 'A &amp; B <ph x="1" type="a&quot;b">&lt;br/&gt;</ph>C']);
  });
});

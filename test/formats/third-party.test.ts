/**
 * Real third-party clients: xmllint validates our TMX against the TMX 1.4b DTD and our XLIFF against
 * the OASIS XLIFF 2.0 schema; Translate Toolkit's Python TMX reader (translate.storage.tmx) reads
 * every unit back with the same texts and ids.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits, writeUnits, type ParallelUnit } from "../../src/formats";
import { tempDir, sharedPath } from "../helpers/cli";
import { CONTROL, MULTILINE, OPTIONS, TRICKY } from "./units";

const SCHEMAS = sharedPath("schemas");
const GOLDEN = path.join(__dirname, "golden");

function xmllint(args: string[]): { ok: boolean; output: string } {
  try {
    execFileSync("xmllint", ["--noout", ...args], { stdio: "pipe" });
    return { ok: true, output: "" };
  } catch (e) {
    const err = e as { stderr?: Buffer; message: string };
    return { ok: false, output: err.stderr?.toString() ?? err.message };
  }
}

describe("third-party validity", () => {
  let dir: string;
  beforeAll(() => { dir = tempDir(); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const file = path.join(dir, name);
    fs.writeFileSync(file, text);
    return file;
  };

  it("TMX (golden, tricky, multiline, empty) is valid against tmx14.dtd", () => {
    const files = [
      path.join(GOLDEN, "small.tmx"),
      write("tricky.tmx", writeUnits(formats.tmx!, [...TRICKY, ...MULTILINE], OPTIONS).main!),
      write("empty.tmx", writeUnits(formats.tmx!, [], { tool: "Selaras", toolVersion: "1" }).main!),
    ];
    for (const f of files) expect(xmllint(["--dtdvalid", path.join(SCHEMAS, "tmx14.dtd"), f])).toEqual({ ok: true, output: "" });
  });

  it("XLIFF 2.0 (golden, tricky with <cp/>, empty) is valid against xliff_core_2.0.xsd", () => {
    const files = [
      path.join(GOLDEN, "small.xlf"),
      write("tricky.xlf", writeUnits(formats.xliff!, [...TRICKY, ...MULTILINE, ...CONTROL], OPTIONS).main!),
      write("empty.xlf", writeUnits(formats.xliff!, [], OPTIONS).main!),
    ];
    for (const f of files) {
      const r = xmllint(["--schema", path.join(SCHEMAS, "xliff_core_2.0.xsd"), f]);
      expect(r.output.replace(/^.* validates\n$/, "")).toBe("");
      expect(r.ok).toBe(true);
    }
  });

  it("reads XLIFF 1.2 that is valid against xliff-core-1.2-strict.xsd", () => {
    const file = write("other-tool.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="berita.txt" source-language="id-ID" target-language="en-US" datatype="plaintext">
    <header><note>made by another tool</note></header>
    <body>
      <group id="g1">
        <trans-unit id="t1">
          <source>Hujan <g id="1">deras</g> turun<x id="2"/>.</source>
          <target state="translated">Heavy <g id="1">rain</g> fell<x id="2"/>.</target>
          <alt-trans><source>Hujan</source><target>Rain</target></alt-trans>
        </trans-unit>
      </group>
      <trans-unit id="t2" approved="yes">
        <source>Banjir &amp; longsor</source>
        <target state="signed-off">Floods &amp; landslides</target>
      </trans-unit>
      <trans-unit id="t3">
        <source>Belum</source>
      </trans-unit>
    </body>
  </file>
</xliff>
`);
    const r = xmllint(["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd"), file]);
    expect(r.ok).toBe(true);
    expect(readUnits(formats.xliff!, { main: fs.readFileSync(file, "utf8") })).toEqual([
      { id: "t1", document: "berita.txt", segments: [], source: "Hujan deras turun.", target: "Heavy rain fell.", status: "translated", author: "", changed: "", codes: 4, variant: "en-US",
        markup: { dialect: "xliff12", source: 'Hujan <g id="1">deras</g> turun<x id="2"/>.', target: 'Heavy <g id="1">rain</g> fell<x id="2"/>.' } },
      { id: "t2", document: "berita.txt", segments: [], source: "Banjir & longsor", target: "Floods & landslides", status: "reviewed", author: "", changed: "", variant: "en-US" },
      { id: "t3", document: "berita.txt", segments: [], source: "Belum", target: "", status: "", author: "", changed: "" },
    ]);
  });

  it("XLIFF 1.2 (golden, tricky, multiline, empty) is valid against xliff-core-1.2-strict.xsd", () => {
    const files = [
      path.join(GOLDEN, "small.xliff12.xlf"),
      write("tricky12.xlf", writeUnits(formats.xliff12!, [...TRICKY, ...MULTILINE], OPTIONS).main!),
      write("empty12.xlf", writeUnits(formats.xliff12!, [], OPTIONS).main!),
    ];
    const r = xmllint(["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd"), ...files]);
    expect(r).toEqual({ ok: true, output: "" });
  });

  it("Translate Toolkit (translate.storage.xliff) reads every XLIFF 1.2 unit: source, target, approved and fuzzy states", () => {
    const units = [...TRICKY, ...MULTILINE];
    const file = write("tt12.xlf", writeUnits(formats.xliff12!, units, OPTIONS).main!);
    const script = [
      "import json, sys",
      "from translate.storage import xliff",
      "f = xliff.xlifffile.parsefile(sys.argv[1])",
      "print(json.dumps([{'source': u.source, 'target': u.target or '', 'approved': u.isapproved(), 'fuzzy': u.isfuzzy()} for u in f.units]))",
    ].join("\n");
    const out = execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(units.map((u) => ({
      source: u.source, target: u.target, approved: u.target !== "" && (u.status === "reviewed" || u.status === "translated"),
      fuzzy: u.target !== "" && u.status !== "reviewed" && u.status !== "translated",
    })));
  });

  it("Translate Toolkit's po2xliff output of an Indonesian PO file is read with sourceIsIndonesian (refused without it); its PO header unit is no unit", () => {
    const po = write("berita.po", 'msgid ""\nmsgstr ""\n"Content-Type: text/plain; charset=UTF-8\\n"\n"Language: en\\n"\n\n' +
      '#: berita.txt:4\nmsgid "Dia membawa anak-anaknya ke lantai dua."\nmsgstr "She carried her children upstairs."\n\n' +
      '#, fuzzy\nmsgid "Pemerintah menyiapkan 1.500 paket bantuan."\nmsgstr "The government prepared 1,500 aid packages."\n\n' +
      'msgid "Hujan deras."\nmsgstr ""\n');
    const xlf = path.join(dir, "berita.xlf");
    execFileSync("/usr/bin/po2xliff", ["--progress=none", po, xlf], { stdio: "pipe" });
    const text = fs.readFileSync(xlf, "utf8");
    expect(text).toContain('source-language="en-US"');
    expect(() => readUnits(formats.xliff!, { main: text }, { main: "berita.xlf" })).toThrow(expect.objectContaining({ code: "xliff-srclang" }));
    const units: ParallelUnit[] = [];
    const reader = formats.xliff!.createReader((u) => units.push(u), { files: { main: "berita.xlf" }, sourceIsIndonesian: true });
    reader.write("main", text);
    reader.end();
    expect(units.map((u) => [u.source, u.target, u.status])).toEqual([
      ["Dia membawa anak-anaknya ke lantai dua.", "She carried her children upstairs.", "translated"],
      ["Pemerintah menyiapkan 1.500 paket bantuan.", "The government prepared 1,500 aid packages.", "draft"],
      ["Hujan deras.", "", ""],
    ]);
  });

  it("Translate Toolkit (translate.storage.tmx) reads every unit with the same id, source and target", () => {
    const units = [...TRICKY, ...MULTILINE];
    const file = write("tt.tmx", writeUnits(formats.tmx!, units, OPTIONS).main!);
    const script = [
      "import json, sys",
      "from translate.storage import tmx",
      "f = tmx.tmxfile.parsefile(sys.argv[1])",
      "print(json.dumps([{'id': u.xmlelement.get('tuid', ''), 'source': u.source, 'target': u.target} for u in f.units]))",
    ].join("\n");
    const out = execFileSync("/usr/bin/python3", ["-c", script, file], { encoding: "utf8" });
    expect(JSON.parse(out)).toEqual(units.map((u) => ({ id: u.id, source: u.source, target: u.target })));
  });
});

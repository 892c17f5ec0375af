/**
 * Translators' notes travel with parallel text: export writes a rendering's note where each format has
 * a place for it (TMX `<note>`, XLIFF 1.2 `<note>`, XLIFF 2.0 `<notes>`, JSONL `note`, a TSV `note`
 * column when a rendering has one; Moses keeps its fixed columns), import reads the notes CAT tools write (OmegaT, memoQ, Trados Studio, a
 * spreadsheet's comment column) into the rendering's note, never overwriting a different one, and a
 * note too long or holding a control character refuses the file (exit 2, file:line, database as it was).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import Database from "better-sqlite3";
import { formats } from "../../src/formats";
import { mergeNote } from "../../src/app/import";
import { openStore } from "../../src/store";
import { dumpDb, run, tempDir } from "../helpers/cli";
import { seedSmallDb, SLUG } from "./helpers";

const GOLDEN = path.join(__dirname, "golden");
const ALL = ["--status", "draft,translated,reviewed,aligned", "--include-boilerplate", "--include-stale", "--include-untranslated"];
const SCHEMAS = path.join(__dirname, "..", "..", "..", "shared", "schemas");
const NOTE = 'Judul: "Utara" → North & <b>kapital</b>\nsee style guide §3';

describe("translators' notes in exports and imports", () => {
  let dir: string;
  let small: string;
  let fresh: string;
  beforeEach(async () => {
    dir = tempDir();
    small = await seedSmallDb(dir);
    // rendering 1 (segment 1, the headline) gets a note, its date unchanged
    const db = new Database(small);
    db.prepare("UPDATE rendering SET note = ? WHERE id = 1").run(NOTE);
    db.close();
    fresh = path.join(dir, "fresh.db");
    expect((await run(["ingest", path.join(dir, "v2", `${SLUG}.txt`), "--db", fresh])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const write = (name: string, text: string) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };
  /** [segment ordinals, text, note] of every rendering. */
  const notes = (db: string) => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug(SLUG)!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
      return store.renderings.all().map((r) => [r.segmentIds.map((id) => ordinal.get(id)), r.text, r.note]);
    } finally {
      store.close();
    }
  };
  const exportTo = async (format: string) => {
    const out = path.join(dir, "out", `small${formats[format]!.extensions[0]}`);
    fs.mkdirSync(path.dirname(out), { recursive: true });
    const r = await run(["export", "--format", format, "--out", out, "--db", small, ...ALL]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    return out;
  };
  const golden = (file: string) => fs.readFileSync(path.join(GOLDEN, file), "utf8");

  it.each([
    ["tmx", "small.tmx", "      <prop type=\"x-author\">ani</prop>\n", "      <note>Judul: \"Utara\" → North &amp; &lt;b&gt;kapital&lt;/b&gt;\nsee style guide §3</note>\n"],
    ["xliff12", "small.xliff12.xlf", "        </context-group>\n", "        <note>Judul: \"Utara\" → North &amp; &lt;b&gt;kapital&lt;/b&gt;\nsee style guide §3</note>\n"],
    ["xliff", "small.xlf", "      </mda:metadata>\n",
      "      <notes>\n        <note>Judul: \"Utara\" → North &amp; &lt;b&gt;kapital&lt;/b&gt;\nsee style guide §3</note>\n      </notes>\n"],
  ])("writes the note of a rendering into a %s export, byte for byte, the other units as before", async (format, file, after, note) => {
    const out = await exportTo(format);
    const g = golden(file);
    // (the first unit is the headline's: the note follows the first `after` in the file)
    const at = g.indexOf(after) + after.length;
    expect(fs.readFileSync(out, "utf8")).toBe(g.slice(0, at) + note + g.slice(at));
  });

  it("writes a JSONL note field after the others, only on the unit that has a note", async () => {
    const out = await exportTo("jsonl");
    const [first, ...rest] = golden("small.jsonl").split("\n");
    expect(fs.readFileSync(out, "utf8")).toBe([first!.slice(0, -1) + `,"note":${JSON.stringify(NOTE)}}`, ...rest].join("\n"));
  });

  it("adds a TSV note column when a rendering has a note: the note escaped as a cell, empty for the others", async () => {
    const out = await exportTo("tsv");
    const [header, first, ...rest] = golden("small.tsv").split("\n");
    const cell = "Judul: \"Utara\" → North & <b>kapital</b>\\nsee style guide §3";
    expect(fs.readFileSync(out, "utf8")).toBe([header + "\tnote", first + "\t" + cell, ...rest.map((l) => (l === "" ? l : l + "\t"))].join("\n"));
  });

  it("keeps Moses exports as they were (fixed columns of the ids file)", async () => {
    const out = await exportTo("moses");
    for (const part of Object.values(formats.moses!.partPaths(out))) expect(fs.readFileSync(part, "utf8")).toBe(golden(path.basename(part)));
  });

  it("leaves notes out with --no-notes: every format as before", async () => {
    for (const f of Object.values(formats)) {
      const out = path.join(dir, "plain", `small${f.extensions[0]}`);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      expect((await run(["export", "--format", f.id, "--out", out, "--db", small, "--no-notes", ...ALL])).code).toBe(0);
      for (const part of Object.values(f.partPaths(out))) expect(fs.readFileSync(part, "utf8")).toBe(golden(path.basename(part)));
    }
  });

  it.each(["tmx", "xliff", "xliff12", "jsonl", "tsv"])("brings the note of a %s export into a fresh database, and a second import changes nothing", async (format) => {
    const out = await exportTo(format);
    const r = await run(["import", out, "--db", fresh, "--json"]);
    expect(r.stderr).toBe("");
    expect(JSON.parse(r.stdout)).toMatchObject({ created: 5, notes: { added: 1, kept: 0 } });
    expect(notes(fresh).filter(([, , n]) => n !== null)).toEqual([[[1], "Floods Hit North Jakarta", NOTE]]);
    const before = dumpDb(fresh);
    const again = JSON.parse((await run(["import", out, "--db", fresh, "--json"])).stdout);
    expect(again.notes).toBeUndefined();
    expect(dumpDb(fresh)).toBe(before);
  });

  it("writes exports with notes that the schemas accept and Translate Toolkit reads the note of", async () => {
    let xmllint = true;
    try { execFileSync("xmllint", ["--version"], { stdio: "ignore" }); } catch { xmllint = false; }
    const checks: Array<[string, string[]]> = [
      ["tmx", ["--dtdvalid", path.join(SCHEMAS, "tmx14.dtd")]],
      ["xliff12", ["--schema", path.join(SCHEMAS, "xliff-core-1.2-strict.xsd")]],
      ["xliff", ["--schema", path.join(SCHEMAS, "xliff_core_2.0.xsd")]],
    ];
    for (const [format, args] of checks) {
      const out = await exportTo(format);
      if (xmllint && fs.existsSync(SCHEMAS)) expect(execFileSync("xmllint", ["--noout", ...args, out], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] })).toBe("");
    }
    const script = "import sys\nfrom translate.storage import tmx, xliff\n" +
      "for u in tmx.tmxfile.parsefile(sys.argv[1]).units[:1]: print(u.getnotes())\n" +
      "for u in xliff.xlifffile.parsefile(sys.argv[2]).units[:1]: print(u.getnotes())\n";
    let python = "";
    try { python = execFileSync("/usr/bin/python3", ["-c", "import translate"], { encoding: "utf8" }) === "" ? "/usr/bin/python3" : ""; } catch { python = ""; }
    if (python) {
      const printed = execFileSync(python, ["-c", script, path.join(dir, "out", "small.tmx"), path.join(dir, "out", "small.xliff12.xlf")], { encoding: "utf8" });
      expect(printed).toBe(`${NOTE}\n${NOTE}\n`);
    }
  });

  it("imports OmegaT's, memoQ's and Trados Studio's TMX notes (on the <tu> and on a <tuv>), several joined by a blank line", async () => {
    const f = write("omegat.tmx", `<?xml version="1.0" encoding="UTF-8"?>
<!DOCTYPE tmx SYSTEM "tmx11.dtd">
<tmx version="1.1">
  <header creationtool="OmegaT" o-tmf="OmegaT TMX" adminlang="EN-US" datatype="plaintext" creationtoolversion="6.0.0" segtype="sentence" srclang="id"/>
  <body>
    <tu>
      <note>Cek ejaan "Penjaringan" dengan editor</note>
      <tuv xml:lang="id">
        <seg>"Air naik sangat cepat," kata Siti, warga Penjaringan.</seg>
      </tuv>
      <tuv xml:lang="en" changeid="siti" changedate="20240620T101500Z" creationid="siti" creationdate="20240620T101500Z">
        <seg>"The water rose very fast," said Siti, a resident of Penjaringan.</seg>
      </tuv>
    </tu>
    <tu creationdate="20240620T101600Z" creationid="PM" changedate="20240620T101600Z" changeid="PM">
      <prop type="client">Kompas</prop>
      <note>memoQ comment: "lantai dua" = second floor (US)</note>
      <tuv xml:lang="id-ID"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv>
      <tuv xml:lang="en-US"><note>Trados: tuv-level note</note><seg>She carried her children to the second floor.</seg></tuv>
    </tu>
  </body>
</tmx>
`);
    const r = await run(["import", f, "--db", fresh]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  2 translators' notes stored with their renderings\n");
    expect(notes(fresh)).toEqual([
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "Cek ejaan \"Penjaringan\" dengan editor"],
      [[5], "She carried her children to the second floor.", "memoQ comment: \"lantai dua\" = second floor (US)\n\nTrados: tuv-level note"],
    ]);
  });

  it("imports XLIFF 1.2 notes (with from, whatever they annotate) and XLIFF 2.0 <notes>, not an <alt-trans>'s", async () => {
    const x12 = write("memoq.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
  <file original="berita.docx" source-language="id-ID" target-language="en-US" datatype="plaintext">
    <body>
      <trans-unit id="1" approved="yes">
        <source>Banjir Melanda Jakarta Utara</source>
        <target state="translated">Floods Hit North Jakarta</target>
        <note from="Ani" annotates="source">Utara = North, capitalised</note>
        <note annotates="general">headline style</note>
        <alt-trans><target>Flood in North Jakarta</target><note>a match's note</note></alt-trans>
      </trans-unit>
    </body>
  </file>
</xliff>
`);
    const x20 = write("okapi.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">
  <file id="f1">
    <notes><note>file-level note, no unit's</note></notes>
    <unit id="u5">
      <notes>
        <note category="terminology" appliesTo="target">"lantai dua": second floor</note>
      </notes>
      <segment state="translated">
        <source>Dia membawa anak-anaknya ke lantai dua.</source>
        <target>She carried her children upstairs.</target>
      </segment>
    </unit>
  </file>
</xliff>
`);
    for (const f of [x12, x20]) {
      const r = await run(["import", f, "--db", fresh]);
      expect(r.stderr).toBe("");
      expect(r.code).toBe(0);
    }
    expect(notes(fresh)).toEqual([
      [[1], "Floods Hit North Jakarta", "Ani: Utara = North, capitalised\n\nheadline style"],
      [[5], "She carried her children upstairs.", "\"lantai dua\": second floor"],
    ]);
  });

  it("imports a spreadsheet's comment column and a JSONL note field", async () => {
    const tsv = write("sheet.tsv", "Source\tTarget\tComment\nBanjir Melanda Jakarta Utara\tFloods Hit North Jakarta\tjudul\\nbaris dua\n");
    const csv = write("sheet.csv", "source,target,notes\n\"Dia membawa anak-anaknya ke lantai dua.\",\"She carried her children upstairs.\",\"cek, lantai\"\n");
    const jsonl = write("pairs.jsonl", JSON.stringify({ source: "Baca juga: Cuaca ekstrem di Jawa", target: "Read also: Extreme weather in Java", note: "boilerplate link" }) + "\n");
    for (const f of [tsv, csv, jsonl]) expect((await run(["import", f, "--db", fresh])).code).toBe(0);
    expect(notes(fresh)).toEqual([
      [[1], "Floods Hit North Jakarta", "judul\nbaris dua"],
      [[5], "She carried her children upstairs.", "cek, lantai"],
      [[8], "Read also: Extreme weather in Java", "boilerplate link"],
    ]);
  });

  it("adds a note to an unchanged rendering without one, keeps a different existing note before the file's, and keeps a replaced rendering's note", async () => {
    // small.db: rendering 1 has NOTE; the aligner's rendering 3 (segment 4) none
    const f = write("notes.jsonl", [
      { source: "Banjir Melanda Jakarta Utara", target: "Floods Hit North Jakarta", note: "from the editor" },
      { source: "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.", target: "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", note: "quote checked" },
    ].map((o) => JSON.stringify(o)).join("\n") + "\n");
    const r = await run(["import", f, "--db", small, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ unchanged: 2, notes: { added: 1, kept: 1 } });
    const byOrdinal = new Map(notes(small).map(([o, , n]) => [(o as number[]).join("+"), n]));
    expect(byOrdinal.get("1")).toBe(`${NOTE}\n\nfrom the editor`);
    expect(byOrdinal.get("4")).toBe("quote checked");
    // a machine's rendering replaced by the file's text keeps its note, the file's after it
    const g = write("replace.jsonl", JSON.stringify({ source: "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.", target: "\"The water rose so fast,\" said Siti.", note: "shortened" }) + "\n");
    expect(JSON.parse((await run(["import", g, "--db", small, "--json"])).stdout)).toMatchObject({ replaced: 1, notes: { added: 0, kept: 1 } });
    expect(new Map(notes(small).map(([o, , n]) => [(o as number[]).join("+"), n])).get("4")).toBe("quote checked\n\nshortened");
    // the text summary names the notes kept beside another only when there are some (in both languages)
    const h = write("again.jsonl", JSON.stringify({ source: "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.", target: "\"The water rose so fast,\" said Siti.", note: "name checked" }) + "\n");
    expect((await run(["import", h, "--db", small, "--lang", "id"])).stdout).toContain(
      "  1 catatan penerjemah disimpan bersama terjemahannya (1 setelah catatan lain yang sudah ada pada terjemahan itu: keduanya disimpan)\n");
    const k = write("again2.jsonl", JSON.stringify({ source: "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.", target: "\"The water rose so fast,\" said Siti.", note: "date checked" }) + "\n");
    expect((await run(["import", k, "--db", small])).stdout).toContain(
      "  1 translator's note stored with its rendering (1 after a different note the rendering already had: both kept)\n");
    // the note exported, written on in another tool and read back: it holds the existing one whole, so it takes its place
    const whole = "quote checked\n\nshortened\n\nname checked\n\ndate checked";
    const m = write("on.jsonl", JSON.stringify({ source: "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.", target: "\"The water rose so fast,\" said Siti.", note: `${whole}\n\nall good` }) + "\n");
    expect(JSON.parse((await run(["import", m, "--db", small, "--json"])).stdout)).toMatchObject({ unchanged: 1, notes: { added: 1, kept: 0 } });
    expect(new Map(notes(small).map(([o, , n]) => [(o as number[]).join("+"), n])).get("4")).toBe(`${whole}\n\nall good`);
  });

  it("mergeNote: none, same, held already, different", () => {
    expect(mergeNote(null, undefined)).toBeNull();
    expect(mergeNote("", "")).toBeNull();
    expect(mergeNote(null, "a")).toBe("a");
    expect(mergeNote("a", "a")).toBe("a");
    expect(mergeNote("a\n\nb", "b")).toBe("a\n\nb");
    expect(mergeNote("ab", "b")).toBe("ab\n\nb");
    expect(mergeNote("a", undefined)).toBe("a");
    // (a note saved with spaces around it, exported and read back trimmed, is the same note)
    expect(mergeNote(" a\n\nb ", "b")).toBe(" a\n\nb ");
    // (the note written on in another tool holds the existing one whole: it is taken, not set after it)
    expect(mergeNote("headline", "headline; the editor wants Bekasi")).toBe("headline; the editor wants Bekasi");
    expect(mergeNote(" a\n\nb ", "a\n\nb\n\nc")).toBe("a\n\nb\n\nc");
    expect(mergeNote("headline", "Headline; the editor wants Bekasi")).toBe("headline\n\nHeadline; the editor wants Bekasi");
  });

  it.each([
    ["a control character", "notes.jsonl", JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods Hit North Jakarta" }) + "\n" + JSON.stringify({ source: "Dia membawa anak-anaknya ke lantai dua.", target: "She carried her children upstairs.", note: "bad \u001b[31m" }) + "\n",
      /^selaras: .*notes\.jsonl:2: the note holds control character U\+001B/],
    ["a note too long", "long.tmx", `<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="id" creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" datatype="plaintext"/><body>\n<tu><tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv><tuv xml:lang="en"><seg>Floods Hit North Jakarta</seg></tuv></tu>\n<tu><note>${"x".repeat(100_001)}</note><tuv xml:lang="id"><seg>Dia membawa anak-anaknya ke lantai dua.</seg></tuv><tuv xml:lang="en"><seg>She carried her children upstairs.</seg></tuv></tu>\n</body></tmx>\n`,
      /^selaras: .*long\.tmx:4: the note has 100,001 characters, longer than the limit of 100,000 characters/],
  ])("refuses a file whose note holds %s: exit 2, file and line, the database as it was; --skip-refused leaves that unit out", async (_what, name, text, message) => {
    const f = write(name, text);
    const before = dumpDb(fresh);
    const r = await run(["import", f, "--db", fresh]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(dumpDb(fresh)).toBe(before);
    const s = await run(["import", f, "--db", fresh, "--skip-refused", "--json"]);
    expect(JSON.parse(s.stdout)).toMatchObject({ created: 1, skipped: 1 });
  });
});

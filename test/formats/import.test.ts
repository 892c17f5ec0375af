/**
 * `selaras import`: matching (references, normalised text, joins), statuses, conflicts and
 * --replace, translation memory, Translate Toolkit's po2tmx output, and every bad input leaving the
 * database exactly as it was (exit 2, file and line named).
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { formats, readUnits } from "../../src/formats";
import { openStore } from "../../src/store";
import { dumpDb, run, tempDir } from "../helpers/cli";
import { seedSmallDb, SLUG } from "./helpers";

const NOW_RE = /^\d{4}-\d\d-\d\dT/;

/** The line after a refusal of one unit (without --skip-refused). */
const ONE_UNIT = "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n";

describe("selaras import", () => {
  let dir: string;
  let small: string;
  let fresh: string;
  beforeEach(async () => {
    dir = tempDir();
    small = await seedSmallDb(dir);
    fresh = path.join(dir, "fresh.db");
    // The same (second) version of the article, without renderings.
    const r = await run(["ingest", path.join(dir, "v2", `${SLUG}.txt`), "--db", fresh]);
    expect(r.code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Renderings as [segment ordinals, text, status, origin, author]. */
  const renderings = (db: string) => {
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug(SLUG)!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
      return store.renderings.all().map((r) => [r.segmentIds.map((id) => ordinal.get(id)), r.text, r.status, r.origin, r.author]);
    } finally {
      store.close();
    }
  };
  const write = (name: string, text: string | Buffer) => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };

  it.each(Object.values(formats).map((f) => [f.id, f] as const))("brings a %s export into another database, then changes nothing on a second import", async (id, format) => {
    const out = path.join(dir, `export${format.extensions[0]}`);
    expect((await run(["export", "--format", id, "--out", out, "--db", small, "--status", "translated,reviewed,aligned"])).code).toBe(0);
    const first = await run(["import", out, "--db", fresh, "--json"]);
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toMatchObject({ format: id, units: 3, created: 3, replaced: 0, unchanged: 0, conflictCount: 0, unmatched: 0 });
    expect(renderings(fresh)).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "imported", "ani"],
      [[2, 3], "Heavy rain has lashed Jakarta since Tuesday night, and thousands of residents fled to nearby mosques & schools.", "translated", "imported", "budi"],
      // (a machine's pair no person confirmed stays unconfirmed: the aligner's unit comes back aligned)
      [[4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "aligned", "imported", "aligner"],
    ]);
    const before = dumpDb(fresh);
    const again = await run(["import", out, "--db", fresh]);
    expect(again.code).toBe(0);
    expect(again.stdout).toBe(`${out}: 3 units read (${id})\n  0 new, 0 replaced, 3 unchanged, 0 without a target\n`);
    expect(dumpDb(fresh)).toBe(before);
  });

  it.each(Object.values(formats).map((f) => [f.id, f] as const))("%s: export → import into a fresh database → export gives the same bytes (dates and authors kept)", async (id, format) => {
    const read = (out: string) => Object.fromEntries(Object.entries(format.partPaths(out)).map(([part, f]) => [part, fs.readFileSync(f, "utf8")]));
    const all = ["--status", "all"];
    // `fresh` gets every unit of the small database, as an import stores them (statuses translated and draft)
    const seed = path.join(dir, "seed.jsonl");
    expect((await run(["export", "--format", "jsonl", "--out", seed, "--db", small, ...all])).code).toBe(0);
    expect((await run(["import", seed, "--db", fresh])).code).toBe(0);
    const first = path.join(dir, `a-export${format.extensions[0]}`);
    expect((await run(["export", "--format", id, "--out", first, "--db", fresh, ...all])).code).toBe(0);
    // (a project of its own: the import keeps its translations/ folder in step)
    const other = path.join(dir, "other", "other.db");
    fs.mkdirSync(path.dirname(other));
    expect((await run(["ingest", path.join(dir, "v2", `${SLUG}.txt`), "--db", other])).code).toBe(0);
    const imported = await run(["import", first, "--db", other, "--format", id], { clock: () => new Date("2030-01-01T00:00:00Z") });
    expect([imported.code, imported.stderr]).toEqual([0, ""]);
    const second = path.join(dir, `b-export${format.extensions[0]}`);
    expect((await run(["export", "--format", id, "--out", second, "--db", other, ...all])).code).toBe(0);
    const before = read(first);
    expect(Object.values(before).join("")).toMatch(/2024-?06-?19T?09:?30:?15Z/);
    expect(read(second)).toEqual(before);
  });

  it("an import is never reviewed (a person reviews it here): a reviewed unit comes back translated, its date and author kept", async () => {
    const out = path.join(dir, "r.jsonl");
    expect((await run(["export", "--format", "jsonl", "--out", out, "--db", small])).code).toBe(0);
    const units = readUnits(formats.jsonl!, { main: fs.readFileSync(out, "utf8") });
    expect(units.map((u) => [u.status, u.author, u.changed])).toEqual([["reviewed", "ani", "2024-06-19T08:00:00Z"], ["translated", "budi", "2024-06-19T09:30:15Z"]]);
    expect((await run(["import", out, "--db", fresh])).code).toBe(0);
    expect((await run(["export", "--format", "jsonl", "--out", out, "--db", fresh])).code).toBe(0);
    expect(readUnits(formats.jsonl!, { main: fs.readFileSync(out, "utf8") })).toEqual(units.map((u) => ({ ...u, status: "translated" })));
  });

  it("a machine's pair stays unconfirmed: an aligned unit comes back aligned, unchecked (not a confirmation) and listed as needing work", async () => {
    const tsv = write("aligned.tsv", [
      "source\ttarget\tstatus",
      // the English names 5 trucks the Indonesian does not: a confirmation would be refused
      "Bantuan tiba Rabu pagi.\tAid arrived on Wednesday morning in 5 trucks.\tAligned",
      "",
    ].join("\n"));
    const r = await run(["import", tsv, "--db", fresh, "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(JSON.parse(r.stdout)).toMatchObject({ created: 1, refused: [] });
    expect(renderings(fresh)).toEqual([[[7], "Aid arrived on Wednesday morning in 5 trucks.", "aligned", "imported", "import"]]);
    const status = await run(["status", "--db", fresh, "--json"]);
    expect(JSON.parse(status.stdout)).toMatchObject([{ translated: 0, aligned: 1 }]);
  });

  it("matches after normalisation, without references, and across a join; keeps drafts as drafts", async () => {
    const tsv = write("other.tsv", [
      "source\ttarget\tstatus",
      // (every row has the header's three cells, an empty status included)
      "\u201cAir naik  sangat cepat,\u201d kata Siti, warga Penjaringan.\t\u201cThe water rose fast,\u201d said Siti.\t",
      "Hujan deras mengguyur Jakarta sejak Selasa malam.  Ribuan warga mengungsi ke masjid & sekolah terdekat.\tHeavy rain; thousands fled.\t",
      "Dia membawa anak-anaknya ke lantai dua.\tShe took her children upstairs.\tdraft",
      "Bantuan tiba Rabu pagi.\t\t",
      "",
    ].join("\n"));
    const r = await run(["import", tsv, "--db", fresh]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${tsv}: 4 units read (tsv)\n  3 new, 0 replaced, 0 unchanged, 1 without a target\n  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it\n`);
    expect(renderings(fresh)).toEqual([
      [[4], "\u201cThe water rose fast,\u201d said Siti.", "translated", "imported", "import"],
      [[2, 3], "Heavy rain; thousands fled.", "translated", "imported", "import"],
      [[5], "She took her children upstairs.", "draft", "imported", "import"],
    ]);
  });

  it("reports a person's differing rendering as a conflict (exit 1, nothing written) and replaces it only with --replace", async () => {
    const tsv = write("c.tsv", "source\ttarget\nBanjir Melanda Jakarta Utara\tFlooding in North Jakarta\n");
    const before = dumpDb(small);
    const r = await run(["import", tsv, "--db", small]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      `${tsv}: 1 unit read (tsv)\n  0 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  conflict at berita-kecil:1: rendering #1 (manual) has another text; kept (use --replace to replace it)\n" +
      "    - Floods Hit North Jakarta\n    + Flooding in North Jakarta\n" +
      "1 conflict: nothing was overwritten.\n",
    );
    expect(dumpDb(small)).toBe(before);
    const replaced = await run(["import", tsv, "--db", small, "--replace", "--author", "editor"]);
    expect(replaced.code).toBe(0);
    const store = openStore(small);
    try {
      const r1 = store.renderings.byId(1)!;
      expect([r1.text, r1.status, r1.origin, r1.author]).toEqual(["Flooding in North Jakarta", "translated", "imported", "editor"]);
      expect(store.renderings.revisions(1).map((v) => v.text)).toEqual(["Floods Hit North Jakarta", "Flooding in North Jakarta"]);
    } finally {
      store.close();
    }
  });

  it("replaces a machine-made rendering silently and reports a rendering cut differently as a conflict", async () => {
    const tsv = write("m.tsv", [
      "source\ttarget",
      "\"Air naik sangat cepat,\" kata Siti, warga Penjaringan.\t\"The water rose quickly,\" Siti said.",
      "Hujan deras mengguyur Jakarta sejak Selasa malam.\tHeavy rain since Tuesday night.",
      "",
    ].join("\n"));
    const r = await run(["import", tsv, "--db", small, "--json"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ created: 0, replaced: 1, conflictCount: 1 });
    expect(result.conflicts).toEqual([{
      unit: "", segments: ["berita-kecil:2"], source: "Hujan deras mengguyur Jakarta sejak Selasa malam.", target: "Heavy rain since Tuesday night.",
      rendering: 2, existing: "Heavy rain has lashed Jakarta since Tuesday night, and thousands of residents fled to nearby mosques & schools.",
      existingOrigin: "manual", reason: "span",
    }]);
    expect(renderings(small)[2]).toEqual([[4], "\"The water rose quickly,\" Siti said.", "translated", "imported", "import"]);
  });

  it("into a database with no article yet, says to ingest the articles first (both languages), and changes nothing", async () => {
    const jsonl = write("tm.jsonl", JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods Hit North Jakarta" }) + "\n");
    const empty = path.join(dir, "empty.db");
    const en = await run(["import", jsonl, "--db", empty]);
    expect(en.code).toBe(0);
    expect(en.stdout).toBe(
      `${jsonl}: 1 unit read (jsonl)\n  0 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      // (a unit without an id named by its line in the file)
      `1 unit matches no segment:\n  ${jsonl}:1: Banjir Melanda Jakarta Utara\n` +
      "The database holds no article yet: ingest the articles first ('selaras ingest corpus/'), then import again; or use --keep-tm to keep the units as translation memory.\n",
    );
    const before = dumpDb(empty);
    const id = await run(["import", jsonl, "--db", empty, "--lang", "id"]);
    expect(id.stdout).toContain("Basis data belum memuat artikel apa pun: masukkan artikelnya dulu ('selaras ingest corpus/'), lalu impor lagi; atau pakai --keep-tm untuk menyimpan unitnya sebagai memori terjemahan.\n");
    expect(dumpDb(empty)).toEqual(before);
    const json = JSON.parse((await run(["import", jsonl, "--db", empty, "--json"])).stdout);
    expect(json).toMatchObject({ unmatched: 1, created: 0, noDocuments: true });
    expect(json.unmatchedUnits).toEqual([{ unit: "", source: "Banjir Melanda Jakarta Utara", target: "Floods Hit North Jakarta", file: jsonl, line: 1, number: 1 }]);
  });

  it("reports units matching nothing and keeps them as translation memory with --keep-tm (once)", async () => {
    const jsonl = write("tm.jsonl", [
      JSON.stringify({ source: "Gempa mengguncang Sulawesi.", target: "An earthquake shook Sulawesi.", author: "rina" }),
      JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods Hit North Jakarta" }),
      "",
    ].join("\n"));
    const plain = await run(["import", jsonl, "--db", fresh]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toBe(
      `${jsonl}: 2 units read (jsonl)\n  1 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      `1 unit matches no segment:\n  ${jsonl}:1: Gempa mengguncang Sulawesi.\nUse --keep-tm to keep them as translation memory.\n`,
    );
    const kept = await run(["import", jsonl, "--db", fresh, "--keep-tm"]);
    expect(kept.stdout).toContain("1 new unit kept as translation memory.\n");
    const again = await run(["import", jsonl, "--db", fresh, "--keep-tm"]);
    expect(again.stdout).toContain("0 new units kept as translation memory.\n");
    const store = openStore(fresh);
    try {
      const tm = store.exchange.tmUnits();
      expect(tm).toHaveLength(1);
      expect(tm[0]).toMatchObject({ source: "Gempa mengguncang Sulawesi.", target: "An earthquake shook Sulawesi.", author: "rina", originFile: "tm.jsonl" });
      expect(tm[0]!.importedAt).toMatch(NOW_RE);
    } finally {
      store.close();
    }
  });

  it("imports a TMX written by Translate Toolkit's po2tmx", async () => {
    const po = write("tt.po", [
      'msgid ""', 'msgstr ""', '"Content-Type: text/plain; charset=UTF-8\\n"', "",
      'msgid "Banjir Melanda Jakarta Utara"', 'msgstr "Floods Hit North Jakarta"', "",
      'msgid "\\"Air naik sangat cepat,\\" kata Siti, warga Penjaringan."', 'msgstr "\\"The water rose very fast,\\" said Siti."', "",
      'msgid "Kalimat yang tidak ada di artikel & <lainnya>."', 'msgstr "A sentence not in the article & <others>."', "",
    ].join("\n"));
    const tmx = path.join(dir, "tt.tmx");
    execFileSync("po2tmx", ["--source-language=id", "--language=en", "-i", po, "-o", tmx], { stdio: "pipe" });
    const r = await run(["import", tmx, "--db", fresh, "--keep-tm", "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "tmx", units: 3, created: 2, unmatched: 1, keptTm: 1 });
    expect(renderings(fresh)).toEqual([
      [[1], "Floods Hit North Jakarta", "translated", "imported", "import"],
      [[4], "\"The water rose very fast,\" said Siti.", "translated", "imported", "import"],
    ]);
  });

  it("imports a TMX in UTF-16 with a byte-order mark, as Trados Studio exports it", async () => {
    const tmx = '<?xml version="1.0" encoding="utf-16"?>\r\n<tmx version="1.4">\r\n<header creationtool="SDL Language Platform" creationtoolversion="8.1" o-tmf="SDL TM8 Format" datatype="xml" segtype="sentence" adminlang="en-US" srclang="id-ID"/>\r\n<body>\r\n' +
      '<tu creationdate="20261201T101500Z" creationid="SITI"><tuv xml:lang="id-ID"><seg>Banjir Melanda Jakarta Utara</seg></tuv><tuv xml:lang="en-US"><seg>Floods Hit North Jakarta — “again”</seg></tuv></tu>\r\n</body>\r\n</tmx>\r\n';
    const file = write("trados.tmx", Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(tmx, "utf16le")]));
    const r = await run(["import", file, "--db", fresh, "--json"]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ format: "tmx", units: 1, created: 1, unmatched: 0 });
    expect(renderings(fresh)).toEqual([[[1], "Floods Hit North Jakarta — “again”", "translated", "imported", "SITI"]]);
  });

  describe("bad input: clear error, exit 2, database unchanged", () => {
    const GOOD_TU = '<tu><tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv><tuv xml:lang="en"><seg>Floods</seg></tuv></tu>';
    const tmx = (body: string, header = 'srclang="id"') =>
      `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4">\n<header creationtool="x" creationtoolversion="1" segtype="sentence" o-tmf="x" adminlang="en" ${header} datatype="plaintext"/>\n<body>\n${body}\n</body>\n</tmx>\n`;
    const cases: Array<[string, () => string, RegExp]> = [
      ["a TMX in the Latin-1 its declaration names: the encoding is named, with the way to convert it",
        () => write("latin1.tmx", Buffer.from(tmx(GOOD_TU).replace('encoding="UTF-8"', 'encoding="ISO-8859-1"').replace("Floods", "Caf\u00e9"), "latin1")),
        /^selaras: .*latin1\.tmx:5: not valid UTF-8 \(byte offset \d+\): the file declares encoding ISO-8859-1, and Selaras reads UTF-8 \(and UTF-16 with a byte-order mark\); convert it first \(e\.g\. iconv -f ISO-8859-1 -t UTF-8\) and change its declaration to UTF-8\n$/],
      ["a TMX whose units have another language than English (every unit would have no target)",
        () => write("de.tmx", tmx('<tu><tuv xml:lang="id"><seg>Banjir Melanda Jakarta Utara</seg></tuv><tuv xml:lang="de"><seg>Überschwemmungen</seg></tuv></tu>\n'.repeat(2))),
        /^selaras: .*de\.tmx: no unit has an English variant \(languages found besides Indonesian: de\): is this the right file\? Nothing was imported\n$/],
      ["malformed XML (after a good unit)", () => write("bad.tmx", tmx(`${GOOD_TU}\n<tu><tuv xml:lang="id"><seg>a</tuv></tu>`)),
        /bad\.tmx:6:35: malformed XML \(the end tag <\/tuv> comes where <seg> should be closed\)\n$/],
      ["a bare & in a TMX unit, units after it (reported where it is, not at the end)",
        () => write("amp.tmx", tmx(`${GOOD_TU}\n<tu><tuv xml:lang="id"><seg>Dua.</seg></tuv><tuv xml:lang="en"><seg>Two & a half.</seg></tuv></tu>\n${GOOD_TU}`)),
        /^selaras: .*amp\.tmx:6:73: malformed XML \(an unescaped '&': write it as &amp;\)\n$/],
      ["'&amp' without its ';' in an XLIFF target",
        () => write("amp.xlf", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en">\n<file id="f">\n<unit id="u"><segment><source>Banjir Melanda Jakarta Utara</source>\n<target>Floods &amp mud</target></segment></unit>\n</file>\n</xliff>\n'),
        /^selaras: .*amp\.xlf:4:16: malformed XML \('&amp' does not end with ';': write a plain & as &amp;\)\n$/],
      ["an external entity (XXE)", () => write("xxe.tmx", `<?xml version="1.0"?>\n<!DOCTYPE tmx [\n<!ENTITY xxe SYSTEM "file:///etc/passwd">\n]>\n<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&xxe;</seg></tuv></tu></body></tmx>\n`),
        /xxe\.tmx:4: a DOCTYPE declaring entities is refused/],
      ["an entity-expansion bomb", () => write("bomb.tmx", `<?xml version="1.0"?>\n<!DOCTYPE lolz [\n<!ENTITY lol "lol">\n<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">\n<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">\n]>\n<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&lol3;</seg></tuv></tu></body></tmx>\n`),
        /bomb\.tmx:6: a DOCTYPE declaring entities is refused/],
      ["a TMX whose srclang is English and whose first <tu> has no Indonesian variant", () => write("en.tmx", tmx('<tu><tuv xml:lang="en-US"><seg>Floods</seg></tuv><tuv xml:lang="de"><seg>Überschwemmungen</seg></tuv></tu>\n' + GOOD_TU, 'srclang="en-US"')),
        /en\.tmx:3: the TMX source language is 'en-US', and its first <tu> \(line 5\) has no Indonesian \(id\) variant: is this the right file\? Nothing was imported\n$/],
      ["an XLIFF whose source language is English", () => write("en.xlf", '<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="en" trgLang="id"><file id="f"><unit id="u"><segment><source>a</source></segment></unit></file></xliff>'),
        /en\.xlf:1: the XLIFF source language is 'en', expected Indonesian \(id\)/],
      ["Moses files of different lengths", () => {
        write("m.id", "Banjir Melanda Jakarta Utara\nDia membawa anak-anaknya ke lantai dua.\nSatu lagi.\n");
        write("m.en", "Floods Hit North Jakarta\nShe carried her children upstairs.\n");
        return path.join(dir, "m.id");
      }, /m\.id:3: the Moses files do not have the same number of lines \(.*m\.id: 3, .*m\.en: 2\)/],
      ["invalid UTF-8 (after good rows)", () => write("bad.tsv", Buffer.concat([
        Buffer.from("source\ttarget\nBanjir Melanda Jakarta Utara\tFloods\nDia\t"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")])),
        /bad\.tsv:3: not valid UTF-8 \(byte offset 54\)/],
      ["an unknown TSV escape (after a good row)", () => write("esc.tsv", "source\ttarget\nBanjir Melanda Jakarta Utara\tFloods\nDia\tShe \\q\n"),
        /esc\.tsv:3: unknown escape '\\q'/],
      ["a broken JSONL line", () => write("bad.jsonl", `${JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods" })}\n{"source": \n`),
        /bad\.jsonl:2: not valid JSON/],
    ];
    it.each(cases)("%s", async (_name, make, message) => {
      const file = make();
      const before = dumpDb(fresh);
      const r = await run(["import", file, "--db", fresh, "--keep-tm"]);
      expect(r.stdout).toBe("");
      expect(r.stderr).toMatch(message);
      expect(r.code).toBe(2);
      expect(dumpDb(fresh)).toBe(before);
    });

    describe("a row whose fields a lost or added tab would shift is refused, never stored (not even with --keep-tm)", () => {
      /** An export of the small database (two units), its line `n` changed by `edit`. */
      const exported = async (format: string, out: string, part: string, n: number, edit: (line: string) => string): Promise<string> => {
        expect((await run(["export", "--format", format, "--out", path.join(dir, out), "--db", small])).code).toBe(0);
        const file = path.join(dir, part);
        const lines = fs.readFileSync(file, "utf8").split("\n");
        lines[n - 1] = edit(lines[n - 1]!);
        fs.writeFileSync(file, lines.join("\n"));
        return file;
      };
      const refused = async (file: string, stderr: string) => {
        const before = dumpDb(fresh);
        const r = await run(["import", file, "--db", fresh, "--keep-tm"]);
        // (each a refusal of one unit: the way to import the others is said after it)
        expect([r.code, r.stdout, r.stderr]).toEqual([2, "", stderr + ONE_UNIT]);
        expect(dumpDb(fresh)).toBe(before);
      };
      const SHIFT = "(a tab lost or added would shift the fields after it; a tab inside a cell is written \\t)";

      it("TSV: a tab turned into a space (7 columns under a header of 8)", async () => {
        const file = await exported("tsv", "c.tsv", "c.tsv", 3, (l) => l.replace("\t", " "));
        await refused(file, `selaras: ${file}:3: the header has 8 columns, this row 7 ${SHIFT}\n`);
      });
      it("TSV: an extra tab (9 columns under a header of 8)", async () => {
        const file = await exported("tsv", "c.tsv", "c.tsv", 3, (l) => l.replace(" ", "\t"));
        await refused(file, `selaras: ${file}:3: the header has 8 columns, this row 9 ${SHIFT}\n`);
      });
      it("TSV: a two-column file with a header, a tab lost", async () => {
        const file = write("two.tsv", "source\ttarget\nBanjir Melanda Jakarta Utara\tFloods\nDia membawa anak-anaknya ke lantai dua. She carried her children upstairs.\n");
        await refused(file, `selaras: ${file}:3: the header has 2 columns, this row 1 ${SHIFT}\n`);
      });
      it("Moses: an .ids row with a seventh column", async () => {
        const file = await exported("moses", "m", "m.ids", 2, (l) => l + "\textra");
        await refused(path.join(dir, "m.id"), `selaras: ${file}:2: an .ids row has 7 columns, expected 6 (id, document, segments, status, author, changed, separated by tabs)\n`);
      });
      it("JSONL: a key given twice (JSON.parse would keep the last)", async () => {
        const file = write("twice.jsonl", [
          JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods" }),
          '{"source":"Dia membawa anak-anaknya ke lantai dua.","target":"A.","status":"draft","target" : "She carried her children upstairs."}',
          "",
        ].join("\n"));
        await refused(file, `selaras: ${file}:2: the key 'target' is given twice in this object; which value is meant is unclear: keep one\n`);
      });
      it("JSONL: the same key inside a nested object or a string is not a repeat", async () => {
        const file = write("nested.jsonl", '{"source":"Banjir Melanda Jakarta Utara","target":"Floods \\"target\\": x","meta":{"target":1,"source":[{"target":2}]}}\n');
        const r = await run(["import", file, "--db", fresh, "--json"]);
        expect([r.code, r.stderr]).toEqual([0, ""]);
        expect(JSON.parse(r.stdout)).toMatchObject({ units: 1, created: 1 });
      });
    });

    describe("a status or date that is not one Selaras knows is refused with file and line, never stored as confirmed", () => {
      const refused = async (file: string, stderr: string) => {
        const before = dumpDb(fresh);
        const r = await run(["import", file, "--db", fresh, "--keep-tm"]);
        // (each a refusal of one unit: the way to import the others is said after it)
        expect([r.code, r.stdout, r.stderr]).toEqual([2, "", stderr + ONE_UNIT]);
        expect(dumpDb(fresh)).toBe(before);
      };
      const KNOWN = "(known: draft, translated, reviewed, aligned, in any case; or none, which imports as translated)";
      const DATE = "(expected YYYY-MM-DDThh:mm:ssZ, e.g. 2026-11-21T23:59:00Z; in TMX also 20261121T235900Z)";
      const good = JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods" });
      /** A Selaras export of the small database with `from` replaced by `to`. */
      const edited = async (format: string, name: string, from: string | RegExp, to: string): Promise<string> => {
        const file = path.join(dir, name);
        expect((await run(["export", "--format", format, "--out", file, "--db", small])).code).toBe(0);
        const text = fs.readFileSync(file, "utf8");
        expect(text).toMatch(from);
        fs.writeFileSync(file, text.replace(from, to));
        return file;
      };

      it("known statuses in any case and with spaces around them: Draft, DRAFT, 'draft ' are drafts, ' Translated' is translated", async () => {
        const file = write("case.jsonl", [
          JSON.stringify({ source: "Banjir Melanda Jakarta Utara", target: "Floods", status: "Draft" }),
          JSON.stringify({ source: "Dia membawa anak-anaknya ke lantai dua.", target: "She went upstairs.", status: "DRAFT" }),
          JSON.stringify({ source: "Pemerintah menyiapkan 2.000 paket bantuan.", target: "The government prepared 2,000 aid packages.", status: "draft " }),
          JSON.stringify({ source: "Bantuan tiba Rabu pagi.", target: "Aid arrived on Wednesday morning.", status: " Translated" }),
          "",
        ].join("\n"));
        const r = await run(["import", file, "--db", fresh]);
        expect([r.code, r.stderr]).toEqual([0, ""]);
        expect(renderings(fresh).map(([ordinals, , status]) => [ordinals, status])).toEqual([
          [[1], "draft"], [[5], "draft"], [[6], "draft"], [[7], "translated"],
        ]);
      });
      it("JSONL: 'bogus' on line 2", async () => {
        const file = write("bogus.jsonl", `${good}\n${JSON.stringify({ source: "Dia membawa anak-anaknya ke lantai dua.", target: "She went upstairs.", status: "bogus" })}\n`);
        await refused(file, `selaras: ${file}:2: unknown status 'bogus' ${KNOWN}\n`);
      });
      it("TSV: 'finished' on line 2", async () => {
        const file = await edited("tsv", "s.tsv", "\treviewed\t", "\tfinished\t");
        await refused(file, `selaras: ${file}:2: unknown status 'finished' ${KNOWN}\n`);
      });
      it("Moses: 'Approved' in the .ids file", async () => {
        const file = await edited("moses", "m.ids", "\ttranslated\t", "\tApproved\t");
        await refused(path.join(dir, "m.id"), `selaras: ${file}:2: unknown status 'Approved' ${KNOWN}\n`);
      });
      it("TMX: an x-status prop of 'bogus' (the line of its <prop>)", async () => {
        const file = await edited("tmx", "s.tmx", "<prop type=\"x-status\">translated</prop>", "<prop type=\"x-status\">bogus</prop>");
        await refused(file, `selaras: ${file}:17: unknown status 'bogus' ${KNOWN}\n`);
      });
      it("XLIFF 2.0: a Selaras status meta and subState of 'bogus' under the state written for it (the line of its <unit>)", async () => {
        const file = await edited("xliff", "s.xlf", /(type="status">|subState="selaras:)translated/g, "$1bogus");
        await refused(file, `selaras: ${file}:20: unknown status 'bogus' ${KNOWN}\n`);
      });
      it("JSONL: a changed of 'yesterday'; TSV: 2024-02-30; TMX: a changedate that is no date", async () => {
        const jsonl = write("d.jsonl", `${good}\n${JSON.stringify({ source: "Dia membawa anak-anaknya ke lantai dua.", target: "She went upstairs.", changed: "yesterday" })}\n`);
        await refused(jsonl, `selaras: ${jsonl}:2: the date 'yesterday' is not a date and time ${DATE}\n`);
        const tsv = await edited("tsv", "d.tsv", "2024-06-19T09:30:15Z", "2024-02-30T09:30:15Z");
        await refused(tsv, `selaras: ${tsv}:3: the date '2024-02-30T09:30:15Z' is not a date and time ${DATE}\n`);
        const tmx = await edited("tmx", "d.tmx", 'changedate="20240619T080000Z"', 'changedate="19 June 2024"');
        await refused(tmx, `selaras: ${tmx}:5: the date '19 June 2024' is not a date and time ${DATE}\n`);
      });
      it("JSONL: a control character written as an escape names the file and line", async () => {
        const file = write("ctrl.jsonl", `${good}\n{"source":"Dia membawa anak-anaknya ke lantai dua.","target":"She \\u001b[31mwent upstairs."}\n`);
        await refused(file, `selaras: ${file}:2: the target holds control character U+001B (not text: terminal escape, backspace, delete...); nothing was imported: remove it and try again\n`);
      });
    });

    it.each([
      ["an empty JSONL file", "e.jsonl", ""],
      ["a JSONL file holding only a byte-order mark", "bom.jsonl", "\ufeff"],
      ["a JSONL file holding only white space", "ws.jsonl", " \n\t\r\n\n"],
      ["a TSV file holding a byte-order mark and a line break", "bom.tsv", "\ufeff\n"],
    ])("%s is refused as an empty file is (a blank one used to read '0 units', exit 0)", async (_name, name, text) => {
      const file = write(name, text);
      const before = dumpDb(fresh);
      const r = await run(["import", file, "--db", fresh]);
      expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${file}: the file is empty\n`]);
      expect(dumpDb(fresh)).toBe(before);
    });

    it("an unknown extension asks for --format", async () => {
      const r = await run(["import", write("x.txt", "a\tb\n"), "--db", fresh]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/x\.txt: cannot tell the format from the file name or from its content; use --format/);
      expect((await run(["import", path.join(dir, "x.txt"), "--format", "tsv", "--db", fresh])).code).toBe(0);
    });
  });
});

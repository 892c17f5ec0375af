/** translate set/show, history, translations export/import (file format, idempotence, errors), segments. */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseTranslations, writeTranslations } from "../../src/translations/format";
import { similarity, requiredRareWords } from "../../src/translations/similarity";
import { run, tempDir, dumpDb } from "../helpers/cli";

const FIXTURE = path.join(__dirname, "../fixtures/translate/rapat-kabinet.txt");
const DOC = "rapat-kabinet";

describe("translations file format", () => {
  it("writes and reads back every kind of record, escaping line breaks and backslashes", () => {
    const records = [
      { kind: "split" as const, document: DOC, ordinal: 3, at: 12, source: "Satu dua. tiga empat." },
      { kind: "rendering" as const, document: DOC, ordinals: [1], source: "Presiden tiba.", text: "The President arrived.\nSecond line \\ end", status: "translated" as const, author: "Ani", time: "2026-01-01T00:00:00.000Z", note: "n" },
      { kind: "rendering" as const, document: DOC, ordinals: [4, 5], source: "Dua potong. kalimat." },
      { kind: "rendering" as const, document: DOC, ordinals: [], source: "Hilang.", text: "Gone.", status: "reviewed" as const, origin: "aligned", score: 0.5 },
    ];
    const text = writeTranslations(DOC, records);
    expect(text).toBe([
      "# selaras translations 1", `# document: ${DOC}`, "",
      `@ split ${DOC}:3 12`, "id: Satu dua. tiga empat.", "",
      `@ ${DOC}:1`, "id: Presiden tiba.", "en: The President arrived.\\nSecond line \\\\ end", "status: translated", "author: Ani", "time: 2026-01-01T00:00:00.000Z", "note: n", "",
      `@ ${DOC}:4+5`, "id: Dua potong. kalimat.", "",
      `@ orphan ${DOC}`, "id: Hilang.", "en: Gone.", "status: reviewed", "origin: aligned", "score: 0.5", "",
    ].join("\n"));
    const back = parseTranslations(text, "f.txt").map(({ line: _line, ...r }) => r);
    expect(back).toEqual(records);
  });

  it("reads back a value holding U+2028 or U+2029 (a line separator pasted into the English): the file npm start loads stays loadable", () => {
    const records = [{ kind: "rendering" as const, document: DOC, ordinals: [1], source: "Harga\u2028naik.", text: "Prices\u2028rose\u2029today.", status: "translated" as const, author: "Ani\u2028B", note: "a\u2029b" }];
    const text = writeTranslations(DOC, records);
    expect(text).toContain("\nen: Prices\u2028rose\u2029today.\n");
    expect(parseTranslations(text, "f.txt").map(({ line: _line, ...r }) => r)).toEqual(records);
  });

  it.each([
    ["@ nope\nid: x\n", 1, "translations-bad-ref"],
    ["@ a:1\nid: x\nen: y\nfoo: z\n", 4, "translations-unknown-field"],
    ["@ a:1\nid: x\nid: y\nen: z\n", 3, "translations-duplicate-field"],
    ["id: x\n", 1, "translations-field-outside-record"],
    ["@ a:1\nen: y\n", 1, "translations-missing-source"],
    ["@ a:1\nid: x\n", 1, "translations-missing-english"],
    // (ordinals ascend; a gap is boilerplate a join steps over, which the import sees: `@ a:1+3` is read)
    ["@ a:3+1\nid: x\n", 1, "translations-join-not-adjacent"],
    ["@ a:1\nid: x\nen: y\nstatus: done\n", 4, "translations-bad-status"],
    ["@ a:1\nid: x\nen: y\njust text\n", 4, "translations-not-a-field"],
  ])("refuses %j with its line", (text, line, code) => {
    expect(() => parseTranslations(text, "f.txt")).toThrow(expect.objectContaining({ code, data: expect.objectContaining({ file: "f.txt", line }) }));
  });
});

describe("translations file format: inline codes", () => {
  it("writes a unit's codes after its other fields and reads them back; refuses an unknown dialect or code lines without 'codes:'", () => {
    const rec = {
      kind: "rendering" as const, document: "banjir", ordinals: [2], source: "Hujan deras turun.", text: "Heavy rain fell.", status: "translated" as const, author: "Ani", time: "2024-07-01T00:00:00.000Z",
      codes: { dialect: "xliff20", source: '<pc id="1">Hujan deras</pc> turun.', target: '<pc id="1">Heavy rain</pc> fell.\\n', data: '<originalData><data id="d1">&lt;b&gt;</data></originalData>' },
    };
    const text = writeTranslations("banjir", [rec]);
    expect(text).toBe([
      "# selaras translations 1", "# document: banjir", "", "@ banjir:2", "id: Hujan deras turun.", "en: Heavy rain fell.", "status: translated", "author: Ani", "time: 2024-07-01T00:00:00.000Z",
      "codes: xliff20", 'id-codes: <pc id="1">Hujan deras</pc> turun.', 'en-codes: <pc id="1">Heavy rain</pc> fell.\\\\n', 'codes-data: <originalData><data id="d1">&lt;b&gt;</data></originalData>', "",
    ].join("\n"));
    expect(parseTranslations(text, "f")).toEqual([{ ...rec, line: 4 }]);
    const bad = (lines: string[]) => () => parseTranslations(["@ banjir:2", "id: a", "en: b", ...lines].join("\n"), "f.txt");
    expect(bad(["codes: html", "id-codes: a", "en-codes: b"])).toThrow(expect.objectContaining({ code: "translations-bad-codes", data: { file: "f.txt", line: 4, value: "html" } }));
    expect(bad(["codes: tmx", "id-codes: a"])).toThrow(expect.objectContaining({ code: "translations-bad-codes" }));
    expect(bad(["en-codes: b"])).toThrow(expect.objectContaining({ code: "translations-field-not-allowed", data: { file: "f.txt", line: 4, field: "en-codes" } }));
    expect(bad(["en-cod: b"])).toThrow(expect.objectContaining({ code: "translations-unknown-field" }));
  });
});

describe("translation-memory similarity", () => {
  it("is 1 − word edit distance / longer length, over lower-cased words without punctuation", () => {
    expect(similarity("Presiden tiba di Jakarta.", "presiden tiba di jakarta")).toBe(1);
    expect(similarity("a b c d e f g h i j", "a b c d e f g h i x")).toBeCloseTo(0.9);
    expect(similarity("a b c d", "a b c d e f")).toBeCloseTo(4 / 6);
    expect(similarity("", "")).toBe(1);
  });
  it("asks the index for enough rare words that every match (not longer than the query) contains one", () => {
    expect(requiredRareWords(10, 0.7)).toBe(4); // a match keeps ≥ 7 of 10 words in place: it has one of any 4
    expect(requiredRareWords(28, 0.7)).toBe(9);
    expect(requiredRareWords(1, 0.7)).toBe(1);
  });
});

describe("translate set/show, history, translations export/import, segments", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    expect((await run(["ingest", FIXTURE, "--db", db])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("saves with revisions and shows word-level history, plain when piped and coloured on a terminal", async () => {
    const a = await run(["translate", "set", `${DOC}:3`, "He met ministers at the palace.", "--db", db, "--translator", "Ani", "--status", "draft"]);
    expect(a.stdout).toBe(`${DOC}:3: saved (new rendering #1)\n`);
    const b = await run(["translate", "set", `${DOC}:3`, "He met the ministers at the palace.", "--db", db, "--translator", "Budi"]);
    expect(b.stdout).toBe(`${DOC}:3: saved (rendering #1, new revision)\n`);
    const same = await run(["translate", "set", `${DOC}:3`, "He met the ministers at the palace.", "--db", db, "--translator", "Budi"]);
    expect(same.stdout).toBe(`${DOC}:3: unchanged (rendering #1)\n`);
    const h = await run(["history", `${DOC}:3`, "--db", db]);
    const lines = h.stdout.trimEnd().split("\n");
    expect(lines[0]).toBe(`${DOC}:3: rendering #1, 2 revisions`);
    expect(lines[1]).toMatch(/^#1 {2}\S.*\S {2}Ani {2}draft$/);
    expect(lines[2]).toBe("  {+He met ministers at the palace.+}");
    expect(lines[3]).toMatch(/^#2 {2}\S.*\S {2}Budi {2}translated$/);
    expect(lines[4]).toBe("  He met {+the +}ministers at the palace.");
    const tty = await run(["history", `${DOC}:3`, "--db", db], { isTTY: true, env: { FORCE_COLOR: "1" } });
    expect(tty.stdout).toContain("\u001b[");
    expect(tty.stdout).not.toContain("{+");
    const json = JSON.parse((await run(["history", "3", "--db", db, "--json"])).stdout);
    expect(json.revisions.map((r: { text: string; author: string }) => [r.text, r.author])).toEqual([
      ["He met ministers at the palace.", "Ani"], ["He met the ministers at the palace.", "Budi"],
    ]);
  });

  it("propagates to identical sentences, never over a rendering a person wrote, and not with --no-propagate", async () => {
    const r = await run(["translate", "set", `${DOC}:1`, "The President arrived in Jakarta on Monday.", "--db", db, "--translator", "Ani", "--json"]);
    expect(JSON.parse(r.stdout).propagated).toEqual([{ ref: `${DOC}:2`, renderingId: 2, action: "created" }]);
    await run(["translate", "set", `${DOC}:2`, "On Monday the President arrived in Jakarta.", "--db", db, "--translator", "Budi"]);
    const again = await run(["translate", "set", `${DOC}:1`, "The president reached Jakarta on Monday.", "--db", db, "--translator", "Ani"]);
    expect(again.stdout).toBe(`${DOC}:1: saved (rendering #1, new revision)\n`);
    expect(JSON.parse((await run(["translate", "show", `${DOC}:2`, "--db", db, "--json"])).stdout).rendering.text).toBe("On Monday the President arrived in Jakarta.");
    // A project of its own: in this one, b.db would meet t.db's translations file, never loaded by it, and refuse.
    const db2 = path.join(tempDir(), "b.db");
    await run(["ingest", FIXTURE, "--db", db2]);
    const off = await run(["translate", "set", `${DOC}:1`, "X.", "--db", db2, "--no-propagate", "--json", "--translator", "Ani"]);
    expect(JSON.parse(off.stdout).propagated).toEqual([]);
  });

  it("refuses bad references and statuses with exit 2", async () => {
    const missing = await run(["translate", "set", `${DOC}:99`, "x", "--db", db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`no segment ${DOC}:99 (the document has 5 segments)`);
    const bad = await run(["translate", "show", "nonsense", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("'nonsense' is not a segment reference");
    const status = await run(["translate", "set", `${DOC}:1`, "x", "--status", "final", "--db", db]);
    expect(status.code).toBe(2);
  });

  it("exports one file per document and imports it into a fresh database, idempotently", async () => {
    await run(["translate", "set", `${DOC}:1`, "The President arrived in Jakarta on Monday.", "--db", db, "--translator", "Ani"]);
    await run(["segments", "join", `${DOC}:4`, `${DOC}:5`, "--db", db, "--translator", "Ani"]);
    await run(["translate", "set", `${DOC}:4+5`, "The meeting discussed next year's budget; the ministers agreed to raise education funding by 15 percent.", "--db", db, "--translator", "Ani", "--note", "two sentences as one"]);
    const out = path.join(dir, "translations");
    const e = await run(["translations", "export", "--out", out, "--db", db]);
    expect(e.stdout).toBe(`${path.join(out, `${DOC}.translations.txt`)}: 3 records\n1 file written.\n`);
    const text = fs.readFileSync(path.join(out, `${DOC}.translations.txt`), "utf8");
    expect(text).toMatch(new RegExp(`@ ${DOC}:4\\+5\\nid: Pertemuan itu membahas anggaran negara untuk tahun depan\\. Para menteri sepakat menambah dana pendidikan sebesar 15 persen\\.\\nen: The meeting discussed next year's budget; the ministers agreed to raise education funding by 15 percent\\.\\nstatus: translated\\nauthor: Ani\\ntime: \\S+\\nnote: two sentences as one\\n`));
    expect(text).toContain(`@ ${DOC}:2\nid: Presiden tiba di Jakarta pada hari Senin.\nen: The President arrived in Jakarta on Monday.\nstatus: translated\norigin: propagated\n`);

    const db2 = path.join(dir, "fresh.db");
    await run(["ingest", FIXTURE, "--db", db2]);
    const i1 = await run(["translations", "import", out, "--db", db2]);
    expect(i1.code).toBe(0);
    expect(i1.stdout).toBe("1 file: 3 created, 0 updated, 0 unchanged, 1 joins, 0 splits.\n");
    const before = dumpDb(db2);
    const i2 = await run(["translations", "import", out, "--db", db2]);
    expect(i2.stdout).toBe("1 file: 0 created, 0 updated, 3 unchanged, 0 joins, 0 splits.\n");
    expect(dumpDb(db2)).toBe(before);
    const out2 = path.join(dir, "again");
    await run(["translations", "export", "--out", out2, "--db", db2]);
    expect(fs.readFileSync(path.join(out2, `${DOC}.translations.txt`), "utf8")).toBe(text);
  });

  it("imports a rendering whose source no longer matches as stale, and reports it", async () => {
    const file = path.join(dir, `${DOC}.translations.txt`);
    fs.writeFileSync(file, `@ ${DOC}:4\nid: Pertemuan itu membahas anggaran daerah untuk tahun depan.\nen: The meeting discussed the regional budget for next year.\n`);
    const r = await run(["translations", "import", file, "--db", db, "--translator", "Ani"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      "1 file: 1 created, 0 updated, 0 unchanged, 0 joins, 0 splits.",
      `  ${file}:1: ${DOC}:4 imported as STALE: the source no longer matches the stored sentence`,
      "    Pertemuan itu membahas anggaran [-daerah-]{+negara+} untuk tahun depan.",
      "",
    ].join("\n"));
    const shown = JSON.parse((await run(["translate", "show", `${DOC}:4`, "--db", db, "--json"])).stdout);
    expect(shown.rendering).toMatchObject({ stale: true, author: "Ani" });
    const status = JSON.parse((await run(["status", "--db", db, "--json"])).stdout);
    expect(status[0]).toMatchObject({ document: DOC, stale: 1 });
  });

  it("a record placed by position only never takes the sentence another record of the file is found on: it is kept as an orphan, reported", async () => {
    // (a file written before the article was segmented again: `:4` names a sentence that is gone,
    // and the record of the sentence now at :4 still says `:5`)
    const file = path.join(dir, `${DOC}.translations.txt`);
    fs.writeFileSync(file, [
      `@ ${DOC}:4`, "id: Kalimat ini sudah tidak ada lagi.", "en: This sentence is gone.", "status: draft", "",
      `@ ${DOC}:5`, "id: Pertemuan itu membahas anggaran negara untuk tahun depan.", "en: The meeting discussed the state budget for next year.", "",
    ].join("\n"));
    const r = await run(["translations", "import", file, "--db", db, "--translator", "Ani"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      "1 file: 2 created, 0 updated, 0 unchanged, 0 joins, 0 splits.",
      `  ${file}:6: the sentence moved; attached to ${DOC}:4`,
      `  ${file}:1: ${DOC}:4: its sentence is not in the article; kept as orphaned`,
      "",
    ].join("\n"));
    const shown = JSON.parse((await run(["translate", "show", `${DOC}:4`, "--db", db, "--json"])).stdout);
    expect(shown.rendering).toMatchObject({ text: "The meeting discussed the state budget for next year.", stale: false });
    const status = JSON.parse((await run(["status", "--db", db, "--json"])).stdout);
    expect(status[0]).toMatchObject({ document: DOC, orphaned: 1, stale: 0 });
    expect(status[0].orphans).toEqual([expect.objectContaining({ sourceText: "Kalimat ini sudah tidak ada lagi.", text: "This sentence is gone.", status: "draft" })]);
  });

  it("attaches a rendering to its sentence when the sentence moved, and refuses a malformed file with file:line, exit 2, database unchanged", async () => {
    const good = path.join(dir, "a.translations.txt");
    fs.writeFileSync(good, `@ ${DOC}:5\nid: Ia bertemu dengan para menteri di istana.\nen: He met the ministers at the palace.\n`);
    const moved = await run(["translations", "import", good, "--db", db]);
    expect(moved.stdout).toContain(`${good}:1: the sentence moved; attached to ${DOC}:3`);
    const before = dumpDb(db);
    const bad = path.join(dir, "b.translations.txt");
    fs.writeFileSync(bad, `@ ${DOC}:1\nid: Presiden tiba di Jakarta pada hari Senin.\nen: x\nstatus: done\n`);
    fs.writeFileSync(good, `@ ${DOC}:1\nid: Presiden tiba di Jakarta pada hari Senin.\nen: The President arrived.\n`);
    const r = await run(["translations", "import", good, bad, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain(`${bad}:4: unknown status 'done'`);
    expect(dumpDb(db)).toBe(before);
    const unknown = path.join(dir, "c.translations.txt");
    fs.writeFileSync(unknown, "@ no-such-doc:1\nid: x\nen: y\n");
    const u = await run(["translations", "import", unknown, "--db", db]);
    expect(u.code).toBe(2);
    expect(u.stderr).toContain(`${unknown}:1: no document 'no-such-doc' in the database`);
    expect(dumpDb(db)).toBe(before);
  });

  it("splits a segment and joins two; renderings follow; join refuses non-adjacent segments", async () => {
    await run(["translate", "set", `${DOC}:2`, "The President arrived in Jakarta on Monday.", "--db", db, "--no-propagate"]);
    await run(["translate", "set", `${DOC}:3`, "He met the ministers at the palace.", "--db", db, "--no-propagate"]);
    const j = await run(["segments", "join", `${DOC}:2`, `${DOC}:3`, "--db", db]);
    expect(j.stdout).toBe(`joined: ${DOC}:2+3\n  Presiden tiba di Jakarta pada hari Senin. Ia bertemu dengan para menteri di istana.\nrendering #1 now covers the joined segments (1 rendering merged into it)\n`);
    const shown = JSON.parse((await run(["translate", "show", `${DOC}:2+3`, "--db", db, "--json"])).stdout);
    expect(shown.rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday. He met the ministers at the palace.", stale: false });
    const h = JSON.parse((await run(["history", `${DOC}:2`, "--db", db, "--json"])).stdout);
    expect(h.revisions.map((r: { text: string }) => r.text)).toEqual([
      "The President arrived in Jakarta on Monday.", "He met the ministers at the palace.",
      "The President arrived in Jakarta on Monday. He met the ministers at the palace.",
    ]);
    const far = await run(["segments", "join", `${DOC}:1`, `${DOC}:5`, "--db", db]);
    expect(far.code).toBe(2);
    expect(far.stderr).toContain("are not adjacent");
    const s = await run(["segments", "split", `${DOC}:5`, "29", "--db", db]);
    expect(s.stdout).toBe(`split into ${DOC}:5 and ${DOC}:6\n  ${DOC}:5  Para menteri sepakat menambah\n  ${DOC}:6  dana pendidikan sebesar 15 persen.\n`);
    const bad = await run(["segments", "split", `${DOC}:5`, "0", "--db", db]);
    expect(bad.code).toBe(2);
  });

  it("suggests joins for suspect fragments", async () => {
    const file = path.join(dir, "patah.txt");
    fs.writeFileSync(file, "Judul berita.\n\nKedatangan Putin menandai sebuah langkah maju yang. signifikan bagi kemitraan kedua negara.\n\nKetika Presiden tiba di Jakarta. Para menteri menyambutnya di bandara.\n");
    await run(["ingest", file, "--db", db]);
    const r = await run(["segments", "suggest", "patah", "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const list = JSON.parse(r.stdout);
    // (`fragment`: the unit the reason is said of — the first half when it ends mid-phrase or waits for its main clause)
    expect(list.map((x: { refs: string[]; reason: string; fragment: string }) => [x.refs, x.reason, x.fragment])).toEqual([
      [["patah:2", "patah:3"], "ends-mid-phrase", "patah:2"],
      [["patah:4", "patah:5"], "starts-with-connector", "patah:4"],
    ]);
    const plain = await run(["segments", "suggest", "--db", db]);
    expect(plain.stdout).toBe(
      "patah:2 + patah:3 (ends in the middle of a phrase)\n  Kedatangan Putin menandai sebuah langkah maju yang.\n  signifikan bagi kemitraan kedua negara.\n  selaras segments join patah:2 patah:3\n" +
      "patah:4 + patah:5 (starts with a connecting word)\n  Ketika Presiden tiba di Jakarta.\n  Para menteri menyambutnya di bandara.\n  selaras segments join patah:4 patah:5\n" +
      "2 suggested joins.\n");
  });
});

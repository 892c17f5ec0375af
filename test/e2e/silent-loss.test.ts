/**
 * #17 "Silent loss": each case failed before (merged articles, half-written translations/, an
 * empty database made by a typo, unvalidated translations fields, ambiguous parallel files).
 * Every refusal exits 2, names the file (and line) and leaves the database as it was.
 */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";
import { cliArgv } from "./children/cli";
import { slugFromPath } from "../../src/io/files";
import { parseTranslations } from "../../src/translations/format";

jest.setTimeout(60_000);

let work: string;
beforeEach(() => { work = tempDir("selaras-silent-loss-"); });
afterEach(() => { jest.restoreAllMocks(); fs.rmSync(work, { recursive: true, force: true }); });

const write = (rel: string, text: string | Buffer): string => {
  const f = path.join(work, rel);
  fs.mkdirSync(path.dirname(f), { recursive: true });
  fs.writeFileSync(f, text);
  return f;
};
const ARTICLE_A = "Presiden tiba di Jakarta\n\nPresiden tiba di Jakarta pada Rabu pagi.\nDia bertemu menteri.\n";
const ARTICLE_B = "Harga cabai naik\n\nHarga cabai naik tajam di pasar.\nPedagang mengeluh.\n";

describe("two articles whose file names give one slug are never merged", () => {
  test("a different article with a taken slug is refused with a hint; --as gives it its own document", async () => {
    const db = path.join(work, "s.db");
    const a = write("a/same.txt", ARTICLE_A);
    const b = write("b/same.txt", ARTICLE_B);
    expect((await run(["ingest", a, "--db", db])).code).toBe(0);
    expect((await run(["translate", "set", "same:2", "The president arrived in Jakarta on Wednesday morning.", "--db", db, "--translator", "Ani"])).code).toBe(0);
    const before = dumpDb(db);

    const r = await run(["ingest", b, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toBe(
      `selaras: ${b}: its document name 'same' is already taken by another article, ${a}; nothing was ingested. ` +
      `If it is a different article, give it its own name: selaras ingest ${b} --as b-same; if it is the same article moved or edited elsewhere, say so: --as same\n`);
    expect(dumpDb(db)).toBe(before);

    const own = await run(["ingest", b, "--as", "b-same", "--db", db]);
    expect(own.code).toBe(0);
    const status = JSON.parse((await run(["status", "--json", "--db", db])).stdout) as Array<{ document: string; segments: number }>;
    expect(status.map((s) => [s.document, s.segments])).toEqual([["b-same", 3], ["same", 3]]);
    const show = JSON.parse((await run(["translate", "show", "same:2", "--json", "--db", db])).stdout);
    expect(show.rendering.text).toBe("The president arrived in Jakarta on Wednesday morning.");
    expect(show.source).toBe("Presiden tiba di Jakarta pada Rabu pagi.");
  });

  test("the same source, edited, keeps sentence identity and renderings; --as <taken slug> says a moved file is that article", async () => {
    const db = path.join(work, "s.db");
    const a = write("a/same.txt", ARTICLE_A);
    await run(["ingest", a, "--db", db]);
    await run(["translate", "set", "same:3", "He met a minister.", "--db", db, "--translator", "Ani"]);
    fs.writeFileSync(a, ARTICLE_A.replace("Presiden tiba", "Kemarin presiden tiba").replace("Dia bertemu menteri.", "Dia bertemu menteri.\nMereka makan siang."));
    const again = await run(["ingest", a, "--db", db, "--json"]);
    expect(again.code).toBe(0);
    expect(JSON.parse(again.stdout)[0]).toMatchObject({ document: "same", status: "updated", inserted: 1 });
    expect(JSON.parse((await run(["translate", "show", "same:3", "--json", "--db", db])).stdout).rendering.text).toBe("He met a minister.");

    const moved = write("elsewhere/same.txt", fs.readFileSync(a, "utf8") + "Lalu pulang.\n");
    expect((await run(["ingest", moved, "--db", db])).code).toBe(2);
    const asSame = await run(["ingest", moved, "--as", "same", "--db", db, "--json"]);
    expect(asSame.code).toBe(0);
    expect(JSON.parse(asSame.stdout)[0]).toMatchObject({ document: "same", status: "updated", inserted: 1 });
    expect(JSON.parse((await run(["translate", "show", "same:3", "--json", "--db", db])).stdout).rendering.text).toBe("He met a minister.");
  });

  test("the same file from another working folder (edited) is the same article; a bare name that cannot be checked is refused", async () => {
    const db = path.join(work, "s.db");
    const a = write("proj/corpus/berita.txt", ARTICLE_A);
    expect((await run(["ingest", "corpus/berita.txt", "--db", db], { cwd: path.join(work, "proj") })).code).toBe(0);
    fs.writeFileSync(a, ARTICLE_A + "Mereka makan siang.\n");
    const r = await run(["ingest", "proj/corpus/berita.txt", "--db", db, "--json"], { cwd: work });
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ document: "berita", status: "updated", inserted: 1 });

    const t = write("tmp/kabar.txt", ARTICLE_A);
    expect((await run(["ingest", "kabar.txt", "--db", db], { cwd: path.join(work, "tmp") })).code).toBe(0);
    fs.rmSync(t);
    const other = write("lain/kabar.txt", ARTICLE_B);
    const refused = await run(["ingest", other, "--db", db]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain(`selaras: ${other}: its document name 'kabar' is already taken by another article, kabar.txt; nothing was ingested.`);
  });

  test("an identical copy from another folder is the same article (unchanged)", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/same.txt", ARTICLE_A), "--db", db]);
    const r = await run(["ingest", write("copy/same.txt", ARTICLE_A), "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)[0]).toMatchObject({ document: "same", status: "unchanged" });
  });

  test("--as takes one file and a valid slug", async () => {
    const db = path.join(work, "s.db");
    write("two/x.txt", ARTICLE_A);
    write("two/y.txt", ARTICLE_B);
    const many = await run(["ingest", path.join(work, "two"), "--as", "berita", "--db", db]);
    expect(many.code).toBe(2);
    expect(many.stderr).toBe("selaras: --as berita names one document, but 2 files were given; ingest that file on its own\n");
    const bad = await run(["ingest", path.join(work, "two/x.txt"), "--as", "Berita Baru", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("selaras: --as Berita Baru: a document name takes lower-case letters, digits and hyphens (e.g. berita-banjir-2)\n");
  });

  test("names in other scripts get readable transliterations; names with nothing readable get distinct hashes", async () => {
    expect(slugFromPath("corpus/берита-дня.txt")).toBe("berita-dnya");
    expect(slugFromPath("新闻.txt")).toBe("xin-wen");
    expect(slugFromPath("Ελλάδα.txt")).toBe("ellada");
    expect(slugFromPath("Kabar Açaí.txt")).toBe("kabar-acai");
    const h1 = slugFromPath("😀.txt");
    const h2 = slugFromPath("🎉.txt");
    expect(h1).toMatch(/^document-[0-9a-f]{8}$/);
    expect(h2).toMatch(/^document-[0-9a-f]{8}$/);
    expect(h1).not.toBe(h2);

    const db = path.join(work, "s.db");
    const r = await run(["ingest", write("x/берита.txt", ARTICLE_A), write("y/新闻.txt", ARTICLE_B), "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).map((d: { document: string }) => d.document)).toEqual(["berita", "xin-wen"]);
  });
});

describe("translations export writes all files or none", () => {
  test("a failure while writing the third of five files leaves every file as it was, names the target, no temporaries", async () => {
    const db = path.join(work, "s.db");
    const names = ["satu", "dua", "tiga", "empat", "lima"];
    for (const n of names) write(`in/${n}.txt`, ARTICLE_A.replace("Jakarta", `Jakarta ${n}`));
    await run(["ingest", path.join(work, "in"), "--db", db]);
    for (const n of names) await run(["translate", "set", `${n}:2`, "The president arrived.", "--db", db, "--translator", "Ani"]);
    const out = path.join(work, "tr");
    for (const n of names) write(`tr/${n}.translations.txt`, "old\n");
    const before = dumpDb(db);
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const fsModule = require("node:fs") as typeof fs;
    const real = fsModule.writeFileSync;
    let calls = 0;
    jest.spyOn(fsModule, "writeFileSync").mockImplementation(((file: fs.PathOrFileDescriptor, data: string, o?: fs.WriteFileOptions) => {
      if (typeof file === "string" && file.endsWith(".tmp") && ++calls === 3) {
        throw Object.assign(new Error("ENOSPC: no space left on device, write"), { code: "ENOSPC", errno: -28, syscall: "write" });
      }
      return real(file, data, o);
    }) as typeof fs.writeFileSync);
    const r = await run(["translations", "export", "--out", out, "--db", db]);
    jest.restoreAllMocks();
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${path.join(out, "lima.translations.txt")}: the disk is full (or over quota); nothing was written there: free some space and run the command again\n`);
    for (const n of names) expect(fs.readFileSync(path.join(out, `${n}.translations.txt`), "utf8")).toBe("old\n");
    expect(fs.readdirSync(out).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    expect(dumpDb(db)).toBe(before);
    // And without the failure all five are written.
    expect((await run(["translations", "export", "--out", out, "--db", db])).code).toBe(0);
    for (const n of names) expect(fs.readFileSync(path.join(out, `${n}.translations.txt`), "utf8")).toContain(`@ ${n}:2`);
  });
});

describe("translations export under a file-size limit (ulimit -f in a child shell)", () => {
  test("one file too large for the limit: none is replaced, the large one is named, exit 2", async () => {
    const db = path.join(work, "s.db");
    const names = ["satu", "dua", "tiga", "empat", "lima"];
    for (const n of names) write(`in/${n}.txt`, ARTICLE_A.replace("Jakarta", `Jakarta ${n}`));
    await run(["ingest", path.join(work, "in"), "--db", db]);
    for (const n of names) await run(["translate", "set", `${n}:2`, "The president arrived.", "--db", db, "--translator", "Ani"]);
    // 48 KB of English in one document: its file passes a 40 KB limit, the others stay far below.
    await run(["translate", "set", "lima:3", "He met a minister. ".repeat(2600), "--no-propagate", "--db", db, "--translator", "Ani"]);
    const out = path.join(work, "tr");
    for (const n of names) write(`tr/${n}.translations.txt`, "old\n");
    const selaras = [process.execPath, ...cliArgv().map((a) => (a === "tsx" ? require.resolve("tsx") : a))].map((a) => `"${a}"`).join(" ");
    const p = spawnSync("bash", ["-c", `ulimit -f 40; exec ${selaras} translations export --out "${out}" --db "${db}"`], { encoding: "utf8" });
    expect(p.status).toBe(2);
    expect(p.stderr).toBe(`selaras: ${path.join(out, "lima.translations.txt")}: larger than this process may write (file-size limit, EFBIG); nothing was written there\n`);
    expect(fs.readdirSync(out).sort()).toEqual(names.map((n) => `${n}.translations.txt`).sort());
    for (const n of names) expect(fs.readFileSync(path.join(out, `${n}.translations.txt`), "utf8")).toBe("old\n");
  });
});

describe("reading commands refuse a missing database", () => {
  const HINT = "no such database, and this command does not create one: check --db (or SELARAS_DB), or create it with `npm start` (the whole pipeline), `selaras pipeline` or `selaras ingest <articles>`";
  const READERS: string[][] = [
    ["status"], ["export", "--format", "tmx", "--out", "OUT"], ["check"], ["audit"], ["translations", "export", "--out", "TR"],
    ["history", "x:1"], ["translate", "show", "x:1"], ["translate", "set", "x:1", "Text."], ["align", "--doc", "x", "EN"],
    ["segments", "suggest"], ["check", "ignore", "x:1", "double-space", "--reason", "r"],
  ];
  test.each(READERS.map((a) => [a.join(" "), a] as const))("%s: exit 2 with the path and how to create one; no file created", async (_name, argv) => {
    const typo = path.join(work, "selras.db");
    const en = write("en.txt", "The president arrived.\n");
    const args = argv.map((a) => (a === "OUT" ? path.join(work, "good.tmx") : a === "TR" ? path.join(work, "tr") : a === "EN" ? en : a));
    const r = await run([...args, "--db", typo]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${typo}: ${HINT}\n`);
    expect(fs.existsSync(typo)).toBe(false);
  });

  test("export never writes a 0-unit file over a good export because of a mistyped --db", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/berita.txt", ARTICLE_A), "--db", db]);
    await run(["translate", "set", "berita:2", "The president arrived in Jakarta on Wednesday morning.", "--db", db, "--translator", "Ani"]);
    const out = path.join(work, "good.tmx");
    expect((await run(["export", "--format", "tmx", "--out", out, "--db", db])).code).toBe(0);
    const good = fs.readFileSync(out);
    const r = await run(["export", "--format", "tmx", "--out", out, "--db", path.join(work, "s.bd")]);
    expect(r.code).toBe(2);
    expect(fs.readFileSync(out)).toEqual(good);
    expect(fs.existsSync(path.join(work, "s.bd"))).toBe(false);
  });

  test("SELARAS_DB naming a missing file is refused the same way", async () => {
    const typo = path.join(work, "nope.db");
    const r = await run(["status"], { env: { SELARAS_DB: typo } });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${typo}: ${HINT}\n`);
  });
});

describe("translations files: every field validated with file:line", () => {
  const HEAD = "# selaras translations 1\n# document: berita\n\n";
  const rec = (ref: string, extra = "") => `@ ${ref}\nid: Presiden tiba di Jakarta pada Rabu pagi.\nen: The president arrived.\n${extra}`;
  test.each([
    ["an impossible time", HEAD + rec("berita:2", "time: 99999999T999999Z\n"), 7, "translations-bad-time"],
    ["a 30 February", HEAD + rec("berita:2", "time: 2026-02-30T10:00:00.000Z\n"), 7, "translations-bad-time"],
    ["an hour 24", HEAD + rec("berita:2", "time: 2026-02-10T24:00:00Z\n"), 7, "translations-bad-time"],
    ["a twenty-digit ordinal", HEAD + rec("berita:99999999999999999999"), 4, "translations-bad-number"],
    ["a twenty-digit score", HEAD + rec("berita:2", "score: 99999999999999999999\n"), 7, "translations-bad-number"],
    ["a twenty-digit split offset", HEAD + "@ split berita:2 99999999999999999999\nid: Presiden tiba di Jakarta pada Rabu pagi.\n", 4, "translations-bad-number"],
    ["a duplicate record for one ref", HEAD + rec("berita:2") + "\n" + rec("berita:2"), 8, "translations-duplicate-ref"],
    ["a record overlapping a join", HEAD + rec("berita:2+3") + "\n" + rec("berita:3"), 8, "translations-duplicate-ref"],
    ["an unknown format version", "# selaras translations 2\n# document: berita\n\n" + rec("berita:2"), 1, "translations-unknown-version"],
    ["a version that is not a number", "# selaras translations x\n\n" + rec("berita:2"), 1, "translations-unknown-version"],
  ])("%s is refused", (_name, text, line, code) => {
    let error: { code?: string; data?: { file?: string; line?: number } } | undefined;
    try { parseTranslations(text, "t.translations.txt"); } catch (e) { error = e as typeof error; }
    expect(error?.code).toBe(code);
    expect(error?.data).toMatchObject({ file: "t.translations.txt", line });
  });

  test("valid times, orphans for one document and the current version are accepted", () => {
    const text = HEAD + rec("berita:2", "time: 2026-11-21T23:59:00.000Z\n") + "\n" + rec("berita:3", "time: 2024-02-29T10:00:00+07:00\n") +
      "\n@ orphan berita\nid: a\nen: b\n\n@ orphan berita\nid: c\nen: d\n";
    expect(parseTranslations(text, "t").map((r) => (r.kind === "rendering" ? r.ordinals : []))).toEqual([[2], [3], [], []]);
  });

  test("through the CLI: exit 2, file:line, database unchanged", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/berita.txt", ARTICLE_A), "--db", db]);
    const before = dumpDb(db);
    const f = write("tr/berita.translations.txt", HEAD + rec("berita:2", "time: 99999999T999999Z\n"));
    const r = await run(["translations", "import", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${f}:7: time '99999999T999999Z' is not a date and time (expected e.g. 2026-11-21T23:59:00.000Z)\n`);
    expect(dumpDb(db)).toBe(before);
  });
});

describe("parallel files: ambiguous or short input is a clear error", () => {
  test("a short .ids row", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/berita.txt", ARTICLE_A), "--db", db]);
    const before = dumpDb(db);
    write("m/c.id", "Presiden tiba di Jakarta pada Rabu pagi.\nDia bertemu menteri.\n");
    write("m/c.en", "The president arrived.\nHe met a minister.\n");
    const ids = write("m/c.ids", "1\tberita\tberita:2\ttranslated\tAni\t2024-01-01T00:00:00Z\n2\tberita\n");
    const r = await run(["import", path.join(work, "m/c.id"), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${ids}:2: an .ids row has 2 columns, expected 6 (id, document, segments, status, author, changed, separated by tabs)\n` +
      "note: this refusal concerns one unit; --skip-refused imports the other units and lists every unit it leaves out\n");
    expect(dumpDb(db)).toBe(before);
  });

  test("a TSV header naming a column twice", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/berita.txt", ARTICLE_A), "--db", db]);
    const before = dumpDb(db);
    const f = write("p.tsv", "source\tsource\ttarget\nPresiden tiba di Jakarta pada Rabu pagi.\tx\tThe president arrived.\n");
    const r = await run(["import", f, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${f}:1: the header names the column 'source' twice; which one is meant is unclear: rename or remove one\n`);
    expect(dumpDb(db)).toBe(before);
  });

  test("align (stateless) with an empty file on either side is an error, not a list of 1-0 beads", async () => {
    const a = write("a/berita.txt", ARTICLE_A);
    const empty = write("e.txt", "");
    for (const argv of [[a, empty], [empty, a]]) {
      const r = await run(["align", ...argv]);
      expect(r.code).toBe(2);
      expect(r.stdout).toBe("");
      expect(r.stderr).toBe(`selaras: ${empty}: the file is empty\n`);
    }
  });

  test("align --doc with an empty English file changes nothing", async () => {
    const db = path.join(work, "s.db");
    await run(["ingest", write("a/berita.txt", ARTICLE_A), "--db", db]);
    const before = dumpDb(db);
    const empty = write("e.txt", "");
    const r = await run(["align", "--doc", "berita", empty, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${empty}: the file is empty\n`);
    expect(dumpDb(db)).toBe(before);
  });
});

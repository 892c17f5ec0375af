/**
 * `selaras export`: byte-exact golden files for every format (reviewed by hand), default filters,
 * flags, atomic writing, and the pipeline's idempotent exports/ step.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { formats } from "../../src/formats";
import { run, tempDir, CORPUS } from "../helpers/cli";
import { FIXTURE, seedSmallDb } from "./helpers";

const GOLDEN = path.join(__dirname, "golden");
const ALL = ["--status", "draft,translated,reviewed,aligned", "--include-boilerplate", "--include-stale", "--include-untranslated"];

describe("selaras export", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = await seedSmallDb(dir);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const jsonl = async (...flags: string[]) => {
    const out = path.join(dir, "x.jsonl");
    const r = await run(["export", "--format", "jsonl", "--out", out, "--db", db, ...flags]);
    expect(r.code).toBe(0);
    return fs.readFileSync(out, "utf8").trim().split("\n").filter(Boolean).map((l) => JSON.parse(l));
  };

  it.each(Object.values(formats).map((f) => [f.id, f] as const))("writes the golden %s export byte for byte", async (id, format) => {
    const out = path.join(dir, "out", `small${format.extensions[0]}`);
    fs.mkdirSync(path.dirname(out));
    const r = await run(["export", "--format", id, "--out", out, "--db", db, ...ALL]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
    for (const file of Object.values(format.partPaths(out))) {
      const golden = path.join(GOLDEN, path.basename(file));
      if (process.env.UPDATE_GOLDEN) fs.copyFileSync(file, golden);
      expect(fs.readFileSync(file, "utf8")).toBe(fs.readFileSync(golden, "utf8"));
    }
    expect(fs.readdirSync(path.dirname(out)).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("leaves out drafts, boilerplate, stale and untranslated segments by default, and says so", async () => {
    const out = path.join(dir, "d.tsv");
    const r = await run(["export", "--format", "tsv", "--out", out, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(
      `Exported 2 units as tsv: ${out}\n` +
      "  1 boilerplate rendering left out (--include-boilerplate)\n" +
      "  1 stale rendering left out: its sentence changed (--include-stale)\n" +
      "  1 machine alignment left out: not confirmed by a person (--status aligned)\n",
    );
    // confirmed units only: the machine alignment (3) needs --status aligned (or --status all)
    const units = await jsonl();
    expect(units.map((u) => [u.id, u.segments, u.status])).toEqual([
      ["1", ["berita-kecil:1"], "reviewed"],
      ["2", ["berita-kecil:2", "berita-kecil:3"], "translated"],
    ]);
    expect((await jsonl("--status", "translated,reviewed,aligned")).map((u) => u.id)).toEqual(["1", "2", "3"]);
    expect((await jsonl("--status", "all")).map((u) => u.id)).toEqual(["1", "2", "3", "4"]);
    expect(units[1].source).toBe("Hujan deras mengguyur Jakarta sejak Selasa malam. Ribuan warga mengungsi ke masjid & sekolah terdekat.");
  });

  it("filters by status and document, and exports a stale rendering with the source it was written for", async () => {
    expect((await jsonl("--status", "draft")).map((u) => u.id)).toEqual(["4"]);
    expect((await jsonl("--status", "reviewed", "--status", "aligned")).map((u) => u.id)).toEqual(["1", "3"]);
    expect((await jsonl("--doc", "berita-kecil", "--status", "translated")).map((u) => u.id)).toEqual(["2"]);
    const stale = (await jsonl("--include-stale")).find((u) => u.id === "5");
    expect(stale.source).toBe("Pemerintah menyiapkan 1.500 paket bantuan.");
    expect(stale.target).toBe("The government prepared 1,500 aid packages.");
    const untranslated = (await jsonl("--include-untranslated")).find((u) => u.segments[0] === "berita-kecil:7");
    expect(untranslated).toEqual({
      id: "", document: "berita-kecil", segments: ["berita-kecil:7"], source: "Bantuan tiba Rabu pagi.", target: "",
      status: "", author: "", changed: "",
    });
    expect((await run(["export", "--format", "tsv", "--out", path.join(dir, "n.tsv"), "--doc", "nope", "--db", db])).stderr)
      .toBe("selaras: no document 'nope' in the database ('selaras status' lists the documents)\n");
    const bad = await run(["export", "--format", "tsv", "--out", path.join(dir, "n.tsv"), "--status", "done", "--db", db]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe("selaras: unknown status 'done' (known: draft, translated, reviewed, aligned, all)\n");
    expect(fs.existsSync(path.join(dir, "n.tsv"))).toBe(false);
  });

  it("offers exactly the registered formats", async () => {
    const r = await run(["export", "--format", "csv", "--out", path.join(dir, "x"), "--db", db]);
    expect(r.code).toBe(2);
    expect(Object.keys(formats).sort()).toEqual(["jsonl", "moses", "tmx", "tsv", "xliff", "xliff12"]);
    expect(r.stderr).toBe("selaras: --format: 'csv' is not one of jsonl, moses, tmx, tsv, xliff, xliff12 (did you mean tsv?)\nRun 'selaras export --help' for usage.\n");
  });

  it.each([
    ["tmx", "small.tmx", "A \u0001 B", /selaras: tmx: unit 2 cannot be written: its target holds U\+0001, a character XML 1\.0 forbids/],
    ["moses", "small", "line one\nline two", /selaras: moses: unit 2 cannot be written: its target holds a line break \(U\+000A\)/],
  ])("a failed %s export leaves no file behind and the old file untouched", async (format, name, text, message) => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { openStore } = require("../../src/store");
    const store = openStore(db);
    const r2 = store.renderings.byId(2);
    store.renderings.update(2, { text, sourceText: r2.sourceText, status: "translated", origin: "manual", author: "budi", now: "2024-06-20T00:00:00.000Z" });
    store.close();
    const outDir = path.join(dir, "out");
    fs.mkdirSync(outDir);
    const out = path.join(outDir, name);
    const paths = Object.values(formats[format]!.partPaths(out));
    fs.writeFileSync(paths[0]!, "previous export\n");
    const r = await run(["export", "--format", format, "--out", out, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(fs.readdirSync(outDir)).toEqual([path.basename(paths[0]!)]);
    expect(fs.readFileSync(paths[0]!, "utf8")).toBe("previous export\n");
  });

  it("refuses an --out in a folder that does not exist, naming it (as --db does), and creates nothing", async () => {
    const out = path.join(dir, "nonexistent", "dir", "x.tmx");
    const r = await run(["export", "--format", "tmx", "--out", out, "--db", db]);
    const folder = path.join(dir, "nonexistent", "dir");
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: ${out}: the folder ${folder} does not exist; nothing was written: create it first (mkdir -p ${folder}) or give another --out\n`]);
    expect(fs.existsSync(path.join(dir, "nonexistent"))).toBe(false);
  });

  it.each(Object.values(formats).filter((f) => f.id !== "moses").map((f) => [f.id] as const))(
    "--format %s writes --out as given, without adding an extension, and import tells the format from the content", async (id) => {
      const out = path.join(dir, `corpus.${id}`);
      const r = await run(["export", "--format", id, "--out", out, "--db", db, "--json"]);
      expect(r.code).toBe(0);
      expect(JSON.parse(r.stdout).files).toEqual([out]);
      expect(fs.readdirSync(dir).filter((f) => f.startsWith("corpus"))).toEqual([`corpus.${id}`]);
      const other = path.join(dir, "other");
      fs.mkdirSync(other);
      expect((await run(["ingest", FIXTURE, "--db", path.join(other, "o.db")])).code).toBe(0);
      const imported = await run(["import", out, "--db", path.join(other, "o.db"), "--json"]);
      expect([imported.code, imported.stderr]).toEqual([0, ""]);
      expect(JSON.parse(imported.stdout)).toMatchObject({ format: id, units: 2 });
    });

  it("refuses an output path that is a folder, leaving nothing behind", async () => {
    fs.mkdirSync(path.join(dir, "folder.tmx"));
    const r = await run(["export", "--format", "tmx", "--out", path.join(dir, "folder.tmx"), "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: ${path.join(dir, "folder.tmx")}: is a folder, expected a file\n`);
    expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  it("prints JSON with --json", async () => {
    const out = path.join(dir, "j.tmx");
    const r = await run(["export", "--format", "tmx", "--out", out, "--db", db, "--json"]);
    expect(JSON.parse(r.stdout)).toEqual({ format: "tmx", files: [out], units: 2, skipped: { boilerplate: 1, stale: 1, orphaned: 0, aligned: 1 } });
  });
});

describe("pipeline export step", () => {
  it("writes all six formats of the corpus to exports/, byte-identical on a second run", async () => {
    const root = tempDir();
    try {
      fs.cpSync(CORPUS, path.join(root, "corpus"), { recursive: true });
      const db = path.join(root, "p.db");
      expect((await run(["pipeline", "--root", root, "--db", db])).code).toBe(0);
      // A translator's rendering, saved between two runs.
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const { openStore } = require("../../src/store");
      const store = openStore(db);
      const doc = store.documents.bySlug("putin-butuh-senjata-kim");
      const seg = store.documents.segments(doc.id)[0];
      store.renderings.create({ segmentIds: [seg.id], text: "Putin may need Kim's weapons", sourceText: seg.text, status: "translated", origin: "manual", author: "ani", now: "2024-06-19T08:00:00.000Z" });
      store.close();
      expect((await run(["pipeline", "--root", root, "--db", db])).code).toBe(0);
      const names = fs.readdirSync(path.join(root, "exports")).sort();
      expect(names).toEqual(["corpus.en", "corpus.id", "corpus.ids", "corpus.jsonl", "corpus.tmx", "corpus.tsv", "corpus.xlf", "corpus.xliff12.xlf"]);
      const bytes = names.map((n) => fs.readFileSync(path.join(root, "exports", n)));
      expect(bytes[names.indexOf("corpus.en")]!.toString()).toBe("Putin may need Kim's weapons\n");
      expect((await run(["pipeline", "--root", root, "--db", db])).code).toBe(0);
      expect(names.map((n) => fs.readFileSync(path.join(root, "exports", n)))).toEqual(bytes);
    } finally {
      fs.rmSync(root, { recursive: true, force: true });
    }
  });
});

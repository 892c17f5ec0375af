/**
 * `selaras export` for machine-translation training: --normalize, the filters, --split and --stats,
 * on two small articles whose renderings hold the cases a corpus builder meets (a line break, a tab,
 * a zero-width space, decomposed accents, identical sides, a duplicate after case and punctuation, a
 * one-word sentence rendered as a long one). Exact files and summaries.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

const A = "Presiden Meresmikan Jembatan Baru\n\nPresiden meresmikan jembatan itu pada Senin pagi.\n\nManchester United.\n\n" +
  "Warga menyambut peresmian itu dengan gembira.\n\nYa.\n";
const B = "Jembatan Kedua Dibuka\n\nPresiden meresmikan jembatan itu pada Senin pagi.\n\nPekerjaan dimulai dua tahun lalu.\n";
const TARGETS: Record<string, string[]> = {
  "berita-a": [
    "President Opens New Bridge",
    "The president inaugurated the bridge on Monday morning.",
    "Manchester United.",
    "Residents welcomed the\ninauguration with joy\u200b.",
    "Yes, the president said, adding that the bridge would cut travel time by an hour.",
  ],
  "berita-b": ["Second Bridge Opens Near Cafe\u0301", "The President inaugurated the bridge on Monday morning!", "Work\tbegan two years ago."],
};

describe("selaras export for training data", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "berita-a.txt"), A);
    fs.writeFileSync(path.join(dir, "berita-b.txt"), B);
    expect((await run(["ingest", path.join(dir, "berita-a.txt"), path.join(dir, "berita-b.txt"), "--db", db])).code).toBe(0);
    const store = openStore(db);
    try {
      store.transaction(() => {
        for (const [slug, targets] of Object.entries(TARGETS)) {
          const segs = store.documents.segments(store.documents.bySlug(slug)!.id);
          expect(segs.length).toBe(targets.length);
          segs.forEach((s, i) => store.renderings.create({
            segmentIds: [s.id], text: targets[i]!, sourceText: s.text, status: slug === "berita-a" && i === 4 ? "aligned" : "translated",
            origin: slug === "berita-a" && i === 4 ? "aligned" : "manual", author: "ani", now: "2024-06-19T08:00:00.000Z",
          }));
        }
      });
    } finally {
      store.close();
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  const read = (f: string) => fs.readFileSync(f, "utf8");

  it("Moses: a line break refuses the export as before, and --normalize writes every pair on its line, NFC, without invisible characters", async () => {
    const out = path.join(dir, "m");
    const plain = await run(["export", "--format", "moses", "--out", out, "--db", db]);
    expect([plain.code, plain.stderr]).toEqual([2,
      "selaras: moses: unit 4 cannot be written: its target holds a line break (U+000A), which would shift every following line " +
      "(export with --normalize, which writes it as a space, or as TSV, JSONL, TMX or XLIFF instead)\n"]);
    const r = await run(["export", "--format", "moses", "--out", out, "--db", db, "--normalize"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(
      `Exported 7 units as moses: ${out}.id, ${out}.en, ${out}.ids\n` +
      "  1 machine alignment left out: not confirmed by a person (--status aligned)\n" +
      "  3 units' texts cleaned (--normalize)\n");
    expect(read(`${out}.en`)).toBe(
      "President Opens New Bridge\nThe president inaugurated the bridge on Monday morning.\nManchester United.\n" +
      "Residents welcomed the inauguration with joy.\nSecond Bridge Opens Near Caf\u00e9\n" +
      "The President inaugurated the bridge on Monday morning!\nWork began two years ago.\n");
    expect(read(`${out}.id`).split("\n").length).toBe(8);
    expect(read(`${out}.ids`).split("\n")[3]).toBe("4\tberita-a\tberita-a:4\ttranslated\tani\t2024-06-19T08:00:00Z");
  });

  it("the filters drop identical sides, length-ratio outliers and duplicates, and say how many of each", async () => {
    const out = path.join(dir, "f.jsonl");
    const r = await run(["export", "--format", "jsonl", "--out", out, "--db", db, "--status", "all", "--normalize", "--dedupe", "--drop-identical", "--max-ratio", "3"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    expect(r.stdout).toBe(
      `Exported 5 units as jsonl: ${out}\n` +
      "  3 units' texts cleaned (--normalize)\n" +
      "  3 pairs dropped: 1 over --max-ratio, 1 with identical sides, 1 duplicate\n" +
      "  all: 5 pairs, 2 documents, 25 Indonesian words, 28 English words, translated 5\n");
    expect(read(out).split("\n").filter(Boolean).map((l) => JSON.parse(l).segments[0])).toEqual(["berita-a:1", "berita-a:2", "berita-a:4", "berita-b:1", "berita-b:3"]);
    // one object per line, UTF-8, no BOM
    expect(fs.readFileSync(out)[0]).toBe(0x7b);
    const j = await run(["export", "--format", "jsonl", "--out", out, "--db", db, "--status", "all", "--dedupe", "--min-words", "2", "--json"]);
    expect(JSON.parse(j.stdout)).toEqual({
      format: "jsonl", files: [out], units: 6, skipped: { boilerplate: 0, stale: 0, orphaned: 0, aligned: 0 },
      dropped: { empty: 0, short: 1, long: 0, ratio: 0, identical: 0, duplicate: 1 },
      stats: { pairs: 6, sourceWords: 27, targetWords: 30, documents: 2, byStatus: { translated: 6 } },
    });
  });

  it("--split puts each document whole into train, dev or test files, the same for the same seed", async () => {
    const out = path.join(dir, "s.tsv");
    const r = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--split", "test=1", "--split-seed", "7", "--json"]);
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const files = ["train", "dev", "test"].map((sp) => path.join(dir, `s.${sp}.tsv`));
    const res = JSON.parse(r.stdout);
    expect(res.files).toEqual(files);
    const docs = files.map((f) => [...new Set(read(f).split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[3]))]);
    expect(docs).toEqual([["berita-b"], [], ["berita-a"]]);
    expect(read(files[1]!)).toBe("source\ttarget\tid\tdocument\tsegments\tstatus\tauthor\tchanged\n");
    expect(res.splits.test).toEqual({ files: [files[2]], stats: { pairs: 4, sourceWords: 19, targetWords: 20, documents: 1, byStatus: { translated: 4 } } });
    const before = files.map(read);
    const text = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--split", "test=1", "--split-seed", "7"]);
    expect(text.code).toBe(0);
    // one document, one pair: singular (it said "1 documents")
    expect(text.stdout).toContain("  test: 4 pairs, 1 document, 19 Indonesian words, 20 English words, translated 4\n");
    expect(text.stdout).toContain("  dev: 0 pairs, 0 documents, 0 Indonesian words, 0 English words\n");
    expect(files.map(read)).toEqual(before);
    const other = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--split", "test=1", "--split-seed", "1", "--json"]);
    expect(JSON.parse(other.stdout).splits.test.stats.documents).toBe(1);
    // --dedupe keeps a pair repeated in another document out of the other split too (no leak of a
    // test sentence into train): berita-b:2 repeats berita-a:2, which is in test
    const d = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--split", "test=1", "--split-seed", "7", "--dedupe", "--json"]);
    expect(JSON.parse(d.stdout).dropped.duplicate).toBe(1);
    expect(read(files[0]!).split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4])).toEqual(["berita-b:1", "berita-b:3"]);
    expect(read(files[2]!).split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[4])).toEqual(["berita-a:1", "berita-a:2", "berita-a:3", "berita-a:4"]);
    // Moses: <out>.train.id, .en, .ids and so on
    const m = await run(["export", "--format", "moses", "--out", path.join(dir, "ms"), "--db", db, "--normalize", "--split", "test=50%", "--json"]);
    expect(JSON.parse(m.stdout).files.map((f: string) => path.basename(f))).toEqual(
      ["ms.train.id", "ms.train.en", "ms.train.ids", "ms.dev.id", "ms.dev.en", "ms.dev.ids", "ms.test.id", "ms.test.en", "ms.test.ids"]);
  });

  it("refuses a bad --split, --min-words or a stream --out with --split, writing nothing", async () => {
    const out = path.join(dir, "bad.tsv");
    const a = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--split", "test=0"]);
    expect([a.code, a.stderr]).toEqual([2, "selaras: --split test=0: expected test=N and/or dev=N (documents, 1 or more) or test=P%,dev=P% (shares under 100% together)\n"]);
    const b = await run(["export", "--format", "tsv", "--out", out, "--db", db, "--min-words", "-1"]);
    expect([b.code, b.stderr]).toEqual([2, "selaras: --min-words -1: expected a number (--min-words 0 or more, --max-words 1 or more, --max-ratio 1 or more)\n"]);
    const c = await run(["export", "--format", "tsv", "--out", "-", "--db", db, "--split", "test=1"]);
    expect([c.code, c.stderr]).toEqual([2, "selaras: -: --split writes a train, a dev and a test file, not one stream; give --out a file name\n"]);
    expect(fs.readdirSync(dir).filter((f) => f.startsWith("bad"))).toEqual([]);
  });
});

import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, CORPUS, dumpDb } from "../helpers/cli";
import { openStore } from "../../src/store";

/** What a file that is not UTF-8 is told besides its place. */
const LATIN1_HINT = "; Selaras reads UTF-8 (and UTF-16 with a byte-order mark): a file saved as Windows-1252 or Latin-1 (Excel, older editors) must be converted first (e.g. iconv -f WINDOWS-1252 -t UTF-8)";

describe("selaras ingest", () => {
  let dir: string;
  let db: string;
  beforeEach(() => {
    dir = tempDir();
    db = path.join(dir, "t.db");
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("ingests the shipped corpus and is idempotent", async () => {
    const first = await run(["ingest", CORPUS, "--db", db, "--json"]);
    expect(first.code).toBe(0);
    const results = JSON.parse(first.stdout);
    expect(results.map((r: { document: string }) => r.document)).toEqual([
      "china-kunci-kesepakatan-senjata",
      "kunjungan-kim-ke-rusia-senjata",
      "mengapa-kunjungan-putin-penting",
      "putin-butuh-senjata-kim",
      "putin-tolak-sanksi-barat",
    ]);
    const before = dumpDb(db);
    const second = await run(["ingest", CORPUS, "--db", db, "--json"]);
    expect(second.code).toBe(0);
    expect(JSON.parse(second.stdout).every((r: { status: string }) => r.status === "unchanged")).toBe(true);
    expect(dumpDb(db)).toBe(before);
  });

  it("--json gives every field docs/reference/commands.md names, on a new, an unchanged and an updated article", async () => {
    const file = path.join(dir, "berita-baru.txt");
    fs.writeFileSync(file, "Presiden tiba di Jakarta pada Senin.\n\nIa disambut menteri.\n");
    const lists = { staleRenderings: [], orphanedRenderings: [], restoredRenderings: [], currentAgainRenderings: [], boilerplateRenderings: [] };
    const base = { file, document: "berita-baru", segments: 2, boilerplate: 0, convertedTo: null };
    const fresh = await run(["ingest", file, "--db", db, "--json"]);
    expect(fresh.code).toBe(0);
    expect(JSON.parse(fresh.stdout)).toStrictEqual([{ ...base, status: "new", inserted: 2, changed: 0, removed: 0, reordered: 0, retouched: 0, ...lists, moved: false }]);
    const same = await run(["ingest", file, "--db", db, "--json"]);
    expect(JSON.parse(same.stdout)).toStrictEqual([{ ...base, status: "unchanged", inserted: 0, changed: 0, removed: 0, reordered: 0, retouched: 0, ...lists, moved: false }]);
    fs.writeFileSync(file, "Presiden tiba di Jakarta pada Senin.\n\nIa disambut menteri luar negeri.\n");
    const updated = await run(["ingest", file, "--db", db, "--json"]);
    expect(JSON.parse(updated.stdout)).toStrictEqual([{ ...base, status: "updated", inserted: 0, changed: 1, removed: 0, reordered: 0, retouched: 0, ...lists, moved: false }]);
  });

  it("uses SELARAS_DB when --db is absent", async () => {
    const r = await run(["ingest", path.join(CORPUS, "putin-butuh-senjata-kim.txt")], { env: { SELARAS_DB: db } });
    expect(r.code).toBe(0);
    expect(fs.existsSync(db)).toBe(true);
  });

  it.each([
    ["non-UTF-8", Buffer.from([0x41, 0x0a, 0x42, 0xff, 0x43, 0x0a]), /bad\.txt:2: not valid UTF-8 \(byte offset 3\)/],
    ["binary", Buffer.from([0x41, 0x00, 0x42]), /bad\.txt:1: binary content/],
    ["empty", Buffer.from(""), /bad\.txt: the file is empty/],
  ])("refuses a %s file, names it, exits 2 and changes nothing", async (_name, bytes, message) => {
    await run(["ingest", path.join(CORPUS, "putin-butuh-senjata-kim.txt"), "--db", db]);
    const before = dumpDb(db);
    const bad = path.join(dir, "bad.txt");
    fs.writeFileSync(bad, bytes);
    // A good file first: it must not be written either (one transaction per command).
    const r = await run(["ingest", path.join(CORPUS, "putin-tolak-sanksi-barat.txt"), bad, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(message);
    expect(dumpDb(db)).toBe(before);
  });

  it("names a bad article of a folder given with its separator (`corpus/`) from that folder, as given", async () => {
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.copyFileSync(path.join(CORPUS, "putin-butuh-senjata-kim.txt"), path.join(dir, "corpus", "a.txt"));
    expect((await run(["ingest", "corpus/", "--db", db], { cwd: dir })).code).toBe(0);
    const before = dumpDb(db);
    // the article saved again in Latin-1 (ISO-8859-1) by an editor: "café" on its second line
    fs.writeFileSync(path.join(dir, "corpus", "a.txt"), Buffer.from("Judul\nKami minum kopi di café itu.\n", "latin1"));
    const r = await run(["ingest", "corpus/", "--db", db], { cwd: dir });
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", `selaras: corpus/a.txt:2: not valid UTF-8 (byte offset 28)${LATIN1_HINT}\n`]);
    expect(dumpDb(db)).toBe(before);
  });

  it("a failure on a database that did not exist leaves no database file behind (exit 2, as it was)", async () => {
    const bad = path.join(dir, "bad.txt");
    fs.writeFileSync(bad, Buffer.from([0x41, 0xc3, 0x28, 0x0a]));
    const r = await run(["ingest", bad, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.txt:1: not valid UTF-8");
    expect(fs.readdirSync(dir).sort()).toEqual(["bad.txt"]);
    // (an existing database stays, unchanged)
    expect((await run(["ingest", CORPUS, "--db", db])).code).toBe(0);
    const before = dumpDb(db);
    expect((await run(["ingest", bad, "--db", db])).code).toBe(2);
    expect(dumpDb(db)).toBe(before);
  });

  it("reports a missing path and a folder without text files", async () => {
    const missing = await run(["ingest", path.join(dir, "nope.txt"), "--db", db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("nope.txt: no such file or folder");
    fs.mkdirSync(path.join(dir, "empty"));
    const empty = await run(["ingest", path.join(dir, "empty"), "--db", db]);
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/empty: the folder holds no files ending in \.txt/);
  });

  it("treats CRLF and a BOM like plain LF text", async () => {
    const src = fs.readFileSync(path.join(CORPUS, "putin-butuh-senjata-kim.txt"), "utf8");
    fs.writeFileSync(path.join(dir, "lf.txt"), src);
    fs.writeFileSync(path.join(dir, "crlf.txt"), "\ufeff" + src.replace(/\n/g, "\r\n"));
    const a = await run(["segment", path.join(dir, "lf.txt")]);
    const b = await run(["segment", path.join(dir, "crlf.txt")]);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout);
  });

  it("titles a document by its header's title, else its headline, else its first line that is not boilerplate, else its name", async () => {
    fs.writeFileSync(path.join(dir, "header.txt"), "---\ntitle: Judul dari kepala\n---\nJudul Baris Pertama\n\nIsi pertama.\n");
    fs.writeFileSync(path.join(dir, "banner.txt"), "ADVERTISEMENT\nKim Tiba di Moskow\n\nIa disambut Putin.\n");
    fs.writeFileSync(path.join(dir, "dateline.txt"), "ADVERTISEMENT\r\nTEMPO.CO, Jakarta - Komisi I DPR menggelar rapat. Rapat berlangsung tertutup.\r\n");
    fs.writeFileSync(path.join(dir, "noise.txt"), "ADVERTISEMENT\nBaca juga: Kim Tiba di Moskow\n");
    expect((await run(["ingest", dir, "--db", db])).code).toBe(0);
    const status = JSON.parse((await run(["status", "--db", db, "--json"])).stdout) as Array<{ document: string; title: string }>;
    expect(Object.fromEntries(status.map((d) => [d.document, d.title]))).toEqual({
      banner: "Kim Tiba di Moskow",
      dateline: "TEMPO.CO, Jakarta - Komisi I DPR menggelar rapat. Rapat berlangsung tertutup.",
      header: "Judul dari kepala",
      noise: "noise",
    });
    // a document stored under an earlier title rule gets its title on the next ingest, and nothing else changes
    const store = openStore(db);
    store.db.prepare("UPDATE document SET title = 'ADVERTISEMENT' WHERE slug = 'noise'").run();
    store.close();
    const again = await run(["ingest", dir, "--db", db, "--json"]);
    expect(JSON.parse(again.stdout).map((r: { status: string }) => r.status)).toEqual(["unchanged", "unchanged", "unchanged", "unchanged"]);
    const titled = JSON.parse((await run(["status", "--db", db, "--json"])).stdout) as Array<{ document: string; title: string }>;
    expect(titled.find((d) => d.document === "noise")!.title).toBe("noise");
    const before = dumpDb(db);
    expect((await run(["ingest", dir, "--db", db])).code).toBe(0);
    expect(dumpDb(db)).toBe(before);
  });
});

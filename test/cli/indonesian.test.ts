/**
 * Selaras in Indonesian, as an Indonesian newsroom runs it: the language from SELARAS_LANG (or
 * --lang), yargs's own words, localised states, reasons and refs, and decimals with a comma.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, REPO } from "../helpers/cli";
import { createT } from "../../src/i18n";
// English check messages live in each check's meta.messages and are registered by the findings renderer.
import "../../src/cli/output/stylish";

const ID = { SELARAS_LANG: "id" };

describe("the interface language", () => {
  it("SELARAS_LANG=id gives Indonesian on a machine whose LANG is English; --lang wins over it", async () => {
    const id = await run([], { env: { ...ID, LANG: "en_US.UTF-8" } });
    expect(id.code).toBe(2);
    expect(id.stderr).toBe("selaras: Sebutkan sebuah perintah (lihat --help).\nJalankan 'selaras --help' untuk petunjuk pemakaian.\n");
    const en = await run(["--lang", "en"], { env: ID });
    expect(en.stderr).toBe("selaras: Name a command (see --help).\nRun 'selaras --help' for usage.\n");
  });
  it("SELARAS_LANG=en gives English where LANG is Indonesian", async () => {
    const r = await run([], { env: { SELARAS_LANG: "en", LANG: "id_ID.UTF-8" } });
    expect(r.stderr).toBe("selaras: Name a command (see --help).\nRun 'selaras --help' for usage.\n");
  });
});

describe("yargs in Indonesian", () => {
  it("a missing argument, an unknown command and a bad choice", async () => {
    expect((await run(["ingest"], { env: ID })).stderr).toBe(
      "selaras: Argumen kurang: ada 0, perlu paling sedikit 1 (selaras ingest <paths..>)\nJalankan 'selaras ingest --help' untuk petunjuk pemakaian.\n");
    expect((await run(["terjemah"], { env: ID })).stderr).toBe(
      "selaras: perintah tak dikenal 'terjemah'\nJalankan 'selaras --help' untuk petunjuk pemakaian.\n");
    const bad = await run(["check", "--format", "xx"], { env: ID });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toBe(
      "selaras: --format: 'xx' bukan salah satu dari stylish, json\nJalankan 'selaras check --help' untuk petunjuk pemakaian.\n");
  });
  it("--help: section titles, option types and the imperative command descriptions", async () => {
    const r = await run(["--help"], { env: ID });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("\nPerintah:\n");
    expect(r.stdout).toContain("\nOpsi:\n");
    expect(r.stdout).toContain("  -h, --help     Tampilkan bantuan");
    expect(r.stdout).toContain("[teks] [pilihan: \"en\", \"id\"]");
    expect(r.stdout).toContain("  selaras align [files..]        Sejajarkan kalimat teks bahasa Indonesia");
    expect(r.stdout).toContain("  selaras serve                  Jalankan meja kerja peramban");
    for (const english of ["Options:", "Commands:", "Show help", "[boolean] [default", "choices:"]) expect(r.stdout).not.toContain(english);
  });
});

describe("commands in Indonesian", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, "s.db");
    const file = path.join(dir, "patah.txt");
    fs.writeFileSync(file, "Judul berita.\n\nKedatangan Putin menandai sebuah langkah maju yang. signifikan bagi kemitraan kedua negara.\n\nKetika Presiden tiba di Jakarta. Para menteri menyambutnya di bandara.\n");
    const r = await run(["ingest", file, "--db", db], { env: ID });
    expect(r.stdout).toBe("patah: baru, 5 segmen (0 boilerplate)\n1 dokumen dimasukkan.\n");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("segments suggest names the reason in Indonesian (the JSON keeps its code)", async () => {
    const r = await run(["segments", "suggest", "--db", db], { env: ID });
    expect(r.stdout).toBe(
      "patah:2 + patah:3 (berakhir di tengah frasa)\n  Kedatangan Putin menandai sebuah langkah maju yang.\n  signifikan bagi kemitraan kedua negara.\n  selaras segments join patah:2 patah:3\n" +
      "patah:4 + patah:5 (diawali kata penghubung)\n  Ketika Presiden tiba di Jakarta.\n  Para menteri menyambutnya di bandara.\n  selaras segments join patah:4 patah:5\n" +
      "2 saran penggabungan.\n");
    const json = await run(["segments", "suggest", "--db", db, "--json"], { env: ID });
    expect(JSON.parse(json.stdout).map((x: { reason: string }) => x.reason)).toEqual(["ends-mid-phrase", "starts-with-connector"]);
  });
  it("a refused confirmation names the state in Indonesian (not 'sebagai translated')", async () => {
    const r = await run(["translate", "set", "patah:4", "As many as 45 ministers.", "--translator", "Ani", "--db", db], { env: ID });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe(
      "  kesalahan number-mismatch: “45” dalam terjemahan tidak ada di sumber.\n" +
      "patah:4: tidak dikonfirmasi sebagai diterjemahkan: pemeriksaan menemukan kesalahan; disimpan sebagai draf (terjemahan #1). " +
      "Perbaiki bahasa Inggrisnya, atau konfirmasi dengan --accept \"<alasan>\".\n");
  });
  it("status writes the percentage with a decimal comma", async () => {
    expect((await run(["translate", "set", "patah:1", "News headline.", "--translator", "Ani", "--db", db], { env: ID })).code).toBe(0);
    const r = await run(["status", "--db", db], { env: ID });
    expect(r.stdout).toBe("patah  1/5 diterjemahkan (20,0%), 5 segmen, 0 boilerplate, 24 kata  1 draf, 3 potongan mencurigakan\n1 dokumen: 1/5 segmen diterjemahkan.\n");
    const en = await run(["status", "--db", db, "--lang", "en"], { env: ID });
    expect(en.stdout).toBe("patah  1/5 translated (20.0%), 5 segments, 0 boilerplate, 24 words  1 draft, 3 suspect fragments\n1 document: 1/5 segments translated.\n");
  });
  it("check --pairs heads each pair with its line in Indonesian (the JSON keeps line:<n>)", async () => {
    const pairs = path.join(dir, "pairs.tsv");
    fs.writeFileSync(pairs, "Harga naik 5%.\tPrices rose 5.5%.\n");
    const r = await run(["check", "--pairs", pairs], { env: ID, cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout.split("\n")[0]).toBe("baris 1");
    expect(r.stdout).toContain("  kesalahan   “5%” dari sumber hilang atau berbeda dalam terjemahan.  number-mismatch\n");
    const json = await run(["check", "--pairs", pairs, "--format", "json"], { env: ID, cwd: dir });
    expect(JSON.parse(json.stdout).findings.map((f: { ref: string }) => f.ref)).toEqual(["line:1", "line:1"]);
  });
  it("role-mismatch names the source's doer as the doer after a passive too, in both languages", async () => {
    // (`Ginting dikalahkan oleh Axelsen`: Axelsen won; the message once read `“Axelsen” dikalahkan “Ginting”`, the other way round)
    const pairs = path.join(dir, "roles.tsv");
    fs.writeFileSync(pairs, "Ginting dikalahkan oleh Axelsen di final.\tGinting defeated Axelsen in the final.\n");
    const id = await run(["check", "--pairs", pairs], { env: ID, cwd: dir });
    expect(id.stdout).toContain("  peringatan  Dalam sumber, pelakunya “Axelsen” dan sasarannya “Ginting” (“dikalahkan”); terjemahan membaliknya: “Ginting defeated Axelsen”.  role-mismatch\n");
    const en = await run(["check", "--pairs", pairs, "--lang", "en"], { env: ID, cwd: dir });
    expect(en.stdout).toContain("  warning     In the source “Axelsen” is the doer and “Ginting” the one acted on (“dikalahkan”); the target turns it round: “Ginting defeated Axelsen”.  role-mismatch\n");
  });
});

describe("the glossary in Indonesian", () => {
  it("glossary list names a concept's level in Indonesian beside the value --enforce takes", async () => {
    const r = await run(["glossary", "list", "--glossary", path.join(REPO, "glossary"), "--text", "korea", "--db", path.join(REPO, "nonexistent.db")], { env: ID });
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")).toContain("korea\t=Korea → Korea\tjuga: Korean\ttingkat: peringatan (warning)");
    expect(r.stdout).toContain("korean-peninsula\tSemenanjung Korea → Korean Peninsula\tjangan dipakai: Korea Peninsula\n");
  });
});

describe("the audit in Indonesian", () => {
  it("names the glossary status of each rendering used in Indonesian (was preferred/admitted)", async () => {
    const dir = tempDir();
    try {
      const db = path.join(dir, "a.db");
      fs.writeFileSync(path.join(dir, "serang.txt"), "Rusia menyerang Ukraina pada Senin.\n");
      for (const args of [["ingest", path.join(dir, "serang.txt")], ["glossary", "sync", "--dir", path.join(REPO, "glossary")], ["translate", "set", "serang:1", "Russian forces attacked Ukraine on Monday.", "--translator", "Ani"]]) {
        expect((await run([...args, "--db", db], { env: ID, cwd: dir })).code).toBe(0);
      }
      const md = await run(["audit", "--format", "md", "--db", db], { env: ID, cwd: dir });
      expect(md.stdout).toContain(
        "| monday | Senin | 1 | Monday (diutamakan) ×1 | 1 | 0 |\n| russia | Rusia | 1 | Russian (diterima) ×1 | 1 | 0 |\n| ukraine | Ukraina | 1 | Ukraine (diutamakan) ×1 | 1 | 0 |\n");
      const en = await run(["audit", "--db", db, "--lang", "en"], { env: ID, cwd: dir });
      expect(en.stdout).toContain("renderings used: Russian (admitted) ×1\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("numbers in messages", () => {
  it("decimals follow the language (length-ratio, align thresholds and scores)", () => {
    const id = createT("id"), en = createT("en");
    expect(id("check.length-ratio.long", { ratio: "2.5", norm: "1.1" })).toBe("Panjang terjemahan 2,50× panjang sumber; norma korpus 1,10×.");
    expect(en("check.length-ratio.long", { ratio: "2.5", norm: "1.1" })).toBe("The target is 2.50× the length of the source; the corpus norm is 1.10×.");
    expect(id("cli.align.review-bead", { count: 2, segments: "3, 4", score: 0.41234 })).toBe("  segmen 3, 4 (skor 0,412)");
    expect(en("cli.align.review-bead", { count: 2, segments: "3, 4", score: 0.41234 })).toBe("  segments 3, 4 (score 0.412)");
    expect(en("cli.align.review-bead", { count: 1, segments: "3", score: 0.41234 })).toBe("  segment 3 (score 0.412)");
    expect(id("cli.align.review", { count: 2, threshold: 0.3 })).toBe("2 pasangan berskor di bawah 0,3: mohon ditinjau");
    expect(id("web.align.score-value", { score: 0.675 })).toBe("0,68");
    expect(id("web.dashboard.summary", { done: 1, total: 3, percent: 33.3 })).toBe("1 dari 3 segmen dikonfirmasi (33,3%)");
  });
});

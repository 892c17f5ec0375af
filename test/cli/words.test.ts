/**
 * The CLI's words as a translator reads them: counts grouped as the language writes them in text
 * output only (never in JSON, nor line numbers), a placeholder of the documentation typed as it is
 * named as such.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ingestedProject, run, tempDir } from "../helpers/cli";
import { createT, groupingCounts } from "../../src/i18n";
import { templated } from "../../src/cli/output/template";

describe("counts in text output are grouped as the language writes them", () => {
  let dir: string;
  let pairs: string;
  beforeAll(() => {
    dir = tempDir();
    pairs = path.join(dir, "pairs.tsv");
    fs.writeFileSync(pairs, Array.from({ length: 1234 }, (_, i) => `Rapat ke-${i + 1} dimulai pukul 10.00.\tMeeting ${i + 1} began at 10 a.m.\n`).join(""));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("English 1,234 and Indonesian 1.234 in text; 1234 in JSON", async () => {
    expect(await run(["check", "--pairs", pairs])).toEqual({ code: 0, stdout: "No problems in 1,234 pairs.\n", stderr: "" });
    expect(await run(["check", "--pairs", pairs, "--lang", "id"])).toEqual({ code: 0, stdout: "Tidak ada masalah dalam 1.234 pasangan.\n", stderr: "" });
    const json = await run(["check", "--pairs", pairs, "--json"]);
    expect([json.code, JSON.parse(json.stdout).pairs]).toEqual([0, 1234]);
  });

  it("a line number is never grouped", async () => {
    const bad = path.join(dir, "bad.tsv");
    fs.writeFileSync(bad, fs.readFileSync(pairs, "utf8") + "no tab here\n");
    const r = await run(["check", "--pairs", bad]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "selaras: bad.tsv:1235: expected source<TAB>target (columns found: 1)\n".replace("bad.tsv", bad)]);
  });

  it("status (written by template) groups the words of a long article", async () => {
    const sentence = "Presiden meresmikan jembatan baru di kota itu kemarin pagi bersama para menteri.";
    const { dir: project, db } = await ingestedProject({ "panjang.txt": Array.from({ length: 100 }, () => sentence).join(" ") + "\n" });
    try {
      const en = await run(["status", "--db", db], { cwd: project });
      expect(en.stdout).toBe("panjang  0/100 translated (0.0%), 100 segments, 0 boilerplate, 1,200 words\n1 document: 0/100 segments translated.\n");
      const id = await run(["status", "--db", db, "--lang", "id"], { cwd: project });
      expect(id.stdout).toContain(" 1.200 kata\n");
      const json = await run(["status", "--db", db, "--json"], { cwd: project });
      expect(JSON.parse(json.stdout)[0].words).toBe(1200);
    } finally {
      fs.rmSync(project, { recursive: true, force: true });
    }
  });

  it("a message by template is exactly t()'s, grouped counts included", () => {
    for (const lang of ["en", "id"] as const) {
      const t = groupingCounts(createT(lang), lang);
      const m = templated(t);
      for (const data of [{ count: 12345, translated: 1000, translatable: 999999 }, { count: 1, translated: 0, translatable: 7 }]) {
        expect(m("cli.status.total", data)).toBe(t("cli.status.total", data));
      }
      expect(t("cli.status.total", { count: 12345, translated: 1000, translatable: 999999 })).toBe(lang === "en"
        ? "12,345 documents: 1,000/999,999 segments translated."
        : "12.345 dokumen: 1.000/999.999 segmen diterjemahkan.");
    }
  });
});

describe("a placeholder of the documentation typed as it is", () => {
  it("is named after the error, in the interface language", async () => {
    const dir = tempDir();
    try {
      const r = await run(["ingest", "<articles>", "--db", path.join(dir, "s.db")], { cwd: dir });
      expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "selaras: <articles>: no such file or folder\nnote: <articles> is a placeholder from the documentation: type a real value in its place, without the < >\n"]);
      const id = await run(["export", "--format", "tmx", "--out", "exports/<document>.tmx", "--lang", "id", "--db", path.join(dir, "s.db")], { cwd: dir });
      expect([id.code, id.stderr.split("\n").slice(-2)]).toEqual([2, ["catatan: <document> adalah tempat isian dari dokumentasi: ketik nilai yang sebenarnya sebagai gantinya, tanpa < >", ""]]);
      expect(fs.existsSync(path.join(dir, "s.db"))).toBe(false);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("markup in a text is not taken for one", async () => {
    const r = await run(["terms", "<b>Korea Utara</b>", "--glossary", "/nonexistent-glossary"]);
    expect(r.code).toBe(2);
    expect(r.stderr).not.toContain("placeholder");
  });
});

describe("times in text output", () => {
  it("history and translate show write the local time as the language does; JSON keeps ISO 8601", async () => {
    const { dir, db } = await ingestedProject({ "rapat.txt": "Presiden membuka rapat kabinet di Jakarta.\n" });
    const clock = () => new Date("2026-03-04T05:06:07.000Z");
    try {
      expect((await run(["translate", "set", "rapat:1", "The president opened the cabinet meeting in Jakarta.", "--db", db, "--translator", "Ani"], { cwd: dir, clock })).code).toBe(0);
      const env = { TZ: "Asia/Jakarta" };
      expect((await run(["history", "rapat:1", "--db", db], { cwd: dir, env })).stdout.split("\n")[1]).toBe("#1  Mar 4, 2026, 12:06 PM GMT+7  Ani  translated");
      expect((await run(["history", "rapat:1", "--db", db, "--lang", "id"], { cwd: dir, env })).stdout.split("\n")[1]).toBe("#1  4 Mar 2026, 12.06 WIB  Ani  diterjemahkan");
      expect((await run(["translate", "show", "rapat:1", "--db", db], { cwd: dir, env: { TZ: "UTC" } })).stdout).toContain(", by Ani at Mar 4, 2026, 05:06 AM UTC\n");
      const json = JSON.parse((await run(["history", "rapat:1", "--db", db, "--json"], { cwd: dir, env })).stdout);
      expect(json.revisions[0].time).toBe("2026-03-04T05:06:07.000Z");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("translate set --json", () => {
  it("gives the translations files written from the working folder too (relativeFiles), beside the absolute files", async () => {
    const { dir, db } = await ingestedProject({ "rapat.txt": "Presiden membuka rapat kabinet di Jakarta.\n" });
    try {
      const r = await run(["translate", "set", "rapat:1", "The president opened the cabinet meeting in Jakarta.", "--db", db, "--translator", "Ani", "--json"], { cwd: dir });
      const json = JSON.parse(r.stdout);
      expect([r.code, json.files, json.relativeFiles]).toEqual([0, [path.join(dir, "translations", "rapat.translations.txt")], ["translations/rapat.translations.txt"]]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("an empty database file (0 bytes)", () => {
  it("a command that only reads refuses it and leaves it empty; ingest makes a database of it", async () => {
    const dir = tempDir();
    const db = path.join(dir, "s.db");
    try {
      fs.writeFileSync(db, "");
      for (const argv of [["status"], ["check"], ["export", "--format", "tsv", "--out", "x.tsv"]]) {
        const r = await run([...argv, "--db", "s.db"], { cwd: dir });
        expect([r.code, r.stdout, r.stderr]).toEqual([2, "", "selaras: s.db: an empty file (0 bytes), not a database, and this command leaves it as it is: check --db (or SELARAS_DB), or make it a database with `selaras pipeline` or `selaras ingest <articles>`\n"]);
        expect(fs.readdirSync(dir)).toEqual(["s.db"]);
        expect(fs.statSync(db).size).toBe(0);
      }
      const json = await run(["status", "--db", "s.db", "--json", "--lang", "id"], { cwd: dir });
      expect([json.code, JSON.parse(json.stdout).error.code]).toEqual([2, "db-empty-file"]);
      fs.mkdirSync(path.join(dir, "corpus"));
      fs.writeFileSync(path.join(dir, "corpus", "rapat.txt"), "Presiden membuka rapat kabinet di Jakarta.\n");
      expect((await run(["ingest", "corpus", "--db", "s.db"], { cwd: dir })).code).toBe(0);
      expect((await run(["status", "--db", "s.db"], { cwd: dir })).stdout).toBe("rapat  0/1 translated (0.0%), 1 segment, 0 boilerplate, 6 words\n1 document: 0/1 segments translated.\n");
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("a required option left out", () => {
  it("is named as it is typed, --format, in both languages", async () => {
    const dir = tempDir();
    try {
      const en = await run(["export", "--db", path.join(dir, "s.db")], { cwd: dir });
      expect([en.code, en.stderr]).toEqual([2, "selaras: Missing required arguments: --format, --out\nRun 'selaras export --help' for usage.\n"]);
      const id = await run(["export", "--out", "x.tmx", "--lang", "id", "--db", path.join(dir, "s.db")], { cwd: dir });
      expect([id.code, id.stderr]).toEqual([2, "selaras: Argumen wajib kurang: --format\nJalankan 'selaras export --help' untuk petunjuk pemakaian.\n"]);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Cost that grows with the work, not faster (docs/guarantees.md): proven here by COUNTING work
 * (bytes hashed, statements run, query plans), never by timing; the timings are in bench/ (scale).
 */
import * as crypto from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { importParallel } from "../../src/app/import";
import { documentStatus } from "../../src/app/status";
import { exportTranslations } from "../../src/app/translations";
import { ingestFiles } from "../../src/app/ingest";
import { createStore, openStore } from "../../src/store";
import Database from "better-sqlite3";
import { run, tempDir } from "../helpers/cli";

let dir: string;
beforeEach(() => { dir = tempDir("selaras-scale-"); });
afterEach(() => { jest.restoreAllMocks(); fs.rmSync(dir, { recursive: true, force: true }); });

const NOW = "2026-01-01T00:00:00.000Z";

/** Counts the bytes fed to every hash (node:crypto Hash#update) while `fn` runs. */
function hashedBytes(fn: () => void): number {
  let bytes = 0;
  const proto = (crypto as unknown as { Hash: { prototype: crypto.Hash } }).Hash.prototype;
  /** Both overloads of Hash#update in one signature (the data, and an encoding when it is a string). */
  type Update = (this: crypto.Hash, data: crypto.BinaryLike, enc?: crypto.Encoding) => crypto.Hash;
  const real: Update = proto.update;
  proto.update = function (this: crypto.Hash, data: crypto.BinaryLike, enc?: crypto.Encoding) {
    bytes += typeof data === "string" ? Buffer.byteLength(data) : data.byteLength;
    return real.call(this, data, enc);
  };
  try {
    fn();
  } finally {
    proto.update = real;
  }
  return bytes;
}

describe("import of a long unit that matches no segment", () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `kata${i}`).join(" ") + ".";

  it("hashes each character a bounded number of times (it used to hash every prefix: square-law)", () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "Presiden tiba di Jakarta.\n\nDia bertemu para menteri.\n");
    const store = openStore(path.join(dir, "db"));
    ingestFiles(store, [path.join(dir, "a.txt")], { now: NOW });
    const counts: Array<[number, number]> = [];
    for (const n of [1_000, 10_000]) { // (10,000 words: about 90,000 characters, under MAX_UNIT_CHARS)
      const source = words(n);
      const file = path.join(dir, `long-${n}.tsv`);
      fs.writeFileSync(file, `source\ttarget\n${source}\tA very long text.\n`);
      let result: ReturnType<typeof importParallel> | undefined;
      const bytes = hashedBytes(() => { result = importParallel(store, file, { now: NOW }); });
      expect(result).toMatchObject({ units: 1, created: 0, unmatched: 1 });
      counts.push([Buffer.byteLength(source), bytes]);
    }
    store.close();
    for (const [len, bytes] of counts) expect(bytes).toBeLessThan(4 * len);
  });

  it("still finds a run of segments joined by the unit, after a long unmatched one", () => {
    fs.writeFileSync(path.join(dir, "a.txt"), "Presiden tiba di Jakarta.\n\nDia bertemu para menteri.\n\nMereka makan siang.\n");
    const store = openStore(path.join(dir, "db"));
    ingestFiles(store, [path.join(dir, "a.txt")], { now: NOW });
    const file = path.join(dir, "units.tsv");
    fs.writeFileSync(file, `source\ttarget\n${words(5000)}\tLong.\nDia  bertemu para menteri. Mereka makan siang.\tHe met the ministers. They had lunch.\n`);
    const result = importParallel(store, file, { now: NOW });
    expect(result).toMatchObject({ units: 2, created: 1, unmatched: 1 });
    const [r] = store.renderings.all();
    expect(r!.segmentIds.map((id) => store.documents.segmentById(id)!.ordinal)).toEqual([2, 3]);
    store.close();
  });
});

describe("status and translations export over many documents", () => {
  /** A database of `n` documents, each of three sentences, the first of each translated. */
  async function database(n: number): Promise<string> {
    const corpus = path.join(dir, `corpus-${n}`);
    fs.mkdirSync(corpus);
    for (let i = 1; i <= n; i++) {
      fs.writeFileSync(path.join(corpus, `berita-${i}.txt`), `Berita nomor ${i} hari ini.\n\nPresiden tiba di kota ${i}.\n\nDia bertemu warga.\n`);
    }
    // Each database in a folder of its own: its translations/ files are its own (two databases of one
    // project would meet files the other wrote and, never having loaded them, refuse to save).
    const home = path.join(dir, `project-${n}`);
    fs.mkdirSync(home);
    const file = path.join(home, `status-${n}.db`);
    const store = openStore(file);
    ingestFiles(store, [corpus], { now: NOW });
    store.close();
    for (let i = 1; i <= n; i += 2) expect((await run(["translate", "set", `berita-${i}:1`, `News number ${i} today.`, "--db", file])).code).toBe(0);
    return file;
  }

  /** Runs `fn` on a store whose every executed statement is counted (SQL with its values inlined). */
  function counting(file: string, fn: (store: ReturnType<typeof createStore>) => void): Map<string, number> {
    openStore(file).close(); // migrated
    const counts = new Map<string, number>();
    const db = new Database(file, { verbose: (sql?: unknown) => { counts.set(String(sql), (counts.get(String(sql)) ?? 0) + 1); } });
    const store = createStore(db, file);
    try {
      fn(store);
    } finally {
      store.close();
    }
    return counts;
  }
  /** The SCAN steps (reads of a whole table or index) of a statement's query plan. */
  function scans(file: string, sql: string): string[] {
    const db = new Database(file, { readonly: true });
    try {
      return (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all() as Array<{ detail: string }>)
        .map((p) => p.detail).filter((d) => /^SCAN /.test(d) && !/^SCAN json_each/.test(d));
    } finally {
      db.close();
    }
  }
  /** Statements run once per document or more, with the tables they read whole. */
  const repeatedScans = (file: string, counts: Map<string, number>) =>
    [...counts].filter(([, n]) => n > 1).map(([sql]) => [sql, scans(file, sql)]).filter(([, s]) => s.length > 0);

  it("status reads the database in a fixed number of statements, whatever the number of documents", async () => {
    const small = await database(4);
    const large = await database(40);
    const runs: Array<[number, number]> = [];
    for (const file of [small, large]) {
      let rows: ReturnType<typeof documentStatus> = [];
      const counts = counting(file, (store) => { rows = documentStatus(store); });
      expect(repeatedScans(file, counts)).toEqual([]);
      runs.push([rows.length, [...counts.values()].reduce((a, b) => a + b, 0)]);
      expect(rows.filter((r) => r.translated === 1).length).toBe(rows.length / 2);
      expect(rows.every((r) => r.segments === 3 && r.translatable === 3 && r.stale === 0)).toBe(true);
    }
    expect(runs.map(([docs]) => docs)).toEqual([4, 40]);
    expect(runs[1]![1]).toBe(runs[0]![1]);
  });

  it("translations export reads each document through indexes only (no table read whole per document)", async () => {
    const file = await database(12);
    let files: ReturnType<typeof exportTranslations> = [];
    const counts = counting(file, (store) => { files = exportTranslations(store, path.join(dir, "out"), undefined, dir); });
    expect(files.length).toBe(6);
    expect(repeatedScans(file, counts)).toEqual([]);
  });
});

describe("status word counts stored at ingest", () => {
  it("give the same status as counting every text, also after a split and on a database whose counts are not stored", async () => {
    const corpus = path.join(dir, "c");
    fs.mkdirSync(corpus);
    fs.writeFileSync(path.join(corpus, "rapat.txt"), "Rapat kabinet hari ini\n\nPresiden tiba di Jakarta pada Rabu pagi. Dia bertemu para menteri.\n\nRapat berlangsung dua jam.\n");
    const file = path.join(dir, "words.db");
    const store = openStore(file);
    ingestFiles(store, [corpus], { now: NOW });
    store.close();
    expect((await run(["translate", "set", "rapat:2", "The president arrived in Jakarta on Wednesday morning.", "--db", file])).code).toBe(0);
    expect((await run(["segments", "split", "rapat:3", "11", "--db", file])).code).toBe(0); // "Dia bertemu" | "para menteri."
    const withStored = openStore(file);
    const uncounted = withStored.db.prepare("SELECT COUNT(*) FROM segment WHERE words IS NULL AND ordinal IS NOT NULL").pluck().get();
    const stored = documentStatus(withStored);
    withStored.db.exec("UPDATE segment SET words = NULL"); // as on a database made before the counts were stored
    const counted = documentStatus(withStored);
    withStored.close();
    expect(uncounted).toBe(2); // the two halves of the split sentence: counted by status itself
    expect(stored).toEqual(counted);
    expect(stored[0]).toMatchObject({ document: "rapat", segments: 5, translatable: 5, translated: 1, words: 19, stale: 0 }); // 4 + 7 + (2 + 2) + 4 (a cut inside a word, as "bertem|u" was, is refused)
  });
});

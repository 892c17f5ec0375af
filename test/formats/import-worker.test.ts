/**
 * Large imports are parsed in a worker thread (src/app/import-feed.ts) while the importing thread
 * writes. These tests force the worker on small inputs and hold it to the in-thread result: the
 * same units in the same order (several batches, every format), the same database afterwards, and
 * the same errors (class, code, file, line) with the database unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { importParallel } from "../../src/app/import";
import { BATCH, readUnits } from "../../src/app/import-feed";
import { ParseError } from "../../src/errors";
import { formats, writeUnits, type ParallelUnit } from "../../src/formats";
import { openStore } from "../../src/store";
import { dumpDb, run, tempDir } from "../helpers/cli";
import { OPTIONS, TRICKY, unit } from "./units";

const NOW = "2026-02-03T04:05:06.000Z";

describe("import: parsing in a worker thread", () => {
  let dir: string;
  beforeAll(() => { dir = tempDir(); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Writes `units` in a format into files under dir; returns the import path. */
  const write = (format: string, units: ParallelUnit[], name: string): string => {
    const f = formats[format]!;
    const file = path.join(dir, `${name}${f.extensions[0]}`);
    const parts = writeUnits(f, units, OPTIONS);
    for (const [part, p] of Object.entries(f.partPaths(file))) fs.writeFileSync(p, parts[part]!);
    return file;
  };

  const read = (format: string, file: string, worker: boolean): { units: ParallelUnit[]; bytes: number[] } => {
    const f = formats[format]!;
    const files = Object.fromEntries(Object.entries(f.partPaths(file)).filter(([, p]) => fs.existsSync(p)));
    const units: ParallelUnit[] = [];
    const bytes: number[] = [];
    readUnits(f, files, (u) => units.push(u), (b) => bytes.push(b), worker);
    return { units, bytes };
  };

  // Several batches, tricky texts among them (one-line ones for Moses).
  const many = Array.from({ length: BATCH * 2 + 17 }, (_, i) => {
    const t = TRICKY[i % TRICKY.length]!;
    return { ...t, id: `u${i}`, segments: t.segments.length ? [`doc:${i + 1}`] : [], source: `${t.source} ${i}`, target: `${t.target} ${i}` };
  });

  it.each(Object.keys(formats))("%s: the worker gives the same units, in the same order, as this thread", (format) => {
    const file = write(format, many, `many-${format}`);
    const here = read(format, file, false);
    const there = read(format, file, true);
    expect(there.units.length).toBe(many.length);
    expect(there.units).toEqual(here.units);
    // progress reaches the whole input
    expect(there.bytes[there.bytes.length - 1]).toBe(here.bytes[here.bytes.length - 1]);
  });

  it("errors cross back with their class, code, file and line", () => {
    const good = writeUnits(formats.tmx!, many.slice(0, BATCH + 5), OPTIONS).main!;
    const broken = path.join(dir, "broken.tmx");
    // malformed after more than a batch of good units
    fs.writeFileSync(broken, good.replace("</body>", "<tu><tuv xml:lang=\"id\"><seg>x</tuv></tu></body>"));
    const errorOf = (worker: boolean) => {
      try { read("tmx", broken, worker); } catch (e) { return e; }
      throw new Error("no error");
    };
    const here = errorOf(false) as ParseError;
    const there = errorOf(true) as ParseError;
    expect(there).toBeInstanceOf(ParseError);
    expect([there.code, there.data]).toEqual([here.code, here.data]);
    expect(there.code).toBe("xml-malformed");
    expect(there.data.file).toBe(broken);

    const utf8 = path.join(dir, "bad-utf8.tsv");
    fs.writeFileSync(utf8, Buffer.concat([Buffer.from("satu\tone\ndua\t"), Buffer.from([0xc3, 0x28]), Buffer.from("\n")]));
    const e = (() => { try { read("tsv", utf8, true); } catch (x) { return x as ParseError; } throw new Error("no error"); })();
    expect([e.code, e.data.line]).toEqual(["file-not-utf8", 2]);
  });

  it("an import through the worker writes the same database as one in this thread; a failed one changes nothing", async () => {
    const article = path.join(dir, "berita.txt");
    const sentences = Array.from({ length: 300 }, (_, i) => `Kalimat nomor ${i + 1} tentang banjir di kota.`);
    fs.writeFileSync(article, `Judul\n\n${sentences.join(" ")}\n`);
    const a = path.join(dir, "a.db");
    const b = path.join(dir, "b.db");
    expect((await run(["ingest", article, "--db", a])).code).toBe(0);
    fs.copyFileSync(a, b);
    const units = sentences.map((s, i) => unit({ id: String(i), document: "berita", segments: [`berita:${i + 2}`], source: s, target: `Sentence ${i + 1}.` }));
    const tmx = write("tmx", units, "berita");
    for (const [db, worker] of [[a, true], [b, false]] as const) {
      const store = openStore(db);
      try {
        const r = importParallel(store, tmx, { now: NOW, worker });
        expect([r.created, r.unmatched, r.conflictCount]).toEqual([300, 0, 0]);
      } finally {
        store.close();
      }
    }
    expect(dumpDb(a)).toBe(dumpDb(b));

    const before = dumpDb(a);
    const bad = path.join(dir, "bad.tmx");
    fs.writeFileSync(bad, fs.readFileSync(tmx, "utf8").replace("</body>", "<tu>&bogus;</tu></body>"));
    const store = openStore(a);
    try {
      expect(() => importParallel(store, bad, { now: NOW, worker: true })).toThrow(ParseError);
    } finally {
      store.close();
    }
    expect(dumpDb(a)).toBe(before);
  });
});

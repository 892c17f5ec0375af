/**
 * The violated pairs' texts an audit keeps for its report (src/app/audit-texts.ts PairTextCache):
 * in memory up to its budget, then in a temporary file that is gone from its folder at once and
 * closed by `close`; what it cannot keep (past both budgets, a folder it cannot write, a closed
 * file) it says it does not have, so that the run reads those pairs again.
 */
import * as fs from "node:fs";
// eslint-disable-next-line @typescript-eslint/no-require-imports
const nodeFs = require("node:fs") as typeof fs;
import * as path from "node:path";
import { PairTextCache } from "../../src/app/audit-texts";
import { tempDir } from "../helpers/cli";

/** Texts of every size and kind: accents, emoji, a text larger than a block, empty ones. */
function texts(n: number): { source: string; target: string; document: string }[] {
  return Array.from({ length: n }, (_x, i) => ({
    source: i % 97 === 13 ? "Kalimat panjang ".repeat(90_000) : `Kalimat ke-${i} tentang café “${"é".repeat(i % 7)}” 🙂`,
    target: i % 11 === 0 ? "" : `Sentence ${i} about a café, ${"x".repeat(i % 300)}.`,
    document: `doc-${i % 13}`,
  }));
}

let dir: string;
beforeEach(() => { dir = tempDir(); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

describe("PairTextCache", () => {
  it("gives back exactly what it kept, in memory and from its file, and leaves no file in the folder", () => {
    const all = texts(3000);
    const cache = new PairTextCache(4000, 1 << 20, 1 << 30, dir);
    // every other pair (indexes out of their order of adding do not matter)
    all.forEach((t, i) => { if (i % 2 === 0) cache.add(i, t.source, t.target, t.document); });
    cache.add(0, "other", "other", "other"); // (a pair is kept once)
    expect(fs.readdirSync(dir)).toEqual([]);
    all.forEach((t, i) => expect(cache.get(i)).toEqual(i % 2 === 0 ? t : undefined));
    expect(cache.get(3999)).toBeUndefined();
    cache.close();
    // closed: what was in the file is no longer there (it is read again), what is in memory still is
    const after = all.map((_t, i) => cache.get(i));
    after.forEach((x, i) => { if (x !== undefined) expect(x).toEqual(all[i]); });
    expect(after[0]).toEqual(all[0]);
    const gone = after.filter((x, i) => i % 2 === 0 && x === undefined).length;
    expect(gone).toBeGreaterThan(10);
    expect(gone).toBeLessThan(all.length / 2);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("without a file keeps the first pairs up to its budget, and none with a budget of 0", () => {
    const all = texts(2000);
    const cache = new PairTextCache(2000, 1 << 20, 0, dir);
    all.forEach((t, i) => cache.add(i, t.source, t.target, t.document));
    const kept = all.map((_t, i) => cache.get(i));
    const n = kept.findIndex((x) => x === undefined);
    expect(n).toBeGreaterThan(10);
    kept.forEach((x, i) => expect(x).toEqual(i < n ? all[i] : undefined));
    const none = new PairTextCache(10, 0, 1 << 30, dir);
    none.add(1, "a", "b", "c");
    expect(none.get(1)).toBeUndefined();
    // a pair without a document (not from a database) is not kept
    const noDoc = new PairTextCache(10, 1 << 20, 0, dir);
    noDoc.add(1, "a", "b", undefined);
    expect(noDoc.get(1)).toBeUndefined();
  });

  it("past its file's budget, or in a folder it cannot write, keeps what fits in memory and says it has no more", () => {
    const all = texts(3000);
    for (const [spill, where] of [[4 << 20, dir], [1 << 30, path.join(dir, "missing", "folder")]] as const) {
      const cache = new PairTextCache(3000, 1 << 20, spill, where);
      all.forEach((t, i) => cache.add(i, t.source, t.target, t.document));
      const kept = all.map((_t, i) => cache.get(i));
      const n = kept.findIndex((x) => x === undefined);
      expect(n).toBeGreaterThan(10);
      // what it has is exact; past the first pair it could not keep, it has nothing
      kept.forEach((x, i) => expect(x).toEqual(i < n ? all[i] : undefined));
      const bytes = all.slice(0, n).reduce((s, t) => s + Buffer.byteLength(t.source + t.target + t.document), 0);
      if (where === dir) expect(bytes).toBeGreaterThan(4 << 20);
      else expect(bytes).toBeLessThan(3 << 20);
      cache.close();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a write that fails (a full disk) ends the keeping: what it has is exact, the rest it says it does not have", () => {
    const all = texts(3000).map((t) => ({ ...t, source: t.source.slice(0, 200) }));
    const real = nodeFs.writeSync;
    let writes = 0;
    const spy = jest.spyOn(nodeFs, "writeSync").mockImplementation(((...args: Parameters<typeof nodeFs.writeSync>) => {
      if (++writes === 3) throw Object.assign(new Error("ENOSPC: no space left on device"), { code: "ENOSPC" });
      return (real as (...a: unknown[]) => number)(...args);
    }) as typeof nodeFs.writeSync);
    try {
      const cache = new PairTextCache(3000, 4096, 1 << 30, dir);
      all.forEach((t, i) => cache.add(i, t.source, t.target, t.document));
      expect(writes).toBe(3);
      const kept = all.map((_t, i) => cache.get(i));
      kept.forEach((x, i) => { if (x !== undefined) expect(x).toEqual(all[i]); });
      // the file is closed: the blocks written to it are gone too; those in memory (the budget's,
      // then the one that could not be written) are kept, none after them
      const at = kept.flatMap((x, i) => (x === undefined ? [] : [i]));
      expect(at.length).toBeGreaterThan(5);
      expect(at.length).toBeLessThan(at.at(-1)! + 1);
      expect(at.reduce((b, i) => b + Buffer.byteLength(all[i]!.source + all[i]!.target + all[i]!.document), 0)).toBeLessThanOrEqual(2 * 4096);
      expect(kept.at(-1)).toBeUndefined();
      cache.close();
    } finally {
      spy.mockRestore();
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("copies a kept pair's source and target as UTF-8, from memory or from its file (read back whole when it is no larger than the memory budget), and says when it has not them", () => {
    // 400 bytes a pair: 81 to a block of 32 KiB; with that budget two blocks stay in memory and the file holds one
    const all = Array.from({ length: 600 }, (_x, i) => ({ source: `${String(i).padStart(4, "0")} café 🙂 ${"s".repeat(184)}`, target: `“${"t".repeat(188)}”`, document: "doc-01" }));
    expect(all.every((t) => Buffer.byteLength(t.source + t.target + t.document) === 400)).toBe(true);
    for (const [budget, count] of [[32 << 10, 200], [4096, 600]] as const) {
      const cache = new PairTextCache(600, budget, 1 << 30, dir);
      all.slice(0, count).forEach((t, i) => cache.add(i, t.source, t.target, t.document));
      const into = Buffer.alloc(1 << 20);
      const reads = jest.spyOn(nodeFs, "readSync");
      const copied = (i: number) => {
        const size = cache.textsSize(i);
        const a = cache.copyTexts(i, into, 7);
        if (size < 0 || a < 0) return undefined;
        return { source: into.toString("utf8", 7, 7 + a), target: into.toString("utf8", 7 + a, 7 + size) };
      };
      all.forEach((t, i) => expect(copied(i)).toEqual(i < count ? { source: t.source, target: t.target } : undefined));
      // (read back whole: one read; else one per pair in the file)
      if (budget > 4096) expect(reads.mock.calls.length).toBe(1);
      else expect(reads.mock.calls.length).toBeGreaterThan(count / 2);
      reads.mockRestore();
      cache.close();
      // closed: the texts of the file are gone (read again), those in memory still there
      const after = all.slice(0, count).map((_t, i) => copied(i));
      expect(after[0]).toEqual({ source: all[0]!.source, target: all[0]!.target });
      expect(after.filter((x) => x === undefined).length).toBeGreaterThan(count / 4);
    }
    expect(fs.readdirSync(dir)).toEqual([]);
  });
});

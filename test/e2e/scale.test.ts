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
import { openDatabase } from "../../src/store/open";
import { tempDir } from "../helpers/cli";

let dir: string;
beforeEach(() => { dir = tempDir("selaras-scale-"); });
afterEach(() => { jest.restoreAllMocks(); fs.rmSync(dir, { recursive: true, force: true }); });

const NOW = "2026-01-01T00:00:00.000Z";

/** Counts the bytes fed to every hash (node:crypto Hash#update) while `fn` runs. */
function hashedBytes(fn: () => void): number {
  let bytes = 0;
  const proto = (crypto as unknown as { Hash: { prototype: crypto.Hash } }).Hash.prototype;
  const real = proto.update;
  proto.update = function (this: crypto.Hash, data: crypto.BinaryLike, enc?: crypto.Encoding) {
    bytes += typeof data === "string" ? Buffer.byteLength(data) : (data as Buffer).length;
    return enc ? real.call(this, data as string, enc) : real.call(this, data);
  } as typeof real;
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
    for (const n of [2_000, 20_000]) {
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

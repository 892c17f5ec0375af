/**
 * writeChunksAtomic (src/io/files.ts): a file written piece by piece is exactly the pieces' bytes
 * in order (a piece is good until the next is asked for: the producer may reuse its buffer), pieces
 * another file holds moved in (that file left empty); a failure leaves the target as it was and no
 * temporary file, the error named by the target.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { writeChunksAtomic, type HeldBytes } from "../../src/io/files";

let dir: string;
let opened: number[] = [];
beforeEach(() => { dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-write-chunks-")); });
afterEach(() => {
  for (const fd of opened) fs.closeSync(fd);
  opened = [];
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Deterministic bytes. */
const bytesOf = (n: number, seed: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 31 + seed * 7) & 255));

/** A file holding `bytes` (and more after them, not part of the piece), as a HeldBytes piece. */
function held(bytes: Buffer, extra = 0): { piece: HeldBytes; file: string } {
  const file = path.join(dir, `held-${Math.random().toString(36).slice(2)}`);
  fs.writeFileSync(file, Buffer.concat([bytes, Buffer.alloc(extra, 1)]));
  const fd = fs.openSync(file, "r+");
  opened.push(fd);
  return { file, piece: { ready: async () => ({ fd, bytes: bytes.length }) } };
}

describe("writeChunksAtomic", () => {
  it("writes the pieces' bytes in order: text, bytes from a reused buffer, large pieces, pieces another file holds", async () => {
    const out = path.join(dir, "sub", "report.json");
    const expected: Buffer[] = [];
    const holders: string[] = [];
    const reused = Buffer.alloc(3000);
    const pieces = function* (): Generator<string | Uint8Array | HeldBytes> {
      for (let i = 0; i < 40; i++) {
        const text = `piece ${i}: é 😀 “q” \ud800 ` + "x".repeat(i * 997);
        yield text;
        expected.push(Buffer.from(text, "utf8"));
        // (the same buffer each time, changed after it was given)
        const b = bytesOf(1000 + i * 50, i);
        b.copy(reused);
        yield reused.subarray(0, b.length);
        expected.push(b);
        if (i % 9 === 4) {
          // larger than a block, and a piece held in another file (several blocks, a part of one, none)
          const big = bytesOf((1 << 20) * 2 + 12345 + i, i + 1);
          yield big;
          expected.push(big);
          const inFile = bytesOf(i === 4 ? (1 << 20) * 3 + 777 : i === 13 ? 0 : 5000, i + 2);
          const h = held(inFile, i === 22 ? 100 : 0);
          holders.push(h.file);
          yield h.piece;
          expected.push(inFile);
        }
      }
    };
    await writeChunksAtomic(out, pieces());
    expect(fs.readFileSync(out).equals(Buffer.concat(expected))).toBe(true);
    // (the held files' bytes were moved: they are left empty)
    for (const f of holders) expect(fs.statSync(f).size).toBe(0);
    expect(fs.readdirSync(path.dirname(out))).toEqual(["report.json"]);
  });

  it("writes an async iterable's pieces, and nothing (an empty file)", async () => {
    const out = path.join(dir, "a.txt");
    await writeChunksAtomic(out, (async function* () { yield "a"; yield Buffer.from("b"); })());
    expect(fs.readFileSync(out, "utf8")).toBe("ab");
    await writeChunksAtomic(out, []);
    expect(fs.readFileSync(out, "utf8")).toBe("");
  });

  it("leaves the target as it was and no temporary file when the pieces fail, or a held piece cannot be had", async () => {
    const out = path.join(dir, "report.json");
    fs.writeFileSync(out, "old");
    const failing = function* () {
      for (let i = 0; i < 30; i++) yield bytesOf(1 << 20, i);
      throw new Error("the renderer failed");
    };
    await expect(writeChunksAtomic(out, failing())).rejects.toThrow("the renderer failed");
    expect(fs.readdirSync(dir)).toEqual(["report.json"]);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
    // a held piece whose file could not be written: an I/O error named by the target
    const full: HeldBytes = { ready: async () => { throw Object.assign(new Error("no room"), { code: "ENOSPC" }); } };
    let stopped = false;
    const withHeld = function* () {
      try {
        yield "x".repeat(5 << 20);
        yield full;
        yield "never";
      } finally {
        stopped = true;
      }
    };
    await expect(writeChunksAtomic(out, withHeld())).rejects.toMatchObject({ code: "io-disk-full", data: { file: out } });
    expect(stopped).toBe(true);
    expect(fs.readdirSync(dir)).toEqual(["report.json"]);
    expect(fs.readFileSync(out, "utf8")).toBe("old");
  });

  it("refuses a folder as the target", async () => {
    await expect(writeChunksAtomic(dir, ["x"])).rejects.toMatchObject({ code: "out-is-directory" });
    await expect(writeChunksAtomic(path.join(dir, "x") + path.sep, ["x"])).rejects.toMatchObject({ code: "out-is-directory" });
  });
});

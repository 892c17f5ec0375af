/**
 * The parallel writer's failures a person can act on: a batch whose renames the disk does not finish
 * in time fails with `io-write-timeout` {file, files, seconds}, said in words in both languages,
 * and the writer is usable again afterwards (a new worker: a late answer of the old one cannot pass
 * for the next batch's), and the batch's temporary files do not stay behind. The disk is made to hang by holding every one of Node's I/O threads in an
 * open of a FIFO nobody writes to, so the worker's renames wait behind them. A worker that stops
 * without answering (it dies of an error of its own) fails the batch with `io-writer-stopped`
 * {file, files}, without taking the process down; the worker is made to die by running the real
 * worker with one more message handler that throws.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { createParallelWriter, WRITER_WORKER } from "../../src/io/parallel-files";
import { renderError } from "../../src/cli/output/errors";
import { createT } from "../../src/i18n";
import { tempDir } from "../helpers/cli";

const wait = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** Holds every I/O thread of this process until `release` is called. */
function holdIoThreads(dir: string): { release: () => Promise<void> } {
  const threads = Number(process.env.UV_THREADPOOL_SIZE ?? 4);
  const fifos = Array.from({ length: threads }, (_, i) => path.join(dir, `fifo-${i}`));
  for (const f of fifos) execFileSync("mkfifo", [f]);
  const opened = fifos.map((f) => new Promise<number>((resolve, reject) => fs.open(f, "r", (e, fd) => (e ? reject(e) : resolve(fd)))));
  return {
    async release() {
      for (const f of fifos) {
        // a writer's open meets the reader's (ENXIO until the reader is waiting: it is queued)
        for (;;) {
          try {
            fs.closeSync(fs.openSync(f, fs.constants.O_WRONLY | fs.constants.O_NONBLOCK));
            break;
          } catch (e) {
            if ((e as NodeJS.ErrnoException).code !== "ENXIO") throw e;
            await wait(10);
          }
        }
      }
      for (const fd of await Promise.all(opened)) fs.closeSync(fd);
    },
  };
}

describe("parallel file writer: the disk does not answer", () => {
  it("fails with io-write-timeout naming the first file and the count, and writes the next batch with a new worker", async () => {
    const dir = tempDir("selaras-pwrite-timeout-");
    const a = path.join(dir, "a.txt"), b = path.join(dir, "b.txt");
    fs.writeFileSync(a, "old a\n");
    const writer = createParallelWriter({ waitMs: 3000 });
    let held: { release: () => Promise<void> } | undefined;
    try {
      // the worker started (its first batch written) before the I/O threads are taken (the wait is
      // long enough for a worker to start on a busy machine)
      writer.writeAll([[a, "first a\n"], [b, "first b\n"]]);
      held = holdIoThreads(dir);
      let error: unknown;
      try {
        writer.writeAll([[a, "second a\n"], [b, "second b\n"]]);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "io-write-timeout", data: { file: a, files: 2, seconds: 3 } });
      expect(renderError(error, createT("en"))).toBe(`selaras: ${a} and the other files of this save (2 in all): the disk did not finish replacing them within 3 s; some may still hold the previous version: check the disk, then save again`);
      expect(renderError(error, createT("id"))).toContain("disk tidak selesai menggantinya dalam 3 detik");
      await held.release();
      held = undefined;
      // once the disk answers, the timed-out batch's temporary files are removed; each file is then its old or its new version
      while (fs.readdirSync(dir).some((f) => f.endsWith(".tmp"))) await wait(10);
      expect(["first a\n", "second a\n"]).toContain(fs.readFileSync(a, "utf8"));
      expect(["first b\n", "second b\n"]).toContain(fs.readFileSync(b, "utf8"));
      writer.writeAll([[a, "third a\n"], [b, "third b\n"]]);
      expect(fs.readFileSync(a, "utf8")).toBe("third a\n");
      expect(fs.readFileSync(b, "utf8")).toBe("third b\n");
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      await held?.release();
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parallel file writer: the worker stops", () => {
  it("fails with io-writer-stopped naming the first file and the count, leaves no temporary file, and writes the next batch with a new worker", async () => {
    const dir = tempDir("selaras-pwrite-stopped-");
    const a = path.join(dir, "a.txt"), b = path.join(dir, "b.txt"), c = path.join(dir, "c.txt");
    fs.writeFileSync(a, "old a\n");
    // the real worker, which dies of an uncaught error at its second batch (after starting its renames)
    const writer = createParallelWriter({
      workerSource: `${WRITER_WORKER}\nlet batches = 0;\nport.on("message", () => { if (++batches === 2) throw new Error("the writer fails"); });\n`,
    });
    try {
      writer.writeAll([[a, "first a\n"], [b, "first b\n"]]);
      expect(fs.readFileSync(a, "utf8")).toBe("first a\n");
      let error: unknown;
      try {
        writer.writeAll([[a, "second a\n"], [b, "second b\n"], [c, "second c\n"]]);
      } catch (e) {
        error = e;
      }
      expect(error).toMatchObject({ code: "io-writer-stopped", data: { file: a, files: 3 } });
      expect(renderError(error, createT("en"))).toBe(`selaras: ${a} and the other files of this save (3 in all): the file writer stopped before it finished replacing them; some may still hold the previous version: save again`);
      expect(renderError(error, createT("id"))).toBe(`selaras: ${a} dan berkas lain dari penyimpanan ini (3 semuanya): penulis berkas berhenti sebelum selesai menggantinya; sebagian mungkin masih berisi versi sebelumnya: simpan lagi`);
      // the batch's temporary files are removed; each file is its old or its new version
      while (fs.readdirSync(dir).some((f) => f.endsWith(".tmp"))) await wait(10);
      expect(["first a\n", "second a\n"]).toContain(fs.readFileSync(a, "utf8"));
      expect(["first b\n", "second b\n"]).toContain(fs.readFileSync(b, "utf8"));
      expect([undefined, "second c\n"]).toContain(fs.existsSync(c) ? fs.readFileSync(c, "utf8") : undefined);
      // a new worker (its first batch: it does not throw) writes the next batch
      writer.writeAll([[a, "third a\n"], [b, "third b\n"]]);
      expect(fs.readFileSync(a, "utf8")).toBe("third a\n");
      expect(fs.readFileSync(b, "utf8")).toBe("third b\n");
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parallel file writer: the worker stops between batches", () => {
  it("the next batch starts a new worker instead of waiting for the dead one", async () => {
    const dir = tempDir("selaras-pwrite-died-");
    const a = path.join(dir, "a.txt"), b = path.join(dir, "b.txt");
    // the real worker, which dies of an uncaught error right after it answered its first batch
    const dies = `const notify = Atomics.notify;\nAtomics.notify = (...args) => { const woken = notify(...args); setImmediate(() => { throw new Error("the writer fails"); }); return woken; };\n`;
    const writer = createParallelWriter({ workerSource: dies + WRITER_WORKER, waitMs: 10_000 });
    try {
      writer.writeAll([[a, "first a\n"], [b, "first b\n"]]);
      expect(fs.readFileSync(a, "utf8")).toBe("first a\n");
      // this thread hears of the worker's end (and its error, which does not stop this process)
      await wait(500);
      // a dead worker would leave this batch waiting for 10 s, then failing with io-write-timeout
      writer.writeAll([[a, "second a\n"], [b, "second b\n"]]);
      expect(fs.readFileSync(a, "utf8")).toBe("second a\n");
      expect(fs.readFileSync(b, "utf8")).toBe("second b\n");
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

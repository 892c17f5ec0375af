/**
 * Ingest workload: article files → segments in SQLite, through the real `ingestFiles` (one
 * transaction, segmentation, identity hashes, inserts).
 *
 *  1. "selaras ingest": a synthetic corpus of ≥ 200,000 sentences (× scale), written as files.
 *  2. "selaras ingest, ≥ 200 MB": a corpus of 200 MB (× scale), for memory: the RSS sampled after
 *     every file must not grow with the corpus (files are read and segmented one at a time).
 *  3. Baseline (last row): sentence-splitter's `split()` with default options on each whole
 *     document, plus plain inserts of the sentences in one transaction, on the corpus of (1).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { split } from "sentence-splitter";
import { ingestFiles } from "../src/app/ingest";
import { collectFiles, readTextFile, slugFromPath } from "../src/io/files";
import { segmentArticle } from "../src/segment";
import { openStore } from "../src/store";
import { normHash, sha256 } from "../src/text/normalize";
import { ArticleGenerator, loadSeeds, writeCorpus } from "./lib/generate";
import { time, type Measurement, type Workload } from "./lib/harness";

const SENTENCES = 200_000;
const LARGE_BYTES = 200 * 1024 * 1024;

const rssMiB = () => process.memoryUsage.rss() / (1024 * 1024);
/** CPU seconds (user + system) of this process since `since`: robust to other load on the machine. */
const cpuSeconds = (since: NodeJS.CpuUsage) => { const c = process.cpuUsage(since); return (c.user + c.system) / 1e6; };

/** Bytes per segment of the generated corpus, measured on a sample. */
function bytesPerSegment(): number {
  const gen = new ArticleGenerator(loadSeeds(), 99);
  let bytes = 0;
  let segs = 0;
  for (let i = 0; i < 200; i++) {
    const a = gen.article();
    bytes += Buffer.byteLength(a);
    segs += segmentArticle(a).length;
  }
  return bytes / segs;
}

function ingestRun(label: string, dir: string, db: string, mib: number): Promise<Measurement> {
  return (async () => {
    const store = openStore(db);
    let peak = rssMiB();
    try {
      const cpu0 = process.cpuUsage();
      const { value, seconds } = await time(() =>
        ingestFiles(store, [dir], { now: "2024-01-01T00:00:00.000Z", onProgress: (done) => { if (done % 200 === 0) peak = Math.max(peak, rssMiB()); } }));
      peak = Math.max(peak, rssMiB());
      const segments = value.reduce((a, r) => a + r.segments, 0);
      return { label, items: segments, unit: "sentences", seconds, extra: { files: value.length, MB: Math.round(mib), rssMiB: Math.round(peak), perCpuSecond: Math.round(segments / cpuSeconds(cpu0)) } };
    } finally {
      store.close();
    }
  })();
}

function baselineRun(dir: string, db: string, mib: number): Promise<Measurement> {
  return (async () => {
    const store = openStore(db);
    try {
      const cpu0 = process.cpuUsage();
      const { value, seconds } = await time(() => store.transaction(() => {
        let sentences = 0;
        for (const file of collectFiles([dir], [".txt"])) {
          const text = readTextFile(file);
          const id = store.documents.insert({ slug: slugFromPath(file), title: "", sourcePath: file, contentHash: sha256(text), meta: {} }, "2024-01-01T00:00:00.000Z");
          let ordinal = 0;
          for (const node of split(text)) {
            if (node.type !== "Sentence") continue;
            const s = node.raw.trim();
            store.documents.insertSegment(id, {
              ordinal: ++ordinal, paragraph: 0, text: s, start: node.range[0], end: node.range[1], kind: "body", suspect: null, normHash: normHash(s),
            }, "2024-01-01T00:00:00.000Z");
          }
          sentences += ordinal;
        }
        return sentences;
      }));
      return { label: "baseline: split() per document + inserts", items: value, unit: "sentences", seconds, extra: { MB: Math.round(mib), rssMiB: Math.round(rssMiB()), perCpuSecond: Math.round(value / cpuSeconds(cpu0)) } };
    } finally {
      store.close();
    }
  })();
}

export const ingestWorkload: Workload = {
  name: "ingest",
  description: "article files → segments in SQLite (ingestFiles) vs split() per document + inserts",
  async run(ctx) {
    const seeds = loadSeeds();
    const perSegment = bytesPerSegment();
    const small = writeCorpus(path.join(ctx.tmp, "corpus"), Math.ceil(SENTENCES * ctx.scale * perSegment * 1.05), { seed: 1, seeds });
    ctx.log(`corpus: ${small.files} files, ${(small.bytes / 1048576).toFixed(1)} MB`);
    // Warm-up (not measured): the first files through both code paths, so that neither
    // measurement pays for the JIT alone.
    const firstFiles = collectFiles([small.dir], [".txt"]).slice(0, 1000);
    const warm = openStore(path.join(ctx.tmp, "warm.db"));
    try {
      ingestFiles(warm, firstFiles, { now: "2024-01-01T00:00:00.000Z" });
      for (const f of firstFiles) split(readTextFile(f));
    } finally {
      warm.close();
    }
    const measurements: Measurement[] = [];
    measurements.push(await ingestRun("selaras ingest", small.dir, path.join(ctx.tmp, "a.db"), small.bytes / 1048576));
    ctx.log(`ingest: ${measurements[0]!.items} sentences in ${measurements[0]!.seconds.toFixed(1)} s`);
    fs.rmSync(path.join(ctx.tmp, "a.db"), { force: true });

    const large = writeCorpus(path.join(ctx.tmp, "large"), Math.ceil(LARGE_BYTES * ctx.scale), { seed: 2, seeds, prefix: "besar" });
    ctx.log(`large corpus: ${large.files} files, ${(large.bytes / 1048576).toFixed(1)} MB`);
    measurements.push(await ingestRun(`selaras ingest, ${Math.round(large.bytes / 1048576)} MB`, large.dir, path.join(ctx.tmp, "b.db"), large.bytes / 1048576));
    ctx.log(`large ingest: ${measurements[1]!.items} sentences in ${measurements[1]!.seconds.toFixed(1)} s`);
    fs.rmSync(large.dir, { recursive: true, force: true });
    fs.rmSync(path.join(ctx.tmp, "b.db"), { force: true });

    measurements.push(await baselineRun(small.dir, path.join(ctx.tmp, "base.db"), small.bytes / 1048576));
    const [ours, big, base] = measurements as [Measurement, Measurement, Measurement];
    const rate = ours.items / ours.seconds;
    const ratio = rate / (base.items / base.seconds);
    return {
      measurements,
      notes: [
        `Target ≥ 10,000 sentences/s end to end: ${Math.round(rate).toLocaleString("en-US")}/s (${rate >= 10_000 ? "met" : "NOT met"}); ≥ 4× baseline: ${ratio.toFixed(2)}× (${ratio >= 4 ? "met" : "NOT met"}).`,
        `Per CPU second (robust to other load): ${ours.extra!.perCpuSecond} vs baseline ${base.extra!.perCpuSecond} sentences (${(Number(ours.extra!.perCpuSecond) / Number(base.extra!.perCpuSecond)).toFixed(2)}×).`,
        `Memory: RSS ${ours.extra!.rssMiB} MiB for ${ours.extra!.MB} MB, ${big.extra!.rssMiB} MiB for ${big.extra!.MB} MB.`,
      ],
    };
  },
};

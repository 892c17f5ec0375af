/**
 * Parallel-text exchange at scale. Workload: 1,000,000 rendered segments (100 documents of 10,000
 * synthetic Indonesian-like sentences, 8–24 words, some with `&`, `<`, quotes) exported to TMX with
 * `exportParallel` (streamed from SQLite to a temporary file), then that TMX imported with
 * `importParallel` (1 MiB chunks; the TMX fast path for plain `<tu>` blocks, saxes for the rest;
 * one transaction) into a copy of the database that has the same segments but no renderings: every
 * unit is matched by its segment reference and becomes a rendering. Reading the file (no database)
 * with the TMX reader and with saxes alone (createTmxParser, the reader without its fast path)
 * shows what the fast path buys.
 * Targets: export ≥ 100,000 units/s, import ≥ 50,000 units/s, peak RSS ≤ 200 MB while streaming.
 * Baseline (last row): the whole document built in memory (every rendering loaded, one TMX string,
 * one write), run after the streaming rows so the peak RSS measured for them is their own.
 */
import { fork } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { exportParallel, isoSecond } from "../src/app/export";
import { importParallel } from "../src/app/import";
import { createGate } from "../src/app/lifecycle";
import { formats, type ParallelUnit } from "../src/formats";
import { createTmxParser, createTmxReader } from "../src/formats/tmx";
import { openStore } from "../src/store";
import { normHash } from "../src/text/normalize";
import { TOOL_NAME, VERSION } from "../src/version";
import { peakRssMiB, rng, time, type Workload, type WorkloadResult } from "./lib/harness";

const SYL = ["ka", "ma", "ta", "pa", "ra", "la", "na", "sa", "ba", "da", "ga", "ja", "ki", "mi", "ti", "ri", "ni", "si", "ku", "mu", "tu", "ru", "nu", "su", "ke", "me", "te", "kan", "lah", "nya", "an", "ber", "ter", "men", "di"];

function words(rand: () => number, size: number): string[] {
  const out = new Set<string>();
  while (out.size < size) {
    let w = "";
    for (let i = 0, n = 1 + Math.floor(rand() * 4); i < n; i++) w += SYL[Math.floor(rand() * SYL.length)];
    out.add(w);
  }
  return [...out];
}

export const tmxWorkload: Workload = {
  name: "tmx",
  description: "1,000,000 units to TMX and back (streaming export and import vs whole document in memory)",
  async run(ctx): Promise<WorkloadResult> {
    const total = Math.round(1_000_000 * ctx.scale);
    const dbFile = path.join(ctx.tmp, "bench.db");
    const importDb = path.join(ctx.tmp, "import.db");
    // The databases are built in a separate process, so that this process's memory is only what
    // exporting and importing take.
    const load = await time(() => new Promise<void>((resolve, reject) => {
      fork(__filename, ["--load", dbFile, importDb, String(total)], { stdio: "inherit" })
        .on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`load exited with ${code}`))));
    }));
    ctx.log(`loaded ${total} rendered segments in ${load.seconds.toFixed(1)} s`);

    const out = path.join(ctx.tmp, "corpus.tmx");
    const store = openStore(dbFile);
    // RSS sampled while streaming, besides the process peak (maxRSS) taken after both.
    let rssExport = 0;
    let rssImport = 0;
    const rss = () => process.memoryUsage.rss() / 1048576;
    const cpuExp = process.cpuUsage();
    const exp = await time(() => exportParallel(store, { format: "tmx", out, onProgress: (n) => { if (n % 10_000 === 0) rssExport = Math.max(rssExport, rss()); } }));
    const expCpu = cpuSeconds(cpuExp);
    ctx.log(`export: ${exp.value.units} units, ${(fs.statSync(out).size / 1e6).toFixed(0)} MB in ${exp.seconds.toFixed(1)} s (${Math.round(exp.value.units / exp.seconds)} units/s, ${Math.round(exp.value.units / expCpu)} per CPU second), RSS ≤ ${rssExport.toFixed(0)} MiB while exporting`);
    store.close(); // one open database while importing, as in `selaras import`
    const importDb3 = `${importDb}.3`;
    fs.copyFileSync(importDb, importDb3);
    const target = openStore(importDb);
    const cpuImp = process.cpuUsage();
    const imp = await time(() => importParallel(target, out, {
      now: "2026-01-02T00:00:00.000Z", onProgress: (n) => { if (n % 10_000 === 0) rssImport = Math.max(rssImport, rss()); },
    }));
    const impCpu = cpuSeconds(cpuImp);
    target.close();
    fs.rmSync(importDb, { force: true });
    // As `selaras import` runs it: every unit stored as translated is a confirmation, checked (app/lifecycle.ts).
    const target3 = openStore(importDb3);
    const cpuImp3 = process.cpuUsage();
    const imp3 = await time(() => importParallel(target3, out, { now: "2026-01-02T00:00:00.000Z", gate: createGate(target3) }));
    const imp3Cpu = cpuSeconds(cpuImp3);
    target3.close();
    fs.rmSync(importDb3, { force: true });
    ctx.log(`import with the confirmation checks: ${imp3.value.created} created, ${imp3.value.refused?.length ?? 0} refused (listed) in ${imp3.seconds.toFixed(1)} s (${Math.round(imp3.value.units / imp3.seconds)} units/s, ${Math.round(imp3.value.units / imp3Cpu)} per CPU second)`);
    const cpuRead = process.cpuUsage();
    const read = await time(() => readTmx(out, true));
    const readCpu = cpuSeconds(cpuRead);
    const cpuRead1 = process.cpuUsage();
    const read1 = await time(() => readTmx(out, false));
    const read1Cpu = cpuSeconds(cpuRead1);
    ctx.log(`import: ${imp.value.created} created, ${imp.value.unmatched} unmatched, ${imp.value.conflictCount} conflicts in ${imp.seconds.toFixed(1)} s (${Math.round(imp.value.units / imp.seconds)} units/s, ${Math.round(imp.value.units / impCpu)} per CPU second), RSS ≤ ${rssImport.toFixed(0)} MiB while importing`);
    const streamingPeak = peakRssMiB();

    const baselineOut = path.join(ctx.tmp, "baseline.tmx");
    const store2 = openStore(dbFile);
    const cpuBase = process.cpuUsage();
    const base = await time(() => {
      const store = store2;
      const slugs = new Map(store.documents.all().map((d) => [d.id, d.slug]));
      const units: ParallelUnit[] = store.renderings.all().map((r) => {
        const s = store.documents.segmentById(r.segmentIds[0]!)!;
        const slug = slugs.get(s.documentId)!;
        return { id: String(r.id), document: slug, segments: [`${slug}:${s.ordinal}`], source: s.text, target: r.text, status: r.status, author: r.author, changed: isoSecond(r.updatedAt) };
      });
      // The whole document in memory (as chunks: at 1,000,000 units it is longer than the longest
      // string V8 allows), then one write.
      const chunks: string[] = [];
      const writer = formats.tmx!.createWriter((_part, t) => { chunks.push(t); }, { tool: TOOL_NAME, toolVersion: VERSION });
      for (const u of units) writer.write(u);
      writer.end();
      fs.writeFileSync(baselineOut, Buffer.concat(chunks.map((c) => Buffer.from(c))));
      return units.length;
    });
    const baseCpu = cpuSeconds(cpuBase);
    store2.close();
    const basePeak = peakRssMiB();

    const expRate = exp.value.units / exp.seconds;
    const impRate = imp.value.units / imp.seconds;
    const imp3Rate = imp3.value.units / imp3.seconds;
    const ok = (b: boolean) => (b ? "met" : "NOT met");
    return {
      measurements: [
        { label: "export --format tmx (streamed from SQLite)", items: exp.value.units, unit: "units", seconds: exp.seconds, extra: { perCpuSecond: Math.round(exp.value.units / expCpu), rssWhileStreamingMiB: rssExport, peakRssSoFarMiB: streamingPeak } },
        { label: "import (TMX fast path + saxes, one transaction, match + write)", items: imp.value.units, unit: "units", seconds: imp.seconds, extra: { created: imp.value.created, perCpuSecond: Math.round(imp.value.units / impCpu), rssWhileStreamingMiB: rssImport, peakRssSoFarMiB: streamingPeak } },
        { label: "import as the CLI runs it (confirmations checked, app/lifecycle.ts)", items: imp3.value.units, unit: "units", seconds: imp3.seconds, extra: { created: imp3.value.created, refusedListed: imp3.value.refused?.length ?? 0, perCpuSecond: Math.round(imp3.value.units / imp3Cpu) } },
        { label: "read the TMX (fast path + saxes, no database)", items: read.value, unit: "units", seconds: read.seconds, extra: { perCpuSecond: Math.round(read.value / readCpu) } },
        { label: "read the TMX with saxes alone (no fast path, no database)", items: read1.value, unit: "units", seconds: read1.seconds, extra: { perCpuSecond: Math.round(read1.value / read1Cpu) } },
        { label: "baseline: whole document in memory (all units and all TMX text held, one write)", items: base.value, unit: "units", seconds: base.seconds, extra: { perCpuSecond: Math.round(base.value / baseCpu), peakRssMiB: basePeak } },
      ],
      notes: [
        `Targets: export ≥ 100,000 units/s (${Math.round(expRate).toLocaleString("en-US")}: ${ok(expRate >= 100_000)}), ` +
          `import ≥ 50,000 units/s (${Math.round(impRate).toLocaleString("en-US")}: ${ok(impRate >= 50_000)}; ` +
          `as the CLI runs it, confirmations checked: ${Math.round(imp3Rate).toLocaleString("en-US")}: ${ok(imp3Rate >= 50_000)}), ` +
          `peak RSS while streaming ≤ 200 MB (${streamingPeak.toFixed(0)} MiB: ${ok(streamingPeak * 1.048576 <= 200)}; ` +
          `sampled during export ${rssExport.toFixed(0)} MiB, during import ${rssImport.toFixed(0)} MiB).`,
        `Per CPU second of this process (robust to other load on the machine): export ${Math.round(exp.value.units / expCpu).toLocaleString("en-US")}, ` +
          `import ${Math.round(imp.value.units / impCpu).toLocaleString("en-US")} (${Math.round(imp3.value.units / imp3Cpu).toLocaleString("en-US")} with the confirmation checks), ` +
          `reading ${Math.round(read.value / readCpu).toLocaleString("en-US")} (${Math.round(read1.value / read1Cpu).toLocaleString("en-US")} with saxes alone), baseline ${Math.round(base.value / baseCpu).toLocaleString("en-US")} units.`,
        `The baseline's peak RSS (${basePeak.toFixed(0)} MiB) is what building the document in memory costs.`,
      ],
    };
  },
};

/**
 * Reads a TMX file in 1 MiB chunks as import does (strict UTF-8) and counts its units: with the TMX
 * reader (`fast`), or with saxes alone (the same reader without its fast path).
 */
function readTmx(file: string, fast: boolean): number {
  let n = 0;
  const onUnit = () => { n++; };
  const options = { files: { main: file } };
  const parser = fast ? undefined : createTmxParser(onUnit, options);
  const reader = parser ? { write: (_p: string, c: string) => parser.xml.write(c), end: () => { parser.xml.end(); parser.checkComplete(); } } : createTmxReader(onUnit, options);
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.allocUnsafe(1 << 20);
    const decoder = new TextDecoder("utf-8", { fatal: true });
    for (let k = fs.readSync(fd, buf, 0, buf.length, null); k > 0; k = fs.readSync(fd, buf, 0, buf.length, null)) {
      reader.write("main", decoder.decode(buf.subarray(0, k), { stream: true }));
    }
    reader.write("main", decoder.decode());
    reader.end();
  } finally {
    fs.closeSync(fd);
  }
  return n;
}

/** CPU seconds (user + system) of this process since `since`. */
const cpuSeconds = (since: NodeJS.CpuUsage) => { const c = process.cpuUsage(since); return (c.user + c.system) / 1e6; };

/** Builds the two databases (run in its own process by the workload). */
function loadDatabases(dbFile: string, importDb: string, total: number): void {
  const docs = Math.max(1, Math.round(total / 10_000));
  const perDoc = Math.ceil(total / docs);
  const rand = rng(7);
  const vocabId = words(rand, 20_000);
  const vocabEn = words(rand, 20_000);
  const sentence = (vocab: string[], i: number) => {
    const n = 8 + Math.floor(rand() * 17);
    const w: string[] = [];
    for (let k = 0; k < n; k++) w.push(vocab[Math.floor(rand() * vocab.length)]!);
    if (i % 7 === 0) w.splice(3, 0, "&");
    if (i % 11 === 0) w.splice(2, 0, "<b>");
    if (i % 13 === 0) w[1] = `“${w[1]}”`;
    return `${w.join(" ")} ${i}.`;
  };
  const store = openStore(dbFile);
  const now = "2026-01-01T00:00:00.000Z";
  const segIds: number[] = [];
  let made = 0;
  for (let d = 0; d < docs && made < total; d++) {
    store.transaction(() => {
      const docId = store.documents.insert({ slug: `doc-${String(d).padStart(4, "0")}`, title: `Doc ${d}`, sourcePath: null, contentHash: String(d), meta: {} }, now);
      for (let o = 1; o <= perDoc && made < total; o++, made++) {
        const text = sentence(vocabId, made);
        segIds.push(store.documents.insertSegment(docId, { ordinal: o, paragraph: o, text, start: 0, end: text.length, kind: "body", suspect: null, normHash: normHash(text) }, now));
      }
    });
  }
  store.close();
  fs.copyFileSync(dbFile, importDb);
  const s2 = openStore(dbFile);
  const seg = s2.db.prepare("SELECT text FROM segment WHERE id = ?").pluck();
  for (let start = 0; start < segIds.length; start += 50_000) {
    s2.transaction(() => {
      for (let i = start; i < Math.min(segIds.length, start + 50_000); i++) {
        const id = segIds[i]!;
        s2.renderings.create({ segmentIds: [id], text: sentence(vocabEn, i), sourceText: seg.get(id) as string, status: "translated", origin: "manual", author: "bench", now });
      }
    });
  }
  s2.close();
}

if (require.main === module && process.argv[2] === "--load") {
  loadDatabases(process.argv[3]!, process.argv[4]!, Number(process.argv[5]));
}

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
import { ArticleGenerator, loadSeeds, writeCorpus, type SeedPool } from "./lib/generate";
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

const escapeHtml = (t: string) => t.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/**
 * One generated article as a news page saved from the browser (a Kompas-like page: head with
 * canonical, og: and JSON-LD, scripts, cookie banner, nav, share buttons, a photo and caption, ads
 * inside the body, a "Baca juga" link, tags, related and popular lists, comments, footer) and as the
 * corpus text the page should convert into.
 */
export function webPage(article: string, n: number): { html: string; text: string } {
  const lines = article.split("\n");
  const meta: Record<string, string> = { source: `https://example.org/berita/${n}`, date: `2024-06-${String(1 + (n % 28)).padStart(2, "0")}T10:15:00+07:00`, outlet: "Contoh News" };
  let i = 0;
  if (lines[0] === "---") {
    for (i = 1; i < lines.length && lines[i] !== "---"; i++) {
      const m = /^(\w+): (.*)$/.exec(lines[i]!);
      if (m) meta[m[1]!] = m[2]!;
    }
    i++;
  }
  // (what a page shows: a no-break or zero-width space in the text is a space, as the converter reads it)
  const [headline, ...paragraphs] = lines.slice(i).map((l) => l.replace(/\u00ad/g, "").replace(/[\s\u00a0\u200b\u2060\ufeff]+/g, " ").trim()).filter((l) => l !== "");
  const text = `---\nsource: ${meta.source}\ndate: ${meta.date}\noutlet: ${meta.outlet}\n---\n${[headline, ...paragraphs].join("\n\n")}\n`;
  const body = paragraphs.map((p, k) => `<p>${escapeHtml(p)}</p>${k === 1 ? `\n<p><strong>Baca juga: <a href="/r/${n}">Berita lain yang terkait dengan artikel ini</a></strong></p>` : ""}${k === 2 ? `\n<div class="ads ads-inarticle"><div id="gpt-${n}">ADVERTISEMENT</div><span>SCROLL TO CONTINUE WITH CONTENT</span></div>` : ""}`).join("\n");
  const related = Array.from({ length: 8 }, (_, k) => `<li><a href="/b/${n + k}">Judul berita terkait nomor ${k + 1} tentang peristiwa hari ini</a></li>`).join("");
  const html = `<!DOCTYPE html>
<html lang="id"><head><meta charset="utf-8"><title>${escapeHtml(headline!)} - Contoh News</title>
<link rel="canonical" href="${meta.source}"><meta property="og:url" content="${meta.source}?page=all"><meta property="og:site_name" content="${meta.outlet}">
<meta property="og:title" content="${escapeHtml(headline!)}"><meta property="article:published_time" content="${meta.date}">
<link rel="stylesheet" href="/css/main.css"><style>${".x{margin:0}".repeat(200)}</style>
<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","headline":${JSON.stringify(headline)},"datePublished":"${meta.date}","publisher":{"@type":"Organization","name":"${meta.outlet}"}}</script>
<script>${"window.dataLayer=window.dataLayer||[];dataLayer.push({a:1});".repeat(60)}</script>
</head><body>
<div class="cookie-consent"><p>Kami menggunakan cookie untuk meningkatkan pengalaman Anda.</p><button>Setuju</button></div>
<header class="header"><nav class="nav"><ul>${["Home", "News", "Money", "Tekno", "Bola", "Otomotif", "Lifestyle"].map((w) => `<li><a href="/${w}">${w}</a></li>`).join("")}</ul></nav></header>
<div class="ads ads-top">Advertisement</div>
<div class="container"><div class="col-main">
<h1 class="read__title">${escapeHtml(headline!)}</h1>
<div class="read__time">Contoh News - 19/06/2024, 10:15 WIB</div>
<div class="social--share"><a href="#">Bagikan</a><a href="#">WhatsApp</a></div>
<div class="photo"><img src="/f/${n}.jpg" alt=""><div class="photo__caption">Keterangan foto artikel ini. CONTOH/FOTOGRAFER</div></div>
<div class="read__content">
${body}
</div>
<div class="read__tagging"><a href="/tag/a">berita</a> <a href="/tag/b">nasional</a></div>
<div class="related"><h3>Berita Terkait</h3><ul>${related}</ul></div>
<div id="comments" class="comment"><h3>Komentar</h3><p>Belum ada komentar.</p></div>
</div><aside class="col-side"><h3>Terpopuler</h3><ol>${related}</ol></aside></div>
<footer class="footer"><p>Copyright 2024 Contoh News. All Rights Reserved.</p></footer>
<script>${"document.querySelectorAll('.x').forEach(function(a){a.onclick=function(){}});".repeat(40)}</script>
</body></html>
`;
  return { html, text };
}

/** Writes `count` generated articles twice: as saved pages (html/) and as the text they should convert into (text/). */
function writeWebCorpus(dir: string, count: number, seeds: SeedPool): { html: string; text: string; htmlBytes: number; textBytes: number } {
  const gen = new ArticleGenerator(seeds, 7);
  const html = path.join(dir, "html");
  const text = path.join(dir, "text");
  fs.mkdirSync(html, { recursive: true });
  fs.mkdirSync(text, { recursive: true });
  let htmlBytes = 0, textBytes = 0;
  for (let n = 0; n < count; n++) {
    const page = webPage(gen.article(), n);
    const name = `berita-${String(n).padStart(5, "0")}`;
    fs.writeFileSync(path.join(html, `${name}.html`), page.html);
    fs.writeFileSync(path.join(text, `${name}.txt`), page.text);
    htmlBytes += Buffer.byteLength(page.html);
    textBytes += Buffer.byteLength(page.text);
  }
  return { html, text, htmlBytes, textBytes };
}

const PAGES = 1000;

/**
 * `selaras ingest` of 1,000 pages saved from the browser (converted into corpus/ text, then ingested)
 * against the same 1,000 articles given as text; the converted files are compared with the text ones.
 */
export const ingestHtmlWorkload: Workload = {
  name: "ingest-html",
  description: "1,000 saved web pages → corpus text → segments (ingestFiles with corpus) vs the same articles as .txt",
  async run(ctx) {
    const count = Math.max(10, Math.round(PAGES * ctx.scale));
    const web = writeWebCorpus(path.join(ctx.tmp, "web"), count, loadSeeds());
    ctx.log(`pages: ${count}, ${(web.htmlBytes / 1048576).toFixed(1)} MB of HTML, ${(web.textBytes / 1048576).toFixed(1)} MB as text`);
    const now = "2024-01-01T00:00:00.000Z";
    const one = async (label: string, input: string, db: string, corpus?: string): Promise<Measurement> => {
      const store = openStore(db);
      try {
        const cpu0 = process.cpuUsage();
        const { value, seconds } = await time(() => ingestFiles(store, [input], { now, ...(corpus ? { corpus } : {}) }));
        const segments = value.reduce((a, r) => a + r.segments, 0);
        return { label, items: value.length, unit: "pages", seconds, extra: { sentences: segments, perCpuSecond: Math.round(value.length / cpuSeconds(cpu0)), rssMiB: Math.round(rssMiB()) } };
      } finally {
        store.close();
      }
    };
    // (warm-up, not measured: the first 100 files through both paths)
    const warmDir = path.join(ctx.tmp, "warm");
    fs.mkdirSync(warmDir);
    for (const f of collectFiles([web.html], [".html"]).slice(0, 100)) fs.copyFileSync(f, path.join(warmDir, path.basename(f)));
    await one("warm-up", warmDir, path.join(ctx.tmp, "w.db"), path.join(ctx.tmp, "warm-corpus"));
    const text = await one("as text (.txt)", web.text, path.join(ctx.tmp, "t.db"));
    const corpus = path.join(ctx.tmp, "corpus");
    const html = await one("as saved pages (.html → corpus/*.txt)", web.html, path.join(ctx.tmp, "h.db"), corpus);
    let same = 0;
    for (const f of collectFiles([web.text], [".txt"])) if (fs.readFileSync(path.join(corpus, path.basename(f)), "utf8") === fs.readFileSync(f, "utf8")) same++;
    return {
      measurements: [text, html],
      notes: [
        `Pages as fast as ${(html.items / html.seconds).toFixed(0)}/s against ${(text.items / text.seconds).toFixed(0)}/s as text (${(html.seconds / text.seconds).toFixed(2)}× the time); ${html.extra!.sentences} vs ${text.extra!.sentences} segments.`,
        `Converted text identical to the article's text: ${same} of ${count} pages.`,
      ],
    };
  },
};

/**
 * `npm run bench -- align-review` — the workbench's alignment review on one long document, through
 * the server's own routes (Fastify inject, as the page calls them): the proposal
 * (POST /api/documents/<slug>/align/preview) and storing the reviewed beads
 * (POST /api/documents/<slug>/align), against `selaras align --doc`'s function (alignDocument, the
 * file read, aligned and stored in one call) as the in-run baseline (last row).
 * The document: the first 2,000 Indonesian lines of the shared panl-bppt data as one article, its
 * English lines as the text (../shared/data/align, read by path).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alignSentences } from "../src/align";
import { alignDocument } from "../src/app/align";
import { ingestFiles } from "../src/app/ingest";
import { buildServer, CSRF_HEADER } from "../src/server/app";
import { openStore } from "../src/store";
import { sharedPath } from "./lib/shared";
import { time, type Workload, type WorkloadResult } from "./lib/harness";

const SLUG = "long-article";
const TOKEN = "b".repeat(48);

const workload: Workload = {
  name: "align-review",
  description: "alignment review routes (proposal, store reviewed beads) on a 2,000-sentence document, against alignDocument (align --doc)",
  async run(ctx): Promise<WorkloadResult> {
    const n = Math.max(50, Math.round(2000 * ctx.scale));
    const data = sharedPath("data", "align", "data", "panl-bppt");
    const ind = fs.readFileSync(path.join(data, "ind.txt"), "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, n);
    const eng = fs.readFileSync(path.join(data, "eng.txt"), "utf8").split("\n").filter((l) => l.trim() !== "").slice(0, n);
    const article = path.join(ctx.tmp, `${SLUG}.txt`);
    fs.writeFileSync(article, `Berita panjang\n\n${ind.join("\n\n")}\n`);
    const englishFile = path.join(ctx.tmp, `${SLUG}.en.txt`);
    const english = `${eng.join("\n")}\n`;
    fs.writeFileSync(englishFile, english);
    const now = "2026-12-01T00:00:00.000Z";

    const server = openStore(path.join(ctx.tmp, "server.db"));
    const cli = openStore(path.join(ctx.tmp, "cli.db"));
    ingestFiles(server, [article], { now });
    ingestFiles(cli, [article], { now });
    const app = buildServer({ store: server, author: "bench", csrfToken: TOKEN });
    const headers = { [CSRF_HEADER]: TOKEN };
    try {
      // warm-up, untimed: the word list is built on first use, and the first long alignment compiles
      // the banded program (else the first timed row pays it)
      alignSentences(ind, eng);
      const preview = await time(() => app.inject({ method: "POST", url: `/api/documents/${SLUG}/align/preview`, payload: { english }, headers }));
      if (preview.value.statusCode !== 200) throw new Error(`preview: ${preview.value.statusCode} ${preview.value.body.slice(0, 200)}`);
      const proposal = preview.value.json() as { segments: unknown[]; sentences: unknown[]; beads: Array<{ segments: number[]; sentences: number[] }>; low: number };
      // the person's review: every tenth bead merged with the next one
      const beads = proposal.beads.map((b) => ({ segments: b.segments, sentences: b.sentences }));
      for (let i = beads.length - 2; i >= 0; i -= 10) beads.splice(i, 2, { segments: [...beads[i]!.segments, ...beads[i + 1]!.segments], sentences: [...beads[i]!.sentences, ...beads[i + 1]!.sentences] });
      const apply = await time(() => app.inject({ method: "POST", url: `/api/documents/${SLUG}/align`, payload: { english, beads }, headers }));
      if (apply.value.statusCode !== 200) throw new Error(`apply: ${apply.value.statusCode} ${apply.value.body.slice(0, 200)}`);
      const stored = apply.value.json() as { created: number };
      const baseline = await time(() => alignDocument(cli, SLUG, englishFile, { now }));
      const sentences = proposal.segments.length + proposal.sentences.length;
      ctx.log(`${proposal.segments.length} segments, ${proposal.sentences.length} English sentences, ${proposal.beads.length} beads (${proposal.low} low); ${beads.length} reviewed beads, ${stored.created} stored`);
      return {
        measurements: [
          { label: "review: POST …/align/preview (proposal, nothing written)", items: sentences, unit: "sentences", seconds: preview.seconds, extra: { bytes: preview.value.body.length } },
          { label: "review: POST …/align (reviewed beads stored)", items: sentences, unit: "sentences", seconds: apply.seconds, extra: { stored: stored.created } },
          { label: "baseline: alignDocument (align --doc)", items: sentences, unit: "sentences", seconds: baseline.seconds, extra: { stored: baseline.value.created } },
        ],
        notes: ["Each route aligns the text once (the store route aligns again to know which beads the person left as proposed), so both cost about one align --doc."],
      };
    } finally {
      await app.close();
      server.close();
      cli.close();
    }
  },
};

export const alignReviewWorkload = workload;

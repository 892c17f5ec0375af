/**
 * Alignment end to end, as `selaras align` runs without --presplit: raw paragraphs in, the article
 * segmenter on the Indonesian side, the English splitter on the English side, then the aligner. Five
 * consecutive sentence pairs of a document of the alignment data (../shared/data/align, by path) are
 * joined into one paragraph per language; a gold pair counts as recovered when a bead holds exactly
 * its Indonesian and its English text. Pairs whose lines do not end in `.`, `?` or `!` on both sides
 * (headlines, broken lines) are left out: no splitter can find their boundaries in running text.
 * Measured when written: guntara-news 1,628 of 1,660 (0.981; precision 0.968), panl-bppt 1,849 of
 * 1,902 (0.972; 0.971) — before the English splitter learned years, quotes and Indonesian
 * abbreviations, guntara-news was 0.739.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedPath } from "../helpers/cli";
import { alignSentences } from "../../src/align/aligner";
import { indonesianSentences } from "../../src/app/align";
import { englishSentences } from "../../src/segment/english";

const DATA = sharedPath("data", "align", "data");
const END = /[.!?]["”’')]?$/;

function evaluate(set: string): { gold: number; recovered: number; predicted: number } {
  const read = (f: string) => fs.readFileSync(path.join(DATA, set, f), "utf8").trim().split("\n").map((l) => l.trim());
  const ids = read("docids.txt");
  const ind = read("ind.txt");
  const eng = read("eng.txt");
  const docs = new Map<string, number[]>();
  ids.forEach((d, i) => { if (!docs.has(d)) docs.set(d, []); docs.get(d)!.push(i); });
  let gold = 0, recovered = 0, predicted = 0;
  for (const lines of docs.values()) {
    for (let g = 0; g < lines.length; g += 5) {
      const group = lines.slice(g, g + 5).filter((i) => END.test(ind[i]!) && END.test(eng[i]!));
      if (group.length < 2) continue;
      // (a one-line head, so that the segmenter reads the paragraph as body text)
      const src = indonesianSentences("Judul\n\n" + group.map((i) => ind[i]).join(" ") + "\n").slice(1);
      const tgt = englishSentences(group.map((i) => eng[i]).join(" "));
      const pairs = new Set(alignSentences(src, tgt).filter((b) => b.src.length && b.tgt.length)
        .map((b) => b.src.map((k) => src[k]).join(" ") + "\t" + b.tgt.map((k) => tgt[k]).join(" ")));
      predicted += pairs.size;
      for (const i of group) { gold++; if (pairs.has(ind[i] + "\t" + eng[i])) recovered++; }
    }
  }
  return { gold, recovered, predicted };
}

describe("alignment of raw paragraphs (segmenters + aligner) on the alignment data", () => {
  it.each([["guntara-news", 0.975, 0.96], ["panl-bppt", 0.965, 0.965]] as const)("%s", (set, minRecall, minPrecision) => {
    const r = evaluate(set);
    expect(r.gold).toBeGreaterThan(1500);
    expect(r.recovered / r.gold).toBeGreaterThanOrEqual(minRecall);
    expect(r.recovered / r.predicted).toBeGreaterThanOrEqual(minPrecision);
  });
});

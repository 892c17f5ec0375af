/**
 * Sentence boundaries on news nobody tuned the segmenters on: both sides of the alignment data
 * (../shared/data/align, 3,954 sentence pairs of two news corpora; read by path, as the alignment
 * evaluation does). Consecutive sentences of a document are joined five at a time into one paragraph
 * and segmented again: every boundary after a sentence that ends in `.`, `?` or `!` must be found.
 * Extra splits are counted, not forbidden: the data's "sentences" are alignment units, and some hold
 * two or three sentences (`"Ya, … mengusir. Tapi …"`); each extra split listed when this test was
 * written was such a line, a line the data breaks mid-sentence (`seekor ?`), or a stray period in the
 * source (`Hyundai Merchant Marine. Co. Ltd.`), so the counts below may only go down.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedPath } from "../helpers/cli";
import { segmentArticle } from "../../src/segment";
import { splitEnglish } from "../../src/segment/english";

const DATA = sharedPath("data", "align", "data");

/** Sentence end offsets in a paragraph of text (after a one-line head for the Indonesian segmenter). */
type Ends = (text: string, head: number) => Set<number>;
const indonesian: Ends = (text, head) => new Set(segmentArticle(text).filter((s) => s.start >= head).map((s) => s.end));
const english: Ends = (text, head) => new Set(splitEnglish(text).filter((s) => s.start >= head).map((s) => s.end));

function evaluate(set: string, file: string, ends: Ends): { found: number; missed: string[]; extra: number } {
  const ids = fs.readFileSync(path.join(DATA, set, "docids.txt"), "utf8").trim().split("\n");
  const lines = fs.readFileSync(path.join(DATA, set, file), "utf8").trim().split("\n");
  const docs = new Map<string, string[]>();
  ids.forEach((d, i) => { if (!docs.has(d)) docs.set(d, []); docs.get(d)!.push(lines[i]!.trim()); });
  let found = 0;
  let extra = 0;
  const missed: string[] = [];
  for (const sentences of docs.values()) {
    for (let g = 0; g < sentences.length; g += 5) {
      // headlines and broken lines without a final stop cannot be told apart from their neighbours
      const group = sentences.slice(g, g + 5).filter((s) => /[.!?]["”’')]?$/.test(s));
      if (group.length === 0) continue;
      const head = "Judul\n\n";
      const text = head + group.join(" ") + "\n";
      const gold = new Set<number>();
      let at = head.length;
      for (const s of group) { at += s.length; gold.add(at); at += 1; }
      const got = ends(text, head.length);
      for (const e of gold) if (got.has(e)) found++; else missed.push(text.slice(Math.max(head.length, e - 50), e + 30));
      for (const e of got) if (!gold.has(e)) extra++;
    }
  }
  return { found, missed, extra };
}

describe("sentence boundaries in unseen news (alignment data)", () => {
  it.each([["guntara-news", 1668, 42], ["panl-bppt", 1972, 49]] as const)("Indonesian, %s: every boundary found", (set, boundaries, maxExtra) => {
    const r = evaluate(set, "ind.txt", indonesian);
    expect(r.missed).toEqual([]);
    expect(r.found).toBe(boundaries);
    expect(r.extra).toBeLessThanOrEqual(maxExtra);
  });

  // English (the splitter `align` uses on an English text): the few boundaries missed are before a
  // line of the data that starts in small letters or after one cut at `on Jl.` (broken lines).
  it.each([["guntara-news", 1670, 3, 40], ["panl-bppt", 1920, 9, 24]] as const)("English, %s: every boundary but broken lines found", (set, boundaries, maxMissed, maxExtra) => {
    const r = evaluate(set, "eng.txt", english);
    expect(r.found).toBeGreaterThanOrEqual(boundaries);
    expect(r.missed.length).toBeLessThanOrEqual(maxMissed);
    for (const m of r.missed) expect(m).toMatch(/ Jl\.\s|\.\s+\p{Ll}/u);
    expect(r.extra).toBeLessThanOrEqual(maxExtra);
  });
});

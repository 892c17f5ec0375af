/**
 * The fast path (sentences.ts) must give exactly the segments of sentence-splitter run on every
 * line: on the shipped corpus, on the synthetic bench corpus, and on random punctuation soup.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { fastRanges, fullDecide, plainRanges, setDecide } from "../../src/segment/sentences";
import { maskLine } from "../../src/segment/mask";
import { ArticleGenerator, CORPUS_DIR, loadSeeds } from "../../bench/lib/generate";
import { rng } from "../../bench/lib/harness";
import { expectEqual } from "../helpers/equal";

const same = (text: string) => expectEqual(segmentArticle(text, { engine: "fast" }), segmentArticle(text, { engine: "plain" }));

describe("fast path = sentence-splitter on every line", () => {
  it("on the shipped corpus", () => {
    for (const f of fs.readdirSync(CORPUS_DIR).filter((f) => f.endsWith(".txt"))) same(fs.readFileSync(path.join(CORPUS_DIR, f), "utf8"));
  });

  it("on 150 generated articles of the bench corpus", () => {
    const gen = new ArticleGenerator(loadSeeds(), 7);
    let pieces = 0;
    let direct = 0;
    for (let i = 0; i < 150; i++) {
      const text = gen.article();
      same(text);
      for (const line of text.split("\n")) {
        const masked = maskLine(line);
        let calls = 0;
        const r = fastRanges(masked, (...args) => { calls++; return fullDecide(...args); });
        expectEqual(r, plainRanges(masked));
        pieces += calls;
        if (calls === 0) direct++;
      }
    }
    // Both routes are exercised: lines decided without the engine, stops it was asked about.
    expect(direct).toBeGreaterThan(0);
    expect(pieces).toBeGreaterThan(0);
  });

  it("on random punctuation soup", () => {
    const tokens = ["kata", "Rusia", "yang", "dll.", "Dr.", "Sept.", "S.H.", "J.", "A.B.C.", "2019.", "11.000", "10.30", "1.", "(", ")", "[", "]",
      "{", "}", "“", "”", "\"", "‘", "’", "...", "…", "?", "!", ".", ",", "?”", ".”", "!’", "Tbk.", "a.n.", "no.", "Jl.", "（", "）", "漢字",
      "!Kung", "—", "–", "\u00a0", "  ", "\t", "Kim.", "sen.", "U.S.A.", ".5", "?!", "..", "»", "«"];
    const r = rng(42);
    for (let i = 0; i < 3000; i++) {
      const n = 1 + Math.floor(r() * 14);
      let line = "";
      for (let k = 0; k < n; k++) line += tokens[Math.floor(r() * tokens.length)]! + (r() < 0.8 ? " " : "");
      const masked = maskLine(line);
      const plain = plainRanges(masked);
      // The engine asked about each ambiguous stop on a three-word window, and the Set-based
      // replica of its AbbrMarker, both give the ranges of split() on the whole line.
      for (const decide of [fullDecide, setDecide]) {
        const fast = fastRanges(masked, decide);
        if (fast !== null) expectEqual([line, fast], [line, plain]);
      }
      same("Judul\n" + line + "\n");
    }
  });
});

/**
 * Whether an English text is a translation of the Indonesian when one side is much longer than the
 * other: the shorter side's sentences find partners by chance all over a long text, so only its pairs
 * inside one stretch of the longer side count (pairedShare, src/app/align.ts).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alignFiles, pairedShare } from "../../src/app/align";
import { parseRawCase } from "../../bench/align-raw";
import { sharedPath, tempDir } from "../helpers/cli";

const bead = (src: number[], tgt: number[], score: number): { src: number[]; tgt: number[]; score: number } => ({ src, tgt, score });

describe("pairedShare", () => {
  test("ten sentences paired well with sentences scattered over 300 count only those in one stretch of the longer side", () => {
    // ten Indonesian sentences, each paired (score 0.4) with an English sentence 30 apart; the other 290 English alone
    const beads = [];
    for (let i = 0; i < 10; i++) beads.push(bead([i], [i * 30], 0.4));
    for (let j = 0; j < 300; j++) if (j % 30 !== 0) beads.push(bead([], [j], 0));
    // the stretch: 3 × 10 + 10 = 40 English sentences, which hold two of the ten pairs
    expect(pairedShare(beads)).toBeCloseTo(0.2, 10);
  });

  test("the same pairs in one stretch of the longer side (an article inside a longer page) count in full", () => {
    const beads = [];
    for (let j = 0; j < 100; j++) beads.push(bead([], [j], 0));
    for (let i = 0; i < 10; i++) beads.push(bead([i], [100 + i], 0.4));
    for (let j = 110; j < 300; j++) beads.push(bead([], [j], 0));
    expect(pairedShare(beads)).toBe(1);
  });

  test("texts of comparable length keep the plain share (the larger side's)", () => {
    const beads = [bead([0], [0], 0.9), bead([1], [], 0), bead([2], [5], 0.5), bead([], [1], 0), bead([], [2], 0), bead([], [3], 0), bead([], [4], 0)];
    expect(pairedShare(beads)).toBeCloseTo(2 / 3, 10);
  });
});

describe("align: an article against a long unrelated text", () => {
  let dir: string;
  beforeAll(() => { dir = tempDir("selaras-align-share-"); });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const article = parseRawCase("01-rob", fs.readFileSync(path.join(__dirname, "..", "fixtures", "align-probe3", "01-rob.txt"), "utf8"));
  const shared = (file: string, from: number, count: number): string => {
    const lines = fs.readFileSync(sharedPath("data", "align", "data", file), "utf8").split("\n").filter((l) => l.trim() !== "").slice(from, from + count);
    const paras: string[] = [];
    for (let k = 0; k < lines.length; k += 4) paras.push(lines.slice(k, k + 4).join(" "));
    return paras.join("\n\n") + "\n";
  };
  const write = (name: string, text: string): string => {
    const f = path.join(dir, name);
    fs.writeFileSync(f, text);
    return f;
  };

  test("its own English is a translation; 300 or 1,000 lines of other news in English are not, nor is the article's English against 300 lines of other Indonesian", () => {
    const id = write("rob.id.txt", article.idText);
    expect(alignFiles(id, write("rob.en.txt", article.enText))).toMatchObject({ notTranslation: false });
    for (const n of [300, 1000]) {
      const other = alignFiles(id, write(`other-${n}.en.txt`, shared("guntara-news/eng.txt", 500, n)));
      expect(other.target.length).toBeGreaterThan(n * 0.9);
      expect(other).toMatchObject({ notTranslation: true });
    }
    expect(alignFiles(write("other.id.txt", shared("panl-bppt/ind.txt", 500, 300)), write("rob.en.txt", article.enText))).toMatchObject({ notTranslation: true });
  });

  const probe = (set: string, id: string): ReturnType<typeof parseRawCase> => parseRawCase(id, fs.readFileSync(path.join(__dirname, "..", "fixtures", set, `${id}.txt`), "utf8"));

  test("an article's English inside 600 lines of other English news pairs as it does alone but for its headline (before: its first twelve sentences paired with sentences of the other news before it, 35%, refused)", () => {
    const volcano = probe("align-probe3", "05-lewotobi");
    const id = write("lewotobi.id.txt", volcano.idText);
    const alone = alignFiles(id, write("lewotobi.en.txt", volcano.enText));
    const inside = alignFiles(id, write("lewotobi-inside.en.txt", shared("guntara-news/eng.txt", 500, 300) + "\n" + volcano.enText + "\n" + shared("guntara-news/eng.txt", 1000, 300)));
    expect(inside).toMatchObject({ notTranslation: false, paired: 82 });
    // the same pairs, the English counted from its first sentence (its headline) after the lines before it
    const before = inside.target.indexOf(alone.target[0]!);
    expect(before).toBeGreaterThan(250);
    const pairs = (beads: typeof alone.beads, shift: number): string[] => beads.filter((b) => b.src.length > 0 && b.tgt.length > 0).map((b) => `${b.src}-${b.tgt.map((j) => j - shift)}`);
    // (but the headline, which pairs alone at 0.393, is left without counterpart: not clear enough among 600 lines)
    expect(pairs(alone.beads, 0)[0]).toBe("0-0");
    expect(pairs(inside.beads, before)).toEqual(pairs(alone.beads, 0).slice(1));
  });

  test("against 100 lines of other English news, an article's sentences are no longer paired by a common word and their length (before: 56% and 50%, passed as translations)", () => {
    for (const [set, name, from, share] of [["align-probe", "04-tbc", 621, 43], ["align-probe3", "03-kpk", 720, 37]] as const) {
      const other = alignFiles(write(`${name}.id.txt`, probe(set, name).idText), write(`${name}-other.en.txt`, shared("guntara-news/eng.txt", from, 100)));
      expect(other).toMatchObject({ notTranslation: true, paired: share });
    }
  });
});

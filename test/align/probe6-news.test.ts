/**
 * `selaras align id.txt en.txt` end to end on ten more news articles of kinds the other probes lack
 * (test/fixtures/align-probe6, read as bench/align-raw.ts reads test/fixtures/align-raw): an English that
 * reorders whole paragraphs, one that adds a background paragraph, an Indonesian with a photo caption and
 * `Baca juga` lines the English lacks, figures written the other way (`Rp1,5 triliun` / `1.5 trillion rupiah
 * ($95 million)`), a Q&A interview, a live blog with its timestamps, quotes split and merged differently, an
 * English under half the Indonesian's length, and (held out: written with the others, looked at only after the
 * fixes) a quake with a caption, moved paragraphs and background, and a rate decision with figures and a lead that
 * folds in the last sentence. Each key was written before the article was aligned.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";
import { alignFiles } from "../../src/app/align";
import { foldedMarks } from "../helpers/align";
import { sharedPath, tempDir } from "../helpers/cli";

const PROBE_DIR = path.join(__dirname, "..", "fixtures", "align-probe6");

describe("unseen news articles aligned end to end (the sixth probe set)", () => {
  let dir: string;
  const cases = new Map(loadRawCases(PROBE_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  const key = (b: ReturnType<typeof alignRaw>["beads"][number]): string => beadKey(b) + (b.moved ? "*" : "");
  beforeAll(() => {
    dir = tempDir("selaras-align-probe6-");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("whole paragraphs the English reordered pair out of order, the stock's two sentences it merged a 2-1", () => {
    expect(run("01-paragraf").beads.map(key)).toEqual([
      "[0]-[0]", "[1]-[1]", "[2]-[2]", "[3,4]-[10]*", "[5]-[11]*", "[6]-[5]", "[7]-[6]", "[8]-[7]", "[9]-[3]*", "[10]-[4]*", "[11]-[8]", "[12]-[9]",
    ]);
  });

  test("a photo caption above the lead, which the English left out, stays alone (before: glued to the lead, a 3-1); `Baca juga` and the credits are dropped; `No one was killed.` pairs", () => {
    const { beads, source } = run("03-foto");
    expect(beads.map(key)).toEqual(["[0]-[0]", "[1]-[]", "[2]-[1]", "[3]-[2]", "[5]-[3]", "[6]-[4]", "[7]-[5]", "[8,9]-[6]", "[11]-[7]", "[12]-[8]"]);
    expect(source.some((s) => /Baca juga|Pewarta|Editor/.test(s))).toBe(false);
  });

  test("a live blog: an entry's first line alone beside its counts joins them by the figures only it and that English have (15.00 WIB / 3:00 p.m., 60 persen / 60%; before: alone, 0.36 dearer by length)", () => {
    expect(run("06-live").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[3,4]-[3]", "[5]-[4]", "[6,7]-[5]", "[8]-[6]", "[9]-[7]", "[10,11]-[8]", "[12]-[9]"]);
  });

  test("a quote the English splits in two is a 1-2, two it merges a 2-1, an attribution and its quote merged a 2-1", () => {
    expect(run("07-kutip").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3,4]", "[4]-[5]", "[5,6]-[6]", "[7,8]-[7]", "[9]-[8]", "[10,11]-[9]"]);
  });

  test("an English under half the length: its seven sentences pair, the ten it dropped stay alone", () => {
    const { beads } = run("08-ringkas");
    expect(beads.filter((b) => b.t.length > 0).map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[4]-[3]", "[7]-[4]", "[8]-[5]", "[12]-[6]", "[15]-[7]"]);
    expect(beads.filter((b) => b.t.length === 0).flatMap((b) => b.s)).toEqual([3, 5, 6, 9, 10, 11, 13, 14, 16, 17]);
  });

  test("a Q&A interview and figures written the other way pair as the keys say", () => {
    for (const id of ["04-angka", "05-wawancara"]) {
      const c = cases.get(id) as RawCase;
      expect(scoreRaw(c, run(id).beads).beads).toEqual({ pred: c.id === "04-angka" ? 10 : 14, gold: c.id === "04-angka" ? 10 : 14, hit: c.id === "04-angka" ? 10 : 14 });
    }
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // before this probe's fixes: beads 97 of 101 (the eight written first 79 of 82, the held-out two 18 of 19). Still
    // wrong: the rate decision's lead, which folds in the last sentence (a bead is a run). (Probe 7: the background's
    // last English sentence, glued to the next pair by length, 02-latar [6]-[8,9], is left alone: beads 99 -> 100)
    expect(tot).toEqual({ beads: { pred: 101, gold: 101, hit: 100 }, links: { pred: 117, gold: 118, hit: 117 }, unpaired: { pred: 18, gold: 17, hit: 17 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.99, 3);
  });

  test("no sentence of the set is marked folded", () => {
    for (const c of cases.values()) expect(foldedMarks(dir, "align-probe6", c.id)).toEqual([]);
  });
});

describe("a true pair sharing no anchor, inside a longer page (probe 6)", () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir("selaras-align-gap-");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  // 300 lines of other English news, each a paragraph
  const other = (from: number): string => fs.readFileSync(sharedPath("data", "align", "data", "guntara-news", "eng.txt"), "utf8").split("\n").slice(from, from + 300).join("\n\n");
  const inside = (set: string, id: string): ReturnType<typeof alignFiles> => {
    const c = loadRawCases(path.join(__dirname, "..", "fixtures", set)).find((x) => x.id === id) as RawCase;
    fs.writeFileSync(path.join(dir, "a.id.txt"), c.idText);
    fs.writeFileSync(path.join(dir, "a.en.txt"), other(500) + "\n\n" + c.enText + "\n\n" + other(1000));
    return alignFiles(path.join(dir, "a.id.txt"), path.join(dir, "a.en.txt"));
  };
  const englishOf = (r: ReturnType<typeof alignFiles>, sentence: string): string[] | undefined =>
    r.beads.find((b) => b.src.some((i) => r.source[i] === sentence))?.tgt.map((j) => r.target[j]!);

  test("a sentence of each side alone between two pairs that are neighbours on both sides pairs, as it does alone (before: both alone)", () => {
    const feature = inside("align-probe5", "09-feature");
    expect(englishOf(feature, "Jemarinya lincah menyusun benang yang telah diwarnai dengan akar mengkudu.")).toEqual(["Her fingers nimbly arrange threads dyed with noni root."]);
    const capital = inside("align-probe6", "02-latar");
    expect(englishOf(capital, "Sejumlah ASN mengaku masih ragu karena sekolah dan rumah sakit di kawasan itu belum beroperasi penuh.")).toEqual([
      "Some civil servants say they are still hesitant because schools and hospitals in the area are not yet fully operating.",
    ]);
    expect([feature.notTranslation, capital.notTranslation]).toEqual([false, false]);
  });

  test("still wrong: `Tidak ada korban jiwa dalam bencana ini.` is taken by the second pass for a line of the other news (`korban` / `victims`), `No one was killed.` left alone", () => {
    const r = inside("align-probe6", "03-foto");
    expect(englishOf(r, "Tidak ada korban jiwa dalam bencana ini.")).toEqual(["\"The peddlers are victims."]);
    expect(r.beads.find((b) => b.tgt.some((j) => r.target[j] === "No one was killed."))?.src).toEqual([]);
  });
});

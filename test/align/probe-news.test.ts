/**
 * `selaras align id.txt en.txt` end to end on ten more news articles in genres the other fixtures
 * lack (test/fixtures/align-probe, read as bench/align-raw.ts reads test/fixtures/align-raw): budget
 * figures, a MotoGP race, a murder verdict, tuberculosis, forest-fire haze, the kebaya at UNESCO, a
 * stock-market close, a ferry sinking, a drug seizure and a satellite launch (the last two held out:
 * written and run once after the fixes). The English editions merge and split sentences, drop
 * paragraphs, move quotes and paragraphs, add background and an editor's note, convert rupiah to dollars
 * and WITA to local time, and carry wire credits and footers. Each key was written before the article
 * was aligned.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";

const PROBE_DIR = path.join(__dirname, "..", "fixtures", "align-probe");

describe("unseen news articles aligned end to end (the probe set)", () => {
  let dir: string;
  const cases = new Map(loadRawCases(PROBE_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  const key = (b: ReturnType<typeof alignRaw>["beads"][number]): string => beadKey(b) + (b.moved ? "*" : "");
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-probe-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a wire's update line `(Adds details …)` pairs with nothing (it took the last Indonesian sentence, 0.174)", () => {
    const { beads, target } = run("09-narkoba");
    expect(beads.slice(-3).map(key)).toEqual(["[12,13]-[10]", "[14]-[]", "[]-[11]"]);
    expect(target[11]).toBe("(Adds details on suspects, paragraph 5)");
  });

  test("an editor's note at the end pairs with nothing: the merged attendance figures stay a 2-1 (before: 1-1 and the note paired with the year-earlier figure, 0.186)", () => {
    const { beads, target } = run("02-motogp");
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1,2]-[1]", "[3,4]-[2]", "[5,6]-[3]", "[7]-[4]", "[8]-[8]*", "[9]-[9]*", "[10]-[5]", "[11]-[6]", "[12]-[7]",
      "[13]-[10,11]", "[14]-[12]", "[15,16]-[13]", "[]-[14]",
    ]);
    expect(target[target.length - 1]).toBe("This story has been corrected to show that Marquez crashed on the third lap, not the fifth.");
  });

  test("an editor's note no longer evens the sentence counts: the added background line stays alone and the two Indonesian sentences it took one of merge", () => {
    const { beads } = run("04-tbc");
    expect(beads.slice(4, 7).map(key)).toEqual(["[4]-[4]", "[]-[5]", "[5,6]-[6]"]);
    expect(beads.slice(-2).map(key)).toEqual(["[14]-[]", "[]-[14]"]);
  });

  test("a market close: `trading`, `mixed` and the foreign selling reach their Indonesian; the reordered breadth and volume lines are paired out of order", () => {
    const { beads } = run("07-ihsg");
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[]", "[4]-[3]", "[5]-[9]*", "[6]-[8]*", "[7,8]-[4]", "[9]-[5]", "[10,11]-[6]", "[12]-[]", "[13]-[7]",
      "[14,15]-[10]", "[16]-[11]", "[]-[12]",
    ]);
  });

  test("a ferry sinking: the weather warning the English moved up is paired out of order, although the weak pairs it breaks up leave a dropped and an added sentence alone (a clear swap); the AP footer pairs with nothing", () => {
    const { beads, target } = run("08-kapal");
    // before: [4]-[] (the 69 rescued) while [7]-[4,5] took its English as a moved 1-2, the account's first sentence with the
    // warning ([8]-[9]) and its second alone, the warning with an added background line ([15]-[13], 0.253)
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3]", "[4]-[4]", "[5]-[7]", "[6]-[8]", "[7]-[5]*", "[8]-[6]*", "[9]-[]", "[10]-[]", "[11]-[]",
      "[12]-[10]", "[13]-[11]", "[14]-[12]", "[15]-[9]*", "[]-[13]", "[]-[14]", "[]-[15]",
    ]);
    expect(target.slice(-3)).toEqual([
      "Copyright 2026 The Associated Press.",
      "All rights reserved.",
      "This material may not be published, broadcast, rewritten or redistributed without permission.",
    ]);
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // before this probe's fixes: beads 104 of 122 predicted right (116 in the key), links 142 of 151 (156),
    // sentences without counterpart 18 of 24 (27); probe 6: the drug seizure's sentence alone beside its neighbour's
    // pair joins it by a figure only it and that English have (before: [10]-[] [11]-[8]), 112 of 119
    expect(tot).toEqual({ beads: { pred: 119, gold: 116, hit: 112 }, links: { pred: 151, gold: 156, hit: 150 }, unpaired: { pred: 27, gold: 27, hit: 25 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.953, 3);
  });
});

/**
 * `selaras align id.txt en.txt` end to end on six more news articles (test/fixtures/align-probe3, read as
 * bench/align-raw.ts reads test/fixtures/align-raw): a tidal flood, November inflation, a regent detained
 * for bribes, a football match, a volcano's eruption and nickel exports (the last two held out: written
 * with the others and run once, after the fixes). The English editions fold the lead from sentences that
 * are not neighbours, cross two sentences (2:2), compress two sentences into a short one, move
 * paragraphs with their figures and add background. Each key was written before the article was aligned.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";

const PROBE_DIR = path.join(__dirname, "..", "fixtures", "align-probe3");

describe("unseen news articles aligned end to end (the third probe set)", () => {
  let dir: string;
  const cases = new Map(loadRawCases(PROBE_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  const key = (b: ReturnType<typeof alignRaw>["beads"][number]): string => beadKey(b) + (b.moved ? "*" : "");
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-probe3-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a tidal flood: the cause moved up pairs by its 300 metres, the evacuees by their 312, and the mayor's two sentences the English crossed pair crosswise", () => {
    const { beads, source, target } = run("01-rob");
    // before: [3]-[2] (the agency head's evacuees with the English's cause, 0.408), the cause's two sentences
    // and `Some 312 residents …` alone; the mayor's two sentences a 2-1 with the sea wall (0.124), `He urged
    // residents to remain alert.` alone
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1,2]-[1]", "[3]-[3]*", "[4]-[4]", "[5,6]-[2]*", "[7]-[7]", "[8]-[8]", "[]-[9]", "[9,10]-[10]", "[11]-[5]*", "[12]-[6]*",
      "[13]-[12]*", "[14]-[11]*",
    ]);
    expect(source.slice(-2)).toEqual([
      "Wali Kota Pekalongan Afzan Arslan Djunaid meminta warga tetap waspada dan mengikuti arahan petugas.",
      "Ia juga menyatakan pembangunan tanggul permanen akan dimulai tahun depan dengan anggaran Rp1,2 triliun dari pemerintah pusat.",
    ]);
    expect(target.slice(-2)).toEqual([
      "Mayor Afzan Arslan Djunaid said construction of a permanent sea wall would begin next year, funded with Rp 1.2 trillion from the central government.",
      "He urged residents to remain alert.",
    ]);
  });

  test("a football match: the crowd's two sentences, moved down and compressed into one, pair by the 62,000 (before: all three alone)", () => {
    const { beads } = run("04-timnas");
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1,2]-[1]", "[3,4]-[2]", "[5,6]-[3]", "[7,8]-[4]", "[9,10]-[7]*", "[11,12]-[5]", "[13]-[6]", "[]-[8]", "[14]-[9]", "[15]-[10]",
    ]);
  });

  test("inflation: the administered prices pair by their 1.76 percent out of order (before: both alone); a lead folded from the first and third sentences is a 3-1 of the first three (beads are runs of neighbours; probe 7: before, a 2-1 of the first two, the third paired with the red chili's English); the red chili's and the shallots' shares pair with the English that merges them, moved up (probe 7: before, both alone)", () => {
    const { beads } = run("02-inflasi");
    expect(beads.map(key)).toEqual([
      "[0]-[0]", "[1,2,3]-[1]", "[4]-[3]", "[5,6]-[2]*", "[7]-[4]", "[8,9]-[5]", "[10,11]-[8]", "[12]-[6]*", "[13]-[7]*", "[14]-[9]", "[]-[10]",
      "[15]-[11]", "[16]-[12]",
    ]);
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // before this probe's fixes: beads 51 of 60 predicted right (63 in the key), links 77 of 84 (90), sentences
    // without counterpart 9 of 19 (10); the two held-out articles 18 of 20 beads before and after
    // (probe 5: inflation's red chili share is left alone, folded into the English it is in: one wrong link fewer, one
    // sentence more alone that the key pairs with that English)
    // (probe 6: 03-kpk's key pairs the deputy chairman's sentence with the English that names him, `… KPK deputy
    // chairman Fitroh Rohcahyanto told reporters …`, a 2-1 with the next sentence, as the aligner does, not with the
    // lead that took only its Rp 4.5 billion: the English split that sentence over the two, and a bead is a run of
    // neighbours; the old key's [1,3]-[1] no aligner of runs can give. Beads 57 -> 59, links 84 -> 85)
    // (probe 7: inflation's red chili and shallots pair with the English that merges them, the lead's third sentence
    // joins the lead's 2-1, a 3-1, instead of pairing with that English: beads 59 -> 60, links 85 -> 88)
    expect(tot).toEqual({ beads: { pred: 64, gold: 63, hit: 60 }, links: { pred: 90, gold: 90, hit: 88 }, unpaired: { pred: 9, gold: 10, hit: 9 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.945, 3);
  });
});

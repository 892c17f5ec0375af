/**
 * `selaras align id.txt en.txt` end to end on raw news articles (test/fixtures/align-raw, read by
 * bench/align-raw.ts): headline, dateline and web noise on the Indonesian side; credits,
 * `Advertisement`, merged and split sentences, swapped paragraphs, a moved quotation and rupiah turned
 * into dollars on the English side. The key of each article was written before it was aligned.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";

describe("raw news articles aligned end to end", () => {
  let dir: string;
  const cases = new Map(loadRawCases().map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-raw-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("swapped paragraphs, a 2-1 merge, a dropped sentence; the clock time with its zone spelt out is one sentence; the credits and Advertisement alone", () => {
    const { beads, target } = run("01-politik");
    expect(beads.map(beadKey)).toEqual([
      "[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3]", "[5]-[7]", "[6]-[8]", "[7]-[]", "[8]-[4]", "[9]-[5]", "[10,11]-[6]", "[]-[9]",
      "[12,13]-[10]", "[14]-[11]", "[15]-[12]", "[16]-[13]", "[17]-[14]", "[]-[15]",
    ]);
    expect(target.slice(-3)).toEqual([
      "He hoped the budget could be carried out from next month.",
      "The plenary session closed at around 10:15 p.m. Western Indonesia Time.",
      "(Reporting by Budi Santoso; Editing by Rahmad Nasution)",
    ]);
  });

  test("an interview: `Berikut petikannya.` is paired with `Following are excerpts …`, not glued to the sentence before it", () => {
    const { beads } = run("05-wawancara");
    const c = cases.get("05-wawancara")!;
    expect(beads.slice(2, 4).map(beadKey)).toEqual(["[2]-[2]", "[3]-[3]"]);
    expect([c.idLines[3]!.text, c.enLines[3]!.text]).toEqual(["Berikut petikannya.", "Following are excerpts from the interview, edited for length and clarity."]);
    expect(scoreRaw(c, beads).beads).toEqual({ pred: 20, gold: 20, hit: 20 });
  });

  test("`Advertisement` and the editor's credit after the last sentence stay alone (the last sentence took `Advertisement` as a 1-2, 0.704)", () => {
    const { beads, target } = run("07-beras");
    expect(beads.slice(-3).map(beadKey)).toEqual(["[18]-[14]", "[]-[15]", "[]-[16]"]);
    expect(target.slice(-3)).toEqual(["Economists expect inflation to peak in December because of demand ahead of Christmas.", "Advertisement", "(Editing by Tasrief Tarmizi)"]);
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // eight articles (07 and 08 held out: run once, at the end); before the fixes made with this set:
    // 111 of 118 beads right (F1 0.945), links F1 0.973, 9 of 13 sentences left unpaired right (12 in the key)
    // (04-longsor's crossing 2:2 was two 1-1 beads, one scoring 0.027; since `bencana` reaches `disaster` it is a 1-2 and
    // the second Indonesian sentence alone: the same links, one bead and one unpaired sentence fewer right)
    expect(tot).toEqual({ beads: { pred: 118, gold: 117, hit: 114 }, links: { pred: 147, gold: 150, hit: 146 }, unpaired: { pred: 13, gold: 12, hit: 10 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.970, 3);
  });
});

/**
 * `selaras align id.txt en.txt` end to end on seven more news articles of kinds the other probes lack
 * (test/fixtures/align-probe5, read as bench/align-raw.ts reads test/fixtures/align-raw): an English that
 * splits long Indonesian sentences into two or three, one that merges three into one, one that drops the
 * middle third, one that moves the quotes to the end, a bilingual press release with bullet lists on both
 * sides, a numbered timeline, and a lead folded from the first and third sentences (04-kutipan and
 * 06-linimasa held out: written with the others, not looked at for the fixes); then two more, written after
 * the first fixes (a court verdict: its 2-1 beside a quote the English moved up was a 1-1 and a sentence
 * alone, fixed by joinNeighbour; a feature, right at its first run). Each key was written before the article
 * was aligned.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";
import { foldedMarks } from "../helpers/align";

const FIXTURES = path.join(__dirname, "..", "fixtures");
const PROBE_DIR = path.join(FIXTURES, "align-probe5");

describe("unseen news articles aligned end to end (the fifth probe set)", () => {
  let dir: string;
  const cases = new Map(loadRawCases(PROBE_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  const key = (b: ReturnType<typeof alignRaw>["beads"][number]): string => beadKey(b) + (b.moved ? "*" : "");
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-probe5-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("long Indonesian sentences the English split into two or three are 1-3 beads; two merged into one a 2-1", () => {
    expect(run("01-pecah").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1,2,3]", "[2]-[4]", "[3]-[5,6,7]", "[4,5]-[8]", "[6]-[9,10,11]", "[7]-[12]", "[8]-[13]"]);
  });

  test("three Indonesian sentences merged into one English are 3-1 beads", () => {
    expect(run("02-gabung").beads.map(key)).toEqual(["[0]-[0]", "[1,2,3]-[1]", "[4,5,6]-[2]", "[7,8]-[3]", "[9]-[4]", "[10,11,12]-[5]", "[13]-[6]", "[14]-[7]"]);
  });

  test("the middle third the English dropped stays alone, the rest pairs one to one", () => {
    const { beads } = run("03-potong");
    expect(beads.filter((b) => b.t.length === 0).flatMap((b) => b.s)).toEqual([7, 8, 9, 10, 11, 12]);
    expect(beads.filter((b) => b.t.length > 0).every((b) => b.s.length === 1 && b.t.length === 1 && b.s[0]! - b.t[0]! === (b.s[0]! > 12 ? 6 : 0))).toBe(true);
  });

  test("quotes the English moved to the end are paired out of order", () => {
    expect(run("04-kutipan").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[8]*", "[4]-[3]", "[5]-[4]", "[6]-[9]*", "[7]-[5]", "[8]-[6]", "[9]-[10]*", "[10]-[7]"]);
  });

  test("a bilingual press release: each list's introduction and each item pair one to one", () => {
    const c = cases.get("05-rilis") as RawCase;
    const { beads } = run("05-rilis");
    expect(beads.map(key)).toEqual(Array.from({ length: 14 }, (_, k) => `[${k}]-[${k}]`));
    expect([c.idLines[3]!.text, c.enLines[3]!.text]).toEqual(["Layanan ini memberikan sejumlah manfaat, antara lain:", "The service offers several benefits, including:"]);
  });

  test("a 2-1 beside a quote the English moved up: the sentence its weak pair lost to the quote joins its neighbour's pair (before: alone, [5]-[6] 0.288)", () => {
    expect(run("08-sidang").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1,2]", "[2]-[3]", "[3]-[4]", "[4,5]-[6]", "[6]-[5]*", "[7]-[7]", "[8,9]-[8]", "[10]-[9]"]);
  });

  test("a numbered timeline pairs entry by entry", () => {
    expect(run("06-linimasa").beads.map(key)).toEqual(Array.from({ length: 12 }, (_, k) => `[${k}]-[${k}]`));
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // the first seven the same before this probe's fixes (75 of 76 beads), the two held-out articles 23 of 23; the court
    // verdict 8 of 9 before joinNeighbour, the feature 11 of 11. Only the coffee lead, folded from the first and third
    // sentences, is not the key's bead (a bead is a run of neighbours)
    expect(tot).toEqual({ beads: { pred: 96, gold: 96, hit: 95 }, links: { pred: 116, gold: 117, hit: 116 }, unpaired: { pred: 7, gold: 6, hit: 6 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.99, 3);
  });
});

describe("a sentence folded into a lead that is not its neighbour's (probe 5)", () => {
  let dir: string;
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-folded5-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const folded = (set: string, id: string): Array<[string, string]> => foldedMarks(dir, set, id);

  test("the drought, which the English lead says with the first sentence, is marked with the lead's English though the lead costs 0.07 more with it (before: alone, unmarked)", () => {
    expect(folded("align-probe5", "07-kopi")).toEqual([[
      "Kemarau panjang akibat El Nino disebut menjadi penyebab utama.",
      "Indonesia's coffee exports fell 18% to 152,000 tons in the first half of 2027 as a long El Nino drought hit harvests.",
    ]]);
  });

  test("a sentence glued by its length to the pair beside it, said in another English sentence, is left alone (before: [4,5]-[3]); since probe 7 the two the English merged pair with it and the lead's third sentence, which the lead says, joins the lead: no sentence is marked", () => {
    expect(folded("align-probe3", "02-inflasi")).toEqual([]);
  });

  test("no other article of the probes has a sentence marked", () => {
    for (const c of loadRawCases(PROBE_DIR).filter((x) => x.id !== "07-kopi")) expect(folded("align-probe5", c.id)).toEqual([]);
  });
});

/**
 * `selaras align id.txt en.txt` end to end on twelve more news articles of kinds the other probes lack
 * (test/fixtures/align-probe8, read as bench/align-raw.ts reads test/fixtures/align-raw): an English that adds a quote
 * the Indonesian lacks, one that swaps two pairs of adjacent sentences, live text of 3-6 word sentences, a headline and
 * lead the English merges into one lead, a `JAKARTA, KOMPAS.com -` article with `Baca juga:` and `Editor:` lines against
 * a `JAKARTA, April 15 (Reuters) -` edition with its credit line, an English summary keeping half the sentences, an
 * article with no numbers or names, a Q&A interview; 09-korban and 10-sidang (a 3-1 each, one sentence of it sharing no
 * anchor) were written with the first eight; 11-pasar and 12-desa were written and keyed after this round's fixes and
 * only then aligned. Each key was written before its article was aligned.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, prf, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";
import { alignFiles } from "../../src/app/align";
import { foldedMarks } from "../helpers/align";
import { tempDir } from "../helpers/cli";

const PROBE_DIR = path.join(__dirname, "..", "fixtures", "align-probe8");

describe("unseen news articles aligned end to end (the eighth probe set)", () => {
  let dir: string;
  const cases = new Map(loadRawCases(PROBE_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  const key = (b: ReturnType<typeof alignRaw>["beads"][number]): string => beadKey(b) + (b.moved ? "*" : "");
  beforeAll(() => {
    dir = tempDir("selaras-align-probe8-");
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a quote only the English has stays alone, both its sentences; the pairs around it as the key says", () => {
    expect(run("01-kutipan").beads.map(key)).toEqual([
      "[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3]", "[]-[4]", "[]-[5]", "[4]-[6]", "[5]-[7]", "[6]-[8]", "[7]-[9]", "[8]-[10]", "[9]-[11]", "[10]-[12]",
    ]);
  });

  test("two pairs of adjacent sentences the English swapped pair crosswise, one of each pair marked moved", () => {
    expect(run("02-tukar").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[3]-[3]", "[4]-[5]", "[5]-[4]*", "[6]-[6]", "[7]-[7]", "[8]-[8]", "[9]-[10]*", "[10]-[9]", "[11]-[11]"]);
  });

  test("a summary keeping half the sentences: the eight kept pair, the rest stay alone", () => {
    const { beads } = run("06-ringkas");
    expect(beads.filter((b) => b.t.length > 0).map(key)).toEqual(["[0]-[0]", "[1,2]-[1]", "[3]-[2]", "[7]-[3]", "[9]-[4]", "[11]-[5]", "[13]-[6]", "[14]-[7]"]);
    expect(beads.filter((b) => b.t.length === 0).flatMap((b) => b.s)).toEqual([4, 5, 6, 8, 10, 12, 15, 16]);
  });

  test("Kompas dateline and web lines against a Reuters dateline and credits, an article with no numbers or names, an interview: every bead as the key says", () => {
    for (const id of ["05-dateline", "07-polos", "08-wawancara", "12-desa"]) {
      const sc = scoreRaw(cases.get(id) as RawCase, run(id).beads);
      expect([id, sc.beads.hit, sc.beads.pred, sc.unpaired.pred]).toEqual([id, sc.beads.gold, sc.beads.gold, sc.unpaired.gold]);
    }
  });

  test("a 3-1 whose third sentence shares no anchor with the English is joined on length and flagged for review (before: that sentence alone)", () => {
    const { beads } = run("10-sidang");
    expect(beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[2]", "[3,4,5]-[3]", "[6]-[4]", "[7]-[5]", "[8]-[6]", "[9]-[7]", "[10]-[8]", "[11]-[9]", "[12]-[10]"]);
    expect(beads[3]!.score).toBe(0.25);
  });

  test("a 3-1 of `Sebelas orang tewas … Puluhan lainnya luka-luka. Sebagian besar korban …` / `Eleven people were killed and dozens injured, …` (before: a 1-1 and two sentences alone); the paragraph the English moved up pairs out of order", () => {
    expect(run("09-korban").beads.map(key)).toEqual(["[0]-[0]", "[1]-[1]", "[2,3,4]-[2]", "[5]-[3]", "[6]-[4]", "[7]-[5]", "[8]-[7]", "[9,10]-[8]", "[11]-[9]", "[12]-[10]", "[13]-[11]", "[14]-[6]*"]);
  });

  test("a plain sentence the English dropped between two pairs whose English follow each other stays alone when it shares no word with them", () => {
    expect(run("12-desa").beads.filter((b) => b.t.length === 0).flatMap((b) => b.s)).toEqual([6]);
  });

  test("still wrong: a headline the English merged into its lead stays alone (a headline is never joined), the lead 1-1", () => {
    expect(run("04-judul").beads.map(key).slice(0, 2)).toEqual(["[0]-[]", "[1]-[0]"]);
  });

  test("still wrong: two live-text sentences the English merged (`Vietnam menyamakan kedudukan. Skor kini imbang lagi.` / `Vietnam equalise to level the game again.`): the second alone, too short for length to favour the join", () => {
    expect(run("03-live").beads.map(key).slice(11, 14)).toEqual(["[11]-[11]", "[12]-[]", "[13]-[12]"]);
  });

  test("still wrong: a plain sentence the English dropped (`Biaya sewa tetap mahal.`) is glued by the program to the next quote's pair", () => {
    expect(run("11-pasar").beads.map(key)).toContain("[6,7]-[4]");
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // before this round's fixes: beads 134 of 139 predicted right (139 in the key), F1 0.964; links 150 of 151 (155)
    expect(tot).toEqual({ beads: { pred: 139, gold: 139, hit: 136 }, links: { pred: 154, gold: 155, hit: 153 }, unpaired: { pred: 14, gold: 13, hit: 12 } });
    expect(prf(tot.beads).f1).toBeCloseTo(0.978, 3);
  });

  test("no sentence of the set is marked folded", () => {
    for (const c of cases.values()) expect([c.id, foldedMarks(dir, "align-probe8", c.id)]).toEqual([c.id, []]);
  });

  test("a plain sentence sharing no word with the English beside a 2-1 whose English follows on stays alone", () => {
    const src = [
      "Hakim juga mewajibkan Hendra membayar denda Rp500 juta.",
      "Jika tidak dibayar, denda itu diganti kurungan enam bulan.",
      "Suasana ruang sidang tampak lengang sejak pagi.",
      "Vonis itu lebih ringan dari tuntutan jaksa yang meminta hukuman 12 tahun penjara.",
    ];
    const tgt = [
      "The judges also fined him 500 million rupiah, to be replaced by six months in jail if unpaid, and ordered him to pay restitution.",
      "The sentence was lighter than the 12 years sought by prosecutors.",
    ];
    fs.writeFileSync(path.join(dir, "j.id.txt"), src.join(" ") + "\n");
    fs.writeFileSync(path.join(dir, "j.en.txt"), tgt.join(" ") + "\n");
    const r = alignFiles(path.join(dir, "j.id.txt"), path.join(dir, "j.en.txt"));
    expect(r.beads.map((b) => `${b.src}-${b.tgt}`)).toEqual(["0,1-0", "2-", "3-1"]);
  });
});

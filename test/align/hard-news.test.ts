/**
 * `selaras align id.txt en.txt` end to end on the hard cases of test/fixtures/align-hard (read as
 * bench/align-raw.ts reads test/fixtures/align-raw): a live blog of short timed entries, a digest of
 * several stories, a `Baca juga` tail carrying a second full story, crossing 2:2 sentences (content
 * moved across the boundary) and a dropped Indonesian sentence next to an English-only one. The key
 * of each article was written before it was aligned; 05 and 06 were held out until the end.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, loadRawCases, scoreRaw, sumScores, type RawCase } from "../../bench/align-raw";

const HARD_DIR = path.join(__dirname, "..", "fixtures", "align-hard");

describe("hard news articles aligned end to end", () => {
  let dir: string;
  const cases = new Map(loadRawCases(HARD_DIR).map((c) => [c.id, c]));
  const run = (id: string): ReturnType<typeof alignRaw> => alignRaw(cases.get(id) as RawCase, dir);
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), "selaras-align-hard-"));
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  test("a live blog: each timed English entry is one sentence, the dropped entry and the added one stay alone, the session's entries pair", () => {
    const { beads, target } = run("03-live-isbat");
    const c = cases.get("03-live-isbat")!;
    expect(target.slice(3, 5)).toEqual([
      "4:05 p.m. - A seminar on the position of the crescent moon opens at the ministry's H.M. Rasjidi Auditorium in Jakarta.",
      "It is presented by Cecep Nurwendaya of the ministry's astronomical calculation team.",
    ]);
    // (the diagonal paired `18.05 WIB - Matahari terbenam …` with the session's opening and the session with the NU entry)
    expect(beads.slice(9, 14).map(beadKey)).toEqual(["[10]-[10]", "[11]-[]", "[12]-[11]", "[]-[12]", "[13]-[13]"]);
    expect([c.idLines[12]!.text, c.enLines[11]!.text]).toEqual([
      "18.15 WIB - Sidang isbat tertutup dimulai, dipimpin Menteri Agama Nasaruddin Umar.",
      "6:15 p.m. - The closed-door isbat session begins, chaired by Religious Affairs Minister Nasaruddin Umar.",
    ]);
    expect(beads.map(beadKey)).toHaveLength(20);
  });

  test("a digest: the heading of the item the English dropped stays alone with the item, not glued to the sentence before it", () => {
    const { beads } = run("02-kilas-pendidikan");
    const c = cases.get("02-kilas-pendidikan")!;
    // (it was [11,12]-[11], scoring 0.25)
    expect(beads.slice(11, 17).map(beadKey)).toEqual(["[11]-[11]", "[12]-[]", "[13]-[]", "[14]-[]", "[15]-[]", "[16]-[12]"]);
    expect([c.idLines[11]!.text, c.idLines[12]!.text, c.enLines[11]!.text]).toEqual([
      "TKA untuk siswa SMA dijadwalkan pada November 2026.",
      "Guru Honorer Dapat Tunjangan",
      "The TKA for senior high school students is scheduled for November 2026.",
    ]);
  });

  test("the whole set: exact beads, links (partial credit) and sentences without counterpart", () => {
    const tot = sumScores([...cases.values()].map((c) => scoreRaw(c, run(c.id).beads)));
    // six articles (05 and 06 held out: run once, at the end, unchanged by the fixes); before the fixes:
    // 90 of 108 beads right (key 99), links 111 of 119 (key 124), 17 of 19 sentences left unpaired right (28 in the key).
    // Not fixed: crossing 2:2 beads (paired as two 1-1 beads, half their links right) and a dropped
    // Indonesian sentence beside an English-only one (paired with each other, scores 0.23-0.40)
    expect(tot).toEqual({ beads: { pred: 108, gold: 99, hit: 94 }, links: { pred: 118, gold: 124, hit: 113 }, unpaired: { pred: 19, gold: 28, hit: 18 } });
  });
});

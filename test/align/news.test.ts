/**
 * News articles with an English edition as a newsroom writes it (test/fixtures/align-news: paragraphs
 * moved, sentences dropped, background added, sentences merged): exact beads for representative
 * articles, and the scores of the whole set (bench/align-news.ts) as a floor.
 */
import { alignSentences, type Bead } from "../../src/align";
import { evaluateNews, loadNewsCases, type NewsCase } from "../../bench/align-news";

const cases = new Map(loadNewsCases().map((c) => [c.id, c]));
const beadsOf = (id: string): string[] => {
  const c = cases.get(id) as NewsCase;
  return alignSentences(c.src, c.tgt).map((b: Bead) => `[${b.src.join(",")}]-[${b.tgt.join(",")}]${b.moved ? " moved" : ""}`);
};

describe("news articles with a reordered English edition", () => {
  test("two paragraphs swapped by the English: both paired out of order and marked moved; the dropped law clause stays alone", () => {
    // 07-corruption: the English puts "Two Sidoarjo officials …" before the witnesses and the detention
    expect(beadsOf("07-corruption")).toEqual(["[0]-[0]", "[1]-[1]", "[2]-[4] moved", "[3]-[3]", "[4]-[2] moved", "[5]-[5]", "[6]-[]", "[7]-[]"]);
    const c = cases.get("07-corruption")!;
    expect([c.src[2], c.tgt[4]]).toEqual([
      "Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK.",
      "Muhdlor will be held for an initial 20 days at the KPK detention centre.",
    ]);
  });

  test("the closing market reaction put second and the background sentence added: moved pairs, the background alone", () => {
    // 08-palmoil: "Malaysian palm oil futures rose 2 percent …" is the English's second sentence, the Indonesian's last
    expect(beadsOf("08-palmoil")).toEqual(["[0,1,2]-[0]", "[3]-[4] moved", "[4]-[5] moved", "[]-[2]", "[5,6]-[3]", "[7]-[1] moved"]);
    expect(cases.get("08-palmoil")!.tgt[2]).toBe("Indonesia is the world's largest palm oil producer.");
  });

  test("the central bank's paragraph moved up and two sentences merged in the English: a moved 2-1 bead", () => {
    expect(beadsOf("02-rupiah")).toEqual(["[0,1]-[0]", "[2]-[3] moved", "[3,4]-[4] moved", "[5]-[1]", "[6]-[2]", "[7]-[5]", "[]-[6]"]);
  });

  test("the aftermath paragraph moved before the background: a moved 2-1 and a moved 1-1 bead", () => {
    expect(beadsOf("05-volcano")).toEqual(["[0,1]-[0]", "[]-[1]", "[2]-[3]", "[3]-[4]", "[4]-[5]", "[5]-[7] moved", "[6]-[6]", "[7,8]-[2] moved"]);
  });

  test("a moved paragraph whose sentences share a figure with the English and no other sentence does pairs although its words alone are weak (before: both sides alone)", () => {
    expect(beadsOf("04-election")).toEqual(["[0,1]-[0]", "[2]-[2]", "[3,4]-[3]", "[5]-[4]", "[6]-[5]", "[7,8]-[1] moved"]);
    expect(beadsOf("03-dengue")).toEqual(["[0,1]-[0]", "[2]-[1]", "[]-[2]", "[3]-[3]", "[4]-[4]", "[5]-[]", "[6]-[7] moved", "[7]-[5]", "[8]-[6]"]);
  });

  test("the whole set: strict and link F1 (0.554 and 0.767 with the monotone pass alone; 0.796 and 0.917 before the crossed and figure-sharing beads)", () => {
    const r = evaluateNews(loadNewsCases());
    expect(r.pairs).toHaveLength(12);
    expect(r.strict).toBeGreaterThanOrEqual(0.84);
    expect(r.link).toBeGreaterThanOrEqual(0.935);
  });
});

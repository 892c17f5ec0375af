/** Helpers of the checks that have fast paths of their own (src/check/util.ts). */
import { currencyNearNumber, fold, NEAR_CURRENCY, NEAR_NUMBER, NEAR_TIME_UNIT, numberNeighbours, sameFolded } from "../../src/check/util";
import { rng } from "../../bench/lib/harness";

describe("sameFolded (fold(a) === fold(b), compared in place while both are ASCII)", () => {
  it("agrees with lower-casing both, on 50,000 random pairs of texts (ASCII, letters of other scripts, case changes that change a length)", () => {
    const r = rng(31);
    const pieces = ["a", "A", "z", "Z", "m", "0", "9", " ", "-", "'", "@", "[", "`", "{", "é", "É", "ß", "ẞ", "İ", "i", "ı", "I", "\u212a", "k", "K", "Σ", "σ", "ς", "Ǆ", "ǅ", "ǆ", "North", "north", "NORTH"];
    const wrong: unknown[] = [];
    let same = 0;
    for (let k = 0; k < 50_000; k++) {
      let a = "";
      const n = Math.floor(r() * 5);
      for (let q = 0; q < n; q++) a += pieces[Math.floor(r() * pieces.length)]!;
      // b: a with some letters' case changed, a piece replaced, or another random text
      const x = r();
      let b: string;
      if (x < 0.4) b = [...a].map((c) => (r() < 0.5 ? c.toUpperCase() : c.toLowerCase())).join("");
      else if (x < 0.6) b = a.replace(/./u, pieces[Math.floor(r() * pieces.length)]!);
      else { b = ""; for (let q = 0; q < n; q++) b += pieces[Math.floor(r() * pieces.length)]!; }
      const want = fold(a) === fold(b);
      if (sameFolded(a, b) !== want) wrong.push([a, b, want]);
      if (want) same++;
    }
    expect(wrong).toEqual([]);
    expect(same).toBeGreaterThan(10_000);
  });
});

describe("currencyNearNumber (the cheap test before number-mismatch compares currencies)", () => {
  it.each([
    ["Rp 300 triliun", true], ["Rp300 triliun", true], ["Rp. 5 juta", true], ["US$300 trillion", true], ["€5", true],
    ["IDR 5.000", true], ["USD5", true], ["RM 10", true], ["300 billion yen", true], ["5 dolar AS", true],
    ["senilai 300 triliun rupiah", true], ["12 Rupiah", true], ["300 Yen", true],
    ["tahun 2019 naik", false], ["pukul 10.30 WIB", false], ["300 billion", false], ["5 juta rupiahnya", false],
    ["tidak ada angka", false], ["ARp 5", false], ["rupiah naik tanpa angka", false],
  ] as Array<[string, boolean]>)("%s → %s", (text, expected) => {
    expect(currencyNearNumber(text)).toBe(expected);
  });
});

describe("numberNeighbours (one pass over the numbers: a currency, a unit of time)", () => {
  it.each([
    ["Ia divonis 6 tahun penjara.", NEAR_TIME_UNIT], ["selama 2 Pekan", NEAR_TIME_UNIT], ["2x24 jam", NEAR_TIME_UNIT], ["1,5 tahun", NEAR_TIME_UNIT],
    ["Rp 300 triliun dalam 5 tahun", NEAR_CURRENCY | NEAR_TIME_UNIT], ["Rp 300 triliun", NEAR_CURRENCY],
    ["tahun 2019", 0], ["6 tahunan", 0], ["sejak 2019 hingga kini", 0],
  ] as Array<[string, number]>)("%s → %i", (text, flags) => {
    expect(numberNeighbours(text) & ~NEAR_NUMBER).toBe(flags);
  });
  it("says whether the text has a number at all", () => {
    expect(numberNeighbours("tahun 2019")).toBe(NEAR_NUMBER);
    expect(numberNeighbours("tidak ada angka")).toBe(0);
  });
});

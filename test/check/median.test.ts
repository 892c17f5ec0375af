import { median } from "../../src/check/util";

/** The oracle: the values sorted as a typed array sorts them (numerically, -0 before 0, NaN last), the middle value(s). */
function sortedMedian(values: readonly number[]): number {
  const s = Float64Array.from(values).sort();
  const m = s.length >> 1;
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
}

let x = 7;
const rand = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };

describe("median (selected in place, not sorted)", () => {
  it("is the median of the sorted values, to the sign of a zero: random sizes, duplicates, negatives, zeros of both signs", () => {
    const kinds: (() => number)[] = [
      () => Math.log(rand() * 3 + 0.01),
      () => Math.round(rand() * 4) - 2,
      () => (rand() < 0.5 ? -0 : 0),
      () => (rand() < 0.3 ? -0 : rand() < 0.5 ? 0 : rand() - 0.5),
      () => Math.floor(rand() * 3),
    ];
    for (let k = 0; k < 600; k++) {
      const n = 1 + Math.floor(rand() * (k % 3 === 0 ? 3000 : 200));
      const kind = kinds[k % kinds.length]!;
      const v = Array.from({ length: n }, kind);
      expect(Object.is(median(v), sortedMedian(v))).toBe(true);
    }
  });

  it("is the same on sorted, reversed and constant runs (the selection's worst cases), and with NaN among the values", () => {
    const up = Array.from({ length: 10_001 }, (_v, i) => i / 7);
    expect(median(up)).toBe(sortedMedian(up));
    expect(median([...up].reverse())).toBe(sortedMedian(up));
    const organ = [...up.slice(0, 5000), ...up.slice(0, 5000).reverse()];
    expect(median(organ)).toBe(sortedMedian(organ));
    expect(median(new Array(4000).fill(2.5))).toBe(2.5);
    const withNaN = [...up.slice(0, 99), NaN, NaN];
    expect(Object.is(median(withNaN), sortedMedian(withNaN))).toBe(true);
    expect(median([10, 2, 33, 4])).toBe(7);
    expect(median(Float64Array.of(3, 1, 2))).toBe(2);
  });
});

import check from "../../../src/check/rules/length-ratio";
import { testCorpusCheck } from "../helpers";
import { median } from "../../../src/check/util";

// a corpus of 40 ordinary pairs with natural variation in length
const base: [string, string][] = Array.from({ length: 40 }, (_, i) => [
  `Pejabat itu mengatakan bahwa kunjungan nomor ${i} akan dilakukan minggu depan.`,
  `The official said that visit number ${i} would take place next week${i % 3 ? "" : " as planned"}.`,
]);

testCorpusCheck(check, {
  valid: [
    { name: "an ordinary corpus", pairs: base },
    { name: "short sources are skipped", pairs: [...base, ["Ia tiba.", "He finally arrived in the capital after a very long and tiring journey."]] },
    { name: "a small run uses the fixed norm", pairs: [["Pejabat itu mengatakan bahwa kunjungan akan dilakukan.", "The official said the visit would take place soon."]] },
  ],
  invalid: [
    {
      name: "a target with an extra sentence",
      pairs: [...base, ["Pejabat itu mengatakan bahwa kunjungan akan dilakukan.", "The official said the visit would take place. Russia and North Korea signed a pact on mutual defence, the Kremlin said on Wednesday evening, and more talks are due."]],
      errors: [{ index: 40, messageId: "long" }],
    },
    {
      name: "a target missing most of the source",
      pairs: [...base, ["Pejabat itu mengatakan bahwa kunjungan Putin ke Pyongyang akan dilakukan minggu depan setelah pembicaraan panjang.", "Putin will visit."]],
      errors: [{ index: 40, messageId: "short", data: { ratio: "0.15", norm: "0.87" } }],
    },
    {
      name: "a small run against the fixed norm",
      pairs: [["Pejabat itu mengatakan bahwa kunjungan akan dilakukan.", "Yes."]],
      errors: [{ index: 0, messageId: "short" }],
    },
  ],
});

describe("median (sorted as a typed array)", () => {
  it("is the median of the values sorted with a comparator: odd and even counts, duplicates, negatives, zeros", () => {
    const reference = (v: number[]) => { const s = [...v].sort((a, b) => a - b); const m = s.length >> 1; return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2; };
    let x = 3;
    const rand = () => { x = (Math.imul(x, 1103515245) + 12345) >>> 0; return x / 2 ** 32; };
    for (let k = 0; k < 300; k++) {
      const n = 1 + Math.floor(rand() * 40);
      const v = Array.from({ length: n }, () => (rand() < 0.2 ? 0 : rand() < 0.3 ? Math.round(rand() * 4) - 2 : Math.log(rand() * 3 + 0.01)));
      expect(median(v)).toBe(reference(v));
    }
    expect(median([10, 2, 33, 4])).toBe(7);
  });
});

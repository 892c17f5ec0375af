import check from "../../../src/check/rules/inconsistent-rendering";
import { testCorpusCheck } from "../helpers";
import { RELATED_LIMIT } from "../../../src/check/util";

testCorpusCheck(check, {
  valid: [
    { name: "same source, same rendering", pairs: [["Ia tiba.", "He arrived."], ["Ia  tiba.", "He arrived."], ["Ia pergi.", "He left."]] },
    { name: "empty targets are ignored", pairs: [["Ia tiba.", "He arrived."], ["Ia tiba.", ""]] },
  ],
  invalid: [
    {
      name: "same source, two renderings",
      pairs: [["Ia tiba.", "He arrived."], ["Ia pergi.", "He left."], ["Ia tiba.", "She arrived."]],
      errors: [
        { index: 0, messageId: "inconsistent", data: { other: "She arrived." }, related: [2] },
        { index: 2, messageId: "inconsistent", data: { other: "He arrived." }, related: [0] },
      ],
    },
  ],
});

describe("inconsistent-rendering, a source shared by many pairs", () => {
  it("lists at most RELATED_LIMIT related pairs, the first differing ones in corpus order", () => {
    // 30 renderings of one source: pairs 0 and 1 agree, the others all differ
    const targets = ["He arrived.", "He arrived.", ...Array.from({ length: 28 }, (_, i) => `He arrived (${i}).`)];
    const problems = check.checkCorpus(targets.map((target) => ({ source: "Ia tiba.", target })) as never, {});
    expect(RELATED_LIMIT).toBe(20);
    expect(problems).toHaveLength(30);
    expect(problems[0]).toEqual({ index: 0, messageId: "inconsistent", data: { other: "He arrived (0)." }, related: Array.from({ length: 20 }, (_, i) => i + 2) });
    expect(problems[1]!.related).toEqual(problems[0]!.related);
    expect(problems[2]).toEqual({ index: 2, messageId: "inconsistent", data: { other: "He arrived." }, related: [0, 1, ...Array.from({ length: 18 }, (_, i) => i + 3)] });
    expect(problems[29]!.related).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});

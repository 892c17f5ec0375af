import check from "../../../src/check/rules/inconsistent-rendering";
import { testCorpusCheck } from "../helpers";

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

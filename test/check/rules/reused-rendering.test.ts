import check from "../../../src/check/rules/reused-rendering";
import { testCorpusCheck } from "../helpers";

testCorpusCheck(check, {
  valid: [
    { name: "different renderings", pairs: [["Ia tiba.", "He arrived."], ["Ia pergi.", "He left."]] },
    { name: "sources differing only in case and punctuation", pairs: [["Ia tiba.", "He arrived."], ["ia tiba", "He arrived."]] },
  ],
  invalid: [
    {
      name: "one rendering for two sources",
      pairs: [["Ia tiba.", "He arrived."], ["Ia pergi.", "He arrived."]],
      errors: [
        { index: 0, messageId: "reused", data: { other: "Ia pergi." }, related: [1] },
        { index: 1, messageId: "reused", data: { other: "Ia tiba." }, related: [0] },
      ],
    },
  ],
});

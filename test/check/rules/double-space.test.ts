import check from "../../../src/check/rules/double-space";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: "Ia tiba.", target: "He arrived. ", name: "trailing blanks are leading-trailing-space's" },
  ],
  invalid: [
    { source: "Ia tiba.", target: "He  arrived.", errors: [{ messageId: "double", target: { start: 2, end: 4 }, fix: { start: 2, end: 4, text: " " } }] },
    { source: "Ia tiba.", target: "He \u00a0arrived at   noon.", errors: [{ messageId: "double", target: { start: 2, end: 4 } }, { messageId: "double", target: { start: 14, end: 17 } }] },
  ],
});

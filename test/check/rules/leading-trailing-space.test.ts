import check from "../../../src/check/rules/leading-trailing-space";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: " Ia tiba. ", target: " He arrived. ", name: "as in the source" },
    { source: "Ia tiba.", target: "   ", name: "blank is untranslated's" },
  ],
  invalid: [
    { source: "Ia tiba.", target: " He arrived.", errors: [{ messageId: "leading", target: { start: 0, end: 1 }, fix: { start: 0, end: 1, text: "" } }] },
    { source: "Ia tiba.", target: "He arrived.\t ", errors: [{ messageId: "trailing", target: { start: 11, end: 13 } }] },
  ],
});

import check from "../../../src/check/rules/untranslated";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: "", target: "" },
  ],
  invalid: [
    { source: "Ia tiba.", target: "", errors: [{ messageId: "empty" }] },
    { source: "Ia tiba.", target: "  \t", errors: [{ messageId: "empty" }] },
  ],
});

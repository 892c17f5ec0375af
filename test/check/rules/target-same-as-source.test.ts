import check from "../../../src/check/rules/target-same-as-source";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba.", target: "He arrived." },
    { source: "Kim Jong Un", target: "Kim Jong Un", name: "names only" },
    { source: "(Reuters)", target: "(Reuters)" },
    { source: "KCNA", target: "KCNA" },
    { source: "2024", target: "2024" },
  ],
  invalid: [
    { source: "Putin tiba di Pyongyang.", target: "Putin tiba di Pyongyang.", errors: [{ messageId: "same", target: { start: 0, end: 24 } }] },
    { source: "“Kami siap,” katanya.", target: "\"Kami siap,\"  katanya.", errors: [{ messageId: "same" }] },
  ],
});

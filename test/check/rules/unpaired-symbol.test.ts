import check from "../../../src/check/rules/unpaired-symbol";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara (Korut) menembak.", target: "North Korea (DPRK) fired." },
    { source: "“Kami siap,” katanya.", target: "\"We are ready,\" he said." },
    { source: "“Kami akan mengembangkan mekanisme", target: "“We will develop mechanisms", name: "a quotation continued in the next sentence" },
    { source: "Ia berkata.", target: "It's Korea's decision." },
  ],
  invalid: [
    { source: "Korea Utara (Korut) menembak.", target: "North Korea (DPRK fired.", errors: [{ messageId: "bracket", data: { symbol: "(" }, target: { start: 12, end: 13 } }] },
    { source: "Ia berkata.", target: "He said) it.", errors: [{ messageId: "bracket", data: { symbol: ")" }, target: { start: 7, end: 8 } }] },
    { source: "“Kami siap,” katanya.", target: "“We are ready, he said.", errors: [{ messageId: "quote", target: { start: 0, end: 1 } }] },
  ],
});

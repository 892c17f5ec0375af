import check from "../../../src/check/rules/glossary-unexpected-term";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara mengecam.", target: "North Korea condemned it." },
    { source: "Korut mengecam.", target: "The DPRK, North Korea, condemned it." },
    { source: "Ia mengecam.", target: "He condemned it as well as them." },
    { source: "Ia mengecam.", target: "He condemned Korea North.", name: "forbidden renderings are glossary-forbidden-term's" },
    { source: "Mereka tiba di gedung putih.", target: "They arrived at the White House.", name: "a case-sensitive form written in another case" },
    { source: "Negara itu disanksi.", target: "The country faced sanctions.", name: "a form inside an affixed word" },
  ],
  invalid: [
    {
      source: "Pyongyang mengecam.",
      target: "North Korea condemned it.",
      errors: [{ messageId: "unexpected", data: { text: "North Korea", entry: "north-korea" }, target: { start: 0, end: 11 } }],
    },
    {
      source: "Ia tiba di gedung itu.",
      target: "He arrived at the White House.",
      errors: [{ messageId: "unexpected", data: { text: "White House", entry: "white-house" } }],
    },
  ],
});

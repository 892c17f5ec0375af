import check from "../../../src/check/rules/glossary-count-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara dan Korea Selatan.", target: "North Korea and South Korea." },
    { source: "Korea Utara (Korut) menembak.", target: "North Korea fired.", name: "a term with its abbreviation in brackets counts once" },
    { source: "Korea Utara mengecam Korea Utara.", target: "North Korea condemned North Korea's critics." },
    { source: "KCNA dan KCNA.", target: "The agency said.", name: "no rendering at all is another check's" },
    { source: "Sanksi baru.", target: "New sanctions, more sanctions." },
    { source: "Sanksi-sanksinya berat.", target: "The sanctions are severe.", name: "a reduplication with a clitic is one occurrence (it was counted twice)" },
  ],
  invalid: [
    {
      source: "Korea Utara menembak, kata pejabat Korea Utara.",
      target: "North Korea fired, officials said.",
      errors: [{ messageId: "fewer", data: { term: "Korea Utara", sourceCount: 2, targetCount: 1, entry: "north-korea" }, source: { start: 0, end: 46 } }],
    },
    {
      source: "KCNA melaporkan bahwa KCNA dilarang.",
      target: "KCNA reported that the agency was banned.",
      errors: [{ messageId: "fewer", data: { term: "KCNA", sourceCount: 2, targetCount: 1, entry: "kcna" } }],
    },
  ],
});

import check from "../../../src/check/rules/quote-missing";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "\"Kami tidak akan mundur,\" kata ketua partai.", target: "\"We will not back down,\" the party chairman said." },
    { source: "“Kami akan memantau,” kata Kepala BMKG.", target: "“We will keep monitoring,” the BMKG head said." },
    { source: "Ia menyebut pemerintah \"tidak serius\".", target: "He said the government was 'not serious'.", name: "single quotation marks" },
    { source: "Ia menyebut pemerintah \"tidak serius\".", target: "He said the government was ‘not serious’." },
    { source: "Kata ketua partai.", target: "The party's chairman said.", name: "no quotation in the source" },
    { source: "Ia berkata \"tidak", target: "He said no.", name: "an unpaired mark is no quotation" },
  ],
  invalid: [
    { source: "\"Kami tidak akan mundur,\" kata ketua partai.", target: "We will not back down, said the party's chairman.", errors: [{ messageId: "missing", data: { quote: "Kami tidak akan mundur" }, source: { start: 0, end: 25 } }] },
    { source: "Menteri menyebut kebijakan itu “langkah darurat”.", target: "The minister called the policy an emergency measure.", errors: [{ messageId: "missing", data: { quote: "langkah darurat" }, source: { start: 31, end: 48 } }] },
  ],
});

import check from "../../../src/check/rules/glossary-forbidden-term";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara mengecam.", target: "North Korea condemned it." },
    { source: "Rodong Sinmun melaporkan.", target: "Rodong Sinmun reported." },
    { source: "Ia pergi.", target: "He went to South America." },
    { source: "Real Madrid melawan AS Roma.", target: "Real Madrid played AS Roma.", name: "an acronym heading a longer name (a club)" },
  ],
  invalid: [
    {
      source: "Korea Utara mengecam.",
      target: "Korea North condemned it.",
      errors: [{ messageId: "forbidden", data: { text: "Korea North", replacement: "North Korea", entry: "north-korea" }, target: { start: 0, end: 11 }, fix: { start: 0, end: 11, text: "North Korea" } }],
    },
    {
      source: "Rodong Sinmun melaporkan.",
      target: "The Workers' Newspaper reported.",
      errors: [{ messageId: "forbidden", data: { text: "Workers' Newspaper", replacement: "Rodong Sinmun", entry: "rodong-sinmun" }, fix: { start: 4, end: 22, text: "Rodong Sinmun" } }],
    },
    {
      source: "Pejabat AS tiba.",
      target: "An official from America arrived.",
      errors: [{ messageId: "forbidden", data: { text: "America", replacement: "United States", entry: "united-states" } }],
    },
    {
      source: "Dubes AS datang.",
      target: "The Jakarta AS envoy came.",
      name: "an acronym after a capitalised word is still the forbidden acronym",
      errors: [{ messageId: "forbidden", data: { text: "AS", replacement: "United States", entry: "united-states" }, target: { start: 12, end: 14 } }],
    },
    {
      source: "Ia berbicara.",
      target: "He spoke about N. Korea.",
      name: "forbidden even without the source term",
      errors: [{ messageId: "forbidden", data: { text: "N. Korea", replacement: "North Korea", entry: "north-korea" } }],
    },
  ],
});

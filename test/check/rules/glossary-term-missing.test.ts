import check from "../../../src/check/rules/glossary-term-missing";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Korea Utara menembakkan rudal balistik.", target: "North Korea fired a ballistic missile." },
    { source: "Korea Utara menembakkan rudal balistik.", target: "North Korea's ballistic missiles were fired." },
    { source: "Korut mengecam AS.", target: "The DPRK condemned the U.S." },
    { source: "Pejabat AS tiba.", target: "A US official arrived." },
    { source: "Ia berbicara seperti biasa.", target: "He spoke as usual." },
    { source: "Mereka tiba di gedung putih itu.", target: "They arrived at the white building." },
    { source: "Sanksi-sanksi barat.", target: "Western sanctions." },
    { source: "Korea Utara mengecam.", target: "", name: "empty target is untranslated's" },
    { source: "Korea Utara mengecam.", target: "Korea North condemned it.", name: "forbidden rendering is glossary-forbidden-term's" },
    { source: "KCNA melaporkan.", target: "The agency reported.", name: "DNT term is glossary-dnt-changed's" },
    { source: "Negara barat.", target: "Western countries.", name: "a concept without rendering is a note" },
    { source: "Korea Utara dan Korea Selatan berunding.", target: "North and South Korea negotiated.", name: "elliptic coordination" },
    { source: "Korea Selatan atau Korea Utara.", target: "South or North Korea.", name: "elliptic coordination (or)" },
  ],
  invalid: [
    {
      source: "Korea Utara dan Korea Selatan berunding.",
      target: "North America and South Korea negotiated.",
      name: "not an ellipsis: another head word follows",
      errors: [{ messageId: "missing", data: { term: "Korea Utara", expected: "North Korea", entry: "north-korea" } }],
    },
    {
      source: "Korea Utara menembakkan rudal balistik.",
      target: "Pyongyang fired a ballistic missile.",
      errors: [{ messageId: "missing", data: { term: "Korea Utara", expected: "North Korea", entry: "north-korea" }, source: { start: 0, end: 11 } }],
    },
    {
      source: "Presiden AS tiba di Gedung Putih.",
      target: "The American president arrived at the presidential residence.",
      errors: [
        { messageId: "missing", data: { term: "AS", expected: "United States", entry: "united-states" } },
        { messageId: "missing", data: { term: "Gedung Putih", expected: "White House", entry: "white-house" } },
      ],
    },
    {
      source: "Kim bertemu di Kremlin dan membahas kemitraan strategis.",
      target: "Kim met at the Kremlin and discussed kemitraan strategis.",
      errors: [{ messageId: "untranslated", data: { term: "kemitraan strategis", expected: "strategic partnership", entry: "strategic-partnership" }, target: { start: 37, end: 56 } }],
    },
  ],
});

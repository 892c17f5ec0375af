import check from "../../../src/check/rules/role-mismatch";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Rusia menyerang Ukraina dengan drone.", target: "Russia attacked Ukraine with drones.", name: "the doer kept" },
    { source: "Ukraina diserang Rusia pada Minggu malam.", target: "Russia attacked Ukraine on Sunday night.", name: "a passive of the source made active" },
    { source: "Persija dikalahkan Persib 1-2 di kandang.", target: "Persija lost 1-2 to Persib at home.", name: "another verb with a preposition: not read" },
    { source: "Ukraina diserang Rusia pada Minggu malam.", target: "Ukraine was attacked by Russia on Sunday night.", name: "a passive kept" },
    { source: "Jepang mengalahkan Jerman 4-1 di Wolfsburg.", target: "Japan beat Germany 4-1 in Wolfsburg.", name: "a name translated by the word list" },
    { source: "Polisi menangkap Budi di rumahnya.", target: "Police arrested Budi at his home.", name: "a noun as the doer" },
    { source: "Direktur AALI Santosa mengatakan laba naik.", target: "AALI director Santosa said profit rose.", name: "an English word is no verb" },
  ],
  invalid: [
    {
      source: "Rusia menyerang Ukraina dengan rudal.", target: "Ukraine attacked Russia with missiles.", name: "two countries turned round",
      errors: [{ messageId: "swapped", data: { doer: "Rusia", done: "Ukraina", verb: "menyerang", rendered: "Ukraine attacked Russia" }, source: { start: 0, end: 23 }, target: { start: 0, end: 23 } }],
    },
    {
      source: "Korea Selatan mengalahkan Jepang 2-0 di final.", target: "Japan beat South Korea 2-0 in the final.", name: "a name of two words",
      errors: [{ messageId: "swapped", data: { doer: "Korea Selatan", done: "Jepang", verb: "mengalahkan", rendered: "Japan beat South Korea" } }],
    },
    {
      source: "Ginting dikalahkan oleh Axelsen dalam tiga gim.", target: "Ginting defeated Axelsen in three games.", name: "a passive of the source read as active",
      errors: [{ messageId: "swapped", data: { doer: "Axelsen", done: "Ginting", verb: "dikalahkan", rendered: "Ginting defeated Axelsen" } }],
    },
  ],
});

import check from "../../../src/check/rules/target-indonesian";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "Ia tiba di Pyongyang untuk kunjungan.", target: "He arrived in Pyongyang for a visit." },
    { source: "Putin tiba di Pyongyang dan Moskow.", target: "Putin tiba di Pyongyang dan Moskow.", name: "identical is target-same-as-source's" },
    { source: "Rodong Sinmun menulis.", target: "Rodong Sinmun wrote: “Kami akan melawan dan tidak menyerah.”", name: "quoted Indonesian is not counted" },
    { source: "Ia berkata.", target: "Dan said he would go to Di Maria's house." },
  ],
  invalid: [
    { source: "Ia tiba di Pyongyang untuk kunjungan yang penting.", target: "He tiba di Pyongyang untuk kunjungan yang penting.", errors: [{ messageId: "indonesian", data: { idWords: 3, enWords: 1 } }] },
    { source: "Kerja sama itu akan dibahas dengan para pejabat.", target: "Cooperation itu akan dibahas dengan para officials.", errors: [{ messageId: "indonesian" }] },
  ],
});

import check from "../../../src/check/rules/glossary-dnt-changed";
import { testCheck } from "../helpers";

testCheck(check, {
  valid: [
    { source: "KCNA melaporkan.", target: "KCNA reported." },
    { source: "Menurut KCNA-nya.", target: "According to KCNA." },
    { source: "Rodong Sinmun menulis.", target: "Rodong Sinmun wrote." },
    { source: "Rodong Sinmun menulis.", target: "" },
    // translated by a rendering the glossary forbids: glossary-forbidden-term reports it, with the fix
    { source: "Rodong Sinmun menulis.", target: "The Workers' Newspaper wrote." },
  ],
  invalid: [
    { source: "KCNA melaporkan.", target: "The Korean Central News Agency reported.", errors: [{ messageId: "missing", data: { term: "KCNA", entry: "kcna" }, source: { start: 0, end: 4 } }] },
    { source: "KCNA melaporkan.", target: "Kcna reported.", errors: [{ messageId: "changed", data: { term: "KCNA", text: "Kcna", entry: "kcna" }, target: { start: 0, end: 4 } }] },
    { source: "Rodong Sinmun menulis.", target: "The Workers Weekly wrote.", errors: [{ messageId: "missing", data: { term: "Rodong Sinmun", entry: "rodong-sinmun" } }] },
  ],
});

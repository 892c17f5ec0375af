/**
 * reused-rendering — the same rendering is used for different source sentences elsewhere in the
 * corpus (Xbench "Inconsistency in Source", Okapi inconsistency step `sourceDifferences`, Weblate
 * `reused`). Sources differing only in case, punctuation or spacing count as the same source.
 */
import { normalizeFast as normalizeText } from "../util";
import { defineCorpusCheck, type CorpusProblem } from "../types";

const loose = (s: string) => normalizeText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export default defineCorpusCheck({
  meta: {
    id: "reused-rendering",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "corpus",
    description: "The same rendering is used for different sources elsewhere in the corpus.",
    messages: { reused: "The same rendering is used for a different source elsewhere: “{{other}}”." },
  },
  defaultOptions: {},
  checkCorpus(inputs) {
    const groups = new Map<string, number[]>();
    inputs.forEach((p, i) => {
      if (!p.target.trim() || !p.source.trim()) return;
      const key = normalizeText(p.target);
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [i]);
    });
    const problems: CorpusProblem[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const keys = members.map((i) => loose(inputs[i]!.source));
      if (new Set(keys).size < 2) continue;
      members.forEach((index, k) => {
        const others = members.filter((_, j) => keys[j] !== keys[k]);
        problems.push({ index, messageId: "reused", data: { other: inputs[others[0]!]!.source.trim() }, related: others });
      });
    }
    return problems;
  },
});

/**
 * inconsistent-rendering — the same source sentence is rendered differently elsewhere in the corpus
 * (Xbench "Inconsistency in Target", Okapi inconsistency step, Weblate `inconsistent`,
 * `poconflicts`). Sources and targets are compared after whitespace/quote normalisation; targets
 * keep their case. Every pair of a conflicting group is reported, naming another rendering.
 */
import { normalizeFast as normalizeText } from "../util";
import { defineCorpusCheck, type CorpusProblem } from "../types";

export default defineCorpusCheck({
  meta: {
    id: "inconsistent-rendering",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "corpus",
    description: "The same source is rendered differently elsewhere in the corpus.",
    messages: { inconsistent: "The same source is rendered differently elsewhere: “{{other}}”." },
  },
  defaultOptions: {},
  checkCorpus(inputs) {
    const groups = new Map<string, number[]>();
    inputs.forEach((p, i) => {
      if (!p.target.trim() || !p.source.trim()) return;
      const key = normalizeText(p.source);
      const g = groups.get(key);
      if (g) g.push(i);
      else groups.set(key, [i]);
    });
    const problems: CorpusProblem[] = [];
    for (const members of groups.values()) {
      if (members.length < 2) continue;
      const norm = members.map((i) => normalizeText(inputs[i]!.target));
      if (new Set(norm).size < 2) continue;
      members.forEach((index, k) => {
        const others = members.filter((_, j) => norm[j] !== norm[k]);
        problems.push({ index, messageId: "inconsistent", data: { other: inputs[others[0]!]!.target.trim() }, related: others });
      });
    }
    return problems;
  },
});

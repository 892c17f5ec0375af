/**
 * inconsistent-rendering — the same source sentence is rendered differently elsewhere in the corpus
 * (Xbench "Inconsistency in Target", Okapi inconsistency step, Weblate `inconsistent`,
 * `poconflicts`). Sources and targets are compared after whitespace/quote normalisation; targets
 * keep their case. Every pair of a conflicting group is reported, naming another rendering.
 */
import { findConflicts, normalizeFast as normalizeText } from "../util";
import { defineCorpusCheck } from "../types";

export default defineCorpusCheck({
  meta: {
    id: "inconsistent-rendering",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "corpus",
    needs: { reads: "text", corpus: "same-source" },
    description: "The same source is rendered differently elsewhere in the corpus.",
    messages: { inconsistent: "The same source is rendered differently elsewhere: “{{other}}”." },
  },
  defaultOptions: {},
  checkCorpus(inputs) {
    return findConflicts(inputs, (p) => normalizeText(p.source), (p) => normalizeText(p.target), "target", "inconsistent");
  },
});

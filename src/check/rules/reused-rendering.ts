/**
 * reused-rendering — the same rendering is used for different source sentences elsewhere in the
 * corpus (Xbench "Inconsistency in Source", Okapi inconsistency step `sourceDifferences`, Weblate
 * `reused`). Sources differing only in case, punctuation or spacing count as the same source.
 */
import { findConflicts, normalizeFast as normalizeText } from "../util";
import { defineCorpusCheck } from "../types";

const loose = (s: string) => normalizeText(s).toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();

export default defineCorpusCheck({
  meta: {
    id: "reused-rendering",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "corpus",
    needs: { reads: "text", corpus: "same-target" },
    description: "The same rendering is used for different sources elsewhere in the corpus.",
    messages: { reused: "The same rendering is used for a different source elsewhere: “{{other}}”." },
  },
  defaultOptions: {},
  checkCorpus(inputs) {
    return findConflicts(inputs, (p) => normalizeText(p.target), (p) => loose(p.source), "source", "reused");
  },
});

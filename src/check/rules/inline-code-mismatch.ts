/**
 * inline-code-mismatch — the target of a unit imported with inline codes (formatting, links,
 * placeholders of an XLIFF or TMX file) lost a code of the source, has one twice, or closes a paired
 * code before opening it or across another (OmegaT's tag check, Xbench "Tag Mismatch", Trados'
 * tag verification). A paired code lost, doubled or misordered is an error: the exported file would
 * drop the formatting or not be well-formed for the tool it goes back to; a lone code (a placeholder)
 * lost or doubled is a warning, and so is a code the target has and the source has not (formatting a
 * translator added in Trados or memoQ, as their tag verification reports "added tags": it is kept,
 * and may be right). Tags are `{1}` … `{/1}` and `{2/}` (src/formats/tags.ts); a pair with
 * no codes (`tags` absent) is never reported.
 */
import { tagProblems } from "../../formats/tags";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

export default defineCheck({
  meta: {
    id: "inline-code-mismatch",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text", tags: true },
    description: "An inline code of the source (a tag such as {1}…{/1} or {2/}) is missing, doubled or out of order in the target.",
    messages: {
      "missing-paired": "The tags {{open}}…{{close}} of the source are missing from the target (the code they stand for would be lost).",
      "duplicated-paired": "The tags {{open}}…{{close}} are in the target more often than in the source.",
      "order": "{{close}} comes before {{open}} in the target: a paired code must open before it closes.",
      "crossed": "{{close}} closes across another pair of tags in the target: pairs must nest.",
      "missing-alone": "The tag {{tag}} of the source is missing from the target.",
      "duplicated-alone": "The tag {{tag}} is in the target more often than in the source.",
      "extra-paired": "The tags {{open}}…{{close}} are in the target only: the source has no such code.",
      "extra-alone": "The tag {{tag}} is in the target only: the source has no such code.",
    },
  },
  defaultOptions: {},
  check({ tags }) {
    if (!tags || (tags.source.length === 0 && tags.target.length === 0)) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const p of tagProblems(tags.source, tags.target)) {
      // (an extra tag is a real code of the target alone — one imported so, or typed with the number of
      // such a code —, never text that looks like a tag: untag reads a `{n}` no code has as text)
      const messageId = p.kind === "order" || p.kind === "crossed" ? p.kind : `${p.kind}-${p.paired ? "paired" : "alone"}`;
      const warning = !p.paired || p.kind === "extra";
      problems.push({ messageId, data: p.paired ? { open: `{${p.n}}`, close: `{/${p.n}}` } : { tag: `{${p.n}/}` }, ...(warning ? { severity: "warning" as const } : {}) });
    }
    return problems;
  },
});

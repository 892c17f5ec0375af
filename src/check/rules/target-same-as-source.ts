/**
 * target-same-as-source — the target is the source copied unchanged (Xbench "Target same as Source",
 * Translate Toolkit `unchanged`, Weblate `same`). Compared after whitespace/quote normalisation.
 * Not reported when the source has nothing to translate: only names, numbers and acronyms (every
 * word capitalised or without letters: "Kim Jong Un", "KCNA", "(Reuters)"), or a glossary
 * do-not-translate term alone.
 */
import { normalizeText } from "../../text/normalize";
import { defineCheck } from "../types";

export default defineCheck({
  meta: {
    id: "target-same-as-source",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The target is identical to the source.",
    messages: { same: "The target is identical to the source." },
  },
  defaultOptions: {},
  check({ source, target }) {
    const s = normalizeText(source);
    if (!s || s !== normalizeText(target)) return [];
    const words = s.match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.every((w) => /^\p{Lu}/u.test(w))) return [];
    return [{ messageId: "same", target: { start: 0, end: target.length } }];
  },
});

/**
 * untranslated — the target is empty or only whitespace (Translate Toolkit `untranslated`/`blank`,
 * Phrase `emptyTarget`). Other "not really translated" cases are target-same-as-source and
 * target-indonesian.
 */
import { defineCheck, NO_PROBLEMS } from "../types";

export default defineCheck({
  meta: {
    id: "untranslated",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The target is empty.",
    messages: { empty: "The target is empty." },
  },
  defaultOptions: {},
  check({ source, target }) {
    return source.trim() && !target.trim() ? [{ messageId: "empty" }] : NO_PROBLEMS;
  },
});

/**
 * THE list of checks — one sorted literal (ESLint style). The meta-test verifies that every key
 * equals its check's meta.id and its file name, that every check has a test file, Indonesian
 * messages and a row in the check table of docs/guide/review.md.
 */
import { distance } from "fastest-levenshtein";
import directionMismatch from "./rules/direction-mismatch";
import doubleSpace from "./rules/double-space";
import endPunctuation from "./rules/end-punctuation";
import glossaryCountMismatch from "./rules/glossary-count-mismatch";
import glossaryDntChanged from "./rules/glossary-dnt-changed";
import glossaryForbiddenTerm from "./rules/glossary-forbidden-term";
import glossaryTermMissing from "./rules/glossary-term-missing";
import glossaryUnexpectedTerm from "./rules/glossary-unexpected-term";
import inconsistentRendering from "./rules/inconsistent-rendering";
import inlineCodeMismatch from "./rules/inline-code-mismatch";
import invisibleCharacter from "./rules/invisible-character";
import leadingTrailingSpace from "./rules/leading-trailing-space";
import lengthRatio from "./rules/length-ratio";
import nameMismatch from "./rules/name-mismatch";
import negationMismatch from "./rules/negation-mismatch";
import numberMismatch from "./rules/number-mismatch";
import quoteMissing from "./rules/quote-missing";
import repeatedWords from "./rules/repeated-words";
import reusedRendering from "./rules/reused-rendering";
import roleMismatch from "./rules/role-mismatch";
import targetIndonesian from "./rules/target-indonesian";
import targetSameAsSource from "./rules/target-same-as-source";
import unpairedSymbol from "./rules/unpaired-symbol";
import untranslated from "./rules/untranslated";
import type { Check } from "./types";

export const checks = {
  "direction-mismatch": directionMismatch,
  "double-space": doubleSpace,
  "end-punctuation": endPunctuation,
  "glossary-count-mismatch": glossaryCountMismatch,
  "glossary-dnt-changed": glossaryDntChanged,
  "glossary-forbidden-term": glossaryForbiddenTerm,
  "glossary-term-missing": glossaryTermMissing,
  "glossary-unexpected-term": glossaryUnexpectedTerm,
  "inconsistent-rendering": inconsistentRendering,
  "inline-code-mismatch": inlineCodeMismatch,
  "invisible-character": invisibleCharacter,
  "leading-trailing-space": leadingTrailingSpace,
  "length-ratio": lengthRatio,
  "name-mismatch": nameMismatch,
  "negation-mismatch": negationMismatch,
  "number-mismatch": numberMismatch,
  "quote-missing": quoteMissing,
  "repeated-words": repeatedWords,
  "reused-rendering": reusedRendering,
  "role-mismatch": roleMismatch,
  "target-indonesian": targetIndonesian,
  "target-same-as-source": targetSameAsSource,
  "unpaired-symbol": unpairedSymbol,
  "untranslated": untranslated,
} as const satisfies Record<string, Check>;

export type CheckId = keyof typeof checks;
export const CHECK_IDS = Object.keys(checks) as CheckId[];
export const isCheckId = (s: string): s is CheckId => Object.prototype.hasOwnProperty.call(checks, s);
/**
 * The data of the `check-unknown` error: the id given, every check id for the message to list, and
 * the check it was probably meant to be (`number-mismatc`, `number`): the one it begins, else the
 * nearest, at most 3 edits and a third of its length away.
 */
export const unknownCheck = (checkId: string): { checkId: string; checks: string; suggestion?: string } => {
  const given = checkId.trim().toLowerCase();
  let suggestion = given.length >= 4 ? CHECK_IDS.find((id) => id.startsWith(given)) : undefined;
  if (!suggestion && given) {
    let best = Math.min(3, Math.max(1, Math.floor(given.length / 3))) + 1;
    for (const id of CHECK_IDS) { const d = distance(given, id); if (d < best) { best = d; suggestion = id; } }
  }
  return { checkId, checks: CHECK_IDS.join(", "), ...(suggestion ? { suggestion } : {}) };
};

/** English messages of every check as an i18n tree: `check.<id>.<messageId>`. */
export function checkMessageTree(): { check: Record<string, Record<string, string>> } {
  const check: Record<string, Record<string, string>> = {};
  for (const [id, c] of Object.entries(checks)) check[id] = { ...c.meta.messages };
  return { check };
}

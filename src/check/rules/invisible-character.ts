/**
 * invisible-character — a character that shows nothing in the target and is not in the source: a
 * zero-width space, word joiner, byte-order mark or soft hyphen (Weblate's zero-width-space check),
 * or a text-direction control (left-to-right/right-to-left marks, embeddings, overrides,
 * isolates: "Trojan Source", CVE-2021-42574). They come in with text pasted from web pages and
 * word processors. Nobody sees them, but they split the word for search, the glossary and the
 * translation memory (`Korea\u200bUtara` is not `Korea Utara`), and a direction control shows the
 * English in another order than it is stored. The fix removes the character. Zero-width joiners
 * and non-joiners are left alone (emoji sequences and other scripts need them).
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { codePointName } from "../../text/control";

const CHARS = "\u00ad\u061c\u180e\u200b\u200e\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff";
const ANY = new RegExp(`[${CHARS}]`, "u");
const EACH = new RegExp(`[${CHARS}]`, "gu");
const DIRECTION = /[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/u;

export default defineCheck({
  meta: {
    id: "invisible-character",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The target contains an invisible character (zero-width space, soft hyphen, text-direction control…) that the source does not.",
    messages: {
      invisible: "Invisible character {{char}} in the target: nobody sees it, but it splits the word for search, the glossary and the translation memory.",
      direction: "Text-direction control {{char}} in the target: the English can show in another order than it is stored.",
    },
  },
  defaultOptions: {},
  check({ source, target, targetTokens }) {
    // a plain target (printable ASCII, single spaces: Tokens.plain) has none
    if (targetTokens && targetTokens.plain && targetTokens.source === target) return NO_PROBLEMS;
    if (!ANY.test(target)) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const m of target.matchAll(EACH)) {
      if (source.includes(m[0])) continue; // (copied with the source: the source's own mark)
      const start = m.index!;
      problems.push({
        messageId: DIRECTION.test(m[0]) ? "direction" : "invisible",
        data: { char: codePointName(m[0].charCodeAt(0)) },
        target: { start, end: start + 1 },
        fix: { start, end: start + 1, text: "" },
      });
    }
    return problems;
  },
});

/**
 * target-same-as-source — the target is the source copied unchanged (Xbench "Target same as Source",
 * Translate Toolkit `unchanged`, Weblate `same`). Compared after whitespace/quote normalisation.
 * Not reported when the source has nothing to translate: only names, numbers and acronyms (every
 * word capitalised or without letters: "Kim Jong Un", "KCNA", "(Reuters)"), or a glossary
 * do-not-translate term alone. A dateline is copied unchanged by design (`SURABAYA, detik.com –`,
 * `JAKARTA (ANTARA) -`): it is taken off the start before comparing, and web addresses count as names.
 */
import { normalizeText } from "../../text/normalize";
import { defineCheck, NO_PROBLEMS } from "../types";

/** A dateline: a place in capitals, then an outlet (`detik.com`, `KOMPAS.com`, `(ANTARA)`), then a dash. */
const DATELINE = /^\s*\p{Lu}[\p{Lu}\p{M} .'’-]*(?:\s*\/\s*\p{Lu}[\p{Lu} .'’-]*)?(?:,\s*[\p{L}\p{N}.-]+|\s*\([^)]{1,40}\))?(?:,\s*[^,–—-]{1,30})?\s*[–—-]+\s*/u;
const WEB_NAME = /[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|go\.id|or\.id|ac\.id|id|net|org|co|tv|news)\b/giu;
function withoutDateline(text: string): string {
  const m = DATELINE.exec(text);
  return m ? text.slice(m[0].length) : text;
}

/** ASCII letters and digits. */
const ALNUM = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ALNUM[c] = 1;
for (let c = 0x41; c <= 0x5a; c++) { ALNUM[c] = 1; ALNUM[c + 0x20] = 1; }

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
  check({ source, target, sourceTokens, targetTokens }) {
    // texts that begin with different ASCII letters or digits differ after normalisation too (it
    // changes spaces and quotation marks, and NFC keeps a first base letter first): most pairs
    const a = source.charCodeAt(0), b = target.charCodeAt(0);
    if (a !== b && ALNUM[a] === 1 && ALNUM[b] === 1) return NO_PROBLEMS;
    // plain texts (their tokens given: see Tokens.plain) are their own normal form
    const plain = sourceTokens?.source === source && sourceTokens.plain && targetTokens?.source === target && targetTokens.plain;
    if (plain && source !== target) return NO_PROBLEMS;
    const s = plain ? source : normalizeText(source);
    if (!s || s !== (plain ? target : normalizeText(target))) return NO_PROBLEMS;
    const words = withoutDateline(s).replace(WEB_NAME, " ").match(/\p{L}[\p{L}\p{M}'’-]*/gu) ?? [];
    if (words.every((w) => /^\p{Lu}/u.test(w))) return NO_PROBLEMS;
    return [{ messageId: "same", target: { start: 0, end: target.length } }];
  },
});

/**
 * quote-missing — the source quotes someone (a passage between double quotation marks: `"Kami tidak
 * akan mundur," kata Ketua Umum partai itu.`) and the target has no quotation mark at all (`We will not
 * back down, said the party chairman.`): machine translation drops the marks and a quotation becomes
 * the paper's own words. Single marks in the target count as quotation marks (`'not serious'`), an
 * apostrophe (`party's`) does not. (A quotation mark left unpaired is unpaired-symbol's.)
 *
 * A warning: a translator may turn a quotation into reported speech. Most pairs are passed by one
 * search of the source for a double quotation mark.
 */
import { defineCheck, NO_PROBLEMS } from "../types";

const OPENERS = "\"“”„«»";

export default defineCheck({
  meta: {
    id: "quote-missing",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "The source has a quotation in quotation marks and the target has no quotation marks.",
    messages: {
      missing: "The source quotes “{{quote}}” but the target has no quotation marks.",
    },
  },
  defaultOptions: {},
  check({ source, target }) {
    if (source.indexOf("\"") < 0 && source.indexOf("“") < 0 && source.indexOf("«") < 0) return NO_PROBLEMS;
    const quote = /["“„«]([^"“”„«»]+)["”»]/.exec(source);
    if (quote === null || !target.trim()) return NO_PROBLEMS;
    for (let i = 0; i < target.length; i++) {
      const c = target[i]!;
      if (OPENERS.includes(c) || c === "‘") return NO_PROBLEMS;
      // (a single mark opening a word: `'not serious'`; not an apostrophe inside one)
      if ((c === "'" || c === "’") && (i === 0 || /[\s(]/.test(target[i - 1]!)) && /\p{L}/u.test(target[i + 1] ?? "")) return NO_PROBLEMS;
    }
    const text = quote[1]!.trim().replace(/[,.;:!?]+$/, "");
    return [{ messageId: "missing", data: { quote: text.length > 60 ? `${text.slice(0, 57)}…` : text }, source: { start: quote.index, end: quote.index + quote[0].length } }];
  },
});

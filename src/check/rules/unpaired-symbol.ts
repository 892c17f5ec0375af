/**
 * unpaired-symbol — the target leaves a bracket or a double quotation mark open or closes one that
 * was never opened, where the source does not (Xbench "Unpaired Symbol"/"Unpaired Quotes", Okapi
 * brackets pattern). News sentences often open a quotation that the next sentence closes, so the
 * target is compared with the source: only an imbalance the source does not have is reported.
 * Straight and typographic double quotes are one family; single quotes are not checked (apostrophes).
 */
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { PUNCT, type Tokens } from "../../glossary/tokenize";

const PAIRS: readonly (readonly [string, string])[] = [["(", ")"], ["[", "]"], ["{", "}"]];
const OPEN_Q = new Set(["“", "„", "«"]);
const CLOSE_Q = new Set(["”", "»"]);
/** Every character the check counts (PAIRS, '"', OPEN_Q, CLOSE_Q). */
const SYMBOL = /[()[\]{}"“„«”»]/;

/** Has the text one of SYMBOL's characters? Of a plain text (its tokens given: printable ASCII), only its punctuation tokens are read. */
function hasSymbol(text: string, tokens: Tokens | null | undefined): boolean {
  if (!tokens || !tokens.plain || tokens.source !== text) return SYMBOL.test(text);
  const { kind, start } = tokens;
  for (let k = 0; k < tokens.n; k++) {
    if (kind[k] !== TOKEN_PUNCT) continue;
    const c = text.charCodeAt(start[k]!);
    if (c === 0x28 || c === 0x29 || c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x22) return true;
  }
  return false;
}
// (a module copy: an import is read through its module object in the loop above)
const TOKEN_PUNCT = PUNCT;

const NONE = { balance: 0, at: -1 };
function bracketBalance(text: string, open: string, close: string): { balance: number; at: number } {
  if (text.indexOf(open) < 0 && text.indexOf(close) < 0) return NONE;
  const stack: number[] = [];
  let strayClose = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === open) stack.push(i);
    else if (c === close) {
      if (stack.length) stack.pop();
      else if (strayClose < 0) strayClose = i;
    }
  }
  let balance = 0;
  for (const c of text) balance += c === open ? 1 : c === close ? -1 : 0;
  return { balance, at: stack.length ? stack[stack.length - 1]! : strayClose };
}

function quoteParity(text: string): { parity: number; at: number } {
  let n = 0;
  let last = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"' || OPEN_Q.has(c) || CLOSE_Q.has(c)) { n++; last = i; }
  }
  return { parity: n % 2, at: last };
}

export default defineCheck({
  meta: {
    id: "unpaired-symbol",
    category: "functional",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A bracket or double quotation mark is left unpaired in the target but not in the source.",
    messages: {
      bracket: "Unpaired “{{symbol}}” in the target.",
      quote: "Unpaired quotation mark in the target.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTokens, targetTokens }) {
    // neither side has a bracket or a double quotation mark: nothing can be unpaired
    if (!hasSymbol(source, sourceTokens) && !hasSymbol(target, targetTokens)) return NO_PROBLEMS;
    const problems: Problem[] = [];
    for (const [open, close] of PAIRS) {
      const t = bracketBalance(target, open, close);
      const s = bracketBalance(source, open, close);
      if (t.balance !== s.balance && t.at >= 0) {
        problems.push({ messageId: "bracket", data: { symbol: target[t.at]! }, target: { start: t.at, end: t.at + 1 } });
      } else if (t.balance !== s.balance) {
        problems.push({ messageId: "bracket", data: { symbol: s.balance > 0 ? close : open } });
      }
    }
    const tq = quoteParity(target);
    if (tq.parity !== quoteParity(source).parity) {
      problems.push(tq.at >= 0 ? { messageId: "quote", target: { start: tq.at, end: tq.at + 1 } } : { messageId: "quote" });
    }
    return problems;
  },
});

/**
 * A small number reader for the aligner: every number in a sentence, read with the conventions of
 * its language (Indonesian `1.500.000,75` and English `1,500,000.75` both give `1500000.75`).
 * A group separator is recognised only before exactly three digits, so `2.5` / `2,5` read as
 * decimals on either side (sloppy text often uses the other convention). Pure.
 */
const NUM_RE = /\d+(?:[.,]\d+)*/g;

function canonical(intPart: string, frac: string): string {
  const i = intPart.replace(/^0+(?=\d)/, "");
  const f = frac.replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}

/** Reads one numeric token (digits with `.`/`,`) in the given language. */
export function readNumber(token: string, lang: "id" | "en"): string {
  const group = lang === "id" ? "." : ",";
  const decimal = lang === "id" ? "," : ".";
  const parts = token.split(/([.,])/);
  // parts: digits, sep, digits, sep, ...
  let intPart = parts[0]!;
  let k = 1;
  while (k < parts.length && parts[k] === group && parts[k + 1]!.length === 3) {
    intPart += parts[k + 1];
    k += 2;
  }
  if (k >= parts.length) return canonical(intPart, "");
  const sep = parts[k]!;
  const next = parts[k + 1]!;
  if (sep === decimal || next.length !== 3) {
    // a decimal part; anything after it is a new number (a date like 10.1.2007 is rare in news)
    return canonical(intPart, next);
  }
  // the other language's group separator followed by 3 digits: thousands anyway
  let rest = next;
  k += 2;
  while (k < parts.length && parts[k + 1]!.length === 3 && parts[k] === sep) {
    rest += parts[k + 1];
    k += 2;
  }
  return canonical(intPart + rest, "");
}

/** Every number in `text`, canonical (`1500000.75`), in text order. */
export function readNumbers(text: string, lang: "id" | "en"): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(NUM_RE)) out.push(readNumber(m[0], lang));
  return out;
}

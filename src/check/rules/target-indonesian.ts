/**
 * target-indonesian — the target still reads as Indonesian: among its function words, Indonesian
 * ones (yang, dan, di, untuk, …) clearly outnumber English ones (the, of, and, …). Glossary terms
 * (names kept as written, like "Rodong Sinmun") and text in quotation marks are not counted. Not
 * reported when the target is identical to the source (target-same-as-source) or empty.
 */
import { normalizeText } from "../../text/normalize";
import { defineCheck } from "../types";

const ID_WORDS = new Set(
  ("yang dan di ke dari ini itu untuk dengan pada dalam tidak akan adalah oleh atau juga karena bahwa telah sudah " +
    "saat para sebagai kepada tersebut mereka kami kita ia dia bisa dapat lebih setelah masih namun tetapi antara " +
    "secara seperti menurut hingga sejak bagi tentang terhadap belum harus sangat serta agar ada tahun mengatakan " +
    "kata ujar baru bersama negara sebuah seorang sementara yakni yaitu pun lagi jika kalau maka beberapa banyak").split(" "),
);
const EN_WORDS = new Set(
  ("the of and to in a is that for on with as was by it at from his he be are has have said will not an which this " +
    "its were been but they their who would also after more than after had about into over could she her we our you " +
    "new state country year years told says there when while all other one between").split(" "),
);

export default defineCheck<{ minWords: number; ratio: number }>({
  meta: {
    id: "target-indonesian",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "target-terms" },
    description: "The target still reads as Indonesian rather than English.",
    messages: { indonesian: "The target looks Indonesian ({{idWords}} Indonesian and {{enWords}} English function words)." },
  },
  defaultOptions: { minWords: 3, ratio: 0.6 },
  check({ source, target, targetTerms }, options) {
    if (!target.trim()) return [];
    // blank out glossary terms and quoted passages
    let text = target;
    for (const t of targetTerms) text = text.slice(0, t.start) + " ".repeat(t.end - t.start) + text.slice(t.end);
    if (text.includes("\"") || text.includes("“")) text = text.replace(/[“"][^”"]*[”"]/g, (m) => " ".repeat(m.length));
    const [idWords, enWords] = ASCII.test(text) ? countAscii(text) : countWords(text);
    if (idWords < options.minWords || idWords / (idWords + enWords) < options.ratio) return [];
    // checked last: most targets are not Indonesian, and normalising both texts costs more
    if (normalizeText(source) === normalizeText(target)) return [];
    return [{ messageId: "indonesian", data: { idWords, enWords } }];
  },
});

/** The Indonesian and English function words among the words (`\p{L}+`) of a text. */
function countWords(text: string): [number, number] {
  let idWords = 0;
  let enWords = 0;
  for (const w of text.match(/\p{L}+/gu) ?? []) {
    if (ID_WORDS.has(w)) idWords++;
    else if (EN_WORDS.has(w.toLowerCase())) enWords++;
  }
  return [idWords, enWords];
}

const ASCII = /^[^\u0080-\uffff]*$/;
/** No function word is longer (lower-casing ASCII keeps the length). */
const LONGEST = Math.max(...[...ID_WORDS, ...EN_WORDS].map((w) => w.length));
const isLetter = (c: number) => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);

/**
 * countWords for an ASCII text (where `\p{L}` is [A-Za-z]), without the array of every word: a
 * word longer than any function word is passed over unread.
 */
function countAscii(text: string): [number, number] {
  let idWords = 0;
  let enWords = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isLetter(text.charCodeAt(i))) continue;
    let j = i + 1;
    while (j < n && isLetter(text.charCodeAt(j))) j++;
    if (j - i <= LONGEST) {
      const w = text.slice(i, j);
      if (ID_WORDS.has(w)) idWords++;
      else if (EN_WORDS.has(w.toLowerCase())) enWords++;
    }
    i = j;
  }
  return [idWords, enWords];
}

/**
 * Function words of Indonesian and English: which language a text reads as, counted over its words
 * (the check target-indonesian; an import telling a file whose sides are swapped). Pure.
 */

/** Indonesian function words (yang, dan, di, untuk…): common in any Indonesian text, rare in English. */
export const ID_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ("yang dan di ke dari ini itu untuk dengan pada dalam tidak akan adalah oleh atau juga karena bahwa telah sudah " +
    "saat para sebagai kepada tersebut mereka kami kita ia dia bisa dapat lebih setelah masih namun tetapi antara " +
    "secara seperti menurut hingga sejak bagi tentang terhadap belum harus sangat serta agar ada tahun mengatakan " +
    "kata ujar baru bersama negara sebuah seorang sementara yakni yaitu pun lagi jika kalau maka beberapa banyak").split(" "),
);
/** English function words (the, of, and…): common in any English text, absent from Indonesian. */
export const EN_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  ("the of and to in a is that for on with as was by it at from his he be are has have said will not an which this " +
    "its were been but they their who would also after more than after had about into over could she her we our you " +
    "new state country year years told says there when while all other one between").split(" "),
);

/** Lower-case words of `text` that are Indonesian and English function words: [indonesian, english]. */
export function countFunctionWords(text: string): [number, number] {
  let id = 0;
  let en = 0;
  for (const w of text.toLowerCase().match(/[a-z]+/g) ?? []) {
    if (ID_FUNCTION_WORDS.has(w)) id++;
    else if (EN_FUNCTION_WORDS.has(w)) en++;
  }
  return [id, en];
}

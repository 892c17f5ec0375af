/**
 * Which of the two languages a text is written in, from its commonest function words (`yang`, `dan`,
 * `di` … against `the`, `of`, `and` …): the check that the "English" side of an alignment is not the
 * Indonesian text pasted or chosen by mistake. Aligned with itself, an Indonesian text pairs perfectly
 * (scores 0.79–0.87), so the not-a-translation test cannot see it, and `align --doc` stored the
 * Indonesian as the English renderings. Names, numbers and quotations in the other language do not
 * tip the count: on the shared alignment data (blocks of 25 lines) an English document has at most 2.5 % of these words
 * from the Indonesian list and an Indonesian one at most 26 % from the English list. Pure: no I/O.
 */
const INDONESIAN = new Set(
  ("yang dan di ke dari ini itu dengan untuk pada dalam adalah akan tidak juga telah sudah oleh atau karena bahwa " +
    "mereka kami kita saya tersebut secara namun tetapi hingga sejak saat seperti antara kepada yakni yaitu merupakan " +
    "menjadi belum sangat hanya bisa dapat harus ada lebih para serta agar").split(" "),
);
const ENGLISH = new Set(
  ("the of and to in is was for on that with by at from are were it its this has have had be been said will " +
    "would an which who their they he she not but or").split(" "), // not `as`: Indonesian writes `AS` for the United States
);

/** Fewer function words than this (both lists together): too little text to tell. */
const MIN_FUNCTION_WORDS = 5;
/** A text is taken for Indonesian when more than this share of its function words are Indonesian. */
const INDONESIAN_SHARE = 0.5;

export interface FunctionWordCount {
  readonly indonesian: number;
  readonly english: number;
}

/** The function words of each list found in the sentences. */
export function functionWords(sentences: readonly string[]): FunctionWordCount {
  let indonesian = 0;
  let english = 0;
  for (const s of sentences) {
    for (const m of s.toLowerCase().matchAll(/\p{L}+/gu)) {
      if (INDONESIAN.has(m[0])) indonesian++;
      else if (ENGLISH.has(m[0])) english++;
    }
  }
  return { indonesian, english };
}

/**
 * The share (0–1) of the function words that are Indonesian when the sentences read as Indonesian
 * (enough of them, more than half Indonesian), else null.
 */
export function indonesianShare(sentences: readonly string[]): number | null {
  const { indonesian, english } = functionWords(sentences);
  const total = indonesian + english;
  if (total < MIN_FUNCTION_WORDS || indonesian / total <= INDONESIAN_SHARE) return null;
  return indonesian / total;
}

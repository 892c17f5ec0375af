/** Sentence alignment (pure): the aligner, its lexicon and the Gale–Church baseline. */
export { alignSentences, DEFAULT_PARAMS, englishOutOfOrder } from "./aligner";
export { isEnglishCredit } from "./credits";
export { functionWords, indonesianShare, type FunctionWordCount } from "./language";
export { galeChurchAlign, lengthCost } from "./gale-church";
export { buildLexicon, freedictLexicon, englishLemmas, englishStem, indonesianStems, type Lexicon } from "./lexicon";
export { formatBeads, parseBeads } from "./format";
export { scoreAlignments, type AlignmentScore } from "./score";
export type { Bead, AlignOptions, AlignParams, AlignStats } from "./types";

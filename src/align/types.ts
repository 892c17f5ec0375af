/** Aligner types. */
import type { GlossaryMatcher } from "../glossary/types";
import type { Lexicon } from "./lexicon";

/**
 * One alignment bead: 0-based indices of consecutive source and target sentences that translate
 * each other (either side may be empty: a sentence without counterpart), and a score in [0, 1]
 * (1 = certain; 0 for a sentence left without counterpart).
 */
export interface Bead {
  readonly src: number[];
  readonly tgt: number[];
  readonly score: number;
  /**
   * Paired by the second pass out of order: the English has these sentences elsewhere (a moved
   * paragraph). Absent on beads of the monotone alignment.
   */
  readonly moved?: boolean;
  /**
   * On a source sentence left without counterpart: the English sentences of another bead that say it
   * too (the English folded it into a sentence translating sentences that are not its neighbours, `…
   * 2.41 percent in November, the highest in eight months` from the lead's first and third sentences).
   * A bead is a run of neighbours, so it cannot join that bead: a reviewer should see where it went.
   */
  readonly foldedInto?: number[];
}

/** Model weights (defaults in aligner.ts, tuned on the panl-bppt dev set). */
export interface AlignParams {
  /** Weight of lexical dissimilarity (1 − Dice of matched anchor tokens). */
  readonly lexWeight: number;
  /** Weight of the Gale–Church length cost. */
  readonly lenWeight: number;
  /** Gale–Church variance per character. */
  readonly s2: number;
  /** Cost of leaving one sentence without counterpart (1-0 / 0-1). */
  readonly skip: number;
  /** Extra cost of a 2-1 / 1-2 bead, 2-2, and 3-1 / 1-3 bead. */
  readonly merge: number;
  readonly merge22: number;
  readonly merge3: number;
  /** Factor on the merge penalty when the joined sentences end in a comma etc. (fragments). */
  readonly fragment: number;
  /** Equal sentence counts: the all 1-1 alignment is kept unless the best path beats it by this much per other bead. */
  readonly evenMargin: number;
  /**
   * Second pass: a sentence left without counterpart is paired with one on the other side out of order
   * (a paragraph the English moved) when that bead costs at most this much per sentence
   * (0 turns the pass off). Such beads are marked `moved`.
   */
  readonly moved: number;
  /** Pseudo-count smoothing the Dice of short sentences towards `prior`. */
  readonly smooth: number;
  readonly prior: number;
}

export interface AlignOptions {
  /** Glossary concepts found on both sides count as anchors. */
  readonly glossary?: GlossaryMatcher;
  /** Bilingual word list; default the built-in FreeDict list; `null` disables it. */
  readonly lexicon?: Lexicon | null;
  readonly params?: Partial<AlignParams>;
  /**
   * Which source sentences are headlines (by index). A bead never joins a headline with a sentence
   * that is not one: a translation drops or translates the title, it never folds it into the lead.
   */
  readonly headlines?: readonly boolean[];
  /**
   * Which source sentences are photo captions (by index). A bead never joins a caption with another
   * sentence: a caption is printed apart from the text, under its photo, and an English edition drops it
   * or gives its own; it never folds it into the lead.
   */
  readonly captions?: readonly boolean[];
  /**
   * Initial half-width of the diagonal band (sentences), widened automatically (doubled) while the
   * best path touches its edge. Default: no band up to 250,000 cells, else max(40, |n − m| + 10).
   */
  readonly band?: number;
  /** Told the size of the dynamic program once alignment is done (for benchmarks). */
  readonly onStats?: (stats: AlignStats) => void;
}

export interface AlignStats {
  /** Cells of the last (successful) pass of the dynamic program: memory is proportional to this. */
  readonly cells: number;
  /** Passes run (1 + number of band widenings). */
  readonly passes: number;
  /** Final band half-width in sentences (the longer side + 1 when the program ran without a band). */
  readonly band: number;
}

/** Segmentation types shared by the segmenter, the store and the CLI. */
import type { SegmentKind } from "../model";

export { SEGMENT_KINDS, type SegmentKind } from "../model";

/** One segment of an article: UTF-16 offsets into the decoded input (BOM removed). */
export interface SegmentSpan {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  /** 0-based index of the paragraph (non-empty line of the body) the segment comes from. */
  readonly paragraph: number;
  /** Why this segment looks like a fragment of a broken sentence (e.g. "lowercase-start"), or null. */
  readonly suspect: string | null;
}

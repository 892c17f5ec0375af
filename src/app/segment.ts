/** segmentFile — reads one article (or standard input) and returns its segments. */
import { readTextFile } from "../io/files";
import { segmentArticle, type SegmentSpan } from "../segment";

export function segmentFile(file: string): SegmentSpan[] {
  return segmentArticle(readTextFile(file));
}

/** segmentFile — reads one article (or standard input, "-") and returns its segments. */
import { readTextFile } from "../io/files";
import { readArticle } from "../ingest/read-article";
import { segmentArticle, type SegmentSpan } from "../segment";

export function segmentFile(file: string): SegmentSpan[] {
  const text = readTextFile(file);
  readArticle(text, file === "-" ? "<stdin>" : file); // validates the metadata header, refuses an empty body
  return segmentArticle(text);
}

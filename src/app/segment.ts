/** segmentFile / segmentBytes — one article (a file, or the bytes of standard input) → its segments. */
import { readTextFile } from "../io/files";
import { readArticle } from "../ingest/read-article";
import { segmentArticle, type SegmentSpan } from "../segment";
import { decodeText } from "../text/decode";

function segmentChecked(text: string, file: string): SegmentSpan[] {
  readArticle(text, file); // validates the metadata header, refuses an empty body
  return segmentArticle(text);
}

export function segmentFile(file: string): SegmentSpan[] {
  return segmentChecked(readTextFile(file), file);
}

/** Standard input: decoded as strictly as a file (UTF-8, BOM dropped, no NUL). */
export function segmentBytes(bytes: Uint8Array, name = "<stdin>"): SegmentSpan[] {
  return segmentChecked(decodeText(bytes, name), name);
}

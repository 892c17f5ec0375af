/**
 * segmentArticle — article text → segments (headline, body sentences, captions, boilerplate).
 * PLACEHOLDER for the first commit: one sentence-splitter pass per line. The Indonesian rules
 * (abbreviations, numbers, boilerplate, suspect fragments) replace this in src/segment/.
 */
import { split } from "sentence-splitter";
import type { SegmentSpan } from "./types";
export type { SegmentSpan, SegmentKind } from "./types";

export function segmentArticle(text: string): SegmentSpan[] {
  const out: SegmentSpan[] = [];
  let paragraph = -1;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    paragraph++;
    for (const node of split(line)) {
      if (node.type !== "Sentence") continue;
      const s = node.range[0];
      const e = node.range[1];
      const raw = line.slice(s, e);
      const lead = raw.length - raw.trimStart().length;
      const body = raw.trim();
      if (!body) continue;
      out.push({
        text: body,
        start: lineStart + s + lead,
        end: lineStart + s + lead + body.length,
        kind: paragraph === 0 ? "headline" : "body",
        paragraph,
        suspect: null,
      });
    }
  }
  return out;
}

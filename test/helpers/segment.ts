/** What the splitter's probe tests share: segments of lines as both engines give them, and a probe's keys scored. */
import * as fs from "node:fs";
import { segmentArticle } from "../../src/segment";
import { score } from "../../bench/segment-probe";

/** [kind, text] of every segment of the lines joined, both engines agreeing. */
export function kinds(lines: readonly string[]): Array<[string, string]> {
  const text = lines.join("\n") + "\n";
  const fast = segmentArticle(text).map((s): [string, string] => [s.kind, s.text]);
  expect(segmentArticle(text, { engine: "plain" }).map((s): [string, string] => [s.kind, s.text])).toEqual(fast);
  return fast;
}

/** The sentences of one body line (after a headline). */
export const sentences = (line: string): string[] => kinds(["Judul", "", line]).slice(1).map((k) => k[1]);

/** An annotated probe article (bench/segment-probe.ts) segmented exactly as its key says: every boundary, no real text marked boilerplate, all noise marked. */
export function expectKey(file: string): void {
  const s = score(fs.readFileSync(file, "utf8"));
  expect(s.diffs).toEqual([]);
  expect(s.realMarked).toBe(0);
  expect(s.noiseMarked).toBe(s.noise);
}


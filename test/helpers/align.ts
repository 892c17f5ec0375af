/**
 * The aligner's `foldedInto` marks on one article of a probe set (test/fixtures/<set>/<id>.txt, read as
 * bench/align-raw.ts reads it), aligned end to end by `selaras align`'s alignFiles: [the Indonesian sentence
 * left alone, the English it was folded into]. A sentence marked so is one left without counterpart.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseRawCase } from "../../bench/align-raw";
import { alignFiles } from "../../src/app/align";

const FIXTURES = path.join(__dirname, "..", "fixtures");

export function foldedMarks(dir: string, set: string, id: string): Array<[string, string]> {
  const c = parseRawCase(id, fs.readFileSync(path.join(FIXTURES, set, `${id}.txt`), "utf8"));
  fs.writeFileSync(path.join(dir, "a.id.txt"), c.idText);
  fs.writeFileSync(path.join(dir, "a.en.txt"), c.enText);
  const r = alignFiles(path.join(dir, "a.id.txt"), path.join(dir, "a.en.txt"));
  for (const b of r.beads) if (b.foldedInto) expect([b.src.length, b.tgt.length]).toEqual([1, 0]);
  return r.beads.filter((b) => b.foldedInto).map((b) => [r.source[b.src[0]!]!, b.foldedInto!.map((j) => r.target[j]!).join(" ")]);
}

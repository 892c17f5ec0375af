/**
 * Scores the segmenter against hand-written keys: `node dist/bench/segment-probe.js [--diff] <file.ann>…`.
 *
 * An annotated file is the article with its key written in: `⟂` is a space of the text where a sentence
 * ends (a boundary inside a line; every line break is one too), `~` opening a segment marks it as
 * boilerplate, `«…»` is text of the article that belongs to no segment (a list bullet), and `↵` ending a
 * line says its line break is inside a segment (a hard-wrapped sentence goes on on the next line). Printed per
 * file and in all: boundary precision and recall (the segments' end offsets; those inside a line apart),
 * exact segments (same start and end), and boilerplate: noise segments marked boilerplate, and real
 * segments marked boilerplate (characters of a key's real segment inside a segment marked boilerplate).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../src/segment";

interface KeySegment { start: number; end: number; text: string; boilerplate: boolean }

export function parseAnnotated(ann: string): { text: string; key: KeySegment[] } {
  let text = "";
  const key: KeySegment[] = [];
  /** The segment being read (it may go on over a line break marked `↵`). */
  let open: { start: number; end: number; boilerplate: boolean } | null = null;
  let fresh = true;
  const close = () => {
    if (open) key.push({ start: open.start, end: open.end, text: text.slice(open.start, open.end), boilerplate: open.boilerplate });
    open = null;
    fresh = true;
  };
  for (const line of ann.replace(/\n$/, "").split("\n")) {
    const wraps = line.endsWith("↵");
    const pieces = (wraps ? line.slice(0, -1) : line).split("⟂");
    pieces.forEach((piece, i) => {
      if (i > 0) { close(); text += " "; }
      let boilerplate = false;
      if (fresh && piece.startsWith("~")) { boilerplate = true; piece = piece.slice(1); }
      let inExcluded = false;
      for (const ch of piece) {
        if (ch === "«") { inExcluded = true; continue; }
        if (ch === "»") { inExcluded = false; continue; }
        if (!inExcluded && /\S/u.test(ch)) {
          open ??= { start: text.length, end: 0, boilerplate };
          open.end = text.length + ch.length;
          fresh = false;
        }
        text += ch;
      }
    });
    if (!wraps) close();
    text += "\n";
  }
  close();
  return { text, key };
}

export interface Score {
  keyBounds: number; outBounds: number; hitBounds: number;
  keyInline: number; outInline: number; hitInline: number;
  keySegs: number; exact: number;
  noise: number; noiseMarked: number; real: number; realMarked: number;
  diffs: string[];
}

export function score(ann: string): Score {
  const { text, key } = parseAnnotated(ann);
  const out = segmentArticle(text);
  const lineEnd = (o: number) => o >= text.length || text[o] === "\n" || text[o] === "\r";
  const keyEnds = new Set(key.map((k) => k.end));
  const outEnds = new Set(out.map((s) => s.end));
  const inline = (s: Set<number>) => new Set([...s].filter((o) => !lineEnd(o)));
  const hits = (a: Set<number>, b: Set<number>) => [...a].filter((o) => b.has(o)).length;
  const outSpans = new Map(out.map((s) => [`${s.start}:${s.end}`, s]));
  const boilerChars = new Uint8Array(text.length);
  for (const s of out) if (s.kind === "boilerplate") boilerChars.fill(1, s.start, s.end);
  const diffs: string[] = [];
  let exact = 0;
  let noiseMarked = 0;
  let realMarked = 0;
  for (const k of key) {
    const o = outSpans.get(`${k.start}:${k.end}`);
    if (o) exact++;
    const marked = boilerChars.subarray(k.start, k.end).some((c) => c === 1);
    const allMarked = boilerChars.subarray(k.start, k.end).every((c) => c === 1);
    if (k.boilerplate && allMarked) noiseMarked++;
    if (!k.boilerplate && marked) realMarked++;
    if (k.boilerplate && !allMarked) diffs.push(`  noise not marked: ${JSON.stringify(k.text)}`);
    if (!k.boilerplate && marked) diffs.push(`  real text marked boilerplate: ${JSON.stringify(k.text)}`);
  }
  // Segment differences, line by line.
  const keyByLine = new Map<number, string[]>();
  const outByLine = new Map<number, string[]>();
  const lineOf = (o: number) => text.lastIndexOf("\n", o - 1) + 1;
  for (const k of key) (keyByLine.get(lineOf(k.start)) ?? keyByLine.set(lineOf(k.start), []).get(lineOf(k.start))!).push(k.text);
  for (const s of out) (outByLine.get(lineOf(s.start)) ?? outByLine.set(lineOf(s.start), []).get(lineOf(s.start))!).push(`${s.kind === "boilerplate" ? "~" : ""}${text.slice(s.start, s.end)}`);
  const keyMarked = new Map<number, string[]>();
  for (const k of key) (keyMarked.get(lineOf(k.start)) ?? keyMarked.set(lineOf(k.start), []).get(lineOf(k.start))!).push(`${k.boilerplate ? "~" : ""}${k.text}`);
  for (const [line, segs] of keyByLine) {
    const got = (outByLine.get(line) ?? []).map((s) => s.replace(/^~/, ""));
    if (JSON.stringify(got) !== JSON.stringify(segs)) diffs.push(`  key: ${segs.map((s) => JSON.stringify(s)).join(" | ")}\n  got: ${got.map((s) => JSON.stringify(s)).join(" | ")}`);
  }
  for (const [line, segs] of outByLine) if (!keyByLine.has(line)) diffs.push(`  extra: ${segs.join(" | ")}`);
  void keyMarked;
  const keyInline = inline(keyEnds);
  const outInline = inline(outEnds);
  return {
    keyBounds: keyEnds.size, outBounds: outEnds.size, hitBounds: hits(keyEnds, outEnds),
    keyInline: keyInline.size, outInline: outInline.size, hitInline: hits(keyInline, outInline),
    keySegs: key.length, exact,
    noise: key.filter((k) => k.boilerplate).length, noiseMarked,
    real: key.filter((k) => !k.boilerplate).length, realMarked,
    diffs,
  };
}

function pct(a: number, b: number): string {
  return b === 0 ? "-" : `${((100 * a) / b).toFixed(1)}%`;
}

function line(name: string, s: Score): string {
  return `${name.padEnd(18)} P ${pct(s.hitBounds, s.outBounds).padStart(6)} R ${pct(s.hitBounds, s.keyBounds).padStart(6)}` +
    ` | in-line P ${pct(s.hitInline, s.outInline).padStart(6)} R ${pct(s.hitInline, s.keyInline).padStart(6)} (${s.keyInline})` +
    ` | exact ${s.exact}/${s.keySegs} ${pct(s.exact, s.keySegs)}` +
    ` | noise marked ${s.noiseMarked}/${s.noise}, real marked ${s.realMarked}/${s.real}`;
}

if (require.main === module) {
  const args = process.argv.slice(2);
  const showDiff = args.includes("--diff");
  const files = args.filter((a) => a !== "--diff");
  const total: Score = { keyBounds: 0, outBounds: 0, hitBounds: 0, keyInline: 0, outInline: 0, hitInline: 0, keySegs: 0, exact: 0, noise: 0, noiseMarked: 0, real: 0, realMarked: 0, diffs: [] };
  for (const file of files) {
    const s = score(fs.readFileSync(file, "utf8"));
    console.log(line(path.basename(file, ".ann"), s));
    if (showDiff) for (const d of s.diffs) console.log(d);
    for (const k of Object.keys(total) as Array<keyof Score>) if (k !== "diffs") (total[k] as number) += s[k] as number;
  }
  console.log(line("ALL", total));
}

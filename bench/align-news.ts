/**
 * News articles with an English edition written as an English newsroom writes it (paragraphs moved,
 * sentences dropped, background added, sentences merged), in test/fixtures/align-news/*.txt: `[id]`
 * then `[en]`, one sentence per line ending in ` @label` (the same label on both sides = one bead;
 * `a,b` on one line = the bead of a and b together; `-` = no counterpart), blank lines between
 * paragraphs. Read by bench/align.ts and test/align/news.test.ts.
 * `node dist/bench/align-news.js` prints each article's wrong beads and the totals.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { alignSentences, scoreAlignments, type Bead } from "../src/align";

/** test/fixtures/align-news of the repository (from bench/ under ts-jest, from dist/bench/ when built). */
export const NEWS_DIR: string =
  [path.join(__dirname, "..", "test", "fixtures", "align-news"), path.join(__dirname, "..", "..", "test", "fixtures", "align-news")].find((d) => fs.existsSync(d)) ??
  path.join(__dirname, "..", "test", "fixtures", "align-news");

export interface NewsCase {
  readonly id: string;
  readonly src: string[];
  readonly tgt: string[];
  readonly gold: Array<{ src: number[]; tgt: number[] }>;
}

/** Parses one article; gold beads are the connected groups of sentences sharing a label. */
export function parseNewsCase(id: string, text: string): NewsCase {
  const sides: Record<"id" | "en", Array<{ text: string; labels: string[] }>> = { id: [], en: [] };
  let side: "id" | "en" | null = null;
  for (const line of text.split("\n")) {
    if (line === "[id]" || line === "[en]") {
      side = line === "[id]" ? "id" : "en";
      continue;
    }
    if (side === null || line.trim() === "") continue;
    const m = /^(.*?)\s+@([\w,-]+)\s*$/.exec(line);
    if (!m) throw new Error(`${id}: no label: ${line}`);
    sides[side].push({ text: m[1]!, labels: m[2]!.split(",") });
  }
  // union-find over nodes s<i>, t<j> and labels
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => void parent.set(find(a), find(b));
  for (const [k, s] of sides.id.entries()) for (const l of s.labels) if (l !== "-") union(`s${k}`, `L${l}`);
  for (const [k, s] of sides.en.entries()) for (const l of s.labels) if (l !== "-") union(`t${k}`, `L${l}`);
  const groups = new Map<string, { src: number[]; tgt: number[] }>();
  const at = (node: string): { src: number[]; tgt: number[] } => {
    const r = find(node);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { src: [], tgt: [] }));
    return g;
  };
  sides.id.forEach((_, k) => at(`s${k}`).src.push(k));
  sides.en.forEach((_, k) => at(`t${k}`).tgt.push(k));
  const gold = [...groups.values()].sort((a, b) => (a.src[0] ?? Infinity) - (b.src[0] ?? Infinity) || (a.tgt[0] ?? 0) - (b.tgt[0] ?? 0));
  return { id, src: sides.id.map((s) => s.text), tgt: sides.en.map((s) => s.text), gold };
}

export function loadNewsCases(dir: string = NEWS_DIR): NewsCase[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => parseNewsCase(f.replace(/\.txt$/, ""), fs.readFileSync(path.join(dir, f), "utf8")));
}

type B = { readonly src: readonly number[]; readonly tgt: readonly number[] };

/** Link F1: precision and recall of the (source, target) sentence links of the non-empty beads. */
export function linkF1(pairs: ReadonlyArray<readonly [readonly B[], readonly B[]]>): { p: number; r: number; f1: number } {
  let hit = 0, pred = 0, gold = 0;
  for (const [g, t] of pairs) {
    const links = (bs: readonly B[]): Set<string> => new Set(bs.flatMap((b) => b.src.flatMap((s) => b.tgt.map((x) => `${s}-${x}`))));
    const gl = links(g), tl = links(t);
    gold += gl.size;
    pred += tl.size;
    for (const x of tl) if (gl.has(x)) hit++;
  }
  const p = pred ? hit / pred : 0, r = gold ? hit / gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

export function evaluateNews(cases: readonly NewsCase[], align: (src: string[], tgt: string[]) => Bead[] = (s, t) => alignSentences(s, t)): { strict: number; link: number; pairs: Array<[NewsCase, Bead[]]> } {
  const runs = cases.map((c) => [c, align(c.src, c.tgt)] as [NewsCase, Bead[]]);
  const pairs = runs.map(([c, b]) => [c.gold, b] as const);
  return { strict: scoreAlignments(pairs).strict.f1, link: linkF1(pairs).f1, pairs: runs };
}

if (require.main === module) {
  const key = (b: B): string => `[${b.src.join(",")}]-[${b.tgt.join(",")}]`;
  const res = evaluateNews(loadNewsCases());
  for (const [c, beads] of res.pairs) {
    const g = new Set(c.gold.map(key));
    const t = new Set(beads.map(key));
    const missed = c.gold.map(key).filter((k) => !t.has(k));
    const wrong = beads.filter((b) => !g.has(key(b))).map((b) => key(b) + ((b as { moved?: boolean }).moved ? "*" : ""));
    console.log(`${c.id}: missed ${missed.join(" ") || "-"} | wrong ${wrong.join(" ") || "-"}`);
  }
  console.log(`strict F1 ${res.strict.toFixed(3)} link F1 ${res.link.toFixed(3)}`);
}

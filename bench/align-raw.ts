/**
 * News articles aligned end to end, as a corpus builder runs `selaras align id.txt en.txt`: the raw
 * Indonesian article (headline, dateline, web noise such as `Baca juga: …` and `Editor: …`) through the
 * article segmenter, the raw English edition (credits, `Advertisement`, a wire dateline) through the
 * English splitter, then the aligner. test/fixtures/align-raw/*.txt hold the KEY, written before the
 * articles were aligned: `[id]` then `[en]`, one sentence per line ending in ` @label` (as
 * test/fixtures/align-news: the same label on both sides = one bead, `a,b` = several, `-` = no
 * counterpart), blank lines between paragraphs. The raw texts are the paragraphs' lines joined; a noise
 * line (labelled `-`, no final stop) is a paragraph of its own; a list item or a table row (`- …`, `• …`,
 * `1. …`, cells separated by tabs) stays on a line of its own, as pasted.
 * Each sentence the tools produce is mapped to the key's line that contains it (a line the segmenter
 * cuts in two maps both pieces to that line), so beads are compared in the key's terms.
 * `node dist/bench/align-raw.js` prints each article's wrong beads and the totals.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignFiles } from "../src/app/align";

/** test/fixtures/align-raw of the repository (from bench/ under ts-jest, from dist/bench/ when built). */
export const RAW_DIR: string =
  [path.join(__dirname, "..", "test", "fixtures", "align-raw"), path.join(__dirname, "..", "..", "test", "fixtures", "align-raw")].find((d) => fs.existsSync(d)) ??
  path.join(__dirname, "..", "test", "fixtures", "align-raw");

interface KeyLine { readonly text: string; readonly labels: string[]; readonly para: number }
export interface RawCase {
  readonly id: string;
  readonly idText: string;
  readonly enText: string;
  readonly idLines: readonly KeyLine[];
  readonly enLines: readonly KeyLine[];
}
/** A bead in the key's terms: indices of its lines. */
export interface KeyBead { readonly s: number[]; readonly t: number[]; readonly score?: number; readonly moved?: boolean }

export function parseRawCase(id: string, text: string): RawCase {
  const sides: Record<"id" | "en", KeyLine[]> = { id: [], en: [] };
  let side: "id" | "en" | null = null;
  let para = 0;
  for (const line of text.split("\n")) {
    if (line === "[id]" || line === "[en]") {
      side = line === "[id]" ? "id" : "en";
      para++;
      continue;
    }
    if (line.trim() === "") {
      para++;
      continue;
    }
    const m = /^(.*?)\s+@([\w,-]+)\s*$/.exec(line);
    if (!m || side === null) throw new Error(`${id}: no label: ${line}`);
    sides[side].push({ text: m[1]!, labels: m[2]!.split(","), para });
  }
  return { id, idText: rawText(sides.id), enText: rawText(sides.en), idLines: sides.id, enLines: sides.en };
}

/** A key line pasted on a line of its own inside its paragraph: a list item or a table row. */
const LINE_OF_ITS_OWN = /^(?:[-•*–]|\d+[.)])\s|\t/u;

/** The article as pasted: a paragraph's lines joined with spaces; a noise line is a paragraph of its own. */
function rawText(lines: readonly KeyLine[]): string {
  const paras: string[][] = [];
  let cur: string[] = [];
  let at = -1;
  for (const l of lines) {
    const noise = l.labels[0] === "-" && !/[.!?"”)]$/.test(l.text);
    if (l.para !== at || noise) {
      paras.push((cur = []));
      at = noise ? -2 : l.para;
    }
    // (a list item or a table row, `- …`, `• …`, `1. …` or cells separated by tabs, stays on its own line)
    if (cur.length > 0 && LINE_OF_ITS_OWN.test(l.text)) cur.push("\n" + l.text);
    else cur.push((cur.length > 0 ? " " : "") + l.text);
  }
  return paras.map((p) => p.join("")).join("\n\n") + "\n";
}

export function loadRawCases(dir: string = RAW_DIR): RawCase[] {
  return fs.readdirSync(dir).filter((f) => f.endsWith(".txt")).sort().map((f) => parseRawCase(f.replace(/\.txt$/, ""), fs.readFileSync(path.join(dir, f), "utf8")));
}

const squash = (s: string): string => s.replace(/\s+/g, " ").trim();

/**
 * Key lines of each of the tools' sentences, in order: the first line from the last one matched that
 * contains the sentence (a line cut in two), or the run of lines the sentence contains (lines joined).
 */
function mapToKey(sentences: readonly string[], lines: readonly KeyLine[]): number[][] {
  const keys = lines.map((l) => squash(l.text));
  let at = 0;
  return sentences.map((s) => {
    const t = squash(s);
    for (let k = at; k < keys.length; k++) {
      if (keys[k]!.includes(t)) {
        at = k;
        return [k];
      }
      if (t.includes(keys[k]!)) {
        const out = [k];
        while (out.length < keys.length - k && t.includes(keys[k + out.length]!)) out.push(k + out.length);
        at = k + out.length;
        return out;
      }
    }
    return [];
  });
}

/** The key's beads: connected groups of lines sharing a label. */
export function keyBeads(c: RawCase): KeyBead[] {
  const parent = new Map<string, string>();
  const find = (x: string): string => {
    const p = parent.get(x) ?? x;
    if (p === x) return x;
    const r = find(p);
    parent.set(x, r);
    return r;
  };
  const union = (a: string, b: string): void => void parent.set(find(a), find(b));
  c.idLines.forEach((l, i) => l.labels.forEach((x) => x !== "-" && union(`s${i}`, `L${x}`)));
  c.enLines.forEach((l, j) => l.labels.forEach((x) => x !== "-" && union(`t${j}`, `L${x}`)));
  const groups = new Map<string, { s: number[]; t: number[] }>();
  const at = (node: string): { s: number[]; t: number[] } => {
    const r = find(node);
    let g = groups.get(r);
    if (!g) groups.set(r, (g = { s: [], t: [] }));
    return g;
  };
  c.idLines.forEach((_, i) => at(`s${i}`).s.push(i));
  c.enLines.forEach((_, j) => at(`t${j}`).t.push(j));
  return [...groups.values()];
}

/** `selaras align` on the raw texts, its beads in the key's terms (the same pair twice, from a line cut in two, once). */
export function alignRaw(c: RawCase, dir: string): { beads: KeyBead[]; source: string[]; target: string[] } {
  const idFile = path.join(dir, `${c.id}.id.txt`);
  const enFile = path.join(dir, `${c.id}.en.txt`);
  fs.writeFileSync(idFile, c.idText);
  fs.writeFileSync(enFile, c.enText);
  const res = alignFiles(idFile, enFile);
  const ms = mapToKey(res.source, c.idLines);
  const mt = mapToKey(res.target, c.enLines);
  const seen = new Set<string>();
  const beads: KeyBead[] = [];
  for (const b of res.beads) {
    const s = [...new Set(b.src.flatMap((i) => ms[i]!))].sort((x, y) => x - y);
    const t = [...new Set(b.tgt.flatMap((j) => mt[j]!))].sort((x, y) => x - y);
    const k = `${s}|${t}`;
    if (seen.has(k)) continue;
    seen.add(k);
    beads.push({ s, t, score: b.score, ...(b.moved ? { moved: true } : {}) });
  }
  return { beads, source: res.source, target: res.target };
}

export const beadKey = (b: KeyBead): string => `[${b.s.join(",")}]-[${b.t.join(",")}]`;

export interface RawScore {
  /** Exact beads with sentences on both sides: predicted, in the key, both. */
  readonly beads: { pred: number; gold: number; hit: number };
  /** Partial credit: sentence-to-sentence links inside such beads. */
  readonly links: { pred: number; gold: number; hit: number };
  /** Sentences left without counterpart (only those the segmenters kept). */
  readonly unpaired: { pred: number; gold: number; hit: number };
}

/** Scores one article: the key's beads restricted to the lines the segmenters kept (noise they dropped is no error). */
export function scoreRaw(c: RawCase, beads: readonly KeyBead[]): RawScore {
  const keptS = new Set(beads.flatMap((b) => b.s));
  const keptT = new Set(beads.flatMap((b) => b.t));
  const gold = keyBeads(c).map((g) => ({ s: g.s.filter((i) => keptS.has(i)), t: g.t.filter((j) => keptT.has(j)) })).filter((g) => g.s.length + g.t.length > 0);
  const paired = (bs: ReadonlyArray<{ s: number[]; t: number[] }>): Array<{ s: number[]; t: number[] }> => bs.filter((b) => b.s.length > 0 && b.t.length > 0);
  const alone = (bs: ReadonlyArray<{ s: number[]; t: number[] }>): Set<string> =>
    new Set(bs.filter((b) => b.s.length === 0 || b.t.length === 0).flatMap((b) => [...b.s.map((i) => `s${i}`), ...b.t.map((j) => `t${j}`)]));
  const links = (bs: ReadonlyArray<{ s: number[]; t: number[] }>): Set<string> => new Set(paired(bs).flatMap((b) => b.s.flatMap((i) => b.t.map((j) => `${i}-${j}`))));
  const count = (p: Set<string>, g: Set<string>): { pred: number; gold: number; hit: number } => ({ pred: p.size, gold: g.size, hit: [...p].filter((x) => g.has(x)).length });
  return {
    beads: count(new Set(paired(beads).map(beadKey)), new Set(paired(gold).map(beadKey))),
    links: count(links(beads), links(gold)),
    unpaired: count(alone(beads), alone(gold)),
  };
}

/** The scores of several articles added up, part by part. */
export function sumScores(scores: Iterable<RawScore>): RawScore {
  const tot = { beads: { pred: 0, gold: 0, hit: 0 }, links: { pred: 0, gold: 0, hit: 0 }, unpaired: { pred: 0, gold: 0, hit: 0 } };
  for (const sc of scores) for (const k of ["beads", "links", "unpaired"] as const) for (const f of ["pred", "gold", "hit"] as const) tot[k][f] += sc[k][f];
  return tot;
}

export function prf(x: { pred: number; gold: number; hit: number }): { p: number; r: number; f1: number } {
  const p = x.pred ? x.hit / x.pred : 0, r = x.gold ? x.hit / x.gold : 0;
  return { p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
}

if (require.main === module) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "align-raw-"));
  const scores: RawScore[] = [];
  for (const c of loadRawCases(process.argv[2] ?? RAW_DIR)) {
    const { beads } = alignRaw(c, dir);
    const sc = scoreRaw(c, beads);
    const gold = new Set(keyBeads(c).map(beadKey));
    const wrong = beads.filter((b) => !gold.has(beadKey(b))).map((b) => `${beadKey(b)} ${b.score!.toFixed(3)}${b.moved ? "*" : ""}`);
    console.log(`${c.id}: beads ${sc.beads.hit}/${sc.beads.pred} (key ${sc.beads.gold}) | wrong ${wrong.join(" ") || "-"}`);
    scores.push(sc);
  }
  const tot = sumScores(scores);
  for (const k of ["beads", "links", "unpaired"] as const) {
    const x = prf(tot[k]);
    console.log(`${k}: P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`);
  }
  fs.rmSync(dir, { recursive: true, force: true });
}

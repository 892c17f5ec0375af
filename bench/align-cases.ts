/**
 * Reads the alignment test cases of `shared/data/align/cases/<set>/<tier>/` (by path: the data is
 * not redistributable) and runs an aligner over them. Used by bench/align.ts and test/align.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseBeads } from "../src/align/format";
import type { Bead } from "../src/align/types";
import { sharedPath } from "./lib/shared";

/** `data/align` of the shared folder (./lib/shared.ts), or $SELARAS_ALIGN_DATA. */
export const ALIGN_DATA: string = process.env.SELARAS_ALIGN_DATA ?? sharedPath("data", "align");

export interface PeerScore {
  readonly set: string;
  readonly tier: string;
  readonly aligner: string;
  readonly strict: number;
  readonly lax: number;
}

/** The peer scores (hunalign, Gale–Church, Bleualign) from the data's README table. */
export function peerScores(root: string = ALIGN_DATA): PeerScore[] {
  const text = fs.readFileSync(path.join(root, "README.md"), "utf8");
  const out: PeerScore[] = [];
  for (const line of text.split("\n")) {
    const m = /^\|\s*([\w-]+)\s*\|\s*(clean|mixed|hard)\s*\|\s*([\w-]+)\s*\|\s*([\d.]+)\s*\|\s*([\d.]+)\s*\|$/.exec(line.trim());
    if (m) out.push({ set: m[1]!, tier: m[2]!, aligner: m[3]!, strict: Number(m[4]), lax: Number(m[5]) });
  }
  return out;
}
export const SETS = ["panl-bppt", "guntara-news"] as const;
export const TIERS = ["clean", "mixed", "hard"] as const;

export interface AlignCase {
  readonly id: string;
  readonly src: string[];
  readonly tgt: string[];
  readonly gold: Array<{ src: number[]; tgt: number[] }>;
}

function lines(file: string): string[] {
  const text = fs.readFileSync(file, "utf8");
  return text === "" ? [] : text.replace(/\n$/, "").split("\n");
}

/** Cases of one set and tier (in manifest order), optionally only the first `limit`. */
export function loadCases(set: string, tier: string, limit = Infinity, root: string = ALIGN_DATA): AlignCase[] {
  const dir = path.join(root, "cases", set, tier);
  const ids = fs.readFileSync(path.join(dir, "manifest.tsv"), "utf8").split("\n").slice(1).filter(Boolean).map((l) => l.split("\t")[0]!);
  return ids.slice(0, limit).map((id) => ({
    id,
    src: lines(path.join(dir, `${id}.src`)),
    tgt: lines(path.join(dir, `${id}.tgt`)),
    gold: parseBeads(fs.readFileSync(path.join(dir, `${id}.gold`), "utf8")),
  }));
}

export function runCases(cases: readonly AlignCase[], align: (src: string[], tgt: string[]) => Bead[]): Array<[AlignCase["gold"], Bead[]]> {
  return cases.map((c) => [c.gold, align(c.src, c.tgt)]);
}

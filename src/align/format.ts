/** The bead text format `[i,j]<TAB>[k]` (0-based indices, `[]` for an empty side), one bead per line. Pure. */
import type { Bead } from "./types";

export function formatBead(b: Pick<Bead, "src" | "tgt">): string {
  return `[${b.src.join(",")}]\t[${b.tgt.join(",")}]`;
}

/** One line per bead, each ending with a newline. */
export function formatBeads(beads: ReadonlyArray<Pick<Bead, "src" | "tgt">>): string {
  return beads.map((b) => formatBead(b) + "\n").join("");
}

/** Reads beads in this format (also vecalign's `[i, j]:[k]:score`); blank and `#` lines skipped. */
export function parseBeads(text: string): Array<{ src: number[]; tgt: number[] }> {
  const out: Array<{ src: number[]; tgt: number[] }> = [];
  for (const raw of text.split("\n")) {
    const line = raw.trim();
    if (!line || line.startsWith("#")) continue;
    const parts = [...line.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1]!);
    if (parts.length < 2) continue;
    const idx = (s: string): number[] => s.split(",").map((x) => x.trim()).filter((x) => x !== "").map(Number);
    out.push({ src: idx(parts[0]!), tgt: idx(parts[1]!) });
  }
  return out;
}

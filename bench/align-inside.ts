/**
 * The probe articles (test/fixtures/align-raw, -probe, -probe3 … -probe8) aligned end to end as
 * bench/align-raw.ts aligns them, alone and with one side inside a longer page: 300 lines of other news of the
 * shared data (by path) before it and 300 after, each line a paragraph. Prints exact beads (in the keys' terms:
 * a sentence paired with a line of the other news counts as paired with nothing) alone and inside, and with
 * `--diff` each article's beads found only alone or only inside (✓ in the key, ✗ not).
 * `node dist/bench/align-inside.js [set,side,from,from]` — default `guntara-news,eng,500,1000` (the English
 * padded with lines 500–799 and 1000–1299 of guntara-news/eng.txt); `panl-bppt,ind,300,900` pads the Indonesian.
 */
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { alignRaw, beadKey, keyBeads, loadRawCases, prf, scoreRaw, sumScores, RAW_DIR, type KeyBead, type RawScore } from "./align-raw";
import { ALIGN_DATA } from "./align-cases";

const SETS = ["align-raw", "align-probe", "align-probe3", "align-probe4", "align-probe5", "align-probe6", "align-probe7", "align-probe8"];

if (require.main === module) {
  const args = process.argv.slice(2);
  const [set, side, a, b] = (args.find((x) => !x.startsWith("--")) ?? "guntara-news,eng,500,1000").split(",");
  const lines = fs.readFileSync(path.join(ALIGN_DATA, "data", set!, `${side}.txt`), "utf8").split("\n");
  const pad = (from: number): string => lines.slice(from, from + 300).join("\n\n");
  const [before, after] = [pad(Number(a)), pad(Number(b))];
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), "align-inside-"));
  const alone: RawScore[] = [], inside: RawScore[] = [];
  const paired = (bs: readonly KeyBead[]): Set<string> => new Set(bs.filter((x) => x.s.length > 0 && x.t.length > 0).map(beadKey));
  for (const dir of SETS.map((s) => path.join(path.dirname(RAW_DIR), s))) {
    for (const c of loadRawCases(dir)) {
      const one = alignRaw(c, tmp).beads;
      const padded = side === "eng" ? { ...c, enText: `${before}\n\n${c.enText}\n\n${after}` } : { ...c, idText: `${before}\n\n${c.idText}\n\n${after}` };
      const many = alignRaw(padded, tmp).beads;
      alone.push(scoreRaw(c, one));
      inside.push(scoreRaw(c, many));
      if (!args.includes("--diff")) continue;
      const gold = new Set(keyBeads(c).map(beadKey));
      const [p1, p2] = [paired(one), paired(many)];
      const mark = (k: string): string => k + (gold.has(k) ? "✓" : "✗");
      const lost = [...p1].filter((k) => !p2.has(k)).map(mark), gained = [...p2].filter((k) => !p1.has(k)).map(mark);
      if (lost.length + gained.length > 0) console.log(`${path.basename(dir)}/${c.id}: alone only ${lost.join(" ")} | inside only ${gained.join(" ")}`);
    }
  }
  for (const [label, scores] of [["alone", alone], ["inside", inside]] as const) {
    const t = sumScores(scores).beads, x = prf(t);
    console.log(`${label}: beads ${t.hit} right of ${t.pred} (key ${t.gold}) P ${x.p.toFixed(3)} R ${x.r.toFixed(3)} F1 ${x.f1.toFixed(3)}`);
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}

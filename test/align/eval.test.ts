/**
 * A small evaluation on the shared alignment data (by path: it is not redistributable) and the
 * scorer port checked against the shipped scorer (score.py) on the same predictions.
 */
import { execFileSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { loadCases, ALIGN_DATA } from "../../bench/align-cases";
import { alignSentences, formatBeads, scoreAlignments, type Bead } from "../../src/align";
import { tempDir } from "../helpers/cli";

const SETS = ["panl-bppt", "guntara-news"] as const;
const CASES = 40;

describe("alignment quality on the shared data (first 40 cases of each set)", () => {
  test.each(SETS)("%s: clean = 1.0, mixed ≥ 0.95", (set) => {
    const clean = loadCases(set, "clean", CASES);
    const mixed = loadCases(set, "mixed", CASES);
    expect(clean).toHaveLength(CASES);
    const score = (cases: typeof clean) => scoreAlignments(cases.map((c) => [c.gold, alignSentences(c.src, c.tgt)]));
    expect(score(clean).strict.f1).toBe(1);
    expect(score(mixed).strict.f1).toBeGreaterThanOrEqual(0.95);
  });
});

describe("scorer port", () => {
  test("agrees with score.py on the same predictions", () => {
    const dir = tempDir();
    try {
      const cases = loadCases("panl-bppt", "hard", 10);
      const pairs: Array<[Bead[] | { src: number[]; tgt: number[] }[], Bead[]]> = [];
      const caseDir = path.join(dir, "cases");
      fs.mkdirSync(caseDir);
      const manifest = ["case\tdocid\tn_src\tn_tgt\tbeads\ttypes"];
      for (const c of cases) {
        const pred = alignSentences(c.src, c.tgt);
        pairs.push([c.gold, pred]);
        fs.writeFileSync(path.join(dir, `${c.id}.align`), formatBeads(pred));
        fs.copyFileSync(path.join(ALIGN_DATA, "cases", "panl-bppt", "hard", `${c.id}.gold`), path.join(caseDir, `${c.id}.gold`));
        manifest.push(`${c.id}\tx\t0\t0\t0\tx`);
      }
      fs.writeFileSync(path.join(caseDir, "manifest.tsv"), manifest.join("\n") + "\n");
      const python = fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3";
      const out = execFileSync(python, [path.join(ALIGN_DATA, "score.py"), "--cases", caseDir, "--pred", dir, "--json"], { encoding: "utf8" });
      const py = JSON.parse(out);
      const ts = scoreAlignments(pairs);
      for (const k of ["strict", "lax", "exact"] as const) {
        expect(ts[k].p).toBeCloseTo(py[k].p, 10);
        expect(ts[k].r).toBeCloseTo(py[k].r, 10);
        expect(ts[k].f1).toBeCloseTo(py[k].f1, 10);
      }
      for (const [type, v] of Object.entries(py.per_type_recall as Record<string, { gold: number; hit: number }>)) {
        expect(ts.perTypeRecall[type]).toMatchObject({ gold: v.gold, hit: v.hit });
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

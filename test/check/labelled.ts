/** Loads the labelled pairs and scores the checks on them (precision and recall per check). */
import * as fs from "node:fs";
import * as path from "node:path";
import { compileGlossary } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";
import { checks, runChecks, type CheckId } from "../../src/check";

export const FIXTURES = path.join(__dirname, "../fixtures/check");

export interface LabelledPair { id: string; source: string; target: string; must: CheckId[]; mustNot: CheckId[]; note: string }

export function loadLabelled(): LabelledPair[] {
  const lines = fs.readFileSync(path.join(FIXTURES, "labelled.tsv"), "utf8").split("\n").filter((l) => l && !l.startsWith("#"));
  const [header, ...rows] = lines;
  if (header !== "id\tsource\ttarget\tmust\tmustNot\tnote") throw new Error("labelled.tsv: bad header");
  const list = (s: string | undefined) => (s ?? "").split(",").map((x) => x.trim()).filter(Boolean) as CheckId[];
  return rows.map((r) => {
    const [id, source, target, must, mustNot, note] = r.split("\t");
    // (`\u{200B}` writes a character nobody would see in the file)
    const chars = (t: string) => t.replace(/\\u\{([0-9A-Fa-f]{1,6})\}/g, (_, h: string) => String.fromCodePoint(parseInt(h, 16)));
    return { id: id!, source: chars(source!), target: chars(target ?? ""), must: list(must), mustNot: list(mustNot), note: note ?? "" };
  });
}

/** The pair checks the labelled text pairs can exercise (not one that reads a unit's inline-code tags: a text pair has none). */
export const PAIR_CHECKS = (Object.keys(checks) as CheckId[]).filter((id) => checks[id].meta.scope === "pair" && !checks[id].meta.needs.tags);

export interface Score { check: CheckId; tp: number; fp: number; fn: number; precision: number; recall: number; positives: number }

export function scoreLabelled(): { scores: Score[]; errors: string[]; pairs: number } {
  const pairs = loadLabelled();
  const matcher = compileGlossary(loadGlossary(path.join(FIXTURES, "glossary")));
  const run = runChecks(pairs.map((p) => ({ ref: p.id, source: p.source, target: p.target })), { matcher, config: { only: PAIR_CHECKS } });
  const fired = new Map<string, Set<string>>();
  for (const f of run.findings) {
    if (!fired.has(f.ref)) fired.set(f.ref, new Set());
    fired.get(f.ref)!.add(f.checkId);
  }
  const errors: string[] = [];
  const scores = PAIR_CHECKS.map((check) => {
    let tp = 0, fp = 0, fn = 0, positives = 0;
    for (const p of pairs) {
      const got = fired.get(p.id)?.has(check) ?? false;
      const want = p.must.includes(check);
      if (want) positives++;
      if (got && want) tp++;
      else if (got) { fp++; errors.push(`${p.id}: ${check} reported but must not`); }
      else if (want) { fn++; errors.push(`${p.id}: ${check} must report but did not`); }
    }
    return { check, tp, fp, fn, positives, precision: tp + fp ? tp / (tp + fp) : 1, recall: tp + fn ? tp / (tp + fn) : 1 };
  });
  return { scores, errors, pairs: pairs.length };
}

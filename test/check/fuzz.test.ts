/** Checks never throw on odd text: deterministic random pairs through every check and the audit. */
import * as path from "node:path";
import { runChecks } from "../../src/check";
import { auditPairs } from "../../src/check/audit-stream";
import { oracleAudit } from "../helpers/audit-oracle";
import { loadGlossary } from "../../src/app/glossary";
import { compileGlossary } from "../../src/glossary";

const PIECES = [
  "Korea Utara", "AS", "as", "Gedung Putih", "KCNA-nya", "1.500", "2,5", "1,5 juta", "19 Juni 2024", "(13/9/2023)", "pukul 10.30",
  "ke-", "ke-3", "dua", "North Korea's", "U.S.", "“", "”", "\"", "(", ")", "[", "]", "…", "...", "  ", "\t", "\n", "\u00a0",
  "\ud800", "\udfff", "😀", "e\u0301", "ß", "İ", "Ⅻ", "١٢٣", "%", "Rp", "T", "M", "-", "--", "'", "’s", ",", ".", "?", "!",
  "99/99/9999", "31/2", "0,0", "9".repeat(30), "and", "or", "South", "North and South Korea", "barat", "Barat", "persenjataan",
];

function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = Math.imul(a ^ (a >>> 15), a | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("checks on odd text", () => {
  it("never throw, on 400 random pairs, with the real glossary", () => {
    const r = rng(1234);
    const text = () => Array.from({ length: Math.floor(r() * 12) }, () => PIECES[Math.floor(r() * PIECES.length)]!).join(r() < 0.5 ? " " : "");
    const pairs = Array.from({ length: 400 }, (_, i) => ({ ref: `f:${i}`, source: text(), target: text() }));
    const concepts = loadGlossary(path.resolve(__dirname, "../fixtures/check/glossary"));
    const matcher = compileGlossary(concepts);
    const run = runChecks(pairs, { matcher });
    expect(run.findings.length).toBeGreaterThan(0);
    for (const f of run.findings) {
      expect(f.index).toBeGreaterThanOrEqual(0);
      if (f.target) expect(pairs[f.index]!.target.slice(f.target.start, f.target.end)).toBe(f.target.text);
      if (f.source) expect(pairs[f.index]!.source.slice(f.source.start, f.source.end)).toBe(f.source.text);
    }
    // the audit engine and its oracle agree on odd text too
    expect(JSON.stringify(auditPairs(pairs, concepts, matcher, { chunkSize: 50 }))).toBe(JSON.stringify(oracleAudit(pairs, concepts)));
  });
});

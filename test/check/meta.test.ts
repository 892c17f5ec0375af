/** The check registry's rules: ids, files, tests, Indonesian messages, rows in the docs. */
import * as fs from "node:fs";
import * as path from "node:path";
import { checks, CHECK_IDS } from "../../src/check";
import { createT, loadResources } from "../../src/i18n";
import { TERM_CONDITIONS } from "../../src/check/types";
import { compileGlossary } from "../../src/glossary";
import { loadGlossary } from "../../src/app/glossary";
import { FIXTURES, loadLabelled } from "./labelled";
import "../../src/cli/output/stylish"; // registers the English check messages
import { allDocsText } from "../helpers/docs";
import { tokenize } from "../../src/glossary/tokenize";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";
import { expectEqual } from "../helpers/equal";

const SRC = path.resolve(__dirname, "../../src/check");
const placeholders = (s: string) => [...s.matchAll(/\{\{\s*([\w.-]+)\s*\}\}/g)].map((m) => m[1]).sort();

describe("check registry", () => {
  it("is sorted, and every key is its check's meta.id and file name", () => {
    expect(CHECK_IDS).toEqual([...CHECK_IDS].sort());
    const text = fs.readFileSync(path.join(SRC, "registry.ts"), "utf8");
    for (const id of CHECK_IDS) {
      expect(checks[id].meta.id).toBe(id);
      expect(text).toContain(`from "./rules/${id}";`);
    }
    const files = fs.readdirSync(path.join(SRC, "rules")).filter((f) => f.endsWith(".ts")).map((f) => f.slice(0, -3)).sort();
    expect(files).toEqual(CHECK_IDS);
  });

  it("glossary checks have ids starting glossary-", () => {
    expect(CHECK_IDS.filter((id) => id.startsWith("glossary-"))).toEqual([
      "glossary-count-mismatch", "glossary-dnt-changed", "glossary-forbidden-term", "glossary-term-missing", "glossary-unexpected-term",
    ]);
  });

  it("every check has a test file", () => {
    for (const id of CHECK_IDS) expect(fs.existsSync(path.join(__dirname, "rules", `${id}.test.ts`))).toBe(true);
  });

  it("every check has a category, severity, one-sentence description and messages", () => {
    for (const id of CHECK_IDS) {
      const m = checks[id].meta;
      expect(["critical", "functional", "cosmetic"]).toContain(m.category);
      expect(["error", "warning", "info"]).toContain(m.defaultSeverity);
      expect(m.description).toMatch(/^[A-Z].*\.$/);
      expect(Object.keys(m.messages).length).toBeGreaterThan(0);
    }
  });

  it("every check declares what it needs (meta.needs), and a check that reads only the texts reports the same without the glossary matches", () => {
    const concepts = loadGlossary(path.join(FIXTURES, "glossary"));
    const matcher = compileGlossary(concepts);
    const inputs = loadLabelled().map((l) => ({ source: l.source, target: l.target, sourceTerms: matcher.matchSource(l.source), targetTerms: matcher.matchTarget(l.target), concepts: matcher.concepts }));
    expect(inputs.some((i) => i.sourceTerms.length > 0 && i.targetTerms.length > 0)).toBe(true);
    for (const id of CHECK_IDS) {
      const c = checks[id];
      const needs = c.meta.needs;
      expect(["text", "target-terms", "terms"]).toContain(needs.reads);
      for (const w of needs.when ?? []) expect(TERM_CONDITIONS).toContain(w);
      if (needs.when) expect(needs.reads).toBe("terms");
      if (needs.spans) expect(needs.reads).toBe("target-terms");
      if (c.meta.scope === "corpus") {
        expect(["same-source", "same-target", "measure"]).toContain(needs.corpus);
        if (needs.corpus === "measure") expect(typeof (c as { measure?: unknown }).measure).toBe("function");
        continue;
      }
      expect(needs.corpus).toBeUndefined();
      if (needs.reads !== "text" || !("check" in c)) continue;
      const check = c.check.bind(c) as (i: unknown, o: unknown) => unknown;
      for (const i of inputs) {
        expect([id, check({ source: i.source, target: i.target, sourceTerms: [], targetTerms: [] }, c.defaultOptions)]).toEqual([id, check(i, c.defaultOptions)]);
      }
    }
  });

  it("every pair check reports the same with the texts' tokens (CheckInput.sourceTokens/targetTokens, as the audit gives them) as without", () => {
    const concepts = loadGlossary(path.join(FIXTURES, "glossary"));
    const matcher = compileGlossary(concepts);
    const gen = generateConcepts(300);
    const genMatcher = compileGlossary(gen);
    // real pairs, the same made plain (printable ASCII, single spaces: read by their tokens), generated ones
    const labelled = loadLabelled().map((l) => ({ source: l.source, target: l.target }));
    const plain = (t: string) => t.replace(/[^\x21-\x7e]+/g, " ").trim();
    const sets: [typeof matcher, { source: string; target: string }[]][] = [
      [matcher, [...labelled, ...labelled.map((p) => ({ source: plain(p.source), target: plain(p.target) }))]],
      [genMatcher, generatePairs(1500, gen, 3)],
      // (numbers changed, added, written out; doubled spaces; quotation marks and brackets, paired or not)
      [genMatcher, generatePairs(900, gen, 4).map((p, i) => ({
        source: i % 3 === 0 ? p.source.replace(/ (\S+)$/, " dua juta $1") : i % 9 === 7 ? p.source.replace(/ /, " (") : p.source,
        target: [
          p.target.replace(/\d/, (d) => String((Number(d) + 1) % 10)), p.target.replace(/\.$/, ", 7 of them hurt."), p.target.replace(/ /, "  "),
          `"${p.target}`, p.target.replace(/ /, " ("), p.target.replace(/ (\S+) /, " [$1] "), p.target.replace(/ /, " }"), `"${p.target}"`, p.target.replace(/ /, " {"),
        ][i % 9]!,
      }))],
      // (the target the source copied: as it is, made plain, names and acronyms only, with a dateline; and
      // copies that differ only in spaces, quotation marks or letter case)
      [genMatcher, [...generatePairs(150, gen, 5), ...labelled.slice(0, 150)].flatMap((p) => [
        { source: p.source, target: p.source }, { source: plain(p.source), target: plain(p.source) },
        { source: p.source, target: ` ${p.source.replace(/ /g, "  ")}` }, { source: p.source, target: p.source.replace(/"/g, "“") },
        { source: p.source, target: p.source.toUpperCase() },
      ]).concat(["Kim Jong Un", "KCNA (Reuters)", "JAKARTA, KOMPAS.com - Ia tiba.", "JAKARTA, KOMPAS.com - Ia", "detik.com", "x"].map((t) => ({ source: t, target: t })))],
    ];
    let plainTargets = 0, reported = 0, same = 0, spanChecked = 0;
    for (const [m, pairs] of sets) {
      for (const p of pairs) {
        const base = { source: p.source, target: p.target, sourceTerms: m.matchSource(p.source), targetTerms: m.matchTarget(p.target), concepts: m.concepts };
        const withTokens = { ...base, sourceTokens: tokenize(p.source), targetTokens: tokenize(p.target) };
        if (withTokens.targetTokens.plain) plainTargets++;
        for (const id of CHECK_IDS) {
          const c = checks[id];
          if (!("check" in c)) continue;
          const check = c.check.bind(c) as (i: unknown, o: unknown) => unknown[];
          const want = check(base, c.defaultOptions);
          reported += want.length;
          if (id === "target-same-as-source") same += want.length;
          expectEqual([id, p, check(withTokens, c.defaultOptions)], [id, p, want]);
          if (c.meta.needs.spans) {
            // (the target terms' spans from the matcher's own tokens, no match objects: as the audit gives them)
            m.flat.scanTarget(p.target);
            const bySpans = { ...base, targetTerms: [], sourceTokens: withTokens.sourceTokens, targetTokens: m.flat.targetTokens };
            expectEqual([id, p, "spans", check(bySpans, c.defaultOptions)], [id, p, "spans", want]);
            spanChecked++;
          }
        }
      }
    }
    expect(plainTargets).toBeGreaterThan(1500);
    expect(reported).toBeGreaterThan(800);
    expect(same).toBeGreaterThan(400);
    expect(spanChecked).toBeGreaterThan(3000);
  });

  it("every check message exists in Indonesian with the same placeholders", () => {
    const id = loadResources("id") as { check?: Record<string, Record<string, string>> };
    const missing: string[] = [];
    for (const cid of CHECK_IDS) {
      for (const [mid, en] of Object.entries(checks[cid].meta.messages)) {
        const tr = id.check?.[cid]?.[mid];
        if (!tr || JSON.stringify(placeholders(tr)) !== JSON.stringify(placeholders(en))) missing.push(`${cid}.${mid}`);
      }
    }
    expect(missing).toEqual([]);
    // and nothing stale
    for (const cid of Object.keys(id.check ?? {})) expect(CHECK_IDS).toContain(cid);
  });

  it("English messages come from meta.messages", () => {
    const t = createT("en");
    expect(t("check.number-mismatch.missing", { number: "1.500" })).toBe("“1.500” from the source is missing or different in the target.");
    const tid = createT("id");
    expect(tid("check.untranslated.empty")).toBe("Terjemahan kosong.");
  });

  it("the docs list every check with its category, severity and description", () => {
    const readme = allDocsText();
    for (const cid of CHECK_IDS) {
      const m = checks[cid].meta;
      expect(readme).toContain(`| \`${cid}\` | ${m.category} | ${m.defaultSeverity} | ${m.scope} | ${m.description} |`);
    }
  });
});

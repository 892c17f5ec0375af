/**
 * The audit report writers (src/cli/output/audit.ts with ./json-text.ts) write the report by its
 * known shape and read findings and violations in place (their lists' cursors), not as JSON.stringify
 * or the lists' iterators would. Whatever the strings hold (quotes, backslashes, control
 * characters, lone surrogates, U+2028, non-ASCII) and whatever shape the data has:
 * - the JSON report is exactly `JSON.stringify(auditJson(t, report), null, 2) + "\n"` (the oracle);
 * - text, Markdown and HTML are exactly what the same renderers write for the report's items as
 *   plain objects (the lists' iterators: the renderers' general path);
 * - the bytes written to a file (renderAuditBytes) are the UTF-8 of that text.
 */
import { AuditMerger, auditChunk, FindingReader, knownSources, mergeAudit } from "../../src/check/audit-stream";
import { listedFindings, type AuditReport, type AuditViolation, type ConceptAudit, type ListedFinding } from "../../src/check/audit";
import { compileGlossary, type Concept } from "../../src/glossary";
import { createT } from "../../src/i18n";
import { auditJson, renderAudit, renderAuditBytes, renderAuditChunks, type AuditFormat } from "../../src/cli/output/audit";
import { jsonString, jsonText } from "../../src/cli/output/json-text";
import { findingsJson, writeFindingsJson } from "../../src/cli/output/stylish";
import type { CheckReport, ReportedFinding } from "../../src/app/check";
import { generateConcepts, generatePairs } from "../../bench/lib/generate";

const FORMATS: AuditFormat[] = ["json", "text", "md", "html"];

/** Strings JSON writes escaped, or that only look as if it might. */
const TRICKY = [
  'say "hi"', "back\\slash", "tab\there", "line\nbreak", "cr\rlf", "nul\u0000x", "esc\u001b[31m", "del\u007f", "c1\u0085\u009b",
  "lone \ud800 high", "lone \udc00 low", "end high \udbff", "\udfff start low", "pair 😀 emoji", "ls\u2028ps\u2029", "“quotes” — dash", "é à ü ß", "Ω≈ç√",
  "", " ", "{{term}}", "$t(cli.audit.title)", "\ue000\ue001", "<b>&amp;'</b>", "a|b", "`code`", "~~x~~",
];

const oracle = (lang: "en" | "id", a: AuditReport) => JSON.stringify(auditJson(createT(lang), a), null, 2) + "\n";
const bytes = (format: AuditFormat, lang: "en" | "id", a: AuditReport) => Buffer.concat([...renderAuditBytes(format, createT(lang), a, lang)].map((b) => Buffer.from(b)));

/** The report with its lists as plain arrays (no cursors: what the renderers read through iterators). */
function plain(a: AuditReport): AuditReport {
  return {
    ...a,
    conceptAudits: a.conceptAudits.map((c) => ({ ...c, violations: [...c.violations] })),
    findings: listedFindings([...a.findings]),
  };
}

/** An engine report over generated pairs whose texts, refs, terms and concept ids hold every tricky string. */
function trickyReport(): AuditReport {
  const concepts: Concept[] = generateConcepts(60, 11).map((c, k) => (k % 7 === 0 ? { ...c, id: `${c.id}${TRICKY[k % TRICKY.length]}` } : c));
  const pairs = generatePairs(600, concepts, 5).map((p, i) => ({
    ...p,
    ref: i % 5 === 0 ? `d${TRICKY[i % TRICKY.length]}:${i}` : p.ref,
    source: `${p.source} ${TRICKY[i % TRICKY.length]}`,
    target: `${p.target.replace(/ people\.$/, i % 3 ? " people, 7 of them hurt." : " people.")} ${TRICKY[(i + 3) % TRICKY.length]}`,
  }));
  // every tenth pair repeats the source of the one before with another target: inconsistent renderings (corpus findings)
  for (let i = 1; i < pairs.length; i += 10) pairs[i] = { ...pairs[i]!, source: pairs[i - 1]!.source };
  const matcher = compileGlossary(concepts);
  const known = knownSources(concepts);
  const chunks = [0, 250, 400].map((s, k, all) => auditChunk(pairs.slice(s, all[k + 1] ?? pairs.length), s, matcher, known));
  return mergeAudit(pairs, chunks, concepts);
}

describe("JSON text by value (json-text.ts) = JSON.stringify", () => {
  class Thing { constructor(readonly x = 1) {} }
  const values: unknown[] = [
    ...TRICKY, 0, -0, 1, -1.5, 1e21, 1.5e-7, 2 ** 53, NaN, Infinity, -Infinity, true, false, null,
    [], {}, [[]], [{}], { a: [] }, [undefined, () => 1, Symbol("s"), 2], { u: undefined, f: () => 1, s: Symbol("s"), n: 1 }, { only: undefined },
    { 2: "two", 1: "one", b: "b", a: "a" }, Object.assign(Object.create(null) as object, { z: 1 }), [1, , 3], // eslint-disable-line no-sparse-arrays
    new Date(0), { toJSON: () => ({ in: ["side"] }) }, { toJSON: () => undefined }, new Thing(), [new Thing(2)], new String("boxed"), new Number(3), Object(false),
    { deep: { deeper: { deepest: [1, { s: TRICKY }] } } }, [TRICKY, { k: TRICKY }],
  ];
  it.each([0, 1, 2, 5])("gives JSON's text of every kind of value at depth %d", (depth) => {
    const pad = "  ".repeat(depth);
    for (const v of values) {
      const json = JSON.stringify(v, null, 2) as string | undefined;
      expect(jsonText(v, pad)).toBe(json === undefined ? undefined : json.replace(/\n/g, "\n" + pad));
    }
    expect(jsonText({ [TRICKY[0]!]: 1, [TRICKY[9]!]: 2 }, pad)).toBe(JSON.stringify({ [TRICKY[0]!]: 1, [TRICKY[9]!]: 2 }, null, 2).replace(/\n/g, "\n" + pad));
  });
  it("quotes every string as JSON does", () => {
    for (const s of TRICKY) expect(jsonString(s)).toBe(JSON.stringify(s));
    // every UTF-16 unit alone in a string
    const each = Array.from({ length: 0x10000 }, (_x, c) => `a${String.fromCharCode(c)}b`);
    const differ = each.filter((s) => jsonString(s) !== JSON.stringify(s));
    expect(differ).toEqual([]);
  });
});

describe("the audit report writers", () => {
  const report = trickyReport();

  it("read an engine report full of tricky strings: findings, violations and concepts in it", () => {
    const findings = [...report.findings];
    const violations = report.conceptAudits.flatMap((c) => [...c.violations]);
    expect(findings.length).toBeGreaterThan(300);
    expect(violations.length).toBeGreaterThan(50);
    expect(violations.some((v) => /[\ud800-\udfff]/.test(v.source + v.target))).toBe(true);
    expect(findings.some((f) => f.ref.includes('"'))).toBe(true);
    expect(report.conceptAudits.some((c) => c.id.includes("\\"))).toBe(true);
    // the corpus checks' findings (merged into the packed ones) too
    expect(findings.filter((f) => f.checkId === "inconsistent-rendering" || f.checkId === "reused-rendering").length).toBeGreaterThan(10);
  });

  it.each(["en", "id"] as const)("write the JSON report exactly as JSON.stringify(auditJson(…), null, 2) (%s), as text and as UTF-8", (lang) => {
    const expected = oracle(lang, report);
    expect(renderAudit("json", createT(lang), report, lang)).toBe(expected);
    expect(bytes("json", lang, report).equals(Buffer.from(expected))).toBe(true);
    expect(renderAudit("json", createT(lang), plain(report), lang)).toBe(expected);
  });

  it.each(["en", "id"] as const)("write text, Markdown and HTML from the lists in place as from their items as objects (%s), as text and as UTF-8", (lang) => {
    const t = createT(lang);
    for (const format of FORMATS) {
      const expected = renderAudit(format, t, plain(report), lang);
      expect(renderAudit(format, t, report, lang)).toBe(expected);
      expect([...renderAuditChunks(format, t, report, lang)].join("")).toBe(expected);
      expect(bytes(format, lang, report).equals(Buffer.from(expected))).toBe(true);
    }
  });

  it("write findings and violations whose data JSON cannot carry, or whose names an object reorders, as they are", () => {
    const concepts = generateConcepts(50, 3);
    const pairs = generatePairs(300, concepts, 3).map((p) => ({ ...p, target: p.target.replace(/ people\.$/, " people, 7 of them hurt.") }));
    const chunk = auditChunk(pairs, 0, compileGlossary(concepts), knownSources(concepts));
    // values JSON would change (NaN → null, -0 → 0, Infinity → null), and names whose object lists them in another order ("7" first)
    const odd = [NaN, -0, Infinity];
    let changed = 0;
    chunk.found.values.forEach((v, k) => { if (typeof v === "number") chunk.found.values[k] = odd[changed++ % 3]!; });
    const reader = new FindingReader(chunk.found);
    const several = reader.keysOf.findIndex((keys) => keys.length >= 2);
    expect(several).toBeGreaterThanOrEqual(0);
    chunk.found.names[several] = [...reader.keysOf[several]!.slice(0, -1), "7"].join("\u0000");
    const lists = chunk.lists.filter(([, l]) => l.violations.length > 0);
    expect(lists.length).toBeGreaterThan(1);
    const v0 = lists[0]![1].violations[0]!;
    lists[0]![1].violations[0] = { ...v0, data: { ...v0.data, count: -0, odd: NaN } };
    const v1 = lists[1]![1].violations[0]!;
    lists[1]![1].violations[0] = { ...v1, data: { ...v1.data, 7: "seven" } };
    const report = mergeAudit(pairs, [chunk], concepts);
    expect(changed).toBeGreaterThan(3);
    for (const lang of ["en", "id"] as const) {
      const expected = oracle(lang, report);
      expect(expected).toContain('"7": "seven"');
      expect(renderAudit("json", createT(lang), report, lang)).toBe(expected);
      expect(bytes("json", lang, report).equals(Buffer.from(expected))).toBe(true);
      for (const format of FORMATS) expect(renderAudit(format, createT(lang), report, lang)).toBe(renderAudit(format, createT(lang), plain(report), lang));
    }
  });

  it("write a report that kept its violations' texts (not read again) as one that reads them again, lone surrogates and all", () => {
    const concepts = generateConcepts(60, 11);
    const pairs = generatePairs(600, concepts, 5).map((p, i) => ({ ...p, source: `${p.source} ${TRICKY[i % TRICKY.length]}`, target: `${p.target} ${TRICKY[(i + 1) % TRICKY.length]}` }));
    const chunk = auditChunk(pairs, 0, compileGlossary(concepts), knownSources(concepts));
    const report = (lasting: boolean) => {
      const m = new AuditMerger(pairs.length, { ref: (i) => pairs[i]!.ref, fetch: (ix) => ix.map((i) => pairs[i]!), lasting }, concepts);
      m.add(chunk);
      return m.finish();
    };
    const kept = report(false), again = report(true);
    expect(kept.conceptAudits.flatMap((c) => [...c.violations]).some((v) => /[\ud800-\udfff]/.test(v.source + v.target))).toBe(true);
    for (const lang of ["en", "id"] as const) {
      expect(bytes("json", lang, kept).equals(Buffer.from(oracle(lang, again)))).toBe(true);
      for (const format of FORMATS) expect(renderAudit(format, createT(lang), kept, lang)).toBe(renderAudit(format, createT(lang), again, lang));
    }
  });

  it("write every shape of report data: empty lists and data, extra and reordered keys, odd values, missing fields", () => {
    const finding = (ref: string, data: Record<string, unknown>, more: object = {}): ListedFinding =>
      ({ ref, checkId: "number-mismatch", severity: "error", messageId: "missing", data, suppressed: false, ...more }) as unknown as ListedFinding;
    const violation = (ref: string, data: Record<string, unknown>, more: object = {}): AuditViolation =>
      ({ ref, checkId: "glossary-term-missing", severity: "warning", messageId: "missing", data, source: TRICKY[0], target: TRICKY[9], offending: TRICKY[3], suppressed: true, ...more }) as unknown as AuditViolation;
    const concept = (id: string, violations: AuditViolation[], more: object = {}): ConceptAudit =>
      ({ id, sources: [id, TRICKY[1]], preferred: [], dnt: true, sourceOccurrences: 3, pairs: 2, renderings: [{ text: TRICKY[16], status: "preferred", count: 1 }], compliant: 1, violations, forbidden: [{ ref: "a:1", text: TRICKY[4] }], untranslated: [], ...more }) as unknown as ConceptAudit;
    const shapes: AuditReport[] = [
      { pairs: 0, concepts: 0, counts: { error: 0, warning: 0, info: 0, suppressed: 0 }, byCheck: {}, conceptAudits: [], neverSeen: [], conflicts: [], candidates: [], candidatesUnlisted: { minCount: 2, belowMinCount: 3, beyondLimit: 0 }, findings: listedFindings([]) },
      {
        // (key order of the report and of its items as they come; extra keys kept)
        findings: listedFindings([
          finding("a:1", {}), finding("a:2", { number: "7" }), finding("a:3", { number: NaN, expected: -0, big: Infinity }), finding("a:4", { 2: "two", 1: "one", number: "x" }),
          finding("a:5", { number: undefined, f: () => 1 }), finding(TRICKY[9]!, { number: TRICKY[10] }, { suppressed: true, line: 3 }),
          { data: { number: "1" }, messageId: "missing", checkId: "number-mismatch", ref: "b:1", severity: "warning", suppressed: false } as ListedFinding,
        ]),
        pairs: 2, concepts: 3, counts: { error: 1, warning: 2, info: 0, suppressed: 1 }, extra: { note: TRICKY }, byCheck: { "number-mismatch": 7 },
        conceptAudits: [
          concept("c1", []),
          concept("c2", [violation("a:1", {}), violation("a:2", { term: "x", expected: "y", entry: "c2" }), violation("a:3", { term: NaN, 5: "five" }, { offending: undefined }), violation("a:4", { term: "t" }, { extra: [1, {}] })]),
          { violations: [violation("a:9", { term: "z" })], ...Object.fromEntries(Object.entries(concept("c3", [])).filter(([k]) => k !== "violations")), more: null } as unknown as ConceptAudit,
        ],
        neverSeen: [{ id: "n1", sources: [TRICKY[11]!] }], conflicts: [{ kind: "inconsistent-rendering", text: TRICKY[14]!, variants: [{ text: TRICKY[2]!, refs: ["a:1", "a:2"] }] }],
        candidates: [{ term: TRICKY[13]!, kind: "name", count: 2, examples: [{ ref: "a:1", text: TRICKY[5]! }] }],
      } as unknown as AuditReport,
    ];
    for (const a of shapes) {
      for (const lang of ["en", "id"] as const) {
        const expected = oracle(lang, a);
        expect(renderAudit("json", createT(lang), a, lang)).toBe(expected);
        expect(bytes("json", lang, a).equals(Buffer.from(expected))).toBe(true);
        for (const format of FORMATS) expect(bytes(format, lang, a).equals(Buffer.from(renderAudit(format, createT(lang), a, lang)))).toBe(true);
      }
    }
  });
});

describe("selaras check --format json (writeFindingsJson)", () => {
  it("writes every shape of finding exactly as JSON.stringify(findingsJson(…), null, 2): lines, spans, fixes, related refs, suppressions, odd values", () => {
    const span = (k: number) => ({ start: k, end: k + 3, text: TRICKY[k % TRICKY.length]! });
    const findings = TRICKY.map((text, k) => ({
      ref: k % 4 === 0 ? `d${text}:${k}` : `doc:${k}`, index: k, checkId: k % 2 ? "number-mismatch" : "glossary-term-missing", severity: k % 3 ? "error" : "warning",
      category: "critical", messageId: "missing", data: k % 5 === 0 ? {} : { term: text, expected: k, odd: [NaN, -0, Infinity][k % 3]!, 3: "three" },
      ...(k % 2 ? { line: k } : {}), ...(k % 3 ? { source: span(k) } : {}), ...(k % 4 ? { target: span(k + 1) } : {}),
      ...(k % 5 === 1 ? { fix: { start: 1, end: 2, text } } : {}), ...(k % 6 === 2 ? { related: [text, "doc:1"] } : {}),
      ...(k % 7 === 3 ? { suppressed: { reason: text, author: "ana", createdAt: "2024-01-01T00:00:00Z" } } : {}),
    })) as unknown as ReportedFinding[];
    const suppression = { id: 1, document: TRICKY[0]!, checkId: "x", pairHash: "h", ref: TRICKY[9]!, reason: TRICKY[3]!, author: "a", origin: "file", source: TRICKY[10]!, target: TRICKY[14]!, createdAt: "c" };
    const reports = [
      { pairs: 3, glossary: { concepts: 2, from: TRICKY[1]! }, counts: { error: 1, warning: 2, info: 0, suppressed: 1 }, findings, lapsed: [suppression], unused: [suppression, suppression] },
      { pairs: 0, glossary: { concepts: 0, from: null }, counts: { error: 0, warning: 0, info: 0, suppressed: 0 }, findings: [], lapsed: [], unused: [] },
    ] as unknown as CheckReport[];
    for (const report of reports) {
      for (const lang of ["en", "id"] as const) {
        let text = "";
        writeFindingsJson((s) => { text += s; }, createT(lang), report);
        expect(text).toBe(JSON.stringify(findingsJson(createT(lang), report), null, 2) + "\n");
      }
    }
  });
});

/**
 * `selaras audit --cache` (src/app/audit-cache.ts): the report of a run that replays the stored
 * effects of the pairs it has seen is the report of a run without the cache, byte for byte, after
 * each kind of change — nothing, a target edited, a glossary term added, a suppression added, a
 * check's severity changed, a unit deleted, a document added — in one thread and in three (the
 * workers reading the database, and the cache, themselves). The cache holds what a later run
 * needs: the pairs' effects, one row per distinct pair of the current generation.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { auditDatabase, type AuditRunOptions } from "../../src/app/audit";
import { pairHash } from "../../src/app/check";
import { openStore, type Store } from "../../src/store";
import type { Concept } from "../../src/glossary/types";
import { fillAuditStore, generateConcepts, generatePairs } from "../../bench/lib/generate";
import { run, tempDir } from "../helpers/cli";

const NOW = "2026-01-01T00:00:00Z";
const concepts = generateConcepts(150, 5);
const pairs = generatePairs(700, concepts, 9).map((p, i) => (i % 7 === 3 ? { ...p, target: p.target.replace(/\.$/, ", 12 of them.") } : p));

let dir: string;
afterAll(() => { if (dir) fs.rmSync(dir, { recursive: true, force: true }); });

/** A new database of the generated pairs (some suppressed), a pair of a number mismatch twice (consistency). */
function database(name: string): string {
  dir ??= tempDir();
  const file = path.join(dir, `${name}.db`);
  const store = openStore(file);
  const suppressions = pairs.filter((_p, i) => i % 47 === 5).map((p) => ({ ref: p.ref, checkId: "glossary-term-missing", reason: "t" }));
  fillAuditStore(store, pairs, concepts, suppressions);
  store.close();
  return file;
}

/** The report as JSON, with the suppressions the run names (lapsed, unused). */
async function report(file: string, o: AuditRunOptions): Promise<string> {
  const store = openStore(file);
  try {
    const r = await auditDatabase(store, { root: "/nonexistent", ...o });
    return JSON.stringify({ audit: r.audit, suppressions: r.suppressions });
  } finally {
    store.close();
  }
}

const rows = (file: string): number => {
  const store = openStore(file);
  try {
    return store.db.prepare("SELECT COUNT(*) FROM audit_cache").pluck().get() as number;
  } finally {
    store.close();
  }
};

const change = (file: string, fn: (store: Store) => void) => {
  const store = openStore(file);
  try {
    store.transaction(() => fn(store));
  } finally {
    store.close();
  }
};

/** The rendering of a ref (`<slug>:<ordinal>`) and its segment. */
function renderingOf(store: Store, ref: string): { id: number; segmentId: number; source: string; target: string } {
  const [slug, ordinal] = [ref.slice(0, ref.lastIndexOf(":")), Number(ref.slice(ref.lastIndexOf(":") + 1))];
  const seg = store.documents.segments(store.documents.bySlug(slug)!.id).find((s) => s.ordinal === ordinal)!;
  const r = store.renderings.forSegment(seg.id)!;
  return { id: r.id, segmentId: seg.id, source: seg.text, target: r.text };
}

describe.each([
  ["one thread", { workers: 1 }],
  ["three threads reading the database, the cache written as the run goes", { workers: 3, chunkSize: 70, minPairsPerWorker: 1, cacheBatch: 150 }],
])("a warm report is the cold report (%s)", (_name, threads) => {
  let file: string;
  /** The report without the cache, then with it (filled before), compared; the cache's rows after. */
  const same = async (config?: AuditRunOptions["config"]): Promise<string> => {
    const cold = await report(file, { ...threads, config });
    const warm = await report(file, { ...threads, config, cache: true });
    expect(warm).toBe(cold);
    return cold;
  };
  let before: string;
  beforeAll(async () => {
    file = database(threads.workers === 1 ? "one" : "three");
    // a cold run with the cache fills it, and says what a run without says
    const cold = await report(file, threads);
    expect(await report(file, { ...threads, cache: true })).toBe(cold);
    expect(rows(file)).toBe(new Set(pairs.map((p) => `${p.source}\u0000${p.target}`)).size);
    before = cold;
  });

  it("nothing changed: every pair replayed", async () => {
    expect(await same()).toBe(before);
    expect(JSON.parse(before).audit.counts.error + JSON.parse(before).audit.counts.warning).toBeGreaterThan(0);
  });

  it("one target edited: that pair audited again (one row more), the report the cold one", async () => {
    const n = rows(file);
    change(file, (store) => {
      const r = renderingOf(store, pairs[3]!.ref);
      store.renderings.update(r.id, { text: r.target.replace(", 12 of them.", ", 13 of them."), sourceText: r.source, status: "translated", origin: "manual", author: "t", now: NOW });
    });
    const after = await same();
    expect(after).not.toBe(before);
    expect(rows(file)).toBe(n + 1);
    before = after;
  });

  it("a glossary term added: a new generation, every pair audited again", async () => {
    const added: Concept[] = concepts.map((c, i) => (i === 0 ? { ...c, renderings: [...c.renderings, { text: "approved", status: "forbidden" as const, caseSensitive: false }] } : c));
    const word = pairs.find((p) => /\bapproved\b/.test(p.target));
    change(file, (store) => store.glossary.replaceAll(added, NOW));
    const after = await same();
    if (word) expect(after).not.toBe(before);
    change(file, (store) => store.glossary.replaceAll(concepts, NOW));
    expect(await same()).toBe(before);
  });

  it("a suppression added", async () => {
    const ref = JSON.parse(before).audit.findings.find((f: { checkId: string }) => f.checkId === "number-mismatch")?.ref as string | undefined;
    expect(ref).toBeDefined();
    change(file, (store) => {
      const r = renderingOf(store, ref!);
      store.findings.suppress({ document: ref!.slice(0, ref!.lastIndexOf(":")), checkId: "number-mismatch", pairHash: pairHash(r.source, r.target), ref: ref!, reason: "t", author: "t", origin: "cli", source: r.source, target: r.target, createdAt: NOW });
    });
    const after = await same();
    expect(JSON.parse(after).audit.counts.suppressed).toBe(JSON.parse(before).audit.counts.suppressed + 1);
    before = after;
  });

  it("a check's severity changed", async () => {
    const after = await same({ severity: { "number-mismatch": "info" } });
    expect(JSON.parse(after).audit.counts.info).toBeGreaterThan(JSON.parse(before).audit.counts.info);
    expect(await same()).toBe(before);
  });

  it("a unit deleted", async () => {
    change(file, (store) => store.renderings.remove(renderingOf(store, pairs[10]!.ref).id));
    const after = await same();
    expect(JSON.parse(after).audit.pairs).toBe(JSON.parse(before).audit.pairs - 1);
    before = after;
  });

  it("a new document added", async () => {
    change(file, (store) => {
      const doc = store.documents.insert({ slug: "baru", title: "baru", sourcePath: null, contentHash: "baru", meta: {} }, NOW);
      for (const [o, p] of [pairs[20]!, pairs[21]!, { source: pairs[22]!.source, target: "Something else entirely, 99 times." }].entries()) {
        const seg = store.documents.insertSegment(doc, { ordinal: o + 1, paragraph: 1, text: p.source, start: 0, end: 1, kind: "body", suspect: null, normHash: "" }, NOW);
        store.renderings.create({ segmentIds: [seg], text: p.target, sourceText: p.source, status: "translated", origin: "manual", author: "t", now: NOW });
      }
    });
    const after = await same();
    expect(JSON.parse(after).audit.pairs).toBe(JSON.parse(before).audit.pairs + 3);
  });
});

describe("selaras audit --cache", () => {
  it("writes the report byte for byte as without; refuses --pairs (exit 2)", async () => {
    const file = database("cli");
    const out = (name: string) => path.join(dir, name);
    expect((await run(["audit", "--db", file, "--root", dir, "--format", "json", "--out", out("a.json")])).code).toBe(1);
    const filled = await run(["audit", "--db", file, "--root", dir, "--format", "json", "--out", out("b.json"), "--cache"]);
    expect(filled.code).toBe(1);
    const warm = await run(["audit", "--db", file, "--root", dir, "--format", "json", "--out", out("c.json"), "--cache"]);
    expect(warm.code).toBe(1);
    expect(warm.stderr.replace("c.json", "b.json")).toBe(filled.stderr);
    expect(fs.readFileSync(out("b.json")).equals(fs.readFileSync(out("a.json")))).toBe(true);
    expect(fs.readFileSync(out("c.json")).equals(fs.readFileSync(out("a.json")))).toBe(true);
    fs.writeFileSync(out("p.tsv"), "Ia pergi.\tHe went.\n");
    const refused = await run(["audit", "--pairs", out("p.tsv"), "--cache"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("--cache");
  });
});

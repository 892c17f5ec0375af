/**
 * Generated data shared by the tests and the benchmarks (one module, so both exercise the same
 * shapes): a glossary of invented concepts (`generateConcepts`), sentence pairs that use them
 * (`generatePairs`: right, wrong, forbidden and left-out renderings, numbers, repeated sources), and
 * a project database holding them (`fillAuditStore`: documents, segments, renderings, the glossary,
 * suppressions), as `selaras audit` reads it. Deterministic: same seed, same data.
 */
import type { Concept, TermRendering } from "../../src/glossary/types";
import type { Store } from "../../src/store";
import type { NewSuppression } from "../../src/store/findings";
import { pairHash } from "../../src/app/check";
import { flatString, rng } from "./harness";

const SYL_ID = ["ka", "ri", "mu", "la", "po", "se", "ta", "na", "bu", "di", "ge", "ho", "ja", "ko", "me", "ni", "pa", "ra", "su", "wa"];
const SYL_EN = ["bar", "ven", "tor", "lim", "dex", "mar", "sol", "quin", "pel", "rod", "fen", "gal", "hur", "jas", "kel", "nor"];
const FILLER_ID = ("yang dan di ke dari untuk pada dengan dalam akan tidak ini itu juga sudah telah oleh karena para antara " +
  "pemerintah negara kata mengatakan pejabat bulan pekan hari baru besar tinggi militer ekonomi politik hubungan kunjungan wilayah").split(" ");
const FILLER_EN = ("the of and to in a is that for on with as was by it at from said officials government country week day new " +
  "large high military economic political relations visit region").split(" ");

const FILLER = new Set([...FILLER_ID, ...FILLER_EN]);
const word = (r: () => number, syl: string[], min = 2, max = 4) => {
  const n = min + Math.floor(r() * (max - min + 1));
  let w = "";
  for (let i = 0; i < n; i++) w += syl[Math.floor(r() * syl.length)];
  return w;
};
const cap = (s: string) => s.replace(/(^| )(\p{L})/gu, (_m, a: string, c: string) => a + c.toUpperCase());

export function generateConcepts(count: number, seed = 42): Concept[] {
  const r = rng(seed);
  const seen = new Set<string>();
  const out: Concept[] = [];
  while (out.length < count) {
    const words = 1 + Math.floor(r() * 3);
    const src = Array.from({ length: words }, () => word(r, SYL_ID)).join(" ");
    const cs = r() < 0.25;
    const source = cs ? cap(src) : src;
    if (seen.has(source.toLowerCase()) || src.split(" ").some((w) => FILLER.has(w))) continue;
    seen.add(source.toLowerCase());
    const dnt = r() < 0.1;
    const renderings: TermRendering[] = [];
    if (!dnt) {
      const en = Array.from({ length: words }, () => word(r, SYL_EN)).join(" ");
      renderings.push({ text: en, status: "preferred", caseSensitive: false });
      if (r() < 0.3) renderings.push({ text: `${en}s alt`, status: "admitted", caseSensitive: false });
      if (r() < 0.2) renderings.push({ text: `${word(r, SYL_EN)} ${en}`, status: "forbidden", caseSensitive: false, replacement: en });
    }
    out.push({ id: `c${out.length}`, sources: [{ text: source, caseSensitive: cs }], renderings, dnt });
  }
  return out;
}

export interface Pair { ref: string; source: string; target: string }

/** Pairs of 12–30 words with 0–3 terms; 90% rendered right, the rest wrong, forbidden or left out;
 *  1% repeat an earlier source with another rendering. */
export function generatePairs(count: number, concepts: readonly Concept[], seed = 7): Pair[] {
  const r = rng(seed);
  const out: Pair[] = [];
  for (let i = 0; i < count; i++) {
    const n = 12 + Math.floor(r() * 19);
    const s: string[] = [];
    const t: string[] = [];
    for (let k = 0; k < n; k++) { s.push(FILLER_ID[Math.floor(r() * FILLER_ID.length)]!); t.push(FILLER_EN[Math.floor(r() * FILLER_EN.length)]!); }
    const terms = Math.floor(r() * 4);
    for (let k = 0; k < terms; k++) {
      const c = concepts[Math.floor(r() * concepts.length)]!;
      s.splice(Math.floor(r() * s.length), 0, c.sources[0]!.text);
      const x = r();
      const preferred = c.renderings.find((q) => q.status === "preferred");
      const forbidden = c.renderings.find((q) => q.status === "forbidden");
      let rendering = c.dnt ? c.sources[0]!.text : preferred!.text;
      if (x < 0.03) continue; // left out
      if (x < 0.06 && forbidden) rendering = forbidden.text;
      else if (x < 0.1) rendering = word(r, SYL_EN);
      t.splice(Math.floor(r() * t.length), 0, rendering);
    }
    const num = Math.floor(r() * 5000);
    s.push(`${num.toLocaleString("de-DE")} orang`);
    t.push(`${num.toLocaleString("en-US")} people`);
    const ref = `doc${Math.floor(i / 40)}:${(i % 40) + 1}`;
    // 1% repeat an earlier source with another rendering (consistency conflicts to find)
    if (i >= 50 && i % 100 === 0) {
      const earlier = out[i - 50]!;
      out.push({ ref, source: earlier.source, target: flatString(earlier.target.replace(/^\S+/, "Meanwhile")) });
      continue;
    }
    // (flat strings, as read from the database: see flatString)
    out.push({ ref, source: flatString(cap(s[0]!) + " " + s.slice(1).join(" ") + "."), target: flatString(cap(t[0]!) + " " + t.slice(1).join(" ") + ".") });
  }
  return out;
}


/** Refs are `<slug>:<ordinal>`: the document and the segment of each generated pair. */
const refParts = (ref: string): [string, number] => {
  const k = ref.lastIndexOf(":");
  return [ref.slice(0, k), Number(ref.slice(k + 1))];
};

/**
 * Writes `pairs` (refs `<slug>:<ordinal>`, one document per slug, pairs of a document consecutive)
 * into `store` as documents, segments and translated renderings, the concepts as its glossary and
 * `suppressions` (each: the pair's ref, the check and a reason), in transactions of 20,000 pairs.
 */
export function fillAuditStore(
  store: Store,
  pairs: readonly Pair[],
  concepts: readonly Concept[],
  suppressions: readonly { ref: string; checkId: string; reason: string }[] = [],
  log?: (line: string) => void,
): void {
  const now = "2026-01-01T00:00:00Z";
  store.transaction(() => { store.glossary.replaceAll(concepts, now); });
  let id = store.renderings.nextId();
  let docId = -1, slug = "";
  for (let s = 0; s < pairs.length; s += 20_000) {
    store.transaction(() => {
      const bulk = store.renderings.bulkCreate();
      for (let i = s; i < Math.min(pairs.length, s + 20_000); i++) {
        const p = pairs[i]!;
        const [doc, ordinal] = refParts(p.ref);
        if (doc !== slug) {
          slug = doc;
          docId = store.documents.insert({ slug, title: slug, sourcePath: null, contentHash: slug, meta: {} }, now);
        }
        const seg = store.documents.insertSegment(docId, { ordinal, paragraph: ordinal, text: p.source, start: 0, end: p.source.length, kind: "body", suspect: null, normHash: "" }, now);
        bulk.add(id++, { segmentIds: [seg], text: p.target, sourceText: p.source, status: "translated", origin: "manual", author: "bench", now });
      }
      bulk.flush();
    });
    log?.(`stored ${Math.min(pairs.length, s + 20_000).toLocaleString("en-US")} pairs`);
  }
  const byRef = new Map(suppressions.length ? pairs.map((p) => [p.ref, p]) : []);
  const rows: NewSuppression[] = suppressions.map((x) => {
    const p = byRef.get(x.ref)!;
    return { document: refParts(x.ref)[0], checkId: x.checkId, pairHash: pairHash(p.source, p.target), ref: x.ref, reason: x.reason, author: "bench", origin: "cli", source: p.source, target: p.target, createdAt: now };
  });
  store.transaction(() => { for (const r of rows) store.findings.suppress(r); });
}

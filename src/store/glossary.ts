/**
 * Glossary repository: the concepts of `glossary/` as loaded by `glossary sync` (the files are the
 * source of truth; the database holds the last synced copy, for `terms`, checks and the session).
 */
import type { Db } from "./open";
import type { Concept, SourceForm, TermRendering } from "../model";

export interface GlossaryDiff {
  readonly added: string[];
  readonly changed: string[];
  readonly removed: string[];
  readonly unchanged: number;
}

/* eslint-disable @typescript-eslint/no-explicit-any */
export function createGlossaryRepo(db: Db) {
  const s = {
    concepts: db.prepare("SELECT * FROM glossary_concept ORDER BY position"),
    terms: db.prepare("SELECT * FROM glossary_term ORDER BY concept_id, lang, position"),
    count: db.prepare("SELECT COUNT(*) FROM glossary_concept").pluck(),
    deleteTerms: db.prepare("DELETE FROM glossary_term"),
    deleteConcepts: db.prepare("DELETE FROM glossary_concept"),
    insertConcept: db.prepare(
      `INSERT INTO glossary_concept (id, position, dnt, pos, domain, note, example, file, line, fingerprint, updated_at, enforce, unverified)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    insertTerm: db.prepare(
      `INSERT INTO glossary_term (concept_id, lang, position, text, status, case_sensitive, kind, replacement)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ),
    fingerprints: db.prepare("SELECT id, fingerprint, updated_at FROM glossary_concept"),
  };
  const fingerprint = (c: Concept) =>
    JSON.stringify([c.sources, c.renderings, c.dnt, c.pos ?? null, c.domain ?? null, c.note ?? null, c.example ?? null,
      // (only when set: a concept without them keeps the fingerprint it had before they existed)
      ...(c.enforce || c.unverified ? [c.enforce ?? null, Boolean(c.unverified)] : [])]);
  /** replaceAll calls on this connection (the only writer of the glossary's tables): see changeKey. */
  let writes = 0;
  const repo = {
    count: (): number => s.count.get() as number,
    /**
     * Equal keys: the glossary did not change between them (this connection did not write it, and no
     * other connection committed anything: SQLite's data_version). Unlike store.changeKey, a save
     * of a rendering on this connection keeps it: for caches of the glossary in a server that saves.
     */
    changeKey: (): string => `${db.pragma("data_version", { simple: true }) as number}:${writes}`,
    /** Every concept, in glossary order. */
    all(): Concept[] {
      const terms = new Map<string, any[]>();
      for (const t of s.terms.all() as any[]) {
        let list = terms.get(t.concept_id);
        if (!list) terms.set(t.concept_id, (list = []));
        list.push(t);
      }
      return (s.concepts.all() as any[]).map((r) => {
        const ts = terms.get(r.id) ?? [];
        const sources: SourceForm[] = ts.filter((t) => t.lang === "id").map((t) =>
          t.kind ? { text: t.text, caseSensitive: t.case_sensitive === 1, kind: t.kind } : { text: t.text, caseSensitive: t.case_sensitive === 1 });
        const renderings: TermRendering[] = ts.filter((t) => t.lang === "en").map((t) =>
          t.replacement !== null
            ? { text: t.text, status: t.status, caseSensitive: t.case_sensitive === 1, replacement: t.replacement }
            : { text: t.text, status: t.status, caseSensitive: t.case_sensitive === 1 });
        return {
          id: r.id, sources, renderings, dnt: r.dnt === 1,
          ...(r.enforce !== null ? { enforce: r.enforce } : {}),
          ...(r.unverified === 1 ? { unverified: true } : {}),
          ...(r.pos !== null ? { pos: r.pos } : {}),
          ...(r.domain !== null ? { domain: r.domain } : {}),
          ...(r.note !== null ? { note: r.note } : {}),
          ...(r.example !== null ? { example: r.example } : {}),
          ...(r.file !== null ? { file: r.file } : {}),
          ...(r.line !== null ? { line: r.line } : {}),
        };
      });
    },
    /** Does the database hold exactly these concepts (the same ids with the same content, in any order)? */
    holds(concepts: readonly Concept[]): boolean {
      const stored = new Map((s.fingerprints.all() as any[]).map((r) => [r.id as string, r.fingerprint as string]));
      return stored.size === concepts.length && concepts.every((c) => stored.get(c.id) === fingerprint(c));
    },
    /** Replaces the whole glossary (call inside a transaction). Unchanged concepts keep their updated_at. */
    replaceAll(concepts: readonly Concept[], now: string): GlossaryDiff {
      writes++;
      const old = new Map((s.fingerprints.all() as any[]).map((r) => [r.id as string, { fp: r.fingerprint as string, at: r.updated_at as string }]));
      const added: string[] = [], changed: string[] = [];
      let unchanged = 0;
      s.deleteTerms.run();
      s.deleteConcepts.run();
      concepts.forEach((c, position) => {
        const fp = fingerprint(c);
        const prev = old.get(c.id);
        if (!prev) added.push(c.id);
        else if (prev.fp !== fp) changed.push(c.id);
        else unchanged++;
        s.insertConcept.run(c.id, position, c.dnt ? 1 : 0, c.pos ?? null, c.domain ?? null, c.note ?? null, c.example ?? null,
          c.file ?? null, c.line ?? null, fp, prev && prev.fp === fp ? prev.at : now, c.enforce ?? null, c.unverified ? 1 : 0);
        c.sources.forEach((f, k) => s.insertTerm.run(c.id, "id", k, f.text, "preferred", f.caseSensitive ? 1 : 0, f.kind ?? null, null));
        c.renderings.forEach((r, k) => s.insertTerm.run(c.id, "en", k, r.text, r.status, r.caseSensitive ? 1 : 0, null, r.replacement ?? null));
      });
      const ids = new Set(concepts.map((c) => c.id));
      const removed = [...old.keys()].filter((id) => !ids.has(id)).sort();
      return { added, changed, removed, unchanged };
    },
  };
  return repo;
}
export type GlossaryRepo = ReturnType<typeof createGlossaryRepo>;

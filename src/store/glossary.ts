/**
 * Glossary repository: the concepts of `glossary/` as loaded by `glossary sync` (the files are the
 * source of truth; the database holds the last synced copy, for `terms`, checks and the session).
 */
import type { Db } from "./open";
import { changeClock, pauseChangeClock } from "./change-clock";
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
    // (rows as arrays, only the columns a Concept holds: half the time of objects of every column on 47,000 concepts)
    concepts: db.prepare("SELECT id, dnt, pos, domain, note, example, file, line, enforce, unverified FROM glossary_concept ORDER BY position").raw(),
    terms: db.prepare("SELECT concept_id, lang, text, status, case_sensitive, kind, replacement FROM glossary_term ORDER BY concept_id, lang, position").raw(),
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
  const clock = changeClock(db);
  const repo = {
    count: (): number => s.count.get() as number,
    /**
     * Equal keys: no connection wrote the glossary's tables between them (change_clock's glossary
     * count). Unlike store.changeKey, a save of a rendering keeps it: for caches of the glossary in
     * a server that saves.
     */
    changeKey: (): string => clock.glossary(),
    /** Every concept, in glossary order. */
    all(): Concept[] {
      const sourcesOf = new Map<string, SourceForm[]>(), renderingsOf = new Map<string, TermRendering[]>();
      for (const [conceptId, lang, text, status, caseSensitive, kind, replacement] of s.terms.all() as any[][]) {
        if (lang === "id") {
          let list = sourcesOf.get(conceptId);
          if (!list) sourcesOf.set(conceptId, (list = []));
          list.push(kind ? { text, caseSensitive: caseSensitive === 1, kind } : { text, caseSensitive: caseSensitive === 1 });
        } else {
          let list = renderingsOf.get(conceptId);
          if (!list) renderingsOf.set(conceptId, (list = []));
          list.push(replacement !== null ? { text, status, caseSensitive: caseSensitive === 1, replacement } : { text, status, caseSensitive: caseSensitive === 1 });
        }
      }
      return (s.concepts.all() as any[][]).map(([id, dnt, pos, domain, note, example, file, line, enforce, unverified]) => ({
        id, sources: sourcesOf.get(id) ?? [], renderings: renderingsOf.get(id) ?? [], dnt: dnt === 1,
        ...(enforce !== null ? { enforce } : {}),
        ...(unverified === 1 ? { unverified: true } : {}),
        ...(pos !== null ? { pos } : {}),
        ...(domain !== null ? { domain } : {}),
        ...(note !== null ? { note } : {}),
        ...(example !== null ? { example } : {}),
        ...(file !== null ? { file } : {}),
        ...(line !== null ? { line } : {}),
      }));
    },
    /** Does the database hold exactly these concepts (the same ids with the same content, in any order)? */
    holds(concepts: readonly Concept[]): boolean {
      const stored = new Map((s.fingerprints.all() as any[]).map((r) => [r.id as string, r.fingerprint as string]));
      return stored.size === concepts.length && concepts.every((c) => stored.get(c.id) === fingerprint(c));
    },
    /**
     * Replaces the whole glossary (call inside a transaction). Unchanged concepts keep their updated_at.
     * The change clock counts the replacement once, not per row (pauseChangeClock): a trigger per row
     * deleted and inserted made a 20,000-concept glossary's replacement 1.9 s of CPU (2.3 s on a
     * workbench's connection, whose own-writes trigger fires too) against 0.8 s — paid by `glossary
     * sync` and by every glossary edit from the workbench, which replaces the whole glossary.
     */
    replaceAll(concepts: readonly Concept[], now: string): GlossaryDiff {
      const resume = pauseChangeClock(db, { glossary: true });
      try {
        return replace(concepts, now);
      } finally {
        resume();
      }
    },
  };
  function replace(concepts: readonly Concept[], now: string): GlossaryDiff {
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
  }
  return repo;
}
export type GlossaryRepo = ReturnType<typeof createGlossaryRepo>;

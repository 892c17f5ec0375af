/**
 * Confirmed records of translations/ files the checks refused (stored as drafts), as an import noted
 * them (migration 65): a workbench running beside `translations import` reads the ones noted since it
 * last looked and tells the pages (server/live.ts). Only the newest KEPT rows are kept.
 */
import type { Db } from "./open";

const KEPT = 1000;

export interface ImportRefusal {
  readonly id: number;
  readonly document: string;
  readonly ref: string;
  /** The state the record asked for. */
  readonly requested: string;
  readonly author: string | null;
  /** The file the record was read from (project-relative inside the project); null: noted before migration 66. */
  readonly file: string | null;
  /** The checks' findings, as JSON (the app layer's UnitFinding[]). */
  readonly findings: string;
  readonly createdAt: string;
}

export function createImportRefusalRepo(db: Db) {
  const s = {
    add: db.prepare("INSERT INTO import_refusal (document, ref, requested, author, file, findings, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
    prune: db.prepare("DELETE FROM import_refusal WHERE id <= (SELECT MAX(id) FROM import_refusal) - ?"),
    since: db.prepare("SELECT id, document, ref, requested, author, file, findings, created_at AS createdAt FROM import_refusal WHERE id > ? ORDER BY id LIMIT ?"),
    latest: db.prepare("SELECT COALESCE(MAX(id), 0) FROM import_refusal").pluck(),
  };
  return {
    add(r: Omit<ImportRefusal, "id">): void {
      s.add.run(r.document, r.ref, r.requested, r.author, r.file, r.findings, r.createdAt);
      s.prune.run(KEPT);
    },
    /** The refusals noted after `id`, oldest first (at most `limit`). */
    since: (id: number, limit = KEPT): ImportRefusal[] => s.since.all(id, limit) as ImportRefusal[],
    /** The newest refusal's id (0: none). */
    latest: (): number => s.latest.get() as number,
  };
}
export type ImportRefusalRepo = ReturnType<typeof createImportRefusalRepo>;

/**
 * What the database last knew of each translations/ file: the hash of the text it last read
 * (translations import, the rebuild) or wrote (files kept in step). A command about to rewrite a
 * file that changed on disk since (a `git pull` brought a colleague's records, a hand edit) refuses
 * instead of writing over it.
 */
import type { Db } from "./open";

export function createProjectFileRepo(db: Db) {
  const s = {
    get: db.prepare("SELECT hash FROM project_file WHERE document = ?").pluck(),
    set: db.prepare("INSERT INTO project_file (document, hash) VALUES (?, ?) ON CONFLICT (document) DO UPDATE SET hash = excluded.hash WHERE hash IS NOT excluded.hash"),
    forget: db.prepare("DELETE FROM project_file WHERE document = ?"),
  };
  return {
    /** The hash of the document's translations file as last read or written, if known. */
    hashOf: (document: string): string | undefined => s.get.get(document) as string | undefined,
    record(document: string, hash: string): void { s.set.run(document, hash); },
    /** The database no longer knows the file (its document left): it is never written over before it is read again. */
    forget(document: string): void { s.forget.run(document); },
  };
}
export type ProjectFileRepo = ReturnType<typeof createProjectFileRepo>;

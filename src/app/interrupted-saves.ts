/**
 * Saves a killed process left in translations/ files and not in the database (docs/guarantees.md,
 * "After a crash"): a kill between a batch's renames and its COMMIT leaves the new files and the old
 * database, and every later save in those documents was refused (`translations-file-changed`) until
 * someone ran `selaras translations import`. `selaras serve` loads them itself when it starts, as that
 * import would (app/translations.ts importTranslations: nothing the database held is lost, it goes
 * to the history) — but only files with the crash's signature: the store's file journal kept the
 * file's old version beside it (`.<name>.<pid>.<time>.<n>.tmp`, store/file-journal.ts), the process
 * that made it is gone, and those old bytes are the ones the database records. A file changed on
 * disk otherwise (a git pull, a hand edit) is left to a person, as before.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { projectFileHash } from "../text/normalize";
import { createGate, inStep } from "./lifecycle";
import { importTranslations, TRANSLATIONS_DIR, type ImportResult } from "./translations";
import { TRANSLATIONS_EXTENSION } from "../translations/format";
import type { Store } from "../store";
import { deadTemporaryOf } from "../store/file-journal";

/**
 * The hidden files of dead processes in `dir` (the journal's old versions and the writers' temporary
 * files: `.<name>.<pid>.<time>.<n>.tmp`, store/file-journal.ts), by the name of the file they stand beside.
 */
function deadTemporaries(dir: string, entries: readonly string[]): Map<string, string[]> {
  const byName = new Map<string, string[]>();
  for (const e of entries) {
    const name = deadTemporaryOf(e);
    if (name !== null) byName.set(name, [...byName.get(name) ?? [], path.join(dir, e)]);
  }
  return byName;
}

export interface InterruptedSaves {
  /** The translations files loaded (absolute paths). */
  readonly files: readonly string[];
  readonly result: ImportResult | null;
}

/**
 * Loads the translations/ files a killed process replaced without committing (see the module
 * comment), in one transaction, and removes the old versions the dead process kept beside them.
 */
export function loadInterruptedSaves(store: Store, root: string, o: { author: string; now: string }): InterruptedSaves {
  const dir = path.join(root, TRANSLATIONS_DIR);
  if (!fs.existsSync(dir)) return { files: [], result: null };
  // (only files with a dead process's leftovers beside them are read: a start reads no file otherwise)
  const dead = deadTemporaries(dir, fs.readdirSync(dir));
  const found: Array<{ file: string; leftovers: string[] }> = [];
  for (const [name, temporaries] of dead) {
    if (!name.endsWith(TRANSLATIONS_EXTENSION)) continue;
    const slug = name.slice(0, -TRANSLATIONS_EXTENSION.length);
    const known = store.projectFiles.hashOf(slug);
    const file = path.join(dir, name);
    if (known === undefined || !store.documents.bySlug(slug) || !fs.existsSync(file)) continue;
    if (projectFileHash(fs.readFileSync(file)) === known) continue;
    // (only the old versions are removed afterwards, now in the history; another leftover — a writer's
    // temporary file never renamed into place — may hold English of a save nobody was answered for)
    const leftovers = temporaries.filter((l) => projectFileHash(fs.readFileSync(l)) === known);
    if (leftovers.length > 0) found.push({ file, leftovers });
  }
  if (found.length === 0) return { files: [], result: null };
  const files = found.map((f) => f.file);
  const result = inStep(store, root, () => importTranslations(store, files, { author: o.author, gate: createGate(store, undefined, root), now: o.now, root }), (r) => r.documents);
  for (const f of found) for (const l of f.leftovers) fs.rmSync(l, { force: true });
  return { files, result };
}

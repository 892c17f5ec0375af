/**
 * A document's translations/ file changed under the workbench — by `git pull` (a colleague's
 * records), a hand edit — is loaded into the database before the server reads or writes that
 * document, as `selaras translations import` would (app/translations.ts: nothing the database held
 * is lost, it goes to the history; a confirmed record the checks refuse is stored as a draft). Until
 * now every save in such a document was refused (`translations-file-changed`) until someone ran that
 * import by hand.
 *
 * Only a file this database has read or written (its hash is recorded: store.projectFiles) and whose
 * bytes differ from that record is loaded — the server's own writes are never read back, and a file
 * the database never read (`translations-file-unread`) is still left to a person. A file is read once
 * it has been still for SETTLE_MS (not half-way through a write); one that does not load (a merge
 * conflict left in it, a bad record) is left as before — the saves in its document are refused with
 * `translations-file-changed`, and `translations import` names the line — until it changes again.
 *
 * What a translator typing in the browser has not saved stays in the page: the page reads the units
 * again (the live `changed` event) and keeps typed text (Editor.tsx followTyped); their save of a unit
 * the file changed is a conflict (409) carrying both texts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { inStep, type Gate } from "../app/lifecycle";
import { importTranslations, TRANSLATIONS_DIR, type ImportResult } from "../app/translations";
import { TRANSLATIONS_EXTENSION } from "../translations/format";
import { projectFileHash } from "../text/normalize";
import { isSelarasError, StoreError } from "../errors";
import type { Store } from "../store";

/** How often one document's file may be looked at (a stat), and how long it must be still before it is read. */
export const TRANSLATIONS_LOOK_MS = 500;
export const TRANSLATIONS_SETTLE_MS = 300;

export interface TranslationsWatchOptions {
  /** Who is named as the importer (the records keep their own authors). */
  readonly author: string;
  /** The saves' gate (the checks a confirmed record passes). */
  gate(): Gate;
  /**
   * What a load read: its documents are announced (the pages read them again), with the confirmed
   * records the checks refused (stored as drafts). `noted`: the ids of the refusals this load noted
   * (store.importRefusals, after `after` up to `upTo`): the server's own, which its look for another
   * process's refusals must not announce a second time.
   */
  loaded(result: ImportResult, noted: { readonly after: number; readonly upTo: number }): void;
}

/**
 * `watch(slug)` loads that document's file if it changed under the server (see the module comment);
 * `watch.all()` does so for every file in translations/ (the dashboard's counts: a pulled document
 * nobody has open) — at most every TRANSLATIONS_LOOK_MS, a directory listing and a stat per file;
 * a file is read only when its size or time moved since it was last judged.
 */
export interface TranslationsWatch {
  (slug: string): void;
  all(): void;
}

export function createTranslationsWatch(store: Store, root: string, o: TranslationsWatchOptions): TranslationsWatch {
  const dir = path.join(root, TRANSLATIONS_DIR);
  /** Per document: when its file was last looked at, and its size and time as last judged. */
  const looked = new Map<string, number>();
  const judged = new Map<string, string>();
  const look = (slug: string): void => {
    const now = Date.now();
    if (now - (looked.get(slug) ?? -Infinity) < TRANSLATIONS_LOOK_MS) return;
    looked.set(slug, now);
    if (looked.size > 10_000) looked.clear();
    const file = path.join(dir, `${slug}${TRANSLATIONS_EXTENSION}`);
    let st: fs.Stats;
    try { st = fs.statSync(file); } catch { return; }
    const key = `${st.size}:${st.mtimeMs}`;
    if (judged.get(slug) === key) return;
    // (still being written: the next request looks again)
    if (now - st.mtimeMs < TRANSLATIONS_SETTLE_MS) { looked.delete(slug); return; }
    // (inside another transaction: not judged, the next request looks again)
    if (store.db.inTransaction) { looked.delete(slug); return; }
    judged.set(slug, key);
    let known: string | undefined;
    try { known = store.projectFiles.hashOf(slug); } catch { return; }
    if (known === undefined || !store.documents.bySlug(slug)) return;
    try {
      if (projectFileHash(fs.readFileSync(file)) === known) return;
      // (the refusals' ids read inside the load's write transaction: no other process notes one meanwhile)
      const { result, noted } = inStep(store, root, () => {
        const after = store.importRefusals.latest();
        const loaded = importTranslations(store, [file], { author: o.author, now: new Date().toISOString(), gate: o.gate(), root });
        return { result: loaded, noted: { after, upTo: store.importRefusals.latest() } };
      }, (r) => r.result.documents);
      o.loaded(result, noted);
    } catch (e) {
      // (a file that does not load is left to a person, as before — see the module comment; a database
      // another process holds, or any other failure, is looked at again by the next request)
      if (!isSelarasError(e) || e instanceof StoreError) judged.delete(slug);
    }
  };
  let lookedAll = -Infinity;
  const all = (): void => {
    const now = Date.now();
    if (now - lookedAll < TRANSLATIONS_LOOK_MS) return;
    lookedAll = now;
    let names: string[];
    try { names = fs.readdirSync(dir); } catch { return; }
    for (const name of names) if (name.endsWith(TRANSLATIONS_EXTENSION)) look(name.slice(0, -TRANSLATIONS_EXTENSION.length));
  };
  return Object.assign(look, { all });
}

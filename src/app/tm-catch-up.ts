/**
 * The translation memory's word index brought up to date in the background, beside the workbench's
 * server and the translate session: the changes logged since it was last folded (a bulk import, an
 * alignment, an ingest, a command beside them; see src/store/tm.ts) are folded a slice at a time
 * between requests and while the translator types, so that nobody waits for all of them (1,000,000
 * new renderings take ~11 s to fold; the first unit's help after such an import waited that long,
 * and so did the session's first sentence). A lookup folds one slice at most itself (TM_SYNC_SLICE)
 * and answers from the index as it is.
 */
import { syncTm } from "./translate";
import type { Store } from "../store";

/** Logged changes folded at a time (~0.2 s). */
export const TM_SYNC_SLICE = 20_000;

/** Folds the log a slice at a time, the next slice at once while there are more, else looks again every `everyMs`. */
export function startTmCatchUp(store: Store, o: { slice?: number; everyMs?: number } = {}): { stop(): void } {
  const slice = o.slice ?? TM_SYNC_SLICE, everyMs = o.everyMs ?? 2000;
  let stopped = false;
  let later: NodeJS.Timeout | undefined, next: NodeJS.Immediate | undefined;
  const step = () => {
    if (stopped) return;
    let n = 0;
    // (not inside a transaction of a request under way; a database another process is writing
    // to (SQLITE_BUSY) or closed: tried again later)
    if (!store.db.inTransaction) {
      try { n = syncTm(store, slice); } catch { n = 0; }
    }
    if (stopped) return;
    if (n >= slice) (next = setImmediate(step)).unref();
    else (later = setTimeout(step, everyMs)).unref();
  };
  (next = setImmediate(step)).unref();
  return {
    stop() {
      stopped = true;
      clearTimeout(later);
      clearImmediate(next);
    },
  };
}

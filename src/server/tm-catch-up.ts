/**
 * The translation memory's word index brought up to date beside the server: the changes logged
 * since it was last folded (a bulk import, an alignment, an ingest, a CLI command beside the server;
 * see src/store/tm.ts) are folded a slice at a time between requests, so that no request waits for
 * all of them (1,000,000 new renderings take ~11 s to fold; the help of the first unit opened after
 * such an import waited that long, and every other request with it). The workbench's help folds one
 * slice at most itself (TM_SYNC_SLICE) and answers from the index as it is.
 */
import { syncTm } from "../app/translate";
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

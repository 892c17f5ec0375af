/**
 * How the server saves units: the lifecycle's `setUnits` (each save exactly as `setUnit`: conflict
 * check, role, checked confirmation) over the requests that arrived together. Requests are parsed
 * one after another by the event loop; every PUT queued during one turn is saved in the next turn in
 * ONE transaction, with each touched document's translations/ file rewritten once — the reason
 * 64 translators confirming at once cost the server a few file writes, not 64. A response is sent
 * only after its batch committed (files in step), and a stale `baseRevision` is still a 409.
 *
 * The checks' gate (glossary matcher, suppressions) is built once and kept while no other process
 * wrote to the corpus (store.othersChangeKey; a user added beside it is no reason): a CLI
 * `glossary sync` or `check ignore` beside the server is seen by the next save; a change the server makes itself (a glossary term added from the
 * page, POST /api/reload) calls `reset`.
 */
import { createGate, setUnits, type Gate, type SaveUnitInput, type SaveUnitResult, type UnitSummary } from "../app/lifecycle";
import { createFileTexts } from "../app/file-texts";
import { isSelarasError } from "../errors";
import type { Store } from "../store";

/** Most saves in one transaction (the rest wait for the next turn): bounds one batch's time. */
const MAX_BATCH = 128;
/** Longest wait for the rest of a batch under load, and longest pause between its saves (see schedule). */
const GATHER_MS = 8;
const GAP_MS = 2;

export interface SaveQueue {
  /**
   * Saves one unit with the next batch; resolves after the commit with the result and the unit as
   * documentUnits lists it after the batch; rejects with the save's own error.
   */
  save(ref: string, input: SaveUnitInput): Promise<Saved>;
  /** The current checks' gate (rebuilt when another process changed the database). */
  gate(): Gate;
  /** Builds the gate again at the next save (this server changed the glossary or suppressions itself). */
  reset(): void;
  /** Stops the file writer's thread (the server closing). */
  close(): void;
}

export interface Saved {
  readonly result: SaveUnitResult;
  readonly unit: UnitSummary;
}

interface Pending {
  readonly ref: string;
  readonly input: SaveUnitInput;
  resolve(r: Saved): void;
  reject(e: unknown): void;
}

export function createSaveQueue(store: Store, root: string | undefined, onSaved: (results: readonly SaveUnitResult[]) => void = () => undefined): SaveQueue {
  let gate: Gate | undefined;
  let others = "";
  const currentGate = (): Gate => {
    const key = store.othersChangeKey();
    if (!gate || key !== others) {
      // (a glossary/ folder that does not load — a merge conflict left in it, while the database holds
      // no glossary — keeps the gate made before it, as the hints keep theirs (app.ts lookAtFolder):
      // a write beside the server refused every save with the folder's error meanwhile)
      try {
        gate = createGate(store, undefined, root);
      } catch (e) {
        if (!gate || !isSelarasError(e)) throw e;
      }
      others = key;
    }
    return gate;
  };
  // The translations/ files as their records' texts: a batch replaces its units' records (app/file-texts.ts).
  const files = createFileTexts();
  let pending: Pending[] = [];
  let scheduled = false;
  let timer: NodeJS.Timeout | undefined;
  /** Saves in the last batch: under load, the people it answered are expected back for the next one. */
  let expected = 0;
  const flush = (): void => {
    scheduled = false;
    if (timer !== undefined) { clearTimeout(timer); timer = undefined; }
    if (gap !== undefined) { clearTimeout(gap); gap = undefined; }
    const batch = pending.slice(0, MAX_BATCH);
    pending = pending.slice(MAX_BATCH);
    expected = batch.length;
    if (pending.length > 0) schedule();
    let outcomes;
    try {
      outcomes = setUnits(store, batch.map((p) => ({ ref: p.ref, input: p.input })), { ...(root !== undefined ? { root } : {}), gate: currentGate(), files });
    } catch (e) {
      gate = undefined;
      for (const p of batch) p.reject(e);
      return;
    }
    // An unexpected failure inside a save may have left the gate remembering a rolled-back suppression.
    if (outcomes.some((o) => !o.ok && !isSelarasError(o.error))) gate = undefined;
    const saved: SaveUnitResult[] = [];
    outcomes.forEach((o, i) => {
      if (o.ok) {
        saved.push(o.result);
        batch[i]!.resolve({ result: o.result, unit: o.unit });
      } else batch[i]!.reject(o.error);
    });
    if (saved.length) onSaved(saved);
  };
  /**
   * Group commit: a save that finds the server idle (the last batch was one save) is made in the
   * next turn. Under load (the last batch was several), the next batch waits until as many saves as
   * the last one are queued — the clients it answered come back within a few milliseconds, and one
   * batch of 64 costs far less than four of 16 (each writes its files once) — or until no save came
   * for GAP_MS (the others are reading, or gone), and never longer than GATHER_MS.
   */
  let gap: NodeJS.Timeout | undefined;
  let since = 0;
  const go = (): void => {
    if (timer !== undefined) { clearTimeout(timer); timer = undefined; }
    if (gap !== undefined) { clearTimeout(gap); gap = undefined; }
    setImmediate(flush);
  };
  const schedule = (): void => {
    if (scheduled) {
      if (timer === undefined) return;
      if (pending.length >= Math.min(expected, MAX_BATCH)) return go();
      if (gap !== undefined) clearTimeout(gap);
      gap = setTimeout(go, Math.max(0, Math.min(GAP_MS, since + GATHER_MS - Date.now())));
      return;
    }
    scheduled = true;
    if (expected <= 1 || pending.length >= Math.min(expected, MAX_BATCH)) return void setImmediate(flush);
    since = Date.now();
    timer = setTimeout(go, GATHER_MS);
    gap = setTimeout(go, GAP_MS);
  };
  return {
    save: (ref, input) => new Promise<Saved>((resolve, reject) => {
      pending.push({ ref, input, resolve, reject });
      schedule();
    }),
    gate: currentGate,
    reset: () => { gate = undefined; },
    close: () => files.close(),
  };
}

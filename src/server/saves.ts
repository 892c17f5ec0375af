/**
 * How the server saves units: the lifecycle's `setUnits` (each save exactly as `setUnit`: conflict
 * check, role, checked confirmation) over the requests that arrived together. Requests are parsed
 * one after another by the event loop; every PUT queued during one turn is saved in the next turn in
 * ONE transaction, with each touched document's translations/ file rewritten once — the reason
 * 64 translators confirming at once cost the server a few file writes, not 64. A response is sent
 * only after its batch committed (files in step), and a stale `baseRevision` is still a 409.
 *
 * The checks' gate (glossary matcher, suppressions) is built once and kept while no other process
 * changed the database (SQLite's data_version): a CLI `glossary sync` or `check ignore` beside the
 * server is seen by the next save; a change the server makes itself (a glossary term added from the
 * page, POST /api/reload) calls `reset`.
 */
import { createGate, setUnits, type Gate, type SaveUnitInput, type SaveUnitResult } from "../app/lifecycle";
import { createFileTexts } from "../app/file-texts";
import { isSelarasError } from "../errors";
import type { Store } from "../store";

/** Most saves in one transaction (the rest wait for the next turn): bounds one batch's time. */
const MAX_BATCH = 128;

export interface SaveQueue {
  /** Saves one unit with the next batch; resolves after the commit, rejects with the save's own error. */
  save(ref: string, input: SaveUnitInput): Promise<SaveUnitResult>;
  /** The current checks' gate (rebuilt when another process changed the database). */
  gate(): Gate;
  /** Builds the gate again at the next save (this server changed the glossary or suppressions itself). */
  reset(): void;
}

interface Pending {
  readonly ref: string;
  readonly input: SaveUnitInput;
  resolve(r: SaveUnitResult): void;
  reject(e: unknown): void;
}

export function createSaveQueue(store: Store, root: string | undefined, onSaved: (results: readonly SaveUnitResult[]) => void = () => undefined): SaveQueue {
  let gate: Gate | undefined;
  let version = -1;
  const currentGate = (): Gate => {
    const v = store.dataVersion();
    if (!gate || v !== version) {
      gate = createGate(store);
      version = v;
    }
    return gate;
  };
  // The translations/ files as their records' texts: a batch replaces its units' records (app/file-texts.ts).
  const files = createFileTexts();
  let pending: Pending[] = [];
  let scheduled = false;
  const flush = (): void => {
    scheduled = false;
    const batch = pending.slice(0, MAX_BATCH);
    pending = pending.slice(MAX_BATCH);
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
        batch[i]!.resolve(o.result);
      } else batch[i]!.reject(o.error);
    });
    if (saved.length) onSaved(saved);
  };
  const schedule = (): void => {
    if (scheduled) return;
    scheduled = true;
    setImmediate(flush);
  };
  return {
    save: (ref, input) => new Promise<SaveUnitResult>((resolve, reject) => {
      pending.push({ ref, input, resolve, reject });
      schedule();
    }),
    gate: currentGate,
    reset: () => { gate = undefined; },
  };
}

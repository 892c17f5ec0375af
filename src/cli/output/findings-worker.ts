/**
 * Worker-thread entry of ./findings-thread.ts: renders the findings of an audit report (from the
 * list's plain data) as findingsJsonChunks does in the writer's thread, and sends the UTF-8 in
 * pieces (in shared slots, used in turn), at most PIECES_AHEAD ahead of the writer.
 */
import { workerData } from "node:worker_threads";
import { findingsOfParts } from "../../app/audit";
import { createT } from "../../i18n";
import { findingsJsonChunks } from "./audit";
import { Gathered } from "./json-text";
import { PIECES_AHEAD, slotBytes, SLOTS, type FindingsWorkerMessage, type FindingsWorkerSetup } from "./findings-thread";

const { lang, parts, port, flags: shared, slots: slotMemory, pieceBytes } = workerData as FindingsWorkerSetup;
const SLOT_BYTES = slotBytes(pieceBytes);
const flags = new Int32Array(shared);
const slots = new Uint8Array(slotMemory);

function send(m: FindingsWorkerMessage, transfer: ArrayBuffer[] = []): void {
  port.postMessage(m, transfer);
  const ahead = Atomics.add(flags, 0, 1) + 1;
  Atomics.notify(flags, 0);
  // (held back while the writer has enough to write)
  for (let n = ahead; n >= PIECES_AHEAD; n = Atomics.load(flags, 0)) Atomics.wait(flags, 0, n);
}

try {
  const t = createT(lang);
  const findings = findingsOfParts(parts);
  let k = 0;
  for (const piece of findingsJsonChunks(t, findings, new Gathered<Uint8Array>(true, pieceBytes))) {
    // (a piece's buffer is used again for the next: this one goes in the next shared slot, whose
    // last piece the writer has written, or, larger than a slot, as a copy of its own)
    if (piece.length <= SLOT_BYTES) {
      const slot = k++ % SLOTS;
      slots.set(piece, slot * SLOT_BYTES);
      send({ slot, length: piece.length });
    } else {
      const own = new Uint8Array(piece.length);
      own.set(piece);
      send({ piece: own.buffer as ArrayBuffer }, [own.buffer as ArrayBuffer]);
    }
  }
  send({ done: true });
} catch (e) {
  send({ error: String((e as Error)?.stack ?? e) });
} finally {
  port.close();
}

/**
 * Worker-thread entry of ./findings-thread.ts: renders the findings of an audit report (from the
 * list's plain data) as findingsJsonChunks does in the writer's thread, and sends the UTF-8 in
 * pieces, at most PIECES_AHEAD ahead of the writer.
 */
import { workerData } from "node:worker_threads";
import { findingsOfParts } from "../../app/audit";
import { createT } from "../../i18n";
import { findingsJsonChunks } from "./audit";
import { Gathered } from "./json-text";
import { PIECES_AHEAD, type FindingsWorkerMessage, type FindingsWorkerSetup } from "./findings-thread";

const { lang, parts, port, flags: shared } = workerData as FindingsWorkerSetup;
const flags = new Int32Array(shared);

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
  for (const piece of findingsJsonChunks(t, findings, new Gathered<Uint8Array>(true))) {
    // (a piece's buffer is used again for the next: this one goes as a copy of its own; a Buffer's
    // slice() would share the memory)
    const own = new Uint8Array(piece.length);
    own.set(piece);
    send({ piece: own.buffer as ArrayBuffer }, [own.buffer as ArrayBuffer]);
  }
  send({ done: true });
} catch (e) {
  send({ error: String((e as Error)?.stack ?? e) });
} finally {
  port.close();
}

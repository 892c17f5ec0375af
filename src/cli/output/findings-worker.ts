/**
 * Worker-thread entry of ./findings-thread.ts: renders the findings of an audit report (from the
 * list's plain data) as findingsJsonChunks does in the writer's thread, into its file, and after
 * each write says in shared memory how many bytes are there.
 */
import * as fs from "node:fs";
import { workerData } from "node:worker_threads";
import { findingsOfParts } from "../../app/audit";
import { createT } from "../../i18n";
import { findingsJsonChunks } from "./audit";
import { Gathered } from "./json-text";
import { DONE, FAILED, MOVES, STATE, WRITING, type FindingsWorkerSetup } from "./findings-thread";

const { lang, parts, file, port, flags: sharedFlags, written: sharedWritten, pieceBytes } = workerData as FindingsWorkerSetup;
const flags = new Int32Array(sharedFlags);
const written = new BigInt64Array(sharedWritten);

function say(state: number): void {
  Atomics.store(flags, STATE, state);
  Atomics.add(flags, MOVES, 1);
  Atomics.notify(flags, MOVES);
}

let fd = -1;
try {
  fd = fs.openSync(file, "w");
  say(WRITING);
  const t = createT(lang);
  const findings = findingsOfParts(parts);
  let total = 0;
  for (const piece of findingsJsonChunks(t, findings, new Gathered<Uint8Array>(true, pieceBytes))) {
    for (let at = 0; at < piece.length;) at += fs.writeSync(fd, piece, at, piece.length - at);
    total += piece.length;
    Atomics.store(written, 0, BigInt(total));
    say(WRITING);
  }
  say(DONE);
} catch (e) {
  const code = (e as NodeJS.ErrnoException)?.code;
  port.postMessage({ error: String((e as Error)?.stack ?? e), ...(typeof code === "string" ? { code } : {}) });
  say(FAILED);
} finally {
  if (fd >= 0) fs.closeSync(fd);
  port.close();
}

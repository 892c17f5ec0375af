/**
 * Worker-thread entry of the parallel glossary audit (./audit-workers.ts): compiles the glossary
 * once, then turns each packed chunk of pairs it is sent into a ChunkAggregate (src/check/audit-stream.ts).
 */
import { parentPort, workerData } from "node:worker_threads";
import { auditChunk, knownSources } from "../check/audit-stream";
import type { AuditOptions } from "../check/audit";
import type { PairToCheck } from "../check/run";
import type { Concept } from "../model";
import { compileGlossary } from "../glossary";
import { SelarasError } from "../errors";
import { packViolations, unpackPairs, type PackedChunk, type WireChunk } from "./audit-workers";

const { concepts, options } = workerData as { concepts: Concept[]; options: AuditOptions };
const matcher = concepts.length ? compileGlossary(concepts) : undefined;
const known = knownSources(concepts);
// what this worker has sent already: the concept ids (once), the text of each entry key (once)
let idsSent = false;
const textSent = new Uint8Array(matcher ? matcher.flat.keys : 0);

parentPort!.on("message", (chunk: PackedChunk) => {
  try {
    const pairs: PairToCheck[] = unpackPairs(chunk);
    const agg = auditChunk(pairs, chunk.start, matcher, known, options, chunk.suppress);
    // the concept ids and the renderings' texts travel once, the violations in columns without their
    // pair's ref and texts, which the main thread has (see WireChunk)
    const useTexts = agg.useTexts.map((text, u) => {
      const key = agg.useKeys[u]!;
      if (textSent[key] === 1) return "";
      textSent[key] = 1;
      return text;
    });
    const wire: WireChunk = { ...agg, ids: idsSent ? null : agg.ids, useTexts, ...packViolations(agg.lists) };
    idsSent = true;
    const v = wire.violations;
    parentPort!.postMessage({ ok: wire }, [agg.keys.buffer, agg.tally.buffer, agg.uses.buffer, agg.useKeys.buffer, v.perList.buffer, v.pair.buffer, v.codes.buffer, agg.found.pair.buffer, agg.found.codes.buffer, ...agg.measures.map((m) => m.buffer)] as ArrayBuffer[]);
  } catch (e) {
    const err = e as Error;
    parentPort!.postMessage({
      error: e instanceof SelarasError ? { code: e.code, data: e.data, message: err.message } : { message: String(err?.stack ?? err?.message ?? e) },
    });
  }
});

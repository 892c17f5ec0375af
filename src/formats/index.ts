/**
 * THE registry of parallel-text formats, sorted by id. `--format` choices come from here.
 * Pure: strings in, units out (see types.ts for the streaming interfaces).
 */
import { jsonl } from "./jsonl";
import { moses } from "./moses";
import { tmx } from "./tmx";
import { tsv } from "./tsv";
import { xliff } from "./xliff";
import { xliff12 } from "./xliff12";
import type { Format, ParallelUnit, WriteOptions } from "./types";

export type { Format, ParallelUnit, ReadOptions, Sink, UnitPlace, UnitReader, UnitWriter, WriteOptions } from "./types";
export { checkImportUnit } from "./text";

export const formats: Readonly<Record<string, Format>> = {
  jsonl,
  moses,
  tmx,
  tsv,
  xliff,
  xliff12,
};

export const FORMAT_IDS: readonly string[] = Object.keys(formats);

/** The format a file name's extension selects, if any (the longest matching extension: `.xliff12.xlf` before `.xlf`). */
export function formatForFile(file: string): Format | undefined {
  const lower = file.toLowerCase();
  let best: Format | undefined;
  let length = 0;
  for (const f of Object.values(formats)) {
    for (const x of f.extensions) if (x.length > length && lower.endsWith(x)) { best = f; length = x.length; }
  }
  return best;
}

/** Writes units into whole strings, one per part (convenience for small data and tests). */
export function writeUnits(format: Format, units: Iterable<ParallelUnit>, options: WriteOptions): Record<string, string> {
  const out: Record<string, string[]> = {};
  for (const p of format.parts) out[p] = [];
  const w = format.createWriter((part, text) => { out[part]!.push(text); }, options);
  for (const u of units) w.write(u);
  w.end();
  return Object.fromEntries(Object.entries(out).map(([k, v]) => [k, v.join("")]));
}

/** Reads whole strings (one per part) into units. `files` names the parts in errors. */
export function readUnits(format: Format, texts: Readonly<Record<string, string>>, files?: Readonly<Record<string, string>>): ParallelUnit[] {
  const units: ParallelUnit[] = [];
  const names = files ?? Object.fromEntries(Object.keys(texts).map((k) => [k, k]));
  const r = format.createReader((u) => units.push(u), { files: names });
  for (const [part, text] of Object.entries(texts)) r.write(part, text);
  r.end();
  return units;
}

/**
 * THE registry of parallel-text formats, sorted by id. `--format` choices come from here.
 * Pure: strings in, units out (see types.ts for the streaming interfaces).
 */
import { csv } from "./csv";
import { jsonl } from "./jsonl";
import { moses } from "./moses";
import { tmx } from "./tmx";
import { namesColumns, tsv } from "./tsv";
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

/**
 * The formats `selaras import` reads: every export format, and CSV as spreadsheets save it (read
 * only: exports are TSV, which spreadsheets open as well). Sorted by id.
 */
export const importFormats: Readonly<Record<string, Format>> = Object.fromEntries(
  Object.entries({ ...formats, csv }).sort(([a], [b]) => a.localeCompare(b)));

export const IMPORT_FORMAT_IDS: readonly string[] = Object.keys(importFormats);

/** The import format a file name's extension selects, if any (the longest matching extension: `.xliff12.xlf` before `.xlf`). */
export function formatForFile(file: string): Format | undefined {
  const lower = file.toLowerCase();
  let best: Format | undefined;
  let length = 0;
  for (const f of Object.values(importFormats)) {
    for (const x of f.extensions) if (x.length > length && lower.endsWith(x)) { best = f; length = x.length; }
  }
  return best;
}

/**
 * The format the beginning of a file says it is in, for a file whose name does not tell: the root
 * element (`<tmx>`; `<xliff version="1.…">` xliff12, any other `<xliff>` xliff), a JSON object on
 * the first line (jsonl), a first line naming the columns `source` and `target` (in any case), or one
 * Indonesian and one English language (`Indonesian<TAB>English`, as the readers take it), between tabs
 * (tsv), or between commas or semicolons (csv).
 * Moses text says nothing: undefined, as for anything else.
 */
export function sniffFormat(head: string): string | undefined {
  const text = head.replace(/^[\ufeff\s]+/, "");
  if (text.startsWith("<")) {
    // the first element after the prolog, comments and DOCTYPE
    const root = /<(?![?!])([A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)([^>]*)/.exec(text.replace(/<!--[\s\S]*?-->/g, ""));
    if (root?.[2] === "tmx") return "tmx";
    if (root?.[2] === "xliff") return /\bversion\s*=\s*["']1\./.test(root[3]!) ? "xliff12" : "xliff";
    return undefined;
  }
  const first = text.split(/\r?\n/, 1)[0]!;
  if (first.startsWith("{")) return "jsonl";
  const names = (sep: RegExp) => first.split(sep).map((c) => c.trim().replace(/^"(.*)"$/, "$1"));
  if (namesColumns(names(/\t/))) return "tsv";
  return namesColumns(names(/[,;]/)) ? "csv" : undefined;
}

/**
 * Other tools' own XML formats, by their root element, that no reader here reads (and that would
 * otherwise be told only "not XLIFF" or "cannot tell the format"): the tool that writes them.
 */
const OTHER_TOOL_ROOTS: Readonly<Record<string, string>> = {
  TRADOStag: "Trados TagEditor TTX",
  txml: "Wordfast TXML",
};

/**
 * The other tool's format the beginning of a file is in (OTHER_TOOL_ROOTS), with the root element and
 * its line (1-based), or undefined.
 */
export function otherToolFormat(head: string): { root: string; tool: string; line: number } | undefined {
  const stripped = head.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ""));
  const m = /<(?![?!])(?:[A-Za-z_][\w.-]*:)?([A-Za-z_][\w.-]*)/.exec(stripped);
  if (!m || !Object.hasOwn(OTHER_TOOL_ROOTS, m[1]!)) return undefined;
  if (!/^[\ufeff\s]*(?:<\?[\s\S]*?\?>\s*)?(?:<!DOCTYPE[^>]*>\s*)?$/.test(stripped.slice(0, m.index))) return undefined;
  return { root: m[1]!, tool: OTHER_TOOL_ROOTS[m[1]!]!, line: stripped.slice(0, m.index).split("\n").length };
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

/**
 * Glossary CSV — a two-language term list as spreadsheets save it (Excel, LibreOffice, Google Sheets;
 * Xbench and memoQ term exports): `source,target[,note…]` per row, or the columns a header row names
 * (`Indonesian,English,Note`, `source;target`), read like OmegaT's TSV (src/glossary/tsv.ts
 * parseTermRows). RFC 4180 quoting (`"Statistics Indonesia, BPS"`, `""` for a quote) by `csv-parse`;
 * the delimiter is a comma, or a semicolon when the first row has more semicolons than commas (the
 * spreadsheets of locales whose decimal mark is a comma, Indonesian among them). Pure: no I/O.
 */
import { parse } from "csv-parse/sync";
import { ParseError } from "../errors";
import { parseTermRows, type TermRow } from "./tsv";
import type { Concept, SkippedEntries } from "./types";

/** `;` when the first line (outside quotes) has more semicolons than commas, else `,`. */
function delimiterOf(text: string): string {
  const firstLine = text.replace(/"(?:[^"]|"")*"/g, "").split(/\r\n|\n|\r/, 1)[0] ?? "";
  const count = (c: string) => firstLine.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

export function parseGlossaryCsv(text: string, file: string, skipped?: SkippedEntries): Concept[] {
  if (text.replace(/^\uFEFF/, "").trim() === "") throw new ParseError("file-empty", { file });
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(text, {
      bom: true, delimiter: delimiterOf(text), relax_column_count: true, skip_empty_lines: true, trim: true, info: true,
      comment: "#", comment_no_infix: true,
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>; // (its typings do not follow `info: true`)
  } catch (e) {
    const err = e as { lines?: number; message?: string };
    throw new ParseError("glossary-bad-csv", { file, line: err.lines ?? 1, reason: String(err.message ?? e).replace(/^Invalid [^:]*: /, "") });
  }
  const rows: TermRow[] = records
    .filter((r) => r.record.some((c) => c !== ""))
    .map((r) => ({ cells: r.record.map((c) => c.replace(/[\t\r\n]+/g, " ").trim()), line: r.info.lines }));
  return parseTermRows(rows, file, "glossary-bad-csv-row", skipped);
}

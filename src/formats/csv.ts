/**
 * CSV as spreadsheets save it (Excel's "CSV UTF-8", LibreOffice, Google Sheets): RFC 4180 rows, a
 * cell holding the delimiter, a quote or a line break between double quotes, each quote in it
 * doubled (`"""Air naik,"" kata Siti."`); no backslash escapes. The delimiter is a comma, or a
 * semicolon when the first row has more semicolons than commas outside quotes (the spreadsheets of
 * locales whose decimal mark is a comma, Indonesian among them). Read like TSV (tsv.ts): a first row
 * naming the columns (`source`, `target`, … in any case) or the languages (`Indonesian,English`,
 * `id-ID;en-US`) is a header (headerColumns), else the first two cells are source and target; under a
 * header every row has as many cells as the header (an unquoted comma in a cell would shift the
 * fields after it), else the row is refused with its file and line. A quote never closed is refused at
 * the row's first line (a row goes on over at most 100 line breaks). Blank rows are skipped.
 *
 * Import only: `selaras import` takes a `.csv` file (or `--format csv`); exports are TSV (which
 * spreadsheets open as well). The writer (RFC 4180, every cell that needs it quoted, the TSV
 * columns) exists so that what this reader accepts is pinned by a round trip.
 */
import { ParseError } from "../errors";
import { checkUnit, LineSplitter, unitScope } from "./text";
import { headerColumns, scanQuoted, TSV_COLUMNS, unitOfRow } from "./tsv";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "csv";

/** A cell written between quotes: one holding the delimiter, a quote, a line break, or white space at an end. */
const NEEDS_QUOTES = /[",\r\n]|^\s|\s$/;
const cellOut = (s: string): string => (NEEDS_QUOTES.test(s) ? `"${s.replace(/"/g, '""')}"` : s);

function createWriter(sink: Sink, _options: WriteOptions): UnitWriter {
  sink("main", TSV_COLUMNS.join(",") + "\r\n");
  return {
    write(u) {
      checkUnit(u, ID);
      sink("main", [u.source, u.target, u.id, u.document, u.segments.join(" "), u.status, u.author, u.changed].map(cellOut).join(",") + "\r\n");
    },
    end() { /* nothing after the last row */ },
  };
}

/** Lines a quoted cell may go on over (a stray quote must not swallow the file). */
const MAX_ROW_LINES = 100;

/** `;` when a row (outside quotes) has more semicolons than commas, else `,`. */
function delimiterOf(row: string): string {
  const outside = row.replace(/"(?:[^"]|"")*"/g, "");
  const count = (c: string) => outside.split(c).length - 1;
  return count(";") > count(",") ? ";" : ",";
}

/** Quotes in a text: an odd count leaves a quoted cell open. */
function quotes(s: string): number {
  let n = 0;
  for (let i = s.indexOf('"'); i !== -1; i = s.indexOf('"', i + 1)) n++;
  return n;
}

/**
 * The cells of a whole row (its quotes balanced), or undefined when a quoted cell's closing quote
 * is followed by something other than the delimiter or the row's end (`"a"b,c`).
 */
export function csvCells(row: string, delimiter: string): string[] | undefined {
  const r = scanQuoted(row, delimiter);
  return r === "open" ? undefined : r?.cells;
}

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const file = options.files.main ?? "";
  const accept = options.check ?? ((u) => u);
  const scope = unitScope(options.onRefused);
  let delimiter: string | undefined;
  let columns: Record<string, number> | undefined;
  /** Cells every row under a header has (0: no header). */
  let width = 0;
  /** A row whose quoted cell goes on over a line break: its text so far, first line, lines and quotes. */
  let pending: { text: string; line: number; lines: number; quotes: number } | undefined;
  const lines = new LineSplitter((next, nextNo) => {
    let row = next;
    let lineNo = nextNo;
    let gathered = 1;
    let open = quotes(next);
    if (pending) {
      row = pending.text + "\n" + next;
      lineNo = pending.line;
      gathered = pending.lines + 1;
      open += pending.quotes;
      pending = undefined;
    }
    const where = { file, line: lineNo };
    if (open % 2 === 1) {
      if (gathered >= MAX_ROW_LINES) throw new ParseError("csv-unclosed-quote", where);
      pending = { text: row, line: lineNo, lines: gathered, quotes: open };
      return;
    }
    if (row.trim() === "") return;
    delimiter ??= delimiterOf(row);
    const cells = csvCells(row, delimiter);
    if (!cells) throw new ParseError("csv-bad-quote", where);
    if (!columns) {
      const header = headerColumns(cells, where);
      if (header) { columns = header; width = cells.length; return; }
      columns = { source: 0, target: 1 };
    }
    scope(() => {
      if (width > 0 && cells.length !== width) throw new ParseError("csv-column-count", { ...where, count: cells.length, expected: width, delimiter });
      if (cells.length < 2) throw new ParseError("csv-bad-row", { ...where, cells: cells.length, delimiter });
      const cell = (name: string): string => {
        const i = columns![name];
        return i === undefined ? "" : cells[i] ?? "";
      };
      onUnit(accept(unitOfRow(cell), where));
    });
  });
  return {
    write(_part, chunk) { lines.write(chunk); },
    end() {
      lines.end();
      if (pending) throw new ParseError("csv-unclosed-quote", { file, line: pending.line });
    },
  };
}

export const csv: Format = {
  id: ID,
  extensions: [".csv"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader,
};

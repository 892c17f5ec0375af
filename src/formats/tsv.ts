/**
 * TSV: a header line, then one line per unit: `source<TAB>target<TAB>id<TAB>document<TAB>segments
 * <TAB>status<TAB>author<TAB>changed` (segments separated by spaces), then `<TAB>note` when the
 * export may hold translators' notes (WriteOptions.notes: an empty cell for a unit without one).
 * Cells are escaped: backslash → `\\`, tab → `\t`, LF → `\n`, CR → `\r`, other C0 controls, DEL,
 * NEL, U+2028 and U+2029 → `\uXXXX`;
 * quotes are not special. Reading: when the first line names the columns (holds `source` and
 * `target`) it is a header and columns are found by name (unknown ones ignored); otherwise the
 * file is `source<TAB>target[<TAB>…]` without a header. Blank lines are skipped. Under a header
 * every row has as many cells as the header: a tab lost or added would shift the fields after it,
 * so such a row is a ParseError naming the line (without a header, cells after the second are ignored).
 * A row a spreadsheet wrote with CSV quoting is read as such (quotedCells). A first line naming the
 * languages (`id-ID<TAB>en-US`, `Indonesian<TAB>English`) is a header too: the Indonesian column is the
 * source, the English one the target. A Wordfast text TM is refused (tsv-wordfast). Under a header, a
 * column named `note`, `notes`, `comment` or `comments` is the unit's note.
 */
import { ParseError } from "../errors";
import { checkUnit, escapeCell, isEnglish, isIndonesian, LineSplitter, noteField, unescapeCell, unitScope } from "./text";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "tsv";
export const TSV_COLUMNS = ["source", "target", "id", "document", "segments", "status", "author", "changed"] as const;

function createWriter(sink: Sink, options: WriteOptions): UnitWriter {
  const notes = options.notes === true;
  sink("main", TSV_COLUMNS.join("\t") + (notes ? "\tnote\n" : "\n"));
  return {
    write(u) {
      checkUnit(u, ID);
      sink("main",
        `${escapeCell(u.source)}\t${escapeCell(u.target)}\t${escapeCell(u.id)}\t${escapeCell(u.document)}\t` +
        `${escapeCell(u.segments.join(" "))}\t${escapeCell(u.status)}\t${escapeCell(u.author)}\t${escapeCell(u.changed)}` +
        (notes ? `\t${escapeCell(u.note ?? "")}\n` : "\n"));
    },
    end() { /* nothing after the last line */ },
  };
}

/**
 * The cells of a row a spreadsheet wrote with CSV quoting (Excel's and LibreOffice's tab-separated
 * text: a cell holding a `"` or a tab is written between quotes, each `"` in it doubled:
 * `"""Air naik,"" kata Siti."`), or undefined when the row is not one. A row is read so only when
 * every cell that starts with `"` is such a quoted cell (it ends with the quote that ends the cell,
 * before a tab or the end of the line) and one of them shows the quoting (a doubled `""` or a tab
 * inside): a Selaras cell that merely starts with a quote (`"Air naik," kata Siti.`) is none, and
 * Selaras escapes tabs. Such cells are taken as they are (spreadsheets know no backslash escapes).
 * A quoted cell may hold line breaks: under a header, a row left short by a quoted cell not closed
 * on its line goes on over the next lines (opensQuote).
 */
export function quotedCells(line: string): string[] | undefined {
  if (line[0] !== '"' && !line.includes('\t"')) return undefined;
  const r = scanQuoted(line);
  return r !== undefined && r !== "open" && r.shown ? r.cells : undefined;
}

/**
 * Does a row end inside a quoted cell (a `"` that starts a cell and is not closed: the cell goes on
 * over the line break)? Only every earlier quoted cell is a proper one.
 */
function opensQuote(line: string): boolean {
  return scanQuoted(line) === "open";
}

/**
 * A row's cells read with CSV quoting (quotedCells; the CSV reader's csvCells with its own
 * delimiter), and whether the quoting shows (a doubled `""`, a delimiter or a line break inside a
 * quoted cell); `open` when a cell's quote is not closed on the line; undefined when a quoted cell's
 * closing quote is not followed by the delimiter or the line's end.
 */
export function scanQuoted(line: string, delimiter = "\t"): { cells: string[]; shown: boolean } | "open" | undefined {
  const cells: string[] = [];
  let shown = false;
  let i = 0;
  for (;;) {
    if (line[i] === '"') {
      let cell = "";
      let j = i + 1;
      for (;;) {
        const q = line.indexOf('"', j);
        if (q === -1) return "open";
        cell += line.slice(j, q);
        if (line[q + 1] === '"') { cell += '"'; shown = true; j = q + 2; continue; }
        j = q + 1;
        break;
      }
      if (j < line.length && line[j] !== delimiter) return undefined;
      if (cell.includes(delimiter) || cell.includes("\n")) shown = true;
      cells.push(cell);
      i = j;
    } else {
      const d = line.indexOf(delimiter, i);
      cells.push(line.slice(i, d === -1 ? line.length : d));
      i = d === -1 ? line.length : d;
    }
    if (i >= line.length) break;
    i++; // the delimiter
    if (i === line.length) { cells.push(""); break; }
  }
  return { cells, shown };
}

/** Lines a quoted cell may go on over (a stray quote must not swallow the file). */
const MAX_ROW_LINES = 100;

/** A language tag (`id`, `id-ID`, `en_US`), lower case. */
const LANG_TAG = /^[a-z]{2,3}(?:[-_][a-z0-9]{2,8})*$/;
/** Does a header cell (lower case) name Indonesian (`id`, `id-id`, `in`, `indonesian`, `indonesia`, `bahasa indonesia`)? */
const isIndonesianName = (n: string): boolean => (LANG_TAG.test(n) && isIndonesian(n)) || n === "indonesian" || n === "indonesia" || n === "bahasa indonesia";
/**
 * Header cells in Indonesian (a spreadsheet made in an Indonesian interface, by an Indonesian desk) read
 * as the column they name: `Sumber`/`Teks sumber` the source, `Terjemahan`/`Sasaran` the target,
 * `Catatan` a note, `Komentar` a comment, `Penulis` the author.
 */
const INDONESIAN_COLUMNS: Readonly<Record<string, string>> = {
  sumber: "source", "teks sumber": "source", terjemahan: "target", sasaran: "target", "teks sasaran": "target",
  catatan: "note", komentar: "comment", penulis: "author",
};
/** A header cell's column name: lower case, an Indonesian name as the English one (INDONESIAN_COLUMNS). */
const columnName = (cell: string): string => {
  const n = cell.trim().toLowerCase();
  return INDONESIAN_COLUMNS[n] ?? n;
};
/** Does a header cell (lower case) name English (`en`, `en-us`, `english`, `inggris`, `bahasa inggris`)? */
const isEnglishName = (n: string): boolean => (LANG_TAG.test(n) && isEnglish(n)) || n === "english" || n === "inggris" || n === "bahasa inggris";

/** Header names of a column of notes (any case): read as the unit's note, several joined (joinNotes). */
export const NOTE_COLUMNS = ["note", "notes", "comment", "comments"] as const;

/** A unit from a row's cells by column name (a missing column is empty). Shared with the CSV reader. */
export function unitOfRow(cell: (name: string) => string): ParallelUnit {
  const segs = cell("segments");
  return {
    id: cell("id"), document: cell("document"), segments: segs === "" ? [] : segs.split(" "),
    source: cell("source"), target: cell("target"), status: cell("status"), author: cell("author"), changed: cell("changed"),
    ...noteField(noteOfRow(cell)),
  };
}

/** The row's note: its note columns' cells joined as joinNotes joins notes (no array made per row). */
function noteOfRow(cell: (name: string) => string): string | undefined {
  let note: string | undefined;
  for (const name of NOTE_COLUMNS) {
    const v = cell(name).trim();
    if (v !== "") note = note === undefined ? v : `${note}\n\n${v}`;
  }
  return note;
}

/**
 * Does a first row name columns as headerColumns reads them (`source` and `target`, or one Indonesian
 * and one English language)? For telling a file's format from its first line (sniffFormat); never throws.
 */
export function namesColumns(cells: readonly string[]): boolean {
  const names = cells.map(columnName);
  if (names.includes("source") && names.includes("target")) return true;
  return names.filter(isIndonesianName).length === 1 && names.filter(isEnglishName).length === 1;
}

/**
 * The columns a first row names, or undefined when it is no header: `source` and `target` (in any
 * case; other names as given, unknown ones ignored; a known one named twice is refused), or one
 * Indonesian and one English language tag or name (`id-ID`/`en-US`, `Indonesian`/`English`): the
 * Indonesian column is the source, the English one the target. Shared with the CSV reader.
 */
export function headerColumns(cells: readonly string[], where: { file: string; line: number }): Record<string, number> | undefined {
  const names = cells.map(columnName);
  if (names.includes("source") && names.includes("target")) {
    // A column named twice (`source source target`) is ambiguous: which one is the source?
    const twice = names.find((n, i) => (TSV_COLUMNS as readonly string[]).includes(n) && names.indexOf(n) !== i);
    if (twice !== undefined) throw new ParseError("tsv-duplicate-column", { ...where, column: twice });
    const columns: Record<string, number> = {};
    names.forEach((n, i) => { if (columns[n] === undefined) columns[n] = i; });
    return columns;
  }
  const source = names.filter(isIndonesianName);
  const target = names.filter(isEnglishName);
  if (source.length === 1 && target.length === 1) {
    // (and a column of notes beside them: `en-US<TAB>Note<TAB>id-ID`)
    const notes = Object.fromEntries(NOTE_COLUMNS.filter((n) => names.includes(n)).map((n) => [n, names.indexOf(n)]));
    return { source: names.indexOf(source[0]!), target: names.indexOf(target[0]!), ...notes };
  }
  return undefined;
}

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const file = options.files.main ?? "";
  const accept = options.check ?? ((u) => u);
  const scope = unitScope(options.onRefused);
  let columns: Record<string, number> | undefined;
  /** Cells every row under a header has (0: no header). */
  let width = 0;
  /** A row left short by a quoted cell not closed on its line: its text so far, first line and lines. */
  let pending: { text: string; line: number; lines: number } | undefined;
  const lines = new LineSplitter((next, nextNo) => {
    let line = next;
    let lineNo = nextNo;
    let gathered = 1;
    if (pending) {
      line = pending.text + "\n" + next;
      lineNo = pending.line;
      gathered = pending.lines + 1;
      pending = undefined;
    }
    if (line === "") return;
    const quoted = quotedCells(line);
    const cells = quoted ?? line.split("\t");
    const where = { file, line: lineNo };
    if (!columns) {
      // A Wordfast translation memory in its text format (`%20240619~080000<TAB>%User ID,…<TAB>%TU=…`):
      // its columns are no source and target.
      if (lineNo === 1 && /^%\d{8}~\d{6}$/.test(cells[0]!) && cells.some((c) => c.startsWith("%TU="))) throw new ParseError("tsv-wordfast", where);
      // (in any case: a spreadsheet's header row says `Source`, `Target`, `Status`)
      const header = headerColumns(cells.map((c) => (quoted ? c : unescapeCell(c, where))), where);
      if (header) { columns = header; width = cells.length; return; }
      columns = { source: 0, target: 1 };
    }
    // (the row alone can be refused, ReadOptions.onRefused; not one gathered over several lines for a
    // quote left open, whose lines may be other rows)
    (gathered > 1 ? (read: () => void) => read() : scope)(() => {
      if (width > 0 && cells.length !== width) {
        // (a spreadsheet's cell holding a line break: the row goes on over the next line)
        if (cells.length < width && gathered < MAX_ROW_LINES && opensQuote(line)) { pending = { text: line, line: lineNo, lines: gathered }; return; }
        throw new ParseError("tsv-column-count", { ...where, count: cells.length, expected: width });
      }
      if (cells.length < 2) throw new ParseError("tsv-bad-row", { ...where, cells: cells.length });
      const cell = (name: string): string => {
        const i = columns![name];
        return i === undefined || cells[i] === undefined ? "" : quoted ? cells[i]! : unescapeCell(cells[i]!, where);
      };
      onUnit(accept(unitOfRow(cell), where));
    });
  });
  return {
    write(_part, chunk) { lines.write(chunk); },
    end() {
      lines.end();
      if (pending) throw new ParseError("tsv-column-count", { file, line: pending.line, count: pending.text.split("\t").length, expected: width });
    },
  };
}

export const tsv: Format = {
  id: ID,
  extensions: [".tsv"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader,
};

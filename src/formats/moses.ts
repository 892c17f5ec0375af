/**
 * Moses: three line-aligned files for an output path `<name>`: `<name>.id` (Indonesian),
 * `<name>.en` (English) and `<name>.ids`, whose line N says where line N comes from:
 * `id<TAB>document<TAB>segments<TAB>status<TAB>author<TAB>changed` (TSV cell escaping, segments
 * separated by spaces). Texts are written as they are, so a unit whose source or target holds a
 * line break (LF, CR, VT, FF, U+001C–U+001E, NEL, U+2028, U+2029) or another control character
 * (tab excepted) is refused with a FormatError: it would shift every following line. Reading
 * needs `.id` and `.en` with the same number of lines (blank lines at the end of a longer file not
 * counted: an editor's empty last line); `.ids` is optional (another tool's corpus).
 */
import { FormatError, ParseError } from "../errors";
import { charName, checkUnit, escapeCell, LineSplitter, unescapeCell, unitScope } from "./text";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitPlace, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "moses";
const LINE_BREAK = /[\n\r\x0B\x0C\x1C-\x1E\x85\u2028\u2029]/;
const CONTROL = /[\x00-\x08\x0E-\x1B\x1F]/;

function checkLine(u: ParallelUnit, field: "source" | "target"): void {
  const br = LINE_BREAK.exec(u[field]);
  if (br) throw new FormatError("moses-line-break", { format: ID, unit: u.id, field, char: charName(br[0]) });
  const c = CONTROL.exec(u[field]);
  if (c) throw new FormatError("moses-control-char", { format: ID, unit: u.id, field, char: charName(c[0]) });
}

function createWriter(sink: Sink, _options: WriteOptions): UnitWriter {
  return {
    write(u) {
      checkUnit(u, ID);
      checkLine(u, "source");
      checkLine(u, "target");
      sink("id", u.source + "\n");
      sink("en", u.target + "\n");
      sink("ids",
        `${escapeCell(u.id)}\t${escapeCell(u.document)}\t${escapeCell(u.segments.join(" "))}\t` +
        `${escapeCell(u.status)}\t${escapeCell(u.author)}\t${escapeCell(u.changed)}\n`);
    },
    end() { /* nothing */ },
  };
}

/** Columns of an `.ids` row: id, document, segments, status, author, changed. */
const IDS_COLUMNS = 6;

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const parts = ["id", "en", "ids"].filter((p) => options.files[p] !== undefined);
  if (!parts.includes("id") || !parts.includes("en")) throw new FormatError("moses-missing-part", { files: Object.values(options.files) });
  const accept = options.check ?? ((u) => u);
  const scope = unitScope(options.onRefused);
  const queues: Record<string, Array<[string, number]>> = { id: [], en: [], ids: [] };
  const flush = () => {
    while (parts.every((p) => queues[p]!.length > 0)) {
      const [source, line] = queues.id!.shift()!;
      const [target] = queues.en!.shift()!;
      const meta = queues.ids!.shift();
      let cells: string[] = [];
      const texts = { source: options.files.id!, target: options.files.en! };
      let where: UnitPlace = { file: options.files.id!, line, texts };
      scope(() => {
        if (meta) {
          where = { file: options.files.ids!, line: meta[1], texts };
          cells = meta[0].split("\t").map((c) => unescapeCell(c, where));
          // Every row of an .ids file has the six columns it is written with: a short row would
          // silently leave a unit without its document, segments or status, a long one (a tab added)
          // shift them.
          if (cells.length !== IDS_COLUMNS) throw new ParseError("moses-ids-short-row", { ...where, cells: cells.length, expected: IDS_COLUMNS });
        }
        const segs = cells[2] ?? "";
        onUnit(accept({
          id: cells[0] ?? "", document: cells[1] ?? "", segments: segs === "" ? [] : segs.split(" "),
          source, target, status: cells[3] ?? "", author: cells[4] ?? "", changed: cells[5] ?? "",
        }, where));
      });
    }
  };
  const splitters: Record<string, LineSplitter> = {};
  for (const p of parts) splitters[p] = new LineSplitter((line, n) => { queues[p]!.push([line, n]); });
  return {
    write(part, chunk) {
      const sp = splitters[part];
      if (!sp) return;
      sp.write(chunk);
      flush();
    },
    end() {
      for (const p of parts) splitters[p]!.end();
      flush();
      // (blank lines at the end of a file longer than the others are no lines: the empty last line an
      // editor or a script leaves, `…\r\n\r\n`; the lines the other files lack are the ones still queued)
      const least = Math.min(...parts.map((p) => splitters[p]!.lines));
      const counts = parts.map((p) => {
        const queue = queues[p]!;
        let n = splitters[p]!.lines;
        while (n > least && queue.length > 0 && queue[queue.length - 1]![0].trim() === "") { queue.pop(); n--; }
        return n;
      });
      if (counts.some((c) => c !== counts[0])) {
        throw new ParseError("moses-line-count", {
          file: options.files.id, line: Math.min(...counts) + 1,
          counts: parts.map((p, i) => `${options.files[p]}: ${counts[i]}`).join(", "),
        });
      }
    },
  };
}

export const moses: Format = {
  id: ID,
  extensions: [".id", ".en", ".ids"],
  parts: ["id", "en", "ids"],
  optionalParts: ["ids"],
  multiline: false,
  partPaths(file) {
    const base = file.replace(/\.(id|en|ids)$/i, "");
    return { id: `${base}.id`, en: `${base}.en`, ids: `${base}.ids` };
  },
  createWriter,
  createReader,
};

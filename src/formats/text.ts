/**
 * Shared helpers of the format modules: unit validation, XML escaping, TMX dates, the backslash
 * escaping of TSV cells, and a streaming line splitter. Pure.
 */
import { FormatError, ParseError } from "../errors";
import { RENDERING_STATES } from "../model";
import { findControlChar } from "../text/control";
import { MAX_UNIT_CHARS } from "../text/limits";
import { isValidTime } from "../translations/format";
import type { ParallelUnit, UnitPlace } from "./types";

/** No lone surrogate: String.prototype.isWellFormed (Node 20; not in the TypeScript lib this project targets). */
export const isWellFormed = (s: string): boolean => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const hasLoneSurrogate = (s: string): boolean => !isWellFormed(s);
const ISO_SECOND = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;
/** Characters XML 1.0 cannot hold at all (not even as character references). */
export const XML_FORBIDDEN = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;

/** Refuses what no format can write: lone surrogates (not text) and malformed dates. */
export function checkUnit(unit: ParallelUnit, format: string): void {
  for (const field of ["id", "document", "source", "target", "status", "author"] as const) {
    if (hasLoneSurrogate(unit[field])) throw new FormatError("unit-lone-surrogate", { format, unit: unit.id, field });
  }
  if (unit.note && hasLoneSurrogate(unit.note)) throw new FormatError("unit-lone-surrogate", { format, unit: unit.id, field: "note" });
  for (const ref of unit.segments) {
    if (hasLoneSurrogate(ref)) throw new FormatError("unit-lone-surrogate", { format, unit: unit.id, field: "segments" });
  }
  for (const ref of unit.segments) {
    if (ref === "" || /\s/.test(ref)) throw new FormatError("unit-bad-segment-ref", { format, unit: unit.id, ref });
  }
  if (unit.changed !== "" && !ISO_SECOND.test(unit.changed)) {
    throw new FormatError("unit-bad-date", { format, unit: unit.id, date: unit.changed });
  }
}

/**
 * The rules `selaras import` reads units by (a ReadOptions.check): the status one of the rendering
 * states, matched in any case and without surrounding white space (`"Draft"`, `"draft "` → `draft`),
 * or "" when none is given; `changed` an ISO 8601 date and time with seconds (`Z` or an offset;
 * fractions dropped), handed on as `YYYY-MM-DDThh:mm:ssZ`, or "" when none is given; no control
 * character (tab, LF and CR apart) in the source, target or note; a note of at most MAX_UNIT_CHARS. Anything else is a ParseError at
 * `where`: an unknown status would be stored as confirmed, an unreadable date lost, a control
 * character reach terminals and break XML exports. The error names the line the field was read
 * from (UnitPlace.lines), else the unit's.
 */
export function checkImportUnit(u: ParallelUnit, where: UnitPlace): ParallelUnit {
  const place = { file: where.file, line: where.line };
  for (const field of ["source", "target"] as const) {
    const c = findControlChar(u[field]);
    if (c) throw new ParseError("read-unit-control-char", { ...place, file: where.texts?.[field] ?? where.file, line: where.lines?.[field] ?? where.line, field, char: c.char });
  }
  if (u.note) {
    if (u.note.length > MAX_UNIT_CHARS) throw new ParseError("read-unit-note-too-long", { ...place, chars: u.note.length, limit: MAX_UNIT_CHARS });
    const c = findControlChar(u.note);
    if (c) throw new ParseError("read-unit-control-char", { ...place, field: "note", char: c.char });
  }
  let status = u.status;
  if (status !== "") {
    const known = status.trim().toLowerCase();
    if (known !== "" && !(RENDERING_STATES as readonly string[]).includes(known)) {
      throw new ParseError("read-unit-bad-status", { ...place, line: where.lines?.status ?? where.line, value: status, known: RENDERING_STATES.join(", ") });
    }
    status = known;
  }
  let changed = u.changed;
  if (changed !== "") {
    const t = changed.trim();
    if (t !== "" && !isValidTime(t)) throw new ParseError("read-unit-bad-date", { ...place, line: where.lines?.changed ?? where.line, value: changed });
    changed = t === "" || ISO_SECOND.test(t) ? t : new Date(t).toISOString().slice(0, 19) + "Z";
  }
  return status === u.status && changed === u.changed ? u : { ...u, status, changed };
}

/**
 * The refusals that concern one unit alone (its status, date or characters; a TMX `<tu>` without
 * Indonesian or with two English variants; a segmented XLIFF unit whose target does not fit its
 * sentences; a JSONL line, a TSV or CSV row, a Moses ids row that cannot be read): after one, the
 * reader can read on (ReadOptions.onRefused). Sorted.
 */
export const UNIT_REFUSALS: ReadonlySet<string> = new Set([
  "csv-bad-row", "csv-column-count",
  "jsonl-bad-field", "jsonl-bad-json", "jsonl-not-object", "jsonl-repeated-key",
  "moses-ids-short-row",
  "read-unit-bad-date", "read-unit-bad-status", "read-unit-control-char", "read-unit-note-too-long",
  "tmx-english-variants", "tmx-no-source", "tmx-source-twice", "tmx-variant-twice",
  "tsv-bad-escape", "tsv-bad-row", "tsv-column-count",
  "xliff-bad-state", "xliff-seg-outside", "xliff-seg-unmatched", "xliff-target-lang",
]);

/**
 * Runs the reading of one unit (its checks and its hand-over) so that, with ReadOptions.onRefused,
 * a refusal of that unit alone (UNIT_REFUSALS) is handed there and reading goes on; any other error,
 * and every error without onRefused, is thrown.
 */
export function unitScope(onRefused: ((error: ParseError) => void) | undefined): (read: () => void) => void {
  if (!onRefused) return (read) => read();
  return (read) => {
    try {
      read();
    } catch (e) {
      if (e instanceof ParseError && UNIT_REFUSALS.has(e.code)) onRefused(e);
      else throw e;
    }
  };
}

/** `U+0001`-style name of a character, for error data. */
export function charName(c: string): string {
  return "U+" + c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0");
}

/** Refuses a character XML 1.0 forbids (TMX has no way to carry it). */
export function checkXmlChars(unit: ParallelUnit, format: string): void {
  for (const field of ["id", "document", "source", "target", "status", "author"] as const) {
    const m = XML_FORBIDDEN.exec(unit[field]);
    if (m) throw new FormatError("xml-forbidden-char", { format, unit: unit.id, field, char: charName(m[0]) });
  }
  for (const ref of unit.segments) {
    const m = XML_FORBIDDEN.exec(ref);
    if (m) throw new FormatError("xml-forbidden-char", { format, unit: unit.id, field: "segments", char: charName(m[0]) });
  }
  const n = unit.note ? XML_FORBIDDEN.exec(unit.note) : null;
  if (n) throw new FormatError("xml-forbidden-char", { format, unit: unit.id, field: "note", char: charName(n[0]) });
}

/**
 * The notes a file gives one unit as its one note: each without the white space around it, empty
 * ones left out, joined by a blank line in the order of the file; undefined when none is left.
 */
export function joinNotes(notes: readonly string[]): string | undefined {
  const kept = notes.map((n) => n.trim()).filter((n) => n !== "");
  return kept.length === 0 ? undefined : kept.join("\n\n");
}

/** `{ note }` for a unit when there is a note, else nothing (units without notes stay as they were). */
export const noteField = (note: string | undefined): { note?: string } => (note ? { note } : {});

const TEXT_SPECIAL = /[&<>\r]/;
const TEXT_SPECIAL_G = /[&<>\r]/g;
const ATTR_SPECIAL = /[&<>"\t\n\r]/;
const ATTR_SPECIAL_G = /[&<>"\t\n\r]/g;
const ESC: Record<string, string> = {
  "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\t": "&#9;", "\n": "&#10;", "\r": "&#13;",
};

/** Escapes element content. CR becomes `&#13;` (a raw CR would be read back as LF). */
export function xmlText(s: string): string {
  return TEXT_SPECIAL.test(s) ? s.replace(TEXT_SPECIAL_G, (c) => ESC[c]!) : s;
}

/** Escapes an attribute value (tabs and line breaks as references, which attribute normalisation keeps). */
export function xmlAttr(s: string): string {
  return ATTR_SPECIAL.test(s) ? s.replace(ATTR_SPECIAL_G, (c) => ESC[c]!) : s;
}

/** `2024-06-19T10:00:00Z` → `20240619T100000Z` (TMX 1.4 dates). */
export function toTmxDate(iso: string): string {
  return iso.replace(/[-:]/g, "");
}

/** `20240619T100000Z` → `2024-06-19T10:00:00Z`; "" when the value is not a TMX date. */
export function fromTmxDate(s: string | undefined): string {
  const m = /^(\d{4})(\d\d)(\d\d)T(\d\d)(\d\d)(\d\d)Z$/.exec(s ?? "");
  return m ? `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6]}Z` : "";
}

/**
 * A `<tu>`'s date for its unit: `changedate`, else `creationdate`, in ISO form; a value that is not
 * a TMX date is passed on as it is (checkImportUnit accepts an ISO date and refuses anything else).
 */
export function tmxChanged(changedate: string | undefined, creationdate: string | undefined): string {
  const raw = changedate ?? creationdate;
  return raw === undefined ? "" : fromTmxDate(raw) || raw;
}

/**
 * Trados Studio's confirmation level of a segment (SDLXLIFF `<sdl:seg conf="…">`, TMX
 * `<prop type="x-ConfirmationLevel">`) as a status: Translated → translated, ApprovedTranslation and
 * ApprovedSignOff → reviewed; Draft, RejectedTranslation, RejectedSignOff and none (Unspecified) are
 * not confirmed: a draft when there is a target.
 */
export function tradosStatus(conf: string, target: string): string {
  switch (conf) {
    case "Translated": return "translated";
    case "ApprovedTranslation": case "ApprovedSignOff": return "reviewed";
    default: return target ? "draft" : "";
  }
}

/** A TMX unit's status without Selaras' `x-status`: Trados Studio's `x-ConfirmationLevel` prop, if any (else ""). */
export function tmxStatus(confirmation: string | undefined, target: string): string {
  return confirmation === undefined ? "" : tradosStatus(confirmation, target);
}

const WORD_END = /[\p{L}\p{N}]$/u;
const WORD_START = /^[\p{L}\p{N}]/u;
/**
 * The text that follows a placeholder a reader dropped (TMX `<ph>`, XLIFF `<x/>`, `<ph>`): with a
 * space before it when the placeholder stood between two words — a tab, a line break, an image
 * between them in the tool's document — so the words are not glued together (`negara<ph>&lt;tab/&gt;</ph>Pyongyang`
 * is `negara Pyongyang`, not `negaraPyongyang`); as it is otherwise (`pemimpin<ph/>.`).
 */
export function afterPlaceholder(before: string, text: string): string {
  return WORD_START.test(text) && WORD_END.test(before.slice(-2)) ? " " + text : text;
}

/** Primary language subtag, lower case: "id-ID" → "id". */
export function primaryLang(tag: string | undefined): string {
  if (tag === undefined) return "";
  return (tag.length === 2 ? tag : tag.split(/[-_]/)[0]!).toLowerCase();
}
export const isIndonesian = (tag: string | undefined): boolean => tag === "id" || ["id", "in", "ind"].includes(primaryLang(tag));
export const isEnglish = (tag: string | undefined): boolean => tag === "en" || ["en", "eng"].includes(primaryLang(tag));
/** A language tag as variants are compared: lower case, `_` as `-` (`EN_gb` → `en-gb`). */
export const variantKey = (tag: string): string => tag.trim().toLowerCase().replace(/_/g, "-");
/** The `variant` field of a unit read with an English target in `tag`: none for plain `en` or no tag. */
export const variantField = (tag: string | undefined): { variant?: string } =>
  tag === undefined || tag === "" || variantKey(tag) === "en" ? {} : { variant: tag };

/* ---------- backslash escaping of TSV cells (and the Moses ids file) ---------- */

// (NEL, U+2028 and U+2029 too: Python's str.splitlines(), editors and many line readers end a line at
// them, so written raw they cut a unit's row in two for them)
const CELL_SPECIAL = /[\\\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029]/;
const CELL_SPECIAL_G = /[\\\t\n\r\x00-\x08\x0B\x0C\x0E-\x1F\x7F\x85\u2028\u2029]/g;
const CELL_ESC: Record<string, string> = { "\\": "\\\\", "\t": "\\t", "\n": "\\n", "\r": "\\r" };

/**
 * Escapes one TSV cell: backslash → `\\`, tab → `\t`, LF → `\n`, CR → `\r`, any other C0
 * control character, DEL, NEL (U+0085) and the line and paragraph separators U+2028/U+2029 →
 * `\uXXXX`. Everything else (quotes included) is written as is.
 */
export function escapeCell(s: string): string {
  if (!CELL_SPECIAL.test(s)) return s;
  return s.replace(CELL_SPECIAL_G, (c) => CELL_ESC[c] ?? "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0"));
}

/** Reverses escapeCell; an unknown escape is a ParseError at `where`. */
export function unescapeCell(s: string, where: { file: string; line: number }): string {
  if (!s.includes("\\")) return s;
  let out = "";
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c !== "\\") { out += c; continue; }
    const n = s[++i];
    if (n === "\\") out += "\\";
    else if (n === "t") out += "\t";
    else if (n === "n") out += "\n";
    else if (n === "r") out += "\r";
    else if (n === "u" && /^[0-9a-fA-F]{4}$/.test(s.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(s.slice(i + 1, i + 5), 16));
      i += 4;
    } else {
      throw new ParseError("tsv-bad-escape", { ...where, escape: "\\" + (n ?? "") });
    }
  }
  return out;
}

/**
 * Splits streamed text into lines (LF or CRLF), with 1-based line numbers. A final line without
 * a newline is still a line; an empty input has no lines.
 */
export class LineSplitter {
  /**
   * The text after the last line break. Only each new chunk is searched for a line break: the
   * whole of it was, for every chunk (a long line written in small chunks took time growing with
   * the square of its length: 100 KB in 1-character chunks, seconds).
   */
  private rest = "";
  private lineNo = 0;
  constructor(private readonly onLine: (line: string, lineNo: number) => void) {}
  write(chunk: string): void {
    let start = 0;
    for (let nl = chunk.indexOf("\n"); nl !== -1; nl = chunk.indexOf("\n", start)) {
      let line = chunk.slice(start, nl);
      if (start === 0 && this.rest !== "") {
        line = this.rest + line;
        this.rest = "";
      }
      this.onLine(line.charCodeAt(line.length - 1) === 13 ? line.slice(0, -1) : line, ++this.lineNo);
      start = nl + 1;
    }
    if (start < chunk.length) this.rest += start === 0 ? chunk : chunk.slice(start);
  }
  end(): void {
    const rest = this.rest;
    this.rest = "";
    if (rest !== "") this.onLine(rest.endsWith("\r") ? rest.slice(0, -1) : rest, ++this.lineNo);
  }
  get lines(): number { return this.lineNo; }
}

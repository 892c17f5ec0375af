/**
 * importParallel — another tool's TMX/XLIFF/TSV/CSV/Moses/JSONL into the database, in ONE transaction
 * (a malformed file, anywhere, changes nothing). Streams: the file is read in chunks (synchronously,
 * inside the transaction), decoded strictly as UTF-8 and parsed incrementally; each unit is matched
 * and written as it arrives.
 *
 * Matching (source text after normalizeText):
 *  1. the unit's own segment references (`<slug>:<ordinal>`), when their joined text equals its source;
 *  2. else every current segment with the same normalised text (normHash);
 *  3. else a run of consecutive segments of one document whose joined text equals the source
 *     (a unit that spans a join; stepping over boilerplate lines no one rendered, as a join does:
 *     segments.ts boilerplateGap).
 * Writing, per matched segment run:
 *  - no rendering yet → a new rendering, origin `imported`, status `draft` or `aligned` if the unit
 *    says so (a machine's pair stays unconfirmed), else `translated` (an import is never `reviewed`:
 *    a person reviews it here), author and time
 *    the unit's (else `--author` or `import`, and the time of the import);
 *  - one rendering over exactly these segments with the same text → unchanged;
 *  - … with another text → replaced (the old text stays in the revision history) when it was
 *    machine-made or imported, or when `replace` is set; otherwise reported as a conflict;
 *  - renderings over other segment spans → always a conflict (never re-cut silently).
 * Bulk writing (same result as one `renderings.create` per unit, see test/formats/import-bulk):
 * segments are read a window of ordinals at a time, new renderings are written in batches of
 * multi-row INSERTs with foreign-key checks off for this transaction only (every reference was
 * read in it; the new links are checked in one pass before commit), and they are logged for the
 * TM word index in one statement at the end (TmRepo.beginBulkInsert) instead of a trigger per row,
 * and counted once by the change clock (store.pauseChangeClock), not by a trigger per row.
 * A unit's note (ParallelUnit.note) goes with its text into the rendering's note, also when the text is
 * unchanged; a different note already there is kept, the unit's after it (mergeNote).
 * A unit with an empty target changes nothing. Consecutive units matching nothing (MAX_JOIN at
 * most, those of one element first, then neighbours in file order) whose sources joined by a space
 * match as above are read as one unit (a sentence another tool cut: resolvePending), their targets
 * joined by a space, the lower status. Units matching nothing are reported and, with
 * `keepTm`, kept in `tm_unit` as translation memory. A unit whose source starts with a line break
 * (an XML writer that indented its elements' text) is read without the white space holding a line
 * break around its source and target.
 */
import { IMPORT_AUTHOR } from "./author";
import { createHash } from "node:crypto";
import * as fs from "node:fs";
import * as path from "node:path";
import { invariant, ParseError, UsageError } from "../errors";
import { formatForFile, IMPORT_FORMAT_IDS, importFormats, otherToolFormat, sniffFormat, type Format, type ParallelUnit, type UnitPlace } from "../formats";
import { isEnglish, joinNotes, noteField, UNIT_REFUSALS, variantKey } from "../formats/text";
import type { Store } from "../store";
import type { RenderingCodes, SegmentMatch } from "../store/exchange";
import type { RenderingState as RenderingStatus } from "../model";
import { MACHINE_ORIGINS, type SaveRenderingInput } from "../store/renderings";
import { normalizeText } from "../text/normalize";
import { fnv, FNV_START, fnvStep, TextFilter } from "../text/text-filter";
import { MAX_UNIT_CHARS } from "../text/limits";
import { countFunctionWords } from "../text/function-words";
import { utf16Bom } from "../text/decode";
import { readUnits } from "./import-feed";
import { joinSource } from "./status";
import { keepFilesInStep, type Gate, type UnitFinding } from "./lifecycle";
import { isConfirmation } from "../translations/lifecycle";
import { ABBREVIATION_WORDS } from "../segment/language";
import { faultPoint } from "../store/fault-point";

/** The parallel-text formats import reads, by id (the `--format` choices): the export formats and csv. */
export { IMPORT_FORMAT_IDS } from "../formats";

function getFormat(id: string): Format {
  const f = importFormats[id];
  if (!f) throw new UsageError("format-unknown", { format: id, known: IMPORT_FORMAT_IDS.join(", ") });
  return f;
}

export interface ImportOptions {
  readonly format?: string;
  /** Keep units that match no segment as translation memory. */
  readonly keepTm?: boolean;
  /** Replace a person's rendering when the unit differs (the old text stays in the history). */
  readonly replace?: boolean;
  /** Author for units that name none. */
  readonly author?: string;
  /**
   * The source is Indonesian whatever source language the file declares (a writer that declares a
   * wrong one: Translate Toolkit's po2xliff always writes `source-language="en-US"`); ReadOptions.
   */
  readonly sourceIsIndonesian?: boolean;
  /**
   * `--target-lang en-GB`: the English variant to import from a TMX or XLIFF holding several; targets
   * in other variants are not imported (ImportResult.otherVariant). Must be an English tag.
   */
  readonly targetLang?: string;
  /**
   * `--skip-refused`: a unit refused for its own content (ReadOptions.onRefused: an unknown status, a
   * TMX `<tu>` without Indonesian, a row with a cell too many, a text too long…) is left out and
   * listed (ImportResult.skippedUnits) instead of refusing the whole file; errors of the file itself
   * (malformed XML, not UTF-8…) still refuse it.
   */
  readonly skipRefused?: boolean;
  readonly now: string;
  /** Units read so far, bytes read so far, total bytes of the input files. */
  readonly onProgress?: (units: number, bytes: number, totalBytes: number) => void;
  /**
   * The lifecycle's checks (app/lifecycle.ts createGate): a unit stored as `translated` is a
   * confirmation and is checked on its text against the current source; an unsuppressed error
   * stores it as `draft` and lists it in `refused`. Without a gate units are stored as they say.
   */
  readonly gate?: Gate;
  /** Project folder whose translations/ files of the documents written are kept in step (same transaction). */
  readonly root?: string;
}

export interface ImportConflict {
  readonly unit: string;
  /** Segment references of the matched run. */
  readonly segments: string[];
  readonly source: string;
  readonly target: string;
  readonly rendering: number;
  readonly existing: string;
  readonly existingOrigin: string;
  /**
   * `differs`: a person's rendering with another text; `span`: renderings cut differently; `twice`:
   * the file itself translates the sentence twice, differently (the first of its units was kept).
   */
  readonly reason: "differs" | "span" | "twice";
}

export interface ImportUnmatched {
  readonly unit: string;
  readonly source: string;
  readonly target: string;
  /** Where the file holds the unit: its file and line (XML: its start tag's; null when the reader gave none), and its number among the units read (1-based). */
  readonly file: string | null;
  readonly line: number | null;
  readonly number: number;
}

/** A unit of the file named in a list of the result: its id ("" when none), where it was read (see ImportUnmatched). */
export interface ImportUnitPlace {
  readonly unit: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly number: number;
}

/**
 * Is `e` the refusal of one unit for its own content, which `--skip-refused` would leave out and read
 * on — and the remedy to offer? (Not for English in several variants: every unit of such a file
 * usually has them, and its message names the remedy, --target-lang.)
 */
export function refusesOneUnit(e: unknown): boolean {
  return e instanceof ParseError && UNIT_REFUSALS.has(e.code) && e.code !== "tmx-english-variants";
}

/** A unit left out by --skip-refused: the error that refused it (its message is `error.<code>` with `data`). */
export interface ImportSkipped {
  readonly code: string;
  readonly file: string | null;
  readonly line: number | null;
  readonly data: Readonly<Record<string, unknown>>;
}

export interface ImportResult {
  readonly files: string[];
  readonly format: string;
  readonly units: number;
  readonly created: number;
  readonly replaced: number;
  readonly unchanged: number;
  /** Units with an empty target (nothing to import). */
  readonly untranslated: number;
  /**
   * Of the units created or replaced, those stored unconfirmed as the file marks them: status `draft`
   * or `aligned` (a machine's translation, a draft, a reviewer's rejection), not counted as translated.
   * (Units the checks refused to confirm are in `refused`, not here.)
   */
  readonly unconfirmed: number;
  /**
   * Translators' notes the file carried (ParallelUnit.note) that the import stored: `added` on a
   * rendering without a note (a new one, or one whose text was unchanged or replaced), `kept` after a
   * different note the rendering already had (both kept, a blank line between: mergeNote). Absent
   * when the file stored no note.
   */
  readonly notes?: { readonly added: number; readonly kept: number };
  /**
   * Notes the file carried on units the import did not store (without a target, in conflict with a
   * rendering, matching no segment — also when kept as translation memory, which holds no note): said,
   * so that a note is never lost without a word. Absent when none.
   */
  readonly notesNotStored?: number;
  /** …their units, listed (at most MAX_LISTED), each with why it was not imported. */
  readonly notesNotStoredUnits?: Array<ImportUnitPlace & { readonly reason: "untranslated" | "conflict" | "unmatched" }>;
  /**
   * Units a reviewer rejected (XLIFF 1.2 `state-qualifier="rejected-…"` on a target its state confirms:
   * ParallelUnit.rejected), read as drafts, never as confirmed translations. Absent when none.
   */
  readonly rejectedDrafts?: number;
  /** …listed (at most MAX_LISTED), each with its qualifier. */
  readonly rejectedUnits?: Array<ImportUnitPlace & { readonly qualifier: string }>;
  /**
   * Units stored (new, replaced or unchanged: not those in conflict, without a target or matching no
   * segment, nor the parts of a joined sentence: joinedCodes) whose source or target held inline codes
   * (formatting tags, placeholders): read as their text, the codes kept for an export in the same format.
   */
  readonly inlineCodes: number;
  /**
   * Units matching no segment alone that matched one joined with their neighbours (`joins` of them:
   * a sentence another tool cut in two or more), read as one unit: the sources and targets joined by a
   * space, the lower status. Absent when none.
   */
  readonly joinedUnits?: number;
  readonly joins?: number;
  /**
   * Of the joinedUnits stored, those whose source or target held inline codes: read as their text, their
   * codes NOT kept (each part's codes are its own; they are not in inlineCodes, which counts codes kept).
   * Absent when none.
   */
  readonly joinedCodes?: number;
  /**
   * The English variants of the targets read (`en` for plain or undeclared English), by units, when
   * the file holds more than one (a mixed translation memory: say which to import with --target-lang).
   */
  readonly variants?: Array<{ readonly variant: string; readonly units: number }>;
  /** With targetLang: units whose English was in another variant, not imported. */
  readonly otherVariant?: number;
  /** Conflicts listed (at most MAX_LISTED); conflictCount has them all. */
  readonly conflicts: ImportConflict[];
  readonly conflictCount: number;
  readonly unmatched: number;
  /** Unmatched units listed (at most MAX_LISTED). */
  readonly unmatchedUnits: ImportUnmatched[];
  /** Unmatched units newly kept as translation memory. */
  readonly keptTm: number;
  /** With skipRefused: units refused for their own content and left out (the others were imported). */
  readonly skipped?: number;
  /** …listed (at most MAX_LISTED), each as the error that refused it: its code, file, line and data. */
  readonly skippedUnits?: ImportSkipped[];
  /** Units the checks refused to confirm (stored as draft), listed (at most MAX_LISTED). */
  readonly refused?: Array<{ readonly unit: string; readonly segments: string[]; readonly findings: UnitFinding[] }>;
  /** Documents whose renderings the import created or replaced. */
  readonly documents?: string[];
  /** Units were unmatched and the database holds no document at all (nothing ingested yet). */
  readonly noDocuments?: true;
}

/** Lists in the result stop growing here (counts stay exact), so memory stays flat. */
export const MAX_LISTED = 1000;
/**
 * Units with a target (not a copy of the source) whose function words tell which language each side
 * reads as; a side is taken for the wrong language when it has at least SIDE_WORDS function words of
 * that language, one every 1/SIDE_DENSITY units at least (a real sentence has two or three), and more
 * than SIDE_RATIO times as many as of the right one (wrongSide).
 */
const SIDE_SAMPLE = 1000;
const SIDE_WORDS = 10;
const SIDE_DENSITY = 0.5;
const SIDE_RATIO = 3;
/** Does a side with `wrong` function words of the other language and `right` of its own, over `units`, read as the other language? */
const wrongSide = (wrong: number, right: number, units: number, least = SIDE_WORDS): boolean =>
  wrong >= least && wrong >= SIDE_DENSITY * units && wrong > SIDE_RATIO * right;
/**
 * Both sides read as the other language — English function words in the sources, Indonesian ones in
 * the targets, each side more than SIDE_RATIO times its own language's and at least one every
 * 1/SIDE_DENSITY units — is a swap told by two signals at once, so SWAP_WORDS on both sides together
 * suffice (a small file, a sentence or two, given the wrong way round; a file translated Indonesian to
 * English has neither).
 */
const SWAP_WORDS = 4;
const swapped = (s: { targetId: number; targetEn: number; sourceId: number; sourceEn: number; units: number }): boolean =>
  s.targetId + s.sourceEn >= SWAP_WORDS && wrongSide(s.targetId, s.targetEn, s.units, 1) && wrongSide(s.sourceEn, s.sourceId, s.units, 1);
/** A file is refused when at least BARE_UNITS of the sampled units, and BARE_SHARE of them, have a source without a letter (ids: Tatoeba's pairs, English first). */
const BARE_UNITS = 5;
const BARE_SHARE = 0.9;
const LETTER = /\p{L}/u;
/** Three words at least (the target taken for a sentence of the project: targetIsSource). */
const THREE_WORDS = /\S\s+\S+\s+\S/;
/** Units matching no segment read as one at most (a sentence cut at a quote and after `Jl.`: three parts). */
const MAX_JOIN = 4;
/** A source ending as a sentence does: its point, question or exclamation mark, a quote or bracket after it. */
const SENTENCE_END = /[.!?\u2026]["'\u201d\u2019)\]]*$/u;
/** A text going on from the one before it: a small letter or a figure first (`kata Siti`, after `"Air naik!"`). */
const GOES_ON = /^["'\u201c\u2018(]?[\p{Ll}\d]/u;
/** A word of one to three letters, capital first, and a point (`Jl.`, `Dr.`, `H.`): a title, a street, an initial. */
const SHORT_ABBREVIATION = /^\p{Lu}\p{Ll}{0,2}\.$/u;
/**
 * May another tool have cut a sentence between these two sources? Not when the first ends as a sentence
 * does and the next starts as one (a capital), unless the first ends on an abbreviation (`Jl.`, `Dr.`,
 * `dll.`: SRX rules cut after them): joins are tried only there (resolvePending), so that a memory of
 * whole sentences none of which matches costs no lookups.
 */
function mayBeCut(first: string, next: string): boolean {
  const a = first.trim();
  if (!SENTENCE_END.test(a) || GOES_ON.test(next.trim())) return true;
  const last = /\S+$/.exec(a)?.[0] ?? "";
  return ABBREVIATION_WORDS.has(last.toLowerCase()) || SHORT_ABBREVIATION.test(last);
}
/** A part ending in a figure and a point or comma, the next starting with a figure: a number cut at its separator (`1.` | `500 paket`). */
const NUMBER_CUT_END = /\d[.,]$/;
const NUMBER_CUT_START = /^\d/;
/**
 * The texts of a sentence another tool cut, as one: trimmed, joined by a space, but without one inside a
 * number cut at its thousands or decimal separator (`menyiapkan 1.` + `500 paket` → `menyiapkan 1.500 paket`:
 * an SRX rule that cuts after a figure and a point).
 */
function joinParts(texts: readonly string[]): string {
  let out = "";
  for (const raw of texts) {
    const t = raw.trim();
    out = out === "" ? t : t === "" ? out : out + (NUMBER_CUT_END.test(out) && NUMBER_CUT_START.test(t) ? "" : " ") + t;
  }
  return out;
}
/** Units matching no segment held back at most to be tried joined (resolvePending). */
const PENDING = 64;
/** A unit matching no segment, held back (resolvePending): where it was read, its source's normHash, its element's place. */
interface Pending { readonly u: ParallelUnit; readonly here: ImportUnitPlace; readonly hash: string; readonly group: string }
/**
 * Prefix look-ups (a SHA-1 and a query each) after which the current segments' texts are read into a
 * filter (joinedRuns): one look-up costs about as much as reading FILTER_SEGMENTS_PER_LOOKUP segments into it.
 */
const FILTER_MIN_LOOKUPS = 256;
const FILTER_SEGMENTS_PER_LOOKUP = 4;
/** Segments per range read when matching by segment reference. */
const WINDOW = 512;

/** Whether a format's files are one file (and so can come from standard input), not a set of parts (Moses). */
export function isSingleFileFormat(formatId: string): boolean {
  const format = getFormat(formatId);
  return format.parts.length - format.optionalParts.length === 1;
}

/**
 * The files of a format of several (a Moses pair's `.id`, `.en`, `.ids`) as the import reads them and
 * as named from the path a person gave (`[absolute, given]`), so that a message names each of them as
 * that one was; none for a format of one file, or one that cannot be told (the import says why).
 */
export function partsAsGiven(file: string, given: string, formatId?: string): Array<[string, string]> {
  let format: Format;
  try {
    format = resolveImport(file, formatId).format;
  } catch {
    return [];
  }
  if (format.parts.length === 1) return [];
  const abs = format.partPaths(file), as = format.partPaths(given);
  return Object.keys(abs).map((k) => [abs[k]!, as[k]!]);
}

/** The formats whose files say which English variant a target is in (`--target-lang`). */
const LANGUAGE_FORMATS = new Set(["tmx", "xliff", "xliff12"]);

/** Bytes of a file's beginning read to tell its format when its name does not. */
const SNIFF_BYTES = 64 * 1024;

/**
 * The beginning of a file as text (a character cut at the end is dropped by the decoder): UTF-8, or
 * UTF-16 when a byte-order mark says so (Excel's "Unicode Text", which the import reads as well).
 */
function head(file: string): string {
  const fd = fs.openSync(file, "r");
  try {
    const buf = Buffer.alloc(SNIFF_BYTES);
    const bytes = buf.subarray(0, fs.readSync(fd, buf, 0, SNIFF_BYTES, 0));
    const utf16 = utf16Bom(bytes);
    return new TextDecoder(utf16 === "UTF-16LE" ? "utf-16le" : utf16 === "UTF-16BE" ? "utf-16be" : "utf-8").decode(bytes);
  } finally {
    fs.closeSync(fd);
  }
}

/**
 * The format and part files of an import path: the format given, else the one its extension
 * selects, else a Moses set whose stem it is, else the one its content says (sniffFormat).
 */
export function resolveImport(file: string, formatId?: string): { format: Format; files: Record<string, string> } {
  let format: Format | undefined = formatId ? getFormat(formatId) : formatForFile(file);
  const isFile = fs.existsSync(file) && fs.statSync(file).isFile();
  const start = isFile ? head(file) : undefined;
  // (another tool's own format no reader here reads — Wordfast's TXML —, whatever --format or the
  // extension say: named, with what to export instead, rather than "not XLIFF" or "cannot tell")
  const other = start === undefined ? undefined : otherToolFormat(start);
  if (other) throw new ParseError("import-other-tool-format", { file, ...other });
  if (!format && !fs.existsSync(file) && fs.existsSync(`${file}.id`)) format = getFormat("moses");
  if (!format && start !== undefined) {
    const sniffed = sniffFormat(start);
    if (sniffed) format = getFormat(sniffed);
  }
  if (!format) throw new UsageError("import-unknown-format", { file });
  const all = format.partPaths(file);
  const files: Record<string, string> = {};
  for (const [part, p] of Object.entries(all)) {
    if (fs.existsSync(p)) {
      if (fs.statSync(p).isDirectory()) throw new UsageError("path-is-directory", { file: p });
      files[part] = p;
    } else if (!format.optionalParts.includes(part)) {
      throw new UsageError("path-not-found", { file: p });
    }
  }
  return { format, files };
}

/** A text that starts with a line break (after spaces or tabs): laid out by an XML writer. */
const PRETTY = /^[ \t]*[\r\n]/;
/** A text without the white space around it that holds a line break (an XML writer's layout). */
const laidOut = (s: string): string => s.replace(/^\s*[\r\n]\s*/, "").replace(/\s*[\r\n]\s*$/, "");
/** A text normalizeText does not reduce to "". */
const NOT_BLANK = /[^\s\u00a0\u200b\ufeff]/;
/** normHash of an already normalised text. */
const sha1 = (norm: string): string => createHash("sha1").update(norm).digest("hex");
const refOf = (m: SegmentMatch) => `${m.document}:${m.ordinal}`;

/**
 * A rendering's note once a unit's note is imported into it: the existing note when the unit has
 * none or the existing note already holds it (as itself or as one of its blank-line-separated
 * parts: importing a file twice adds nothing); the unit's note when there was none, or when it begins
 * with the existing note (written on in another tool: it holds it whole); else both, the existing one
 * first, a blank line between (a note is never overwritten).
 */
export function mergeNote(existing: string | null, note: string | undefined): string | null {
  if (!note) return existing || null;
  if (!existing) return note;
  // (compared without the white space around the existing note: a file's notes are read trimmed, joinNotes)
  if (`\n\n${existing.trim()}\n\n`.includes(`\n\n${note}\n\n`)) return existing;
  // (the existing note written on in another tool — exported, added to there, read back: the file's, which holds it whole)
  if (existing.trim() !== "" && note.startsWith(existing.trim())) return note;
  return `${existing}\n\n${note}`;
}

/** Imports a file; throws (and changes nothing) on malformed input. */
export function importParallel(store: Store, file: string, options: ImportOptions): ImportResult {
  const { format, files } = resolveImport(file, options.format);
  const targetLang = options.targetLang === undefined ? undefined : variantKey(options.targetLang);
  if (targetLang !== undefined) {
    if (!isEnglish(targetLang)) throw new UsageError("import-target-lang-not-english", { lang: options.targetLang });
    if (!LANGUAGE_FORMATS.has(format.id)) throw new UsageError("import-target-lang-format", { file, format: format.id });
  }
  /** Units read by English variant (with a target), and the variants of targets left out (targetLang). */
  const variants = new Map<string, { variant: string; units: number }>();
  let otherVariant = 0;
  const otherVariants = new Set<string>();
  const now = options.now;
  const originFile = path.basename(file);
  const result = {
    files: Object.values(files), format: format.id, units: 0, created: 0, replaced: 0, unchanged: 0, untranslated: 0, unconfirmed: 0, inlineCodes: 0, joinedUnits: 0, joins: 0, joinedCodes: 0,
    conflicts: [] as ImportConflict[], unmatched: 0, unmatchedUnits: [] as ImportUnmatched[], keptTm: 0,
    refused: [] as NonNullable<ImportResult["refused"]>,
  };
  const touched = new Set<string>();
  /** Renderings this import replaced (those it created are the ids from firstId on). */
  const replacedIds = new Set<number>();
  let conflictCount = 0;
  const notes = { added: 0, kept: 0 };
  let notesNotStored = 0;
  const notesNotStoredUnits: NonNullable<ImportResult["notesNotStoredUnits"]> = [];
  let rejectedDrafts = 0;
  const rejectedUnits: NonNullable<ImportResult["rejectedUnits"]> = [];
  /** Where the unit being imported was read (onUnit). */
  let here: ImportUnitPlace = { unit: "", file: null, line: null, number: 0 };
  /** A note of the unit being imported that is not stored (its unit not imported), counted and listed. */
  const noteNotStored = (reason: "untranslated" | "conflict" | "unmatched"): void => {
    notesNotStored++;
    if (notesNotStoredUnits.length < MAX_LISTED) notesNotStoredUnits.push({ ...here, reason });
  };
  /** Counts a note the import stores (mergeNote's result), by whether a different note of the rendering was kept before it. */
  const countNote = (existing: string | null, merged: string | null, note?: string): void => {
    if (merged === (existing || null)) return;
    if (existing && merged === `${existing}\n\n${note}`) notes.kept++; else notes.added++;
  };
  /** Function words of the first units' sides (SIDE_SAMPLE): a file whose English reads as Indonesian is refused. */
  const sides = { units: 0, targetId: 0, targetEn: 0, sourceId: 0, sourceEn: 0, sourceBare: 0, bareExample: "" };
  /**
   * Of the first SIDE_SAMPLE units read, those matched by their source, and those matching none whose
   * target is the text of a sentence of the project (the first of them where it was read): a file given
   * English first, caught however few function words it has (one sentence). Sampled as the function
   * words are: a lookup per unmatched unit of a large memory would cost for nothing.
   */
  let matchedUnits = 0;
  const targetIsSource = { units: 0, first: undefined as { file: string; line: number; ref: string } | undefined };
  let skipped = 0;
  const skippedUnits: ImportSkipped[] = [];
  const skip = (e: ParseError): void => {
    skipped++;
    if (skippedUnits.length < MAX_LISTED) {
      skippedUnits.push({ code: e.code, file: typeof e.data.file === "string" ? e.data.file : null, line: typeof e.data.line === "number" ? e.data.line : null, data: e.data });
    }
  };
  const totalBytes = Object.values(files).reduce((n, f) => n + fs.statSync(f).size, 0);
  let bytesRead = 0;

  /** Document ids by slug (a file names few documents, many times). */
  const docIds = new Map<string, number | undefined>();
  const documentId = (slug: string): number | undefined => {
    if (!docIds.has(slug)) docIds.set(slug, store.documents.bySlug(slug)?.id);
    return docIds.get(slug);
  };

  /**
   * New renderings are written 64 at a time with multi-row INSERTs (renderings.bulkCreate), ids
   * assigned here exactly as SQLite would (nextId, +1 each). Until written, `pendingBySegment` overlays every segment
   * lookup, and anything that reads or writes an existing rendering writes them first.
   */
  const bulk = store.renderings.bulkCreate();
  const pendingBySegment = new Map<number, number>();
  let nextId = 0;
  let firstId = 0;
  const flush = (): void => {
    bulk.flush();
    pendingBySegment.clear();
  };
  const create = (input: SaveRenderingInput): number => {
    if (nextId === 0) firstId = nextId = store.renderings.nextId();
    const id = nextId++;
    if (bulk.add(id, input)) pendingBySegment.clear(); // everything added so far is written
    else for (const s of input.segmentIds) pendingBySegment.set(s, id);
    return id;
  };
  const seen = (r: SegmentMatch): SegmentMatch => {
    const id = pendingBySegment.get(r.segmentId);
    return id === undefined ? r : { ...r, renderingId: id };
  };
  const segmentsWithHash = (hash: string): SegmentMatch[] => {
    const rows = store.exchange.segmentsWithHash(hash);
    return pendingBySegment.size === 0 ? rows : rows.map(seen);
  };

  /**
   * Segments by document and ordinal, read WINDOW at a time (a file lists units in article order,
   * so one range read serves many units). Bounded: only the current window is held. Kept in step
   * with the renderings this import creates (the only change to what a window holds).
   */
  let window: { documentId: number; from: number; to: number; rows: Map<number, { -readonly [K in keyof SegmentMatch]: SegmentMatch[K] }> } | undefined;
  const segmentAt = (documentId: number, document: string, ordinal: number): SegmentMatch | undefined => {
    if (!window || window.documentId !== documentId || ordinal < window.from || ordinal > window.to) {
      const rows = store.exchange.segmentsFrom(documentId, document, ordinal, WINDOW).map(seen);
      window = {
        documentId, from: ordinal, to: rows.length < WINDOW ? Infinity : rows[rows.length - 1]!.ordinal,
        rows: new Map(rows.map((r) => [r.ordinal, { ...r }])),
      };
    }
    return window.rows.get(ordinal);
  };
  const noteCreated = (run: SegmentMatch[], renderingId: number): void => {
    if (!window) return;
    for (const r of run) {
      if (r.documentId !== window.documentId) continue;
      const w = window.rows.get(r.ordinal);
      if (w && w.segmentId === r.segmentId) w.renderingId = renderingId;
    }
  };

  /** Candidate runs of segments for a unit (see the module comment). */
  const match = (u: ParallelUnit, norm: () => string, hash: () => string, after = 0, lookup = segmentsWithHash): SegmentMatch[][] => {
    if (u.segments.length > 0) {
      const run: SegmentMatch[] = [];
      for (const ref of u.segments) {
        const colon = ref.lastIndexOf(":");
        const docId = colon > 0 ? documentId(ref.slice(0, colon)) : undefined;
        const ordinal = Number(ref.slice(colon + 1));
        const seg = docId !== undefined && Number.isInteger(ordinal) ? segmentAt(docId, ref.slice(0, colon), ordinal) : undefined;
        if (!seg) break;
        run.push(seg);
      }
      if (run.length === u.segments.length) {
        const joined = joinSource(run.map((r) => r.text));
        if (joined === u.source || normalizeText(joined) === norm()) return [run];
      }
    }
    const same = mayBeSegment(norm()) ? segmentsWithHash(hash()) : [];
    if (same.length > 0) return same.map((s) => [s]);
    return joinedRuns(norm(), after, lookup);
  };

  /**
   * The current segments' normalised texts in a TextFilter, built once prefix look-ups have cost about
   * what building it does (a few per segment: a small import into a large database builds none), then
   * asked before each look-up: most prefixes of a unit matching nothing are no segment, and the filter
   * says so without a SHA-1 or a query (it never says no to a segment's text, so what matches is the same).
   */
  let filter: TextFilter | undefined;
  let prefixLookups = 0;
  /** The current segments' count (the import's transaction adds none), read at the first look-up. */
  let segmentCount: number | undefined;
  const builtFilter = (): TextFilter | undefined => {
    if (filter) return filter;
    segmentCount ??= store.exchange.currentSegmentCount();
    if (++prefixLookups < Math.max(FILTER_MIN_LOOKUPS, segmentCount / FILTER_SEGMENTS_PER_LOOKUP)) return undefined;
    filter = new TextFilter(segmentCount);
    for (const text of store.exchange.currentSegmentTexts()) filter.addHash(fnv(normalizeText(text)));
    return filter;
  };
  /** May a normalised text be a current segment's? (Yes until the filter is built.) */
  const mayBeSegment = (norm: string): boolean => filter === undefined || filter.mayHave(fnv(norm));

  /**
   * Runs of consecutive segments whose joined normalised text is `norm`. Linear in the unit's
   * length: the hash of each prefix ending before a space is taken from ONE running SHA-1 (copied
   * at each space, never re-hashed from the start), and a candidate run grows by comparing each
   * next segment in place at its offset (the whole run is compared once at the end). A run's first
   * segment is longer than `after` characters (units read joined: the first of them matched no segment
   * alone, so no shorter first segment need be looked up).
   */
  const joinedRuns = (norm: string, after: number, lookup: typeof segmentsWithHash): SegmentMatch[][] => {
    const runs: SegmentMatch[][] = [];
    const seen = new Set<number>();
    let running: ReturnType<typeof createHash> | undefined;
    let hashed = 0;
    // (the prefix's FNV hash, read on as far as `fnvAt`, once the filter is built)
    let h = FNV_START;
    let fnvAt = 0;
    for (let i = norm.indexOf(" "); i !== -1; i = norm.indexOf(" ", i + 1)) {
      if (i <= after) continue;
      const f = builtFilter();
      if (f) {
        for (; fnvAt < i; fnvAt++) h = fnvStep(h, norm.charCodeAt(fnvAt));
        if (!f.mayHave(h)) continue;
      }
      running ??= createHash("sha1");
      running.update(norm.slice(hashed, i));
      hashed = i;
      for (const first of lookup(running.copy().digest("hex"))) {
        if (seen.has(first.segmentId)) continue;
        seen.add(first.segmentId);
        const run = [first];
        let end = normalizeText(first.text).length; // === i: its hash is the prefix's
        while (end < norm.length && norm.charCodeAt(end) === 32) {
          let next = segmentAt(first.documentId, first.document, run[run.length - 1]!.ordinal + 1);
          // (over boilerplate lines no one rendered that the source does not go on with, as a join steps over
          // them: a sentence a printed page cut, exported as one unit `doc:5+8`, finds its halves again)
          while (next?.boilerplate === true && next.renderingId === null && !norm.startsWith(normalizeText(next.text), end + 1)) {
            next = segmentAt(first.documentId, first.document, next.ordinal + 1);
          }
          if (!next) break;
          const text = normalizeText(next.text);
          if (text === "" || !norm.startsWith(text, end + 1)) break;
          run.push(next);
          end += 1 + text.length;
        }
        if (end === norm.length && run.length > 1 && normalizeText(joinSource(run.map((r) => r.text))) === norm) runs.push(run);
      }
    }
    return runs;
  };

  /** Inline codes of the renderings this import created, written once they are (rendering_code). */
  const newCodes: Array<[number, RenderingCodes]> = [];
  const codesOf = (u: ParallelUnit, sourceText: string): RenderingCodes | null =>
    u.markup ? { ...u.markup, plainSource: sourceText, plainTarget: u.target } : null;

  /** The status a unit is stored with as the file marks it (before the checks' gate). */
  const unitStatus = (u: ParallelUnit): RenderingStatus => (u.status === "draft" || u.status === "aligned" ? u.status : "translated");

  /** Writes a unit over a matched run; whether its text is now stored there (new, replaced or unchanged). */
  const apply = (u: ParallelUnit, run: SegmentMatch[]): boolean => {
    const segmentIds = run.map((r) => r.segmentId);
    const existingIds = [...new Set(run.map((r) => r.renderingId).filter((x): x is number => x !== null))];
    // draft and aligned (a machine's pair no person confirmed) stay as they are; anything else is a
    // confirmation, checked by the gate (never `reviewed`: a person reviews it here).
    let status: RenderingStatus = unitStatus(u);
    const author = u.author || options.author || IMPORT_AUTHOR;
    // The unit's own date when it carries one (checked: YYYY-MM-DDThh:mm:ssZ), so an export imported
    // into another database exports the same dates; else the time of the import.
    const time = u.changed ? u.changed.slice(0, 19) + ".000Z" : now;
    const sourceText = joinSource(run.map((r) => r.text));
    const gateCheck = () => {
      if (!options.gate || !isConfirmation(status)) return;
      const findings = options.gate.check(run[0]!.document, sourceText, u.target);
      if (!findings.some((f) => f.severity === "error" && !f.suppressed)) return;
      status = "draft";
      if (result.refused.length < MAX_LISTED) result.refused.push({ unit: u.id, segments: run.map(refOf), findings });
    };
    if (existingIds.length === 0) {
      gateCheck();
      touched.add(run[0]!.document);
      const id = create({ segmentIds, text: u.target, sourceText, status, origin: "imported", author, note: u.note || null, now: time });
      countNote(null, u.note || null);
      noteCreated(run, id);
      const codes = codesOf(u, sourceText);
      if (codes) newCodes.push([id, codes]);
      result.created++;
      if (!isConfirmation(unitStatus(u))) result.unconfirmed++;
      return true;
    }
    const conflict = (reason: ImportConflict["reason"], rendering: number, existing: string, existingOrigin: string) => {
      conflictCount++;
      if (u.note) noteNotStored("conflict");
      if (result.conflicts.length < MAX_LISTED) {
        result.conflicts.push({ unit: u.id, segments: run.map(refOf), source: u.source, target: u.target, rendering, existing, existingOrigin, reason });
      }
    };
    flush();
    const existing = store.renderings.byId(existingIds[0]!)!;
    const sameSpan = existingIds.length === 1 && existing.segmentIds.length === segmentIds.length &&
      existing.segmentIds.every((id, i) => id === segmentIds[i]);
    if (!sameSpan) { conflict("span", existing.id, existing.text, existing.origin); return false; }
    if (existing.text === u.target) {
      // (the same English, now with the codes it had in this file: kept for exports in its format)
      const codes = codesOf(u, sourceText);
      if (codes) store.exchange.setCodes(existing.id, codes);
      // (…and the file's note: a change of the note alone, as the workbench's note field makes it)
      const note = mergeNote(existing.note, u.note);
      if (note !== (existing.note || null)) {
        countNote(existing.note, note, u.note);
        touched.add(run[0]!.document);
        store.renderings.update(existing.id, {
          text: existing.text, sourceText: existing.sourceText, status: existing.status, origin: existing.origin, author, score: existing.score,
          note, now, noteOnly: true,
        });
      }
      result.unchanged++;
      return true;
    }
    // (a rendering this import wrote: the file holds two translations of the sentence, e.g. OmegaT's
    // default and an alternative one; the first is kept and the other listed, never replaced silently)
    if ((firstId > 0 && existing.id >= firstId) || replacedIds.has(existing.id)) { conflict("twice", existing.id, existing.text, existing.origin); return false; }
    if (MACHINE_ORIGINS.has(existing.origin) || existing.origin === "imported" || options.replace) {
      gateCheck();
      touched.add(run[0]!.document);
      // (the rendering's note is kept, the file's added to it: mergeNote)
      const note = mergeNote(existing.note, u.note);
      countNote(existing.note, note, u.note);
      store.renderings.update(existing.id, { text: u.target, sourceText, status, origin: "imported", author, note, now: time });
      store.exchange.setCodes(existing.id, codesOf(u, sourceText));
      replacedIds.add(existing.id);
      result.replaced++;
      if (!isConfirmation(unitStatus(u))) result.unconfirmed++;
      return true;
    }
    conflict("differs", existing.id, existing.text, existing.origin);
    return false;
  };

  /** A unit matching no segment: listed, its note counted, with keepTm kept as translation memory. */
  const unmatched = (p: Pending): void => {
    const u = p.u;
    here = p.here;
    // (a text of three words or more: a name or a figure, `Jakarta Utara`, is the same in both
    // languages and proves nothing)
    const swappedWith = here.number <= SIDE_SAMPLE && THREE_WORDS.test(u.target) ? segmentsWithHash(sha1(normalizeText(u.target)))[0] : undefined;
    if (swappedWith && targetIsSource.units++ === 0) targetIsSource.first = { file: here.file ?? file, line: here.line ?? here.number, ref: refOf(swappedWith) };
    result.unmatched++;
    if (u.note) noteNotStored("unmatched");
    if (result.unmatchedUnits.length < MAX_LISTED) result.unmatchedUnits.push({ unit: u.id, source: u.source, target: u.target, file: here.file, line: here.line, number: here.number });
    if (options.keepTm) {
      const kept = store.exchange.keepTmUnit({
        source: u.source, target: u.target, normHash: p.hash, status: u.status, author: u.author, document: u.document,
        originFile, changed: u.changed || null, importedAt: now,
      });
      if (kept) result.keptTm++;
    }
  };

  /**
   * Units matching no segment, consecutive in the file, held back (at most PENDING) to be tried joined:
   * a sentence another tool cut in two or more (SRX rules cutting after `Jl.` or `Dr.`, at a quote;
   * two `<mrk mtype="seg">` of one `<trans-unit>`). `group`: the place of the unit's element (file and
   * line: the sentences of one `<trans-unit>` share it), `tried`: the runs found for a join of `count`
   * units from the held unit numbered `number` (`number:count`), so a join is looked up once.
   */
  const pending: Pending[] = [];
  const tried = new Map<string, SegmentMatch[][]>();
  /** Segments by the hash of a prefix, looked up while joins are tried (the joins from one unit share their prefixes); nothing is written meanwhile. */
  const prefixes = new Map<string, SegmentMatch[]>();
  const lookedUp = (hash: string): SegmentMatch[] => {
    let rows = prefixes.get(hash);
    if (rows === undefined) prefixes.set(hash, rows = segmentsWithHash(hash));
    return rows;
  };
  /** Units read as one: the sources and targets joined by a space, the lower status, the latest date and its author, the notes. */
  const joinedUnit = (parts: readonly Pending[]): ParallelUnit => {
    const us = parts.map((p) => p.u);
    const latest = us.reduce((a, b) => (b.changed > a.changed ? b : a));
    const lower = us.find((x) => x.status === "draft") ?? us.find((x) => x.status === "aligned") ?? latest;
    const same = us.every((x) => x.segments.join(" ") === us[0]!.segments.join(" "));
    return {
      id: us.map((x) => x.id).join("+"), document: us[0]!.document, segments: same ? us[0]!.segments : [],
      source: joinParts(us.map((x) => x.source)), target: joinParts(us.map((x) => x.target)),
      status: lower.status, author: latest.author, changed: latest.changed,
      // (the notes of one <trans-unit> go with each of its sentences: each said once)
      ...noteField(joinNotes([...new Set(us.map((x) => x.note ?? ""))])),
    };
  };
  const tryJoin = (from: number, count: number): SegmentMatch[][] => {
    const key = `${pending[from]!.here.number}:${count}`;
    let runs = tried.get(key);
    if (runs === undefined) {
      const u = joinedUnit(pending.slice(from, from + count));
      const norm = normalizeText(u.source);
      runs = match(u, () => norm, () => sha1(norm), normalizeText(pending[from]!.u.source).length, lookedUp);
      tried.set(key, runs);
    }
    return runs;
  };
  /**
   * The held units written: those whose joined source matches (MAX_JOIN at most, the sentences of one
   * element first, then neighbouring units in file order) as one unit, the others as unmatched. Unless
   * `all`, the last MAX_JOIN - 1 are held on (the file may go on with the rest of their sentence).
   */
  const resolvePending = (all: boolean): void => {
    if (pending.length === 0) return;
    const joins = new Map<number, number>();
    const used = pending.map(() => false);
    for (const sameGroup of [true, false]) {
      for (let i = 0; i < pending.length; i++) {
        if (used[i]) continue;
        for (let count = 2; count <= MAX_JOIN && i + count <= pending.length; count++) {
          const last = i + count - 1;
          if (used[last] || (sameGroup && pending[last]!.group !== pending[i]!.group)) break;
          if (!mayBeCut(pending[last - 1]!.u.source, pending[last]!.u.source)) break;
          if (tryJoin(i, count).length === 0) continue;
          joins.set(i, count);
          for (let k = i; k <= last; k++) used[k] = true;
          break;
        }
      }
    }
    const limit = all ? pending.length : pending.length - (MAX_JOIN - 1);
    let i = 0;
    while (i < limit) {
      const count = joins.get(i);
      if (count === undefined) { unmatched(pending[i]!); i++; continue; }
      const parts = pending.slice(i, i + count);
      here = parts[0]!.here;
      result.joinedUnits += count;
      result.joins++;
      matchedUnits += parts.filter((p) => p.here.number <= SIDE_SAMPLE).length;
      const u = joinedUnit(parts);
      const norm = normalizeText(u.source);
      // (matched again: a join written before it may have rendered the same sentence)
      let stored = false;
      for (const run of match(u, () => norm, () => sha1(norm), normalizeText(parts[0]!.u.source).length)) stored = apply(u, run) || stored;
      // (the parts' codes are not kept: each part's are its own, which one rendering's cannot hold)
      if (stored) result.joinedCodes += parts.filter((p) => p.u.codes).length;
      i += count;
    }
    pending.splice(0, i);
    tried.clear();
    prefixes.clear();
  };

  const onUnit = (read: ParallelUnit, where?: UnitPlace): void => {
    faultPoint("import-unit");
    // A writer that laid out the XML of its texts (`<seg>⏎      Teks.⏎    </seg>`): a sentence never
    // starts with a line break, so the line breaks and indentation around the texts are its layout.
    const u = PRETTY.test(read.source) ? { ...read, source: laidOut(read.source), target: laidOut(read.target) } : read;
    const longest = Math.max(u.source.length, u.target.length);
    if (longest > MAX_UNIT_CHARS) {
      const e = new ParseError("import-unit-too-long", { file, unit: u.id || String(result.units + 1), chars: longest, limit: MAX_UNIT_CHARS });
      if (!options.skipRefused) throw e;
      skip(e);
      return;
    }
    result.units++;
    here = { unit: read.id, file: where?.file ?? null, line: where?.line ?? null, number: result.units };
    if (read.rejected !== undefined) {
      rejectedDrafts++;
      if (rejectedUnits.length < MAX_LISTED) rejectedUnits.push({ ...here, qualifier: read.rejected });
    }
    if (read.otherVariant !== undefined) { otherVariant++; if (otherVariants.size < 5) otherVariants.add(read.otherVariant); }
    if (read.target !== "") {
      const v = read.variant ?? "en";
      const key = variantKey(v);
      const seen = variants.get(key);
      if (seen) seen.units++; else variants.set(key, { variant: v, units: 1 });
    }
    if (sides.units < SIDE_SAMPLE && u.target !== "" && u.target !== u.source) {
      sides.units++;
      const [ti, te] = countFunctionWords(u.target);
      const [si, se] = countFunctionWords(u.source);
      sides.targetId += ti; sides.targetEn += te; sides.sourceId += si; sides.sourceEn += se;
      // (a source without a letter beside a target with words: an id, as in a column of ids before each text)
      if (!LETTER.test(u.source) && LETTER.test(u.target)) { if (sides.sourceBare++ === 0) sides.bareExample = u.source.trim(); }
    }
    if (options.onProgress && result.units % 1000 === 0) options.onProgress(result.units, bytesRead, totalBytes);
    if (u.target === "" || !NOT_BLANK.test(u.source)) { const at = here; resolvePending(true); here = at; result.untranslated++; if (u.note) noteNotStored("untranslated"); return; }
    let n: string | undefined;
    const norm = () => (n ??= normalizeText(u.source));
    let h: string | undefined;
    const hash = () => (h ??= sha1(norm()));
    const runs = match(u, norm, hash);
    if (runs.length === 0) {
      pending.push({ u, here, hash: hash(), group: where ? `${where.file}:${where.line}` : `#${here.number}` });
      if (pending.length >= PENDING) resolvePending(false);
      return;
    }
    const at = here;
    resolvePending(true);
    here = at;
    if (result.units <= SIDE_SAMPLE) matchedUnits++;
    let stored = false;
    for (const run of runs) stored = apply(u, run) || stored;
    if (stored && u.codes) result.inlineCodes++;
  };

  store.exchange.withTrustedReferences(() => store.transaction(() => {
    const finishTm = store.tm.beginBulkInsert();
    const finishClock = store.pauseChangeClock();
    readUnits(format, files, onUnit, (b) => { bytesRead = b; }, options.sourceIsIndonesian, targetLang, options.skipRefused ? skip : undefined);
    resolvePending(true);
    // (a file whose columns are swapped or shifted — English first, a column of ids before each text as in
    // Tatoeba's pairs — read as Indonesian to English would store nonsense: --keep-tm as translation memory)
    if (wrongSide(sides.targetId, sides.targetEn, sides.units) || swapped(sides)) {
      // (the small-file rule, both sides at once: the sources' words are half its evidence, so they are said too)
      const both = !wrongSide(sides.targetId, sides.targetEn, sides.units);
      throw new ParseError("import-target-indonesian", {
        file, units: sides.units, idWords: sides.targetId, enWords: sides.targetEn,
        ...(both ? { bothSides: true, sourceEnWords: sides.sourceEn, sourceIdWords: sides.sourceId } : {}),
      });
    }
    if (wrongSide(sides.sourceEn, sides.sourceId, sides.units)) {
      throw new ParseError("import-source-english", { file, units: sides.units, idWords: sides.sourceId, enWords: sides.sourceEn });
    }
    if (sides.sourceBare >= BARE_UNITS && sides.sourceBare >= BARE_SHARE * sides.units) {
      throw new ParseError("import-source-no-words", { file, units: sides.units, bare: sides.sourceBare, example: sides.bareExample });
    }
    // (targets that are sentences of the project, their sources none, at least as many as the units
    // matched: English given first — a file of one sentence has too few function words for the rules above,
    // which say more when they hold)
    if (targetIsSource.first && targetIsSource.units >= matchedUnits) {
      throw new ParseError("import-target-is-source", { ...targetIsSource.first, units: targetIsSource.units, matched: matchedUnits });
    }
    // (the variant asked for is in no unit: the wrong file or the wrong variant, never an empty import)
    if (targetLang !== undefined && variants.size === 0 && otherVariant > 0) {
      throw new ParseError("import-no-target-variant", { file, lang: options.targetLang, found: [...otherVariants].join(", ") });
    }
    flush();
    for (const [id, codes] of newCodes) store.exchange.setCodes(id, codes);
    // A programmer error, never bad input: every new rendering's segments were just read from the store.
    invariant(firstId === 0 || !store.exchange.danglingLinks(firstId), "import: a new rendering links a missing segment");
    finishTm();
    finishClock();
    keepFilesInStep(store, options.root, touched);
  }));
  options.onProgress?.(result.units, totalBytes, totalBytes);
  const { joinedUnits, joins, joinedCodes, ...counted } = result;
  return {
    ...counted, conflictCount, documents: [...touched].sort(),
    ...(joins > 0 ? { joinedUnits, joins } : {}),
    ...(joinedCodes > 0 ? { joinedCodes } : {}),
    // (a fresh database: every unit unmatched because no article was ingested yet)
    ...(result.unmatched > 0 && store.documents.all().length === 0 ? { noDocuments: true as const } : {}),
    ...(variants.size > 1 ? { variants: [...variants.values()] } : {}),
    ...(targetLang !== undefined ? { otherVariant } : {}),
    ...(options.skipRefused ? { skipped, skippedUnits } : {}),
    ...(notes.added + notes.kept > 0 ? { notes } : {}),
    ...(notesNotStored > 0 ? { notesNotStored, notesNotStoredUnits } : {}),
    ...(rejectedDrafts > 0 ? { rejectedDrafts, rejectedUnits } : {}),
  };
}

/**
 * Parallel-text exchange types. A format turns units into text (a writer fed one unit at a time)
 * and text into units (a reader fed chunks); both are synchronous, pure and streaming: no fs, no
 * store, no clock. Errors: FormatError when a unit cannot be written, ParseError (with file and
 * line) when input is malformed.
 */

/** One source/target pair as it travels between tools. Empty string = absent. */
export interface ParallelUnit {
  /** Stable unit id (Selaras writes the rendering id). */
  readonly id: string;
  /** Document slug. */
  readonly document: string;
  /** Segment references `<slug>:<ordinal>`, in order (several for a joined rendering). */
  readonly segments: readonly string[];
  /** Indonesian text. */
  readonly source: string;
  /** English text ("" = untranslated). */
  readonly target: string;
  /** Rendering status (draft, translated, reviewed, aligned) or another tool's status word. */
  readonly status: string;
  readonly author: string;
  /** Last change, UTC, second precision: `YYYY-MM-DDThh:mm:ssZ`. */
  readonly changed: string;
  /**
   * The translator's note on the unit (the rendering's note), absent or "" when none. Several notes a
   * file gives one unit are read as one, joined by a blank line (joinNotes). Writers with a place for
   * a note write it there (TMX `<note>`, XLIFF 1.2 `<note>`, XLIFF 2.0 `<notes>`, JSONL `note`).
   */
  readonly note?: string;
  /**
   * Reading only: how many inline codes (formatting tags, placeholders: TMX `<bpt>`, `<ph>`, `<hi>`…,
   * XLIFF `<g>`, `<x/>`, `<ph>`, `<pc>`…) the reader dropped from the source and target, which keep
   * their text alone. Absent when none; writers ignore it.
   */
  readonly codes?: number;
  /**
   * Reading only: the English variant the file gives the target (TMX `<tuv xml:lang>`, XLIFF `<target
   * xml:lang>`, `target-language`, `trgLang`) when it is not plain `en` (absent: `en` or undeclared).
   */
  readonly variant?: string;
  /**
   * Reading with ReadOptions.targetLang only: the variant of an English target the reader left out
   * because it is not the one chosen (the unit is read without a target).
   */
  readonly otherVariant?: string;
  /**
   * Reading only: the XLIFF 1.2 `state-qualifier` (`rejected-inaccurate`, any `rejected-…`) that made a
   * target its `state`/`approved` confirm a draft: a reviewer rejected it. Absent otherwise; writers ignore it.
   */
  readonly rejected?: string;
  /**
   * With `codes` (TMX, an XLIFF unit of one segment): the source and target as written, codes and all
   * (markup.ts). Writing: the TMX and XLIFF writers of the same dialect write it in place of the text.
   */
  readonly markup?: UnitMarkup;
}

import type { UnitMarkup } from "./markup";

/** Receives output text for one part (file) of a format: "main", or "id"/"en"/"ids" for Moses. */
export type Sink = (part: string, text: string) => void;

export interface WriteOptions {
  /** Name and version written into headers (TMX creationtool...). */
  readonly tool: string;
  readonly toolVersion: string;
  /** Creation date of the whole file (`YYYY-MM-DDThh:mm:ssZ`); omitted when absent. */
  readonly created?: string;
  /**
   * The English language tag the writers that declare languages give the target (TMX `<tuv xml:lang>`,
   * XLIFF 2.0 `trgLang`, 1.2 `target-language`): `en-GB` for a project translating into British
   * English. Default `en`.
   */
  readonly targetLang?: string;
  /**
   * The units may hold translators' notes (`note`). Formats with a place for a note in each unit
   * write it whatever this says; TSV, whose columns are fixed, adds its `note` column only when this
   * is true (so an export without notes keeps its eight columns).
   */
  readonly notes?: boolean;
}

export interface UnitWriter {
  write(unit: ParallelUnit): void;
  /** Writes the trailer; call once after the last unit. */
  end(): void;
}

/** Where a reader found a unit: its file and line (XML: the line of the unit's start tag). */
export interface UnitPlace {
  readonly file: string;
  readonly line: number;
  /** Moses: the files the source and target were read from (line `line` of each; `file` is the ids file). */
  readonly texts?: { readonly source: string; readonly target: string };
  /**
   * XML: the line of the element a field was read from, when not the unit's start tag (a TMX target's
   * `<tuv>` with its own `changedate`, the `<prop type="x-status">`): a refusal of that field names it.
   */
  readonly lines?: { readonly source?: number; readonly target?: number; readonly status?: number; readonly changed?: number };
}

export interface ReadOptions {
  /** File name of each part, only used in error data. */
  readonly files: Readonly<Record<string, string>>;
  /**
   * The reader's caller's rules for a unit, given where it was read: returns the unit as the caller
   * takes it, or throws (a ParseError naming the place). Pure: the TMX fast path calls it to decide
   * whether a unit is its to read. Without it units are handed on as read.
   */
  readonly check?: (unit: ParallelUnit, where: UnitPlace) => ParallelUnit;
  /**
   * The source is Indonesian whatever source language the file declares (TMX `srclang`, XLIFF
   * `source-language`/`srcLang`), for writers that declare a wrong one (Translate Toolkit's po2xliff
   * always writes `en-US`). A declared target language must still be English, and TMX variants are
   * still told apart by their own `xml:lang`.
   */
  readonly sourceIsIndonesian?: boolean;
  /**
   * The English variant to read (`en-gb`: lower case, sameVariant), for files holding several (a
   * Trados TM with en-US and en-GB in every `<tu>`): a target in another variant is left out
   * (ParallelUnit.otherVariant). Without it a TMX `<tu>` holding two English variants is refused.
   */
  readonly targetLang?: string;
  /**
   * A unit the reader refuses for its own content (UNIT_REFUSALS: an unknown status or a bad date,
   * a TMX `<tu>` without Indonesian, a sentence of a segmented XLIFF unit no source sentence has, a
   * JSONL line that is no object, a TSV or CSV row with a cell too many…) is handed here, and the
   * reader reads on; without it that error is thrown. Errors of the file itself (malformed XML, not
   * UTF-8, Moses files of different lengths, a quote never closed) are always thrown.
   */
  readonly onRefused?: (error: ParseError) => void;
}

import type { ParseError } from "../errors";

export interface UnitReader {
  /** Feeds the next chunk of one part's text (chunks of one part arrive in order). */
  write(part: string, chunk: string): void;
  /** No more input: flushes the last units, checks the input was complete. */
  end(): void;
}

export interface Format {
  readonly id: string;
  /** File extensions (lower case, with dot) that select this format on import. */
  readonly extensions: readonly string[];
  /** Parts (files) the format is made of; the first is the main one. */
  readonly parts: readonly string[];
  /** Parts a reader can do without (Moses' ids file). */
  readonly optionalParts: readonly string[];
  /** Can unit texts hold line breaks (else the writer refuses them with a FormatError)? */
  readonly multiline: boolean;
  /** The file path of each part for an output/input path (pure string work). */
  partPaths(file: string): Record<string, string>;
  createWriter(sink: Sink, options: WriteOptions): UnitWriter;
  createReader(onUnit: (unit: ParallelUnit) => void, options: ReadOptions): UnitReader;
}

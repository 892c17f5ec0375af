/** Glossary: model, file formats (TSV, OmegaT TSV, CSV, TBX v2/v3) and the term matcher. Pure. */
export * from "./types";
export { compileGlossary, type CompiledGlossary, type TargetEntry, type TargetMatchEx } from "./match";
export { validateConcepts, CONCEPT_ID } from "./validate";
export { parseGlossaryTsv, serializeGlossaryTsv, isSelarasTsv, TSV_HEADER, TSV_COLUMNS } from "./tsv";
export { parseTbx, serializeTbx } from "./tbx";
export { parseGlossaryCsv } from "./csv";
export { englishStem, englishPlural, englishPluralStems, inflectLike, stripClitic } from "./stem";

import type { Concept, SkippedEntries } from "./types";
import { parseGlossaryCsv } from "./csv";
import { parseGlossaryTsv } from "./tsv";
import { parseTbx } from "./tbx";

/**
 * Parses a glossary file's text by its content: TBX or MultiTerm XML (XML), else CSV for a `.csv`
 * file, else TSV (Selaras or OmegaT). `skipped`: an import's entries left out (SkippedEntries).
 */
export function parseGlossaryText(text: string, file: string, skipped?: SkippedEntries): Concept[] {
  if (/^\uFEFF?\s*</.test(text)) return parseTbx(text, file, skipped);
  return /\.csv$/i.test(file) ? parseGlossaryCsv(text, file, skipped) : parseGlossaryTsv(text, file, skipped);
}

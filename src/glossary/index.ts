/** Glossary: model, file formats (TSV, OmegaT TSV, TBX v2/v3) and the term matcher. Pure. */
export * from "./types";
export { compileGlossary, type CompiledGlossary, type TargetEntry, type TargetMatchEx } from "./match";
export { validateConcepts, CONCEPT_ID } from "./validate";
export { parseGlossaryTsv, serializeGlossaryTsv, isSelarasTsv, TSV_HEADER, TSV_COLUMNS } from "./tsv";
export { parseTbx, serializeTbx } from "./tbx";
export { englishStem, englishPlural, inflectLike, stripClitic } from "./stem";

import type { Concept } from "./types";
import { parseGlossaryTsv } from "./tsv";
import { parseTbx } from "./tbx";

/** Parses a glossary file's text by its content: TBX (XML) or TSV (Selaras or OmegaT). */
export function parseGlossaryText(text: string, file: string): Concept[] {
  return /^\uFEFF?\s*</.test(text) ? parseTbx(text, file) : parseGlossaryTsv(text, file);
}

/**
 * Indonesian for sentence-splitter's AbbrMarker (the `language` option): class P abbreviations are
 * "prepositive" (the engine never ends a sentence on them), class C abbreviations are ordinary
 * abbreviations (the engine ends a sentence on them only when the next word is capitalised).
 */
import { ABBREVIATIONS, EXACT_ABBREVIATIONS } from "./rules/abbreviations";

export interface AbbrLanguage {
  ABBREVIATIONS: string[];
  PREPOSITIVE_ABBREVIATIONS: string[];
  EXCLAMATION_WORDS: string[];
}

export const INDONESIAN: AbbrLanguage = {
  ABBREVIATIONS: ABBREVIATIONS.filter((a) => a.cls === "C").map((a) => a.abbr),
  PREPOSITIVE_ABBREVIATIONS: ABBREVIATIONS.filter((a) => a.cls === "P").map((a) => a.abbr),
  EXCLAMATION_WORDS: [],
};

/** Every word the AbbrMarker could match, lower-cased (the engine compares case-insensitively). */
export const ABBREVIATION_WORDS: ReadonlySet<string> = new Set(
  [...INDONESIAN.ABBREVIATIONS, ...INDONESIAN.PREPOSITIVE_ABBREVIATIONS, ...INDONESIAN.EXCLAMATION_WORDS].map((w) => w.toLowerCase()),
);

/** Lower-cased abbreviation → its class. */
export const ABBREVIATION_CLASS: ReadonlyMap<string, "P" | "C"> = new Map(ABBREVIATIONS.map((a) => [a.abbr.toLowerCase(), a.cls]));

/** Abbreviations matched in exactly their case (not given to the engine: see mask.ts rule 9) → their class. */
export const EXACT_ABBREVIATION_CLASS: ReadonlyMap<string, "P" | "C"> = new Map(EXACT_ABBREVIATIONS.map((a) => [a.abbr, a.cls]));

/**
 * Glossary validation — the rules every glossary must satisfy, whatever file it came from. Pure.
 * Errors are ParseErrors that name the file and line of the offending concept (and of the other one):
 *   glossary-duplicate-id, glossary-duplicate-source, glossary-forbidden-allowed, glossary-no-rendering.
 */
import { ParseError } from "../errors";
import type { Concept } from "./types";
import { formKeys } from "./match";

export const CONCEPT_ID = /^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$/;

const where = (c: Concept) => ({ file: c.file ?? "<glossary>", line: c.line ?? 0 });

/** The identity of a source form for the duplicate rule: its token keys (case folded unless both forms are case-sensitive). */
function formIdentity(text: string, caseSensitive: boolean): string {
  return (caseSensitive ? "s:" : "i:") + formKeys(text, caseSensitive).keys.join("\u0000");
}

/** Throws the first problem found (in file order). */
export function validateConcepts(concepts: readonly Concept[]): void {
  const ids = new Map<string, Concept>();
  // folded key → first concept and form; exact case-sensitive key → same
  const folded = new Map<string, { concept: Concept; form: string; cs: boolean }>();
  const exact = new Map<string, { concept: Concept; form: string }>();
  for (const c of concepts) {
    const other = ids.get(c.id);
    if (other) throw new ParseError("glossary-duplicate-id", { ...where(c), entry: c.id, otherFile: where(other).file, otherLine: where(other).line });
    ids.set(c.id, c);
    for (const s of c.sources) {
      const fold = formIdentity(s.text, false);
      const prev = folded.get(fold);
      let clash: { concept: Concept; form: string } | undefined;
      if (prev && (!prev.cs || !s.caseSensitive)) clash = prev;
      if (!clash && s.caseSensitive) clash = exact.get(formIdentity(s.text, true));
      if (clash) {
        throw new ParseError("glossary-duplicate-source", {
          ...where(c), entry: c.id, source: s.text, other: clash.concept.id, otherSource: clash.form,
          otherFile: where(clash.concept).file, otherLine: where(clash.concept).line,
        });
      }
      if (!prev || !s.caseSensitive) folded.set(fold, { concept: c, form: s.text, cs: s.caseSensitive });
      if (s.caseSensitive) exact.set(formIdentity(s.text, true), { concept: c, form: s.text });
    }
    // A forbidden rendering may not also be allowed: same text (case folded unless both are case-sensitive).
    const allowed = c.renderings.filter((r) => r.status !== "forbidden");
    const same = (a: { text: string; caseSensitive: boolean }, b: { text: string; caseSensitive: boolean }) =>
      a.caseSensitive && b.caseSensitive ? a.text.normalize("NFC") === b.text.normalize("NFC") : formIdentity(a.text, false) === formIdentity(b.text, false);
    for (const r of c.renderings) {
      if (r.status === "forbidden" && allowed.some((a) => same(a, r))) {
        throw new ParseError("glossary-forbidden-allowed", { ...where(c), entry: c.id, rendering: r.text });
      }
    }
    if (!c.dnt && !c.renderings.some((r) => r.status !== "forbidden")) {
      throw new ParseError("glossary-no-rendering", { ...where(c), entry: c.id });
    }
  }
}

/** No entry of the file has English: nothing to import (the lines of the first few). */
export function noEnglishError(file: string, lines: readonly number[]): ParseError {
  return new ParseError("glossary-no-english", { file, count: lines.length, lines: lines.slice(0, 5).join(", ") + (lines.length > 5 ? ", …" : "") });
}

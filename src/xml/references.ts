/**
 * Finds the first `&` that does not start a reference (`&name;`, `&#n;`, `&#xh;`) in XML read in
 * chunks, with its line and column. saxes reads everything from an `&` up to the next `;` as the
 * reference's name, so a bare `&` (`Two & a half`) is reported far from where it is: at the next
 * `;` (`disallowed character in entity name`), or at the end of the file (`unclosed tag`) when no
 * `;` follows. Checked before saxes reads a chunk, it is reported where it is, as xmllint does.
 *
 * Where `&` is plain text — comments, CDATA sections, processing instructions, the DOCTYPE — it is
 * skipped. A reference whose name saxes would refuse (`&foo;`, `&#xZZ;`) is left to saxes, which
 * reports it at its `;`, on the same line. Pure: no I/O.
 */

/** Where a bad `&` is: line and 1-based column. */
export interface BadAmpersand {
  readonly line: number;
  readonly column: number;
  /** What follows the `&` up to the character that is not `;` ("" for a bare `&`). */
  readonly name: string;
  /**
   * The `&` starts a whole reference, `&name;`, to an entity XML does not define (only amp, lt, gt,
   * quot and apos: a DOCTYPE declaring entities is refused); `name` is its name. Left to saxes, which
   * does not name it, after a DOCTYPE.
   */
  readonly undefinedEntity?: true;
}

export interface ReferenceCheck {
  /**
   * Checks the next chunk; `at` is where saxes stands (line, 0-based column in code points): it has
   * read everything `write` returned so far. Returns the text to give saxes now (a reference cut
   * by the chunk's end is held back until its `;` is seen) and the first bad `&`, if any: then
   * `write` is the text before it (an earlier error is saxes's to report).
   */
  check(chunk: string, at: { readonly line: number; readonly column: number }): { readonly write: string; readonly bad?: BadAmpersand };
  /** No more input: an `&` held back, still waiting for its `;`, is bad. */
  end(at: { readonly line: number; readonly column: number }): BadAmpersand | undefined;
}

/** Characters a reference's name (or number) may not hold; `;` ends it. */
const NAME_END = /[\s;&<>"']/;
/** Longer than any reference a document may use (entities are refused): a runaway `&`. */
const MAX_NAME = 256;
const MARKUP = /&|<!--|<!\[CDATA\[|<\?|<!DOCTYPE/g;
/** The entities XML defines. */
const PREDEFINED = new Set(["amp", "lt", "gt", "quot", "apos"]);
/** Text that could be the start of a marker cut by the chunk's end. */
const MARKER_START = /<(?:!(?:-|\[(?:C(?:D(?:A(?:T(?:A)?)?)?)?)?|D(?:O(?:C(?:T(?:Y(?:P)?)?)?)?)?)?)?$/;

/** Line and 1-based column of `text[index]`, `text[0]` being at `at`. */
function place(text: string, index: number, at: { readonly line: number; readonly column: number }): { line: number; column: number } {
  let line = at.line;
  let from = 0;
  for (let i = 0; i < index; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) { line++; from = i + 1; }
  }
  let column = line === at.line ? at.column : 0;
  for (let i = from; i < index; i++) { const c = text.charCodeAt(i); if (c < 0xdc00 || c > 0xdfff) column++; }
  return { line, column: column + 1 };
}

export function createReferenceCheck(): ReferenceCheck {
  /** Inside a comment, CDATA section, processing instruction or DOCTYPE, `&` is text. */
  let skip: "" | "-->" | "]]>" | "?>" | "doctype" = "";
  let doctypeDepth = 0;
  let doctypeQuote = "";
  /** The end of the last chunk, already given to saxes, kept to find a marker or end of skip cut by the chunk's end. */
  let seen = "";
  /** A reference cut by the last chunk's end, not yet given to saxes (it stands just before it). */
  let held = "";
  /** A DOCTYPE was read: what entities it declares is saxes's to judge. */
  let doctype = false;

  /** Skips to the end of the DOCTYPE (`>` outside quotes and the internal subset); the index after it, or -1. */
  const doctypeEnd = (text: string, from: number): number => {
    for (let i = from; i < text.length; i++) {
      const c = text[i]!;
      if (doctypeQuote) { if (c === doctypeQuote) doctypeQuote = ""; }
      else if (c === '"' || c === "'") doctypeQuote = c;
      else if (c === "[") doctypeDepth++;
      else if (c === "]") doctypeDepth--;
      else if (c === ">" && doctypeDepth <= 0) return i + 1;
    }
    return -1;
  };

  return {
    check(chunk, at) {
      // text = what saxes has read already (seen) or not yet (held), then the chunk; text[start] is at `at`.
      const text = held ? held + chunk : seen + chunk;
      const start = held ? 0 : seen.length;
      held = "";
      seen = "";
      const out = (end: number, bad?: BadAmpersand) => ({ write: text.slice(start, end), ...(bad ? { bad } : {}) });
      let pos = 0;
      while (pos < text.length) {
        if (skip === "doctype") {
          const end = doctypeEnd(text, Math.max(pos, start));
          if (end === -1) return out(text.length);
          skip = "";
          pos = end;
          continue;
        }
        if (skip) {
          const end = text.indexOf(skip, pos);
          if (end === -1) { seen = text.slice(Math.max(pos, text.length - skip.length + 1)); return out(text.length); }
          pos = end + skip.length;
          skip = "";
          continue;
        }
        MARKUP.lastIndex = pos;
        const m = MARKUP.exec(text);
        if (!m) {
          const tail = MARKER_START.exec(text.slice(Math.max(pos, text.length - 9)));
          if (tail) seen = tail[0];
          return out(text.length);
        }
        if (m[0] !== "&") {
          skip = m[0] === "<!--" ? "-->" : m[0] === "<?" ? "?>" : m[0] === "<!DOCTYPE" ? "doctype" : "]]>";
          if (skip === "doctype") doctype = true;
          doctypeDepth = 0;
          doctypeQuote = "";
          pos = m.index + m[0].length;
          continue;
        }
        const amp = m.index;
        let end = amp + 1;
        while (end < text.length && end - amp <= MAX_NAME && !NAME_END.test(text[end]!)) end++;
        if (end - amp <= MAX_NAME && end === text.length) {
          // The chunk ends inside the name: the next one says whether a `;` ends it.
          held = text.slice(amp);
          return out(amp);
        }
        if (end - amp <= MAX_NAME && text[end] === ";" && end > amp + 1) {
          const name = text.slice(amp + 1, end);
          if (doctype || name.startsWith("#") || PREDEFINED.has(name)) { pos = end + 1; continue; }
          return out(amp, { ...place(text.slice(start), amp - start, at), name, undefinedEntity: true });
        }
        const name = text.slice(amp + 1, Math.min(end, amp + 1 + MAX_NAME));
        return out(amp, { ...place(text.slice(start), amp - start, at), name });
      }
      return out(text.length);
    },
    end(at) {
      if (!held) return undefined;
      const bad = { ...place(held, 0, at), name: held.slice(1) };
      held = "";
      return bad;
    },
  };
}

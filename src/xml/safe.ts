/**
 * THE way Selaras reads XML (TMX, XLIFF, TBX): a saxes parser with one DOCTYPE policy. saxes never
 * fetches anything (no external DTD, no external entity) and knows only the five predefined
 * entities; on top of that this module decides, in one place, what a DOCTYPE means:
 *   - `<!DOCTYPE tmx SYSTEM "tmx14.dtd">` (a name and an external identifier): accepted and ignored,
 *     the DTD is never loaded;
 *   - a DOCTYPE with an internal subset (`[...]`: entity declarations — external entities, expansion
 *     bombs — or any other declaration saxes would silently not apply): refused, before any entity
 *     could be used.
 * An element with more than MAX_ATTRIBUTES attributes is refused as soon as it has that many (saxes
 * holds them all until the tag ends: ten million attributes on one `<tu>` took 2.5 GB and ten
 * minutes, the heap at its limit).
 * Every reader builds its parser here (a meta-test checks that nothing else imports saxes); the
 * reader only chooses the error it throws for a refused DOCTYPE. Pure: no I/O.
 */
import { SaxesParser } from "saxes";

/** Where a refused DOCTYPE is: the line its `>` ends on, and the line of its first `<!ENTITY` (else its end). */
export interface RefusedDoctype {
  readonly line: number;
  readonly column: number;
  readonly entityLine: number;
}

/** The DOCTYPE policy: may a document with this DOCTYPE (the text saxes reports for it) be read? */
export function doctypeAllowed(doctype: string): boolean {
  return !/\[|<!ENTITY/i.test(doctype);
}

/** The most attributes one element may have (TMX, XLIFF and TBX elements have a handful). */
export const MAX_ATTRIBUTES = 10_000;

/**
 * A saxes parser (with positions) that applies the DOCTYPE policy: `refuse` is called (and must
 * throw) for a DOCTYPE the policy refuses, as soon as the DOCTYPE has been read; `tooManyAttributes`
 * (must throw) for an element with more than MAX_ATTRIBUTES attributes, at the line of the one past it.
 */
export function createSafeXmlParser(options: { refuse(d: RefusedDoctype): never; tooManyAttributes(at: { line: number; column: number }): never }) {
  // Namespaces are not processed: readers match local names (prefix removed) themselves.
  const parser = new SaxesParser({ xmlns: false, position: true });
  // (the name of the end tag being read: saxes gives it in no event and clears it before it fails
  // with "unexpected close tag", so a mismatched end tag is named from here: `endTag()`)
  let endTag = "";
  const internal = parser as unknown as { closeTag(): void; name: string };
  const closeTag = internal.closeTag;
  internal.closeTag = function (this: { name: string }) { endTag = this.name; closeTag.call(this); };
  let attributes = 0;
  parser.on("opentagstart", () => { attributes = 0; });
  parser.on("attribute", () => {
    if (++attributes > MAX_ATTRIBUTES) options.tooManyAttributes({ line: parser.line, column: parser.column });
  });
  parser.on("doctype", (doctype: string) => {
    if (doctypeAllowed(doctype)) return;
    const entity = /<!ENTITY/i.exec(doctype);
    const after = entity ? doctype.slice(entity.index) : "";
    const entityLine = parser.line - (after.match(/\n/g)?.length ?? 0);
    options.refuse({ line: parser.line, column: parser.column, entityLine });
  });
  return Object.assign(parser, { endTag: () => endTag });
}

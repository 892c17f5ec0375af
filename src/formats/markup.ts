/**
 * Inline codes kept as markup. A TMX or XLIFF reader drops a unit's inline codes from its text (the
 * text is what matches Selaras' sentences), and keeps the source and target as they were written,
 * codes and all, re-serialised from the parser's events: elements with their attributes in order
 * (values escaped as xmlAttr does, double quotes), an element with no content as `<x …/>`, text
 * escaped as xmlText does. An attribute of another namespace (`sdl:revid`, `mq:…`; `xml:` ones stay) and
 * a namespace declaration are left out: the file the markup is written into declares no other namespace,
 * and a prefix it does not declare would make it no XML. That markup travels with the unit (ParallelUnit.markup) into the
 * database (rendering_code) and back out: an export in the same dialect writes it in place of the
 * text while the text is still the one it was imported with.
 */
import { xmlAttr, xmlText } from "./text";

/** The inline markup vocabularies: TMX 1.4 (bpt, ept, it, ph, ut, hi), XLIFF 1.2 (g, x, bx, ex, ph, bpt…), XLIFF 2.0 (pc, ph, sc, ec, mrk…). */
export type MarkupDialect = "tmx" | "xliff12" | "xliff20";

/** A unit's source and target as written with their codes (the content of `<seg>`, `<source>`, `<target>`). */
export interface UnitMarkup {
  readonly dialect: MarkupDialect;
  readonly source: string;
  readonly target: string;
  /** XLIFF 2.0: the unit's `<originalData>` element, which its codes' `dataRef`s point into. */
  readonly data?: string;
}

/** The export format that writes a dialect's markup. */
export const DIALECT_FORMAT: Readonly<Record<MarkupDialect, string>> = { tmx: "tmx", xliff12: "xliff12", xliff20: "xliff" };

/** An attribute name markup leaves out: a namespace declaration, or one with a prefix other than `xml:`. */
const FOREIGN = /^xmlns(?::|$)|^(?!xml:)[^:]+:/;

/** Builds markup from parser events. */
export class MarkupBuilder {
  private s = "";
  /** Where the start tag of an element still without content begins (-1: none). */
  private empty = -1;

  open(name: string, attrs: Readonly<Record<string, string>>): void {
    this.empty = this.s.length;
    this.s += `<${name}`;
    for (const [k, v] of Object.entries(attrs)) if (!FOREIGN.test(k)) this.s += ` ${k}="${xmlAttr(v)}"`;
    this.s += ">";
  }

  text(t: string): void {
    if (t === "") return;
    this.s += xmlText(t);
    this.empty = -1;
  }

  close(name: string): void {
    if (this.empty !== -1) this.s = this.s.slice(0, -1) + "/>";
    else this.s += `</${name}>`;
    this.empty = -1;
  }

  get value(): string {
    return this.s;
  }
}

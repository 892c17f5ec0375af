/**
 * Streaming XML reading for TMX and XLIFF on the one safe XML parser (src/xml/safe.ts: no external
 * entities ever, one DOCTYPE policy); a refused DOCTYPE is `xml-doctype-refused` {file, line}. An
 * `&` that starts no reference is `xml-bare-ampersand` or `xml-unended-reference` {file, line,
 * column} where it is (src/xml/references.ts: saxes would report it at the next `;` or the end).
 * Other malformed XML is `xml-malformed` {file, line, column, reason (saxes's words), problem?, name?}
 * (src/xml/problems.ts); an element the file ends inside is named where its start tag begins.
 */
import { ParseError } from "../errors";
import { xmlProblem } from "../xml/problems";
import { createReferenceCheck, type BadAmpersand } from "../xml/references";
import { createSafeXmlParser, MAX_ATTRIBUTES } from "../xml/safe";

export interface XmlHandlers {
  /**
   * An element starts. `name` has its namespace prefix removed (xml:lang keeps its name); `ns` is the
   * namespace its prefix (or the default namespace) is bound to where it stands: "" for a prefix bound to
   * none, undefined for a name without prefix where no default namespace is declared. `scope` maps each
   * prefix in scope there to its namespace ("" the default one): an attribute's namespace is its prefix's
   * (attrNs), whatever prefix the file chose.
   */
  open(name: string, attrs: Readonly<Record<string, string>>, line: number, ns: string | undefined, scope: Readonly<Record<string, string>>): void;
  close(name: string, line: number): void;
  /** Character data (entities decoded; CDATA included). */
  text(text: string): void;
}

export interface XmlStream {
  write(chunk: string): void;
  end(): void;
  /** Current line, for errors raised by the handlers. */
  readonly line: number;
  /** Column (0-based, in code points) of the next character to read: with `line`, where saxes stands. */
  readonly column: number;
}

const local = (name: string): string => {
  const i = name.indexOf(":");
  return i === -1 ? name : name.slice(i + 1);
};

/**
 * The value of the attribute named `name` in the namespace `uri` (a tool's own attribute: memoQ's
 * `status` in `MQXliff`), whatever prefix the file binds that namespace to (`mq:status`, or `ns1:status`
 * in a file a script re-saved), or undefined. An attribute without a prefix is in no namespace.
 */
export function attrNs(attrs: Readonly<Record<string, string>>, scope: Readonly<Record<string, string>>, uri: string, name: string): string | undefined {
  for (const k in attrs) {
    const i = k.indexOf(":");
    if (i > 0 && k.length - i - 1 === name.length && k.endsWith(name) && scope[k.slice(0, i)] === uri) return attrs[k];
  }
  return undefined;
}

export function createXmlStream(file: string, handlers: XmlHandlers): XmlStream {
  const parser = createSafeXmlParser({
    refuse: (d) => { throw new ParseError("xml-doctype-refused", { file, line: d.line }); },
    tooManyAttributes: (at) => { throw new ParseError("xml-too-many-attributes", { file, line: at.line, limit: MAX_ATTRIBUTES }); },
  });
  // (where each open element's start tag begins: an element the file ends inside is named there, not at the file's end)
  const starts: Array<{ line: number; column: number }> = [];
  parser.on("opentagstart", (tag) => { starts.push({ line: parser.line, column: Math.max(1, parser.column - tag.name.length - 1) }); });
  parser.on("error", (err: Error) => {
    const reason = err.message.replace(/^(?:.*?:)?\d+:\d+: /, "").replace(/\.$/, "");
    const known = xmlProblem(reason, (parser as unknown as { tag?: { name: string } }).tag?.name, parser.endTag());
    // (saxes's own place, the character it stopped at; when that character is a line break saxes has
    // already moved to column 0 of the next line: the break is placed where it is, after its line's text)
    const here = parser.column === 0 && parser.line > 1 ? breakPlace() : { line: parser.line, column: parser.column };
    const at = known?.problem === "unclosed-tag" && starts.length ? starts[starts.length - 1]! : here;
    throw new ParseError("xml-malformed", { file, line: at.line, column: at.column, reason, ...known });
  });
  // (the text being parsed and saxes's place at its start: where a line break the parser stopped at
  // stands, its line's length counted in characters as saxes counts columns; a break saxes counts as one
  // is LF, CR LF or a lone CR)
  let current = "", startLine = 1, startColumn = 0;
  const breakPlace = (): { line: number; column: number } => {
    const line = parser.line - 1;
    if (line < startLine) return { line: parser.line, column: Math.max(1, parser.column) };
    const breaks = /\r\n?|\n/g;
    let from = 0;
    for (let l = startLine; l < line; l++) {
      if (!breaks.exec(current)) return { line: parser.line, column: Math.max(1, parser.column) };
      from = breaks.lastIndex;
    }
    const next = breaks.exec(current);
    const length = [...current.slice(from, next ? next.index : current.length)].length + (from === 0 ? startColumn : 0);
    return { line, column: length + 1 };
  };
  // (the namespaces in scope, innermost last: each element's own declarations over its parent's)
  const scopes: Array<Readonly<Record<string, string>>> = [{}];
  parser.on("opentag", (tag) => {
    const attrs = tag.attributes as Record<string, string>;
    let scope = scopes[scopes.length - 1]!;
    for (const k in attrs) {
      if (k.charCodeAt(0) === 120 /* x */ && (k === "xmlns" || k.startsWith("xmlns:"))) scope = { ...scope, [k === "xmlns" ? "" : k.slice(6)]: attrs[k]! };
    }
    scopes.push(scope);
    const i = tag.name.indexOf(":");
    // (a prefix bound to nothing: a namespace no one can name, "")
    handlers.open(local(tag.name), attrs, parser.line, i === -1 ? scope[""] : scope[tag.name.slice(0, i)] ?? "", scope);
  });
  parser.on("closetag", (tag) => { scopes.pop(); starts.pop(); handlers.close(local(tag.name), parser.line); });
  parser.on("text", (t) => handlers.text(t));
  parser.on("cdata", (t) => handlers.text(t));
  const references = createReferenceCheck();
  const refuse = (bad: BadAmpersand): never => {
    const where = { file, line: bad.line, column: bad.column };
    // (as saxes says it, with the entity named and placed at its `&`)
    if (bad.undefinedEntity) throw new ParseError("xml-malformed", { ...where, reason: "undefined entity", problem: "undefined-entity", name: bad.name });
    throw bad.name === "" ? new ParseError("xml-bare-ampersand", where) : new ParseError("xml-unended-reference", { ...where, name: bad.name });
  };
  return {
    write: (chunk) => {
      // (when an `&` is bad, `write` is what comes before it: an earlier error is saxes's to report)
      const { write, bad } = references.check(chunk, parser);
      if (write) {
        current = write; startLine = parser.line; startColumn = parser.column;
        parser.write(write);
      }
      if (bad) refuse(bad);
    },
    end: () => {
      const bad = references.end(parser);
      if (bad) refuse(bad);
      parser.close();
    },
    get line() { return parser.line; },
    get column() { return parser.column; },
  };
}


/**
 * Safe, tiny XML tree reader for glossary files (TBX), on the one safe XML parser (src/xml/safe.ts:
 * no external entities ever, one DOCTYPE policy); a refused DOCTYPE is `glossary-xml-entity`
 * {file, line of its first entity declaration}. Pure: no I/O.
 */
import { ParseError } from "../errors";
import { xmlProblem, type XmlProblem } from "../xml/problems";
import { createReferenceCheck } from "../xml/references";
import { createSafeXmlParser, MAX_ATTRIBUTES } from "../xml/safe";

export interface XmlElement {
  /** Local name (prefix removed). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside this element and its descendants. */
  text: string;
  readonly line: number;
}

/**
 * Parses XML into a tree. Throws ParseError `glossary-xml-entity` {file, line} or `glossary-xml-malformed`
 * {file, line, reason (saxes's words), problem?, name?} (src/xml/problems.ts), or `xml-bare-ampersand` / `xml-unended-reference` {file, line, column} where an `&`
 * starts no reference (src/xml/references.ts).
 */
export function parseXml(text: string, file: string): XmlElement {
  const parser = createSafeXmlParser({
    refuse: (d) => { throw new ParseError("glossary-xml-entity", { file, line: d.entityLine }); },
    tooManyAttributes: (at) => { throw new ParseError("xml-too-many-attributes", { file, line: at.line, limit: MAX_ATTRIBUTES }); },
  });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: { message: string; line: number; known?: { problem: XmlProblem; name?: string } } | null = null;
  parser.on("error", (e) => {
    if (error) return;
    // (an element the file ends inside is named at its start tag's line, not at the file's end)
    const known = xmlProblem(e.message, (parser as unknown as { tag?: { name: string } }).tag?.name, parser.endTag());
    error = { message: e.message, line: known?.problem === "unclosed-tag" && stack.length ? stack[stack.length - 1]!.line : parser.line, ...(known ? { known } : {}) };
  });
  parser.on("opentag", (tag) => {
    const name = tag.name.includes(":") ? tag.name.slice(tag.name.indexOf(":") + 1) : tag.name;
    const attrs: Record<string, string> = {};
    for (const [k, v] of Object.entries(tag.attributes)) attrs[k] = typeof v === "string" ? v : String((v as { value: string }).value);
    const el: XmlElement = { name, attrs, children: [], text: "", line: parser.line };
    if (stack.length) stack[stack.length - 1]!.children.push(el);
    else root = el;
    stack.push(el);
  });
  const onText = (t: string) => { for (const el of stack) el.text += t; };
  parser.on("text", onText);
  parser.on("cdata", onText);
  parser.on("closetag", () => { stack.pop(); });
  const references = createReferenceCheck();
  try {
    // (when an `&` is bad, `write` is what comes before it: an earlier error is saxes's to report)
    const { write, bad } = references.check(text, { line: 1, column: 0 });
    parser.write(write);
    const unended = bad ?? references.end(parser);
    if (unended && !error) {
      const where = { file, line: unended.line, column: unended.column };
      if (unended.undefinedEntity) throw new ParseError("glossary-xml-malformed", { file, line: unended.line, reason: "undefined entity", problem: "undefined-entity", name: unended.name });
      throw unended.name === "" ? new ParseError("xml-bare-ampersand", where) : new ParseError("xml-unended-reference", { ...where, name: unended.name });
    }
    parser.close();
  } catch (e) {
    if (e instanceof ParseError) throw e; // a refused DOCTYPE
    if (!error) error = { message: (e as Error).message, line: parser.line };
  }
  if (error || !root) {
    const err = error as { message: string; line: number; known?: { problem: XmlProblem; name?: string } } | null;
    throw new ParseError("glossary-xml-malformed", { file, line: err?.line ?? 1, reason: err?.message ?? "no root element", ...(err ? err.known : { problem: "no-root" }) });
  }
  return root;
}

/** Child elements with a local name. */
export const kids = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

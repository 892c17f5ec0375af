/**
 * Safe, tiny XML tree reader for glossary files (TBX). Built on saxes, which never fetches anything
 * and never expands a DTD: on top of that, any DOCTYPE that declares entities (billion laughs,
 * external entities) is refused before parsing. Pure: no I/O.
 */
import { SaxesParser } from "saxes";
import { ParseError } from "../errors";

export interface XmlElement {
  /** Local name (prefix removed). */
  readonly name: string;
  readonly attrs: Readonly<Record<string, string>>;
  readonly children: XmlElement[];
  /** Concatenated text directly inside this element and its descendants. */
  text: string;
  readonly line: number;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) line++;
  return line;
}

/** Parses XML into a tree. Throws ParseError `glossary-xml-entity` or `glossary-xml-malformed` {file, line}. */
export function parseXml(text: string, file: string): XmlElement {
  const doctype = /<!DOCTYPE/i.exec(text);
  if (doctype) {
    const ent = /<!ENTITY/i.exec(text.slice(doctype.index));
    if (ent) throw new ParseError("glossary-xml-entity", { file, line: lineAt(text, doctype.index + ent.index) });
  }
  const parser = new SaxesParser({ position: true });
  const stack: XmlElement[] = [];
  let root: XmlElement | null = null;
  let error: { message: string; line: number } | null = null;
  parser.on("error", (e) => { if (!error) error = { message: e.message, line: parser.line }; });
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
  try {
    parser.write(text).close();
  } catch (e) {
    if (!error) error = { message: (e as Error).message, line: parser.line };
  }
  if (error || !root) {
    const err = error as { message: string; line: number } | null;
    throw new ParseError("glossary-xml-malformed", { file, line: err?.line ?? 1, reason: err?.message ?? "no root element" });
  }
  return root;
}

/** Child elements with a local name. */
export const kids = (el: XmlElement, name: string): XmlElement[] => el.children.filter((c) => c.name === name);

export function escapeXml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

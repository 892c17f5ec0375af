/**
 * The common reasons saxes gives for malformed XML, as codes the CLI and workbench word in the
 * user's language (error.xml-problem.<code>): saxes's own English is kept as the `reason` and shown
 * for any other. Pure.
 */
export const XML_PROBLEMS = [
  "bad-character-reference", "disallowed-character", "duplicate-attribute", "mismatched-tag", "no-root", "second-root",
  "text-outside-root", "unclosed-tag", "undefined-entity", "unexpected-end", "unmatched-closing-tag", "unquoted-attribute",
] as const;
export type XmlProblem = (typeof XML_PROBLEMS)[number];

const FIXED: ReadonlyArray<readonly [string, XmlProblem]> = [
  ["unexpected end", "unexpected-end"],
  ["undefined entity", "undefined-entity"],
  ["malformed character entity", "bad-character-reference"],
  ["text data outside of root node", "text-outside-root"],
  ["document must contain a root element", "no-root"],
  ["documents may contain only one root", "second-root"],
  ["disallowed character", "disallowed-character"],
  ["unquoted attribute value", "unquoted-attribute"],
  ["value must be quoted", "unquoted-attribute"],
];

/**
 * saxes's message (with or without its `line:column: ` prefix and final period) as a problem code and
 * the element or attribute it names; `open` is the innermost element open when saxes failed (the one
 * an end tag of an outer element closed too early), `endTag` the name of that end tag. Undefined for a reason without a code.
 */
export function xmlProblem(message: string, open?: string, endTag?: string): { problem: XmlProblem; name?: string; endTag?: string } | undefined {
  const reason = message.replace(/^(?:.*?:)?\d+:\d+: /, "").replace(/\.$/, "");
  let m = /^unclosed tag: (.+)$/.exec(reason);
  if (m) return { problem: "unclosed-tag", name: m[1]! };
  m = /^unmatched closing tag: (.+)$/.exec(reason);
  if (m) return { problem: "unmatched-closing-tag", name: m[1]! };
  m = /^duplicate attribute: (.+)$/.exec(reason);
  if (m) return { problem: "duplicate-attribute", name: m[1]! };
  if (reason === "unexpected close tag" && open !== undefined) return { problem: "mismatched-tag", name: open, ...(endTag ? { endTag } : {}) };
  const hit = FIXED.find(([text]) => reason === text);
  return hit ? { problem: hit[1] } : undefined;
}

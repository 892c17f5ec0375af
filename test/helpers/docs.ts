/**
 * The project's Markdown as a reader sees it: parsed with markdown-it (CommonMark + GFM tables), so
 * a table broken by a blank line, a link inside a code span or a heading's anchor are read as a
 * renderer reads them.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import MarkdownIt from "markdown-it";

export const ROOT = path.resolve(__dirname, "../..");
const md = new MarkdownIt();
type Token = MarkdownIt.Token;

/** README.md and every Markdown file under docs/, as paths relative to the repository. */
export function markdownFiles(): string[] {
  const out = ["README.md"];
  const walk = (dir: string) => {
    for (const d of fs.readdirSync(path.join(ROOT, dir), { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const rel = `${dir}/${d.name}`;
      if (d.isDirectory()) walk(rel);
      else if (d.name.endsWith(".md")) out.push(rel);
    }
  };
  if (fs.existsSync(path.join(ROOT, "docs"))) walk("docs");
  return out;
}

export function readDoc(rel: string): string {
  return fs.readFileSync(path.join(ROOT, rel), "utf8");
}

/** README.md and every docs/ file, concatenated: where a fact documented somewhere must be found. */
export function allDocsText(): string {
  return markdownFiles().map(readDoc).join("\n");
}

export function parse(text: string): Token[] {
  return md.parse(text, {});
}

/** The text an inline token renders (code spans without their backticks, no emphasis marks). */
function inlineText(t: Token): string {
  return (t.children ?? []).map((c) => (c.type === "text" || c.type === "code_inline" ? c.content : "")).join("");
}

/** GitHub's anchor for a heading text (github-slugger): lower case, punctuation and symbols dropped, spaces to hyphens. */
export function slug(text: string): string {
  return text.toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, "").replace(/ /g, "-");
}

/** The anchors of a document's headings, numbered as GitHub numbers repeated ones. */
export function anchors(text: string): Set<string> {
  const tokens = parse(text);
  const seen = new Map<string, number>();
  const out = new Set<string>();
  tokens.forEach((t, i) => {
    if (t.type !== "heading_open") return;
    const base = slug(inlineText(tokens[i + 1]!));
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  });
  return out;
}

/** Every link target of a document (not those written inside code). */
export function links(text: string): string[] {
  const out: string[] = [];
  for (const t of parse(text)) {
    for (const c of t.children ?? []) if (c.type === "link_open") out.push(String(c.attrGet("href") ?? "")); // an attribute markdown-it set is a string
  }
  return out;
}

/**
 * The rows of the first table after the heading `heading`, each as its cells' rendered text, and the
 * lines of any paragraph between that heading and the next that looks like a table row (a table a
 * blank line broke renders the rest as such paragraphs).
 */
export function tableAfter(text: string, heading: string): { rows: string[][]; strayRows: string[] } {
  const tokens = parse(text);
  const start = tokens.findIndex((t, i) => t.type === "heading_open" && inlineText(tokens[i + 1]!) === heading);
  if (start < 0) throw new Error(`no heading "${heading}"`);
  const rows: string[][] = [];
  const strayRows: string[] = [];
  let tables = 0;
  let row: string[] | null = null;
  let inBody = false;
  for (let i = start + 3; i < tokens.length && tokens[i]!.type !== "heading_open"; i++) {
    const t = tokens[i]!;
    if (t.type === "table_open") tables++;
    else if (t.type === "tbody_open") inBody = true;
    else if (t.type === "tbody_close") inBody = false;
    else if (t.type === "tr_open" && inBody && tables === 1) row = [];
    else if (t.type === "tr_close" && row) { rows.push(row); row = null; }
    else if (t.type === "inline" && row) row.push(inlineText(t));
    else if (t.type === "inline" && tokens[i - 1]!.type === "paragraph_open") {
      for (const line of t.content.split("\n")) if (line.trimStart().startsWith("|")) strayRows.push(line);
    }
  }
  return { rows, strayRows };
}

/**
 * The command lines of a document's code blocks: every line (a trailing `\` joins the next) that
 * starts with `selaras ` or `npx selaras `, without the `# comment` after it, as `selaras …`.
 */
export function commandLines(text: string): string[] {
  const out: string[] = [];
  for (const t of parse(text)) {
    if (t.type !== "fence" && t.type !== "code_block") continue;
    for (const raw of t.content.replace(/\\\n\s*/g, " ").split("\n")) {
      const line = raw.trim().replace(/^\$\s+/, "").replace(/^npx\s+/, "").replace(/\s+#\s.*$/, "");
      if (line.startsWith("selaras ")) out.push(line);
    }
  }
  return out;
}

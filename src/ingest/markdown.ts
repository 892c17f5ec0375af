/**
 * markdownToArticle — a Markdown export of an article (a CMS's or a note app's .md) in the corpus text
 * format: one paragraph per line, a blank line between. Markdown's own rules decide the paragraphs
 * (lines without a blank line between are one paragraph; a heading, a list item, a quote line is a
 * line of its own); the marks go (`# `, `**`, `*`, `_`, backticks, `> `), an image goes whole, a link
 * keeps its text (`[Baca juga: …](url)` is `Baca juga: …`, which the segmenter marks boilerplate). A
 * front matter's `key: value` lines become the metadata header (`url:` is read as `source:`). Pure.
 */
import { ParseError } from "../errors";

const IMAGE = /!\[[^\]]*\]\([^)]*\)/g;
const LINK = /\[([^\]]*)\]\((?:[^()\s]|\([^)]*\))*(?:\s+"[^"]*")?\)/g;
const REF_LINK = /\[([^\]]+)\]\[[^\]]*\]/g;
const BOLD = /(\*\*|__)(?=\S)([\s\S]*?\S)\1/g;
const EM_STAR = /\*(?=\S)([^*]*?\S)\*/g;
const EM_UNDERSCORE = /(^|[^\p{L}\p{N}_])_(?=\S)([^_]*?\S)_(?![\p{L}\p{N}_])/gu;
const CODE = /`([^`]*)`/g;
const ESCAPE = /\\([\\`*_{}[\]()#+\-.!>~|])/g;

function inline(line: string): string {
  return line.replace(IMAGE, "").replace(LINK, "$1").replace(REF_LINK, "$1").replace(CODE, "$1")
    .replace(BOLD, "$2").replace(EM_STAR, "$1").replace(EM_UNDERSCORE, "$1$2").replace(ESCAPE, "$1")
    .replace(/[ \t\u00a0]+/g, " ").trim();
}

export function markdownToArticle(md: string, file: string): string {
  const lines = md.replace(/\r\n?/g, "\n").split("\n");
  const meta: string[] = [];
  let i = 0;
  if (lines[0] === "---") {
    const close = lines.indexOf("---", 1);
    if (close > 0) {
      for (const l of lines.slice(1, close)) {
        const m = /^([A-Za-z][A-Za-z0-9_-]*):\s*(.*?)\s*$/.exec(l);
        if (!m || m[2] === "") continue;
        const key = m[1]!.toLowerCase() === "url" ? "source" : m[1]!.toLowerCase();
        meta.push(`${key}: ${m[2]!.replace(/^(["'])(.*)\1$/, "$2")}`);
      }
      i = close + 1;
    }
  }
  const paragraphs: string[] = [];
  let para: string[] = [];
  let fenced = false;
  const end = () => {
    const t = inline(para.join(" "));
    if (t !== "") paragraphs.push(t);
    para = [];
  };
  for (; i < lines.length; i++) {
    const raw = lines[i]!;
    if (/^\s*(```|~~~)/.test(raw)) { end(); fenced = !fenced; continue; }
    if (fenced) continue; // (code is not the article's text)
    if (raw.trim() === "" || /^\s{0,3}([-*_])(\s*\1){2,}\s*$/.test(raw) || /^\s*<!--.*-->\s*$/.test(raw)) { end(); continue; }
    if (/^\s*\[[^\]]+\]:\s*\S+/.test(raw)) { end(); continue; } // (a reference link's target)
    const heading = /^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$/.exec(raw);
    const item = /^\s*(?:[-*+]|\d+[.)])\s+(.*)$/.exec(raw);
    const quote = /^\s*>\s?(.*)$/.exec(raw);
    if (heading) { end(); para.push(heading[1]!); end(); continue; }
    if (item) { end(); para.push(/^\s*\d/.test(raw) ? raw.trim() : `- ${item[1]!}`); continue; }
    if (quote) { if (quote[1]!.trim() === "") { end(); continue; } para.push(quote[1]!); continue; }
    para.push(raw);
    if (/( {2}|\\)$/.test(raw)) { para[para.length - 1] = raw.replace(/\\$/, ""); end(); } // (a hard line break)
  }
  end();
  if (paragraphs.length === 0) throw new ParseError("file-empty", { file });
  const header = meta.length ? `---\n${meta.join("\n")}\n---\n` : "";
  return `${header}${paragraphs.join("\n\n")}\n`;
}

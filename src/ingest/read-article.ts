/**
 * readArticle — the corpus file format. Plain UTF-8 text, one paragraph per line, the first
 * non-empty line is the headline. An optional metadata header may precede it:
 *
 *   ---
 *   source: https://example.org/berita/123
 *   date: 2024-06-19
 *   outlet: Contoh News
 *   ---
 *
 * Keys are lower-case words; values run to the end of the line. Offsets of segments are into the
 * whole decoded text (header included), so they point back into the file. Pure: no I/O.
 */
import { ParseError } from "../errors";
import { firstNonBlankLine } from "../text/decode";

export interface ArticleMeta {
  readonly [key: string]: string;
}

export interface Article {
  readonly meta: ArticleMeta;
  /** Decoded text of the whole file. */
  readonly text: string;
  /** Offset where the article body (headline) starts: after the header, if any. */
  readonly bodyStart: number;
  readonly title: string;
}

export function readArticle(text: string, file: string): Article {
  const meta: Record<string, string> = {};
  let bodyStart = 0;
  if (/^---\r?\n/.test(text)) {
    const lines = text.split("\n");
    let offset = lines[0]!.length + 1;
    let closed = false;
    for (let i = 1; i < lines.length; i++) {
      const line = lines[i]!.replace(/\r$/, "");
      offset += lines[i]!.length + 1;
      if (line === "---") { closed = true; break; }
      if (line.trim() === "") continue;
      const m = /^([a-z][a-z0-9_-]*):\s*(.*)$/.exec(line);
      if (!m) throw new ParseError("article-bad-header", { file, line: i + 1, text: line });
      meta[m[1]!] = m[2]!.trim();
    }
    if (!closed) throw new ParseError("article-unclosed-header", { file, line: 1 });
    bodyStart = Math.min(offset, text.length);
  }
  const title = firstNonBlankLine(text, bodyStart);
  if (title === "") throw new ParseError("file-empty", { file });
  return { meta, text, bodyStart, title };
}


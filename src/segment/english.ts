/**
 * English sentence splitter for the target side of alignment: every non-empty line is a paragraph,
 * split into sentences by `sentence-splitter` (which knows common abbreviations, decimals and
 * quotes). Pure: no I/O.
 */
import { split } from "sentence-splitter";

/** One English sentence with UTF-16 offsets into the text given. */
export interface EnglishSentence {
  readonly text: string;
  readonly start: number;
  readonly end: number;
  /** 0-based index of the paragraph (non-empty line). */
  readonly paragraph: number;
}

export function splitEnglish(text: string): EnglishSentence[] {
  const out: EnglishSentence[] = [];
  let paragraph = -1;
  let offset = 0;
  for (const line of text.split("\n")) {
    const lineStart = offset;
    offset += line.length + 1;
    if (line.trim() === "") continue;
    paragraph++;
    const pieces: Array<[number, number]> = [];
    for (const node of split(line)) {
      if (node.type !== "Sentence") continue;
      // sentence-splitter keeps `"Great." Then …` together: cut after a closing quote that ends a sentence
      let from = node.range[0];
      const chunk = line.slice(node.range[0], node.range[1]);
      for (const m of chunk.matchAll(/[.!?]["”’]\s+(?=["“‘]?\p{Lu})/gu)) {
        const cut = node.range[0] + m.index + 2;
        pieces.push([from, cut]);
        from = cut;
      }
      pieces.push([from, node.range[1]]);
    }
    let last: { text: string; start: number; end: number; paragraph: number } | null = null;
    for (const [a, b] of pieces) {
      const raw = line.slice(a, b);
      const body = raw.trim();
      if (!body) continue;
      const start = lineStart + a + (raw.length - raw.trimStart().length);
      // a "sentence" starting in lower case continues the previous one (`Washington D.C. on Monday.`)
      if (last && /^\p{Ll}/u.test(body)) {
        last.end = start + body.length;
        last.text = text.slice(last.start, last.end);
        continue;
      }
      last = { text: body, start, end: start + body.length, paragraph };
      out.push(last);
    }
  }
  return out;
}

/** The sentences of an English text, as strings. */
export function englishSentences(text: string): string[] {
  return splitEnglish(text).map((s) => s.text);
}

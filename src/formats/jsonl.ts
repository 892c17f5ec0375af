/**
 * JSONL: one JSON object per line and unit, keys in this order:
 * `{"id","document","segments":[…],"source","target","status","author","changed"}`, then `"note"`
 * when the unit has a note (read as the unit's note; a string).
 * JSON's own escaping keeps every character (control characters as `\u00XX`); NEL, U+2028 and U+2029,
 * which JSON allows raw, are escaped too (`\u2028`), since many line readers end a line at them
 * (Python's str.splitlines()). Reading requires
 * `source` (a string); other keys are optional, unknown keys are ignored, blank lines skipped; a
 * key given twice in one object is a ParseError (JSON.parse would keep the last one silently).
 * A row of a Hugging Face translation dataset, `{"translation": {"id": "…", "en": "…"}}`, is read
 * too (its Indonesian the source, its English the target), and so are the other layouts parallel
 * corpora come in when `source` is absent: `{"src": "…", "tgt": "…"}` (fairseq, OPUS tools) and
 * language tags as keys (`{"id": "…", "en": "…"}`, NLLB's `{"ind_Latn": "…", "eng_Latn": "…"}`; an
 * English key is required, since `id` alone is the unit's id).
 */
import { ParseError } from "../errors";
import { checkUnit, isEnglish, isIndonesian, LineSplitter, noteField, unitScope } from "./text";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "jsonl";
/** Characters JSON allows raw in a string that line readers take as a line's end (only in strings here). */
const LINE_ENDS = /[\x85\u2028\u2029]/g;

function createWriter(sink: Sink, _options: WriteOptions): UnitWriter {
  return {
    write(u) {
      checkUnit(u, ID);
      sink("main", JSON.stringify({
        id: u.id, document: u.document, segments: u.segments, source: u.source, target: u.target,
        status: u.status, author: u.author, changed: u.changed, ...(u.note ? { note: u.note } : {}),
      }).replace(LINE_ENDS, (c) => "\\u" + c.charCodeAt(0).toString(16).padStart(4, "0")) + "\n");
    },
    end() { /* no trailer */ },
  };
}

/**
 * The first key an object's text names twice at its top level, or undefined. JSON.parse keeps the
 * last value of a repeated key without a word, so `{"target":"A","target":"B"}` would import B.
 * `keys` is how many keys JSON.parse found: each key is followed by `":`, so when the text holds no
 * more `":` than that, no key can be repeated and the text is not scanned.
 */
export function repeatedKey(text: string, keys: number): string | undefined {
  let colons = 0;
  for (let i = text.indexOf('":'); i !== -1; i = text.indexOf('":', i + 2)) colons++;
  if (colons <= keys && !/"\s+:/.test(text)) return undefined;
  const seen = new Set<string>();
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === "\\" ? 2 : 1;
      if (depth === 1) {
        let k = j + 1;
        while (k < text.length && (text[k] === " " || text[k] === "\t" || text[k] === "\r")) k++;
        if (text[k] === ":") {
          const key = JSON.parse(text.slice(i, j + 1)) as string;
          if (seen.has(key)) return key;
          seen.add(key);
        }
      }
      i = j;
    } else if (c === "{" || c === "[") depth++;
    else if (c === "}" || c === "]") depth--;
  }
  return undefined;
}

/**
 * The Indonesian and English of a Hugging Face translation dataset's `translation` object
 * (`{"id": "…", "en": "…"}`, any tag of the languages: `id-ID`, `in`, `en-US`), or undefined when
 * the value is not an object with an Indonesian key.
 */
function datasetPair(value: unknown): { source: unknown; target: unknown } | undefined {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return undefined;
  const keys = Object.keys(value);
  const id = keys.find((k) => isIndonesian(k));
  if (id === undefined) return undefined;
  const en = keys.find((k) => isEnglish(k));
  const o = value as Record<string, unknown>;
  return { source: o[id], target: en === undefined ? undefined : o[en] };
}

/** A key that is a language tag (`en`, `id-ID`, `eng_Latn`), not a field of Selaras's own layout. */
const LANG_KEY = /^[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*$/;

/**
 * The pair of a row in another layout, when it has no `source`: `{"translation": {…}}`,
 * `{"src", "tgt"}`, or language tags as keys with an English one; undefined when none fits.
 */
function otherLayout(r: Record<string, unknown>): { source: unknown; target: unknown; field: string; langKeys: boolean } | undefined {
  const dataset = datasetPair(r.translation);
  if (dataset) return { ...dataset, field: "translation", langKeys: false };
  if (r.src !== undefined) return { source: r.src, target: r.tgt, field: "src", langKeys: false };
  const keys = Object.keys(r).filter((k) => LANG_KEY.test(k));
  if (keys.some((k) => isEnglish(k)) && keys.some((k) => isIndonesian(k))) {
    const pair = datasetPair(Object.fromEntries(keys.map((k) => [k, r[k]])));
    if (pair) return { ...pair, field: keys.find((k) => isIndonesian(k))!, langKeys: true };
  }
  return undefined;
}

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const file = options.files.main ?? "";
  const accept = options.check ?? ((u) => u);
  const scope = unitScope(options.onRefused);
  const lines = new LineSplitter((line, lineNo) => scope(() => {
    if (line.trim() === "") return;
    let o: unknown;
    try {
      o = JSON.parse(line);
    } catch (e) {
      throw new ParseError("jsonl-bad-json", { file, line: lineNo, reason: (e as Error).message });
    }
    if (typeof o !== "object" || o === null || Array.isArray(o)) throw new ParseError("jsonl-not-object", { file, line: lineNo });
    const r = o as Record<string, unknown>;
    const twice = repeatedKey(line, Object.keys(r).length);
    if (twice !== undefined) throw new ParseError("jsonl-repeated-key", { file, line: lineNo, field: twice });
    const str = (key: string, required = false): string => {
      const v = r[key];
      if (v === undefined || v === null) {
        if (required) throw new ParseError("jsonl-bad-field", { file, line: lineNo, field: key });
        return "";
      }
      if (typeof v === "number" && key === "id") return String(v);
      if (typeof v !== "string") throw new ParseError("jsonl-bad-field", { file, line: lineNo, field: key });
      return v;
    };
    const segs = r.segments ?? [];
    if (!Array.isArray(segs) || segs.some((x) => typeof x !== "string")) {
      throw new ParseError("jsonl-bad-field", { file, line: lineNo, field: "segments" });
    }
    // Another layout (a Hugging Face dataset's row, src/tgt, language tags as keys): otherLayout
    const pair = r.source === undefined ? otherLayout(r) : undefined;
    if (pair && (typeof pair.source !== "string" || (pair.target !== undefined && pair.target !== null && typeof pair.target !== "string"))) {
      throw new ParseError("jsonl-bad-field", { file, line: lineNo, field: pair.field });
    }
    onUnit(accept({
      // (with languages as keys, `id` is the Indonesian text, not the unit's id)
      id: pair?.langKeys ? "" : str("id"), document: str("document"), segments: segs as string[], source: pair ? pair.source as string : str("source", true),
      target: pair ? (pair.target as string | undefined | null) ?? "" : str("target"), status: str("status"), author: str("author"), changed: str("changed"),
      ...noteField(str("note")),
    }, { file, line: lineNo }));
  }));
  return {
    write(_part, chunk) { lines.write(chunk); },
    end() { lines.end(); },
  };
}

export const jsonl: Format = {
  id: ID,
  extensions: [".jsonl"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader,
};

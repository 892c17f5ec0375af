/**
 * The `translations/` file format: one reviewable UTF-8 text file per document
 * (`translations/<slug>.translations.txt`), so renderings can be reviewed, diffed and merged in git.
 *
 *   # selaras translations 1
 *   # document: putin-butuh-senjata-kim
 *
 *   @ split putin-butuh-senjata-kim:7 42
 *   id: <the Indonesian sentence as it was before it was cut at character 42>
 *
 *   @ putin-butuh-senjata-kim:3
 *   id: <Indonesian source text as it was when translated>
 *   en: <English rendering>
 *   status: translated
 *   author: Ani Lestari
 *   time: 2026-11-21T23:59:00.000Z
 *
 *   @ putin-butuh-senjata-kim:8+9
 *   id: <two fragments rendered as one sentence: a join>
 *   en: ...
 *
 * A rendering whose sentence was removed from the article (orphaned) is kept as `@ orphan <document>`.
 * A record starts with `@ <ref>`; `<ref>` is `<document>:<n>` (1-based ordinal among the current
 * segments) or `<document>:<n>+<m>…` for joined segments. A join record without `en:` records the
 * join alone. Fields are `key: value` lines in a fixed order (id, en, status, origin, author, time,
 * score, note, and a unit's inline codes: codes, id-codes, en-codes, codes-data); `\n`, `\r` and `\\` are escaped in values. `#` lines and blank lines are ignored.
 * Pure: no I/O.
 */
import { ParseError } from "../errors";

export const TRANSLATIONS_EXTENSION = ".translations.txt";
export const FORMAT_HEADER = "# selaras translations 1";

import { RENDERING_STATES, type RenderingState } from "../model";

/** The name RenderingState (src/model.ts) had here. */
export type { RenderingState as FileStatus } from "../model";
const STATUSES: readonly string[] = RENDERING_STATES;
const FIELDS = ["id", "en", "status", "origin", "author", "time", "score", "note", "codes", "id-codes", "en-codes", "codes-data"] as const;
/** The inline-code dialects a record's `codes:` may name (formats/markup.ts). */
const CODE_DIALECTS = ["tmx", "xliff12", "xliff20"];
type Field = (typeof FIELDS)[number];

export interface RenderingRecord {
  readonly kind: "rendering";
  readonly document: string;
  /** 1-based ordinals, in order; more than one = a join. */
  readonly ordinals: readonly number[];
  readonly source: string;
  /** Absent for a join-only record. */
  readonly text?: string;
  readonly status?: RenderingState;
  readonly origin?: string;
  readonly author?: string;
  readonly time?: string;
  readonly score?: number;
  readonly note?: string;
  /**
   * The inline codes the English carries (a unit imported from an XLIFF or TMX file with them, kept
   * through edits): `codes: <dialect>`, then the Indonesian and the English as written with them
   * (`id-codes:`, `en-codes:`) and XLIFF 2.0's `<originalData>` (`codes-data:`). Written only while
   * they are the markup of `id:` and `en:`; an export in that format writes them back.
   */
  readonly codes?: { readonly dialect: string; readonly source: string; readonly target: string; readonly data?: string };
  /** Line of the `@` header (for messages). */
  readonly line?: number;
}

export interface SplitRecord {
  readonly kind: "split";
  readonly document: string;
  /** Ordinal of the first part after the split. */
  readonly ordinal: number;
  /** Character offset into `source` where it was cut. */
  readonly at: number;
  /** The sentence as it was before the split. */
  readonly source: string;
  readonly line?: number;
}

export type TranslationRecord = RenderingRecord | SplitRecord;

export function escapeValue(v: string): string {
  return v.replace(/\\/g, "\\\\").replace(/\n/g, "\\n").replace(/\r/g, "\\r");
}

export function unescapeValue(v: string): string {
  return v.replace(/\\(\\|n|r)/g, (_m, c: string) => (c === "n" ? "\n" : c === "r" ? "\r" : "\\"));
}

export function formatRef(document: string, ordinals: readonly number[]): string {
  return `${document}:${ordinals.join("+")}`;
}

const REF_RE = /^([a-z0-9][a-z0-9-]*):([1-9][0-9]*(?:\+[1-9][0-9]*)*)$/;

/** Versions of this format this program reads (1 … the one it writes). */
const SUPPORTED_VERSION = Number(/(\d+)$/.exec(FORMAT_HEADER)![1]);
const VERSION_RE = /^#\s*selaras translations\b\s*(.*?)\s*$/;

/** `2026-11-21T23:59:00.000Z` (or with an offset): a real date and time, as renderings store it. */
const TIME_RE = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.\d{1,9})?(?:Z|[+-](\d{2}):(\d{2}))$/;
export function isValidTime(value: string): boolean {
  const m = TIME_RE.exec(value);
  if (!m) return false;
  const [y, mo, d, h, mi, sec, oh, om] = m.slice(1).map((x) => (x === undefined ? 0 : Number(x)));
  const days = new Date(Date.UTC(y!, mo!, 0)).getUTCDate();
  return mo! >= 1 && mo! <= 12 && d! >= 1 && d! <= days && h! <= 23 && mi! <= 59 && sec! <= 59 && oh! <= 14 && om! <= 59;
}

/** A whole number a file may hold (ordinal, offset): no `1e20` from twenty digits. */
const isCount = (n: number) => Number.isSafeInteger(n) && n <= 0x7fffffff;

/** Header lines after `# document:` (comments to older readers): where the article lives when it is not in corpus/. */
export interface TranslationsHeader {
  /** The article's path (relative to the project folder, or absolute) when it is not in `corpus/`. */
  readonly source?: string;
}

/** Writes the file for one document. Records are written in the order given. */
export function writeTranslations(document: string, records: readonly TranslationRecord[], header: TranslationsHeader = {}): string {
  let out = formatHeader(document, header);
  for (const r of records) out += formatRecord(r);
  return out + "\n";
}

/**
 * The file's header lines (no line end after the last): a file is the header, then each record's
 * `formatRecord` text, then one line end — what `writeTranslations` writes, and what a writer that
 * keeps the records' texts and replaces only the changed ones (app/file-texts.ts) puts together.
 */
export function formatHeader(document: string, header: TranslationsHeader = {}): string {
  return `${FORMAT_HEADER}\n# document: ${document}` + (header.source !== undefined ? `\n# source: ${escapeValue(header.source)}` : "");
}

/** One record as the file holds it: the blank line before it, then its lines (no line end after the last). */
export function formatRecord(r: TranslationRecord): string {
  if (r.kind === "split") return `\n\n@ split ${formatRef(r.document, [r.ordinal])} ${r.at}\nid: ${escapeValue(r.source)}`;
  let out = `\n\n${r.ordinals.length === 0 ? `@ orphan ${r.document}` : `@ ${formatRef(r.document, r.ordinals)}`}\nid: ${escapeValue(r.source)}`;
  if (r.text !== undefined) out += `\nen: ${escapeValue(r.text)}`;
  if (r.status !== undefined) out += `\nstatus: ${r.status}`;
  if (r.origin !== undefined) out += `\norigin: ${escapeValue(r.origin)}`;
  if (r.author !== undefined) out += `\nauthor: ${escapeValue(r.author)}`;
  if (r.time !== undefined) out += `\ntime: ${escapeValue(r.time)}`;
  if (r.score !== undefined) out += `\nscore: ${r.score}`;
  if (r.note !== undefined && r.note !== "") out += `\nnote: ${escapeValue(r.note)}`;
  if (r.codes !== undefined) {
    out += `\ncodes: ${r.codes.dialect}\nid-codes: ${escapeValue(r.codes.source)}\nen-codes: ${escapeValue(r.codes.target)}`;
    if (r.codes.data !== undefined) out += `\ncodes-data: ${escapeValue(r.codes.data)}`;
  }
  return out;
}

/** Reads the `# document:` and `# source:` header lines of a file (before its first record). */
export function readTranslationsHeader(text: string): { readonly document?: string; readonly source?: string } {
  const out: { document?: string; source?: string } = {};
  for (const raw of text.split("\n")) {
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    if (line.startsWith("@")) break;
    const m = /^# (document|source): (.*)$/.exec(line);
    if (m) out[m[1] as "document" | "source"] = m[1] === "source" ? unescapeValue(m[2]!) : m[2]!.trim();
  }
  return out;
}

/** Parses one file. Any malformed line throws ParseError with file and line. */
export function parseTranslations(text: string, file: string): TranslationRecord[] {
  const records: TranslationRecord[] = [];
  let current: { header: string; line: number; split?: { document: string; ordinal: number; at: number }; document?: string; ordinals?: number[]; fields: Map<Field, { value: string; line: number }> } | undefined;
  const fail = (line: number, reason: string, extra: Record<string, unknown> = {}): never => {
    throw new ParseError(`translations-${reason}`, { file, line, ...extra });
  };
  const finish = () => {
    if (!current) return;
    const f = current.fields;
    const id = f.get("id");
    if (!id) fail(current.line, "missing-source");
    if (current.split) {
      for (const [k, v] of f) if (k !== "id") fail(v.line, "field-not-allowed", { field: k });
      const source = unescapeValue(id!.value);
      if (current.split.at <= 0 || current.split.at >= source.length) fail(current.line, "bad-split-offset");
      records.push({ kind: "split", ...current.split, source, line: current.line });
    } else {
      const en = f.get("en");
      if (!en && current.ordinals!.length < 2) fail(current.line, "missing-english");
      const status = f.get("status");
      if (status && !STATUSES.includes(status.value)) fail(status.line, "bad-status", { value: status.value });
      if (!en) for (const [k, v] of f) if (k !== "id" && k !== "note") fail(v.line, "field-not-allowed", { field: k });
      const score = f.get("score");
      if (score && !/^-?\d+(\.\d+)?$/.test(score.value)) fail(score.line, "bad-score", { value: score.value });
      if (score && !/^-?\d{1,15}(\.\d+)?$/.test(score.value)) fail(score.line, "bad-number", { value: score.value });
      const time = f.get("time");
      if (time && !isValidTime(unescapeValue(time.value))) fail(time.line, "bad-time", { value: time.value });
      const get = (k: Field) => { const v = f.get(k); return v ? unescapeValue(v.value) : undefined; };
      const codes = f.get("codes");
      if (codes && !CODE_DIALECTS.includes(codes.value)) fail(codes.line, "bad-codes", { value: codes.value });
      for (const k of ["id-codes", "en-codes", "codes-data"] as const) { const v = f.get(k); if (v && !codes) fail(v.line, "field-not-allowed", { field: k }); }
      if (codes && (!f.has("id-codes") || !f.has("en-codes"))) fail(codes.line, "bad-codes", { value: codes.value });
      const rec: RenderingRecord = {
        kind: "rendering", document: current.document!, ordinals: current.ordinals!, source: unescapeValue(id!.value),
        ...(en ? { text: unescapeValue(en.value), status: (status?.value ?? "translated") as RenderingState } : {}),
        ...(f.has("origin") ? { origin: get("origin") } : {}),
        ...(f.has("author") ? { author: get("author") } : {}),
        ...(f.has("time") ? { time: get("time") } : {}),
        ...(score ? { score: Number(score.value) } : {}),
        ...(f.has("note") ? { note: get("note") } : {}),
        ...(codes ? { codes: { dialect: codes.value, source: get("id-codes")!, target: get("en-codes")!, ...(f.has("codes-data") ? { data: get("codes-data")! } : {}) } } : {}),
        line: current.line,
      };
      records.push(rec);
    }
    current = undefined;
  };
  /** Which record (line) holds each ordinal of a document: one record per segment. */
  const owner = new Map<string, number>();
  const lines = text.split("\n");
  lines.forEach((raw, i) => {
    const lineNo = i + 1;
    const line = raw.endsWith("\r") ? raw.slice(0, -1) : raw;
    const version = VERSION_RE.exec(line);
    if (version) {
      const v = version[1]!;
      if (!/^[1-9]\d{0,5}$/.test(v) || Number(v) > SUPPORTED_VERSION) fail(lineNo, "unknown-version", { version: v, supported: SUPPORTED_VERSION });
      return;
    }
    if (line.trim() === "" || line.startsWith("#")) return;
    if (line.startsWith("@")) {
      finish();
      const head = line.slice(1).trim();
      const orphan = /^orphan\s+([a-z0-9][a-z0-9-]*)$/.exec(head);
      if (orphan) {
        current = { header: head, line: lineNo, document: orphan[1]!, ordinals: [], fields: new Map() };
        return;
      }
      const split = /^split\s+(\S+)\s+(\d+)$/.exec(head);
      const refText = split ? split[1]! : head;
      const m = REF_RE.exec(refText);
      if (!m) fail(lineNo, "bad-ref", { ref: refText });
      const ordinals = m![2]!.split("+").map(Number);
      for (const n of ordinals) if (!isCount(n)) fail(lineNo, "bad-number", { value: m![2]!.split("+").find((x) => !isCount(Number(x))) });
      if (split && !isCount(Number(split[2]))) fail(lineNo, "bad-number", { value: split[2] });
      if (!split) {
        for (const n of ordinals) {
          const key = `${m![1]}:${n}`;
          const first = owner.get(key);
          if (first !== undefined) fail(lineNo, "duplicate-ref", { ref: refText, ordinal: n, first });
          owner.set(key, lineNo);
        }
      }
      if (split) {
        if (ordinals.length !== 1) fail(lineNo, "bad-ref", { ref: refText });
        current = { header: head, line: lineNo, split: { document: m![1]!, ordinal: ordinals[0]!, at: Number(split[2]) }, fields: new Map() };
      } else {
        // (ascending; a gap is a boilerplate line the join steps over, `doc:8+11` over a page's number and running
        // head: whether the ordinals between are such lines is the import's to see, segments.ts boilerplateGap)
        for (let k = 1; k < ordinals.length; k++) if (ordinals[k]! <= ordinals[k - 1]!) fail(lineNo, "join-not-adjacent", { ref: refText });
        current = { header: head, line: lineNo, document: m![1]!, ordinals, fields: new Map() };
      }
      return;
    }
    // (not `.*`: `.` stops at U+2028 and U+2029, which a value holds as they are)
    const kv = /^([a-z]+(?:-[a-z]+)*):(?: ([^\r\n]*))?$/.exec(line);
    if (!kv) fail(lineNo, "not-a-field", { text: line.slice(0, 60) });
    if (!current) fail(lineNo, "field-outside-record");
    const key = kv![1]! as Field;
    if (!FIELDS.includes(key)) fail(lineNo, "unknown-field", { field: key });
    if (current!.fields.has(key)) fail(lineNo, "duplicate-field", { field: key });
    current!.fields.set(key, { value: kv![2] ?? "", line: lineNo });
  });
  finish();
  return records;
}

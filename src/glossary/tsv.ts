/**
 * Glossary TSV — the format of the files in `glossary/` (reviewable in git), and OmegaT's glossary TSV.
 * Pure: strings in, concepts out (and back).
 *
 * Selaras format: UTF-8 (BOM and CRLF accepted), `#` starts a comment line, blank lines are ignored,
 * the first other line is the header, then ONE CONCEPT PER LINE, tab-separated:
 *
 *   id  source  preferred  admitted  forbidden  flags  pos  domain  note  example
 *
 * - `id`: kebab-case concept id (`north-korea`), unique.
 * - `source`, `preferred`, `admitted`, `forbidden`: lists separated by ` | `. A form written `=AS` is
 *   case-sensitive (matches only as written; a first lower-case letter may also be capitalised at a
 *   sentence start); otherwise it matches in any case. A source form may end with ` {abbr}`,
 *   ` {informal}`, ` {variant}` or ` {full}`. A forbidden rendering may name its replacement:
 *   `Northern Korea > North Korea` (default: the first preferred rendering).
 * - `flags`: comma-separated; `dnt` = do not translate (the source form itself must appear in English);
 *   the enforcement level `error` (the default: key terms), `warning` or `hint` (general vocabulary:
 *   the checks report it at most as info); `unverified` = not checked against a reliable source, never
 *   enforced (as `hint`).
 * - `pos`, `domain`, `note`, `example`: free text (no tabs). Trailing empty columns may be left out.
 *
 * OmegaT format (any file whose first line is not the Selaras header): `source<TAB>target<TAB>comment`,
 * one term pair per line; rows with the same source form become one concept (first target preferred,
 * the others admitted); OmegaT matches case-insensitively, so do these forms.
 */
import { ParseError } from "../errors";
import { splitLines } from "../text/decode";
import { ENFORCE_LEVELS, type Concept, type EnforceLevel, type SkippedEntries, type SourceForm, type TermRendering } from "./types";
import { CONCEPT_ID, noEnglishError } from "./validate";

export const TSV_COLUMNS = ["id", "source", "preferred", "admitted", "forbidden", "flags", "pos", "domain", "note", "example"] as const;
export const TSV_HEADER = TSV_COLUMNS.join("\t");
const KINDS: Record<string, NonNullable<SourceForm["kind"]>> = {
  full: "full", abbr: "abbreviation", abbreviation: "abbreviation", informal: "informal", variant: "variant",
};
const KIND_OUT: Record<NonNullable<SourceForm["kind"]>, string> = { full: "full", abbreviation: "abbr", informal: "informal", variant: "variant" };
const FLAGS = new Set<string>(["dnt", "unverified", ...ENFORCE_LEVELS]);

/** Is this text in the Selaras glossary format (first non-comment line is the header)? */
export function isSelarasTsv(text: string): boolean {
  for (const line of splitLines(text)) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    return line.split("\t")[0]!.trim().toLowerCase() === "id" && (line.split("\t")[1] ?? "").trim().toLowerCase() === "source";
  }
  return false;
}

function splitList(cell: string): string[] {
  const t = cell.trim();
  if (t === "") return [];
  return t.split("|").map((s) => s.trim());
}

function parseForm(raw: string, file: string, line: number, column: string): { text: string; caseSensitive: boolean } {
  let text = raw;
  let caseSensitive = false;
  if (text.startsWith("=")) { caseSensitive = true; text = text.slice(1).trim(); }
  if (text === "") throw new ParseError("glossary-empty-form", { file, line, column });
  return { text: text.normalize("NFC"), caseSensitive };
}

/** Parses a glossary TSV file (Selaras or OmegaT format). Does not validate across concepts (see validateConcepts). */
export function parseGlossaryTsv(text: string, file: string, skipped?: SkippedEntries): Concept[] {
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return isSelarasTsv(text) ? parseSelaras(text, file) : parseOmegaT(text, file, skipped);
}

function parseSelaras(text: string, file: string): Concept[] {
  const lines = splitLines(text);
  const out: Concept[] = [];
  let header: string[] | null = null;
  let headerLine = 1;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    const cells = raw.split("\t");
    if (!header) {
      header = cells.map((c) => c.trim().toLowerCase());
      const expected = TSV_COLUMNS.slice(0, header.length);
      if (header.length < 3 || header.length > TSV_COLUMNS.length || header.some((h, k) => h !== expected[k])) {
        throw new ParseError("glossary-bad-header", { file, line, expected: TSV_HEADER.replace(/\t/g, " ") });
      }
      headerLine = line;
      return;
    }
    if (cells.length > header.length) throw new ParseError("glossary-bad-columns", { file, line, expected: header.length, found: cells.length });
    const cell = (name: (typeof TSV_COLUMNS)[number]) => (cells[TSV_COLUMNS.indexOf(name)] ?? "").trim();
    const id = cell("id");
    if (!CONCEPT_ID.test(id)) throw new ParseError("glossary-bad-id", { file, line, entry: id });
    const sources: SourceForm[] = splitList(cell("source")).map((raw) => {
      const m = /^(.*?)\s*\{([a-z]+)\}$/.exec(raw);
      let kind: SourceForm["kind"];
      let formText = raw;
      if (m) {
        kind = KINDS[m[2]!];
        if (!kind) throw new ParseError("glossary-bad-kind", { file, line, kind: m[2]! });
        formText = m[1]!;
      }
      const f = parseForm(formText, file, line, "source");
      return kind ? { ...f, kind } : f;
    });
    if (sources.length === 0) throw new ParseError("glossary-no-source", { file, line, entry: id });
    const renderings: TermRendering[] = [];
    for (const r of splitList(cell("preferred"))) renderings.push({ ...parseForm(r, file, line, "preferred"), status: "preferred" });
    for (const r of splitList(cell("admitted"))) renderings.push({ ...parseForm(r, file, line, "admitted"), status: "admitted" });
    const firstPreferred = renderings.find((r) => r.status === "preferred")?.text;
    for (const r of splitList(cell("forbidden"))) {
      const gt = r.indexOf(">");
      const f = parseForm(gt >= 0 ? r.slice(0, gt).trim() : r, file, line, "forbidden");
      const replacement = gt >= 0 ? r.slice(gt + 1).trim().replace(/^=/, "").normalize("NFC") : firstPreferred;
      if (gt >= 0 && !replacement) throw new ParseError("glossary-empty-form", { file, line, column: "forbidden" });
      renderings.push(replacement ? { ...f, status: "forbidden", replacement } : { ...f, status: "forbidden" });
    }
    const flags = cell("flags").split(",").map((f) => f.trim().toLowerCase()).filter(Boolean);
    for (const f of flags) if (!FLAGS.has(f)) throw new ParseError("glossary-bad-flag", { file, line, flag: f });
    const levels = flags.filter((f): f is EnforceLevel => (ENFORCE_LEVELS as readonly string[]).includes(f));
    if (levels.length > 1) throw new ParseError("glossary-two-levels", { file, line, flag: levels.join(",") });
    const c: Concept = {
      id, sources, renderings, dnt: flags.includes("dnt"),
      ...(levels[0] ? { enforce: levels[0] } : {}),
      ...(flags.includes("unverified") ? { unverified: true } : {}),
      ...(cell("pos") ? { pos: cell("pos") } : {}),
      ...(cell("domain") ? { domain: cell("domain") } : {}),
      ...(cell("note") ? { note: cell("note") } : {}),
      ...(cell("example") ? { example: cell("example") } : {}),
      file, line,
    };
    out.push(c);
  });
  if (!header) throw new ParseError("glossary-bad-header", { file, line: 1, expected: TSV_HEADER.replace(/\t/g, " ") });
  if (out.length === 0) throw new ParseError("glossary-no-concepts", { file, line: headerLine });
  return out;
}

/** A concept id from a term: ASCII, kebab-case, starts with a letter. */
export function idFromTerm(term: string): string {
  const base = term.normalize("NFKD").replace(/[\u0300-\u036f]/g, "").toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "");
  if (base === "") return "term";
  return /^[a-z]/.test(base) ? base : `t-${base}`;
}

/** Makes ids unique by appending -2, -3 … */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let k = 2; taken.has(id); k++) id = `${base}-${k}`;
  taken.add(id);
  return id;
}

/** Column names a person may put on the first line of a two-language TSV (not terms). */
const SOURCE_NAMES = new Set(["source", "src", "term", "id", "ind", "indonesian", "indonesia", "bahasa indonesia", "sumber", "istilah"]);
const TARGET_NAMES = new Set(["target", "tgt", "translation", "en", "eng", "english", "inggris", "bahasa inggris", "terjemahan", "padanan"]);
const NOTE_NAMES = new Set(["comment", "comments", "note", "notes", "catatan", "keterangan", "description", "definition", "entry_note"]);
const POS_NAMES = new Set(["pos", "part of speech", "partofspeech", "part_of_speech"]);
const DOMAIN_NAMES = new Set(["domain", "subject", "subject field", "subjectfield", "entry_domain", "entry_subject", "category"]);
/** A tool's database keys and bookkeeping (memoQ's `Entry_ID`, `Entry_Created`, …): read as nothing. */
const IGNORED_NAMES = new Set(["entry_id", "entry_clientid", "entry_projectid", "entry_created", "entry_creator", "entry_lastmodified", "entry_modifier"]);

/** The columns a header row names: the source and target, and each other column's role. */
export interface TermColumns {
  readonly source: number;
  readonly target: number;
  /** Further columns of the same target name (memoQ writes a language's synonyms so): admitted renderings. */
  readonly moreTargets: readonly number[];
  /** Per other column: its role, or its name (a column Selaras has no field for: kept in the note as `Name: value`). */
  readonly others: ReadonlyMap<number, { role: "note" | "pos" | "domain" | "ignore" } | { role: "named"; name: string }>;
}

/**
 * A first row that names a source and a target column is a header: `source<TAB>target[<TAB>comment]`
 * (in any order), or a tool's export header with more columns (memoQ's `Entry_ID;…;Indonesian;
 * Indonesian_Def;English;…`, Smartcat's `Source,Target,Comment,Status,Part of speech`). Part of speech,
 * domain and note columns fill those fields; a tool's bookkeeping columns (`Entry_ID`, `Entry_Created`)
 * are left out; any other column's value is kept in the note as `Name: value`, so nothing is dropped.
 * Returns null when the row is not a header. A header made only of column names that names the source
 * or the target twice or not at all (`source source target`) is ambiguous: an error, not a term.
 */
function omegatHeader(cells: readonly string[], file: string, line: number): TermColumns | null {
  const names = cells.map((c) => c.toLowerCase().trim());
  const sources = names.flatMap((n, k) => (SOURCE_NAMES.has(n) ? [k] : []));
  const targets = names.flatMap((n, k) => (TARGET_NAMES.has(n) ? [k] : []));
  const onlyNames = names.every((n) => SOURCE_NAMES.has(n) || TARGET_NAMES.has(n) || NOTE_NAMES.has(n));
  const sameTargets = targets.length > 1 && !onlyNames && targets.every((k) => names[k] === names[targets[0]!]);
  if (sources.length !== 1 || (targets.length !== 1 && !sameTargets)) {
    if (onlyNames) throw new ParseError("glossary-ambiguous-header", { file, line, header: cells.join(" ") });
    // (a tool's header with a language twice that is no list of synonyms: refused, not read as a term)
    if (sources.length >= 1 && targets.length >= 1 && names.some((n) => n.includes("_"))) throw new ParseError("glossary-ambiguous-header", { file, line, header: cells.join(" ") });
    return null;
  }
  // (a term row that merely holds one source-like and one target-like word: `istilah, term` is a header,
  // `banjir, flood, source of damage` is not: every other cell must read as a column name)
  const known = (n: string) => NOTE_NAMES.has(n) || POS_NAMES.has(n) || DOMAIN_NAMES.has(n) || IGNORED_NAMES.has(n);
  const columnLike = (n: string) => known(n) || (/^[a-z][a-z0-9]*(?:[ _][a-z0-9]+){0,3}$/.test(n) && (n.includes("_") || /^(status|type|context|example|usage|source|created|modified|author|project|client|forbidden|approved|info|remark|remarks)\b/.test(n) || /_(def|definition|info|example|note)$/.test(n)));
  if (!onlyNames && !names.every((n, k) => k === sources[0] || targets.includes(k) || n === "" || columnLike(n))) return null;
  const others = new Map<number, { role: "note" | "pos" | "domain" | "ignore" } | { role: "named"; name: string }>();
  names.forEach((n, k) => {
    if (k === sources[0] || targets.includes(k)) return;
    if (n === "" || IGNORED_NAMES.has(n)) others.set(k, { role: "ignore" });
    else if (NOTE_NAMES.has(n)) others.set(k, { role: "note" });
    else if (POS_NAMES.has(n)) others.set(k, { role: "pos" });
    else if (DOMAIN_NAMES.has(n)) others.set(k, { role: "domain" });
    else others.set(k, { role: "named", name: cells[k]!.trim() });
  });
  return { source: sources[0]!, target: targets[0]!, moreTargets: targets.slice(1), others };
}

function parseOmegaT(text: string, file: string, skipped?: SkippedEntries): Concept[] {
  const rows: TermRow[] = [];
  let lastComment = 0;
  splitLines(text).forEach((raw, i) => {
    if (raw.startsWith("#")) lastComment = i + 1;
    if (raw.trim() === "" || raw.startsWith("#")) return;
    rows.push({ cells: raw.split("\t").map((c) => c.trim()), line: i + 1 });
  });
  // (comments and nothing else: not an empty file, a glossary whose concepts are missing)
  if (rows.length === 0 && lastComment > 0) throw new ParseError("glossary-only-comments", { file, line: lastComment });
  return parseTermRows(rows, file, "glossary-bad-omegat-row", skipped);
}

/** One row of a two-language term list (OmegaT TSV, CSV): its cells and its line in the file. */
export interface TermRow {
  readonly cells: readonly string[];
  readonly line: number;
}

/**
 * Concepts from the rows of a two-language term list: `source, target[, comment…]`, or the columns a
 * header row names (`source`/`Indonesian`, `target`/`English`, `note`); rows with the same source form
 * become one concept (first target preferred, the others admitted), matched case-insensitively.
 * A row without a source and a target is refused with `badRow` (file and line) — unless an import
 * collects `skipped` entries: then a row with a source but no target is left out (its line in
 * `skipped.noEnglish`), and the file is refused only when no row has a target.
 */
export function parseTermRows(rows: readonly TermRow[], file: string, badRow: string, skipped?: SkippedEntries): Concept[] {
  type Entry = { id: string; source: string; targets: string[]; notes: string[]; pos?: string; domain?: string; line: number };
  const bySource = new Map<string, Entry>();
  const taken = new Set<string>();
  let columns: TermColumns | null = null;
  let first = true;
  let headerLine = 0;
  rows.forEach(({ cells: rowCells, line }) => {
    const cells = [...rowCells];
    if (first) {
      first = false;
      columns = omegatHeader(cells, file, line);
      if (columns) { headerLine = line; return; }
    }
    let source: string, target: string, note: string;
    let moreTargets: string[] = [];
    let pos: string | undefined, domain: string | undefined;
    if (columns) {
      const c: TermColumns = columns;
      source = cells[c.source] ?? "";
      target = cells[c.target] ?? "";
      moreTargets = c.moreTargets.map((k) => cells[k] ?? "").filter((v) => v !== "");
      const notes: string[] = [];
      cells.forEach((v, k) => {
        const o = c.others.get(k);
        if (v === "" || k === c.source || k === c.target || c.moreTargets.includes(k) || o?.role === "ignore") return;
        if (o?.role === "pos") pos ??= v;
        else if (o?.role === "domain") domain ??= v;
        else if (o?.role === "named") notes.push(`${o.name}: ${v}`);
        else notes.push(v);
      });
      note = notes.join("; ");
    } else {
      source = cells[0] ?? "";
      target = cells[1] ?? "";
      note = cells.slice(2).join(" ").trim();
    }
    if (skipped && source !== "" && target === "" && moreTargets.length === 0) { skipped.noEnglish.push(line); return; }
    if (source === "" || target === "") throw new ParseError(badRow, { file, line });
    source = source.normalize("NFC");
    const key = source.toLowerCase();
    let e = bySource.get(key);
    if (!e) {
      e = { id: uniqueId(idFromTerm(source), taken), source, targets: [], notes: [], line };
      bySource.set(key, e);
    }
    for (const t of [target, ...moreTargets].map((x) => x.normalize("NFC"))) if (!e.targets.includes(t)) e.targets.push(t);
    if (note && !e.notes.includes(note)) e.notes.push(note);
    e.pos ??= pos;
    e.domain ??= domain;
  });
  if (bySource.size === 0 && skipped && skipped.noEnglish.length > 0) throw noEnglishError(file, skipped.noEnglish);
  if (bySource.size === 0) throw headerLine ? new ParseError("glossary-no-concepts", { file, line: headerLine }) : new ParseError("file-empty", { file });
  return [...bySource.values()].map((e) => ({
    id: e.id,
    sources: [{ text: e.source, caseSensitive: false }],
    renderings: e.targets.map((t, k) => ({ text: t, caseSensitive: false, status: k === 0 ? "preferred" as const : "admitted" as const })),
    dnt: false,
    ...(e.pos ? { pos: e.pos } : {}),
    ...(e.domain ? { domain: e.domain } : {}),
    ...(e.notes.length ? { note: e.notes.join("; ") } : {}),
    file, line: e.line,
  }));
}

const clean = (s: string) => s.replace(/[\t\r\n]+/g, " ").trim();
const form = (text: string, cs: boolean) => (cs ? "=" : "") + clean(text);

/** Serialises concepts in the Selaras TSV format (canonical: what `glossary export --format tsv` writes). */
export function serializeGlossaryTsv(concepts: readonly Concept[], comment?: string): string {
  const lines: string[] = [];
  if (comment) for (const l of comment.split("\n")) lines.push(`# ${l}`.trimEnd());
  lines.push(TSV_HEADER);
  for (const c of concepts) {
    const firstPreferred = c.renderings.find((r) => r.status === "preferred")?.text;
    const rs = (status: string) => c.renderings.filter((r) => r.status === status);
    const cells = [
      c.id,
      c.sources.map((s) => form(s.text, s.caseSensitive) + (s.kind ? ` {${KIND_OUT[s.kind]}}` : "")).join(" | "),
      rs("preferred").map((r) => form(r.text, r.caseSensitive)).join(" | "),
      rs("admitted").map((r) => form(r.text, r.caseSensitive)).join(" | "),
      rs("forbidden").map((r) => form(r.text, r.caseSensitive) + (r.replacement && r.replacement !== firstPreferred ? ` > ${clean(r.replacement)}` : "")).join(" | "),
      [c.dnt ? "dnt" : "", c.enforce ?? "", c.unverified ? "unverified" : ""].filter(Boolean).join(","),
      clean(c.pos ?? ""), clean(c.domain ?? ""), clean(c.note ?? ""), clean(c.example ?? ""),
    ];
    while (cells.length > 3 && cells[cells.length - 1] === "") cells.pop();
    lines.push(cells.join("\t"));
  }
  return lines.join("\n") + "\n";
}

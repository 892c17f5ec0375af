/**
 * TBX — export TBX v3 (ISO 30042:2019, TBX-Basic dialect, DCA style: conceptEntry/langSec/termSec,
 * administrativeStatus preferred/admitted/deprecated), import TBX v3 and TBX v2 (`martif`, as OmegaT
 * and Translate Toolkit write it: termEntry/langSet/tig|ntig). Pure: strings in and out.
 *
 * Mapping (lossless for everything the Selaras model holds):
 *   concept id → conceptEntry@id; domain → descrip[subjectField]; note → note; dnt → admin[x-doNotTranslate]=yes
 *   enforcement level → admin[x-enforce]=error|warning|hint; unverified → admin[x-unverified]=yes
 *   source forms → langSec[id] termSecs (first preferredTerm, then admittedTerm); kind → termType
 *     (fullForm, abbreviation, variant) or termNote[register]=colloquialRegister (informal)
 *   renderings → langSec[en] termSecs with administrativeStatus preferredTerm/admittedTerm/deprecatedTerm
 *   forbidden replacement → ref[crossReference]; case-sensitive → termNote[x-caseSensitive]=yes
 *   pos → termNote[partOfSpeech] on every term; example → descrip[context] on the first Indonesian term
 */
import { ParseError } from "../errors";
import { ENFORCE_LEVELS, type Concept, type EnforceLevel, type RenderingStatus, type SkippedEntries, type SourceForm, type TermRendering } from "./types";
import { escapeXml, kids, parseXml, type XmlElement } from "./xml";
import { CONCEPT_ID, noEnglishError } from "./validate";
import { idFromTerm, uniqueId } from "./tsv";

export const TBX_NS = "urn:iso:std:iso:30042:ed-2";

const STATUS_OUT: Record<RenderingStatus, string> = {
  preferred: "preferredTerm-admn-sts", admitted: "admittedTerm-admn-sts", forbidden: "deprecatedTerm-admn-sts",
};
const KIND_OUT: Record<string, string> = { full: "fullForm", abbreviation: "abbreviation", variant: "variant" };

/** Serialises concepts as a TBX v3 (TBX-Basic, DCA) document. */
export function serializeTbx(concepts: readonly Concept[], title = "Selaras glossary (Indonesian → English)"): string {
  const o: string[] = [];
  o.push('<?xml version="1.0" encoding="UTF-8"?>');
  o.push(`<tbx xmlns="${TBX_NS}" type="TBX-Basic" style="dca" xml:lang="en">`);
  o.push("  <tbxHeader>");
  o.push("    <fileDesc>");
  o.push(`      <titleStmt><title>${escapeXml(title)}</title></titleStmt>`);
  o.push("      <sourceDesc><p>Exported by Selaras from glossary/ (source language id, target language en).</p></sourceDesc>");
  o.push("    </fileDesc>");
  o.push("  </tbxHeader>");
  o.push("  <text>");
  if (concepts.length > 0) {
    o.push("    <body>");
    for (const c of concepts) {
      o.push(`      <conceptEntry id="${escapeXml(c.id)}">`);
      if (c.domain) o.push(`        <descrip type="subjectField">${escapeXml(c.domain)}</descrip>`);
      if (c.dnt) o.push('        <admin type="x-doNotTranslate">yes</admin>');
      if (c.enforce) o.push(`        <admin type="x-enforce">${c.enforce}</admin>`);
      if (c.unverified) o.push('        <admin type="x-unverified">yes</admin>');
      if (c.note) o.push(`        <note>${escapeXml(c.note)}</note>`);
      o.push('        <langSec xml:lang="id">');
      c.sources.forEach((s, k) => {
        o.push("          <termSec>");
        o.push(`            <term>${escapeXml(s.text)}</term>`);
        if (s.kind === "informal") o.push('            <termNote type="register">colloquialRegister</termNote>');
        else if (s.kind) o.push(`            <termNote type="termType">${KIND_OUT[s.kind]}</termNote>`);
        if (c.pos) o.push(`            <termNote type="partOfSpeech">${escapeXml(c.pos)}</termNote>`);
        o.push(`            <termNote type="administrativeStatus">${k === 0 ? STATUS_OUT.preferred : STATUS_OUT.admitted}</termNote>`);
        if (s.caseSensitive) o.push('            <termNote type="x-caseSensitive">yes</termNote>');
        if (k === 0 && c.example) o.push(`            <descrip type="context">${escapeXml(c.example)}</descrip>`);
        o.push("          </termSec>");
      });
      o.push("        </langSec>");
      if (c.renderings.length > 0) {
        o.push('        <langSec xml:lang="en">');
        for (const r of c.renderings) {
          o.push("          <termSec>");
          o.push(`            <term>${escapeXml(r.text)}</term>`);
          if (c.pos) o.push(`            <termNote type="partOfSpeech">${escapeXml(c.pos)}</termNote>`);
          o.push(`            <termNote type="administrativeStatus">${STATUS_OUT[r.status]}</termNote>`);
          if (r.caseSensitive) o.push('            <termNote type="x-caseSensitive">yes</termNote>');
          if (r.replacement) o.push(`            <ref type="crossReference">${escapeXml(r.replacement)}</ref>`);
          o.push("          </termSec>");
        }
        o.push("        </langSec>");
      }
      o.push("      </conceptEntry>");
    }
    o.push("    </body>");
  }
  o.push("  </text>");
  o.push("</tbx>");
  return o.join("\n") + "\n";
}

/* ---------------------------------------------------------------- import */

interface RawTerm {
  text: string;
  status?: RenderingStatus;
  kind?: SourceForm["kind"];
  caseSensitive: boolean;
  pos?: string;
  replacement?: string;
  context?: string;
  /** Notes and definitions on the term itself. */
  notes: string[];
  /** `termNote[translationNote]=no` (Weblate, Translate Toolkit): the term is not to be translated. */
  dnt?: boolean;
}

const norm = (s: string) => s.replace(/\s+/g, " ").trim();

function langOf(el: XmlElement): "id" | "en" | "other" {
  const l = (el.attrs["xml:lang"] ?? el.attrs["lang"] ?? "").toLowerCase().split(/[-_]/)[0];
  if (l === "id" || l === "in" || l === "ind") return "id";
  if (l === "en" || l === "eng") return "en";
  return "other";
}

function statusOf(value: string): RenderingStatus | undefined {
  const v = value.toLowerCase();
  // (standardized, legal and regulated terms are TBX's mandated forms: preferred; an obsolete term,
  // as Weblate and the older picklists write it, is out of use: forbidden like a superseded one)
  if (v.startsWith("preferred") || v.startsWith("standardized") || v.startsWith("legal") || v.startsWith("regulated")) return "preferred";
  if (v.startsWith("admitted")) return "admitted";
  if (v.startsWith("deprecated") || v.startsWith("superseded") || v.startsWith("obsolete") || v.startsWith("forbidden") || v.startsWith("notrecommended")) return "forbidden";
  return undefined;
}

function kindOf(value: string): SourceForm["kind"] | undefined {
  const v = value.toLowerCase();
  if (v === "fullform") return "full";
  if (v === "abbreviation" || v === "acronym" || v === "initialism" || v === "shortform" || v === "clippedterm") return "abbreviation";
  if (v === "variant") return "variant";
  return undefined;
}

/** Reads one term holder (termSec, tig, ntig) into a RawTerm. */
function readTerm(holder: XmlElement): RawTerm | null {
  const groups = [holder, ...kids(holder, "termGrp")];
  let term: XmlElement | undefined;
  for (const g of groups) term ??= kids(g, "term")[0];
  if (!term) return null;
  const t: RawTerm = { text: norm(term.text).normalize("NFC"), caseSensitive: false, notes: [] };
  if (t.text === "") return null;
  const visit = (el: XmlElement) => {
    for (const ch of el.children) {
      const type = (ch.attrs.type ?? "").trim();
      const value = norm(ch.text);
      if (ch.name === "termNote") {
        if (type === "administrativeStatus" || type === "normativeAuthorization") t.status = statusOf(value) ?? t.status;
        else if (type === "termType") t.kind = kindOf(value) ?? t.kind;
        else if (type === "register" && /colloquial|slang|informal/i.test(value)) t.kind = "informal";
        else if (type === "partOfSpeech") t.pos = value;
        else if (type === "x-caseSensitive") t.caseSensitive = /^(yes|true|1)$/i.test(value);
        else if (type === "translationNote" && /^no$/i.test(value)) t.dnt = true;
      } else if ((ch.name === "note" || (ch.name === "descrip" && type === "definition")) && value !== "") t.notes.push(value); else if (ch.name === "ref" && type === "crossReference") t.replacement = value;
      else if (ch.name === "descrip" && type === "context") t.context = value;
      else if (ch.name === "termGrp" || ch.name === "termNoteGrp" || ch.name === "descripGrp") visit(ch);
    }
  };
  visit(holder);
  return t;
}

/**
 * Parses a TBX v3 (`tbx`) or TBX v2 (`martif`) document. An entry without an Indonesian term is no
 * concept (a multilingual export holds many); its line is pushed on `skipped` when given, so the
 * import can say how many it left out.
 */
export function parseTbx(text: string, file: string, skipped?: SkippedEntries): Concept[] {
  const root = parseXml(text, file);
  if (root.name === "mtf") return parseTbxTree(multitermAsTbx(root), file, skipped);
  return parseTbxTree(root, file, skipped);
}

/**
 * A MultiTerm XML export (`<mtf>`: `<conceptGrp>` › `<languageGrp>` › `<language type="…" lang="…"/>`
 * and `<termGrp><term>`, with `<descripGrp><descrip type="…">`) as the TBX v2 tree it stands for:
 * `<conceptGrp>` a `<termEntry>` (its `<concept>` number its id), `<languageGrp>` a `<langSet>` of its
 * `lang` (else its `type`: "Indonesian", "English"), each `<termGrp>` a `<tig>`; descriptions by type:
 * Subject / Subject Field → subjectField, Definition → definition, Note / Comment → note,
 * Part of Speech → partOfSpeech; the rest (transactions, sources) are left out.
 */
function multitermAsTbx(root: XmlElement): XmlElement {
  const el = (name: string, line: number, attrs: Record<string, string> = {}, children: XmlElement[] = [], text = ""): XmlElement => ({ name, attrs, children, text, line });
  const descrips = (holder: XmlElement, onTerm: boolean): XmlElement[] => {
    const out: XmlElement[] = [];
    for (const g of [holder, ...kids(holder, "descripGrp")]) {
      for (const d of kids(g, "descrip")) {
        const type = (d.attrs.type ?? "").trim().toLowerCase();
        if (type === "part of speech" && onTerm) out.push(el("termNote", d.line, { type: "partOfSpeech" }, [], d.text));
        else if (type === "subject" || type === "subject field") out.push(el("descrip", d.line, { type: "subjectField" }, [], d.text));
        else if (type === "definition") out.push(el("descrip", d.line, { type: "definition" }, [], d.text));
        else if (type === "note" || type === "comment") out.push(el("note", d.line, {}, [], d.text));
      }
    }
    return out;
  };
  const languageOf = (group: XmlElement): string => {
    const l = kids(group, "language")[0];
    const tag = (l?.attrs.lang ?? "").trim();
    if (tag !== "") return tag;
    const type = (l?.attrs.type ?? "").trim().toLowerCase();
    return type.startsWith("indonesian") ? "id" : type.startsWith("english") ? "en" : type;
  };
  const entries = kids(root, "conceptGrp").map((c) => {
    const number = norm(kids(c, "concept")[0]?.text ?? "");
    const sets = kids(c, "languageGrp").map((g) => el("langSet", g.line, { "xml:lang": languageOf(g) },
      kids(g, "termGrp").map((t) => el("tig", t.line, {}, [...kids(t, "term"), ...descrips(t, true)]))));
    return el("termEntry", c.line, number ? { id: number } : {}, [...descrips(c, false), ...sets]);
  });
  return el("martif", root.line, {}, [el("text", root.line, {}, [el("body", root.line, {}, entries)])]);
}

function parseTbxTree(root: XmlElement, file: string, skipped?: SkippedEntries): Concept[] {
  const v3 = root.name === "tbx";
  if (!v3 && root.name !== "martif") throw new ParseError("glossary-tbx-not-tbx", { file, line: root.line, element: root.name });
  const textEl = kids(root, "text")[0];
  const body = textEl ? kids(textEl, "body")[0] : undefined;
  if (!body) throw new ParseError("glossary-no-concepts", { file, line: (textEl ?? root).line });
  const entryName = v3 ? "conceptEntry" : "termEntry";
  const langName = v3 ? "langSec" : "langSet";
  const out: Concept[] = [];
  const languages = new Set<string>();
  // The file's ids: a duplicate is an error (file:line); readable ones are kept, opaque ones (`_1`,
  // `c42`, `tbx-0001`, UUIDs) are replaced by a slug of the entry's first Indonesian term (else its
  // first English term), made unique against every id kept or given.
  const seenIds = new Map<string, number>();
  const parsed: { rawId: string; line: number; ids: RawTerm[]; ens: RawTerm[]; domain?: string; note?: string; dnt: boolean; enforce?: EnforceLevel; unverified: boolean }[] = [];
  for (const entry of kids(body, entryName)) {
    const ids: RawTerm[] = [];
    const ens: RawTerm[] = [];
    let domain: string | undefined, note: string | undefined, dnt = false, enforce: EnforceLevel | undefined, unverified = false;
    const notes: string[] = [];
    const rawId = (entry.attrs.id ?? "").trim();
    if (rawId !== "") {
      const other = seenIds.get(rawId);
      if (other !== undefined) throw new ParseError("glossary-duplicate-id", { file, line: entry.line, entry: rawId, otherFile: file, otherLine: other });
      seenIds.set(rawId, entry.line);
    }
    for (const ch of entry.children) {
      const type = (ch.attrs.type ?? "").trim();
      if (ch.name === "descrip" && type === "subjectField") domain = norm(ch.text);
      else if (ch.name === "admin" && type === "x-doNotTranslate") dnt = /^(yes|true|1)$/i.test(norm(ch.text));
      else if (ch.name === "admin" && type === "x-enforce") enforce = ENFORCE_LEVELS.find((l) => l === norm(ch.text).toLowerCase()) ?? enforce;
      else if (ch.name === "admin" && type === "x-unverified") unverified = /^(yes|true|1)$/i.test(norm(ch.text));
      else if (ch.name === "note" || (ch.name === "descrip" && type === "definition")) notes.push(norm(ch.text));
      else if (ch.name === "descripGrp") {
        const d = kids(ch, "descrip")[0];
        if (d && (d.attrs.type ?? "") === "subjectField") domain = norm(d.text);
        else if (d && (d.attrs.type ?? "") === "definition") notes.push(norm(d.text));
      }
      else if (ch.name === langName) {
        const lang = langOf(ch);
        languages.add((ch.attrs["xml:lang"] ?? ch.attrs["lang"] ?? "?").toLowerCase());
        // a language's definition and notes (IATE, Microsoft and TBX-Basic put the definition here)
        for (const d of ch.children) {
          const inner = d.name === "descripGrp" ? kids(d, "descrip")[0] : d;
          if (inner && (inner.name === "note" || (inner.name === "descrip" && (inner.attrs.type ?? "").trim() === "definition"))) notes.push(norm(inner.text));
        }
        const holders = v3 ? kids(ch, "termSec") : ch.children.filter((c) => c.name === "tig" || c.name === "ntig");
        for (const h of holders) {
          const t = readTerm(h);
          if (!t) continue;
          if (lang !== "other") for (const n of t.notes) notes.push(`${t.text}: ${n}`);
          if (lang === "id" && t.dnt) dnt = true;
          if (lang === "id") ids.push(t);
          else if (lang === "en") ens.push(t);
        }
      }
    }
    if (notes.length) note = [...new Set(notes.filter(Boolean))].join("; ") || undefined;
    if (ids.length === 0) { skipped?.noIndonesian.push(entry.line); continue; }
    // (an import leaves out an entry without English, and says so; a glossary folder's file keeps it,
    // and validation names it)
    if (skipped && ens.length === 0 && !dnt) { skipped.noEnglish.push(entry.line); continue; }
    parsed.push({ rawId, line: entry.line, ids, ens, domain, note, dnt, enforce, unverified });
  }
  const kept = parsed.map((p) => (isReadableId(p.rawId, [...p.ids, ...p.ens]) ? p.rawId : null));
  const taken = new Set<string>([...seenIds.keys()]);
  parsed.forEach((p, i) => {
    const { ids, ens, domain, note, dnt, enforce, unverified } = p;
    const id = kept[i] ?? uniqueId(slugOf(ids, ens), taken);
    const renderings = renderingsOf(ens, dnt);
    const pos = [...ids, ...ens].find((t) => t.pos)?.pos;
    const example = ids.find((t) => t.context)?.context;
    out.push({
      id,
      sources: ids.map((t) => (t.kind ? { text: t.text, caseSensitive: t.caseSensitive, kind: t.kind } : { text: t.text, caseSensitive: t.caseSensitive })),
      renderings,
      dnt,
      ...(enforce ? { enforce } : {}),
      ...(unverified ? { unverified } : {}),
      ...(pos ? { pos } : {}),
      ...(domain ? { domain } : {}),
      ...(note ? { note } : {}),
      ...(example ? { example } : {}),
      file, line: p.line,
    });
  });
  if (out.length === 0 && skipped && skipped.noEnglish.length > 0) throw noEnglishError(file, skipped.noEnglish);
  if (out.length === 0 && languages.size > 0) throw new ParseError("glossary-tbx-no-indonesian", { file, languages: [...languages].sort().join(", ") });
  if (out.length === 0) throw new ParseError("glossary-no-concepts", { file, line: body.line });
  return out;
}

/**
 * A file's concept id is kept when it is a valid Selaras id and reads as a name: it has no digit, or
 * it is the slug of one of the entry's terms (`g7`, `covid-19`), possibly with a `-2` … suffix.
 * Otherwise (`_1`, `c42`, `tbx-0001`, a UUID) it is an opaque database key and is replaced.
 */
function isReadableId(raw: string, terms: readonly RawTerm[]): boolean {
  if (!CONCEPT_ID.test(raw)) return false;
  if (!/\d/.test(raw)) return true;
  const base = raw.replace(/-\d+$/, "");
  return terms.some((t) => { const s = idFromTerm(t.text); return s === raw || s === base; });
}

/** The readable id of an entry: the slug of its first Indonesian term, else of its first English term. */
function slugOf(ids: readonly RawTerm[], ens: readonly RawTerm[]): string {
  for (const t of [...ids, ...ens]) {
    const s = idFromTerm(t.text);
    if (s !== "term") return s;
  }
  return "term";
}

/**
 * The English renderings with their status. A term without a status is preferred when no sibling is
 * marked preferred (the first such term; later ones are admitted), else admitted. A concept whose
 * terms are all marked admitted gets its first admitted term as preferred: every concept keeps a
 * preferred rendering (the checks suggest it) — except a do-not-translate concept, whose preferred
 * rendering is its source form. A forbidden term without a cross-reference is replaced
 * by the first preferred rendering. Plural and singular forms are kept as written.
 */
function renderingsOf(ens: readonly RawTerm[], dnt: boolean): TermRendering[] {
  const explicitPreferred = ens.some((e) => e.status === "preferred");
  let preferredGiven = explicitPreferred;
  const statuses: RenderingStatus[] = ens.map((e) => {
    if (e.status) return e.status;
    if (preferredGiven) return "admitted";
    preferredGiven = true;
    return "preferred";
  });
  if (!dnt && !statuses.includes("preferred")) {
    const k = statuses.indexOf("admitted");
    if (k >= 0) statuses[k] = "preferred";
  }
  const firstPreferred = ens.find((_, k) => statuses[k] === "preferred")?.text;
  return ens.map((e, k) => {
    const status = statuses[k]!;
    if (status !== "forbidden") return { text: e.text, status, caseSensitive: e.caseSensitive };
    const replacement = e.replacement ?? firstPreferred;
    return replacement ? { text: e.text, status, caseSensitive: e.caseSensitive, replacement } : { text: e.text, status, caseSensitive: e.caseSensitive };
  });
}

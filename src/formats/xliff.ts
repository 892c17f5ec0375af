/**
 * XLIFF 2.0 (writing and reading) and XLIFF 1.2 (reading; xliff12.ts writes it).
 *
 * Writing: one `<file>` per document (a new `<file>` whenever the document changes), one `<unit>`
 * per unit holding one `<segment>`. Selaras' own fields travel in the Metadata module
 * (`<mda:metaGroup category="selaras">` with `<mda:meta type="id|document|segment|status|author|changed">`).
 * `<source>`/`<target>` carry `xml:space="preserve"`; a character XML 1.0 forbids is written as
 * `<cp hex="…"/>` (XLIFF's own escape), so every text round-trips. Segment state from status:
 * draft → initial, translated → translated, reviewed → reviewed, aligned → translated, anything
 * else → translated when there is a target, initial when not; the exact status is kept in
 * `subState="selaras:<status>"`. An empty target is written as no `<target>`. An export without units holds one placeholder `<unit>` made of an
 * `<ignorable>` only (the schema wants at least one unit), which readers skip.
 *
 * Reading (2.0 and 1.2): `srcLang`/`source-language` must be Indonesian (any with
 * `sourceIsIndonesian`), `trgLang`/`target-language` English when present. A unit's text is its
 * segments' and ignorables' text in order; inline codes (ph, sc, ec, bpt, ept, it, x, bx, ex, sub)
 * are dropped, `pc`/`g`/`mrk` keep their text; an element of another namespace is no code (its text is
 * text, its tags are not kept); a `<ph>` or `<x/>` between two words leaves a space
 * (afterPlaceholder); the unit's `codes` counts the codes and `g`/`pc`. Translate Toolkit's unit for a
 * PO header (`restype="x-gettext-domain-header"`) is skipped.
 * A 1.2 unit written by Selaras carries its fields in `<context-group name="selaras-…">` (xliff12.ts).
 * A unit Selaras wrote keeps the status it wrote while its state (1.2: and approval) is still the one
 * written for it; a CAT tool that confirmed or reopened it changed them, and they give the status.
 * States back to status: the `selaras:` subState when present; else initial/new/needs-* → draft
 * (or nothing without a target), translated → translated, reviewed/final/signed-off → reviewed; 1.2's
 * `approved="yes"` → translated (reviewed with a signed-off or final state). A 2.0 segment without
 * a `state` is `initial`, as the 2.0 specification defines it (a draft when it has a target); a 1.2
 * target without one (the attribute has no default there) is translated. A state or `approved` of a
 * value the standard does not define refuses the unit (xliff-bad-state, at the element's line).
 * A 1.2 target whose `state-qualifier` rejects it (`rejected-…`) is a draft (rejectedDraft), and so is one
 * without a `state` whose qualifier calls it a suggestion (`mt-suggestion`…: suggestionOnly). A target
 * that is its source under a state saying it is still to be translated (1.2 `new`/`needs-translation`, 2.0
 * `initial`), no tool mark confirming it, is no target (untranslatedCopy: Crowdin's fill).
 *
 * Another tool's unit cut into sentences is read as one unit per sentence, each with its own status:
 * 1.2's `<seg-source>` with `<mrk mtype="seg" mid="…">` (Trados Studio, Okapi, memoQ), the target's
 * `<mrk>` of the same mid its target; 2.0's several `<segment>`s (ignorables dropped). Unit ids are
 * `<unit id>#<mid or segment id>`. A sentence with codes keeps its own markup (markup.ts): its `<mrk>`'s
 * content (Trados' review marks, `<mrk mtype="x-sdl-…">`, are no codes: a deletion is left out with its
 * text) with the codes outside the `<mrk>`s that belong to it (segmented.ts), or its 2.0 segment's with the `<originalData>` its codes point to (usedData) and a range the
 * segments share made isolated codes (isolateCodes). A 1.2 target not cut into sentences for a source
 * of several is read as one unit (source and target whole); a target `<mrk>` whose mid no source
 * sentence has is refused (xliff-seg-unmatched). Phrase's brace codes are kept as XLIFF 1.2 codes
 * holding them (phraseText). Trados' `<sdl:seg conf="…">`, memoQ's `mq:status` and Phrase's
 * `m:confirmed` give the status where present (tradosStatus, toolStatus; the tools' attributes by their
 * namespace, whatever prefix the file binds it to); memoQ's `lastchanginguser`/`lastchangedtimestamp` and
 * Phrase's `modified-by`/`modified-at` give a translated unit its author and date (toolMarks). A unit (`<trans-unit>`,
 * `<unit>`) marked `translate="no"` (itself, or the `<group>` or `<file>` it is in) is read without
 * its target: the copy of the source a tool puts there is no translation.
 *
 * Notes: the unit's note is written as `<notes><note>…</note></notes>` (2.0; a character XML forbids is
 * refused, FormatError). Reading, a unit's notes (1.2 `<note>`, whatever it `annotates`, its `from`
 * kept as `from: ` before the text; 2.0 `<notes><note>`, whatever it `appliesTo`) are its note
 * (joinNotes), given to each sentence of a unit cut into several.
 */
import { FormatError, ParseError } from "../errors";
import { attrNs, createXmlStream } from "./xml";
import { MarkupBuilder, type UnitMarkup } from "./markup";
import { codesOutside, ignorableCodes, textOutside } from "./segmented";
import { afterPlaceholder, checkUnit, charName, isEnglish, isIndonesian, joinNotes, noteField, tradosStatus, unitScope, variantField, variantKey, XML_FORBIDDEN, xmlAttr, xmlText } from "./text";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "xliff";
const NS = "urn:oasis:names:tc:xliff:document:2.0";
const NS_MDA = "urn:oasis:names:tc:xliff:metadata:2.0";
/** The namespaces whose elements are XLIFF's own (1.2's, 2.0's and its modules'). */
const XLIFF_NS = /^urn:oasis:names:tc:xliff:/;

const STATE: Record<string, string> = { draft: "initial", translated: "translated", reviewed: "reviewed", aligned: "translated" };
/** The 2.0 segment state Selaras writes for a status (the reader compares it). */
const state20 = (status: string, target: string): string => STATE[status] ?? (target ? "translated" : "initial");

const INLINE_SPECIAL = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/;
const INLINE_SPECIAL_G = /[&<>\r\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;
const INLINE_ESC: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;" };
/** Element content; a character XML 1.0 forbids becomes `<cp hex="…"/>`. */
function inlineText(s: string): string {
  if (!INLINE_SPECIAL.test(s)) return s;
  return s.replace(INLINE_SPECIAL_G, (c) => INLINE_ESC[c] ?? `<cp hex="${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}"/>`);
}

function metaValue(u: ParallelUnit, field: string, value: string): string {
  const m = XML_FORBIDDEN.exec(value);
  if (m) throw new FormatError("xml-forbidden-char", { format: ID, unit: u.id, field, char: charName(m[0]) });
  return xmlText(value);
}

/**
 * The files and unit ids of an XLIFF being written (both versions): a new `<file>` whenever the
 * document changes; a unit's id is its own when it is an NMTOKEN not yet used in its file, else `u<n>`.
 */
export function xliffFiles(): { readonly files: number; next(u: ParallelUnit): { newFile: boolean; unitId: string } } {
  let files = 0;
  let units = 0;
  let currentDoc: string | undefined;
  let idsInFile = new Set<string>();
  return {
    get files() { return files; },
    next(u) {
      const newFile = currentDoc !== u.document || files === 0;
      if (newFile) { files++; currentDoc = u.document; idsInFile = new Set(); }
      units++;
      const unitId = /^[A-Za-z0-9._-]+$/.test(u.id) && !idsInFile.has(u.id) ? u.id : `u${units}`;
      idsInFile.add(unitId);
      return { newFile, unitId };
    },
  };
}

function createWriter(sink: Sink, options: WriteOptions): UnitWriter {
  sink("main",
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    `<xliff xmlns="${NS}" xmlns:mda="${NS_MDA}" version="2.0" srcLang="id" trgLang="${xmlAttr(options.targetLang ?? "en")}">\n`);
  const place = xliffFiles();
  return {
    write(u) {
      checkUnit(u, ID);
      let s = "";
      const { newFile, unitId } = place.next(u);
      if (newFile) {
        if (place.files > 1) s += "  </file>\n";
        s += `  <file id="f${place.files}"${u.document ? ` original="${xmlAttr(u.document)}"` : ""}>\n`;
      }
      s += `    <unit id="${unitId}">\n`;
      const metas: Array<[string, string]> = [];
      metas.push(["id", u.id]);
      if (u.document) metas.push(["document", u.document]);
      for (const ref of u.segments) metas.push(["segment", ref]);
      if (u.status) metas.push(["status", u.status]);
      if (u.author) metas.push(["author", u.author]);
      if (u.changed) metas.push(["changed", u.changed]);
      {
        s += '      <mda:metadata>\n        <mda:metaGroup category="selaras">\n';
        for (const [type, value] of metas) s += `          <mda:meta type="${type}">${metaValue(u, type, value)}</mda:meta>\n`;
        s += "        </mda:metaGroup>\n      </mda:metadata>\n";
      }
      if (u.note) s += `      <notes>\n        <note>${metaValue(u, "note", u.note)}</note>\n      </notes>\n`;
      // (a unit read from an XLIFF 2.0 with inline codes: its <originalData>, source and target as written; markup.ts)
      const m = u.markup?.dialect === "xliff20" && u.target !== "" ? u.markup : undefined;
      if (m?.data) s += `      ${m.data}\n`;
      const state = state20(u.status, u.target);
      const sub = u.status ? ` subState="selaras:${xmlAttr(u.status)}"` : "";
      s += `      <segment state="${state}"${sub}>\n`;
      s += `        <source xml:space="preserve">${m ? m.source : inlineText(u.source)}</source>\n`;
      if (u.target !== "") s += `        <target xml:space="preserve">${m ? m.target : inlineText(u.target)}</target>\n`;
      s += "      </segment>\n    </unit>\n";
      sink("main", s);
    },
    end() {
      if (place.files === 0) {
        sink("main", '  <file id="f1">\n    <unit id="empty">\n      <ignorable>\n        <source/>\n      </ignorable>\n    </unit>\n');
      }
      sink("main", "  </file>\n</xliff>\n");
    },
  };
}

/** Subtrees that never hold the unit's own text. */
const SKIP_TREE = new Set([
  "notes", "note", "originalData", "skeleton", "matches", "glossary", "changeTrack", "alt-trans",
  "context-group", "count-group", "prop-group", "phase-group", "header", "validation", "resourceData", "profiles",
]);
/** Inline elements whose content is native code, not text. */
const CODE = new Set(["ph", "bpt", "ept", "it", "sub", "x", "bx", "ex", "sc", "ec", "sm", "em", "data"]);
/** Inline elements a unit's `codes` counts: the codes and the formatting whose text is kept (`<g>`, `<pc>`); not annotations (`<mrk>`, `<sm>`). */
const COUNTED = new Set(["ph", "bpt", "ept", "it", "x", "bx", "ex", "sc", "ec", "g", "pc"]);
/** Placeholders that may stand between two words (a tab, a line break, an image): see afterPlaceholder. */
const PLACEHOLDER = new Set(["ph", "x"]);
/** The namespace of Phrase's (Memsource) MXLIFF, whose inline codes are text in brace notation. */
const NS_PHRASE = "http://www.memsource.com/mxlf/2.0";
/** The namespace of memoQ's MQXLIFF attributes (`mq:status`). */
const NS_MEMOQ = "MQXliff";
/** Trados Studio's SDLXLIFF namespace (`sdl:`). */
const NS_SDL = "http://sdl.com/FileTypes/SdlXliff/1.0";
/**
 * A date as Trados Studio writes it in an SDLXLIFF (`<sdl:value key="modified_on">11/30/2026 08:11:20</sdl:value>`:
 * month/day/year, 24-hour time, UTC) as units carry it, or undefined when it is not one.
 */
function sdlDate(value: string): string | undefined {
  const m = /^(\d{1,2})\/(\d{1,2})\/(\d{4}) (\d{1,2}):(\d\d):(\d\d)$/.exec(value.trim());
  if (!m) return undefined;
  const d = new Date(Date.UTC(Number(m[3]), Number(m[1]) - 1, Number(m[2]), Number(m[4]), Number(m[5]), Number(m[6])));
  // (no rolling over: 13/40/2026 is no date)
  if (Number.isNaN(d.getTime()) || d.getUTCMonth() !== Number(m[1]) - 1 || d.getUTCDate() !== Number(m[2])) return undefined;
  return d.toISOString().replace(/\.\d{3}Z$/, "Z");
}
/**
 * Phrase's codes in a text: `{1>` … `<1}` around a range (numeric ids, or a letter for bold, italic…:
 * `{b>` … `<b}`) and `{1}` alone. Text that merely looks like it (`{approx}`, a bare `{`) is no code.
 */
const PHRASE_CODE = /\{(?:\d+|[A-Za-z])>|<(?:\d+|[A-Za-z])\}|\{\d+\}/g;

/**
 * A Phrase text without its brace-notation codes, how many there were, and the text as XLIFF 1.2
 * markup (markup.ts) with each code an XLIFF code whose native content is Phrase's own: `{1>` a
 * `<bpt id="1">`, `<1}` its `<ept id="1">` (one without the other in the text an `<it>`), `{2}` a `<ph id="2">`. A lone code between two words
 * leaves a space, as `<ph>` does (afterPlaceholder).
 */
export function phraseText(text: string): { text: string; codes: number; markup: string } {
  if (!text.includes("{") && !text.includes("<")) return { text, codes: 0, markup: xmlText(text) };
  const found = [...text.matchAll(PHRASE_CODE)];
  // (a `{1>` whose `<1}` is not in this text, or the reverse — a range its segment cuts — is XLIFF's
  // isolated code `<it pos="open|close">`, not half a `<bpt>`/`<ept>` pair)
  const paired = new Set<number>();
  const open = new Map<string, number[]>();
  found.forEach((m, k) => {
    const id = m[0].replace(/[{}<>]/g, "");
    if (m[0].endsWith(">")) open.set(id, [...(open.get(id) ?? []), k]);
    else if (m[0].startsWith("<")) { const o = open.get(id)?.pop(); if (o !== undefined) { paired.add(o); paired.add(k); } }
  });
  let out = "", markup = "", at = 0, gap = false;
  const addText = (t: string) => {
    if (t === "") return;
    out += gap ? afterPlaceholder(out, t) : t;
    markup += xmlText(t);
    gap = false;
  };
  found.forEach((m, k) => {
    addText(text.slice(at, m.index));
    at = m.index! + m[0].length;
    const code = m[0];
    const id = xmlAttr(code.replace(/[{}<>]/g, ""));
    const begin = code.endsWith(">"), end = code.startsWith("<");
    if ((begin || end) && !paired.has(k)) markup += `<it id="${id}" pos="${begin ? "open" : "close"}">${xmlText(code)}</it>`;
    else if (begin) markup += `<bpt id="${id}">${xmlText(code)}</bpt>`;
    else if (end) markup += `<ept id="${id}">${xmlText(code)}</ept>`;
    else { markup += `<ph id="${id}">${xmlText(code)}</ph>`; gap = true; }
  });
  addText(text.slice(at));
  return { text: out, codes: found.length, markup };
}

/**
 * The part of a 2.0 unit's `<originalData>` (as markup.ts keeps it) that a segment's markup points
 * into (`dataRef`, `dataRefStart`, `dataRefEnd`, `subFlows`…: any attribute naming a `<data>` id); ""
 * when it points into none. A sentence of a unit cut into segments carries its own codes' data only.
 */
export function usedData(data: string, markup: string): string {
  if (!data) return "";
  const refs = new Set([...markup.matchAll(/\sdataRef(?:Start|End)?="([^"]*)"/g)].map((m) => m[1]!));
  if (refs.size === 0) return "";
  const open = /^<originalData\b[^>]*>/.exec(data);
  if (!open) return "";
  const kept = [...data.matchAll(/<data\b[^>]*?\sid="([^"]*)"[^>]*?(?:\/>|>[\s\S]*?<\/data>)/g)].filter((m) => refs.has(m[1]!)).map((m) => m[0]);
  return kept.length === 0 ? "" : `${open[0]}${kept.join("")}</originalData>`;
}

/**
 * A 2.0 segment's markup as a unit of its own: a code range the unit's segments share (`<sc>` in one
 * segment, its `<ec startRef>` in a later one) is cut at the segment's edge, so each half becomes an
 * isolated code, as XLIFF 2.0 writes a range whose other end is not in the unit: `<sc … isolated="yes"/>`,
 * `<ec id="…" isolated="yes" …/>` (an isolated `<ec>` names its code by `id`, not `startRef`).
 */
export function isolateCodes(markup: string): string {
  if (!markup.includes("<sc") && !markup.includes("<ec")) return markup;
  const starts = new Set([...markup.matchAll(/<sc\b[^>]*?\sid="([^"]*)"/g)].map((m) => m[1]!));
  const ends = new Set([...markup.matchAll(/<ec\b[^>]*?\sstartRef="([^"]*)"/g)].map((m) => m[1]!));
  return markup
    .replace(/<sc\b([^>]*?)\s?\/>/g, (whole, attrs: string) => {
      const id = /\sid="([^"]*)"/.exec(attrs)?.[1];
      return id === undefined || ends.has(id) || /\sisolated=/.test(attrs) ? whole : `<sc${attrs} isolated="yes"/>`;
    })
    .replace(/<ec\b([^>]*?)\s?\/>/g, (whole, attrs: string) => {
      const ref = /\sstartRef="([^"]*)"/.exec(attrs)?.[1];
      return ref === undefined || starts.has(ref) ? whole : `<ec${attrs.replace(/\sstartRef="[^"]*"/, ` id="${ref}" isolated="yes"`)}/>`;
    });
}

/** Translate Toolkit's unit for a PO file's header (po2xliff): metadata, not text. */
const GETTEXT_HEADER = "x-gettext-domain-header";

/**
 * The values the standards define for the attributes that give a unit's status: XLIFF 1.2's target
 * `state` (its own list, or a tool's own value beginning with `x-`) and `approved` (`yes`, `no`), XLIFF
 * 2.0's segment `state` (a tool's own states go in `subState`). Any other value is no status a reader
 * can tell (`state="weird-state"`, `state="Translated"`: schema-invalid), so the unit is refused
 * (xliff-bad-state) rather than guessed.
 */
const STATES_12 = ["final", "needs-adaptation", "needs-l10n", "needs-review-adaptation", "needs-review-l10n", "needs-review-translation", "needs-translation", "new", "signed-off", "translated"];
const STATES_20 = ["initial", "translated", "reviewed", "final"];
const APPROVED = ["yes", "no"];
/** The allowed values of an attribute as the error names them. */
const allowed = (values: readonly string[], custom: boolean): string => values.join(", ") + (custom ? ", x-…" : "");

/** XLIFF 1.2 target state by status, as xliff12.ts writes it. */
const STATE_12: Record<string, string> = {
  draft: "needs-review-translation", aligned: "needs-review-translation", translated: "translated", reviewed: "signed-off",
};

/** The target `state` and `approved` XLIFF 1.2 gets for a status (xliff12.ts writes them; the reader compares them). */
export function xliff12Marks(status: string, target: string): { state: string; approved: boolean } {
  return { state: STATE_12[status] ?? "translated", approved: target !== "" && (status === "reviewed" || status === "translated") };
}

/**
 * memoQ's segment status (`mq:status` of an MQXLIFF trans-unit): a confirmed one (ManuallyConfirmed,
 * Confirmed) is translated, a proofread or reviewer-confirmed one reviewed, everything else (NotStarted,
 * Edited, PartiallyEdited, PreTranslated, MachineTranslated, Rejected…) not confirmed: a draft.
 */
function statusFromMemoq(status: string, target: string): string {
  if (!target) return "";
  if (/proofread|reviewer/i.test(status)) return "reviewed";
  if (/confirmed/i.test(status) && !/unconfirmed/i.test(status)) return "translated";
  return "draft";
}

/** A CAT tool's own marks on a 1.2 trans-unit, read by their namespace (toolMarks): its status, who last changed it and when. */
interface ToolMarks { readonly memoq?: string; readonly phrase?: string; readonly author?: string; readonly changed?: string }

/** A date as units carry it (YYYY-MM-DDThh:mm:ssZ), from memoQ's ISO timestamp (its fraction dropped) or Phrase's milliseconds since 1970; undefined when it is neither. */
function toolDate(memoq: string | undefined, phrase: string | undefined): string | undefined {
  const iso = memoq === undefined ? undefined : /^(\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d)(?:\.\d+)?Z$/.exec(memoq.trim());
  if (iso) return `${iso[1]}Z`;
  if (phrase !== undefined && /^\d{10,13}$/.test(phrase.trim())) {
    const d = new Date(Number(phrase.trim()));
    if (!Number.isNaN(d.getTime())) return d.toISOString().replace(/\.\d{3}Z$/, "Z");
  }
  return undefined;
}

/**
 * memoQ's `status` (namespace `MQXliff`) and Phrase's `confirmed` (its MXLIFF namespace) of a
 * trans-unit, by the namespace their prefix is bound to — `mq:` and `m:` as the tools write them, any
 * other prefix a script that re-saved the file chose (Python's ElementTree writes `ns0:`, `ns1:`).
 */
function toolMarks(attrs: Readonly<Record<string, string>>, scope: Readonly<Record<string, string>>): ToolMarks {
  const memoq = attrNs(attrs, scope, NS_MEMOQ, "status");
  const phrase = attrNs(attrs, scope, NS_PHRASE, "confirmed");
  // (who last changed the segment and when: memoQ's lastchanginguser/lastchangedtimestamp, Phrase's modified-by/modified-at)
  const author = (attrNs(attrs, scope, NS_MEMOQ, "lastchanginguser") ?? attrNs(attrs, scope, NS_PHRASE, "modified-by"))?.trim();
  const changed = toolDate(attrNs(attrs, scope, NS_MEMOQ, "lastchangedtimestamp"), attrNs(attrs, scope, NS_PHRASE, "modified-at"));
  return {
    ...(memoq !== undefined ? { memoq } : {}), ...(phrase !== undefined ? { phrase } : {}),
    ...(author ? { author } : {}), ...(changed !== undefined ? { changed } : {}),
  };
}

/**
 * The status a CAT tool's own mark on a 1.2 trans-unit gives, or undefined when it has none:
 * memoQ's status (statusFromMemoq), Phrase's (Memsource) confirmed ("1" translated, else a draft).
 */
function toolStatus(marks: ToolMarks, target: string): string | undefined {
  if (marks.memoq !== undefined) return statusFromMemoq(marks.memoq, target);
  if (marks.phrase !== undefined) return !target ? "" : marks.phrase.trim() === "1" ? "translated" : "draft";
  return undefined;
}

/**
 * A 1.2 target with no `state`, not `approved`, that is the source as it stands: the copy of the source
 * a tool puts into an untranslated target (Okapi Rainbow's "copy source", a CMS export), which OmegaT's
 * Okapi filter reads as untranslated too — read as a draft, never as a translation. Any other target
 * without a state is translated (the attribute has no default; Weblate reads it so); not approved, not
 * reviewed (`approved` defaults to no).
 */
function copiedSource(state: string | undefined, approved: boolean, source: string, target: string): boolean {
  return state === undefined && !approved && target.trim() !== "" && target.trim() === source.trim();
}

/**
 * XLIFF 1.2's `state-qualifier` values that say the target is only a suggestion or a machine's
 * (`mt-suggestion`, `tm-suggestion`, `fuzzy-match`, `leveraged-mt`: Okapi's leveraging, Smartcat's
 * pre-translation). Weblate and Translate Toolkit read `state` alone, and so does Selaras when the target
 * has one (a translator who confirmed a suggestion leaves its qualifier); a target with no `state`, not
 * approved, whose qualifier says so is a draft — the qualifier is the only word on it, and it says no
 * person confirmed it. Other qualifiers (`exact-match`, `leveraged-tm`, `id-match`…) leave such a target
 * translated, as a target without a state is.
 */
const SUGGESTION_QUALIFIERS = new Set(["mt-suggestion", "tm-suggestion", "fuzzy-match", "leveraged-mt"]);
function suggestionOnly(state: string | undefined, approved: boolean, qualifier: string | undefined, target: string): boolean {
  return state === undefined && !approved && target.trim() !== "" && qualifier !== undefined && SUGGESTION_QUALIFIERS.has(qualifier);
}

/**
 * XLIFF 1.2's `state-qualifier` values that reject the target (`rejected-grammar`, `rejected-inaccurate`,
 * `rejected-length`, `rejected-spelling`: "the item has been rejected because…"): a translation a reviewer
 * turned down is no confirmed one, whatever its `state` or `approved` say. The status a unit so marked
 * is read with — a confirmed one (translated, reviewed) becomes a draft — and the fields that say so
 * (ParallelUnit.rejected). The other values (`exact-match`, `leveraged-tm`, `mt-suggestion`…) say where a
 * translation came from, not whether it holds: not read here (a target without a `state` that they call a
 * suggestion: suggestionOnly).
 */
function rejectedDraft(status: string, qualifier: string | undefined): { status: string; rejected?: string } {
  if (qualifier === undefined || !qualifier.startsWith("rejected-") || (status !== "translated" && status !== "reviewed")) return { status };
  return { status: "draft", rejected: qualifier };
}

/**
 * A target that is its source as it stands under a state saying it is still to be translated (1.2's
 * `new`, `needs-translation`; 2.0's `initial`, written: a segment without a state, though `initial` by
 * the specification, may be a simple tool's translation of a name, kept as a draft): the copy of the source a tool fills an
 * untranslated string with (Crowdin, Lokalise, a CMS export) — no translation, read as no target. A
 * tool's own mark that it was confirmed (toolStatus) keeps it: a name left as it is (`Jakarta`) is a
 * translation when someone says so.
 */
const UNTRANSLATED_STATES = new Set(["new", "needs-translation", "initial"]);
function untranslatedCopy(state: string | undefined, marks: ToolMarks, source: string, target: string): boolean {
  return state !== undefined && UNTRANSLATED_STATES.has(state) && toolStatus(marks, target) === undefined
    && target.trim() !== "" && target.trim() === source.trim();
}

function statusFromState(state: string | undefined, subState: string | undefined, approved: boolean, target: string): string {
  if (subState?.startsWith("selaras:")) return subState.slice(8);
  // (1.2's approved="yes": confirmed — reviewed when the state says signed off, else translated)
  if (approved) return state === "signed-off" || state === "final" || state === "reviewed" ? "reviewed" : "translated";
  switch (state) {
    case "translated": return "translated";
    case "reviewed": case "final": case "signed-off": return "reviewed";
    case undefined: case "": return "";
    default: return target ? "draft" : "";
  }
}

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const file = options.files.main ?? "";
  const check = options.check ?? ((u) => u);
  /** The target language: 2.0's `trgLang`, the current 1.2 `<file>`'s `target-language`, the `<target>`'s own `xml:lang`. */
  let rootTrg: string | undefined;
  let fileTrg: string | undefined;
  let targetTrg: string | undefined;
  /**
   * A unit as the caller takes it, with its target's variant (ParallelUnit.variant); a target in
   * another variant than the one chosen (ReadOptions.targetLang) is left out (otherVariant).
   */
  const scope = unitScope(options.onRefused);
  const accept: NonNullable<ReadOptions["check"]> = (u, where) => {
    const lang = targetTrg ?? fileTrg ?? rootTrg;
    if (u.target === "" || lang === undefined || lang === "") return check(u, where);
    if (options.targetLang !== undefined && variantKey(lang) !== options.targetLang) {
      const { markup: _dropped, codes: _codes, ...rest } = u;
      return check({ ...rest, target: "", status: "", otherVariant: lang }, where);
    }
    return check({ ...u, ...variantField(lang) }, where);
  };
  let version = 0;
  /** A Phrase MXLIFF (its namespace on the root): codes are text in brace notation (phraseText). */
  let phrase = false;
  let fileDoc = "";
  let skip = 0;
  // unit
  let inUnit = false;
  let unitLine = 0;
  let unitAttrs: Readonly<Record<string, string>> = {};
  /** The unit's memoQ and Phrase status marks (toolMarks). */
  let unitMarks: ToolMarks = {};
  /** Is the unit marked not to be translated (translate="no" on it, or on its group or file)? */
  let unitNo = false;
  /** translate="no" of the open files and groups, innermost last. */
  const translateNo: boolean[] = [];
  let hasSegment = false;
  let source = "";
  let target = "";
  let state: string | undefined;
  let subState: string | undefined;
  /** 1.2: the (first) target's `state-qualifier` (rejectedDraft). */
  let qualifier: string | undefined;
  /** The unit's first status attribute of a value the standard does not define (STATES_12…), with its line. */
  /** The lines of the unit's (first) `<source>` and `<target>`, for a refusal of their text. */
  let sourceLine = 0;
  let targetLine = 0;
  /** The first `<target>` of the unit whose `xml:lang` is not English, with its line. */
  let badTargetLang: { line: number; lang: string } | undefined;
  let badState: { line: number; element: string; attribute: string; value: string; allowed: string } | undefined;
  let metas: Array<[string, string]> = [];
  let hasSelaras = false;
  /** The unit's notes (1.2 `<note>`, 2.0 `<notes><note>`), in order, and the note being read (null: none). */
  let notes: string[] = [];
  let noteText: string | null = null;
  // a segment / ignorable / 1.2 trans-unit part
  let partSource = "";
  let partTarget: string | undefined;
  let isIgnorable = false;
  /** 2.0: the unit's segments (not its ignorables), each with its own state. */
  let segments: Array<{ id: string; source: string; target: string | undefined; state: string | undefined; subState: string | undefined; codes: number; sourceMarkup: string | null; targetMarkup: string | null }> = [];
  let segAttrs: Readonly<Record<string, string>> = {};
  /** 2.0: the ignorables holding codes, each with the number of segments before it and its markup. */
  let ignorables: Array<{ at: number; source: string; target: string }> = [];
  /** 1.2: the sentences of `<seg-source>` and `<target>` (`<mrk mtype="seg" mid="…">`), by mid, and Trados' confirmation levels by mid. */
  let mrkSource: Array<[string, string]> = [];
  let mrkTarget = new Map<string, string>();
  let sdlConf = new Map<string, string>();
  /**
   * Trados Studio's author and date of a sentence, by mid (`<sdl:seg id>`'s `<sdl:value key="last_modified_by">`,
   * `modified_on`; else `created_by`, `created_on`), and the value being read (its mid and key).
   */
  let sdlMarks = new Map<string, Record<string, string>>();
  let sdlSeg: string | null = null;
  let sdlValue: { key: string; text: string } | null = null;
  /** Inline codes dropped: from the unit's source and target, the current 2.0 segment's, each 1.2 sentence's (by mid). */
  let codes = 0;
  let partCodes = 0;
  let mrkCodes = new Map<string, number>();
  /** 1.2: each sentence's content as written, codes and all (markup.ts), of the source and of the target, by mid. */
  let mrkSourceMarkup = new Map<string, string>();
  let mrkTargetMarkup = new Map<string, string>();
  /** A placeholder was just dropped: the next text may need a space before it (afterPlaceholder). */
  let gap = false;
  // capture
  let capture: "source" | "target" | "seg-source" | null = null;
  let buf = "";
  let codeDepth = 0;
  /** Inside capture: the `<mrk mtype="seg">` being read (its mid), its text, and the elements open in it. */
  let mrkMid: string | null = null;
  let mrkText = "";
  let mrkDepth = 0;
  let mrkMarkup = new MarkupBuilder();
  /**
   * Inside capture: for each element open, whether its tags go into the kept markup — Trados Studio's
   * review marks (`<mrk mtype="x-sdl-…">`: tracked changes, comments) do not, their content does;
   * `hidden` > 0 inside a tracked deletion, whose content does not either (it is no longer text).
   */
  let shown: boolean[] = [];
  /** Inside capture: for each element open, whether it is of another namespace than XLIFF's (its tags are no code). */
  let foreignOpen: boolean[] = [];
  let hidden = 0;
  /**
   * The markup (markup.ts) of the `<source>`/`<target>` being read, of the unit's source and target,
   * and of a 2.0 unit's `<originalData>`; `parts` counts the unit's segments and ignorables (markup is
   * kept for a unit of one segment only).
   */
  let partMarkup: MarkupBuilder | null = null;
  let srcMarkup: string | null = null;
  let trgMarkup: string | null = null;
  /** 1.2: the whole `<seg-source>` as written, its sentences' `<mrk>`s and the codes outside them (segmented.ts). */
  let segSrcMarkup: string | null = null;
  /** The markup of the current 2.0 segment's source and target (null: no element in it). */
  let partSrcMarkup: string | null = null;
  let partTrgMarkup: string | null = null;
  let dataMarkup: MarkupBuilder | null = null;
  let data = "";
  let parts = 0;
  let metaGroupDepth = 0;
  let selarasGroup = 0;
  let metaType: string | null = null;
  let metaText = "";
  // a 1.2 unit's Selaras fields (xliff12.ts): <context-group name="selaras-…"><context context-type="x-selaras-…">
  let selarasContext = false;

  const finishPart = () => {
    parts++;
    if (version === 2 && !isIgnorable) segments.push({ id: segAttrs.id ?? "", source: partSource, target: partTarget, state: segAttrs.state, subState: segAttrs.subState, codes: partCodes, sourceMarkup: partSrcMarkup, targetMarkup: partTrgMarkup });
    // (an ignorable's codes, between two segments: they go with a segment, see sentences)
    else if (version === 2 && partCodes > 0) ignorables.push({ at: segments.length, source: partSrcMarkup ?? "", target: partTrgMarkup ?? partSrcMarkup ?? "" });
    source += partSource;
    target += partTarget ?? (isIgnorable ? partSource : "");
    partSource = "";
    partTarget = undefined;
    partSrcMarkup = null;
    partTrgMarkup = null;
  };

  /** A sentence's author and date: Trados Studio's for its mid (sdlMarks), else the unit's (unitMarks). */
  const sdlToolMarks = (mid: string): ToolMarks => {
    const v = sdlMarks.get(mid);
    if (!v) return unitMarks;
    const author = (v.last_modified_by ?? v.created_by)?.trim();
    const changed = sdlDate(v.modified_on ?? v.created_on ?? "");
    return { ...unitMarks, ...(author ? { author } : {}), ...(changed !== undefined ? { changed } : {}) };
  };

  /** The sentences of another tool's segmented unit, one unit each (see the end of a unit below). */
  const sentences = () => {
    const id = unitAttrs.id ?? "";
    const no = unitNo;
    const each = (n: number, segId: string, src: string, trg: string, status: string, dropped: number, markup: UnitMarkup | undefined, marks: ToolMarks = unitMarks) => {
      const several = version === 2 ? segments.length > 1 : mrkSource.length > 1;
      // (each sentence on its own: one refused, the others are read)
      scope(() => onUnit(accept({
        id: several ? `${id}#${segId || n + 1}` : id, document: fileDoc, segments: [], source: src, target: trg, author: trg ? marks.author ?? "" : "", changed: trg ? marks.changed ?? "" : "",
        ...(version === 1 ? rejectedDraft(status, qualifier) : { status }),
        // (the unit's notes go with each of its sentences: which one a note is about cannot be told)
        ...noteField(joinNotes(notes)),
        ...(dropped > 0 ? { codes: dropped } : {}),
        // (a sentence with codes keeps its own source and target as written, as a unit of one segment does)
        ...(dropped > 0 && markup && trg !== "" ? { markup } : {}),
      }, { file, line: unitLine })));
    };
    if (version === 2) {
      // (the codes of an ignorable between segments go with the segment before it — a range's start,
      // `<sc>`, with the one after —, as codes outside the sentences of a 1.2 unit do: segmented.ts)
      const extra = segments.map(() => ({ srcPre: "", srcPost: "", trgPre: "", trgPost: "", codes: 0 }));
      for (const ig of ignorables) {
        for (const [side, mk] of [["src", ig.source], ["trg", ig.target]] as const) {
          for (const c of ignorableCodes(mk, COUNTED, CODE)) {
            const after = (c.begins && ig.at < segments.length) || ig.at === 0;
            const e = extra[after ? ig.at : ig.at - 1];
            if (!e) continue;
            if (after) e[`${side}Pre`] += c.markup; else e[`${side}Post`] += c.markup;
            e.codes += c.codes;
          }
        }
      }
      segments.forEach((g, n) => {
        const trg = no || untranslatedCopy(g.state, unitMarks, g.source, g.target ?? "") ? "" : g.target ?? "";
        const x = extra[n]!;
        const source20 = isolateCodes(x.srcPre + (g.sourceMarkup ?? inlineText(g.source)) + x.srcPost);
        const target20 = isolateCodes(x.trgPre + (g.targetMarkup ?? inlineText(trg)) + x.trgPost);
        const used = usedData(data, source20 + target20);
        each(n, g.id, g.source, trg, statusFromState(g.state ?? "initial", g.subState, false, trg), g.codes + x.codes,
          { dialect: "xliff20", source: source20, target: target20, ...(used ? { data: used } : {}) });
      });
      return;
    }
    const approved = unitAttrs.approved === "yes";
    // (codes outside the sentences — a paragraph's formatting around them, a code at a sentence's edge — go with the sentence they belong to)
    const outSource = segSrcMarkup ? codesOutside(segSrcMarkup, COUNTED, CODE) : new Map<string, never>();
    const outTarget = trgMarkup && mrkTarget.size > 0 ? codesOutside(trgMarkup, COUNTED, CODE) : new Map<string, never>();

    mrkSource.forEach(([mid, src], n) => {
      // (a target not cut into sentences goes with a source of one sentence)
      const whole = !mrkTarget.has(mid) && mrkSource.length === 1 && mrkTarget.size === 0;
      const written = no ? "" : mrkTarget.get(mid) ?? (whole ? target : "");
      const trg = untranslatedCopy(state, unitMarks, src, written) ? "" : written;
      const conf = sdlConf.get(mid);
      const status = conf !== undefined ? tradosStatus(conf, trg)
        : toolStatus(unitMarks, trg) ?? (copiedSource(state, approved, src, trg) || suggestionOnly(state, approved, qualifier, trg) ? "draft" : statusFromState(state, undefined, approved, trg));
      const os = outSource.get(mid), ot = whole || !mrkTarget.has(mid) ? undefined : outTarget.get(mid);
      const trgMk = whole ? trgMarkup ?? xmlText(trg) : `${ot?.pre ?? ""}${mrkTargetMarkup.get(mid) ?? xmlText(trg)}${ot?.post ?? ""}`;
      const srcMk = `${os?.pre ?? ""}${mrkSourceMarkup.get(mid) ?? xmlText(src)}${os?.post ?? ""}`;
      const markup: UnitMarkup | undefined = phrase ? undefined : { dialect: "xliff12", source: srcMk, target: trgMk };
      each(n, mid, src, trg, trg ? status : "", (mrkCodes.get(mid) ?? 0) + (os?.codes ?? 0) + (ot?.codes ?? 0), markup, sdlToolMarks(mid));
    });
  };

  /** The unit's source and target as written (one segment: see markup.ts). */
  const unitMarkup = (): UnitMarkup => version === 1
    ? { dialect: "xliff12", source: srcMarkup ?? xmlText(source), target: trgMarkup ?? xmlText(target) }
    : { dialect: "xliff20", source: srcMarkup ?? inlineText(source), target: trgMarkup ?? inlineText(target), ...(data ? { data } : {}) };

  const checkLangs = (src: string | undefined, trg: string | undefined, line: number) => {
    if (!isIndonesian(src) && !options.sourceIsIndonesian) throw new ParseError("xliff-srclang", { file, line, srclang: src ?? "" });
    if (trg && !isEnglish(trg)) throw new ParseError("xliff-trglang", { file, line, trglang: trg });
  };

  const xml = createXmlStream(file, {
    open(name, attrs, line, ns, scope) {
      if (skip > 0) { skip++; dataMarkup?.open(name, attrs); return; }
      if (capture) {
        // (an element of another namespace in a text, which no XLIFF schema allows there: its text is
        // text, its tags are left out of the kept codes, as a review mark's are — an export declares no
        // such namespace, and without its prefix it would pass for an XLIFF code)
        const foreign = ns !== undefined && !XLIFF_NS.test(ns);
        foreignOpen.push(foreign);
        const review = !foreign && name === "mrk" && /^x-sdl-/.test(attrs.mtype ?? "");
        const show = hidden === 0 && !review && !foreign;
        if (hidden > 0 || (review && attrs.mtype === "x-sdl-deleted")) hidden++;
        shown.push(show);
        // (from the first element on: the text before it is buf as read)
        if (!partMarkup) { partMarkup = new MarkupBuilder(); partMarkup.text(buf); }
        if (show) partMarkup?.open(name, attrs);
        if (mrkMid !== null) { mrkDepth++; if (show) mrkMarkup.open(name, attrs); }
        else if (!foreign && version === 1 && codeDepth === 0 && name === "mrk" && attrs.mtype === "seg" && capture !== "source") {
          mrkMid = attrs.mid ?? ""; mrkText = ""; mrkDepth = 0; mrkMarkup = new MarkupBuilder();
          return;
        }
        // (XLIFF 2.0's comment annotation, `<mrk type="comment" value="…">`: a translator's comment on the
        // text, kept as a note — once, as the source and the target often both carry it)
        if (!foreign && version === 2 && name === "mrk" && attrs.type === "comment" && attrs.value?.trim() && !notes.includes(attrs.value.trim())) notes.push(attrs.value.trim());
        if (foreign) { if (codeDepth > 0) codeDepth++; return; }
        if (codeDepth === 0 && COUNTED.has(name)) {
          if (mrkMid !== null) mrkCodes.set(mrkMid, (mrkCodes.get(mrkMid) ?? 0) + 1);
          else if (capture !== "seg-source") { codes++; partCodes++; }
        }
        if (codeDepth > 0) codeDepth++;
        // (Trados Studio's tracked deletion, <mrk mtype="x-sdl-deleted">: text no longer in the segment)
        else if (CODE.has(name) || (name === "mrk" && attrs.mtype === "x-sdl-deleted")) codeDepth = 1;
        else if (name === "cp") {
          const cp = parseInt(attrs.hex ?? "", 16);
          if (!Number.isFinite(cp)) throw new ParseError("xliff-bad-cp", { file, line, hex: attrs.hex ?? "" });
          buf += String.fromCodePoint(cp);
          if (mrkMid !== null) mrkText += String.fromCodePoint(cp);
        }
        return;
      }
      if (version === 0) {
        if (name !== "xliff") throw new ParseError("xliff-not-xliff", { file, line, element: name });
        phrase = Object.values(attrs).includes(NS_PHRASE);
        const v = attrs.version ?? "";
        if (v.startsWith("2.")) { version = 2; checkLangs(attrs.srcLang, attrs.trgLang, line); rootTrg = attrs.trgLang; }
        else if (v.startsWith("1.")) version = 1;
        else throw new ParseError("xliff-version", { file, line, version: v });
        return;
      }
      if (version === 1 && name === "context-group" && inUnit && /^selaras(?:-|$)/.test(attrs.name ?? "")) { selarasContext = true; return; }
      // (an element inside a note, which no XLIFF schema allows: left out with its text)
      if (noteText !== null) { skip = 1; return; }
      // (a unit's notes: 1.2's <note> in the <trans-unit>, 2.0's <notes><note> in the <unit>; not those of an <alt-trans>, a <file> or a <segment>)
      if (inUnit && noteText === null && (name === "note" || (name === "notes" && version === 2))) {
        if (name === "note") noteText = attrs.from ? `${attrs.from}: ` : "";
        return;
      }
      // (memoQ's comments, <mq:comments><mq:comment creatoruser="…">: a note each, its author before it as a
      // 1.2 note's `from`; one memoQ shows as deleted is not)
      if (inUnit && version === 1 && name === "comment" && ns === NS_MEMOQ) {
        if (attrs.deleted?.toLowerCase() === "true") skip = 1;
        else noteText = attrs.creatoruser?.trim() ? `${attrs.creatoruser.trim()}: ` : "";
        return;
      }
      if (SKIP_TREE.has(name) && !(version === 2 && name === "header")) {
        skip = 1;
        if (name === "originalData" && inUnit) { dataMarkup = new MarkupBuilder(); dataMarkup.open(name, attrs); }
        return;
      }
      switch (name) {
        case "file":
        case "group":
          // (translate="no" on a file or group holds for the units in it, unless one says otherwise)
          translateNo.push(attrs.translate === undefined ? translateNo[translateNo.length - 1] ?? false : attrs.translate === "no");
          if (name === "group") return;
          fileDoc = attrs.original ?? "";
          if (version === 1) { checkLangs(attrs["source-language"], attrs["target-language"], line); fileTrg = attrs["target-language"]; }
          return;
        case "unit":
        case "trans-unit":
          if (attrs.restype === GETTEXT_HEADER) { skip = 1; return; }
          inUnit = true; unitLine = line; unitAttrs = attrs; unitMarks = version === 1 ? toolMarks(attrs, scope) : {}; hasSegment = version === 1;
          unitNo = attrs.translate === undefined ? translateNo[translateNo.length - 1] ?? false : attrs.translate === "no";
          source = ""; target = ""; metas = []; notes = []; noteText = null; hasSelaras = false; state = undefined; subState = undefined; qualifier = undefined; targetTrg = undefined;
          sourceLine = 0; targetLine = 0; badTargetLang = undefined;
          badState = version === 1 && attrs.approved !== undefined && !APPROVED.includes(attrs.approved)
            ? { line, element: name, attribute: "approved", value: attrs.approved, allowed: allowed(APPROVED, false) } : undefined;
          partSource = ""; partTarget = undefined; isIgnorable = false;
          segments = []; ignorables = []; mrkSource = []; mrkTarget = new Map(); sdlConf = new Map(); sdlMarks = new Map(); sdlSeg = null; sdlValue = null; codes = 0; mrkCodes = new Map();
          mrkSourceMarkup = new Map(); mrkTargetMarkup = new Map(); partSrcMarkup = null; partTrgMarkup = null;
          srcMarkup = null; trgMarkup = null; segSrcMarkup = null; data = ""; parts = 0;
          return;
        case "segment":
        case "ignorable":
          if (!inUnit) return;
          isIgnorable = name === "ignorable";
          segAttrs = attrs;
          if (!isIgnorable) {
            if (attrs.state !== undefined && !STATES_20.includes(attrs.state)) badState ??= { line, element: name, attribute: "state", value: attrs.state, allowed: allowed(STATES_20, false) };
            if (!hasSegment) { state = attrs.state; subState = attrs.subState; }
            hasSegment = true;
          }
          partSource = ""; partTarget = undefined; partCodes = 0;
          return;
        case "source":
        case "target":
        case "seg-source":
          if (!inUnit) return;
          if (name === "source" && sourceLine === 0) sourceLine = line;
          if (name === "target" && targetLine === 0) targetLine = line;
          if (version === 1 && name === "target" && state === undefined) { state = attrs.state; }
          if (version === 1 && name === "target" && qualifier === undefined) qualifier = attrs["state-qualifier"];
          if (version === 1 && name === "target" && attrs.state !== undefined && !STATES_12.includes(attrs.state) && !attrs.state.startsWith("x-")) {
            badState ??= { line, element: name, attribute: "state", value: attrs.state, allowed: allowed(STATES_12, true) };
          }
          if (name === "target" && isEnglish(attrs["xml:lang"])) targetTrg = attrs["xml:lang"];
          // (a target that says it is in another language than English — a German translation left in
          // an English file — is no English translation; refused, never stored as one)
          else if (name === "target" && attrs["xml:lang"] && !isEnglish(attrs["xml:lang"])) badTargetLang ??= { line, lang: attrs["xml:lang"] };
          capture = name; buf = ""; codeDepth = 0; gap = false;
          partMarkup = null; shown = []; foreignOpen = []; hidden = 0;
          return;
        case "seg":
          // Trados Studio (SDLXLIFF): <sdl:seg-defs><sdl:seg id="<mid>" conf="Translated"/>
          if (inUnit && version === 1 && attrs.id !== undefined) { sdlConf.set(attrs.id, attrs.conf ?? ""); if (ns === NS_SDL) sdlSeg = attrs.id; }
          return;
        case "value":
          // (<sdl:value key="last_modified_by"> … in an <sdl:seg>: who changed the sentence, and when)
          if (sdlSeg !== null && ns === NS_SDL && attrs.key !== undefined) sdlValue = { key: attrs.key, text: "" };
          return;
        case "metaGroup":
          metaGroupDepth++;
          if (selarasGroup === 0 && attrs.category === "selaras") selarasGroup = metaGroupDepth;
          return;
        case "meta":
          if (inUnit && selarasGroup > 0) { hasSelaras = true; metaType = attrs.type ?? ""; metaText = ""; }
          return;
        case "context":
          if (selarasContext && attrs["context-type"]?.startsWith("x-selaras-")) { hasSelaras = true; metaType = attrs["context-type"].slice(10); metaText = ""; }
          return;
        default:
          return;
      }
    },
    close(name) {
      if (skip > 0) {
        skip--;
        if (dataMarkup) { dataMarkup.close(name); if (skip === 0) { data = dataMarkup.value; dataMarkup = null; } }
        return;
      }
      if (capture) {
        // (the capture element itself was never pushed: show is then undefined, and it is not closed in the markup)
        const show = shown.pop();
        const foreign = foreignOpen.pop() === true;
        if (hidden > 0) hidden--;
        if (partMarkup && show === true) partMarkup.close(name);
        if (mrkMid !== null) {
          if (mrkDepth === 0) {
            if (capture === "seg-source") { mrkSource.push([mrkMid, mrkText]); mrkSourceMarkup.set(mrkMid, mrkMarkup.value); }
            else if (!mrkTarget.has(mrkMid)) { mrkTarget.set(mrkMid, mrkText); mrkTargetMarkup.set(mrkMid, mrkMarkup.value); }
            mrkMid = null;
            return;
          }
          if (show === true) mrkMarkup.close(name);
          mrkDepth--;
        }
        if (codeDepth > 0) { codeDepth--; if (codeDepth === 0 && PLACEHOLDER.has(name) && !foreign) gap = true; return; }
        if (name !== capture || foreign) return;
        if (capture === "source") { partSource = buf; srcMarkup = partSrcMarkup = partMarkup?.value ?? null; }
        else if (capture === "target") { partTarget = buf; trgMarkup = partTrgMarkup = partMarkup?.value ?? null; }
        else segSrcMarkup = partMarkup?.value ?? null;
        partMarkup = null;
        capture = null;
        return;
      }
      switch (name) {
        case "note":
        case "comment":
          if (noteText !== null) { notes.push(noteText); noteText = null; }
          return;
        case "seg":
          sdlSeg = null;
          return;
        case "value":
          if (sdlValue && sdlSeg !== null) {
            const marks = sdlMarks.get(sdlSeg) ?? {};
            marks[sdlValue.key] = sdlValue.text;
            sdlMarks.set(sdlSeg, marks);
          }
          sdlValue = null;
          return;
        case "segment":
        case "ignorable":
          if (inUnit) finishPart();
          return;
        case "metaGroup":
          if (selarasGroup === metaGroupDepth) selarasGroup = 0;
          metaGroupDepth--;
          return;
        case "meta":
        case "context":
          if (metaType !== null) { metas.push([metaType, metaText]); metaType = null; }
          return;
        case "file":
        case "group":
          translateNo.pop();
          return;
        case "context-group":
          selarasContext = false;
          return;
        case "unit":
        case "trans-unit":
          inUnit = false;
          if (version === 1) finishPart();
          scope(endUnit);
          return;
        default:
          return;
      }
    },
    text(t) {
      // (white space between the <data> elements of <originalData> is layout; inside one it is the code)
      if (skip > 0) { if (dataMarkup && (skip > 1 || t.trim() !== "")) dataMarkup.text(t); return; }
      if (capture) {
        if (hidden === 0) { partMarkup?.text(t); if (mrkMid !== null) mrkMarkup.text(t); }
        if (codeDepth > 0) return;
        if (gap) {
          gap = false;
          if (mrkMid !== null) mrkText += afterPlaceholder(mrkText, t);
          buf += afterPlaceholder(buf, t);
          return;
        }
        buf += t;
        if (mrkMid !== null) mrkText += t;
      }
      else if (metaType !== null) metaText += t;
      else if (noteText !== null) noteText += t;
      else if (sdlValue) sdlValue.text += t;
    },
  });
  /** The end of a `<unit>`/`<trans-unit>`: its units, or its refusal (ReadOptions.onRefused). */
  function endUnit(): void {
    if (!hasSegment) return;
    // (a status attribute of a value the standard does not define: the status it means cannot be
    // told, and guessing could store a draft as confirmed; a unit not to be translated has none to tell)
    if (badState && !unitNo) throw new ParseError("xliff-bad-state", { file, ...badState, version: version === 1 ? "1.2" : "2.0" });
    if (badTargetLang && !unitNo) throw new ParseError("xliff-target-lang", { file, ...badTargetLang });
    // Content marked not to be translated (translate="no") has no translation: a copy of the
    // source in its target is not one.
    if (unitNo) target = "";
    // (nor is a copy of the source under a state that says it is still to be translated: untranslatedCopy)
    if (!hasSelaras && untranslatedCopy(state, unitMarks, source, target)) target = "";
    // Another tool's unit cut into sentences (1.2: <seg-source> with <mrk mtype="seg">, as Trados
    // Studio, Okapi and memoQ write it; 2.0: several <segment>s): one unit per sentence, each with
    // its own state; a sentence without a target stays untranslated.
    // A target not cut into sentences for a source that is (a tool that kept the paragraph whole)
    // is read as one unit, the whole <source> with the whole <target> (the import finds the run of
    // sentences it translates); a target sentence no source sentence has is refused, not dropped.
    const wholeTarget = version === 1 && mrkSource.length > 1 && mrkTarget.size === 0 && target.trim() !== "" && !unitNo;
    if (version === 1 && !unitNo) {
      const mids = new Set(mrkSource.map(([mid]) => mid));
      const stray = [...mrkTarget].find(([mid, text]) => !mids.has(mid) && text.trim() !== "");
      if (stray && mrkSource.length > 0) throw new ParseError("xliff-seg-unmatched", { file, line: unitLine, mid: stray[0] });
      // (text of a segmented target in none of its sentences, and not the source's own text between
      // sentences a tool copied there: English no unit would carry, refused rather than dropped)
      if (mrkSource.length > 0 && mrkTarget.size > 0 && trgMarkup) {
        const outside = textOutside(trgMarkup, CODE);
        if (outside !== "" && outside !== textOutside(segSrcMarkup ?? "", CODE)) throw new ParseError("xliff-seg-outside", { file, line: unitLine, text: outside.length > 60 ? `${outside.slice(0, 59)}…` : outside });
      }
    }
    // (a 2.0 unit of one segment with ignorables around it is read as its segment, so that it keeps its
    // codes, those of its ignorables with them, as a unit of several segments does)
    const oneWithIgnorables = version === 2 && segments.length === 1 && parts > 1;
    if (!hasSelaras && !wholeTarget && (mrkSource.length > 0 || segments.length > 1 || oneWithIgnorables)) { sentences(); return; }
    /** A Phrase unit's codes as XLIFF 1.2 codes (phraseText), when it has no XML element of its own. */
    let phraseMarkup: UnitMarkup | undefined;
    if (phrase) {
      const s = phraseText(source);
      const t = phraseText(target);
      if (srcMarkup === null && trgMarkup === null && s.codes + t.codes > 0) phraseMarkup = { dialect: "xliff12", source: s.markup, target: t.markup };
      source = s.text; target = t.text; codes += s.codes + t.codes;
    }
    const meta = (t: string) => metas.find(([k]) => k === t)?.[1];
    // (a unit of Selaras cut into several segments by a tool and translated only in part is no
    // translation of the whole: a draft)
    const partial = target !== "" && segments.some((g) => !g.target && g.source.trim() !== "");
    onUnit(accept({
      id: hasSelaras ? meta("id") ?? "" : unitAttrs.id ?? "",
      // (a 1.2 file written by Selaras names a unit without a document `original="selaras"`)
      document: meta("document") ?? (hasSelaras && version === 1 ? "" : fileDoc),
      segments: metas.filter(([k]) => k === "segment").map(([, v]) => v),
      source,
      target,
      // (the status Selaras wrote, unless a tool changed the marks written for it: status12, status20;
      // a 1.2 target a reviewer rejected, a draft: rejectedDraft)
      ...rejectedDraft(unitNo ? "" : partial ? "draft" : !hasSelaras ? (toolStatus(unitMarks, target) ?? (version === 1 && (copiedSource(state, unitAttrs.approved === "yes", source, target) || suggestionOnly(state, unitAttrs.approved === "yes", qualifier, target)) ? "draft"
        : statusFromState(version === 2 ? state ?? "initial" : state, subState, unitAttrs.approved === "yes", target)))
        : version === 1 ? status12(meta("status") ?? "", state, unitAttrs.approved === "yes", target)
        : status20(meta("status") ?? (subState?.startsWith("selaras:") ? subState.slice(8) : ""), state, target), version === 1 ? qualifier : undefined),
      author: meta("author") ?? (target ? unitMarks.author ?? "" : ""),
      changed: meta("changed") ?? (target ? unitMarks.changed ?? "" : ""),
      ...noteField(joinNotes(notes)),
      ...(codes > 0 ? { codes } : {}),
      ...(codes > 0 && !unitNo && parts === 1 && target !== "" && (!phrase || phraseMarkup) ? { markup: phraseMarkup ?? unitMarkup() } : {}),
    }, { file, line: unitLine, lines: { ...(sourceLine ? { source: sourceLine } : {}), ...(targetLine ? { target: targetLine } : {}) } }));
  }
  return {
    write(_part, chunk) { xml.write(chunk); },
    end() {
      xml.end();
      if (version === 0) throw new ParseError("xliff-not-xliff", { file, line: xml.line, element: "" });
    },
  };
}

/**
 * A 2.0 unit's status: the one Selaras wrote (its `status` meta, also `subState="selaras:<status>"`)
 * while the state is still the one it wrote for it; a tool that confirmed or reopened the unit changed
 * the state (and, as XLIFF 2.0 requires, removed or updated the subState), and the state gives it then.
 */
function status20(written: string, state: string | undefined, target: string): string {
  if (state20(written, target) === (state ?? "")) return written;
  return statusFromState(state ?? "initial", undefined, false, target);
}

/** A 1.2 unit's status: the one Selaras wrote while the marks are still those it wrote, else the marks'. */
function status12(written: string, state: string | undefined, approved: boolean, target: string): string {
  if (target === "") return written;
  const marks = xliff12Marks(written, target);
  if ((state ?? "") === marks.state && approved === marks.approved) return written;
  return statusFromState(state, undefined, approved, target);
}

export const xliff: Format = {
  id: ID,
  extensions: [".xlf", ".xliff"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader,
};

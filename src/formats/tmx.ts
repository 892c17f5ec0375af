/**
 * TMX 1.4b. One `<tu>` per unit: `tuid` = unit id, `creationid`/`changeid` = author, `changedate`,
 * `<prop>`s `x-document`, `x-segment` (one per segment reference), `x-status`, `x-author`, then
 * `<tuv xml:lang="id">` and `<tuv xml:lang="en">` (WriteOptions.targetLang: `en-GB`…). Characters XML 1.0 forbids cannot be written
 * (FormatError). Reading accepts any TMX whose `srclang` is Indonesian (or `*all*`; any with
 * `sourceIsIndonesian`): the `id` and `en` variants of each `<tu>`; inline codes (bpt, ept, it,
 * ph, ut) are dropped, `hi` keeps its text (a `<tu>` with two Indonesian variants of different texts is refused), a `<ph>` between two words leaves a space (afterPlaceholder);
 * the unit's `codes` counts them. A `<note>` goes after the `<prop>`s (the unit's note); reading, the
 * `<note>`s of the `<tu>` and of its `<tuv>`s are the unit's note (joinNotes).
 * The author and date are the target `<tuv>`'s (`changeid`, `changedate`, else `creationid`,
 * `creationdate`: OmegaT writes them there), else the `<tu>`'s; without Selaras' `x-status`, Trados
 * Studio's `<prop type="x-ConfirmationLevel">` gives the status (tmxStatus).
 * A header naming another source language (OPUS' `srclang="en"` for an en-id corpus) is read by the
 * `<tuv>`s' own languages, as `*all*` is, unless the first `<tu>` has no Indonesian variant
 * (tmx-srclang-no-source). Translate Toolkit writes `srclang="en"` whatever the real source language, so
 * a TMX it created is accepted when the first `<tuv>` of every `<tu>` is Indonesian.
 */
import { ParseError } from "../errors";
import { createTmxFastPath } from "./tmx-fast";
import { createXmlStream, type XmlStream } from "./xml";
import { MarkupBuilder } from "./markup";
import {
  afterPlaceholder, checkUnit, checkXmlChars, isEnglish, isIndonesian, joinNotes, noteField, tmxChanged, tmxStatus, toTmxDate, unitScope, variantField, variantKey, xmlAttr, xmlText,
} from "./text";
import type { Format, ParallelUnit, ReadOptions, Sink, UnitReader, UnitWriter, WriteOptions } from "./types";

const ID = "tmx";

function createWriter(sink: Sink, options: WriteOptions): UnitWriter {
  const created = options.created ? ` creationdate="${toTmxDate(options.created)}"` : "";
  const targetLang = xmlAttr(options.targetLang ?? "en");
  sink("main",
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
    '<tmx version="1.4">\n' +
    `  <header creationtool="${xmlAttr(options.tool)}" creationtoolversion="${xmlAttr(options.toolVersion)}"` +
    ` segtype="sentence" o-tmf="selaras" adminlang="en" srclang="id" datatype="plaintext"${created}/>\n` +
    "  <body>\n");
  return {
    write(u: ParallelUnit) {
      checkUnit(u, ID);
      checkXmlChars(u, ID);
      let s = "    <tu";
      if (u.id) s += ` tuid="${xmlAttr(u.id)}"`;
      if (u.author) s += ` creationid="${xmlAttr(u.author)}" changeid="${xmlAttr(u.author)}"`;
      if (u.changed) s += ` changedate="${toTmxDate(u.changed)}"`;
      s += ">\n";
      if (u.document) s += `      <prop type="x-document">${xmlText(u.document)}</prop>\n`;
      for (const ref of u.segments) s += `      <prop type="x-segment">${xmlText(ref)}</prop>\n`;
      if (u.status) s += `      <prop type="x-status">${xmlText(u.status)}</prop>\n`;
      if (u.author) s += `      <prop type="x-author">${xmlText(u.author)}</prop>\n`;
      if (u.note) s += `      <note>${xmlText(u.note)}</note>\n`;
      // (a unit read from a TMX with inline codes: its <seg>s as written, codes and all; markup.ts)
      const m = u.markup?.dialect === "tmx" ? u.markup : undefined;
      s += `      <tuv xml:lang="id"><seg>${m ? m.source : xmlText(u.source)}</seg></tuv>\n`;
      s += `      <tuv xml:lang="${targetLang}"><seg>${m ? m.target : xmlText(u.target)}</seg></tuv>\n`;
      s += "    </tu>\n";
      sink("main", s);
    },
    end() {
      sink("main", "  </body>\n</tmx>\n");
    },
  };
}

/** Inline elements whose content is native code, not text. */
const CODE = new Set(["bpt", "ept", "it", "ph", "ut"]);
/** Inline elements a unit's `codes` counts: the codes, and `<hi>` (its text is kept, its formatting not). */
const COUNTED = new Set([...CODE, "hi"]);

function createReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  return createTmxReader(onUnit, options);
}

/**
 * The TMX reader: saxes (the parser of record, createTmxParser) with the fast path for plain `<tu>`
 * blocks in front of it (./tmx-fast.ts).
 */
export function createTmxReader(onUnit: (u: ParallelUnit) => void, options: ReadOptions): UnitReader {
  const parser = createTmxParser(onUnit, options);
  const input = createTmxFastPath(parser.xml, parser.atBodyLevel, parser.firstTuvIsSource, onUnit, options.check, parser.sawEnglish, options.targetLang);
  return {
    write(_part, chunk) { input.write(chunk); },
    end() { input.end(); parser.checkComplete(); },
  };
}

/** What the fast path needs of the saxes reader, and the check that ends a document. */
export interface TmxParser {
  /** Feed it the document (or what the fast path leaves of it). */
  readonly xml: XmlStream;
  /** Does saxes stand between two elements of the body (after `<body>` or a `</tu>` in it)? */
  atBodyLevel(): boolean;
  /** Is the first `<tuv>` the source (from the header's srclang)? */
  firstTuvIsSource(): boolean;
  /** A unit with an English target was read (by the fast path). */
  sawEnglish(): void;
  /**
   * After the end of input: throws tmx-not-tmx when there was no TMX root or header, tmx-no-english
   * when no unit had an English variant but some had another language's (`de` for `en`: every unit
   * would be read as one without a target).
   */
  checkComplete(): void;
}

/** The TMX reader on saxes alone: every unit, header and error as saxes reads them. */
export function createTmxParser(onUnit: (u: ParallelUnit) => void, options: ReadOptions): TmxParser {
  const file = options.files.main ?? "";
  const accept = options.check ?? ((u) => u);
  const scope = unitScope(options.onRefused);
  let sawRoot = false;
  let sawHeader = false;
  let srclang = "";
  let firstTuvIsSource = false;
  /**
   * The header declares another source language than Indonesian (OPUS writes the first of its two
   * languages in alphabetical order, `srclang="en"`; a TM kept the other way round): the `<tuv>`s say
   * their own languages, so the `id` one is read as the source, as in a multilingual TM — unless the
   * first `<tu>` has none, and the header was right (tmx-srclang-no-source, the whole file). `headerLine` for it.
   */
  let srclangOther = false;
  let headerLine = 0;
  /** A `<tu>` with an Indonesian variant was read (by saxes or the fast path). */
  let sawSourceTu = false;
  let tuvCount = 0;
  // The languages of the variants: was there English, and which others (a few, for the message)?
  let sawEnglish = false;
  const others = new Set<string>();
  // Current <tu>
  let inTu = false;
  let tuLine = 0;
  let tuAttrs: Readonly<Record<string, string>> = {};
  let props: Array<[string, string]> = [];
  /** The line of each `<prop>` (by type, the first) and of the Indonesian `<tuv>`, for a refusal naming the field's own line. */
  let propLines = new Map<string, number>();
  let sourceLine = 0;
  let tuvLine = 0;
  /** The `<tu>`'s notes and its `<tuv>`s', in order, and the note being read. */
  let notes: string[] = [];
  let inNote = false;
  let noteText = "";
  let source: string | undefined;
  /** The first Indonesian variant's language, and the languages of two Indonesian variants of different texts. */
  let sourceLang = "";
  let sourceTwice: string | undefined;
  /** The unit's English variants, in order: a `<tu>` holding several is told apart by ReadOptions.targetLang, else refused. */
  let english: Array<{ lang: string; text: string; attrs: Readonly<Record<string, string>>; codes: number; markup: string | null; line: number }> = [];
  /**
   * The source `<seg>` as written (markup.ts), and the current `<seg>`'s: built from its first
   * element on (the text before it is segText as read); null for a `<seg>` of text alone.
   */
  let sourceMarkup: string | null = null;
  let segMarkup: MarkupBuilder | null = null;
  // Current <prop> / <seg>
  let propType: string | null = null;
  let propText = "";
  let tuvLang: string | undefined;
  let tuvAttrs: Readonly<Record<string, string>> = {};
  let inSeg = false;
  let segText = "";
  let codeDepth = 0;
  /** Inline codes dropped from the current `<seg>`, and from the unit's source and target. */
  let segCodes = 0;
  let codes = 0;
  /** A `<ph>` was just dropped: the next text may need a space before it (afterPlaceholder). */
  let gap = false;

  // Where saxes stands (for the fast path, ./tmx-fast.ts): element depth and the last element event.
  let depth = 0;
  let lastOpen = false;
  let lastName = "";
  let lastLine = -1;
  let lastColumn = -1;

  const xml = createXmlStream(file, {
    open(name, attrs, line) {
      depth++; lastOpen = true; lastName = name; lastLine = xml.line; lastColumn = xml.column;
      if (!sawRoot) {
        if (name !== "tmx") throw new ParseError("tmx-not-tmx", { file, line, element: name });
        sawRoot = true;
        return;
      }
      if (inSeg) {
        if (!segMarkup) { segMarkup = new MarkupBuilder(); segMarkup.text(segText); }
        segMarkup.open(name, attrs);
        if (codeDepth === 0 && COUNTED.has(name)) segCodes++;
        if (CODE.has(name) || codeDepth > 0) codeDepth++;
        return;
      }
      switch (name) {
        case "header": {
          sawHeader = true;
          srclang = attrs.srclang ?? "";
          if (srclang === "*all*" || isIndonesian(srclang) || options.sourceIsIndonesian) return;
          // Translate Toolkit (po2tmx up to 3.x at least) always writes srclang="en" whatever its
          // --source-language: trust its tuv order instead (checked on every <tu> below).
          if (attrs.creationtool === "Translate Toolkit" && isEnglish(srclang)) { firstTuvIsSource = true; return; }
          srclangOther = true; headerLine = line;
          return;
        }
        case "body":
          if (!sawHeader) throw new ParseError("tmx-not-tmx", { file, line, element: "header" });
          return;
        case "tu":
          inTu = true; tuLine = line; tuAttrs = attrs; props = []; propLines = new Map(); sourceLine = 0; notes = []; source = undefined; sourceTwice = undefined; english = []; sourceMarkup = null; tuvCount = 0; codes = 0;
          return;
        case "prop":
          if (inTu && tuvLang === undefined) { propType = attrs.type ?? ""; propText = ""; if (!propLines.has(propType)) propLines.set(propType, line); }
          return;
        case "note":
          // (the `<tu>`'s notes and its `<tuv>`s' alike: a translator's notes, none dropped)
          if (inTu) { inNote = true; noteText = ""; }
          return;
        case "tuv":
          if (!inTu) return;
          tuvLang = attrs["xml:lang"] ?? attrs.lang ?? "";
          tuvAttrs = attrs;
          tuvLine = line;
          if (firstTuvIsSource && tuvCount === 0 && !isIndonesian(tuvLang)) throw new ParseError("tmx-srclang", { file, line, srclang: tuvLang });
          if (isEnglish(tuvLang)) sawEnglish = true;
          else if (tuvLang !== "" && !isIndonesian(tuvLang) && others.size < 5) others.add(tuvLang);
          tuvCount++;
          return;
        case "seg":
          if (tuvLang !== undefined) { inSeg = true; segText = ""; codeDepth = 0; segCodes = 0; gap = false; segMarkup = null; }
          return;
        default:
          return;
      }
    },
    close(name) {
      depth--; lastOpen = false; lastName = name; lastLine = xml.line; lastColumn = xml.column;
      if (inSeg) {
        if (name !== "seg" || codeDepth > 0) segMarkup?.close(name);
        if (codeDepth > 0) { codeDepth--; if (codeDepth === 0 && name === "ph") gap = true; return; }
        if (name !== "seg") return;
        inSeg = false;
        if (isIndonesian(tuvLang)) {
          if (source === undefined) { source = segText; sourceLang = tuvLang!; sourceLine = tuvLine; codes += segCodes; sourceMarkup = segMarkup?.value ?? null; }
          // (another Indonesian text: which one the English translates cannot be told, so neither is taken)
          else if (segText.trim() !== source.trim()) sourceTwice ??= `${sourceLang}, ${tuvLang!}`;
        }
        else if (isEnglish(tuvLang)) english.push({ lang: tuvLang!, text: segText, attrs: tuvAttrs, codes: segCodes, markup: segMarkup?.value ?? null, line: tuvLine });
        return;
      }
      switch (name) {
        case "prop":
          if (propType !== null) { props.push([propType, propText]); propType = null; }
          return;
        case "note":
          if (inNote) { notes.push(noteText); inNote = false; }
          return;
        case "tuv":
          tuvLang = undefined;
          return;
        case "tu":
          inTu = false;
          scope(endTu);
          return;
        default:
          return;
      }
    },
    text(t) {
      if (inSeg) {
        segMarkup?.text(t);
        if (codeDepth > 0) return;
        if (gap) { gap = false; t = afterPlaceholder(segText, t); }
        segText += t;
      }
      else if (propType !== null) propText += t;
      else if (inNote) noteText += t;
    },
  });
  /** The end of a `<tu>`: its unit, or its refusal (ReadOptions.onRefused). */
  function endTu(): void {
    // (a header naming another source language, and the first <tu> without Indonesian: the header was right)
    if (source === undefined && srclangOther && !sawSourceTu) throw new ParseError("tmx-srclang-no-source", { file, line: headerLine, srclang, tu: tuLine });
    if (source === undefined) throw new ParseError("tmx-no-source", { file, line: tuLine });
    sawSourceTu = true;
    if (sourceTwice !== undefined) throw new ParseError("tmx-source-twice", { file, line: tuLine, variants: sourceTwice });
    // The target: the one English variant, or the one chosen (--target-lang); two that cannot be
    // told apart are refused, never one of them taken silently.
    const want = options.targetLang;
    const chosen = want === undefined ? english : english.filter((e) => variantKey(e.lang) === want);
    if (chosen.length > 1) {
      // (two of one variant: no --target-lang can tell them apart)
      const one = chosen.every((e) => variantKey(e.lang) === variantKey(chosen[0]!.lang));
      throw new ParseError(one ? "tmx-variant-twice" : "tmx-english-variants", {
        file, line: tuLine, variants: chosen.map((e) => e.lang).join(", "), first: chosen[0]!.lang, lang: chosen[0]!.lang,
      });
    }
    const t = chosen[0];
    const target = t?.text;
    const targetAttrs = t?.attrs ?? {};
    if (t) codes += t.codes;
    const prop = (t: string) => props.find(([k]) => k === t)?.[1];
    // (the line each field was read from: a refusal of it names that line, not the <tu>'s)
    const fromTarget = targetAttrs.changedate !== undefined || (tuAttrs.changedate === undefined && targetAttrs.creationdate !== undefined);
    const statusLine = propLines.get(prop("x-status") !== undefined ? "x-status" : "x-ConfirmationLevel");
    const lines = {
      source: sourceLine,
      ...(t ? { target: t.line } : {}),
      ...(statusLine !== undefined ? { status: statusLine } : {}),
      ...(fromTarget && t ? { changed: t.line } : {}),
    };
    onUnit(accept({
      id: tuAttrs.tuid ?? "",
      document: prop("x-document") ?? "",
      segments: props.filter(([k]) => k === "x-segment").map(([, v]) => v),
      source,
      target: target ?? "",
      status: prop("x-status") ?? tmxStatus(prop("x-ConfirmationLevel"), target ?? ""),
      // (the target variant's own author and dates, as OmegaT writes them, before the unit's)
      author: prop("x-author") ?? targetAttrs.changeid ?? targetAttrs.creationid ?? tuAttrs.changeid ?? tuAttrs.creationid ?? "",
      changed: tmxChanged(targetAttrs.changedate ?? tuAttrs.changedate, targetAttrs.creationdate ?? tuAttrs.creationdate),
      ...noteField(joinNotes(notes)),
      ...(codes > 0 ? { codes } : {}),
      ...(t ? variantField(t.lang) : {}),
      ...(codes > 0 && t ? { markup: { dialect: "tmx" as const, source: sourceMarkup ?? xmlText(source), target: t.markup ?? xmlText(t.text) } } : {}),
      ...(!t && english.length > 0 ? { otherVariant: english.map((e) => e.lang).join(", ") } : {}),
    }, { file, line: tuLine, lines }));
  }
  // …and that event came from the last characters saxes read (not from earlier input).
  const atBodyLevel = () => depth === 2 && lastLine === xml.line && lastColumn === xml.column && (lastOpen ? lastName === "body" : lastName === "tu");
  return {
    xml,
    atBodyLevel,
    firstTuvIsSource: () => firstTuvIsSource,
    // (a unit of the fast path has an Indonesian and an English variant)
    sawEnglish: () => { sawEnglish = true; sawSourceTu = true; },
    checkComplete() {
      if (!sawRoot || !sawHeader) throw new ParseError("tmx-not-tmx", { file, line: xml.line, element: sawRoot ? "tmx" : "" });
      if (!sawEnglish && others.size > 0) throw new ParseError("tmx-no-english", { file, languages: [...others].join(", ") });
    },
  };
}

export const tmx: Format = {
  id: ID,
  extensions: [".tmx"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader,
};

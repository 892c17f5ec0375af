/**
 * XLIFF 1.2 (writing; reading is xliff.ts's reader, which reads 1.2 and 2.0): the version most CAT
 * tools and Translate Toolkit read (Trados Studio, memoQ, OmegaT through Okapi, Poedit, Weblate).
 * Valid against the OASIS `xliff-core-1.2-strict.xsd`.
 *
 * One `<file original="<document>" source-language="id" target-language="en" datatype="plaintext">`
 * per document (a new one whenever the document changes), one `<trans-unit>` per unit with
 * `xml:space="preserve"`: `<source>`, `<target state="…">` (none for an empty target), and Selaras'
 * own fields in `<context-group name="selaras-<unit id>" purpose="information">` as `<context
 * context-type="x-selaras-id|document|segment|status|author|changed">`, then the unit's note as `<note>`. Target state from status:
 * draft and aligned → needs-review-translation, translated → translated, reviewed → signed-off,
 * anything else → translated; a confirmed unit (translated, reviewed) is `approved="yes"` (tools such as
 * Translate Toolkit read an unapproved target as fuzzy). XLIFF 1.2 has no escape for a character XML 1.0
 * forbids: such a unit is refused (FormatError), as in TMX. An export without units holds one empty
 * `<file>`. On reading, the status Selaras wrote holds while the state and approval are still those it
 * wrote for it; a tool that confirmed a draft (`state="translated"`, `approved="yes"`) or reopened a
 * unit changed them, and they give the status then.
 */
import { checkUnit, checkXmlChars, xmlAttr, xmlText } from "./text";
import { xliff, xliff12Marks, xliffFiles } from "./xliff";
import type { Format, ParallelUnit, Sink, UnitWriter, WriteOptions } from "./types";

const ID = "xliff12";
const NS = "urn:oasis:names:tc:xliff:document:1.2";

function fileOpen(document: string, options: WriteOptions): string {
  return `  <file original="${xmlAttr(document || "selaras")}" source-language="id" target-language="${xmlAttr(options.targetLang ?? "en")}" datatype="plaintext">\n`
    + `    <header>\n      <tool tool-id="${xmlAttr(options.tool)}" tool-name="${xmlAttr(options.tool)}" tool-version="${xmlAttr(options.toolVersion)}"/>\n    </header>\n`
    + "    <body>\n";
}

function createWriter(sink: Sink, options: WriteOptions): UnitWriter {
  sink("main", `<?xml version="1.0" encoding="UTF-8"?>\n<xliff version="1.2" xmlns="${NS}">\n`);
  const place = xliffFiles();
  return {
    write(u: ParallelUnit) {
      checkUnit(u, ID);
      checkXmlChars(u, ID);
      let s = "";
      // (trans-unit ids are NMTOKENs, unique in their file)
      const { newFile, unitId } = place.next(u);
      if (newFile) {
        if (place.files > 1) s += "    </body>\n  </file>\n";
        s += fileOpen(u.document, options);
      }
      // (approved: a confirmed unit — Translate Toolkit, as many tools, reads an unapproved target as fuzzy)
      const marks = xliff12Marks(u.status, u.target);
      const approved = marks.approved ? ' approved="yes"' : "";
      s += `      <trans-unit id="${unitId}"${approved} xml:space="preserve">\n`;
      // (a unit read from an XLIFF 1.2 with inline codes: its source and target as written; markup.ts)
      const m = u.markup?.dialect === "xliff12" ? u.markup : undefined;
      s += `        <source>${m ? m.source : xmlText(u.source)}</source>\n`;
      if (u.target !== "") s += `        <target state="${marks.state}">${m ? m.target : xmlText(u.target)}</target>\n`;
      const contexts: Array<[string, string]> = [["id", u.id]];
      if (u.document) contexts.push(["document", u.document]);
      for (const ref of u.segments) contexts.push(["segment", ref]);
      if (u.status) contexts.push(["status", u.status]);
      if (u.author) contexts.push(["author", u.author]);
      if (u.changed) contexts.push(["changed", u.changed]);
      // (a context-group's name is unique in its file)
      s += `        <context-group name="selaras-${unitId}" purpose="information">\n`;
      for (const [type, value] of contexts) s += `          <context context-type="x-selaras-${type}">${xmlText(value)}</context>\n`;
      s += "        </context-group>\n";
      if (u.note) s += `        <note>${xmlText(u.note)}</note>\n`;
      s += "      </trans-unit>\n";
      sink("main", s);
    },
    end() {
      if (place.files === 0) sink("main", fileOpen("", options));
      sink("main", "    </body>\n  </file>\n</xliff>\n");
    },
  };
}

export const xliff12: Format = {
  id: ID,
  // (the pipeline's `corpus.xliff12.xlf`; any other .xlf file is read by xliff, which reads both versions)
  extensions: [".xliff12.xlf"],
  parts: ["main"],
  optionalParts: [],
  multiline: true,
  partPaths: (file) => ({ main: file }),
  createWriter,
  createReader: xliff.createReader,
};

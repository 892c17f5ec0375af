/**
 * The fast path of the TMX reader. Inside `<body>`, a `<tu>` written the plain way most tools write
 * it — attributes in double quotes, `<prop type="…">` elements, then exactly two
 * `<tuv xml:lang="…"><seg>…</seg></tuv>`, text with the predefined entities and character
 * references only — is recognised by one anchored regular expression and turned into a unit
 * directly. Such a block is well-formed by construction (it is exactly the grammar the expression
 * spells out, and the characters of every chunk were checked before), so it does not go through
 * saxes, which only sees as many line breaks in its place (its line numbers stay right).
 *
 * Everything else goes to saxes exactly as it came: the prolog and header, any `<tu>` the
 * expression does not match (inline codes, notes, other attributes, single quotes, an error…),
 * whatever follows `</body>`. The fast path is used only while saxes is known to stand between two
 * elements of the body (the last event was `<body>` or the end of a `<tu>`, only white space since),
 * and it stops for good at anything else: a comment, text, a CR (XML would normalise it), a
 * character XML forbids or a lone surrogate in a chunk. So the units, their order, every error and
 * its line are the same as reading with saxes alone (test/formats/tmx-fast.test.ts checks this on
 * thousands of generated and mutated files).
 */
import type { ParallelUnit, ReadOptions } from "./types";
import { MAX_ATTRIBUTES } from "../xml/safe";
import { isEnglish, isIndonesian, isWellFormed, tmxChanged, tmxStatus, variantField, variantKey, XML_FORBIDDEN } from "./text";

const SP = "[ \\t\\n]";
const NAME = "[A-Za-z_][A-Za-z0-9._:-]*";
/** A double-quoted attribute value XML would not normalise (references allowed). */
const VAL = '[^"<&\\t\\n]*(?:&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});[^"<&\\t\\n]*)*';
/** Character data: no markup, references only (unrolled loop: no backtracking). */
const TEXT = "[^<&]*(?:&(?:lt|gt|amp|quot|apos|#[0-9]{1,7}|#x[0-9a-fA-F]{1,6});[^<&]*)*";
const TUV = `${SP}*<tuv${SP}+xml:lang${SP}*=${SP}*"(${VAL})"${SP}*>${SP}*<seg>(${TEXT})</seg>${SP}*</tuv>`;
/** A whole `<tu>` block, matched where it starts (sticky). */
const BLOCK = new RegExp(
  `<tu((?:${SP}+${NAME}${SP}*=${SP}*"${VAL}")*)${SP}*>` +
  `((?:${SP}*<prop${SP}+type${SP}*=${SP}*"${VAL}"${SP}*>${TEXT}</prop>)*)` +
  `${TUV}${TUV}${SP}*</tu>`, "y");
const ATTR = new RegExp(`${SP}+(${NAME})${SP}*=${SP}*"(${VAL})"`, "g");
const PROP = new RegExp(`<prop${SP}+type${SP}*=${SP}*"(${VAL})"${SP}*>(${TEXT})</prop>`, "g");
const REF = /&(?:(lt|gt|amp|quot|apos)|#([0-9]{1,7})|#x([0-9a-fA-F]{1,6}));/g;
const PREDEFINED: Record<string, string> = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" };

/**
 * The most characters of a `<tu>` the fast path waits for the end of (far above a unit at the limits:
 * two texts of 100,000 characters, their references spelt out, and its properties).
 */
const FAST_PENDING_MAX = 4 * 1024 * 1024;
const SPACES = " ".repeat(65536);

const isXmlChar = (c: number): boolean =>
  c === 0x9 || c === 0xa || c === 0xd || (c >= 0x20 && c <= 0xd7ff) || (c >= 0xe000 && c <= 0xfffd) || (c >= 0x10000 && c <= 0x10ffff);

/** Character data with its references decoded; undefined when saxes would refuse it. */
function text(s: string): string | undefined {
  return s.includes("]]>") ? undefined : refs(s);
}

/** References decoded; undefined when one is not an XML character. */
function refs(s: string): string | undefined {
  if (!s.includes("&")) return s;
  let ok = true;
  const out = s.replace(REF, (_m, name: string | undefined, dec: string | undefined, hex: string | undefined) => {
    if (name) return PREDEFINED[name]!;
    const c = dec !== undefined ? parseInt(dec, 10) : parseInt(hex!, 16);
    if (!isXmlChar(c)) { ok = false; return ""; }
    return String.fromCodePoint(c);
  });
  return ok ? out : undefined;
}

/**
 * The unit of the `<tu>` block starting at `at` in `s` and the offset just after it, or undefined
 * when the block is for saxes (or not complete in `s`).
 */
export function fastUnit(s: string, at: number, firstTuvIsSource: boolean, check?: ReadOptions["check"], targetLang?: string, line = 0): { unit: ParallelUnit; end: number } | undefined {
  BLOCK.lastIndex = at;
  let m: RegExpExecArray | null;
  try {
    m = BLOCK.exec(s);
  } catch (e) {
    // a `<tu>` of hundreds of thousands of attributes exhausts the expression's backtracking stack
    // (V8 throws RangeError): saxes reads it, and refuses what is wrong with it
    if (e instanceof RangeError) return undefined;
    throw e;
  }
  if (!m) return undefined;
  const end = BLOCK.lastIndex;
  let tuid: string | undefined;
  let changeid: string | undefined;
  let creationid: string | undefined;
  let changedate: string | undefined;
  let creationdate: string | undefined;
  const list = m[1]!;
  if (list.length > 0) {
    const names = new Set<string>(); // (a Set: an array's includes was quadratic in the attributes)
    ATTR.lastIndex = 0;
    for (let a = ATTR.exec(list); a; a = ATTR.exec(list)) {
      const name = a[1]!;
      if (names.has(name)) return undefined; // duplicate attribute: an error for saxes to report
      names.add(name);
      if (names.size > MAX_ATTRIBUTES) return undefined; // too many: saxes refuses it (src/xml/safe.ts)
      switch (name) {
        case "tuid": tuid = refs(a[2]!); if (tuid === undefined) return undefined; break;
        case "changeid": changeid = refs(a[2]!); if (changeid === undefined) return undefined; break;
        case "creationid": creationid = refs(a[2]!); if (creationid === undefined) return undefined; break;
        case "changedate": changedate = refs(a[2]!); if (changedate === undefined) return undefined; break;
        case "creationdate": creationdate = refs(a[2]!); if (creationdate === undefined) return undefined; break;
        default: if (refs(a[2]!) === undefined) return undefined; break;
      }
    }
  }
  const langs = [refs(m[3]!), refs(m[5]!)];
  if (langs[0] === undefined || langs[1] === undefined) return undefined;
  const segs = [text(m[4]!), text(m[6]!)];
  if (segs[0] === undefined || segs[1] === undefined) return undefined;
  if (firstTuvIsSource && !isIndonesian(langs[0])) return undefined;
  let source: string | undefined;
  let target: string | undefined;
  let lang: string | undefined;
  for (let i = 0; i < 2; i++) {
    if (isIndonesian(langs[i])) { if (source === undefined) source = segs[i]; }
    else if (isEnglish(langs[i])) { if (target === undefined) { target = segs[i]; lang = langs[i]; } }
  }
  // (no English: saxes reads it, and tallies its languages for the file's check, TmxParser.checkComplete;
  // English in a variant other than the one chosen: saxes reads it without its target)
  if (source === undefined || target === undefined) return undefined;
  if (targetLang !== undefined && variantKey(lang!) !== targetLang) return undefined;
  let document: string | undefined;
  let status: string | undefined;
  let author: string | undefined;
  let confirmation: string | undefined;
  const segments: string[] = [];
  const props = m[2]!;
  PROP.lastIndex = 0;
  for (let p = props.length > 0 ? PROP.exec(props) : null; p; p = PROP.exec(props)) {
    const v = text(p[2]!);
    const type = refs(p[1]!);
    if (v === undefined || type === undefined) return undefined;
    switch (type) {
      case "x-document": document ??= v; break;
      case "x-segment": segments.push(v); break;
      case "x-status": status ??= v; break;
      case "x-author": author ??= v; break;
      case "x-ConfirmationLevel": confirmation ??= v; break;
      default: break;
    }
  }
  const unit: ParallelUnit = {
    id: tuid ?? "",
    document: document ?? "",
    segments,
    source,
    target: target ?? "",
    status: status ?? tmxStatus(confirmation, target),
    author: author ?? changeid ?? creationid ?? "",
    changed: tmxChanged(changedate, creationdate),
    ...variantField(lang),
  };
  if (!check) return { end, unit };
  // A unit the caller refuses (ReadOptions.check: an unknown status, a bad date…) goes to saxes,
  // whose reader refuses it again, naming the line of its <tu>.
  try {
    return { end, unit: check(unit, { file: "", line }) };
  } catch {
    return undefined;
  }
}

export interface TmxFastPath {
  /** Takes the next chunk of the file. */
  write(chunk: string): void;
  end(): void;
}

/**
 * Splits the input between the fast path and saxes (`xml`). `atBodyLevel()` tells whether the last
 * characters saxes read were the start tag of `<body>` or the end tag of a `<tu>` directly in it: so
 * it stands between two elements of the body. Asked after each piece of markup saxes is given; the
 * white space it is given in place of skipped blocks keeps it there.
 */
export function createTmxFastPath(
  /** `line`: where saxes stands (1-based), so that a unit read here is checked with the line of its `<tu>`. */
  xml: { write(chunk: string): void; end(): void; readonly line?: number },
  atBodyLevel: () => boolean,
  firstTuvIsSource: () => boolean,
  onUnit: (u: ParallelUnit) => void,
  check?: ReadOptions["check"],
  /** Told that a unit with an English target was read here (the parser's language tally). */
  sawEnglish?: () => void,
  /** ReadOptions.targetLang. */
  targetLang?: string,
): TmxFastPath {
  /** prolog: saxes until `<body>`; body: blocks; off: everything to saxes. */
  let mode: "prolog" | "body" | "off" = "prolog";
  let buf = "";

  const off = (): void => {
    mode = "off";
    sync();
    if (buf) xml.write(buf);
    buf = "";
  };

  /**
   * Prolog: saxes gets every chunk as it comes (so its positions are the same as without the fast
   * path) until the end of the `<body…>` start tag, where the chunk is cut.
   */
  let seen = ""; // the last few characters saxes was given, for a `<body` cut by a chunk boundary
  let inBodyTag = false;
  const prolog = (chunk: string): void => {
    let cut = -1;
    if (inBodyTag) {
      cut = chunk.indexOf(">");
    } else {
      const m = /<body[ \t\n>]/.exec(seen + chunk);
      if (m) {
        inBodyTag = true;
        const gt = chunk.indexOf(">", Math.max(0, m.index - seen.length));
        cut = gt;
      }
    }
    if (cut === -1) {
      xml.write(chunk);
      seen = (seen + chunk).slice(-5);
      return;
    }
    xml.write(chunk.slice(0, cut + 1));
    buf = chunk.slice(cut + 1);
    if (atBodyLevel()) mode = "body";
    else off();
  };

  /**
   * What saxes has been spared since it last read: its line breaks, and the text after the last one
   * (saxes gets as many spaces, one per code point, so its line AND column stay right).
   */
  let lines = 0;
  /** Code points after the last line break spared (a count: on a file that is one line, the text would be all of it). */
  let cps = 0;
  /**
   * The first line break at or after `from` in `buf` (-1: none), remembered: `skip` asks for
   * ever later positions in one `buf` (body resets it), so a file of one long line is searched once
   * per chunk, not once per unit (a lastIndexOf per unit was quadratic in the units of a chunk).
   */
  let nlAt = -2;
  const newlineFrom = (from: number): number => {
    if (nlAt === -2 || (nlAt !== -1 && nlAt < from)) nlAt = buf.indexOf("\n", from);
    return nlAt;
  };
  const skip = (from: number, to: number): void => {
    let start = from;
    for (let i = newlineFrom(from); i !== -1 && i < to; i = newlineFrom(i + 1)) { lines++; start = i + 1; cps = 0; }
    for (let i = start; i < to; i++) { const c = buf.charCodeAt(i); if (c < 0xdc00 || c > 0xdfff) cps++; }
  };
  const sync = (): void => {
    if (lines > 0) xml.write("\n".repeat(lines));
    // (in pieces: the spaces of a long line are not one string as long as the line)
    for (let left = cps; left > 0; left -= SPACES.length) xml.write(left >= SPACES.length ? SPACES : SPACES.slice(0, left));
    lines = 0;
    cps = 0;
  };

  /** Body: one `<tu>` block after another, white space between. */
  const body = (final: boolean): void => {
    let pos = 0;
    nlAt = -2;
    for (;;) {
      const lt = buf.indexOf("<", pos);
      if (lt === -1 || lt + 3 >= buf.length) break;
      const c = buf.charCodeAt(lt + 3);
      let white = true;
      for (let i = pos; i < lt && white; i++) { const w = buf.charCodeAt(i); white = w === 0x20 || w === 0x0a || w === 0x09; }
      if (!white || !buf.startsWith("<tu", lt) || !(c === 0x20 || c === 0x3e || c === 0x09 || c === 0x0a)) {
        buf = buf.slice(pos); off(); return; // `</body>`, a comment, text, anything else: saxes from here on
      }
      // (the line of the <tu>: saxes's, the line breaks spared since and those before the block)
      let line = 0;
      if (check && xml.line !== undefined) {
        line = xml.line + lines;
        for (let i = buf.indexOf("\n", pos); i !== -1 && i < lt; i = buf.indexOf("\n", i + 1)) line++;
      }
      const fast = fastUnit(buf, lt, firstTuvIsSource(), check, targetLang, line);
      if (fast) {
        sawEnglish?.();
        onUnit(fast.unit);
        skip(pos, fast.end);
        pos = fast.end;
        continue;
      }
      const end = buf.indexOf("</tu>", lt);
      if (end === -1) {
        // A `<tu>` not ended after FAST_PENDING_MAX characters: saxes from here on. Waiting for its
        // end would run the expression over the whole growing block at every chunk (quadratic: a
        // `<tu>` of 128 MB took 10 s); saxes reads it once (and refuses it: no unit is that long).
        if (buf.length - lt > FAST_PENDING_MAX) { buf = buf.slice(pos); off(); return; }
        break;
      }
      const block = buf.slice(lt, end + 5);
      skip(pos, lt);
      sync();
      xml.write(block);
      pos = end + 5;
      // Saxes read the block. Without comments, CDATA or processing instructions in it, the final
      // `</tu>` can only be an end tag (`<` is not allowed in attribute values), so if saxes's last
      // event closed a `<tu>` of the body, it stands between two elements again.
      if (block.includes("<!") || block.includes("<?") || !atBodyLevel()) { buf = buf.slice(pos); off(); return; }
    }
    buf = buf.slice(pos);
    if (final) off();
  };

  return {
    write(chunk: string): void {
      if (mode === "off") { xml.write(chunk); return; }
      // A CR (normalised by XML), a forbidden character or a lone surrogate: saxes deals with them.
      // (A surrogate pair cut by the chunk boundary counts as lone here; strict UTF-8 decoding never cuts one.)
      if (chunk.includes("\r") || XML_FORBIDDEN.test(chunk) || !isWellFormed(chunk)) { buf += chunk; off(); return; }
      if (mode === "prolog") { prolog(chunk); if ((mode as string) === "body") body(false); return; }
      buf += chunk;
      body(false);
    },
    end(): void {
      if (mode === "body") body(true);
      xml.end();
    },
  };
}

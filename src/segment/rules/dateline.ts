/**
 * Dateline rule — reviewable: the place and outlet a news site prints before the first sentence of
 * its first body paragraph, up to and including a dash. Indonesian outlets write it many ways:
 *
 *   ANDALPOST.COM —            KOMPAS.com -              JAKARTA, KOMPAS.com –
 *   SURABAYA, detik.com –      TEMPO.CO, Jakarta -       Liputan6.com, Jakarta -
 *   Bisnis.com, JAKARTA —      REPUBLIKA.CO.ID, JAKARTA --   JAKARTA (ANTARA) -
 *   Jakarta (ANTARA) -         WASHINGTON (AP) —         Jakarta, CNN Indonesia --
 *   Jakarta, IDN Times -       KUALA LUMPUR, 5 Juni (Bernama) --   JAKARTA -    Jakarta - (detik)
 *   KONTAN.CO.ID - JAKARTA.    JAKARTA, 17 Juni 2026 /PRNewswire/ --        JawaPos.com–
 *   JAKARTA, SINDOnews -      GARUT, (PR).-
 *
 * The head before the dash is read as at most four comma-separated parts, each a web name
 * (`detik.com`), a part ending in an agency in brackets (`(ANTARA)`) or between slashes (a press
 * release's wire, `17 Juni 2026 /PRNewswire/`), an outlet's name written in mixed case (`SINDOnews`,
 * `detikNews`: an outlet when a place goes with it), words in capitals (`JAKARTA`,
 * `KUALA LUMPUR`), an outlet's acronym with a word (`CNN Indonesia`), a date (`5 Juni`), or a place
 * in title case (`Jakarta`). A head with a web name or an agency in brackets is a dateline; after a
 * web name the dash needs no spaces (`JawaPos.com–Harga …`), and a place in capitals with a full stop
 * after the dash belongs to it (Kontan's `KONTAN.CO.ID - JAKARTA. Harga …`); a head with a web name and
 * a place alone on its line without a dash is a dateline too (`Liputan6.com, Jakarta`, the text on the
 * next line). Any other
 * (`JAKARTA -`, `Jakarta, CNN Indonesia --`, `Jakarta -`) is one only when the text after the dash
 * starts a sentence (a capital, a digit, a quote) and that sentence holds no second spaced dash: a
 * name followed by a dashed aside is not a dateline (`Tiririca - yang …`, `Presiden Yaman, Ali
 * Abdullah Saleh -- yang … --`, `PBB – badan dunia itu – belum …`); the same holds for the text of the
 * next line when the head and its dash stand alone on theirs (`GARUT -` / `Kepolisian Resor …`).
 */

/** A web name: `detik.com`, `KOMPAS.com`, `TEMPO.CO`, `REPUBLIKA.CO.ID`, `Liputan6.com`, `iNews.id`. */
const WEB_NAME = /^[\p{L}\p{N}][\p{L}\p{N}-]*(?:\.[\p{L}\p{N}-]+)*\.(?:com|co\.id|co|id|net|org|tv|news|info|asia|my)$/iu;
/** Words in capitals: `JAKARTA`, `KUALA LUMPUR`, `VIVA`, `ANTARA`, `D.I. YOGYAKARTA`. */
const CAPITALS = /^\p{Lu}[\p{Lu}\p{N}.&'’/-]*(?:\s+\p{Lu}[\p{Lu}\p{N}.&'’/-]*){0,3}$/u;
/** An outlet's acronym and a word: `CNN Indonesia`, `IDN Times`, `CNBC Indonesia`. */
const ACRONYM_NAME = /^\p{Lu}{2,}(?:\s+\p{Lu}\p{Ll}+){1,2}$/u;
/** An outlet's name in mixed case, one word: `SINDOnews`, `detikNews`, `kumparanNEWS`. */
const BRAND = /^(?:\p{Lu}{2,}\p{Ll}+|\p{Ll}+\p{Lu}+\p{L}*)$/u;
/** A place in title case, one to three words: `Jakarta`, `Kuala Lumpur`. */
const TITLE_PLACE = /^\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+){0,2}$/u;
/** A date: `5 Juni`, `12 Juni 2024`, `12/6/2024`. */
const DATE = /^(?:\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})$/u;
/** A part ending in an agency in brackets: `JAKARTA (ANTARA)`, `Jakarta (ANTARA)`, `5 Juni (Bernama)`, `(AP)`. Group 1: before it. */
const AGENCY = /^(.*?)\s*\(\s*\p{Lu}[\p{L}\p{N} .&-]{0,30}\)$/u;
/** A part ending in a wire between slashes: `17 Juni 2026 /PRNewswire/`, `/PRNewswire/`. Group 1: before it. */
const WIRE = /^(.*?)\s*\/\p{Lu}[\p{L}\p{N}-]{1,30}\/$/u;
/**
 * The head and its dash: a dash of one or two characters (three hyphens, a ministry's press release: `Jakarta, 11
 * Desember 2026 --- Kementerian …`), with a space before a hyphen (`Jawa-Bali` is
 * no dash) unless it follows an agency's bracket and a full stop (Pikiran Rakyat's `GARUT, (PR).-`); group 2 is set when an en or em dash has no space after it (only after a web name:
 * `JawaPos.com–Harga …`, not `Jawa–Bali`).
 */
const HEAD = /^(.{2,70}?)(?:\s*[—–]{1,2}|\s+-{1,3}|(?<=\))\.?-{1,2})(?:\s+(?=\S)|\s*$|(?<=[—–])()(?=[\p{Lu}“"]))/u;
/** Kontan's place after the dash: `JAKARTA.` before the first sentence (capitals and a full stop). */
const PLACE_STOP = /^\p{Lu}{2,}(?:\s+\p{Lu}{2,}){0,2}\.(?:\s+|$)/u;
/** A spaced dash later in the same sentence: the head was a name with an aside, not a dateline. */
const SECOND_DASH = /^[^.!?]*?\s(?:[—–]{1,2}|-{1,2})\s/u;

type Part = "web" | "agency" | "capitals" | "acronym" | "title" | "date" | "brand";

function part(text: string): Part | null {
  if (WEB_NAME.test(text)) return "web";
  const agency = AGENCY.exec(text) ?? WIRE.exec(text);
  if (agency) {
    const before = agency[1]!;
    return before === "" || CAPITALS.test(before) || TITLE_PLACE.test(before) || DATE.test(before) ? "agency" : null;
  }
  if (CAPITALS.test(text)) return "capitals";
  if (ACRONYM_NAME.test(text)) return "acronym";
  if (DATE.test(text)) return "date";
  if (TITLE_PLACE.test(text)) return "title";
  if (BRAND.test(text)) return "brand";
  return null;
}

/**
 * The dateline at the start of `line` (already trimmed at the start): `dateline` is its length up to
 * and including the dash, `body` where the text after it starts (the line's length when nothing
 * follows), `outlet` whether it names a web outlet or an agency (`TEMPO.CO`, `(ANTARA)`), or a place and a
 * date (a press release's `Jakarta, 8 Desember 2026 –`): a dateline as sure as an outlet's. Null when
 * the line does not open with a dateline. `next` is the text of the next line, read when the head and its
 * dash are alone on the line (`GARUT -`).
 */
export function matchDateline(line: string, next = ""): { dateline: number; body: number; outlet: boolean } | null {
  const m = HEAD.exec(line);
  if (!m) return aloneOnLine(line);
  const kinds = headParts(m[1]!);
  if (!kinds) return null;
  if ((m[1]!.match(/\p{L}/gu) ?? []).length < 2) return null;
  let dateline = m[0].trimEnd().length;
  // (a head and its dash alone on the line, `GARUT -`: the sentence that follows it is the next line's)
  const rest = line.slice(m[0].length);
  const follows = rest === "" && m[2] === undefined ? next.trimStart() : rest;
  // (a place and a date, a press release's `Jakarta, 8 Desember 2026 –`, is as sure as an outlet: no name with an aside reads so)
  const outlet = kinds.includes("web") || kinds.includes("agency") || (kinds.includes("brand") && kinds.length > 1)
    || (kinds.includes("date") && (kinds.includes("capitals") || kinds.includes("title")));
  if (m[2] !== undefined && !kinds.includes("web")) return null;
  if (!outlet && (!/^[\p{Lu}\p{N}“"‘'(]/u.test(follows) || SECOND_DASH.test(follows))) return null;
  let body = m[0].length;
  const place = kinds.includes("web") ? PLACE_STOP.exec(rest) : null;
  if (place) {
    dateline = body + place[0].trimEnd().length;
    body += place[0].length;
  }
  return { dateline, body, outlet };
}

/** The kinds of the comma-separated parts of a dateline's head (at most four), or null when one is no part. */
function headParts(head: string): Part[] | null {
  const parts = head.split(/\s*,\s*/);
  if (parts.length > 4) return null;
  const kinds: Part[] = [];
  for (const p of parts) {
    const k = part(p);
    if (!k) return null;
    kinds.push(k);
  }
  return kinds;
}

/**
 * A dateline alone on its line without its dash (`Liputan6.com, Jakarta`, the body on the next line): the
 * whole line, when it names a web outlet and a place (a web name alone is the "web-name" boilerplate
 * rule's). Not with an agency in brackets: alone on a line, `Badan Pusat Statistik (BPS)` is a heading.
 */
function aloneOnLine(line: string): { dateline: number; body: number; outlet: boolean } | null {
  const head = line.trimEnd();
  // (a web name's dot and the comma before the place first: most lines, a headline, have not both)
  if (head.length > 70 || !head.includes(",") || !head.includes(".") || /[!?:;"“”()]/.test(head)) return null;
  const kinds = headParts(head);
  if (!kinds || !kinds.includes("web") || kinds.length < 2) return null;
  return { dateline: head.length, body: line.length, outlet: true };
}

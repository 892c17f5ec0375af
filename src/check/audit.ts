/**
 * The corpus-wide glossary audit, built from one check run: per concept, its source occurrences,
 * the renderings used (with counts), compliant and violating pairs, forbidden uses and untranslated
 * occurrences; the concepts never seen; consistency conflicts (both directions); and candidate new
 * terms — frequent capitalised n-grams and acronyms of the sources that no glossary term covers.
 * The report is made by the audit engine (./audit-stream.ts); this module holds its types and the
 * parts the engine and its test oracle (test/helpers/audit-oracle.ts) share.
 * Pure: data in, data out (renderers live in src/cli/output/audit.ts).
 */
import type { Concept } from "../glossary/types";
import type { CheckConfig, PairToCheck } from "./run";
import type { Severity } from "./types";
import type { FindingListParts } from "./audit-stream";
import { isAsciiAlnum, normalizeFast } from "./util";
import { WORD, type Tokens } from "../glossary/tokenize";
import { ABBREVIATION_CLASS, EXACT_ABBREVIATION_CLASS } from "../segment/language";
import { acronymThenGivenName, droppedAlone, fieldWord, GENERIC_ALONE, isAcronymWord, isAffixed, isShortTitle, isTitleWord, joinsTerm, mayBeInitials, maySplit, NAME_ENDING_ACRONYMS, NAME_HEADS, NAME_OPENING_ACRONYMS, NAMED_COMMANDS, NUMBERED_NAMES, PLACE_HEADS, PLACE_QUALIFIERS, RANKS, regionTerm, runTakesAcronym, SENTENCE_OPENERS, sentenceOpener, splitAfterTerm, splitRun, titledInitials } from "./candidate-runs";

export interface AuditViolation {
  readonly ref: string;
  readonly checkId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly source: string;
  readonly target: string;
  /** The offending text (target span, else source span). */
  readonly offending: string;
  readonly suppressed: boolean;
}

export interface ConceptAudit {
  readonly id: string;
  readonly sources: readonly string[];
  readonly preferred: readonly string[];
  readonly dnt: boolean;
  /** Occurrences of the concept's source forms in the corpus. */
  readonly sourceOccurrences: number;
  /** Pairs whose source contains the concept. */
  readonly pairs: number;
  /** Renderings found in the targets of those pairs, most used first. */
  readonly renderings: readonly { readonly text: string; readonly status: string; readonly count: number }[];
  readonly compliant: number;
  /** In pair order (a large run keeps them packed: see Violations). */
  readonly violations: Violations;
  readonly forbidden: readonly { readonly ref: string; readonly text: string }[];
  readonly untranslated: readonly { readonly ref: string; readonly text: string }[];
}

export interface ConflictVariant {
  readonly text: string;
  readonly refs: readonly string[];
}
export interface Conflict {
  readonly kind: "inconsistent-rendering" | "reused-rendering";
  /** The shared source (inconsistent-rendering) or the shared rendering (reused-rendering). */
  readonly text: string;
  readonly variants: readonly ConflictVariant[];
}

export interface CandidateTerm {
  readonly term: string;
  readonly kind: "acronym" | "name";
  readonly count: number;
  readonly examples: readonly { readonly ref: string; readonly text: string }[];
  /** A short form's name, as written right before it (`BPS` → `Badan Pusat Statistik`): the one seen most often. */
  readonly expansion?: string;
}

export interface AuditReport {
  readonly pairs: number;
  readonly concepts: number;
  readonly counts: { readonly error: number; readonly warning: number; readonly info: number; readonly suppressed: number };
  readonly byCheck: Readonly<Record<string, number>>;
  readonly conceptAudits: readonly ConceptAudit[];
  readonly neverSeen: readonly { readonly id: string; readonly sources: readonly string[] }[];
  readonly conflicts: readonly Conflict[];
  readonly candidates: readonly CandidateTerm[];
  /** The candidate terms seen but not listed: seen fewer than `minCount` times, or beyond the list's length. */
  readonly candidatesUnlisted: CandidatesUnlisted;
  /** Every finding counted above, by pair then check id (suppressed ones marked). */
  readonly findings: ListedFindings;
}

/** The findings of a report: iterated one at a time (a large run keeps them packed); JSON sees an array. */
export interface ListedFindings extends Iterable<ListedFinding> {
  readonly length: number;
  toJSON(): readonly ListedFinding[];
  /** The same findings read in place, without an object each (the audit engine's lists have one). */
  cursor?(): FindingCursor;
  /** The list as plain data another thread reads the same findings from (the audit engine's lists, see src/check/audit-stream.ts FindingList.parts). */
  parts?(): FindingListParts | undefined;
}

/**
 * The violations of a concept: iterated one at a time, counted by `length` (the audit engine keeps
 * them packed, without an object or a copy of the pair's texts each); JSON sees an array.
 */
export type Violations = Iterable<AuditViolation> & {
  readonly length: number;
  /** The same violations read in place, without an object each (the audit engine's lists have one). */
  cursor?(): ViolationCursor;
};

/**
 * Items of a list read in place, one at a time, without an object each (what a report writer reads
 * hundreds of thousands of): after `next()` returned true, the fields are the current item's until
 * the next call. An item the list does not keep packed comes `whole` (the other fields are then not
 * set). `current()` is the item as the list's iterator gives it: for a packed item an object with
 * the keys in this order — ref, checkId, severity, messageId, data (the names in `names`' order,
 * each name one Object.keys keeps in place: not an array index, not `__proto__`), then the rest.
 */
export interface ItemCursor<T> {
  next(): boolean;
  readonly whole: T | undefined;
  readonly ref: string;
  readonly checkId: string;
  readonly severity: Severity;
  readonly messageId: string;
  /** The data's names, in order: one array per set of names, shared (never change it). */
  readonly names: readonly string[];
  /** The data's values: the value of names[k] is values[at + k]. */
  readonly values: readonly unknown[];
  readonly at: number;
  readonly suppressed: boolean;
  current(): T;
}

/** Findings in place (see ItemCursor): a packed finding is ref, checkId, severity, messageId, data, suppressed. */
export type FindingCursor = ItemCursor<ListedFinding>;

/** Violations in place (see ItemCursor): ref, checkId, severity, messageId, data, source, target, offending, suppressed. */
export interface ViolationCursor extends ItemCursor<AuditViolation> {
  readonly source: string;
  readonly target: string;
  readonly offending: string;
  /**
   * The source (side 0) or target (1) as UTF-8 that JSON writes as it is between its quotes (no
   * character to escape), when the list has it so: then `bytes` [bytesStart, bytesEnd) until the
   * next call; false: read `source` or `target`.
   */
  plainBytes?(side: 0 | 1): boolean;
  readonly bytes?: Uint8Array;
  readonly bytesStart?: number;
  readonly bytesEnd?: number;
}

/** Whether an object given these names in turn lists them (Object.keys) in that order: none an array index, none `__proto__`, no repeats. */
export function namesInPlace(names: readonly string[]): boolean {
  const o: Record<string, number> = {};
  for (const n of names) o[n] = 0;
  const keys = Object.keys(o);
  return keys.length === names.length && keys.every((k, i) => k === names[i]);
}

/** A plain list of findings as ListedFindings. */
export function listedFindings(list: readonly ListedFinding[]): ListedFindings {
  return { length: list.length, [Symbol.iterator]: () => list[Symbol.iterator](), toJSON: () => list };
}

/** A finding as the audit lists it. */
export interface ListedFinding {
  readonly ref: string;
  readonly checkId: string;
  readonly severity: Severity;
  readonly messageId: string;
  readonly data: Readonly<Record<string, string | number>>;
  readonly suppressed: boolean;
}

export interface AuditOptions {
  /** The checks to run, their severities and options (default: every check enabled by default). */
  readonly config?: CheckConfig;
  readonly minCandidateCount?: number;
  readonly maxCandidates?: number;
  readonly maxExamples?: number;
}

// Capitalised words that are not terms: Indonesian days, months and sentence-starting function words.
const NOT_TERMS = new Set(
  ("Senin Selasa Rabu Kamis Jumat Sabtu Minggu Januari Februari Maret April Mei Juni Juli Agustus September Oktober " +
    "November Desember Ia Dia Mereka Kami Kita Saya Ini Itu Namun Tetapi Dan Dalam Pada Di Ke Dari Untuk Dengan " +
    "Sementara Menurut Selain Setelah Sebelum Sejak Saat Ketika Jika Meski Meskipun Karena Oleh Sebagai Para " +
    "Yang Tidak Akan Juga Bahkan Sedangkan Adapun Kemudian Sebuah Seorang Hal Kata Ujar Bagi Atas Tentang " +
    // more function words that open sentences; "Anda" is the capitalised polite "you"
    "Kalau Bila Apabila Agar Supaya Bahwa Setiap Semua Beberapa Kini Sekarang Sebelumnya Selanjutnya Selama Hingga Anda " +
    // noise around numbers: currency (rupiah and ISO codes), Indonesian time zones, Roman numerals
    "Rp USD EUR IDR JPY CNY RMB KRW KPW GBP SGD AUD RUB HKD MYR CHF INR WIB WITA WIT GMT UTC " +
    "II III IV VI VII VIII IX XI XII XIII XIV XV XVI XVII XVIII XIX XX XXI").split(" "),
);
/**
 * An abbreviation written with its period (`Drs.`, `Kab.`, `Feb.`, `Tbk.`: the segmenter's lists,
 * src/segment/language.ts) is no term: the main list in any case, the exact-case list as written.
 */
const isAbbreviated = (text: string, start: number, end: number): boolean => {
  const w = text.slice(start, end + 1);
  return EXACT_ABBREVIATION_CLASS.has(w) || ABBREVIATION_CLASS.has(w.toLowerCase());
};
/** A dateline at the start of a text: a place or source in capitals, maybe `, source`, then a dash. */
const DATELINE = /^[A-Z]{2}[\p{Lu}\p{N} .'’-]*(?:\s*\([^)]{1,40}\))?(?:,\s*[\p{L}\p{N}.]+(?:\s+[\p{L}\p{N}.]+){0,2})?\s*[—–-]{1,2}\s+/u;
/** Is text[start, end) joined by a dot to a letter on either side (`KOMPAS.com`, `ANDALPOST.COM`)? */
function inDomain(text: string, start: number, end: number): boolean {
  return (start >= 2 && text.charCodeAt(start - 1) === 0x2e && isLetterAt(text, start - 2)) ||
    (text.charCodeAt(end) === 0x2e && end + 1 < text.length && isLetterAt(text, end + 1));
}
function isLetterAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || (c > 127 && /\p{L}/u.test(text[i]!));
}
/** An amount with its currency glued on: `Rp309`, `Rp1.500`, `USD500`, `IDR12`. */
const CURRENCY_AMOUNT = /^(?:Rp|USD|EUR|IDR|JPY|CNY|RMB|KRW|KPW|GBP|SGD|AUD|RUB|HKD|MYR|CHF|INR)[\d.,]*\d$/;
const isAsciiDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
/**
 * Heads of Indonesian institution names that join their fields with `dan` and list commas
 * (`Badan Pengawas Obat dan Makanan`, `Badan Meteorologi, Klimatologi, dan Geofisika`,
 * `Kementerian Pekerjaan Umum dan Perumahan Rakyat`, `Anggaran Pendapatan dan Belanja Negara`).
 */
const BRIDGE_HEADS = ("Kementerian Kemenko Badan Pusat Lembaga Komisi Dewan Majelis Direktorat Ditjen Direktur Dirjen Deputi Balai Dinas Biro " +
  "Institut Otoritas Asosiasi Ikatan Persatuan Himpunan Gabungan Kamar Fakultas Sekolah Anggaran Organisasi").split(" ");
/** An English institution name's head word: `Institute for Development of Economics and Finance`, `Bank of Japan`. */
const EN_HEADS = new Set(("Institute Institution Center Centre Council Association Society Organization Organisation Agency Ministry Department " +
  "Bank University College School Academy Foundation Fund Federation Commission Committee Board Office Bureau Authority Forum Union " +
  "League Corporation Studies Affairs Programme Program").split(" "));
const CAPW = "\\p{Lu}\\p{Ll}[\\p{L}\\p{N}\\p{M}'’-]*";
/** A head, its capitalised fields, maybe a comma list, `dan`, capitalised words. */
const ID_BRIDGED = new RegExp(`(?<![\\p{L}\\p{N}])(?:${BRIDGE_HEADS.join("|")})(?: ${CAPW})+(?:, ${CAPW}(?: ${CAPW})*)*,? dan ${CAPW}(?: ${CAPW})*`, "gu");
/**
 * A minister's title and portfolio with its list commas and `dan` (`Menteri Pendidikan Tinggi, Sains, dan Teknologi`): as
 * ID_BRIDGED, searched only in a text that names a minister; the fields must be a portfolio's words (see nameBridges).
 */
const MINISTER_BRIDGED = new RegExp(`(?<![\\p{L}\\p{N}])(?:Menteri|Menko|Wamen)(?: ${CAPW})+(?:, ${CAPW}(?: ${CAPW})*)*,? dan ${CAPW}(?: ${CAPW})*`, "gu");
/** The bridges' patterns nameBridges searches (no array made per text). */
const NO_REGEXPS: readonly RegExp[] = [], ONLY_ID_BRIDGED: readonly RegExp[] = [ID_BRIDGED], BOTH_BRIDGED: readonly RegExp[] = [ID_BRIDGED, MINISTER_BRIDGED];
/** Capitalised words joined by `of`, `for` and `and`. */
const EN_BRIDGED = new RegExp(`(?<![\\p{L}\\p{N}])${CAPW}(?: ${CAPW})*(?: (?:of|for|and) ${CAPW}(?: ${CAPW})*)+`, "gu");
const ID_GAP = /,? dan |, /gu;
/** A connector or a name's particle before a capital (an ASCII one, or any character outside ASCII, to be safe): only texts with one are searched for bridges (one quick scan). */
const CONNECTOR_CAPITAL = / (dan|of|for|and|bin|binti|ibn|van|von|de|da|del|der|dos|du|untuk|bagi) [A-Z\u0080-\uffff]/g;
/**
 * Heads of an (international) body's name whose field follows `untuk`/`bagi` (`Komisaris Tinggi PBB untuk Pengungsi`,
 * `Dana Internasional untuk Pembangunan Pertanian`, `Kemitraan Global untuk Pendidikan`).
 */
const FOR_HEADS = new Set("Organisasi Dana Program Kemitraan Komisaris Komisi Kantor Badan Dewan Pusat Lembaga Institut Konferensi Forum Yayasan Koalisi Aliansi Utusan Pelapor Federasi Konvensi".split(" "));
/** Whether the words before `at` (one space apart, each capitalised, at most eight) open with one of FOR_HEADS. */
function forBodyBefore(text: string, at: number): boolean {
  let end = at;
  for (let k = 0; k < 8 && end > 0; k++) {
    const start = text.lastIndexOf(" ", end - 1) + 1;
    if (start >= end || !isUpperStart(text.slice(start, start + 1))) return false;
    if (FOR_HEADS.has(text.slice(start, end))) return true;
    if (start === 0) return false;
    end = start - 1;
  }
  return false;
}
/** The capitalised word after `untuk `/`bagi `. */
const FIELD_AFTER = new RegExp(`^${CAPW}`, "u");
const EN_GAP = / (?:of|for|and) /gu;
/** Particles inside a personal or place name, between two capitalised words. */
const PARTICLES = "bin|binti|ibn|van|von|de|da|del|der|dos|du";
/** A capitalised word, its particles (group 1), a space, and a capitalised word next (not taken). */
const PARTICLE_BRIDGED = new RegExp(`(?<![\\p{L}\\p{N}])${CAPW}((?: (?:${PARTICLES}))+) (?=${CAPW})`, "gu");
/** A word that opens a name of its own, not a field of the name before (`Kementerian Keuangan dan Bank Indonesia`). */
const opensOwnName = (w: string): boolean => GENERIC_ALONE.has(w) || NOT_TERMS.has(w) || BRIDGE_HEADS.includes(w) || OWN_NAME_HEADS.has(w);
/** Heads of a body's name that no field of another name opens (`Dinas Kesehatan … dan Palang Merah Indonesia`). */
const OWN_NAME_HEADS = new Set("Palang Yayasan Perhimpunan Perserikatan Organisasi Polda Polres Kejaksaan Kepolisian Pengadilan Rumah".split(" "));

/**
 * The gaps inside institution names that a capitalised run continues over, as gap start → gap end
 * (the end of the word before → the start of the word after); null when there are none. Indonesian:
 * `dan` and list commas after a head word (BRIDGE_HEADS), unless the word after them opens a name of
 * its own or the field after them holds the head again (a second name of the same kind); English: `of`, `for`, `and` between capitalised words when one of them is a head (EN_HEADS).
 */
function nameBridges(text: string): Map<number, number> | null {
  let out: Map<number, number> | null = null;
  let dan = false, en = false, particle = false;
  let forAt: number[] | null = null;
  CONNECTOR_CAPITAL.lastIndex = 0;
  for (let m = CONNECTOR_CAPITAL.exec(text); m !== null; m = CONNECTOR_CAPITAL.exec(text)) {
    const w = m[1]!;
    if (w === "dan") dan = true; else if (w === "of" || w === "for" || w === "and") en = true; else if (w === "untuk" || w === "bagi") (forAt ??= []).push(m.index); else particle = true;
    CONNECTOR_CAPITAL.lastIndex = m.index + 1;
  }
  // (a minister's portfolio: its fields are a portfolio's words, `Menteri Pendidikan Tinggi, Sains, dan Teknologi`; not
  // a list of names after the minister's, `Menteri Pertanian Amran Sulaiman, Zulkifli Hasan, dan …`)
  for (const re of !dan ? NO_REGEXPS : text.includes("Men") || text.includes("Wamen") ? BOTH_BRIDGED : ONLY_ID_BRIDGED) {
    const portfolio = re === MINISTER_BRIDGED;
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const gaps: [number, number][] = [];
      const head = m[0].slice(0, m[0].indexOf(" "));
      let ok = !portfolio || m[0].slice(head.length + 1, m[0].search(/,? dan |, /)).split(" ").every(fieldWord);
      ID_GAP.lastIndex = 0;
      for (let g = ID_GAP.exec(m[0]); g !== null; g = ID_GAP.exec(m[0])) {
        const s = m.index + g.index, e = s + g[0].length;
        const after = m[0].slice(g.index + g[0].length);
        const next = /^[^ ,]+/.exec(after)![0].replace(/[-'’]+$/, "");
        // (`Suku Dinas Kebersihan dan Suku Dinas Pertamanan`: the head again, a second name)
        const field = /^[^,]*?(?=,? dan |, |$)/.exec(after)![0];
        if (!ok || opensOwnName(next) || field.split(" ").includes(head) || (portfolio && !fieldWord(next))) { ok = false; re.lastIndex = e; break; }
        gaps.push([s, e]);
      }
      if (ok) for (const [s, e] of gaps) (out ??= new Map()).set(s, e);
    }
  }
  // a body's field after `untuk`/`bagi` (`Komisaris Tinggi PBB untuk Pengungsi`): a field's word (./candidate-runs.ts
  // fieldWord), not a place or a person (`Utusan Khusus PBB untuk Myanmar`, `bantuan UNICEF untuk Indonesia`)
  if (forAt !== null) {
    for (const at of forAt) {
      // (the word before capitalised, the word after a field's, the words before opening with a body's head)
      if (at === 0 || !isUpperStart(text.slice(text.lastIndexOf(" ", at - 1) + 1, at))) continue;
      const gapEnd = text.indexOf(" ", at + 1) + 1;
      const field = FIELD_AFTER.exec(text.slice(gapEnd, gapEnd + 40));
      if (field !== null && fieldWord(field[0]) && forBodyBefore(text, at)) (out ??= new Map()).set(at, gapEnd);
    }
  }
  // a personal or place name's particle (`Abdullah bin Khalifa`, `Rio de Janeiro`, `Ursula von der Leyen`)
  if (particle) {
    PARTICLE_BRIDGED.lastIndex = 0;
    for (let m = PARTICLE_BRIDGED.exec(text); m !== null; m = PARTICLE_BRIDGED.exec(text)) {
      const gapEnd = m.index + m[0].length;
      (out ??= new Map()).set(gapEnd - m[1]!.length - 1, gapEnd);
    }
  }
  if (en) {
    EN_BRIDGED.lastIndex = 0;
    for (let m = EN_BRIDGED.exec(text); m !== null; m = EN_BRIDGED.exec(text)) {
      if (!m[0].split(" ").some((w) => EN_HEADS.has(w))) continue;
      EN_GAP.lastIndex = 0;
      for (let g = EN_GAP.exec(m[0]); g !== null; g = EN_GAP.exec(m[0])) (out ??= new Map()).set(m.index + g.index, m.index + g.index + g[0].length);
    }
  }
  return out;
}
/** A passive verb in di-…-kan / di-…-i (`Dikatakan`, `Ditambahkan`): capitalised only because it opens a clause. */
/** A direction word right after a glossary term (sticky: read at the term's end). */
const DIRECTION_AFTER = / (?:Utara|Selatan|Barat|Timur|Tengah|Tenggara)(?![\p{L}\p{N}'’-])/uy;
const PASSIVE = /^Di\p{Ll}{3,}(?:kan|i)$/u;
const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’-]*/gu;
const UPPER = /^\p{Lu}/u;
const ACRONYM = /^(?:\p{Lu}{2,6}\d*|\p{Lu}+\d+(?:\p{Lu}[\p{Lu}\d]*)?|\p{Lu}{1,8}-\d+)$/u;
const CAPITALISED = /^\p{Lu}\p{Ll}/u;
const SENTENCE_GAP = /[.!?:]["”'’)]?\s+["“]?$/;
const OPENING_GAP = /^[\s"“'‘(]*$/;

/**
 * The small words a title-case headline leaves in lower case (`Kim Tiba di Rusia untuk Bertemu Putin`): not
 * counted either way.
 */
const MINOR_WORDS = new Set("di ke dari dan yang untuk dengan pada atau oleh dalam bagi tentang soal usai jelang vs of the and in on for to at a an by".split(" "));
/** MINOR_WORDS by their first letter (a to z): compared where they stand, no string made per word. */
const MINOR_BY_FIRST: readonly (readonly string[])[] = Array.from({ length: 26 }, (_, k) => [...MINOR_WORDS].filter((w) => w.charCodeAt(0) === 97 + k));
/** Is the ASCII word at text[i] (letters up to the next non-letter) one of MINOR_WORDS? */
function isMinorWord(text: string, i: number): boolean {
  // (most letters open no small word: answered before the word's end is looked for)
  const words = MINOR_BY_FIRST[text.charCodeAt(i) - 97];
  if (words === undefined || words.length === 0) return false;
  let e = i;
  while (e < text.length && e - i <= 7) { const c = text.charCodeAt(e); if (c < 97 || c > 122) break; e++; }
  if (e - i > 7) return false;
  for (const w of words) if (w.length === e - i && text.startsWith(w, i)) return !isLetterAt(text, e);
  return false;
}

/** Most words (at least 4 of them, ≥ 80%; lower-case small words aside) begin with a capital: a headline in title case. */
function isTitleCase(text: string): boolean {
  // words start after a space (the first word aside); a quick scan, no regular expression per word
  let words = 0;
  let caps = 0;
  let atStart = true;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 32) { atStart = true; continue; }
    if (!atStart) continue;
    atStart = false;
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127;
    if (!letter || (c >= 97 && c <= 122 && isMinorWord(text, i))) continue;
    words++;
    if ((c >= 65 && c <= 90) || (c > 127 && isUpperStart(text[i]!))) caps++;
    if (words >= 5 && caps / words < 0.8 && words - caps > 2) return false;
  }
  return words >= 4 && caps / words >= 0.8;
}

/** The word tokens of a plain text that start with a capital (see capitalWords). */
let capitals = new Int32Array(64);

/**
 * One pass over a plain text's tokens (Tokens.plain): isTitleCase of the text (its words, a letter at
 * the start or after a space, are there the word tokens that start with a letter at the start or
 * after a space: words are separated by single spaces, ASCII only; taken in the same order), and
 * the word tokens that start with a capital into `capitals`; returns their number, or -1 for a
 * title-case text.
 */
function capitalWords(text: string, tokens: Tokens): number {
  const { kind, start } = tokens;
  if (capitals.length < tokens.n) capitals = new Int32Array(tokens.n * 2);
  const out = capitals;
  let words = 0, caps = 0, nc = 0;
  let counting = true;
  for (let k = 0; k < tokens.n; k++) {
    if (kind[k] !== WORD) continue;
    const s = start[k]!;
    const c = text.charCodeAt(s);
    const upper = c >= 65 && c <= 90;
    if (upper) out[nc++] = s;
    if (!counting || (s > 0 && text.charCodeAt(s - 1) !== 32) || (!upper && !(c >= 97 && c <= 122)) || (!upper && isMinorWord(text, s))) continue;
    words++;
    if (upper) caps++;
    // (isTitleCase's early answer: no headline)
    if (words >= 5 && caps / words < 0.8 && words - caps > 2) counting = false;
  }
  capitalsTitleCase = counting && words >= 4 && caps / words >= 0.8;
  return nc;
}
/** Whether the text capitalWords last read is in title case. */
let capitalsTitleCase = false;

/** A sentence's full stop at the end (not an ellipsis), maybe inside closing quotes or brackets: body text, no headline. */
const FULL_STOP_END = /(?<!\.)\.["”'’)\]]*\s*$/;

/**
 * What a segment is, when the caller knows (its kind in the database): a headline in title case
 * capitalises every word (no candidates then); body text never is one. Unknown: a title-case text
 * is taken for a headline unless it ends with a full stop (headlines have none; a sentence full of
 * names does: `Kepala Staf Kepresidenan AM Putranto meninjau Pasar Induk Beras Cipinang di Jakarta Timur.`).
 */
export type SegmentHint = "headline" | "body" | undefined;
function headlineLike(text: string, titleCase: boolean, hint: SegmentHint): boolean {
  if (!titleCase || hint === "body") return false;
  return hint === "headline" || !FULL_STOP_END.test(text);
}

function isUpperStart(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c < 128) return c >= 65 && c <= 90;
  return UPPER.test(w);
}

/** Capitalised phrases and acronyms of `text` outside the glossary matches `covered` (sorted). */
export function candidateSpans(text: string, covered: readonly { start: number; end: number }[], tokens: Tokens | null = null, hint: SegmentHint = undefined): readonly Span[] {
  const flat: number[] = [];
  for (const c of covered) flat.push(c.start, c.end, 0);
  return candidateSpansFlat(text, flat, covered.length, tokens, hint);
}

type Span = { term: string; kind: "acronym" | "name" };
const NO_SPANS: readonly Span[] = Object.freeze([]);

/**
 * The scan's state (one scan at a time: it is synchronous): the capitalised run being collected
 * (its words as [start, end) offsets: texts are made only for a run that is kept), whether it
 * starts a sentence, where it ends, and the spans found so far.
 */
const scan = { acronymStart: -1, acronymEnd: -1, ws: [] as number[], we: [] as number[], sep: [] as (string | null)[], bridges: null as Map<number, number> | null, words: 0, startsSentence: false, runEnd: -1, prevEnd: 0, skipTo: 0, ci: 0, out: null as Span[] | null, covered: [] as ArrayLike<number>, n: 0 };

/** The words of the glossary match that ends one space before `start` (not a code with digits, marked -1), or null. */
function termBefore(text: string, start: number): string[] | null {
  if (scan.n === 0 || start < 2 || text.charCodeAt(start - 1) !== 32) return null;
  const c = scan.covered;
  for (let k = 0; k < scan.n; k++) if (c[3 * k + 1] === start - 1 && c[3 * k + 2] !== -1) return termWords(text.slice(c[3 * k]!, c[3 * k + 1]!));
  return null;
}
const termWords = (s: string): string[] => s.split(/\s+/).filter(Boolean);

/** A number after a word that takes one into its name (`Liga 1`, `Formula 1`): not a score, a decimal or a range (`1-1`, `1,5`). */
const NAME_NUMBER = /^ \d{1,2}(?![\p{L}\p{N}]|[.,:/-]\d)/u;

/** A class's code (`I`, `IIA`, `IIB`, `III`) and the word before it (`Kelas`): see onWord. */
const CLASS_CODE = /^(?:I{1,3}|IV|V)[AB]?$/;
const CLASS_WORDS: ReadonlySet<string> = new Set(["Kelas"]);
/** The first letters of NAME_ROMAN's numerals and letters (`I`, `V`, `X`, `A`–`H`). */
const ROMAN_FIRST: ReadonlySet<number> = new Set([..."IVXABCDEFGH"].map((c) => c.charCodeAt(0)));
/** A Roman numeral (group 1: I to XXXIX) or one capital letter A–H, as a word after one space (not `I-`, `II/`, `A.B`, `IIA`). */
const NAME_ROMAN = /^ (?:((?=[IVX])X{0,3}(?:IX|IV|V?I{0,3}))|[A-H])(?![\p{L}\p{N}'’/-]|\.[\p{L}\p{N}])/u;

/** Is text[start, end) one of `words` (compared where it stands: no string made, most runs end in none of a few words)? */
function writtenAt(text: string, start: number, end: number, words: ReadonlySet<string>): boolean {
  for (const w of words) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}

/** A capitalised common word: no acronym, title, rank, generic head or word that may split a run (`Kapal`, not `Direktur`, `Kepala`, `Dinas`). */
const plainNoun = (w: string): boolean => !isAcronymWord(w) && !isTitleWord(w) && !droppedAlone(w) && !maySplit(w);

/** Is text[i] an ASCII capital (a quick test before an acronym's pattern)? */
const isUpperAt = (text: string, i: number): boolean => { const c = text.charCodeAt(i); return c >= 0x41 && c <= 0x5a; };

function flushRun(text: string): void {
  // (a league's number is its name's: `Liga 1`; then no lone word at a sentence's start)
  const lastEnd = scan.we[scan.words - 1]!;
  let numbered = false;
  if (scan.words > 0 && writtenAt(text, scan.ws[scan.words - 1]!, lastEnd, NUMBERED_NAMES)) {
    const m = NAME_NUMBER.exec(text.slice(lastEnd, lastEnd + 8));
    if (m !== null) { scan.we[scan.words - 1] = lastEnd + m[0].length; scan.startsSentence = false; }
  } else if (scan.words > 0 && text.charCodeAt(lastEnd) === 32 && ROMAN_FIRST.has(text.charCodeAt(lastEnd + 1))) {
    // (a Roman numeral ends the name it numbers: `Komisi IV`, `Komisi XIII`, `Wilayah VII`, `Perang Dunia II`; a commission's
    // letter too: `Komisi E`; not a numbered part of a text or a place: `Pasal I`, `Kelas II`)
    const m = NAME_ROMAN.exec(text.slice(lastEnd, lastEnd + 12));
    const w = text.slice(scan.ws[scan.words - 1]!, lastEnd);
    if (m !== null && (m[1] !== undefined || w === "Komisi") && !NUMBERING.has(w)) { scan.we[scan.words - 1] = lastEnd + m[0].length; numbered = true; }
  }
  let n = scan.words;
  let first = 0;
  // a passive verb that opens the run is not part of the name (`Dikatakan Yuli` → `Yuli`)
  const w0 = scan.ws[0]!;
  if (n > 0 && text.charCodeAt(w0) === 0x44 && text.charCodeAt(w0 + 1) === 0x69 && PASSIVE.test(text.slice(w0, scan.we[0]!))) { first = 1; n--; if (n === 1) scan.startsSentence = false; }
  // nor a common noun that opens the sentence (`Warga Perumahan Pondok Hijau` → `Perumahan Pondok Hijau`)
  // (not one that makes a name with the word after it: `Pengurus Besar Nahdlatul Ulama`)
  if (n > 1 && scan.startsSentence && SENTENCE_OPENERS.has(text.slice(scan.ws[first]!, scan.we[first]!)) &&
    sentenceOpener(text.slice(scan.ws[first]!, scan.we[first]!), text.slice(scan.ws[first + 1]!, scan.we[first + 1]!))) { first++; n--; if (n === 1) scan.startsSentence = false; }
  // nor a common noun that opens the sentence before an acronym that opens a name (`Kapal KM Kelud` → `KM Kelud`, `Kereta KA Argo
  // Bromo Anggrek`): the name starts with the acronym
  else if (n > 2 && scan.startsSentence && scan.we[first + 1]! - scan.ws[first + 1]! <= 4 && isUpperAt(text, scan.ws[first + 1]! + 1) &&
    writtenAt(text, scan.ws[first + 1]!, scan.we[first + 1]!, NAME_OPENING_ACRONYMS) && plainNoun(text.slice(scan.ws[first]!, scan.we[first]!))) { first++; n--; }
  // (a numbered name is one even alone at a sentence's start: `Komisi IV meminta …`)
  if (numbered) scan.startsSentence = false;
  if (n > 1) {
    // a title, a rank or an office's institution inside the run makes terms of their own (./candidate-runs.ts)
    const ws: string[] = [];
    let splits = false;
    for (let k = first; k < first + n; k++) { const w = text.slice(scan.ws[k]!, scan.we[k]!); ws.push(w); if (!splits && maySplit(w)) splits = true; }
    // (a body's acronym, its name and a person's that opens with a given name: `PP Muhammadiyah` + `Abdul Mu'ti`)
    if (!splits && n >= 4 && isUpperAt(text, scan.ws[first]! + 1) && (acronymThenGivenName(ws[0]!, ws[2]!, 2) || acronymThenGivenName(ws[0]!, ws[3]!, 3))) splits = true;
    // (right after a glossary term that ends in a title or an acronym, the run is read with it: `bupati` + `Banjarnegara Amalia Desiana`)
    const term = termBefore(text, scan.ws[first]!);
    // (most runs hold no title, rank or head: one name)
    if (!splits && term === null) { pushTerm(text, first, first + n); scan.words = 0; return; }
    const seps: (string | null)[] = [];
    for (let k = first; k < first + n; k++) seps.push(k === first ? null : scan.sep[k]!);
    const ranges = (term !== null ? splitAfterTerm(term, ws, seps) : null) ?? (splits ? splitRun(ws, seps) : [[0, n] as [number, number]]);
    for (const [from, to] of ranges) {
      if (to - from > 1) {
        // (a body's acronym met inside the run and a derived noun after it, one name: `Direktur Utama` + `BPJS Kesehatan` +
        // `Ghufron Mukti`; the acronym, counted when it was met, is no term alone there)
        if (from > 0 && isAffixed(ws[from + 1]!) && isAcronymWord(ws[from]!)) dropLastAcronym(ws[from]!);
        pushTerm(text, first + from, first + to);
      }
      // (an acronym of the run alone was counted as one when it was met; not one that opens a name: see onWord)
      // (nor the one word of a command's name after its head's title: `Pangdam` + `Jaya`)
      else if (!droppedAlone(ws[from]!) && !isAcronymWord(ws[from]!) && !(from === 1 && NAMED_COMMANDS.has(ws[0]!))) (scan.out ??= []).push({ term: ws[from]!, kind: "name" });
      else if (NAME_OPENING_ACRONYMS.has(ws[from]!)) (scan.out ??= []).push({ term: ws[from]!, kind: "acronym" });
    }
  } else if (n === 1) {
    const term = text.slice(scan.ws[first]!, scan.we[first]!);
    // (initials that opened a run, alone: an acronym after all)
    if (isAcronymWord(term)) (scan.out ??= []).push({ term, kind: "acronym" });
    // (a short office form opening the sentence is still one: `Kapolda` before a region the glossary has)
    else if ((!scan.startsSentence || isShortTitle(term)) && !droppedAlone(term)) (scan.out ??= []).push({ term, kind: "name" });
  }
  scan.words = 0;
}

/** A capitalised word after one space at `end` that may be a name's (no sentence-opener word, month or weekday). */
const NEXT_NAME_WORD = /^ (\p{Lu}\p{Ll}[\p{L}\p{N}\p{M}'’-]*)/u;
/** One capitalised word after one space and no capitalised word after it (`BJ` + ` Habibie tentang`). */
const ONE_NAME_WORD = /^ \p{Lu}\p{Ll}[\p{L}\p{N}\p{M}'’-]*(?! \p{Lu})/u;
export function nameGoesOn(text: string, end: number): boolean {
  const m = NEXT_NAME_WORD.exec(text.slice(end, end + 64));
  return m !== null && !NOT_TERMS.has(m[1]!.replace(/[-'’]+$/, ""));
}

/** Takes back the last count of the acronym `term` (see flushRun). */
function dropLastAcronym(term: string): void {
  const out = scan.out;
  if (out === null) return;
  for (let k = out.length - 1; k >= 0; k--) if (out[k]!.kind === "acronym" && out[k]!.term === term) { out.splice(k, 1); return; }
}

/** The run's words [from, to) as one name. */
function pushTerm(text: string, from: number, to: number): void {
  let term = text.slice(scan.ws[from]!, scan.we[from]!);
  for (let k = from + 1; k < to; k++) term += (scan.sep[k] ?? " ") + text.slice(scan.ws[k]!, scan.we[k]!);
  (scan.out ??= []).push({ term, kind: "name" });
}

function pushWord(start: number, end: number, sep: string | null = null): void {
  scan.ws[scan.words] = start;
  scan.we[scan.words] = end;
  scan.sep[scan.words] = sep;
  scan.words++;
}

/** NOT_TERMS by first letter (ASCII words looked up in the text, without making a string). */
const NOT_TERMS_BY_FIRST = new Map<number, string[]>();
for (const w of NOT_TERMS) {
  const list = NOT_TERMS_BY_FIRST.get(w.charCodeAt(0));
  if (list) list.push(w);
  else NOT_TERMS_BY_FIRST.set(w.charCodeAt(0), [w]);
}
function isNotTerm(text: string, start: number, end: number): boolean {
  const list = NOT_TERMS_BY_FIRST.get(text.charCodeAt(start));
  if (list === undefined) return false;
  for (const w of list) if (w.length === end - start && text.startsWith(w, start)) return true;
  return false;
}

/**
 * One capitalised word of the text at [start, end): `word`, its text, when the Unicode scan sliced it;
 * undefined in the ASCII scan (its tests read the text in place).
 */
function onWord(text: string, covered: ArrayLike<number>, n: number, start: number, end: number, word: string | undefined): void {
  if (start < scan.skipTo) return; // inside a glossary term a name took in whole (see below)
  const gapStart = scan.prevEnd;
  scan.prevEnd = end;
  let ci = scan.ci;
  while (ci < n && covered[3 * ci + 1]! <= start) ci++;
  scan.ci = ci;
  if (ci < n && covered[3 * ci]! < end) {
    // covered by a glossary match: it ends the run, unless the run is a name's head the term completes
    // (`Kantor Berita Pusat` + `Korea Utara`, `Laut` + `Jepang`): then the name is the run and the term, whole
    // (and a direction word right after the term belongs to it: `Kantor Berita Pusat Korea` + `Utara`, `Laut China` + `Selatan`)
    if (covered[3 * ci] === start) {
      // (also a regional body before its region, `Kepala` before a body's name, a body's name before its field: joinsTerm, FOR_BRIDGED)
      const adjacent = scan.words > 0 && scan.runEnd === start - 1 && text.charCodeAt(start - 1) === 32;
      const bridged = adjacent && scan.bridges !== null && scan.bridges.has(covered[3 * ci + 1]!);
      let joins = false;
      if (adjacent) {
        const first = text.slice(scan.ws[0]!, scan.we[0]!);
        joins = NAME_HEADS.has(first) || bridged || joinsTerm(first, scan.words > 1 ? text.slice(scan.ws[1]!, scan.we[1]!) : undefined, scan.words > 1 ? text.slice(scan.ws[scan.words - 1]!, scan.we[scan.words - 1]!) : first);
        // (a body's acronym before a region the glossary has: its branch there, one name, `MUI` + `Jawa Barat`)
        if (!joins && isUpperAt(text, scan.ws[scan.words - 1]! + 1) && isAcronymWord(text.slice(scan.ws[scan.words - 1]!, scan.we[scan.words - 1]!)) && regionTerm(text.slice(start, covered[3 * ci + 1]!))) joins = true;
      } else if (scan.words === 0 && scan.acronymEnd === start - 1 && text.charCodeAt(start - 1) === 32 && regionTerm(text.slice(start, covered[3 * ci + 1]!))) {
        // (so after an acronym alone, counted as one: `MUI` + `Jawa Barat meminta …`)
        pushWord(scan.acronymStart, scan.acronymEnd);
        scan.runEnd = scan.acronymEnd;
        joins = true;
      }
      if (!joins && scan.words) flushRun(text);
      if (joins || NAME_HEADS.has(text.slice(start, end))) {
        let termEnd = covered[3 * ci + 1]!;
        DIRECTION_AFTER.lastIndex = termEnd;
        const d = DIRECTION_AFTER.exec(text);
        if (d !== null) termEnd += d[0].length;
        if (joins || d !== null) {
          pushWord(start, termEnd);
          scan.prevEnd = scan.skipTo = termEnd;
          scan.startsSentence = false;
          // (the name goes on over `untuk` after the term: `Kantor Komisaris Tinggi PBB untuk Hak Asasi Manusia`)
          if (joins && scan.bridges !== null && scan.bridges.has(termEnd)) { scan.runEnd = termEnd; return; }
        }
      }
    }
    if (scan.words) flushRun(text);
    return;
  }
  // the word without trailing hyphens and apostrophes: [start, wEnd)
  let wEnd = end;
  let acronym: boolean, named: boolean;
  if (word === undefined) {
    for (let c = text.charCodeAt(wEnd - 1); c === 0x2d || c === 0x27; c = text.charCodeAt(wEnd - 1)) wEnd--;
    acronym = asciiAcronym(text, start, wEnd) || asciiMixedShortForm(text, start, wEnd);
    named = acronym || asciiCapitalised(text, start, wEnd);
    if (named && isNotTerm(text, start, wEnd)) named = false;
  } else {
    const last = word.charCodeAt(word.length - 1);
    const w = last === 0x2d || last === 0x27 || last === 0x2019 ? word.replace(/[-'’]+$/, "") : word;
    wEnd = start + w.length;
    acronym = ACRONYM.test(w) || MIXED_SHORT_FORM.test(w);
    named = !NOT_TERMS.has(w) && (acronym || CAPITALISED.test(w));
  }
  // a class's code after `Kelas` inside a name (`Lembaga Pemasyarakatan Kelas IIA Kerobokan`, `Lapas Kelas I Cipinang`): a word of the run
  if ((text.charCodeAt(start) === 0x49 || text.charCodeAt(start) === 0x56) && wEnd - start <= 4 && scan.words > 0 && scan.runEnd === start - 1 && text.charCodeAt(start - 1) === 32 && CLASS_CODE.test(text.slice(start, wEnd)) &&
    writtenAt(text, scan.ws[scan.words - 1]!, scan.we[scan.words - 1]!, CLASS_WORDS)) { pushWord(start, wEnd); scan.runEnd = end; return; }
  // an amount with its currency glued on (`Rp309`, `USD500`) is no term
  if (named && wEnd - start > 2 && isAsciiDigit(text.charCodeAt(wEnd - 1)) && CURRENCY_AMOUNT.test(text.slice(start, wEnd))) named = false;
  // a currency prefix (`US$`, `S$`, `HK$`) is no term, nor a part of a web address (`KOMPAS.com`, `ANDALPOST.COM`)
  if (named && (text.charCodeAt(wEnd) === 0x24 || inDomain(text, start, wEnd))) named = false;
  // `Dalam` in a portfolio's name inside a run (`Menteri Dalam Negeri`, `Kementerian Dalam Negeri`)
  if (!named && wEnd - start === 5 && scan.words > 0 && scan.runEnd === start - 1 && text.charCodeAt(start - 1) === 32 && text.startsWith("Dalam Negeri", start)) named = true;
  // an abbreviation with its period (`Kab. Sidoarjo` → `Sidoarjo`)
  if (named && text.charCodeAt(wEnd) === 0x2e && isAbbreviated(text, start, wEnd)) named = false;
  if (!named) { if (scan.words) flushRun(text); return; }
  // a company's legal form opens its name (`PT Dirgantara Indonesia`); alone it is no term
  if (acronym && wEnd - start === 2 && (text.startsWith("PT", start) || text.startsWith("CV", start))) acronym = false;
  if (acronym) {
    const a = text.slice(start, wEnd);
    // a rank written in capitals (`Kapolres Banjarnegara AKBP Erick Budi Santoso`): no term; it ends the run
    if (RANKS.has(a)) { if (scan.words) flushRun(text); return; }
    const adjacent = scan.words > 0 && scan.runEnd === start - 1 && text.charCodeAt(start - 1) === 32;
    // a club's last word (`Arema FC`): a word of the run, no term alone
    if (adjacent && NAME_ENDING_ACRONYMS.has(a)) { pushWord(start, wEnd); scan.runEnd = end; return; }
    // a hospital's, a school's acronym before its name (`RSUD Dr Soetomo`, `RSUD Tarakan`): a term, and the name's first word
    // (the name is the term, the acronym no term alone there: a translator renders `RSUD Tarakan`)
    if (NAME_OPENING_ACRONYMS.has(a) && wEnd === end && nameGoesOn(text, end)) {
      if (adjacent) { pushWord(start, wEnd); scan.runEnd = end; } else openRun(text, gapStart, start, wEnd, end);
      return;
    }
    // (whether a name follows is read only where it matters: after a run, or two capitals after a comma)
    const afterComma = !adjacent && wEnd - start === 2 && start >= 2 && text.charCodeAt(start - 2) === 0x2c && text.charCodeAt(start - 1) === 32;
    const goesOn = (adjacent || afterComma) && wEnd === end && nameGoesOn(text, end);
    // an acronym inside a name or after a title, a name going on after it (`Dinas Kesehatan DKI Jakarta`,
    // `Pangkalan Udara Mutiara SIS Al-Jufri`, `Panglima TNI Jenderal …`, `Gubernur DKI Jakarta …`): a term of
    // its own, and a word of the run (./candidate-runs.ts splits the run); not after a sentence-opening common
    // noun alone (`Petugas` + `TMC` + `Polda Metro Jaya`)
    let ws: string[] | null = null;
    if (adjacent && goesOn) {
      ws = [];
      for (let k = 0; k < scan.words; k++) ws.push(text.slice(scan.ws[k]!, scan.we[k]!));
      // (`Presiden BJ Habibie`: a person's initials after a bare title; they open the name)
      if (titledInitials(a, ws, ONE_NAME_WORD.test(text.slice(end, end + 64)))) { openRun(text, gapStart, start, wEnd, end); return; }
      if (runTakesAcronym(ws, scan.startsSentence)) {
        (scan.out ??= []).push({ term: a, kind: "acronym" });
        pushWord(start, wEnd);
        scan.runEnd = end;
        return;
      }
    }
    // a place's head alone (or with `Internasional`, …) before an acronym that ends the run (`Stadion GBLA, Sabtu`, `Bandara YIA`,
    // `Bandara Internasional YIA`, `Rutan KPK`): one name, the
    // acronym a term of its own too (candidate-runs.ts PLACE_HEADS); not one of two (`Gedung DPR/MPR`)
    if (adjacent && !goesOn && (scan.words === 1 || (scan.words === 2 && PLACE_QUALIFIERS.has(text.slice(scan.ws[1]!, scan.we[1]!)))) && text.charCodeAt(wEnd) !== 0x2f &&
      PLACE_HEADS.has(text.slice(scan.ws[0]!, scan.we[0]!))) {
      (scan.out ??= []).push({ term: a, kind: "acronym" });
      pushWord(start, wEnd);
      scan.runEnd = end;
      return;
    }
    // two capitals before a name after an office (`Kepala Staf Kepresidenan AM Putranto`) or after a comma
    // (`…, AG Wicaksono, …`): a person's initials, which open the name (./candidate-runs.ts mayBeInitials)
    if (goesOn && (ws !== null ? mayBeInitials(a, ws) : afterComma && mayBeInitials(a, null))) {
      openRun(text, gapStart, start, wEnd, end);
      return;
    }
    if (scan.words) flushRun(text);
    (scan.out ??= []).push({ term: a, kind: "acronym" });
    scan.acronymStart = start; scan.acronymEnd = wEnd;
    return;
  }
  if (scan.words && scan.runEnd === start - 1 && text.charCodeAt(start - 1) === 32) { pushWord(start, wEnd); scan.runEnd = end; return; }
  // a name's inner `dan` / `of` / list comma (`Badan Pengawas Obat dan Makanan`): the run goes on
  if (scan.words && scan.bridges !== null && scan.bridges.get(scan.runEnd) === start) { pushWord(start, wEnd, text.slice(scan.runEnd, start)); scan.runEnd = end; return; }
  openRun(text, gapStart, start, wEnd, end);
}

/** A new run from the word [start, wEnd) (its end with trailing hyphens: `end`), the run before flushed. */
function openRun(text: string, gapStart: number, start: number, wEnd: number, end: number): void {
  if (scan.words) flushRun(text);
  const gap = gapStart === start ? "" : text.slice(gapStart, start);
  // a body's acronym and a derived noun right after it (`BPJS Kesehatan`): one name (the acronym was counted on its own)
  if (scan.acronymEnd === start - 1 && text.charCodeAt(start - 1) === 32 && isAffixed(text.slice(start, wEnd))) {
    // (the acronym, counted alone when it was met, is the name's first word: `BPJS Kesehatan`, not `BPJS` too)
    const out = scan.out, last = out !== null ? out[out.length - 1] : undefined;
    if (last !== undefined && last.kind === "acronym" && last.term === text.slice(scan.acronymStart, scan.acronymEnd)) out!.pop();
    pushWord(scan.acronymStart, scan.acronymEnd);
    pushWord(start, wEnd);
    scan.startsSentence = false;
    scan.runEnd = end;
    return;
  }
  // (a word in brackets right after a word is no sentence start: `Kementerian Komunikasi dan Digital (Komdigi)`)
  scan.startsSentence = gapStart === 0 ? OPENING_GAP.test(gap) : SENTENCE_GAP.test(gap) || (/^\s*["“(]\s*$/.test(gap) && !(gap === " (" && text.charCodeAt(wEnd) === 0x29));
  pushWord(start, wEnd);
  scan.runEnd = end;
}

/** One ASCII capital at `start`, unless inside a word: the word from there (letters, digits, ' and -); returns its end (or start + 1). */
function onAsciiCapital(text: string, covered: ArrayLike<number>, n: number, start: number): number {
  if (start > 0 && insideAsciiWord(text, start)) return start + 1;
  let end = start + 1;
  while (end < text.length && isAsciiWordChar(text.charCodeAt(end))) end++;
  scan.prevEnd = lastAsciiWordEnd(text, start); // the end of the word before (what the gap starts from)
  onWord(text, covered, n, start, end, undefined);
  return end;
}

/**
 * candidateSpans with the covered spans as [start, end, any] triples (`n` of them, sorted): the
 * matcher's flat output. `tokens`: the text's tokens (./glossary/tokenize.ts), when the caller has
 * them: a plain text's capitals are then read at its word starts instead of searched for.
 * The result may be shared (do not modify it).
 */
export function candidateSpansFlat(text: string, covered: ArrayLike<number>, n: number, tokens: Tokens | null = null, hint: SegmentHint = undefined): readonly Span[] {
  if (!DIGIT_SLASH_CAPITAL.test(text)) return scanSpans(text, covered, n, tokens, hint); // (no capital after a digit: no code; others are checked below)
  const digitCapital = DIGIT_CAPITAL.test(text), unitSlash = !digitCapital || UNIT_SLASH.test(text);
  // codes that open with a digit (`5G`, `3M`, and the name they start: `3M Plus`), and military units' numbered names
  // (`Korem 061/Suryakancana`): found first, then covered for the scan of the rest (which reads words that open with a capital)
  const codes = digitCapital ? digitCodes(text, covered, n) : [];
  if (unitSlash) {
    const units = unitCodes(text, covered, n);
    if (units.length > 0) { codes.push(...units); codes.sort((x, y) => x.start - y.start); }
  }
  if (codes.length === 0 || headlineLike(text, isTitleCase(text), hint)) return scanSpans(text, covered, n, tokens, hint);
  const merged: number[] = [];
  let k = 0;
  for (const c of codes) {
    while (k < n && covered[3 * k]! < c.start) { merged.push(covered[3 * k]!, covered[3 * k + 1]!, covered[3 * k + 2]!); k++; }
    merged.push(c.start, c.end, -1);
  }
  for (; k < n; k++) merged.push(covered[3 * k]!, covered[3 * k + 1]!, covered[3 * k + 2]!);
  return [...scanSpans(text, merged, n + codes.length, null, hint), ...codes.map((c) => c.span)];
}

/** A digit then a capital, a slash between or not: DIGIT_CAPITAL or UNIT_SLASH (one quick test). */
const DIGIT_SLASH_CAPITAL = /[0-9]\/?[A-Z\u00c0-\uffff]/;
/** A digit, a slash and a capital: a text that may name a military unit by its number (`Yonif 500/Raider`; a quick test). */
const UNIT_SLASH = /\d\/[A-Z\u00c0-\uffff]/;
/** A word, a number, a slash and a capitalised word: a unit's number and name (`Korem 061/Suryakancana`); the words after it in group 3. */
const UNIT_CODE = /(?<![\p{L}\p{N}'’.-])(\p{Lu}\p{L}+) \d{1,4}\/\p{Lu}[\p{L}\p{N}'’-]*((?: \p{Lu}[\p{L}\p{N}'’-]*)*)/gu;
/**
 * Military units numbered and named after a slash (`Korem 061/Suryakancana`, `Yonif 500/Raider`, `Kodim 0503/Jakarta Barat`, `Brigif
 * 17/Kujang I`): the unit, number and name, one term; after a unit's commander (`Danrem 061/Suryakancana`) the title alone is the term.
 */
const UNIT_HEADS: ReadonlySet<string> = new Set("Kodam Korem Kodim Koramil Yonif Yonkav Yonarmed Yonarhanud Yonzipur Yon Brigif Batalyon Brigade Resimen Divif Lantamal Lanal Lanud Denpom Rindam".split(" "));
const UNIT_COMMANDERS: ReadonlySet<string> = new Set("Pangdam Danrem Dandim Danramil Danyon Danbrigif Danlantamal Danlanal Danlanud".split(" "));

/** The numbered units of `text` (see UNIT_HEADS) that no glossary match covers, in order. */
function unitCodes(text: string, covered: ArrayLike<number>, n: number): { start: number; end: number; span: Span }[] {
  const out: { start: number; end: number; span: Span }[] = [];
  UNIT_CODE.lastIndex = 0;
  for (let m = UNIT_CODE.exec(text); m !== null; m = UNIT_CODE.exec(text)) {
    const head = m[1]!, commander = UNIT_COMMANDERS.has(head);
    if (!commander && !UNIT_HEADS.has(head)) { UNIT_CODE.lastIndex = m.index + head.length; continue; }
    const start = m.index;
    // the name's words after the slash, up to a word that is no part of a name (a rank, a title) or that a glossary term covers
    let end = start + m[0].length - m[2]!.length;
    for (const w of m[2]!.split(" ").slice(1)) {
      const ws = end + 1, we = ws + w.length;
      if (NOT_TERMS.has(w) || RANKS.has(w) || droppedAlone(w) || isShortTitle(w) || overlaps(covered, n, ws, we)) break;
      end = we;
    }
    if (overlaps(covered, n, start, end)) continue;
    out.push({ start, end, span: { term: commander ? head : text.slice(start, end), kind: "name" } });
  }
  return out;
}

/** A digit then a capital: a text that may hold a code such as `5G` (a quick test). */
const DIGIT_CAPITAL = /[0-9][A-Z\u00c0-\uffff]/;
/** A code: one digit, one to three capitals (`5G`, `3M`, `4K`), alone as a word; then the capitalised words that follow it. */
const DIGIT_CODE = /(?<![\p{L}\p{N}'’.,/-])\d\p{Lu}{1,3}(?![\p{L}\p{N}'’/-])((?: \p{Lu}\p{Ll}[\p{L}\p{N}\p{M}'’-]*)*)/gu;
/** The capitalised word right before a code (group 1). */
const CAPITALISED_BEFORE = /(?:^|[^\p{L}\p{N}])(\p{Lu}[\p{L}\p{N}]*) $/u;
/**
 * Words that number what follows them (`Pasal 2A`, `Terminal 1A`, `Fase 2B`, `Blok 3C`): a numbered
 * part, no code. After any other capitalised word the code stands (`Jaringan 5G`, `Gerakan 3M Plus`).
 */
const NUMBERING = new Set(("Pasal Ayat Bab Huruf Butir Halaman Lampiran Terminal Fase Tahap Tahapan Gelombang Babak Putaran Grup Pot Blok Kavling Kav " +
  "Lantai Gedung Menara Tower Ruang Ruangan Kamar Kelas Kategori Golongan Tipe Seri Model Versi Level Tingkat Zona Sektor Klaster Unit Nomor No " +
  "Gerbang Pintu Peron Jalur Dermaga Gate Platform Apartemen Rumah Jalan Jl Gang Km RT RW Regu Kompi Batalyon Seksi Sesi").split(" "));

/** The codes of `text` that open with a digit and no glossary match covers, in order. */
function digitCodes(text: string, covered: ArrayLike<number>, n: number): { start: number; end: number; span: Span }[] {
  const out: { start: number; end: number; span: Span }[] = [];
  DIGIT_CODE.lastIndex = 0;
  for (let m = DIGIT_CODE.exec(text); m !== null; m = DIGIT_CODE.exec(text)) {
    const start = m.index;
    const before = CAPITALISED_BEFORE.exec(text.slice(Math.max(0, start - 40), start));
    if (before !== null && NUMBERING.has(before[1]!)) continue;
    // the words after the code, up to a word that is no part of a name or that a glossary term covers
    let end = start + m[0].length - m[1]!.length;
    for (const w of m[1]!.split(" ").slice(1)) {
      const ws = end + 1, we = ws + w.length;
      if (NOT_TERMS.has(w) || overlaps(covered, n, ws, we)) break;
      end = we;
    }
    if (overlaps(covered, n, start, end)) continue;
    const term = text.slice(start, end);
    out.push({ start, end, span: { term, kind: term.includes(" ") ? "name" : "acronym" } });
  }
  return out;
}

function overlaps(covered: ArrayLike<number>, n: number, start: number, end: number): boolean {
  for (let k = 0; k < n; k++) if (covered[3 * k]! < end && covered[3 * k + 1]! > start) return true;
  return false;
}

function scanSpans(text: string, covered: ArrayLike<number>, n: number, tokens: Tokens | null, hint: SegmentHint): readonly Span[] {
  const plain = tokens !== null && tokens.plain && tokens.source === text;
  const nCapitals = plain ? capitalWords(text, tokens) : 0;
  if (headlineLike(text, plain ? capitalsTitleCase : isTitleCase(text), hint)) return NO_SPANS; // a headline in title case capitalises every word
  // (a plain text whose one capital opens it, on a word that is no acronym (a lower-case letter follows):
  // a lone capitalised word that starts the sentence, no candidate; most sentences)
  if (plain && nCapitals === 1 && capitals[0] === 0) { const c1 = text.charCodeAt(1); if (c1 >= 97 && c1 <= 122) return NO_SPANS; }
  // a dateline copied into the sentence (`JAKARTA, KOMPAS.com — `) is no term, and the sentence starts after it
  const c0 = text.charCodeAt(0);
  if (c0 >= 65 && c0 <= 90 && text.charCodeAt(1) >= 65 && text.charCodeAt(1) <= 90) {
    const d = DATELINE.exec(text);
    if (d) text = " ".repeat(d[0].length) + text.slice(d[0].length);
  }
  scan.words = 0; scan.startsSentence = false; scan.runEnd = -1; scan.acronymStart = scan.acronymEnd = -1; scan.prevEnd = 0; scan.skipTo = 0; scan.ci = 0; scan.out = null; scan.covered = covered; scan.n = n;
  scan.bridges = nameBridges(text);
  if (plain && tokens.source === text) {
    // plain ASCII text: a capital that is not inside a word starts a token (words of the scan below
    // run over ' and -, tokens do not: a token start inside such a word is inside a word there too)
    // (the words that start with a capital, listed by capitalWords)
    const at = capitals;
    let next = 0;
    for (let k = 0; k < nCapitals; k++) {
      const s = at[k]!;
      if (s >= next) next = onAsciiCapital(text, covered, n, s);
    }
  } else if (!NON_ASCII.test(text)) {
    // ASCII text: only the words that start with a capital matter (a word of another kind between two
    // of them ends a run, which the next capitalised word notices anyway: it does not follow the run
    // after one space); a native search jumps from capital to capital
    CAPITAL.lastIndex = 0;
    for (let m = CAPITAL.exec(text); m !== null; m = CAPITAL.exec(text)) CAPITAL.lastIndex = onAsciiCapital(text, covered, n, m.index);
  } else {
    // text with non-ASCII characters: Unicode word boundaries (the regular expression)
    WORD_RE.lastIndex = 0;
    for (let m = WORD_RE.exec(text); m !== null; m = WORD_RE.exec(text)) {
      const start = m.index;
      const end = start + m[0].length;
      if (!isUpperStart(m[0])) {
        scan.prevEnd = end;
        // (the `dan` inside a name's bridge does not end the run)
        if (scan.words && !(scan.bridges !== null && (scan.bridges.get(scan.runEnd) ?? -1) > start)) flushRun(text);
        continue;
      }
      onWord(text, covered, n, start, end, m[0]);
    }
  }
  if (scan.words) flushRun(text);
  const out = scan.out as Span[] | null;
  scan.out = null;
  scan.bridges = null;
  scan.covered = []; scan.n = 0;
  if (out !== null && out.length > 1) withLegalForm(text, out);
  return out ?? NO_SPANS;
}

/**
 * A state company's name and its legal form in brackets, with `Tbk` after it when listed (`PT Bank Rakyat Indonesia (Persero)
 * Tbk`): one term, as `PT Bank Central Asia Tbk` is; the scan met the bracketed word (and `Tbk`) as terms of their own.
 */
function withLegalForm(text: string, out: Span[]): void {
  for (let i = out.length - 1; i > 0; i--) {
    const name = out[i - 1]!.term;
    if (out[i]!.term !== "Persero" || out[i - 1]!.kind !== "name" || !text.includes(`${name} (Persero)`)) continue;
    const listed = out[i + 1]?.term === "Tbk" && text.includes(`${name} (Persero) Tbk`);
    out.splice(i - 1, listed ? 3 : 2, { term: `${name} (Persero)${listed ? " Tbk" : ""}`, kind: "name" });
  }
}

/**
 * ACRONYM.test(w) for an ASCII word text[s, e): 2–6 capitals then digits, or capitals then at least
 * one digit (`G20`), maybe then capitals and digits (`H5N1`); or up to 8 capitals, a hyphen and
 * digits (`U-23`, `SATRIA-1`, `COVID-19`).
 */
function asciiAcronym(text: string, s: number, e: number): boolean {
  const cap = (i: number) => text.charCodeAt(i) >= 0x41 && text.charCodeAt(i) <= 0x5a;
  let u = s;
  while (u < e && cap(u)) u++;
  if (u === s) return false;
  if (u === e) return u - s <= 6 && u - s >= 2;
  if (text.charCodeAt(u) === 0x2d) {
    if (u - s > 8 || u + 1 === e) return false;
    for (let i = u + 1; i < e; i++) if (!isAsciiDigit(text.charCodeAt(i))) return false;
    return true;
  }
  let i = u;
  while (i < e && isAsciiDigit(text.charCodeAt(i))) i++;
  if (i === u) return false;
  if (i === e) return true;
  if (!cap(i)) return false;
  for (; i < e; i++) if (!cap(i) && !isAsciiDigit(text.charCodeAt(i))) return false;
  return true;
}

/**
 * A short form in mixed case, three capitals or more then two lower-case letters or more (`LLDikti`, `BPJamsostek`): a
 * short form of the name it abbreviates, as an acronym is (two capitals are a word typed with the shift key held: `MEnteri`).
 */
const MIXED_SHORT_FORM = /^\p{Lu}{3,6}\p{Ll}{2,}$/u;
/** MIXED_SHORT_FORM.test(w) for an ASCII word text[s, e). */
function asciiMixedShortForm(text: string, s: number, e: number): boolean {
  // (most words: a lower-case letter second; no closure made per word)
  let c = text.charCodeAt(s + 1);
  if (e - s < 5 || c < 0x41 || c > 0x5a) return false;
  let u = s + 2;
  for (c = text.charCodeAt(u); u < e && c >= 0x41 && c <= 0x5a; c = text.charCodeAt(++u));
  if (u - s < 3 || u - s > 6 || e - u < 2) return false;
  for (let i = u; i < e; i++) { c = text.charCodeAt(i); if (c < 0x61 || c > 0x7a) return false; }
  return true;
}

/** CAPITALISED.test(w) for an ASCII word text[s, e): a capital then a lower-case letter. */
function asciiCapitalised(text: string, s: number, e: number): boolean {
  if (e - s < 2) return false;
  const a = text.charCodeAt(s), b = text.charCodeAt(s + 1);
  return a >= 0x41 && a <= 0x5a && b >= 0x61 && b <= 0x7a;
}

// eslint-disable-next-line no-control-regex -- a range from U+0000: every character outside ASCII
const NON_ASCII = /[^\x00-\x7f]/;
const CAPITAL = /[A-Z]/g;
/** A character that continues an ASCII word as WORD_RE reads it: a letter, a digit, ' or -. */
const isAsciiWordChar = (c: number): boolean => isAsciiAlnum(c) || c === 39 || c === 45;

/** Is text[i] (ASCII) inside a word that starts before it (a letter or digit, then letters, digits, ' and - up to i)? */
function insideAsciiWord(text: string, i: number): boolean {
  let j = i - 1;
  while (j >= 0 && (text.charCodeAt(j) === 39 || text.charCodeAt(j) === 45)) j--;
  return j >= 0 && isAsciiAlnum(text.charCodeAt(j));
}

/** The end of the last ASCII word (as WORD_RE reads words) that ends at or before `start`; 0 if none. */
function lastAsciiWordEnd(text: string, start: number): number {
  let j = start - 1;
  while (j >= 0) {
    const c = text.charCodeAt(j);
    if (isAsciiAlnum(c)) return j + 1;
    if (c === 39 || c === 45) {
      // trailing ' and - belong to the word they follow, if any
      let k = j - 1;
      while (k >= 0 && (text.charCodeAt(k) === 39 || text.charCodeAt(k) === 45)) k--;
      if (k >= 0 && isAsciiAlnum(text.charCodeAt(k))) return j + 1;
      j = k;
      continue;
    }
    j--;
  }
  return 0;
}

/** What the engine (mergeAudit, src/check/audit-stream.ts) and the test oracle (test/helpers/audit-oracle.ts) gather per concept. */
export interface ConceptTally {
  readonly occ: number;
  readonly pairs: number;
  readonly renderings: ReadonlyMap<string, { readonly text: string; readonly status: string; readonly count: number }>;
  readonly violations: Violations;
  readonly forbidden: readonly { readonly ref: string; readonly text: string }[];
  readonly untranslated: readonly { readonly ref: string; readonly text: string }[];
}

/** Per-concept audits, worst first, and the concepts seen on neither side. */
export function assembleConcepts(
  concepts: readonly Concept[],
  tally: (id: string) => ConceptTally | undefined,
  seenTarget: ReadonlySet<string>,
  violatingPairs: (id: string) => number,
): { conceptAudits: ConceptAudit[]; neverSeen: { id: string; sources: string[] }[] } {
  const conceptAudits: ConceptAudit[] = [];
  const neverSeen: { id: string; sources: string[] }[] = [];
  for (const c of concepts) {
    const a = tally(c.id);
    const sources = c.sources.map((s) => s.text);
    if (!a || (a.occ === 0 && !seenTarget.has(c.id))) { neverSeen.push({ id: c.id, sources }); continue; }
    conceptAudits.push({
      id: c.id, sources, preferred: c.renderings.filter((r) => r.status === "preferred").map((r) => r.text), dnt: c.dnt,
      sourceOccurrences: a.occ, pairs: a.pairs,
      renderings: [...a.renderings.values()].sort((x, y) => y.count - x.count || x.text.localeCompare(y.text)),
      compliant: a.pairs - violatingPairs(c.id),
      violations: a.violations, forbidden: a.forbidden, untranslated: a.untranslated,
    });
  }
  conceptAudits.sort((x, y) => y.violations.length - x.violations.length || y.sourceOccurrences - x.sourceOccurrences || x.id.localeCompare(y.id));
  return { conceptAudits, neverSeen };
}

/** Consistency findings grouped by the shared side (source or rendering), variants in order seen. */
export function groupConflicts(found: Iterable<{ readonly kind: Conflict["kind"]; readonly pair: PairToCheck }>): Conflict[] {
  const groups = new Map<string, { kind: Conflict["kind"]; text: string; variants: Map<string, { text: string; refs: string[] }> }>();
  for (const { kind, pair: p } of found) {
    const [shared, variant] = kind === "inconsistent-rendering" ? [p.source, p.target] : [p.target, p.source];
    const key = `${kind}\u0000${normalizeFast(shared)}`;
    let g = groups.get(key);
    if (!g) groups.set(key, (g = { kind, text: shared.trim(), variants: new Map() }));
    const vk = normalizeFast(variant);
    const v = g.variants.get(vk);
    if (v) v.refs.push(p.ref);
    else g.variants.set(vk, { text: variant.trim(), refs: [p.ref] });
  }
  return [...groups.values()].map((g) => ({ kind: g.kind, text: g.text, variants: [...g.variants.values()] }));
}

/**
 * Is `term` in `text` right after a word and a stray full stop that the glossary knows it with (`Kim. Jong Un`
 * beside a glossary `Kim Jong Un`)? Then it is a known term cut by a typo, no new one.
 */
export function cutFromKnown(text: string, term: string, known: ReadonlySet<string>): boolean {
  for (let i = text.indexOf(term); i >= 2; i = text.indexOf(term, i + 1)) {
    if (text.charCodeAt(i - 1) !== 32 || text.charCodeAt(i - 2) !== 0x2e) continue;
    const m = /([\p{L}\p{N}'’-]+)\. $/u.exec(text.slice(Math.max(0, i - 40), i));
    if (m !== null && known.has(`${m[1]} ${term}`.toLowerCase())) return true;
  }
  return false;
}

/** Lower-cased source forms of the glossary: candidate terms never repeat one. */
export function knownSources(concepts: readonly Concept[]): Set<string> {
  const known = new Set<string>();
  for (const c of concepts) for (const s of c.sources) known.add(s.text.toLowerCase());
  return known;
}

/** The candidate terms a report saw but does not list, and why (see AuditReport.candidatesUnlisted). */
export interface CandidatesUnlisted {
  /** The report's threshold: terms seen fewer times are not listed. */
  readonly minCount: number;
  /** Distinct terms seen fewer than `minCount` times. */
  readonly belowMinCount: number;
  /** Distinct terms seen often enough but beyond the list's length. */
  readonly beyondLimit: number;
}

/** How many of `all` a list ranked by rankCandidates(all, minCount, …) leaves out, and why. */
export function candidatesUnlisted(all: Iterable<CandidateTerm>, minCount: number, listed: number): CandidatesUnlisted {
  let below = 0, often = 0;
  for (const c of all) if (c.count >= minCount) often++; else below++;
  return { minCount, belowMinCount: below, beyondLimit: often - listed };
}

/** Candidate terms seen at least `minCount` times, most frequent first, at most `max`. */
export function rankCandidates<T extends CandidateTerm>(all: Iterable<T>, minCount: number, max = 100): T[] {
  return [...all].filter((c) => c.count >= minCount).sort((a, b) => b.count - a.count || a.term.localeCompare(b.term)).slice(0, max);
}

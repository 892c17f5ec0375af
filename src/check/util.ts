/** Small helpers shared by checks. Pure. */
import { enforceLevel, type Concept, type SourceMatch, type TargetMatch, type TermRendering } from "../glossary/types";
import type { Severity } from "./types";
import { normalizeText } from "../text/normalize";
import { FREEDICT_ENG_IND } from "../align/freedict-eng-ind";
import { englishStem, indonesianStems } from "../align/lexicon";
import { distance } from "fastest-levenshtein";

/** The concepts a target match belongs to (the matcher may report a rendering shared by concepts). */
export function targetEntries(m: TargetMatch): readonly { entry: string; status: string; rendering: string }[] {
  const ex = (m as TargetMatch & { entries?: readonly { entry: string; status: string; rendering: string }[] }).entries;
  return ex && ex.length ? ex : [{ entry: m.entry, status: m.status, rendering: m.rendering }];
}

// the checks of one pair group the same matches one after the other: the last grouping is remembered
let groupedOf: object | undefined;
let grouped: Map<string, unknown[]> | undefined;
/** Source matches grouped by concept, in order of first occurrence (remembered for the last matches array). */
export function groupByEntry<T extends { entry: string }>(matches: readonly T[]): Map<string, T[]> {
  if (groupedOf === matches) return grouped as Map<string, T[]>;
  const out = new Map<string, T[]>();
  groupedOf = matches;
  grouped = out as Map<string, unknown[]>;
  for (const m of matches) {
    const g = out.get(m.entry);
    if (g) g.push(m);
    else out.set(m.entry, [m]);
  }
  return out;
}

/** Lower-cased glossary texts (renderings, forms: a bounded set), cached. */
const folded = new Map<string, string>();
export const fold = (s: string): string => {
  let f = folded.get(s);
  if (f === undefined) {
    if (folded.size > 50_000) folded.clear();
    folded.set(s, (f = s.toLowerCase()));
  }
  return f;
};

/** text.toLowerCase(), remembered for the last two texts (the checks of a pair lower-case its source and target again and again). */
let lowA = "", lowAL = "", lowB = "", lowBL = "";
export function lowerCased(text: string): string {
  if (text === lowA) return lowAL;
  if (text === lowB) return lowBL;
  lowB = lowA; lowBL = lowAL;
  lowA = text; lowAL = text.toLowerCase();
  return lowAL;
}

/** fold(a) === fold(b), without lower-casing ASCII texts (compared code by code, letters folded). */
export function sameFolded(a: string, b: string): boolean {
  if (a === b) return true;
  const n = a.length;
  if (n === b.length) {
    let i = 0;
    for (; i < n; i++) {
      const c = a.charCodeAt(i), d = b.charCodeAt(i);
      if (c === d) continue;
      if ((c | d) >= 0x80) return fold(a) === fold(b);
      if ((c | 0x20) !== (d | 0x20) || (c | 0x20) < 0x61 || (c | 0x20) > 0x7a) return false;
    }
    return true;
  }
  // different lengths: different unless lower-casing some non-ASCII character changes a length
  return !isAscii(a) || !isAscii(b) ? fold(a) === fold(b) : false;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 0x80) return false;
  return true;
}

/** Does the target satisfy the concept of `sm` (a non-forbidden rendering of it is present)? */
export function conceptRendered(entry: string, renderings: readonly TermRendering[], targetTerms: readonly TargetMatch[]): boolean {
  for (const t of targetTerms) {
    for (const e of targetEntries(t)) {
      if (e.status === "forbidden") continue;
      if (e.entry === entry) return true;
      for (let k = 0; k < renderings.length; k++) {
        const x = renderings[k]!;
        if (x.status !== "forbidden" && sameFolded(x.text, e.rendering)) return true;
      }
    }
  }
  return false;
}

export function forbiddenFor(entry: string, targetTerms: readonly TargetMatch[]): boolean {
  return targetTerms.some((t) => targetEntries(t).some((e) => e.entry === entry && e.status === "forbidden"));
}

/** Counts occurrences, merging an occurrence directly followed by another in brackets ("Korea Utara (Korut)"). */
export function countOccurrences(text: string, spans: readonly { start: number; end: number }[]): number {
  if (spans.length < 2) return spans.length;
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let n = 0;
  for (let i = 0; i < sorted.length; i++) {
    const prev = sorted[i - 1];
    if (prev && /^\s*[([]\s*$/.test(text.slice(prev.end, sorted[i]!.start))) continue;
    n++;
  }
  return n;
}

const WORD_CHAR = /[\p{L}\p{N}\p{M}]/u;
const isWordChar = (ch: string | undefined) => ch !== undefined && WORD_CHAR.test(ch);

/** The first whole-word occurrence of `needle` in `text` (Unicode letters/digits are word characters). */
export function findWord(text: string, needle: string, caseSensitive: boolean): { start: number; end: number } | undefined {
  if (!needle) return undefined;
  const hay = caseSensitive ? text : lowerCased(text);
  const ndl = caseSensitive ? needle : needle.toLowerCase();
  // toLowerCase keeps UTF-16 lengths for the scripts we meet; if not, fall back to exact case
  if (hay.length !== text.length || ndl.length !== needle.length) return caseSensitive ? undefined : findWord(text, needle, true);
  for (let i = hay.indexOf(ndl); i >= 0; i = hay.indexOf(ndl, i + 1)) {
    if (!isWordChar(text[i - 1]) && !isWordChar(text[i + ndl.length])) return { start: i, end: i + ndl.length };
  }
  return undefined;
}

export function preferredRendering(renderings: readonly TermRendering[]): TermRendering | undefined {
  return renderings.find((r) => r.status === "preferred") ?? renderings.find((r) => r.status === "admitted");
}

export function renderingsOf(sm: SourceMatch, concepts?: ReadonlyMap<string, Concept>): readonly TermRendering[] {
  return sm.renderings.length ? sm.renderings : concepts?.get(sm.entry)?.renderings ?? [];
}

/**
 * Median of a non-empty array: the middle value (or the mean of the two middle values) of the values
 * sorted as a typed array sorts them (numerically, -0 before 0, NaN last). The middle values are
 * selected in place in a copy (quickselect: linear time, not a sort of a million measures); a copy
 * with NaN, or a selection that does not narrow down, is sorted instead.
 */
export function median(values: ArrayLike<number>): number {
  const s = Float64Array.from(values);
  const n = s.length, mid = n >> 1;
  let sorted = n < 32;
  if (!sorted) for (let i = 0; i < n; i++) if (s[i] !== s[i]) { sorted = true; break; }
  if (sorted || !selectInPlace(s, mid)) {
    s.sort();
    return n % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
  }
  // s[mid] is the value at mid; the value at mid - 1 the largest before it
  let hi = s[mid]!;
  if (n % 2 === 0) {
    let lo = s[0]!;
    for (let i = 1; i < mid; i++) if (s[i]! > lo) lo = s[i]!;
    if (lo === 0 || hi === 0) { lo = zeroAt(s, mid - 1, lo); hi = zeroAt(s, mid, hi); }
    return (lo + hi) / 2;
  }
  return hi === 0 ? zeroAt(s, mid, hi) : hi;
}

/** The zero at sorted position p of s (as a sort puts -0 before 0), v the value selected there. */
function zeroAt(s: Float64Array, p: number, v: number): number {
  if (v !== 0) return v;
  let below = 0, negativeZeros = 0;
  for (let i = 0; i < s.length; i++) {
    const x = s[i]!;
    if (x < 0) below++;
    else if (x === 0 && Object.is(x, -0)) negativeZeros++;
  }
  return p < below + negativeZeros ? -0 : 0;
}

/**
 * Puts the k-th smallest value of s (no NaN) at k, smaller or equal values before it and larger or
 * equal after (Hoare's quickselect, pivot the median of three); false when it did not narrow the
 * range down in a bounded number of rounds (s is then a permutation of what it was).
 */
function selectInPlace(s: Float64Array, k: number): boolean {
  let lo = 0, hi = s.length - 1;
  for (let rounds = 0; hi > lo; rounds++) {
    if (rounds > 200) return false;
    const a = s[lo]!, b = s[(lo + hi) >>> 1]!, c = s[hi]!;
    const pivot = a < b ? (b < c ? b : a < c ? c : a) : (a < c ? a : b < c ? c : b);
    let i = lo, j = hi;
    while (i <= j) {
      while (s[i]! < pivot) i++;
      while (s[j]! > pivot) j--;
      if (i <= j) { const t = s[i]!; s[i] = s[j]!; s[j] = t; i++; j--; }
    }
    if (k <= j) hi = j;
    else if (k >= i) lo = i;
    else return true;
  }
  return true;
}

const CAP_WORD_BEFORE = /(\p{Lu}[\p{L}\p{M}.'’-]*) $/u;
const CAP_WORD_AFTER = /^ (\p{Lu}[\p{L}\p{M}'’-]*)/u;
/** Capitalised words that never extend a name: articles, pronouns, prepositions, titles. */
const NOT_NAME = new Set(
  ("The A An In On At Of For And But Or By From To With As If When While That This He She It They We I His Her Its Their " +
    "President Minister Prime Secretary General Gen. Mr. Mrs. Ms. Dr. Leader Chairman Spokesman Spokeswoman Ambassador " +
    "Commander King Queen Senator Governor Envoy Adviser Advisor Defense Defence Foreign Deputy Vice").split(" "),
);

/**
 * Is the capitalised text at [start, end) part of a longer capitalised name ("America" in "South
 * America", "Newspaper" in "Workers' Newspaper")? A neighbouring word that is a title, a function
 * word or part of another glossary match does not extend the name ("Defense Minister Sergei Shogu").
 */
export function insideLongerName(text: string, start: number, end: number, others: readonly { start: number; end: number }[] = []): boolean {
  // "the South" in "the South China Sea": the name starts after the article
  if (/^the /i.test(text.slice(start, start + 4)) && end - start > 4) {
    // (a capitalised word right after "the South" makes it a longer name, whatever it is)
    return /^ \p{Lu}/u.test(text.slice(end, end + 2)) || insideLongerName(text, start + 4, end, others);
  }
  if (!/^\p{Lu}/u.test(text.slice(start, end))) return false;
  const inOther = (s: number, e: number) => others.some((o) => o.start < e && s < o.end && !(o.start === start && o.end === end));
  const lo = Math.max(0, start - 40);
  const before = CAP_WORD_BEFORE.exec(text.slice(lo, start));
  if (before && !NOT_NAME.has(before[1]!)) {
    const s = start - before[0].length;
    if (!inOther(s, s + before[1]!.length)) return true;
  }
  const after = CAP_WORD_AFTER.exec(text.slice(end, end + 40));
  if (after && !NOT_NAME.has(after[1]!)) {
    const s = end + 1;
    if (!inOther(s, s + after[1]!.length)) return true;
  }
  return false;
}

/**
 * insideLongerName for a forbidden rendering. An acronym in capitals (`AS`, `PBB`) heads a longer name
 * only with a capitalised word after it (`AS Roma`); a capitalised word before it does not make one
 * (`the Jakarta AS envoy` is the forbidden `AS`). acronymInName says when such an acronym is a
 * company's, a code or initials (`PT AS Teknologi`, `AS-350`).
 */
export function forbiddenInLongerName(text: string, start: number, end: number, others: readonly { start: number; end: number }[] = []): boolean {
  if (!/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(text.slice(start, end))) return insideLongerName(text, start, end, others);
  return insideLongerName(text.slice(start), 0, end - start, others.map((o) => ({ start: o.start - start, end: o.end - start })));
}

/** The target is the source copied (then other checks say it, not the glossary checks). */
export function isCopy(source: string, target: string): boolean {
  if (source === target) return source.trim() !== "";
  // normalisation only folds whitespace, quotes and dashes: texts of different letters are no copy
  // (compared in place while both are ASCII, with the Unicode pattern past a non-ASCII character)
  const same = sameAsciiLetters(source, target);
  if (same === 0) return false;
  if (same === -1 && source.replace(LETTERS_ONLY, "") !== target.replace(LETTERS_ONLY, "")) return false;
  return source.trim() !== "" && normalizeText(source) === normalizeText(target);
}
const LETTERS_ONLY = /[^\p{L}\p{N}]+/gu;

/** An ASCII letter or digit? */
export const isAsciiAlnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
/**
 * Are the letters and digits of two texts the same (what LETTERS_ONLY leaves)? 0: no (found on ASCII
 * characters); 1: yes, both ASCII; -1: a non-ASCII character came first (not known).
 */
function sameAsciiLetters(a: string, b: string): number {
  let i = 0, j = 0;
  const n = a.length, m = b.length;
  for (;;) {
    let c = -1, d = -1;
    for (; i < n; i++) { const x = a.charCodeAt(i); if (x >= 0x80) return -1; if (isAsciiAlnum(x)) { c = x; break; } }
    for (; j < m; j++) { const y = b.charCodeAt(j); if (y >= 0x80) return -1; if (isAsciiAlnum(y)) { d = y; break; } }
    if (c !== d) return 0;
    if (c === -1) return 1;
    i++; j++;
  }
}

/**
 * Is the text plain: printable ASCII (U+0021–U+007E) separated by single spaces, nothing at either
 * end (/^[\x21-\x7e](?:[\x21-\x7e]| (?=[\x21-\x7e]))*$/, read code by code)? normalizeText leaves
 * such a text as it is.
 */
export function isPlain(text: string): boolean {
  const n = text.length;
  if (n === 0) return false;
  let space = true; // (a space may not come first, nor after another one)
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20) { if (space) return false; space = true; continue; }
    if (c < 0x21 || c > 0x7e) return false;
    space = false;
  }
  return !space;
}
/** normalizeText, with a fast path for plain ASCII text with single spaces (already normal). */
export function normalizeFast(text: string): string {
  return isPlain(text) ? text : normalizeText(text);
}

const ESCAPE = /[.*+?^${}()|[\]\\]/g;
/**
 * Is a multi-word rendering present in an elliptic coordination ("North and South Korea" renders
 * both "Korea Utara" and "Korea Selatan"; "the Russian and North Korean leaders")? The modifier words
 * must be followed by "and", "or", "&" or a comma, then within three words by the rendering's last word.
 */
/** A rendering's pattern (made on first use: most renderings never get past the cheap tests), its last and first word lower-cased. */
interface Elliptic { re: RegExp | undefined; readonly head: string; readonly first: string }
const ellipticCache = new Map<string, Elliptic | null>();
export function ellipticRendering(target: string, rendering: string): { start: number; end: number } | undefined {
  let e = ellipticCache.get(rendering);
  if (e === undefined) {
    // (ellipticPattern's condition: two words or more)
    const words = rendering.trim().toLowerCase().split(/\s+/);
    e = rendering.trim().split(/\s+/).length >= 2 ? { re: undefined, head: words[words.length - 1]!, first: words[0]! } : null;
    if (ellipticCache.size > 100_000) ellipticCache.clear();
    ellipticCache.set(rendering, e);
  }
  if (e === null) return undefined;
  // cheap tests first: a coordinator, the first and the last word of the rendering
  const lower = lowerCased(target);
  if (!lower.includes(e.head) || !lower.includes(e.first) || !/ (?:and|or|&) |,/.test(lower)) return undefined;
  const m = (e.re ??= ellipticPattern(rendering)!).exec(target);
  if (!m) return undefined;
  const start = m.index + m[0].indexOf(m[1]!);
  return { start, end: start + m[1]!.length };
}

function ellipticPattern(rendering: string): RegExp | null {
  const words = rendering.trim().split(/\s+/);
  if (words.length < 2) return null;
  const head = words[words.length - 1]!.replace(ESCAPE, "\\$&");
  const mod = words.slice(0, -1).map((w) => w.replace(ESCAPE, "\\$&")).join("\\s+");
  return new RegExp(`(?:^|[^A-Za-z])(${mod})\\s*(?:,\\s*|\\s(?:and|or|&)\\s+)(?:[A-Za-z'’-]+\\s+){0,3}?${head}(?:s|es|'s|’s)?(?![A-Za-z])`, "i");
}

/** The most refs a consistency finding's `related` lists (see findConflicts). */
export const RELATED_LIMIT = 20;

/**
 * Corpus-wide conflicts, both directions of the consistency checks: pairs are grouped by
 * `groupKey` (the side that is the same) and, inside a group, differ by `compareKey` (the side that
 * must then be the same too). Every pair of a conflicting group gets one problem naming the `shown`
 * side of another member; `related` lists the first RELATED_LIMIT members (in input order) that
 * differ from it. Bounded: a source shared by k pairs, each rendered differently, would otherwise
 * give k findings of k − 1 refs each, quadratic in time, memory and report size (5,000 documents
 * sharing one sentence: 25 million refs). `selaras audit` lists every variant with its count.
 */
export function findConflicts(
  inputs: readonly { source: string; target: string }[],
  groupKey: (p: { source: string; target: string }) => string,
  compareKey: (p: { source: string; target: string }) => string,
  shown: "source" | "target",
  messageId: string,
): Array<{ index: number; messageId: string; data: { other: string }; related: number[] }> {
  const groups = new Map<string, number[]>();
  inputs.forEach((p, i) => {
    if (!p.target.trim() || !p.source.trim()) return;
    const key = groupKey(p);
    const g = groups.get(key);
    if (g) g.push(i);
    else groups.set(key, [i]);
  });
  const problems: Array<{ index: number; messageId: string; data: { other: string }; related: number[] }> = [];
  for (const members of groups.values()) {
    if (members.length < 2) continue;
    const keys = members.map((i) => compareKey(inputs[i]!));
    const distinct = new Set(keys);
    if (distinct.size < 2) continue;
    // per distinct key, its first RELATED_LIMIT differing members: a scan passes at most the key's own
    // members besides them, so the whole group costs O(members + keys × RELATED_LIMIT)
    const othersOf = new Map<string, number[]>();
    for (const key of distinct) {
      const others: number[] = [];
      for (let j = 0; j < members.length && others.length < RELATED_LIMIT; j++) if (keys[j] !== key) others.push(members[j]!);
      othersOf.set(key, others);
    }
    members.forEach((index, k) => {
      const others = othersOf.get(keys[k]!)!;
      problems.push({ index, messageId, data: { other: inputs[others[0]!]![shown].trim() }, related: others });
    });
  }
  return problems;
}

/**
 * The severity cap of a glossary concept's findings (see Problem.severity): none for a key term
 * (`error`), `warning` for a `warning` concept, `info` for a `hint` or unverified one.
 */
export function conceptCap(entry: string, concepts: ReadonlyMap<string, Concept> | undefined): { severity?: Severity } {
  const level = enforceLevel(concepts?.get(entry));
  return level === "error" ? {} : { severity: level === "warning" ? "warning" : "info" };
}

/**
 * Is a rendering of several words written as a hyphenated compound in the target (`flash flood` in
 * `an early flash-flood warning`, `flash-floods`)? The matcher splits words at hyphens and so finds
 * no `flash flood` there; only read for a term found missing, and only when the target has a hyphen.
 */
export function hyphenatedRendering(target: string, rendering: string, caseSensitive: boolean): boolean {
  if (!target.includes("-") || !/\s/.test(rendering.trim())) return false;
  const joined = rendering.trim().split(/\s+/).join("-");
  return findWord(target, joined, caseSensitive) !== undefined || findWord(target, joined + "s", caseSensitive) !== undefined ||
    findWord(target, joined + "es", caseSensitive) !== undefined;
}

/**
 * Is a multi-word title-case rendering ("Foreign Minister", "Russian President") present in sentence
 * case ("the foreign minister said", "Russian presidents")? A title-case form is house style for a
 * title before a name, not a different term; acronyms ("UN Security Council") keep their case.
 */
const titleCaseCache = new Map<string, RegExp | null>();
export function sentenceCaseRendering(target: string, rendering: string): boolean {
  let re = titleCaseCache.get(rendering);
  if (re === undefined) {
    const words = rendering.trim().split(/\s+/);
    const title = words.length >= 2 && words.every((w) => /^\p{Lu}[\p{Ll}\p{M}'’-]*$/u.test(w) || /^(?:of|the|and|for|on|in|to|de)$/.test(w));
    re = title
      ? new RegExp(`(?<![\\p{L}\\p{N}])${words.map((w) => w.replace(ESCAPE, "\\$&")).join("[\\s-]+")}(?:s|es|'s|’s)?(?![\\p{L}\\p{N}])`, "iu")
      : null;
    if (titleCaseCache.size > 10_000) titleCaseCache.clear();
    titleCaseCache.set(rendering, re);
  }
  return re !== null && re.test(target);
}

const COMPANY_BEFORE = new Set(["PT", "PT.", "CV", "CV.", "Perum", "PD"]);
const COMPANY_AFTER = new Set(
  ("Tbk Tbk. Group Grup Inc Inc. Corp Corp. Corporation Ltd Ltd. Limited Co Co. Company Holding Holdings Persero Airlines " +
    "Airways Motor Motors Securities Sekuritas Capital Energy Mining Logistics Technologies Technology Labs Mobile Pay Studio " +
    "Studios Games Store Finance Insurance Asuransi Properti Property Realty Foods Pharma Farma Telecom Telekomunikasi").split(" "),
);
/**
 * acronymInName, read only where it can hold: 2–6 characters starting with two capitals (the audit's
 * tallies ask it of every match without making a string for the others).
 */
export function nameNotTerm(text: string, start: number, end: number): boolean {
  if (end - start === 1) return text.charCodeAt(start) === 36 && otherDollar(text, start);
  if (end - start < 2 || end - start > 6) return false;
  const a = text.charCodeAt(start), b = text.charCodeAt(start + 1);
  if (!((a >= 65 && a <= 90) || a > 127) || !((b >= 65 && b <= 90) || b > 127)) return false;
  return acronymInName(text, start, end);
}

/**
 * Is the match an acronym inside a company or product name (`PT AS Teknologi`, `BRI Finance`,
 * `PBB Tbk`, a model code `AS-350`), or a person's initials (crime and court news names suspects,
 * victims and witnesses by their initials: `tersangka berinisial AS (34)`, `AS alias Budi`, `Sdr. AS`,
 * `Pelaku, AS, ditahan`; in English `the initials AS`, `AS, 34,`)? Then it is part of a name, not the
 * acronym of the glossary.
 */
export function acronymInName(text: string, start: number, end: number): boolean {
  if (end - start === 1 && text.charCodeAt(start) === 36) return otherDollar(text, start);
  const m = text.slice(start, end);
  if (!/^\p{Lu}[\p{Lu}\p{N}]{1,5}$/u.test(m)) return false;
  if (/^-?\p{Lu}{0,3}\d/u.test(text.slice(end, end + 5)) && /^[-\d]/u.test(text.slice(end, end + 1))) return true;
  if (/^\p{Lu}{2,4}$/u.test(m) && personInitials(text, start, end)) return true;
  const before = text.slice(Math.max(0, start - 60), start).split(/\s+/).filter(Boolean);
  for (let k = before.length - 1, n = 0; k >= 0 && n < 3; k--, n++) {
    const w = before[k]!;
    if (COMPANY_BEFORE.has(w)) return true;
    if (!/^\p{Lu}/u.test(w) || /[,;:.()]$/.test(w)) break;
  }
  const after = text.slice(end, end + 80).split(/\s+/).filter(Boolean);
  for (let k = 0; k < Math.min(3, after.length); k++) {
    const w = after[k]!.replace(/[,;:.()]+$/, "");
    if (COMPANY_AFTER.has(w) || COMPANY_AFTER.has(after[k]!)) return true;
    if (!/^\p{Lu}/u.test(w) || /[,;:()]$/.test(after[k]!)) break;
  }
  return false;
}

/**
 * Is the `$` at `at` another country's dollar, its letters written against it (`S$1.2 million`, `HK$`,
 * `A$`, `NZ$`, `NT$`, `C$`, `R$`; not `US$`)? Then it is that currency's sign, not the US dollar's `$`.
 */
function otherDollar(text: string, at: number): boolean {
  const m = /(?:^|[^\p{L}\p{N}])(\p{Lu}{1,3})$/u.exec(text.slice(Math.max(0, at - 4), at));
  return m !== null && m[1] !== "US" && m[1] !== "U";
}

/**
 * The source term, if any, that stands for `concept` by name: a term written as one of the concept's allowed
 * capitalised renderings (`Pyongyang`, `Seoul`, `Kremlin` are admitted renderings of North Korea, South Korea,
 * Russia), or whose own allowed rendering is one (`Moskow` renders `Moscow`, an admitted rendering of Russia):
 * a capital standing for its country, so the country in the target renders the term and the term the country.
 * Only glossary terms of the source count (not any word: `Kim` of `Kim Yo Jong` is no rendering of `Kim Jong
 * Un` here).
 */
export function sourceTermAsRendering(sourceTerms: readonly SourceMatch[], concept: Concept | undefined, concepts?: ReadonlyMap<string, Concept>): SourceMatch | undefined {
  if (concept === undefined || sourceTerms.length === 0) return undefined;
  for (const r of concept.renderings) {
    if (r.status === "forbidden" || !/^\p{Lu}/u.test(r.text)) continue;
    for (const t of sourceTerms) {
      if (t.entry === concept.id) continue;
      if (sameFolded(t.text, r.text) || renderingsOf(t, concepts).some((o) => o.status !== "forbidden" && sameFolded(o.text, r.text))) return t;
    }
  }
  return undefined;
}

/** Does the target render (allowed) a concept that the source term `s` stands for by name (sourceTermAsRendering)? */
export function renderedAsItsCountry(s: SourceMatch, targetTerms: readonly TargetMatch[], concepts?: ReadonlyMap<string, Concept>): boolean {
  return targetTerms.some((t) => targetEntries(t).some((e) => e.status !== "forbidden" && e.entry !== s.entry && sourceTermAsRendering([s], concepts?.get(e.entry), concepts) !== undefined));
}

/** After initials: an age in brackets (`(34)`, `(34 tahun)`), an age between commas (`, 34,`), or `alias`. */
const INITIALS_AFTER = /^(?:\s*\(\s*\d{1,3}(?:\s*(?:tahun|thn\.?|th\.?|years?(?:\s+old)?|y\.?o\.?))?\s*\)|,\s*\d{1,3}\s*,|\s+alias\b)/iu;
/** Before initials: `(ber)inisial`, `initials`, `identified (only) as`, a form of address (`Sdr.`, `Ny.`, `Mr.`). */
const INITIALS_BEFORE = /(?:\b(?:ber)?inisial|\binitials?|\bidentified(?:\s+only)?\s+(?:by\s+(?:the\s+)?initials\s+)?as|\bknown\s+only\s+as|(?:^|\s)(?:Sdr|Sdri|Tn|Ny|Nn|Mr|Mrs|Ms)\.)\s+(?:\p{Lu}{2,4}\s*(?:,|dan|and|&)\s*)*$/u;
/** A person's noun, a comma, the initials, a comma (`Pelaku, AS, ditahan`; `The suspect, AS, was …`). */
const PERSON_APPOSITION = /\b(?:tersangka|pelaku|korban|saksi|terdakwa|terpidana|terlapor|pelapor|warga|suspect|perpetrator|victim|witness|defendant|convict)\s*,\s*$/iu;

/** Are the capitals at text[start, end) a person's initials (see acronymInName)? */
function personInitials(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 24);
  if (INITIALS_AFTER.test(after)) return true;
  const before = text.slice(Math.max(0, start - 60), start);
  if (INITIALS_BEFORE.test(before)) return true;
  return /^\s*,/.test(after) && PERSON_APPOSITION.test(before);
}

const DATE_AFTER = /^\s*(?:\(\s*\d{1,2}\s*[/.-]\s*\d{1,2}(?:\s*[/.-]\s*\d{2,4})?\s*\)|,?\s+(?:tanggal\s+)?\d{1,2}\s+\p{Lu}\p{Ll}+(?:\s+\d{4})?)/u;
/** A weekday followed by its date (`Kamis (5/1/2024)`, `Senin, 19 Juni 2024`): wire style drops the weekday of a dated sentence. */
export function weekdayWithDate(text: string, end: number, concept: Concept | undefined): boolean {
  return concept?.domain === "time" && DATE_AFTER.test(text.slice(end, end + 40));
}

/** Nouns a place name modifies as an adjective (`Presiden AS`, `gubernur AS`, `Walikota Jakarta Utara`, `petenis China`). */
const HEAD_NOUNS = new Set(
  ("presiden wakil menteri menlu mendagri menhan gubernur walikota wali bupati camat kepala pemerintah pemerintahan pejabat " +
    "duta dubes kedubes kedutaan konsulat tentara militer pasukan petenis pemain atlet pebulu pegolf pembalap perenang pelari " +
    "perusahaan warga warganegara rakyat delegasi utusan juru bicara jubir kementerian parlemen senat kongres bank pihak " +
    "media asisten pimpinan pemimpin panglima angkatan polisi otoritas diplomat pasar saham produk buatan asal mitra " +
    "sekretaris direktur ketua anggota penasihat kabinet kantor dinas sudin pemkot pemkab pemprov timnas tim klub").split(" "),
);
/**
 * Is the place name at `start` an adjectival modifier of a title or institution (`Presiden AS George
 * W. Bush` → `President George W. Bush`)? Translators drop it when the name says it: a missing
 * rendering is then worth a warning, not an error.
 */
export function placeModifier(source: string, start: number): boolean {
  const before = /([\p{L}-]+)\s+$/u.exec(source.slice(Math.max(0, start - 40), start));
  if (!before) return false;
  const w = before[1]!.toLowerCase();
  // (`menteri luar negeri AS`, `juru bicara Gedung Putih`: the last word of a two-word head)
  return HEAD_NOUNS.has(w) || HEAD_NOUNS.has(w.replace(/-.*$/, "")) || w === "negeri" || w === "bicara";
}

/**
 * Does the target render a concept of `domain` that the source does not have (`Pemerintah Jepang` →
 * `The Chinese government`, `Presiden Korea Selatan` → `North Korea's president`)? Then a missing place
 * name was replaced, not dropped. A target term written the same in the source (`Tokyo`) does not count.
 */
export function otherConceptRendered(source: string, domain: string | undefined, sourceTerms: readonly SourceMatch[], targetTerms: readonly TargetMatch[],
  concepts: ReadonlyMap<string, Concept> | undefined): boolean {
  if (domain === undefined || concepts === undefined) return false;
  for (const t of targetTerms) {
    // (a name written the same in the source is no other place: `di Tokyo` → `in Tokyo`)
    if (findWord(source, t.text, true)) continue;
    for (const e of targetEntries(t)) {
      if (e.status === "forbidden" || concepts.get(e.entry)?.domain !== domain) continue;
      if (!sourceTerms.some((m) => m.entry === e.entry)) return true;
    }
  }
  return false;
}

/** A severity cap lowered to at most `max`. */
export function capTo(cap: { severity?: Severity }, max: Severity): { severity: Severity } {
  const order: Severity[] = ["error", "warning", "info"];
  return { severity: order[Math.max(order.indexOf(cap.severity ?? "error"), order.indexOf(max))]! };
}

/**
 * A conversion English wire copy adds in brackets: a time in GMT/UTC (`(1230 GMT)`, `(12:30 UTC)`),
 * an amount in another currency (`(about US$1)`, `($64 billion)`, `(£3.4m)`), the rate used
 * (`($1 = 15,600 rupiah)`), or a measure in US units (`(10 feet)`, `(about 31 miles)`, `(86 degrees
 * Fahrenheit)`, `(86°F)`, `(220 pounds)`, `(2.5 acres)`, `(26 gallons)`, `(6-10 feet)`).
 */
const ABOUT = String.raw`(?:(?:about|around|roughly|some|approx\.?|approximately|nearly|almost|over|more\s+than|less\s+than|under|or|equivalent\s+to|worth)\s+)?`;
const US_UNIT = String.raw`(?:feet|foot|ft|inch(?:es)?|in|yards?|yds?|(?:square\s+|sq\.?\s+|nautical\s+)?miles?|mi|mph|pounds?|lbs?|ounces?|oz|(?:short\s+)?tons?|acres?|gallons?|gal|(?:degrees?\s+)?Fahrenheit|°\s*F|F)`;
/** A time in GMT/UTC in brackets (`(1230 GMT)`, `(12:30 UTC)`): hours and minutes in groups 1 and 2. */
const GMT_TIME = String.raw`^\(\s*(\d{1,2})[:.]?(\d{2})\s*(?:GMT|UTC|Z)\s*\)$`;
const CONVERSION = new RegExp([
  GMT_TIME,
  String.raw`^\(\s*${ABOUT}(?:US\$|S\$|A\$|HK\$|\$|£|€|¥|USD|EUR|GBP)\s*\d[\d.,]*\s*(?:million|billion|trillion|thousand|mln|bln|bn|m|k)?\s*\)$`,
  String.raw`^\(\s*${ABOUT}-?\d[\d.,]*(?:\s*(?:-|–|to)\s*-?\d[\d.,]*)?(?:\s*|-)(?:million\s+|billion\s+)?${US_UNIT}\.?\s*\)$`,
  String.raw`^\(\s*(?:US\$|\$)\s*1\s*=\s*(?:Rp\.?\s*)?\d[\d.,]*\s*(?:rupiah|Rp|IDR)?\s*\)$`,
].join("|"), "i");

/** Does target[start, end) lie in a bracketed conversion (CONVERSION)? */
export function inConversion(target: string, start: number, end: number): boolean {
  const open = target.lastIndexOf("(", start);
  if (open < 0 || start - open > 40) return false;
  const close = target.indexOf(")", end);
  if (close < 0 || close - end > 40 || target.slice(open + 1, start).includes(")")) return false;
  return CONVERSION.test(target.slice(open, close + 1));
}

/** A time in GMT/UTC in brackets (a CONVERSION): the hours and minutes in groups 1 and 2. */
const GMT_CONVERSION = new RegExp(GMT_TIME, "i");
/**
 * The bracketed GMT/UTC time around target[start, end) (`(0800 GMT)`), as minutes after midnight with
 * the bracket's place and text, else undefined.
 */
export function gmtConversionAt(target: string, start: number, end: number): { minutes: number; start: number; end: number; text: string } | undefined {
  const open = target.lastIndexOf("(", start);
  if (open < 0 || start - open > 12) return undefined;
  const close = target.indexOf(")", end);
  if (close < 0 || close - end > 12) return undefined;
  const text = target.slice(open, close + 1);
  const m = GMT_CONVERSION.exec(text);
  if (m === null || Number(m[1]) > 24 || Number(m[2]) > 59) return undefined;
  return { minutes: (Number(m[1]) * 60 + Number(m[2])) % 1440, start: open, end: close + 1, text };
}

/**
 * The words of the aligner's English–Indonesian word list (src/align/freedict-eng-ind.ts): its English
 * headwords and the Indonesian words it gives for them (lower-case letters only), made on first use.
 */
let lexicon: { english: ReadonlySet<string>; indonesian: ReadonlySet<string> } | undefined;
function wordLists(): { english: ReadonlySet<string>; indonesian: ReadonlySet<string> } {
  if (lexicon) return lexicon;
  const english = new Set<string>(), indonesian = new Set<string>();
  for (const line of FREEDICT_ENG_IND.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    english.add(line.slice(0, tab));
    for (const w of line.slice(tab + 1).split(",")) if (/^[a-z]+$/.test(w)) indonesian.add(w);
  }
  return (lexicon = { english, indonesian });
}
/** The English headwords of the aligner's word list (lower case), made on first use. */
export function englishHeadwords(): ReadonlySet<string> {
  return wordLists().english;
}
/** Is the lower-case word one the aligner's word list gives as Indonesian (`tuberkulosis`, not `meningitis`)? */
export function listedIndonesian(word: string): boolean {
  return wordLists().indonesian.has(word);
}
/** An Indonesian word by its shape alone: me(N)- (`memprotes`), -kan, -nya, ke-…-an (`kenaikan`), pe(N)-…-an (`pencurian`). */
const INDONESIAN_SHAPE = /^(?:meng|meny|mem|men)[a-z]{3,}$|^[a-z]{3,}(?:kan|nya)$|^ke[a-z]{3,}an$|^pe[mn]?[a-z]{3,}an$/;

/** A noun of `-an` on an Indonesian root of the word list (`pungutan` of `pungut`, `pinjaman` of `pinjam`, `tangkapan`). */
function rootWithAn(word: string, indonesian: ReadonlySet<string>): boolean {
  return word.length >= 7 && word.endsWith("an") && indonesian.has(word.slice(0, -2));
}

/**
 * Is the lower-case word English (a headword of the word list, or its stem is: `traders`, `complained`)
 * — else, is it Indonesian (a word the list gives, or of an Indonesian shape)? "en", "id" or undefined.
 */
export function wordLanguage(word: string): "en" | "id" | undefined {
  // (remembered: a corpus repeats its words, and the stemmer is the cost; at most 100,000 words kept)
  const known = LANGUAGE_OF.get(word);
  if (known !== undefined) return known === "" ? undefined : known;
  const { english, indonesian } = wordLists();
  const language = english.has(word) || english.has(englishStem(word)) ? "en"
    : indonesian.has(word) || INDONESIAN_SHAPE.test(word) || rootWithAn(word, indonesian) ? "id" : undefined;
  if (LANGUAGE_OF.size < 100_000) LANGUAGE_OF.set(word, language ?? "");
  return language;
}
const LANGUAGE_OF = new Map<string, "en" | "id" | "">();

/**
 * Currencies written before or after an amount, by family (a dollar is a dollar, US or Singapore: only a
 * change of family is read): symbols and codes before (`Rp`, `US$`, `€`, `IDR`), names after (`rupiah`,
 * `dolar AS`, `billion yen`, `euros`). `¥` (yen or yuan) and English `won`/`pounds` (a verb, a weight)
 * are not read.
 */
const CURRENCY_BEFORE: readonly (readonly [RegExp, string])[] = [
  [/(?:^|[^\p{L}])(?:Rp\.?|IDR)\s?$/u, "rupiah"],
  [/(?:(?:^|[^\p{L}])(?:US|S|A|HK|NZ|C)?\$|(?:^|[^\p{L}])(?:USD|SGD|AUD|HKD))\s?$/u, "dollar"],
  [/(?:€|(?:^|[^\p{L}])EUR)\s?$/u, "euro"],
  [/(?:£|(?:^|[^\p{L}])GBP)\s?$/u, "pound"],
  [/(?:^|[^\p{L}])JPY\s?$/u, "yen"],
  [/(?:^|[^\p{L}])(?:CNY|RMB)\s?$/u, "yuan"],
  [/(?:^|[^\p{L}])(?:RM|MYR)\s?$/u, "ringgit"],
  [/(?:₩|(?:^|[^\p{L}])KRW)\s?$/u, "won"],
  [/(?:₽|(?:^|[^\p{L}])RUB)\s?$/u, "ruble"],
];
const CURRENCY_AFTER: Record<"id" | "en", RegExp> = {
  id: /^\s+(rupiah|dolar|dollar|euro|yen|yuan|renminbi|ringgit|won|rubel|poundsterling|pound\s+sterling|rupee|baht|peso|riyal|franc)(?![\p{L}])/iu,
  en: /^\s+(?:US\s+|Singapore\s+|Australian\s+|Hong\s+Kong\s+)?(rupiah|dollars?|euros?|yen|yuan|renminbi|ringgits?|rubles?|roubles?|pounds?\s+sterling|rupees?|baht|pesos?|riyals?|francs?)(?![\p{L}])/iu,
};
/** CURRENCY_BEFORE and CURRENCY_AFTER anywhere in a text (currenciesIn), made once. */
const CURRENCY_SIGNS_ANYWHERE: readonly (readonly [RegExp, string])[] = CURRENCY_BEFORE.map(([re, c]) => [new RegExp(re.source.replace(/\\s\?\$$/, ""), "u"), c] as const);
const CURRENCY_NAMES_ANYWHERE: Record<"id" | "en", RegExp> = {
  id: new RegExp(CURRENCY_AFTER.id.source.replace(/^\^\\s\+/, "(?<![\\p{L}])"), "giu"),
  en: new RegExp(CURRENCY_AFTER.en.source.replace(/^\^\\s\+/, "(?<![\\p{L}])"), "giu"),
};
const CURRENCY_FAMILY: Record<string, string> = {
  rupiah: "rupiah", dolar: "dollar", dollar: "dollar", dollars: "dollar", euro: "euro", euros: "euro", yen: "yen", yuan: "yuan", renminbi: "yuan",
  ringgit: "ringgit", ringgits: "ringgit", won: "won", rubel: "ruble", ruble: "ruble", rubles: "ruble", rouble: "ruble", roubles: "ruble",
  poundsterling: "pound", rupee: "rupee", rupees: "rupee", baht: "baht", peso: "peso", pesos: "peso", riyal: "riyal", riyals: "riyal", franc: "franc", francs: "franc",
};
/** Is a currency named anywhere in the text (the cheap test before currencyAt)? */
/** Currency signs and codes written before an amount (`Rp 300`, `US$300`, `€5`, `IDR 5`). */
const CURRENCY_SIGNS = "$€£¥₩₽";
const CURRENCY_CODES: readonly string[] = ["Rp", "IDR", "RM", "USD", "SGD", "AUD", "HKD", "EUR", "GBP", "JPY", "CNY", "RMB", "MYR", "KRW", "RUB"];
/** Currency names written after an amount, in small letters (`300 triliun rupiah`, `300 billion yen`, `5 dolar AS`), and the scale words that may come between. */
const CURRENCY_NAMES: readonly string[] = [
  "rupiah", "dolar", "dollar", "dollars", "euro", "euros", "yen", "yuan", "renminbi", "ringgit", "ringgits", "won", "rubel", "ruble",
  "rubles", "rouble", "roubles", "pound", "pounds", "poundsterling", "rupee", "rupees", "baht", "peso", "pesos", "riyal", "riyals", "franc", "francs",
];
const SCALE_WORDS: readonly string[] = ["ribu", "juta", "miliar", "milyar", "triliun", "thousand", "million", "billion", "trillion", "bn", "mn", "m"];
const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
/** Is one of `words` (small letters) written at `at`, in any case, as a whole word? Its end, or -1. */
function wordFrom(text: string, at: number, words: readonly string[]): number {
  for (const w of words) {
    if (at + w.length > text.length) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(at + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length && !isAsciiLetter(text.charCodeAt(at + k))) return at + k;
  }
  return -1;
}
/**
 * Is a currency written next to a number of the text (`Rp 300`, `US$300`, `Rp. 5`, `300 triliun rupiah`,
 * `300 billion yen`, `5 dolar AS`)? Only the characters around the numbers are compared, without a
 * regular expression or a new string: the cheap test number-mismatch makes before comparing currencies
 * (most texts name none).
 */
export function currencyNearNumber(text: string): boolean {
  return (numberNeighbours(text) & NEAR_CURRENCY) !== 0;
}

/** numberNeighbours: a currency next to a number (`Rp 300`, `300 billion yen`). */
export const NEAR_CURRENCY = 1;
/** numberNeighbours: an Indonesian unit of time right after a number (`6 tahun`, `2 pekan`, `24 jam`). */
export const NEAR_TIME_UNIT = 2;
const TIME_UNITS_ID: readonly string[] = ["tahun", "bulan", "minggu", "pekan", "hari", "jam", "menit", "detik"];
/** numberNeighbours: an Indonesian unit of measure right after a number (`7,85 meter`, `10 km`, `4 gram`, `38 derajat`, `38°C`). */
export const NEAR_MEASURE = 4;
const MEASURE_UNITS_ID: readonly string[] = [
  "mm", "cm", "m", "km", "meter", "kilometer", "sentimeter", "milimeter", "mil", "kaki", "inci", "mg", "g", "kg", "gram", "miligram", "kilogram",
  "ton", "pon", "ha", "hektare", "hektar", "liter", "ml", "mililiter", "galon", "derajat", "knot",
  "kb", "mb", "gb", "tb", "kbps", "mbps", "gbps", "kilobyte", "megabyte", "gigabyte", "terabyte", "khz", "mhz", "ghz",
];
/**
 * What is written next to the numbers of a text, as flags (NEAR_CURRENCY, NEAR_TIME_UNIT, NEAR_MEASURE, NEAR_MINUS,
 * NEAR_BOUND, NEAR_CHANGE), in one pass
 * over its numbers: only the characters around them are compared, without a regular expression or a
 * new string — the cheap tests number-mismatch makes before comparing currencies, units of time,
 * units of measure, signs, bounds and the way of a change (most texts have none).
 */
export function numberNeighbours(text: string): number {
  const n = text.length;
  let flags = 0;
  // (the numbers found by the regular expression engine, which skips the text between them fast)
  AMOUNT.lastIndex = 0;
  for (let m = AMOUNT.exec(text); m !== null; m = AMOUNT.exec(text)) {
    const i = m.index;
    flags |= NEAR_NUMBER;
    // before: a sign, or a code that is a word of its own (`Rp`, `Rp.`, `USD`)
    let j = i - 1;
    if (j >= 0 && text.charCodeAt(j) === 32) j--;
    if (j >= 0 && CURRENCY_SIGNS.includes(text.charAt(j))) flags |= NEAR_CURRENCY;
    if (j >= 0 && text.charCodeAt(j) === 46) j--;
    if (j >= 1 && CODE_ENDS.includes(text.charAt(j))) {
      for (const code of CURRENCY_CODES) {
        const at = j + 1 - code.length;
        if (at >= 0 && text.startsWith(code, at) && (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1)))) flags |= NEAR_CURRENCY;
      }
    }
    // after: the amount, then a currency name, or a scale word and a currency name
    let e = i + m[0].length;
    if (e < n && text.charCodeAt(e) === 32) e++;
    const first = e < n ? text.charAt(e).toLowerCase() : "";
    if (first !== "" && NAME_STARTS.includes(first)) {
      if (wordFrom(text, e, CURRENCY_NAMES) >= 0) flags |= NEAR_CURRENCY;
      else {
        const scale = wordFrom(text, e, SCALE_WORDS);
        if (scale >= 0 && text.charCodeAt(scale) === 32 && wordFrom(text, scale + 1, CURRENCY_NAMES) >= 0) flags |= NEAR_CURRENCY;
      }
    }
    if (first !== "" && UNIT_STARTS.includes(first) && wordFrom(text, e, TIME_UNITS_ID) >= 0) flags |= NEAR_TIME_UNIT;
    if ((first !== "" && MEASURE_STARTS.includes(first) && wordFrom(text, e, MEASURE_UNITS_ID) >= 0) || first === "°") flags |= NEAR_MEASURE;
    // (a scale word between: `15,2 juta ton`, `3 ribu hektare`)
    else if ((first === "r" || first === "j" || first === "m" || first === "t") && (flags & NEAR_MEASURE) === 0) {
      const scale = wordFrom(text, e, SCALE_WORDS);
      if (scale >= 0 && text.charCodeAt(scale) === 32 && MEASURE_STARTS.includes(text.charAt(scale + 1).toLowerCase()) && wordFrom(text, scale + 1, MEASURE_UNITS_ID) >= 0) flags |= NEAR_MEASURE;
    }
    // (points: `3,2 poin persentase`, `25 basis poin`, `25 bps`)
    if ((first === "p" || first === "b") && wordFrom(text, e, POINT_WORDS) >= 0) flags |= NEAR_POINTS;
    // (a coordinate: `6,84 LS`, `107,05 BT`, `3 lintang selatan`)
    if ((first === "l" || first === "b") && wordFrom(text, e, HEMISPHERE_WORDS) >= 0) flags |= NEAR_HEMISPHERE;
    // before: a minus (`-3`, `minus 5`), or the last word of a bound (`lebih dari`, `hampir`), a currency skipped (`lebih dari Rp 5`)
    if ((flags & (NEAR_MINUS | NEAR_BOUND | NEAR_CHANGE)) !== (NEAR_MINUS | NEAR_BOUND | NEAR_CHANGE)) {
      const c = i > 0 ? text.charCodeAt(i - 1) : 0;
      if ((c === 0x2d && (i === 1 || !isAlphanumeric(text.charCodeAt(i - 2)))) || c === 0x2212) {
        // (not the dash of a range written `2 -1`, `10.00 -12.00`)
        if (i < 3 || text.charCodeAt(i - 2) !== 32 || !isDigit(text.charCodeAt(i - 3))) flags |= NEAR_MINUS;
      }
      else {
        // (the end of the word before, past a space and a currency: `lebih dari Rp 5`, `hampir US$5`)
        let w = c === 32 ? i - 1 : i;
        const k = wordBefore(text, w, CURRENCY_BEFORE_WORDS);
        if (k >= 0) w = k > 0 && text.charCodeAt(k - 1) === 32 ? k - 1 : -1;
        else if (c !== 32) w = -1;
        const b = w > 0 ? wordBefore(text, w, BOUND_ENDS) : -1;
        // (`dari` only after `lebih`/`kurang`: `dari 5 persen menjadi 10 persen`, `3 dari 10` are no bounds)
        if (b >= 0 && (text.charCodeAt(b) !== 0x64 || (b > 1 && text.charCodeAt(b - 1) === 32 && wordBefore(text, b - 1, LESS_MORE) >= 0))) flags |= NEAR_BOUND;
        if (w > 0 && wordBefore(text, w, MINUS_WORDS) >= 0) flags |= NEAR_MINUS;
        // (a verb of change right before, or one word before: `naik 5`, `turun tipis 0,1`)
        if ((flags & NEAR_CHANGE) === 0 && w > 0) {
          if (wordBefore(text, w, CHANGE_WORDS) >= 0) flags |= NEAR_CHANGE;
          else {
            let k = w;
            while (k > 0 && isAsciiLetter(text.charCodeAt(k - 1))) k--;
            if (k < w && k > 1 && text.charCodeAt(k - 1) === 32 && wordBefore(text, k - 1, CHANGE_WORDS) >= 0) flags |= NEAR_CHANGE;
          }
        }
      }
    }
    if (flags === NEAR_ALL) return flags;
  }
  return flags;
}
/**
 * Is a rate written in the text, a number shortly before `per` or `tiap` (`Rp 80.000 per kilogram`, `2 persen
 * per bulan`, `5 juta rupiah setiap bulan`)? Only the occurrences of the two words are looked at.
 */
export function rateNearNumber(text: string): boolean {
  for (const word of RATE_WORDS) {
    for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
      for (let k = i - 1; k >= 0 && k >= i - 24; k--) if (isDigit(text.charCodeAt(k))) return true;
    }
  }
  return false;
}
const RATE_WORDS: readonly string[] = ["per ", "tiap "];
/** numberNeighbours: a minus right before a number (`-3`, `minus 5,32`, `negatif 2`). */
export const NEAR_MINUS = 8;
/** numberNeighbours: a bound's last word right before a number (`lebih dari 300`, `hampir 5.000`, `sedikitnya 17`). */
export const NEAR_BOUND = 16;
/** numberNeighbours: an Indonesian verb of change right before a number, or one word before it (`naik 5 persen`, `turun tipis 0,1 persen`). */
export const NEAR_CHANGE = 32;
/** numberNeighbours: points after a number (`3,2 poin persentase`, `25 basis poin`, `25 bps`). */
export const NEAR_POINTS = 256;
const POINT_WORDS: readonly string[] = ["poin", "basis", "bps"];
/** numberNeighbours: the text has a number at all (digits). */
export const NEAR_NUMBER = 128;
/** numberNeighbours: a hemisphere after a number (`6,84 LS`, `107,05 BT`, `3 lintang selatan`). */
export const NEAR_HEMISPHERE = 64;
const HEMISPHERE_WORDS: readonly string[] = ["ls", "lu", "bt", "bb", "lintang", "bujur"];
const NEAR_ALL = NEAR_POINTS | NEAR_NUMBER | NEAR_CURRENCY | NEAR_TIME_UNIT | NEAR_MEASURE | NEAR_MINUS | NEAR_BOUND | NEAR_CHANGE | NEAR_HEMISPHERE;
/** Indonesian verbs of a rise or a fall (number-mismatch's CHANGE_WAY has their ways). */
export const CHANGE_WORDS_UP: readonly string[] = [
  "naik", "menaik", "meningkat", "bertambah", "menguat", "tumbuh", "melonjak", "melambung", "melesat", "menanjak", "meroket", "terapresiasi", "dinaikkan", "menaikkan", "ditingkatkan",
];
export const CHANGE_WORDS_DOWN: readonly string[] = [
  "turun", "menurun", "berkurang", "melemah", "anjlok", "merosot", "terkoreksi", "terkontraksi", "dipangkas", "memangkas", "susut", "menyusut", "jatuh", "terdepresiasi", "diturunkan", "menurunkan", "tergerus",
];
const CHANGE_WORDS = byLastLetter([...CHANGE_WORDS_UP, ...CHANGE_WORDS_DOWN]);
const BOUND_ENDS = byLastLetter([
  "dari", "hampir", "nyaris", "mendekati", "sedikitnya", "setidaknya", "kurangnya", "sedikit", "banyak", "banyaknya", "minimal", "maksimal", "maksimum", "atas", "bawah",
]);
const LESS_MORE = byLastLetter(["lebih", "kurang"]);
const MINUS_WORDS = byLastLetter(["minus", "negatif"]);
const CURRENCY_BEFORE_WORDS = byLastLetter(["rp", "rp.", "us$", "$", "usd", "idr"]);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isAlphanumeric = (c: number): boolean => isAsciiLetter(c) || isDigit(c);
/** Words (small letters) by their last character's code (ASCII): wordBefore compares only the few that can end there. */
type ByLast = readonly (readonly string[] | undefined)[];
function byLastLetter(words: readonly string[]): ByLast {
  const table: string[][] = [];
  for (const w of words) (table[w.charCodeAt(w.length - 1)] ??= []).push(w);
  return table;
}
/** Is one of `words` (small letters) written right before `end`, in any case, as a whole word? Its start, or -1. */
function wordBefore(text: string, end: number, words: ByLast): number {
  const c = end > 0 ? text.charCodeAt(end - 1) | 0x20 : 0;
  const candidates = c < 128 ? words[c] : undefined;
  if (candidates === undefined) return -1;
  for (const w of candidates) {
    const at = end - w.length;
    if (at < 0) continue;
    let k = 0;
    while (k < w.length && (text.charCodeAt(at + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === w.length && (at === 0 || !isAsciiLetter(text.charCodeAt(at - 1)))) return at;
  }
  return -1;
}
/** The last letters of CURRENCY_CODES and the first letters of CURRENCY_NAMES and SCALE_WORDS: the quick tests before comparing words. */
const CODE_ENDS = [...new Set(CURRENCY_CODES.map((c) => c.slice(-1)))].join("");
const NAME_STARTS = [...new Set([...CURRENCY_NAMES, ...SCALE_WORDS].map((w) => w[0]!))].join("");
const UNIT_STARTS = [...new Set(TIME_UNITS_ID.map((w) => w[0]!))].join("");
const MEASURE_STARTS = [...new Set(MEASURE_UNITS_ID.map((w) => w[0]!))].join("");
/** An amount's digits and separators (`300`, `1.500`, `1,5`). */
const AMOUNT = /\d+(?:[.,]\d+)*/g;

/** The currency of the amount at text[start, end) (its family: `rupiah`, `dollar`, `yen`…) and the span with it, or undefined. */
export function currencyAt(text: string, start: number, end: number, lang: "id" | "en"): { currency: string; start: number; end: number } | undefined {
  const before = text.slice(Math.max(0, start - 6), start);
  for (const [re, currency] of CURRENCY_BEFORE) {
    const m = re.exec(before);
    if (m) return { currency, start: start - m[0].length + (/^[^\p{L}$€£₩₽]/u.test(m[0]) ? 1 : 0), end };
  }
  const m = CURRENCY_AFTER[lang].exec(text.slice(end, end + 32));
  if (!m) return undefined;
  const word = m[1]!.toLowerCase().replace(/\s+sterling$/, "sterling").replace(/^pounds?sterling$/, "poundsterling");
  const currency = CURRENCY_FAMILY[word];
  return currency === undefined ? undefined : { currency, start, end: end + m[0].length };
}

/** The currency families a text names (for `the source itself has both currencies`). */
export function currenciesIn(text: string, lang: "id" | "en"): Set<string> {
  const out = new Set<string>();
  for (const [re, currency] of CURRENCY_SIGNS_ANYWHERE) if (re.test(text)) out.add(currency);
  for (const m of text.matchAll(CURRENCY_NAMES_ANYWHERE[lang])) {
    const word = m[1]!.toLowerCase().replace(/\s+sterling$/, "sterling").replace(/^pounds?sterling$/, "poundsterling");
    const c = CURRENCY_FAMILY[word];
    if (c !== undefined) out.add(c);
  }
  return out;
}

/** A word of a name as written (`Puttin`, `Jong-un`, `O’Brien`), for the spelling checks below. */
const NAME_WORD = /[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*/gu;
const POSSESSIVE = /['’]s$/u;
const isCapital = (w: string): boolean => /^\p{Lu}/u.test(w);

/**
 * Is the given name `found` a misspelling of `expected` (`Mathew` for `Matthew`, `Jon` for `Joe`, `Eun`
 * for `Un`)? Not equal, capitalised, and an edit distance of 1–2 or the same first letter and a length
 * within one.
 */
export function closeGivenName(found: string, expected: string): boolean {
  if (found === expected || !isCapital(found) || NOT_NAME.has(found)) return false;
  const a = found.toLowerCase(), b = expected.toLowerCase();
  if (a === b) return false;
  const d = distance(a, b);
  return d <= 2 || (a[0] === b[0] && Math.abs(a.length - b.length) <= 1);
}

/**
 * A full name misspelled around the surname that renders it (`Mathew Miller` for `Matthew Miller`, `Jon
 * Biden`, `Kim Jong Eun` for `Kim Jong Un`): where the target has a single-word rendering of the concept
 * that is the last (or, for Korean names, the first) word of a full name, and the capitalised words right
 * before (after) it are that name's other words, each equal or a close misspelling (closeGivenName), one
 * at least not equal. `Miller said` after a first mention has no such word: accepted; so is a name the
 * source has as written (`Joe Biden dan Jill Biden`).
 */
/**
 * The full names among a concept's renderings (allowed, capitalised, of two words or more: `Matthew
 * Miller`), those misspelledName compares; remembered per renderings list (the concept's own).
 */
export function fullNamesOf(renderings: readonly TermRendering[]): readonly string[] {
  let names = FULL_NAMES.get(renderings);
  if (names === undefined) {
    names = renderings.filter((r) => r.status !== "forbidden" && /\s/.test(r.text.trim()) && isCapital(r.text.trim())).map((r) => r.text);
    FULL_NAMES.set(renderings, names);
  }
  return names;
}
const FULL_NAMES = new WeakMap<readonly TermRendering[], readonly string[]>();

/** The allowed renderings written as names (capitalised, 4 characters or more) that closeRendering compares; remembered per renderings list. */
export function nameRenderingsOf(renderings: readonly TermRendering[]): readonly string[] {
  let names = NAME_RENDERINGS.get(renderings);
  if (names === undefined) {
    names = renderings.filter((r) => r.status !== "forbidden" && r.text.trim().length >= 4 && isCapital(r.text.trim())).map((r) => r.text);
    NAME_RENDERINGS.set(renderings, names);
  }
  return names;
}
const NAME_RENDERINGS = new WeakMap<readonly TermRendering[], readonly string[]>();

export function misspelledName(source: string, target: string, fullNames: readonly string[], matches: readonly { start: number; end: number; text: string }[]):
  { found: string; expected: string; start: number; end: number } | undefined {
  for (const t of matches) {
    if (/\s/.test(t.text.trim())) continue;
    for (const full of fullNames) {
      const words = full.trim().split(/\s+/);
      if (words.length < 2) continue;
      const k = words.length - 1;
      let span: { start: number; end: number; others: string[] } | undefined;
      if (sameFolded(words[k]!, t.text)) {
        const m = new RegExp(`((?:\\p{Lu}[\\p{L}\\p{M}'’.-]*\\s+){${k}})$`, "u").exec(target.slice(Math.max(0, t.start - 80), t.start));
        if (m) span = { start: t.start - m[1]!.length, end: t.end, others: m[1]!.trim().split(/\s+/) };
        if (span && span.others.some((w, i) => w !== words[i] && !closeGivenName(w.replace(/\.$/, ""), words[i]!))) span = undefined;
      } else if (sameFolded(words[0]!, t.text)) {
        const m = new RegExp(`^((?:\\s+\\p{Lu}[\\p{L}\\p{M}'’-]*){${k}})`, "u").exec(target.slice(t.end, t.end + 80));
        if (m) {
          const others = m[1]!.trim().split(/\s+/).map((w) => w.replace(POSSESSIVE, ""));
          span = { start: t.start, end: t.end + m[1]!.replace(POSSESSIVE, "").length, others };
          if (others.some((w, i) => w !== words[i + 1] && !closeGivenName(w, words[i + 1]!))) span = undefined;
        }
      }
      if (span === undefined || span.others.every((w, i) => w === words[sameFolded(words[k]!, t.text) ? i : i + 1])) continue;
      const found = target.slice(span.start, span.end);
      if (findWord(source, found, false)) continue;
      return { found, expected: full.trim(), start: span.start, end: span.end };
    }
  }
  return undefined;
}

/**
 * Words of the target close to one of the expected renderings written with a capital (a name), a misspelling of it (`Vladimir Puttin` for
 * `Vladimir Putin`, `Sergey Shoygu` for `Sergei Shoigu`): as many words, each with the same first letter
 * (capitalised where the rendering's is), together within an edit distance of 2 (1 for a rendering under
 * 8 characters; none under 4), not equal, and neither the other's beginning (`Koreans`). The one of most words (`Sergey Shoygu` rather than `Shoygu`),
 * then the closest; or undefined.
 */
export function closeRendering(target: string, expected: readonly string[]): { found: string; expected: string; start: number; end: number } | undefined {
  // (names only, of 4 letters or more: most missing terms are none, and then the target is not read)
  if (!expected.some((e) => e.trim().length >= 4 && isCapital(e.trim()))) return undefined;
  const words = [...target.matchAll(NAME_WORD)].map((m) => ({ text: m[0].replace(POSSESSIVE, ""), start: m.index! }));
  let best: { found: string; expected: string; start: number; end: number; d: number; n: number } | undefined;
  for (const e of expected) {
    const ew = e.trim().split(/\s+/);
    // (names only: a common word in another form, `sanctioned`, `arms`, is no misspelling)
    const max = e.length < 4 || !isCapital(e.trim()) ? 0 : e.length < 8 ? 1 : 2;
    if (max === 0) continue;
    for (let i = 0; i + ew.length <= words.length; i++) {
      const run = words.slice(i, i + ew.length);
      if (!run.every((w, j) => w.text[0]!.toLowerCase() === ew[j]![0]!.toLowerCase() && (!isCapital(ew[j]!) || isCapital(w.text)))) continue;
      const start = run[0]!.start, end = run[run.length - 1]!.start + run[run.length - 1]!.text.length;
      const found = target.slice(start, end);
      const d = distance(found.toLowerCase(), e.trim().toLowerCase());
      if (d === 0 || d > max || found.toLowerCase().startsWith(e.trim().toLowerCase()) || e.trim().toLowerCase().startsWith(found.toLowerCase()) || (best && (best.n > ew.length || (best.n === ew.length && best.d <= d)))) continue;
      best = { found, expected: e.trim(), start, end, d, n: ew.length };
    }
  }
  return best && { found: best.found, expected: best.expected, start: best.start, end: best.end };
}

/** The target matches of a concept (not forbidden), for misspelledName. */
export function targetMatchesOf(entry: string, targetTerms: readonly TargetMatch[]): TargetMatch[] {
  return targetTerms.filter((t) => targetEntries(t).some((e) => e.entry === entry && e.status !== "forbidden"));
}

/**
 * Is the concept in the source in a form the glossary does not list? A source form in another case
 * ("barat" for a case-sensitive "=Barat") or a one-word form inside an affixed word ("senjata" in
 * "persenjataan", "sanksi" in "disanksi").
 */
export function formInSource(source: string, concept: Concept | undefined): boolean {
  if (!concept) return false;
  let lower: string | undefined;
  for (const f of concept.sources) {
    if (findWord(source, f.text, false)) return true;
    const form = fold(f.text);
    if (!/\s/.test(form) && form.length >= 5 && (lower ??= lowerCased(source)).includes(form)) return true;
  }
  return false;
}

/**
 * formInSource, or a one-word rendering of a common noun's form of several words whose modifier is in
 * the source alone (`puncak` of `pertemuan puncak`, a mountain's `summit`; not the head, `kapal` of
 * `kapal selam` for `submarine`): explains an English rendering well enough for a warning.
 */
export function looselyInSource(source: string, concept: Concept | undefined, rendering: string): boolean {
  if (!concept) return false;
  if (formInSource(source, concept)) return true;
  if (!/\s/.test(rendering)) {
    for (const f of concept.sources) {
      if (/\s/.test(f.text) && f.text === f.text.toLowerCase() && f.text.split(/\s+/).slice(1).some((w) => w.length >= 5 && findWord(source, w, true) !== undefined)) return true;
    }
  }
  return sameRootInSource(source, concept);
}

/**
 * Does a source word share an Indonesian root (affixes off: meN-, peN-, di-, ke-, ber-, ter-, per-, se-,
 * -an, -kan, -i, clitics; ../align/lexicon indonesianStems) of 4 letters or more with a one-word form of
 * the concept? `mengungsi` (to flee) and `pengungsian` (shelter) share `ungsi`, so `took shelter` renders
 * the source. Only read for a rendering about to be reported.
 */
function sameRootInSource(source: string, concept: Concept): boolean {
  const roots = new Set<string>();
  for (const f of concept.sources) {
    if (/[\s\p{Lu}]/u.test(f.text)) continue;
    for (const r of indonesianStems(f.text)) if (r.length >= 4 && r !== f.text.toLowerCase()) roots.add(r);
  }
  if (roots.size === 0) return false;
  for (const w of source.match(/\p{L}{4,}/gu) ?? []) {
    for (const r of indonesianStems(w)) if (roots.has(r)) return true;
  }
  return false;
}

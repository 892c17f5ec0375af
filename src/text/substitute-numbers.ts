/**
 * Number substitution for translation-memory matches (the OmegaT/memoQ habit): when a stored
 * Indonesian sentence differs from the one being translated ONLY in its numbers, the stored English
 * can be reused with this sentence's numbers put in, written the English way:
 *
 *   TM  id "Anggaran naik menjadi Rp 750 miliar."   en "The budget rose to Rp 750 billion."
 *   now id "Anggaran naik menjadi Rp 800 miliar."   →  "The budget rose to Rp 800 billion."
 *
 * Both sides are read with src/text/numbers.ts (the number check's reader): Indonesian `1.500` is
 * English `1,500`, `2,5` is `2.5`, `juta`/`miliar`/`triliun` are `million`/`billion`/`trillion`,
 * `19 Juni 2024` is `June 19, 2024`, `pukul 14.00` is `2 p.m.` or `14:00` (the stored English's
 * style is kept), `ke-3` is `3rd`.
 *
 * All or nothing: when the sources differ in anything but numbers, or a changed number has no
 * counterpart in the stored English, or the result would not pass the number comparison the stored
 * pair passed, nothing is substituted (null) and the match is offered as it is.
 * Pure: strings in, data out.
 */
import { compareNumbers, extractNumbers, type NumberToken } from "./numbers";
import { WEEKDAYS } from "./dated-weekday";

export interface NumberReplacement {
  /** The English as the match wrote it ("750 billion"). */
  readonly from: string;
  /** What replaced it ("800 billion"). */
  readonly to: string;
  /** Where `to` starts in the adapted text (UTF-16 offset), for highlighting. */
  readonly start: number;
}

export interface NumberSubstitution {
  /** The match's English with this sentence's numbers. */
  readonly text: string;
  readonly replaced: readonly NumberReplacement[];
}

/**
 * The English of a TM match (`tmSource` → `tmTarget`) adapted to `source`, when `source` differs
 * from `tmSource` only in numbers; null when nothing can (or needs to) be substituted.
 */
export function substituteNumbers(tmSource: string, tmTarget: string, source: string): NumberSubstitution | null {
  const a = extractNumbers(tmSource, "id");
  const b = extractNumbers(source, "id");
  const da = weekdaysIn(tmSource), db = weekdaysIn(source);
  if (a.length + da.length === 0 || a.length !== b.length || da.length !== db.length) return null;
  if (skeleton(tmSource, a, da) !== skeleton(source, b, db)) return null;
  const changed = a.map((_, i) => i).filter((i) => a[i]!.value !== b[i]!.value);
  const changedDays = da.map((_, i) => i).filter((i) => da[i]!.day !== db[i]!.day);
  if (changed.length + changedDays.length === 0) return null;

  const e = extractNumbers(tmTarget, "en");
  const before = compareNumbers(a, e);
  const counterpart = new Map<NumberToken, NumberToken>(before.matched.map(([s, t]) => [s, t]));
  const edits: Array<{ start: number; end: number; from: string; to: string }> = [];
  for (const i of changed) {
    const old = a[i]!;
    const target = counterpart.get(old);
    if (!target || target.kind !== old.kind) return null;
    const to = renderLike(b[i]!, old, target);
    if (to === null) return null;
    edits.push({ start: target.start, end: target.end, from: target.raw, to });
  }
  // A changed weekday is put in only when it maps one to one: the old day named once in the stored
  // Indonesian and its English name once in the stored English (`Kamis` → `Jumat`: `Thursday` → `Friday`).
  const enDays = englishWeekdaysIn(tmTarget);
  for (const i of changedDays) {
    const old = da[i]!.day;
    const hits = enDays.filter((d) => d.day === old);
    if (da.filter((d) => d.day === old).length !== 1 || hits.length !== 1) return null;
    const hit = hits[0]!;
    edits.push({ start: hit.start, end: hit.end, from: hit.raw, to: caseLike(capitalised(db[i]!.day), hit.raw) });
  }
  edits.sort((x, y) => x.start - y.start);
  let text = "";
  let at = 0;
  const replaced: NumberReplacement[] = [];
  for (const ed of edits) {
    text += tmTarget.slice(at, ed.start);
    replaced.push({ from: ed.from, to: ed.to, start: text.length });
    text += ed.to;
    at = ed.end;
  }
  text += tmTarget.slice(at);

  // The adapted pair must agree on numbers at least as well as the stored pair did.
  const after = compareNumbers(b, extractNumbers(text, "en"));
  if (after.missing.length > before.missing.length || after.extra.length > before.extra.length) return null;
  return { text, replaced };
}

/** A weekday named in a text: where, and its English name in lower case (`Kamis` → `thursday`). */
interface Weekday { readonly start: number; readonly end: number; readonly raw: string; readonly day: string }

/** The Indonesian weekdays written with a capital (`minggu` is also "week"), in order. */
function weekdaysIn(text: string): Weekday[] {
  if (!ID_WEEKDAY.test(text)) return [];
  return Array.from(text.matchAll(ID_WEEKDAYS), (m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], day: WEEKDAYS[m[0].toLowerCase()]! }));
}
/** The English weekdays in a text, in order. */
function englishWeekdaysIn(text: string): Weekday[] {
  return Array.from(text.matchAll(EN_WEEKDAYS), (m) => ({ start: m.index, end: m.index + m[0].length, raw: m[0], day: m[0].toLowerCase() }));
}
const ID_WEEKDAY = /(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu)(?![\p{L}\p{N}])/u;
const ID_WEEKDAYS = /(?<![\p{L}\p{N}])(?:Senin|Selasa|Rabu|Kamis|Jum'?at|Sabtu|Minggu|SENIN|SELASA|RABU|KAMIS|JUM'?AT|SABTU|MINGGU)(?![\p{L}\p{N}])/gu;
const EN_WEEKDAYS = /(?<![\p{L}\p{N}])(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|MONDAY|TUESDAY|WEDNESDAY|THURSDAY|FRIDAY|SATURDAY|SUNDAY)(?![\p{L}\p{N}])/gu;
const capitalised = (w: string) => w[0]!.toUpperCase() + w.slice(1);

/** The sentence with every number and weekday replaced by a placeholder of its kind, spaces collapsed. */
function skeleton(text: string, tokens: readonly NumberToken[], days: readonly Weekday[]): string {
  const marks = [...tokens.map((t) => ({ start: t.start, end: t.end, kind: t.kind as string })), ...days.map((d) => ({ start: d.start, end: d.end, kind: "weekday" }))];
  marks.sort((x, y) => x.start - y.start);
  let out = "";
  let at = 0;
  for (const t of marks) {
    if (t.start < at) continue; // a weekday inside a number's span (none expected): the number's mark covers it
    out += text.slice(at, t.start) + `\u0001${t.kind}\u0001`;
    at = t.end;
  }
  return (out + text.slice(at)).replace(/\s+/g, " ").trim();
}

// ---------------------------------------------------------------------------------------------
// Rendering one Indonesian number in the style of the stored English one

const EN_SCALE_WORDS: Record<number, string> = { 3: "thousand", 6: "million", 9: "billion", 12: "trillion" };
const EN_SCALE_EXP: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12 };
const EN_SUFFIX_EXP: Record<string, number> = { k: 3, m: 6, mn: 6, b: 9, bn: 9, tn: 12 };
const ID_SCALE_EXP: Record<string, number> = { ribu: 3, juta: 6, miliar: 9, milyar: 9, triliun: 12, rb: 3, jt: 6, m: 9, t: 12 };
const EN_SMALL = ["zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
  "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];
const EN_ORDINALS = ["", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth",
  "eleventh", "twelfth"];
const EN_MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
  "November", "December"];
const EN_MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const AP_MONTHS = ["Jan.", "Feb.", "March", "April", "May", "June", "July", "Aug.", "Sept.", "Oct.", "Nov.", "Dec."];

function renderLike(next: NumberToken, old: NumberToken, target: NumberToken): string | null {
  switch (target.kind) {
    case "number":
    case "percent": return renderAmount(next, old, target);
    case "ordinal": return renderOrdinal(Number(next.value), target);
    // an all-digit date the English kept as the Indonesian wrote it (`(3/11/2026)`): the new one as written
    case "date": return /^[\d/.-]+$/.test(target.raw) && target.raw === old.raw && /^[\d/.-]+$/.test(next.raw) ? next.raw : renderDate(next.value, old.value, target);
    case "time": return renderTime(next.value, target);
    // An indefinite magnitude (ratusan, puluhan ribu) has no digits to carry over: nothing is substituted.
    case "magnitude": return null;
  }
}

/** Same capitalisation as `model` (all caps, capitalised, or as given). */
function caseLike(word: string, model: string): string {
  if (model.length > 1 && model === model.toUpperCase() && model !== model.toLowerCase()) return word.toUpperCase();
  if (/^\p{Lu}/u.test(model)) return word[0]!.toUpperCase() + word.slice(1);
  return word;
}

/** English digits: `1500` → `1,500` when grouped, fraction after a point. */
function englishDigits(intPart: string, frac: string, grouped: boolean): string {
  const i = intPart.replace(/^0+(?=\d)/, "");
  const g = grouped && i.length >= 4 ? i.replace(/\B(?=(\d{3})+$)/g, ",") : i;
  return frac ? `${g}.${frac}` : g;
}

/** Reads an Indonesian amount as written: digits (int, fraction), whether grouped, and its scale. */
function readIndonesian(t: NumberToken): { int: string; frac: string; grouped: boolean; exp: number } | null {
  if (t.word) {
    const [int, frac = ""] = t.value.split(".");
    return { int: int!, frac, grouped: false, exp: 0 };
  }
  const m = /^(\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+|\d+\.\d{1,2}|\d+)\s*(\p{L}+)?/u.exec(t.raw);
  if (!m) return null;
  const v = m[1]!;
  let int: string, frac = "", grouped = false;
  if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)) { const [x, f] = v.split(","); int = x!.replace(/\./g, ""); frac = f ?? ""; grouped = true; }
  else if (v.includes(",")) [int, frac] = v.split(",") as [string, string];
  else if (v.includes(".")) [int, frac] = v.split(".") as [string, string];
  else int = v;
  const scaleWord = m[2]?.toLowerCase();
  const exp = scaleWord !== undefined ? ID_SCALE_EXP[scaleWord] ?? 0 : 0;
  // `M`/`T` only scale after Rp (numbers.ts decides); trust the canonical value when they disagree
  const written = exp > 0 && t.value !== scaleValue(int, frac, exp) ? 0 : exp;
  return { int, frac, grouped, exp: written };
}

function scaleValue(int: string, frac: string, exp: number): string {
  const digits = (int + frac).replace(/^0+(?=\d)/, "");
  const point = int.replace(/^0+(?=\d)/, "").length + exp;
  const all = digits.length < point ? digits + "0".repeat(point - digits.length) : digits;
  const i = all.slice(0, point).replace(/^0+(?=\d)/, "") || "0";
  const f = all.slice(point).replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}

/** A number or percentage: the digits and the scale word change, everything else of the English stays. */
function renderAmount(next: NumberToken, old: NumberToken, target: NumberToken): string | null {
  const src = readIndonesian(next);
  if (!src) return null;
  if (target.word) {
    // `two` → `three`: words while the value is small and whole, digits otherwise
    const n = Number(next.value);
    const m = /^\p{L}+(?:[\s-]+\p{L}+)*?(?=\s+(?:a\s+)?per[\s-]?cent\b|$)/iu.exec(target.raw);
    if (!m || src.exp !== 0 || src.frac) return null;
    const word = Number.isInteger(n) && n >= 0 && n <= 20 ? caseLike(EN_SMALL[n]!, m[0]) : src.int;
    return word + target.raw.slice(m[0].length);
  }
  const m = /^(\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+\.\d+|\d+)(\s*)(\p{L}+)?/u.exec(target.raw);
  if (!m) return null;
  const enDigits = m[1]!;
  const enGrouped = enDigits.includes(",");
  const tail = m[3];
  const tailLower = tail?.toLowerCase();
  const enExp = tailLower === undefined ? 0 : EN_SCALE_EXP[tailLower] ?? EN_SUFFIX_EXP[tailLower] ?? 0;
  const isSuffix = tailLower !== undefined && EN_SCALE_EXP[tailLower] === undefined && EN_SUFFIX_EXP[tailLower] !== undefined;
  const scaleEnd = m[1]!.length + (enExp ? m[2]!.length + tail!.length : 0);
  const rest = target.raw.slice(scaleEnd);
  const grouped = src.grouped || enGrouped || src.int.length >= 5;
  let written: string;
  if (src.exp > 0 && enExp > 0) {
    // 750 miliar → 750 billion; a new scale gets its English word (suffix style kept: bn, m)
    const word = isSuffix ? suffixFor(src.exp, tailLower!) : EN_SCALE_WORDS[src.exp];
    if (word === undefined) return null;
    written = englishDigits(src.int, src.frac, grouped) + m[2] + caseLike(word, tail!);
  } else if (src.exp === 0 && enExp > 0 && old.value !== "0") {
    // the source wrote all digits, the English a scale: keep the English scale when the value fits it
    const mant = scaleValue(next.value.split(".")[0]!, next.value.split(".")[1] ?? "", -enExp);
    if ((mant.split(".")[1] ?? "").length > 3) written = englishDigits(...splitValue(next.value), true);
    else written = englishDigits(...splitValue(mant), grouped) + m[2] + tail!;
  } else if (src.exp > 0 && enExp === 0) {
    // `1,5 juta` where the English wrote every digit
    written = englishDigits(...splitValue(next.value), true);
  } else {
    written = englishDigits(src.int, src.frac, grouped);
  }
  return written + rest;
}

const splitValue = (v: string): [string, string] => { const [i, f = ""] = v.split("."); return [i!, f]; };

function suffixFor(exp: number, style: string): string | undefined {
  const long = style === "mn" || style === "bn" || style === "tn";
  return ({ 3: "k", 6: long ? "mn" : "m", 9: long ? "bn" : "b", 12: "tn" } as Record<number, string>)[exp];
}

function ordinalSuffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return "th";
  return ({ 1: "st", 2: "nd", 3: "rd" } as Record<number, string>)[n % 10] ?? "th";
}

function renderOrdinal(n: number, target: NumberToken): string | null {
  if (!Number.isInteger(n) || n < 0) return null;
  if (target.word) return n >= 1 && n < EN_ORDINALS.length ? caseLike(EN_ORDINALS[n]!, target.raw) : `${n}${ordinalSuffix(n)}`;
  const m = /^(\d+)(st|nd|rd|th)/i.exec(target.raw);
  if (!m) return null;
  return `${n}${caseLike(ordinalSuffix(n), m[2]!)}` + target.raw.slice(m[0].length);
}

/** Date values: "2024-06-19", "--06-19", "2024-06", "--06". */
function dateFields(v: string): { y?: string; m: number; d?: number } | null {
  const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m) return null;
  return { ...(m[1] !== "-" ? { y: m[1]! } : {}), m: Number(m[2]), ...(m[3] ? { d: Number(m[3]) } : {}) };
}

function renderDate(nextValue: string, oldValue: string, target: NumberToken): string | null {
  const n = dateFields(nextValue);
  const o = dateFields(oldValue);
  if (!n || !o || (n.y === undefined) !== (o.y === undefined) || (n.d === undefined) !== (o.d === undefined)) return null;
  let raw = target.raw;
  if (/^\d/.test(raw) && /^[\d/.-]+$/.test(raw)) return null; // 6/19/2024: too ambiguous to rewrite
  if (n.y !== o.y) {
    if (!/\b\d{4}\b/.test(raw)) { if (n.y !== undefined) return null; }
    else raw = raw.replace(/\b\d{4}\b/, n.y!);
  }
  if (n.d !== o.d) {
    const dm = /(?<!\d)(\d{1,2})(st|nd|rd|th)?(?!\d)/.exec(raw);
    if (!dm) return null;
    const day = String(n.d) + (dm[2] ? ordinalSuffix(n.d!) : "");
    raw = raw.slice(0, dm.index) + day + raw.slice(dm.index + dm[0].length);
  }
  if (n.m !== o.m) {
    const isMonth = (w: string) => [...EN_MONTHS, ...EN_MONTH_ABBR, "Sept"].some((x) => x.toLowerCase() === w.toLowerCase());
    const mm = [...raw.matchAll(/\p{L}+\.?/gu)].find((x) => isMonth(x[0].replace(/\.$/, "")));
    if (!mm || mm.index === undefined) return null;
    const word = mm[0].replace(/\.$/, "");
    const full = EN_MONTHS.some((x) => x.toLowerCase() === word.toLowerCase());
    // full names stay full; AP abbreviations (`Sept.`, `Aug.`, March to July spelled out) or `Sep`
    const name = full ? EN_MONTHS[n.m - 1]! : mm[0].endsWith(".") ? AP_MONTHS[n.m - 1]! : EN_MONTH_ABBR[n.m - 1]!;
    raw = raw.slice(0, mm.index) + caseLike(name, word) + raw.slice(mm.index + mm[0].length);
  }
  return raw;
}

function renderTime(nextValue: string, target: NumberToken): string | null {
  const [hs, ms] = nextValue.split(":");
  const h = Number(hs);
  const mins = ms ?? "00";
  const m = /^(\d{1,2})(?:([:.])(\d{2}))?(\s*)(a\.m\.?|p\.m\.?|am|pm)?/i.exec(target.raw);
  if (!m) return null;
  const rest = target.raw.slice(m[0].length);
  if (m[5]) {
    const h12 = h % 12 === 0 ? 12 : h % 12;
    const pm = h >= 12 && h < 24;
    const style = m[5];
    const period = style.replace(/[ap]/i, (c) => (pm ? (c === c.toUpperCase() ? "P" : "p") : (c === c.toUpperCase() ? "A" : "a")));
    const minutes = mins === "00" ? "" : `${m[2] ?? ":"}${mins}`; // 2 p.m., 2:30 p.m.
    return `${h12}${minutes}${m[4]}${period}${rest}`;
  }
  if (!m[3]) return null; // a bare hour without a.m./p.m. is not read as a time
  const hour = m[1]!.length === 2 ? String(h).padStart(2, "0") : String(h);
  return `${hour}${m[2]}${mins}${rest}`;
}

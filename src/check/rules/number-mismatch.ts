/**
 * number-mismatch — every number of the source must survive in the rendering, and vice versa, read
 * with each language's conventions by src/text/numbers.ts (`11.000` = `11,000`, `1,5 juta` =
 * `1.5 million`, `19 Juni 2024` = `June 19, 2024`, `pukul 10.30` = `10:30 a.m.`). Numbers written in
 * words (`dua dekade` = `two decades`) count, but an unmatched word-number is reported only when the
 * other side has an unmatched number of the same kind: `salah satu` → `one of` / `kedua negara` →
 * `both countries` are good translations, `dua` → `three` is not; a count of others (`dua lainnya`) left
 * out is reported too. The date of a dated weekday
 * (`Kamis (5/1/2024)`) may give way to the weekday alone (`on Thursday`: AP style within a week),
 * as the weekday may give way to the date (`on Jan. 5`). A range may share its unit on either side
 * (`dari 5 persen menjadi 10 persen` = `from 5 to 10 percent`, `5 hingga 7 juta` = `5 to 7 million`),
 * and a range of years its second year's century (`2023/2024` = `2023-24`); a span of time or a half may
 * be written in another form (`4 tahun 6 bulan` = `four and a half years`, `1,5 tahun` = `18 months`).
 * A conversion the English adds in brackets (`(1230 GMT)`, `(about US$1)`, `($1 = 15,600 rupiah)`,
 * `(10 feet)`, `(86 degrees Fahrenheit)`) is no extra number. A number paired with the same number in
 * another unit of time is (`6 tahun` → `six months`: `unit`), and a number the English keeps in the
 * Indonesian way (`Rp 18.000`, `5,05 percent`) is one finding with the fix (`format`), not a missing and
 * an extra number. A fraction rendered as another fraction (`Setengah` → `A quarter`) is one finding
 * naming both (`fraction`), and so is an amount in another currency (`Rp 300 triliun` → `US$300 trillion`:
 * `currency`), unless the English adds it as a conversion in brackets or the source names both currencies.
 * Ratios are compared as ratios (`Satu dari lima` → `One in three`: `lima` missing, `three` extra, though
 * a `five` stands elsewhere), a name with a letter glued to a digit written alike on both sides (`3M Plus`,
 * `G20`) is no number, and a day said relative to today or an event rendered as another (`lusa` →
 * `tomorrow`, `H-2` → `two days after`) is a warning (`day`). Two numbers that traded places between what
 * they count (`menewaskan 4 orang dan melukai 7 lainnya` → `killed seven people and injured four others`)
 * are a warning (`swapped`, see swappedNumbers). A score of `0-0` said in a word (`a goalless draw`,
 * `scoreless`, `nil-nil`) is no number missing.
 */
import { combineQuantities, compareNumbers, distributeUnits, expandYearRanges, extractNumbers, isFraction, pairNumbers, type NumberToken, type QuantityReading } from "../../text/numbers";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { relativeDayChanges } from "../../text/relative-days";
import { EN_DAYS, WEEKDAYS, weekdayBefore, weekdayClashes } from "../../text/dated-weekday";
import type { Tokens } from "../../glossary/tokenize";
import { englishLemmas, freedictLexicon } from "../../align/lexicon";
import { currenciesIn, currencyAt, currencyNearNumber, gmtConversionAt, inConversion, CHANGE_WORDS_DOWN, CHANGE_WORDS_UP, NEAR_BOUND, NEAR_CHANGE, NEAR_CURRENCY, NEAR_HEMISPHERE, NEAR_MEASURE, NEAR_MINUS, NEAR_NUMBER, NEAR_POINTS, NEAR_TIME_UNIT, numberNeighbours, rateNearNumber } from "../util";

const show = (t: NumberToken) => t.raw;

/** A score of no goals said in a word (`a goalless draw`, `a scoreless tie`, `nil-nil`). */
const GOALLESS = /(?<![\p{L}])(?:goalless|scoreless|nil-nil|nil-all)(?![\p{L}])/iu;
/** Is the source's `0` a side of the score `0-0` (`0–0`)? */
function goallessScore(source: string, t: NumberToken): boolean {
  return /^\s?[-–]\s?0(?!\d|[.,]\d)/.test(source.slice(t.end, t.end + 4)) || /(?<![\d.,])0\s?[-–]\s?$/.test(source.slice(Math.max(0, t.start - 4), t.start));
}

/** Is the source date at [start, end) the date of a weekday (`Kamis (5/1/2024)`, `Senin, 19 Juni`) that the target names? */
function weekdayKept(source: string, start: number, target: string): boolean {
  const w = weekdayBefore(source, start);
  return w !== undefined && new RegExp(`\\b${WEEKDAYS[w.name.toLowerCase()]}\\b`, "i").test(target);
}

/**
 * A dated weekday of the source whose date falls on another day (`Kamis (4/12/2026)`: a Friday), as a
 * warning on the source: the translator asks before rendering either (a target that gives the date's
 * real weekday is then no `weekday` finding).
 */
function weekdayDateProblems(source: string, numbers: readonly NumberToken[]): Problem[] {
  const clashes = weekdayClashes(source, numbers);
  if (clashes.length === 0) return NO_PROBLEMS;
  return clashes.map((c) => ({
    messageId: "weekday-date", severity: "warning" as const,
    data: { weekday: c.weekday, weekdayEn: EN_NAME[WEEKDAYS[c.weekday.toLowerCase()]!]!, date: c.date.raw, actual: c.actual, actualEn: c.actualEn, value: c.date.value },
    source: { start: c.start, end: c.date.end },
  }));
}

/** Indonesia's time zones and their offsets from GMT in hours. */
const ZONE_OFFSET: Record<string, number> = { WIB: 7, WITA: 8, WIT: 9 };
/**
 * The clock times the number reader found written with their zone (`pukul 15.00 WIB`, `pukul 10.30
 * malam WITA`), each with its GMT equivalent in minutes after midnight (`pukul 15.00 WIB` → 08:00 GMT).
 */
function zonedTimes(numbers: readonly NumberToken[]): { token: NumberToken; gmt: number }[] {
  const out: { token: NumberToken; gmt: number }[] = [];
  for (const t of numbers) {
    const zone = t.kind === "time" ? /\b(WIB|WITA|WIT)$/.exec(t.raw) : null;
    const hm = zone ? /^(\d{1,2}):(\d{2})$/.exec(t.value) : null;
    if (!zone || !hm) continue;
    const minutes = (Number(hm[1]) * 60 + Number(hm[2])) % 1440;
    out.push({ token: t, gmt: (minutes - ZONE_OFFSET[zone[1]!]! * 60 + 1440) % 1440 });
  }
  return out;
}

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
/** `friday` → `Friday`. */
const EN_NAME: Record<string, string> = Object.fromEntries(EN_DAYS.map((d) => [d, cap(d)]));
/** Weekdays of an Indonesian text, capitalised (`Kamis`, `Jum'at`), and of an English one (`Thursday`, `Thursdays`). */
const ID_WEEKDAY = new RegExp(`\\b(${Object.keys(WEEKDAYS).map(cap).join("|")})\\b(?!['’])`, "g");
const EN_WEEKDAY = new RegExp(`\\b(${EN_DAYS.map(cap).join("|")})s?\\b`, "g");
/** Each weekday's bit (Monday 1 … Sunday 64), by its English name and by its Indonesian names (WEEKDAYS). */
const DAY_BIT: Record<string, number> = Object.fromEntries([
  ...EN_DAYS.map((d, k) => [d, 1 << k] as const),
  ...Object.entries(WEEKDAYS).map(([id, en]) => [id, 1 << EN_DAYS.indexOf(en)] as const),
]);
/** The English weekdays without their "day" (`Mon`, `Wednes`). */
const EN_DAY_STEMS = EN_DAYS.map((d) => cap(d.slice(0, -3)));
/** Does `text` hold an English weekday's name? (a scan from "day" to "day": most texts have none, many a "today" or "days") */
function namesEnglishWeekday(text: string): boolean {
  for (let i = text.indexOf("day", 3); i >= 0; i = text.indexOf("day", i + 3)) {
    const c = text.charCodeAt(i - 1);
    // (n: Mon, Sun; s: Tues, Wednes, Thurs; i: Fri; r: Satur)
    if ((c === 0x6e || c === 0x73 || c === 0x69 || c === 0x72) && EN_DAY_STEMS.some((d) => text.startsWith(d, i - d.length))) return true;
  }
  return false;
}
/** The weekdays `re` finds in `text`, as bits. */
function dayBits(re: RegExp, text: string): number {
  let bits = 0;
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) bits |= DAY_BIT[m[1]!.toLowerCase()]!;
  return bits;
}
/** The first match of `re` in `text` whose weekday is one of `bits`. */
function firstDay(re: RegExp, text: string, bits: number): RegExpExecArray {
  re.lastIndex = 0;
  for (let m = re.exec(text); ; m = re.exec(text)) if ((DAY_BIT[m![1]!.toLowerCase()]! & bits) !== 0) return m!;
}

/**
 * A weekday of the source rendered as another (`Sidang digelar Kamis (10/12)` → `held on Wednesday`): a
 * weekday of the source is missing from the target while the target names one the source does not.
 * A weekday left out (`on Dec. 10`) or one added beside the source's is no finding here.
 */
export function weekdayChange(source: string, target: string): Problem | undefined {
  // (most targets name no weekday)
  if (!namesEnglishWeekday(target)) return undefined;
  const inTarget = dayBits(EN_WEEKDAY, target);
  if (inTarget === 0) return undefined;
  const inSource = dayBits(ID_WEEKDAY, source);
  const missing = inSource & ~inTarget, other = inTarget & ~inSource;
  if (inSource === 0 || missing === 0 || other === 0) return undefined;
  const a = firstDay(ID_WEEKDAY, source, missing), b = firstDay(EN_WEEKDAY, target, other);
  return {
    messageId: "weekday", data: { number: a[0], rendered: b[0] },
    source: { start: a.index, end: a.index + a[0].length }, target: { start: b.index, end: b.index + b[0].length },
  };
}

/** Digits in three or more groups joined by full stops (`4.2.1`, `14.0.2`, `192.168.1.1`, `1.250.000`). */
const DOTTED = /(?<![\d.])\d+(?:\.\d+){2,}(?![\d]|\.\d)/g;
/** A number in Indonesian thousands (`1.250.000`: groups of three after the first): a number, not a code. */
const THOUSANDS = /^\d{1,3}(?:\.\d{3})+$/;
/**
 * Versions and addresses (`4.2.1`, `192.168.1.1`: dotted groups that are no Indonesian thousands) in
 * the two texts, as spans: those written the same on both sides (`shared`: no numbers to compare) and the
 * others (`source`, `target`: each one number, as written); undefined when the source has none.
 */
function codeSpans(source: string, target: string): { shared: { source: Array<[number, number]>; target: Array<[number, number]> }; source: RegExpMatchArray[]; target: RegExpMatchArray[] } | undefined {
  if (!/\d\.\d+\./.test(source)) return undefined;
  const codes = (text: string) => [...text.matchAll(DOTTED)].filter((m) => !THOUSANDS.test(m[0]));
  const inSource = codes(source);
  if (inSource.length === 0) return undefined;
  const inTarget = codes(target);
  const shared = new Set(inSource.map((m) => m[0]).filter((c) => inTarget.some((m) => m[0] === c)));
  const spans = (ms: RegExpMatchArray[]): Array<[number, number]> => ms.filter((m) => shared.has(m[0])).map((m) => [m.index!, m.index! + m[0].length]);
  return {
    shared: { source: spans(inSource), target: spans(inTarget) },
    source: inSource.filter((m) => !shared.has(m[0])), target: inTarget.filter((m) => !shared.has(m[0])),
  };
}
/**
 * The numbers of `left` inside a code of `codes` (`3.2.1` read as `3` and `2.1`) given way to the code as
 * one number, as written (`3.2.1` → `3.1.2` is one number missing and one extra, not four).
 */
function asCodes(left: readonly NumberToken[], codes: readonly RegExpMatchArray[]): NumberToken[] {
  if (codes.length === 0) return left as NumberToken[];
  const out: NumberToken[] = [];
  const added = new Set<RegExpMatchArray>();
  for (const t of left) {
    const code = codes.find((m) => m.index! <= t.start && t.end <= m.index! + m[0].length);
    if (code === undefined) { out.push(t); continue; }
    if (added.has(code)) continue;
    added.add(code);
    out.push({ value: code[0], start: code.index!, end: code.index! + code[0].length, raw: code[0], kind: "number", word: false });
  }
  return out;
}

/**
 * Do the numbers pair up in order, digits with digits, each with the same value (most pairs)? Then
 * compareNumbers leaves nothing missing or extra: its first pass pairs each source number with the
 * first target number left that it matches, here the one at its own place.
 */
function pairedInOrder(source: readonly NumberToken[], target: readonly NumberToken[]): boolean {
  if (source.length !== target.length) return false;
  for (let i = 0; i < source.length; i++) {
    const a = source[i]!, b = target[i]!;
    if (a.word || b.word || a.kind !== b.kind || a.alternatives !== undefined || b.alternatives !== undefined || a.value !== b.value) return false;
  }
  return true;
}

/**
 * The numbers left unpaired, paired again with other readings: a range may share its unit (`from 5 to
 * 10 percent` for `dari 5 persen menjadi 10 persen`), a range of years may shorten its second
 * (`2023-24` for `2023/2024`), and a span of time or a half may be written in another form (`4 tahun 6
 * bulan` = `four and a half years`, `1,5 tahun` = `18 months`). Only what was left over is paired, so a
 * number paired as written stays paired; a number still left is reported as written.
 */
export function pairRanges(source: string, target: string, sourceNumbers: readonly NumberToken[], targetNumbers: readonly NumberToken[],
  missing: readonly NumberToken[], extra: readonly NumberToken[]): { missing: readonly NumberToken[]; extra: readonly NumberToken[] } {
  const s1 = expandYearRanges(source, distributeUnits(source, "id", sourceNumbers));
  const t1 = expandYearRanges(target, distributeUnits(target, "en", targetNumbers));
  const sq = combineQuantities(source, "id", s1), tq = combineQuantities(target, "en", t1);
  const originals = new Map<NumberToken, NumberToken[]>();
  // the readings of the numbers left over: a quantity read from several numbers only when all of them are
  const readings = (quantities: readonly QuantityReading[], all: readonly NumberToken[], read: readonly NumberToken[], left: readonly NumberToken[]): NumberToken[] => {
    const leftOver = new Set(left);
    const out: NumberToken[] = [];
    for (const q of quantities) {
      const from = q.from.map((i) => all[i]!);
      if (from.every((t) => leftOver.has(t))) { out.push(q.token); originals.set(q.token, from); continue; }
      for (const i of q.from) if (leftOver.has(all[i]!)) { out.push(read[i]!); originals.set(read[i]!, [all[i]!]); }
    }
    return out;
  };
  const left = compareNumbers(readings(sq, sourceNumbers, s1, missing), readings(tq, targetNumbers, t1, extra));
  const a = { missing: left.missing.flatMap((r) => originals.get(r)!), extra: left.extra.flatMap((r) => originals.get(r)!) };
  // (a quantity whose part was paired as written — `4` of `4 tahun 6 bulan` with `four` of `four and a
  // half years` — is read whole on both sides too; taken only when fewer numbers are left over)
  const all = compareNumbers(readings(sq, sourceNumbers, s1, sourceNumbers), readings(tq, targetNumbers, t1, targetNumbers));
  const b = { missing: all.missing.flatMap((r) => originals.get(r)!), extra: all.extra.flatMap((r) => originals.get(r)!) };
  return b.missing.length + b.extra.length < a.missing.length + a.extra.length ? b : a;
}

/** The unit of time written right after a number (`6 tahun`, `six-month`), as one letter: y, m(onth), w, d, h, i (minute), s. */
const TIME_UNIT: Record<"id" | "en", RegExp> = {
  // (not `Tahun 2023` of a law's number)
  id: /^\s*(tahun(?!\s*\d)|bulan|minggu|pekan|hari|jam|menit|detik)(?![\p{L}])/iu,
  en: /^[\s-]*(years?|months?|weeks?|days?|hours?|minutes?|seconds?)(?![\p{L}])/iu,
};
const UNIT_LETTER: Record<string, string> = {
  tahun: "y", year: "y", years: "y", bulan: "m", month: "m", months: "m", minggu: "w", pekan: "w", week: "w", weeks: "w",
  hari: "d", day: "d", days: "d", jam: "h", hour: "h", hours: "h", menit: "i", minute: "i", minutes: "i", detik: "s", second: "s", seconds: "s",
};
function timeUnit(text: string, t: NumberToken, lang: "id" | "en"): { unit: string; end: number } | undefined {
  if (t.kind !== "number") return perUnit(text, t, lang, timeUnitAt);
  const m = TIME_UNIT[lang].exec(text.slice(t.end, t.end + 16));
  return m ? { unit: UNIT_LETTER[m[1]!.toLowerCase()]!, end: t.end + m[0].length } : perUnit(text, t, lang, timeUnitAt);
}
function timeUnitAt(text: string, at: number, lang: "id" | "en"): { unit: string; end: number } | undefined {
  const m = TIME_UNIT[lang].exec(text.slice(at, at + 16));
  return m ? { unit: UNIT_LETTER[m[1]!.toLowerCase()]!, end: at + m[0].length } : undefined;
}

/**
 * A rate: the number, perhaps its scale and currency, then `per`, `/`, `setiap`/`tiap` (`a`, `an`, `each`,
 * `every`) and a unit (`Rp 80.000 per kilogram` = `80,000 rupiah a kilogram`, `Rp 5 juta per bulan`, `2 persen
 * per bulan` = `2 percent a month`). Read only where the number has no unit right after it.
 */
const PER: Record<"id" | "en", RegExp> = {
  id: /^\s*(?:(?:ribu|juta|miliar|milyar|triliun)\s+)?(?:(?:rupiah|dolar(?:\s+AS)?|ringgit|yen|yuan|euro)\s+)?(?:(?:per|setiap|tiap)\s+|\/\s*)(?=\p{L})/iu,
  en: /^\s*(?:(?:thousand|million|billion|trillion)\s+)?(?:(?:rupiah|(?:US\s+)?dollars?|ringgit|yen|yuan|euros?)\s+)?(?:(per|an?|each|every)\s+|\/\s*)(?=\p{L})/iu,
};
function perUnit(text: string, t: NumberToken, lang: "id" | "en",
  unitAt: (text: string, at: number, lang: "id" | "en") => { unit: string; end: number } | undefined): { unit: string; end: number } | undefined {
  if (t.kind !== "number" && t.kind !== "percent") return undefined;
  const m = PER[lang].exec(text.slice(t.end, t.end + 40));
  // (`a`/`an` after a number in words is no rate: `half an hour`, `two and a half years`)
  if (m === null || (t.word && /^an?$/i.test(m[1] ?? ""))) return undefined;
  const u = unitAt(text, t.end + m[0].length, lang);
  return u === undefined ? undefined : { unit: `per ${u.unit}`, end: u.end };
}

/**
 * The unit of measure written right after a number (`7,85 meter`, `10 km`, `61-kilogram`, `38 derajat
 * Celsius`, `60 km/jam`, `90 kilometer per jam`), as its dimension and unit (`length:m`, `mass:kg`, `temperature:C`). Short
 * forms in small letters only where a capital means something else (`5G`, Indonesian `M` = miliar);
 * `derajat`/`degrees` alone say no scale, `ons` (100 g in Indonesia) is not read.
 */
const MEASURE_UNIT: Record<"id" | "en", RegExp> = {
  id: /^[\s-]*(kbps|mbps|gbps|kilobyte|megabyte|gigabyte|terabyte|khz|mhz|ghz|kb|mb|gb|tb|km\/jam|km\/j|(?:kilometer|km|mil)\s+per\s+jam|mil\s+laut|derajat\s+celsius|derajat\s+fahrenheit|meter\s+persegi|kilometer\s+persegi|milimeter|sentimeter|kilometer|meter|miligram|kilogram|gram|ton|pon|hektare|hektar|mililiter|liter|galon|kaki|inci|mil|knot|km2|km²|m2|m²|mm|cm|km|m|mg|kg|g|ha|ml|°\s?C|°\s?F)(?![\p{L}\p{N}])/iu,
  en: /^[\s-]*(kbps|mbps|gbps|kilobytes?|megabytes?|gigabytes?|terabytes?|khz|mhz|ghz|kb|mb|gb|tb|kilomet(?:er|re)s?[\s-]+(?:per|an)[\s-]+hour|miles?[\s-]+(?:per|an)[\s-]+hour|km\/h|kmh|kph|mph|nautical[\s-]+miles?|degrees?[\s-]+celsius|degrees?[\s-]+fahrenheit|square[\s-]+met(?:er|re)s?|square[\s-]+kilomet(?:er|re)s?|sq\.?\s?km|millimet(?:er|re)s?|centimet(?:er|re)s?|kilomet(?:er|re)s?|met(?:er|re)s?|milligrams?|kilogram(?:me)?s?|kilos?|grams?|tonnes?|tons?|pounds?|lbs?|ounces?|oz|hectares?|acres?|millilit(?:er|re)s?|lit(?:er|re)s?|gallons?|feet|foot|ft|inch(?:es)?|miles?|knots?|km2|km²|m2|m²|mm|cm|km|m|mg|kg|g|ha|ml|°\s?C|°\s?F)(?![\p{L}\p{N}])/iu,
};
const MEASURE_OF: Record<string, string> = {
  mm: "length:mm", milimeter: "length:mm", millimeter: "length:mm", millimetre: "length:mm", cm: "length:cm", sentimeter: "length:cm", centimeter: "length:cm", centimetre: "length:cm",
  m: "length:m", meter: "length:m", metre: "length:m", km: "length:km", kilometer: "length:km", kilometre: "length:km",
  mil: "length:mi", mile: "length:mi", "mil laut": "length:nmi", "nautical mile": "length:nmi", kaki: "length:ft", feet: "length:ft", foot: "length:ft", ft: "length:ft", inci: "length:in", inch: "length:in", inche: "length:in",
  mg: "mass:mg", miligram: "mass:mg", milligram: "mass:mg", g: "mass:g", gram: "mass:g", kg: "mass:kg", kilogram: "mass:kg", kilogramme: "mass:kg", kilo: "mass:kg",
  ton: "mass:t", tonne: "mass:t", pon: "mass:lb", pound: "mass:lb", lb: "mass:lb", ounce: "mass:oz", oz: "mass:oz",
  ha: "area:ha", hektare: "area:ha", hektar: "area:ha", hectare: "area:ha", acre: "area:acre",
  m2: "area:m2", "m²": "area:m2", "meter persegi": "area:m2", "square meter": "area:m2", "square metre": "area:m2",
  km2: "area:km2", "km²": "area:km2", "kilometer persegi": "area:km2", "square kilometer": "area:km2", "square kilometre": "area:km2", "sq km": "area:km2", "sq. km": "area:km2",
  liter: "volume:l", litre: "volume:l", ml: "volume:ml", mililiter: "volume:ml", milliliter: "volume:ml", millilitre: "volume:ml", galon: "volume:gal", gallon: "volume:gal",
  "derajat celsius": "temperature:C", "degree celsius": "temperature:C", "°c": "temperature:C", "derajat fahrenheit": "temperature:F", "degree fahrenheit": "temperature:F", "°f": "temperature:F",
  "km/jam": "speed:kmh", "km/j": "speed:kmh", "kilometer per jam": "speed:kmh", "km per jam": "speed:kmh", "mil per jam": "speed:mph", "km/h": "speed:kmh", kmh: "speed:kmh", kph: "speed:kmh", "kilometer per hour": "speed:kmh", "kilometre per hour": "speed:kmh",
  kb: "data:KB", kilobyte: "data:KB", mb: "data:MB", megabyte: "data:MB", gb: "data:GB", gigabyte: "data:GB", tb: "data:TB", terabyte: "data:TB",
  kbp: "rate:kbps", mbp: "rate:Mbps", gbp: "rate:Gbps", khz: "frequency:kHz", mhz: "frequency:MHz", ghz: "frequency:GHz",
  "kilometer an hour": "speed:kmh", "kilometre an hour": "speed:kmh", mph: "speed:mph", "mile per hour": "speed:mph", "mile an hour": "speed:mph", knot: "speed:kn",
};
function measureUnit(text: string, t: NumberToken, lang: "id" | "en"): { unit: string; end: number } | undefined {
  return (t.kind === "number" ? measureUnitAt(text, t.end, lang) : undefined) ?? perUnit(text, t, lang, measureUnitAt);
}
function measureUnitAt(text: string, at: number, lang: "id" | "en"): { unit: string; end: number } | undefined {
  const m = MEASURE_UNIT[lang].exec(text.slice(at, at + 32));
  if (m === null) return undefined;
  const w = m[1]!;
  // (`5G`, `Rp5 M`: a capital is no gram, no metre)
  if ((w === "G" || w === "M") || (lang === "en" && /^lbs?$|^oz$|^ft$|^mm$|^cm$|^km$|^kg$|^mg$|^ha$|^ml$/i.test(w) && w !== w.toLowerCase())) return undefined;
  // (each word in the singular: `inches`, `degrees Celsius`, `miles per hour`)
  const key = w.toLowerCase().replace(/°\s/, "°").split(/[\s-]+/).map((x) => (x === "celsius" ? x : x.replace(/(ch)es$/, "$1").replace(/s$/, ""))).join(" ");
  const unit = MEASURE_OF[key];
  return unit === undefined ? undefined : { unit, end: at + m[0].length };
}

const UNIT_WORD: Record<string, string> = { y: "year", m: "month", w: "week", d: "day", h: "hour", i: "minute", s: "second" };
/** Is the source `1` at `t`, before a unit of time (`1 jam`, `1 tahun`), that unit with `a`/`an`/`one` in the target (`an hour`, `a year`)? */
function oneUnitKept(source: string, t: NumberToken, target: string): boolean {
  const u = t.kind === "number" ? timeUnit(source, t, "id") : undefined;
  return u !== undefined && new RegExp(`(?:^|[^\\p{L}])(?:a|an|one)[\\s-]+${UNIT_WORD[u.unit]!}(?![\\p{L}])`, "iu").test(target);
}

/** A span of time that is one of a larger unit, by its unit's letter and number: `7 hari` = `a week`, `12 bulan` = `a year`, `24 jam` = `a day`, `60 menit` = `an hour`. */
const ONE_OF: Record<string, readonly [number, string]> = { d: [7, "week"], m: [12, "year"], h: [24, "day"], i: [60, "hour"] };
/** A day counted from a holiday or an event, `H-3`, `H+7` (three days before, a week after): a number of days. */
const DAY_COUNT_BEFORE = /(?:^|[^\p{L}])H\s?[-+]$/u;
/**
 * Is the source number at `t`, a span of time (`7 hari`, `12 bulan`, or the days of `H+7`), one of a larger
 * unit that the target writes with `a`/`an`/`one` (`a week`, `a year`, `a week after Lebaran`, `a fortnight`
 * for 14 days), or the one day of `H-1` / `H+1` (`the day before`, `the eve of`)?
 */
function spanAsOneUnit(source: string, t: NumberToken, target: string): boolean {
  if (t.kind !== "number" || t.word) return false;
  const counted = DAY_COUNT_BEFORE.test(source.slice(Math.max(0, t.start - 3), t.start));
  // (`H-1`, `H+1`: the day before, the day after, the eve)
  if (counted && t.value === "1" && /(?:^|[^\p{L}])(?:(?:the|a|one)\s+day\s+(?:before|after|ahead)|eve)(?![\p{L}])/iu.test(target)) return true;
  // (`14 hari` = `a fortnight`)
  if (t.value === "14" && (counted || timeUnit(source, t, "id")?.unit === "d") && /(?:^|[^\p{L}])(?:a|one)\s+fortnight(?![\p{L}])/iu.test(target)) return true;
  const unit = counted ? "d" : timeUnit(source, t, "id")?.unit;
  const one = unit === undefined ? undefined : ONE_OF[unit];
  return one !== undefined && String(one[0]) === t.value && new RegExp(`(?:^|[^\\p{L}])(?:a|an|one)[\\s-]+${one[1]}(?![\\p{L}])`, "iu").test(target);
}

/** English words for the whole (`100 persen desa` → `all villages`, `100 persen siap` → `fully ready`). */
const WHOLE = /\b(?:all|every|entire(?:ly)?|whole|full(?:y)?|complete(?:ly)?|total(?:ly)?)\b/i;
/** English words for a number of times as much (`doubled`, `tripled`, `tenfold`, `a hundredfold`), by the number. */
const TIMES_WORDS: Record<string, string> = {
  2: "doubl(?:e|ed|es|ing)|twice|two-?fold", 3: "tripl(?:e|ed|es|ing)|thrice|three-?fold", 4: "quadrupl(?:e|ed|es|ing)|four-?fold",
  5: "five-?fold|quintupl(?:e|ed|es|ing)", 6: "six-?fold", 7: "seven-?fold", 8: "eight-?fold", 9: "nine-?fold", 10: "ten-?fold",
  20: "twenty-?fold", 100: "hundred-?fold", 1000: "thousand-?fold",
};
const KALI_LIPAT = /^\s*kali(?:\s+lipat)?(?![\p{L}])/iu;
/** Is the source number at `t`, before `kali lipat` (`10 kali lipat`), a number of times the target says in a word (`tenfold`, `doubled`)? */
const TIMES_RE: Record<string, RegExp> = Object.fromEntries(Object.entries(TIMES_WORDS).map(([n, words]) => [n, new RegExp(`(?:^|[^\\p{L}])(?:${words})(?![\\p{L}])`, "iu")]));
function timesKept(source: string, t: NumberToken, target: string): boolean {
  const re = t.kind === "number" ? TIMES_RE[t.value] : undefined;
  return re !== undefined && KALI_LIPAT.test(source.slice(t.end, t.end + 16)) && re.test(target);
}

/**
 * The numbers paired by value whose unit of time changed (`6 tahun penjara` → `six months in prison`,
 * `dua pekan` → `two months`): both followed by a unit, and no other pair has the target's unit for
 * that value the other way round (`5 tahun … 5 bulan` → `5 months … 5 years` is two good renderings).
 */
export function unitChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  return changedUnits(source, target, matched, timeUnit, "unit");
}

/**
 * The same for units of measure (`7,85 meter` → `7.85 feet`, `4 gram` → `4 milligrams`, `38 derajat Celsius`
 * → `38 degrees Fahrenheit`, `3.200 hektare` → `3,200 acres`): both followed by a unit of the same
 * dimension (length, mass, area, volume, temperature, speed), another one. A conversion the English adds
 * in brackets (`(93 miles)`) pairs with no source number and is not read.
 */
export function measureChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  return changedUnits(source, target, matched, measureUnit, "measure");
}

function changedUnits(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[],
  read: (text: string, t: NumberToken, lang: "id" | "en") => { unit: string; end: number } | undefined, messageId: string): Problem[] {
  const withUnits: [NumberToken, NumberToken, { unit: string; end: number }, { unit: string; end: number }][] = [];
  for (const [a, b] of matched) {
    const ua = read(source, a, "id"), ub = ua && read(target, b, "en");
    // (units of measure of two dimensions, `length:m` and `mass:kg`: the numbers paired by chance)
    if (ua && ub && ua.unit.slice(0, ua.unit.indexOf(":") + 1) === ub.unit.slice(0, ub.unit.indexOf(":") + 1)) withUnits.push([a, b, ua, ub]);
  }
  if (withUnits.every(([, , ua, ub]) => ua.unit === ub.unit)) return NO_PROBLEMS;
  // the target's (value, unit) pairs not yet claimed by a source number of that unit
  const left = new Map<string, number>();
  for (const [a, , , ub] of withUnits) left.set(`${a.value} ${ub.unit}`, (left.get(`${a.value} ${ub.unit}`) ?? 0) + 1);
  for (const [a, , ua, ub] of withUnits) if (ua.unit === ub.unit) left.set(`${a.value} ${ua.unit}`, left.get(`${a.value} ${ua.unit}`)! - 1);
  const problems: Problem[] = [];
  for (const [a, b, ua, ub] of withUnits) {
    if (ua.unit === ub.unit) continue;
    const key = `${a.value} ${ua.unit}`;
    if ((left.get(key) ?? 0) > 0) { left.set(key, left.get(key)! - 1); continue; }
    problems.push({
      messageId,
      data: { number: source.slice(a.start, ua.end).trim(), rendered: target.slice(b.start, ub.end).trim(), value: a.value },
      source: { start: a.start, end: ua.end }, target: { start: b.start, end: ub.end },
    });
  }
  return problems;
}

/** `basis poin`, `bps`, `basis points` right after a number (`25 basis poin`). */
const BASIS_POINTS = /^[\s-]*(?:basis[\s-]+po(?:i)?n(?:ts?)?|bps|bp)(?![\p{L}])/iu;
/** A percentage written as points (`3,2 poin persentase`, `0.5 percentage point`, `4.5 pp`). */
const isPoints = (t: NumberToken): boolean => t.kind === "percent" && /\bpoin|\bpoint|\bpp\b/i.test(t.raw);
/** The end of `basis poin` / `basis points` written after the number `t`, or -1. */
function basisPointsEnd(text: string, t: NumberToken): number {
  if (t.kind !== "number") return -1;
  const m = BASIS_POINTS.exec(text.slice(t.end, t.end + 20));
  return m === null ? -1 : t.end + m[0].length;
}

/**
 * Percentage points or basis points of the source rendered as percent (`naik 3,2 poin persentase` →
 * `rose 3.2 percent`, `25 basis poin` → `25 percent`): another quantity, a change of a rate is not the
 * rate's change in percent. (A source in percent rendered as points is not read: Indonesian news often
 * writes `persen` for points, and a translator may correct it.)
 */
export function pointChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  let problems: Problem[] | undefined;
  for (const [a, b] of matched) {
    if (b.kind !== "percent" || isPoints(b)) continue;
    const end = isPoints(a) ? a.end : basisPointsEnd(source, a);
    if (end < 0) continue;
    (problems ??= []).push({
      messageId: "points", data: { number: source.slice(a.start, end), rendered: b.raw, value: a.value },
      source: { start: a.start, end }, target: { start: b.start, end: b.end },
    });
  }
  return problems ?? NO_PROBLEMS;
}

/** Basis points as percentage points, as decimals: `50` → `0.5`. */
function hundredth(value: string): string {
  const x = Number(value) / 100;
  return Number.isFinite(x) ? String(Number(x.toPrecision(12))) : "";
}
/**
 * Basis points of one side written as percentage points on the other (`50 basis poin` = `half a
 * percentage point` = `0.5 percentage points`, `0,25 poin persentase` = `25 basis points`): the pairs
 * among the numbers left over, as [missing, extra].
 */
export function basisPointPairs(source: string, target: string, missing: readonly NumberToken[], extra: readonly NumberToken[]): [NumberToken, NumberToken][] {
  const pairs: [NumberToken, NumberToken][] = [];
  const used = new Set<NumberToken>();
  for (const a of missing) {
    const bpSource = basisPointsEnd(source, a) >= 0;
    if (!bpSource && !isPoints(a)) continue;
    const b = extra.find((x) => !used.has(x) && (bpSource
      ? isPoints(x) && Number(x.value) === Number(hundredth(a.value))
      : basisPointsEnd(target, x) >= 0 && Number(hundredth(x.value)) === Number(a.value)));
    if (b !== undefined) { used.add(b); pairs.push([a, b]); }
  }
  return pairs;
}

/** The way of a change a verb says: Indonesian (from util's lists) and English. */
const CHANGE_WAY: Record<"id" | "en", Map<string, "up" | "down">> = {
  id: new Map([...CHANGE_WORDS_UP.map((w) => [w, "up"] as const), ...CHANGE_WORDS_DOWN.map((w) => [w, "down"] as const)]),
  en: new Map([
    ..."rose rise rises risen rising increased increase increases increasing grew grow grows growing grown climbed climb climbs climbing gained gain gains gaining jumped jump jumps surged surge surges soared soar up higher advanced strengthened appreciated expanded expand expands raised raise raises raising hiked boosted rallied spiked"
      .split(" ").map((w) => [w, "up"] as const),
    ..."fell fall falls fallen falling dropped drop drops dropping declined decline declines declining decreased decrease decreases lowered lower down slipped slid slumped plunged plummeted tumbled shrank shrunk shrink shrinks contracted contract contracts weakened depreciated eased dipped cut cuts reduced reduce lost lose loses shed sank retreated"
      .split(" ").map((w) => [w, "down"] as const),
  ]),
};
/** The last words before a number (up to three, letters only: a comma or another number ends them), a currency skipped. */
const WORDS_BEFORE = /((?:[\p{L}-]+\s+){1,3})(?:(?:Rp|US\$|S\$|\$|USD|IDR)\.?\s?)?$/u;
/** The way the nearest verb of change before the number at `start` says (`naik 5 persen`, `rose by 5 percent`), or undefined. */
function changeBefore(text: string, start: number, lang: "id" | "en"): { way: "up" | "down"; start: number; end: number } | undefined {
  const from = Math.max(0, start - 48);
  const m = WORDS_BEFORE.exec(text.slice(from, start));
  if (m === null) return undefined;
  const words = m[1]!.trim().split(/\s+/);
  let end = from + m.index + m[1]!.trimEnd().length;
  for (let i = words.length - 1; i >= 0; i--) {
    const w = words[i]!.toLowerCase();
    const way = CHANGE_WAY[lang].get(w);
    // (`up to 5`: a bound, not a rise)
    if (way !== undefined && !(w === "up" && words[i + 1]?.toLowerCase() === "to")) return { way, start: end - words[i]!.length, end };
    end -= words[i]!.length;
    while (end > from && /\s/.test(text[end - 1]!)) end--;
  }
  return undefined;
}
/** English `higher`, `lower`, `up`, `down` right after a number (`closed 0.8 percent higher`). */
const CHANGE_AFTER = /^\s+(higher|lower|up|down)(?![\p{L}])/iu;
function changeAfter(text: string, end: number): { way: "up" | "down"; start: number; end: number } | undefined {
  const m = CHANGE_AFTER.exec(text.slice(end, end + 10));
  return m === null ? undefined : { way: CHANGE_WAY.en.get(m[1]!.toLowerCase())!, start: end, end: end + m[0].length };
}
/**
 * A rise rendered as a fall or back (`Inflasi naik 0,2 persen` → `Inflation fell 0.2 percent`, `Rupiah
 * melemah 0,4 persen` → `The rupiah strengthened 0.4 percent`): the nearest verb of change before the
 * same number says another way on each side (in English also `higher`, `lower` after it: `0.8 percent higher`). A verb on one side only (`kenaikan 5 persen` → `a 5 percent
 * increase`) and a number with a minus (`tumbuh minus 5,32 persen` → `contracted 5.32 percent`) are not read.
 */
export function changeWayChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  return readingChanges(source, target, matched, "change", changeWayAt);
}
/**
 * The verb of change said of the number `t` (changeBefore; in English also changeAfter), with the
 * number's span; none for a number with a minus, nor for a source number that is no amount or
 * percentage (the English one it pairs with may be read in another kind).
 */
function changeWayAt(text: string, t: NumberToken, lang: "id" | "en"): Reading | undefined {
  if ((lang === "id" && t.kind !== "number" && t.kind !== "percent") || negativeAt(text, t.start) >= 0) return undefined;
  const c = changeBefore(text, t.start, lang) ?? (lang === "en" ? changeAfter(text, t.end) : undefined);
  return c && { way: c.way, start: Math.min(c.start, t.start), end: Math.max(c.end, t.end) };
}

/** What a reader finds said of a number on one side (a hemisphere, a bound, a way of change) and the span of it with the number. */
interface Reading { readonly way: string; readonly start: number; readonly end: number }
/**
 * The numbers paired by value of which `read` finds something on both sides, another thing on each
 * (`6,84 LS` → `6.84 degrees north`): one finding `messageId` each, spanning what was read and the number.
 */
function readingChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[], messageId: string,
  read: (text: string, t: NumberToken, lang: "id" | "en") => Reading | undefined): Problem[] {
  let problems: Problem[] | undefined;
  for (const [a, b] of matched) {
    const ra = read(source, a, "id");
    const rb = ra && read(target, b, "en");
    if (!ra || !rb || ra.way === rb.way) continue;
    (problems ??= []).push({
      messageId, data: { number: source.slice(ra.start, ra.end), rendered: target.slice(rb.start, rb.end), value: a.value },
      source: { start: ra.start, end: ra.end }, target: { start: rb.start, end: rb.end },
    });
  }
  return problems ?? NO_PROBLEMS;
}

/** A coordinate's hemisphere after a number: `LS`/`LU`/`BT`/`BB` (lintang selatan, …), `S`/`N`/`E`/`W`, `south`, `north latitude`, `east`. */
const HEMISPHERE: Record<"id" | "en", RegExp> = {
  id: /^\s*(?:°\s*|derajat\s+)?(LS|LU|BT|BB|lintang\s+(?:selatan|utara)|bujur\s+(?:timur|barat))(?![\p{L}])/u,
  en: /^\s*(?:°\s*|degrees?\s+)?(S|N|E|W|south(?:ern)?|north(?:ern)?|east(?:ern)?|west(?:ern)?)(?![\p{L}])/iu,
};
const HEMISPHERE_OF: Record<string, string> = {
  ls: "S", "lintang selatan": "S", lu: "N", "lintang utara": "N", bt: "E", "bujur timur": "E", bb: "W", "bujur barat": "W",
  s: "S", south: "S", southern: "S", n: "N", north: "N", northern: "N", e: "E", east: "E", eastern: "E", w: "W", west: "W", western: "W",
};
function hemisphereAt(text: string, t: NumberToken, lang: "id" | "en"): Reading | undefined {
  if (t.kind !== "number") return undefined;
  const m = HEMISPHERE[lang].exec(text.slice(t.end, t.end + 24));
  // (English `S`, `N` … only in capitals and right after the number or a degree: `6.84S`, `6.84° S`)
  if (m === null || (lang === "en" && m[1]!.length === 1 && m[1] !== m[1]!.toUpperCase())) return undefined;
  const way = HEMISPHERE_OF[m[1]!.toLowerCase().replace(/\s+/g, " ")];
  return way === undefined ? undefined : { way, start: t.start, end: t.end + m[0].length };
}
/**
 * A coordinate in the other hemisphere (`6,84 LS` → `6.84 degrees north`, `107,05 BT` → `107.05 W`):
 * the same number, its hemisphere written on both sides, another one.
 */
export function hemisphereChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  return readingChanges(source, target, matched, "hemisphere", hemisphereAt);
}

/** `in`, `out of` (`four in ten`, `3 out of 10`) and `dari` (`3 dari 10`) between two numbers: a ratio. */
const RATIO_JOIN: Record<"id" | "en", RegExp> = { id: /^\s+dari\s+$/i, en: /^\s+(?:in|out\s+of)\s+(?:every\s+)?$/i };
/** The ratios written among `tokens` (`four in ten`: [four, ten] and 40 percent), the whole a power of ten (10, 100, 1,000). */
function ratios(text: string, tokens: readonly NumberToken[], lang: "id" | "en"): { from: [NumberToken, NumberToken]; percent: number }[] {
  const out: { from: [NumberToken, NumberToken]; percent: number }[] = [];
  for (let i = 0; i + 1 < tokens.length; i++) {
    const a = tokens[i]!, b = tokens[i + 1]!;
    if (a.kind !== "number" || b.kind !== "number" || !/^(?:10|100|1000)$/.test(b.value)) continue;
    if (!RATIO_JOIN[lang].test(text.slice(a.end, b.start))) continue;
    const percent = (Number(a.value) / Number(b.value)) * 100;
    if (Number.isFinite(percent) && percent <= 100) out.push({ from: [a, b], percent });
  }
  return out;
}
/**
 * A percentage of one side written as a ratio on the other (`40 persen warga` = `four in ten residents`,
 * `3 dari 10 warga` = `30 percent of residents`): the pairs among the numbers left over, as [missing, extra].
 * The whole must be ten, a hundred or a thousand (`3 dari 7 pelaku` is no percentage).
 */
export function ratioPairs(source: string, target: string, missing: readonly NumberToken[], extra: readonly NumberToken[]): [NumberToken[], NumberToken[]][] {
  const pairs: [NumberToken[], NumberToken[]][] = [];
  const percentOf = (t: NumberToken) => (t.kind === "percent" && !isPoints(t) ? Number(t.value) : NaN);
  if (missing.some((t) => t.kind === "percent") && extra.length >= 2) {
    for (const r of ratios(target, extra, "en")) {
      const a = missing.find((t) => percentOf(t) === r.percent && !pairs.some(([x]) => x.includes(t)));
      if (a !== undefined) pairs.push([[a], r.from]);
    }
  }
  if (extra.some((t) => t.kind === "percent") && missing.length >= 2) {
    for (const r of ratios(source, missing, "id")) {
      const b = extra.find((t) => percentOf(t) === r.percent && !pairs.some(([, y]) => y.includes(t)));
      if (b !== undefined) pairs.push([r.from, [b]]);
    }
  }
  return pairs;
}

/**
 * Which way a bound written before a number points: `up` (`lebih dari`, `sedikitnya`, `tidak kurang dari`,
 * `di atas`; `more than`, `at least`, `over`, `no fewer than`) or `down` (`kurang dari`, `hampir`,
 * `maksimal`, `di bawah`; `less than`, `nearly`, `up to`, `under`). Read on the few words before the
 * number only, a currency between them skipped (`lebih dari Rp 5 miliar`).
 */
const BOUND_BEFORE: Record<"id" | "en", RegExp> = {
  id: /(?:^|[^\p{L}])((?:tidak|tak)\s+(?:kurang|lebih)\s+dari|(?:lebih|kurang)\s+dari|hampir|nyaris|mendekati|sedikitnya|setidaknya|sekurang-kurangnya|paling\s+sedikit|paling\s+banyak|sebanyak-banyaknya|minimal|maksimal|maksimum|di\s+atas|di\s+bawah)\s+(?:(?:Rp|US\$|S\$|\$|USD|IDR)\.?\s?)?$/iu,
  en: /(?:^|[^\p{L}])((?:no|not)\s+(?:fewer|less|more)\s+than|(?:more|fewer|less)\s+than|upwards\s+of|in\s+excess\s+of|at\s+least|at\s+most|a\s+minimum\s+of|a\s+maximum\s+of|up\s+to|close\s+to|just\s+under|over|above|exceeding|under|below|nearly|almost)\s+(?:(?:Rp|US\$|S\$|\$|USD|IDR)\.?\s?)?$/iu,
};
const BOUND_WAY: Record<string, "up" | "down"> = {
  "tidak kurang dari": "up", "tak kurang dari": "up", "tidak lebih dari": "down", "tak lebih dari": "down", "lebih dari": "up", "kurang dari": "down",
  hampir: "down", nyaris: "down", mendekati: "down", sedikitnya: "up", setidaknya: "up", "sekurang-kurangnya": "up", "paling sedikit": "up",
  "paling banyak": "down", "sebanyak-banyaknya": "down", minimal: "up", maksimal: "down", maksimum: "down", "di atas": "up", "di bawah": "down",
  "no fewer than": "up", "no less than": "up", "not fewer than": "up", "not less than": "up", "no more than": "down", "not more than": "down",
  "more than": "up", "fewer than": "down", "less than": "down", "upwards of": "up", "in excess of": "up", "at least": "up", "at most": "down",
  "a minimum of": "up", "a maximum of": "down", "up to": "down", "close to": "down", "just under": "down", over: "up", above: "up", exceeding: "up",
  under: "down", below: "down", nearly: "down", almost: "down",
};
/** An English bound somewhere in the target (the test before reading bounds: most targets of a bounded source keep it, many drop it). */
const BOUND_CUE = /than|over|under|below|above|nearly|almost|least|most|up to|close to|upwards|excess|exceed/i;
function boundBefore(text: string, start: number, lang: "id" | "en"): { way: "up" | "down"; start: number } | undefined {
  const from = Math.max(0, start - 32);
  const m = BOUND_BEFORE[lang].exec(text.slice(from, start));
  if (m === null) return undefined;
  const way = BOUND_WAY[m[1]!.toLowerCase().replace(/\s+/g, " ")];
  return way === undefined ? undefined : { way, start: from + m.index + m[0].indexOf(m[1]!) };
}
/**
 * A bound turned the other way round (`Tidak kurang dari 300 pengawas` → `Fewer than 300 supervisors`,
 * `Hampir 5.000 warga` → `More than 5,000 residents`): the same number, bounded on both sides, from
 * above on one and from below on the other. A bound written on one side only (`sekitar`, `about`, or
 * none) is no finding.
 */
export function boundChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  return readingChanges(source, target, matched, "bound", (text, t, lang) => {
    const b = boundBefore(text, t.start, lang);
    return b && { way: b.way, start: b.start, end: t.end };
  });
}

/** Where a minus written before the number at `start` begins (`minus 5,32 persen`, `-3 derajat`, `−2`), or -1; a dash between numbers (`2-1`) is none. */
const MINUS_WORD = /(?:^|[^\p{L}])(minus|negatif|negative)\s+(?:(?:Rp|US\$|\$|USD|IDR)\.?\s?)?$/iu;
function negativeAt(text: string, start: number): number {
  const c = text.charCodeAt(start - 1);
  // (`-3`, `(-3`, ` −3`; not `2-1`, nor the dash of `2 -1`, `10.00 -12.00`: a range)
  if (c === 0x2d || c === 0x2212) return start === 1 || !/[\p{L}\p{N}]/u.test(text[start - 2]!) && !/\d\s+$/.test(text.slice(Math.max(0, start - 4), start - 1)) ? start - 1 : -1;
  const from = Math.max(0, start - 16), m = MINUS_WORD.exec(text.slice(from, start));
  return m === null ? -1 : from + m.index + m[0].indexOf(m[1]!);
}
/** English words saying a fall or a value below zero, anywhere in the target: the sign of a number said in words. */
const FALL_WORDS = /\b(?:contract|shr[iau]nk|f[ae]ll|falling|declin|drop|down|lower|loss|lost|deficit|slump|plung|sl[iu]d|slip|decreas|negative|minus|below|sank|sink|dip|tumbl|deflat|recession|reduc|cut|weak|freez)/i;
/**
 * A negative number of the source rendered positive (`ekonomi tumbuh minus 5,32 persen` → `the economy
 * grew 5.32 percent`): the source's number has a minus, the target's neither a minus nor a word saying a
 * fall (`contracted 5.32 percent`, `fell`, `5 degrees below zero` are the same value).
 */
export function signChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  let problems: Problem[] | undefined;
  let fall: boolean | undefined;
  for (const [a, b] of matched) {
    if (a.kind !== "number" && a.kind !== "percent") continue;
    const minus = negativeAt(source, a.start);
    if (minus < 0 || negativeAt(target, b.start) >= 0) continue;
    if ((fall ??= FALL_WORDS.test(target))) return NO_PROBLEMS;
    (problems ??= []).push({
      messageId: "sign", data: { number: source.slice(minus, a.end), rendered: b.raw, value: a.value },
      source: { start: minus, end: a.end }, target: { start: b.start, end: b.end },
    });
  }
  return problems ?? NO_PROBLEMS;
}

/**
 * The numbers paired by value whose currency changed (`Rp 300 triliun` → `US$300 trillion`, `Rp 300
 * miliar` → `300 billion yen`): both with a currency, of another family, the target's not named anywhere
 * in the source (`US$ 1,2 miliar atau sekitar Rp 19,6 triliun` has both) and not in a bracketed conversion
 * (`Rp 1,2 miliar (US$ 77,000)`).
 */
export function currencyChanges(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  let inSource: Set<string> | undefined;
  const problems: Problem[] = [];
  for (const [a, b] of matched) {
    if (a.kind !== "number" || b.kind !== "number") continue;
    const ca = currencyAt(source, a.start, a.end, "id");
    const cb = ca && currencyAt(target, b.start, b.end, "en");
    if (!ca || !cb || ca.currency === cb.currency || inConversion(target, b.start, b.end)) continue;
    if ((inSource ??= currenciesIn(source, "id")).has(cb.currency)) continue;
    problems.push({
      messageId: "currency",
      data: { number: source.slice(ca.start, ca.end), rendered: target.slice(cb.start, cb.end), value: a.value, currency: ca.currency, renderedCurrency: cb.currency },
      source: { start: ca.start, end: ca.end }, target: { start: cb.start, end: cb.end },
    });
  }
  return problems;
}

const INDONESIAN_NUMERAL = /^(?:\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+,\d+)/;
/**
 * A number of the source kept in the Indonesian way in the English (`Rp 18.000`, `1.000 people`,
 * `5,05 percent`): its numeral as written, where it is in the target, and the English way to write it
 * (`18,000`, `5.05`) — or undefined. Only where the English reading of those characters is among the
 * target numbers left over (`extra`), and written the English way they read as the source number
 * (`52,033 juta` → `52,033 shares` lacks its million: no).
 */
export function keptIndonesianFormat(target: string, t: NumberToken, extra: readonly NumberToken[]): { numeral: string; start: number; end: number; suggestion: string } | undefined {
  if (t.word || (t.kind !== "number" && t.kind !== "percent")) return undefined;
  const numeral = INDONESIAN_NUMERAL.exec(t.raw)?.[0];
  if (numeral === undefined) return undefined;
  for (let i = target.indexOf(numeral); i >= 0; i = target.indexOf(numeral, i + 1)) {
    const end = i + numeral.length;
    if (/\d/.test(target[i - 1] ?? "") || /^[.,]?\d/.test(target.slice(end, end + 2))) continue;
    const over = extra.filter((x) => x.start < end && i < x.end);
    if (over.length === 0) continue;
    const suggestion = numeral.replace(/[.,]/g, (c) => (c === "." ? "," : "."));
    // (the target's numbers there, the numeral written the English way)
    const from = Math.min(i, ...over.map((x) => x.start)), to = Math.max(end, ...over.map((x) => x.end));
    const fixed = target.slice(from, i) + suggestion + target.slice(end, to);
    if (!extractNumbers(fixed, "en").some((x) => x.kind === t.kind && (x.value === t.value || x.alternatives?.includes(t.value)))) continue;
    return { numeral, start: i, end, suggestion };
  }
  return undefined;
}

export default defineCheck({
  meta: {
    id: "number-mismatch",
    category: "critical",
    defaultSeverity: "error",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A number, date, time or percentage of the source is missing or different in the target.",
    messages: {
      missing: "“{{number}}” from the source is missing or different in the target.",
      extra: "“{{number}}” in the target does not appear in the source.",
      format: "“{{number}}” is written the Indonesian way in the target: write “{{suggestion}}”.",
      unit: "“{{number}}” from the source is “{{rendered}}” in the target: another unit of time.",
      measure: "“{{number}}” from the source is “{{rendered}}” in the target: another unit of measure.",
      fraction: "“{{number}}” from the source is “{{rendered}}” in the target: another fraction.",
      currency: "“{{number}}” from the source is “{{rendered}}” in the target: another currency.",
      gmt: "“{{rendered}}” in the target is not “{{time}}” from the source: that is {{expected}} GMT.",
      weekday: "“{{number}}” from the source is “{{rendered}}” in the target: another day of the week.",
      points: "“{{number}}” from the source is “{{rendered}}” in the target: points are not percent.",
      sign: "“{{number}}” from the source is “{{rendered}}” in the target: the minus is lost.",
      bound: "“{{number}}” from the source is “{{rendered}}” in the target: the bound is turned round.",
      change: "“{{number}}” from the source is “{{rendered}}” in the target: a rise and a fall.",
      hemisphere: "“{{number}}” from the source is “{{rendered}}” in the target: another hemisphere.",
      day: "“{{number}}” from the source is “{{rendered}}” in the target: another number of days.",
      swapped: "“{{number}}” and “{{other}}” have traded places in the target: the source says “{{said}}” and “{{otherSaid}}”; the target puts each number where the other belongs.",
      "weekday-date": "“{{weekday}}” and “{{date}}” in the source disagree: {{date}} is a {{actualEn}} ({{actual}}), not a {{weekdayEn}} ({{weekday}}). Ask which is right before you translate it.",
    },
  },
  defaultOptions: {},
  check(context) {
    const day = weekdayChange(context.source, context.target);
    const found = numberProblems(context.source, context.target, context.sourceTokens, context.targetTokens);
    const problems = dayChanges(context.source, context.target, found, context.sourceTokens);
    if (day === undefined) return problems;
    // (the date's real weekday, where the source's disagrees with its date, is no other day)
    const rendered = String(day.data!.rendered).toLowerCase();
    if (problems.some((p) => p.messageId === "weekday-date" && rendered.startsWith(String(p.data!.actualEn).toLowerCase()))) return problems;
    return [...problems, day];
  },
});

/** Where a number's words end: punctuation, a conjunction between clauses or items (id, en). */
const SWAP_STOP = { id: /^(?:dan|serta|sedangkan|sementara|atau|tetapi|namun|sedang|adapun|lalu)$/i, en: /^(?:and|while|whereas|but|or|against|compared|versus|then)$/i } as const;
/** Words that say nothing of what a number counts (their translations are not compared). */
const SWAP_SKIP = {
  id: /^(?:yang|di|ke|dari|itu|ini|sebanyak|sekitar|pada|untuk|dengan|dalam|oleh|adalah|sebesar|mencapai|hingga|sampai|menjadi|masing-masing|para|sang|si|tersebut|juga|telah|sudah|akan|ada|total|jumlah)$/i,
  en: /^(?:the|a|an|of|to|in|at|for|with|by|from|on|this|that|these|those|which|who|were|was|is|are|be|been|some|about|around|as|many|each|total|their|his|her|its|our|had|has|have|also|other|others)$/i,
} as const;
/**
 * The words a number is said with (`menewaskan 4 orang` → `menewaskan`, `orang`): up to three words
 * each side, within its clause or list item (no further than punctuation, a conjunction or another
 * number), each as its lemmas (English) or its English translations (Indonesian, by the word list).
 */
function numberWords(text: string, t: NumberToken, tokens: readonly NumberToken[], lang: "id" | "en"): Set<string> {
  const out = new Set<string>();
  const stop = SWAP_STOP[lang], skip = SWAP_SKIP[lang];
  const prev = tokens.filter((x) => x.end <= t.start).reduce((a, x) => Math.max(a, x.end), 0);
  const next = tokens.filter((x) => x.start >= t.end).reduce((a, x) => Math.min(a, x.start), text.length);
  const add = (w: string) => {
    if (w.length < 3 || skip.test(w)) return;
    const base = w.includes("-") ? w.split("-")[0]! : w;
    for (const x of lang === "id" ? freedictLexicon().translate(base.toLowerCase()) : englishLemmas(base)) if (!SWAP_SKIP.en.test(x)) out.add(x.length > 5 ? x.slice(0, 5) : x);
  };
  const side = (part: string, reverse: boolean) => {
    const words = part.split(/(?=[,;:()“”"])|\s+/).filter((w) => w !== "");
    if (reverse) words.reverse();
    let n = 0;
    for (const w of words) {
      if (/^[,;:()“”"]/.test(w) || stop.test(w)) break;
      const clean = w.replace(/[^\p{L}-]/gu, "");
      if (clean === "" || skip.test(clean)) continue;
      add(clean);
      if (++n === 3) break;
    }
  };
  side(text.slice(prev, t.start), true);
  side(text.slice(t.end, next), false);
  return out;
}

/**
 * A number of the source with the words it is said with, as written, for the message (`mengerahkan 12
 * perahu karet`, `80 personel`, `Korban berusia 12 tahun`): up to two words each side, none a conjunction
 * nor a word that says nothing of it (SWAP_SKIP), within its clause (no punctuation, conjunction or other
 * number between).
 */
function saidWith(text: string, t: NumberToken, tokens: readonly NumberToken[]): string {
  const prev = tokens.filter((x) => x.end <= t.start).reduce((a, x) => Math.max(a, x.end), 0);
  const next = tokens.filter((x) => x.start >= t.end).reduce((a, x) => Math.min(a, x.start), text.length);
  const said = (w: string) => !SWAP_STOP.id.test(w) && !SWAP_SKIP.id.test(w);
  let start = t.start;
  for (let n = 0; n < 2; n++) {
    const m = /([\p{L}-]+)\s+$/u.exec(text.slice(prev, start));
    if (!m || !said(m[1]!)) break;
    start -= m[0].length;
  }
  let end = t.end;
  const after = /^(\s+)([\p{L}-]+)/u;
  for (let n = 0; n < 2; n++) {
    const m = after.exec(text.slice(end, next));
    if (!m || !said(m[2]!)) break;
    end += m[0].length;
  }
  return text.slice(start, end);
}

/** Are two numbers of `text` in different clauses or list items (punctuation or a conjunction between them)? Not `0-1`, `sembilan bulan pertama`. */
function apart(text: string, x: NumberToken, y: NumberToken, lang: "id" | "en"): boolean {
  const between = x.end <= y.start ? text.slice(x.end, y.start) : text.slice(y.end, x.start);
  return /[,;]/.test(between) || between.split(/\s+/).some((w) => SWAP_STOP[lang].test(w));
}

/**
 * Two numbers of the source that traded places in the target (`menewaskan 4 orang dan melukai 7 lainnya`
 * → `killed seven people and injured four others`, `2 emas dan 3 perak` → `three golds and two silvers`,
 * `Korban berusia 12 tahun dan pelaku 17 tahun` → `The victim was 17 and the perpetrator 12`): each number's
 * own words (numberWords, less those the two share) are found beside the other's rendering and not beside
 * its own. A warning: the word list reads the words. Read only where the numbers are not paired in order.
 */
function swappedNumbers(source: string, target: string, matched: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  const pairs = matched.filter(([a]) => a.kind === "number" || a.kind === "percent" || a.kind === "ordinal");
  if (pairs.length < 2 || pairs.length > 8) return NO_PROBLEMS;
  const anchored = anchorSwaps(source, target, pairs);
  if (anchored.length > 0) return anchored;
  const sourceTokens = pairs.map(([a]) => a), targetTokens = pairs.map(([, b]) => b);
  // (the words read, and the word list built, only for two numbers in different clauses on both sides)
  const ownOf: Set<string>[] = [], nearOf: Set<string>[] = [];
  const own = (i: number) => (ownOf[i] ??= numberWords(source, pairs[i]![0], sourceTokens, "id"));
  const near = (i: number) => (nearOf[i] ??= numberWords(target, pairs[i]![1], targetTokens, "en"));
  const meets = (words: Set<string>, other: Set<string>, at: Set<string>) => [...words].some((w) => !other.has(w) && at.has(w));
  for (let i = 0; i < pairs.length; i++) {
    for (let j = i + 1; j < pairs.length; j++) {
      const [a, b] = pairs[i]!, [c, d] = pairs[j]!;
      if (a.value === c.value || !apart(source, a, c, "id") || !apart(target, b, d, "en")) continue;
      if (meets(own(i), own(j), near(j)) && meets(own(j), own(i), near(i)) && !meets(own(i), own(j), near(i)) && !meets(own(j), own(i), near(j))) {
        return [{
          messageId: "swapped", severity: "warning",
          data: { number: show(a), other: show(c), value: a.value, otherValue: c.value, said: saidWith(source, a, sourceTokens), otherSaid: saidWith(source, c, sourceTokens) },
          source: { start: a.start, end: a.end }, target: { start: d.start, end: d.end },
        }];
      }
    }
  }
  return NO_PROBLEMS;
}

/** A year said with a figure (`31 juta ton pada 2022`, `in 2023`): four digits, 1900–2099, nothing glued. */
const isYear = (t: NumberToken): boolean => t.kind === "number" && !t.word && /^(?:19|20)\d\d$/.test(t.raw);
/** A name written alike in both texts (`Golkar`, `PDI-P`, `Sleman`): a capital, then letters (a hyphen inside), three or more. */
const NAME_WORD = /(?<![\p{L}\p{N}-])\p{Lu}[\p{L}]*(?:-\p{L}+)*(?![\p{L}\p{N}])/gu;
interface Anchor { key: string; start: number; end: number }
/**
 * The anchors a text's figures may be said with: the years paired between the texts (by value), and the
 * names written alike in both (once on each side), with where they stand.
 */
function anchorsOf(text: string, years: readonly NumberToken[], names: ReadonlySet<string>): Anchor[] {
  const out: Anchor[] = years.map((y) => ({ key: `#${y.value}`, start: y.start, end: y.end }));
  if (names.size > 0) for (const m of text.matchAll(NAME_WORD)) if (names.has(m[0])) out.push({ key: m[0], start: m.index, end: m.index + m[0].length });
  return out.sort((a, b) => a.start - b.start);
}
/** Is there a clause's end in `part` (punctuation or a conjunction between clauses or items)? */
const clauseEnd = (part: string, lang: "id" | "en"): boolean => {
  const words = part.split(/\s+/).filter((w) => w !== "");
  return words.length > 4 || /[,;:()]/.test(part) || words.some((w) => SWAP_STOP[lang].test(w));
};
/**
 * The anchor a figure is said with: the first after it before the next figure, within its clause and
 * four words (`31 juta ton pada 2022`, `dirawat di RSUD Sleman`), else the last before it within its
 * clause and four words (`Golkar 102 kursi`, `while Golkar won 110`).
 */
function anchorOf(text: string, t: NumberToken, figures: readonly NumberToken[], anchors: readonly Anchor[], lang: "id" | "en"): Anchor | undefined {
  const prev = figures.filter((x) => x.end <= t.start).reduce((a, x) => Math.max(a, x.end), 0);
  const next = figures.filter((x) => x.start >= t.end).reduce((a, x) => Math.min(a, x.start), text.length);
  const after = anchors.find((a) => a.start >= t.end && a.end <= next);
  if (after !== undefined && !clauseEnd(text.slice(t.end, after.start), lang)) return after;
  const before = anchors.filter((a) => a.end <= t.start && a.start >= prev).pop();
  if (before !== undefined && !clauseEnd(text.slice(before.end, t.start), lang)) return before;
  return undefined;
}
/**
 * Two figures that kept their values but traded what they are said with (`31 juta ton pada 2022 menjadi
 * 32,5 juta ton pada 2023` → `from 31 million tons in 2023 to 32.5 million tons in 2022`, `5 juta pada 2019
 * dan 1 juta pada 2021` → `1 million in 2019 and 5 million in 2021`, `PDI-P meraih 110 kursi, sementara
 * Golkar 102 kursi` → `PDI-P won 102 seats, while Golkar won 110`): a year paired between the texts or a name
 * written alike in both stands by each figure (anchorOf), two figures have two different anchors in the
 * source, and each has the other's in the target. Numbers reordered with their anchors are no finding.
 */
function anchorSwaps(source: string, target: string, pairs: readonly (readonly [NumberToken, NumberToken])[]): Problem[] {
  const years = pairs.filter(([a, b]) => isYear(a) && isYear(b));
  // (not an ordinal, nor a side of a score or a range, `2-3`, `0–1`: a score's sides trade places as the teams do)
  const joined = (text: string, t: NumberToken, all: readonly NumberToken[]) => all.some((x) => x !== t && (x.end <= t.start ? /^\s*[-–—:]\s*$/.test(text.slice(x.end, t.start)) : x.start >= t.end && /^\s*[-–—:]\s*$/.test(text.slice(t.end, x.start))));
  const sAll = pairs.map(([a]) => a), tAll = pairs.map(([, b]) => b);
  const figures = pairs.filter(([a, b]) => !isYear(a) && !isYear(b) && a.kind !== "ordinal" && !joined(source, a, sAll) && !joined(target, b, tAll));
  if (figures.length < 2) return NO_PROBLEMS;
  const names = new Set<string>();
  if (years.length < 2) {
    const count = (text: string) => {
      const c = new Map<string, number>();
      for (const m of text.matchAll(NAME_WORD)) if (m[0].length >= 3) c.set(m[0], (c.get(m[0]) ?? 0) + 1);
      return c;
    };
    const inTarget = count(target);
    for (const [w, n] of count(source)) if (n === 1 && inTarget.get(w) === 1) names.add(w);
    if (names.size < 2) return NO_PROBLEMS;
  }
  const sa = anchorsOf(source, years.map(([a]) => a), names), ta = anchorsOf(target, years.map(([, b]) => b), names);
  const sf = figures.map(([a]) => a), tf = figures.map(([, b]) => b);
  const at = figures.map(([a, b]) => [anchorOf(source, a, sf, sa, "id"), anchorOf(target, b, tf, ta, "en")] as const);
  for (let i = 0; i < figures.length; i++) {
    for (let j = i + 1; j < figures.length; j++) {
      const [si, ti] = at[i]!, [sj, tj] = at[j]!;
      if (si === undefined || ti === undefined || sj === undefined || tj === undefined || si.key === sj.key) continue;
      if (ti.key !== sj.key || tj.key !== si.key) continue;
      const [a, b] = figures[i]!, [c] = figures[j]!;
      const said = (t: NumberToken, x: Anchor) => source.slice(Math.min(t.start, x.start), Math.max(t.end, x.end));
      return [{
        messageId: "swapped", severity: "warning",
        data: { number: show(a), other: show(c), value: a.value, otherValue: c.value, said: said(a, si), otherSaid: said(c, sj) },
        source: { start: a.start, end: a.end }, target: { start: b.start, end: b.end },
      }];
    }
  }
  return NO_PROBLEMS;
}

/** A letter glued to a digit (`3M`, `G20`, `B20`, `5G`): a name or a code when written the same on both sides. */
const GLUED = /\p{L}\p{N}|\p{N}\p{L}/u;
/**
 * Drops the missing and extra numbers written alike on both sides with a letter glued to a digit
 * (`gerakan 3M Plus` → `the 3M Plus campaign`: `3M` is no 3 miliar nor 3 million there), but for an
 * amount of money (`Rp 5M`: 5 miliar, kept in the Indonesian way in the English).
 */
function namesKept(source: string, target: string, missing: readonly NumberToken[], extra: readonly NumberToken[]): { missing: readonly NumberToken[]; extra: readonly NumberToken[] } {
  for (const a of missing) {
    if (!GLUED.test(a.raw) || currencyAt(source, a.start, a.end, "id") !== undefined) continue;
    const b = extra.find((x) => x.raw === a.raw && currencyAt(target, x.start, x.end, "en") === undefined);
    if (b === undefined) continue;
    missing = missing.filter((t) => t !== a);
    extra = extra.filter((t) => t !== b);
  }
  return { missing, extra };
}

/** A ratio somewhere in each text (the test before reading ratios): `dari` in the source, `in`, `out of` or `of` in the target. */
const RATIO_CUE = { id: /\bdari\b/i, en: /\b(?:in|of)\b/i };
/** What stands between the two numbers of a ratio: `satu dari lima`, `3 dari setiap 10`; `one in five`, `two out of three`, `nine of every 10`, `two of the 10`. */
const RATIO_BETWEEN = { id: /^\s+dari\s+(?:(?:setiap|tiap)\s+)?$/i, en: /^\s+(?:in|out\s+of|of(?:\s+(?:every|the))?)\s+$/i };
function ratiosIn(text: string, numbers: readonly NumberToken[], lang: "id" | "en"): [NumberToken, NumberToken][] {
  const out: [NumberToken, NumberToken][] = [];
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!, b = numbers[i + 1]!;
    if (a.kind === "number" && b.kind === "number" && b.start > a.end && RATIO_BETWEEN[lang].test(text.slice(a.end, b.start))) out.push([a, b]);
  }
  return out;
}
/**
 * The numbers of ratios that changed (`Satu dari lima` → `One in three`, `Dua dari tiga` → `Two out of
 * five`), each as the source's number and the target's: the ratios of the two texts compared in order,
 * when both write as many. A ratio said another way (`40 persen` = `four in ten`) is no ratio on one side.
 */
function ratioChanges(source: string, target: string, sourceNumbers: readonly NumberToken[], targetNumbers: readonly NumberToken[]): [NumberToken, NumberToken][] {
  const rs = ratiosIn(source, sourceNumbers, "id");
  if (rs.length === 0) return [];
  const rt = ratiosIn(target, targetNumbers, "en");
  if (rt.length !== rs.length) return [];
  // (a ratio found alike on the other side pairs with it, wherever it stands; the rest pair in order)
  const same = (a: readonly [NumberToken, NumberToken], b: readonly [NumberToken, NumberToken]) => a[0].value === b[0].value && a[1].value === b[1].value;
  const left = rt.filter((r) => !rs.some((x) => same(x, r)));
  const out: [NumberToken, NumberToken][] = [];
  rs.filter((x) => !rt.some((r) => same(x, r))).forEach(([n, d], k) => {
    const [tn, td] = left[k]!;
    if (n.value !== tn.value) out.push([n, tn]);
    if (d.value !== td.value) out.push([d, td]);
  });
  return out;
}

/**
 * A day said relative to today or to an event, rendered as another (`lusa` → `tomorrow`, `H-2` → `two
 * days after`, `sepekan lagi` → `in two weeks`, `H-1` → `two days before`): one finding naming both. The
 * number of the day's words missing or extra (`1` of `H-1`, `two` of `two days before`) is that finding,
 * not one of its own: the reader sees `H-1`, not a `1`. Another finding on the same words (a unit) stays,
 * with no day besides. An error for a day from an event (`H-1`: no date moves it) or whose number was
 * found changed (`tiga hari lalu` → `two days ago`: an error before as `tiga` missing); else a warning
 * (`lusa` → `tomorrow`: an English article written a day after the Indonesian one may move it on purpose).
 */
function dayChanges(source: string, target: string, problems: Problem[], sourceTokens: Tokens | null | undefined): Problem[] {
  const changes = relativeDayChanges(source, target, sourceTokens);
  if (changes.length === 0) return problems;
  let out = [...problems];
  for (const [a, b] of changes) {
    const inDay = (p: Problem) => (p.messageId === "missing" || p.messageId === "extra")
      && ((p.source !== undefined && p.target === undefined && a.start <= p.source.start && p.source.end <= a.end)
        || (p.target !== undefined && p.source === undefined && b.start <= p.target.start && p.target.end <= b.end));
    const rest = out.filter((p) => !inDay(p));
    if (rest.some((p) => p.source !== undefined && p.source.start < a.end && a.start < p.source.end)) continue;
    const replaced = rest.length < out.length;
    out = rest;
    out.push({
      messageId: "day", severity: a.from === "event" || replaced ? "error" as const : "warning" as const, data: { number: a.raw, rendered: b.raw, value: String(a.days), renderedValue: String(b.days) },
      source: { start: a.start, end: a.end }, target: { start: b.start, end: b.end },
    });
  }
  return out;
}

/**
 * Is the word-number `t` a count of others (`dua lainnya`, `tiga orang lainnya`: two others, the rest of a
 * tally)? Dropped, a group of the tally is lost with it (`tiga tersangka ditangkap, sementara dua lainnya
 * masih buron` → `three suspects were arrested`), so it is reported without a counterpart.
 */
function othersCounted(source: string, t: NumberToken): boolean {
  return t.word && Number(t.value) >= 2 && /^\s+(?:(?:orang|warga|korban|unit|buah|ekor)\s+)?lainnya\b/i.test(source.slice(t.end, t.end + 24));
}

function numberProblems(source: string, target: string, sourceTokens: Tokens | null | undefined, targetTokens: Tokens | null | undefined): Problem[] {
  {
    if (!target.trim()) return NO_PROBLEMS;
    // (most pairs: plain numbers paired in order, found without making their tokens; the texts'
    // tokens, when given, spare reading the characters again: the same numbers)
    const both = pairNumbers(source, target, sourceTokens ?? null, targetTokens ?? null);
    // (numbers paired in order may still have changed their unit of time, `6 tahun` → `6 months`, or
    // their currency, `Rp 300 triliun` → `US$300 trillion`)
    const near = numberNeighbours(source);
    const units = (near & NEAR_TIME_UNIT) !== 0, currencies = (near & NEAR_CURRENCY) !== 0 && currencyNearNumber(target), measures = (near & NEAR_MEASURE) !== 0;
    // (points after a number, `poin persentase`, `basis poin`; a minus, `minus 5,32`, `-3`; a bound, `lebih dari`, `hampir`)
    const points = (near & NEAR_POINTS) !== 0, minus = (near & NEAR_MINUS) !== 0, bounds = (near & NEAR_BOUND) !== 0 && BOUND_CUE.test(target);
    const ways = (near & NEAR_CHANGE) !== 0, hemispheres = (near & NEAR_HEMISPHERE) !== 0;
    // (a rate, `Rp 80.000 per kilogram`, `2 persen per bulan`: a unit after `per`)
    const rates = (near & NEAR_NUMBER) !== 0 && rateNearNumber(source);
    const read = units || currencies || measures || points || minus || bounds || rates || ways || hemispheres;
    // (numbers paired in order are read for units only after a digit: their word numbers pair elsewhere)
    const changes = (matched: readonly (readonly [NumberToken, NumberToken])[], anyUnit = false): Problem[] => {
      const u = units || anyUnit || rates ? unitChanges(source, target, matched) : NO_PROBLEMS, c = currencies ? currencyChanges(source, target, matched) : NO_PROBLEMS;
      const m = measures || rates ? measureChanges(source, target, matched) : NO_PROBLEMS;
      const uc = u.length === 0 ? c : c.length === 0 ? u : [...u, ...c];
      const ucm = m.length === 0 ? uc : [...uc, ...m];
      if (!points && !minus && !bounds && !ways && !hemispheres) return ucm;
      const more = [
        ...(points ? pointChanges(source, target, matched) : NO_PROBLEMS),
        ...(minus ? signChanges(source, target, matched) : NO_PROBLEMS),
        ...(bounds ? boundChanges(source, target, matched) : NO_PROBLEMS),
        ...(ways ? changeWayChanges(source, target, matched) : NO_PROBLEMS),
        ...(hemispheres ? hemisphereChanges(source, target, matched) : NO_PROBLEMS),
      ];
      return more.length === 0 ? ucm : [...ucm, ...more];
    };
    if (both === null) return read ? changes(compareNumbers(extractNumbers(source, "id"), extractNumbers(target, "en")).matched) : NO_PROBLEMS;
    const [sourceNumbers, targetNumbers] = both;
    // (a weekday and its date that disagree in the source, `Kamis (4/12/2026)`: dates are not plain numbers, so read here)
    const dated = weekdayDateProblems(source, sourceNumbers);
    if (pairedInOrder(sourceNumbers, targetNumbers)) {
      const found = read ? changes(compareNumbers(sourceNumbers, targetNumbers).matched) : NO_PROBLEMS;
      return dated.length === 0 ? found : [...found, ...dated];
    }
    const compared = compareNumbers(sourceNumbers, targetNumbers);
    let { missing, extra } = compared;
    if (missing.length > 0 && extra.length > 0) ({ missing, extra } = pairRanges(source, target, sourceNumbers, targetNumbers, missing, extra));
    // a name holding a digit and a letter, written the same on both sides (`gerakan 3M Plus` → `the 3M Plus campaign`): no number
    if (missing.length > 0 && extra.length > 0) ({ missing, extra } = namesKept(source, target, missing, extra));
    const problems: Problem[] = [...changes(compared.matched, true), ...dated, ...swappedNumbers(source, target, compared.matched)];
    // (a word-number is reported against the numbers left over before these)
    const extraNumbers = extra;
    // a number kept in the Indonesian way (`Rp 18.000`, `5,05 percent`): one finding with the fix, not a missing and an extra number
    for (const t of missing) {
      const kept = extra.length > 0 ? keptIndonesianFormat(target, t, extra) : undefined;
      if (kept === undefined) continue;
      problems.push({
        messageId: "format", data: { number: kept.numeral, suggestion: kept.suggestion, value: t.value },
        source: { start: t.start, end: t.end }, target: { start: kept.start, end: kept.end }, fix: { start: kept.start, end: kept.end, text: kept.suggestion },
      });
      missing = missing.filter((m) => m !== t);
      extra = extra.filter((x) => !(x.start < kept.end && kept.start < x.end));
    }
    // basis points on one side, percentage points on the other (`50 basis poin` = `half a percentage point`): the same change;
    // basis points rendered as percent (`25 basis poin` → `25 percent`): another
    if (points && missing.length > 0 && extra.length > 0) {
      for (const [a, b] of basisPointPairs(source, target, missing, extra)) {
        missing = missing.filter((t) => t !== a);
        extra = extra.filter((t) => t !== b);
      }
      for (const a of missing) {
        const end = basisPointsEnd(source, a);
        const b = end < 0 ? undefined : extra.find((x) => x.kind === "percent" && !isPoints(x) && x.value === a.value);
        if (b === undefined) continue;
        problems.push(...pointChanges(source, target, [[a, b]]));
        missing = missing.filter((t) => t !== a);
        extra = extra.filter((t) => t !== b);
      }
    }
    // a percentage as a ratio (`40 persen` = `four in ten`, `3 dari 10` = `30 percent`)
    if (missing.length > 0 && extra.length > 0) {
      for (const [a, b] of ratioPairs(source, target, missing, extra)) {
        missing = missing.filter((t) => !a.includes(t));
        extra = extra.filter((t) => !b.includes(t));
      }
    }
    // a fraction rendered as another fraction (`Setengah` → `A quarter`, `Sepertiga` → `Half`): one finding naming both
    for (const t of missing) {
      const other = isFraction(t) ? extra.find(isFraction) : undefined;
      if (other === undefined) continue;
      problems.push({
        messageId: "fraction", data: { number: show(t), rendered: show(other), value: t.value, renderedValue: other.value },
        source: { start: t.start, end: t.end }, target: { start: other.start, end: other.end },
      });
      missing = missing.filter((m) => m !== t);
      extra = extra.filter((x) => x !== other);
    }
    // a version or an address copied as written (`4.2.1`, `192.168.1.1`): its numbers are no numbers to compare
    if (missing.length > 0 || extra.length > 0) {
      const codes = codeSpans(source, target);
      if (codes !== undefined) {
        missing = asCodes(missing.filter((t) => !codes.shared.source.some(([a, b]) => a <= t.start && t.end <= b)), codes.source);
        extra = asCodes(extra.filter((t) => !codes.shared.target.some(([a, b]) => a <= t.start && t.end <= b)), codes.target);
      }
    }
    const reportable = (t: NumberToken, others: readonly NumberToken[]) => !t.word || others.some((o) => o.kind === t.kind);
    for (const t of missing) {
      // (the weekday alone for its date, unless the target writes another date: `Selasa (1/10/2024)` → `Tuesday, Jan. 10, 2024`)
      if (t.kind === "date" && weekdayKept(source, t.start, target) && !extra.some((x) => x.kind === "date")) continue;
      if (t.value === "1" && oneUnitKept(source, t, target)) continue;
      if (spanAsOneUnit(source, t, target)) continue;
      if (timesKept(source, t, target)) continue;
      // (a goalless score said in a word: `imbang 0-0` → `a goalless draw`)
      if (t.value === "0" && goallessScore(source, t) && GOALLESS.test(target)) continue;
      // (`100 persen` as `all`, `every`, `entirely`, `fully`: the whole, said in a word)
      if (t.kind === "percent" && t.value === "100" && !extra.some((x) => x.kind === "percent") && WHOLE.test(target)) continue;
      if (reportable(t, extraNumbers) || othersCounted(source, t)) problems.push({ messageId: "missing", data: { number: show(t), value: t.value }, source: { start: t.start, end: t.end } });
    }
    // a ratio rendered as another (`Satu dari lima balita` → `One in three children under five`): the source's
    // numbers may have paired with others of the target (the `five` of `under five`), so ratios are compared as ratios
    let forced: Set<NumberToken> | undefined;
    if (RATIO_CUE.id.test(source) && RATIO_CUE.en.test(target)) {
      for (const [a, b] of ratioChanges(source, target, sourceNumbers, targetNumbers)) {
        if (!problems.some((p) => p.messageId === "missing" && p.source!.start === a.start)) problems.push({ messageId: "missing", data: { number: show(a), value: a.value }, source: { start: a.start, end: a.end } });
        if (!extra.includes(b)) extra = [...extra, b];
        (forced ??= new Set()).add(b);
      }
    }
    let gmtChecked = -1;
    for (const t of extra) {
      if (inConversion(target, t.start, t.end)) {
        // (a GMT time the English adds must be the source's time in its zone: `pukul 15.00 WIB` is 0800 GMT)
        const gmt = gmtConversionAt(target, t.start, t.end);
        if (gmt !== undefined && gmt.start !== gmtChecked) {
          gmtChecked = gmt.start;
          const zoned = zonedTimes(sourceNumbers);
          if (zoned.length > 0 && !zoned.some((z) => z.gmt === gmt.minutes)) {
            const z = zoned[0]!, hhmm = String(Math.floor(z.gmt / 60)).padStart(2, "0") + String(z.gmt % 60).padStart(2, "0");
            problems.push({
              messageId: "gmt", data: { rendered: gmt.text, time: z.token.raw, expected: hhmm },
              source: { start: z.token.start, end: z.token.end }, target: { start: gmt.start, end: gmt.end },
            });
          }
        }
        continue;
      }
      if (reportable(t, missing) || forced?.has(t)) problems.push({ messageId: "extra", data: { number: show(t), value: t.value }, target: { start: t.start, end: t.end } });
    }
    return problems;
  }
}

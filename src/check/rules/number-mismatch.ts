/**
 * number-mismatch — every number of the source must survive in the rendering, and vice versa, read
 * with each language's conventions by src/text/numbers.ts (`11.000` = `11,000`, `1,5 juta` =
 * `1.5 million`, `19 Juni 2024` = `June 19, 2024`, `pukul 10.30` = `10:30 a.m.`). Numbers written in
 * words (`dua dekade` = `two decades`) count, but an unmatched word-number is reported only when the
 * other side has an unmatched number of the same kind: `salah satu` → `one of` / `kedua negara` →
 * `both countries` are good translations, `dua` → `three` is not. The date of a dated weekday
 * (`Kamis (5/1/2024)`) may give way to the weekday alone (`on Thursday`: AP style within a week),
 * as the weekday may give way to the date (`on Jan. 5`). A range may share its unit on either side
 * (`dari 5 persen menjadi 10 persen` = `from 5 to 10 percent`, `5 hingga 7 juta` = `5 to 7 million`),
 * and a range of years its second year's century (`2023/2024` = `2023-24`); a span of time or a half may
 * be written in another form (`4 tahun 6 bulan` = `four and a half years`, `1,5 tahun` = `18 months`).
 * A conversion the English adds in brackets (`(1230 GMT)`, `(about US$1)`, `($1 = 15,600 rupiah)`,
 * `(10 feet)`, `(86 degrees Fahrenheit)`) is no extra number.
 */
import { combineQuantities, compareNumbers, distributeUnits, expandYearRanges, pairNumbers, type NumberToken, type QuantityReading } from "../../text/numbers";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { inConversion } from "../util";

const show = (t: NumberToken) => t.raw;

const WEEKDAYS: Record<string, string> = {
  senin: "monday", selasa: "tuesday", rabu: "wednesday", kamis: "thursday", jumat: "friday", "jum'at": "friday", sabtu: "saturday", minggu: "sunday",
};
/** Is the source date at [start, end) the date of a weekday (`Kamis (5/1/2024)`, `Senin, 19 Juni`) that the target names? */
function weekdayKept(source: string, start: number, target: string): boolean {
  const m = /\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|lalu))?\s*[(,]?\s*(?:tanggal\s+)?$/.exec(source.slice(Math.max(0, start - 30), start));
  if (!m) return false;
  return new RegExp(`\\b${WEEKDAYS[m[1]!.toLowerCase()]}\\b`, "i").test(target);
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
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTokens, targetTokens }) {
    if (!target.trim()) return NO_PROBLEMS;
    // (most pairs: plain numbers paired in order, found without making their tokens; the texts'
    // tokens, when given, spare reading the characters again: the same numbers)
    const both = pairNumbers(source, target, sourceTokens ?? null, targetTokens ?? null);
    if (both === null) return NO_PROBLEMS;
    const [sourceNumbers, targetNumbers] = both;
    if (pairedInOrder(sourceNumbers, targetNumbers)) return NO_PROBLEMS;
    let { missing, extra } = compareNumbers(sourceNumbers, targetNumbers);
    if (missing.length > 0 && extra.length > 0) ({ missing, extra } = pairRanges(source, target, sourceNumbers, targetNumbers, missing, extra));
    const problems: Problem[] = [];
    const reportable = (t: NumberToken, others: readonly NumberToken[]) => !t.word || others.some((o) => o.kind === t.kind);
    for (const t of missing) {
      if (t.kind === "date" && weekdayKept(source, t.start, target)) continue;
      if (reportable(t, extra)) problems.push({ messageId: "missing", data: { number: show(t), value: t.value }, source: { start: t.start, end: t.end } });
    }
    for (const t of extra) {
      if (inConversion(target, t.start, t.end)) continue;
      if (reportable(t, missing)) problems.push({ messageId: "extra", data: { number: show(t), value: t.value }, target: { start: t.start, end: t.end } });
    }
    return problems;
  },
});

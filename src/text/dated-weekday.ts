/**
 * Weekdays named with their date in Indonesian news (`Kamis (4/12/2026)`, `Kamis, 4 Desember 2026`,
 * `Senin pagi (1/12/2026)`, `hari Rabu tanggal 3 Desember 2026`), and whether the date falls on that
 * weekday. A weekday copied from yesterday's story (`Kamis (4/12/2026)`: 4 December 2026 is a Friday)
 * is common in fast news; a translator should ask before rendering either.
 * Pure: no I/O. Offsets are UTF-16 indices.
 */
import type { NumberToken } from "./numbers";

/** The Indonesian weekdays (both spellings of Friday) and their English names. */
export const WEEKDAYS: Readonly<Record<string, string>> = {
  senin: "monday", selasa: "tuesday", rabu: "wednesday", kamis: "thursday", jumat: "friday", "jum'at": "friday", sabtu: "saturday", minggu: "sunday",
};

/** The English weekdays, Monday first. */
export const EN_DAYS: readonly string[] = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
/** The Indonesian weekdays, Monday first (as written in a sentence). */
const ID_DAYS = ["Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"] as const;

/**
 * A weekday right before a date, at the end of the text before the date: `Kamis (`, `Kamis, `,
 * `Kamis pagi (`, `Kamis lalu (`, `Kamis tanggal `. At most 30 characters back are read.
 */
const WEEKDAY_BEFORE_DATE = /\b(Senin|Selasa|Rabu|Kamis|Jumat|Jum'at|Sabtu|Minggu)(?:\s+(?:pagi|siang|sore|malam|dini\s+hari|lalu))?\s*[(,]?\s*(?:tanggal\s+)?$/;

/** The weekday written right before the source date starting at `start` (see WEEKDAY_BEFORE_DATE), if any. */
export function weekdayBefore(source: string, start: number): { name: string; start: number; end: number } | undefined {
  const from = Math.max(0, start - 30);
  const m = WEEKDAY_BEFORE_DATE.exec(source.slice(from, start));
  return m ? { name: m[1]!, start: from + m.index, end: from + m.index + m[1]!.length } : undefined;
}

/** The weekday of a full canonical date (`2026-12-04`), Monday 0 … Sunday 6; undefined for a partial or impossible date. */
export function weekdayOf(value: string): number | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!m) return undefined;
  const y = Number(m[1]), mo = Number(m[2]), d = Number(m[3]);
  const t = new Date(Date.UTC(y, mo - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== mo - 1 || t.getUTCDate() !== d) return undefined;
  return (t.getUTCDay() + 6) % 7;
}

export interface WeekdayClash {
  /** The weekday as written (`Kamis`) and where. */
  readonly weekday: string;
  readonly start: number;
  readonly end: number;
  /** The date as written (`4/12/2026`) and its canonical value. */
  readonly date: NumberToken;
  /** The weekday the date falls on: its Indonesian and English names (`Jumat`, `Friday`). */
  readonly actual: string;
  readonly actualEn: string;
}

/**
 * The dated weekdays of an Indonesian text whose date (a full one, with its year, as the number reader
 * read it) falls on another weekday. A date without a year, or whose reading is ambiguous, is not
 * judged.
 */
export function weekdayClashes(source: string, numbers: readonly NumberToken[]): WeekdayClash[] {
  let out: WeekdayClash[] | undefined;
  for (const t of numbers) {
    if (t.kind !== "date" || t.alternatives !== undefined || t.value.length !== 10) continue;
    const actual = weekdayOf(t.value);
    if (actual === undefined) continue;
    const w = weekdayBefore(source, t.start);
    if (w === undefined || EN_DAYS.indexOf(WEEKDAYS[w.name.toLowerCase()]!) === actual) continue;
    const en = EN_DAYS[actual]!;
    (out ??= []).push({ weekday: w.name, start: w.start, end: w.end, date: t, actual: ID_DAYS[actual]!, actualEn: en[0]!.toUpperCase() + en.slice(1) });
  }
  return out ?? [];
}

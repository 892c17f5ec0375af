/**
 * Days said relative to today or to an event, in Indonesian and English news: `lusa` = `the day after
 * tomorrow` (+2 from today), `kemarin` = `yesterday` (-1), `sepekan lagi` = `next week` / `in a week`
 * (+7), `tiga hari lalu` = `three days ago` (-3); `H-2` = `two days before` / `two days earlier` (-2 from
 * the event), `H+3` = `three days after` (+3). Each reading is its offset in days, from what (`today`,
 * `event`), and its span. Pure: no I/O.
 */

import { mayHoldWord, wordHashes, type Tokens } from "../glossary/tokenize";

export interface RelativeDay { readonly days: number; readonly from: "today" | "event"; readonly start: number; readonly end: number; readonly raw: string }

const ID_COUNT: Record<string, number> = { se: 1, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10 };
const EN_COUNT: Record<string, number> = { a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10 };
const ID_N = "(\\d{1,2}|satu|dua|tiga|empat|lima|enam|tujuh|delapan|sembilan|sepuluh)";
const EN_N = "(\\d{1,2}|an?|one|two|three|four|five|six|seven|eight|nine|ten)";

/** The test before reading: a word of a relative day somewhere in the text. */
export const RELATIVE_DAY_CUE = {
  id: /\b(?:lusa|kemarin|besok|lagi|lalu|depan|sebelum(?:nya)?|sesudah(?:nya)?|setelah(?:nya)?|kemudian)\b|\bH\s?[-+−]\s?\d/i,
  en: /\b(?:tomorrow|yesterday|days?|weeks?|eve)\b/i,
};

/**
 * The words RELATIVE_DAY_CUE.id looks for (`h` of `H-2`, `H+3`: a word of its own, as `\bH` before a space
 * or a sign makes it), for a look-up by the source's token hashes before the cue's search (mayHoldWord:
 * no such word, no match of the cue; a test holds the two together).
 */
export const RELATIVE_DAY_CUE_WORDS = { id: ["lusa", "kemarin", "besok", "lagi", "lalu", "depan", "sebelum", "sebelumnya", "sesudah", "sesudahnya", "setelah", "setelahnya", "kemudian", "h"] } as const;
const ID_CUE_HASHES = wordHashes(RELATIVE_DAY_CUE_WORDS.id);

type Rule = [RegExp, (m: RegExpExecArray) => { days: number; from: "today" | "event" } | undefined];
const count = (table: Record<string, number>, w: string | undefined) => (w === undefined ? undefined : /^\d/.test(w) ? Number(w) : table[w.toLowerCase()]);
const idCount = (w: string | undefined) => count(ID_COUNT, w), enCount = (w: string | undefined) => count(EN_COUNT, w);
const times = (n: number | undefined, k: number, sign: 1 | -1, from: "today" | "event") => (n === undefined ? undefined : { days: sign * n * k, from });

const ID_RULES: Rule[] = [
  [/\bH\s?([-+−])\s?(\d{1,2})\b/g, (m) => ({ days: (m[1] === "+" ? 1 : -1) * Number(m[2]), from: "event" })],
  [/\bkemarin\s+lusa\b/gi, () => ({ days: -2, from: "today" })],
  [/\blusa\b/gi, () => ({ days: 2, from: "today" })],
  [/\bkemarin\b/gi, () => ({ days: -1, from: "today" })],
  [/\bbesok\b/gi, () => ({ days: 1, from: "today" })],
  [new RegExp(`\\b${ID_N}\\s+(hari|pekan|minggu)\\s+(lagi|(?:yang\\s+)?lalu)\\b`, "gi"), (m) => times(idCount(m[1]), /^h/i.test(m[2]!) ? 1 : 7, /^lag/i.test(m[3]!) ? 1 : -1, "today")],
  [/\bse(hari|pekan|minggu)\s+(lagi|(?:yang\s+)?lalu)\b/gi, (m) => ({ days: (/^h/i.test(m[1]!) ? 1 : 7) * (/^lag/i.test(m[2]!) ? 1 : -1), from: "today" })],
  [/\b(?:pekan|minggu)\s+(depan|lalu)\b/gi, (m) => ({ days: /^d/i.test(m[1]!) ? 7 : -7, from: "today" })],
  // (days from an event: `sehari sebelumnya` = the day before, `dua hari setelah pemilu` = two days after the vote)
  [new RegExp(`\\b(?:(se)|${ID_N}\\s+)(hari|pekan|minggu)\\s+(sebelum(?:nya)?|sesudah(?:nya)?|setelah(?:nya)?|kemudian)\\b`, "gi"), (m) => times(m[1] !== undefined ? 1 : idCount(m[2]), /^h/i.test(m[3]!) ? 1 : 7, /^sebelum/i.test(m[4]!) ? -1 : 1, "event")],
];
const EN_RULES: Rule[] = [
  [/\bthe\s+day\s+after\s+tomorrow\b/gi, () => ({ days: 2, from: "today" })],
  [/\bthe\s+day\s+before\s+yesterday\b/gi, () => ({ days: -2, from: "today" })],
  [/\btomorrow\b/gi, () => ({ days: 1, from: "today" })],
  [/\byesterday\b/gi, () => ({ days: -1, from: "today" })],
  [/\b(next|last)\s+week\b/gi, (m) => ({ days: /^n/i.test(m[1]!) ? 7 : -7, from: "today" })],
  [new RegExp(`\\bin\\s+${EN_N}\\s+(days?|weeks?)(?:['’]\\s*time)?\\b`, "gi"), (m) => times(enCount(m[1]), /^d/i.test(m[2]!) ? 1 : 7, 1, "today")],
  [new RegExp(`\\b${EN_N}\\s+(days?|weeks?)\\s+(ago|away|from\\s+now)\\b`, "gi"), (m) => times(enCount(m[1]), /^d/i.test(m[2]!) ? 1 : 7, /^ago/i.test(m[3]!) ? -1 : 1, "today")],
  [new RegExp(`\\b${EN_N}\\s+(days?|weeks?)\\s+(before|earlier|ahead\\s+of|prior\\s+to|after|later)\\b`, "gi"), (m) => times(enCount(m[1]), /^d/i.test(m[2]!) ? 1 : 7, /^(?:after|later)/i.test(m[3]!) ? 1 : -1, "event")],
  [/\bthe\s+(day|week)\s+(before|after)\b/gi, (m) => ({ days: (/^d/i.test(m[1]!) ? 1 : 7) * (/^b/i.test(m[2]!) ? -1 : 1), from: "event" })],
  [/\bthe\s+eve\s+of\b/gi, () => ({ days: -1, from: "event" })],
  [/\bthe\s+(previous|preceding|next|following)\s+day\b/gi, (m) => ({ days: /^p/i.test(m[1]!) ? -1 : 1, from: "event" })],
];

/** The relative days of a text, in order, a span read once (`the day after tomorrow` is no `tomorrow` besides). */
export function relativeDays(text: string, lang: "id" | "en"): RelativeDay[] {
  const out: RelativeDay[] = [];
  for (const [re, read] of lang === "id" ? ID_RULES : EN_RULES) {
    re.lastIndex = 0;
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      const start = m.index, end = start + m[0].length;
      if (out.some((r) => r.start < end && start < r.end)) continue;
      const v = read(m);
      if (v !== undefined) out.push({ ...v, start, end, raw: m[0] });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

/**
 * The relative days of the source rendered as another day (`lusa` → `tomorrow`, `H-2` → `two days
 * after`, `sepekan lagi` → `in two weeks`), each with the target's reading it was compared with: only
 * where the target says a relative day from the same point (today, an event) and none with the same
 * offset (`lusa` → `on Saturday` says nothing to compare). `sourceTokens`: the source's tokens, if the
 * caller has them (the same answer, sooner).
 */
export function relativeDayChanges(source: string, target: string, sourceTokens?: Tokens | null): [RelativeDay, RelativeDay][] {
  // (by the source's tokens first when the caller has them: most sources name no relative day, and a
  // look-up of the hashes their tokenizer made is several times cheaper than the cue's search of the text)
  if (sourceTokens && sourceTokens.source === source && !mayHoldWord(sourceTokens, ID_CUE_HASHES)) return [];
  if (!RELATIVE_DAY_CUE.id.test(source) || !RELATIVE_DAY_CUE.en.test(target)) return [];
  const rs = relativeDays(source, "id");
  if (rs.length === 0) return [];
  const rt = relativeDays(target, "en");
  const out: [RelativeDay, RelativeDay][] = [];
  for (const r of rs) {
    const same = rt.filter((t) => t.from === r.from);
    if (same.length === 0 || same.some((t) => t.days === r.days)) continue;
    out.push([r, same[0]!]);
  }
  return out;
}

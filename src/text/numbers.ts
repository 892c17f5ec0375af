/**
 * Number reading for Indonesian and English news text. Every number, percentage, date, time of day
 * and ordinal is read with its language's conventions and given a canonical value, so that the two
 * sides of a pair can be compared:
 *
 *   id `11.000` = en `11,000` → "11000"          id `2,5` = en `2.5` → "2.5"
 *   id `1,5 juta` = en `1.5 million` → "1500000" id `2,5 persen` = en `2.5%` → percent "2.5"
 *   id `19 Juni 2024` = en `June 19, 2024` = en `19 June 2024` → date "2024-06-19"
 *   id `(13/9/2023)` = en `Sept. 13, 2023` → date "2023-09-13"   (`Juni 2024` → "2024-06", `19 Juni` → "--06-19")
 *   id `pukul 10.30` = en `10:30 a.m.` → time "10:30"  (`pukul 10 malam` = `10 p.m.` → "22:00")
 *   id `pukul 07.00 hingga 13.00` = en `7 a.m. to 1 p.m.` (a range of clock times), `13.00 waktu setempat`;
 *     en `noon` → "12:00", `midnight` → "0:00" (also "24:00")
 *   id `1 hingga 15 Maret` = en `March 1 to 15` = `March 1-15` → dates "--03-01", "--03-15"
 *   id `sepertiga` = en `a third of` = `one-third` → "0.333333"; `setengah juta` = `half a million` → "500000"
 *   id `2x24 jam` = en `48 hours` → "48" (also "2": two days)
 *   id `ke-3` = `ketiga` = en `3rd` = `third` → ordinal "3"
 *   id `dua dekade` = en `two decades` = en `20 years` → "20", also "2" (word: true)
 *   id `satu dekade` = `sepuluh tahun` = `satu dasawarsa` = en `a decade` = `ten years` → "10"
 *   id `ratusan` = en `hundreds` → magnitude "2"; `puluhan` = `dozens`/`tens` → "1"; `ribuan` = `thousands`
 *     → "3"; `puluhan ribu` = `tens of thousands` → "4"; `belasan` = `a dozen or so`/`more than a dozen` → "teens"
 *
 * Numbers written in words carry `word: true`: callers may treat them more leniently (`satu` /
 * `one` often vanish in a good translation: "salah satu" = "one of", "kedua negara" = "both countries").
 * Ambiguous forms carry `alternatives` (en `5/9/2023` may be May 9 or 5 September).
 * Pure: no I/O. Offsets are UTF-16 indices into the text given.
 */

import { HASH_PARAMS, WORD, type Tokens } from "../glossary/tokenize";

export type NumberKind = "number" | "percent" | "date" | "time" | "ordinal" | "magnitude";

export interface NumberToken {
  /** Canonical value: "11000", "2.5", "2024-06-19", "--06-19", "2024-06", "10:30", "3". */
  readonly value: string;
  readonly start: number;
  readonly end: number;
  /** The text as written. */
  readonly raw: string;
  readonly kind: NumberKind;
  /** Written in words (`dua`, `two`, `ketiga`, `first`). */
  readonly word: boolean;
  /** Other canonical values the text may also mean. */
  readonly alternatives?: readonly string[];
}

export type NumberLang = "id" | "en";

// ---------------------------------------------------------------------------------------------
// Canonical decimal strings (exact, no floating point)

/** "1", "500" with 3 → "1500"; "2", "5" with 6 → "2500000"; strips leading/trailing zeros. */
export function canonicalDecimal(intPart: string, frac: string, exp10 = 0): string {
  let digits = (intPart || "0") + frac;
  let point = (intPart || "0").length + exp10;
  if (point > digits.length) digits = digits + "0".repeat(point - digits.length);
  if (point < 0) {
    digits = "0".repeat(-point) + digits;
    point = 0;
  }
  const i = digits.slice(0, point).replace(/^0+/, "") || "0";
  const f = digits.slice(point).replace(/0+$/, "");
  return f ? `${i}.${f}` : i;
}

function fromInteger(n: number): string {
  return Number.isSafeInteger(n) ? String(n) : n.toLocaleString("en-US", { useGrouping: false, maximumFractionDigits: 0 });
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

const ID_MONTHS: Record<string, number> = {
  januari: 1, februari: 2, pebruari: 2, maret: 3, april: 4, mei: 5, juni: 6, juli: 7, agustus: 8,
  september: 9, oktober: 10, november: 11, nopember: 11, desember: 12,
};
const ID_MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, peb: 2, mar: 3, apr: 4, jun: 6, jul: 7, agu: 8, agt: 8, ags: 8, agst: 8, sep: 9, sept: 9,
  okt: 10, nov: 11, nop: 11, des: 12,
};
const EN_MONTHS: Record<string, number> = {
  january: 1, february: 2, march: 3, april: 4, may: 5, june: 6, july: 7, august: 8, september: 9,
  october: 10, november: 11, december: 12,
};
const EN_MONTH_ABBR: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

const cap = (w: string) => w[0]!.toUpperCase() + w.slice(1);
const alt = (words: string[]) => words.sort((a, b) => b.length - a.length).join("|");
/** Full month names: capitalised or all caps. */
const monthFull = (table: Record<string, number>) => alt(Object.keys(table).flatMap((m) => [cap(m), m.toUpperCase()]));
/** Abbreviations, capitalised, optional full stop. */
const monthAbbr = (table: Record<string, number>) => `(?:${alt(Object.keys(table).map(cap))})\\.?`;

const ID_SCALE: Record<string, number> = { ribu: 3, juta: 6, miliar: 9, milyar: 9, triliun: 12, kuadriliun: 15 };
const ID_ABBR_SCALE: Record<string, number> = { rb: 3, jt: 6, M: 9, T: 12 };
const EN_SCALE: Record<string, number> = { thousand: 3, million: 6, billion: 9, trillion: 12, quadrillion: 15 };
const EN_SUFFIX_SCALE: Record<string, number> = { k: 3, m: 6, mn: 6, bn: 9, b: 9, tn: 12 };

const ID_UNITS: Record<string, number> = {
  nol: 0, satu: 1, dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9,
  sepuluh: 10, sebelas: 11, seratus: 100, seribu: 1000, sejuta: 1e6, semiliar: 1e9,
};
const EN_UNITS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90,
};
const ID_ORDINAL_WORDS: Record<string, number> = {
  pertama: 1, kedua: 2, ketiga: 3, keempat: 4, kelima: 5, keenam: 6, ketujuh: 7, kedelapan: 8,
  kesembilan: 9, kesepuluh: 10, kesebelas: 11,
};
/**
 * The ordinals read with `-nya` (`gelar ketiganya` = her third title, `emas keempatnya`); not `pertamanya`
 * (at first). After a verb, a preposition or a conjunction the word is a pronoun (`menewaskan ketiganya` =
 * killed all three, `antara keduanya` = between the two, `keduanya hadir`: at a clause's start): no ordinal.
 */
const ID_ORDINAL_NYA = Object.keys(ID_ORDINAL_WORDS).filter((w) => w !== "pertama");
const ID_NYA_NOT_AFTER = /^(?:(?:me|di|ber)\p{L}+|dan|atau|serta|dengan|antara|dari|kepada|pada|bagi|untuk|oleh|terhadap|bahwa|sedangkan|sementara|namun|tetapi|tapi|karena|hingga|sampai|yakni|yaitu|baik|kini|juga|pun|itu|ini|saat|ketika|sejak|setelah|sebelum|semua|seluruh|yang|adalah|ialah|merupakan|tersebut|kemudian|lalu|akan|telah|sudah|masih|sedang|tidak|tak|bukan|belum)$/u;
const EN_ORDINAL_WORDS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9,
  tenth: 10, eleventh: 11, twelfth: 12,
};
/**
 * Roman numerals 1–89 (`II`, `XIV`, `XLV`), read as ordinals written in words (`kuartal III` = `third
 * quarter` = `Q3`, `Level III` = `Level 3`, `Perang Dunia II` = `World War II`). Only in capitals; a single
 * letter (`I`, `V`, `X`, `L`) or a numeral with `L` (`XL`: a size, a brand) only after a word that
 * numbers with them (ROMAN_CONTEXT): `I` is also the pronoun, `CV` a company form (no `C`: not read).
 */
const ROMAN = "(?=[IVXLivxl])(?:XL|L?X{0,3})(?:IX|IV|V?I{0,3})";
const ROMAN_VALUE: Record<string, number> = { I: 1, V: 5, X: 10, L: 50 };
function romanValue(r: string): number {
  let v = 0;
  for (let i = 0; i < r.length; i++) {
    const a = ROMAN_VALUE[r[i]!]!, b = ROMAN_VALUE[r[i + 1] ?? ""] ?? 0;
    v += a < b ? -a : a;
  }
  return v;
}
/** The numerals romanValue reads (1–89), lower-cased: the words a match of `rom` can begin with. */
const ROMAN_WORDS: readonly string[] = (() => {
  const out: string[] = [];
  const tens = ["", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx"], ones = ["", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"];
  for (const t of tens) for (const o of ones) if (t + o) out.push(t + o);
  return out;
})();
const ROMAN_CONTEXT: Record<NumberLang, RegExp> = {
  id: /(?:^|[^\p{L}])(?:kuartal|triwulan|semester|tahap|fase|level|bab|kelas|kongres|muktamar|munas|jilid|seri|angkatan|dunia|abad|pelita|generasi|gelombang|golongan|buwono|kodam|paus|raja|ratu|pasal|bagian|tipe)\s+$/iu,
  en: /(?:^|[^\p{L}])(?:phase|stage|level|chapter|class|grade|congress|war|century|volume|part|series|category|type|generation|buwono|section|pope|king|queen|article|title|kodam)\s+$/iu,
};
const FRACTION_WORDS: Record<string, string> = { setengah: "0.5", separuh: "0.5", half: "0.5" };
/** Denominators of fractions: id `seper-` / `dua per-` + the word (`sepertiga`, `tiga perempat`), en the ordinal (`a third`, `two-thirds`). */
const ID_DENOMINATORS: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9, sepuluh: 10, seratus: 100 };
const EN_DENOMINATORS: Record<string, number> = {
  half: 2, halves: 2, third: 3, thirds: 3, quarter: 4, quarters: 4, fourth: 4, fourths: 4, fifth: 5, fifths: 5, sixth: 6, sixths: 6,
  seventh: 7, sevenths: 7, eighth: 8, eighths: 8, ninth: 9, ninths: 9, tenth: 10, tenths: 10,
};
/**
 * Idioms with `setengah` that are no half (`setengah hati` = half-hearted, `setengah mati` = to death, `setengah baya` =
 * middle-aged, `setengah-setengah`), and the English compounds of `half-` that are none either (`half-hearted`,
 * `half-cooked`: any but a unit or a scale, `half-century`, `half-hour`, `half-million`).
 */
const SETENGAH_IDIOMS = "hati|mati|baya|sadar|resmi|jadi|matang|telanjang|setengah|hati-hati";
const HALF_UNITS = "century|decade|year|month|week|day|hour|minute|dozen|hundred|thousand|million|billion|trillion|percent|point";
/** Numerators of fractions written in words (`tiga perempat`, `two-thirds`). */
const ID_NUMERATORS: Record<string, number> = { dua: 2, tiga: 3, empat: 4, lima: 5, enam: 6, tujuh: 7, delapan: 8, sembilan: 9 };
const EN_NUMERATORS: Record<string, number> = { two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9 };
/** The vulgar fractions (`½`, `2¾`). */
const VULGAR: Record<string, [number, number]> = { "½": [1, 2], "¼": [1, 4], "¾": [3, 4], "⅓": [1, 3], "⅔": [2, 3], "⅕": [1, 5], "⅛": [1, 8] };
/** A fraction's canonical value (`1/3` → "0.333333"), as combineQuantities writes a decimal. */
export function fractionValue(numerator: number, denominator: number): string {
  return String(Number((numerator / denominator).toFixed(6)));
}

/** Indefinite magnitudes ("ratusan" = hundreds): the power of ten, or "teens" (11–19). */
const ID_MAGNITUDE: Record<string, string> = {
  belasan: "teens", puluhan: "1", ratusan: "2", ribuan: "3", jutaan: "6", miliaran: "9", milyaran: "9", triliunan: "12",
};
const EN_MAGNITUDE: Record<string, string> = {
  dozens: "1", tens: "1", scores: "1", hundreds: "2", thousands: "3", millions: "6", billions: "9", trillions: "12",
};
/** "puluhan ribu" = 10^1 × 10^3; "teens" does not combine. */
function combineMagnitude(a: string, scaleExp: number): string {
  return a === "teens" ? (scaleExp ? String(1 + scaleExp) : a) : String(Number(a) + scaleExp);
}

// ---------------------------------------------------------------------------------------------
// Patterns (one alternation per language; earlier alternatives win at the same position)

const D = "(?<![\\p{N}])"; // no digit right before
const ND = "(?![\\p{N}])"; // no digit right after
const WB = "(?<![\\p{L}\\p{N}])"; // word start
const WE = "(?![\\p{L}\\p{N}])"; // word end

/** Between the days of a range in one month (`1 hingga 15 Maret`, `March 1 to 15`, `from 1 to 15 March`); a dash too. */
const ID_DAY_JOIN = "hingga|sampai|dan";
const EN_DAY_JOIN = "to|through|until|till";

function idPattern(): RegExp {
  const mf = monthFull(ID_MONTHS);
  const ma = monthAbbr(ID_MONTH_ABBR);
  const m = `(?:${mf}|${ma})`;
  const units = alt(Object.keys(ID_UNITS).flatMap((w) => [w, cap(w)]).concat(["belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun"]));
  const scale = alt(Object.keys(ID_SCALE).flatMap((w) => [w, cap(w)])); // headlines: `2,3 Juta Wisman`
  const parts = [
    // d/m/yyyy
    `(?<nd>${D}(?<nd1>\\d{1,2})(?<ndsep>[/.-])(?<nd2>\\d{1,2})\\k<ndsep>(?<nd3>\\d{4}|\\d{2})${ND})`,
    // (19/6): day/month without a year
    `(?<dm>${D}(?<dm1>\\d{1,2})/(?<dm2>\\d{1,2})(?![\\p{N}/]))`,
    // 19 Juni 2024, 19 Juni, 24-26 April 2007, 1 hingga 15 Maret
    `(?<dmy>${D}(?:(?<dmy_d0>\\d{1,2})(?:\\s*[-–]\\s*|\\s+(?:${ID_DAY_JOIN})\\s+))?(?<dmy_d>\\d{1,2})\\s+(?<dmy_m>${m})(?:\\s+(?<dmy_y>\\d{4})${ND})?${WE})`,
    // Juni 2024
    `(?<my>${WB}(?<my_m>${m})\\s+(?<my_y>\\d{4})${ND})`,
    // Juni
    `(?<mo>${WB}(?<mo_m>${mf})${WE})`,
    // pukul 10.30 malam, jam 9
    // (not `1 jam 12 menit`: an hour and 12 minutes)
    `(?<tm>${WB}(?:[Pp]ukul|(?<!\\p{N}\\s*)[Jj]am|[Pp]k\\.)\\s+(?<tm_h>\\d{1,2})(?:[.:](?<tm_m>\\d{2}))?${ND}(?:\\s+(?<tm_p>pagi|siang|sore|petang|malam|dini hari))?(?:\\s+(?:WIB|WITA|WIT))?)`,
    // 10.30 WIB, 13.00 waktu setempat
    `(?<tz>${D}(?<tz_h>\\d{1,2})[.:](?<tz_m>\\d{2})\\s+(?:WIB|WITA|WIT|waktu\\s+setempat)${WE})`,
    // 2x24 jam (two days: 48 hours)
    `(?<kali>${D}(?<kali_n>\\d{1,2})\\s*[xX×]\\s*(?<kali_h>\\d{1,2})\\s+jam${WE})`,
    // ke-21, ke 21
    `(?<ord>${WB}ke-(?<ord_n>\\d+)${ND})`,
    `(?<ordw>${WB}(?<ordw_w>${alt(Object.keys(ID_ORDINAL_WORDS).flatMap((w) => [w, cap(w)]))})${WE})`,
    // gelar ketiganya (her third title; read after a noun only, see ID_NYA_NOT_AFTER)
    `(?<ordn>${WB}(?<ordn_w>${alt(ID_ORDINAL_NYA)})nya${WE})`,
    // satu dekade / dua dekade / sedekade / dua dasawarsa (= 10, 20 years)
    `(?<dek>${WB}(?:(?<dek_n>\\d+|${alt(Object.keys(ID_UNITS).flatMap((w) => [w, cap(w)]))})\\s+|[Ss]e)(?:[Dd]ekade|[Dd]asawarsa)${WE})`,
    // ½, 2¾
    `(?<vf>${D}(?:(?<vf_i>\\d+)\\s?)?(?<vf_f>[${Object.keys(VULGAR).join("")}]))`,
    // numbers: 11.000 / 1.000.000,5 / 2,5 / 2.5 / 2024 + scale + percent
    `(?<num>${D}(?<num_v>\\d{1,3}(?:\\.\\d{3})+(?:,\\d+)?(?!\\.\\d)|\\d+,\\d+|\\d+\\.\\d{1,2}(?!\\d|\\.\\d)|\\d+)(?:\\s*(?<num_s>${scale})${WE}|\\s?(?<num_a>rb|jt|M|T)(?![\\p{L}\\p{N}]))?(?<num_p>\\s*%|\\s+[Pp]er\\s?[Ss]en${WE}|\\s+poin\\s+persentase${WE})?)`,
    // beberapa ribu, sekian juta (an indefinite count of the scale)
    `(?<sev>${WB}(?:[Bb]eberapa|[Ss]ekian)\\s+(?<sev_s>ratus|${alt(Object.keys(ID_SCALE))})${WE})`,
    // magnitudes: ratusan, puluhan ribu, belasan
    `(?<mag>${WB}(?<mag_w>${alt(Object.keys(ID_MAGNITUDE).flatMap((w) => [w, cap(w)]))})(?:\\s+(?<mag_s>${alt(Object.keys(ID_SCALE))})${WE}|${WE}))`,
    // number words: dua puluh empat, tiga ribu, setengah
    // (not `perempat final`, the quarter-finals; `setengah juta` is half a million)
    `(?<fr>${WB}(?<![Ss]etengah-)(?:(?<fr_w>[Ss]etengah|[Ss]eparuh)|[Ss]eper(?<fr_d>${alt(Object.keys(ID_DENOMINATORS))})|(?<fr_n>${alt(Object.keys(ID_NUMERATORS).flatMap((w) => [w, cap(w)]))})\\s+per\\s?(?<fr_d2>${alt(Object.keys(ID_DENOMINATORS))}))${WE}(?![\\s-]*(?:final|${SETENGAH_IDIOMS})${WE})(?:\\s+(?<fr_s>${alt(Object.keys(ID_SCALE))})${WE})?(?<fr_p>\\s+[Pp]er\\s?[Ss]en${WE}|\\s+poin\\s+persentase${WE})?)`,
    `(?<w>${WB}(?<w_w>(?:${units})(?:[\\s-]+(?:${units}))*)${WE}(?<w_p>\\s+[Pp]er\\s?[Ss]en${WE})?)`,
    // II, XIV (capitals only: see ROMAN)
    `(?<rom>${WB}(?<rom_v>${ROMAN})${WE})`,
  ];
  return new RegExp(parts.join("|"), "gu");
}

/**
 * The words a match of idPattern's letter-initial alternatives can begin with (the others begin
 * with a digit), alternative by alternative: my/mo (months), tm, ord, ordw, dek, sev, mag, fr, w.
 * Each is a whole word: in every alternative the first word is followed by a character that is not
 * a letter (a space, `-`, `.`, or the end of the word), which `candidates` relies on.
 */
function idStarts(): string[] {
  return [
    ...Object.keys(ID_MONTHS), ...Object.keys(ID_MONTH_ABBR),
    "pukul", "jam", "pk", "ke", ...Object.keys(ID_ORDINAL_WORDS), ...ID_ORDINAL_NYA.map((w) => w + "nya"),
    ...Object.keys(ID_UNITS), "sedekade", "sedasawarsa", "beberapa", "sekian", ...Object.keys(ID_MAGNITUDE), "setengah", "separuh",
    ...Object.keys(ID_DENOMINATORS).map((d) => `seper${d}`),
    "belas", "puluh", "ratus", "ribu", "juta", "miliar", "milyar", "triliun", "kuadriliun", ...ROMAN_WORDS,
  ];
}

/** The same for enPattern: mdy/my/mo (months), noon, ordw, dek, mag, sev, pt, doz, fr, w. */
function enStarts(): string[] {
  return [
    ...Object.keys(EN_MONTHS), ...Object.keys(EN_MONTH_ABBR), ...Object.keys(EN_ORDINAL_WORDS),
    "a", "an", "one", ...Object.keys(EN_UNITS), ...Object.keys(EN_MAGNITUDE), "several", "some",
    "more", "over", "about", "around", "nearly", "almost", "roughly", "at", "half", "noon", "midday", "midnight",
    "hundred", "thousand", "million", "billion", "trillion", "quadrillion", ...ROMAN_WORDS,
  ];
}

/**
 * Where a match of a pattern can start: a digit not preceded by a number (every `(?<![\p{N}])\d`
 * alternative) or, at a word start (every `(?<![\p{L}\p{N}])` alternative), a whole word a match
 * can begin with, followed by a character that is not a letter — case-insensitive with Unicode case
 * folding, like the English pattern, so a superset for both. (Before, any word sharing its first two
 * letters with one was a candidate: `the`, `and`, every word in `a`, `se`, `me`, `di`…; the full
 * pattern tried there failed at most of them.) The tests hold extractNumbers to the scan at every
 * position.
 */
function candidates(starts: string[], next: Readonly<Record<string, string>> = {}): RegExp {
  const words = [...new Set(starts.map((w) => w.toLowerCase()))];
  const plain = words.filter((w) => next[w] === undefined);
  const followed = words.filter((w) => next[w] !== undefined).map((w) => `${w}(?=${next[w]})`);
  return new RegExp(`(?<![\\p{N}])[0-9${Object.keys(VULGAR).join("")}]|(?<![\\p{L}\\p{N}])(?:${alt(plain)})(?![\\p{L}])${followed.length ? `|(?<![\\p{L}\\p{N}])(?:${followed.join("|")})` : ""}`, "giu");
}

/**
 * Start words that begin a match only before certain words (every alternative that begins with one
 * goes on so), and what must follow them: `ke` only in `ke-21`, English `a` only in `a decade`,
 * `a dozen`, `a few …`, `a hundred`…, and so on. Common words (`ke`, `a`, `at`, `more`, `some`) are
 * then no candidates where nothing can follow them, and the full pattern is not tried there.
 */
const SCALES_EN = "hundred|thousand|million|billion|trillion|quadrillion";
const ID_NEXT: Record<string, string> = {
  ke: "-[0-9]",
  pukul: "\\s+[0-9]", jam: "\\s+[0-9]", pk: "\\.\\s+[0-9]",
  beberapa: "\\s+(?:ratus|ribu|juta|miliar|milyar|triliun)", sekian: "\\s+(?:ratus|ribu|juta|miliar|milyar|triliun)",
};
const DOZEN = "\\s+(?:a|one)\\s+dozen";
const EN_NEXT: Record<string, string> = {
  a: `\\s+(?:decade|dozen|few|${SCALES_EN}|${Object.keys(EN_DENOMINATORS).filter((w) => !w.endsWith("s") && w !== "half").join("|")})`,
  an: "\\s+decade",
  at: "\\s+least",
  more: "\\s+than",
  over: DOZEN, about: DOZEN, around: DOZEN, nearly: DOZEN, almost: DOZEN, roughly: DOZEN,
  some: `\\s+(?:${SCALES_EN}|(?:a|one)\\s+dozen)`,
  several: `\\s+(?:${SCALES_EN})`,
};

function enPattern(): RegExp {
  const mf = monthFull(EN_MONTHS);
  const ma = monthAbbr(EN_MONTH_ABBR);
  const m = `(?:${mf}|${ma})`;
  const words = alt(Object.keys(EN_UNITS).concat(["hundred", "thousand", "million", "billion", "trillion", "quadrillion"]));
  const scale = alt(Object.keys(EN_SCALE).flatMap((w) => [w, cap(w)])); // headlines: `2.3 Million Tourists`
  const suffix = alt(Object.keys(EN_SUFFIX_SCALE));
  const ampm = "(?<AMPM>a\\.m\\.?|p\\.m\\.?|am|pm|AM|PM)";
  const parts = [
    `(?<nd>${D}(?<nd1>\\d{1,2})(?<ndsep>[/.-])(?<nd2>\\d{1,2})\\k<ndsep>(?<nd3>\\d{4}|\\d{2})${ND})`,
    `(?<dm>${D}(?<dm1>\\d{1,2})/(?<dm2>\\d{1,2})(?![\\p{N}/]))`,
    // June 19, 2024 / Sept. 13 2023 / June 19 / April 24-26
    `(?<mdy>${WB}(?<mdy_m>${m})\\s+(?<mdy_d0>\\d{1,2})(?:st|nd|rd|th)?(?:(?:\\s*[-–]\\s*|\\s+(?:${EN_DAY_JOIN})\\s+)(?<mdy_d>\\d{1,2})(?:st|nd|rd|th)?(?!\\s+(?:of\\s+)?${m}))?${ND}(?:,?\\s+(?<mdy_y>\\d{4})${ND})?)`,
    // 19 June 2024 / 19th of June / 1 to 15 March
    `(?<dmy>${D}(?:(?<dmy_d0>\\d{1,2})(?:st|nd|rd|th)?(?:\\s*[-–]\\s*|\\s+(?:${EN_DAY_JOIN}|and)\\s+))?(?<dmy_d>\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?(?<dmy_m>${m})(?:,?\\s+(?<dmy_y>\\d{4})${ND})?${WE})`,
    `(?<my>${WB}(?<my_m>${m})\\s+(?<my_y>\\d{4})${ND})`,
    `(?<mo>${WB}(?<mo_m>${mf})${WE})`,
    // 10:30 a.m. / 10.30pm / 10 a.m. / 10:30
    `(?<tm>${D}(?<tm_h>\\d{1,2})(?:[:.](?<tm_m>\\d{2}))?\\s*${ampm.replace("AMPM", "tm_p")}(?![\\p{L}]))`,
    `(?<tz>${D}(?<tz_h>\\d{1,2}):(?<tz_m>\\d{2})${ND}(?:\\s+in\\s+the\\s+(?<tz_p>morning|afternoon|evening)${WE}|\\s+at\\s+(?<tz_n>night)${WE})?)`,
    // noon, midnight, 12 noon
    `(?<noon>${WB}(?:12\\s+)?(?<noon_w>noon|midday|midnight)${WE})`,
    `(?<ord>${D}(?<ord_n>\\d+)(?:st|nd|rd|th)${WE})`,
    `(?<ordw>${WB}(?<ordw_w>${alt(Object.keys(EN_ORDINAL_WORDS).flatMap((w) => [w, cap(w)]))})${WE})`,
    // a decade / two decades / 3 decades
    `(?<dek>${WB}(?<dek_n>a|an|one|\\d+|${alt(Object.keys(EN_UNITS))})\\s+decades?${WE})`,
    `(?<vf>${D}(?:(?<vf_i>\\d+)\\s?)?(?<vf_f>[${Object.keys(VULGAR).join("")}]))`,
    `(?<num>${D}(?<num_v>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+\\.\\d+|\\d+)(?:\\s*(?<num_s>${scale})${WE}|(?<num_x>${suffix})${WE})?(?<num_p>\\s*%|\\s+[Pp]er[\\s-]?[Cc]ents?${WE}|\\s+[Pp]ercentage[\\s-]+points?${WE}|\\s+pct${WE}|\\s+ppt?s?${WE})?)`,
    // magnitudes: hundreds (of), tens of thousands, a dozen or so, more than a dozen
    `(?<mag>${WB}(?<mag_w>${alt(Object.keys(EN_MAGNITUDE))})(?:\\s+of\\s+(?<mag_s>${alt(Object.keys(EN_MAGNITUDE).filter((w) => Number(EN_MAGNITUDE[w]) >= 3).flatMap((w) => [w, w.slice(0, -1)]))})${WE}|${WE}))`,
    // several thousand, a few million (an indefinite count of the scale)
    `(?<sev>${WB}(?:several|a\\s+few|some)\\s+(?<sev_s>hundred|thousand|million|billion|trillion)${WE})`,
    // six-point-four billion
    `(?<pt>${WB}(?<pt_i>${alt(Object.keys(EN_UNITS))})[\\s-]+point[\\s-]+(?<pt_f>${alt(Object.keys(EN_UNITS).filter((w) => EN_UNITS[w]! < 10))})(?:[\\s-]+(?<pt_s>${alt(Object.keys(EN_SCALE))}))?${WE})`,
    `(?<doz>${WB}(?:(?:more\\s+than|over|about|around|nearly|almost|some|roughly|at\\s+least)\\s+)?(?:a|one)\\s+dozen(?:\\s+or\\s+so)?${WE}(?!\\s+(?:of\\s+)?(?:hundred|thousand|million)))`,
    // half; a third of, one-third, a fifth., a quarter century; two-thirds, three quarters; half a million, a quarter of a percent
    // (not `a third term`, `the third quarter`, `quarter-final`)
    `(?<fr>${WB}(?:(?<fr_w>half)(?!-(?!(?:${HALF_UNITS})${WE}))|(?:a|one)(?:-(?<fr_d>${alt(Object.keys(EN_DENOMINATORS).filter((w) => !w.endsWith("s") && w !== "half"))})|\\s+(?<fr_d2>${alt(Object.keys(EN_DENOMINATORS).filter((w) => !w.endsWith("s") && w !== "half"))})(?=\\s+of${WE}|\\s*(?:[.,;:!?)]|$)|[\\s-]+centur))|(?<fr_n>${alt(Object.keys(EN_NUMERATORS))})[\\s-]+(?<fr_d3>${alt(Object.keys(EN_DENOMINATORS).filter((w) => w.endsWith("s")))}))${WE}(?![\\s-]*finals?${WE})(?:(?:\\s+of)?(?:\\s+an?)?[\\s-]+(?<fr_s>${alt(Object.keys(EN_SCALE))})${WE})?(?<fr_p>\\s+(?:of\\s+)?(?:a\\s+)?(?:[Pp]er[\\s-]?[Cc]ent|percentage[\\s-]+points?)${WE})?)`,
    `(?<w>${WB}(?<w_w>(?:(?:a|one)\\s+(?=hundred|thousand|million|billion|trillion))?(?:${words})(?:(?:[\\s-]+|(?<=hundred|thousand|million|billion|trillion)[\\s-]+and[\\s-]+)(?:${words}))*)${WE}(?<w_p>\\s+[Pp]er[\\s-]?[Cc]ent${WE})?)`,
    `(?<rom>${WB}(?<rom_v>${ROMAN})${WE})`,
  ];
  return new RegExp(parts.join("|"), "giu");
}

// The English pattern is case-insensitive for words; month names keep their capital via a check below.

/**
 * A pattern as readNumbers runs it: tried at one position only (`y`: see extractNumbers), its named
 * groups made plain numbered ones (`\k<name>` → `\N`), with `groups` mapping each name to its number
 * (a name the pattern lacks maps past the last group: undefined, as a missing named group). The same
 * matches; but a named-group pattern builds a `groups` object of some sixty properties on every
 * match, which cost more than the match.
 */
export interface Compiled { readonly re: RegExp; readonly groups: Readonly<Record<string, number>> }
const GROUP_NAMES: string[] = [];
export function compileNamedPattern(named: RegExp): Compiled {
  const src = named.source;
  const groups: Record<string, number> = {};
  let out = "";
  let n = 0;
  for (let i = 0; i < src.length; i++) {
    const ch = src[i]!;
    if (ch === "\\") {
      const k = /^\\k<([A-Za-z_]\w*)>/.exec(src.slice(i));
      if (k) { out += `\\${groups[k[1]!]!}`; i += k[0].length - 1; continue; }
      out += src.slice(i, i + 2); i++; continue;
    }
    if (ch === "[") {
      // a character class, whole (escapes included)
      let j = i + 1;
      while (j < src.length && src[j] !== "]") j += src[j] === "\\" ? 2 : 1;
      out += src.slice(i, j + 1); i = j; continue;
    }
    if (ch === "(") {
      const named1 = /^\(\?<([A-Za-z_]\w*)>/.exec(src.slice(i, i + 40));
      if (named1) { groups[named1[1]!] = ++n; out += "("; i += named1[0].length - 1; continue; }
      if (src[i + 1] !== "?") n++;
    }
    out += ch;
  }
  for (const name of Object.keys(groups)) if (!GROUP_NAMES.includes(name)) GROUP_NAMES.push(name);
  return { re: new RegExp(out, named.flags.replace("g", "") + "y"), groups };
}
/** The two patterns as written, with named groups (for tests: compileNamedPattern must match as they do). */
export function numberPatterns(): { id: RegExp; en: RegExp } {
  return { id: idPattern(), en: enPattern() };
}
let ID_RE: Compiled | undefined;
let EN_RE: Compiled | undefined;
/** The compiled pattern of a language, every group name of both languages numbered (see Compiled). */
function pattern(lang: NumberLang): Compiled {
  if (ID_RE === undefined || EN_RE === undefined) {
    const id = compileNamedPattern(idPattern()), en = compileNamedPattern(enPattern());
    const full = (c: Compiled): Compiled => {
      const groups: Record<string, number> = {};
      for (const name of GROUP_NAMES) groups[name] = c.groups[name] ?? 1000;
      return { re: c.re, groups };
    };
    ID_RE = full(id); EN_RE = full(en);
  }
  return lang === "id" ? ID_RE : EN_RE;
}

// ---------------------------------------------------------------------------------------------
// Helpers

const pad2 = (n: number) => String(n).padStart(2, "0");
function dateValue(y: number | undefined, m: number, d: number | undefined): string {
  if (y !== undefined && d !== undefined) return `${y}-${pad2(m)}-${pad2(d)}`;
  if (y !== undefined) return `${y}-${pad2(m)}`;
  if (d !== undefined) return `--${pad2(m)}-${pad2(d)}`;
  return `--${pad2(m)}`;
}
const validDate = (m: number, d?: number) => m >= 1 && m <= 12 && (d === undefined || (d >= 1 && d <= 31));
const fullYear = (y: string) => (y.length === 2 ? (Number(y) < 70 ? 2000 : 1900) + Number(y) : Number(y));

function monthOf(word: string, lang: NumberLang): number | undefined {
  const w = word.replace(/\.$/, "").toLowerCase();
  return lang === "id" ? ID_MONTHS[w] ?? ID_MONTH_ABBR[w] : EN_MONTHS[w] ?? EN_MONTH_ABBR[w];
}
const isCapitalised = (w: string) => /^\p{Lu}/u.test(w);

/** Reads a run of English number words ("twenty-four", "two hundred and five", "three million"). */
function englishWordsValue(text: string): number | undefined {
  // "a thousand" = "one thousand"
  const words = text.toLowerCase().split(/[\s-]+/).filter((w) => w && w !== "and").map((w) => (w === "a" ? "one" : w));
  let total = 0;
  let current = 0;
  let seen = false;
  for (const w of words) {
    const u = EN_UNITS[w];
    if (u !== undefined) { current += u; seen = true; }
    else if (w === "hundred") { if (!seen) return undefined; current = current === 0 ? 100 : current * 100; }
    else if (EN_SCALE[w] !== undefined) {
      if (!seen) return undefined;
      total += (current === 0 ? 1 : current) * 10 ** EN_SCALE[w]!;
      current = 0;
    } else return undefined;
  }
  return seen ? total + current : undefined;
}

/** Reads a run of Indonesian number words: "puluh"/"belas"/"ratus" apply to the unit before them
 *  ("seratus dua puluh empat" = 124), "ribu"/"juta"/… to the whole group before them. */
function indonesianWordsValue(text: string): number | undefined {
  const words = text.toLowerCase().split(/[\s-]+/).filter(Boolean);
  let total = 0;
  let group = 0; // below 1000
  let last = 0; // the last unit read (for belas/puluh/ratus)
  let seen = false;
  for (const w of words) {
    const u = ID_UNITS[w];
    if (u !== undefined) {
      if (u >= 1000) { total += group + u; group = 0; last = 0; }
      else { group += u; last = u; }
      seen = true;
    } else if (w === "belas") {
      if (!last || last > 9) return undefined;
      group += 10; last = 0;
    } else if (w === "puluh") {
      if (!last || last > 9) return undefined;
      group += last * 9; last = 0;
    } else if (w === "ratus") {
      if (!last || last > 9) return undefined;
      group += last * 99; last = 0;
    } else if (ID_SCALE[w] !== undefined) {
      if (!seen) return undefined;
      total += (group === 0 ? 1 : group) * 10 ** ID_SCALE[w]!;
      group = 0; last = 0;
    } else return undefined;
  }
  return seen ? total + group : undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Where a match can start: `next(text, from)` is the next candidate position at or after `from`
 * (-1: none), `length` its length (where to go on from when the pattern fails there).
 */
interface Candidates {
  next(text: string, from: number): number;
  length: number;
  /** The text's tokens, when they may be read instead of its characters (see readCandidates); null: none. */
  tokens: Tokens | null;
  /** The token to look at next (tokens only; 0 at the start of a text). */
  cursor: number;
}

/** The candidates of a global pattern, as it finds them. */
function patternCandidates(re: RegExp): Candidates {
  const f: Candidates = {
    length: 0,
    tokens: null,
    cursor: 0,
    next(text, from) {
      re.lastIndex = from;
      const c = re.exec(text);
      if (c === null) return -1;
      f.length = c[0].length;
      return c.index;
    },
  };
  return f;
}

// (module copies: an import is read through its module object)
const HASH_START = HASH_PARAMS.offset, HASH_PRIME = HASH_PARAMS.prime;
const TOKEN_WORD = WORD, TOKEN_HASH_MASK = HASH_PARAMS.mask;
/** FNV-1a of text[s, e) with ASCII letters lower-cased (as readCandidates hashes a word while reading it). */
function wordHash(text: string, s: number, e: number): number {
  let h = HASH_START;
  for (let i = s; i < e; i++) h = Math.imul(h ^ (text.charCodeAt(i) | 0x20), HASH_PRIME);
  return h;
}

/** 1: ASCII letter, 2: ASCII digit, 0: any other ASCII character. */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0x30; c <= 0x39; c++) ASCII_CLASS[c] = 2;
for (let c = 0x41; c <= 0x5a; c++) { ASCII_CLASS[c] = 1; ASCII_CLASS[c + 0x20] = 1; }
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u, NUMBER = /^\p{N}$/u;

/** Is the code point ending before `i` a number (`numberOnly`) or a letter or number, as `(?<![\p{N}])` / `(?<![\p{L}\p{N}])` see it? */
function wordCharBefore(text: string, i: number, numberOnly: boolean): boolean {
  if (i === 0) return false;
  const p = text.charCodeAt(i - 1);
  if (p < 0x80) return numberOnly ? ASCII_CLASS[p] === 2 : ASCII_CLASS[p] !== 0;
  let s = i - 1;
  if (p >= 0xdc00 && p <= 0xdfff && i >= 2) { const h = text.charCodeAt(i - 2); if (h >= 0xd800 && h <= 0xdbff) s = i - 2; }
  return (numberOnly ? NUMBER : LETTER_OR_NUMBER).test(text.slice(s, i));
}

/**
 * The candidates of `candidates(starts, next)`, found by reading the characters: the global pattern
 * scans slowly where a string is stored two bytes a character (any text with a curly quote or a
 * dash; a text cut from such a string, as the TMX reader cuts units from a chunk): about 3×. An ASCII
 * digit not after a number is a candidate; a word of ASCII letters at a word start is one if it is
 * one of the start words (case-insensitive) and the pattern, tried there alone, agrees (what must
 * follow it); at a non-ASCII character, or a word running into one (`ſeven`, `\u212Aetiga`: Unicode
 * case folding), the pattern tried there decides. So exactly the pattern's candidates: the tests hold
 * extractNumbers to the pattern tried at every position.
 */
const FOLLOW_NONE = 0, FOLLOW_SPACE = 1, FOLLOW_DASH = 2, FOLLOW_DOT = 3, FOLLOW_ANY = 4;

/** A start word, what must follow it (FOLLOW_*), and after FOLLOW_SPACE's spaces, which ASCII characters (lower-cased) may come (null: any). */
interface StartWord { readonly word: string; readonly follow: number; readonly after: Uint8Array | null }

/**
 * The ASCII characters (lower-cased) that may begin what follows `\s+` in a start word's `next`
 * pattern (ID_NEXT, EN_NEXT: words, `[0-9]`, groups of alternatives); null when the pattern is of
 * another form (then any character may).
 */
function firstAfterSpaces(next: string): Uint8Array | null {
  if (!next.startsWith("\\s+")) return null;
  const out = new Uint8Array(128);
  return firstOf(next.slice(3), out) ? out : null;
}

/** Marks in `out` the first characters of the alternation `p`; false where it cannot tell. */
function firstOf(p: string, out: Uint8Array): boolean {
  // the top-level branches
  const branches: string[] = [];
  let depth = 0, from = 0;
  for (let i = 0; i < p.length; i++) {
    const c = p[i]!;
    if (c === "\\") { i++; continue; }
    if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) { branches.push(p.slice(from, i)); from = i + 1; }
  }
  branches.push(p.slice(from));
  for (const b of branches) {
    if (b.startsWith("(?:")) {
      let d = 0, close = -1;
      for (let i = 0; i < b.length && close < 0; i++) {
        if (b[i] === "\\") { i++; continue; }
        if (b[i] === "(") d++;
        else if (b[i] === ")" && --d === 0) close = i;
      }
      // (a group that may be left out lets what follows it begin: not read here)
      const after = b[close + 1];
      if (close < 0 || (after !== undefined && "?*{".includes(after)) || !firstOf(b.slice(3, close), out)) return false;
    } else if (b.startsWith("[0-9]")) {
      for (let c = 0x30; c <= 0x39; c++) out[c] = 1;
    } else if (/^[A-Za-z][A-Za-z]*(?:[^?*{A-Za-z]|$)/.test(b)) {
      out[b.toLowerCase().charCodeAt(0)] = 1;
    } else return false;
  }
  return true;
}

/** The start word text[i, j) (ASCII letters, any case) among the words of its hash, or undefined. */
function startWord(list: readonly StartWord[], text: string, i: number, j: number): StartWord | undefined {
  for (const w of list) {
    if (w.word.length !== j - i) continue;
    let q = 0;
    while (q < w.word.length && (text.charCodeAt(i + q) | 0x20) === w.word.charCodeAt(q)) q++;
    if (q === w.word.length) return w;
  }
  return undefined;
}

/**
 * May what follows the start word `w` at text[j] begin what must follow it (FOLLOW_*; after spaces,
 * one of `w.after`)? A non-ASCII character may (the pattern decides).
 */
function mayFollow(w: StartWord, text: string, j: number): boolean {
  const n = text.length;
  const c = j < n ? text.charCodeAt(j) : -1;
  if (w.follow === FOLLOW_ANY || c >= 0x80) return true;
  if (w.follow === FOLLOW_DASH) return c === 0x2d;
  if (w.follow === FOLLOW_DOT) return c === 0x2e;
  if (!isAsciiSpace(c)) return false;
  let k = j + 1;
  while (k < n && isAsciiSpace(text.charCodeAt(k))) k++;
  if (k === n) return false;
  const y = text.charCodeAt(k);
  return y >= 0x80 || w.after === null || w.after[y >= 0x41 && y <= 0x5a ? y | 0x20 : y] === 1;
}

function readCandidates(starts: string[], next: Readonly<Record<string, string>>): Candidates {
  // the start words by a hash of their lower-cased letters (the pattern confirms a hit)
  // (per hash, the words; a word that begins a match only before certain words, with the first
  // character that must follow it: FOLLOW_SPACE, FOLLOW_DASH, FOLLOW_DOT, FOLLOW_ANY)
  const hashes = new Map<number, StartWord[]>();
  for (const w0 of new Set(starts.map((w) => w.toLowerCase()))) {
    const h = wordHash(w0, 0, w0.length);
    const nx = next[w0];
    const follow = nx === undefined ? FOLLOW_NONE : nx.startsWith("\\s") ? FOLLOW_SPACE : nx.startsWith("-") ? FOLLOW_DASH : nx.startsWith("\\.") ? FOLLOW_DOT : FOLLOW_ANY;
    let list = hashes.get(h);
    if (list === undefined) hashes.set(h, (list = []));
    list.push({ word: w0, follow, after: follow === FOLLOW_SPACE ? firstAfterSpaces(nx!) : null });
  }
  const longest = Math.max(...starts.map((w) => w.length));
  // per length, the first letters (bits 0–25 for a–z; bit 26: any other) of the start words: a word
  // of ASCII letters is hashed only when some start word shares its length and first letter
  const firsts = new Int32Array(longest + 1);
  for (const w of starts) {
    const c = w.toLowerCase().charCodeAt(0) - 0x61;
    firsts[w.length]! |= c >= 0 && c < 26 ? 1 << c : 1 << 26;
  }
  const at = new RegExp(candidates(starts, next).source, "iuy");
  // (the same hashes as the tokenizer keeps them: 30 bits)
  const hashes30 = new Map<number, StartWord[]>();
  for (const [h, list] of hashes) hashes30.set(h & TOKEN_HASH_MASK, [...(hashes30.get(h & TOKEN_HASH_MASK) ?? []), ...list]);
  // the low 16 bits of the start words' hashes (the same in both tables), as a bitset: most words
  // are rejected by one bit, without a look-up in the table
  const hashBits = new Int32Array(1 << 11);
  for (const h of hashes.keys()) hashBits[(h >>> 5) & 0x7ff]! |= 1 << (h & 31);
  /** Is the whole ASCII word text[i, j) (hashed `h` in `table`) at a word start a candidate? */
  const wordCandidate = (text: string, i: number, j: number, table: Map<number, StartWord[]>, h: number): boolean => {
    if ((hashBits[(h >>> 5) & 0x7ff]! & (1 << (h & 31))) === 0) return false;
    if (j - i > longest || (firsts[j - i]! & (1 << ((text.charCodeAt(i) | 0x20) - 0x61))) === 0) return false;
    const list = table.get(h);
    const w = list === undefined ? undefined : startWord(list, text, i, j);
    // a plain start word is a candidate (nothing but a letter may follow it, and none does); a
    // word that needs certain words after it only where they may begin, and the pattern confirms
    if (w === undefined) return false;
    if (w.follow === FOLLOW_NONE) return true;
    if (!mayFollow(w, text, j)) return false;
    at.lastIndex = i;
    return at.test(text);
  };
  /** The first candidate in text[from, until) (-1: none), its length in f.length; a word starting before `until` is read whole. */
  const scan = (text: string, from: number, until: number): number => {
    const n = text.length;
    for (let i = from; i < until; i++) {
      const c = text.charCodeAt(i);
      if (c < 0x80) {
        const k = ASCII_CLASS[c];
        if (k === 0) continue;
        if (k === 2) {
          if (!wordCharBefore(text, i, true)) { f.length = 1; return i; }
          continue;
        }
        if (wordCharBefore(text, i, false)) continue;
        let j = i + 1;
        while (j < n && ASCII_CLASS[text.charCodeAt(j)] === 1) j++;
        if (j === n || text.charCodeAt(j) < 0x80) {
          // a whole ASCII word
          if (wordCandidate(text, i, j, hashes, wordHash(text, i, j))) { f.length = j - i; return i; }
          i = j - 1;
          continue;
        }
      }
      // a non-ASCII character, or a word running into one: the pattern decides here
      at.lastIndex = i;
      const m = at.exec(text);
      if (m !== null) { f.length = m[0].length; return i; }
    }
    return -1;
  };
  const f: Candidates = {
    length: 0,
    tokens: null,
    cursor: 0,
    next(text, from) {
      const t = f.tokens;
      if (t === null) return scan(text, from, text.length);
      // A plain text (printable ASCII, see Tokens.plain) by its tokens: punctuation starts nothing;
      // a word of letters only is a whole ASCII word at a word start, looked up by the hash the
      // tokenizer made; any other word (digits, a reduplication), or one `from` falls inside, is read.
      // (the cursor is stored where a candidate is found: a loop over most words stores nothing)
      const { kind, start, end, letters, hash } = t;
      const n = t.n;
      for (let k = f.cursor; k < n; k++) {
        if (kind[k] !== TOKEN_WORD) continue;
        const e = end[k]!;
        if (e <= from) continue;
        const s = start[k]!;
        if (s < from || letters[k] === 0) {
          f.cursor = k;
          const c = scan(text, s < from ? from : s, e);
          if (c >= 0) return c;
          continue;
        }
        // (most words: not a start word by their hash's bit, as wordCandidate first asks)
        const h = hash[k]!;
        if ((hashBits[(h >>> 5) & 0x7ff]! & (1 << (h & 31))) === 0) continue;
        if (wordCandidate(text, s, e, hashes30, h)) { f.cursor = k; f.length = e - s; return s; }
      }
      f.cursor = n;
      return -1;
    },
  };
  return f;
}

let ID_CANDIDATES: Candidates | undefined;
let EN_CANDIDATES: Candidates | undefined;

/**
 * Every number, percentage, date, time and ordinal in `text`, in text order. Never throws.
 * `tokens`: the text's tokens (src/glossary/tokenize.ts), when the caller has them: a plain text
 * (Tokens.plain) is then read by its tokens instead of character by character (the same numbers).
 */
export function extractNumbers(text: string, lang: NumberLang, tokens: Tokens | null = null): NumberToken[] {
  const candidates = lang === "id" ? (ID_CANDIDATES ??= readCandidates(idStarts(), ID_NEXT)) : (EN_CANDIDATES ??= readCandidates(enStarts(), EN_NEXT));
  candidates.tokens = tokens !== null && tokens.plain && tokens.source === text ? tokens : null;
  candidates.cursor = 0;
  const out = readNumbers(text, lang, candidates, true);
  candidates.tokens = null;
  return out;
}

/**
 * extractNumbers by its definition: the pattern tried at every position (every code point), as a
 * global scan does. For tests: extractNumbers must give exactly the same tokens.
 */
export function extractNumbersTryingEveryPosition(text: string, lang: NumberLang): NumberToken[] {
  return readNumbers(text, lang, EVERY_POSITION);
}
const EVERY_POSITION = patternCandidates(/[^]/gu);

/** v.split(sep)[0], without making the array. */
function firstPart(v: string, sep: string): string {
  const k = v.indexOf(sep);
  return k < 0 ? v : v.slice(0, k);
}

/** v.split(sep)[1] (undefined when v has no `sep`), without making the array. */
function secondPart(v: string, sep: string): string | undefined {
  const k = v.indexOf(sep);
  if (k < 0) return undefined;
  const k2 = v.indexOf(sep, k + 1);
  return k2 < 0 ? v.slice(k + 1) : v.slice(k + 1, k2);
}

/** Appends a token read from the match text[start, end) (`raw`). */
function push(out: NumberToken[], start: number, end: number, raw: string, value: string, kind: NumberKind, word = false, alternatives?: string[]): void {
  out.push(alternatives && alternatives.length ? { value, start, end, raw, kind, word, alternatives } : { value, start, end, raw, kind, word });
}

/** A failed reading of the match `raw` at `start` falls back to the plain digit runs in it. */
function numbersOf(out: NumberToken[], raw: string, start: number): void {
  for (const d of raw.matchAll(/\d+/g)) out.push({ value: canonicalDecimal(d[0], ""), start: start + d.index!, end: start + d.index! + d[0].length, raw: d[0], kind: "number", word: false });
}

/**
 * The words that, after a number and spaces, may make the pattern match more than the plain number
 * (lower-cased): a scale, an abbreviated scale, a percentage, a decade; English also a time of day
 * (`5 a.m.`), `of` (`19th of June`) and the month names (the English pattern ignores case). A
 * capitalised word (a month, `Juta`, `M`) is never passed over either (see plainNumber).
 */
const ID_AFTER = new Set(["ribu", "juta", "miliar", "milyar", "triliun", "kuadriliun", "rb", "jt", "persen", "per", "poin", "dekade", "dasawarsa", "x"]);
const EN_AFTER = new Set([
  "a", "p", "am", "pm", "of", "decade", "decades", "thousand", "million", "billion", "trillion", "quadrillion", "noon", "midday", "midnight",
  "per", "percent", "percents", "percentage", "pct", "pp", "ppt", "pps", "ppts",
  ...Object.keys(EN_MONTHS), ...Object.keys(EN_MONTH_ABBR),
]);
/** ID_AFTER and EN_AFTER by wordHash (ASCII lower-case letters only): looked up in the text, without making a string. */
function byHash(words: ReadonlySet<string>): Map<number, string[]> {
  const m = new Map<number, string[]>();
  for (const w of words) {
    if (!/^[a-z]+$/.test(w)) throw new Error(`Invariant failed: "${w}" is not lower-case ASCII letters`);
    const h = wordHash(w, 0, w.length);
    m.set(h, [...(m.get(h) ?? []), w]);
  }
  return m;
}
const ID_AFTER_BY_HASH = byHash(ID_AFTER), EN_AFTER_BY_HASH = byHash(EN_AFTER);
/** The words joining the days of a range (ID_DAY_JOIN, EN_DAY_JOIN; English `and` too): after a number, before a digit, the pattern may read a date. */
const ID_JOIN_BY_HASH = byHash(new Set(ID_DAY_JOIN.split("|"))), EN_JOIN_BY_HASH = byHash(new Set([...EN_DAY_JOIN.split("|"), "and"]));
/** Is text[k, q), ASCII letters, one of `table`'s words, in any case? */
function isAfterWord(table: Map<number, string[]>, text: string, k: number, q: number): boolean {
  const list = table.get(wordHash(text, k, q));
  if (list === undefined) return false;
  for (const w of list) {
    if (w.length !== q - k) continue;
    let i = 0;
    while (i < w.length && (text.charCodeAt(k + i) | 0x20) === w.charCodeAt(i)) i++;
    if (i === w.length) return true;
  }
  return false;
}
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;
const isAsciiLetter = (c: number): boolean => (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a);
const isAsciiSpace = (c: number): boolean => c === 0x20 || (c >= 0x09 && c <= 0x0d);
/** The value plainNumber read last. */
let plainValue = "";

/**
 * The common number, read without the pattern: at the digit text[ci] (not after a number), a plain
 * integer (`2024`) or one grouped by thousands (id `11.000`, en `11,000`) followed by nothing that
 * could make any alternative of the pattern match otherwise: not a date separator, a decimal, a
 * letter, `%`, a non-ASCII character, nor spaces and then a capitalised word, a dash or one of the
 * words after which the pattern reads a scale, a percentage, a decade, a time or a date (ID_AFTER,
 * EN_AFTER), nor a word joining the days of a range before a digit (`1 hingga 15 Maret`, `1 to 15
 * March`). Where the pattern then matches `num` with no scale nor percentage, this gives the end
 * of the match (its value in `plainValue`); else -1, and the pattern decides. The tests hold
 * extractNumbers to the pattern tried at every position, on text made to be near these limits.
 */
function plainNumber(text: string, ci: number, lang: NumberLang): number {
  const e = plainNumberEnd(text, ci, lang);
  if (e < 0) return -1;
  // its digits without the group separators (text[ci, e) is digits, or digit groups: see plainNumberEnd)
  let value = text.slice(ci, e);
  if (value.length > 3 && value.charCodeAt(value.length - 4) === (lang === "id" ? 0x2e : 0x2c)) value = value.replaceAll(lang === "id" ? "." : ",", "");
  // canonicalDecimal(value, ""): without its leading zeros
  let z = 0;
  while (z < value.length - 1 && value.charCodeAt(z) === 0x30) z++;
  plainValue = z === 0 ? value : value.slice(z);
  return e;
}

/**
 * Where plainNumber's number at the digit text[ci] ends (-1: not a plain number, the pattern decides),
 * without making its value: text[ci, e) is a run of digits, or 1–3 digits and groups of a separator
 * and 3 digits.
 */
function plainNumberEnd(text: string, ci: number, lang: NumberLang): number {
  const n = text.length;
  let j = ci;
  while (j < n && isDigit(text.charCodeAt(j))) j++;
  const group = lang === "id" ? 0x2e : 0x2c;
  let e = j;
  if (j - ci <= 3 && j + 3 < n && text.charCodeAt(j) === group && isDigit(text.charCodeAt(j + 1)) && isDigit(text.charCodeAt(j + 2)) && isDigit(text.charCodeAt(j + 3))) {
    // (id `\d{1,3}(?:\.\d{3})+`, en `\d{1,3}(?:,\d{3})+`: as many groups as there are)
    while (e + 3 < n && text.charCodeAt(e) === group && isDigit(text.charCodeAt(e + 1)) && isDigit(text.charCodeAt(e + 2)) && isDigit(text.charCodeAt(e + 3))) e += 4;
  }
  if (e < n) {
    const x = text.charCodeAt(e);
    if (x >= 0x80 || isDigit(x) || isAsciiLetter(x) || x === 0x25 || x === 0x2f || x === 0x2d || x === 0x3a) return -1;
    if ((x === 0x2e || x === 0x2c) && e + 1 < n && isDigit(text.charCodeAt(e + 1))) return -1;
    if (isAsciiSpace(x)) {
      let k = e + 1;
      while (k < n && isAsciiSpace(text.charCodeAt(k))) k++;
      if (k < n) {
        const y = text.charCodeAt(k);
        if (y >= 0x80 || y === 0x25 || y === 0x2d) return -1;
        if (isAsciiLetter(y)) {
          if (y < 0x61) return -1;
          let q = k + 1;
          while (q < n && isAsciiLetter(text.charCodeAt(q))) q++;
          if (q < n && text.charCodeAt(q) >= 0x80) return -1;
          if (isAfterWord(lang === "id" ? ID_AFTER_BY_HASH : EN_AFTER_BY_HASH, text, k, q)) return -1;
          if (q < n && isAsciiSpace(text.charCodeAt(q)) && isAfterWord(lang === "id" ? ID_JOIN_BY_HASH : EN_JOIN_BY_HASH, text, k, q)) {
            let r = q + 1;
            while (r < n && isAsciiSpace(text.charCodeAt(r))) r++;
            if (r < n && (isDigit(text.charCodeAt(r)) || text.charCodeAt(r) >= 0x80)) return -1;
          }
        }
      }
    }
  }
  return e;
}

/** Do plain numbers a[as, ae) and b[bs, be) (see plainNumberEnd) have the same value (their digits, without separators and leading zeros)? */
function samePlainValue(a: string, as: number, ae: number, b: string, bs: number, be: number): boolean {
  // (digits left in each, to keep the last zero of an all-zero number)
  let na = 0, nb = 0;
  for (let i = as; i < ae; i++) if (isDigit(a.charCodeAt(i))) na++;
  for (let i = bs; i < be; i++) if (isDigit(b.charCodeAt(i))) nb++;
  let i = as, j = bs;
  while (na > 1 && a.charCodeAt(i) === 0x30) { i++; na--; }
  while (nb > 1 && b.charCodeAt(j) === 0x30) { j++; nb--; }
  if (na !== nb) return false;
  for (; na > 0; na--, i++, j++) {
    while (!isDigit(a.charCodeAt(i))) i++;
    while (!isDigit(b.charCodeAt(j))) j++;
    if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  }
  return true;
}

/**
 * Are the numbers of an Indonesian `source` and an English `target` plain numbers only (see
 * plainNumber: `2024`, `11.000` / `11,000`), pairing up in order with equal values, as most pairs'
 * numbers do? Read without making a token or a string. True implies that extractNumbers gives both
 * texts the same count of numbers, all of kind `number`, not words, without alternatives, of equal
 * values in order; false says nothing (a word number, a date, a number the pattern reads: the caller
 * reads them all). `sourceTokens`, `targetTokens`: the texts' tokens, as for extractNumbers.
 */
export function plainNumbersPaired(source: string, target: string, sourceTokens: Tokens | null = null, targetTokens: Tokens | null = null): boolean {
  const paired = readPairedPrefix(source, target, sourceTokens, targetTokens);
  const ids = ID_CANDIDATES!, ens = EN_CANDIDATES!;
  ids.tokens = null; ens.tokens = null;
  return paired;
}

/**
 * The numbers of an Indonesian `source` and an English `target`, as extractNumbers reads them
 * (`tokens`: the texts' tokens, as for extractNumbers), or null where plainNumbersPaired says they
 * are plain numbers paired in order (then no token is made). Where they are not, the numbers read
 * in step so far become tokens and the rest is read from there on: no text is read twice.
 */
export function pairNumbers(source: string, target: string, sourceTokens: Tokens | null = null, targetTokens: Tokens | null = null): [NumberToken[], NumberToken[]] | null {
  if (readPairedPrefix(source, target, sourceTokens, targetTokens)) {
    ID_CANDIDATES!.tokens = null; EN_CANDIDATES!.tokens = null;
    return null;
  }
  // (the candidates stay where the walk stopped: each side's reading goes on from its last pair)
  const k = prefixPairs, spans = prefixSpans;
  const sourceNumbers: NumberToken[] = [], targetNumbers: NumberToken[] = [];
  for (let q = 0; q < k; q++) {
    const cs = spans[4 * q]!, es = plainNumber(source, cs, "id");
    push(sourceNumbers, cs, es, source.slice(cs, es), plainValue, "number");
  }
  for (let q = 0; q < k; q++) {
    const ct = spans[4 * q + 2]!, et = plainNumber(target, ct, "en");
    push(targetNumbers, ct, et, target.slice(ct, et), plainValue, "number");
  }
  const ids = ID_CANDIDATES!, ens = EN_CANDIDATES!;
  // (each side from its first candidate not read: found already, not looked for again)
  const ps = pendingSource, psl = pendingSourceLength, pt = pendingTarget, ptl = pendingTargetLength;
  const s = source.length === 0 ? sourceNumbers : readNumbers(source, "id", ids, true, k === 0 ? 0 : spans[4 * (k - 1) + 1]!, sourceNumbers, ps, psl);
  const t = target.length === 0 ? targetNumbers : readNumbers(target, "en", ens, true, k === 0 ? 0 : spans[4 * (k - 1) + 3]!, targetNumbers, pt, ptl);
  ids.tokens = null; ens.tokens = null;
  return [s, t];
}

/** The pairs of plain numbers readPairedPrefix read in step: [source start, end, target start, end] each. */
let prefixSpans = new Int32Array(32);
let prefixPairs = 0;
/** The candidates readPairedPrefix found last, not read (-1: none left), and their lengths. */
let pendingSource = -1, pendingSourceLength = 0, pendingTarget = -1, pendingTargetLength = 0;

/**
 * Reads both texts' number candidates in step while they are plain numbers of equal values (see
 * plainNumbersPaired), keeping their spans in prefixSpans (prefixPairs of them). True: all of them
 * were (and the counts agree). Leaves the candidate readers set to the texts and where they stopped.
 */
function readPairedPrefix(source: string, target: string, sourceTokens: Tokens | null, targetTokens: Tokens | null): boolean {
  const ids = (ID_CANDIDATES ??= readCandidates(idStarts(), ID_NEXT)), ens = (EN_CANDIDATES ??= readCandidates(enStarts(), EN_NEXT));
  ids.tokens = sourceTokens !== null && sourceTokens.plain && sourceTokens.source === source ? sourceTokens : null;
  ens.tokens = targetTokens !== null && targetTokens.plain && targetTokens.source === target ? targetTokens : null;
  ids.cursor = 0; ens.cursor = 0;
  let fs = 0, ft = 0, k = 0;
  for (;;) {
    const cs = ids.next(source, fs), ct = ens.next(target, ft);
    // (where each side stopped: its next candidate and its length, or -1)
    pendingSource = cs; pendingSourceLength = ids.length; pendingTarget = ct; pendingTargetLength = ens.length;
    if (cs < 0 || ct < 0) { prefixPairs = k; return cs < 0 && ct < 0; }
    // (as readNumbers reads a digit candidate: a plain number, from where it ends on)
    if (!isDigit(source.charCodeAt(cs)) || !isDigit(target.charCodeAt(ct))) break;
    const es = plainNumberEnd(source, cs, "id"), et = plainNumberEnd(target, ct, "en");
    if (es <= cs || et <= ct || !samePlainValue(source, cs, es, target, ct, et)) break;
    if (prefixSpans.length < 4 * (k + 1)) { const x = new Int32Array(prefixSpans.length * 2); x.set(prefixSpans); prefixSpans = x; }
    prefixSpans[4 * k] = cs; prefixSpans[4 * k + 1] = es; prefixSpans[4 * k + 2] = ct; prefixSpans[4 * k + 3] = et;
    k++;
    fs = es; ft = et;
  }
  prefixPairs = k;
  return false;
}

function readNumbers(text: string, lang: NumberLang, candidate: Candidates, fast = false, readFrom = 0, into: NumberToken[] = [], first = -2, firstLength = 0): NumberToken[] {
  if (typeof text !== "string" || text.length === 0) return into;
  const { re, groups: G } = pattern(lang);
  const out = into;
  // The same matches as scanning `text` with the global pattern, but the pattern is tried only where
  // a match can start (see `candidates`): most positions of a sentence cannot, and trying every
  // alternative there was most of the cost. (`readFrom`, `into`: reading on from there, after the
  // numbers `into` holds; `first`, `firstLength`: the first candidate from there, when known, -2 if not.)
  let from = readFrom;
  let known = first;
  for (;;) {
    const ci = known !== -2 ? known : candidate.next(text, from);
    if (ci < 0) break;
    const clen = known !== -2 ? firstLength : candidate.length;
    known = -2;
    if (fast && isDigit(text.charCodeAt(ci))) {
      const e = plainNumber(text, ci, lang);
      if (e > ci) { push(out, ci, e, text.slice(ci, e), plainValue, "number"); from = e; continue; }
    }
    re.lastIndex = ci;
    const m = re.exec(text);
    if (m === null) { from = ci + clen; continue; }
    const raw = m[0];
    const start = m.index;
    const end = start + raw.length;
    // (no alternative matches the empty string; advance one code point if one ever did)
    from = end > start ? end : start + (clen || 1);
    if (m[G.nd] !== undefined) {
      const a = Number(m[G.nd1]), b = Number(m[G.nd2]), y = fullYear(m[G.nd3]!);
      // Indonesian: day/month/year. English: month/day/year, or day/month when the first is > 12.
      const dm = validDate(b, a) ? dateValue(y, b, a) : undefined;
      const md = validDate(a, b) ? dateValue(y, a, b) : undefined;
      if (m[G.ndsep] === "." && m[G.nd3]!.length === 2) { numbersOf(out, raw, start); continue; }
      if (lang === "id") {
        if (dm) push(out, start, end, raw, dm, "date");
        else numbersOf(out, raw, start);
      } else {
        const first = md ?? dm;
        if (!first) { numbersOf(out, raw, start); continue; }
        push(out, start, end, raw, first, "date", false, md && dm && md !== dm ? [dm] : undefined);
      }
    } else if (m[G.dm] !== undefined) {
      // Indonesian 19/6 = 19 June; English 6/19 = June 19 (either reading when both fit)
      const a = Number(m[G.dm1]), b = Number(m[G.dm2]);
      const dm = validDate(b, a) ? dateValue(undefined, b, a) : undefined;
      const md = validDate(a, b) ? dateValue(undefined, a, b) : undefined;
      const first = lang === "id" ? dm : md ?? dm;
      if (!first) { numbersOf(out, raw, start); continue; }
      push(out, start, end, raw, first, "date", false, lang === "en" && md && dm && md !== dm ? [dm] : undefined);
    } else if (m[G.dmy] !== undefined || m[G.mdy] !== undefined) {
      const mw = (m[G.dmy_m] ?? m[G.mdy_m])!;
      const month = monthOf(mw, lang);
      // a range of days ("24-26 April 2007", "April 24-26") is two dates
      const d0 = m[G.dmy_d0] ?? (m[G.mdy_d] !== undefined ? m[G.mdy_d0] : undefined);
      const d = Number(m[G.dmy_d] ?? m[G.mdy_d] ?? m[G.mdy_d0]);
      const yText = m[G.dmy_y] ?? m[G.mdy_y];
      if (month === undefined || !validDate(month, d) || !isCapitalised(mw) || (d0 !== undefined && !validDate(month, Number(d0)))) { numbersOf(out, raw, start); continue; }
      const y = yText ? Number(yText) : undefined;
      // (a range ending on an earlier day, `24 sampai 3 Oktober`, starts in the month before: its first day is a number)
      if (d0 !== undefined && Number(d0) >= d && m[G.dmy_d0] !== undefined) push(out, start, start + d0.length, d0, canonicalDecimal(d0, ""), "number");
      else if (d0 !== undefined) push(out, start, end, raw, dateValue(y, month, Number(d0)), "date");
      push(out, start, end, raw, dateValue(y, month, d), "date");
    } else if (m[G.my] !== undefined) {
      const month = monthOf(m[G.my_m]!, lang);
      if (month === undefined || !isCapitalised(m[G.my_m]!)) { numbersOf(out, raw, start); continue; }
      push(out, start, end, raw, dateValue(Number(m[G.my_y]), month, undefined), "date");
    } else if (m[G.mo] !== undefined) {
      const month = monthOf(m[G.mo_m]!, lang);
      if (month === undefined || !isCapitalised(m[G.mo_m]!)) continue;
      // English "May" at the start of a sentence is as likely the verb: only mid-sentence counts.
      if (lang === "en" && month === 5 && /(^|[.!?]["'\u201d\u2019]?\s+|^["'\u201c\u2018])$/.test(text.slice(0, start))) continue;
      push(out, start, end, raw, dateValue(undefined, month, undefined), "date");
    } else if (m[G.tm] !== undefined || m[G.tz] !== undefined) {
      let h = Number(m[G.tm_h] ?? m[G.tz_h]);
      const min = m[G.tm_m] ?? m[G.tz_m] ?? "00";
      const period = (m[G.tm_p] ?? m[G.tz_p] ?? m[G.tz_n] ?? "").toLowerCase().replace(/\./g, "");
      if (period === "pm" || (AFTERNOON.has(period) && h < 12)) { if (h < 12) h += 12; }
      else if (period === "am" && h === 12) h = 0;
      if (h > 24 || Number(min) > 59) { numbersOf(out, raw, start); continue; }
      push(out, start, end, raw, `${h}:${min}`, "time");
    } else if (m[G.ord] !== undefined) {
      push(out, start, end, raw, canonicalDecimal(m[G.ord_n]!, ""), "ordinal");
    } else if (m[G.ordw] !== undefined) {
      const table = lang === "id" ? ID_ORDINAL_WORDS : EN_ORDINAL_WORDS;
      const v = table[m[G.ordw_w]!.toLowerCase()];
      // (an English compound ordinal, `twenty-first`, `thirty second`: the tens read before it, a word, joined by a hyphen or a space)
      const tens = lang === "en" && v !== undefined && v < 10 ? out[out.length - 1] : undefined;
      if (tens !== undefined && tens.word && tens.kind === "number" && /^[2-9]0$/.test(tens.value) && start - tens.end === 1 && (text[tens.end] === "-" || text[tens.end] === " ")) {
        out.pop();
        push(out, tens.start, end, text.slice(tens.start, end), String(Number(tens.value) + v!), "ordinal", true);
      } else if (v !== undefined) push(out, start, end, raw, String(v), "ordinal", true);
    } else if (m[G.ordn] !== undefined) {
      const before = /(\p{L}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
      if (before !== null && /^\p{Ll}/u.test(before[1]!) && !ID_NYA_NOT_AFTER.test(before[1]!)) push(out, start, end, raw, String(ID_ORDINAL_WORDS[m[G.ordn_w]!]!), "ordinal", true);
    } else if (m[G.num] !== undefined) {
      const v = m[G.num_v]!;
      let intPart: string, frac = "";
      let alternatives: string[] | undefined;
      // (the first two parts of v.split(sep), without the array)
      if (lang === "id") {
        if (/^\d{1,3}(\.\d{3})+(,\d+)?$/.test(v)) { intPart = firstPart(v, ",").replaceAll(".", ""); frac = secondPart(v, ",") ?? ""; }
        else if (v.includes(",")) { intPart = firstPart(v, ","); frac = secondPart(v, ",")!; if (/^\d{1,3},\d{3}$/.test(v)) alternatives = [v.replace(",", "")]; }
        else if (v.includes(".")) { intPart = firstPart(v, "."); frac = secondPart(v, ".")!; }
        else intPart = v;
      } else {
        if (v.includes(",")) { intPart = firstPart(v, ".").replaceAll(",", ""); frac = secondPart(v, ".") ?? ""; }
        else if (v.includes(".")) { intPart = firstPart(v, "."); frac = secondPart(v, ".")!; }
        else intPart = v;
      }
      let exp = m[G.num_s] ? (lang === "id" ? ID_SCALE : EN_SCALE)[m[G.num_s].toLowerCase()] ?? 0 : m[G.num_x] ? EN_SUFFIX_SCALE[m[G.num_x].toLowerCase()] ?? 0 : 0;
      // rupiah amounts abbreviate the scale: Rp5 rb, Rp1,5 jt, Rp3 M (miliar), Rp1,2 T (triliun)
      if (m[G.num_a]) exp = /Rp\.?\s?$/.test(text.slice(Math.max(0, start - 4), start)) ? ID_ABBR_SCALE[m[G.num_a]]! : 0;
      const value = canonicalDecimal(intPart, frac, exp);
      const kind: NumberKind = m[G.num_p] ? "percent" : "number";
      if (alternatives) alternatives = alternatives.map((a) => canonicalDecimal(a, "", exp));
      const clock = lang === "id" && raw === v ? clockInRange(text, out, start, v) : undefined;
      if (clock !== undefined) push(out, start, end, raw, clock, "time");
      else push(out, start, end, raw, value, kind, false, alternatives);
    } else if (m[G.kali] !== undefined) {
      // `2x24 jam`: 48 hours, two days
      const n = Number(m[G.kali_n]), h = Number(m[G.kali_h]);
      push(out, start, end, raw, String(n * h), "number", false, h === 24 ? [String(n)] : undefined);
    } else if (m[G.noon] !== undefined) {
      const midnight = m[G.noon_w]!.toLowerCase() === "midnight";
      push(out, start, end, raw, midnight ? "0:00" : "12:00", "time", true, midnight ? ["24:00"] : undefined);
    } else if (m[G.dek] !== undefined) {
      const n = m[G.dek_n];
      const v = n === undefined || /^(a|an|se)$/i.test(n) ? 1 : /^\d+$/.test(n) ? Number(n) : lang === "id" ? indonesianWordsValue(n) : englishWordsValue(n);
      if (v === undefined) continue;
      push(out, start, end, raw, fromInteger(v * 10), "number", true, [fromInteger(v)]);
    } else if (m[G.mag] !== undefined) {
      // "tens" and "scores" are magnitudes only before "of" ("tens of people"; not "test scores")
      if (lang === "en" && !m[G.mag_s] && /^(?:tens|scores)$/i.test(m[G.mag_w]!) && !/^\s+of\s+\p{L}/iu.test(text.slice(end, end + 8))) continue;
      const base = (lang === "id" ? ID_MAGNITUDE : EN_MAGNITUDE)[m[G.mag_w]!.toLowerCase()]!;
      const ms = m[G.mag_s]?.toLowerCase();
      const scale = ms ? (lang === "id" ? ID_SCALE[ms] : Number(EN_MAGNITUDE[ms] ?? EN_MAGNITUDE[ms + "s"])) ?? 0 : 0;
      push(out, start, end, raw, combineMagnitude(base, scale), "magnitude", true);
    } else if (m[G.sev] !== undefined) {
      const sc = m[G.sev_s]!.toLowerCase();
      push(out, start, end, raw, sc === "hundred" || sc === "ratus" ? "2" : String(lang === "id" ? ID_SCALE[sc]! : EN_SCALE[sc]!), "magnitude", true);
    } else if (m[G.pt] !== undefined) {
      const exp = m[G.pt_s] ? EN_SCALE[m[G.pt_s].toLowerCase()]! : 0;
      push(out, start, end, raw, canonicalDecimal(String(EN_UNITS[m[G.pt_i]!.toLowerCase()]!), String(EN_UNITS[m[G.pt_f]!.toLowerCase()]!), exp), "number", true);
    } else if (m[G.doz] !== undefined) {
      push(out, start, end, raw, "teens", "magnitude", true, ["12"]);
    } else if (m[G.fr] !== undefined) {
      // a fraction (`setengah`, `sepertiga`, `tiga perempat`, `a third of`, `two-thirds`), times its scale (`setengah juta`, `half a million`)
      const dw = (m[G.fr_d] ?? m[G.fr_d2] ?? m[G.fr_d3])?.toLowerCase();
      const nw = m[G.fr_n]?.toLowerCase();
      const denominator = dw === undefined ? undefined : (lang === "id" ? ID_DENOMINATORS : EN_DENOMINATORS)[dw];
      const numerator = nw === undefined ? 1 : (lang === "id" ? ID_NUMERATORS : EN_NUMERATORS)[nw];
      if (numerator === undefined || (denominator !== undefined && numerator >= denominator)) continue;
      let value = denominator === undefined ? FRACTION_WORDS[m[G.fr_w]!.toLowerCase()]! : fractionValue(numerator, denominator);
      const sc = m[G.fr_s]?.toLowerCase();
      if (sc !== undefined) {
        const [int, frac = ""] = value.split(".");
        value = canonicalDecimal(int!, frac, (lang === "id" ? ID_SCALE : EN_SCALE)[sc]!);
      }
      push(out, start, end, raw, value, m[G.fr_p] ? "percent" : "number", true);
    } else if (m[G.vf] !== undefined) {
      // `½`, `2¾`
      const [n, d] = VULGAR[m[G.vf_f]!]!;
      push(out, start, end, raw, String(Number((Number(m[G.vf_i] ?? 0) + n / d).toFixed(6))), "number");
    } else if (m[G.w] !== undefined) {
      const v = lang === "id" ? indonesianWordsValue(m[G.w_w]!) : englishWordsValue(m[G.w_w]!);
      if (v === undefined) continue;
      push(out, start, end, raw, fromInteger(v), m[G.w_p] ? "percent" : "number", true);
    } else if (m[G.rom] !== undefined) {
      // a Roman numeral: in capitals; a single letter or one with `L` only after a word numbering with them
      const r = m[G.rom_v]!;
      if (r !== r.toUpperCase()) continue;
      if ((r.length === 1 || r.includes("L") || /^(?:XX|XXX)$/.test(r)) && !ROMAN_CONTEXT[lang].test(text.slice(Math.max(0, start - 16), start))) continue;
      push(out, start, end, raw, String(romanValue(r)), "ordinal", true);
    }
  }
  return out;
}

/** Periods of the day after a time that put it after noon (`pukul 7 malam`, `3:30 in the afternoon`). */
const AFTERNOON = new Set(["sore", "malam", "petang", "afternoon", "evening", "night"]);
/** Between two clock times of a range or a list (`pukul 07.00 hingga 13.00`, `06.00-10.00 dan 16.00-21.00`). */
const CLOCK_JOIN = /^\s*(?:hingga|sampai|s\.\s?d\.?|s\/d|,?\s*dan|,?\s*atau|[-–—,])\s*$/;

/**
 * A bare Indonesian `HH.MM` (`v`, at `start`) that continues a range or a list of clock times — the
 * number before it a time (`pukul 07.00 hingga 13.00`, `pukul 06.00-10.00 dan 16.00-21.00`) — is a
 * time too: its value (`13:00`), else undefined (`13.00` is then 13).
 */
function clockInRange(text: string, before: readonly NumberToken[], start: number, v: string): string | undefined {
  const m = /^(\d{1,2})\.(\d{2})$/.exec(v);
  const last = before[before.length - 1];
  if (m === null || last === undefined || last.kind !== "time" || Number(m[1]) > 24 || Number(m[2]) > 59) return undefined;
  if (!CLOCK_JOIN.test(text.slice(last.end, start))) return undefined;
  return `${Number(m[1])}:${m[2]}`;
}

// ---------------------------------------------------------------------------------------------
// Comparison

/** Two date values agree when every field present in both agrees ("2024-06-19" ~ "--06-19"). */
function datesCompatible(a: string, b: string): boolean {
  const parse = (v: string) => {
    const m = /^(\d{4}|-)-(\d{2})(?:-(\d{2}))?$/.exec(v);
    return m ? { y: m[1] === "-" ? undefined : m[1], m: m[2], d: m[3] } : undefined;
  };
  const x = parse(a), y = parse(b);
  if (!x || !y || x.m !== y.m) return false;
  if (x.y && y.y && x.y !== y.y) return false;
  if (x.d && y.d && x.d !== y.d) return false;
  return true;
}

const values = (t: NumberToken) => [t.value, ...(t.alternatives ?? [])];
function sameKindFamily(a: NumberToken, b: NumberToken): boolean {
  if (a.kind === b.kind) return true;
  // an ordinal written as "ke-3" is sometimes rendered as a cardinal ("Putin's third visit" / "visit No. 3")
  return false;
}
function exactMatch(a: NumberToken, b: NumberToken): boolean {
  if (!sameKindFamily(a, b)) return false;
  const va = values(a);
  return values(b).some((v) => va.includes(v));
}

/** Between the two numbers of a range or a comparison whose second number carries the unit. */
const RANGE_JOIN: Record<NumberLang, RegExp> = {
  en: /^\s*(?:to|and|or|through|versus|vs\.?|[-–—/])\s*$/i,
  id: /^\s*(?:hingga|sampai|s\.\s?d\.?|s\/d|sd|dan|atau|menjadi|ke|berbanding|versus|vs\.?|[-–—/])\s*$/i,
};
/** A scale word (or its short form) in a number as written, and its power of ten. */
const SCALE_IN: Record<NumberLang, RegExp> = {
  en: /(?:\s|\d)(thousand|million|billion|trillion|quadrillion|mln|bln|trn|m|bn|k)\.?\s*$/i,
  id: /(?:\s|\d)(ribu|juta|miliar|milyar|triliun|kuadriliun|rb|jt|M|T)\.?\s*$/,
};
const SCALE_EXP: Record<string, number> = {
  thousand: 3, k: 3, ribu: 3, rb: 3, million: 6, mln: 6, m: 6, juta: 6, jt: 6,
  billion: 9, bln: 9, bn: 9, miliar: 9, milyar: 9, M: 9, trillion: 12, trn: 12, triliun: 12, T: 12, quadrillion: 15, kuadriliun: 15,
};

/**
 * The unit of a range shared by its first number (`from 5 to 10 percent`, `5 to 7 million`,
 * `antara 6 dan 7 persen`, `52 berbanding 48 persen`): a plain number right before a range word and a
 * percentage or a scaled number reads as that percentage or that scale too (the value as written
 * stays an alternative). Returns `numbers` itself when no number takes a unit.
 */
export function distributeUnits(text: string, lang: NumberLang, numbers: readonly NumberToken[]): readonly NumberToken[] {
  let out: NumberToken[] | null = null;
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!, b = numbers[i + 1]!;
    // (a bare numeral: `5`, `2,5`, `five` — not `Rp58,3 triliun atau 1,5 persen`, whose first number has its own unit)
    if (a.kind !== "number" || !/^\d+(?:\.\d+)?$/.test(a.value) || !(a.word || /^[\d.,]+$/.test(a.raw))) continue;
    if (!RANGE_JOIN[lang].test(text.slice(a.end, b.start))) continue;
    let taken: NumberToken | null = null;
    if (b.kind === "percent") taken = { ...a, kind: "percent" };
    else if (b.kind === "number") {
      const scale = SCALE_IN[lang].exec(b.raw)?.[1];
      const exp = scale === undefined ? undefined : SCALE_EXP[scale] ?? SCALE_EXP[scale.toLowerCase()];
      if (exp !== undefined) {
        const [int, frac = ""] = a.value.split(".");
        taken = { ...a, value: canonicalDecimal(int!, frac, exp), alternatives: [a.value, ...(a.alternatives ?? [])] };
      }
    }
    if (taken) (out ??= [...numbers])[i] = taken;
  }
  return out ?? numbers;
}

/**
 * A range of years whose second year is written with its last two digits (`2023-24`, `2023/24`, the
 * season or fiscal year of English): that number reads as the full year too (`24` → `2024`).
 * Returns `numbers` itself when there is none.
 */
export function expandYearRanges(text: string, numbers: readonly NumberToken[]): readonly NumberToken[] {
  let out: NumberToken[] | null = null;
  for (let i = 0; i + 1 < numbers.length; i++) {
    const a = numbers[i]!, b = numbers[i + 1]!;
    if (a.kind !== "number" || b.kind !== "number" || !/^(1[89]|20)\d\d$/.test(a.value) || !/^\d\d$/.test(b.raw)) continue;
    if (!/^\s?[-–/]\s?$/.test(text.slice(a.end, b.start))) continue;
    const full = a.value.slice(0, 2) + b.raw;
    if (full > a.value) (out ??= [...numbers])[i + 1] = { ...b, alternatives: [full, ...(b.alternatives ?? [])] };
  }
  return out ?? numbers;
}

/** A reading of one or more neighbouring numbers as one quantity (combineQuantities). */
export interface QuantityReading {
  readonly token: NumberToken;
  /** The indexes of the numbers it reads. */
  readonly from: readonly number[];
}

const UNIT_AFTER: Record<NumberLang, RegExp> = {
  id: /^\s*(tahun|bulan|minggu|pekan|hari|abad|jam|menit)(?![\p{L}])/iu,
  en: /^[\s-]*(?:of\s+)?(?:an?\s+)?(years?|months?|weeks?|days?|century|centuries|hours?|minutes?)(?![\p{L}])/iu,
};
const MONTHS_PER: Record<string, number> = { tahun: 12, year: 12, years: 12, bulan: 1, month: 1, months: 1 };
/** Hours and minutes of a span of time (`setengah jam` = `30 minutes`). */
const MINUTES_PER: Record<string, number> = { jam: 60, hour: 60, hours: 60, menit: 1, minute: 1, minutes: 1 };
/**
 * A span of time read in the other unit of its pair, by its unit's letter: [the largest value read, a
 * value is read when value × a / b is whole (a, b), the other unit's value is value × c / d (c, d), the
 * other unit's letter] — years as months (whole months), months as years (quarters of a year), hours
 * as minutes, minutes as hours (quarters of an hour), weeks as days, days as weeks (whole weeks).
 */
const SPAN_OTHER_UNIT: Record<string, readonly [number, number, number, number, number, string]> = {
  y: [100, 12, 1, 12, 1, "m"], m: [1200, 1, 3, 1, 12, "y"],
  h: [100, 60, 1, 60, 1, "i"], i: [6000, 1, 15, 1, 60, "h"],
  w: [100, 7, 1, 7, 1, "d"], d: [700, 1, 7, 1, 7, "w"],
};
/** Weeks and days of a span of time (`14 hari` = `two weeks`, `sepekan` = `seven days`). */
const DAYS_PER: Record<string, number> = { minggu: 7, pekan: 7, week: 7, weeks: 7, hari: 1, day: 1, days: 1 };
/** Between the years and the months of one span of time (`4 tahun 6 bulan`, `four years and six months`). */
const YEARS_MONTHS_JOIN: Record<NumberLang, RegExp> = {
  id: /^\s*tahun\s+(?:dan\s+)?$/i,
  en: /^[\s-]*years?(?:\s*,)?\s+(?:and\s+)?$/i,
};
/** Between a number and its half (`four and a half`, `dua setengah`). */
const AND_A_HALF: Record<NumberLang, RegExp> = { id: /^\s+$/, en: /^(?:\s+and\s+a\s+|-and-a-)$/i };
/** A half, alone or of a scale (`setengah juta`, `half million`: `dua setengah juta` = 2.5 million). */
const HALF: Record<NumberLang, RegExp> = { id: /^setengah(?:\s+(?:ribu|juta|miliar|milyar|triliun))?$/i, en: /^half(?:[\s-]+(?:a\s+)?(?:thousand|million|billion|trillion))?$/i };
/** `a year and a half` (one and a half, no number before it). */
const ONE_AND_A_HALF_BEFORE = /(?:^|[^\p{L}])(?:a|one)\s+(year|month|week|day|hour|decade)\s+and\s+a\s+$/iu;

const decimal = (v: number): string => String(Number(v.toFixed(6)));
const numeric = (t: NumberToken): number | undefined => (t.kind === "number" && /^\d+(?:\.\d+)?$/.test(t.value) ? Number(t.value) : undefined);

/**
 * Spans of time and halves read as one quantity, for numbers a translation writes in another form:
 * `four and a half` / `dua setengah` = 4.5 / 2.5, `a year and a half` = 1.5 years, `4 tahun 6 bulan` =
 * `four years and six months` = 4.5 years, `setengah abad` = `half a century` = 50 years; a number of
 * years or months carries its unit (value `4.5y`, `18m`) and also reads in the other one (`1,5 tahun` =
 * `18 months`, `6 bulan` = `half a year`). Every number is in exactly one reading; the others read as
 * they are.
 */
export function combineQuantities(text: string, lang: NumberLang, numbers: readonly NumberToken[]): QuantityReading[] {
  const out: QuantityReading[] = [];
  for (let i = 0; i < numbers.length; i++) {
    const a = numbers[i]!;
    let value = numeric(a);
    if (value === undefined) { out.push({ token: a, from: [i] }); continue; }
    const from = [i];
    let end = a.end;
    // a half: `four and a half`, `dua setengah`; `a year and a half`
    const b = numbers[i + 1];
    const half = b && b.kind === "number" && HALF[lang].test(b.raw) ? Number(b.value) / 0.5 : undefined;
    if (half !== undefined && AND_A_HALF[lang].test(text.slice(a.end, b!.start)) && !/\.5$/.test(a.value)) {
      value = (value + 0.5) * half; from.push(i + 1); end = b!.end; i++;
    }
    let unitBefore: string | undefined;
    if (from.length === 1 && value === 0.5 && lang === "en" && HALF.en.test(a.raw)) {
      unitBefore = ONE_AND_A_HALF_BEFORE.exec(text.slice(Math.max(0, a.start - 40), a.start))?.[1]?.toLowerCase();
      if (unitBefore) value = 1.5;
    }
    // years and months of one span: `4 tahun 6 bulan`, `four years and six months`
    const c = numbers[i + 1];
    const cv = c ? numeric(c) : undefined;
    let unit = unitBefore ?? UNIT_AFTER[lang].exec(text.slice(end, end + 12))?.[1]?.toLowerCase();
    if (c && cv !== undefined && cv < 12 && YEARS_MONTHS_JOIN[lang].test(text.slice(end, c.start)) && /^\s*(?:bulan|months?)(?![\p{L}])/iu.test(text.slice(c.end, c.end + 10))) {
      value += cv / 12; from.push(i + 1); end = c.end; i++; unit = "years";
    }
    // (a century is a hundred years: `setengah abad` = `half a century` = `fifty years`)
    if (unit === "abad" || unit === "century" || unit === "centuries") { value *= 100; unit = "years"; }
    const months = unit === undefined ? undefined : MONTHS_PER[unit];
    const minutes = unit === undefined ? undefined : MINUTES_PER[unit];
    const days = unit === undefined ? undefined : DAYS_PER[unit];
    if (from.length === 1 && value === numeric(a) && months === undefined && minutes === undefined && days === undefined) { out.push({ token: a, from }); continue; }
    // a span of years or months carries its unit (`4.5y` is not `4.5m`) and reads in the other unit too
    // (whole months; a quarter, a half or three quarters of a year)
    let v = decimal(value);
    const alternatives: string[] = [];
    // (hours also in minutes: `setengah jam` = `30 minutes`, `1,5 jam` = `90 minutes`; weeks also in
    // days and back: `dua pekan` = `14 days`, `14 hari` = `two weeks`)
    const letter = months === 12 ? "y" : months === 1 ? "m" : minutes === 60 ? "h" : minutes === 1 ? "i" : days === 7 ? "w" : days === 1 ? "d" : undefined;
    if (letter !== undefined) {
      v += letter;
      const [max, whole, wholeDiv, mul, div, other] = SPAN_OTHER_UNIT[letter]!;
      if (value <= max && Number.isInteger((value * whole) / wholeDiv)) alternatives.push(`${decimal((value * mul) / div)}${other}`);
    }
    const token: NumberToken = { value: v, start: a.start, end, raw: text.slice(a.start, end), kind: "number", word: a.word, alternatives };
    out.push({ token, from });
  }
  return out;
}

/** Is `t` a fraction (a number below 1) written in words or as `½`: `setengah`, `a third of`, `two-thirds`? */
export function isFraction(t: NumberToken): boolean {
  if (t.kind !== "number" || (!t.word && !/[½¼¾⅓⅔⅕⅛]/.test(t.raw))) return false;
  const v = Number(t.value);
  return v > 0 && v < 1;
}
/** A fraction and a percentage of the same value, to a third of a point (`sepertiga` = `33 percent` = `33.3%`). */
function fractionAsPercent(f: NumberToken, p: NumberToken): boolean {
  return p.kind === "percent" && isFraction(f) && Math.abs(Number(f.value) * 100 - Number(p.value)) <= 0.34;
}

export interface NumberComparison {
  readonly matched: readonly (readonly [NumberToken, NumberToken])[];
  /** Source tokens with no counterpart in the target. */
  readonly missing: readonly NumberToken[];
  /** Target tokens with no counterpart in the source. */
  readonly extra: readonly NumberToken[];
}

/**
 * Pairs the numbers of two texts as multisets: exact values first, then partial dates
 * (`19 Juni 2024` ~ `June 19`), then a year inside a date (`Juni 2024` ~ `2024`).
 */
export function compareNumbers(source: readonly NumberToken[], target: readonly NumberToken[]): NumberComparison {
  const srcLeft = [...source];
  const tgtLeft = [...target];
  const matched: (readonly [NumberToken, NumberToken])[] = [];
  const pass = (pred: (a: NumberToken, b: NumberToken) => boolean) => {
    for (let i = 0; i < srcLeft.length; i++) {
      const j = tgtLeft.findIndex((t) => pred(srcLeft[i]!, t));
      if (j >= 0) {
        matched.push([srcLeft[i]!, tgtLeft[j]!]);
        srcLeft.splice(i, 1);
        tgtLeft.splice(j, 1);
        i--;
      }
    }
  };
  // written numbers first: "dua gol … 2-1" → "both goals … 2-1" keeps the digits paired with the digits
  pass((a, b) => !a.word && !b.word && exactMatch(a, b));
  pass(exactMatch);
  pass((a, b) => a.kind === "date" && b.kind === "date" && datesCompatible(a.value, b.value));
  // "2024" against a date carrying that year, either way round
  const yearOf = (t: NumberToken) => (t.kind === "date" ? /^(\d{4})-/.exec(t.value)?.[1] : undefined);
  pass((a, b) => (a.kind === "number" && yearOf(b) === a.value) || (b.kind === "number" && yearOf(a) === b.value));
  // A cardinal rendered as the ordinal of the same value (or back): "peringatan 70 tahun" is the
  // "70th anniversary", "ulang tahun ke-75" may be "75 years". Same value, so nothing was lost.
  pass((a, b) => a.value === b.value && ((a.kind === "number" && b.kind === "ordinal") || (a.kind === "ordinal" && b.kind === "number")));
  // A fraction in words as the percentage it is: "setengah" = "50 percent", "sepertiga" = "33 percent".
  pass((a, b) => fractionAsPercent(a, b) || fractionAsPercent(b, a));
  return { matched, missing: srcLeft, extra: tgtLeft };
}

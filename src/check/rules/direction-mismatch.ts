/**
 * direction-mismatch — a rise of the source is a fall in the target, or a fall a rise, where no number
 * says it (`Angka kematian ibu menurun` → `Maternal mortality has increased`, `lebih banyak` → `fewer`,
 * `lebih rendah dari rata-rata` → `higher than average`, `lebih murah` → `more expensive`). The source
 * says one way only (verbs and nouns of change, `lebih` with an adjective of amount, height, size or
 * price, superlatives), the target says the other way only. Better and worse (`membaik`, `memburuk`, `lebih
 * baik`, `lebih buruk`; `improved`, `worsened`, `deteriorated`, `better`, `worse`) are another axis, compared
 * only with each other (`kualitas udara memburuk` → `pollution increased` is no finding), and `up from` / `down
 * from` a figure or a time before (`61.4, up from 63.2`) say a rise or a fall, as `more than` / `less than`
 * another time's figure does (`more than the 4,382 cases a year earlier`; `more than 500` stays a bound), as `up`
 * and `down` after a verb of motion do (`went up`, `have gone down`) and `above` a level (`above average`; in the
 * source `di atas` / `di bawah rata-rata`). A verb of change right before a number
 * (`naik 3 persen`) is number-mismatch's (`change`), not read here; bounds (`lebih dari`, `more than`)
 * say no way.
 *
 * A warning. Most pairs are passed by one test of the source (of its word hashes, in the audit).
 */
import { mayHoldWord, wordHashes } from "../../glossary/tokenize";
import { defineCheck, NO_PROBLEMS } from "../types";
import { CHANGE_WORDS_DOWN, CHANGE_WORDS_UP } from "../util";

const UP_ID = [
  ...CHANGE_WORDS_UP, "kenaikan", "peningkatan", "meningkatkan", "pertumbuhan", "bertumbuh", "lonjakan", "penguatan", "bertambahnya", "penambahan",
  "tertinggi", "terbanyak", "termahal", "terbesar",
];
const DOWN_ID = [
  ...CHANGE_WORDS_DOWN, "penurunan", "pengurangan", "pelemahan", "kemerosotan", "kontraksi", "pemangkasan", "penyusutan", "mengurangi", "dikurangi",
  "terendah", "tersedikit", "termurah", "terkecil", "melandai",
];
/** Better or worse (`membaik` = `improved`, `memburuk` = `worsened`): another axis than up and down, never compared with it. */
const BETTER_ID = ["membaik", "pulihnya"];
const WORSE_ID = ["memburuk", "memperburuk", "memburuknya", "kemunduran"];
type Way = "up" | "down" | "better" | "worse";
const OPPOSITE: Record<Way, Way> = { up: "down", down: "up", better: "worse", worse: "better" };
/** After `lebih`: the way of the adjective. */
const MORE_ID: Record<string, Way> = {
  banyak: "up", tinggi: "up", besar: "up", mahal: "up", luas: "up", berat: "up",
  sedikit: "down", rendah: "down", kecil: "down", murah: "down", sempit: "down", ringan: "down",
  baik: "better", buruk: "worse", parah: "worse",
};
const WAY_ID = new Map<string, Way>([
  ...UP_ID.map((w) => [w, "up"] as const), ...DOWN_ID.map((w) => [w, "down"] as const),
  ...BETTER_ID.map((w) => [w, "better"] as const), ...WORSE_ID.map((w) => [w, "worse"] as const),
]);
/** The words ANY_ID may find first (a word of change, with -nya, or `lebih`), for the pre-test over the source's token hashes. */
const ANY_ID_WORDS = wordHashes([...WAY_ID.keys(), ...[...WAY_ID.keys()].map((w) => w + "nya"), "lebih", "rata", "normal"]);
/** `di atas` / `di bawah` a level (`di bawah rata-rata`, `di atas normal`): above or below it, a way as `lebih tinggi` is. */
const LEVEL_ID = /^(?:rata-rata|normal)\b/i;
/** The pre-test: a word of change (perhaps with -nya) or `lebih` with an adjective of MORE_ID anywhere in the source. */
const ANY_ID = new RegExp(`\\b(?:(?:${[...WAY_ID.keys()].join("|")})(?:nya)?|lebih\\s+(?:${Object.keys(MORE_ID).join("|")}))\\b`, "i");
/** The pre-test's other half: `di atas` / `di bawah` a level (LEVEL_ID), read only in a source that has `rata` or `normal`. */
const ANY_LEVEL_ID = /\bdi\s+(?:atas|bawah)\s+(?:rata-rata|normal)\b/i;

const WAY_EN = new Map<string, Way>([
  ...("rose rise rises risen rising increase increased increases increasing grew grow grows growing grown growth climb climbed climbs climbing " +
    "gain gained gains jump jumped jumps surge surged surges soar soared soars higher highest greater greatest larger largest bigger biggest " +
    "expensive costlier pricier strengthen strengthened strengthens appreciated hike hiked boost boosted rallied spike spiked expand expanded " +
    "raise raised raises upward increasingly heavier wider").split(" ").map((w) => [w, "up"] as const),
  ...("fell fall falls fallen falling drop dropped drops dropping decline declined declines declining decrease decreased decreases decreasing " +
    "lower lowered lowest downward slip slipped slid slump slumped plunge plunged plummet plummeted tumble tumbled shrank shrink shrinks shrunk " +
    "contract contracted weaken weakened weaker depreciated dip dipped reduce reduced reduction fewer fewest lesser smaller smallest " +
    "cheaper cheapest below sank retreated narrower lighter").split(" ").map((w) => [w, "down"] as const),
  ...("improve improved improves improving improvement improvements better").split(" ").map((w) => [w, "better"] as const),
  ...("worse worsen worsened worsens worsening worst deteriorate deteriorated deteriorates deteriorating deterioration").split(" ").map((w) => [w, "worse"] as const),
]);
/** `up from`, `down from` a figure or a time before (`61.4, up from 63.2`, `down from last year`): a rise or a fall, where `up` and `down` alone say none. */
/** `more than` / `less than` a figure of another time or place (`more than the 4,382 cases a year earlier`, `less than in 2024`): a comparison, where `more than 500` is a bound. */
const MORE_THAN_BEFORE = /^\s+than\s+(?:the|in|on|last|a\s+year|its|their|those|that)\b/i;
/**
 * `went up`, `have gone up`, `go down` (`up` and `down` after a verb of motion): a rise or a fall, but for a
 * place or a way after them (`went up the mountain`, `went up to the stage`, `went down in history`, `went
 * down well`).
 */
const MOTION_BEFORE = /\b(?:go|goes|going|gone|went|shot|shoot|shoots|moved|moves|move|edged|edges|ticked|ticks|crept|creeps|came|come|comes|coming)\s+$/i;
const MOTION_PLACE_AFTER = /^\s+(?:the|a|an|his|her|their|its|stairs|there|here|against|in\s+(?:flames|smoke|history)|well|badly|with|on\s+stage|onto|into|to\s+(?!(?:[$£€]?\d|Rp|US\$|about|around|nearly|almost|some|over|more|just|a\s+record|record|the\s+highest|the\s+lowest)))\b/i;
/** `above` a level (`above average`, `above the national average`, `above normal`, `above the target`): a rise, as `below` is a fall. */
const ABOVE_LEVEL = /^\s+(?:the\s+(?:\w+\s+)?)?(?:average|normal|target|forecasts?|expectations?)\b/i;
const UP_DOWN_FROM = /^\s+(?:from|on)\s+(?:[$£€]?\d|Rp|US\$|an?\s|last\b|the\s+(?:previous|preceding|same|prior|year|month|week|quarter|first|last)\b|its\b|their\b|a\s+year\b)/i;

/** After a word of another sense, by its head or particle: `lower house`, `higher education`, `rising star`, `fall season`, `fell ill`, `falls under`, `dropped out`, `reduce, reuse`. */
const COLLOCATION: Readonly<Record<string, RegExp>> = (() => {
  const institution = /^\s+(?:houses?|chambers?|courts?|education|class(?:es)?|middle\s+class|secondary|ranks|echelons?|income\s+(?:families|households|groups|earners|countries|brackets?|people|residents|workers))\b/i;
  const fallTo = /^\s+(?:ill|sick|short|asleep|silent|victim|prey|apart|through|in\s+love|under\s+(?![$£€]?\d|Rp))/i;
  const season = /^\s+(?:season|semester|term|harvest|foliage|collection|fashion)\b/i;
  const out = /^\s+out\b/i;
  const crop = /^\s+(?:up\b|(?:their\s+own\s+|more\s+|own\s+)?(?:rice|paddy|crops?|corn|maize|vegetables?|fruits?|food|coffee|tea|tobacco|cassava|soybeans?|chillies|chilies|plants?|trees?|flowers?|a\s+beard)\b)/i;
  const walk = /^\s+(?:up|through|along|to|across|in|on)\s+(?:Mount\b|the\s+(?:mountains?|trails?|hills?|volcano|summit|peak|slopes?)\b|[A-Z][a-z])/;
  return {
    lower: institution, higher: institution, rising: /^\s+(?:stars?|talents?)\b/i,
    fall: new RegExp(`${fallTo.source}|${season.source}`, "i"), falls: fallTo, fell: fallTo, fallen: fallTo, falling: fallTo,
    drop: out, drops: out, dropped: out, dropping: out, reduce: /^,?\s+reuse\b/i,
    // (`grow rice`, `grow up`: a crop or growing older; `hike up Mount Rinjani`, `hiked to the summit`: a walk)
    grow: crop, grows: crop, growing: crop, grew: crop, grown: crop,
    hike: walk, hikes: walk, hiked: walk, hiking: walk,
  };
})();
/** Verbs whose object is another sense (`declined the invitation`, `declined to comment`, `dropped the charges`, `contracted dengue`): their change takes no object. */
/** (`the`, `a` before an object, not before `a further 5%`, `the most since`, `a record low`) */
const DETERMINER = "(?!(?:an?|the)\\s+(?:further|record|total|average|combined|cumulative|most|least|sharp|steep|little|bit|lot)\\b)(?:the|an?|his|her|their|its|our|my|your)";
const DECLINE_OBJECT = new RegExp(`^\\s+(?:(?:${DETERMINER}|comment|requests?|invitations?|offers?)\\b|to\\s+(?!(?:the|an?|its|their|record|around|about|below|under|just|only|nearly|almost|less|more|roughly|levels?|lows?|highs?|zero|nil|single|double|pre|rp|us)\\b)[a-z])`, "i");
const DROP_OBJECT = new RegExp(`^\\s+(?:${DETERMINER}|charges|plans?|bids?|claims?|lawsuits?|cases?)\\b`, "i");
/** After `contracted`, the words a shrinking economy takes (`contracted by 2%`, `contracted sharply`, `contracted last quarter`): any other word is its object. */
const CONTRACTED_INTRANSITIVE = /^(?:\s*$|\s*[^\sA-Za-z]|\s+(?:by|in|for|to|from|at|on|during|over|since|after|before|again|further|last|this|year|than|and|but|as|while|when|compared|amid|despite|because|\w+ly)\b)/;
/** Before `contract`, the words of the verb (`expected to contract`, `will contract`): otherwise it is the noun (`contract teachers`, `the contract`). */
const CONTRACT_VERB_BEFORE = /\b(?:to|will|would|could|can|may|might|should|shall|must|not|did|does|do)\s+$/i;
/** Before `below`, a pointer to the text (`the table below`, `see below`), not a level. */
const BELOW_POINTER = /\b(?:table|chart|graph|list|figure|box|map|photo|picture|statement|text|see|shown|listed|described|detailed|mentioned|quoted|explained)\s+$/i;

/**
 * A direction word of the target used in another sense, by its neighbours: the first part of a compound
 * (`lower-income`, `drop-off`; `higher-than-expected` stays a rise), a capitalised word inside a sentence that
 * is not in title case (a name: `the Fall of Saigon`, `Niagara Falls`, `Greater Jakarta`, `the Inflation
 * Reduction Act`), a collocation (COLLOCATION), a verb with an object of another sense, `contract` as a noun
 * (`contract teachers`), `below` pointing at the text.
 */
function otherSense(source: string, target: string, start: number, end: number, lw: string): boolean {
  const after = target.slice(end, end + 32);
  if (/^-[A-Za-z]/.test(after) && !/^-than\b/i.test(after)) return true;
  const word = target.slice(start, end);
  if (word[0] !== lw[0] && word.slice(1) === lw.slice(1) && isInsideSentence(target, start) && !isTitleCase(target) && nameShaped(source, target, start, end, word)) return true;
  if (COLLOCATION[lw]?.test(after)) return true;
  const before = target.slice(Math.max(0, start - 24), start);
  switch (lw) {
    case "decline": case "declined": case "declines": case "declining": return DECLINE_OBJECT.test(after);
    case "drop": case "dropped": case "drops": case "dropping": return DROP_OBJECT.test(after);
    case "contract": return !CONTRACT_VERB_BEFORE.test(before);
    case "contracted": return !CONTRACTED_INTRANSITIVE.test(after);
    case "below": return BELOW_POINTER.test(before);
    default: return false;
  }
}

/**
 * Does a capitalised direction word inside a sentence stand in a name: beside another capitalised word (`Niagara
 * Falls`, `Greater Jakarta`, `the Inflation Reduction Act`), before `of` and one (`the Fall of Saigon`), or
 * written so in the source (`Rose`, a person)? Not between small words or acronyms (`JCI Rose slightly`).
 */
function nameShaped(source: string, target: string, start: number, end: number, word: string): boolean {
  if (source.includes(word)) return true;
  if (/(?:^|[^A-Za-z])[A-Z][a-z]+\s+$/.test(target.slice(Math.max(0, start - 24), start))) return true;
  return /^\s+(?:(?:of|de|del|on)\s+(?:the\s+)?)?[A-Z][a-z]/.test(target.slice(end, end + 24));
}

/** A word at `start` follows another word of its sentence (no sentence end, colon or opening quote before it). */
function isInsideSentence(text: string, start: number): boolean {
  const before = text.slice(Math.max(0, start - 8), start).trimEnd();
  return before !== "" && /[A-Za-z0-9,)]$/.test(before);
}

/** (Nearly) every word of four letters or more capitalised: a headline in title case, whose capitals name nothing. */
function isTitleCase(text: string): boolean {
  let words = 0, capitals = 0;
  for (const m of text.matchAll(/\b[A-Za-z]{4,}/g)) {
    words++;
    if (m[0][0] !== m[0][0]!.toLowerCase()) capitals++;
  }
  return words >= 3 && capitals / words >= 0.9;
}

export default defineCheck({
  meta: {
    id: "direction-mismatch",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A rise or increase of the source is a fall or decrease in the target, or the other way round.",
    messages: {
      rise: "The source says “{{word}}” (a rise) but the target says “{{rendered}}” (a fall).",
      fall: "The source says “{{word}}” (a fall) but the target says “{{rendered}}” (a rise).",
      better: "The source says “{{word}}” (for the better) but the target says “{{rendered}}” (for the worse).",
      worse: "The source says “{{word}}” (for the worse) but the target says “{{rendered}}” (for the better).",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTokens }) {
    // (the audit gives the source's tokens: most sources are passed by their word hashes, no text read)
    if (sourceTokens && sourceTokens.source === source && !mayHoldWord(sourceTokens, ANY_ID_WORDS)) return NO_PROBLEMS;
    if (!ANY_ID.test(source) && !((source.includes("rata-rata") || source.includes("ormal")) && ANY_LEVEL_ID.test(source))) return NO_PROBLEMS;
    const s = sourceWay(source);
    if (s === undefined) return NO_PROBLEMS;
    let opposite: { start: number; end: number } | undefined;
    for (const m of target.matchAll(/[A-Za-z]+/g)) {
      const lw = m[0].toLowerCase();
      const way = WAY_EN.get(lw) ?? ((lw === "up" || lw === "down") && (UP_DOWN_FROM.test(target.slice(m.index + lw.length, m.index + 40))
        || (MOTION_BEFORE.test(target.slice(Math.max(0, m.index - 8), m.index)) && !MOTION_PLACE_AFTER.test(target.slice(m.index + lw.length, m.index + lw.length + 24)))) ? (lw as Way)
        : lw === "above" && ABOVE_LEVEL.test(target.slice(m.index + 5, m.index + 40)) ? "up"
        : (lw === "more" || lw === "less") && MORE_THAN_BEFORE.test(target.slice(m.index + 4, m.index + 40)) ? (lw === "more" ? "up" : "down") : undefined);
      // (`lebih banyak` rendered `more`, `lebih sedikit` `less`: the comparative itself, whatever adjective stands before a noun, `Smaller parties won more seats`)
      if (way === undefined && ((lw === "more" && /^lebih\s+banyak$/i.test(s.word)) || (lw === "less" && /^lebih\s+sedikit$/i.test(s.word)))
        && !/^\s+than\s+(?:\d|an?\s)/i.test(target.slice(m.index + 4, m.index + 20))) return NO_PROBLEMS;
      if (way === undefined) continue;
      if (otherSense(source, target, m.index, m.index + m[0].length, lw)) continue;
      // (a bound: `fewer than 50`, `higher than 5 percent`)
      if (/^\s+than\s+(?:\d|an?\s|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|a\s+hundred|hundreds|thousands|half|a\s+dozen|dozens)/i.test(target.slice(m.index + m[0].length, m.index + m[0].length + 24))) continue;
      if (way === s.way) return NO_PROBLEMS;
      if (way === OPPOSITE[s.way]) opposite ??= { start: m.index, end: m.index + m[0].length };
    }
    if (opposite === undefined) return NO_PROBLEMS;
    return [{
      messageId: s.way === "up" ? "rise" : s.way === "down" ? "fall" : s.way, data: { word: s.word, rendered: target.slice(opposite.start, opposite.end) },
      source: { start: s.start, end: s.start + s.word.length }, target: opposite,
    }];
  },
});

/** The one way the source says (its first word of it), or undefined when it says none or both. */
function sourceWay(source: string): { way: Way; word: string; start: number } | undefined {
  let found: { way: Way; word: string; start: number } | undefined;
  const re = /[A-Za-z]+/g;
  for (let m = re.exec(source); m !== null; m = re.exec(source)) {
    // (`meningkatkannya`: the word without -nya)
    const lw = m[0].toLowerCase();
    const w = lw.length > 6 && lw.endsWith("nya") ? lw.slice(0, -3) : lw;
    let way = WAY_ID.get(w);
    let word = m[0], start = m.index;
    const after = source.slice(m.index + lw.length, m.index + lw.length + 24);
    if (way === undefined && (w === "atas" || w === "bawah") && /\bdi\s+$/i.test(source.slice(Math.max(0, m.index - 4), m.index)) && LEVEL_ID.test(after.trimStart())) {
      // (`di bawah rata-rata`: below the average, a fall as `lebih rendah` is; the phrase shown)
      way = w === "atas" ? "up" : "down";
      start = source.lastIndexOf("di", m.index);
      word = source.slice(start, m.index + lw.length + /^\s+\S+/.exec(after)![0].length).replace(/[.,;:]+$/, "");
    } else if (way === undefined && w === "lebih") {
      const next = /^\s+([A-Za-z]+)/.exec(after);
      way = next ? MORE_ID[next[1]!.toLowerCase()] : undefined;
      if (way !== undefined) word = source.slice(m.index, m.index + lw.length + next![0].length);
    } else if (way !== undefined && /^\s+(?:(?:tipis|tajam|signifikan|drastis)\s+)?(?:(?:sebesar|sekitar|sebanyak|hingga|menjadi|ke|dari)\s+)?(?:(?:Rp|US\$)\.?\s?)?\d/i.test(after)) {
      // (a verb of change before a number, `naik tipis 0,12 persen` too: number-mismatch compares it)
      continue;
    }
    if (way === undefined) continue;
    if (found !== undefined && found.way !== way) return undefined;
    found ??= { way, word, start };
  }
  return found;
}

/**
 * Bilingual lexicon for the aligner: Indonesian word → English lemmas, built once from a word list
 * (by default the FreeDict English–Indonesian list in freedict-eng-ind.ts, CC BY-SA 3.0) with light
 * affix stripping on both sides, so `perdagangan`, `berdagang` and `dagang` all reach `trade`, and
 * `prices` and `price` share one lemma. The default lexicon adds Selaras's own list of news vocabulary
 * FreeDict lacks (news-lexicon.ts: `tersangka` suspect, `keluhan` complaint, `ujar` say …). Pure: no I/O.
 */
import { FREEDICT_ENG_IND } from "./freedict-eng-ind";
import { NEWS_IND_ENG } from "./news-lexicon";

const IRREGULAR: Record<string, string> = {
  said: "say", says: "say", told: "tell", went: "go", gone: "go", made: "make", took: "take", taken: "take",
  gave: "give", given: "give", held: "hold", met: "meet", paid: "pay", sold: "sell", bought: "buy",
  built: "build", won: "win", lost: "lose", left: "leave", began: "begin", begun: "begin", came: "come",
  became: "become", fell: "fall", fallen: "fall", rose: "rise", risen: "rise", found: "find", thought: "think",
  brought: "bring", kept: "keep", knew: "know", known: "know", saw: "see", seen: "see", spent: "spend",
  sent: "send", set: "set", killed: "kill", children: "child", men: "man", women: "woman", people: "people",
  // news verbs whose past forms the rules below do not read (`died` is too short for -ied → y)
  died: "die", dying: "die", fled: "flee", struck: "strike", sank: "sink", sunk: "sink", led: "lead",
  sought: "seek", caught: "catch", fought: "fight", stood: "stand", wrote: "write", written: "write",
  spoke: "speak", spoken: "speak", drove: "drive", driven: "drive", flew: "fly", flown: "fly", shot: "shoot",
  grew: "grow", grown: "grow", broke: "break", broken: "break", chose: "choose", chosen: "choose", hid: "hide",
  hidden: "hide", ran: "run", threw: "throw", thrown: "throw", drew: "draw", drawn: "draw", felt: "feel",
  heard: "hear", meant: "mean", understood: "understand", withdrew: "withdraw", withdrawn: "withdraw",
  stole: "steal", stolen: "steal", wore: "wear", worn: "wear", ate: "eat", eaten: "eat", beaten: "beat",
  shook: "shake", shaken: "shake", swept: "sweep", slept: "sleep", taught: "teach", forgot: "forget",
  forgotten: "forget", lent: "lend", arose: "arise", arisen: "arise", burnt: "burn", dealt: "deal", hung: "hang",
  sang: "sing", sung: "sing", swam: "swim", froze: "freeze", frozen: "freeze", rode: "ride", ridden: "ride",
};

/** A light English stemmer (plural, -ed, -ing, -ly; a few irregular forms). */
export function englishStem(word: string): string {
  const w = word.toLowerCase();
  const irr = IRREGULAR[w];
  if (irr) return irr;
  if (w.length > 4 && w.endsWith("ies")) return w.slice(0, -3) + "y";
  if (w.length > 5 && w.endsWith("ing")) return undouble(w.slice(0, -3));
  if (w.length > 4 && w.endsWith("ied")) return w.slice(0, -3) + "y";
  if (w.length > 4 && w.endsWith("ed")) return undouble(w.slice(0, -2));
  if (w.length > 4 && w.endsWith("ly")) return w.slice(0, -2);
  if (w.length > 4 && /(?:ss|x|ch|sh)es$/.test(w)) return w.slice(0, -2);
  if (w.length > 3 && w.endsWith("s") && !/(?:ss|us|is)$/.test(w)) return w.slice(0, -1);
  return w;
}

/**
 * The lemmas an English word may stand for in the word list: englishStem's, and for a form in -ed or -ing
 * also the base with its final e (`saved` → `save`, `closing` → `close`, `agreed` → `agree`, `traded` →
 * `trade`): englishStem cuts the e (`sav`, `clos`) while the word list's headword keeps it, so an Indonesian
 * `diselamatkan` (save) met `saves` but not `saved`. A base that is no word (`stoppe`) matches nothing.
 */
export function englishLemmas(word: string): string[] {
  const w = word.toLowerCase();
  const stem = englishStem(w);
  const out = [stem];
  if (IRREGULAR[w] === undefined) {
    if (w.length > 4 && w.endsWith("ed") && !w.endsWith("ied")) out.push(w.slice(0, -1));
    else if (w.length > 5 && w.endsWith("ing")) out.push(w.slice(0, -3) + "e", w.slice(0, -3));
  }
  return [...new Set(out)];
}

function undouble(w: string): string {
  // stopped → stop, planned → plan; keep "ll" (called → call) and short stems
  if (w.length > 3 && /([bdgmnprt])\1$/.test(w)) return w.slice(0, -1);
  // raised → rais → raise-like forms are not restored: both sides use the same stems
  return w.endsWith("e") ? w.slice(0, -1) : w;
}

const VOWEL = /^[aeiou]/;

/**
 * Candidate stems of an Indonesian word (the word itself first): particles and possessives
 * (-lah, -kah, -pun, -nya, -ku, -mu), suffixes -kan / -an / -i, prefixes me(N)-, pe(N)-, ber-,
 * ter-, di-, ke-, se-, per- with the usual nasal assimilations (menulis → tulis, memukul → pukul).
 */
export function indonesianStems(word: string): string[] {
  const out = new Set<string>();
  let w = word.toLowerCase();
  out.add(w);
  if (w.length > 5) w = w.replace(/(?:lah|kah|tah|pun)$/, "");
  if (w.length > 5) w = w.replace(/(?:nya|ku|mu)$/, "");
  out.add(w);
  const bases: string[] = [];
  const pre = (s: string): void => {
    if (s.length >= 3) bases.push(s);
  };
  const m = /^(meng|meny|mem|men|me|peng|peny|pem|pen|per|pe|ber|be|ter|di|ke|se)(.*)$/.exec(w);
  if (m && m[2]!.length >= 3) {
    const [, p, r] = m as unknown as [string, string, string];
    switch (p) {
      case "meng": case "peng": pre(r); if (VOWEL.test(r)) pre("k" + r); break;
      case "meny": case "peny": pre("s" + r); break;
      case "mem": case "pem": pre(r); if (VOWEL.test(r)) pre("p" + r); break;
      case "men": case "pen": pre(r); if (VOWEL.test(r)) pre("t" + r); break;
      default: pre(r);
    }
  } else bases.push(w);
  for (const b of bases) {
    out.add(b);
    // one more prefix layer: memper-, diper-, keber-
    const m2 = /^(per|ber|ter)(.{3,})$/.exec(b);
    const list = m2 ? [b, m2[2]!] : [b];
    for (const x of list) {
      out.add(x);
      if (x.length > 5 && /(?:kan|an)$/.test(x)) out.add(x.replace(/(?:kan|an)$/, ""));
      else if (x.length > 5 && x.endsWith("i")) out.add(x.slice(0, -1));
    }
  }
  return [...out];
}

export interface Lexicon {
  /** English lemmas (stems) the Indonesian word may translate. */
  translate(word: string): readonly string[];
  readonly size: number;
}

const EMPTY: readonly string[] = [];

/** Builds a lexicon from lines `english<TAB>indonesian,indonesian…`. */
export function buildLexicon(list: string): Lexicon {
  const byForm = new Map<string, Set<string>>();
  for (const line of list.split("\n")) {
    const tab = line.indexOf("\t");
    if (tab < 0) continue;
    const en = englishStem(line.slice(0, tab));
    for (const id of line.slice(tab + 1).split(",")) {
      if (!id) continue;
      // the form itself and its first-level stems
      const stems = indonesianStems(id);
      for (const s of stems.slice(0, 3)) {
        let set = byForm.get(s);
        if (!set) byForm.set(s, (set = new Set()));
        set.add(en);
      }
    }
  }
  const frozen = new Map<string, readonly string[]>();
  for (const [k, v] of byForm) frozen.set(k, [...v].slice(0, 12));
  const cache = new Map<string, readonly string[]>();
  return {
    size: frozen.size,
    translate(word: string): readonly string[] {
      const hit = cache.get(word);
      if (hit) return hit;
      const found = new Set<string>();
      for (const s of indonesianStems(word)) {
        const t = frozen.get(s);
        if (t) for (const e of t) found.add(e);
        if (found.size >= 16) break;
      }
      const res = found.size ? [...found] : EMPTY;
      if (cache.size < 200_000) cache.set(word, res);
      return res;
    },
  };
}

/** The news vocabulary (news-lexicon.ts) as word-list lines `english<TAB>indonesian`. */
export function newsWordList(): string {
  const lines: string[] = [];
  for (const [id, en] of NEWS_IND_ENG) for (const e of en.split(" ")) lines.push(`${e}\t${id}`);
  return lines.join("\n");
}

let defaultLexicon: Lexicon | null = null;
/**
 * The built-in lexicon: the FreeDict English–Indonesian word list plus the news vocabulary of
 * news-lexicon.ts (built on first use, then shared).
 */
export function freedictLexicon(): Lexicon {
  if (!defaultLexicon) defaultLexicon = buildLexicon(FREEDICT_ENG_IND + "\n" + newsWordList());
  return defaultLexicon;
}

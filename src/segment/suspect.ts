/**
 * Suspect fragments. The text's own punctuation decides the boundaries, but news copy often has a
 * misplaced period ("… kepada pemimpin. Korea Utara Kim Jong Un …"). A segment that looks like a
 * piece of a broken sentence gets a reason, so that the translation workflow can offer to join it
 * with its neighbour. Only segments that HAVE a neighbour in the same paragraph are judged.
 *
 * Reasons, in order of precedence:
 *   lowercase-start        starts (after quotes/brackets) with a small letter
 *   starts-with-connector  starts with "yang", "bahwa", "di mana" …, or with a subordinating
 *                          conjunction ("Ketika …", "Meskipun …") and has no comma for the main clause
 *   ends-mid-phrase        its last word cannot end a sentence ("… maju yang.", "… puncak di.")
 *   no-verb                no verb-shaped word outside relative clauses, and starting with a
 *                          preposition ("Di Institut Kebijakan Asia.") or a short noun phrase with a
 *                          relative clause ("Perdagangan senjata yang menguntungkan."); or a subject that runs into a subordinate
 *                          clause ("ketika", "saat" …) with no verb and no comma before it
 */
import { ABBREVIATION_CLASS } from "./language";
import { ADVERBIAL_AFTER, BARE_VERBS, CLAUSE_SUBJECTS, CLAUSE_SUBORDINATORS, CONNECTOR_STARTS, DEMONSTRATIVES, FOCUS_ADVERBS, LOWERCASE_BRANDS, NO_FINAL_WORDS, NOT_VERBS, PREPOSITIONS, SUBJECT_STARTS, SUBORDINATORS, YANG_EVALUATIVE, YANG_PREDICATE } from "./rules/suspect";

const WORD = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;

/** An Indonesian verb by its shape: meN-/ber-/di-/ter-/memper- prefixes or a -kan suffix (not ke-an/peN-an nouns). */
const verbCache = new Map<string, boolean>();

export function isVerbLike(word: string): boolean {
  const w = word.toLowerCase();
  let v = verbCache.get(w);
  if (v === undefined) {
    v = verbShape(w);
    if (verbCache.size < 100_000) verbCache.set(w, v);
  }
  return v;
}

function verbShape(w: string): boolean {
  if (BARE_VERBS.has(w)) return true;
  if (w.length < 5 || NOT_VERBS.has(w)) return false;
  if (/^ke\p{L}+an$/u.test(w) || /^pe(?:r|m|n|ng|ny)?\p{L}+an$/u.test(w)) return false;
  return /^(?:me[mnly]?|meng|memper|ber|bel|di|diper|ter)\p{L}{3,}$/u.test(w) || /\p{L}{3,}kan$/u.test(w);
}

const LEADING = /^[\s“‘"«([—–-]+/u;
const FIRST_WORDS = /^[^\p{L}\p{N}]*([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*)(?:[^\p{L}\p{N}]+([\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*))?/u;
const LETTER = /[\p{L}\p{N}]/u;
const isWordChar = (c: string): boolean => {
  const k = c.charCodeAt(0);
  if (k < 128) return (k >= 97 && k <= 122) || (k >= 65 && k <= 90) || (k >= 48 && k <= 57);
  return LETTER.test(c);
};

/** The last word (as WORD matches it) of a text, scanning back from the end. */
function lastWord(t: string): string {
  let e = t.length;
  while (e > 0 && !isWordChar(t[e - 1]!)) e--;
  let b = e;
  for (;;) {
    while (b > 0 && isWordChar(t[b - 1]!)) b--;
    if (b > 1 && "-'’".includes(t[b - 1]!) && isWordChar(t[b - 2]!)) { b--; continue; }
    return t.slice(b, e);
  }
}

/** Ends with a listed abbreviation (`… Prof. Budi, M.Si.`: its `Si` is not the article `si`). */
function endsInAbbreviation(t: string): boolean {
  const last = /\S+$/u.exec(t.trimEnd())?.[0] ?? "";
  return ABBREVIATION_CLASS.has(last.replace(/^[“‘"«([]+|[”’"»)\]]+$/gu, "").toLowerCase());
}

/** Ends with a question mark (before closing quotes/brackets and spaces). */
function isQuestion(t: string): boolean {
  let e = t.length;
  while (e > 0 && "\"”’)] \t".includes(t[e - 1]!)) e--;
  return t[e - 1] === "?";
}

const WORD_STICKY = /[\p{L}\p{N}]+(?:[-'’][\p{L}\p{N}]+)*/gu;
/** Does `t` have at most `n` words (as WORD counts them)? Stops at the (n+1)-th. */
function wordsAtMost(t: string, n: number): boolean {
  WORD_STICKY.lastIndex = 0;
  for (let k = 0; k <= n; k++) if (WORD_STICKY.exec(t) === null) return true;
  return false;
}

/** A list item's letter (`a. `, `b) `): the item's text follows it. */
const LIST_ITEM = /^\p{L}[.)]\s+/u;

/** An honorific with "Yang" (`Yang Mulia`, a judge addressed in court; `Yang Maha Esa`): no relative clause. */
const HONORIFIC = /\bYang\s+(?:Mulia|Terhormat|Maha\s+\p{Lu}\p{L}*)(?![\p{L}])/gu;

export function suspectReason(text: string): string | null {
  let t = LEADING.test(text) ? text.replace(LEADING, "") : text;
  // ("Saksi: Siap, Yang Mulia.": the honorific is a name here, not a clause with "yang")
  if (t.includes("Yang ")) t = t.replace(HONORIFIC, "Paduka");
  if (LIST_ITEM.test(t)) t = t.replace(LIST_ITEM, "");
  const first = t[0];
  if (first !== undefined && first !== first.toUpperCase() && /\p{Ll}/u.test(first) && !lowercaseBrand(t)) return "lowercase-start";
  const head = FIRST_WORDS.exec(t);
  if (!head) return null;
  const w0 = head[1]!.toLowerCase();
  const w1 = head[2]?.toLowerCase();
  const head2 = w1 === undefined ? w0 : w0 + " " + w1;
  // (the segment's words, made only for the few that start with a connector or a subordinator)
  const words = (): string[] => t.toLowerCase().match(WORD) ?? [];
  if (CONNECTOR_STARTS.some((c) => c === w0 || c === head2) && !(w0 === "yang" && headlessSubject(words()))) return "starts-with-connector";
  const sub = SUBORDINATORS.has(w0) ? 1 : FOCUS_ADVERBS.has(w0) && SUBORDINATORS.has(w1 ?? "") ? 2 : 0;
  if (sub > 0) {
    const ws = words();
    const after = ws[sub] ?? "";
    // (a clause and its main clause without the comma between, "Ketika polietilena dipanaskan akan
    // terbentuk …", has a second predicate)
    if (!ADVERBIAL_AFTER.has(after) && !t.includes(",") && ws.slice(sub).filter((w) => isVerbLike(w)).length < 2
      && !(sub === 1 && adverbialThenClause(t))) return "starts-with-connector";
  }
  // (a line that introduces a list, "Ada tiga syarat, yaitu:", ends on its colon)
  if (w1 !== undefined && NO_FINAL_WORDS.has(lastWord(t).toLowerCase()) && !endsInAbbreviation(t) && !/:\s*$/.test(t)) return "ends-mid-phrase";
  // (a fronted adverbial and its clause: "Di Jakarta, harga cabai Rp 80.000 per kg.", "Hingga pukul
  // 10.30 WIB, baru sekitar 35% pemilih yang datang.")
  const prep = PREPOSITIONS.has(w0) && !clauseAfterComma(t);
  // (without a fronted preposition or a subordinator, only a short sentence with "yang" can be one:
  // most sentences are longer, and their word list is not made)
  if (!prep && !(/yang/i.test(t) && wordsAtMost(t, 6)) && !CLAUSE_SUB_RE.test(t)) return null;
  const lt = t.toLowerCase();
  const ws: string[] = lt.match(WORD) ?? [];
  // A verb right after "yang" heads a relative clause, not the sentence: "Perdagangan senjata yang menguntungkan."
  const predicate = (i: number) => isVerbLike(ws[i]!) && ws[i - 1] !== "yang";
  const noPredicate = (end: number) => { for (let i = 0; i < end; i++) if (predicate(i)) return false; return true; };
  // (a noun and a demonstrative is a subject: "Perbedaan ini hal yang biasa.")
  const demonstrative = DEMONSTRATIVES.has(ws[1] ?? "") || DEMONSTRATIVES.has(ws[2] ?? "");
  if (!isQuestion(t) && (prep || (ws.length <= 6 && ws.includes("yang") && !SUBJECT_STARTS.has(w0) && !demonstrative && !(w0 === "yang" && headlessSubject(ws)))) && noPredicate(ws.length)) return "no-verb";
  // A subject that runs straight into a subordinate clause without a verb of its own:
  // "Korea Utara Kim Jong Un tahun lalu ketika persediaan senjatanya berkurang …".
  const k = ws.findIndex((w, i) => i >= 2 && CLAUSE_SUBORDINATORS.has(w) && !ADVERBIAL_AFTER.has(ws[i + 1] ?? ""));
  // (not a question: "Bukankah lebih efektif jika dana difokuskan pada …?")
  if (k > 0 && noPredicate(k) && !isQuestion(t) && !/[,–—]/.test(t.slice(0, lt.indexOf(" " + ws[k]! + " ") + 1))) return "no-verb";
  return null;
}

/** A brand or outlet written in small letters opens the text: `detikcom`, `kumparan`, `iPhone`, `e-KTP`, `tirto.id`. */
function lowercaseBrand(t: string): boolean {
  const w = /^\S+/u.exec(t)?.[0].replace(/[^\p{L}\p{N}]+$/u, "") ?? "";
  return LOWERCASE_BRANDS.has(w.toLowerCase()) || /^\p{Ll}+\p{Lu}/u.test(w) || /^\p{Ll}-\p{Lu}/u.test(w) || /^\p{Ll}[\p{L}\p{N}-]*\.(?:com|id|co\.id|net)$/u.test(w);
}

/**
 * A subordinator that is also a preposition ("sejak", "sebelum", "selama" …) heading a short adverbial
 * and then a clause: "Sejak 2019 ia tinggal di Bali.", "Sebelum laga para pemain berdoa." (a pronoun or a
 * plural marker opens the subject), "Selama Ramadan jam kerja ASN dikurangi." (after a name or a number,
 * a noun and later a verb).
 */
function adverbialThenClause(t: string): boolean {
  const ws: string[] = t.match(WORD) ?? [];
  const w0 = ws[0]?.toLowerCase() ?? "";
  if (!SUBORDINATORS.has(w0) || CLAUSE_SUBORDINATORS.has(w0)) return false;
  let i = 1;
  const named = /^[\p{Lu}\p{N}]/u.test(ws[1] ?? "");
  if (named) while (i < ws.length && i <= 3 && /^[\p{Lu}\p{N}]/u.test(ws[i]!)) i++;
  else if (ws[1] !== undefined && !isVerbLike(ws[1])) i = 2;
  else return false;
  const w = ws[i]?.toLowerCase();
  if (w === undefined) return false;
  if (CLAUSE_SUBJECTS.has(w)) return true;
  return named && /^\p{Ll}/u.test(ws[i]!) && !isVerbLike(w) && !PREPOSITIONS.has(w) && !NO_FINAL_WORDS.has(w)
    && ws.slice(i + 1).some((x) => isVerbLike(x));
}

/** "Yang hadir hanya 20 orang.": a headless relative clause as the subject of a predicate (rules/suspect.ts). */
function headlessSubject(words: readonly string[]): boolean {
  return YANG_EVALUATIVE.has(words[1] ?? "") || words.some((w, i) => i >= 2 && YANG_PREDICATE.has(w));
}

/** After the first comma, at least three words, one of them in small letters or a number: a clause. */
function clauseAfterComma(t: string): boolean {
  const c = t.indexOf(",");
  if (c < 0) return false;
  const rest = t.slice(c + 1).match(WORD) ?? [];
  return rest.length >= 3 && rest.some((w) => /^[\p{Ll}\p{N}]/u.test(w));
}

// (ASCII word boundaries: the words are ASCII, and the regular expression without the Unicode flag
// runs ten times faster on every sentence; a letter outside ASCII next to one is no word of Indonesian)
const CLAUSE_SUB_RE = new RegExp(`\\b(?:${[...CLAUSE_SUBORDINATORS].join("|")})\\b`, "i");

/**
 * role-mismatch — who did what to whom turned round: `Rusia menyerang Ukraina` → `Ukraine attacked Russia`,
 * `Persebaya mengalahkan Arema FC 3-1` → `Arema FC beat Persebaya 3-1`, `Ginting dikalahkan oleh Axelsen` →
 * `Ginting defeated Axelsen`.
 *
 * Read only on the plainest shape: in the source, a name, then a verb the word list knows (meN- active, di- passive: the name
 * after it, or after `oleh`, is then the doer), then a second name right after it, each name once in the
 * source; in the target, the two
 * names (as written, or a capitalised translation of the word list: `Rusia` → `Russia`, `Jepang` → `Japan`),
 * each once, with at most three words between them and no preposition, conjunction, comma or form of `be`
 * (`lost 1-2 to Persib`, `was attacked by`: another shape, not read). The first name of the target is its
 * doer; a doer other than the source's is reported. A warning. Names that traded places across a preposition
 * are reported too (`preposition`): `Indonesia mengimpor beras dari Thailand` → `Thailand imported rice from
 * Indonesia` (prepositionProblem), and plain nouns turned round after a passive with `oleh`, each `oleh` of the
 * sentence (`Seorang pengendara ojek dipukul oleh penumpangnya` → `A motorcycle taxi driver hit his passenger`:
 * passiveNounProblem).
 *
 * Cheap on most pairs: one search of the source's capitals at word starts (sourceShapes) says whether a
 * capitalised word stands right before ` me…` or ` di…` and whether a preposition stands right before one; a
 * source with neither and no ` oleh ` is passed after it and one search for ` oleh `. A target without two
 * capitalised words one to three small words apart is passed after one regular expression; the word list is
 * read only then.
 */
import { englishLemmas, englishStem, freedictLexicon } from "../../align/lexicon";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";

/** A capitalised word, a meN- or di- verb, (`oleh`), a capitalised word. */
const SHAPE = /(?<![\p{L}\p{N}])(\p{Lu}[\p{L}-]*)\s+((?:me|di)\p{Ll}{3,})\s+(?:(oleh)\s+)?(\p{Lu}[\p{L}-]*)/gu;
/** What may not stand between the two names of the target (another shape than doer, verb, object). */
const NOT_BETWEEN = /[,;:()"“”]|(?<![\p{L}])(?:by|to|from|with|against|and|or|of|in|on|at|for|over|than|as|was|were|is|are|be|been|being|not|no|never|'s|’s)(?![\p{L}])/iu;

/** Where a source name stands in the target: as written, or a capitalised translation of it; undefined unless once. */
function placeOf(name: string, target: string): { start: number; end: number } | undefined {
  const at: { start: number; end: number }[] = [];
  const forms = new Set([name]);
  for (const e of freedictLexicon().translate(name.toLowerCase())) forms.add(e);
  for (const m of target.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*/gu)) {
    const w = m[0].replace(/['’]s$/u, "");
    if (forms.has(w) || forms.has(englishStem(w.toLowerCase()))) at.push({ start: m.index, end: m.index + w.length });
  }
  return at.length === 1 ? at[0] : undefined;
}

/** How often `word` is written in `text` as a whole word. */
function countWord(text: string, word: string): number {
  let n = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (!/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") && !/[\p{L}\p{N}]/u.test(text[i + word.length] ?? "")) n++;
  }
  return n;
}

/** Where `word` is written in `text` as a whole word, if once. */
function writtenOnce(text: string, word: string): { start: number; end: number } | undefined {
  let at: number | undefined;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + word.length)) {
    if (/[\p{L}\p{N}]/u.test(text[i - 1] ?? "") || /[\p{L}\p{N}]/u.test(text[i + word.length] ?? "")) continue;
    if (at !== undefined) return undefined;
    at = i;
  }
  return at === undefined ? undefined : { start: at, end: at + word.length };
}

/** The span from `start` to `end` widened over the capitalised words written right before and after it. */
function nameRun(text: string, start: number, end: number): { start: number; end: number; text: string } {
  for (let m = /(\p{Lu}[\p{L}-]*) $/u.exec(text.slice(0, start)); m !== null; m = /(\p{Lu}[\p{L}-]*) $/u.exec(text.slice(0, start))) start -= m[0].length;
  for (let m = /^ (\p{Lu}[\p{L}-]*)/u.exec(text.slice(end)); m !== null; m = /^ (\p{Lu}[\p{L}-]*)/u.exec(text.slice(end))) end += m[0].length;
  return { start, end, text: text.slice(start, end) };
}

/** A capital (ASCII, or any character past U+00BF) after a space: a capitalised word's start. */
const SPACE_CAPITAL = / [A-Z\u00C0-\uFFFF]/g;
const isCapital = (c: number): boolean => (c >= 65 && c <= 90) || c >= 0xc0;
/** sourceShapes: a source preposition (SOURCE_KEYS) right before a capital (prepositionProblem may read the pair). */
const PREPOSITION_CAPITAL = 1;
/** sourceShapes: a word written with a capital right before ` me…` or ` di…` (the verb shape, SHAPE, may be there). */
const CAPITAL_BEFORE_VERB = 2;
/**
 * What the source may hold, from one search of its capitals at word starts (most sources have few; no
 * regular expression per shape, no pass over every character in JavaScript): PREPOSITION_CAPITAL, CAPITAL_BEFORE_VERB.
 */
function sourceShapes(source: string): number {
  let found = 0;
  // (the capitalised word runs to the next space: ` me…` or ` di…` right after it)
  const before = (s: number): boolean => {
    const e = source.indexOf(" ", s);
    return e >= 0 && (source.startsWith(" me", e) || source.startsWith(" di", e));
  };
  if (isCapital(source.charCodeAt(0)) && before(0)) found = CAPITAL_BEFORE_VERB;
  SPACE_CAPITAL.lastIndex = 0;
  while (SPACE_CAPITAL.test(source)) {
    const s = SPACE_CAPITAL.lastIndex - 1;
    if ((found & PREPOSITION_CAPITAL) === 0 && keyBefore(source, s, SOURCE_KEYS)) found |= PREPOSITION_CAPITAL;
    if ((found & CAPITAL_BEFORE_VERB) === 0 && before(s)) found |= CAPITAL_BEFORE_VERB;
    if (found === (PREPOSITION_CAPITAL | CAPITAL_BEFORE_VERB)) break;
  }
  return found;
}

/** Two capitalised words with one to three small words between them in the target (the shape the target must have). */
const TARGET_SHAPE = /(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*((?: [\p{Ll}\p{N}][^\s,;:]*){1,3}) (?=\p{Lu})/gu;
function targetShape(target: string): boolean {
  for (const m of target.matchAll(TARGET_SHAPE)) if (!NOT_BETWEEN.test(m[1]!)) return true;
  return false;
}

/**
 * Source prepositions before a name, and the English ones that say the same (`dari Thailand` → `from Thailand`,
 * `kepada Persija` → `to Persija`, `ke arah Jepang` → `towards Japan`). Longest first.
 */
const PREPOSITIONS: readonly (readonly [string, readonly string[]])[] = [
  ["ke arah", ["towards", "toward", "at"]], ["kepada", ["to"]], ["dari", ["from"]], ["ke", ["to", "into", "towards", "toward"]],
];
const SOURCE_PREPOSITION = /(?<![\p{L}])(ke arah|kepada|dari|ke) $/u;
const TARGET_PREPOSITION = /(?<![\p{L}])(towards|toward|from|into|to|at) (?:the )?$/iu;
/** A source preposition right before a capital, and an English one too (tested first: most pairs have none). */
const QUICK_SOURCE = /(?<![\p{L}])(?:dari|kepada|ke|ke arah) \p{Lu}/u;
const QUICK_TARGET = /(?<![\p{L}])(?:from|to|toward|towards|into|at) (?:the )?\p{Lu}/iu;

const SOURCE_KEYS = [" dari ", " kepada ", " ke ", " ke arah "], TARGET_KEYS = [" from ", " to ", " toward ", " towards ", " into ", " at "];
/** Is one of `keys` written right before the capital at `i` (after a space), or before `the ` and it? */
function keyBefore(text: string, i: number, keys: readonly string[]): boolean {
  const at = text.startsWith(" the ", i - 5) ? i - 4 : i;
  for (const key of keys) if (text.startsWith(key, at - key.length)) return true;
  return false;
}
/** Is one of `keys` written right before a capital, or before `the ` and a capital (a search of the capitals after a space: most texts have few)? */
function capitalAfter(text: string, keys: readonly string[]): boolean {
  SPACE_CAPITAL.lastIndex = 0;
  while (SPACE_CAPITAL.test(text)) if (keyBefore(text, SPACE_CAPITAL.lastIndex - 1, keys)) return true;
  return false;
}

/** The capitalised runs of the source (`Pelita Air`, `Korea Utara`), not its first word alone (`Saham`). */
function sourceNames(source: string): { start: number; end: number; text: string; words: string[] }[] {
  const out: { start: number; end: number; text: string; words: string[] }[] = [];
  for (const m of source.matchAll(/(?<![\p{L}\p{N}])\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*)*/gu)) out.push({ start: m.index, end: m.index + m[0].length, text: m[0], words: m[0].split(" ") });
  return out;
}

/**
 * Names that traded places across a preposition: `Indonesia mengimpor beras dari Thailand` → `Thailand imported
 * rice from Indonesia`, `dari Garuda kepada Pelita Air` → `from Pelita Air to Garuda`. A name B after a source
 * preposition (dari, kepada, ke, ke arah), a name A elsewhere in the source not after one of the same sense; in
 * the target A after a preposition of that sense and B after none of it, the two in the other order than the
 * source's (they traded places: `data Bappenas … dari PDB` → `Data from the Bappenas … of GDP` keeps its
 * order), each name once in both and apart in the target. A converse verb
 * says it with the other preposition (`membeli dari Prancis` → `France sold … to`) and is not read.
 */
function prepositionProblem(source: string, target: string): Problem | undefined {
  // (the source's own test, capitalAfter(source, SOURCE_KEYS), is sourceShapes's PREPOSITION_CAPITAL, read by the caller)
  if (!capitalAfter(target, TARGET_KEYS) || !QUICK_SOURCE.test(source) || !QUICK_TARGET.test(target)) return undefined;
  const names = sourceNames(source).map((n) => {
    const before = SOURCE_PREPOSITION.exec(source.slice(Math.max(0, n.start - 8), n.start));
    // (where it stands in the target: its words found there once, widened to their run; none if they stand in two
    // runs. A name of several words by its words as written: the word list's translation of one of them is no name,
    // `Kepegawaian` → `Employee`; a name of one word also by a capitalised translation, `Jepang` → `Japan`)
    let at: { start: number; end: number; text: string } | undefined, apart = false;
    for (const w of n.words) {
      if (w.length < 3 || countWord(source, w) !== 1) continue;
      const p = n.words.length === 1 ? placeOf(w, target) : writtenOnce(target, w);
      if (p === undefined) continue;
      const run = nameRun(target, p.start, p.end);
      if (at !== undefined && at.start !== run.start) apart = true;
      at ??= run;
    }
    if (apart) at = undefined;
    const tb = at === undefined ? null : TARGET_PREPOSITION.exec(target.slice(Math.max(0, at.start - 12), at.start));
    return { ...n, prep: before?.[1], at, tprep: tb?.[1]?.toLowerCase() };
  });
  for (const b of names) {
    const senses = PREPOSITIONS.find(([p]) => p === b.prep)?.[1];
    if (senses === undefined || b.at === undefined || (b.tprep !== undefined && senses.includes(b.tprep))) continue;
    for (const a of names) {
      // (the two names traded places: their order in the target is the other way round, each a name of its own there)
      if (a === b || a.at === undefined || a.tprep === undefined || !senses.includes(a.tprep)) continue;
      if ((a.start < b.start) === (a.at.start < b.at.start) || (a.at.start < b.at.end && b.at.start < a.at.end)) continue;
      const aSenses = PREPOSITIONS.find(([p]) => p === a.prep)?.[1];
      if (aSenses !== undefined && aSenses.includes(a.tprep)) continue;
      const from = Math.min(a.at.start, b.at.start), to = Math.max(a.at.end, b.at.end);
      return {
        messageId: "preposition", data: { name: b.text, preposition: b.prep!, other: a.text, rendered: target.slice(a.at.start - a.tprep.length - (target.slice(0, a.at.start).endsWith(" the ") ? 5 : 1), a.at.end) },
        source: { start: b.start, end: b.end }, target: { start: from, end: to },
      };
    }
  }
  return undefined;
}

/** A passive with its doer after `oleh`: up to three words before a di- verb (the one acted on), up to three after `oleh` (the doer). */
const PASSIVE_OLEH = /((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:(?:itu|tersebut|ini) )?(di\p{Ll}{3,}) oleh (?:(?:seorang|sebuah|para|sejumlah|sekelompok) )?([\p{L}-]+(?: [\p{L}-]+){0,2})/u;
/** Words that end a noun phrase after `oleh` (a preposition or a conjunction). */
const NP_END = new Set(["di", "ke", "dari", "pada", "dengan", "saat", "ketika", "dalam", "dan", "karena", "yang", "untuk", "hingga", "sejak", "setelah", "sebelum"]);
/** Forms of `be` and `get` before an English verb: a passive kept. */
const BE = new Set(["was", "were", "is", "are", "be", "been", "being", "got", "get", "gets", "getting", "had", "has", "have"]);
const DROP = new Set(["itu", "tersebut", "ini", "seorang", "sebuah", "para", "sejumlah", "sekelompok", "yang", "lalu", "kemudian", "dan", "sedangkan", "sementara", "namun", "tetapi"]);

/** The English words of the word list for the words of a phrase (`penumpangnya` → passenger), -nya taken off. */
function renderings(words: readonly string[]): Set<string> {
  const out = new Set<string>();
  for (const w of words) {
    const l = w.toLowerCase();
    if (DROP.has(l) || l.length < 3) continue;
    for (const e of freedictLexicon().translate(l)) out.add(e);
    if (l.endsWith("nya")) for (const e of freedictLexicon().translate(l.slice(0, -3))) out.add(e);
  }
  return out;
}
/** Is the target word a rendering in `set` (its stem, a lemma, an agent noun of one, or a compound ending in one: `goalkeeper`)? */
function renders(word: string, set: ReadonlySet<string>): boolean {
  const l = word.toLowerCase().replace(/['’]s$/u, "");
  if (set.has(l) || set.has(englishStem(l)) || englishLemmas(l).some((x) => set.has(x))) return true;
  // (the agent noun of a verb the word list gives: `driver` of `drive` for `pengemudi`)
  if (l.length >= 5 && l.endsWith("er") && (set.has(l.slice(0, -1)) || set.has(l.slice(0, -2)))) return true;
  for (const e of set) if (e.length >= 5 && l.length > e.length && l.endsWith(e)) return true;
  return false;
}

/**
 * Roles turned round between plain nouns after a passive with its doer (`Seorang pengendara ojek dipukul oleh
 * penumpangnya` → `A motorcycle taxi driver hit his passenger`): the source's one acted on (the words before the
 * di- verb) rendered right before the verb's rendering in an active target (no form of `be` before it, no `by`
 * after it), the doer (after `oleh`) right after it. A passive made active the right way round (`Korban
 * diselamatkan oleh warga` → `Residents rescued the victim`) and one kept (`was rescued by residents`) are none.
 */
function passiveNounProblem(source: string, target: string, i: number): Problem | undefined {
  // (the word before ` oleh ` a di- verb, or `itu`/`tersebut`/`ini` after one: tested on the characters first)
  const w = i === 0 ? 0 : source.lastIndexOf(" ", i - 1) + 1;
  const prior = source.slice(w, i);
  if (!(prior.startsWith("di") && prior.length >= 5) && prior !== "itu" && prior !== "tersebut" && prior !== "ini") return undefined;
  // (read around this ` oleh `: the regular expression on a few words, not the whole text, from the clause's start
  // — after the ` oleh ` before it, if any, which is its own passive)
  const prev = source.lastIndexOf(" oleh ", i - 1);
  const from = Math.max(0, w - 60, prev < 0 ? 0 : prev + 6);
  const m = PASSIVE_OLEH.exec(source.slice(from, i + 60));
  if (m === null || from + m.index + m[0].indexOf(" oleh ") !== i) return undefined;
  return turnedPassive(source, target, m, from);
}

/**
 * A passive without `oleh` at the head of the sentence, its doer a plain noun right after the di- verb (`Pencuri
 * itu ditangkap warga` → `The thief caught residents`, `Korban dievakuasi relawan`): up to three words, `itu`
 * or another demonstrative, the verb (among the first five words), then a word in small letters — not a
 * preposition, a conjunction, a word of time or a number, and the verb none whose word after it is no doer
 * (`divonis 5 tahun`, `diberi hadiah`, `dituduh korupsi`, `ditetapkan sebagai`).
 */
const PASSIVE_BARE = /^((?:[\p{L}-]+ ){0,2}[\p{L}-]+) (?:(?:itu|tersebut|ini) )?(di\p{Ll}{3,}) (?:(?:seorang|sebuah|para|sejumlah|sekelompok|sekawanan) )?(\p{Ll}[\p{Ll}-]+(?: \p{Ll}[\p{Ll}-]+){0,2})/u;
/** Passives whose next word is what is given, named or charged, not the doer (`diberi hadiah`, `divonis penjara`). */
const NOT_DOER_AFTER = /^di(?:beri|berikan|jatuhi|anugerahi|namai|namakan|sebut|juluki|angkat|tetapkan|nyatakan|anggap|jadikan|kenal|duga|tuduh|dakwa|vonis|hukum|tuntut|kenai|kenakan|ganjar|minta|harapkan|rencanakan|jadwalkan|perkirakan|prediksi|proyeksikan|klaim|gelar|kabarkan|ketahui|sinyalir|tawari|tawarkan|janjikan|suguhi|bekali|ajukan|usulkan)$/;
/** Words after a di- verb that are no doer: prepositions, conjunctions, words of time, degree and manner. */
const NOT_DOER = new Set([...NP_END, "oleh", "secara", "sebagai", "menjadi", "jadi", "agar", "supaya", "bahwa", "kemarin", "tadi", "pagi", "siang", "sore", "malam", "hari", "pekan", "minggu", "bulan", "tahun", "lalu", "kembali", "lagi", "juga", "pun", "sudah", "telah", "akan", "sedang", "masih", "hanya", "sekitar", "sebanyak", "sejumlah", "lebih", "kurang", "segera", "langsung", "sendiri", "bersama", "tanpa", "atas", "bagi", "terhadap", "melalui", "lewat", "menggunakan", "sampai", "sebesar", "senilai", "seharga", "selama", "per", "antara", "pula", "dini", "subuh", "sekarang", "kini", "nanti", "besok", "tiap", "setiap", "semua", "seluruh", "banyak", "massal", "paksa", "ulang", "resmi", "mati", "hidup", "bebas", "tidak", "tak", "belum", "bukan", "dapat", "bisa", "boleh", "harus", "perlu", "wajib", "adalah", "ialah", "merupakan", "ada", "pernah", "sempat", "mampu", "mulai", "tetap", "dinilai", "disebut"]);
/** English words of time: a word after a di- verb rendered by one is no doer (`seminggu`, `sepekan`: a week). */
const TIME_WORDS = new Set(["week", "day", "month", "year", "hour", "minute", "second", "moment", "time", "night", "morning", "evening", "afternoon", "while", "period", "weekend", "decade", "century"]);
/** A sentence that opens with a conjunction or a preposition: its first words are no one acted on (`Jika jumlah yang diajukan`, `Di antara yang ditangkap`). */
const NOT_DONE_START = /^(?:di|ke|dari|pada|jika|bila|apabila|kalau|saat|ketika|setelah|sebelum|meski|meskipun|walaupun|walau|karena|sejak|untuk|agar|bahwa|namun|tetapi|sementara|sedangkan|dan|atau|selain|menurut|dengan|dalam|bagi|seperti|adapun|yang)$/i;
const isSmall = (c: number): boolean => c >= 97 && c <= 122;
function barePassiveProblem(source: string, target: string): Problem | undefined {
  // (a di- verb among the source's first five words, tested on the characters first: most sources have none there —
  // ` di` then three small letters, not the preposition `di`, within the first 64 characters, then the words before it counted)
  let at = source.indexOf(" di");
  while (at >= 0 && at < 64 && !(isSmall(source.charCodeAt(at + 3)) && isSmall(source.charCodeAt(at + 4)) && isSmall(source.charCodeAt(at + 5)))) at = source.indexOf(" di", at + 3);
  if (at < 0 || at >= 64) return undefined;
  let spaces = 0;
  for (let k = source.indexOf(" "); k >= 0 && k < at; k = source.indexOf(" ", k + 1)) spaces++;
  if (spaces > 4) return undefined;
  const m = PASSIVE_BARE.exec(source);
  if (m === null || NOT_DOER_AFTER.test(m[2]!) || NOT_DOER.has(m[3]!.split(" ")[0]!)) return undefined;
  const done = m[1]!.split(" ");
  if (NOT_DONE_START.test(done[0]!) || done.includes("yang")) return undefined;
  // (a time after the verb, `ditutup seminggu lagi` = closes in a week: no doer)
  if ([...renderings(m[3]!.split(" ").slice(0, 1))].some((e) => TIME_WORDS.has(e))) return undefined;
  return turnedPassive(source, target, m, 0);
}

/** The roles of a passive turned round in the target (passiveNounProblem, barePassiveProblem): `m` the passive read, 1 the one acted on, 2 the verb, 3 the doer, from `from`. */
function turnedPassive(source: string, target: string, m: RegExpExecArray, from: number): Problem | undefined {
  const verbs = freedictLexicon().translate(m[2]!);
  if (verbs.length === 0) return undefined;
  // (the phrase without its article or demonstrative at either end: `Seorang pengendara ojek`, `Guru honorer itu`)
  const doneWords = m[1]!.split(" ");
  while (doneWords.length > 1 && DROP.has(doneWords[0]!.toLowerCase())) doneWords.shift();
  while (doneWords.length > 1 && DROP.has(doneWords[doneWords.length - 1]!.toLowerCase())) doneWords.pop();
  const doerWords: string[] = [];
  for (const w of m[3]!.split(" ")) { if (NP_END.has(w.toLowerCase())) break; doerWords.push(w); }
  const done = renderings(doneWords), doer = renderings(doerWords);
  for (const e of [...done]) if (doer.has(e)) { done.delete(e); doer.delete(e); }
  if (done.size === 0 || doer.size === 0) return undefined;
  const tw = [...target.matchAll(/[\p{L}\p{N}]+(?:['’-][\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]/gu)].map((x) => ({ text: x[0], start: x.index, end: x.index + x[0].length }));
  const vset = new Set(verbs);
  const at = tw.map((w, k) => (renders(w.text, vset) ? k : -1)).filter((k) => k >= 0);
  if (at.length !== 1) return undefined;
  const v = at[0]!;
  if (v === 0 || BE.has(tw[v - 1]!.text.toLowerCase())) return undefined;
  // (the clause around the verb: up to four words before it, five after, not across punctuation)
  const near = (from: number, step: number, n: number): number[] => {
    const out: number[] = [];
    for (let k = from; k >= 0 && k < tw.length && out.length < n; k += step) { if (!/[\p{L}\p{N}]/u.test(tw[k]!.text)) break; out.push(k); }
    return out;
  };
  const before = near(v - 1, -1, 4), after = near(v + 1, 1, 5);
  if (after.some((k) => tw[k]!.text.toLowerCase() === "by")) return undefined;
  const subject = before.find((k) => renders(tw[k]!.text, done));
  const object = after.find((k) => renders(tw[k]!.text, doer));
  if (subject === undefined || object === undefined || before.some((k) => renders(tw[k]!.text, doer)) || after.some((k) => renders(tw[k]!.text, done))) return undefined;
  const doneStart = from + m.index + m[1]!.indexOf(doneWords[0]!), doerEnd = from + m.index + m[0].length - (m[3]!.length - doerWords.join(" ").length);
  return {
    messageId: "swapped", data: { doer: doerWords.join(" "), done: doneWords.join(" "), verb: m[2]!, rendered: target.slice(tw[subject]!.start, tw[object]!.end) },
    source: { start: doneStart, end: doerEnd }, target: { start: tw[subject]!.start, end: tw[object]!.end },
  };
}

/** Where ` oleh ` is next written in the source from `from`, or -1 (a search for `oleh`, rarer than the spaces around it). */
function olehAt(source: string, from: number): number {
  for (let i = source.indexOf("oleh", from); i >= 0; i = source.indexOf("oleh", i + 4)) if (source.charCodeAt(i - 1) === 32 && source.charCodeAt(i + 4) === 32) return i - 1;
  return -1;
}

export function roleProblems(source: string, target: string): Problem[] {
  const shapes = sourceShapes(source);
  if ((shapes & PREPOSITION_CAPITAL) !== 0) {
    const across = prepositionProblem(source, target);
    if (across !== undefined) return [across];
  }
  // (each ` oleh `: a sentence may hold two passives, `ditabrak oleh truk, lalu … ditolong oleh warga`)
  let olehs = 0;
  for (let oleh = olehAt(source, 0); oleh >= 0; oleh = olehAt(source, oleh + 5)) {
    olehs++;
    const nouns = passiveNounProblem(source, target, oleh);
    if (nouns !== undefined) return [nouns];
  }
  // (a passive without `oleh` at the sentence's head: `Pencuri itu ditangkap warga` → `The thief caught residents`)
  if (olehs === 0) {
    const bare = barePassiveProblem(source, target);
    if (bare !== undefined) return [bare];
  }
  if ((shapes & CAPITAL_BEFORE_VERB) === 0 || !targetShape(target)) return NO_PROBLEMS;
  for (const m of source.matchAll(SHAPE)) {
    const [, a, verb, oleh, b] = m;
    // (a verb the word list knows as Indonesian: not `director`, `media`)
    if (a === b || (verb!.startsWith("me") && oleh !== undefined) || freedictLexicon().translate(verb!).length === 0) continue;
    // (each name once in the source too: `Rusia membantu Korea Utara, dan Korea Utara membantu Rusia` is two clauses the target may order its own way)
    // (a name's word it shares with another, `Bhayangkara FC` and `Borneo FC`: the name is read by a word of its own)
    const key = (word: string, run: () => { text: string }): string | undefined => {
      if (countWord(source, word) === 1) return word;
      const r = run();
      return countWord(source, r.text) === 1 ? r.text.split(" ").find((w) => w.length >= 3 && countWord(source, w) === 1) : undefined;
    };
    const ka = key(a!, () => nameRun(source, m.index, m.index + a!.length));
    const kb = ka === undefined ? undefined : key(b!, () => nameRun(source, m.index + m[0].length - b!.length, m.index + m[0].length));
    if (ka === undefined || kb === undefined) continue;
    const passive = verb!.startsWith("di");
    const pa = placeOf(ka, target), pb = placeOf(kb, target);
    if (pa === undefined || pb === undefined) continue;
    const [first, second] = pa.start < pb.start ? [pa, pb] : [pb, pa];
    const between = target.slice(first.end, second.start);
    if (NOT_BETWEEN.test(between) || between.trim().split(/\s+/).length > 3) continue;
    // (the doer: the source's first name, or the second after a passive; the target's first)
    const doerIsA = !passive, targetDoerIsA = first === pa;
    if (doerIsA === targetDoerIsA) continue;
    // (the names whole, for the message: `Korea Selatan`, `Arema FC`, `South Korea`)
    const aName = nameRun(source, m.index, m.index + a!.length), bName = nameRun(source, m.index + m[0].length - b!.length, m.index + m[0].length);
    const shown = nameRun(target, first.start, second.end);
    return [{
      messageId: "swapped", data: { doer: passive ? bName.text : aName.text, done: passive ? aName.text : bName.text, verb: verb!, rendered: shown.text },
      source: { start: aName.start, end: bName.end }, target: { start: shown.start, end: shown.end },
    }];
  }
  return NO_PROBLEMS;
}

export default defineCheck({
  meta: {
    id: "role-mismatch",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "Who did what to whom is turned round: the doer of the source is the one the target's verb acts on.",
    messages: {
      swapped: "In the source “{{doer}}” is the doer and “{{done}}” the one acted on (“{{verb}}”); the target turns it round: “{{rendered}}”.",
      preposition: "In the source “{{name}}” stands after “{{preposition}}”; the target puts “{{other}}” there: “{{rendered}}”: who did what to whom turned round.",
    },
  },
  defaultOptions: {},
  check({ source, target }) {
    return roleProblems(source, target);
  },
});

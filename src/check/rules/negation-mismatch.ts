/**
 * negation-mismatch — a negation of the source with none in the target, or a negation the target adds
 * (machine translation drops and adds `not`: `Pemerintah tidak akan menaikkan harga BBM` → `The
 * government will raise fuel prices`; `Presiden menyetujui RUU itu` → `The president did not approve the
 * bill`).
 *
 * - `dropped`: the source has `tidak`, `tak`, `bukan`, `belum`, `jangan`, `tanpa`, `enggan`, `gagal`,
 *   `tiada` (also with `-lah`/`-kah`), outside the idioms that say no negation in English (`tidak
 *   hanya` = `as well as`, `tak lama kemudian` = `shortly afterwards`, `tidak sedikit` = `many`, `belum
 *   lama ini` = `recently`, `tanpa henti` = `nonstop`), and the target has no word that says one: not,
 *   no, never, without, none, nothing, n't, fail, refuse, decline, yet, lack, unable, `against` after a verb
 *   that negates with it or before someone's wishes (`voted against`, `against their wishes`), a word made
 *   negative (`un-`, `non-`, `-less`, `in-`/`im-`/`il-`/`ir-`/`dis-` before an English adjective:
 *   `indivisible`, `illegal`; `innocent`…) or one a negated Indonesian word is often rendered by
 *   (`safe`, `false`, `pending`, `still`, `only`, `few`, `missing`, `off`: `cut off from`; `absurd`,
 *   `ridiculous`, `nonsense` for `tidak masuk akal`, `tidak berdasar`).
 * - `added`: the target says `not`, `n't`, `never`, `no`, `nothing`, `none`, `nobody`, `neither`, `nor`
 *   or `cannot` (not in `no more than`, `no later than`, `not only`, `whether or not`…) and the source
 *   has neither a negation nor a word whose English is often negated (`menolak` = `did not accept`,
 *   `melarang` = `did not allow`, `kurang` = `not enough`, `masih` = `not yet`, `membantah`, `sulit`,
 *   `batal`, `mangkir`…).
 *
 * - `permission`: the source forbids (`dilarang`, `terlarang`, `melarang`) or obliges (`wajib`, `diwajibkan`,
 *   `mewajibkan`, `harus`) with no negation, and the target says the opposite with none either — `allowed`,
 *   `permitted`, `free to` for a prohibition (`dilarang mengangkut` → `are allowed to pick up`), `optional`,
 *   `voluntary` for an obligation (`wajib menjalani vaksinasi` → `vaccination is optional`). Not when the target
 *   says a prohibition or an obligation too (`banned`, `not`, `only`, `except`, `must`, `required`…: `only
 *   buses are allowed`), nor when the source names a permission or a choice beside it (`boleh`, `diizinkan`,
 *   `kecuali`, `hanya`, `sukarela`, `opsional`).
 *
 * - `double`: the source says a double negative (`Tidak ada yang tidak setuju`: a positive) and the target has
 *   one negation (`No one agreed`); none (`Everyone agreed`) or two (`No one disagreed`) is right.
 * - `double-target`: the other way round, the source says one negation (`Kami tidak menemukan korban jiwa`)
 *   and the target two in one clause, which English reads as a positive (`We did not find no fatalities`,
 *   `didn't say nothing`): `not`, `n't` or `never`, then within two words `no`, `nothing`, `nobody`, `none`
 *   or `nowhere` (not `whether or not`, `no more than`, `no doubt`).
 *
 * A warning: a translator may say a negation another way. Most pairs are passed by one test of the
 * source and one of the target.
 */
import { mayHoldWord, wordHashes, type Tokens } from "../../glossary/tokenize";
import { defineCheck, NO_PROBLEMS, type Problem } from "../types";
import { wordLanguage } from "../util";

/** An Indonesian negation (the pre-test, and where the first is). */
const ID_NEGATION = /\b(?:tidak|tak|bukan|belum|jangan|tanpa|enggan|gagal|tiada|takkan|nggak|gak|tdk)(?:lah|kah)?\b/i;
const ID_NEGATION_ALL = /\b(?:tidak|tak|bukan|belum|jangan|tanpa|enggan|gagal|tiada|takkan|nggak|gak|tdk)(?:lah|kah)?\b/gi;
/** The words of ID_NEGATION, for the pre-test over the source's token hashes (see negationMay). */
const ID_NEGATION_WORDS = wordHashes("tidak tak bukan belum jangan tanpa enggan gagal tiada takkan nggak gak tdk".split(" ").flatMap((w) => [w, w + "lah", w + "kah"]));
/** Negations that English says without a negation (the words after the negation, small letters). */
const IDIOM_AFTER = /^(?:-|\s+(?:hanya|sekadar|cuma|lama\b|sedikit|main\b|henti|hentinya|terhitung|terhingga|terduga|terkecuali|pelak|ayal|jarang|kalah|lain\b|heran|ragu|pernah\s+terjadi|kurang\s+dari|(?:dapat|bisa)\s+(?:dipungkiri|disangkal)|dimungkiri|disangkal|terelakkan|terbendung|mustahil|tidak|mungkin\s+tidak|jauh|berawak|seperti|demikian|masalah|ada\s+salahnya|tanggung|termasuk|gol\b|langsung))/i;
/** `paling tidak` (at least), `… atau tidak` (whether), `bukan tidak mungkin` (quite possibly): the negation with the word before it. */
const IDIOM_BEFORE = /\b(?:paling|atau|bukan)\s+$/i;

/** English words that say a negation (small letters), beyond the patterns below. */
const EN_NEGATIVE = new Set((
  "not no never none nobody nothing nowhere neither nor without cannot fail fails failed failing failure refuse refuses refused " +
  "refusing refusal decline declines declined declining reluctant reluctantly unwilling unable yet lack lacks lacked lacking absent " +
  "absence deny denies denied denial reject rejects rejected rejection avoid avoided prevent prevented ban banned bans prohibit " +
  "prohibited forbid forbidden forbade free instead rather neither impossible invalid illegal illegally illicit irregular innocent " +
  "insufficient inadequate incomplete inactive inaccurate incorrect inability informal independent independently impartial " +
  "disagree disagreed disapprove disallowed dislike dishonest disabled false wrong untrue safe pending still remain remains remained " +
  "remaining only few little rarely seldom hardly barely scarcely missing lost stopped halted ended closed shut idle empty vacant " +
  "silent quiet zero nil minus less lesser short shortage denying stay stayed kept keep postponed delayed suspended cancelled canceled " +
  "abstain abstained skipped ignored ignore ignores ignoring unless except exempt spared escaped beyond outside non miss missed misses " +
  "anonymity anonymous anonymously illegitimate indisputable inalienable incapable indirect indirectly inevitable inevitably invisible " +
  "insignificant intolerable irresponsible irrelevant immoral improper inappropriate incompetent inconsistent indefinitely ineffective least freely " +
  "inefficient insecure instability suboptimal defunct off absurd nonsense nonsensical ridiculous dissent dissents dissented dissenting"
).split(" "));
/** `un-` words that are no negation (the rest are: `unable`, `unclear`, `unprecedented`). */
const UN_NOT_NEGATIVE = /^un(?:der|til|it|ion|iq|ivers|iform|anim|ify|ifi|ison|ilateral|cles?$|lock|load|veil|dergo|leash|ravel|wind|pack|fold|dertak|ear|do)/;

/** A negative prefix and an adjective's or adverb's ending. */
const NEGATIVE_PREFIX = /^(?:in|im|il|ir|dis).*(?:ible|able|ent|ant|ive|al|ar|ate|ete|ect|ful|ous|ibly|ably|ently|antly|ively|ally|arly|ately|etely|ectly|fully|ously)$/;
/** A word of the target that says a negation. */
function negativeWord(w: string): boolean {
  if (EN_NEGATIVE.has(w)) return true;
  if (w.endsWith("n't") || w.endsWith("n’t")) return true;
  if (w.length >= 5 && w.startsWith("un") && !UN_NOT_NEGATIVE.test(w)) return true;
  if (w.length > 5 && w.startsWith("non")) return true;
  // (`indivisible`, `insufficient`, `illegal`, `irregular`, `dishonest`: a negative prefix before an
  // English adjective or adverb, `divisible`, `sufficient`)
  if (w.length > 7 && NEGATIVE_PREFIX.test(w) && !/^immediate/.test(w)) {
    const rest = w.slice(w.startsWith("dis") ? 3 : 2);
    if (rest.length >= 5 && (/(?:ible|able|ibly|ably)$/.test(rest) || wordLanguage(rest) === "en")) return true;
  }
  if (w.length > 6 && (w.endsWith("less") || w.endsWith("lessly")) && !/^(?:bless|unless|nevertheless|nonetheless)/.test(w)) return true;
  return false;
}

/** A double negative (`Tidak ada yang tidak setuju`, `Tak ada warga yang belum mengungsi`): `no one … not`, a positive. */
const DOUBLE_NEGATIVE = /\b(?:tidak|tak|tiada)\s+ada\s+(?:[\p{L}-]+\s+){0,2}?yang\s+(?:tidak|tak|belum|bukan)\b/iu;
/** Words DOUBLE_NEGATIVE needs (`ada`, `yang`): tested first, cheaply. */
const MAY_DOUBLE = /\sada\s/i;
const HAS_YANG = /yang/i;
/** Two negations in one clause of the target (`did not find no`, `didn't say nothing`, `never had nobody`): a positive in English. */
/** The second word EN_DOUBLE needs: tested first, cheaply. */
const MAY_DOUBLE_TARGET = /\bno(?:thing|body|ne|where)?\b/i;
const EN_DOUBLE = /(?:\b(?:not|never)|n['’]t)\s+(?:[A-Za-z]+\s+){0,2}?(no|nothing|nobody|none|nowhere)\b/gi;
/** `tidak hanya`, `bukan sekadar` (not only … but also): an idiom of the source that says no negation. */
const NOT_ONLY_ID = /\b(?:tidak|tak|bukan)\s+(?:hanya|sekadar|sekedar|cuma|semata)/i;
/** A target that says `not only` with words between (`not here just to`, `not … only in X but also in Y`) or says `also`. */
const EN_NOT_ONLY_SPLIT = /\b(?:only|just|merely|simply|solely|also|as\s+well|too)\b/i;
/**
 * A verb of opposition or refusal right after the source's negation (`tidak menentang`, `tak akan menolak`,
 * `bukan melarang`): the target's word for the verb (`against`, `refused`, `rejected`, `denied`, `banned`)
 * says no negation of it.
 */
const NEGATED_OPPOSITION = /^\s+(?:(?:akan|pernah|mau|ingin|lagi|juga|sampai)\s+)?(?:menentang|ditentang|(?:me|di)lawan|(?:me|di)nolak|tolak|(?:mem|di)bantah|(?:me|di)larang|(?:meng|di)halangi|keberatan|menyangkal|disangkal|(?:meng|di)ecam|(?:mem|di)protes|(?:meng|di)kritik)\b/i;
/** The English words of opposition or refusal NEGATED_OPPOSITION sets aside. */
const EN_OPPOSITION = /\b(?:against|oppos\w*|refus\w*|reject\w*|den(?:y|ies|ied|ying|ial)|ban(?:s|ned|ning)?|prohibit\w*|forb(?:id|ids|idden|ade)|object(?:s|ed|ing|ion)?|protest\w*|criticis\w*|criticiz\w*|condemn\w*)\b/gi;

/** The English negations `added` reads. */
const EN_STRICT = /(?:\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b)/i;
const EN_STRICT_ALL = /(?:\b(?:not|no|never|none|nobody|nothing|neither|nor|cannot)\b|n['’]t\b)/gi;
/** English phrases with a negation word that say none (`no more than 5`, `not only … but also`, `whether or not`). */
const EN_NOT_NEGATION = /^(?:no\s+(?:more|less|fewer|later|earlier|sooner|doubt|wonder)\b|not\s+(?:only|least|just|merely|simply|solely)\b|none\s+other\b|nothing\s+but\b|no\.\s*\S|no\s*\d)/i;
const EN_BEFORE_NOT_NEGATION = /\b(?:whether\s+or|if|or|why)\s+$/i;
/** Indonesian words whose English often has a negation (`menolak` = `did not accept`). */
const ID_LICENSES = /\b(?:(?:me|di|pe)?nolak(?:an)?|tolak|(?:mem|di)?bantah(?:an)?|(?:me|di)?larang(?:an)?|men?cegah|dicegah|kurang|minim|sulit|susah|mustahil|absen|mangkir|hilang|lenyap|batal|(?:mem|di)?batalkan|pembatalan|(?:ber|meng|di)?henti(?:kan)?|penghentian|urung|mengurungkan|jarang|sedikit|hanya|cuma|kecuali|selain|masih|buron|nihil|kosong|nol|bebas|aman|lupa|(?:meng|di)?hindari?|menyangkal|disangkal|mengelak|meragukan|diragukan|alih-alih|ketimbang|daripada|sebelum|paling\s+lambat|melainkan|tunda|menunda|ditunda|penundaan|terbatas|diam|membisu|kalah|lolos|luput|menghalangi|dihalangi|terhambat|mencabut|dicabut|golput|abstain|menahan\s+diri|nonaktif|non)\b/i;

export default defineCheck({
  meta: {
    id: "negation-mismatch",
    category: "critical",
    defaultSeverity: "warning",
    enabledByDefault: true,
    scope: "pair",
    needs: { reads: "text" },
    description: "A negation of the source is missing from the target, or the target adds one.",
    messages: {
      dropped: "The source says “{{word}}” (a negation) but the target has no negation.",
      added: "The target says “{{word}}” (a negation) but the source has none.",
      double: "The source says “{{word}}” (two negations: a positive) but the target has one negation, “{{rendered}}”.",
      permission: "The source says “{{word}}” (a prohibition or an obligation) but the target says “{{rendered}}”, its opposite.",
      "double-target": "The target says “{{rendered}}” (two negations: a positive in English) but the source has one negation, “{{word}}”.",
    },
  },
  defaultOptions: {},
  check({ source, target, sourceTokens, targetTokens }) {
    if (!target.trim()) return NO_PROBLEMS;
    // (the audit gives both texts' tokens: most pairs are passed by their word hashes, no text read)
    if (negationMay(source, sourceTokens, ID_NEGATION_WORDS) && ID_NEGATION.test(source)) {
      // (`Tidak ada yang tidak setuju`: two negations, a positive — `Everyone agreed`, `No one disagreed`; one is wrong)
      // (the count of negations first, and `yang` in it: the double-negative pattern is costly, and most
      // sources with a negation have one only — measured: 1 CPU s of a 1,000,000-pair audit run on it)
      let negations = -1;
      const count = () => (negations < 0 ? (negations = countUpTo3(source, ID_NEGATION_ALL)) : negations);
      const double = MAY_DOUBLE.test(source) && HAS_YANG.test(source) && count() === 2 ? DOUBLE_NEGATIVE.exec(source) : null;
      if (double !== null) {
        const said = negativeWordsOf(target);
        if (said.length !== 1) return NO_PROBLEMS;
        return [{ messageId: "double", data: { word: double[0], rendered: said[0]!.word }, source: { start: double.index, end: double.index + double[0].length }, target: { start: said[0]!.start, end: said[0]!.start + said[0]!.word.length } }];
      }
      const at = negationOf(source);
      // (`tidak hanya … tetapi juga` says no negation: a `not` the target adds beside it is one, `not only` none)
      // (`not here just to`, `not … only in X but also in Y`: the idiom split)
      if (at === undefined) return NOT_ONLY_ID.test(source) && !EN_NOT_ONLY_SPLIT.test(target) ? addedNegation(target) : NO_PROBLEMS;
      // (`tidak menentang` = `does not oppose`: `is against` or `refused` renders the verb, not its negation)
      // (`tidak menemukan` → `did not find no`: two negations, a positive in English, for the source's one)
      if (MAY_DOUBLE_TARGET.test(target) && count() === 1) {
        const two = doubleInTarget(target);
        if (two !== undefined) return [{ messageId: "double-target", data: { word: at.word, rendered: two.text }, source: { start: at.start, end: at.start + at.word.length }, target: { start: two.start, end: two.start + two.text.length } }];
      }
      const opposition = NEGATED_OPPOSITION.test(source.slice(at.start + at.word.length, at.start + at.word.length + 40));
      const said = opposition ? target.replace(EN_OPPOSITION, " ") : target;
      // (a word that says a negation only of what it renders, `suspended`, `still`, `safe`, counts where the
      // negated verb is rendered: `tidak mengabulkan permohonan penangguhan penahanan` → `granted the request
      // for suspended detention` renders the verb by `granted`, and `suspended` is another word's)
      if (hasNegativeWord(said) && (!SOFT_CUE.test(said) || negationNear(source, at.start, said))) return NO_PROBLEMS;
      return [{ messageId: "dropped", data: { word: at.word }, source: { start: at.start, end: at.start + at.word.length } }];
    }
    // (`dilarang` → `allowed`, `wajib` → `optional`: an opposite said with no negation word; the target's
    // words first, by their hashes — one pair in several hundred says `allowed` or `optional`)
    // (one pass over the target's word hashes for both: a negation, a permission or a choice)
    if (!negationMay(target, targetTokens, EN_STRICT_OR_PERMISSION_WORDS)) return NO_PROBLEMS;
    if (EN_PERMISSION.test(target)) {
      const flip = permissionFlipped(source, target);
      if (flip !== undefined) return flip;
    }
    if (!EN_STRICT.test(target) || ID_LICENSES.test(source)) return NO_PROBLEMS;
    return addedNegation(target);
  },
});

/** A permission (`allowed`, `permitted`, `free to`) or a choice (`optional`, `voluntary`) in the target: group 1 a permission, 2 a choice. */
const EN_PERMISSION = /\b(?:(allow(?:s|ed|ing)?|permit(?:s|ted|ting)?|free\s+to)|(optional|voluntar(?:y|ily)))\b/i;
/** The words of EN_STRICT (`t`: the end of `n't`, a word of its own to the tokenizer) and of EN_PERMISSION, for the pre-test over the target's token hashes. */
const EN_STRICT_OR_PERMISSION_WORDS = wordHashes(["not", "no", "never", "none", "nobody", "nothing", "neither", "nor", "cannot", "t", ..."allow allows allowed allowing permit permits permitted permitting free optional voluntary voluntarily".split(" ")]);
/** A prohibition (group 1) or an obligation (group 2) of the source, no negation before it. */
const ID_PROHIBITION = /\b(?:((?:di|ter|me)larang(?:nya)?)|(wajib|diwajibkan|mewajibkan|harus))\b/i;
/** A permission, an exception or a choice beside the source's prohibition or obligation (`dilarang kecuali`, `boleh`, `sukarela`). */
const ID_PERMISSION = /\b(?:boleh|diperbolehkan|dibolehkan|memperbolehkan|membolehkan|izin|diizinkan|mengizinkan|seizin|kecuali|selain|hanya|cuma|sukarela|opsional|pilihan|bebas)\b/i;
/** A prohibition, an obligation, a restriction or a negation in the target: it says what the source says, by other words. */
const EN_RESTRICTION = /\b(?:ban(?:s|ned|ning)?|prohibit\w*|forb(?:id|ids|idden|ade)|barred|bar|illegal\w*|outlaw\w*|must|mandatory|compulsory|obligatory|obliged?|require[sd]?|requirement|only|except|unless|but|restrict\w*|limit\w*|not|no|never|cannot|nor)\b|n['’]t\b/i;

/** The source's prohibition said as a permission, or its obligation as a choice (`permission`), or undefined. */
function permissionFlipped(source: string, target: string): Problem[] | undefined {
  const said = ID_PROHIBITION.exec(source);
  if (said === null || ID_PERMISSION.test(source) || EN_RESTRICTION.test(target)) return undefined;
  const opposite = EN_PERMISSION.exec(target)!;
  // (a prohibition rendered as a permission, an obligation as a choice: `wajib` → `allowed` is no opposite)
  if ((said[1] !== undefined) !== (opposite[1] !== undefined)) return undefined;
  return [{ messageId: "permission", data: { word: said[0], rendered: opposite[0] }, source: { start: said.index, end: said.index + said[0].length }, target: { start: opposite.index, end: opposite.index + opposite[0].length } }];
}

/** The first negation the target says (`added`), outside the phrases that say none (`no more than`, `not only`, `whether or not`). */
function addedNegation(target: string): Problem[] {
  for (const m of target.matchAll(EN_STRICT_ALL)) {
    let start = m.index, word = m[0];
    if (word[0] === "n" && (word[1] === "'" || word[1] === "’")) {
      // (`didn't`: the whole word)
      while (start > 0 && /[A-Za-z]/.test(target[start - 1]!)) start--;
      word = target.slice(start, m.index + m[0].length);
    }
    if (EN_NOT_NEGATION.test(target.slice(m.index, m.index + 24)) || EN_BEFORE_NOT_NEGATION.test(target.slice(Math.max(0, m.index - 12), m.index))) continue;
    return [{ messageId: "added", data: { word }, target: { start, end: start + word.length } }];
  }
  return NO_PROBLEMS;
}

/**
 * The first two negations in one clause of the target (EN_DOUBLE), as written, or undefined: not after
 * `whether or`, `if`, `or`, `why` (`or not there are no …`), nor a second word that says none (`no more
 * than`, `no doubt`: EN_NOT_NEGATION).
 */
function doubleInTarget(target: string): { text: string; start: number } | undefined {
  for (const m of target.matchAll(EN_DOUBLE)) {
    let start = m.index;
    // (`didn't`: the whole word)
    if (m[0][0] === "n" && (m[0][1] === "'" || m[0][1] === "’")) while (start > 0 && /[A-Za-z]/.test(target[start - 1]!)) start--;
    if (EN_BEFORE_NOT_NEGATION.test(target.slice(Math.max(0, start - 12), start))) continue;
    const second = m.index + m[0].length - m[1]!.length;
    if (EN_NOT_NEGATION.test(target.slice(second, second + 24))) continue;
    return { text: target.slice(start, m.index + m[0].length), start };
  }
  return undefined;
}

/** How many times the global pattern `re` matches in `text`, counting no further than 3 (no array made). */
function countUpTo3(text: string, re: RegExp): number {
  re.lastIndex = 0;
  let n = 0;
  while (n < 3 && re.exec(text) !== null) n++;
  re.lastIndex = 0;
  return n;
}

/** May `text` hold one of `words`? By its tokens when the caller has them (see mayHoldWord), else yes. */
function negationMay(text: string, tokens: Tokens | null | undefined, words: ReturnType<typeof wordHashes>): boolean {
  return !tokens || tokens.source !== text || mayHoldWord(tokens, words);
}

/** The first negation of the source that is no idiom, or undefined. */
function negationOf(source: string): { word: string; start: number } | undefined {
  for (const m of source.matchAll(ID_NEGATION_ALL)) {
    const end = m.index + m[0].length;
    if (IDIOM_AFTER.test(source.slice(end, end + 32))) continue;
    if (IDIOM_BEFORE.test(source.slice(Math.max(0, m.index - 8), m.index))) continue;
    // (`belum lama ini` = recently)
    if (/^belum$/i.test(m[0]) && /^\s+lama\b/i.test(source.slice(end, end + 8))) continue;
    return { word: m[0], start: m.index };
  }
  return undefined;
}

/** The commonest English negations: read first, without splitting the target into words. */
const EN_COMMON = /\b(?:not|no|never|without|none|nothing|yet|failed|refused|declined|unable)\b|n['’]t\b/i;
/** `far from` before a state (`far from over`, `far from finished`, `far from certain`: `belum berakhir`), not a place (`far from the city`, `far from Jakarta`). */
const FAR_FROM = /\b[Ff]ar\s+from\s+(?:over|[a-z]+(?:ed|ing|ete|ain|ect|ent|ant|ible|able|al|ive|ous|ar|y))\b/;

/**
 * `against` where it says a negation (`voted against` = `tidak setuju`, `warned against` = `jangan`, `against
 * their parents' wishes` = `tanpa seizin`), not as a preposition (`appealed against the verdict`, `charges
 * against him`, `the rupiah against the dollar`).
 */
const NEGATIVE_AGAINST = /\b(?:(?:vot|warn|advis|decid|rul|argu|cautio|recommend|lobb|campaign)\w*|spoke|speak|speaks|is|are|was|were|be|been|being|am|['’]re|remain(?:s|ed)?|stand|stood|stands)\s+(?:\w+ly\s+)?against\b|\bagainst\s+(?:(?:the|their|his|her|its|our|your|my)\s+)?(?:\w+(?:['’]s?)?\s+)?(?:will|wishes|wish|advice|consent|orders|permission|approval)\b/i;

/** The words of the target that say a negation (hasNegativeWord's), in order. */
function negativeWordsOf(target: string): { word: string; start: number }[] {
  const out: { word: string; start: number }[] = [];
  for (const m of target.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)) {
    const w = m[0].toLowerCase();
    if (negativeWord(w) || EN_COMMON.test(m[0]) || (w === "against" && NEGATIVE_AGAINST.test(target))) out.push({ word: m[0], start: m.index });
  }
  return out;
}

/**
 * English words that say a negation only of what they render (`tidak aman` = `unsafe` or `safe`? `tidak
 * dilanjutkan` = `suspended`, `belum selesai` = `still`, `pending`), not a negation wherever they stand.
 */
const SOFT_NEGATIVE = new Set((
  "safe pending still remain remains remained remaining only few little missing lost stopped halted ended closed shut idle empty " +
  "vacant silent quiet zero nil minus less lesser least short shortage stay stayed kept keep postponed delayed suspended cancelled canceled " +
  "skipped ignored ignore ignores ignoring unless except exempt spared escaped beyond outside off free freely instead rather false wrong"
).split(" "));
const SOFT_CUE = new RegExp(`\\b(?:${[...SOFT_NEGATIVE].join("|")})\\b`, "i");
/** How far (in words) from where the negated verb is expected a soft word may stand, at least. */
const SOFT_REACH = 3;
/**
 * Does the target say a negation near where the source's negation at `at` is rendered: a word that
 * says one outright (`not`, `refused`, `unable`) anywhere, or a soft one (SOFT_NEGATIVE) within
 * SOFT_REACH words (or a third of the target) of the place the source's negation has in its sentence,
 * measured in words? A soft word further off renders another word of the source.
 */
function negationNear(source: string, at: number, target: string): boolean {
  if (EN_COMMON.test(target) || FAR_FROM.test(target) || NEGATIVE_AGAINST.test(target)) return true;
  const sourceWords = source.match(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu)?.length ?? 1;
  const before = source.slice(0, at).match(/[\p{L}\d]+(?:['’-][\p{L}\d]+)*/gu)?.length ?? 0;
  const words = [...target.matchAll(/[A-Za-z]+(?:['’][A-Za-z]+)?/g)];
  const expected = (before / Math.max(1, sourceWords)) * words.length, reach = Math.max(SOFT_REACH, words.length / 3);
  const against = NEGATIVE_AGAINST.test(target);
  for (let k = 0; k < words.length; k++) {
    const w = words[k]![0].toLowerCase();
    if (!(negativeWord(w) || EN_COMMON.test(words[k]![0]) || (w === "against" && against))) continue;
    if (!SOFT_NEGATIVE.has(w) || Math.abs(k - expected) <= reach) return true;
  }
  return false;
}

function hasNegativeWord(target: string): boolean {
  if (EN_COMMON.test(target) || FAR_FROM.test(target)) return true;
  if (NEGATIVE_AGAINST.test(target)) return true;
  for (const m of target.toLowerCase().matchAll(/[a-z]+(?:['’][a-z]+)?/g)) if (negativeWord(m[0])) return true;
  return false;
}

/** Anchors: word list with affix stripping, cognate keys, numbers read per language. */
import { englishLemmas, englishStem, freedictLexicon, indonesianStems } from "../../src/align";
import { newsWordList } from "../../src/align/lexicon";
import { NEWS_IND_ENG } from "../../src/align/news-lexicon";
import { cognateKey, sentenceFeatures, tokenAnchors, Vocab } from "../../src/align/features";

describe("anchors", () => {
  test("Indonesian affixes are stripped before the word list is consulted", () => {
    expect(indonesianStems("perdagangan")).toContain("dagang");
    expect(indonesianStems("menulis")).toContain("tulis");
    expect(indonesianStems("memukul")).toContain("pukul");
    expect(indonesianStems("rumahnya")).toContain("rumah");
    const lex = freedictLexicon();
    expect(lex.translate("perdagangan")).toContain("trade");
    expect(lex.translate("harganya")).toContain("price");
    expect(lex.translate("xyzzyq")).toEqual([]);
  });

  test("the news vocabulary FreeDict lacks is in the default lexicon, affixed forms included", () => {
    const lex = freedictLexicon();
    expect(lex.translate("tersangka")).toContain("suspect");
    expect(lex.translate("kecurangan")).toContain("fraud");
    expect(lex.translate("keluhan")).toContain("complaint");
    expect(lex.translate("mengeluhkan")).toContain("complain");
    expect(lex.translate("tersangkanya")).toContain("suspect");
    expect(lex.translate("ujarnya")).toContain("say");
    expect(lex.translate("miliar")).toContain("billion");
    expect(lex.translate("dievakuasi")).toContain("evacuate");
    const shared = (id: string, en: string): boolean => tokenAnchors(id, "id", lex).some((a) => tokenAnchors(en, "en", lex).includes(a));
    expect(shared("keluhan", "complaints")).toBe(true);
    expect(shared("tersangka", "suspects")).toBe(true);
    expect(shared("kecurangan", "fraud")).toBe(true);
    expect(shared("keluhan", "fraud")).toBe(false);
  });

  test("every news-vocabulary entry is one lower-case Indonesian word with single-word English lemmas, listed once", () => {
    const seen = new Set<string>();
    for (const [id, en] of NEWS_IND_ENG) {
      expect(id).toMatch(/^\p{Ll}+$/u);
      expect(seen.has(id)).toBe(false);
      seen.add(id);
      for (const e of en.split(" ")) expect(e).toMatch(/^[a-z]+$/);
    }
    expect(newsWordList().split("\n")[0]).toBe(`${NEWS_IND_ENG[0]![1].split(" ")[0]}\t${NEWS_IND_ENG[0]![0]}`);
  });

  test("English stems: plurals, -ed, -ing, irregular forms", () => {
    expect(["prices", "said", "countries", "stopped", "killing"].map(englishStem)).toEqual(["price", "say", "country", "stop", "kill"]);
  });

  test("an English -ed or -ing form reaches a word-list headword ending in e (saved → save, trading → trade)", () => {
    expect(englishLemmas("saved")).toEqual(["sav", "save"]);
    expect(englishLemmas("trading")).toEqual(["trad", "trade"]);
    expect(englishLemmas("said")).toEqual(["say"]);
    const lex = freedictLexicon();
    const shared = (id: string, en: string): boolean => tokenAnchors(id, "id", lex).some((a) => tokenAnchors(en, "en", lex).includes(a));
    // before: `saved`, `closed`, `traded` shared nothing with their Indonesian (only `saves`, `closes`, `trades` did)
    expect(shared("diselamatkan", "saved")).toBe(true);
    expect(shared("ditutup", "closed")).toBe(true);
    expect(shared("perdagangan", "trading")).toBe(true);
    expect(shared("diselamatkan", "closed")).toBe(false);
  });

  test("past forms of news verbs the rules do not read reach their lemma; news words FreeDict lacks", () => {
    expect(["died", "sank", "fled", "struck", "sought"].map(englishStem)).toEqual(["die", "sink", "flee", "strike", "seek"]);
    const lex = freedictLexicon();
    const shared = (id: string, en: string): boolean => tokenAnchors(id, "id", lex).some((a) => tokenAnchors(en, "en", lex).includes(a));
    // before: `died` was read as itself (too short for -ied → y) and met no `meninggal`
    expect(shared("meninggal", "died")).toBe(true);
    expect(shared("tenggelam", "sank")).toBe(true);
    expect(shared("terbalik", "capsized")).toBe(true);
    expect(shared("variatif", "mixed")).toBe(true);
    expect(shared("bencana", "disaster")).toBe(true);
    expect(shared("gempa", "quake")).toBe(true);
    expect(shared("pesawat", "plane")).toBe(true);
    expect(shared("meninggal", "sank")).toBe(false);
  });

  test("cognate keys fold spelling differences", () => {
    expect(cognateKey("komoditi")).toBe(cognateKey("commodity"));
    expect(cognateKey("ekonomi")).toBe(cognateKey("economy"));
    expect(cognateKey("finansial")).toBe(cognateKey("financial"));
    expect(cognateKey("dan")).toBeNull();
  });

  test("an Indonesian word and its English translation share an anchor", () => {
    const lex = freedictLexicon();
    const shared = (id: string, en: string): boolean => tokenAnchors(id, "id", lex).some((a) => tokenAnchors(en, "en", lex).includes(a));
    expect(shared("menteri", "minister")).toBe(true);
    expect(shared("beras", "rice")).toBe(true);
    expect(shared("jakarta", "jakarta")).toBe(true);
    expect(shared("beras", "minister")).toBe(false);
  });

  test("numbers are read with each language's conventions", () => {
    const vocab = new Vocab();
    const ctx = { vocab, lexicon: null };
    const id = sentenceFeatures("Tercatat 2.350 pengungsi dan air setinggi 1,5 meter.", "id", ctx);
    const en = sentenceFeatures("It recorded 2,350 evacuees and water 1.5 metres deep.", "en", ctx);
    const ids = new Set(id.idSet);
    const common = [...en.idSet].filter((x) => ids.has(x));
    expect(common).toEqual(expect.arrayContaining([vocab.id("#2350"), vocab.id("#1.5")]));
    expect(ids.has(vocab.id("#2.35"))).toBe(false);
  });
});

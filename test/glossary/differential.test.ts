/**
 * Differential test: the shipped matcher (src/glossary/match.ts) against the reference implementation
 * it replaced (test/glossary/reference/, a verbatim copy of the matcher before the performance work, since changed
 * in meaning twice, in both: a rendering is also filed under the stems of its regular plurals; ` and ´ typed for an
 * apostrophe read as one).
 * Both must give byte-identical results on 20,000 generated sentences per language (clitics, hyphens,
 * reduplications, case variants, inflections, non-ASCII words, punctuation, blank lines), on the
 * corpus articles and on the Indonesian/English sentence pairs of ../shared/data/align.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { sharedPath } from "../helpers/cli";
import { loadGlossary } from "../../src/app/glossary";
import { compileGlossary } from "../../src/glossary";
import type { Concept } from "../../src/glossary/types";
import { compileGlossary as compileReference } from "./reference/match";
import { generateGlossary, generateSentences } from "../../bench/terms";
import { rng } from "../../bench/lib/harness";

const REPO = path.resolve(__dirname, "../..");
const shipped = loadGlossary(path.join(REPO, "glossary"));

/** Extra concepts: non-ASCII, punctuation inside forms, forms starting with punctuation, shared prefixes. */
const EXTRA: Concept[] = [
  ["cafe", "Café Ölü", false, "café ölü"], ["gen", "Gen-Z", true, "Gen Z"], ["dot", ".NET", true, ".NET"],
  ["us2", "A.S.", true, "U.S."], ["bunga", "bunga-bunga", false, "flowers"], ["mata", "mata", false, "eye"],
  ["sanksi2", "sanksi", false, "sanction"], ["ae", "Ängström", false, "ångström"], ["kh", "Kim Jong Un", true, "Kim Jong Un"],
  ["komb", "Jose\u0301", false, "jose\u0301 man"], ["bus", "bus", false, "bus"], ["city", "kota", false, "city"],
  ["box", "kotak", false, "box"], ["ch", "gereja", false, "church"], ["pun", "pun", false, "pun"],
  // (keys longer than a trie record holds; a word that many patterns continue, in both tries)
  ["ptj", "pertanggungjawaban", false, "accountability"], ["ptj2", "pertanggungjawaban keuangan negara", false, "public financial accountability"],
  ["dw1", "dewan keamanan", false, "security council"], ["dw2", "dewan pers", false, "press council"], ["dw3", "dewan kota", false, "city council"],
  ["dw4", "dewan rakyat", false, "people's council"], ["dw5", "dewan adat", false, "customary council"], ["dw6", "Dewan Gereja", true, "Council of Churches"],
  ["dw7", "dewan keamanan nasional", false, "national security council"], ["dw8", "Dewan", true, "Council"],
].map(([id, src, cs, en]) => ({
  id: id as string, sources: [{ text: src as string, caseSensitive: cs as boolean }],
  renderings: [{ text: en as string, status: "preferred" as const, caseSensitive: cs as boolean }], dnt: id === "dot" || id === "gen",
}));

const WORDS_ID = "yang dan di ke dari untuk pada dengan itu juga sudah negara para mata-mata sanksi-sanksi Sanksi-sanksi bunga-bunga nya lah pun ku".split(" ");
const WORDS_EN = "the a of and in on to was is has its said by for with as at from that it bus buses boxes churches cities".split(" ");
const SUFFIX_ID = ["", "", "", "", "nya", "-nya", "lah", "-lah", "kah", "pun", "-pun", "ku", "mu", "tah", "-" , "-" + "Korea"];
const SUFFIX_EN = ["", "", "", "", "s", "es", "'s", "’s", "ies", "-based", "ss", "us", "’", "S"];
const PUNCT = [" ", " ", " ", " ", " ", ", ", ". ", " – ", " — ", "; ", " (", ") ", " “", "” ", "\n", "\n\n", " \u00a0", "\u2029", "! ", "? ", "-", "/"];

function caseVariant(r: () => number, s: string): string {
  const x = r();
  if (x < 0.15) return s.toUpperCase();
  if (x < 0.3) return s.toLowerCase();
  if (x < 0.4) return s.replace(/(^|\s)(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
  if (x < 0.45) return s.normalize("NFD");
  return s;
}

function sentences(count: number, seed: number, forms: readonly string[], words: readonly string[], suffixes: readonly string[]): string[] {
  const r = rng(seed);
  const pick = <T,>(a: readonly T[]): T => a[Math.floor(r() * a.length)]!;
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 3 + Math.floor(r() * 14);
    let s = "";
    for (let k = 0; k < n; k++) {
      let w = r() < 0.45 ? caseVariant(r, pick(forms)) : pick(words);
      const y = r();
      if (y < 0.05) w = `${w}-${w}`; // reduplication
      else if (y < 0.1) w = `${w}-${caseVariant(r, pick(forms))}`; // hyphen compound
      w += pick(suffixes);
      s += w + (k < n - 1 ? pick(PUNCT) : pick([".", "", "!", " "]));
    }
    out.push(s);
  }
  return out;
}

function formsOf(concepts: readonly Concept[], side: "id" | "en"): string[] {
  const out: string[] = [];
  for (const c of concepts) {
    if (side === "id" || c.dnt) for (const s of c.sources) out.push(s.text);
    if (side === "en") for (const r of c.renderings) out.push(r.text);
  }
  return out;
}

function readLines(file: string): string[] {
  return fs.existsSync(file) ? fs.readFileSync(file, "utf8").split(/\r?\n/) : [];
}

const corpusDir = path.join(REPO, "corpus");
const corpusTexts = fs.readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort().map((f) => fs.readFileSync(path.join(corpusDir, f), "utf8"));
const alignDir = sharedPath("data", "align", "data");
const alignDirs = fs.readdirSync(alignDir).sort();
const alignId = alignDirs.flatMap((d) => readLines(path.join(alignDir, d, "ind.txt")));
const alignEn = alignDirs.flatMap((d) => readLines(path.join(alignDir, d, "eng.txt")));

const glossaries: Array<[string, Concept[]]> = [
  ["shipped glossary + extras", [...shipped, ...EXTRA]],
  ["generated 5,000-term glossary", generateGlossary(5000)],
];

describe.each(glossaries)("new matcher = reference matcher (%s)", (_name, concepts) => {
  const ours = compileGlossary(concepts);
  const ref = compileReference(concepts);
  const idForms = formsOf(concepts, "id");
  const enForms = formsOf(concepts, "en");

  function same(texts: readonly string[], side: "id" | "en"): number {
    let matches = 0;
    for (const t of texts) {
      const a = side === "id" ? ours.matchSource(t) : ours.matchTarget(t);
      const b = side === "id" ? ref.matchSource(t) : ref.matchTarget(t);
      if (JSON.stringify(a) !== JSON.stringify(b)) expect({ text: t, matches: a }).toEqual({ text: t, matches: b });
      matches += a.length;
    }
    return matches;
  }

  test("20,000 generated Indonesian sentences", () => {
    const texts = sentences(20_000, 11, idForms, WORDS_ID, SUFFIX_ID);
    expect(same(texts, "id")).toBeGreaterThan(20_000);
  });
  test("20,000 generated English sentences", () => {
    const texts = sentences(20_000, 12, enForms, WORDS_EN, SUFFIX_EN);
    expect(same(texts, "en")).toBeGreaterThan(20_000);
  });
  test("the bench sentences (5,000 of them)", () => {
    expect(same(generateSentences(5000, generateGlossary(5000)), "id")).toBeGreaterThan(0);
  });
  test("the corpus articles (whole and line by line), and the align data sets", () => {
    expect(same(corpusTexts, "id")).toBeGreaterThan(0);
    same(corpusTexts.flatMap((t) => t.split("\n")), "id");
    same(alignId, "id");
    same(alignEn, "en");
    // English side on Indonesian text and vice versa: DNT forms and shared names
    same(corpusTexts, "en");
    same(alignEn.slice(0, 2000), "id");
  });
});

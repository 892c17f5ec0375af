/**
 * The alignment review's app layer: an English text given as a string aligns exactly as the same text
 * in a file (`align --doc`), a proposal writes nothing, and applying a person's edited beads stores
 * exactly those pairs through the lifecycle (a person's English is never overwritten; the
 * translations/ file follows).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import {
  alignDocument, alignDocumentText, applyAlignment, proposeAlignment, type AlignDocumentResult, type ReviewedBead,
} from "../../src/app/align";
import { ingestFiles } from "../../src/app/ingest";
import { setUnit } from "../../src/app/lifecycle";
import { openStore, type Store } from "../../src/store";
import { CORPUS, REPO, dumpDb, sharedPath, tempDir } from "../helpers/cli";

const NOW = "2026-12-01T10:00:00.000Z";
const DOC = "putin-tolak-sanksi-barat";
const SEEDS = sharedPath("seeds");
const DATA = sharedPath("data", "align", "data");

/** The English of a shipped corpus document: the `en:` lines of its translations file, one a line. */
function corpusEnglish(doc: string): string {
  const file = fs.readFileSync(path.join(REPO, "translations", `${doc}.translations.txt`), "utf8");
  return file.split("\n").filter((l) => l.startsWith("en: ")).map((l) => l.slice(4)).join("\n") + "\n";
}

let dir: string;
beforeEach(() => { dir = tempDir("selaras-align-review-"); });
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Two stores with the same articles: one aligned from files, the other from strings. */
function twoStores(inputs: string[]): { a: Store; b: Store; slugs: string[] } {
  const a = openStore(path.join(dir, "a.db"));
  const b = openStore(path.join(dir, "b.db"));
  const slugs = ingestFiles(a, inputs, { now: NOW }).map((r) => r.document);
  ingestFiles(b, inputs, { now: NOW });
  return { a, b, slugs };
}

/** Rendering rows of a database (text, status, origin, score, segments). */
function renderingRows(store: Store): unknown[] {
  return store.renderings.all().map((r) => ({ text: r.text, sourceText: r.sourceText, status: r.status, origin: r.origin, author: r.author, score: r.score, segments: r.segmentIds }));
}

/** Same result and the same renderings whether the English came as a file or as a string; the proposal shows the same beads. */
function expectSameAsFile(a: Store, b: Store, slug: string, english: string, force = false): AlignDocumentResult {
  const file = path.join(dir, `${slug}.en.txt`);
  fs.writeFileSync(file, english);
  const proposal = proposeAlignment(b, slug, english, { name: file });
  const before = renderingRows(b);
  const fromFile = alignDocument(a, slug, file, { now: NOW, force });
  expect(renderingRows(b)).toEqual(before); // the proposal wrote nothing
  const fromText = alignDocumentText(b, slug, english, { name: file, now: NOW, force });
  expect(JSON.stringify(fromText)).toBe(JSON.stringify(fromFile));
  expect(renderingRows(b)).toEqual(renderingRows(a));
  expect(proposal.beads.map((x) => [x.segments, x.sentences, x.score])).toEqual(fromFile.beads.map((x) => [x.segments, x.sentences, x.score]));
  expect(proposal.sentences.length).toBe(fromFile.sentences);
  expect(proposal.segments.map((s) => s.ordinal)).toEqual(fromFile.beads.flatMap((x) => x.segments));
  expect(proposal.low).toBe(proposal.beads.filter((x) => x.score < 0.3).length);
  return fromFile;
}

describe("an English text as a string aligns exactly as the same text in a file", () => {
  it("the shipped corpus and its English", () => {
    const { a, b, slugs } = twoStores([CORPUS]);
    try {
      expect(slugs).toHaveLength(5);
      for (const slug of slugs) {
        const r = expectSameAsFile(a, b, slug, corpusEnglish(slug));
        expect(r.created).toBeGreaterThan(10);
      }
    } finally { a.close(); b.close(); }
  });

  it("the shared seeds, against unrelated English news (many low beads and sentences left unpaired)", () => {
    const seeds = fs.readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).map((f) => path.join(SEEDS, f));
    expect(seeds.length).toBeGreaterThanOrEqual(5);
    const eng = fs.readFileSync(path.join(DATA, "guntara-news", "eng.txt"), "utf8").split("\n");
    const { a, b, slugs } = twoStores(seeds);
    try {
      slugs.forEach((slug, k) => {
        const english = eng.slice(k * 20, k * 20 + 20).join("\n") + "\n";
        // not a translation: refused the same way from a file and from a string, nothing stored ...
        const file = path.join(dir, `${slug}.en.txt`);
        fs.writeFileSync(file, english);
        const before = dumpDb(path.join(dir, "a.db"));
        expect(() => alignDocument(a, slug, file, { now: NOW })).toThrow(expect.objectContaining({ code: "align-not-translation" }));
        expect(() => alignDocumentText(b, slug, english, { name: file, now: NOW })).toThrow(expect.objectContaining({ code: "align-not-translation" }));
        expect(dumpDb(path.join(dir, "a.db"))).toBe(before);
        // ... and stored the same way with force
        const r = expectSameAsFile(a, b, slug, english, true);
        expect(r.unpairedSource + r.unpairedTarget + r.review.length).toBeGreaterThan(0);
      });
    } finally { a.close(); b.close(); }
  });

  it("a generated case: an article built from the alignment data, its English with merged and missing sentences", () => {
    const ind = fs.readFileSync(path.join(DATA, "panl-bppt", "ind.txt"), "utf8").split("\n");
    const eng = fs.readFileSync(path.join(DATA, "panl-bppt", "eng.txt"), "utf8").split("\n");
    const lines = Array.from({ length: 24 }, (_, i) => 300 + i);
    const article = path.join(dir, "generated.txt");
    fs.writeFileSync(article, `Berita ekonomi\n\n${lines.map((i) => ind[i]).join("\n\n")}\n`);
    // English: lines 3+4 and 10+11 in one paragraph, line 17 missing
    const english = lines.filter((_, k) => k !== 17).map((i, k) => (k === 3 || k === 10 ? `${eng[i]} ` : `${eng[i]}\n`)).join("");
    const { a, b, slugs } = twoStores([article]);
    try {
      const r = expectSameAsFile(a, b, slugs[0]!, english);
      expect(r.segments).toBeGreaterThanOrEqual(25);
      // the missing sentence shows as a bead that is not one to one
      expect(r.beads.some((x) => x.segments.length !== 1 || x.sentences.length !== 1)).toBe(true);
    } finally { a.close(); b.close(); }
  });
});

describe("the Indonesian given as the English", () => {
  it("is flagged in the proposal and refused from a file and from a string (nothing stored); force and a person's reviewed beads store it", () => {
    const { a, b, slugs } = twoStores([path.join(CORPUS, `${DOC}.txt`)]);
    try {
      const slug = slugs[0]!;
      const indonesian = fs.readFileSync(path.join(CORPUS, `${DOC}.txt`), "utf8");
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(b, slug, indonesian, { name: "paste" });
      expect([p.notEnglish, p.indonesianWords, p.notTranslation]).toEqual([true, 100, false]);
      expect(proposeAlignment(b, slug, english)).toMatchObject({ notEnglish: false, indonesianWords: 0 });
      const file = path.join(dir, "wrong.en.txt");
      fs.writeFileSync(file, indonesian);
      const before = dumpDb(path.join(dir, "a.db"));
      expect(() => alignDocument(a, slug, file, { now: NOW })).toThrow(expect.objectContaining({ code: "align-not-english", data: { file, document: slug, share: 100 } }));
      expect(() => alignDocumentText(b, slug, indonesian, { name: "paste", now: NOW })).toThrow(expect.objectContaining({ code: "align-not-english" }));
      expect(dumpDb(path.join(dir, "a.db"))).toBe(before);
      expect(alignDocument(a, slug, file, { now: NOW, force: true }).created).toBeGreaterThan(10);
      const reviewed = p.beads.map((x) => ({ segments: x.segments, sentences: x.sentences }));
      expect(applyAlignment(b, slug, indonesian, reviewed, { name: "paste", now: NOW }).created).toBeGreaterThan(10);
    } finally { a.close(); b.close(); }
  });
});

describe("applying a reviewed proposal", () => {
  function corpusStore(): Store {
    const store = openStore(path.join(dir, "selaras.db"));
    ingestFiles(store, [path.join(CORPUS, `${DOC}.txt`)], { now: NOW });
    return store;
  }
  const pairs = (store: Store) => store.renderings.all().map((r) => ({
    ordinals: r.segmentIds.map((id) => store.documents.segmentById(id)!.ordinal), text: r.text, status: r.status, origin: r.origin, score: r.score,
  }));

  it("stores exactly the edited beads: merged, split, a sentence moved, one left unpaired", () => {
    const store = corpusStore();
    try {
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(store, DOC, english);
      expect(p.beads.length).toBeGreaterThan(20);
      expect(p.beads.slice(0, 6).every((x) => x.segments.length === 1 && x.sentences.length === 1)).toBe(true);
      const beads: ReviewedBead[] = p.beads.map((x) => ({ segments: x.segments, sentences: x.sentences }));
      // merge beads 1 and 2 (two segments, two sentences on one bead)
      beads.splice(0, 2, { segments: [1, 2], sentences: [0, 1] });
      // bead of segment 3: its sentence moves up onto the merged bead; segment 3 stays without English
      beads.splice(0, 2, { segments: [1, 2], sentences: [0, 1, 2] }, { segments: [3], sentences: [] });
      // segment 4's bead split into a segment and a sentence without counterpart
      beads.splice(2, 1, { segments: [4], sentences: [] }, { segments: [], sentences: [3] });
      const r = applyAlignment(store, DOC, english, beads, { now: NOW });
      expect(r).toMatchObject({ file: "<text>", unpairedSource: 2, unpairedTarget: 1, kept: 0 });
      const stored = pairs(store);
      expect(stored).toHaveLength(beads.filter((x) => x.segments.length && x.sentences.length).length);
      const sentences = p.sentences;
      expect(stored[0]).toEqual({ ordinals: [1, 2], text: sentences.slice(0, 3).join(" "), status: "aligned", origin: "aligned", score: null });
      expect(stored.find((x) => x.ordinals.includes(3) || x.ordinals.includes(4))).toBeUndefined();
      // an unchanged bead keeps the aligner's score
      const fifth = p.beads[4]!;
      expect(stored[1]).toEqual({ ordinals: fifth.segments, text: fifth.sentences.map((j) => sentences[j]).join(" "), status: "aligned", origin: "aligned", score: fifth.score });
      // every other bead exactly as sent
      expect(stored.map((x) => x.ordinals)).toEqual(beads.filter((x) => x.segments.length && x.sentences.length).map((x) => x.segments));
      expect(r.beads.map((x) => [x.segments, x.sentences])).toEqual(beads.map((x) => [x.segments, x.sentences]));
    } finally { store.close(); }
  });

  it("without beads it stores the aligner's proposal, as align --doc does", () => {
    const store = corpusStore();
    try {
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(store, DOC, english);
      const r = applyAlignment(store, DOC, english, undefined, { now: NOW });
      expect(r.beads.map((x) => [x.segments, x.sentences, x.score])).toEqual(p.beads.map((x) => [x.segments, x.sentences, x.score]));
      // the proposal's own beads sent back: the same, nothing changes
      const again = applyAlignment(store, DOC, english, p.beads, { now: NOW });
      expect(again.created + again.replaced).toBe(0);
      expect(again.unchanged).toBe(r.created);
    } finally { store.close(); }
  });

  it("never overwrites a unit a person confirmed: the bead is kept and reported; the proposal says so", () => {
    const store = corpusStore();
    try {
      const mine = "Putin arrived in Pyongyang on Wednesday for his first visit in 24 years.";
      setUnit(store, `${DOC}:2`, { text: mine, state: "translated", actor: "translator", author: "ayu", now: NOW });
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(store, DOC, english);
      const bead = p.beads.find((x) => x.segments.includes(2))!;
      expect(bead).toMatchObject({ kept: true, low: false, current: mine });
      expect(p.kept).toBe(1);
      // the person's review merges segment 2 with segment 3: still not overwritten
      const beads: ReviewedBead[] = p.beads.map((x) => ({ segments: x.segments, sentences: x.sentences }));
      const k = beads.findIndex((x) => x.segments.includes(2));
      beads.splice(k, 2, { segments: [2, 3], sentences: [...beads[k]!.sentences, ...beads[k + 1]!.sentences] });
      const r = applyAlignment(store, DOC, english, beads, { now: NOW });
      expect(r.kept).toBe(1);
      expect(r.beads.find((x) => x.status === "kept")!.segments).toEqual([2, 3]);
      const two = store.documents.segmentByOrdinal(store.documents.bySlug(DOC)!.id, 2)!;
      const kept = store.renderings.forSegment(two.id)!;
      expect(kept).toMatchObject({ text: mine, status: "translated", origin: "manual", author: "ayu" });
      expect(kept.segmentIds).toEqual([two.id]);
    } finally { store.close(); }
  });

  it("keeps the document's translations/ file in step", () => {
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      fs.cpSync(path.join(CORPUS, `${DOC}.txt`), path.join(dir, `${DOC}.txt`));
      ingestFiles(store, [path.join(dir, `${DOC}.txt`)], { now: NOW });
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(store, DOC, english);
      expect(fs.existsSync(path.join(dir, "translations"))).toBe(false);
      applyAlignment(store, DOC, english, p.beads, { now: NOW, root: dir });
      const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
      expect(file).toContain(`@ ${DOC}:1\nid: ${p.segments[0]!.text}\nen: ${p.sentences[0]}\nstatus: aligned\n`);
    } finally { store.close(); }
  });

  it("beads proposed before the document changed are refused, not stored against the wrong segments", () => {
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      const article = path.join(dir, `${DOC}.txt`);
      fs.cpSync(path.join(CORPUS, `${DOC}.txt`), article);
      ingestFiles(store, [article], { now: NOW });
      const english = corpusEnglish(DOC);
      const p = proposeAlignment(store, DOC, english);
      fs.appendFileSync(article, "\nPutin tiba di Pyongyang pada Rabu pagi.\n");
      expect(ingestFiles(store, [article], { now: NOW })[0]!.status).toBe("updated");
      let code = "";
      try { applyAlignment(store, DOC, english, p.beads, { now: NOW }); } catch (e) { code = (e as { code: string }).code; }
      expect(code).toBe("align-beads-incomplete");
      expect(store.renderings.all()).toEqual([]);
    } finally { store.close(); }
  });

  it("refuses bad input with a clear error and writes nothing", () => {
    const store = corpusStore();
    const db = path.join(dir, "selaras.db");
    try {
      const english = corpusEnglish(DOC);
      applyAlignment(store, DOC, english, undefined, { now: NOW });
      const p = proposeAlignment(store, DOC, english);
      const before = dumpDb(db);
      const beads = p.beads.map((x) => ({ segments: x.segments, sentences: x.sentences }));
      const err = (fn: () => unknown) => { try { fn(); } catch (e) { return { code: (e as { code: string }).code, data: (e as { data: unknown }).data }; } return null; };
      expect(err(() => proposeAlignment(store, DOC, ""))).toEqual({ code: "file-empty", data: { file: "<text>" } });
      expect(err(() => applyAlignment(store, DOC, " \n\n\t", undefined, { name: "article.en.txt", now: NOW }))).toEqual({ code: "file-empty", data: { file: "article.en.txt" } });
      expect(err(() => proposeAlignment(store, DOC, `One.\n${"a".repeat(1_000_001)}\n`))).toEqual({ code: "line-too-long", data: { file: "<text>", line: 2, bytes: 1_000_001, limit: 1_000_000 } });
      expect(err(() => applyAlignment(store, DOC, "One.\u0000Two.", beads, { now: NOW }))).toMatchObject({ code: "file-binary" });
      expect(err(() => proposeAlignment(store, "no-such-doc", english))).toEqual({ code: "not-found-document", data: { document: "no-such-doc", documents: 1 } });
      // beads that do not cover the segments once, in order, or the English sentences once
      const swapped = [beads[1]!, beads[0]!, ...beads.slice(2)];
      expect(err(() => applyAlignment(store, DOC, english, swapped, { now: NOW }))).toEqual({ code: "align-beads-segments", data: { bead: 1, expected: 1, got: 2 } });
      const twice = [{ segments: beads[0]!.segments, sentences: [1] }, ...beads.slice(1)];
      expect(beads[1]!.sentences).toEqual([1]);
      expect(err(() => applyAlignment(store, DOC, english, twice, { now: NOW }))).toEqual({ code: "align-beads-sentence-twice", data: { bead: 2, got: 2, other: 1 } });
      const beyond = [{ segments: beads[0]!.segments, sentences: [999] }, ...beads.slice(1)];
      expect(err(() => applyAlignment(store, DOC, english, beyond, { now: NOW }))).toEqual({ code: "align-beads-sentences", data: { bead: 1, got: 1000, count: p.sentences.length } });
      const without = [{ segments: beads[0]!.segments, sentences: [] }, ...beads.slice(1)];
      expect(err(() => applyAlignment(store, DOC, english, without, { now: NOW }))).toEqual({ code: "align-beads-incomplete", data: { segments: 0, sentences: 1 } });
      expect(err(() => applyAlignment(store, DOC, english, beads.slice(0, -1), { now: NOW }))).toMatchObject({ code: "align-beads-incomplete" });
      expect(err(() => applyAlignment(store, DOC, english, [{ segments: [], sentences: [] }, ...beads], { now: NOW }))).toEqual({ code: "align-bead-empty", data: { bead: 1 } });
      expect(dumpDb(db)).toBe(before);
    } finally { store.close(); }
  });

  it("a bead the aligner proposed as moved (a paragraph the English moved) is stored as proposed; English a person paired out of order is stored too, marked moved", () => {
    const file = path.join(dir, "kpk.txt");
    fs.writeFileSync(file, [
      "KPK Tahan Bupati Sidoarjo", "",
      "Komisi Pemberantasan Korupsi (KPK) menahan Bupati Sidoarjo Ahmad Muhdlor Ali pada Selasa.", "",
      "Muhdlor ditahan selama 20 hari pertama di Rumah Tahanan KPK. Juru bicara KPK Ali Fikri mengatakan penyidik telah memeriksa 35 saksi.", "",
      "Dua pejabat Sidoarjo lebih dulu ditetapkan sebagai tersangka dalam kasus ini.", "",
    ].join("\n"));
    const english = [
      "KPK detains Sidoarjo regent", "",
      "The Corruption Eradication Commission (KPK) on Tuesday detained Sidoarjo regent Ahmad Muhdlor Ali.", "",
      "Two Sidoarjo officials had earlier been named suspects in the case.", "",
      "KPK spokesman Ali Fikri said investigators had questioned 35 witnesses. Muhdlor will be held for an initial 20 days at the KPK detention centre.", "",
    ].join("\n");
    const store = openStore(path.join(dir, "selaras.db"));
    try {
      const [slug] = ingestFiles(store, [file], { now: NOW }).map((r) => r.document);
      const p = proposeAlignment(store, slug!, english);
      expect(p.beads.map((x) => [x.segments, x.sentences, x.moved ?? false])).toEqual([
        [[1], [0], false], [[2], [1], false], [[3], [4], true], [[4], [3], false], [[5], [2], true],
      ]);
      const beads: ReviewedBead[] = p.beads.map((x) => ({ segments: x.segments, sentences: x.sentences }));
      const r = applyAlignment(store, slug!, english, beads, { now: NOW });
      expect(r.beads.map((x) => [x.segments, x.target, x.moved ?? false])).toEqual([
        [[1], "KPK detains Sidoarjo regent", false],
        [[2], "The Corruption Eradication Commission (KPK) on Tuesday detained Sidoarjo regent Ahmad Muhdlor Ali.", false],
        [[3], "Muhdlor will be held for an initial 20 days at the KPK detention centre.", true],
        [[4], "KPK spokesman Ali Fikri said investigators had questioned 35 witnesses.", false],
        [[5], "Two Sidoarjo officials had earlier been named suspects in the case.", true],
      ]);
      expect(r.created).toBe(5);
      // English a person paired out of order (the workbench's edits of moved beads): stored as they
      // paired it, each bead's English in the English's order, out-of-order beads marked moved
      const mine: ReviewedBead[] = [beads[0]!, { segments: [2], sentences: [1] }, { segments: [3, 4], sentences: [4, 3] }, { segments: [5], sentences: [2] }];
      const again = applyAlignment(store, slug!, english, mine, { now: NOW });
      expect(again.beads.map((x) => [x.segments, x.sentences, x.score, x.moved ?? false])).toEqual([
        [[1], [0], p.beads[0]!.score, false], [[2], [1], p.beads[1]!.score, false], [[3, 4], [3, 4], null, true], [[5], [2], p.beads[4]!.score, true],
      ]);
      expect(again.beads[2]!.target).toBe("KPK spokesman Ali Fikri said investigators had questioned 35 witnesses. Muhdlor will be held for an initial 20 days at the KPK detention centre.");
    } finally { store.close(); }
  });
});

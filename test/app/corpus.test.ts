/** src/app/corpus.ts: cleaning, filters, splits and datasheet of an export for MT training. */
import { assignSplits, cleanText, comparable, countWords, createCorpusFilter, createStats, parseSplit, splitPath } from "../../src/app/corpus";
import type { ParallelUnit } from "../../src/formats";

const unit = (source: string, target: string, document = "a", status = "translated"): ParallelUnit =>
  ({ id: "1", document, segments: [`${document}:1`], source, target, status, author: "ani", changed: "2024-06-19T08:00:00Z" });

describe("cleanText (--normalize)", () => {
  it.each([
    ["Residents welcomed the\ninauguration with joy\u200b.", "Residents welcomed the inauguration with joy."],
    ["Work\tbegan two years ago.", "Work began two years ago."],
    ["Near Cafe\u0301", "Near Caf\u00e9"],
    ["  two   spaces\u00a0and NBSP\r\n", "two spaces and NBSP"],
    ["\ufeffBOM, soft\u00adhyphen, \u200emark\u2028line\x85next\x07bell", "BOM, softhyphen, mark line nextbell"],
  ])("%j → %j", (input, expected) => {
    expect(cleanText(input)).toBe(expected);
    expect(cleanText(expected)).toBe(expected);
  });

  it("returns the very string when there is nothing to do (no copy for plain text)", () => {
    const s = "Plain ASCII sentence, nothing to clean.";
    expect(cleanText(s)).toBe(s);
  });
});

describe("countWords and comparable", () => {
  it("counts runs of non-space characters", () => {
    expect(countWords("")).toBe(0);
    expect(countWords("  Ya.  ")).toBe(1);
    expect(countWords("Rp 120 miliar\u00a0dari\tAPBN.")).toBe(5);
  });

  it("compares without case, punctuation, symbols or whitespace differences", () => {
    expect(comparable("The President inaugurated the bridge on Monday morning!")).toBe("the president inaugurated the bridge on monday morning");
    expect(comparable("“Kami  siap,” kata\u200b Siti.")).toBe("kami siap kata siti");
  });
});

describe("createCorpusFilter", () => {
  it("drops by the first reason that applies and counts each", () => {
    const f = createCorpusFilter({ dedupe: true, dropIdentical: true, minWords: 2, maxRatio: 3 });
    const kept = [
      unit("Presiden meresmikan jembatan.", "The president opened the bridge."),
      unit("Presiden meresmikan jembatan.", "THE PRESIDENT opened the bridge!"), // duplicate
      unit("Presiden meresmikan jembatan.", "The president inaugurated the bridge."), // another translation: kept
      unit("Manchester United.", "Manchester United."), // identical
      unit("Ya.", "Yes."), // short
      unit("Benar sekali itu.", "That is absolutely right, he said, adding that nothing had changed since."), // ratio
      unit("Sumber ada.", "   "), // empty
    ].map((u) => f.accept(u)?.target ?? null);
    expect(kept).toEqual(["The president opened the bridge.", null, "The president inaugurated the bridge.", null, null, null, null]);
    expect(f.dropped).toEqual({ empty: 1, short: 1, long: 0, ratio: 1, identical: 1, duplicate: 1 });
  });

  it("cleans before it compares, and counts only the cleaned units it keeps", () => {
    const f = createCorpusFilter({ normalize: true, dedupe: true });
    expect(f.accept(unit("Kerja dimulai.", "Work\tbegan."))).toMatchObject({ source: "Kerja dimulai.", target: "Work began." });
    expect(f.accept(unit("Kerja  dimulai.", "Work began."))).toBeNull();
    expect([f.normalized, f.dropped.duplicate]).toEqual([1, 1]);
  });

  it("refuses a bad number", () => {
    expect(() => createCorpusFilter({ minWords: -1 })).toThrow('export-bad-number: {"option":"--min-words","value":"-1"}');
    expect(() => createCorpusFilter({ maxRatio: 0.5 })).toThrow('export-bad-number: {"option":"--max-ratio","value":"0.5"}');
  });
});

describe("splits", () => {
  it("parses counts and shares, and refuses anything else", () => {
    expect(parseSplit("test=2,dev=10%")).toEqual({ test: { count: 2 }, dev: { share: 0.1 } });
    for (const bad of ["", "test=0", "train=5", "test=60%,dev=40%", "test=1,test=2", "test=1.5", "test=x"]) {
      expect(() => parseSplit(bad)).toThrow(`export-bad-split: ${JSON.stringify({ spec: bad })}`);
    }
  });

  it("puts every document in exactly one split, the same for the same seed, sizes as asked", () => {
    const slugs = Array.from({ length: 40 }, (_, i) => `doc-${i}`);
    const a = assignSplits(slugs, parseSplit("test=10%,dev=3"), "s1");
    expect([...a.keys()].sort()).toEqual([...slugs].sort());
    const count = (m: Map<string, string>, sp: string) => [...m.values()].filter((v) => v === sp).length;
    expect([count(a, "train"), count(a, "dev"), count(a, "test")]).toEqual([33, 3, 4]);
    expect([...assignSplits([...slugs].reverse(), parseSplit("test=10%,dev=3"), "s1")].sort()).toEqual([...a].sort());
    const b = assignSplits(slugs, parseSplit("test=10%,dev=3"), "s2");
    expect([...b].sort()).not.toEqual([...a].sort());
    // a share takes at least one document
    expect(count(assignSplits(["x", "y"], parseSplit("test=1%"), "s"), "test")).toBe(1);
  });

  it("keeps a document's split when documents are added, but for the split edges", () => {
    const slugs = Array.from({ length: 200 }, (_, i) => `doc-${i}`);
    const before = assignSplits(slugs, { test: { count: 20 } }, "k");
    const after = assignSplits([...slugs, "doc-new-1", "doc-new-2"], { test: { count: 20 } }, "k");
    const moved = slugs.filter((s) => before.get(s) !== after.get(s));
    expect(moved.length).toBeLessThanOrEqual(2);
  });

  it("names the split files before the format's extension", () => {
    expect(splitPath("out/corpus.jsonl", "train", [".jsonl"])).toBe("out/corpus.train.jsonl");
    expect(splitPath("corpus", "dev", [".id", ".en", ".ids"])).toBe("corpus.dev");
    expect(splitPath("corpus.id", "test", [".id", ".en", ".ids"])).toBe("corpus.test.id");
    expect(splitPath("release.data", "test", [".tsv"])).toBe("release.data.test");
  });
});

describe("createStats", () => {
  it("counts pairs, words per side, statuses and documents", () => {
    const s = createStats();
    const f = createCorpusFilter({ minWords: 1 });
    for (const u of [unit("Satu dua tiga.", "One two three.", "a", "aligned"), unit("Empat.", "Four.", "a", "reviewed"), unit("Lima enam.", "Five six.", "b", "aligned")]) {
      const kept = f.accept(u)!;
      s.add(kept, ...f.words(kept));
    }
    expect(s.stats).toEqual({ pairs: 3, sourceWords: 6, targetWords: 6, documents: 2, byStatus: { aligned: 2, reviewed: 1 } });
  });
});

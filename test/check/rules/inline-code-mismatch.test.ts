import check from "../../../src/check/rules/inline-code-mismatch";
import { tagUnit, untag } from "../../../src/formats/tags";
import { ODD } from "../helpers";

it("a pair without codes (no tags) is never reported, whatever its text; odd text never throws", () => {
  for (const [source, target] of [["Ia tiba {1}.", "He arrived."], ...ODD]) {
    expect(check.check({ source: source!, target: target!, sourceTerms: [], targetTerms: [] }, {})).toEqual([]);
  }
});

/** The check on a unit whose source markup is `source` and the translator's tagged English `typed`. */
function findings(markup: { source: string; target: string }, plainSource: string, plainTarget: string, typed: string) {
  const unit = tagUnit(markup, plainSource, plainTarget)!;
  expect(unit).not.toBeNull();
  const { tags } = untag(typed, unit.codes);
  return check.check({ source: plainSource, target: typed, sourceTerms: [], targetTerms: [], tags: { source: unit.sourceTags, target: tags } }, {});
}

const G = { source: 'Presiden <g id="1">Joko Widodo</g> tiba di <g id="2">Jakarta</g><x id="3"/>.', target: 'President <g id="1">Joko Widodo</g> arrived in <g id="2">Jakarta</g><x id="3"/>.' };
const GS = "Presiden Joko Widodo tiba di Jakarta.", GT = "President Joko Widodo arrived in Jakarta.";

describe("inline-code-mismatch on XLIFF 1.2 codes", () => {
  it("tags kept, moved or nested as in the source: nothing", () => {
    expect(findings(G, GS, GT, "President {1}Joko Widodo{/1} arrived in {2}Jakarta{/2}{3/}.")).toEqual([]);
    expect(findings(G, GS, GT, "{2}Jakarta{/2} saw {1}Joko Widodo{/1} arrive{3/}.")).toEqual([]);
  });
  it("a paired code lost, doubled, closed before opened, or crossed: errors; a lone code lost: a warning", () => {
    expect(findings(G, GS, GT, "President Joko Widodo arrived in {2}Jakarta{/2}{3/}.")).toEqual([
      { messageId: "missing-paired", data: { open: "{1}", close: "{/1}" } },
    ]);
    expect(findings(G, GS, GT, "President {1}Joko{/1} {1}Widodo{/1} arrived in {2}Jakarta{/2}{3/}.")).toEqual([
      { messageId: "duplicated-paired", data: { open: "{1}", close: "{/1}" } },
    ]);
    expect(findings(G, GS, GT, "President {/1}Joko Widodo{1} arrived in {2}Jakarta{/2}{3/}.")).toEqual([
      { messageId: "order", data: { open: "{1}", close: "{/1}" } },
    ]);
    expect(findings(G, GS, GT, "President {1}Joko {2}Widodo{/1} arrived in Jakarta{/2}{3/}.")).toEqual([
      { messageId: "crossed", data: { open: "{1}", close: "{/1}" } },
    ]);
    expect(findings(G, GS, GT, "President {1}Joko Widodo{/1} arrived in {2}Jakarta{/2}.")).toEqual([
      { messageId: "missing-alone", data: { tag: "{3/}" }, severity: "warning" },
    ]);
    // only the opening tag left: the pair is lost
    expect(findings(G, GS, GT, "President {1}Joko Widodo arrived in {2}Jakarta{/2}{3/}.")).toEqual([
      { messageId: "missing-paired", data: { open: "{1}", close: "{/1}" } },
    ]);
  });
  it("a code the target has and the source has not (formatting added in Trados or memoQ, imported so): a warning, kept; gone from the English: nothing", () => {
    const added = { source: "Gubernur meminta warga tetap waspada.", target: 'The governor asked residents to stay <g id="5">alert</g><x id="6"/>.' };
    const S = "Gubernur meminta warga tetap waspada.", T = "The governor asked residents to stay alert.";
    expect(findings(added, S, T, "The governor asked residents to stay {1}alert{/1}{2/}.")).toEqual([
      { messageId: "extra-paired", data: { open: "{1}", close: "{/1}" }, severity: "warning" },
      { messageId: "extra-alone", data: { tag: "{2/}" }, severity: "warning" },
    ]);
    expect(findings(added, S, T, "The governor asked residents to stay alert.")).toEqual([]);
  });
  it("a tag number no code has is text, not a code", () => {
    const unit = tagUnit(G, GS, GT)!;
    expect(untag("President {1}Joko Widodo{/1} in {2}Jakarta{/2}{3/} {7}.", unit.codes).plain).toBe("President Joko Widodo in Jakarta {7}.");
  });
});

describe("tags of each dialect", () => {
  it("XLIFF 1.2: g and x as {n}…{/n} and {n/}; back to the same markup and plain text", () => {
    const unit = tagUnit(G, GS, GT)!;
    expect([unit.source, unit.target]).toEqual(["Presiden {1}Joko Widodo{/1} tiba di {2}Jakarta{/2}{3/}.", "President {1}Joko Widodo{/1} arrived in {2}Jakarta{/2}{3/}."]);
    expect(unit.codes.map((c) => [c.n, c.paired, c.label])).toEqual([[1, true, "g 1"], [2, true, "g 2"], [3, false, "x 3"]]);
    expect(untag(unit.target!, unit.codes)).toEqual({ markup: G.target, plain: GT, tags: unit.targetTags });
    expect(untag("{2}Jakarta{/2} & {1}Joko Widodo{/1}{3/}", unit.codes).markup).toBe('<g id="2">Jakarta</g> &amp; <g id="1">Joko Widodo</g><x id="3"/>');
  });
  it("TMX: bpt/ept paired by i (their native code kept), ph alone; a ph between two words is a space in the plain text", () => {
    const m = { source: 'Harga <bpt i="1">&lt;b&gt;</bpt>beras<ept i="1">&lt;/b&gt;</ept> naik<ph x="2">&lt;br/&gt;</ph>tajam.', target: 'Rice <bpt i="1">&lt;b&gt;</bpt>prices<ept i="1">&lt;/b&gt;</ept> rose<ph x="2">&lt;br/&gt;</ph>sharply.' };
    const unit = tagUnit(m, "Harga beras naik tajam.", "Rice prices rose sharply.")!;
    expect(unit.target).toBe("Rice {1}prices{/1} rose{2/}sharply.");
    expect(untag("{1}Rice prices{/1} rose{2/}sharply.", unit.codes)).toEqual({
      markup: '<bpt i="1">&lt;b&gt;</bpt>Rice prices<ept i="1">&lt;/b&gt;</ept> rose<ph x="2">&lt;br/&gt;</ph>sharply.', plain: "Rice prices rose sharply.",
      tags: [{ n: 1, kind: "open" }, { n: 1, kind: "close" }, { n: 2, kind: "alone" }],
    });
  });
  it("XLIFF 2.0: pc paired, sc/ec paired by startRef, ph alone", () => {
    const m = { source: '<pc id="1">Putin</pc> tiba<sc id="2" dataRef="d1"/> di Moskow<ec startRef="2" dataRef="d2"/><ph id="3" dataRef="d3"/>', target: '<pc id="1">Putin</pc> arrived<sc id="2" dataRef="d1"/> in Moscow<ec startRef="2" dataRef="d2"/><ph id="3" dataRef="d3"/>' };
    const unit = tagUnit(m, "Putin tiba di Moskow", "Putin arrived in Moscow")!;
    expect(unit.target).toBe("{1}Putin{/1} arrived{2} in Moscow{/2}{3/}");
    expect(untag("In Moscow{3/}, {1}Putin{/1}{2} arrived{/2}", unit.codes).markup).toBe('In Moscow<ph id="3" dataRef="d3"/>, <pc id="1">Putin</pc><sc id="2" dataRef="d1"/> arrived<ec startRef="2" dataRef="d2"/>');
  });
  it("markup that no longer gives the stored texts: no tags (the Indonesian changed), or no target tags (the English edited without tags)", () => {
    expect(tagUnit(G, "Presiden Jokowi tiba di Jakarta.", GT)).toBeNull();
    expect(tagUnit(G, GS, "President Jokowi arrived in Jakarta.")).toMatchObject({ source: "Presiden {1}Joko Widodo{/1} tiba di {2}Jakarta{/2}{3/}.", target: null, targetTags: [] });
  });
});

/** inflectLike: a suggested replacement takes the number of the English it replaces. */
import { compileGlossary, englishPlural, englishPluralStems, inflectLike } from "../../src/glossary";

describe("inflectLike", () => {
  it.each([
    ["peak meetings", "peak meeting", "summit", "summits"],
    ["peak meeting", "peak meeting", "summit", "summit"],
    ["bodies", "body", "agency", "agencies"],
    ["Peak Meetings", "peak meeting", "summit", "summits"],
    ["missile launchers", "missile launcher", "launch vehicle", "launch vehicles"],
    ["boxes", "box", "crate", "crates"],
    ["peak meetings", "peak meeting", "G7 summit meeting", "G7 summit meetings"],
    // names, acronyms and words that are already plural are left alone
    ["Northern Koreas", "Northern Korea", "North Korea", "North Korea"],
    ["ICBMs", "ICBM", "intercontinental ballistic missile", "intercontinental ballistic missiles"],
    ["peak meetings", "peak meeting", "KTT", "KTT"],
    ["sanction measures", "sanction measure", "sanctions", "sanctions"],
    // a different word that happens to end in s: not a plural of the rendering
    ["bus", "bu", "coach", "coach"],
  ])("%s (%s) → %s gives %s", (matched, rendering, replacement, expected) => {
    expect(inflectLike(matched, rendering, replacement)).toBe(expected);
  });

  it("pluralises regular nouns", () => {
    expect(["summit", "agency", "day", "box", "church", "wish", "bus"].map(englishPlural)).toEqual(["summits", "agencies", "days", "boxes", "churches", "wishes", "buses"]);
  });
});

/**
 * Plurals englishStem reads as another string (found with glossaries for the economy, election and
 * disaster beats): `volcanoes` → `volcanoe`, `houses` → `hous`, `tsunamis` kept whole (a word in -is).
 * The matcher files a rendering under the stems of its regular plurals too, so these match.
 */
describe("plurals of renderings ending in -o, -se, -ze, -che, -ie, -i", () => {
  const concept = (id: string, en: string, cs = false) => ({
    id, sources: [{ text: id, caseSensitive: false }], renderings: [{ text: en, status: "preferred" as const, caseSensitive: cs }], dnt: false,
  });
  const m = compileGlossary([
    concept("gunung-api", "volcano"), concept("tsunami", "tsunami"), concept("embargo", "embargo"), concept("dpr", "House", true),
    concept("hadiah", "prize"), concept("relung", "niche"), concept("film", "movie"), concept("irak", "Iraqi", true), concept("tikus", "rat"),
    concept("bus", "bus"), concept("kotak", "box"), concept("foto", "photo"),
  ]);
  const found = (text: string) => m.matchTarget(text).map((h) => [h.text, h.entry]);

  it("matches the plural of each", () => {
    expect(found("Two volcanoes, three tsunamis and new embargoes.")).toEqual([["volcanoes", "gunung-api"], ["tsunamis", "tsunami"], ["embargoes", "embargo"]]);
    expect(found("Both Houses met; prizes, niches, movies and Iraqis.")).toEqual([["Houses", "dpr"], ["prizes", "hadiah"], ["niches", "relung"], ["movies", "film"], ["Iraqis", "irak"]]);
    expect(found("buses, boxes, photos, volcanos")).toEqual([["buses", "bus"], ["boxes", "kotak"], ["photos", "foto"], ["volcanos", "gunung-api"]]);
  });

  it("adds no other word: `rate` is not `rat`, `buss` not `bus`, lower-case `houses` not `House`, `volcanoe` nothing", () => {
    expect(found("the rate, a buss, the houses, a volcanoe")).toEqual([]);
  });

  it("lists the extra stems", () => {
    expect(["volcano", "house", "tsunami", "summit", "bus", "box", "UN", "24"].map(englishPluralStems)).toEqual([["volcanoe"], ["hous"], ["tsunamis"], [], [], [], [], []]);
  });

  it("keeps the plural in a suggested replacement", () => {
    expect(inflectLike("volcanoes", "volcano", "crater")).toBe("craters");
    expect(inflectLike("houses", "house", "home")).toBe("homes");
  });
});

/** inflectLike: a suggested replacement takes the number of the English it replaces. */
import { englishPlural, inflectLike } from "../../src/glossary";

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

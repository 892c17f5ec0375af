/** spacedInsert: what Ctrl+Shift+n, Ctrl+n, a term's click and Ctrl+Space put in the English, spaced as a writer spaces it. */
import { spacedInsert } from "../../src/web/client/views/editor/spacing";

/** Inserts at the `|` in `field` (a selection: `[...]`), returns the field with the caret shown as `|`. */
function put(field: string, text: string): string {
  const sel = /\[(.*)\]/.exec(field);
  const start = sel ? sel.index : field.indexOf("|");
  const end = sel ? start + sel[1]!.length : start;
  const value = sel ? field.replace(/[[\]]/g, "") : field.replace("|", "");
  const r = spacedInsert(value, start, end, text);
  return r.value.slice(0, r.caret) + "|" + r.value.slice(r.caret);
}

describe("spacedInsert", () => {
  it("puts a space after a sentence's final stop, a word, a comma or a closing quote", () => {
    expect(put("Floods hit on Monday.|", "East Jakarta")).toBe("Floods hit on Monday. East Jakarta|");
    expect(put("He also thanked|", "North Korea")).toBe("He also thanked North Korea|");
    expect(put("Asked why,|", "Kim")).toBe("Asked why, Kim|");
    expect(put("“It is over.”|", "Kim")).toBe("“It is over.” Kim|");
    expect(put("Did it end?|", "No")).toBe("Did it end? No|");
  });

  it("puts a space after the insertion before a word, none before punctuation or a space", () => {
    expect(put("He thanked | for its support.", "North Korea")).toBe("He thanked North Korea| for its support.");
    expect(put("He thanked|.", "North Korea")).toBe("He thanked North Korea|.");
    expect(put("He thanked|, then left.", "North Korea")).toBe("He thanked North Korea|, then left.");
    expect(put("the “|” slogan", "pressure")).toBe("the “pressure|” slogan");
  });

  it("adds nothing inside a word or a number, after an opening quote or bracket, or where a space is", () => {
    expect(put("Jakar|ta", "x")).toBe("Jakarx|ta");
    expect(put("1.|5 million", "2")).toBe("1.2|5 million");
    expect(put("He said “|", "pressure")).toBe("He said “pressure|");
    expect(put("(|)", "BPBD")).toBe("(BPBD|)");
    expect(put("He also thanked |", "North Korea")).toBe("He also thanked North Korea|");
    expect(put("|", "Floods hit Jakarta.")).toBe("Floods hit Jakarta.|");
    expect(put("|hit Jakarta.", "Floods")).toBe("Floods| hit Jakarta.");
  });

  it("replaces a selection, spaced on both sides", () => {
    expect(put("He thanked [Pyongyang] for it.", "North Korea")).toBe("He thanked North Korea| for it.");
    expect(put("Monday.[x]", "East Jakarta")).toBe("Monday. East Jakarta|");
  });

  it("leaves text that brings its own space or punctuation as it is", () => {
    expect(put("Monday.|", " East")).toBe("Monday. East|");
    expect(put("Jakarta|", ", Indonesia")).toBe("Jakarta, Indonesia|");
  });
});

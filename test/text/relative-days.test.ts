import { RELATIVE_DAY_CUE, RELATIVE_DAY_CUE_WORDS, relativeDayChanges, relativeDays } from "../../src/text/relative-days";
import { mayHoldWord, tokenize, wordHashes } from "../../src/glossary/tokenize";
import { rng } from "../../bench/lib/harness";

const read = (text: string, lang: "id" | "en") => relativeDays(text, lang).map((r) => [r.raw, r.days, r.from]);

describe("relativeDays", () => {
  it("reads Indonesian days relative to today and to an event", () => {
    expect(read("Hasilnya diumumkan lusa, bukan kemarin lusa atau kemarin.", "id")).toEqual([["lusa", 2, "today"], ["kemarin lusa", -2, "today"], ["kemarin", -1, "today"]]);
    expect(read("Besok, tiga hari lagi, dua pekan lalu, sepekan lagi, minggu depan.", "id")).toEqual([["Besok", 1, "today"], ["tiga hari lagi", 3, "today"], ["dua pekan lalu", -14, "today"], ["sepekan lagi", 7, "today"], ["minggu depan", 7, "today"]]);
    expect(read("Pada H-2 dan H+7 Lebaran.", "id")).toEqual([["H-2", -2, "event"], ["H+7", 7, "event"]]);
    expect(read("Ia tiba sehari sebelumnya, dua hari setelah debat, sepekan kemudian, tiga hari sebelum pemilu.", "id")).toEqual([
      ["sehari sebelumnya", -1, "event"], ["dua hari setelah", 2, "event"], ["sepekan kemudian", 7, "event"], ["tiga hari sebelum", -3, "event"],
    ]);
  });

  it("reads English days relative to today and to an event, a span once", () => {
    expect(read("The day after tomorrow, not tomorrow or yesterday.", "en")).toEqual([["The day after tomorrow", 2, "today"], ["tomorrow", 1, "today"], ["yesterday", -1, "today"]]);
    expect(read("In three days, a week away, two days ago, next week.", "en")).toEqual([["In three days", 3, "today"], ["a week away", 7, "today"], ["two days ago", -2, "today"], ["next week", 7, "today"]]);
    expect(read("Two days before Eid, three days later, the day before the vote.", "en")).toEqual([["Two days before", -2, "event"], ["three days later", 3, "event"], ["the day before", -1, "event"]]);
    expect(read("A day before departure, the previous day, the following day.", "en")).toEqual([["A day before", -1, "event"], ["the previous day", -1, "event"], ["the following day", 1, "event"]]);
  });

  it("compares the source's days with the target's from the same point only", () => {
    const changed = (s: string, t: string) => relativeDayChanges(s, t).map(([a, b]) => [a.raw, b.raw]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced the day after tomorrow.")).toEqual([]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced in two days.")).toEqual([]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced on Saturday.")).toEqual([]);
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked two days earlier.")).toEqual([]);
    expect(changed("Tiket dibeli paling lambat H-1.", "Tickets must be bought a day before departure.")).toEqual([]);
    expect(changed("Tiket dibeli paling lambat H-1.", "Tickets must be bought two days before.")).toEqual([["H-1", "two days before"]]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced tomorrow.")).toEqual([["lusa", "tomorrow"]]);
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked two days after Eid.")).toEqual([["H-2", "two days after"]]);
    // (an event's day against today's: nothing to compare)
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked yesterday.")).toEqual([]);
  });
});

describe("relativeDayChanges with the source's tokens (the cue's words looked up by their hashes first)", () => {
  const changed = (s: string, t: string, tokens?: ReturnType<typeof tokenize>) => relativeDayChanges(s, t, tokens).map(([a, b]) => [a.raw, b.raw]);
  it("gives what it gives without them", () => {
    for (const [s, t, want] of [
      ["Hasilnya diumumkan lusa.", "The results will be announced tomorrow.", [["lusa", "tomorrow"]]],
      ["Arus mudik memuncak pada H-2.", "Traffic peaked two days after Eid.", [["H-2", "two days after"]]],
      ["Arus mudik memuncak pada H +2.", "Traffic peaked two days before Eid.", [["H +2", "two days before"]]],
      ["Dua pekan lalu harga naik.", "Prices rose three weeks ago.", [["Dua pekan lalu", "three weeks ago"]]],
      ["Harga naik 5 persen.", "Prices rose 5 percent yesterday.", []],
      ["Hasilnya diumumkan kemarinnya.", "The results were announced yesterday.", []],
    ] as const) {
      expect(changed(s, t, tokenize(s))).toEqual(want);
      expect(changed(s, t)).toEqual(want);
    }
    // (tokens of another text are not read: the cue's search decides)
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced tomorrow.", tokenize("Harga naik."))).toEqual([["lusa", "tomorrow"]]);
  });
  it("the words say yes wherever the cue finds one", () => {
    const words = wordHashes(RELATIVE_DAY_CUE_WORDS.id);
    const r = rng(16);
    const parts = ["lusa", "Kemarin", "besok", "LAGI", "lalu", "depan", "H", "h", "-", "+", "−", "2", " ", "\u00a0", "_", "ñ", "é", "nya", "x", ".", "se", "hari", "\n"];
    let found = 0;
    for (let i = 0; i < 20000; i++) {
      let text = "";
      const n = 1 + Math.floor(r() * 8);
      for (let k = 0; k < n; k++) text += parts[Math.floor(r() * parts.length)];
      if (RELATIVE_DAY_CUE.id.test(text)) { found++; expect([text, mayHoldWord(tokenize(text), words)]).toEqual([text, true]); }
    }
    expect(found).toBeGreaterThan(5000);
  });
});

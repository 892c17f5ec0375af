import { relativeDayChanges, relativeDays } from "../../src/text/relative-days";

const read = (text: string, lang: "id" | "en") => relativeDays(text, lang).map((r) => [r.raw, r.days, r.from]);

describe("relativeDays", () => {
  it("reads Indonesian days relative to today and to an event", () => {
    expect(read("Hasilnya diumumkan lusa, bukan kemarin lusa atau kemarin.", "id")).toEqual([["lusa", 2, "today"], ["kemarin lusa", -2, "today"], ["kemarin", -1, "today"]]);
    expect(read("Besok, tiga hari lagi, dua pekan lalu, sepekan lagi, minggu depan.", "id")).toEqual([["Besok", 1, "today"], ["tiga hari lagi", 3, "today"], ["dua pekan lalu", -14, "today"], ["sepekan lagi", 7, "today"], ["minggu depan", 7, "today"]]);
    expect(read("Pada H-2 dan H+7 Lebaran.", "id")).toEqual([["H-2", -2, "event"], ["H+7", 7, "event"]]);
  });

  it("reads English days relative to today and to an event, a span once", () => {
    expect(read("The day after tomorrow, not tomorrow or yesterday.", "en")).toEqual([["The day after tomorrow", 2, "today"], ["tomorrow", 1, "today"], ["yesterday", -1, "today"]]);
    expect(read("In three days, a week away, two days ago, next week.", "en")).toEqual([["In three days", 3, "today"], ["a week away", 7, "today"], ["two days ago", -2, "today"], ["next week", 7, "today"]]);
    expect(read("Two days before Eid, three days later, the day before the vote.", "en")).toEqual([["Two days before", -2, "event"], ["three days later", 3, "event"], ["the day before", -1, "event"]]);
  });

  it("compares the source's days with the target's from the same point only", () => {
    const changed = (s: string, t: string) => relativeDayChanges(s, t).map(([a, b]) => [a.raw, b.raw]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced the day after tomorrow.")).toEqual([]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced in two days.")).toEqual([]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced on Saturday.")).toEqual([]);
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked two days earlier.")).toEqual([]);
    expect(changed("Hasilnya diumumkan lusa.", "The results will be announced tomorrow.")).toEqual([["lusa", "tomorrow"]]);
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked two days after Eid.")).toEqual([["H-2", "two days after"]]);
    // (an event's day against today's: nothing to compare)
    expect(changed("Arus mudik memuncak pada H-2.", "Traffic peaked yesterday.")).toEqual([]);
  });
});

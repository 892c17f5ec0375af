/**
 * The number probe (test/fixtures/check/number-probe.tsv): unseen news pairs for number-mismatch —
 * names that hold a digit and a letter (`3M Plus`, `G20`, `Su-35`), ratios (`Satu dari lima` → `One in
 * five`), relative days (`H-2` → `two days before`, `lusa`, `sepekan lagi`), markets, sport, disasters,
 * elections — labelled by hand (`want`) before Selaras ran on them, through every check with the shipped
 * glossary as `selaras check --pairs` runs them. Every pair's findings are asserted exactly (`got`).
 */
import { loadProbeFile, probeContract, probeFindings } from "./genre-probe";

/** Bad pairs no check flags, and why (not fixed). */
const KNOWN_MISSES: Record<string, string> = {};
// (no good pair is flagged: round four read `liter` as English too, n18)

describe("number probe: names with digits, ratios, relative days, numbers of news genres", () => {
  const rows = loadProbeFile("number-probe.tsv", 1);
  const by = probeFindings(rows);
  const numbers = (id: string) => by.get(id)!.filter((f) => f.checkId === "number-mismatch").map((f) => ({ messageId: f.messageId, data: f.data }));

  probeContract(rows, by, { pairs: 108, good: 74, knownMisses: KNOWN_MISSES });

  it("names the numbers it reports (exact data)", () => {
    expect(numbers("nb2")).toEqual([{ messageId: "missing", data: { number: "17", value: "17" } }, { messageId: "extra", data: { number: "19", value: "19" } }]);
    // (a relative day's number changed is one finding naming the day, as the reader sees it)
    expect(numbers("d03")).toEqual([{ messageId: "day", data: { number: "H-2", rendered: "three days before", value: "-2", renderedValue: "-3" } }]);
    // (a name with a digit kept as written is no number; after a currency it is one: `Rp 5M` is 5 miliar, not 5 million)
    expect(numbers("n01")).toEqual([]);
    expect(numbers("g3")).toEqual([{ messageId: "missing", data: { number: "5M", value: "5000000000" } }, { messageId: "extra", data: { number: "5M", value: "5000000" } }]);
    // (ratios compared as ratios: the `five` of `under five` does not hide `three`; the same numbers swapped between a ratio and a count)
    expect(numbers("q09")).toEqual([{ messageId: "missing", data: { number: "lima", value: "5" } }, { messageId: "extra", data: { number: "three", value: "3" } }]);
    expect(numbers("q06")).toEqual([{ messageId: "swapped", data: { number: "tiga", other: "dua", value: "3", otherValue: "2", said: "tiga warga desa", otherSaid: "keluarga kehilangan dua anak" } }, { messageId: "missing", data: { number: "tiga", value: "3" } }, { messageId: "extra", data: { number: "two", value: "2" } }]);
    expect(numbers("g1")).toEqual([]);
    // (a relative day rendered as another: a warning naming both)
    expect(numbers("d21")).toEqual([{ messageId: "day", data: { number: "H-2", rendered: "two days after", value: "-2", renderedValue: "2" } }]);
    expect(numbers("d22")).toEqual([{ messageId: "day", data: { number: "lusa", rendered: "tomorrow", value: "2", renderedValue: "1" } }]);
    // (an ordinal with -nya after a noun: `gelar ketiganya` = her third title)
    expect(numbers("s04")).toEqual([{ messageId: "missing", data: { number: "ketiganya", value: "3" } }, { messageId: "extra", data: { number: "second", value: "2" } }]);
    // (numbers swapped between medals: each number's word found beside the other's rendering)
    expect(numbers("s07")).toEqual([{ messageId: "swapped", data: { number: "11", other: "9", value: "11", otherValue: "9", said: "11 perak", otherSaid: "9 perunggu" } }]);
    expect(numbers("x07")).toEqual([{ messageId: "missing", data: { number: "IV", value: "4" } }, { messageId: "extra", data: { number: "III", value: "3" } }]);
  });
});

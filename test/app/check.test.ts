/** Suppressions file format and pair hashing (src/app/check.ts). */
import { pairHash, parseSuppressions, serializeSuppressions, parsePairsFile } from "../../src/app/check";
import { ParseError } from "../../src/errors";

const HEADER = "document\tcheck\thash\treason\tauthor\tsource\ttarget";

describe("suppressions file", () => {
  it("round-trips", () => {
    const rows = [{ document: "doc", checkId: "end-punctuation", pairHash: pairHash("Ia tiba.", "He arrived"), ref: "doc:1", reason: "headline", author: "ed", origin: "file" as const, source: "Ia tiba.", target: "He arrived", createdAt: "" }];
    const text = serializeSuppressions(rows);
    expect(text.split("\n").slice(2)).toEqual([HEADER, `doc\tend-punctuation\t${rows[0]!.pairHash}\theadline\ted\tIa tiba.\tHe arrived`, ""]);
    expect(parseSuppressions(text, "s.tsv")).toMatchObject([{ document: "doc", checkId: "end-punctuation", pairHash: rows[0]!.pairHash, reason: "headline", author: "ed" }]);
  });

  it.each([
    ["a header", "doc\tx\n", "suppressions-bad-header", 1],
    ["7 columns", `${HEADER}\ndoc\tend-punctuation\t0123456789abcdef\treason\n`, "suppressions-bad-row", 2],
    ["a known check", `${HEADER}\n# note\ndoc\tno-check\t0123456789abcdef\treason\ted\ts\tt\n`, "suppressions-unknown-check", 3],
    ["a hash", `${HEADER}\ndoc\tend-punctuation\txyz\treason\ted\ts\tt\n`, "suppressions-bad-hash", 2],
    ["a reason", `${HEADER}\ndoc\tend-punctuation\t0123456789abcdef\t \ted\ts\tt\n`, "suppressions-no-reason", 2],
  ])("requires %s (file and line in the error)", (_n, text, code, line) => {
    try {
      parseSuppressions(text, "s.tsv");
      throw new Error("expected a ParseError");
    } catch (e) {
      expect(e).toBeInstanceOf(ParseError);
      expect((e as ParseError).code).toBe(code);
      expect((e as ParseError).data).toMatchObject({ file: "s.tsv", line });
    }
  });

  it("hashes the normalised texts: spacing and quote style do not matter, words do", () => {
    expect(pairHash("“Ia  tiba.”", "He arrived.")).toBe(pairHash("\"Ia tiba.\"", "He arrived. "));
    expect(pairHash("Ia tiba.", "He arrived.")).not.toBe(pairHash("Ia tiba.", "He came."));
    expect(pairHash("Ia tiba.", "He arrived.")).toMatch(/^[0-9a-f]{16}$/);
  });
});

describe("pairs file", () => {
  it("keeps line numbers and skips blank lines; an empty target is a pair", () => {
    expect(parsePairsFile("a\tb\n\nc\t\n", "p.tsv")).toEqual([
      { ref: "line:1", line: 1, source: "a", target: "b" },
      { ref: "line:3", line: 3, source: "c", target: "" },
    ]);
  });
});

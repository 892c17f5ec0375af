/** The suppressions file format as a pure module (src/translations/suppressions.ts): strings in, rows out. */
import * as fs from "node:fs";
import * as path from "node:path";
import { isCheckId } from "../../src/check";
import { parseSuppressions, serializeSuppressions, SUPPRESSIONS_HEADER } from "../../src/translations/suppressions";

const known = (id: string) => ["end-punctuation", "glossary-term-missing", "glossary-count-mismatch", "length-ratio"].includes(id);

describe("translations/suppressions.tsv", () => {
  it("writes two comment lines, the header and one sorted row per suppression (tabs and line breaks in cells become spaces)", () => {
    const row = (document: string, ref: string, checkId: string, reason: string) =>
      ({ document, checkId, pairHash: "0123456789abcdef", ref, reason, author: "ed", origin: "file" as const, source: "Ia\ttiba.", target: "He\narrived", createdAt: "" });
    const text = serializeSuppressions([row("b", "b:2", "end-punctuation", "x"), row("a", "a:10", "length-ratio", "y"), row("a", "a:9", "length-ratio", "z\r\nw")]);
    expect(text.split("\n").slice(2)).toEqual([
      SUPPRESSIONS_HEADER,
      "a\tlength-ratio\t0123456789abcdef\tz w\ted\tIa tiba.\tHe arrived",
      "a\tlength-ratio\t0123456789abcdef\ty\ted\tIa tiba.\tHe arrived",
      "b\tend-punctuation\t0123456789abcdef\tx\ted\tIa tiba.\tHe arrived",
      "",
    ]);
    expect(text.split("\n")[0]).toMatch(/^# Selaras check suppressions/);
  });

  it("reads the project's file and writes it back byte for byte", () => {
    const file = path.resolve(__dirname, "../../translations/suppressions.tsv");
    const text = fs.readFileSync(file, "utf8");
    const rows = parseSuppressions(text, file, isCheckId);
    expect(rows.length).toBeGreaterThan(0);
    expect(rows.every((r) => r.origin === "file" && r.ref === "" && r.createdAt === "")).toBe(true);
    expect(serializeSuppressions(rows)).toBe(text);
  });

  it("asks the caller which check ids exist", () => {
    const text = `${SUPPRESSIONS_HEADER}\ndoc\tmy-check\t0123456789abcdef\treason\ted\ts\tt\n`;
    expect(parseSuppressions(text, "s.tsv", (id) => id === "my-check").map((r) => r.checkId)).toEqual(["my-check"]);
    expect(() => parseSuppressions(text, "s.tsv", known)).toThrow(expect.objectContaining({ code: "suppressions-unknown-check", data: { file: "s.tsv", line: 2, checkId: "my-check" } }));
  });
});

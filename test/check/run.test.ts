/** The runner: identity, severity, configuration, span texts, crash wrapping. */
import { checks, runChecks } from "../../src/check";
import { SelarasError } from "../../src/errors";
import { TEST_MATCHER } from "./helpers";

const pairs = [
  { ref: "a:1", source: "Korea Utara menembak.", target: "Pyongyang  fired." },
  { ref: "a:2", source: "Ia tiba.", target: "He arrived." },
];

describe("runChecks", () => {
  it("fills in ref, index, check id, severity, category and the text of the spans", () => {
    const { findings } = runChecks(pairs, { matcher: TEST_MATCHER });
    expect(findings.map((f) => [f.ref, f.index, f.checkId, f.severity, f.category])).toEqual([
      ["a:1", 0, "double-space", "warning", "cosmetic"],
      ["a:1", 0, "glossary-term-missing", "error", "critical"],
    ]);
    expect(findings[0]!.target).toEqual({ start: 9, end: 11, text: "  " });
    expect(findings[1]!.source).toEqual({ start: 0, end: 11, text: "Korea Utara" });
  });

  it("honours only, disable and severity overrides", () => {
    expect(runChecks(pairs, { matcher: TEST_MATCHER, config: { only: ["double-space"] } }).findings.map((f) => f.checkId)).toEqual(["double-space"]);
    expect(runChecks(pairs, { matcher: TEST_MATCHER, config: { disable: ["double-space"] } }).findings.map((f) => f.checkId)).toEqual(["glossary-term-missing"]);
    expect(runChecks(pairs, { matcher: TEST_MATCHER, config: { only: ["double-space"], severity: { "double-space": "error" } } }).findings[0]!.severity).toBe("error");
  });

  it("runs without a glossary (glossary checks see no terms)", () => {
    expect(runChecks(pairs).findings.map((f) => f.checkId)).toEqual(["double-space"]);
  });

  it("wraps a crashing check with its id and the pair's ref", () => {
    const check = checks["end-punctuation"];
    const original = check.check;
    (check as { check: unknown }).check = (input: { source: string }) => {
      if (input.source.startsWith("Ia")) throw new TypeError("boom");
      return [];
    };
    try {
      runChecks(pairs);
      throw new Error("expected a crash");
    } catch (e) {
      expect(e).toBeInstanceOf(SelarasError);
      expect((e as SelarasError).code).toBe("check-crashed");
      expect((e as SelarasError).data).toEqual({ checkId: "end-punctuation", ref: "a:2", message: "boom" });
    } finally {
      (check as { check: unknown }).check = original;
    }
  });

  it("refuses a message id a check does not declare", () => {
    const check = checks["double-space"];
    const original = check.check;
    (check as { check: unknown }).check = () => [{ messageId: "nope" }];
    try {
      expect(() => runChecks(pairs)).toThrow(/double-space reported unknown messageId "nope"/);
    } finally {
      (check as { check: unknown }).check = original;
    }
  });
});

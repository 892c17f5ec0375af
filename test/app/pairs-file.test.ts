import { parsePairsFile } from "../../src/app/check";

describe("check --pairs file reading", () => {
  it("reads plain source<TAB>target lines, skipping blank ones", () => {
    expect(parsePairsFile("Korea Utara.\tNorth Korea.\n\nAS.\tUS.\r\n", "p.tsv")).toEqual([
      { ref: "line:1", line: 1, source: "Korea Utara.", target: "North Korea." },
      { ref: "line:3", line: 3, source: "AS.", target: "US." },
    ]);
  });

  it("reads the TSV that `selaras export --format tsv` writes: header, extra columns, escapes", () => {
    const text = "source\ttarget\tid\tdocument\n" + "Satu\\tdua\tOne\\ttwo\t1\tdoc\n" + "Baris\\nbaru\tNew\\nline\t2\tdoc\n";
    expect(parsePairsFile(text, "corpus.tsv")).toEqual([
      { ref: "line:2", line: 2, source: "Satu\tdua", target: "One\ttwo" },
      { ref: "line:3", line: 3, source: "Baris\nbaru", target: "New\nline" },
    ]);
  });

  it("names the file and line of a malformed row", () => {
    expect(() => parsePairsFile("a\tb\nonly one column\n", "p.tsv")).toThrow(
      expect.objectContaining({ code: "pairs-bad-line", data: { file: "p.tsv", line: 2, columns: 1 } }),
    );
    expect(() => parsePairsFile("source\ttarget\tid\nx\n", "q.tsv")).toThrow(
      expect.objectContaining({ code: "pairs-bad-line", data: { file: "q.tsv", line: 2, columns: 1 } }),
    );
  });
});

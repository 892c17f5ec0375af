/**
 * LineSplitter (src/formats/text.ts), the line reader of the TSV, CSV, JSONL and Moses readers: the
 * same lines and numbers whatever the chunks the text comes in, a CRLF cut between two chunks
 * included; a long line written in small chunks is read once (it was searched from its start again
 * for every chunk).
 */
import { LineSplitter } from "../../src/formats/text";

function split(chunks: readonly string[]): [string, number][] {
  const out: [string, number][] = [];
  const s = new LineSplitter((line, n) => out.push([line, n]));
  for (const c of chunks) s.write(c);
  s.end();
  expect(s.lines).toBe(out.length);
  return out;
}
const pieces = (text: string, size: number): string[] => Array.from({ length: Math.ceil(text.length / size) }, (_x, i) => text.slice(i * size, (i + 1) * size));

describe("LineSplitter", () => {
  const text = "satu\r\ndua\n\r\n\ntiga\rempat\r\n\rlima\r";
  const whole: [string, number][] = [["satu", 1], ["dua", 2], ["", 3], ["", 4], ["tiga\rempat", 5], ["\rlima", 6]];

  it("splits at LF and CRLF (a lone CR is text; a last line without a break is a line, its CR dropped), in any chunks", () => {
    expect(split([text])).toEqual(whole);
    for (const size of [1, 2, 3, 5, 7]) expect(split(pieces(text, size))).toEqual(whole);
    // (a CR at the end of one chunk, its LF the next chunk's first character; empty chunks)
    expect(split(["satu\r", "\ndua\r", "", "\n", ""])).toEqual([["satu", 1], ["dua", 2]]);
    expect(split([])).toEqual([]);
    expect(split(["", ""])).toEqual([]);
    expect(split(["\n"])).toEqual([["", 1]]);
  });

  it("reads a 1,000,000-character line written in 1-character chunks, and the lines after it", () => {
    const long = "Kalimat panjang. ".repeat(58_824).slice(0, 1_000_000);
    const got = split([...pieces(long + "\r\n", 1), "dua\nti", "ga"]);
    expect(got.map(([l, n]) => [l.length, n])).toEqual([[1_000_000, 1], [3, 2], [4, 3]]);
    expect(got[0]![0]).toBe(long);
    expect(got.slice(1)).toEqual([["dua", 2], ["tiga", 3]]);
  });
});

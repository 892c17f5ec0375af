/**
 * Golden segmentation fixtures: test/fixtures/segment/<case>/ holds `input.txt` (or `input.path`,
 * a path to a corpus file relative to the repository) and `expected.json`, written by hand segment
 * by segment. `UPDATE_FIXTURES=1 npx jest test/segment` rewrites expected.json from the segmenter
 * (review the diff before committing it).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { segmentArticle } from "../../src/segment";
import { decodeText } from "../../src/text/decode";

const ROOT = path.resolve(__dirname, "../..");
const FIXTURES = path.join(ROOT, "test/fixtures/segment");
const UPDATE = process.env.UPDATE_FIXTURES === "1";

function loadInput(dir: string): { file: string; text: string } {
  const pathFile = path.join(dir, "input.path");
  const file = fs.existsSync(pathFile) ? path.join(ROOT, fs.readFileSync(pathFile, "utf8").trim()) : path.join(dir, "input.txt");
  return { file, text: decodeText(fs.readFileSync(file), file) };
}

const project = (text: string, engine: "fast" | "plain") =>
  segmentArticle(text, { engine }).map((s) => ({ text: s.text, start: s.start, end: s.end, kind: s.kind, suspect: s.suspect }));

const cases = fs.readdirSync(FIXTURES).filter((d) => fs.statSync(path.join(FIXTURES, d)).isDirectory()).sort();

describe("segmentation fixtures", () => {
  it("has the five seed articles and a case for every rule", () => {
    expect(cases.filter((c) => c.startsWith("seed-"))).toHaveLength(5);
    for (const c of ["abbr-prepositive", "abbr-capital", "numbers", "dates", "quotes", "ellipses", "initials", "boilerplate",
      "comment-form", "captions", "dateline", "suspect", "lines", "header", "crlf-bom", "brackets", "web-noise"]) expect(cases).toContain(c);
  });

  it.each(cases)("%s", (name) => {
    const dir = path.join(FIXTURES, name);
    const { text } = loadInput(dir);
    const actual = project(text, "fast");
    const expectedFile = path.join(dir, "expected.json");
    if (UPDATE) fs.writeFileSync(expectedFile, JSON.stringify(actual, null, 2) + "\n");
    const expected = JSON.parse(fs.readFileSync(expectedFile, "utf8"));
    expect(actual).toEqual(expected);
    for (const s of actual) expect(text.slice(s.start, s.end)).toBe(s.text);
    // The engine run on every line (no fast path) gives the same segments.
    expect(project(text, "plain")).toEqual(expected);
  });
});

describe("line endings and byte order mark", () => {
  const seeds = cases.filter((c) => c.startsWith("seed-"));
  it.each(seeds)("%s: CRLF, lone CR and a BOM give the same segments as LF", (name) => {
    const { text } = loadInput(path.join(FIXTURES, name));
    const lf = segmentArticle(text).map((s) => [s.text, s.kind, s.suspect, s.paragraph]);
    for (const variant of [text.replace(/\n/g, "\r\n"), text.replace(/\n/g, "\r")]) {
      const decoded = decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(variant, "utf8")]), "x.txt");
      const segs = segmentArticle(decoded);
      expect(segs.map((s) => [s.text, s.kind, s.suspect, s.paragraph])).toEqual(lf);
      for (const s of segs) {
        expect(decoded.slice(s.start, s.end)).toBe(s.text);
        expect(s.text).not.toMatch(/[\r\n]/);
      }
    }
  });
});

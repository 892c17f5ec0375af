/**
 * Glossary import of term lists as tools export them (test/fixtures/cat-exchange): an entry without
 * English is left out and reported by line (the rest is imported); a file where no entry has English
 * is refused (exit 2, nothing written); MultiTerm XML (`<mtf>`, UTF-8 or UTF-16) is read.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { parseGlossaryText, type SkippedEntries } from "../../src/glossary";
import { REPO, run, tempDir } from "../helpers/cli";

const FIXTURES = path.join(REPO, "test", "fixtures", "cat-exchange");
const fixture = (name: string) => path.join(FIXTURES, name);
const read = (name: string) => fs.readFileSync(fixture(name), "utf8");

describe("glossary import: entries without English", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  const body = (file: string) => fs.readFileSync(path.join(dir, "glossary", file), "utf8").split("\n").filter((l) => !l.startsWith("#"));

  it.each([
    ["g01-iate-missing-english.tbx", "Left out 2 entries without an English term (lines 13, 20): add their English and import again, or mark them do-not-translate.",
      ["banjir\tbanjir\tflood\t\t\t\t\tweather", "gubernur\tgubernur\tgovernor"]],
    ["g02-omegat-missing-target.txt", "Left out 1 entry without an English term (line 2): add its English and import again, or mark it do-not-translate.",
      ["banjir\tbanjir\tflood", "gubernur\tgubernur\tgovernor"]],
    ["g03-smartcat-missing-english.csv", "Left out 1 entry without an English term (line 3): add its English and import again, or mark it do-not-translate.",
      ["banjir\tbanjir\tflood", "gubernur\tgubernur\tgovernor\t\t\t\t\t\thead of a province"]],
    ["g04-multiterm.xml", "Left out 1 entry without an English term (line 35): add its English and import again, or mark it do-not-translate.",
      ["banjir\tbanjir\tflood\tinundation\t\t\tnoun\tweather", "gubernur\tgubernur\tgovernor"]],
  ])("%s: the others are imported, the entry without English is named by its line", async (name, said, rows) => {
    const r = await run(["glossary", "import", fixture(name), "--db", path.join(dir, "s.db")], { cwd: dir });
    const out = name.replace(/\.[^.]+$/, ".tsv");
    expect([r.code, r.stdout.split("\n").slice(0, 2)]).toEqual([0, [`Imported 2 concepts into glossary/${out}.`, said]]);
    expect(body(out)).toEqual(["id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample", ...rows, ""]);
  });

  it("--json gives the count and lines", async () => {
    const r = await run(["glossary", "import", fixture("g01-iate-missing-english.tbx"), "--json", "--dry-run", "--db", path.join(dir, "s.db")], { cwd: dir });
    expect(JSON.parse(r.stdout).noEnglish).toEqual({ count: 2, lines: [13, 20] });
  });

  it("no entry with English: refused (exit 2), no glossary file written, no database created", async () => {
    const r = await run(["glossary", "import", fixture("g05-all-missing-english.tbx"), "--db", path.join(dir, "s.db")], { cwd: dir });
    expect([r.code, r.stderr]).toEqual([2, `selaras: ${fixture("g05-all-missing-english.tbx")}: no entry has an English term (2 without: lines 6, 9); nothing was imported\n`]);
    expect(fs.readdirSync(dir)).toEqual([]);
  });

  it("a do-not-translate entry needs no English", async () => {
    const r = await run(["glossary", "import", fixture("g06-dnt-no-english.tbx"), "--db", path.join(dir, "s.db")], { cwd: dir });
    expect([r.code, r.stdout.split("\n")[1]]).toEqual([0, "Glossary synced: 2 concepts from 1 file (2 added, 0 changed, 0 removed)."]);
  });

  it("MultiTerm's own encoding, UTF-16 with a byte-order mark, is read the same", async () => {
    const text = read("g04-multiterm.xml").replace('encoding="UTF-8"', 'encoding="UTF-16"');
    fs.writeFileSync(path.join(dir, "mt.xml"), Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]));
    const r = await run(["glossary", "import", "mt.xml", "--db", path.join(dir, "s.db")], { cwd: dir });
    expect([r.code, r.stdout.split("\n")[0]]).toEqual([0, "Imported 2 concepts into glossary/mt.tsv."]);
    expect(body("mt.tsv")[1]).toBe("banjir\tbanjir\tflood\tinundation\t\t\tnoun\tweather");
  });

  it("a TBX in the glossary folder keeps its entry without English: validation names it (file:line), as before", () => {
    const concepts = parseGlossaryText(read("g01-iate-missing-english.tbx"), "g.tbx");
    expect(concepts.map((c) => [c.id, c.line, c.renderings.length])).toEqual([["banjir", 8, 1], ["pengungsi", 13, 0], ["gubernur", 16, 1], ["siaga", 20, 0]]);
    const skipped: SkippedEntries = { noIndonesian: [], noEnglish: [] };
    expect(parseGlossaryText(read("g01-iate-missing-english.tbx"), "g.tbx", skipped).map((c) => c.id)).toEqual(["banjir", "gubernur"]);
    expect(skipped).toEqual({ noIndonesian: [], noEnglish: [13, 20] });
  });

  it("an XML root that is neither TBX nor MultiTerm is refused, naming the three", () => {
    expect(() => parseGlossaryText("<termbase><entry/></termbase>", "x.xml")).toThrow(
      expect.objectContaining({ code: "glossary-tbx-not-tbx", data: { file: "x.xml", line: 1, element: "termbase" } }));
  });
});

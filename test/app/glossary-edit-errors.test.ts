/**
 * `glossary add` and `glossary set` refused for a rule the new or changed concept breaks: the line
 * the command would write does not exist, so the message names the command's flag, and the file and
 * line of the concept that already has the id or form (as they are on disk: BOM, CRLF and comments
 * counted). Exit 2; every glossary file and the database exactly as they were.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";

const HEADER = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample";
// edited by hand on Windows: a byte order mark, CRLF line ends, comments before the concepts
const GEO = "\uFEFF# Places\r\n# (kept by hand)\r\n" + HEADER + "\r\n" +
  "north-korea\tKorea Utara | =Korut\t=North Korea\t\t\t\t\t\t\t\r\n" +
  "south-korea\tKorea Selatan\t=South Korea\t\t\t\t\t\t\t\r\n";
const PEOPLE = HEADER + "\nputin\tVladimir Putin | =Putin\t=Vladimir Putin\t\t\t\t\t\t\t\n";

async function project(): Promise<{ dir: string; db: string; files: () => Record<string, string> }> {
  const dir = tempDir("selaras-gedit-");
  fs.mkdirSync(path.join(dir, "glossary"));
  fs.writeFileSync(path.join(dir, "glossary", "geo.tsv"), GEO);
  fs.writeFileSync(path.join(dir, "glossary", "people.tsv"), PEOPLE);
  const db = path.join(dir, "s.db");
  expect((await run(["glossary", "sync", "--db", db], { cwd: dir })).code).toBe(0);
  const files = () => Object.fromEntries(fs.readdirSync(path.join(dir, "glossary")).sort().map((f) => [f, fs.readFileSync(path.join(dir, "glossary", f), "utf8")]));
  return { dir, db, files };
}

describe("glossary add / set refused: the existing entry's real file and line, never the line not written", () => {
  it("add: a source form or an id another concept has, into a new file or a hand-edited CRLF file with a BOM", async () => {
    const { dir, db, files } = await project();
    const before = { files: files(), db: dumpDb(db) };
    const cases: [string[], string][] = [
      [["add", "korut", "--source", "Korut", "--preferred", "North Korea"],
        "selaras: glossary add --source: source form 'Korut' of 'korut' is already a source form of 'north-korea' ('Korut', glossary/geo.tsv:4)\n"],
      [["add", "dprk", "--source", "korea utara", "--preferred", "DPRK", "--into", "geo.tsv"],
        "selaras: glossary add --source: source form 'korea utara' of 'dprk' is already a source form of 'north-korea' ('Korea Utara', glossary/geo.tsv:4)\n"],
      [["add", "south-korea", "--source", "Korsel", "--preferred", "South Korea", "--into", "people.tsv"],
        "selaras: glossary add <id>: concept id 'south-korea' is already used at glossary/geo.tsv:5\n"],
      [["add", "seoul", "--source", "Seoul", "--source", "seoul", "--preferred", "Seoul"],
        "selaras: glossary add --source: source form 'seoul' of 'seoul' is given twice (also as 'Seoul')\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await run(["glossary", ...argv, "--db", db], { cwd: dir });
      expect({ argv, code: r.code, stderr: r.stderr }).toEqual({ argv, code: 2, stderr });
    }
    expect({ files: files(), db: dumpDb(db) }).toEqual(before);
    // a file the glossary does not read (no `.tsv`): the concept would be written and never synced
    const into = await run(["glossary", "add", "japan", "--source", "Jepang", "--preferred", "Japan", "--into", "people", "--db", db], { cwd: dir });
    expect([into.code, into.stderr]).toEqual([2, "selaras: --into people: glossary add appends to a Selaras TSV file, which ends in .tsv (did you mean people.tsv?)\n"]);
    expect({ files: files(), db: dumpDb(db) }).toEqual(before);
    // in Indonesian, and as JSON: no file or line, the other's file and line in the data
    const id = await run(["glossary", "add", "korut", "--source", "Korut", "--preferred", "North Korea", "--lang", "id", "--db", db], { cwd: dir });
    expect([id.code, id.stderr]).toEqual([2, "selaras: glossary add --source: bentuk sumber 'Korut' milik 'korut' sudah menjadi bentuk sumber 'north-korea' ('Korut', glossary/geo.tsv:4)\n"]);
    const json = await run(["glossary", "add", "korut", "--source", "Korut", "--preferred", "North Korea", "--json", "--db", db], { cwd: dir });
    const e = JSON.parse(json.stdout).error;
    expect([json.code, e.code, e.file, e.line, e.data.otherFile, e.data.otherLine, e.data.field]).toEqual([2, "glossary-duplicate-source", null, null, "glossary/geo.tsv", 4, "source"]);
    expect({ files: files(), db: dumpDb(db) }).toEqual(before);
  });

  it("set: reported on the concept being changed, whichever comes first in the file; its own form twice", async () => {
    const { dir, db, files } = await project();
    const before = { files: files(), db: dumpDb(db) };
    const cases: [string[], string][] = [
      // the other concept comes after the one changed, in the same file
      [["set", "north-korea", "--source", "Korea Selatan"],
        "selaras: glossary set --source: source form 'Korea Selatan' of 'north-korea' is already a source form of 'south-korea' ('Korea Selatan', glossary/geo.tsv:5)\n"],
      [["set", "south-korea", "--source", "Putin"],
        "selaras: glossary set --source: source form 'Putin' of 'south-korea' is already a source form of 'putin' ('Putin', glossary/people.tsv:2)\n"],
      [["set", "putin", "--source", "Putin", "--source", "=putin"],
        "selaras: glossary set --source: source form 'putin' of 'putin' is given twice (also as 'Putin')\n"],
      [["set", "putin", "--admitted", "=Putin", "--forbidden", "putin"],
        "selaras: glossary set --forbidden: 'putin' of 'putin' is both forbidden and allowed\n"],
      [["set", "putin", "--source", "Putin {nickname}"],
        "selaras: glossary set --source: unknown term kind 'nickname' (use abbr, informal, variant or full)\n"],
      // a typo names the nearest id; nothing near: no guess
      [["set", "putn", "--note", "x"], "selaras: no concept 'putn' in glossary/ (did you mean 'putin'?)\n"],
      [["remove", "nort-korea"], "selaras: no concept 'nort-korea' in glossary/ (did you mean 'north-korea'?)\n"],
      [["remove", "japan"], "selaras: no concept 'japan' in glossary/ ('selaras glossary list' lists the concepts)\n"],
    ];
    for (const [argv, stderr] of cases) {
      const r = await run(["glossary", ...argv, "--db", db], { cwd: dir });
      expect({ argv, code: r.code, stderr: r.stderr }).toEqual({ argv, code: 2, stderr });
    }
    expect({ files: files(), db: dumpDb(db) }).toEqual(before);
  });

  it("add, set and remove keep a hand-edited file's byte order mark and CRLF line ends", async () => {
    const { dir, db, files } = await project();
    const add = await run(["glossary", "add", "japan", "--source", "Jepang", "--preferred", "Japan", "--into", "geo.tsv", "--db", db], { cwd: dir });
    expect([add.code, add.stderr]).toEqual([0, ""]);
    expect(files()["geo.tsv"]).toBe(GEO + "japan\tJepang\tJapan\r\n");
    const set = await run(["glossary", "set", "north-korea", "--note", "Not DPRK.", "--db", db], { cwd: dir });
    expect([set.code, set.stderr]).toEqual([0, ""]);
    expect(files()["geo.tsv"]).toBe(GEO.replace("north-korea\tKorea Utara | =Korut\t=North Korea\t\t\t\t\t\t\t\r\n", "north-korea\tKorea Utara | =Korut\t=North Korea\t\t\t\t\t\tNot DPRK.\t\r\n") + "japan\tJepang\tJapan\r\n");
    const remove = await run(["glossary", "remove", "japan", "--db", db], { cwd: dir });
    expect([remove.code, remove.stderr]).toEqual([0, ""]);
    expect(files()["geo.tsv"].startsWith("\uFEFF# Places\r\n")).toBe(true);
    expect(files()["geo.tsv"].endsWith("south-korea\tKorea Selatan\t=South Korea\t\t\t\t\t\t\t\r\n")).toBe(true);
  });
});

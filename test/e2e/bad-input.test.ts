/**
 * Bad-input sweep: every reader command fed invalid UTF-8, a binary (NUL) file, an empty file, and
 * a CRLF + BOM copy of a valid file. Failures exit 2, name the file (and line), print no stack
 * trace, and leave the database byte-for-byte as it was; CRLF + BOM gives the same result as LF.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, REPO, run, RunResult, tempDir } from "../helpers/cli";

jest.setTimeout(60_000);

const SLUG = "putin-tolak-sanksi-barat";
let work: string;
let root: string;
let baseDb: string;
let exportsDir: string;

beforeAll(async () => {
  work = tempDir("selaras-bad-input-");
  root = path.join(work, "root");
  for (const d of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(REPO, d), path.join(root, d), { recursive: true });
  baseDb = path.join(work, "base.db");
  const p = await run(["pipeline", "--db", baseDb, "--root", root]);
  expect(p.code).not.toBe(2);
  exportsDir = path.join(work, "exports");
  for (const format of ["tmx", "xliff", "tsv", "moses", "jsonl"]) {
    const out = path.join(exportsDir, `${format}`, format === "moses" ? "export" : `export.${format === "xliff" ? "xlf" : format}`);
    const r = await run(["export", "--doc", SLUG, "--format", format, "--out", out, "--db", baseDb]);
    expect(r.stderr).toBe("");
    expect(r.code).toBe(0);
  }
});
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const read = (f: string) => fs.readFileSync(f);
const ARTICLE = Buffer.from("Presiden tiba di Jakarta pada Rabu pagi.\nDia bertemu dengan Menteri Luar Negeri Korea Utara.\nKeduanya membahas kerja sama.\n");
const ENGLISH = Buffer.from("The president arrived in Jakarta on Wednesday morning.\nHe met North Korea's foreign minister.\nThe two discussed cooperation.\n");
const GLOSSARY = Buffer.from("id\tsource\tpreferred\n" + "bad-input-rice\tpadi gogo\tupland rice\n" + "bad-input-field\tsawah tadah hujan\trainfed field\n");
const PAIRS = Buffer.from("Presiden tiba di Jakarta pada Rabu pagi.\tThe president arrived in Jakarta on Wednesday morning.\nKorea Utara menolak sanksi.\tNorth Korea rejects the sanctions.\n");

interface Case {
  name: string;
  /** The valid content of the file under test (read lazily: exports exist only after beforeAll). */
  valid: () => Buffer;
  /** File name of the file under test. */
  file: string;
  /** Builds argv; `f` is the file under test, `dir` a fresh temp dir, `db` a fresh copy of the base database. */
  argv: (f: string, dir: string, db: string) => string[];
  /** What an empty file gives: "error" (exit 2, file named) or the exit code of a documented success. */
  empty: "error" | number;
  /** Whether the error for invalid UTF-8 / NUL can name a line. */
  line?: boolean;
  /** The command may exit 1 (findings) on valid input. */
  findings?: boolean;
}

const exported = (format: string, name: string) => () => read(path.join(exportsDir, format, name));
const translationsFile = () => read(path.join(root, "translations", `${SLUG}.translations.txt`));

const CASES: Case[] = [
  { name: "ingest", file: "bad-input-article.txt", valid: () => ARTICLE, argv: (f, _d, db) => ["ingest", f, "--db", db], empty: "error", line: true },
  { name: "segment", file: "article.txt", valid: () => ARTICLE, argv: (f, _d, db) => ["segment", f, "--db", db], empty: "error", line: true },
  { name: "glossary import", file: "extra.tsv", valid: () => GLOSSARY, argv: (f, d, db) => ["glossary", "import", f, "--dir", copyGlossary(d), "--db", db], empty: "error", line: true },
  {
    name: "glossary sync",
    file: "extra.tsv",
    valid: () => GLOSSARY,
    argv: (f, d, db) => {
      const g = copyGlossary(d);
      fs.renameSync(f, path.join(g, path.basename(f)));
      return ["glossary", "sync", "--dir", g, "--db", db];
    },
    empty: "error",
    line: true,
  },
  { name: "terms --glossary", file: "g.tsv", valid: () => GLOSSARY, argv: (f, _d, db) => ["terms", "Petani menanam padi gogo di sawah tadah hujan.", "--glossary", f, "--db", db], empty: "error", line: true },
  { name: "import tmx", file: "export.tmx", valid: exported("tmx", "export.tmx"), argv: (f, _d, db) => ["import", f, "--db", db], empty: "error", line: true },
  { name: "import xliff", file: "export.xlf", valid: exported("xliff", "export.xlf"), argv: (f, _d, db) => ["import", f, "--db", db], empty: "error", line: true },
  { name: "import tsv", file: "export.tsv", valid: exported("tsv", "export.tsv"), argv: (f, _d, db) => ["import", f, "--db", db], empty: "error", line: true },
  {
    name: "import moses",
    file: "export.id",
    valid: exported("moses", "export.id"),
    argv: (f, d, db) => {
      fs.copyFileSync(path.join(exportsDir, "moses", "export.en"), path.join(d, "export.en"));
      return ["import", f, "--db", db];
    },
    empty: "error",
    line: true,
  },
  { name: "import jsonl", file: "export.jsonl", valid: exported("jsonl", "export.jsonl"), argv: (f, _d, db) => ["import", f, "--db", db], empty: "error", line: true },
  { name: "translations import", file: `${SLUG}.translations.txt`, valid: translationsFile, argv: (f, _d, db) => ["translations", "import", f, "--translator", "tester", "--db", db], empty: "error", line: true },
  { name: "check --pairs", file: "pairs.tsv", valid: () => PAIRS, argv: (f, d, db) => ["check", "--pairs", f, "--root", root, "--db", db], empty: "error", line: true, findings: true },
  {
    name: "check --pairs --glossary",
    file: "g.tsv",
    valid: () => GLOSSARY,
    argv: (f, d, db) => {
      const p = path.join(d, "pairs.tsv");
      fs.writeFileSync(p, PAIRS);
      return ["check", "--pairs", p, "--glossary", f, "--db", db];
    },
    empty: "error",
    line: true,
    findings: true,
  },
  {
    name: "align (source file)",
    file: "source.txt",
    valid: () => ARTICLE,
    argv: (f, d, db) => {
      const en = path.join(d, "target.txt");
      fs.writeFileSync(en, ENGLISH);
      return ["align", f, en, "--db", db];
    },
    empty: 0,
    line: true,
  },
  {
    name: "align (target file)",
    file: "target.txt",
    valid: () => ENGLISH,
    argv: (f, d, db) => {
      const id = path.join(d, "source.txt");
      fs.writeFileSync(id, ARTICLE);
      return ["align", id, f, "--db", db];
    },
    empty: 0,
    line: true,
  },
  // Documented: an empty side gives 1-0 beads; the document's renderings were all written by a
  // person (translations/), so nothing is stored or removed.
  { name: "align --doc", file: "english.txt", valid: () => ENGLISH, argv: (f, _d, db) => ["align", "--doc", SLUG, f, "--db", db], empty: 0, line: true },
];

function copyGlossary(dir: string): string {
  const g = path.join(dir, "glossary");
  if (!fs.existsSync(g)) fs.cpSync(path.join(root, "glossary"), g, { recursive: true });
  return g;
}

/** Inserts bytes at the start of the second line. */
function atLine2(buf: Buffer, bytes: number[]): Buffer {
  const nl = buf.indexOf(0x0a);
  return Buffer.concat([buf.subarray(0, nl + 1), Buffer.from(bytes), buf.subarray(nl + 1)]);
}
const toCrlfBom = (buf: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(buf.toString("utf8").replace(/\r?\n/g, "\r\n"))]);

/** Runs one case with the file content; returns the result and the database dumps before and after. */
async function runCase(c: Case, content: Buffer): Promise<{ r: RunResult; f: string; before: string; after: string }> {
  const dir = tempDir("selaras-bad-case-");
  const db = path.join(dir, "db.sqlite");
  fs.copyFileSync(baseDb, db);
  const f = path.join(dir, c.file);
  fs.writeFileSync(f, content);
  const argv = c.argv(f, dir, db);
  const shown = fs.existsSync(f) ? f : path.join(dir, "glossary", c.file);
  const before = dumpDb(db);
  const r = await run(argv, { cwd: dir });
  const after = dumpDb(db);
  fs.rmSync(dir, { recursive: true, force: true });
  return { r, f: shown, before, after };
}

function expectCleanFailure(res: { r: RunResult; f: string; before: string; after: string }, line?: number) {
  const { r } = res;
  expect({ code: r.code, stderr: r.stderr }).toMatchObject({ code: 2 });
  expect(r.stderr).toContain(path.basename(res.f));
  if (line !== undefined) expect(r.stderr).toMatch(new RegExp(`${path.basename(res.f).replace(/\./g, "\\.")}[^\\n]*\\b${line}\\b`));
  expect(r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/i);
  expect(res.after).toBe(res.before);
}

describe.each(CASES.map((c) => [c.name, c] as const))("%s", (_name, c) => {
  it("refuses invalid UTF-8 (file and line named, database unchanged)", async () => {
    expectCleanFailure(await runCase(c, atLine2(c.valid(), [0x41, 0xc3, 0x28, 0x42])), c.line ? 2 : undefined);
  });

  it("refuses a binary file with NUL bytes (file named, database unchanged)", async () => {
    expectCleanFailure(await runCase(c, atLine2(c.valid(), [0x00, 0x01, 0x02, 0x00])), c.line ? 2 : undefined);
  });

  if (c.empty === "error") {
    it("refuses an empty file (file named, database unchanged)", async () => {
      expectCleanFailure(await runCase(c, Buffer.alloc(0)));
    });
  } else {
    it(`accepts an empty file (exit ${c.empty}, database unchanged)`, async () => {
      const res = await runCase(c, Buffer.alloc(0));
      expect(res.r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/i);
      expect(res.r.code).toBe(c.empty);
      expect(res.after).toBe(res.before);
    });
  }

  it("reads CRLF line ends and a BOM exactly like LF", async () => {
    const lf = await runCase(c, c.valid());
    const crlf = await runCase(c, toCrlfBom(c.valid()));
    const norm = (s: string, f: string) => s.split(path.dirname(f)).join("<dir>").replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?/g, "<time>");
    expect(lf.r.stderr).not.toMatch(/internal error/i);
    expect([0, ...(c.findings ? [1] : [])]).toContain(lf.r.code);
    expect({ code: crlf.r.code, stdout: norm(crlf.r.stdout, crlf.f), stderr: norm(crlf.r.stderr, crlf.f) })
      .toEqual({ code: lf.r.code, stdout: norm(lf.r.stdout, lf.f), stderr: norm(lf.r.stderr, lf.f) });
    expect(norm(crlf.after, crlf.f)).toBe(norm(lf.after, lf.f));
  });
});

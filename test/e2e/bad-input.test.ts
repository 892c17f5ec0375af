/**
 * Bad-input sweep: every reader command fed invalid UTF-8, a binary (NUL) file, UTF-16 (read when it
 * has a byte-order mark, refused when broken), an empty file, and a CRLF + BOM copy of a valid file.
 * Failures exit 2, name the file (and line), print no stack
 * trace, and leave the database byte-for-byte as it was; CRLF + BOM gives the same result as LF.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, REPO, run, RunResult, tempDir } from "../helpers/cli";

/** What a file that is not UTF-8 is told besides its place. */
const LATIN1_HINT = "; Selaras reads UTF-8 (and UTF-16 with a byte-order mark): a file saved as Windows-1252 or Latin-1 (Excel, older editors) must be converted first (e.g. iconv -f WINDOWS-1252 -t UTF-8)";

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
    fs.mkdirSync(path.dirname(out), { recursive: true }); // (export creates no folder)
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
  /** A documented success on an empty file changes the database (e.g. an emptied suppressions file). */
  emptyChangesDb?: boolean;
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
  { name: "glossary import (TBX)", file: "omegat-v2.tbx", valid: () => read(path.join(REPO, "test/glossary/fixtures/omegat-v2.tbx")), argv: (f, d, db) => ["glossary", "import", f, "--dir", path.join(d, "new-glossary"), "--db", db], empty: "error", line: true },
  { name: "glossary import (OmegaT)", file: "omegat.txt", valid: () => Buffer.from("padi gogo\tupland rice\tdry-land rice\nsawah tadah hujan\trainfed field\n"), argv: (f, d, db) => ["glossary", "import", f, "--dir", path.join(d, "new-glossary"), "--db", db], empty: "error", line: true },
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
  {
    // Suppressions are read by the pipeline (kept in step with the database); an empty file means none.
    name: "pipeline (translations/suppressions.tsv)",
    file: "suppressions.tsv",
    valid: () => read(path.join(root, "translations", "suppressions.tsv")),
    argv: (f, d, db) => {
      const r = path.join(d, "root");
      for (const sub of ["corpus", "glossary", "translations"]) fs.cpSync(path.join(root, sub), path.join(r, sub), { recursive: true });
      fs.renameSync(f, path.join(r, "translations", "suppressions.tsv"));
      return ["pipeline", "--root", r, "--db", db];
    },
    empty: 0,
    emptyChangesDb: true,
    line: true,
    findings: true,
  },
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
    empty: "error", // #17: aligning against an empty file is refused (it used to give 1-0 beads)
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
    empty: "error",
    line: true,
  },
  { name: "align --doc", file: "english.txt", valid: () => ENGLISH, argv: (f, _d, db) => ["align", "--doc", SLUG, f, "--db", db, "--force"], empty: "error", line: true }, // (--force: the English is not that article's, which alone is refused)
];

function copyGlossary(dir: string): string {
  const g = path.join(dir, "glossary");
  if (!fs.existsSync(g)) fs.cpSync(path.join(root, "glossary"), g, { recursive: true });
  return g;
}

function findFile(dir: string, name: string): string {
  for (const e of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) if (e.isFile() && e.name === name) return path.join(e.parentPath, e.name);
  throw new Error(`${name} not found under ${dir}`);
}

/** Inserts bytes at the start of the second line. */
function atLine2(buf: Buffer, bytes: number[]): Buffer {
  const nl = buf.indexOf(0x0a);
  return Buffer.concat([buf.subarray(0, nl + 1), Buffer.from(bytes), buf.subarray(nl + 1)]);
}
const toCrlfBom = (buf: Buffer) => Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(buf.toString("utf8").replace(/\r?\n/g, "\r\n"))]);

/** The base database's bytes and the dump of a copy of them: most cases' "before" (a copy's rows are the base's rows). */
let baseCopy: { bytes: Buffer; dump: string } | undefined;
/** The dump of `db`: the one made once when its bytes are the base's exactly (and it has no write-ahead log), else read afresh. */
function dumpBefore(db: string): string {
  const bytes = fs.readFileSync(db);
  if (fs.existsSync(`${db}-wal`)) return dumpDb(db);
  if (!baseCopy) baseCopy = { bytes, dump: dumpDb(db) };
  return bytes.equals(baseCopy.bytes) ? baseCopy.dump : dumpDb(db);
}

/** Runs one case with the file content; returns the result and the database dumps before and after. */
async function runCase(c: Case, content: Buffer): Promise<{ r: RunResult; f: string; dir: string; before: string; after: string }> {
  const dir = tempDir("selaras-bad-case-");
  const db = path.join(dir, "db.sqlite");
  fs.copyFileSync(baseDb, db);
  const f = path.join(dir, c.file);
  fs.writeFileSync(f, content);
  const argv = c.argv(f, dir, db);
  const shown = fs.existsSync(f) ? f : findFile(dir, c.file);
  const before = dumpBefore(db);
  const r = await run(argv, { cwd: dir });
  const after = dumpDb(db);
  fs.rmSync(dir, { recursive: true, force: true });
  return { r, f: shown, dir, before, after };
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

  it("reads UTF-16 with a byte-order mark (little- and big-endian, CRLF) exactly like UTF-8", async () => {
    const lf = await runCase(c, c.valid());
    const crlf = c.valid().toString("utf8").replace(/\r?\n/g, "\r\n");
    const le = await runCase(c, Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(crlf, "utf16le")]));
    const be = await runCase(c, Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(crlf, "utf16le").swap16()]));
    const norm = (s: string, dir: string) => s.split(dir).join("<dir>").replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?/g, "<time>");
    expect([0, ...(c.findings ? [1] : [])]).toContain(lf.r.code);
    for (const u of [le, be]) {
      expect({ code: u.r.code, stdout: norm(u.r.stdout, u.dir), stderr: norm(u.r.stderr, u.dir) })
        .toEqual({ code: lf.r.code, stdout: norm(lf.r.stdout, lf.dir), stderr: norm(lf.r.stderr, lf.dir) });
      expect(norm(u.after, u.dir)).toBe(norm(lf.after, lf.dir));
    }
  });

  it("refuses broken UTF-16 (a lone surrogate on line 2: file and line named, database unchanged)", async () => {
    const text = Buffer.from(c.valid().toString("utf8"), "utf16le");
    const nl = text.indexOf(Buffer.from("\n", "utf16le")) + 2;
    const broken = Buffer.concat([Buffer.from([0xff, 0xfe]), text.subarray(0, nl), Buffer.from([0x00, 0xd8]), text.subarray(nl)]);
    const res = await runCase(c, broken);
    expectCleanFailure(res, c.line ? 2 : undefined);
    expect(res.r.stderr).toContain("not valid UTF-16LE");
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
      if (!c.emptyChangesDb) expect(res.after).toBe(res.before);
    });
  }

  it("reads CRLF line ends and a BOM exactly like LF", async () => {
    const lf = await runCase(c, c.valid());
    const crlf = await runCase(c, toCrlfBom(c.valid()));
    const norm = (s: string, dir: string) => s.split(dir).join("<dir>").replace(/\d{4}-\d\d-\d\d[T ]\d\d:\d\d:\d\d(\.\d+)?Z?/g, "<time>");
    expect(lf.r.stderr).not.toMatch(/internal error/i);
    expect([0, ...(c.findings ? [1] : [])]).toContain(lf.r.code);
    expect({ code: crlf.r.code, stdout: norm(crlf.r.stdout, crlf.dir), stderr: norm(crlf.r.stderr, crlf.dir) })
      .toEqual({ code: lf.r.code, stdout: norm(lf.r.stdout, lf.dir), stderr: norm(lf.r.stderr, lf.dir) });
    expect(norm(crlf.after, crlf.dir)).toBe(norm(lf.after, lf.dir));
  });
});

/** Well-encoded files whose content is wrong: file and line named, exit 2, database unchanged. */
interface Malformed {
  name: string;
  files: Record<string, string>;
  argv: (dir: string, db: string) => string[];
  /** The file the error names, and the line. */
  file: string;
  line: number;
}

const XXE = '<!DOCTYPE x [<!ENTITY e SYSTEM "file:///etc/passwd">]>';
const MALFORMED: Malformed[] = [
  // One transaction: a good article next to a bad one is not stored either.
  { name: "ingest (folder: good article + unclosed metadata header)", files: { "in/a-good.txt": "Presiden tiba di Jakarta.\n", "in/b-bad.txt": "---\ntitle: x\n" }, argv: (d, db) => ["ingest", path.join(d, "in"), "--db", db], file: "b-bad.txt", line: 1 },
  { name: "glossary import (bad concept id)", files: { "g.tsv": "id\tsource\tpreferred\nok-one\tpadi gogo\tupland rice\nBad Id!\tjagung manis\tsweet corn\n" }, argv: (d, db) => ["glossary", "import", path.join(d, "g.tsv"), "--dir", copyGlossary(d), "--db", db], file: "g.tsv", line: 3 },
  { name: "glossary import (TBX with an external entity)", files: { "g.tbx": `<?xml version="1.0"?>\n${XXE}\n<martif type="TBX"><text><body><termEntry id="a"><langSet xml:lang="id"><tig><term>&e;</term></tig></langSet></termEntry></body></text></martif>\n` }, argv: (d, db) => ["glossary", "import", path.join(d, "g.tbx"), "--dir", copyGlossary(d), "--db", db], file: "g.tbx", line: 2 },
  { name: "terms --glossary (bad concept id)", files: { "g.tsv": "id\tsource\tpreferred\nBad Id!\tjagung manis\tsweet corn\n" }, argv: (d, db) => ["terms", "jagung manis", "--glossary", path.join(d, "g.tsv"), "--db", db], file: "g.tsv", line: 2 },
  { name: "import tmx (external entity)", files: { "x.tmx": `<?xml version="1.0"?>\n${XXE}\n<tmx version="1.4"><header srclang="id"/><body><tu><tuv xml:lang="id"><seg>&e;</seg></tuv><tuv xml:lang="en"><seg>b</seg></tuv></tu></body></tmx>\n` }, argv: (d, db) => ["import", path.join(d, "x.tmx"), "--db", db], file: "x.tmx", line: 2 },
  { name: "import tmx (truncated)", files: { "x.tmx": '<?xml version="1.0"?>\n<tmx version="1.4"><header srclang="id"/><body>\n<tu><tuv xml:lang="id"><seg>a</seg>\n' }, argv: (d, db) => ["import", path.join(d, "x.tmx"), "--db", db], file: "x.tmx", line: 3 },
  { name: "import xliff (entity expansion)", files: { "x.xlf": '<?xml version="1.0"?>\n<!DOCTYPE xliff [<!ENTITY a "aaaa"><!ENTITY b "&a;&a;&a;">]>\n<xliff version="2.0" xmlns="urn:oasis:names:tc:xliff:document:2.0" srcLang="id" trgLang="en"><file id="f"><unit id="u"><segment><source>&b;</source><target>x</target></segment></unit></file></xliff>\n' }, argv: (d, db) => ["import", path.join(d, "x.xlf"), "--db", db], file: "x.xlf", line: 2 },
  { name: "import tsv (one column)", files: { "x.tsv": "source\ttarget\nA\tB\nC\n" }, argv: (d, db) => ["import", path.join(d, "x.tsv"), "--db", db], file: "x.tsv", line: 3 },
  { name: "import moses (line counts differ)", files: { "m.id": "Satu.\nDua.\nTiga.\n", "m.en": "One.\nTwo.\n" }, argv: (d, db) => ["import", path.join(d, "m.id"), "--db", db], file: "m.id", line: 3 },
  { name: "import jsonl (broken JSON)", files: { "x.jsonl": '{"source":"a","target":"b"}\n{"source": \n' }, argv: (d, db) => ["import", path.join(d, "x.jsonl"), "--db", db], file: "x.jsonl", line: 2 },
  { name: "translations import (garbage line)", files: { [`${SLUG}.translations.txt`]: "garbage line\n" }, argv: (d, db) => ["translations", "import", path.join(d, `${SLUG}.translations.txt`), "--db", db], file: `${SLUG}.translations.txt`, line: 1 },
  { name: "check --pairs (one column)", files: { "p.tsv": "a\tb\nc\n" }, argv: (d, db) => ["check", "--pairs", path.join(d, "p.tsv"), "--root", root, "--db", db], file: "p.tsv", line: 2 },
];

describe.each(MALFORMED.map((m) => [m.name, m] as const))("malformed content: %s", (_name, m) => {
  it("names the file and line, exits 2, leaves the database and the glossary folder unchanged", async () => {
    const dir = tempDir("selaras-bad-case-");
    try {
      const db = path.join(dir, "db.sqlite");
      fs.copyFileSync(baseDb, db);
      for (const [name, text] of Object.entries(m.files)) {
        fs.mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
        fs.writeFileSync(path.join(dir, name), text);
      }
      const argv = m.argv(dir, db);
      const listing = () => (fs.existsSync(path.join(dir, "glossary")) ? fs.readdirSync(path.join(dir, "glossary")).sort() : []);
      const files = listing();
      const before = dumpDb(db);
      const r = await run(argv, { cwd: dir });
      expect({ code: r.code, stdout: r.stdout }).toEqual({ code: 2, stdout: "" });
      expect(r.stderr).toMatch(new RegExp(`${m.file.replace(/\./g, "\\.")}:${m.line}\\b`));
      expect(r.stderr).not.toMatch(/internal error|\n\s+at .+:\d+:\d+/i);
      expect(dumpDb(db)).toBe(before);
      expect(listing()).toEqual(files);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("import of a file larger than one read chunk (1 MiB)", () => {
  it("names the right line and byte when a character was cut by the previous chunk", async () => {
    const dir = tempDir("selaras-bad-case-");
    try {
      const db = path.join(dir, "db.sqlite");
      fs.copyFileSync(baseDb, db);
      const CHUNK = 1 << 20;
      // (units of 100 bytes, not 4: the first chunk still ends inside a character, read after ~10,000
      // units rather than ~260,000, whose import alone took most of this suite's time)
      const UNIT = `a\t${"b".repeat(96)}\n`;
      let body = "source\ttarget\n";
      while (body.length + UNIT.length < CHUNK - 20) body += UNIT;
      body += `${"y".repeat(CHUNK - 1 - body.length - 2)}\tz`; // 'é' starts on the chunk's last byte
      const head = Buffer.concat([Buffer.from(body), Buffer.from("é\n"), Buffer.from("a\tb\n".repeat(1000))]);
      const file = path.join(dir, "big.tsv");
      fs.writeFileSync(file, Buffer.concat([head, Buffer.from([0xc3, 0x28]), Buffer.from("bad\tx\n")]));
      const line = head.toString("utf8").split("\n").length;
      const before = dumpDb(db);
      const r = await run(["import", file, "--db", db]);
      expect({ code: r.code, stderr: r.stderr }).toEqual({ code: 2, stderr: `selaras: ${file}:${line}: not valid UTF-8 (byte offset ${head.length})${LATIN1_HINT}\n` });
      expect(dumpDb(db)).toBe(before);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * Size limits (docs/guarantees.md, "Size limits"): a line past MAX_LINE_BYTES or a sentence / unit
 * past MAX_UNIT_CHARS is refused with the file and line, exit 2, and the database stays as it was
 * (it used to cost gigabytes of memory and minutes of CPU instead).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { MAX_LINE_BYTES, MAX_UNIT_CHARS } from "../../src/text/limits";
import { dumpDb, run, tempDir } from "../helpers/cli";

let dir: string;
let db: string;
let before: string;
beforeAll(async () => {
  dir = tempDir("selaras-limits-");
  db = path.join(dir, "base.db");
  fs.writeFileSync(path.join(dir, "rapat.txt"), "Rapat kabinet\n\nPresiden tiba di Jakarta.\n\nDia bertemu para menteri.\n");
  expect((await run(["ingest", path.join(dir, "rapat.txt"), "--db", db])).code).toBe(0);
  before = dumpDb(db);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const write = (name: string, text: string) => { const f = path.join(dir, name); fs.writeFileSync(f, text); return f; };
/** A line of exactly `bytes` bytes of words (no sentence end). */
const words = (bytes: number) => "kata ".repeat(Math.ceil(bytes / 5)).slice(0, bytes);
const lineError = (file: string, line: number, bytes: number) =>
  `selaras: ${file}:${line}: a line of ${bytes} bytes, longer than the limit of ${MAX_LINE_BYTES} bytes (see docs/guarantees.md, size limits)\n`;

it.each([
  ["ingest", "long.txt", (f: string) => ["ingest", f, "--db", db]],
  ["check --pairs", "long.pairs", (f: string) => ["check", "--pairs", f, "--db", db]],
  ["align --doc", "long.en.txt", (f: string) => ["align", "--doc", "rapat", f, "--db", db]],
  ["import (TSV)", "long.tsv", (f: string) => ["import", f, "--db", db]],
])("%s refuses a line longer than the limit, naming file and line, and changes nothing", async (_name, file, argv) => {
  const f = write(file, `Judul\tTitle\n\n${words(MAX_LINE_BYTES + 1)}\tx\n`);
  const r = await run(argv(f));
  expect(r.stderr).toBe(lineError(f, 3, MAX_LINE_BYTES + 1 + 2));
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

it("a line of exactly the limit is read (the limit is inclusive)", async () => {
  const f = write("edge.pairs", `${words(MAX_LINE_BYTES - 3)}.\tx\n`);
  const r = await run(["check", "--pairs", f, "--db", db]);
  expect(r.stderr).toBe("");
  expect(r.code).not.toBe(2);
});

it("ingest refuses a sentence longer than the limit, naming the line where it starts", async () => {
  const f = write("sentence.txt", `Judul berita\n\nKalimat pertama.\n\n${words(MAX_UNIT_CHARS + 10)}\n`);
  const r = await run(["ingest", f, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${f}:5: a text of ${MAX_UNIT_CHARS + 9} characters, longer than the limit of ${MAX_UNIT_CHARS} characters for one sentence or unit (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

it("import refuses a unit whose text is longer than the limit (an XML file may be one long line, a unit may not)", async () => {
  const long = words(MAX_UNIT_CHARS + 1);
  const f = write("long.tmx", `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body><tu tuid="u1"><tuv xml:lang="id"><seg>Presiden tiba di Jakarta.</seg></tuv><tuv xml:lang="en"><seg>The president arrived in Jakarta.</seg></tuv></tu><tu tuid="u2"><tuv xml:lang="id"><seg>${long}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>\n`);
  const r = await run(["import", f, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${f}: unit u2 has a text of ${long.length} characters, longer than the limit of ${MAX_UNIT_CHARS} characters for one unit (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

/**
 * Size limits (docs/guarantees.md, "Size limits"): a line past MAX_LINE_BYTES or a sentence / unit
 * past MAX_UNIT_CHARS is refused with the file and line, exit 2, and the database stays as it was
 * (it used to cost gigabytes of memory and minutes of CPU instead).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { MAX_LINE_BYTES, MAX_UNIT_CHARS } from "../../src/text/limits";
import { MAX_ATTRIBUTES } from "../../src/xml/safe";
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
/** A count as the CLI's text output writes it in English: grouped (1,000,000). */
const n = (count: number) => count.toLocaleString("en-US");
const lineError = (file: string, line: number, bytes: number) =>
  `selaras: ${file}:${line}: a line of ${n(bytes)} bytes, longer than the limit of ${n(MAX_LINE_BYTES)} bytes (see docs/guarantees.md, size limits)\n`;

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

it("import of a spreadsheet's CSV refuses a line longer than the limit, naming file and line, and changes nothing", async () => {
  const f = write("long.csv", `Judul,Title\n\n${words(MAX_LINE_BYTES + 1)},x\n`);
  const r = await run(["import", f, "--db", db]);
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
  expect(r.stderr).toBe(`selaras: ${f}:5: a text of ${n(MAX_UNIT_CHARS + 9)} characters, longer than the limit of ${n(MAX_UNIT_CHARS)} characters for one sentence or unit (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

it("import refuses a unit whose text is longer than the limit (an XML file may be one long line, a unit may not)", async () => {
  const long = words(MAX_UNIT_CHARS + 1);
  const f = write("long.tmx", `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body><tu tuid="u1"><tuv xml:lang="id"><seg>Presiden tiba di Jakarta.</seg></tuv><tuv xml:lang="en"><seg>The president arrived in Jakarta.</seg></tuv></tu><tu tuid="u2"><tuv xml:lang="id"><seg>${long}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu></body></tmx>\n`);
  const r = await run(["import", f, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${f}: unit u2 has a text of ${n(long.length)} characters, longer than the limit of ${n(MAX_UNIT_CHARS)} characters for one unit (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

const TMX_HEAD = `<?xml version="1.0" encoding="UTF-8"?>\n<tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>\n<tu tuid="u1"><tuv xml:lang="id"><seg>Presiden tiba di Jakarta.</seg></tuv><tuv xml:lang="en"><seg>The president arrived in Jakarta.</seg></tuv></tu>\n`;
const attributes = (n: number) => Array.from({ length: n }, (_, i) => `a${i}="v"`).join(" ");

it.each([
  ["TMX", "attrs.tmx", 4, `${TMX_HEAD}<tu tuid="u2" ${attributes(MAX_ATTRIBUTES)}><tuv xml:lang="id"><seg>Dia bertemu para menteri.</seg></tuv><tuv xml:lang="en"><seg>He met the ministers.</seg></tuv></tu>\n</body></tmx>\n`],
  ["XLIFF", "attrs.xlf", 3, `<?xml version="1.0"?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="id" trgLang="en"><file id="f1">\n<unit id="u1" ${attributes(MAX_ATTRIBUTES)}><segment><source>Dia bertemu para menteri.</source><target>He met the ministers.</target></segment></unit></file></xliff>\n`],
])("%s import refuses an element with more attributes than the limit, naming file and line, and changes nothing", async (_name, file, line, text) => {
  // MAX_ATTRIBUTES attributes besides tuid / id: one past the limit (ten million took 2.5 GB and ten minutes)
  const f = write(file, text);
  const r = await run(["import", f, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${f}:${line}: an element with more than ${n(MAX_ATTRIBUTES)} attributes (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

it("an element with exactly the limit of attributes is read", async () => {
  const f = write("attrs-edge.tmx", `${TMX_HEAD}<tu ${attributes(MAX_ATTRIBUTES)}><tuv xml:lang="id"><seg>Dia bertemu para menteri.</seg></tuv><tuv xml:lang="en"><seg>He met the ministers.</seg></tuv></tu>\n</body></tmx>\n`);
  const copy = path.join(dir, "edge.db");
  fs.copyFileSync(db, copy);
  const r = await run(["import", f, "--db", copy, "--json"]);
  expect(r.stderr).toBe("");
  expect(JSON.parse(r.stdout)).toMatchObject({ units: 2, created: 2 });
});

it("a <tu> of several megabytes (past what the fast TMX path waits for) is read by saxes and refused the same", async () => {
  const long = words(5 * 1024 * 1024);
  const f = write("huge-tu.tmx", `${TMX_HEAD}<tu tuid="u2"><tuv xml:lang="id"><seg>${long}</seg></tuv><tuv xml:lang="en"><seg>x</seg></tuv></tu>\n</body></tmx>\n`);
  const r = await run(["import", f, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${f}: unit u2 has a text of ${n(long.length)} characters, longer than the limit of ${n(MAX_UNIT_CHARS)} characters for one unit (see docs/guarantees.md, size limits)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

it("import names the whole length of a line longer than its 1 MiB chunk, as ingest does", async () => {
  const f = write("longer.tsv", `source\ttarget\n${words(3_000_000)}\tx\n`);
  for (const argv of [["import", f, "--db", db], ["ingest", f, "--db", db]]) {
    const r = await run(argv);
    expect(r.stderr).toBe(lineError(f, 2, 3_000_002));
    expect(r.code).toBe(2);
  }
  expect(dumpDb(db)).toBe(before);
});

it("a TMX that is one line of many units is read whole, and an error in it is placed at its line and column", async () => {
  // (the fast path kept the skipped text of the line as a string and searched it back per unit:
  // a million units on one line took 180 s and 1.4 GB, against 21 s and 200 MB with line breaks)
  const head = `<?xml version="1.0" encoding="UTF-8"?><tmx version="1.4"><header creationtool="t" creationtoolversion="1" segtype="sentence" o-tmf="t" adminlang="en" srclang="id" datatype="plaintext"/><body>`;
  const units = Array.from({ length: 30_000 }, (_, i) => `<tu tuid="u${i}"><tuv xml:lang="id"><seg>Kalimat nomor ${i}.</seg></tuv><tuv xml:lang="en"><seg>Sentence number ${i}.</seg></tuv></tu>`).join("");
  const good = write("one-line.tmx", `${head}${units}</body></tmx>`);
  const ok = await run(["import", good, "--db", path.join(dir, "one-line.db"), "--json"]);
  expect(JSON.parse(ok.stdout)).toMatchObject({ format: "tmx", units: 30_000 });
  const text = `${head}${units}<tu tuid="x"><tuv xml:lang="id"><seg>a</sek></tuv></tu></body></tmx>`;
  const bad = write("one-line-bad.tmx", text);
  const r = await run(["import", bad, "--db", db]);
  expect(r.stderr).toBe(`selaras: ${bad}:1:${text.indexOf("</sek>") + "</sek>".length}: malformed XML (the end tag </sek> comes where <seg> should be closed)\n`);
  expect(r.code).toBe(2);
  expect(dumpDb(db)).toBe(before);
});

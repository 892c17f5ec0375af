/** `-` is standard input wherever the CLI takes a file it makes sense to pipe: check --pairs, align, import. */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run, tempDir } from "../helpers/cli";

/** What a file that is not UTF-8 is told besides its place. */
const LATIN1_HINT = "; Selaras reads UTF-8 (and UTF-16 with a byte-order mark): a file saved as Windows-1252 or Latin-1 (Excel, older editors) must be converted first (e.g. iconv -f WINDOWS-1252 -t UTF-8)";

const GLOSSARY = path.resolve(__dirname, "../fixtures/check/glossary");
const PAIRS = [
  "Korea Utara mengirim 11.000 kontainer.\tNorth Korea sent 11,000 containers.",
  "",
  "Korea Utara mengirim 1.500 kontainer.\tPyongyang sent 15,000 containers.",
  "KCNA melaporkan itu.\tKCNA reported it",
].join("\n") + "\n";

describe("standard input as a file argument (-)", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("check --pairs - reads the pairs from standard input: the same report as from the file", async () => {
    fs.writeFileSync(path.join(dir, "pairs.tsv"), PAIRS);
    const fromFile = await run(["check", "--pairs", "pairs.tsv", "--glossary", GLOSSARY, "--format", "json"], { cwd: dir });
    const piped = await run(["check", "--pairs", "-", "--glossary", GLOSSARY, "--format", "json"], { cwd: dir, stdin: PAIRS });
    expect([piped.code, piped.stderr]).toEqual([1, ""]);
    expect(piped.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(piped.stdout).findings.map((f: { line: number; checkId: string }) => `${f.line} ${f.checkId}`)).toEqual([
      "3 glossary-term-missing", "3 glossary-unexpected-term", "3 number-mismatch", "3 number-mismatch", "4 end-punctuation",
    ]);
    const stylish = await run(["check", "--pairs", "-", "--glossary", GLOSSARY], { cwd: dir, stdin: PAIRS });
    expect(stylish.stdout).toContain("line:3\n");
    expect(stylish.stdout.trimEnd().split("\n").pop()).toBe("5 problems (pairs checked: 3; errors: 3, warnings: 2, infos: 0).");
  });

  it("audit --pairs - audits the pairs from standard input: the same report as from the file", async () => {
    fs.writeFileSync(path.join(dir, "pairs.tsv"), PAIRS);
    const fromFile = await run(["audit", "--pairs", "pairs.tsv", "--glossary", GLOSSARY, "--format", "json"], { cwd: dir });
    const piped = await run(["audit", "--pairs", "-", "--glossary", GLOSSARY, "--format", "json"], { cwd: dir, stdin: PAIRS });
    expect([piped.code, piped.stderr]).toEqual([fromFile.code, ""]);
    expect(piped.stdout).toBe(fromFile.stdout);
    expect(JSON.parse(piped.stdout).pairs).toBe(3);
  });

  it("check --pairs - names <stdin> and the line of a bad pair, exit 2; an empty input is an error too", async () => {
    const bad = await run(["check", "--pairs", "-"], { cwd: dir, stdin: "Satu.\tOne.\nDua tanpa terjemahan\n" });
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/^selaras: <stdin>:2: /);
    const empty = await run(["check", "--pairs", "-"], { cwd: dir, stdin: "" });
    expect(empty.code).toBe(2);
    expect(empty.stderr).toMatch(/^selaras: <stdin>/);
  });

  it("terms - decodes standard input as a file: a BOM dropped, invalid UTF-8 and an empty input refused with <stdin> (exit 2)", async () => {
    const bom = await run(["terms", "-", "--glossary", path.join(GLOSSARY, "geo.tsv")], { cwd: dir, stdin: Buffer.from("\uFEFFKorea Utara menembak.\n") });
    const plain = await run(["terms", "-", "--glossary", path.join(GLOSSARY, "geo.tsv")], { cwd: dir, stdin: "Korea Utara menembak.\n" });
    expect([bom.code, bom.stdout]).toEqual([0, plain.stdout]);
    expect(plain.stdout).toContain("0-11  Korea Utara");
    const latin1 = await run(["terms", "-"], { cwd: dir, stdin: Buffer.from("Korea Utara caf\xe9\n", "latin1") });
    expect([latin1.code, latin1.stdout, latin1.stderr]).toEqual([2, "", `selaras: <stdin>:1: not valid UTF-8 (byte offset 15)${LATIN1_HINT}\n`]);
    const empty = await run(["terms", "-"], { cwd: dir, stdin: "" });
    expect([empty.code, empty.stderr]).toEqual([2, "selaras: <stdin>: the file is empty\n"]);
  });

  it("align reads either text from standard input, not both", async () => {
    fs.writeFileSync(path.join(dir, "id.txt"), "Harga naik lima persen. Pasar tenang.\n");
    fs.writeFileSync(path.join(dir, "en.txt"), "Prices rose five percent. Markets were calm.\n");
    const files = await run(["align", "id.txt", "en.txt", "--format", "tsv"], { cwd: dir });
    expect(files.code).toBe(0);
    expect(files.stdout.split("\n")[0]).toMatch(/^Harga naik lima persen\.\tPrices rose five percent\.\t\d\.\d{3}$/);
    const target = await run(["align", "id.txt", "-", "--format", "tsv"], { cwd: dir, stdin: "Prices rose five percent. Markets were calm.\n" });
    const source = await run(["align", "-", "en.txt", "--format", "tsv"], { cwd: dir, stdin: "Harga naik lima persen. Pasar tenang.\n" });
    expect([target.code, target.stdout]).toEqual([0, files.stdout]);
    expect([source.code, source.stdout]).toEqual([0, files.stdout]);
    const both = await run(["align", "-", "-"], { cwd: dir, stdin: "x\n" });
    expect([both.code, both.stderr]).toEqual([2, "selaras: standard input (-) can be read once: give '-' for one file only\n"]);
  });

  it("align --doc <document> - aligns the English from standard input with a stored document", async () => {
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", "harga.txt"), "Harga naik lima persen.\n\nPasar tenang.\n");
    expect((await run(["ingest", "corpus"], { cwd: dir, env: { SELARAS_DB: path.join(dir, "p.db") } })).code).toBe(0);
    const r = await run(["align", "--doc", "harga", "-", "--json"], { cwd: dir, env: { SELARAS_DB: path.join(dir, "p.db") }, stdin: "Prices rose five percent.\n\nMarkets were calm.\n" });
    expect([r.code, r.stderr]).toEqual([0, ""]);
    const out = JSON.parse(r.stdout);
    expect(out).toMatchObject({ document: "harga", segments: 2, sentences: 2, created: 2 });
  });

  it("import - --format <f> reads the file from standard input: the same result as from the file, the database unchanged on bad input", async () => {
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", "harga.txt"), "Harga naik lima persen.\n\nPasar tenang.\n");
    const env = { SELARAS_DB: path.join(dir, "p.db") };
    expect((await run(["ingest", "corpus"], { cwd: dir, env })).code).toBe(0);
    const tsv = "source\ttarget\nHarga naik lima persen.\tPrices rose five percent.\nPasar tenang.\tMarkets were calm.\n";
    const piped = await run(["import", "-", "--format", "tsv", "--json"], { cwd: dir, env, stdin: tsv });
    expect([piped.code, piped.stderr]).toEqual([0, ""]);
    expect(JSON.parse(piped.stdout)).toMatchObject({ format: "tsv", units: 2, created: 2, unchanged: 0 });
    fs.writeFileSync(path.join(dir, "pairs.tsv"), tsv);
    const again = await run(["import", "pairs.tsv", "--format", "tsv"], { cwd: dir, env });
    expect([again.code, again.stdout]).toEqual([0, "pairs.tsv: 2 units read (tsv)\n  0 new, 0 replaced, 2 unchanged, 0 without a target\n"]);
    const human = await run(["import", "-", "--format", "tsv"], { cwd: dir, env, stdin: tsv });
    expect([human.code, human.stdout]).toEqual([0, "-: 2 units read (tsv)\n  0 new, 0 replaced, 2 unchanged, 0 without a target\n"]);
    const before = dumpDb(path.join(dir, "p.db"));
    const bad = await run(["import", "-", "--format", "tmx"], { cwd: dir, env, stdin: "<tmx" });
    expect([bad.code, bad.stderr]).toEqual([2, "selaras: <stdin>:1:4: malformed XML (no root element)\n"]);
    // without --format, the content tells: a TSV header (nothing new here), or nothing
    const sniffed = await run(["import", "-"], { cwd: dir, env, stdin: tsv });
    expect([sniffed.code, sniffed.stdout]).toEqual([0, "-: 2 units read (tsv)\n  0 new, 0 replaced, 2 unchanged, 0 without a target\n"]);
    const noFormat = await run(["import", "-"], { cwd: dir, env, stdin: "Harga naik.\tPrices rose.\n" });
    expect([noFormat.code, noFormat.stderr]).toEqual([2, "selaras: <stdin>: cannot tell the format from the file name or from its content; use --format\n"]);
    const moses = await run(["import", "-", "--format", "moses"], { cwd: dir, env, stdin: tsv });
    expect([moses.code, moses.stderr]).toEqual([2, "selaras: standard input (-) holds one file: a moses set is several files, so give its path\n"]);
    expect(dumpDb(path.join(dir, "p.db"))).toBe(before);
  });
});

/** The pipeline's suppressions, check and audit steps. */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir, dumpDb } from "../helpers/cli";

const HEADER = "document\tcheck\thash\treason\tauthor\tsource\ttarget";

describe("pipeline check steps", () => {
  let root: string;
  beforeEach(() => {
    root = tempDir();
    fs.mkdirSync(path.join(root, "corpus"));
    fs.writeFileSync(path.join(root, "corpus", "berita.txt"), "Judul berita\n\nKorea Utara menembakkan rudal.\n");
    fs.mkdirSync(path.join(root, "translations"));
  });
  afterEach(() => fs.rmSync(root, { recursive: true, force: true }));

  it("loads translations/suppressions.tsv and reports the check and audit summaries", async () => {
    fs.writeFileSync(path.join(root, "translations", "suppressions.tsv"), `${HEADER}\nberita\tend-punctuation\t0123456789abcdef\tHeadline\ted\tJudul berita\tNews headline\n`);
    const r = await run(["pipeline", "--root", root, "--db", path.join(root, "t.db"), "--json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.check).toEqual({ pairs: 0, error: 0, warning: 0, info: 0, suppressed: 0, lapsed: 1, unused: 0, suppressions: 1 });
    expect(out.audit).toEqual({ conceptsSeen: 0, conceptsNeverSeen: 0, conflicts: 0, candidates: 0 });
  });

  it("exits 1 when the checks find an unsuppressed error, as `selaras check` does, after every step has run", async () => {
    const db = path.join(root, "t.db");
    expect((await run(["pipeline", "--root", root, "--db", db])).code).toBe(0);
    expect((await run(["translate", "set", "berita:2", "North Korea fired 4 missiles.", "--status", "draft", "--db", db])).code).toBe(0);
    const r = await run(["pipeline", "--root", root, "--db", db, "--json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).check).toMatchObject({ pairs: 1, error: 1 });
    expect(fs.existsSync(path.join(root, "exports", "corpus.tmx"))).toBe(true);
  });

  it("refuses a malformed suppressions file with its name and line (exit 2) before writing anything", async () => {
    const db = path.join(root, "t.db");
    expect((await run(["pipeline", "--root", root, "--db", db])).code).toBe(0);
    const before = dumpDb(db);
    fs.appendFileSync(path.join(root, "corpus", "berita.txt"), "\nKalimat baru.\n");
    fs.writeFileSync(path.join(root, "translations", "suppressions.tsv"), `${HEADER}\nberita\tend-punctuation\tnot-a-hash\tHeadline\ted\ts\tt\n`);
    const r = await run(["pipeline", "--root", root, "--db", db]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("suppressions.tsv:2: 'not-a-hash' is not a pair hash (16 hex digits)");
    expect(dumpDb(db)).toBe(before);
  });
});

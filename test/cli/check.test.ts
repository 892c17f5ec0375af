/** `selaras check` end to end: pairs files, the database, suppressions, exit codes. */
import * as fs from "node:fs";
import * as path from "node:path";
import { syncSuppressions } from "../../src/app/check";
import { openStore } from "../../src/store";
import { run, tempDir, dumpDb } from "../helpers/cli";

const GLOSSARY = path.resolve(__dirname, "../fixtures/check/glossary");

const ARTICLE = [
  "Putin tiba di Pyongyang",
  "",
  "Presiden Rusia Vladimir Putin tiba di Pyongyang pada Rabu untuk kunjungan pertamanya dalam 24 tahun.",
  "",
  "Korea Utara telah mengirim 11.000 kontainer amunisi ke Rusia, kata Gedung Putih.",
  "",
  "KCNA melaporkan bahwa kedua pemimpin menandatangani kemitraan strategis.",
  "",
].join("\n");

/** Ingests the article and gives its segments these renderings (in order; undefined = none). */
async function setup(dir: string, renderings: (string | undefined)[]): Promise<string> {
  const db = path.join(dir, "t.db");
  fs.writeFileSync(path.join(dir, "kunjungan.txt"), ARTICLE);
  expect((await run(["ingest", path.join(dir, "kunjungan.txt"), "--db", db])).code).toBe(0);
  const store = openStore(db);
  try {
    const doc = store.documents.bySlug("kunjungan")!;
    const segs = store.documents.segments(doc.id);
    store.transaction(() => {
      renderings.forEach((text, i) => {
        if (text === undefined) return;
        store.renderings.create({ segmentIds: [segs[i]!.id], text, sourceText: segs[i]!.text, status: "translated", origin: "manual", author: "test", now: "2024-06-19T00:00:00Z" });
      });
    });
  } finally {
    store.close();
  }
  return db;
}

const GOOD = [
  "Putin arrives in Pyongyang",
  "Russian President Vladimir Putin arrived in Pyongyang on Wednesday for his first visit in 24 years.",
  "North Korea has sent 11,000 containers of ammunition to Russia, the White House said.",
  "KCNA reported that the two leaders signed a strategic partnership.",
];

describe("selaras check --pairs", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("reports findings as JSON with line, ref, checkId, severity, message and spans; exit 1 on errors", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, [
      "Korea Utara mengirim 11.000 kontainer.\tNorth Korea sent 11,000 containers.",
      "",
      "Korea Utara mengirim 1.500 kontainer.\tPyongyang sent 15,000 containers.",
      "KCNA melaporkan itu.\tKCNA reported it",
    ].join("\n") + "\n");
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY, "--format", "json"]);
    expect(r.code).toBe(1);
    const out = JSON.parse(r.stdout);
    expect(out.pairs).toBe(3);
    expect(out.counts).toEqual({ error: 3, warning: 2, info: 0, suppressed: 0 });
    expect(out.findings.map((f: { line: number; checkId: string }) => `${f.line} ${f.checkId}`)).toEqual([
      "3 glossary-term-missing", "3 glossary-unexpected-term", "3 number-mismatch", "3 number-mismatch", "4 end-punctuation",
    ]);
    expect(out.findings[0]).toEqual({
      line: 3, ref: "line:3", checkId: "glossary-term-missing", severity: "error", category: "critical",
      message: "Glossary term “Korea Utara” is not rendered: expected “North Korea”.", messageId: "missing",
      data: { term: "Korea Utara", expected: "North Korea", entry: "north-korea" },
      source: { start: 0, end: 11, text: "Korea Utara" },
    });
    expect(out.findings[2]).toMatchObject({ checkId: "number-mismatch", messageId: "missing", source: { start: 21, end: 26, text: "1.500" } });
    expect(out.findings[3]).toMatchObject({ checkId: "number-mismatch", messageId: "extra", target: { start: 15, end: 21, text: "15,000" } });
    expect(out.findings[4]).toMatchObject({ checkId: "end-punctuation", fix: { start: 16, end: 16, text: "." } });
  });

  it("says what a suggested fix deletes or replaces, in both languages", async () => {
    const file = path.join(dir, "fixes.tsv");
    fs.writeFileSync(file, "Dia datang.\tHe  came.\nKami tidak akan mundur.\tWe will not not back down.\n");
    const en = await run(["check", "--pairs", file, "--only", "double-space", "--only", "repeated-words"]);
    expect(en.stdout).toContain("              target 2–4: “  ”\n              suggested fix: “  ” → “ ”\n");
    expect(en.stdout).toContain("              target 8–15: “not not”\n              suggested fix: delete “ not”\n");
    const id = await run(["check", "--pairs", file, "--only", "repeated-words", "--lang", "id"]);
    expect(id.stdout).toContain("              terjemahan 8–15: “not not”\n              usulan perbaikan: hapus “ not”\n");
  });

  it("quotes the source's words of two counts that traded places, in both languages", async () => {
    const file = path.join(dir, "swapped.tsv");
    fs.writeFileSync(file, "Menurut Agus, petugas telah mengerahkan 12 perahu karet dan 80 personel untuk mengevakuasi warga.\tAccording to Agus, officers deployed 80 rubber boats and 12 personnel to evacuate residents.\n");
    const en = await run(["check", "--pairs", file, "--only", "number-mismatch"]);
    expect(en.code).toBe(0);
    expect(en.stdout).toContain("  warning     “12” and “80” have traded places in the target: the source says “mengerahkan 12 perahu karet” and “80 personel”; the target puts each number where the other belongs.  number-mismatch\n");
    const id = await run(["check", "--pairs", file, "--only", "number-mismatch", "--lang", "id"]);
    expect(id.stdout).toContain("  peringatan  “12” dan “80” bertukar tempat dalam terjemahan: sumber menulis “mengerahkan 12 perahu karet” dan “80 personel”; terjemahan menaruh tiap angka di tempat angka yang lain.  number-mismatch\n");
  });

  it("exits 0 with warnings only, and prints stylish output by default", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "Putin tiba.\tPutin arrived\n");
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe([
      "line:1",
      "  warning     The target should end with “.” like the source.  end-punctuation",
      "              target at 13 (an empty span: where something is missing)",
      "              suggested fix: “.”",
      "",
      "1 problem (pairs checked: 1; errors: 0, warnings: 1, infos: 0).",
      "",
    ].join("\n"));
  });

  it("reports points as percent, a bound turned round and a lost minus as errors (exit 1), in English and Indonesian", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, [
      "Elektabilitas partai itu naik 3,2 poin persentase.\tThe party's electability rose 3.2 percent.",
      "Tidak kurang dari 300 pengawas dikerahkan.\tFewer than 300 supervisors were deployed.",
      "Ekonomi tumbuh minus 5,32 persen.\tThe economy grew 5.32 percent.",
      "BI Rate dipangkas 50 basis poin.\tThe BI Rate was cut by half a percentage point.",
      "",
    ].join("\n"));
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY]);
    expect(r.code).toBe(1);
    expect(r.stdout).toBe([
      "line:1",
      "  error       “3,2 poin persentase” from the source is “3.2 percent” in the target: points are not percent.  number-mismatch",
      "              source 30–49: “3,2 poin persentase”",
      "              target 30–41: “3.2 percent”",
      "",
      "line:2",
      "  error       “Tidak kurang dari 300” from the source is “Fewer than 300” in the target: the bound is turned round.  number-mismatch",
      "              source 0–21: “Tidak kurang dari 300”",
      "              target 0–14: “Fewer than 300”",
      "",
      "line:3",
      "  error       “minus 5,32 persen” from the source is “5.32 percent” in the target: the minus is lost.  number-mismatch",
      "              source 15–32: “minus 5,32 persen”",
      "              target 17–29: “5.32 percent”",
      "",
      "3 problems (pairs checked: 4; errors: 3, warnings: 0, infos: 0).",
      "",
    ].join("\n"));
    const id = await run(["check", "--pairs", file, "--glossary", GLOSSARY, "--lang", "id"]);
    expect(id.stdout.split("\n").filter((l) => l.includes("number-mismatch"))).toEqual([
      "  kesalahan   “3,2 poin persentase” dari sumber menjadi “3.2 percent” dalam terjemahan: poin bukan persen.  number-mismatch",
      "  kesalahan   “Tidak kurang dari 300” dari sumber menjadi “Fewer than 300” dalam terjemahan: batasnya terbalik.  number-mismatch",
      "  kesalahan   “minus 5,32 persen” dari sumber menjadi “5.32 percent” dalam terjemahan: tanda minusnya hilang.  number-mismatch",
    ]);
  });

  it("shows an empty span as a place, in English and Indonesian (was `target 13–13: “”`)", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "Putin tiba.\tPutin arrived\n");
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY, "--lang", "id"]);
    expect(r.stdout.split("\n").slice(1, 4)).toEqual([
      "  peringatan  Terjemahan seharusnya diakhiri “.” seperti sumbernya.  end-punctuation",
      "              terjemahan di posisi 13 (rentang kosong: tempat sesuatu hilang)",
      "              usulan perbaikan: “.”",
    ]);
  });

  it("speaks Indonesian", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "Putin tiba.\t\n");
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY, "--lang", "id", "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { message: string }) => f.message)).toEqual(["Terjemahan kosong."]);
  });

  it("uses the project's glossary/ when --glossary is not given", async () => {
    fs.mkdirSync(path.join(dir, "glossary"));
    fs.copyFileSync(path.join(GLOSSARY, "geo.tsv"), path.join(dir, "glossary", "geo.tsv"));
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "Korea Utara menembak.\tPyongyang fired.\n");
    const r = await run(["check", "--pairs", file, "--format", "json"], { cwd: dir });
    expect(JSON.parse(r.stdout).findings.map((f: { checkId: string }) => f.checkId)).toEqual(["glossary-term-missing", "glossary-unexpected-term"]);
  });

  it("refuses a malformed pairs file with its name and line (exit 2)", async () => {
    const file = path.join(dir, "bad.tsv");
    fs.writeFileSync(file, "a\tb\nno tab here\n");
    const r = await run(["check", "--pairs", file, "--glossary", GLOSSARY]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.tsv:2: expected source<TAB>target (columns found: 1)");
  });

  it("refuses an unknown check id (exit 2)", async () => {
    const file = path.join(dir, "pairs.tsv");
    fs.writeFileSync(file, "a\tb\n");
    const r = await run(["check", "--pairs", file, "--only", "no-such-check"]);
    expect(r.code).toBe(2);
    // it names the checks there are (it pointed to a list the README does not have)
    expect(r.stderr).toMatch(/^selaras: 'no-such-check' is not a check; the checks are: direction-mismatch, double-space, .*, number-mismatch, .*, untranslated\n$/);
    // (a typo, or the beginning of an id: the check it was probably meant to be, in both languages)
    const typo = await run(["check", "--pairs", file, "--disable", "glosary-term-missing"]);
    expect([typo.code, typo.stderr]).toEqual([2, expect.stringMatching(/^selaras: 'glosary-term-missing' is not a check \(did you mean 'glossary-term-missing'\?\); the checks are: direction-mismatch, .*, untranslated\n$/)]);
    const start = await run(["check", "--pairs", file, "--only", "number", "--lang", "id"]);
    expect(start.stderr).toMatch(/^selaras: 'number' bukan nama pemeriksaan \(maksud Anda 'number-mismatch'\?\); pemeriksaan yang ada: direction-mismatch, .*\n$/);
  });
});

describe("selaras check (database)", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("checks every rendering; a clean corpus exits 0", async () => {
    const db = await setup(dir, GOOD);
    const r = await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
    expect(JSON.parse(r.stdout).findings).toEqual([]);
    expect(r.code).toBe(0);
  });

  it("reports refs <document>:<n>; ignore suppresses, survives re-runs, lapses when the text changes", async () => {
    const bad = [...GOOD];
    bad[2] = "North Korea has sent 11,000 containers of ammunition to Russia, Washington said.";
    const db = await setup(dir, bad);
    const first = await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
    expect(first.code).toBe(1);
    const findings = JSON.parse(first.stdout).findings;
    expect(findings.map((f: { ref: string; checkId: string }) => `${f.ref} ${f.checkId}`)).toEqual([
      "kunjungan:3 glossary-term-missing", "kunjungan:3 glossary-unexpected-term",
    ]);

    const ign = await run(["check", "ignore", "kunjungan:3", "glossary-term-missing", "--reason", "Washington stands for the White House here", "--author", "ed", "--db", db]);
    expect(ign.code).toBe(0);
    expect(ign.stdout).toBe("Suppressed glossary-term-missing on kunjungan:3: Washington stands for the White House here\n");

    for (let i = 0; i < 2; i++) {
      const again = await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
      expect(again.code).toBe(0);
      const out = JSON.parse(again.stdout);
      expect(out.counts).toEqual({ error: 0, warning: 1, info: 0, suppressed: 1 });
      expect(out.findings[0]).toMatchObject({ ref: "kunjungan:3", checkId: "glossary-term-missing", suppressed: { reason: "Washington stands for the White House here", author: "ed" } });
    }
    const stylish = await run(["check", "--db", db, "--glossary", GLOSSARY]);
    expect(stylish.stdout).toContain("  suppressed  Glossary term “Gedung Putih” is not rendered: expected “White House”.  glossary-term-missing");
    expect(stylish.stdout).toContain("suppressed by ed: Washington stands for the White House here");

    // the rendering changes: the suppression lapses
    const store = openStore(db);
    const rendering = store.renderings.all().find((r) => r.text.includes("Washington"))!;
    store.transaction(() => store.renderings.update(rendering.id, { text: rendering.text.replace("Russia", "Moscow"), sourceText: rendering.sourceText, status: "translated", origin: "manual", author: "test", now: "2024-06-20T00:00:00Z" }));
    store.close();
    const lapsed = await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
    expect(lapsed.code).toBe(1);
    const out = JSON.parse(lapsed.stdout);
    expect(out.findings.filter((f: { suppressed?: unknown }) => f.suppressed)).toEqual([]);
    expect(out.lapsed).toMatchObject([{ document: "kunjungan", checkId: "glossary-term-missing", reason: "Washington stands for the White House here" }]);
    expect((await run(["check", "--db", db, "--glossary", GLOSSARY])).stdout).toContain("1 suppression no longer applies: its source or target text changed.");
  });

  it("ignore --save writes the suppressions file; a fresh database loads it through the pipeline step", async () => {
    const bad = [...GOOD];
    bad[0] = "Putin arrives in Pyongyang!";
    const db = await setup(dir, bad);
    const r = await run(["check", "ignore", "kunjungan:1", "end-punctuation", "--reason", "Headline style", "--author", "ed", "--save", "--root", dir, "--db", db]);
    expect(r.code).toBe(0);
    const file = path.join(dir, "translations", "suppressions.tsv");
    const lines = fs.readFileSync(file, "utf8").split("\n");
    expect(lines[2]).toBe("document\tcheck\thash\treason\tauthor\tsource\ttarget");
    expect(lines[3]).toMatch(/^kunjungan\tend-punctuation\t[0-9a-f]{16}\tHeadline style\ted\tPutin tiba di Pyongyang\tPutin arrives in Pyongyang!$/);

    const fresh = path.join(dir, "fresh");
    fs.mkdirSync(fresh);
    const db2 = await setup(fresh, bad);
    const store = openStore(db2);
    expect(syncSuppressions(store, file)).toEqual({ suppressions: 1 });
    store.close();
    const out = JSON.parse((await run(["check", "--db", db2, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    expect(out.findings).toMatchObject([{ ref: "kunjungan:1", checkId: "end-punctuation", suppressed: { reason: "Headline style" } }]);

    const un = await run(["check", "unignore", "kunjungan:1", "end-punctuation", "--save", "--root", dir, "--db", db]);
    expect(un.stdout).toBe("Removed the suppression of end-punctuation on kunjungan:1.\n");
    expect(fs.readFileSync(file, "utf8").split("\n").filter((l) => l.startsWith("kunjungan"))).toEqual([]);
  });

  it("says when a suppression is no longer needed (its check reports nothing on the unchanged pair)", async () => {
    const db = await setup(dir, GOOD);
    const forced = await run(["check", "ignore", "kunjungan:2", "number-mismatch", "--reason", "just in case", "--author", "ed", "--force", "--db", db]);
    expect([forced.code, forced.stdout, forced.stderr]).toEqual([0, "Suppressed number-mismatch on kunjungan:2: just in case\n",
      "note: number-mismatch reports nothing on kunjungan:2 now; stored anyway (--force): 'selaras check' lists it as no longer needed until it does\n"]);
    const out = JSON.parse((await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    expect(out.unused).toEqual([{ document: "kunjungan", checkId: "number-mismatch", ref: "kunjungan:2", reason: "just in case" }]);
    expect(out.lapsed).toEqual([]);
    expect((await run(["check", "--db", db, "--glossary", GLOSSARY])).stdout).toContain("1 suppression is no longer needed: its check reports nothing on that pair now.");
  });

  it("refuses to suppress a check that reports nothing on the pair (exit 2, nothing stored) unless --force", async () => {
    const bad = [...GOOD];
    bad[2] = "North Korea has sent 11,000 containers of ammunition to Russia, Washington said.";
    const db = await setup(dir, bad);
    const before = dumpDb(db);
    const r = await run(["check", "ignore", "kunjungan:2", "glossary-term-missing", "--reason", "x", "--glossary", GLOSSARY, "--db", db]);
    expect([r.code, r.stdout, r.stderr]).toEqual([2, "",
      "selaras: glossary-term-missing reports nothing on kunjungan:2; nothing was stored (a suppression silences a finding that is there: " +
      `see 'selaras check kunjungan --only glossary-term-missing --glossary ${GLOSSARY}'; --force stores it anyway)\n`]);
    const id = await run(["check", "ignore", "kunjungan:2", "glossary-term-missing", "--reason", "x", "--glossary", GLOSSARY, "--db", db], { env: { SELARAS_LANG: "id" } });
    expect([id.code, id.stderr]).toEqual([2,
      "selaras: glossary-term-missing tidak melaporkan apa pun pada kunjungan:2; tidak ada yang disimpan (pengabaian membungkam temuan yang ada: " +
      `lihat 'selaras check kunjungan --only glossary-term-missing --glossary ${GLOSSARY}'; --force tetap menyimpannya)\n`]);
    // a corpus check (the whole corpus is read) reporting nothing is refused the same way
    const corpus = await run(["check", "ignore", "kunjungan:3", "reused-rendering", "--reason", "x", "--db", db, "--json"]);
    expect(corpus.code).toBe(2);
    expect(JSON.parse(corpus.stdout).error).toMatchObject({ code: "check-ignore-nothing", data: { ref: "kunjungan:3", checkId: "reused-rendering", document: "kunjungan" } });
    expect(dumpDb(db)).toBe(before);
    // the finding that is there (with the glossary the check used) is suppressed; again, to change the reason
    for (const reason of ["Washington stands for the White House here", "Washington is the White House"]) {
      const ok = await run(["check", "ignore", "kunjungan:3", "glossary-term-missing", "--reason", reason, "--author", "ed", "--glossary", GLOSSARY, "--db", db, "--json"]);
      expect([ok.code, ok.stderr]).toEqual([0, ""]);
      expect(JSON.parse(ok.stdout)).toMatchObject({ ref: "kunjungan:3", checkId: "glossary-term-missing", reason, reported: true });
    }
    const out = JSON.parse((await run(["check", "--db", db, "--glossary", GLOSSARY, "--format", "json"])).stdout);
    expect(out.findings).toMatchObject([{ ref: "kunjungan:3", checkId: "glossary-term-missing", suppressed: { reason: "Washington is the White House" } }, { ref: "kunjungan:3", checkId: "glossary-unexpected-term" }]);
    expect(out.unused).toEqual([]);
  });

  it("a corpus check's finding that another document causes can be suppressed (the check reads the whole corpus)", async () => {
    const db = await setup(dir, GOOD);
    fs.writeFileSync(path.join(dir, "lain.txt"), "Berita lain\n\nKedua pemimpin itu meneken perjanjian kemitraan strategis.\n");
    expect((await run(["ingest", path.join(dir, "lain.txt"), "--db", db])).code).toBe(0);
    expect((await run(["translate", "set", "lain:1", "Other news", "--translator", "ed", "--db", db])).code).toBe(0);
    expect((await run(["translate", "set", "lain:2", GOOD[3]!, "--translator", "ed", "--db", db])).code).toBe(0);
    const findings = JSON.parse((await run(["check", "lain", "--db", db, "--only", "reused-rendering", "--format", "json"])).stdout).findings;
    expect(findings.map((f: { ref: string; checkId: string }) => `${f.ref} ${f.checkId}`)).toEqual(["lain:2 reused-rendering"]);
    const r = await run(["check", "ignore", "lain:2", "reused-rendering", "--reason", "the same fact in other words", "--author", "ed", "--db", db]);
    expect([r.code, r.stdout, r.stderr]).toEqual([0, "Suppressed reused-rendering on lain:2: the same fact in other words\n", ""]);
  });

  it("refuses a bad suppression and leaves the database unchanged (exit 2)", async () => {
    const db = await setup(dir, GOOD);
    const before = dumpDb(db);
    for (const [args, message] of [
      [["check", "ignore", "kunjungan:2", "no-such-check", "--reason", "x"], "'no-such-check' is not a check"],
      [["check", "ignore", "kunjungan:99", "number-mismatch", "--reason", "x"], "kunjungan:99 has no rendering to check"],
      [["check", "ignore", "nowhere:1", "number-mismatch", "--reason", "x"], "no document 'nowhere' in the database"],
      [["check", "ignore", "kunjungan", "number-mismatch", "--reason", "x"], "'kunjungan' is not a pair reference"],
      [["check", "ignore", "kunjungan:2", "number-mismatch", "--reason", "  "], "a suppression needs a reason"],
    ] as const) {
      const r = await run([...args, "--db", db]);
      expect({ args, code: r.code }).toEqual({ args, code: 2 });
      expect(r.stderr).toContain(message);
    }
    expect(dumpDb(db)).toBe(before);
  });

  it("checks one document, and names an unknown one (exit 2)", async () => {
    const db = await setup(dir, [undefined, GOOD[1], ""]);
    const r = await run(["check", "kunjungan", "--db", db, "--glossary", GLOSSARY, "--format", "json"]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.stdout).findings.map((f: { ref: string; checkId: string }) => `${f.ref} ${f.checkId}`)).toEqual(["kunjungan:3 untranslated"]);
    const missing = await run(["check", "nowhere", "--db", db]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain("no document 'nowhere' in the database");
  });

  it("a source rendered differently in 30 documents: each finding names the first 20 others, not all 29", async () => {
    const db = path.join(dir, "t.db");
    const corpus = path.join(dir, "corpus");
    fs.mkdirSync(corpus);
    for (let d = 0; d < 30; d++) fs.writeFileSync(path.join(corpus, `berita-${String(d).padStart(2, "0")}.txt`), "Putin tiba di Pyongyang.\n");
    expect((await run(["ingest", corpus, "--db", db])).code).toBe(0);
    const store = openStore(db);
    try {
      store.transaction(() => {
        for (let d = 0; d < 30; d++) {
          const seg = store.documents.segments(store.documents.bySlug(`berita-${String(d).padStart(2, "0")}`)!.id)[0]!;
          store.renderings.create({ segmentIds: [seg.id], text: `Putin arrives in Pyongyang (version ${d}).`, sourceText: seg.text, status: "translated", origin: "manual", author: "test", now: "2024-06-19T00:00:00Z" });
        }
      });
    } finally {
      store.close();
    }
    const r = await run(["check", "--db", db, "--only", "inconsistent-rendering", "--format", "json"]);
    expect(r.code).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.counts).toEqual({ error: 0, warning: 30, info: 0, suppressed: 0 });
    const refs = (from: number, to: number) => Array.from({ length: to - from }, (_, i) => `berita-${String(from + i).padStart(2, "0")}:1`);
    expect(out.findings[0]).toMatchObject({ ref: "berita-00:1", message: "The same source is rendered differently elsewhere: “Putin arrives in Pyongyang (version 1).”.", related: refs(1, 21) });
    expect(out.findings[29]).toMatchObject({ ref: "berita-29:1", related: refs(0, 20) });
    expect(out.findings.every((f: { related: string[] }) => f.related.length === 20)).toBe(true);
  });
});

/**
 * The translation session's assistance, piped: TM matches and glossary renderings go into the line
 * to edit (numbers adapted), the session starts at a reference, the opening line names only the
 * documents with work left, glossary notes, current findings (--all) and the review walk (--review).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { completeRendering } from "../../src/cli/line-reader";
import { run, tempDir } from "../helpers/cli";

const A = [
  "Anggaran 2024.", "",
  "Pemerintah menyiapkan anggaran Rp 750 miliar untuk 1.200 sekolah di Korea Utara.", "",
  "Rapat dimulai pukul 10.30 WIB.", "",
].join("\n");
const B = [
  "Anggaran 2025.", "",
  "Pemerintah menyiapkan anggaran Rp 800 miliar untuk 1.350 sekolah di Korea Utara.", "",
  "Rapat dimulai pukul 14.00 WIB.", "",
].join("\n");
const GLOSSARY = "id\tsource\tpreferred\tadmitted\tforbidden\tflags\tpos\tdomain\tnote\texample\n"
  + "north-korea\tKorea Utara\t=North Korea\t=DPRK\tNorthern Korea\t\tproper noun\tgeo\tAttributive use: North Korean.\t\n";

const A2_EN = "The government prepared a budget of Rp 750 billion for 1,200 schools in North Korea.";

/** A project folder with the articles given and GLOSSARY in `glossaryDir`, the articles ingested into t.db. */
async function project(articles: Record<string, string>, glossaryDir: string): Promise<{ dir: string; db: string }> {
  const dir = tempDir();
  const db = path.join(dir, "t.db");
  for (const [name, text] of Object.entries(articles)) fs.writeFileSync(path.join(dir, name), text);
  fs.mkdirSync(path.join(dir, glossaryDir));
  fs.writeFileSync(path.join(dir, glossaryDir, "geo.tsv"), GLOSSARY);
  expect((await run(["ingest", ...Object.keys(articles), "--db", db], { cwd: dir })).code).toBe(0);
  return { dir, db };
}

describe("selaras translate: insertion, navigation and review (piped)", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    ({ dir, db } = await project({ "anggaran-a.txt": A, "anggaran-b.txt": B }, "g"));
    expect((await run(["glossary", "sync", "--dir", path.join(dir, "g"), "--db", db])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  /** Stores renderings directly: [document, ordinal, English, status, sourceText override]. */
  const seed = (rows: Array<[string, number, string, ("translated" | "aligned")?, string?]>) => {
    const store = openStore(db);
    try {
      store.transaction(() => {
        for (const [slug, n, text, status = "translated", sourceText] of rows) {
          const seg = store.documents.segmentByOrdinal(store.documents.bySlug(slug)!.id, n)!;
          store.renderings.create({ segmentIds: [seg.id], text, sourceText: sourceText ?? seg.text, status, origin: status === "aligned" ? "aligned" : "manual", author: "Budi", now: "2026-01-01T00:00:00.000Z" });
        }
      });
    } finally {
      store.close();
    }
  };
  const english = async (ref: string) => JSON.parse((await run(["translate", "show", ref, "--db", db, "--json"])).stdout).rendering?.text ?? null;
  const session = (args: string[], lines: string[]) => run(["translate", ...args, "--db", db, "--translator", "Ani"], { stdin: lines.join("\n") + "\n" });

  it("':tm N' puts the match into the line with this sentence's numbers; an empty line saves it", async () => {
    seed([["anggaran-a", 2, A2_EN]]);
    const r = await session(["anggaran-b:2"], [":tm 1", ""]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain([
      "  translation memory:",
      `    1. [97%] ${A2_EN}`,
      "       Pemerintah menyiapkan anggaran Rp [-750-]{+800+} miliar untuk [-1.200-]{+1.350+} sekolah di Korea Utara.",
      "       with this sentence's numbers: The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.",
      "  translation-memory match 1 put into the line: The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.",
      "  numbers from this sentence: 750 billion → 800 billion, 1,200 → 1,350",
      "  an empty line saves it as it is; any other line replaces it.",
      "  ✓ saved anggaran-b:2",
    ].join("\n") + "\n");
    expect(await english("anggaran-b:2")).toBe("The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.");
  });

  it("an inserted match is not saved blindly: another line replaces it", async () => {
    seed([["anggaran-a", 2, A2_EN]]);
    const edited = "The government set aside Rp 800 billion for 1,350 schools in North Korea.";
    const r = await session(["anggaran-b:2"], [":tm 1", edited]);
    expect(r.stdout).toContain("  ✓ saved anggaran-b:2\n");
    expect(await english("anggaran-b:2")).toBe(edited);

    expect(await english("anggaran-b:1")).toBeNull();
    const none = await session(["anggaran-b:1"], [":tm 2"]);
    expect(none.stdout).toContain("  no translation-memory match 2 here\n");
  });

  it("end of input right after ':tm N' saves nothing", async () => {
    seed([["anggaran-a", 2, A2_EN]]);
    const r = await session(["anggaran-b:2"], [":tm 1"]);
    expect(r.stdout).toContain("  translation-memory match 1 put into the line: ");
    expect(r.stdout).toContain("Session over: nothing saved.\n");
    expect(await english("anggaran-b:2")).toBeNull();
  });

  it("a match whose source differs in more than numbers is put in unchanged (no number line)", async () => {
    seed([["anggaran-a", 2, A2_EN]]);
    fs.writeFileSync(path.join(dir, "anggaran-c.txt"), "Anggaran.\n\nPemerintah menyiapkan dana Rp 800 miliar untuk 1.350 sekolah di Korea Utara.\n");
    await run(["ingest", path.join(dir, "anggaran-c.txt"), "--db", db]);
    const r = await session(["anggaran-c:2"], [":tm 1", ""]);
    expect(r.stdout).not.toContain("with this sentence's numbers");
    expect(r.stdout).toContain(`  translation-memory match 1 put into the line: ${A2_EN}\n  an empty line saves it as it is; any other line replaces it.\n`);
  });

  it("a stale rendering whose source changed only in numbers is offered with the new numbers; ':edit' puts it into the line", async () => {
    // the article said Rp 750 miliar when this was translated; it now says Rp 800 miliar
    const old = "Pemerintah menyiapkan anggaran Rp 750 miliar untuk 1.350 sekolah di Korea Utara.";
    seed([["anggaran-b", 2, "The government prepared a budget of Rp 750 billion for 1,350 schools in North Korea.", "translated", old]]);
    const r = await session(["anggaran-b:2"], [":edit", ""]);
    expect(r.stdout).toContain([
      "  current (translated, manual, by Budi): The government prepared a budget of Rp 750 billion for 1,350 schools in North Korea.",
      "  the source changed since it was written:",
      "    Pemerintah menyiapkan anggaran Rp [-750-]{+800+} miliar untuk 1.350 sekolah di Korea Utara.",
      "  with this sentence's numbers (':edit' puts it into the line): The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.",
    ].join("\n") + "\n");
    expect(r.stdout).toContain([
      "  the current English put into the line: The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.",
      "  numbers from this sentence: 750 billion → 800 billion",
      "  an empty line saves it as it is; any other line replaces it.",
      "  ✓ saved anggaran-b:2",
    ].join("\n") + "\n");
    expect(await english("anggaran-b:2")).toBe("The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.");
    const none = await session(["anggaran-b:1"], [":edit", ":q"]);
    expect(none.stdout).toContain("  no English here yet to edit: type it\n");
  });

  it("after the checks refuse a line, ':edit' puts that English back into the line", async () => {
    const wrong = "The government prepared a budget of Rp 900 billion for 1,350 schools in North Korea.";
    const right = "The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.";
    const r = await session(["anggaran-b:2"], [wrong, ":edit", right]);
    expect(r.stdout).toMatch(/findings?:\n {4}error number-mismatch: /);
    expect(r.stdout).toContain(`  the current English put into the line: ${wrong}\n  an empty line saves it as it is; any other line replaces it.\n  ✓ saved anggaran-b:2\n`);
    expect(await english("anggaran-b:2")).toBe(right);
  });

  it("glossary hints are numbered and show the term's note; ':g N' puts the rendering into the line", async () => {
    const r = await session(["anggaran-b:2"], [":g 1", "", ":g 2", ":q"]);
    expect(r.stdout).toContain("  glossary:\n    1. Korea Utara → North Korea / DPRK; not: Northern Korea\n       note: Attributive use: North Korean.\n");
    expect(r.stdout).toContain("  glossary rendering 1 put into the line: North Korea\n  an empty line saves it as it is; any other line replaces it.\n");
    // "North Korea" alone for the whole sentence: the checks refuse it, nothing is confirmed
    expect(r.stdout).toMatch(/findings?:\n {4}(error|warning) /);
    expect(r.stdout).toContain("  no glossary term 2 here\n");
    const stored = JSON.parse((await run(["translate", "show", "anggaran-b:2", "--db", db, "--json"])).stdout).rendering;
    expect(stored?.status ?? "none").not.toBe("translated");
  });

  it("'translate <doc>:<n>' starts at that unit, even one that needs no work; a bad reference is exit 2", async () => {
    seed([["anggaran-a", 2, A2_EN], ["anggaran-a", 3, "The meeting began at 10:30 a.m."]]);
    const r = await session(["anggaran-b:3"], [":q"]);
    expect(r.stdout.split("\n").slice(0, 3)).toEqual([
      "3 sentences to go in anggaran-b. Type the English and press Enter; ':help' lists commands.", "", "[3/3] anggaran-b:3",
    ]);
    const done = await session(["anggaran-a:2"], [":b", ":q"]);
    expect(done.stdout).toContain("[2/2] anggaran-a:2\n");
    expect(done.stdout).toContain(`  current (translated, manual, by Budi): ${A2_EN}\n`);
    expect(done.stdout).toContain("[1/2] anggaran-a:1\n");
    const bad = await session(["anggaran-a:9"], [":q"]);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain("no segment anggaran-a:9");
  });

  it("the opening line names only the documents with work left", async () => {
    seed([["anggaran-a", 1, "Budget 2024."], ["anggaran-a", 2, A2_EN], ["anggaran-a", 3, "The meeting began at 10:30 a.m."]]);
    const r = await session([], [":q"]);
    expect(r.stdout.split("\n")[0]).toBe("3 sentences to go in anggaran-b. Type the English and press Enter; ':help' lists commands.");
  });

  it("--all shows each unit's current findings", async () => {
    seed([["anggaran-a", 1, "Budget 2024."], ["anggaran-a", 3, "The meeting began at 11:30 a.m."]]);
    const r = await session(["anggaran-a", "--all"], [":s", ":s", ":s"]);
    expect(r.stdout).toContain("[1/3] anggaran-a:1\n  » Anggaran 2024.\n");
    expect(r.stdout).toContain("  current (translated, manual, by Budi): Budget 2024.\n  skipped anggaran-a:1\n"); // no findings: none listed
    // the same findings, in the same words, as `selaras check` reports for that pair
    const check = JSON.parse((await run(["check", "anggaran-a", "--format", "json", "--db", db])).stdout) as { findings: Array<{ ref: string; severity: string; checkId: string; message: string }> };
    const expected = check.findings.filter((f) => f.ref === "anggaran-a:3").map((f) => `    ${f.severity} ${f.checkId}: ${f.message}`);
    expect(expected.length).toBe(2);
    expect(r.stdout).toContain([
      "  current (translated, manual, by Budi): The meeting began at 11:30 a.m.",
      "  2 findings on it:",
      ...expected,
      "  skipped anggaran-a:3",
    ].join("\n") + "\n");
    expect(expected.every((l) => l.startsWith("    error number-mismatch: "))).toBe(true);
  });

  it("--review walks the units with findings, stale ones and machine alignments, and skips suppressed findings", async () => {
    seed([
      ["anggaran-a", 1, "Budget 2024."],
      ["anggaran-a", 2, A2_EN],
      ["anggaran-a", 3, "The meeting began at 11:30 a.m."], // a number error
      ["anggaran-b", 1, "Budget 2025.", "aligned"], // unconfirmed machine alignment
      ["anggaran-b", 2, "The government prepared a budget of Rp 800 billion for 1,350 schools in North Korea.", "translated",
        "Pemerintah menyiapkan anggaran Rp 800 miliar untuk 1.300 sekolah di Korea Utara."], // stale: the source changed
      // anggaran-b:3 untranslated: not a review item
    ]);
    const r = await session(["--review"], [":s", ":s", ":s"]);
    expect(r.code).toBe(0);
    const shown = r.stdout.split("\n").filter((l) => /^\[\d+\/\d+\] /.test(l));
    expect(r.stdout.split("\n")[0]).toBe("3 units to review in anggaran-a, anggaran-b (findings, stale or machine-aligned). ':help' lists commands.");
    expect(shown).toEqual(["[1/3] anggaran-a:3", "[2/3] anggaran-b:1", "[3/3] anggaran-b:2"]);

    expect((await run(["check", "ignore", "anggaran-a:3", "number-mismatch", "--reason", "the article corrects the time later", "--db", db], { cwd: dir })).code).toBe(0);
    const after = await session(["--review"], [":q"]);
    expect(after.stdout.split("\n")[0]).toBe("2 units to review in anggaran-b (findings, stale or machine-aligned). ':help' lists commands.");
    const clean = await session(["anggaran-a", "--review"], []);
    expect(clean.stdout.split("\n")[0]).toBe("Nothing to review: no rendering has findings, is stale or waits as a machine alignment.");
  });

  it("--review and --all cannot be combined", async () => {
    const r = await session(["--review", "--all"], []);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("Arguments review and all are mutually exclusive");
  });
});

describe("completeRendering (Tab in the terminal)", () => {
  const words = ["North Korea", "DPRK", "state budget"];
  it.each([
    ["The budget of No", [["North Korea"], "No"]],
    ["The budget of no", [["no" + "rth Korea"], "no"]],
    ["schools in North K", [["North Korea"], "North K"]],
    ["the sta", [["state budget"], "sta"]],
    ["", [["North Korea", "DPRK", "state budget"], ""]],
    ["in ", [["North Korea", "DPRK", "state budget"], ""]],
    ["xyz", [[], "xyz"]],
  ] as Array<[string, [string[], string]]>)("%j", (line, expected) => {
    expect(completeRendering(line, words)).toEqual(expected);
  });
});

describe("a project whose database holds no glossary (never synced): the gate and the session read glossary/, as check does", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    ({ dir, db } = await project({ "anggaran-a.txt": A }, "glossary"));
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses to confirm what check reports, and shows the terms", async () => {
    const wrong = "The government prepared a budget of Rp 750 billion for 1,200 schools in South Korea.";
    const set = await run(["translate", "set", "anggaran-a:2", wrong, "--status", "translated", "--db", db], { cwd: dir });
    expect(set.code).toBe(1);
    expect(set.stdout + set.stderr).toContain("glossary-term-missing");
    const check = await run(["check", "--format", "json", "--db", db], { cwd: dir });
    expect(JSON.parse(check.stdout).findings.map((f: { checkId: string; severity: string }) => `${f.checkId}:${f.severity}`)).toEqual(["glossary-term-missing:error"]);
    const shown = await run(["translate", "anggaran-a:2", "--all", "--db", db], { cwd: dir, stdin: ":q\n" });
    expect(shown.stdout).toContain("  glossary:");
    expect(shown.stdout).toContain("North Korea");
  });
});

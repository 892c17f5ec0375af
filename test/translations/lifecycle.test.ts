/**
 * The unit lifecycle (issue 13): the state machine and its documentation, and one regression test per
 * defect seen — each runs the real CLI in a temporary project folder (the database in it, so the
 * translations/ files are kept in step there).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { ACTORS, TRANSITIONS, UNIT_STATES, transition } from "../../src/translations/lifecycle";
import { dumpDb, run, tempDir, REPO } from "../helpers/cli";
import { openStore } from "../../src/store";
import { ingestFiles } from "../../src/app/ingest";
import { documentUnits, setUnit } from "../../src/app/lifecycle";
import { ConflictError, UsageError } from "../../src/errors";
import { BUDGET, FLOOD, FLOOD_EN } from "../helpers/lifecycle-articles";

describe("the state machine", () => {
  it("is the table of docs/lifecycle.md", () => {
    const doc = fs.readFileSync(path.join(REPO, "docs/lifecycle.md"), "utf8");
    const section = doc.slice(doc.indexOf("## Who may move a unit where"), doc.indexOf("## Confirming runs the checks"));
    const targets = new Map<string, Set<string>>();
    for (const line of section.split("\n").filter((l) => /^\| (translator|reviewer|admin|aligner|import)\b/.test(l))) {
      const [, who, to] = line.split("|").map((c) => c.trim());
      const actor = who!.split(" ")[0]!;
      const set = targets.get(actor) ?? new Set<string>();
      for (const m of to!.matchAll(/`([a-z]+)`/g)) set.add(m[1]!);
      if (to === "any state") UNIT_STATES.filter((s) => s !== "untranslated").forEach((s) => set.add(s));
      targets.set(actor, set);
    }
    expect([...targets.keys()].sort()).toEqual([...ACTORS].sort());
    for (const actor of ["translator", "reviewer", "aligner"] as const) {
      const stored = Object.keys(TRANSITIONS[actor]).filter((s) => actor === "aligner" || s !== "untranslated").sort();
      expect([...targets.get(actor)!].sort()).toEqual(stored);
    }
    expect([...targets.get("admin")!].sort()).toEqual(["aligned", "draft", "reviewed", "translated"]);
  });

  it("lets each actor make only its moves", () => {
    expect(transition("aligned", "translated", "translator")).toEqual({ ok: true, confirmation: true });
    expect(transition("untranslated", "draft", "translator")).toEqual({ ok: true, confirmation: false });
    expect(transition("translated", "reviewed", "translator")).toEqual({ ok: false, reason: "actor-may-not" });
    expect(transition("draft", "aligned", "translator")).toEqual({ ok: false, reason: "actor-may-not" });
    expect(transition("translated", "reviewed", "reviewer", { author: "Ani", lastConfirmedBy: "Ani" })).toEqual({ ok: false, reason: "second-person-required" });
    expect(transition("translated", "reviewed", "reviewer", { author: "Budi", lastConfirmedBy: "Ani" })).toEqual({ ok: true, confirmation: true });
    expect(transition("translated", "aligned", "aligner")).toEqual({ ok: false, reason: "actor-may-not" });
    expect(transition("draft", "aligned", "aligner")).toEqual({ ok: false, reason: "actor-may-not" });
    expect(transition("untranslated", "aligned", "aligner")).toEqual({ ok: true, confirmation: false });
    expect(transition("aligned", "untranslated", "aligner")).toEqual({ ok: true, confirmation: false });
  });
});

describe("the checked save, as the workbench calls it", () => {
  let dir: string;
  beforeEach(() => { dir = tempDir(); });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("refuses a save based on an older revision (409), a move the actor may not make, and keeps files in step", () => {
    const article = path.join(dir, "anggaran-sekolah.txt");
    fs.writeFileSync(article, BUDGET);
    const store = openStore(path.join(dir, "w.db"));
    try {
      ingestFiles(store, [article], { now: "2026-01-01T00:00:00.000Z" });
      const units = documentUnits(store, "anggaran-sekolah");
      expect(units.map((u) => [u.ref, u.state, u.revision])).toEqual([
        ["anggaran-sekolah:1", "untranslated", 0], ["anggaran-sekolah:2", "untranslated", 0],
        ["anggaran-sekolah:3", "untranslated", 0], ["anggaran-sekolah:4", "untranslated", 0],
      ]);
      const a = setUnit(store, "anggaran-sekolah:4", { now: "2026-01-01T00:00:00.000Z", text: "As many as 40 percent of those schools are in Papua.", state: "translated", actor: "translator", author: "Ani", baseRevision: 0 }, { root: dir });
      expect(a).toMatchObject({ state: "translated", refused: false, revision: 1, findings: [] });
      expect(a.files).toEqual([path.join(dir, "translations", "anggaran-sekolah.translations.txt")]);
      // Budi read revision 0 too: his save is refused, with the stored text, and nothing changes
      const stale = () => setUnit(store, "anggaran-sekolah:4", { now: "2026-01-01T00:00:00.000Z", text: "Forty percent are in Papua.", state: "translated", actor: "translator", author: "Budi", baseRevision: 0 }, { root: dir });
      expect(stale).toThrow(ConflictError);
      try { stale(); } catch (e) {
        expect((e as ConflictError).data).toEqual({ ref: "anggaran-sekolah:4", baseRevision: 0, revision: 1, text: "As many as 40 percent of those schools are in Papua." });
      }
      // a translator may not mark reviewed; a reviewer may, but not the one who confirmed it
      expect(() => setUnit(store, "anggaran-sekolah:4", { now: "2026-01-01T00:00:00.000Z", state: "reviewed", actor: "translator", author: "Ani" })).toThrow(UsageError);
      expect(() => setUnit(store, "anggaran-sekolah:4", { now: "2026-01-01T00:00:00.000Z", state: "reviewed", actor: "reviewer", author: "Ani" })).toThrow(UsageError);
      const r = setUnit(store, "anggaran-sekolah:4", { now: "2026-01-01T00:00:00.000Z", state: "reviewed", actor: "reviewer", author: "Budi", baseRevision: 1 }, { root: dir });
      expect(r).toMatchObject({ state: "reviewed", revision: 2 });
      expect(documentUnits(store, "anggaran-sekolah")[3]).toMatchObject({ state: "reviewed", revision: 2, stale: false, target: "As many as 40 percent of those schools are in Papua." });
      expect(fs.readFileSync(a.files[0]!, "utf8")).toContain("status: reviewed\nauthor: Budi\n");
    } finally {
      store.close();
    }
  });
});

describe("the unit lifecycle: what was seen", () => {
  let root: string;
  let db: string;
  let outside: string;
  const cli = (argv: string[], stdin?: string) => run([...argv, "--db", db], { cwd: root, ...(stdin !== undefined ? { stdin } : {}) });
  const show = async (ref: string) => JSON.parse((await cli(["translate", "show", ref, "--json"])).stdout);
  const statusOf = async (doc: string) => JSON.parse((await cli(["status", doc, "--json"])).stdout)[0];
  const translationsFile = (doc: string) => fs.readFileSync(path.join(root, "translations", `${doc}.translations.txt`), "utf8");
  /** A copy of the project folder (no database, no exports): what a colleague gets from git. */
  const freshCopy = (): string => {
    const copy = tempDir("selaras-clone-");
    for (const d of ["corpus", "translations", "glossary"]) {
      if (fs.existsSync(path.join(root, d))) fs.cpSync(path.join(root, d), path.join(copy, d), { recursive: true });
    }
    return copy;
  };

  beforeEach(() => {
    root = tempDir("selaras-project-");
    outside = tempDir("selaras-outside-");
    db = path.join(root, "selaras.db");
    fs.mkdirSync(path.join(root, "corpus"));
    fs.writeFileSync(path.join(root, "corpus", "berita-banjir.txt"), FLOOD);
    fs.writeFileSync(path.join(outside, "anggaran-sekolah.txt"), BUDGET);
    fs.writeFileSync(path.join(outside, "banjir.en.txt"), FLOOD_EN);
  });
  afterEach(() => {
    fs.rmSync(root, { recursive: true, force: true });
    fs.rmSync(outside, { recursive: true, force: true });
  });

  it("':ok' on a stale rendering whose number changed runs the checks: refused, kept a draft, not exported", async () => {
    const article = path.join(root, "corpus", "anggaran-sekolah.txt");
    fs.writeFileSync(article, BUDGET);
    await cli(["ingest", article]);
    const english = "The government is adding 750 billion rupiah to the education budget this year.";
    expect((await cli(["translate", "set", "anggaran-sekolah:2", english])).code).toBe(0);
    fs.writeFileSync(article, BUDGET.replace("Rp 750 miliar", "Rp 800 miliar"));
    await cli(["ingest", article]);
    expect((await show("anggaran-sekolah:2")).rendering).toMatchObject({ stale: true, status: "translated" });
    expect(await statusOf("anggaran-sekolah")).toMatchObject({ translated: 0, stale: 1 });

    const r = await cli(["translate", "anggaran-sekolah", "--translator", "Ani"], ":s\n:ok\n");
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  2 findings:\n    error number-mismatch: “800 miliar” from the source is missing or different in the target.\n");
    expect(r.stdout).not.toContain("✓ confirmed anggaran-sekolah:2");
    expect((await show("anggaran-sekolah:2")).rendering).toMatchObject({ text: english, status: "draft" });
    const out = path.join(root, "x.tsv");
    await cli(["export", "--format", "tsv", "--out", out]);
    expect(fs.readFileSync(out, "utf8")).not.toContain("750 billion");

    // Fixed English confirms it; the translations file says so at once.
    const fixed = await cli(["translate", "anggaran-sekolah", "--translator", "Ani"], ":s\nThe government is adding 800 billion rupiah to the education budget this year.\n");
    expect(fixed.stdout).toContain("  ✓ saved anggaran-sekolah:2\n");
    expect((await show("anggaran-sekolah:2")).rendering).toMatchObject({ status: "translated", stale: false });
    expect(translationsFile("anggaran-sekolah")).toContain("en: The government is adding 800 billion rupiah to the education budget this year.\nstatus: translated\n");
  });

  it("npm start says what it did to renderings whose sentence changed or vanished, once; a rebuild from files written before says which record it kept as an orphan", async () => {
    const article = path.join(root, "corpus", "berita-banjir.txt");
    await cli(["pipeline"]);
    // :3 "Ribuan warga mengungsi …", :4 "Pemerintah menyiapkan 1.500 paket bantuan.", :5 "Bantuan itu tiba Rabu pagi."
    await cli(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani"]);
    await cli(["translate", "set", "berita-banjir:5", "The aid arrived on Wednesday morning.", "--translator", "Ani"]);
    await cli(["translate", "set", "berita-banjir:6", "The governor visited the flood site on Wednesday afternoon.", "--translator", "Ani"]);
    const before = freshCopy(); // (the project as it was: its translations file names :5 and :6)
    try {
      fs.writeFileSync(article, FLOOD.replace("Ribuan warga mengungsi", "Ribuan warga terpaksa mengungsi").replace(" Bantuan itu tiba Rabu pagi.", ""));
      const r = await cli(["pipeline"]);
      expect(r.code).toBe(0);
      expect(r.stderr.split("\n").filter((l) => !l.startsWith("»"))).toEqual([
        "berita-banjir: rendering #1 kept and marked stale: its sentence changed",
        "    Ribuan warga {+terpaksa +}mengungsi ke masjid dan sekolah terdekat.",
        "berita-banjir: rendering #2 kept as orphaned: its sentence was removed",
        "    - Bantuan itu tiba Rabu pagi.",
        "",
      ]);
      expect((await cli(["pipeline"])).stderr.split("\n").filter((l) => !l.startsWith("»"))).toEqual([""]);
      // the files as they were before the edit, the article as it is now, a new database: the record
      // of the removed sentence (:5) is not written over the sentence now at :5 (the governor's, whose
      // record still says :6) — it is kept as an orphan, and said so
      fs.writeFileSync(path.join(before, "corpus", "berita-banjir.txt"), fs.readFileSync(article, "utf8"));
      const fresh = await run(["pipeline", "--db", path.join(before, "selaras.db")], { cwd: before });
      expect(fresh.code).toBe(0);
      expect(fresh.stderr.split("\n").filter((l) => !l.startsWith("»"))).toEqual([
        "translations/berita-banjir.translations.txt:11: berita-banjir:5: its sentence is not in the article; kept as orphaned",
        "",
      ]);
      const status = JSON.parse((await run(["status", "--json", "--db", path.join(before, "selaras.db")], { cwd: before })).stdout);
      expect(status[0]).toMatchObject({ document: "berita-banjir", orphaned: 1, stale: 1 });
      expect(JSON.parse((await run(["translate", "show", "berita-banjir:5", "--json", "--db", path.join(before, "selaras.db")], { cwd: before })).stdout).rendering)
        .toMatchObject({ text: "The governor visited the flood site on Wednesday afternoon." });
    } finally {
      fs.rmSync(before, { recursive: true, force: true });
    }
  });

  it("a stale confirmation stays stale through a rebuild (not checked against the new source, not demoted)", async () => {
    const article = path.join(root, "corpus", "anggaran-sekolah.txt");
    fs.writeFileSync(article, BUDGET);
    await cli(["pipeline"]);
    await cli(["translate", "set", "anggaran-sekolah:2", "The government is adding 750 billion rupiah to the education budget this year.", "--translator", "Ani"]);
    fs.writeFileSync(article, BUDGET.replace("Rp 750 miliar", "Rp 800 miliar"));
    await cli(["pipeline"]);
    const status = JSON.parse((await cli(["status", "--json"])).stdout);
    expect(status.find((s: { document: string }) => s.document === "anggaran-sekolah")).toMatchObject({ translated: 0, stale: 1, draft: 0 });
    const copy = freshCopy();
    try {
      const fresh = path.join(copy, "selaras.db");
      const r = await run(["pipeline", "--db", fresh], { cwd: copy });
      expect(r.stderr).not.toContain("warning");
      expect(JSON.parse((await run(["status", "--json", "--db", fresh], { cwd: copy })).stdout)).toEqual(status);
      expect(JSON.parse((await run(["translate", "show", "anggaran-sekolah:2", "--json", "--db", fresh], { cwd: copy })).stdout).rendering)
        .toMatchObject({ status: "translated", stale: true });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("':accept <reason>' suppresses the error (check passes) and writes translations/suppressions.tsv", async () => {
    await cli(["ingest", path.join(outside, "anggaran-sekolah.txt")]);
    const r = await cli(["translate", "anggaran-sekolah", "--translator", "Ani"],
      ":s\n:s\nThe minister said the money is for 1,300 schools in remote areas.\n:accept the ministry corrected the figure the next day\n:q\n");
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  ✓ saved anggaran-sekolah:3\n");
    const check = await cli(["check", "anggaran-sekolah", "--format", "json"]);
    expect(check.code).toBe(0);
    const findings = JSON.parse(check.stdout).findings;
    expect(findings.map((f: { checkId: string; suppressed?: { reason: string } }) => [f.checkId, f.suppressed?.reason])).toEqual([
      ["number-mismatch", "the ministry corrected the figure the next day"],
      ["number-mismatch", "the ministry corrected the figure the next day"],
    ]);
    const file = fs.readFileSync(path.join(root, "translations", "suppressions.tsv"), "utf8");
    expect(file).toContain("anggaran-sekolah\tnumber-mismatch\t");
    expect(file).toContain("\tthe ministry corrected the figure the next day\tAni\tMenteri mengatakan dana itu untuk 1.200 sekolah di daerah terpencil.\tThe minister said the money is for 1,300 schools in remote areas.\n");
  });

  it("translate set --accept confirms and suppresses; without it the English is kept as a draft, findings printed, exit 1", async () => {
    await cli(["ingest", path.join(outside, "anggaran-sekolah.txt")]);
    const wrong = "As many as 45 percent of those schools are in Papua.";
    const refused = await cli(["translate", "set", "anggaran-sekolah:4", wrong, "--translator", "Ani"]);
    expect(refused.code).toBe(1);
    expect(refused.stdout).toBe(
      "  error number-mismatch: “40 persen” from the source is missing or different in the target.\n" +
      "  error number-mismatch: “45 percent” in the target does not appear in the source.\n" +
      "anggaran-sekolah:4: not confirmed as translated: the checks found an error; kept as a draft (rendering #1). Fix the English, or confirm it with --accept \"<reason>\".\n",
    );
    expect((await show("anggaran-sekolah:4")).rendering).toMatchObject({ text: wrong, status: "draft" });
    const accepted = await cli(["translate", "set", "anggaran-sekolah:4", wrong, "--translator", "Ani", "--accept", "the survey says 45"]);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain("anggaran-sekolah:4: saved (rendering #1, new revision)\n  accepted number-mismatch: the survey says 45\n");
    expect((await show("anggaran-sekolah:4")).rendering).toMatchObject({ status: "translated" });
    expect((await cli(["check"])).code).toBe(0);
  });

  it("check ignore without --save is a project file: a fresh rebuild has the same findings", async () => {
    await cli(["pipeline"]);
    await cli(["translate", "set", "berita-banjir:4", "The government prepared 1,500 aid packages!", "--translator", "Ani"]);
    const before = JSON.parse((await cli(["check", "--format", "json"])).stdout);
    const punct = before.findings.find((f: { checkId: string }) => f.checkId === "end-punctuation");
    expect(punct).toBeDefined();
    expect((await cli(["check", "ignore", "berita-banjir:4", "end-punctuation", "--reason", "the reporter's emphasis"])).code).toBe(0);
    expect(fs.readFileSync(path.join(root, "translations", "suppressions.tsv"), "utf8")).toContain("berita-banjir\tend-punctuation\t");
    const after = JSON.parse((await cli(["check", "--format", "json"])).stdout);
    const copy = freshCopy();
    try {
      const fresh = path.join(copy, "selaras.db");
      expect((await run(["pipeline", "--db", fresh], { cwd: copy })).code).toBe(0);
      const rebuilt = JSON.parse((await run(["check", "--format", "json", "--db", fresh], { cwd: copy })).stdout);
      expect(rebuilt.counts).toEqual(after.counts);
      expect(rebuilt.findings.map((f: { ref: string; checkId: string; suppressed?: { reason: string } }) => [f.ref, f.checkId, f.suppressed?.reason]))
        .toEqual(after.findings.map((f: { ref: string; checkId: string; suppressed?: { reason: string } }) => [f.ref, f.checkId, f.suppressed?.reason]));
      expect(rebuilt.counts.suppressed).toBe(1);
      // `check unignore` takes it out of the file again
      expect((await cli(["check", "unignore", "berita-banjir:4", "end-punctuation"])).code).toBe(0);
      expect(fs.readFileSync(path.join(root, "translations", "suppressions.tsv"), "utf8")).not.toContain("berita-banjir\tend-punctuation\t");
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("translate set/show on one member of a joined unit is refused with exit 2 naming the unit; the whole unit is accepted", async () => {
    await cli(["pipeline"]);
    await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt")]);
    expect((await show("berita-banjir:5+6")).ref).toBe("berita-banjir:5+6");
    const before = dumpDb(db);
    const set = await cli(["translate", "set", "berita-banjir:6", "He visited.", "--translator", "Ani"]);
    expect(set.code).toBe(2);
    expect(set.stderr).toBe("selaras: berita-banjir:6 is one member of the joined unit berita-banjir:5+6: name the whole unit (berita-banjir:5+6), or undo the join with 'selaras segments unjoin berita-banjir:5+6'\n");
    const shown = await cli(["translate", "show", "berita-banjir:5"]);
    expect(shown.code).toBe(2);
    expect(shown.stderr).toContain("berita-banjir:5 is one member of the joined unit berita-banjir:5+6");
    expect(dumpDb(db)).toBe(before);
    const wrongUnit = await cli(["translate", "set", "berita-banjir:4+5", "x", "--translator", "Ani"]);
    expect(wrongUnit.code).toBe(2);
    expect(wrongUnit.stderr).toBe("selaras: berita-banjir:4+5 is not a unit: the unit there is berita-banjir:4\n");
  });

  it("ingest of an edited article rewrites its translations file (new numbers, the orphan) only when the file is the one the database knows", async () => {
    await cli(["pipeline"]);
    expect((await cli(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani"])).code).toBe(0);
    expect((await cli(["translate", "set", "berita-banjir:5", "The aid arrived on Wednesday morning.", "--translator", "Ani"])).code).toBe(0);
    expect(translationsFile("berita-banjir")).toContain("@ berita-banjir:5\nid: Bantuan itu tiba Rabu pagi.\n");
    const article = path.join(root, "corpus", "berita-banjir.txt");
    fs.writeFileSync(article, FLOOD.replace("Ribuan warga mengungsi ke masjid dan sekolah terdekat.", ""));
    const r = await cli(["ingest", article]);
    expect(r.code).toBe(0);
    const file = translationsFile("berita-banjir");
    expect(file).toContain("@ berita-banjir:4\nid: Bantuan itu tiba Rabu pagi.\n");
    expect(file).toContain("@ orphan berita-banjir\nid: Ribuan warga mengungsi ke masjid dan sekolah terdekat.\n");
    // a rebuild from the folder gives the same state without a word about moved records
    const copy = freshCopy();
    const rebuilt = await run(["pipeline", "--db", path.join(copy, "selaras.db")], { cwd: copy });
    expect(rebuilt.code).toBe(0);
    expect(rebuilt.stderr).not.toMatch(/moved|STALE/);
    fs.rmSync(copy, { recursive: true, force: true });

    // a file changed on disk since (a colleague's records): the ingest leaves it, translations import decides
    const edited = file.replace("The aid arrived on Wednesday morning.", "Aid arrived on Wednesday morning.");
    fs.writeFileSync(path.join(root, "translations", "berita-banjir.translations.txt"), edited);
    fs.writeFileSync(article, FLOOD);
    expect((await cli(["ingest", article])).code).toBe(0);
    expect(translationsFile("berita-banjir")).toBe(edited);
  });

  it("segments join and split refuse with the user's words: refs of two documents, an offset that is not a whole number (exit 2, nothing written)", async () => {
    await cli(["pipeline"]);
    await cli(["ingest", path.join(outside, "anggaran-sekolah.txt")]);
    const before = dumpDb(db);
    const join = await cli(["segments", "join", "berita-banjir:2", "anggaran-sekolah:2"]);
    expect([join.code, join.stderr]).toEqual([2, "selaras: segments berita-banjir:2 and anggaran-sekolah:2 are not adjacent in one document\n"]);
    for (const offset of ["abc", "2.5", "-1"]) {
      const split = await cli(["segments", "split", "berita-banjir:2", offset]);
      expect([split.code, split.stderr]).toEqual([2, `selaras: berita-banjir:2: the offset '${offset}' is not a whole number of characters\n`]);
    }
    expect(dumpDb(db)).toBe(before);
  });

  it("segments unjoin undoes the aligner's wrong join: the English goes to its sentence as a draft, the history records both", async () => {
    await cli(["pipeline"]);
    await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt")]);
    const u = await cli(["segments", "unjoin", "berita-banjir:6"]);
    expect(u.code).toBe(0);
    expect(u.stdout).toBe(
      "unjoined berita-banjir:5+6 → berita-banjir:5, berita-banjir:6\n" +
      "  the English stays on berita-banjir:6 as a draft (rendering #5); confirm it with 'selaras translate set' or the session\n",
    );
    expect((await show("berita-banjir:5")).rendering).toBeNull();
    expect((await show("berita-banjir:6")).rendering).toMatchObject({ text: "The governor visited the flooded area on Wednesday afternoon.", status: "draft", stale: true });
    expect(translationsFile("berita-banjir")).toContain("\n@ berita-banjir:6\nid: Bantuan itu tiba Rabu pagi. Gubernur meninjau lokasi banjir pada Rabu siang.\nen: The governor visited the flooded area on Wednesday afternoon.\nstatus: draft\n");
    expect(translationsFile("berita-banjir")).not.toContain("@ berita-banjir:5+6");
    const again = await cli(["segments", "unjoin", "berita-banjir:6"]);
    expect(again.code).toBe(2);
    expect(again.stderr).toBe("selaras: berita-banjir:6 is not joined with another segment: nothing to unjoin\n");

    // A person's join is undone the same way, and the history lists join and unjoin.
    await cli(["translate", "set", "berita-banjir:2", "Heavy rain has lashed Jakarta since Tuesday night.", "--translator", "Ani"]);
    await cli(["segments", "join", "berita-banjir:2", "berita-banjir:3", "--translator", "Ani"]);
    await cli(["segments", "unjoin", "berita-banjir:2+3", "--translator", "Budi"]);
    const h = JSON.parse((await cli(["history", "berita-banjir:3", "--json"])).stdout);
    expect(h.events.map((e: { kind: string; ref: string; author: string }) => [e.kind, e.ref, e.author])).toEqual([
      ["join", "berita-banjir:2+3", "Ani"], ["unjoin", "berita-banjir:2+3", "Budi"],
    ]);
    const text = (await cli(["history", "berita-banjir:2"])).stdout;
    expect(text).toMatch(/\njoined berita-banjir:2\+3 by Ani at \S.*\S\nunjoined berita-banjir:2\+3 by Budi at \S.*\S\n$/);
  });

  it("status after align --doc counts nothing as translated; exports leave machine alignments out unless asked", async () => {
    await cli(["pipeline"]);
    await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt")]);
    expect(await statusOf("berita-banjir")).toMatchObject({
      translatable: 7, translated: 0, percent: 0, aligned: 7, draft: 0, reviewed: 0, untranslated: 0, stale: 0,
    });
    expect((await cli(["status"])).stdout).toContain("berita-banjir  0/7 translated (0.0%), 7 segments, 0 boilerplate, 42 words  7 aligned (machine, unconfirmed)\n");
    // the machine pairs (the 5+6 join included) rebuild alike from the translations file
    const copy = freshCopy();
    try {
      const fresh = path.join(copy, "selaras.db");
      expect((await run(["pipeline", "--db", fresh], { cwd: copy })).code).toBe(0);
      expect(JSON.parse((await run(["status", "--json", "--db", fresh], { cwd: copy })).stdout)).toEqual(JSON.parse((await cli(["status", "--json"])).stdout));
      expect(JSON.parse((await run(["translate", "show", "berita-banjir:5+6", "--json", "--db", fresh], { cwd: copy })).stdout).rendering).toMatchObject({ status: "aligned", origin: "aligned" });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
    const out = path.join(root, "a.jsonl");
    const e = await cli(["export", "--format", "jsonl", "--out", out, "--json"]);
    expect(JSON.parse(e.stdout)).toMatchObject({ units: 0, skipped: { aligned: 6 } });
    await cli(["export", "--format", "jsonl", "--out", out, "--status", "aligned"]);
    expect(fs.readFileSync(out, "utf8").trim().split("\n")).toHaveLength(6);
    // a person confirms one: it counts, and it is exported
    await cli(["translate", "set", "berita-banjir:4", "The government prepared 1,500 aid packages.", "--translator", "Ani"]);
    expect(await statusOf("berita-banjir")).toMatchObject({ translated: 1, aligned: 6 });
    await cli(["export", "--format", "jsonl", "--out", out]);
    expect(fs.readFileSync(out, "utf8").trim().split("\n").map((l) => JSON.parse(l).segments)).toEqual([["berita-banjir:4"]]);
  });

  it("a rebuild restores an article ingested from outside corpus/, and warns (exit 0) when it is gone", async () => {
    await cli(["pipeline"]);
    await cli(["ingest", path.join(outside, "anggaran-sekolah.txt")]);
    await cli(["translate", "set", "anggaran-sekolah:1", "The government raises the school budget", "--translator", "Ani"]);
    await cli(["translate", "set", "berita-banjir:1", "Floods hit North Jakarta", "--translator", "Ani"]);
    expect(translationsFile("anggaran-sekolah")).toContain(`# document: anggaran-sekolah\n# source: ${path.join(outside, "anggaran-sekolah.txt")}\n`);
    expect(translationsFile("berita-banjir")).not.toContain("# source:");
    const copy = freshCopy();
    try {
      const fresh = path.join(copy, "selaras.db");
      const ok = await run(["pipeline", "--db", fresh], { cwd: copy });
      expect(ok.code).toBe(0);
      expect(ok.stderr).not.toContain("warning");
      expect(JSON.parse((await run(["translate", "show", "anggaran-sekolah:1", "--json", "--db", fresh], { cwd: copy })).stdout).rendering)
        .toMatchObject({ text: "The government raises the school budget", status: "translated" });

      fs.rmSync(path.join(outside, "anggaran-sekolah.txt"));
      const fresh2 = path.join(copy, "again.db");
      const warned = await run(["pipeline", "--db", fresh2], { cwd: copy });
      expect(warned.code).toBe(0);
      expect(warned.stderr).toContain(`warning: translations/anggaran-sekolah.translations.txt: the article of 'anggaran-sekolah' was not found (${path.join(outside, "anggaran-sekolah.txt")}); its translations were not loaded\n`);
      expect(JSON.parse((await run(["translate", "show", "berita-banjir:1", "--json", "--db", fresh2], { cwd: copy })).stdout).rendering)
        .toMatchObject({ text: "Floods hit North Jakarta", status: "translated" });
    } finally {
      fs.rmSync(copy, { recursive: true, force: true });
    }
  });

  it("import checks what it would confirm (an error stores a draft, exit 1) and keeps the translations file in step", async () => {
    await cli(["pipeline"]);
    const tsv = path.join(outside, "other-tool.tsv");
    fs.writeFileSync(tsv, [
      "source\ttarget",
      "Pemerintah menyiapkan 1.500 paket bantuan.\tThe government prepared 1,500 aid packages.",
      "Bantuan itu tiba Rabu pagi.\tThe aid arrived on Wednesday morning, 3 days late.",
    ].join("\n") + "\n");
    const r = await cli(["import", tsv, "--json"]);
    expect(r.code).toBe(1);
    const result = JSON.parse(r.stdout);
    expect(result).toMatchObject({ created: 2, conflictCount: 0, documents: ["berita-banjir"] });
    expect(result.refused.map((x: { segments: string[] }) => x.segments)).toEqual([["berita-banjir:5"]]);
    expect((await show("berita-banjir:4")).rendering).toMatchObject({ status: "translated", origin: "imported" });
    expect((await show("berita-banjir:5")).rendering).toMatchObject({ status: "draft", origin: "imported" });
    const text = translationsFile("berita-banjir");
    expect(text).toContain("@ berita-banjir:4\nid: Pemerintah menyiapkan 1.500 paket bantuan.\nen: The government prepared 1,500 aid packages.\nstatus: translated\norigin: imported\n");
    expect(text).toContain("@ berita-banjir:5\nid: Bantuan itu tiba Rabu pagi.\nen: The aid arrived on Wednesday morning, 3 days late.\nstatus: draft\norigin: imported\n");
  });

  it("never writes over a translations file the database has never loaded (articles ingested, translations not imported)", async () => {
    await cli(["pipeline"]);
    await cli(["translate", "set", "berita-banjir:1", "Floods hit North Jakarta", "--translator", "Ani"]);
    const file = path.join(root, "translations", "berita-banjir.translations.txt");
    const shipped = fs.readFileSync(file, "utf8");
    // A second database on the same project: the articles ingested, the English on disk never read.
    const other = path.join(root, "other.db");
    expect((await run(["ingest", "corpus", "--db", other], { cwd: root })).code).toBe(0);
    const before = dumpDb(other);
    const r = await run(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani", "--db", other], { cwd: root });
    expect(r.code).toBe(2);
    // (named from the folder the command ran in, not as the absolute path no one typed)
    expect(r.stderr).toBe(`selaras: translations/berita-banjir.translations.txt holds English this database has never loaded: load it first with 'selaras translations import' (or npm start), then repeat the command; nothing was changed\n`);
    expect(dumpDb(other)).toBe(before);
    expect(fs.readFileSync(file, "utf8")).toBe(shipped);
    expect((await run(["translations", "import", "--db", other], { cwd: root })).code).toBe(0);
    expect((await run(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani", "--db", other], { cwd: root })).code).toBe(0);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("en: Floods hit North Jakarta\n");
    expect(text).toContain("en: Thousands of residents fled to nearby mosques and schools.\n");
  });

  it("never writes over a translations file changed on disk since the database read it (a colleague's records after git pull)", async () => {
    await cli(["pipeline"]);
    await cli(["translate", "set", "berita-banjir:1", "Floods hit North Jakarta", "--translator", "Ani"]);
    const file = path.join(root, "translations", "berita-banjir.translations.txt");
    const colleague = fs.readFileSync(file, "utf8") + "\n@ berita-banjir:2\nid: Hujan deras mengguyur Jakarta sejak Selasa malam.\nen: Heavy rain has lashed Jakarta since Tuesday night.\nstatus: translated\nauthor: Budi\ntime: 2026-12-01T10:00:00.000Z\n";
    fs.writeFileSync(file, colleague);
    const before = dumpDb(db);
    const r = await cli(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe(`selaras: translations/berita-banjir.translations.txt changed on disk since the database last read it (a git pull, a hand edit, or a save cut short when a command or the workbench was killed): load it first with 'selaras translations import' (or npm start; the workbench may go on running), then repeat the command; nothing was changed\n`);
    expect(dumpDb(db)).toBe(before);
    expect(fs.readFileSync(file, "utf8")).toBe(colleague);
    expect((await cli(["translations", "import"])).code).toBe(0);
    expect((await cli(["translate", "set", "berita-banjir:3", "Thousands of residents fled to nearby mosques and schools.", "--translator", "Ani"])).code).toBe(0);
    const text = fs.readFileSync(file, "utf8");
    expect(text).toContain("en: Heavy rain has lashed Jakarta since Tuesday night.\nstatus: translated\nauthor: Budi\n");
    expect(text).toContain("en: Thousands of residents fled to nearby mosques and schools.\nstatus: translated\nauthor: Ani\n");
  });

  it("re-running align --doc keeps a corrected pair and does not list it for review with the aligner's old English", async () => {
    await cli(["pipeline"]);
    const first = JSON.parse((await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt"), "--json", "--threshold", "0.5"])).stdout);
    const flagged = first.review[0];
    expect(flagged).toBeDefined();
    const ref = `berita-banjir:${flagged.segments.join("+")}`;
    const corrected = "A corrected English sentence written by a person.";
    expect((await cli(["translate", "set", ref, corrected, "--translator", "Ani", "--accept", "test: the English is a stand-in"])).code).toBe(0);
    const again = JSON.parse((await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt"), "--json", "--threshold", "0.5"])).stdout);
    expect(again.review.map((b: { segments: number[] }) => b.segments.join("+"))).not.toContain(flagged.segments.join("+"));
    expect(again.beads.find((b: { segments: number[] }) => b.segments.join("+") === flagged.segments.join("+"))).toMatchObject({ status: "kept", review: false });
    expect((await show(ref)).rendering.text).toBe(corrected);
    const text = (await cli(["align", "--doc", "berita-banjir", path.join(outside, "banjir.en.txt"), "--threshold", "0.5"])).stdout;
    expect(text).not.toContain(flagged.target);
  });
});

/** The translation session end to end: piped input, in-process and as a real child process. */
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import { openStore } from "../../src/store";
import { run, tempDir, REPO } from "../helpers/cli";
import { cliArgv } from "../e2e/children/cli";

const FIXTURE = path.join(__dirname, "../fixtures/translate/rapat-kabinet.txt");
const DOC = "rapat-kabinet";

describe("selaras translate (session)", () => {
  let dir: string;
  let db: string;
  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    expect((await run(["ingest", FIXTURE, "--db", db])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const show = async (ref: string) => JSON.parse((await run(["translate", "show", ref, "--db", db, "--json"])).stdout);

  it("walks the untranslated sentences, saves, propagates, skips, keeps notes, and stops at end of input", async () => {
    const input = [
      "The President arrived in Jakarta on Monday.",
      "He met the ministers at the palace.",
      ":skip",
      ":note checked against the budget law",
      "The ministers agreed to raise education funding by 15 percent.",
    ].join("\n") + "\n";
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("5 sentences to go in rapat-kabinet.");
    expect(r.stdout).toContain("[1/5] rapat-kabinet:1\n");
    expect(r.stdout).toContain("  » Presiden tiba di Jakarta pada hari Senin.\n");
    expect(r.stdout).toContain("  after:  Presiden tiba di Jakarta pada hari Senin.\n");
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:1\n  propagated to 1 identical sentence: rapat-kabinet:2\n");
    // The propagated sentence is not asked again: the walk moves on to the third one.
    expect(r.stdout).toContain("[2/4] rapat-kabinet:3\n  before: Presiden tiba di Jakarta pada hari Senin.\n");
    expect(r.stdout).toContain("  skipped rapat-kabinet:4\n");
    expect(r.stdout).toContain("  note kept for the next save of rapat-kabinet:5\n");
    expect(r.stdout).toContain("Session over: 3 translated, 1 skipped, 1 propagated to identical sentences.\n1 sentence still to translate.\n");
    expect((await show(`${DOC}:2`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday.", origin: "propagated", author: "Ani" });
    expect((await show(`${DOC}:4`)).rendering).toBeNull();
    expect((await show(`${DOC}:5`)).rendering).toMatchObject({ text: "The ministers agreed to raise education funding by 15 percent.", note: "checked against the budget law", status: "translated" });
  });

  it("says at the end that a note typed for a sentence left without English was not stored", async () => {
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: [":note ask the desk", ":q"].join("\n") + "\n" });
    expect(r.stdout).toContain("  note kept for the next save of rapat-kabinet:1\n");
    expect(r.stdout).toContain("Session over: nothing saved.\n1 note not stored: no English was saved for its unit.\n");
    const json = await run(["translate", DOC, "--db", db, "--json"], { stdin: ":note ask the desk\n" });
    expect(JSON.parse(json.stdout)).toMatchObject({ saved: 0, unsavedNotes: 1, reason: "end-of-input" });
  });

  it("':note' is recorded as a revision by the person who wrote it, not by the English's author", async () => {
    expect((await run(["translate", "set", `${DOC}:2`, "The President arrived in Jakarta on Monday.", "--db", db, "--translator", "Ani"])).code).toBe(0);
    expect((await show(`${DOC}:2`)).rendering).toMatchObject({ author: "Ani", note: null });
    const r = await run(["translate", `${DOC}:2`, "--all", "--db", db, "--translator", "Budi"], { stdin: [":note check the date", ":h", ":q"].join("\n") + "\n" });
    expect(r.code).toBe(0);
    expect((await show(`${DOC}:2`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday.", author: "Budi", note: "check the date" });
    // (`:h`: the note is Budi's revision, the English Ani's)
    expect(r.stdout).toMatch(/\n#1 {2}\S.*\S {2}Ani {2}translated\n {2}\{\+The President arrived in Jakarta on Monday\.\+\}\n#2 {2}\S.*\S {2}Budi {2}translated\n {2}The President arrived in Jakarta on Monday\.\n {4}note: check the date\n/);
    // (as in the workbench: the same note again makes no revision; a control character is refused, nothing stored)
    const again = await run(["translate", `${DOC}:2`, "--all", "--db", db, "--translator", "Citra"], { stdin: [":note check the date ", ":note bad\u001b[2Jnote", ":q"].join("\n") + "\n" });
    expect(again.code).toBe(0);
    expect(again.stdout).toContain("  note saved on rapat-kabinet:2\n");
    expect(again.stdout).toContain("  control character U+001B at character 4 (not text: a terminal escape, backspace...); type the note again\n");
    const history = await run(["history", `${DOC}:2`, "--db", db, "--json"]);
    expect((JSON.parse(history.stdout) as { revisions: Array<{ author: string; note: string | null }> }).revisions.map((v) => [v.author, v.note])).toEqual([["Ani", null], ["Budi", "check the date"]]);
  });

  it("shows findings of the checks on save; an error keeps the English as a draft (nothing lost); ':accept <reason>' confirms", async () => {
    const typed = "The ministers agreed to raise education funding by 50 percent.";
    const first = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: [":s", ":s", ":s", ":s", typed].join("\n") + "\n" });
    expect(first.code).toBe(1); // a confirmation refused by the checks and left as a draft
    expect(first.stdout).toMatch(/finding(s)?:\n {4}error number-mismatch: /);
    expect(first.stdout).toContain("  Type a new rendering to edit it, or ':accept <reason>' to save it as is.\n");
    expect(first.stdout).toContain("Session over: 4 skipped.\n1 English text kept as a draft: the checks refused to confirm it (findings above).\n");
    // never confirmed: kept as a draft, so nothing typed is lost
    expect((await show(`${DOC}:5`)).rendering).toMatchObject({ text: typed, status: "draft" });
    // (an English kept as a draft and nothing else: not "0 saved", as if it was lost; in Indonesian too)
    const only = await run(["translate", `${DOC}:5`, "--db", db, "--translator", "Ani"], { stdin: "Funding rose by 50 percent.\n" });
    expect(only.stdout).toContain("\nSession over: nothing confirmed.\n1 English text kept as a draft: the checks refused to confirm it (findings above).\n");
    const id = await run(["translate", `${DOC}:5`, "--db", db, "--translator", "Ani", "--lang", "id"], { stdin: "Funding rose by 50 percent.\n" });
    expect(id.stdout).toContain("\nSesi selesai: tidak ada yang dikonfirmasi.\n1 terjemahan disimpan sebagai draf: pemeriksaan menolak mengonfirmasinya (temuan di atas).\n");
    const skipped = await run(["translate", DOC, "--db", db, "--lang", "id"], { stdin: ":s\n:s\n:q\n" });
    expect(skipped.stdout).toContain("\nSesi selesai: 2 dilewati.\n");

    const second = await run(["translate", DOC, "--db", db, "--translator", "Ani"], {
      stdin: [":s", ":s", ":s", ":s", typed, ":accept", ":accept the minister said fifty"].join("\n") + "\n",
    });
    expect(second.stdout).toContain("  ':accept' needs a short reason");
    expect(second.stdout).toContain("  ✓ saved rapat-kabinet:5\n");
    expect((await show(`${DOC}:5`)).rendering).toMatchObject({ text: typed, note: "the minister said fifty", status: "translated" });
    expect(second.stdout).toContain("Session over: 1 translated, 4 skipped.");
  });

  it("offers translation-memory matches with the word difference, and uses one with ':tm N'", async () => {
    await run(["translate", "set", `${DOC}:4`, "The meeting discussed the state budget for next year.", "--db", db, "--translator", "Budi"]);
    const other = path.join(dir, "rapat-lain.txt");
    fs.writeFileSync(other, "Rapat lain.\n\nPertemuan itu membahas anggaran daerah untuk tahun depan.\n");
    await run(["ingest", other, "--db", db]);
    // ':tm 1' puts the match into the line; piped, an empty line takes it as it is
    const r = await run(["translate", "rapat-lain", "--db", db, "--translator", "Ani"], { stdin: ":s\n:tm 1\n\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  translation memory:\n    1. [88%] The meeting discussed the state budget for next year.\n       Pertemuan itu membahas anggaran [-negara-]{+daerah+} untuk tahun depan.\n");
    expect(r.stdout).toContain("  translation-memory match 1 put into the line: The meeting discussed the state budget for next year.\n"
      + "  an empty line saves it as it is; any other line replaces it.\n  ✓ saved rapat-lain:2\n");
    expect((await show("rapat-lain:2")).rendering).toMatchObject({ text: "The meeting discussed the state budget for next year.", origin: "manual", author: "Ani" });
  });

  it("shows aligned renderings for confirmation (':ok' → translated), joins with the next sentence, prints help and history", async () => {
    const store = openStore(db);
    const doc = store.documents.bySlug(DOC)!;
    const seg3 = store.documents.segmentByOrdinal(doc.id, 3)!;
    store.transaction(() => store.renderings.create({ segmentIds: [seg3.id], text: "He met ministers in the palace.", sourceText: seg3.text, status: "aligned", origin: "aligned", author: "aligner", score: 0.91, now: "2026-01-01T00:00:00.000Z" }));
    store.close();
    const input = [":help", ":s", ":s", ":ok", ":join", "The meeting discussed next year's state budget, and the ministers agreed to raise education funding by 15 percent.", ":q"].join("\n") + "\n";
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani", "--no-propagate"], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("  :tm N                put translation-memory match N into the line to edit (its numbers\n");
    expect(r.stdout).toContain("  :g N                 put the rendering of glossary term N into the line (Tab completes them)\n");
    expect(r.stdout).toContain("  current (aligned, aligned, by aligner): He met ministers in the palace.\n  ':ok' confirms it as translated; typing replaces it.\n");
    expect(r.stdout).toContain("  ✓ confirmed rapat-kabinet:3\n");
    expect(r.stdout).toContain("  joined: rapat-kabinet:4+5\n");
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:4+5\n");
    // (the summary names what each count is: typed and confirmed, or confirmed with :ok)
    expect(r.stdout).toContain("\nSession over: 1 translated, 1 confirmed with :ok, 2 skipped.\n");
    expect((await show(`${DOC}:3`)).rendering).toMatchObject({ status: "translated", origin: "manual", text: "He met ministers in the palace." });
    const joined = await show(`${DOC}:4+5`);
    expect(joined.ref).toBe(`${DOC}:4+5`);
    expect(joined.rendering.sourceText).toBe("Pertemuan itu membahas anggaran negara untuk tahun depan. Para menteri sepakat menambah dana pendidikan sebesar 15 persen.");
    const h = await run(["history", `${DOC}:3`, "--db", db], { env: { TZ: "UTC" } });
    const lines = h.stdout.split("\n");
    expect(lines[0]).toBe(`${DOC}:3: rendering #1, 2 revisions`);
    expect(lines[1]).toBe("#1  Jan 1, 2026, 12:00 AM UTC  aligner  aligned");
    expect(lines[3]).toMatch(/^#2 {2}\S.*\S {2}Ani {2}translated$/);
    expect(h.stdout.split("\n").filter((l) => l.startsWith("  "))).toEqual([
      "  {+He met ministers in the palace.+}",
      "  He met ministers in the palace.",
    ]);
  });

  it("in a terminal: a text pasted over two lines is one rendering; Ctrl-C mid-sentence keeps the line; twice quits, keeping it as a draft", async () => {
    const keys = new PassThrough();
    const screen = new PassThrough();
    let drawn = "";
    screen.on("data", (d) => { drawn += String(d); });
    const session = run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: keys, stdinIsTTY: true, isTTY: true, terminal: screen });
    const type = async (k: string) => { keys.write(k); await new Promise((r) => setTimeout(r, 20)); };
    // a rendering copied from a document wrapped over two lines: pasted, then Enter
    await type("\x1b[200~The President arrived in Jakarta\r\non Monday.\r\n\x1b[201~");
    await type("\r");
    // half a sentence, then Ctrl-C: the line stays, with a word on what a second Ctrl-C does
    await type("He met the ministers");
    await type("\x03");
    await type(" at the palace.\r");
    await type("The meeting discussed");
    await type("\x03");
    await type("\x03");
    const r = await session;
    expect(r.code).toBe(0);
    const plain = r.stdout.replace(/\x1b\[[0-9;]*m/g, "");
    expect(plain).toContain("  ✓ saved rapat-kabinet:1\n");
    expect(plain).toContain("  ✓ saved rapat-kabinet:3\n");
    expect(plain).toContain("  ✓ saved rapat-kabinet:1\n  propagated to 1 identical sentence: rapat-kabinet:2\n");
    expect(plain).toContain("Session over: 2 translated, 1 propagated to identical sentences, 1 kept as a draft.\n2 sentences still to translate.\n");
    expect(drawn.split("  Ctrl-C again quits, keeping the line you are typing as a draft; Enter saves it.\n").length - 1).toBe(2);
    expect((await show(`${DOC}:1`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday.", status: "translated" });
    expect((await show(`${DOC}:2`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday.", origin: "propagated" });
    expect((await show(`${DOC}:3`)).rendering).toMatchObject({ text: "He met the ministers at the palace.", status: "translated" });
    // the line left at the second Ctrl-C is a draft of that sentence: the next session starts there, ':e' takes it up
    expect(plain).toContain("  kept as a draft of rapat-kabinet:4 (not confirmed; ':edit' takes it up next time): The meeting discussed\n");
    expect((await show(`${DOC}:4`)).rendering).toMatchObject({ text: "The meeting discussed", status: "draft", author: "Ani" });
    const keys2 = new PassThrough();
    const back = run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: keys2, stdinIsTTY: true, isTTY: true, terminal: new PassThrough().resume() });
    for (const k of [":e\r", " the state budget for next year.", "\r", ":q\r"]) { keys2.write(k); await new Promise((r) => setTimeout(r, 20)); }
    const r2 = await back;
    const plain2 = r2.stdout.replace(/\x1b\[[0-9;]*m/g, "");
    expect(plain2).toContain("[1/2] rapat-kabinet:4\n");
    expect(plain2).toContain("  current (draft, manual, by Ani): The meeting discussed\n");
    expect(plain2).toContain("  ✓ saved rapat-kabinet:4\n");
    expect((await show(`${DOC}:4`)).rendering).toMatchObject({ text: "The meeting discussed the state budget for next year.", status: "translated" });
  });

  it("in a terminal: a 94 KB paste is stored as the rendering, exactly; a paste over 100,000 characters is refused, in both languages, the line kept", async () => {
    const who = ["ministers", "governors", "regents", "mayors", "envoys", "generals", "judges"];
    const lines = Array.from({ length: 1500 }, (_, i) => `The President arrived in Jakarta on Monday, with\tthe ${who[i % who.length]}.`);
    const pasted = `\x1b[200~${lines.join("\r\n")}\r\n\x1b[201~`;
    expect(pasted.length).toBeGreaterThan(90_000);
    expect(lines.join(" ").length).toBeLessThanOrEqual(100_000);
    const keys = new PassThrough();
    const session = run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: keys, stdinIsTTY: true, isTTY: true, terminal: new PassThrough().resume() });
    const type = async (k: string) => { keys.write(k); await new Promise((r) => setTimeout(r, 20)); };
    // as a terminal sends it: 4 KB at a time
    for (let at = 0; at < pasted.length; at += 4096) keys.write(pasted.slice(at, at + 4096));
    await type("\r");
    await type(":q\r");
    const r = await session;
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toContain("  ✓ saved rapat-kabinet:1\n");
    expect((await show(`${DOC}:1`)).rendering.text).toBe(lines.join(" ").replace(/\t/g, " "));

    for (const [lang, said] of [
      ["en", "  Paste not taken: it is 100,001 characters long, more than the 100,000 a line takes; the line is as it was.\n"],
      ["id", "  Tempelan tidak dimasukkan: panjangnya 100.001 karakter, lebih dari 100.000 yang muat dalam satu baris; baris tetap seperti semula.\n"],
    ]) {
      const keys2 = new PassThrough();
      const screen = new PassThrough();
      let drawn = "";
      screen.on("data", (d) => { drawn += String(d); });
      const again = run(["translate", `${DOC}:3`, "--db", db, "--translator", "Ani", "--lang", lang], { stdin: keys2, stdinIsTTY: true, isTTY: true, terminal: screen });
      await new Promise((r) => setTimeout(r, 20));
      keys2.write("He met ");
      const huge = `\x1b[200~${"x".repeat(100_001)}\x1b[201~`;
      for (let at = 0; at < huge.length; at += 65536) keys2.write(huge.slice(at, at + 65536));
      await new Promise((r) => setTimeout(r, 20));
      keys2.write("the ministers.\r");
      await new Promise((r) => setTimeout(r, 20));
      keys2.write(":q\r");
      const r2 = await again;
      expect(r2.code).toBe(0);
      expect(drawn).toContain(`\n${said}`);
      expect((await show(`${DOC}:3`)).rendering).toMatchObject({ text: "He met the ministers.", status: "translated" });
    }
  });

  it("typed at a terminal with the output piped (| tee log): the line editor draws on standard error, standard output stays plain", async () => {
    const keys = new PassThrough();
    const screen = new PassThrough();
    let drawn = "";
    screen.on("data", (d) => { drawn += String(d); });
    const session = run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: keys, stdinIsTTY: true, isTTY: false, isErrTTY: true, terminal: screen });
    for (const k of ["\x1b[200~The President arrived\r\nin Jakarta on Monday.\x1b[201~", "\r", ":q\r"]) { keys.write(k); await new Promise((r) => setTimeout(r, 20)); }
    const r = await session;
    expect(r.code).toBe(0);
    expect(r.stdout).not.toContain("\x1b");
    expect(r.stdout).not.toContain("en> ");
    expect(r.stdout).toContain("[1/5] rapat-kabinet:1\n  » Presiden tiba di Jakarta pada hari Senin.\n");
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:1\n");
    expect(drawn.replace(/\x1b\[[0-9;?]*[A-Za-z]/g, "")).toContain("en> The President arrived in Jakarta on Monday.");
    expect((await show(`${DOC}:1`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday." });
  });

  it("in a terminal: Ctrl-C twice on a sentence with confirmed English leaves it as it was and prints the line", async () => {
    await run(["translate", "set", `${DOC}:5`, "The ministers agreed to raise education funding by 15 percent.", "--db", db, "--translator", "Budi"]);
    const keys = new PassThrough();
    const session = run(["translate", `${DOC}:5`, "--db", db, "--translator", "Ani"], { stdin: keys, stdinIsTTY: true, isTTY: true, terminal: new PassThrough().resume() });
    for (const k of ["The ministers agreed", "\x03", "\x03"]) { keys.write(k); await new Promise((r) => setTimeout(r, 20)); }
    const r = await session;
    expect(r.code).toBe(0);
    expect(r.stdout.replace(/\x1b\[[0-9;]*m/g, "")).toContain("  not saved (rapat-kabinet:5 has confirmed English, kept as it was): The ministers agreed\n");
    expect((await show(`${DOC}:5`)).rendering).toMatchObject({ text: "The ministers agreed to raise education funding by 15 percent.", status: "translated", author: "Budi" });
  });

  it("on a terminal colours its output unless NO_COLOR is set; without colour a difference is marked [-…-]{+…+}", async () => {
    await run(["translate", "set", `${DOC}:3`, "He met ministers at the palace.", "--db", db, "--translator", "Budi"]);
    await run(["translate", "set", `${DOC}:3`, "He met the ministers at the palace.", "--db", db, "--translator", "Budi"]);
    const args = ["translate", `${DOC}:3`, "--db", db, "--translator", "Ani"];
    const coloured = await run(args, { isTTY: true, stdin: ":history\n:q\n" });
    expect(coloured.stdout).toContain("\x1b[1m[3/5] rapat-kabinet:3");
    const plain = await run(args, { isTTY: true, stdin: ":history\n:q\n", env: { NO_COLOR: "1" } });
    expect(plain.stdout).not.toContain("\x1b");
    expect(plain.stdout).toContain("\n[3/5] rapat-kabinet:3\n  before: Presiden tiba di Jakarta pada hari Senin.\n");
    expect(plain.stdout).toContain("  He met {+the +}ministers at the palace.\n");
    // NO_COLOR set but empty does not count (no-color.org)
    expect((await run(args, { isTTY: true, stdin: ":q\n", env: { NO_COLOR: "" } })).stdout).toContain("\x1b[1m");
    const status = await run(["status", DOC, "--db", db], { isTTY: true, env: { NO_COLOR: "1" } });
    expect(status.stdout).not.toContain("\x1b");
    expect(status.stdout).toContain("rapat-kabinet  ████░░░░░░░░░░░░░░░░  1/5 translated (20.0%)");
  });

  it("keeps the translations/ file byte for byte what an export writes, save after save (kept record texts)", async () => {
    const other = path.join(dir, "rapat-lain.txt");
    fs.writeFileSync(other, "Rapat lain.\n\nPresiden tiba di Jakarta pada hari Senin.\n\nPertemuan itu membahas anggaran daerah untuk tahun depan.\n");
    await run(["ingest", other, "--db", db]);
    const file = path.join(dir, "translations", `${DOC}.translations.txt`);
    const input = [
      "The President arrived in Jakarta on Monday.", // propagated to :2 and to rapat-lain:2
      ":note palace visit",
      "He met the ministers at the palace.",
      "The meeting discussed the state budget for next year.",
      "The ministers agreed to raise education funding by 50 percent.", // refused: a draft
      "The ministers agreed to raise education funding by 15 percent.",
    ].join("\n") + "\n";
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: input });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("Session over: 4 translated, 2 propagated to identical sentences.\n");
    const after = fs.readFileSync(file, "utf8");
    const first = path.join(dir, "exported-first");
    await run(["translations", "export", "--db", db, "--out", first]);
    expect(after).toBe(fs.readFileSync(path.join(first, `${DOC}.translations.txt`), "utf8"));
    const again = await run(["translate", `${DOC}:3`, "--all", "--db", db, "--translator", "Budi"], { stdin: ":join\nHe met the ministers at the palace. The meeting discussed next year's state budget.\n:q\n" });
    expect(again.stdout).toContain("  joined: rapat-kabinet:3+4\n");
    const out = path.join(dir, "exported");
    await run(["translations", "export", "--db", db, "--out", out]);
    expect(fs.readFileSync(file, "utf8")).toBe(fs.readFileSync(path.join(out, `${DOC}.translations.txt`), "utf8"));
    expect(fs.readFileSync(path.join(dir, "translations", "rapat-lain.translations.txt"), "utf8")).toBe(fs.readFileSync(path.join(out, "rapat-lain.translations.txt"), "utf8"));
    expect(after).toContain("@ rapat-kabinet:1\nid: Presiden tiba di Jakarta pada hari Senin.\nen: The President arrived in Jakarta on Monday.\n");
    expect(after).toContain("en: The ministers agreed to raise education funding by 15 percent.\nstatus: translated\n");
  });

  it("on a narrow terminal wraps the sentences at words, under the text after their label; piped, it never wraps", async () => {
    const args = ["translate", `${DOC}:5`, "--db", db, "--translator", "Ani"];
    const narrow = await run(args, { isTTY: true, columns: 40, env: { NO_COLOR: "1" }, stdin: "The ministers agreed to raise education funding by 50 percent.\n:q\n" });
    expect(narrow.stdout).toContain([
      "[5/5] rapat-kabinet:5",
      "  before: Pertemuan itu membahas",
      "          anggaran negara untuk tahun",
      "          depan.",
      "  » Para menteri sepakat menambah dana",
      "    pendidikan sebesar 15 persen.",
    ].join("\n") + "\n");
    expect(narrow.stdout).toContain([
      "  2 findings:",
      "    error number-mismatch: “15 persen”",
      "    from the source is missing or",
      "    different in the target.",
    ].join("\n") + "\n");
    const piped = await run(args, { isTTY: false, columns: 40, stdin: ":q\n" });
    expect(piped.stdout).toContain("  before: Pertemuan itu membahas anggaran negara untuk tahun depan.\n");
  });

  it("':go N' goes back to a sentence translated earlier, and once it is saved the walk resumes where it was", async () => {
    await run(["translate", "set", `${DOC}:1`, "The president arrived in Jakarta on Monday.", "--db", db, "--translator", "Budi"]);
    const input = [
      "He met the ministers at the palace.",
      ":go 1",
      "The President arrived in Jakarta on Monday.",
      ":go 99",
      ":go nowhere:1",
      ":go 5",
      ":q",
    ].join("\n") + "\n";
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: input });
    expect(r.code).toBe(0);
    // (sentences 1 and 2 are translated: the walk is 3, 4, 5) sentence 1 is added to the walk, shown with its English
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:3\n\n[2/3] rapat-kabinet:4\n");
    expect(r.stdout).toContain("[1/4] rapat-kabinet:1\n  » Presiden tiba di Jakarta pada hari Senin.\n");
    expect(r.stdout).toContain("[1/4] rapat-kabinet:1\n  » Presiden tiba di Jakarta pada hari Senin.\n  after:  Presiden tiba di Jakarta pada hari Senin.\n"
      + "  current (translated, manual, by Budi): The president arrived in Jakarta on Monday.\n"); // (not its propagated copy as a match)
    // saved (and propagated to :2), then back to sentence 4, where the translator was
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:1\n  propagated to 1 identical sentence: rapat-kabinet:2\n\n[3/4] rapat-kabinet:4\n");
    expect(r.stdout).toContain("  no unit '99' to go to in this session (':go 12' for the unit of segment 12 of this document, ':go <document>:12')\n");
    expect(r.stdout).toContain("  no unit 'nowhere:1' to go to in this session");
    expect(r.stdout).toContain("[4/4] rapat-kabinet:5\n");
    expect((await show(`${DOC}:1`)).rendering).toMatchObject({ text: "The President arrived in Jakarta on Monday.", author: "Ani" });
  });

  it("':go N' forward to a sentence translated before comes back, once it is saved, to the sentence the translator was at", async () => {
    await run(["translate", "set", `${DOC}:5`, "The ministers agreed to raise education funding by 50 percent.", "--db", db, "--translator", "Budi", "--status", "draft"]);
    await run(["translate", "set", `${DOC}:5`, "The ministers agreed to raise education funding by 15 percent.", "--db", db, "--translator", "Budi"]);
    await run(["translate", "set", `${DOC}:1`, "The President arrived in Jakarta on Monday.", "--db", db, "--translator", "Budi"]);
    // (sentences 1, 2 and 5 are translated: the walk is 3, 4)
    const r = await run(["translate", DOC, "--db", db, "--translator", "Ani"], { stdin: [":go 5", "The ministers agreed to add 15 percent to education funding.", ":q"].join("\n") + "\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("[1/2] rapat-kabinet:3\n");
    expect(r.stdout).toContain("[3/3] rapat-kabinet:5\n");
    // saved, then back to sentence 3, not past the end of the walk
    expect(r.stdout).toContain("  ✓ saved rapat-kabinet:5\n\n[1/3] rapat-kabinet:3\n");
    expect((await show(`${DOC}:5`)).rendering).toMatchObject({ text: "The ministers agreed to add 15 percent to education funding.", author: "Ani" });
  });

  it("in Indonesian (--lang id) names states, origins and severities in Indonesian too", async () => {
    await run(["translate", "set", `${DOC}:1`, "The President arrived in Jakarta on Monday.", "--db", db, "--translator", "Budi"]);
    const r = await run(["translate", `${DOC}:1`, "--db", db, "--lang", "id", "--translator", "Ani"], {
      stdin: ":history\nThe President arrived in Jakarta on Tuesday at 5.\n:q\n",
    });
    expect(r.stdout).toContain("  saat ini (diterjemahkan, manual, oleh Budi): The President arrived in Jakarta on Monday.\n");
    expect(r.stdout).toMatch(/\n#1 {2}\S.*\S {2}Budi {2}diterjemahkan\n/);
    expect(r.stdout).toMatch(/\n {4}kesalahan number-mismatch: /);
    expect(r.stdout).not.toMatch(/\n {4}(error|warning) /);
    const show = await run(["translate", "show", `${DOC}:2`, "--db", db, "--lang", "id"]);
    expect(show.stdout).toMatch(/ {2}terjemahan #\d+, diterjemahkan, disebarkan, oleh Budi pada /);
  });

  it("works as a real child process with piped standard input", () => {
    const p = spawnSync(process.execPath, [...cliArgv(), "translate", DOC, "--db", db, "--translator", "Ani"], {
      cwd: REPO, input: "The President arrived in Jakarta on Monday.\n:q\n", encoding: "utf8", env: { ...process.env, LANG: "en_US.UTF-8" }, timeout: 60000,
    });
    expect(p.stderr).toBe("");
    expect(p.status).toBe(0);
    expect(p.stdout).toContain("  ✓ saved rapat-kabinet:1\n");
    expect(p.stdout).toContain("Session over: 1 translated, 1 propagated to identical sentences.");
    const store = openStore(db);
    expect(store.renderings.count()).toBe(2);
    store.close();
  });
});

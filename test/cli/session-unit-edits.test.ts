/**
 * The session's unit edits as a translator uses them when the splitter got a sentence wrong:
 * `:join` (and `:join` on the first part of a split: the sentence again), `:unjoin`, `:split <words|N>`
 * with its preview and 'y'; refusals worded in both languages; the stored units, the English, the
 * translations/ file, and `npm start` on a fresh copy of the project giving the same units.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { run, tempDir } from "../helpers/cli";

const DOC = "polsek";
// :2/:3 an abbreviation cut ("AKP."), :5 two sentences the splitter missed (no full stop between them)
const ARTICLE = [
  "Pencurian di Pasar Baru",
  "Menurut Kapolsek AKP. Budi Santoso kejadian itu terjadi malam hari. Polisi masih menyelidiki kasus itu.",
  "Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan mereka membawa kabur uang tunai.",
  "Kerugian ditaksir Rp 50 juta.",
].join("\n\n") + "\n";
const RUN_ON = "Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan mereka membawa kabur uang tunai.";
const AT = RUN_ON.indexOf("mereka");

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-session-edits-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const session = (lines: string[], args: string[] = []) => run(["translate", DOC, "--translator", "Ani", ...args], { cwd: dir, stdin: lines.join("\n") + "\n" });
const file = () => fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
function unitsIn(project: string) {
  const store = openStore(path.join(project, "selaras.db"));
  try { return documentUnits(store, DOC).map((u) => ({ ref: u.ref, source: u.source, target: u.target, state: u.state, stale: u.stale })); } finally { store.close(); }
}
/** `npm start` on a fresh copy of the project folder (corpus/ and translations/ only, no database). */
async function rebuilt() {
  const copy = tempDir("selaras-session-edits-copy-");
  try {
    for (const d of ["corpus", "translations"]) fs.cpSync(path.join(dir, d), path.join(copy, d), { recursive: true });
    const r = await run(["pipeline"], { cwd: copy });
    expect(r.code).toBe(0);
    return unitsIn(copy);
  } finally { fs.rmSync(copy, { recursive: true, force: true }); }
}

it("joins a wrong cut, refuses a cut where it was joined, unjoins and joins again; splits a missed cut after a preview; ':join' on the first part makes it one sentence again; the file and a rebuild agree", async () => {
  const r = await session([
    "Theft at Pasar Baru",
    ":join",
    ":split Budi",
    ":unjoin",
    ":j",
    "According to police chief AKP Budi Santoso, the incident happened at night.",
    "Police are still investigating the case.",
    ":split mer",
    ":split mereka",
    "n",
    ":split mereka",
    "y",
    "The thieves came in through the shop roof while the guard slept at the front post.",
    "They made off with the cash.",
    ":go 5",
    ":join",
    ":q",
  ]);
  expect(r.code).toBe(0);
  expect(r.stdout).toContain("  joined: polsek:2+3\n\n[2/5] polsek:2+3\n");
  expect(r.stdout).toContain('  cannot split: polsek:2+3: the cut at 22 is where two joined segments meet; unjoin the unit instead\n');
  expect(r.stdout).toContain("  unjoined polsek:2+3 → polsek:2, polsek:3\n\n[2/6] polsek:2\n");
  expect(r.stdout).toContain("  ✓ saved polsek:2+3\n\n[3/5] polsek:4\n");
  expect(r.stdout).toContain('  cannot split: "mer" is not in polsek:5 as whole words: give the words that start the second part\n');
  const preview = "  split polsek:5 here?\n    Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan\n    ✂\n    mereka membawa kabur uang tunai.\n";
  expect(r.stdout).toContain(`${preview}  not split: polsek:5 is as it was\n`);
  expect(r.stdout).toContain(`${preview}  split: polsek:5 and polsek:6 (':join' on the first puts them together again)\n\n[4/6] polsek:5\n  before: Polisi masih menyelidiki kasus itu.\n  » Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan\n  after:  mereka membawa kabur uang tunai.\n`);
  expect(r.stdout).toContain("  ✓ saved polsek:5\n\n[5/6] polsek:6\n");
  expect(r.stdout).toContain("  joined: polsek:5 is one sentence again (the split is undone)\n  the English of both is one text of polsek:5 now: check that it reads as one\n\n[4/5] polsek:5\n");
  // (piped input: the prompt of the split's question is not printed; the answers are read like any line)
  const units = unitsIn(dir);
  expect(units.map((u) => [u.ref, u.source, u.target, u.state, u.stale])).toEqual([
    ["polsek:1", "Pencurian di Pasar Baru", "Theft at Pasar Baru", "translated", false],
    ["polsek:2+3", "Menurut Kapolsek AKP. Budi Santoso kejadian itu terjadi malam hari.", "According to police chief AKP Budi Santoso, the incident happened at night.", "translated", false],
    ["polsek:4", "Polisi masih menyelidiki kasus itu.", "Police are still investigating the case.", "translated", false],
    ["polsek:5", RUN_ON, "The thieves came in through the shop roof while the guard slept at the front post. They made off with the cash.", "translated", false],
    ["polsek:6", "Kerugian ditaksir Rp 50 juta.", null, "untranslated", false],
  ]);
  // both parts' histories are kept in the one rendering
  const h = await run(["history", `${DOC}:5`, "--json"], { cwd: dir });
  expect((JSON.parse(h.stdout) as { revisions: Array<{ text: string }> }).revisions.map((x) => x.text)).toEqual([
    "The thieves came in through the shop roof while the guard slept at the front post.",
    "They made off with the cash.",
    "The thieves came in through the shop roof while the guard slept at the front post. They made off with the cash.",
  ]);
  expect(file()).not.toContain("@ split");
  expect(file()).toContain("@ polsek:2+3\nid: Menurut Kapolsek AKP. Budi Santoso kejadian itu terjadi malam hari.\nen: According to police chief AKP Budi Santoso, the incident happened at night.\n");
  expect(await rebuilt()).toEqual(units);
});

it("splits a translated sentence: its English goes to the two parts as drafts (as unjoin sends it), the split is in the file, and a rebuild gives the same units", async () => {
  const english = "The thieves came in through the shop roof while the guard slept at the front post. They made off with the cash.";
  expect((await run(["translate", "set", `${DOC}:5`, english, "--translator", "Ani"], { cwd: dir })).code).toBe(0);
  const r = await session([":go 5", `:split ${AT}`, "y", ":q"]);
  expect(r.stdout).toContain("  split: polsek:5 and polsek:6 (':join' on the first puts them together again)\n  polsek:5 has English as a draft: check it, then ':ok' confirms it\n  polsek:6 has English as a draft: check it, then ':ok' confirms it\n");
  const units = unitsIn(dir);
  expect(units.slice(4, 6)).toEqual([
    { ref: "polsek:5", source: "Pencuri masuk lewat atap toko sementara penjaga toko tidur di pos depan", target: "The thieves came in through the shop roof while the guard slept at the front post.", state: "draft", stale: false },
    { ref: "polsek:6", source: "mereka membawa kabur uang tunai.", target: "They made off with the cash.", state: "draft", stale: false },
  ]);
  expect(file()).toContain(`@ split polsek:5 ${AT}\nid: ${RUN_ON}\n`);
  expect(await rebuilt()).toEqual(units);
});

it("refuses, saying why, in Indonesian too: a cut inside a word, words found twice, ':split' without a place, ':unjoin' of a single sentence, ':join' at the end", async () => {
  const r = await session([":go 5", ":split 70", ":split toko", ":split", ":unjoin", ":go 6", ":join", ":q"]);
  expect(r.stdout).toContain('  cannot split: polsek:5: the cut at 70 falls inside the word "depan" (depa|n): cut between two words\n');
  expect(r.stdout).toContain('  cannot split: "toko" is in polsek:5 2 times: give more words, or the character offset\n');
  expect(r.stdout).toContain("  cannot split: say where: ':split <the words that start the second part>' or ':split <character offset>'\n");
  expect(r.stdout).toContain("  cannot unjoin: polsek:5 is not joined with another segment: nothing to unjoin\n");
  expect(r.stdout).toContain("  cannot join: polsek:6 is the last sentence of the document: there is nothing after it to join\n");
  const id = await session([":go 5", ":split 70", ":split mereka", "ya", ":q"], ["--lang", "id"]);
  expect(id.stdout).toContain('  tidak dapat dipisah: polsek:5: titik potong 70 berada di dalam kata "depan" (depa|n): potong di antara dua kata\n');
  expect(id.stdout).toContain("  pisahkan polsek:5 di sini?\n");
  expect(id.stdout).toContain("  dipisah: polsek:5 dan polsek:6 (':join' pada bagian pertama menyatukannya kembali)\n");
  expect(unitsIn(dir).map((u) => u.ref)).toEqual(["polsek:1", "polsek:2", "polsek:3", "polsek:4", "polsek:5", "polsek:6", "polsek:7"]);
});

it("lists the new commands in ':help'", async () => {
  const r = await session([":help", ":q"]);
  expect(r.stdout).toContain("  :unjoin, :u          undo a join: the segments become units of their own, each with its\n");
  expect(r.stdout).toContain("  :split <words|N>     split this unit before <words> (or at character N); shows the two\n");
});

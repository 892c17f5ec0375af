/**
 * Undoing a split by joining its parts (`segments join`), refusing a cut inside a word, and where a
 * person's `:split <words>` cuts (findSplitPoint) or a caret inside a word cuts (the workbench's wordEdge).
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { findSplitPoint } from "../../src/app/segments";
import { wordEdge } from "../../src/web/client/views/editor/cut";
import { run, tempDir } from "../helpers/cli";

const DOC = "harga";
const LONG = "Harga beras naik di pasar induk sejak pekan lalu pedagang mengeluhkan pasokan yang seret dari daerah.";
const AT = LONG.indexOf("pedagang");

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-unsplit-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), `Harga Beras Naik\n\n${LONG} Pemerintah berjanji menambah stok.\n`);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => run([...args, "--translator", "Ani"], { cwd: dir });
const units = (project = dir) => {
  const store = openStore(path.join(project, "selaras.db"));
  try { return documentUnits(store, DOC).map((u) => [u.ref, u.source, u.target, u.state, u.stale]); } finally { store.close(); }
};
const file = () => fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
async function rebuilt() {
  const copy = tempDir("selaras-unsplit-copy-");
  try {
    for (const d of ["corpus", "translations"]) fs.cpSync(path.join(dir, d), path.join(copy, d), { recursive: true });
    expect((await run(["pipeline"], { cwd: copy })).code).toBe(0);
    return units(copy);
  } finally { fs.rmSync(copy, { recursive: true, force: true }); }
}

it("a rendered sentence split with `segments split` (its English covering both parts) and joined again is the one sentence it was, with its English and status; the file and a rebuild agree", async () => {
  const english = "Rice prices have risen at the main market since last week, and traders complain of thin supplies from the regions.";
  expect((await cli(["translate", "set", `${DOC}:2`, english])).code).toBe(0);
  const before = units();
  const split = await cli(["segments", "split", `${DOC}:2`, String(AT), "--json"]);
  expect(split.code).toBe(0);
  expect(units()[1]).toEqual([`${DOC}:2+3`, `${LONG.slice(0, AT).trimEnd()} ${LONG.slice(AT)}`, english, "translated", false]);
  expect(file()).toContain(`@ split ${DOC}:2 ${AT}\n`);
  const join = await cli(["segments", "join", `${DOC}:2`, `${DOC}:3`, "--json"]);
  expect(join.code).toBe(0);
  expect(JSON.parse(join.stdout)).toMatchObject({ ref: `${DOC}:2`, source: LONG, unsplit: true, merged: [] });
  expect(units()).toEqual(before);
  expect(file()).not.toContain("@ split");
  expect(await rebuilt()).toEqual(before);
  // the words of the human output
  const again = await cli(["segments", "split", `${DOC}:2`, String(AT)]);
  expect(again.stdout).toContain(`split into ${DOC}:2 and ${DOC}:3\n`);
});

it("two untranslated parts joined again: one segment (no join record), the ordinals after it closed up", async () => {
  expect((await cli(["segments", "split", `${DOC}:2`, String(AT)])).code).toBe(0);
  expect(units().map((u) => u[0])).toEqual([`${DOC}:1`, `${DOC}:2`, `${DOC}:3`, `${DOC}:4`]);
  expect((await cli(["translate", "set", `${DOC}:4`, "The government promised to add to stocks."])).code).toBe(0);
  expect((await cli(["segments", "join", `${DOC}:2`, `${DOC}:3`])).stdout).toBe(`joined: ${DOC}:2\n  ${LONG}\n`);
  expect(units()).toEqual([
    [`${DOC}:1`, "Harga Beras Naik", null, "untranslated", false],
    [`${DOC}:2`, LONG, null, "untranslated", false],
    [`${DOC}:3`, "Pemerintah berjanji menambah stok.", "The government promised to add to stocks.", "translated", false],
  ]);
  expect(file()).not.toContain(`${DOC}:2+`);
  expect(await rebuilt()).toEqual(units());
});

it("refuses a cut inside a word (exit 2, naming the word, in both languages), and changes nothing", async () => {
  const inside = AT + 3;
  const r = await cli(["segments", "split", `${DOC}:2`, String(inside)]);
  expect([r.code, r.stderr]).toEqual([2, `selaras: ${DOC}:2: the cut at ${inside} falls inside the word "pedagang" (ped|agang): cut between two words\n`]);
  const id = await cli(["segments", "split", `${DOC}:2`, String(inside), "--lang", "id"]);
  expect(id.stderr).toBe(`selaras: ${DOC}:2: titik potong ${inside} berada di dalam kata "pedagang" (ped|agang): potong di antara dua kata\n`);
  expect(units().map((u) => u[0])).toEqual([`${DOC}:1`, `${DOC}:2`, `${DOC}:3`]);
});

describe("where a person's split cuts", () => {
  it("findSplitPoint: an offset, whole words (case ignored when no exact match), not found, found twice", () => {
    expect(findSplitPoint(LONG, String(AT))).toEqual({ offset: AT });
    expect(findSplitPoint(LONG, "pedagang mengeluhkan")).toEqual({ offset: AT });
    expect(findSplitPoint(LONG, "Pedagang")).toEqual({ offset: AT });
    expect(findSplitPoint(LONG, "dagang")).toEqual({ code: "split-not-found", data: { words: "dagang" } });
    expect(findSplitPoint(LONG, "Harga")).toEqual({ code: "split-not-found", data: { words: "Harga" } }); // the very start is no cut
    expect(findSplitPoint("Ia datang dan ia pergi lalu ia kembali.", "ia")).toEqual({ code: "split-ambiguous", data: { words: "ia", count: 2 } });
  });
  it("wordEdge: a caret inside a word moves to the nearer edge (the start on a tie), never to the text's ends", () => {
    const text = "di pos depan mereka membawa";
    const m = text.indexOf("mereka");
    expect(wordEdge(text, m)).toBe(m);
    expect(wordEdge(text, m + 2)).toBe(m);
    expect(wordEdge(text, m + 3)).toBe(m);
    expect(wordEdge(text, m + 5)).toBe(m + 6);
    expect(wordEdge(text, 1)).toBe(2); // in the first word: its end
    expect(wordEdge(text, text.length - 1)).toBe(text.indexOf("membawa"));
  });
});

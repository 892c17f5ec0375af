/**
 * A sentence a printed page cut (a PDF pasted: `… tim evaluasi mencatat` / `- 2 -` / the running head / `bahwa …`)
 * stays two fragments with the page's lines between them as boilerplate; `segments suggest` offers the join over
 * those lines and `segments join` makes it (`doc:5+8`): the unit's source is the two halves without the lines
 * between, which stay units of their own; the translations file records it and a rebuild from the files agrees.
 * A sentence between, or a boilerplate line someone rendered, still makes the two not adjacent. A TMX unit of the
 * joined sentence from another tool (no segment references) finds the halves over the lines.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { unitsOf, documentBySlug } from "../../src/app/segments";
import { run, tempDir } from "../helpers/cli";

const DOC = "sra";
const TITLE = "Laporan Program Sekolah Ramah Anak Tahun 2026";
const PAGE = "Program Sekolah Ramah Anak di Kabupaten Sleman dilaksanakan di 146 satuan pendidikan pada tahun 2026, naik dari 112 satuan pendidikan.\n"
  + "Pelaksanaan program didukung anggaran sebesar Rp3,8 miliar dari APBD Kabupaten Sleman dan dana hibah Pemerintah Daerah Istimewa Yogyakarta.\n";
const FIRST = "Meski demikian, tim evaluasi mencatat";
const SECOND = "bahwa sebagian kasus tidak dilaporkan karena siswa takut melapor.";
const ARTICLE = `${TITLE}\n\n${PAGE}\nHasil evaluasi menunjukkan laporan perundungan turun. ${FIRST}\n\n- 2 -\n\n${TITLE}\n\n${SECOND} Untuk itu, setiap sekolah memasang kotak pengaduan.\n\n${PAGE}`;
const ENGLISH = "However, the evaluation team noted that some cases went unreported because students were afraid to report them.";

let dir: string;
beforeEach(async () => {
  dir = tempDir("selaras-join-gap-");
  fs.mkdirSync(path.join(dir, "corpus"));
  fs.writeFileSync(path.join(dir, "corpus", `${DOC}.txt`), ARTICLE);
  expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

const cli = (args: string[]) => run([...args, "--translator", "Ani"], { cwd: dir });
const units = (project = dir) => {
  const store = openStore(path.join(project, "selaras.db"));
  try { return documentUnits(store, DOC).map((u) => [u.ref, u.source, u.target]); } finally { store.close(); }
};
/** Every unit of the document, boilerplate ones too: [ref members' ordinals, kind of each]. */
const allUnits = () => {
  const store = openStore(path.join(dir, "selaras.db"));
  try { return unitsOf(store, documentBySlug(store, DOC)).map((u) => [u.segments.map((s) => s.ordinal), u.boilerplate]); } finally { store.close(); }
};

it("the page's number and running head lie between the halves as boilerplate; suggest offers the join over them, join makes it, and the file and a rebuild agree", async () => {
  expect(units().slice(3, 6)).toEqual([[`${DOC}:4`, "Hasil evaluasi menunjukkan laporan perundungan turun.", null], [`${DOC}:5`, FIRST, null], [`${DOC}:8`, SECOND, null]]);
  const suggested = await run(["segments", "suggest", DOC, "--json"], { cwd: dir });
  expect(JSON.parse(suggested.stdout)).toEqual([{ document: DOC, refs: [`${DOC}:5`, `${DOC}:8`], reason: "lowercase-start", texts: [FIRST, SECOND], fragment: `${DOC}:8` }]);
  const join = await cli(["segments", "join", `${DOC}:5`, `${DOC}:8`]);
  expect([join.code, join.stdout]).toEqual([0, `joined: ${DOC}:5+8\n  ${FIRST} ${SECOND}\n`]);
  // (the lines between stay boilerplate units of their own, after the joined unit)
  expect(allUnits().slice(3, 7)).toEqual([[[4], false], [[5, 8], false], [[6], true], [[7], true]]);
  expect((await run(["segments", "suggest", DOC, "--json"], { cwd: dir })).stdout).toBe("[]\n");
  expect((await cli(["translate", "set", `${DOC}:5+8`, ENGLISH])).code).toBe(0);
  expect(units()[4]).toEqual([`${DOC}:5+8`, `${FIRST} ${SECOND}`, ENGLISH]);
  const file = fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8");
  expect(file).toContain(`@ ${DOC}:5+8\nid: ${FIRST} ${SECOND}\nen: ${ENGLISH}\n`);
  const copy = tempDir("selaras-join-gap-copy-");
  try {
    for (const d of ["corpus", "translations"]) fs.cpSync(path.join(dir, d), path.join(copy, d), { recursive: true });
    expect((await run(["pipeline"], { cwd: copy })).code).toBe(0);
    expect(units(copy)).toEqual(units());
  } finally { fs.rmSync(copy, { recursive: true, force: true }); }
});

it("a join record over the page's lines without English (the join alone) is read back into the join", async () => {
  expect((await cli(["segments", "join", `${DOC}:5`, `${DOC}:8`])).code).toBe(0);
  expect(fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8")).toContain(`@ ${DOC}:5+8\nid: ${FIRST} ${SECOND}\n`);
  fs.rmSync(path.join(dir, "selaras.db"));
  expect((await run(["pipeline"], { cwd: dir })).code).toBe(0);
  expect(units()[4]).toEqual([`${DOC}:5+8`, `${FIRST} ${SECOND}`, null]);
});

it("a sentence between, or a boilerplate line someone rendered, makes the two not adjacent (exit 2, nothing joined)", async () => {
  const over = await cli(["segments", "join", `${DOC}:4`, `${DOC}:8`]);
  expect([over.code, over.stderr]).toEqual([2, `selaras: segments ${DOC}:4 and ${DOC}:8 are not adjacent in one document\n`]);
  expect((await cli(["translate", "set", `${DOC}:6`, "Page 2"])).code).toBe(0);
  const rendered = await cli(["segments", "join", `${DOC}:5`, `${DOC}:8`]);
  expect([rendered.code, rendered.stderr]).toEqual([2, `selaras: segments ${DOC}:5 and ${DOC}:8 are not adjacent in one document\n`]);
  expect(allUnits().slice(4, 8)).toEqual([[[5], false], [[6], true], [[7], true], [[8], false]]);
  expect(JSON.parse((await run(["segments", "suggest", DOC, "--json"], { cwd: dir })).stdout)).toEqual([]);
});

it("a TMX unit of the joined sentence without segment references (another tool's file) finds its halves over the page's lines", async () => {
  const tmx = path.join(dir, "other.tmx");
  fs.writeFileSync(tmx, `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header srclang="id" datatype="plaintext" segtype="sentence" adminlang="en" o-tmf="x" creationtool="x" creationtoolversion="1"/>
<body><tu><tuv xml:lang="id"><seg>${FIRST} ${SECOND}</seg></tuv><tuv xml:lang="en"><seg>${ENGLISH}</seg></tuv></tu></body></tmx>
`);
  const imported = await run(["import", tmx], { cwd: dir });
  expect([imported.code, imported.stdout]).toEqual([0, `${tmx}: 1 unit read (tmx)\n  1 new, 0 replaced, 0 unchanged, 0 without a target\n`]);
  expect(units()[4]).toEqual([`${DOC}:5+8`, `${FIRST} ${SECOND}`, ENGLISH]);
  expect(allUnits().slice(4, 7)).toEqual([[[5, 8], false], [[6], true], [[7], true]]);
});

it("the session's `:join` on the first half joins it with the next unit over the page's lines", async () => {
  const r = await run(["translate", DOC, "--translator", "Ani", "--json"], { cwd: dir, stdin: [":go 5", ":join", ":q"].join("\n") + "\n" });
  expect(r.code).toBe(0);
  expect(units()[4]).toEqual([`${DOC}:5+8`, `${FIRST} ${SECOND}`, null]);
});

describe("a page break between paragraphs of one sentence each (no half flagged at ingest)", () => {
  const SLUG = "banjir";
  const write = (before: string, after: string) => fs.writeFileSync(path.join(dir, "corpus", `${SLUG}.txt`), [
    "Banjir Rendam Ribuan Rumah di Bekasi", "",
    "Banjir merendam lebih dari 2.300 rumah di tujuh kecamatan di Kabupaten Bekasi pada Minggu.", "",
    "Kepala BPBD Kabupaten Bekasi, Dodi Supriadi, mengatakan ketinggian air mencapai 1,5 meter di beberapa titik.", "",
    "\"Kami sudah mengevakuasi 412 warga ke posko pengungsian,\" kata Dodi kepada wartawan.", "",
    before, "- 2 -", "Banjir Rendam Ribuan Rumah di Bekasi", after, "",
    "Pemerintah daerah telah menyiapkan dapur umum bagi para pengungsi.", "",
  ].join("\n"));
  const suggest = async (lang = "en") => run(["segments", "suggest", SLUG, "--lang", lang], { cwd: dir });

  it("the second half starting in lower case is offered as the join over the page's lines, in both languages; join makes it", async () => {
    write("Menurut data BPBD, tim evaluasi mencatat", "bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.");
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
    expect((await suggest()).stdout).toBe(`${SLUG}:5 + ${SLUG}:8 (starts in lower case)\n  Menurut data BPBD, tim evaluasi mencatat\n`
      + `  bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.\n  selaras segments join ${SLUG}:5 ${SLUG}:8\n1 suggested join.\n`);
    expect((await suggest("id")).stdout.split("\n")[0]).toBe(`${SLUG}:5 + ${SLUG}:8 (diawali huruf kecil)`);
    expect((await cli(["segments", "join", `${SLUG}:5`, `${SLUG}:8`])).code).toBe(0);
    expect((await suggest()).stdout).toBe("No suggested joins.\n");
  });

  it("a running head printed once (not the title) between `- 2 -` and the rest of the sentence is boilerplate: the join is offered and made over it", async () => {
    const head = "Laporan Khusus Banjir Bekasi 2026";
    fs.writeFileSync(path.join(dir, "corpus", `${SLUG}.txt`), [
      "Banjir Rendam Ribuan Rumah di Bekasi", "",
      "Banjir merendam lebih dari 2.300 rumah di tujuh kecamatan di Kabupaten Bekasi pada Minggu.", "",
      "Menurut data BPBD, tim evaluasi mencatat", "", "- 2 -", "", head, "",
      "bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.", "",
    ].join("\n"));
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
    expect((await suggest()).stdout.split("\n")[0]).toBe(`${SLUG}:3 + ${SLUG}:6 (starts in lower case)`);
    const join = await cli(["segments", "join", `${SLUG}:3`, `${SLUG}:6`]);
    expect([join.code, join.stdout]).toEqual([0, `joined: ${SLUG}:3+6\n  Menurut data BPBD, tim evaluasi mencatat bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.\n`]);
  });

  it("a first half ending on a full stop, or a second half that reads as a sentence of its own, is offered nothing", async () => {
    write("Menurut data BPBD, tim evaluasi mencatat banyak hal.", "bahwa sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.");
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
    expect((await suggest()).stdout).toBe("No suggested joins.\n");
    write("Menurut data BPBD, tim evaluasi mencatat", "Sebagian besar rumah yang terendam berada di dekat Sungai Cikarang.");
    expect((await run(["ingest", "corpus"], { cwd: dir })).code).toBe(0);
    expect((await suggest()).stdout).toBe("No suggested joins.\n");
  });
});

/**
 * A sentence of the earlier story split in two, or two joined, in a follow-up: the session offers
 * the stored English labelled "part of a longer sentence" / "covers part of this sentence" (with
 * the word diff showing which part), in English and Indonesian; the workbench's labels say the same.
 * Stored sentences that follow one another in this one are also offered joined ("2 stored sentences
 * joined"), for a sentence a writer joined and for a unit the translator joined.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { run, tempDir } from "../helpers/cli";
import { createT } from "../../src/i18n";
import { tmLabels } from "../../src/web/client/tm-labels";

const DAY1 = [
  "Badan Nasional Penanggulangan Bencana mencatat 1.250 rumah rusak berat di tiga kecamatan, sementara 4.300 warga masih mengungsi di 12 titik pengungsian hingga Kamis malam.", "",
  "Pemerintah kabupaten membuka dapur umum di halaman kantor bupati.", "",
  "Relawan membagikan makanan siap saji kepada para pengungsi setiap pagi.", "",
].join("\n");
const DAY2 = [
  "Badan Nasional Penanggulangan Bencana mencatat 1.310 rumah rusak berat di tiga kecamatan.", "",
  "Pemerintah kabupaten membuka dapur umum di halaman kantor bupati, dan relawan membagikan makanan siap saji kepada para pengungsi setiap pagi.", "",
].join("\n");
const LONG_EN = "The National Disaster Management Agency recorded 1,250 severely damaged houses in three districts, while 4,300 residents were still sheltering at 12 evacuation sites as of Thursday night.";

describe("selaras translate: parts of stored sentences", () => {
  let dir: string;
  let db: string;
  beforeAll(async () => {
    dir = tempDir();
    db = path.join(dir, "t.db");
    fs.writeFileSync(path.join(dir, "banjir-1.txt"), DAY1);
    fs.writeFileSync(path.join(dir, "banjir-2.txt"), DAY2);
    expect((await run(["ingest", "banjir-1.txt", "banjir-2.txt", "--db", db], { cwd: dir })).code).toBe(0);
    for (const [ref, text] of [["banjir-1:1", LONG_EN], ["banjir-1:2", "The regency government opened a public kitchen in the regent's office yard."],
      ["banjir-1:3", "Volunteers handed out ready meals to the evacuees every morning."]]) {
      expect((await run(["translate", "set", ref!, text!, "--db", db, "--translator", "Budi"])).code).toBe(0);
    }
  });
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("offers the whole stored English for a half, and each stored sentence for a joined one, labelled", async () => {
    const r = await run(["translate", "banjir-2", "--db", db, "--lang", "en"], { stdin: ":skip\n:skip\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain([
      `    1. [49%, part of a longer sentence] ${LONG_EN}`,
      "       Badan Nasional Penanggulangan Bencana mencatat [-1.250-]{+1.310+} rumah rusak berat di tiga kecamatan[-, sementara 4.300 warga masih mengungsi di 12 titik pengungsian hingga Kamis malam-].",
    ].join("\n"));
    expect(r.stdout).toContain([
      "    1. [95%, 2 stored sentences joined] The regency government opened a public kitchen in the regent's office yard. Volunteers handed out ready meals to the evacuees every morning.",
      "       Pemerintah kabupaten membuka dapur umum di halaman kantor bupati[-. Relawan-]{+, dan relawan+} membagikan makanan siap saji kepada para pengungsi setiap pagi.",
    ].join("\n"));
    expect(r.stdout).toContain("    2. [50%, covers part of this sentence] Volunteers handed out ready meals to the evacuees every morning.\n");
    expect(r.stdout).toContain("    3. [45%, covers part of this sentence] The regency government opened a public kitchen in the regent's office yard.\n");
  });

  it("a unit the translator joined (two segments of the article) gets its sentences' stored English joined, whatever words the memory's index reads first", async () => {
    fs.writeFileSync(path.join(dir, "banjir-3.txt"), ["Relawan membagikan makanan siap saji kepada para pengungsi setiap pagi.", "Pemerintah kabupaten membuka dapur umum di halaman kantor bupati.", ""].join(" "));
    expect((await run(["ingest", "banjir-3.txt", "--db", db], { cwd: dir })).code).toBe(0);
    expect((await run(["segments", "join", "banjir-3:1", "banjir-3:2", "--db", db])).code).toBe(0);
    const r = await run(["translate", "banjir-3", "--db", db, "--lang", "en"], { stdin: ":skip\n" });
    expect(r.code).toBe(0);
    expect(r.stdout).toContain("    1. [100%, 2 stored sentences joined] Volunteers handed out ready meals to the evacuees every morning. The regency government opened a public kitchen in the regent's office yard.\n");
  });

  it("says the same in Indonesian", async () => {
    const r = await run(["translate", "banjir-2", "--db", db, "--lang", "id"], { stdin: ":skip\n:skip\n" });
    expect(r.stdout).toContain(`    1. [49%, bagian dari kalimat yang lebih panjang] ${LONG_EN}\n`);
    expect(r.stdout).toContain("    1. [95%, 2 kalimat tersimpan digabung] The regency government opened a public kitchen in the regent's office yard. Volunteers handed out ready meals to the evacuees every morning.\n");
    expect(r.stdout).toContain("    2. [50%, mencakup sebagian kalimat ini] Volunteers handed out ready meals to the evacuees every morning.\n");
  });
});

describe("workbench: labels of parts", () => {
  const m = { similarity: 0.5, sourceText: "x", text: "y", status: "translated" };
  it("names them in both languages", () => {
    expect(tmLabels(createT("en"), { ...m, fragment: "within" })).toEqual(["part of a longer sentence"]);
    expect(tmLabels(createT("en"), { ...m, fragment: "covers" })).toEqual(["covers part of this sentence"]);
    expect(tmLabels(createT("id"), { ...m, fragment: "within" })).toEqual(["bagian dari kalimat yang lebih panjang"]);
    const parts = [{ sourceText: "a", text: "b" }, { sourceText: "c", text: "d" }, { sourceText: "e", text: "f" }];
    expect(tmLabels(createT("en"), { ...m, fragment: "assembled", parts })).toEqual(["3 stored sentences joined"]);
    expect(tmLabels(createT("id"), { ...m, fragment: "assembled", parts, status: "draft" })).toEqual(["3 kalimat tersimpan digabung", createT("id")("web.editor.tm-draft")]);
  });
});

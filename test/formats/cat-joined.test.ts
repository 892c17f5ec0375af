/**
 * A sentence another tool cut in two or more units (its SRX rules cut after `Jl.`, `Dr.`, at a quote):
 * consecutive units matching no segment whose sources joined by a space match one are read as one unit
 * (app/import.ts resolvePending) — exact renderings, statuses, notes, conflicts, --keep-tm, counts.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { dumpDb, run } from "../helpers/cli";
import { fixtureDbPerTest, renderingRows } from "./helpers";
import { openStore } from "../../src/store";

let dir: string;
let db: string;
fixtureDbPerTest((d, f) => { dir = d; db = f; });

const tu = (id: string, source: string, target: string, extra = "") =>
  `<tu tuid="${id}">${extra}<tuv xml:lang="id"><seg>${source}</seg></tuv><tuv xml:lang="en"><seg>${target}</seg></tuv></tu>`;
const tmx = (...tus: string[]) => `<?xml version="1.0" encoding="UTF-8"?>
<tmx version="1.4"><header creationtool="t" creationtoolversion="1" datatype="plaintext" segtype="sentence" adminlang="en" srclang="id" o-tmf="t"/>
<body>
${tus.join("\n")}
</body></tmx>
`;
const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};
const notes = (): Array<string | null> => {
  const store = openStore(db);
  try {
    return store.renderings.all().map((r) => r.note);
  } finally {
    store.close();
  }
};

describe("units of one sentence another tool cut", () => {
  it("neighbouring TMX units (a sentence cut in two, another in three): one rendering each sentence, the lower status, the notes kept; an unrelated unit still unmatched and kept as memory", async () => {
    const file = write("cut.tmx", tmx(
      tu("1", "Dia membawa anak-anaknya", "She carried her children", `<prop type="x-status">translated</prop><note>anak-anak: children</note>`),
      tu("2", "ke lantai dua.", "upstairs.", `<prop type="x-status">draft</prop>`),
      tu("3", "Pemerintah", "The government"),
      tu("4", "menyiapkan 1.500", " prepared 1,500"),
      tu("5", "paket bantuan.", "aid packages."),
      tu("6", "Polisi menutup jalan.", "Police closed the road."),
    ));
    const r = await run(["import", file, "--db", db, "--keep-tm"]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: 6 units read (tmx)\n  2 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  1 of the new and replaced stored unconfirmed, as the file marks it (a draft or a machine's translation): not counted as translated until a person confirms it\n" +
      "  5 units were parts of sentences another tool cut (2 joined): the parts of each such sentence read as one unit, their sources and English joined by a space\n" +
      "  1 translator's note stored with its rendering\n" +
      "1 unit matches no segment:\n" +
      `  ${file}:9 (6): Polisi menutup jalan.\n` +
      "1 new unit kept as translation memory.\n");
    expect(renderingRows(db)).toEqual([
      [[5], "She carried her children upstairs.", "draft", "import"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
    expect(notes()).toEqual(["anak-anak: children", null]);
    const json = JSON.parse((await run(["import", file, "--db", db, "--json"])).stdout);
    expect(json).toMatchObject({ units: 6, created: 0, unchanged: 2, unmatched: 1, joinedUnits: 5, joins: 2 });
    expect(json.unmatchedUnits.map((u: { unit: string }) => u.unit)).toEqual(["6"]);
  });

  it("a joined unit whose English differs from a person's rendering is a conflict as one unit is (exit 1, the rendering kept, the halves not kept as memory); --replace replaces it", async () => {
    const fixed = write("fixed.tmx", tmx(tu("1", "Dia membawa anak-anaknya ke lantai dua.", "She took her kids upstairs.")));
    expect((await run(["import", fixed, "--db", db, "--author", "rina"])).code).toBe(0);
    const store = openStore(db);
    try {
      // (a person's: imported renderings are replaced freely)
      const r = store.renderings.all()[0]!;
      store.renderings.update(r.id, { text: r.text, sourceText: r.sourceText, status: "translated", origin: "manual", author: "rina", note: null, now: "2026-12-01T00:00:00.000Z" });
    } finally {
      store.close();
    }
    const file = write("cut.tmx", tmx(tu("a", "Dia membawa anak-anaknya", "She carried her children"), tu("b", "ke lantai dua.", "upstairs.")));
    const before = dumpDb(db);
    const r = await run(["import", file, "--db", db, "--keep-tm"]);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain("  conflict at berita-kecil:5: rendering #1 (manual) has another text; kept (use --replace to replace it)\n    - She took her kids upstairs.\n    + She carried her children upstairs.\n");
    expect(r.stdout).not.toContain("kept as translation memory");
    expect(JSON.parse((await run(["import", file, "--db", db, "--json"])).stdout)).toMatchObject({
      conflictCount: 1, unmatched: 0, keptTm: 0, joinedUnits: 2, joins: 1,
      conflicts: [{ unit: "a+b", segments: ["berita-kecil:5"], source: "Dia membawa anak-anaknya ke lantai dua.", target: "She carried her children upstairs.", reason: "differs" }],
    });
    expect(dumpDb(db)).toBe(before);
    expect((await run(["import", file, "--db", db, "--replace"])).code).toBe(0);
    expect(renderingRows(db)).toEqual([[[5], "She carried her children upstairs.", "translated", "import"]]);
  });

  it("halves that make no sentence joined stay unmatched, each listed (and kept as memory with --keep-tm); a unit without a target between halves keeps them apart", async () => {
    const file = write("cut.tmx", tmx(
      tu("1", "Dia membawa anak-anaknya", "She carried her children"),
      tu("2", "Pemerintah menyiapkan", ""),
      tu("3", "ke lantai dua.", "upstairs."),
    ));
    const r = await run(["import", file, "--db", db, "--keep-tm", "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ units: 3, created: 0, untranslated: 1, unmatched: 2, keptTm: 2 });
    expect(json.joinedUnits).toBeUndefined();
    expect(json.unmatchedUnits.map((u: { unit: string }) => u.unit)).toEqual(["1", "3"]);
    expect(renderingRows(db)).toEqual([]);
  });

  it("inlineCodes counts the units stored only: a unit with codes in conflict or matching no segment is not counted", async () => {
    const file = write("codes.tmx", tmx(
      tu("1", "Banjir Melanda <ph x=\"1\">&lt;br/&gt;</ph>Jakarta Utara", "Floods Hit <ph x=\"1\">&lt;br/&gt;</ph>North Jakarta"),
      tu("2", "Polisi <ph x=\"1\">&lt;b/&gt;</ph>menutup jalan.", "Police <ph x=\"1\">&lt;b/&gt;</ph>closed the road."),
    ));
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout.split("\n")[2]).toBe("  1 unit held inline codes (formatting tags, placeholders): stored as its text, its codes kept for an export in the same format");
    expect(JSON.parse((await run(["import", file, "--db", db, "--json"])).stdout)).toMatchObject({ unchanged: 1, unmatched: 1, inlineCodes: 1 });
  });
});

describe("a cut after an abbreviation, in neighbouring XLIFF trans-units", () => {
  it("`Jl.` then a capital: joined (an SRX rule's cut), while two whole sentences given as neighbours stay what they are", async () => {
    const article = path.join(dir, "jalan.txt");
    fs.writeFileSync(article, "Warga Jl. Melati mengungsi ke masjid. Polisi menutup jalan itu.\n");
    expect((await run(["ingest", article, "--db", db])).code).toBe(0);
    const file = write("cut.xlf", `<?xml version="1.0" encoding="UTF-8"?>
<xliff version="1.2" xmlns="urn:oasis:names:tc:xliff:document:1.2">
<file original="jalan.html" source-language="id" target-language="en" datatype="html"><body>
<trans-unit id="1"><source>Warga Jl.</source><target state="translated">Residents of Jl.</target></trans-unit>
<trans-unit id="2"><source>Melati mengungsi ke masjid.</source><target state="needs-review-translation">Melati fled to the mosque.</target></trans-unit>
<trans-unit id="3"><source>Polisi menutup jalan itu.</source><target state="translated">Police closed the road.</target></trans-unit>
</body></file></xliff>
`);
    const r = await run(["import", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ units: 3, created: 2, unmatched: 0, joinedUnits: 2, joins: 1 });
    const store = openStore(db);
    try {
      const doc = store.documents.bySlug("jalan")!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
      expect(store.renderings.all().filter((x) => x.segmentIds.every((id) => ordinal.has(id))).map((x) => [x.segmentIds.map((id) => ordinal.get(id)), x.text, x.status])).toEqual([
        [[1], "Residents of Jl. Melati fled to the mosque.", "draft"],
        [[2], "Police closed the road.", "translated"],
      ]);
    } finally {
      store.close();
    }
  });
});

describe("a memory of many units matching nothing, then sentences cut in two (the segment filter: app/import.ts builtFilter)", () => {
  it("past the prefix look-ups that build the filter, the cut sentences are joined exactly as in a small file (the rows of the first test); the rest listed", async () => {
    const syllables = ["ka", "ma", "ta", "ri", "nu", "ber", "kan", "lah"];
    // (headline-like: no final point, so joins of two to four are tried for each)
    const noise = Array.from({ length: 120 }, (_, i) =>
      tu(`n${i}`, `Kata${i} ${syllables.map((s, k) => `${s}${(i * 7 + k) % 13}`).join(" ")}`, `Word ${i} of the memory`));
    const file = write("memory.tmx", tmx(
      ...noise,
      tu("1", "Dia membawa anak-anaknya", "She carried her children"),
      tu("2", "ke lantai dua.", "upstairs."),
      tu("3", "Pemerintah", "The government"),
      tu("4", "menyiapkan 1.500", " prepared 1,500"),
      tu("5", "paket bantuan.", "aid packages."),
      ...noise.slice(0, 3),
    ));
    const r = await run(["import", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    const json = JSON.parse(r.stdout);
    expect(json).toMatchObject({ units: 128, created: 2, unchanged: 0, unmatched: 123, joinedUnits: 5, joins: 2 });
    expect(json.unmatchedUnits.map((u: { unit: string }) => u.unit)).toEqual([...noise.map((_n, i) => `n${i}`), "n0", "n1", "n2"]);
    expect(renderingRows(db)).toEqual([
      [[5], "She carried her children upstairs.", "translated", "import"],
      [[6], "The government prepared 1,500 aid packages.", "translated", "import"],
    ]);
  });
});

describe("a number another tool cut at its separator", () => {
  it("`menyiapkan 1.` | `500 paket bantuan.`: joined without a space on both sides (1.500, 1,500); two whole sentences, the first ending on a figure and a point, the next starting with one, stay unmatched", async () => {
    const file = write("number.tmx", tmx(
      tu("1", "Pemerintah menyiapkan 1.", "The government prepared 1,"),
      tu("2", "500 paket bantuan.", "500 aid packages."),
      tu("3", "Dia membawa anak-anaknya ke lantai 2.", "She carried her children to floor 2."),
      tu("4", "3 orang hilang.", "3 people are missing."),
    ));
    const r = await run(["import", file, "--db", db, "--json"]);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout)).toMatchObject({ units: 4, created: 1, unmatched: 2, joinedUnits: 2, joins: 1 });
    expect(renderingRows(db)).toEqual([[[6], "The government prepared 1,500 aid packages.", "translated", "import"]]);
  });
});

describe("the inline codes of a joined sentence's parts", () => {
  it("are not kept, and said so: not counted as codes kept (inlineCodes), but as joinedCodes with their own line, in both languages", async () => {
    const file = write("codes-joined.tmx", tmx(
      tu("1", "Dia membawa <ph x=\"1\">&lt;b/&gt;</ph>anak-anaknya", "She carried <ph x=\"1\">&lt;b/&gt;</ph>her children"),
      tu("2", "ke lantai dua.", "upstairs."),
    ));
    const r = await run(["import", file, "--db", db]);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${file}: 2 units read (tmx)\n  1 new, 0 replaced, 0 unchanged, 0 without a target\n` +
      "  2 units were parts of sentences another tool cut (1 joined): the parts of each such sentence read as one unit, their sources and English joined by a space\n" +
      "  1 part of a joined sentence held inline codes: read as its text, its codes not kept (a sentence's parts each carry codes of their own)\n");
    expect(renderingRows(db)).toEqual([[[5], "She carried her children upstairs.", "translated", "import"]]);
    const json = JSON.parse((await run(["import", file, "--db", db, "--json"])).stdout);
    expect(json).toMatchObject({ unchanged: 1, inlineCodes: 0, joinedUnits: 2, joins: 1, joinedCodes: 1 });
    const id = await run(["import", file, "--db", db, "--lang", "id"]);
    expect(id.stdout.split("\n")[3]).toBe("  1 bagian kalimat yang digabung berisi kode sisipan: dibaca sebagai teksnya, kodenya tidak disimpan (tiap bagian kalimat membawa kodenya sendiri)");
  });
});

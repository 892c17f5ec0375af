/**
 * What `ingest` tells the person after edits that change no sentence (quote marks, spacing, blank
 * lines) and after a translated article was renamed: exact output in English and Indonesian, the
 * English in place, and a second identical ingest changing nothing.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { dumpDb, run, tempDir } from "../helpers/cli";

const HEAD = "Banjir Rob Rendam Rumah di Jakarta Utara";
const A = "Banjir rob merendam sedikitnya 2.300 rumah di Jakarta Utara pada Senin pagi.";
const B = "\"Kami tidak sempat menyelamatkan barang-barang,\" kata Siti Aminah, seorang pedagang ikan.";
const C = "Pemerintah kota menyediakan dapur umum di setiap posko.";
const EN = [
  "Tidal Flood Inundates Homes in North Jakarta",
  "A tidal flood inundated at least 2,300 homes in North Jakarta on Monday morning.",
  "\"We had no time to save our belongings,\" said Siti Aminah, a fish trader.",
  "The city government provided public kitchens at every post.",
];

describe("ingest reports edits that change no sentence, and refuses a renamed article as a new one", () => {
  let dir: string;
  let db: string;
  const cli = (args: string[]) => run(args, { cwd: dir, env: { SELARAS_AUTHOR: "Ani" } });
  const article = (name: string) => path.join(dir, "corpus", name);
  const units = (slug: string): string[] => {
    const store = openStore(db);
    try {
      return documentUnits(store, slug).map((u) => [u.ref, u.source, u.target ?? "", u.state + (u.stale ? " stale" : "")].join(" | "));
    } finally {
      store.close();
    }
  };
  const translated = (slug: string, sources: string[]) => sources.map((s, k) => `${slug}:${k + 1} | ${s} | ${EN[k]} | translated`);

  beforeEach(async () => {
    dir = tempDir();
    db = path.join(dir, "selaras.db");
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(article("banjir.txt"), `${HEAD}\n\n${A}\n\n${B} ${C}\n`);
    expect((await cli(["ingest", "corpus"])).code).toBe(0);
    for (const [k, en] of EN.entries()) expect((await cli(["translate", "set", `banjir:${k + 1}`, en, "--accept", "test"])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("quote marks made curly: the sentences are the same ones, their English current, and ingest says so (en, id)", async () => {
    const curly = B.replace(/"([^"]*)"/, "“$1”");
    fs.writeFileSync(article("banjir.txt"), `${HEAD}\n\n${A}\n\n${curly} ${C}\n`);
    const en = await cli(["ingest", "corpus", "--lang", "en"]);
    expect(en).toMatchObject({ code: 0, stderr: "" });
    expect(en.stdout).toBe("banjir: updated, 4 segments (0 boilerplate)\n"
      + "  0 inserted, 0 changed, 0 removed\n"
      + "  1 sentence changed only in spacing or quote marks (\" as “ ”): its English stays current\n"
      + "1 document ingested.\n");
    expect(units("banjir")).toEqual(translated("banjir", [HEAD, A, curly, C]));
    const json = await cli(["ingest", "corpus", "--json"]);
    expect(JSON.parse(json.stdout)[0]).toMatchObject({ status: "unchanged", retouched: 0 });
    // the same edit seen by an Indonesian interface
    fs.writeFileSync(article("banjir.txt"), `${HEAD}\n\n${A}\n\n${B} ${C}\n`);
    const id = await cli(["ingest", "corpus", "--lang", "id", "--json"]);
    expect(JSON.parse(id.stdout)[0]).toMatchObject({ status: "updated", inserted: 0, changed: 0, removed: 0, reordered: 0, retouched: 1, staleRenderings: [] });
    fs.writeFileSync(article("banjir.txt"), `${HEAD}\n\n${A}\n\n${curly} ${C}\n`);
    expect((await cli(["ingest", "corpus", "--lang", "id"])).stdout).toBe("banjir: diperbarui, 4 segmen (0 boilerplate)\n"
      + "  0 ditambahkan, 0 diubah, 0 dihapus\n"
      + "  1 kalimat hanya berubah spasi atau tanda kutipnya (\" menjadi “ ”): terjemahan Inggrisnya tetap mutakhir\n"
      + "1 dokumen dimasukkan.\n");
    // (the file keeps the Indonesian the English was written for, as for every rendering)
    expect(fs.readFileSync(path.join(dir, "translations", "banjir.translations.txt"), "utf8")).toContain(`id: ${B}\nen: ${EN[2]}\n`);
  });

  it("only spaces and blank lines between sentences changed: ingest says the layout changed, every English as it was (en, id)", async () => {
    fs.writeFileSync(article("banjir.txt"), `${HEAD}  \n\n\n${A}\n\n${B}   ${C}\n\n`);
    const en = await cli(["ingest", "corpus", "--lang", "en"]);
    expect(en.stdout).toBe("banjir: updated, 4 segments (0 boilerplate)\n"
      + "  0 inserted, 0 changed, 0 removed\n"
      + "  only the layout changed (spaces or blank lines between sentences): every sentence and its English as they were\n"
      + "1 document ingested.\n");
    expect(units("banjir")).toEqual(translated("banjir", [HEAD, A, B, C]));
    fs.writeFileSync(article("banjir.txt"), `${HEAD}\n\n${A}\n\n${B} ${C}\n`);
    expect((await cli(["ingest", "corpus", "--lang", "id"])).stdout).toBe("banjir: diperbarui, 4 segmen (0 boilerplate)\n"
      + "  0 ditambahkan, 0 diubah, 0 dihapus\n"
      + "  hanya tata letaknya yang berubah (spasi atau baris kosong di antara kalimat): setiap kalimat dan terjemahan Inggrisnya tetap seperti semula\n"
      + "1 dokumen dimasukkan.\n");
    expect((await cli(["ingest", "corpus"])).stdout).toBe("banjir: unchanged, 4 segments\n1 document ingested.\n");
  });

  it("a translated article renamed (same text, old file gone) is refused as a new document, naming both ways on; --as keeps its English", async () => {
    fs.renameSync(article("banjir.txt"), article("banjir-rob.txt"));
    const before = dumpDb(db);
    const en = await cli(["ingest", "corpus", "--lang", "en"]);
    expect(en).toEqual({ code: 2, stdout: "", stderr: "selaras: corpus/banjir-rob.txt: its text is word for word that of the document 'banjir', whose article corpus/banjir.txt is gone,"
      + " and a new document 'banjir-rob' would hold none of its English; nothing was ingested. If it is that article renamed, say so:"
      + " selaras ingest corpus/banjir-rob.txt --as banjir; if it is another document, give it its name: --as banjir-rob\n" });
    const id = await cli(["ingest", "corpus", "--lang", "id"]);
    expect(id.code).toBe(2);
    expect(id.stderr).toBe("selaras: corpus/banjir-rob.txt: teksnya kata demi kata sama dengan dokumen 'banjir', yang artikelnya corpus/banjir.txt sudah tidak ada,"
      + " dan dokumen baru 'banjir-rob' tidak akan memuat terjemahan Inggrisnya; tidak ada yang dimasukkan. Jika ini artikel itu yang diganti namanya, nyatakan:"
      + " selaras ingest corpus/banjir-rob.txt --as banjir; jika ini dokumen lain, beri namanya: --as banjir-rob\n");
    expect(dumpDb(db)).toBe(before);
    // said to be that article: the document follows it, every English kept
    expect((await cli(["ingest", "corpus/banjir-rob.txt", "--as", "banjir"])).stdout).toBe("banjir: unchanged, 4 segments\n1 document ingested.\n");
    expect(units("banjir")).toEqual(translated("banjir", [HEAD, A, B, C]));
    // (the folder ingested again: the file is that document's now, not a new one named after it)
    expect((await cli(["ingest", "corpus"])).stdout).toBe("banjir: unchanged, 4 segments\n1 document ingested.\n");
    fs.appendFileSync(article("banjir-rob.txt"), "\nWarga diminta waspada.\n");
    expect((await cli(["ingest", "corpus"])).stdout).toBe("banjir: updated, 5 segments (0 boilerplate)\n  1 inserted, 0 changed, 0 removed\n1 document ingested.\n");
    expect(units("banjir")).toEqual([...translated("banjir", [HEAD, A, B, C]), "banjir:5 | Warga diminta waspada. |  | untranslated"]);
  });

  it("a renamed article said to be another document gets its own; an identical copy beside the original is not refused", async () => {
    fs.copyFileSync(article("banjir.txt"), article("banjir-salinan.txt"));
    expect((await cli(["ingest", "corpus"])).stdout).toBe("banjir-salinan: new, 4 segments (0 boilerplate)\nbanjir: unchanged, 4 segments\n2 documents ingested.\n");
    fs.rmSync(article("banjir-salinan.txt"));
    fs.renameSync(article("banjir.txt"), article("banjir-rob.txt"));
    expect((await cli(["ingest", "corpus/banjir-rob.txt", "--as", "banjir-rob"])).stdout).toBe("banjir-rob: new, 4 segments (0 boilerplate)\n1 document ingested.\n");
    expect(units("banjir")).toEqual(translated("banjir", [HEAD, A, B, C]));
  });
});

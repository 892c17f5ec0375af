/**
 * An article renamed, moved to another folder, or deleted from corpus/ after it was translated:
 * `npm start` (the pipeline) on the project's database ends in the state a fresh database rebuilt
 * from the folder has — the same documents, units, English and exports — and nothing a translator
 * wrote leaves translations/.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { documentUnits } from "../../src/app/lifecycle";
import { run, tempDir } from "../helpers/cli";

const ARTICLE = ["Harga Beras Naik Lagi", "Harga beras medium naik menjadi Rp 14.500 per kilogram.", "Pedagang mengeluhkan sepinya pembeli."];
const ENGLISH = ["Rice prices rise again", "The price of medium-grade rice rose to Rp 14,500 per kilogram.", "Traders complained of a lack of buyers."];
const OTHER = ["Gempa Guncang Palu", "Gempa tidak berpotensi tsunami."];

/** Every document's units (`slug | ref | source | English | state`) and the TSV export of a database. */
function state(dir: string, db: string): { units: string[]; tsv: string } {
  const store = openStore(db);
  try {
    const units = store.documents.all().flatMap((d) => documentUnits(store, d.slug).map((u) => [d.slug, u.ref, u.source, u.target ?? "", u.state + (u.stale ? " stale" : "")].join(" | ")));
    return { units, tsv: fs.readFileSync(path.join(dir, "exports", "corpus.tsv"), "utf8") };
  } finally {
    store.close();
  }
}

describe("an article renamed, moved or deleted, then npm start", () => {
  let dir: string;
  const cli = (args: string[]) => run(args, { cwd: dir, env: { SELARAS_AUTHOR: "Ani" } });
  /** The pipeline on a fresh database made from a copy of the folder (no database). */
  const rebuilt = async () => {
    const copy = tempDir();
    for (const sub of ["corpus", "translations", "archive"]) if (fs.existsSync(path.join(dir, sub))) fs.cpSync(path.join(dir, sub), path.join(copy, sub), { recursive: true });
    const r = await run(["pipeline"], { cwd: copy });
    const s = state(copy, path.join(copy, "selaras.db"));
    fs.rmSync(copy, { recursive: true, force: true });
    return { ...s, stderr: r.stderr.split("\n").filter((l) => l.startsWith("warning")) };
  };

  beforeEach(async () => {
    dir = tempDir();
    fs.mkdirSync(path.join(dir, "corpus"));
    fs.writeFileSync(path.join(dir, "corpus", "harga.txt"), ARTICLE.join("\n") + "\n");
    fs.writeFileSync(path.join(dir, "corpus", "gempa.txt"), OTHER.join("\n") + "\n");
    expect((await cli(["pipeline"])).code).toBe(0);
    for (const [k, en] of ENGLISH.entries()) expect((await cli(["translate", "set", `harga:${k + 1}`, en])).code).toBe(0);
    expect((await cli(["pipeline"])).code).toBe(0);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

  const translated = ARTICLE.map((s, k) => `harga | harga:${k + 1} | ${s} | ${ENGLISH[k]} | translated`);
  const other = OTHER.map((s, k) => `gempa | gempa:${k + 1} | ${s} |  | untranslated`);

  it("renamed in corpus/ and ingested with --as: the document keeps its English, here and in a rebuild", async () => {
    fs.renameSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "corpus", "harga-beras.txt"));
    const r = await cli(["ingest", "corpus/harga-beras.txt", "--as", "harga"]);
    expect(r.stdout).toBe("harga: unchanged, 3 segments\n1 document ingested.\n");
    // the translations file names the article where it is now, for the rebuild
    expect(fs.readFileSync(path.join(dir, "translations", "harga.translations.txt"), "utf8"))
      .toMatch(/^# selaras translations 1\n# document: harga\n# source: corpus\/harga-beras\.txt\n/);
    const p = await cli(["pipeline"]);
    expect(p.stderr.split("\n").filter((l) => l.startsWith("warning"))).toEqual([]);
    const here = state(dir, path.join(dir, "selaras.db"));
    expect(here.units).toEqual([...other, ...translated]);
    const fresh = await rebuilt();
    expect(fresh).toEqual({ ...here, stderr: [] });
  });

  it("moved to a folder outside corpus/ (same text, its old file gone): remembered where it is, and a rebuild reads it there", async () => {
    fs.mkdirSync(path.join(dir, "archive"));
    fs.renameSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "archive", "harga.txt"));
    expect((await cli(["ingest", "archive/harga.txt"])).stdout).toBe("harga: unchanged, 3 segments\n1 document ingested.\n");
    expect(fs.readFileSync(path.join(dir, "translations", "harga.translations.txt"), "utf8")).toContain("# source: archive/harga.txt\n");
    expect((await cli(["pipeline"])).code).toBe(0);
    const here = state(dir, path.join(dir, "selaras.db"));
    expect(here.units).toEqual([...other, ...translated]);
    expect(await rebuilt()).toEqual({ ...here, stderr: [] });
  });

  it("ingested again from another working folder (inside corpus/), or an identical copy ingested elsewhere: nothing moves", async () => {
    const file = path.join(dir, "translations", "harga.translations.txt");
    const onDisk = fs.readFileSync(file, "utf8");
    const sourcePath = () => { const s = openStore(path.join(dir, "selaras.db")); try { return s.documents.bySlug("harga")!.sourcePath; } finally { s.close(); } };
    const before = sourcePath();
    expect(path.resolve(dir, before!)).toBe(path.join(dir, "corpus", "harga.txt"));
    const inside = await run(["ingest", "harga.txt", "--db", "../selaras.db"], { cwd: path.join(dir, "corpus") });
    expect(inside.stdout).toBe("harga: unchanged, 3 segments\n1 document ingested.\n");
    fs.mkdirSync(path.join(dir, "copy"));
    fs.copyFileSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "copy", "harga.txt"));
    expect((await cli(["ingest", "copy/harga.txt"])).stdout).toBe("harga: unchanged, 3 segments\n1 document ingested.\n");
    expect(fs.readFileSync(file, "utf8")).toBe(onDisk);
    expect(sourcePath()).toBe(before);
  });

  it("deleted from corpus/: the pipeline says so, the database follows the folder as a rebuild does, and the English stays in translations/", async () => {
    const file = path.join(dir, "translations", "harga.translations.txt");
    const onDisk = fs.readFileSync(file, "utf8");
    fs.rmSync(path.join(dir, "corpus", "harga.txt"));
    const p = await cli(["pipeline"]);
    expect(p.code).toBe(0);
    const missing = "warning: translations/harga.translations.txt: no document 'harga' (its article is not in corpus/, no article there holds half of its sentences,"
      + " and the file names no source); its translations were not loaded";
    expect(p.stderr.split("\n").filter((l) => l.startsWith("warning"))).toEqual([
      "warning: 'harga' left the database: its article corpus/harga.txt is gone; its English stays in translations/harga.translations.txt"
        + " (put the article back, under any name in corpus/, and run the pipeline again: an article holding at least half of its translated sentences is recognised;"
        + " else name it with selaras ingest <new file> --as harga before the pipeline)",
      missing,
    ]);
    expect(fs.readFileSync(file, "utf8")).toBe(onDisk);
    const here = state(dir, path.join(dir, "selaras.db"));
    expect(here.units).toEqual(other);
    expect(here.tsv).not.toContain("Rice prices");
    expect(await rebuilt()).toEqual({ ...here, stderr: [missing] });
    // a save elsewhere never writes over the file the database no longer holds
    expect((await cli(["translate", "set", "gempa:2", "The earthquake had no tsunami potential."])).code).toBe(0);
    expect(fs.readFileSync(file, "utf8")).toBe(onDisk);
    // the article back: its English is back, as it was
    fs.writeFileSync(path.join(dir, "corpus", "harga.txt"), ARTICLE.join("\n") + "\n");
    expect((await cli(["pipeline"])).stderr.split("\n").filter((l) => l.startsWith("warning"))).toEqual([]);
    expect(state(dir, path.join(dir, "selaras.db")).units.filter((u) => u.startsWith("harga"))).toEqual(translated);
  });

  it("deleted while its translations file differs from the database (edited by hand): the document is kept, and the pipeline says why", async () => {
    const file = path.join(dir, "translations", "harga.translations.txt");
    fs.writeFileSync(file, fs.readFileSync(file, "utf8").replace("Rice prices rise again", "Rice prices climb again"));
    fs.rmSync(path.join(dir, "corpus", "harga.txt"));
    const p = await cli(["pipeline"]);
    expect(p.stderr.split("\n").filter((l) => l.startsWith("warning"))).toEqual([
      "warning: 'harga': its article corpus/harga.txt is gone, but translations/harga.translations.txt does not hold what the database holds for it,"
        + " so the document stays in the database; write the file first (selaras translations export harga) or put the article back",
    ]);
    // (the file's records are then loaded, as always: the hand edit is in the database)
    expect(state(dir, path.join(dir, "selaras.db")).units).toEqual([...other, translated[0]!.replace("rise again", "climb again"), ...translated.slice(1)]);
  });

  const notes = (stderr: string) => stderr.split("\n").filter((l) => l !== "" && !l.startsWith("»"));

  it("renamed in corpus/ without --as (git mv), then npm start: recognised by its sentences, its English kept, the file naming it, as a rebuild", async () => {
    const file = path.join(dir, "translations", "harga.translations.txt");
    const before = fs.readFileSync(file, "utf8");
    fs.renameSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "corpus", "harga-beras.txt"));
    const p = await cli(["pipeline"]);
    expect(p.code).toBe(0);
    expect(notes(p.stderr)).toEqual(["'harga': its article is now corpus/harga-beras.txt (3 of the 3 passages its translations file holds are in it), read as that document"]);
    const here = state(dir, path.join(dir, "selaras.db"));
    expect(here.units).toEqual([...other, ...translated]);
    // only the header line is new in the file: the rebuild reads the article as the document from it
    expect(fs.readFileSync(file, "utf8")).toBe(before.replace("# document: harga\n", "# document: harga\n# source: corpus/harga-beras.txt\n"));
    expect(await rebuilt()).toEqual({ ...here, stderr: [] });
    // the next run reads the renamed file as the same document (not as a new one), and says nothing
    const again = await cli(["pipeline"]);
    expect(notes(again.stderr)).toEqual([]);
    expect(state(dir, path.join(dir, "selaras.db")).units).toEqual(here.units);
  });

  it("renamed and edited, then cloned afresh: a rebuild finds it by its sentences too, the changed one's English kept stale", async () => {
    fs.renameSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "corpus", "beras.txt"));
    fs.writeFileSync(path.join(dir, "corpus", "beras.txt"), [ARTICLE[0], ARTICLE[1]!.replace("14.500", "14.800"), ARTICLE[2]].join("\n") + "\n");
    // (a colleague's fresh clone: the folder as git has it, before anyone ran the pipeline)
    const fresh = await rebuilt();
    expect(fresh.stderr).toEqual([]);
    expect(fresh.units).toEqual([...other, translated[0]!,
      `harga | harga:2 | ${ARTICLE[1]!.replace("14.500", "14.800")} | ${ENGLISH[1]} | translated stale`, translated[2]!]);
    const p = await cli(["pipeline"]);
    expect(notes(p.stderr)).toEqual([
      "'harga': its article is now corpus/beras.txt (2 of the 3 passages its translations file holds are in it), read as that document",
      "harga: rendering #2 kept and marked stale: its sentence changed",
      "    Harga beras medium naik menjadi Rp [-14.500-]{+14.800+} per kilogram.",
    ]);
    expect(state(dir, path.join(dir, "selaras.db")).units).toEqual(fresh.units);
  });

  it("renamed and mostly rewritten: not taken for the same article; it leaves as a deleted one does, and the new one is new", async () => {
    fs.rmSync(path.join(dir, "corpus", "harga.txt"));
    fs.writeFileSync(path.join(dir, "corpus", "beras.txt"), [ARTICLE[0], "Harga beras premium juga naik.", "Pemerintah akan menggelar operasi pasar."].join("\n") + "\n");
    const p = await cli(["pipeline"]);
    expect(notes(p.stderr).map((l) => l.slice(0, 40))).toEqual(["warning: 'harga' left the database: its ", "warning: translations/harga.translations"]);
    expect(state(dir, path.join(dir, "selaras.db")).units.filter((u) => u.startsWith("beras")).map((u) => u.split(" | ").slice(3).join(" | "))).toEqual([" | untranslated", " | untranslated", " | untranslated"]);
  });

  it("renamed, then the new file ingested as a new document before npm start: the untranslated new document gives way to the translated one", async () => {
    fs.renameSync(path.join(dir, "corpus", "harga.txt"), path.join(dir, "corpus", "harga-beras.txt"));
    // (ingest refuses to make it a new document without English, naming --as; insisting, it is one)
    const refused = await cli(["ingest", "corpus/harga-beras.txt"]);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain("its text is word for word that of the document 'harga', whose article corpus/harga.txt is gone");
    expect((await cli(["ingest", "corpus/harga-beras.txt", "--as", "harga-beras"])).stdout).toBe("harga-beras: new, 3 segments (0 boilerplate)\n1 document ingested.\n");
    const p = await cli(["pipeline"]);
    expect(notes(p.stderr)).toEqual(["'harga': its article is now corpus/harga-beras.txt (3 of the 3 passages its translations file holds are in it), read as that document"]);
    const here = state(dir, path.join(dir, "selaras.db"));
    expect(here.units).toEqual([...other, ...translated]);
    expect(await rebuilt()).toEqual({ ...here, stderr: [] });
  });
});

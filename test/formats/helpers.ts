/** A small database for export/import tests: one article, renderings of every kind. */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore } from "../../src/store";
import { run, tempDir } from "../helpers/cli";

export const FIXTURE = path.join(__dirname, "fixtures", "berita-kecil.txt");
export const SLUG = "berita-kecil";

/** Segment ids of the fixture by ordinal (1-based). */
function segmentIds(db: string): Map<number, { id: number; text: string }> {
  const store = openStore(db);
  try {
    const doc = store.documents.bySlug(SLUG)!;
    return new Map(store.documents.segments(doc.id).map((s) => [s.ordinal!, { id: s.id, text: s.text }]));
  } finally {
    store.close();
  }
}

/** Ingests the fixture article (no renderings). */
export async function ingestFixture(db: string): Promise<void> {
  const r = await run(["ingest", FIXTURE, "--db", db]);
  if (r.code !== 0) throw new Error(r.stderr);
}

/**
 * Before each test: a fresh temp folder with the fixture article ingested into its `p.db`, handed to
 * `set`; after it, the folder removed. The article is ingested once per file, into a template each
 * test's `p.db` is a byte copy of (an ingest per test cost ~30 ms of CPU and an fsync or two).
 */
export function fixtureDbPerTest(set: (dir: string, db: string) => void): void {
  let templateDir = "";
  let dir = "";
  beforeAll(async () => {
    templateDir = tempDir();
    await ingestFixture(path.join(templateDir, "p.db"));
  });
  beforeEach(() => {
    dir = tempDir();
    const db = path.join(dir, "p.db");
    // (the database alone: a store closed cleanly leaves no -wal or -shm file beside it)
    expect(fs.readdirSync(templateDir)).toEqual(["p.db"]);
    fs.copyFileSync(path.join(templateDir, "p.db"), db);
    set(dir, db);
  });
  afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));
  afterAll(() => fs.rmSync(templateDir, { recursive: true, force: true }));
}

/**
 * The small database, after a second version of the article was ingested: segment 1 reviewed
 * (headline), 2+3 one joined rendering, 4 machine-aligned, 5 draft, 6 stale (its sentence changed
 * from 1.500 to 2.000 after it was translated), 7 new and untranslated, 8 boilerplate with a rendering.
 */
export async function seedSmallDb(dir: string): Promise<string> {
  const db = path.join(dir, "small.db");
  await ingestFixture(db);
  const seg = segmentIds(db);
  const store = openStore(db);
  try {
    const add = (ordinals: number[], text: string, status: "draft" | "translated" | "reviewed" | "aligned", origin: "manual" | "aligned", author: string, now: string) =>
      store.renderings.create({
        segmentIds: ordinals.map((o) => seg.get(o)!.id), text, sourceText: ordinals.map((o) => seg.get(o)!.text).join(" "),
        status, origin, author, now,
      });
    store.transaction(() => {
      add([1], "Floods Hit North Jakarta", "reviewed", "manual", "ani", "2024-06-19T08:00:00.000Z");
      add([2, 3], "Heavy rain has lashed Jakarta since Tuesday night, and thousands of residents fled to nearby mosques & schools.", "translated", "manual", "budi", "2024-06-19T09:30:15.500Z");
      add([4], "\"The water rose very fast,\" said Siti, a resident of Penjaringan.", "aligned", "aligned", "aligner", "2024-06-19T09:45:00.000Z");
      add([5], "She carried her children upstairs.", "draft", "manual", "ani", "2024-06-19T10:00:00.000Z");
      add([6], "The government prepared 1,500 aid packages.", "translated", "manual", "ani", "2024-06-19T10:05:00.000Z");
      add([7], "Read also: Extreme weather in Java", "translated", "manual", "ani", "2024-06-19T10:10:00.000Z");
    });
  } finally {
    store.close();
  }
  // The article changes: sentence 6 now says 2.000, so its rendering is stale; a new sentence 7 is untranslated.
  const v2dir = path.join(dir, "v2");
  fs.mkdirSync(v2dir, { recursive: true });
  const v2 = path.join(v2dir, path.basename(FIXTURE));
  fs.writeFileSync(v2, fs.readFileSync(FIXTURE, "utf8").replace("1.500 paket bantuan.", "2.000 paket bantuan. Bantuan tiba Rabu pagi."));
  const r = await run(["ingest", v2, "--db", db, "--as", "berita-kecil"]); // the same article, edited in another folder
  if (r.code !== 0) throw new Error(r.stderr);
  return db;
}

/** Every rendering of the fixture's document as [segment ordinals, text, status, author]. */
export function renderingRows(db: string): Array<[Array<number | null | undefined>, string, string, string]> {
  const store = openStore(db);
  try {
    const doc = store.documents.bySlug(SLUG)!;
    const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal]));
    return store.renderings.all().map((r) => [r.segmentIds.map((id) => ordinal.get(id)), r.text, r.status, r.author]);
  } finally {
    store.close();
  }
}

/**
 * A CAT exchange probe round's files (test/fixtures/<dir>) against the database `db()` names:
 * `importFile` imports one (its exit code must be `code`), `rows` gives [ordinals, text, status,
 * author, date (null: the import's own time, any date `fileDate` does not take for the file's),
 * note, dialect of the kept codes] of every rendering of the small article.
 */
export function catProbeFiles(dir: string, db: () => string, fileDate: (updatedAt: string) => boolean) {
  const at = (name: string) => path.join(__dirname, "..", "fixtures", dir, name);
  async function importFile(name: string, code: number, ...args: string[]) {
    const r = await run(["import", at(name), "--db", db(), ...args]);
    if (r.code !== code) throw new Error(`exit ${r.code}\n${r.stdout}\n${r.stderr}`);
    return r;
  }
  function rows(): Array<[number[], string, string, string, string | null, string | null, string | null]> {
    const store = openStore(db());
    try {
      const doc = store.documents.bySlug("berita-kecil")!;
      const ordinal = new Map(store.documents.allSegments(doc.id).map((s) => [s.id, s.ordinal!]));
      const dialect = store.db.prepare("SELECT dialect FROM rendering_code WHERE rendering_id = ?").pluck();
      return store.renderings.all().map((r) => [
        r.segmentIds.map((id) => ordinal.get(id)!), r.text, r.status, r.author,
        fileDate(r.updatedAt) ? r.updatedAt : null,
        r.note, (dialect.get(r.id) as string | undefined) ?? null,
      ]);
    } finally {
      store.close();
    }
  }
  return { at, importFile, rows };
}

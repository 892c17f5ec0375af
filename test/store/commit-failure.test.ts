/**
 * A transaction that fails at its COMMIT (a full disk, a file-size limit) after it replaced project
 * files: the files are put back byte for byte, new ones removed, no temporary file left, and the
 * database is as it was (store/index.ts transaction, io/files.ts withFileJournal). The failure is
 * injected through the store's test seam `beforeCommit` (called just before COMMIT), with the error
 * SQLite gives for a full disk; the commands' own code runs unchanged.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore, type Store } from "../../src/store";
import { setUnit, inStep } from "../../src/app/lifecycle";
import { joinUnits } from "../../src/app/segments";
import { exportTranslations } from "../../src/app/translations";
import { importGlossary, removeConcept } from "../../src/app/glossary";
import { writeFilesAtomic, withFileJournal } from "../../src/io/files";
import { CORPUS, dumpDb, ingestedProject, run } from "../helpers/cli";

const NOW = "2026-12-05T10:00:00.000Z";
const full = () => { throw Object.assign(new Error("database or disk is full"), { code: "SQLITE_FULL" }); };

/** Every file of the project folder (the database's files aside), with its bytes. */
function files(dir: string): Record<string, string> {
  const out: Record<string, string> = {};
  const walk = (d: string) => {
    for (const e of fs.readdirSync(d, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
      const p = path.join(d, e.name);
      if (e.isDirectory()) walk(p);
      else if (!e.name.startsWith("s.db")) out[path.relative(dir, p)] = fs.readFileSync(p).toString("base64");
    }
  };
  walk(dir);
  return out;
}

let template: string;
let dir: string;
let db: string;
const DOC = "putin-tolak-sanksi-barat";
beforeAll(async () => {
  // one project made once (two articles, a glossary file, one translation saved), copied for each test
  ({ dir: template } = await ingestedProject({
    [`${DOC}.txt`]: fs.readFileSync(path.join(CORPUS, `${DOC}.txt`), "utf8"),
    "kunjungan-kim-ke-rusia-senjata.txt": fs.readFileSync(path.join(CORPUS, "kunjungan-kim-ke-rusia-senjata.txt"), "utf8"),
  }, "selaras-commit-"));
  fs.mkdirSync(path.join(template, "glossary"));
  fs.copyFileSync(path.join(CORPUS, "..", "glossary", "geo.tsv"), path.join(template, "glossary", "geo.tsv"));
  const tdb = path.join(template, "s.db");
  expect((await run(["glossary", "sync", "--db", tdb], { cwd: template })).code).toBe(0);
  expect((await run(["translate", "set", `${DOC}:3`, "The translator's first sentence.", "--db", tdb], { cwd: template })).code).toBeLessThan(2);
  expect(fs.readFileSync(path.join(template, "translations", `${DOC}.translations.txt`), "utf8")).toContain("en: The translator's first sentence.");
});
afterAll(() => fs.rmSync(template, { recursive: true, force: true }));
beforeEach(() => {
  dir = `${template}-${expect.getState().currentTestName!.length}-${Date.now()}`;
  fs.cpSync(template, dir, { recursive: true });
  db = path.join(dir, "s.db");
});
afterEach(() => fs.rmSync(dir, { recursive: true, force: true }));

/** Runs `act` on a store whose every transaction fails at COMMIT: it throws SQLITE_FULL and nothing changes. */
function failsAtCommit(act: (store: Store) => unknown): void {
  const beforeFiles = files(dir);
  const beforeDb = dumpDb(db);
  const store = openStore(db, { beforeCommit: full });
  try {
    expect(() => act(store)).toThrow(expect.objectContaining({ code: "SQLITE_FULL" }));
  } finally {
    store.close();
  }
  expect(files(dir)).toEqual(beforeFiles);
  expect(dumpDb(db)).toBe(beforeDb);
}

describe("a COMMIT that fails puts back the files the transaction replaced", () => {
  it("translate set: the document's translations file as it was", () => {
    failsAtCommit((store) => setUnit(store, `${DOC}:4`, { text: "A second sentence.", state: "draft", author: "ani", now: NOW }, { root: dir }));
    // (the same save, committed, does rewrite the file: the journal is what put it back)
    const store = openStore(db);
    setUnit(store, `${DOC}:4`, { text: "A second sentence.", state: "draft", author: "ani", now: NOW }, { root: dir });
    store.close();
    expect(fs.readFileSync(path.join(dir, "translations", `${DOC}.translations.txt`), "utf8")).toContain("en: A second sentence.");
  });

  it("a first save in a document: its new translations file is removed", () => {
    failsAtCommit((store) => setUnit(store, "kunjungan-kim-ke-rusia-senjata:2", { text: "A new file's sentence.", state: "draft", author: "ani", now: NOW }, { root: dir }));
    expect(fs.existsSync(path.join(dir, "translations", "kunjungan-kim-ke-rusia-senjata.translations.txt"))).toBe(false);
  });

  it("segments join: the translations file as it was", () => {
    failsAtCommit((store) => inStep(store, dir, () => joinUnits(store, `${DOC}:3`, `${DOC}:4`, "ani", NOW), (r) => [r.document]));
  });

  it("translations export into the project's translations/: every file as it was", () => {
    // (a save into the database alone: the export then has a new record to write)
    const store = openStore(db);
    setUnit(store, `${DOC}:4`, { text: "A sentence the file does not hold yet.", state: "draft", author: "ani", now: NOW });
    store.close();
    failsAtCommit((s) => exportTranslations(s, path.join(dir, "translations"), undefined, dir));
  });

  it("glossary remove and glossary import: the glossary files as they were (a new one removed)", () => {
    failsAtCommit((store) => removeConcept(store, "north-korea", { now: NOW, dir: path.join(dir, "glossary") }));
    const csv = path.join(dir, "..", `${path.basename(dir)}-terms.csv`);
    fs.writeFileSync(csv, "source,target\nistilah baru,new term\n");
    try {
      failsAtCommit((store) => importGlossary(store, csv, { now: NOW, dir: path.join(dir, "glossary") }));
    } finally {
      fs.rmSync(csv, { force: true });
    }
    expect(fs.readdirSync(path.join(dir, "glossary"))).toEqual(["geo.tsv"]);
  });

  it("a glossary edit whose database cannot be opened leaves the glossary file as it was", async () => {
    const before = files(dir);
    fs.writeFileSync(path.join(dir, "other.db"), "not a database\n");
    const r = await run(["glossary", "remove", "north-korea", "--db", "other.db"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toBe("selaras: other.db: is not a Selaras (SQLite) database; check --db\n");
    fs.rmSync(path.join(dir, "other.db"));
    expect(files(dir)).toEqual(before);
  });
});

it("a journal that ends well leaves the new bytes, even when the old version's link and the temporary file are made in the same millisecond", () => {
  // (they once had separate counters: the same name, and the old bytes were copied over the new ones)
  const file = path.join(dir, "glossary", "geo.tsv");
  const now = jest.spyOn(Date, "now").mockReturnValue(1_700_000_000_000);
  try {
    withFileJournal(() => writeFilesAtomic([[file, "new bytes\n"]]));
  } finally {
    now.mockRestore();
  }
  expect(fs.readFileSync(file, "utf8")).toBe("new bytes\n");
  expect(fs.readdirSync(path.dirname(file))).toEqual(["geo.tsv"]);
});

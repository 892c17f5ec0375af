/**
 * The server's kept translations/ file texts (app/file-texts.ts): a batch of saves replaces the
 * records of the units it saved instead of reading the document whole, and the file it writes is
 * byte for byte the file built from the database — over random sequences of saves (drafts,
 * confirmations, refused and accepted ones, conflicts, notes, propagation to other documents) mixed
 * with joins, unjoins, splits, notes and saves by another process. And the writer that renames a
 * batch's files side by side (io/parallel-files.ts) keeps writeFilesAtomic's all-or-nothing writes.
 */
import * as fs from "node:fs";
import * as path from "node:path";
import { openStore, type Store } from "../../src/store";
import { ingestFiles } from "../../src/app/ingest";
import { createGate, documentUnits, inStep, setUnit, setUnits, type UnitSave } from "../../src/app/lifecycle";
import { createFileTexts } from "../../src/app/file-texts";
import { documentFileText } from "../../src/app/translations";
import { joinUnits, unjoinUnit } from "../../src/app/segments";
import { saveUnitNote, splitUnit } from "../../src/app/workbench";
import { createParallelWriter } from "../../src/io/parallel-files";
import { isSelarasError, UsageError } from "../../src/errors";
import { writeFilesAtomic } from "../../src/io/files";
import { tempDir, CORPUS } from "../helpers/cli";
import { BUDGET, FLOOD } from "../helpers/lifecycle-articles";
import { rng } from "../../bench/lib/harness";

const NOW = "2026-01-02T03:04:05.000Z";

/** The shipped articles, the two lifecycle articles, and a copy of the flood article's sentences (propagation). */
function project(): { dir: string; store: Store } {
  const dir = tempDir("selaras-filetexts-");
  fs.cpSync(CORPUS, path.join(dir, "corpus"), { recursive: true });
  fs.writeFileSync(path.join(dir, "corpus", "anggaran-sekolah.txt"), BUDGET);
  fs.writeFileSync(path.join(dir, "corpus", "berita-banjir.txt"), FLOOD);
  fs.writeFileSync(path.join(dir, "corpus", "banjir-ulang.txt"), "Banjir lagi di Jakarta\n\n" + FLOOD.split("\n").slice(2).join("\n"));
  const store = openStore(path.join(dir, "selaras.db"));
  ingestFiles(store, [path.join(dir, "corpus")], { now: NOW });
  return { dir, store };
}

/** Every document's file is what the database holds: the full build, or (emptied) its header alone, or no file. */
function expectFilesInStep(store: Store, dir: string): void {
  for (const doc of store.documents.all()) {
    const file = path.join(dir, "translations", `${doc.slug}.translations.txt`);
    const expected = documentFileText(store, doc, dir);
    if (!fs.existsSync(file)) {
      expect({ document: doc.slug, text: expected }).toEqual({ document: doc.slug, text: null });
      continue;
    }
    expect({ document: doc.slug, text: fs.readFileSync(file, "utf8") }).toEqual({ document: doc.slug, text: expected ?? documentFileText(store, doc, dir, { empty: true }) });
  }
}

const WORDS = "the minister said that funds for schools will reach remote areas after floods in Jakarta this week".split(" ");

describe("kept file texts", () => {
  it("write exactly the file built from the database, over random saves mixed with joins, unjoins, splits, notes and another process's saves", () => {
    const { dir, store } = project();
    const other = openStore(path.join(dir, "selaras.db"));
    const files = createFileTexts();
    try {
      const rand = rng(14);
      const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
      const slugs = store.documents.all().map((d) => d.slug);
      const gate = createGate(store);
      const refusals = new Set<string>();
      const counts = { batches: 0, saved: 0, refused: 0, failed: 0, joins: 0, unjoins: 0, splits: 0, notes: 0, elsewhere: 0 };
      const english = (n: number, withNumbers: string) => {
        const words = Array.from({ length: 4 + n % 9 }, () => pick(WORDS));
        return `${words.join(" ")}${withNumbers}.`.replace(/^./, (c) => c.toUpperCase());
      };
      for (let step = 0; step < 240; step++) {
        const roll = rand();
        const slug = pick(slugs);
        const units = documentUnits(store, slug);
        if (roll < 0.8) {
          const saves: UnitSave[] = Array.from({ length: 1 + Math.floor(rand() * 6) }, (_, k) => {
            // mostly the flood article and its copy (identical sentences: propagation), else any document
            const s = rand() < 0.4 ? pick(["berita-banjir", "banjir-ulang"]) : slug;
            const u = pick(documentUnits(store, s));
            const numbers = (u.source.match(/\d[\d.,]*/g) ?? []).join(" ");
            const state = pick(["draft", "translated", "translated", "reviewed"] as const);
            return {
              ref: u.ref,
              input: {
                // sometimes the numbers are left out: a refused confirmation (kept as a draft), or accepted with a reason
                text: english(step + k, rand() < 0.7 ? ` ${numbers}` : ""),
                state, actor: "admin" as const, author: pick(["Ani", "Budi", "Citra \\ Dewi"]),
                baseRevision: rand() < 0.1 ? u.revision + 1 : u.revision, now: new Date(Date.parse(NOW) + step * 1000).toISOString(),
                ...(rand() < 0.2 ? { note: pick(["check the date", "a note with a \\ backslash", ""]) } : {}),
                ...(rand() < 0.2 ? { accept: "the figure is in the headline" } : {}),
              },
            };
          });
          counts.batches++;
          for (const o of setUnits(store, saves, { root: dir, gate, files })) {
            if (!o.ok) { counts.failed++; refusals.add((o.error as UsageError).code); }
            else if (o.result.refused) counts.refused++;
            else counts.saved++;
          }
        } else if (roll < 0.84 && units.length > 2) {
          const i = Math.floor(rand() * (units.length - 1));
          // (two single-segment units, as this sequence was made: a joined unit's own reference, which
          // joinUnits refused before it took one, would join more and more of the document, each join a
          // file built anew, and the batches below would no longer mostly use the kept records)
          if (units[i]!.ref.includes("+") || units[i + 1]!.ref.includes("+")) continue;
          try {
            inStep(store, dir, () => joinUnits(store, units[i]!.ref, units[i + 1]!.ref, "Ani", NOW), (r) => [r.document]);
            counts.joins++;
          } catch (e) { expect(isSelarasError(e)).toBe(true); }
        } else if (roll < 0.88) {
          const joined = units.filter((u) => u.ref.includes("+"));
          if (joined.length === 0) continue;
          inStep(store, dir, () => unjoinUnit(store, pick(joined).ref, "Ani", NOW), (r) => [r.document]);
          counts.unjoins++;
        } else if (roll < 0.92) {
          const u = pick(units.filter((x) => !x.ref.includes("+") && x.source.includes(" ")));
          const at = u.source.indexOf(" ", Math.floor(u.source.length / 2));
          if (at <= 0) continue;
          try {
            inStep(store, dir, () => splitUnit(store, u.ref, at + 1, "Ani", NOW), (r) => [r.document]);
            counts.splits++;
          } catch (e) { expect(isSelarasError(e)).toBe(true); }
        } else if (roll < 0.96) {
          const u = units.find((x) => x.target !== null);
          if (!u) continue;
          inStep(store, dir, () => saveUnitNote(store, u.ref, `note ${step}`, { baseRevision: u.revision, author: "Ani", now: NOW }), (r) => [r.ref.slice(0, r.ref.lastIndexOf(":"))]);
          counts.notes++;
        } else {
          // another process (a CLI command beside the server) saves a unit of this document
          const u = pick(units);
          setUnit(other, u.ref, { text: english(step, ""), state: "draft", author: "cli", now: NOW }, { root: dir });
          counts.elsewhere++;
        }
        expectFilesInStep(store, dir);
      }
      // the sequence did what it says: every kind of step happened, and most batches used the kept records
      for (const [kind, n] of Object.entries(counts)) expect({ kind, happened: n > 0 }).toEqual({ kind, happened: true });
      expect(files.updates).toBeGreaterThan(files.builds);
      // the saves that failed were conflicts (a stale baseRevision, two saves of one unit in a batch), never a file problem
      expect([...refusals]).toEqual(["unit-conflict"]);
    } finally {
      other.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("read a document whole only when something other than its saves changed the database", () => {
    const { dir, store } = project();
    const other = openStore(path.join(dir, "selaras.db"));
    const files = createFileTexts();
    try {
      const doc = "putin-tolak-sanksi-barat";
      const units = documentUnits(store, doc);
      const save = (i: number, text: string) => {
        const u = documentUnits(store, doc)[i]!;
        const [o] = setUnits(store, [{ ref: u.ref, input: { text, state: "draft", author: "Ani", baseRevision: u.revision, now: NOW } }], { root: dir, files });
        expect(o).toMatchObject({ ok: true });
      };
      save(1, "First English.");
      expect(files.builds).toBe(1);
      save(2, "Second English.");
      save(1, "First English, again.");
      expect(files.builds).toBe(1);
      // a join by this process: the document is read whole at the next save
      inStep(store, dir, () => joinUnits(store, units[5]!.ref, units[6]!.ref, "Ani", NOW), (r) => [r.document]);
      save(3, "Third English.");
      expect(files.builds).toBe(2);
      // a save by another process (SQLite's data_version): read whole again
      setUnit(other, units[8]!.ref, { text: "From the command line.", state: "draft", author: "cli", now: NOW }, { root: dir });
      save(4, "Fourth English.");
      expect(files.builds).toBe(3);
      save(7, "Seventh English.");
      expect(files.builds).toBe(3);
      expectFilesInStep(store, dir);
    } finally {
      other.close();
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("never write over a file changed on disk since, even by one character of the same length", () => {
    const { dir, store } = project();
    const files = createFileTexts();
    try {
      const doc = "anggaran-sekolah";
      const [u1, u2] = documentUnits(store, doc).slice(1);
      expect(setUnits(store, [{ ref: u1!.ref, input: { text: "The government adds Rp 750 billion.", state: "draft", author: "Ani", baseRevision: 0, now: NOW } }], { root: dir, files })[0]).toMatchObject({ ok: true });
      const file = path.join(dir, "translations", `${doc}.translations.txt`);
      const edited = fs.readFileSync(file, "utf8").replace("The government adds", "The Government adds");
      fs.writeFileSync(file, edited);
      const [o] = setUnits(store, [{ ref: u2!.ref, input: { text: "The minister spoke of 1,200 schools.", state: "draft", author: "Ani", baseRevision: 0, now: NOW } }], { root: dir, files });
      expect(o).toMatchObject({ ok: false });
      expect((o as { error: UsageError }).error.code).toBe("translations-file-changed");
      expect(fs.readFileSync(file, "utf8")).toBe(edited);
      expect(documentUnits(store, doc)[2]).toMatchObject({ target: null, revision: 0 });
    } finally {
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

describe("parallel file writer", () => {
  it("writes every file, replacing the old ones, and leaves no temporary file", () => {
    const dir = tempDir("selaras-pwrite-");
    const writer = createParallelWriter();
    try {
      fs.writeFileSync(path.join(dir, "a.txt"), "old a\n");
      const list = Array.from({ length: 12 }, (_, i) => [path.join(dir, i % 2 ? "sub" : "", `${String.fromCharCode(97 + i)}.txt`), Buffer.from(`new ${i} ✓\n`.repeat(i * 100 + 1))] as const);
      writer.writeAll(list);
      for (const [file, bytes] of list) expect(fs.readFileSync(file).equals(bytes)).toBe(true);
      expect(fs.readdirSync(dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
      expect(fs.readdirSync(path.join(dir, "sub")).filter((f) => f.endsWith(".tmp"))).toEqual([]);
    } finally {
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it("changes nothing when one file cannot be written: a folder in its place, or a file where its folder should be", () => {
    const dir = tempDir("selaras-pwrite-");
    const writer = createParallelWriter();
    try {
      fs.writeFileSync(path.join(dir, "a.txt"), "old a\n");
      fs.mkdirSync(path.join(dir, "b.txt"));
      expect(() => writer.writeAll([[path.join(dir, "a.txt"), Buffer.from("new a\n")], [path.join(dir, "b.txt"), Buffer.from("new b\n")]]))
        .toThrow(expect.objectContaining({ code: "out-is-directory" }));
      fs.writeFileSync(path.join(dir, "c"), "a file, not a folder\n");
      const list = [[path.join(dir, "a.txt"), Buffer.from("new a\n")], [path.join(dir, "c", "d.txt"), Buffer.from("new d\n")]] as const;
      // the same error writeFilesAtomic gives
      let expected: unknown;
      try { writeFilesAtomic(list); } catch (e) { expected = e; }
      expect((expected as Error).message).toMatch(/^EEXIST/);
      expect(() => writer.writeAll(list)).toThrow((expected as Error).message);
      expect(fs.readFileSync(path.join(dir, "a.txt"), "utf8")).toBe("old a\n");
      expect(fs.readdirSync(dir).sort()).toEqual(["a.txt", "b.txt", "c"]);
    } finally {
      writer.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
